/**
 * Hostile-input tests run the built binary as a process with a time bound, on files generated in
 * a temporary directory at test time: the committed build (dist/), or yours after `npm run build`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = join(ROOT, 'bin', 'cognito-iam-lint.js');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The binary in `cwd`, killed after `timeoutMs`: a hang fails the test instead of stalling the suite. */
export function runBin(cwd: string, args: string[], timeoutMs = 20_000): Run {
  if (!existsSync(join(ROOT, 'dist', 'cli.cjs'))) {
    throw new Error('dist/ is missing: run `npm run build`.');
  }
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
    timeout: timeoutMs,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(prefix: string): string {
  return realpathSync(mkdtempSync(join(tmpdir(), `cognito-iam-lint-${prefix}-`)));
}

/** No stack trace and no "internal error": a hostile input is the user's problem, reported in one line. */
export function expectNoCrash(run: Run): void {
  if (run.status === null) throw new Error('the run was killed (timeout)');
  if (/internal error|\n\s+at .+:\d+:\d+\)?\n/.test(run.stderr)) throw new Error(`crash:\n${run.stderr}`);
}

/**
 * A template with one critical trust/missing-aud finding on `AuthRole`: the role of an identity
 * pool whose trust has no `aud` condition.
 */
export const SIBLING_CRITICAL = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  IdentityPool:
    Type: AWS::Cognito::IdentityPool
    Properties:
      AllowUnauthenticatedIdentities: false
  AuthRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal:
              Federated: cognito-identity.amazonaws.com
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              ForAnyValue:StringLike:
                cognito-identity.amazonaws.com:amr: authenticated
  Attachment:
    Type: AWS::Cognito::IdentityPoolRoleAttachment
    Properties:
      IdentityPoolId: !Ref IdentityPool
      Roles:
        authenticated: !GetAtt AuthRole.Arn
`;
