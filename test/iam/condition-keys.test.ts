import { describe, expect, it } from 'vitest';
import { actionCarriesConditionKey, expandActionPattern, type ActionInfo } from '../../src/iam/actions.js';
import { actionsOnResources, statementWildcards } from '../../src/iam/wildcards.js';
import { falseWhenAbsent, impossibleBy, possibleActions } from '../../src/iam/condition-keys.js';
import { normalisePolicy, plainResolver, type Statement } from '../../src/iam/document.js';
import { parseJson } from '../../src/parsers/json.js';

/** The first statement of an identity policy holding `statement`, read from JSON text like any raw policy. */
function statementOf(statement: Record<string, unknown>): Statement {
  const raw = { Version: '2012-10-17', Statement: [statement] };
  const doc = parseJson('policy.json', JSON.stringify(raw));
  return normalisePolicy(raw, { kind: 'identity', name: 'p', source: { doc, pointer: '' }, resolve: plainResolver })
    .statements[0]!;
}

function actions(...ids: string[]): ActionInfo[] {
  return ids.flatMap((id) => expandActionPattern(id) ?? []);
}

const S3_OBJECT_AND_LIST = ['s3:GetObject', 's3:PutObject', 's3:ListBucket'];

/** Which of GetObject/PutObject/ListBucket a statement with this Condition can allow. */
function possibleUnder(condition: Record<string, unknown>): string[] {
  const statement = statementOf({ Effect: 'Allow', Action: S3_OBJECT_AND_LIST, Resource: '*', Condition: condition });
  return possibleActions(statement, actions(...S3_OBJECT_AND_LIST)).map((a) => a.id);
}

describe('condition keys an action can carry (Service Authorization Reference)', () => {
  it('lists s3:prefix on s3:ListBucket only, matching key names case-insensitively', () => {
    const [get, list] = actions('s3:GetObject', 's3:ListBucket');
    expect(actionCarriesConditionKey(list!, 's3:prefix')).toBe(true);
    expect(actionCarriesConditionKey(list!, 'S3:Prefix')).toBe(true);
    expect(actionCarriesConditionKey(get!, 's3:prefix')).toBe(false);
  });

  it('matches tag keys against the templated forms (s3:ExistingObjectTag/<key>)', () => {
    const [get, list] = actions('s3:GetObject', 's3:ListBucket');
    expect(actionCarriesConditionKey(get!, 's3:ExistingObjectTag/owner')).toBe(true);
    expect(actionCarriesConditionKey(list!, 's3:ExistingObjectTag/owner')).toBe(false);
  });

  it('counts keys listed on a resource type of the action (dynamodb:LeadingKeys on item actions, not on DeleteTable)', () => {
    const [getItem, deleteTable] = actions('dynamodb:GetItem', 'dynamodb:DeleteTable');
    expect(actionCarriesConditionKey(getItem!, 'dynamodb:LeadingKeys')).toBe(true);
    expect(actionCarriesConditionKey(deleteTable!, 'dynamodb:LeadingKeys')).toBe(false);
  });

  it('cannot tell for global keys, web-identity keys and keys no table knows', () => {
    const [get] = actions('s3:GetObject');
    expect(actionCarriesConditionKey(get!, 'aws:SourceIp')).toBe('unknown');
    expect(actionCarriesConditionKey(get!, 'aws:ResourceTag/team')).toBe('unknown');
    expect(actionCarriesConditionKey(get!, 'ec2:SourceInstanceArn')).toBe('unknown'); // cross-service key in the global list
    expect(actionCarriesConditionKey(get!, 'cognito-identity.amazonaws.com:sub')).toBe('unknown');
    expect(actionCarriesConditionKey(get!, 's3:prefixx')).toBe('unknown');
    expect(actionCarriesConditionKey(get!, 'nosuchservice:key')).toBe('unknown');
  });
});

