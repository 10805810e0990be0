/**
 * CDK findings a developer can act on: the construct path in every format, and, for an assembly
 * synthesised with CDK_DEBUG=true, the app's source line from the construct's creation trace.
 * The fixture (test/fixtures/cdk-traces/cdk.out) is a hand-made assembly in the shape `cdk synth`
 * writes: `aws:cdk:logicalId` metadata entries with a `trace`, one of them well formed (frames in
 * aws-cdk-lib, then the app), one ES module frame, one with only hostile frames.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Log, Result } from 'sarif';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LintReport } from '../../src/engine/types.js';
import { memoryFileSystem } from '../../src/inputs/memory-fs.js';
import { describeErrors, reportValidator, sarifValidator } from '../reporters/schemas.js';
import { runIn } from './helpers.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = join(ROOT, 'bin', 'cognito-iam-lint.js');
const FIXTURE = 'test/fixtures/cdk-traces/cdk.out';
const TEMPLATE = `${FIXTURE}/AuthStack.template.json`;

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined },
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function resultFor(log: Log, ruleId: string, logicalId: string): Result {
  const found = log.runs[0]!.results!.find(
    (r) => r.ruleId === ruleId && r.locations?.[0]?.logicalLocations?.[0]?.name === logicalId,
  );
  if (!found) throw new Error(`no ${ruleId} result for ${logicalId}`);
  return found;
}

describe('a cloud assembly with construct creation traces, through the built CLI', () => {
  beforeAll(() => {
    if (!existsSync(join(ROOT, 'dist', 'cli.cjs'))) throw new Error('dist/ is missing: run `npm run build`.');
  });

  it('text: the construct path ends the message, and the resource line says where the app creates it', () => {
    const run = cli(FIXTURE);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(
      /^ {2}17:7 +critical +trust\/missing-aud +Role `AuthRole5B2F1C0E` .* \[construct AuthStack\/AuthRole\/Resource\]\n {4}resource: AuthRole5B2F1C0E, created at \/home\/dev\/auth-app\/lib\/auth-stack\.ts:21:22\n/m,
    );
    // Only hostile frames in the guest role's trace: no source line, and none of them printed.
    expect(run.stdout).toMatch(/\[construct AuthStack\/GuestRole\/Resource\]\n {4}resource: GuestRole8C1D2E3F\n/);
    expect(run.stdout).not.toMatch(/forged|etc\/passwd|example\.com|\\x1b/);
  });

  it('SARIF: the construct path in message.text and logicalLocations, the app line as a related location; valid SARIF 2.1.0', () => {
    const run = cli(FIXTURE, '-f', 'sarif');
    const log = JSON.parse(run.stdout) as Log;
    const validate = sarifValidator();
    expect(validate(log), describeErrors(validate.errors)).toBe(true);
    const auth = resultFor(log, 'trust/missing-aud', 'AuthRole5B2F1C0E');
    expect(auth.message.text).toMatch(/ \[construct AuthStack\/AuthRole\/Resource\]$/);
    expect(auth.locations![0]!.logicalLocations).toEqual([
      { name: 'AuthRole5B2F1C0E', fullyQualifiedName: 'AuthStack/AuthRole/Resource', kind: 'resource' },
    ]);
    expect(auth.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe(TEMPLATE);
    expect(auth.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: {
          artifactLocation: { uri: 'file:///home/dev/auth-app/lib/auth-stack.ts' },
          region: { startLine: 21, startColumn: 22 },
        },
        message: { text: 'The CDK app creates construct AuthStack/AuthRole/Resource here.' },
      },
    ]);
    expect(resultFor(log, 'trust/missing-aud', 'GuestRole8C1D2E3F').relatedLocations).toBeUndefined();
  });

  it('github: the construct path is in the annotation', () => {
    const run = cli(FIXTURE, '-f', 'github');
    expect(run.stdout).toMatch(
      new RegExp(
        `^::error file=${TEMPLATE.replace(/\./g, '\\.')},line=17,endLine=\\d+,title=trust/missing-aud::Role .* \\[construct AuthStack/AuthRole/Resource\\]$`,
        'm',
      ),
    );
  });

  it('JSON: the construct path in the message, the source in resource.cdkSource; valid against the report schema', () => {
    const report = JSON.parse(cli(FIXTURE, '-f', 'json').stdout) as LintReport;
    const validate = reportValidator();
    expect(validate(report), describeErrors(validate.errors)).toBe(true);
    const auth = report.findings.find(
      (f) => f.ruleId === 'trust/missing-aud' && f.resource?.logicalId === 'AuthRole5B2F1C0E',
    )!;
    expect(auth.message).toMatch(/ \[construct AuthStack\/AuthRole\/Resource\]$/);
    expect(auth.resource).toEqual({
      logicalId: 'AuthRole5B2F1C0E',
      type: 'AWS::IAM::Role',
      cdkPath: 'AuthStack/AuthRole/Resource',
      stack: 'AuthStack',
      cdkSource: { file: '/home/dev/auth-app/lib/auth-stack.ts', line: 21, column: 22 },
    });
  });
});

describe('a trace recorded in the project the linter runs in', () => {
  // The same assembly, as the CDK app at /home/dev/auth-app would have it after `cdk synth`.
  const fixtureDir = join(ROOT, FIXTURE);
  const files = Object.fromEntries(
    readdirSync(fixtureDir).map((name) => [
      `/home/dev/auth-app/cdk.out/${name}`,
      readFileSync(join(fixtureDir, name), 'utf8'),
    ]),
  );
  const fs = memoryFileSystem(files);

  it('links the source relative to the working directory, as %SRCROOT% paths', () => {
    const run = runIn(['cdk.out', '-f', 'sarif', '--no-config'], { cwd: '/home/dev/auth-app', fs });
    const log = JSON.parse(run.stdout) as Log;
    expect(resultFor(log, 'trust/missing-aud', 'AuthRole5B2F1C0E').relatedLocations?.[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'lib/auth-stack.ts', uriBaseId: '%SRCROOT%' },
      region: { startLine: 21, startColumn: 22 },
    });
    // An ES module app's frame is a file:// URL: read as the path it names.
    const pool = log.runs[0]!.results!.find((r) => r.locations?.[0]?.logicalLocations?.[0]?.name === 'IdentityPool');
    expect(pool?.relatedLocations?.[0]?.physicalLocation?.artifactLocation).toEqual({
      uri: 'lib/auth-stack.mjs',
      uriBaseId: '%SRCROOT%',
    });
  });

  it('says so in the text report', () => {
    const run = runIn(['cdk.out', '--no-config'], { cwd: '/home/dev/auth-app', fs });
    expect(run.stdout).toContain('    resource: AuthRole5B2F1C0E, created at lib/auth-stack.ts:21:22\n');
  });

  it('keeps a path outside the working directory absolute', () => {
    const below = runIn(['/home/dev/auth-app/cdk.out', '--no-config'], { cwd: '/home/dev/auth-app/bin', fs });
    expect(below.stdout).toContain(
      '    resource: AuthRole5B2F1C0E, created at /home/dev/auth-app/lib/auth-stack.ts:21:22\n',
    );
  });
});
