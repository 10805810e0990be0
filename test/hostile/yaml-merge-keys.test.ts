/**
 * Issue 12, class 10: YAML merge keys. A role whose trust comes from `<<: *base` is linted as
 * the template `aws cloudformation package`/`deploy` expands it, and a billion-laughs built from
 * merges stays a one-line parse error for its file while the rest of the run is reported.
 * Runs the built binary (the committed build, or yours after `npm run build`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brief, expectNoStackTrace, findingLines } from '../cli/helpers.js';
import { describeErrors, reportValidator, sarifValidator } from '../reporters/schemas.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = join(ROOT, 'bin', 'cognito-iam-lint.js');

/** Nine keys per level, each (and the merge) an alias of the level below: 10^29 nodes expanded. */
function mergeBomb(): string {
  const keys = 'abcdefghi'.split('');
  const lines = ['Metadata:', `  l0: &l0 {${keys.map((k) => `${k}: lol`).join(', ')}}`];
  for (let n = 1; n < 30; n++) {
    const previous = `*l${n - 1}`;
    lines.push(`  l${n}: &l${n} {<<: ${previous}, ${keys.map((k) => `${k}: ${previous}`).join(', ')}}`);
  }
  return [...lines, 'Resources: {}', ''].join('\n');
}

/** The authenticated role's whole trust comes from a merge; the trust has no aud condition. */
const MERGED_TRUST = `AWSTemplateFormatVersion: '2010-09-09'
Metadata:
  Base: &Base
    AssumeRolePolicyDocument:
      Version: '2012-10-17'
      Statement:
        - Effect: Allow
          Principal:
            Federated: cognito-identity.amazonaws.com
          Action: sts:AssumeRoleWithWebIdentity
Resources:
  Pool:
    Type: AWS::Cognito::IdentityPool
    Properties:
      AllowUnauthenticatedIdentities: false
  MergedRole:
    Type: AWS::IAM::Role
    Properties:
      <<: *Base
  Attachment:
    Type: AWS::Cognito::IdentityPoolRoleAttachment
    Properties:
      IdentityPoolId: !Ref Pool
      Roles:
        authenticated: !GetAtt MergedRole.Arn
`;

/** A sibling with a known critical finding and no merge at all. */
const SIBLING = `Resources:
  SiblingRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: {Federated: cognito-identity.amazonaws.com}
            Action: sts:AssumeRoleWithWebIdentity
`;

describe('hostile input: YAML merge keys, through the CLI', () => {
  let dir: string;
  let out: string;
  const inputs: Record<string, string> = {
    'bomb.yaml': mergeBomb(),
    'bad-merge.yaml': 'Resources:\n  R:\n    Type: AWS::IAM::Role\n    Properties:\n      <<: !Ref Base\n',
    'merged-trust.yaml': MERGED_TRUST,
    'sibling.yaml': SIBLING,
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'merge-keys-'));
    out = mkdtempSync(join(tmpdir(), 'merge-keys-out-'));
    for (const [name, text] of Object.entries(inputs)) writeFileSync(join(dir, name), text);
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });

  it('ends in time, names each unreadable file on one line, reports the merged trust and the sibling, writes valid reports, changes no input', () => {
    const started = Date.now();
    const run = spawnSync(
      process.execPath,
      [
        BIN,
        '.',
        '--no-config',
        '--report',
        `json=${join(out, 'report.json')}`,
        '--report',
        `sarif=${join(out, 'report.sarif')}`,
      ],
      {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
        timeout: 10_000,
      },
    );
    expect(run.error).toBeUndefined(); // a timeout would be an ETIMEDOUT error here
    expect(run.signal).toBeNull();
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(run.status).toBe(1);
    expectNoStackTrace(run.stdout + run.stderr);
    expect(run.stderr).toBe('');

    expect(brief(findingLines(run.stdout))).toEqual([
      'bad-merge.yaml:5:16 high input/parse-error',
      'bomb.yaml:5:80 high input/parse-error',
      'merged-trust.yaml:7:11 high trust/missing-amr',
      'merged-trust.yaml:7:11 critical trust/missing-aud',
      'sibling.yaml:7:13 high trust/missing-amr',
      'sibling.yaml:7:13 critical trust/missing-aud',
    ]);
    // One line per unreadable file, naming it and saying why.
    const problems = run.stdout
      .split('\n')
      .filter((line) => line.includes('input/parse-error') && !line.includes('--explain'));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /bad-merge\.yaml cannot be read: YAML merge key << needs a mapping or a list of mappings to merge\.$/,
    );
    expect(problems[1]).toMatch(
      /bomb\.yaml cannot be read: YAML alias limit exceeded: aliases expand to more than 10000 nodes\.$/,
    );

    const json = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as {
      findings: Array<{ ruleId: string; file: string; resource?: { logicalId?: string } }>;
    };
    const validateReport = reportValidator();
    expect(validateReport(json), describeErrors(validateReport.errors)).toBe(true);
    expect(
      json.findings.filter((f) => f.ruleId === 'trust/missing-aud').map((f) => [f.file, f.resource?.logicalId]),
    ).toEqual([
      ['merged-trust.yaml', 'MergedRole'],
      ['sibling.yaml', 'SiblingRole'],
    ]);
    const sarif: unknown = JSON.parse(readFileSync(join(out, 'report.sarif'), 'utf8'));
    const validateSarif = sarifValidator();
    expect(validateSarif(sarif), describeErrors(validateSarif.errors)).toBe(true);

    expect(readdirSync(dir).sort()).toEqual(Object.keys(inputs).sort());
    for (const [name, text] of Object.entries(inputs)) expect(readFileSync(join(dir, name), 'utf8')).toBe(text);
  });
});