describe('falseWhenAbsent / possibleActions, per operator family', () => {
  it.each([
    ['StringEquals'],
    ['StringEqualsIgnoreCase'],
    ['StringLike'],
    ['ForAnyValue:StringLike'],
    ['ArnLike'],
    ['ArnEquals'],
  ])('%s on s3:prefix leaves only s3:ListBucket', (operator) => {
    expect(possibleUnder({ [operator]: { 's3:prefix': 'home/*' } })).toEqual(['s3:ListBucket']);
  });

  it.each([['NumericLessThan'], ['NumericEquals'], ['NumericGreaterThanEquals']])(
    '%s on s3:max-keys leaves only s3:ListBucket',
    (operator) => {
      expect(possibleUnder({ [operator]: { 's3:max-keys': '10' } })).toEqual(['s3:ListBucket']);
    },
  );

  it('Null: false (the key must be present) leaves only the actions carrying it; Null: true keeps every action', () => {
    expect(possibleUnder({ Null: { 's3:prefix': 'false' } })).toEqual(['s3:ListBucket']);
    expect(possibleUnder({ Null: { 's3:prefix': false } })).toEqual(['s3:ListBucket']);
    expect(possibleUnder({ Null: { 's3:prefix': 'true' } })).toEqual(S3_OBJECT_AND_LIST);
  });

  it.each([
    ['StringLikeIfExists'],
    ['StringEqualsIfExists'],
    ['ForAllValues:StringLike'],
    ['StringNotEquals'],
    ['StringNotLike'],
    ['StringNotEqualsIgnoreCase'],
    ['ArnNotLike'],
    ['ForAnyValue:StringNotLike'],
    ['StringLikes'], // unknown operator: policy/invalid's, nothing is judged
    ['ForSomeValues:StringLike'],
  ])('%s on s3:prefix keeps every action (true, or unknown, when the key is absent)', (operator) => {
    expect(possibleUnder({ [operator]: { 's3:prefix': 'home/*' } })).toEqual(S3_OBJECT_AND_LIST);
  });

  it('keeps every action for global and web-identity keys', () => {
    expect(
      possibleUnder({ StringEquals: { 'aws:PrincipalTag/team': 'a', 'cognito-identity.amazonaws.com:sub': 'x' } }),
    ).toEqual(S3_OBJECT_AND_LIST);
    expect(possibleUnder({ IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } })).toEqual(S3_OBJECT_AND_LIST);
  });

  it('ANDs the conditions: a key only object actions carry with one only ListBucket carries leaves nothing', () => {
    expect(
      possibleUnder({ StringLike: { 's3:prefix': 'home/*' }, StringEquals: { 's3:ExistingObjectTag/owner': 'me' } }),
    ).toEqual([]);
  });

  it('does not judge a condition that sits in one branch of an Fn::If', () => {
    const statement = statementOf({
      Effect: 'Allow',
      Action: S3_OBJECT_AND_LIST,
      Resource: '*',
      Condition: { 'Fn::If': ['Scoped', { StringLike: { 's3:prefix': 'home/*' } }, { Ref: 'AWS::NoValue' }] },
    });
    expect(statement.conditions.map((c) => c.key)).toEqual(['s3:prefix']);
    expect(falseWhenAbsent(statement.conditions[0]!)).toBe(true);
    expect(possibleActions(statement, actions(...S3_OBJECT_AND_LIST)).map((a) => a.id)).toEqual(S3_OBJECT_AND_LIST);
  });

  it('names the condition that makes an action impossible', () => {
    const statement = statementOf({
      Effect: 'Allow',
      Action: S3_OBJECT_AND_LIST,
      Resource: '*',
      Condition: { StringLike: { 's3:prefix': 'home/*' } },
    });
    const [get, , list] = actions(...S3_OBJECT_AND_LIST);
    expect(impossibleBy(statement, get!)?.key).toBe('s3:prefix');
    expect(impossibleBy(statement, list!)).toBeUndefined();
  });
});

describe('wildcards under impossible conditions', () => {
  it('s3:* under an s3:prefix condition is no whole-service grant; under a key most S3 actions carry it still is', () => {
    const prefix = statementOf({
      Effect: 'Allow',
      Action: 's3:*',
      Resource: '*',
      Condition: { StringLike: { 's3:prefix': 'home/*' } },
    });
    expect(statementWildcards(prefix).patterns).toEqual([]);
    const tls = statementOf({
      Effect: 'Allow',
      Action: 's3:*',
      Resource: '*',
      Condition: { NumericGreaterThanEquals: { 's3:TlsVersion': '1.2' } },
    });
    expect(statementWildcards(tls).patterns.map((p) => [p.text, p.services])).toEqual([['s3:*', ['s3']]]);
  });
});

describe('actionsOnResources', () => {
  const ids = (statement: Record<string, unknown>, pattern: string): string[] =>
    actionsOnResources(
      statementOf({ Effect: 'Allow', Action: pattern, ...statement }),
      expandActionPattern(pattern) ?? [],
    ).map((a) => a.id);

  it('keeps every action for * and NotResource, and only resource-level actions of the ARN service otherwise', () => {
    expect(ids({ Resource: '*' }, 's3:ListAllMyBuckets')).toEqual(['s3:ListAllMyBuckets']);
    expect(ids({ NotResource: 'arn:aws:s3:::b' }, 's3:ListAllMyBuckets')).toEqual(['s3:ListAllMyBuckets']);
    // ListAllMyBuckets supports no resource type: a bucket ARN never allows it.
    expect(ids({ Resource: 'arn:aws:s3:::b/*' }, 's3:ListAllMyBuckets')).toEqual([]);
    expect(ids({ Resource: 'arn:aws:s3:::b/*' }, 's3:GetObject')).toEqual(['s3:GetObject']);
    expect(ids({ Resource: 'arn:aws:dynamodb:us-east-1:111122223333:table/t' }, 's3:GetObject')).toEqual([]);
  });

  it('reads the ARN service of the resource types, not the action prefix (ssm:SendCommand on an EC2 instance)', () => {
    expect(ids({ Resource: 'arn:aws:ec2:us-east-1:111122223333:instance/*' }, 'ssm:SendCommand')).toEqual([
      'ssm:SendCommand',
    ]);
  });
});
