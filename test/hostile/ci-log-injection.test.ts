/**
 * Issue 12, class 5: a template must not be able to forge GitHub Actions workflow commands
 * (`::stop-commands::`, `::error`, `##[add-mask]`) or send terminal escape sequences through what
 * the linter prints. Logical IDs, Sids, Descriptions, suppression reasons and file names carry
 * newlines, ESC sequences, C1 controls, U+2028 and bidi overrides here; every human-readable
 * output must show them, not obey them (src/util/printable.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectNoCrash, runBin, SIBLING_CRITICAL, tempDir } from './output-helpers.js';

const EVIL = '\n::stop-commands::x\n\u001b]0;pwned\u0007\u001b[2J\u2028\u202e##[add-mask]boom\u0085\t\u007f';
const HOSTILE_FILE = 'x\n::stop-commands::t\n\u001b[2J.json';
const BROKEN_FILE = 'y\n::error::forged\n.json';

function hostileTemplate(): string {
  const trust = (sid: string) => ({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: sid,
        Effect: 'Allow',
        Principal: { Federated: 'cognito-identity.amazonaws.com' },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: { 'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' } },
      },
    ],
  });
  return JSON.stringify({
    AWSTemplateFormatVersion: '2010-09-09',
    Description: EVIL,
    Resources: {
      Pool: { Type: 'AWS::Cognito::IdentityPool', Properties: { AllowUnauthenticatedIdentities: false } },
      [`Role${EVIL}`]: {
        Type: 'AWS::IAM::Role',
        Properties: { Description: EVIL, AssumeRolePolicyDocument: trust(EVIL) },
      },
      [`Quiet${EVIL}`]: {
        Type: 'AWS::IAM::Role',
        Metadata: { 'cognito-iam-lint': { suppress: [{ rule: '*', reason: `accepted${EVIL}` }] } },
        Properties: { AssumeRolePolicyDocument: trust(EVIL) },
      },
      Attachment: {
        Type: 'AWS::Cognito::IdentityPoolRoleAttachment',
        Properties: {
          IdentityPoolId: { Ref: 'Pool' },
          Roles: { authenticated: { 'Fn::GetAtt': [`Role${EVIL}`, 'Arn'] } },
        },
      },
    },
  });
}

// Everything a terminal or the Actions runner would act on; \n ends our own lines and stays.

const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Lines the runner would read as a workflow command: `::` after leading spaces, or `##[` anywhere. */
function commandLines(text: string): string[] {
  return text.split('\n').filter((line) => line.trimStart().startsWith('::') || line.includes('##['));
}

describe('CI-log and terminal injection through template values and file names', () => {
  let dir: string;
  const files = new Map<string, string>();

  beforeAll(() => {
    dir = tempDir('ci-injection');
    files.set(HOSTILE_FILE, hostileTemplate());
    files.set(BROKEN_FILE, '{"Resources": {"R": ');
    files.set('sibling.yaml', SIBLING_CRITICAL);
    for (const [name, text] of files) writeFileSync(join(dir, name), text);
  });

  function expectInputsUnchanged(): void {
    for (const [name, text] of files) expect(readFileSync(join(dir, name), 'utf8')).toBe(text);
  }

  it('text: shows every control character, forges no command, still reports the sibling', () => {
    const run = runBin(dir, ['--verbose', '.']);
    expectNoCrash(run);
    expect(run.status).toBe(1);
    for (const out of [run.stdout, run.stderr]) {
      expect(out).not.toMatch(RAW_CONTROL);
      expect(commandLines(out)).toEqual([]);
    }
    // The sibling's critical finding, under its own file.
    expect(run.stdout).toMatch(/^sibling\.yaml\n\s+13:13\s+critical\s+trust\/missing-aud\s/m);
    // The hostile template's own findings are reported too, its name and values shown escaped on one line.
    expect(run.stdout).toContain('x\\n::stop-commands::t\\n\\x1b[2J.json\n');
    expect(run.stdout).toContain(
      'resource: Role\\n::stop-commands::x\\n\\x1b]0;pwned\\x07\\x1b[2J\\u2028\\u202e##\\x5badd-mask]boom\\x85\\t\\x7f',
    );
    expect(run.stdout).toContain('suppressed: accepted\\n::stop-commands::x');
    expectInputsUnchanged();
  });

  it('github: every stdout line is one of our annotations, stderr forges nothing', () => {
    const run = runBin(dir, ['-f', 'github', '.']);
    expectNoCrash(run);
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThanOrEqual(3);
    // The last line is the summary notice, which names no file.
    expect(lines.pop()).toMatch(/^::notice title=cognito-iam-lint::[^\n:]*; fails --fail-on high\.$/);
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) file=[^:\n]*,line=\d+[^\n]*::[^\n]*$/);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    expect(lines).toContainEqual(
      expect.stringMatching(/^::error file=sibling\.yaml,line=13,.*title=trust\/missing-aud::/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^::error file=x%0A%3A%3Astop-commands%3A%3At%0A\\x1b\[2J\.json,/),
    );
    // The unreadable file: one line on stderr naming it, escaped.
    const stderr = run.stderr.split('\n').filter(Boolean);
    expect(stderr).toEqual([expect.stringMatching(/^cognito-iam-lint: y\\n::error::forged\\n\.json:1:\d+: /)]);
    expect(run.stderr).not.toMatch(RAW_CONTROL);
    expect(commandLines(run.stderr)).toEqual([]);
    expectInputsUnchanged();
  });

  it('JSON and SARIF stay valid and carry the exact values, written with ASCII escapes', () => {
    for (const format of ['json', 'sarif']) {
      const run = runBin(dir, ['-f', format, '.']);
      expectNoCrash(run);
      expect(run.stdout).not.toMatch(RAW_CONTROL);
      const parsed: unknown = JSON.parse(run.stdout);
      expect(JSON.stringify(parsed)).toContain(JSON.stringify(`Role${EVIL}`).slice(1, -1));
    }
  });

  it('usage errors echo command-line values escaped', () => {
    const run = runBin(dir, ['--explain', `nope${EVIL}`]);
    expectNoCrash(run);
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(run.stderr).not.toMatch(RAW_CONTROL);
    expect(commandLines(run.stderr)).toEqual([]);
  });
});
