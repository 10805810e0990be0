/**
 * Hostile-input tests run the built binary as a process with a time bound: a hang is a failure
 * (the process is killed and `signal` is set), not a stuck test run. They run the committed build (dist/), or yours after
 * `npm run build`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = join(ROOT, 'bin', 'cognito-iam-lint.js');

/** Far above what a run on a handful of files takes, far below what a hang or a blow-up takes. */
export const TIME_BOUND_MS = 10_000;

export interface ProcessRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export function runBin(cwd: string, args: string[]): ProcessRun {
  const started = Date.now();
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
    timeout: TIME_BOUND_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    status: result.status,
    signal: result.signal,
    stdout: result.stdout ?? '',
    stderr: result.stderr ?? '',
    ms: Date.now() - started,
  };
}

/** A fresh directory under the system temp directory, by its real path (macOS links /tmp). */
export function tempDir(prefix: string): string {
  return realpathSync(mkdtempSync(join(tmpdir(), prefix)));
}

/** It ended by itself, in time, without an internal error or a stack trace. */
export function expectEndedCleanly(run: ProcessRun): void {
  expect(run.signal).toBeNull();
  expect(run.ms).toBeLessThan(TIME_BOUND_MS);
  expect(run.status === 0 || run.status === 1).toBe(true);
  expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  expect(run.stderr).not.toMatch(/internal error/i);
}

/** A Cognito trust policy without an `aud` condition: trust/missing-aud, critical. */
export const TRUST_WITHOUT_AUD = {
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { Federated: 'cognito-identity.amazonaws.com' },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: { 'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'unauthenticated' } },
    },
  ],
};

/** A template with one role trusting Cognito without `aud`. */
export function templateWithoutAud(): string {
  return JSON.stringify(
    {
      Resources: { GuestRole: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: TRUST_WITHOUT_AUD } } },
    },
    null,
    2,
  );
}

interface SarifResult {
  ruleId: string;
  level: string;
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>;
}

/** Parses stdout as SARIF and returns `ruleId file` for each result. */
export function sarifResults(stdout: string): string[] {
  const log = JSON.parse(stdout) as { version: string; runs: Array<{ results: SarifResult[] }> };
  expect(log.version).toBe('2.1.0');
  return log.runs.flatMap((run) =>
    run.results.map((r) => `${r.ruleId} ${r.locations[0]?.physicalLocation.artifactLocation.uri ?? ''}`),
  );
}
