/**
 * Grants of `*` and `NotAction` hold thousands of actions: statements that name the same list
 * (and the same resources, condition keys and Denies) must share one list instead of each
 * holding a copy (issue 11, "Bulk and large inputs at the floor"), and sharing must never mix up
 * what statements that differ really allow.
 */
import { describe, expect, it } from 'vitest';
import { expandActionPattern } from '../../src/iam/actions.js';
import { actionsOfServiceIn } from '../../src/iam/action-index.js';
import { normalisePolicy, plainResolver, type PolicyDocument } from '../../src/iam/document.js';
import { actionsAsWritten, grantsOfDocument } from '../../src/analysis/grants.js';
import { statementWildcards } from '../../src/iam/wildcards.js';
import { parseJson } from '../../src/parsers/json.js';

function documentOf(name: string, ...statements: Array<Record<string, unknown>>): PolicyDocument {
  const raw = { Version: '2012-10-17', Statement: statements };
  const doc = parseJson(`${name}.json`, JSON.stringify(raw));
  return normalisePolicy(raw, { kind: 'identity', name, source: { doc, pointer: '' }, resolve: plainResolver });
}

function grantsOf(name: string, ...statements: Array<Record<string, unknown>>) {
  return grantsOfDocument({ document: documentOf(name, ...statements), via: { kind: 'policy', name } });
}

const everything = expandActionPattern('*')!;

describe('grants share their action lists', () => {
  it('gives every `*` on `*` the same list of every action except those AWS serves without IAM', () => {
    const [a] = grantsOf('a', { Effect: 'Allow', Action: '*', Resource: '*' });
    const [b] = grantsOf('b', { Effect: 'Allow', Action: ['*'], Resource: '*' });
    expect(b!.actions).toBe(a!.actions);
    expect(a!.actions.length).toBe(everything.filter((x) => !x.publicApi).length);
    expect(a!.actions.some((x) => x.id === 'cognito-identity:GetId')).toBe(false);
    // Not narrowed by resources: the list as written is the grant's own list, and so is its grouping by service.
    expect(actionsAsWritten(a!)).toBe(a!.actions);
    expect(actionsOfServiceIn(a!.actions, 's3')).toBe(actionsOfServiceIn(b!.actions, 's3'));
  });

  it('shares what the same resources keep and rule out, and keeps different resources apart', () => {
    const onBucket = { Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::media/*' };
    const [a] = grantsOf('a', onBucket);
    const [b] = grantsOf('b', onBucket);
    const [c] = grantsOf('c', { Effect: 'Allow', Action: '*', Resource: 'arn:aws:sqs:us-east-1:111122223333:jobs' });
    expect(b!.actions).toBe(a!.actions);
    expect(b!.inapplicable).toBe(a!.inapplicable);
    expect(a!.actions.map((x) => x.id)).toContain('s3:GetObject');
    expect(a!.actions.map((x) => x.id)).not.toContain('sqs:SendMessage');
    expect(c!.actions.map((x) => x.id)).toContain('sqs:SendMessage');
    expect(c!.actions.map((x) => x.id)).not.toContain('s3:GetObject');
    expect(a!.actions.length + a!.inapplicable.length).toBe(c!.actions.length + c!.inapplicable.length);
  });

  it('shares what a Deny takes away, naming the Deny of each document', () => {
    const statements = [
      { Effect: 'Allow', Action: '*', Resource: '*' },
      { Sid: 'NoIam', Effect: 'Deny', Action: 'iam:*', Resource: '*' },
    ];
    const [a] = grantsOf('a', ...statements);
    const [b] = grantsOf('b', ...statements);
    expect(b!.actions).toBe(a!.actions);
    expect(a!.actions.some((x) => x.service === 'iam')).toBe(false);
    expect(a!.denials.map((d) => [d.source.via, d.statement.sid, [...d.services]])).toEqual([
      [{ kind: 'policy', name: 'a' }, 'NoIam', ['iam']],
    ]);
    expect(b!.denials.map((d) => [d.source.via, d.statement.sid])).toEqual([[{ kind: 'policy', name: 'b' }, 'NoIam']]);
    // The wildcard judgement sees the Deny: `*` less IAM is still a wildcard, over every service but IAM.
    const wildcards = statementWildcards(a!.statement, () => actionsAsWritten(a!));
    expect(wildcards.patterns[0]!.services).not.toContain('iam');
    expect(wildcards.patterns[0]!.services).toContain('s3');
  });

  it('shares a NotAction complement per list of excluded patterns, and tells different lists apart', () => {
    const [a] = grantsOf('a', { Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' });
    const [b] = grantsOf('b', { Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' });
    const [c] = grantsOf('c', { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' });
    expect(b!.actions).toBe(a!.actions);
    expect(a!.actions.some((x) => x.service === 'organizations')).toBe(false);
    expect(c!.actions.some((x) => x.service === 'organizations')).toBe(true);
    expect(c!.actions.some((x) => x.service === 'iam')).toBe(false);
  });

  it('shares what conditions leave possible per set of judged condition keys', () => {
    const condition = { StringLike: { 's3:prefix': 'home/' } };
    const [a] = grantsOf('a', { Effect: 'Allow', Action: '*', Resource: '*', Condition: condition });
    const [b] = grantsOf('b', { Effect: 'Allow', Action: '*', Resource: '*', Condition: condition });
    const [c] = grantsOf('c', {
      Effect: 'Allow',
      Action: '*',
      Resource: '*',
      Condition: { StringEquals: { 's3:ExistingObjectTag/team': 'a' } },
    });
    expect(a!.actions.map((x) => x.id).sort()).toEqual(['s3:ListBucket', 's3:ListBucketVersions']);
    expect(b!.actions).toBe(a!.actions);
    expect(c!.actions).not.toBe(a!.actions);
    expect(c!.actions.map((x) => x.id)).toContain('s3:GetObject');
    expect(c!.actions.map((x) => x.id)).not.toContain('s3:ListBucket');
  });
});
