/**
 * Issue 12, class 7: small inputs that cost quadratic time. Each case once took 15 s to minutes
 * (200 unknown 5 KB condition operators: did-you-mean over the whole word; 20,000 unknown actions
 * of a misspelt service: did-you-mean against every action of every service two edits away;
 * 4,000 `*:*a*a…` patterns: each matched against the whole catalog; `NotAction` with 20,000
 * entries: each catalog action tried against every entry; an `amr` condition with 10,000 values:
 * one pass over the values per provider they name; 2,000 nested stacks with a 200,000-entry
 * metadata file: every entry scanned per stack). Each now ends in a few seconds, well inside the
 * bound, with the sibling template's finding still reported.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TRUST_WITHOUT_AUD, tempDir, templateWithoutAud } from './fs-helpers.js';

const BIN = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'cognito-iam-lint.js');
/** Generous, so a loaded CI machine never fails it, and far below what each case used to take. */
const BOUND_MS = 15_000;

const times = (n: number, f: (i: number) => unknown): unknown[] => Array.from({ length: n }, (_, i) => f(i));

/** A role trusting Cognito without `aud` whose inline policy is `statements`. */
function roleTemplate(statements: unknown[], trust: unknown = TRUST_WITHOUT_AUD): unknown {
  return {
    Resources: {
      Hostile: {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: trust,
          Policies: [{ PolicyName: 'p', PolicyDocument: { Version: '2012-10-17', Statement: statements } }],
        },
      },
    },
  };
}

/** Writes the hostile input under `dir`; returns the path to lint (relative to `dir`). */
type Case = (dir: string) => string;

function writeTemplate(dir: string, template: unknown): string {
  writeFileSync(join(dir, 'hostile.json'), JSON.stringify(template, null, 1));
  return 'hostile.json';
}

const CASES: Record<string, Case> = {
  '200 unknown 5 KB condition operators': (dir) => {
    const condition = Object.fromEntries(
      times(200, (i) => [`StringEq${i}${'x'.repeat(5_000)}`, { 'aws:SourceIp': '10.0.0.1' }]) as Array<
        [string, unknown]
      >,
    );
    return writeTemplate(
      dir,
      roleTemplate([{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: condition }]),
    );
  },
  '20,000 unknown actions of a misspelt service': (dir) =>
    writeTemplate(
      dir,
      roleTemplate([{ Effect: 'Allow', Action: times(20_000, (i) => `ec3:DescribeInstances${i}`), Resource: '*' }]),
    ),
  '4,000 actions like *:*a*a*a…b': (dir) =>
    writeTemplate(
      dir,
      roleTemplate([{ Effect: 'Allow', Action: times(4_000, (i) => `*:*${'a*'.repeat(30)}b${i}`), Resource: '*' }]),
    ),
  'NotAction with 20,000 entries': (dir) =>
    writeTemplate(
      dir,
      roleTemplate([{ Effect: 'Allow', NotAction: times(20_000, (i) => `s3:Get${i}`), Resource: '*' }]),
    ),
  'an amr condition with 10,000 values': (dir) => {
    const trust = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: 'cognito-identity.amazonaws.com' },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: {
            'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': times(10_000, (i) => `unauth${i}*`) },
          },
        },
      ],
    };
    return writeTemplate(dir, roleTemplate([{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }], trust));
  },
  '2,000 nested stacks with a 200,000-entry metadata file': (dir) => {
    const out = join(dir, 'cdk.out');
    mkdirSync(out);
    const resources: Record<string, unknown> = {};
    const metadata: Record<string, unknown> = {};
    for (let i = 0; i < 2_000; i++) {
      resources[`N${i}`] = {
        Type: 'AWS::CloudFormation::Stack',
        Properties: { TemplateURL: 'x' },
        Metadata: { 'aws:asset:path': `N${i}.nested.template.json` },
      };
      writeFileSync(
        join(out, `N${i}.nested.template.json`),
        JSON.stringify({ Resources: { T: { Type: 'AWS::SNS::Topic' } } }),
      );
      metadata[`/Stack/N${i}.NestedStack/N${i}.NestedStackResource`] = [{ type: 'aws:cdk:logicalId', data: `N${i}` }];
    }
    for (let i = 0; i < 200_000; i++)
      metadata[`/Stack/C${i % 1_000}/X${i}`] = [{ type: 'aws:cdk:logicalId', data: `L${i}` }];
    writeFileSync(join(out, 'Stack.template.json'), JSON.stringify({ Resources: resources }));
    writeFileSync(join(out, 'Stack.metadata.json'), JSON.stringify(metadata));
    const stack = {
      type: 'aws:cloudformation:stack',
      environment: 'aws://unknown-account/unknown-region',
      properties: { templateFile: 'Stack.template.json' },
      additionalMetadataFile: 'Stack.metadata.json',
    };
    writeFileSync(join(out, 'manifest.json'), JSON.stringify({ version: '36.0.0', artifacts: { Stack: stack } }));
    return 'cdk.out';
  },
};

describe('inputs that used to cost quadratic time', () => {
  let dir: string;

  beforeEach(() => {
    dir = tempDir('cil-quadratic-');
    writeFileSync(join(dir, 'sibling.json'), templateWithoutAud());
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  for (const [name, write] of Object.entries(CASES)) {
    it(`${name}: ends in time, and the sibling template is still reported`, () => {
      const target = write(dir);
      const sibling = readFileSync(join(dir, 'sibling.json'), 'utf8');
      const started = Date.now();
      const run = spawnSync(process.execPath, [BIN, target, 'sibling.json', '--format', 'json'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
        timeout: BOUND_MS,
        maxBuffer: 256 * 1024 * 1024,
      });
      const ms = Date.now() - started;
      expect(run.signal).toBeNull();
      expect(ms).toBeLessThan(BOUND_MS);
      expect(run.status).toBe(1);
      expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
      expect(run.stderr).not.toMatch(/internal error/i);
      const report = JSON.parse(run.stdout) as {
        files: string[];
        findings: Array<{ ruleId: string; file: string; severity: string }>;
      };
      expect(report.findings).toContainEqual(
        expect.objectContaining({ ruleId: 'trust/missing-aud', file: 'sibling.json', severity: 'critical' }),
      );
      // The hostile input itself was linted, not skipped.
      expect(report.files.some((f) => f.startsWith(target))).toBe(true);
      expect(readFileSync(join(dir, 'sibling.json'), 'utf8')).toBe(sibling);
    });
  }
});
