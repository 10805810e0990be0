/**
 * Issue 12 class 1, exponential resolution: templates whose values double at each reference
 * (`Default: !Sub "${P}${P}"`, parameters defaulting to each other, `!Join ['', [!Ref P, !Ref P]]`,
 * chains of mappings, exports and conditions doing the same) used to run V8 out of heap with no
 * report. The built binary runs on all of them at once, next to a template with a known critical
 * finding, under a time bound. Run `npm run build` before `npx vitest run` on its own.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRITICAL_YAML } from '../cli/templates.js';
import { expectNoStackTrace } from '../cli/helpers.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = join(ROOT, 'bin', 'cognito-iam-lint.js');
const LEVELS = 64;

/** A role of an identity pool whose trust names `aud` (YAML flow text) as its aud; `head` is the top of the template. */
function trustTemplate(head: string, aud: string): string {
  return `${head}
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
              StringEquals:
                cognito-identity.amazonaws.com:aud: ${aud}
              ForAnyValue:StringLike:
                cognito-identity.amazonaws.com:amr: authenticated
  Attachment:
    Type: AWS::Cognito::IdentityPoolRoleAttachment
    Properties:
      IdentityPoolId: !Ref IdentityPool
      Roles:
        authenticated: !GetAtt AuthRole.Arn
`;
}

const levels = (line: (i: number) => string): string =>
  Array.from({ length: LEVELS }, (_, i) => line(i + 1)).join('\n');

/** File name → template: each one doubles a value at every reference. */
const HOSTILE: Record<string, string> = {
  'self-sub.yaml': trustTemplate(`Parameters:\n  P: {Type: String, Default: !Sub "\${P}\${P}"}`, '!Ref P'),
  'mutual.yaml': trustTemplate(
    `Parameters:\n  A: {Type: String, Default: !Sub "\${B}\${B}"}\n  B: {Type: String, Default: !Ref A}`,
    '!Ref A',
  ),
  'self-join.yaml': trustTemplate(`Parameters:\n  P: {Type: String, Default: !Join ['', [!Ref P, !Ref P]]}`, '!Ref P'),
  // A chain, not a cycle: P64 is 2^64 copies of P0.
  'sub-chain.yaml': trustTemplate(
    `Parameters:\n  P0: {Type: String, Default: x}\n${levels((i) => `  P${i}: {Type: String, Default: !Sub "\${P${i - 1}}\${P${i - 1}}"}`)}`,
    `!Ref P${LEVELS}`,
  ),
  // Alternatives doubling, compared in a condition (src/dialects/cloudformation/conditions.ts, src/dialects/cloudformation/scenarios.ts).
  'if-chain.yaml': trustTemplate(
    `Parameters:\n  P0: {Type: String, Default: x}\n${levels((i) => `  P${i}: {Type: String, Default: !If [C0, !Join ['', [!Ref P${i - 1}, a]], !Join ['', [!Ref P${i - 1}, b]]]}`)}\nConditions:\n  C0: !Equals [!Ref P0, y]\n  C1: !Equals [!Ref P${LEVELS}, !Ref P${LEVELS}]`,
    `!If [C1, !Ref P${LEVELS}, !Ref IdentityPool]`,
  ),
  // Fn::Sub variables: each level's text names its variable twice (16 levels of 100 characters: 6.5 MB;
  // the policy grammar refuses documents nested deeper than 64 levels, so no more levels are needed).
  'sub-variables.yaml': trustTemplate('', '!Sub ["${X}${X}", {X: '.repeat(16) + 'x'.repeat(100) + '}]'.repeat(16)),
  'mappings.yaml': trustTemplate(
    `Mappings:\n  M:\n    k:\n      v0: x\n${levels((i) => `      v${i}: !Join ['', [!FindInMap [M, k, v${i - 1}], !FindInMap [M, k, v${i - 1}]]]`)}`,
    `!FindInMap [M, k, v${LEVELS}]`,
  ),
  'exports.yaml': trustTemplate(
    `Outputs:\n  O0: {Value: x, Export: {Name: E0}}\n${levels((i) => `  O${i}: {Value: !Join ['', [!ImportValue E${i - 1}, !ImportValue E${i - 1}]], Export: {Name: E${i}}}`)}\n  Loop: {Value: !ImportValue Loop, Export: {Name: Loop}}`,
    `!Join ['', [!ImportValue E${LEVELS}, !ImportValue Loop]]`,
  ),
};

describe('exponential resolution (issue 12, class 1)', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cil-resolve-'));
    for (const [name, text] of Object.entries(HOSTILE)) writeFileSync(join(dir, name), text);
    writeFileSync(join(dir, 'sibling.yaml'), CRITICAL_YAML);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (...args: string[]) => {
    const started = Date.now();
    const result = spawnSync(process.execPath, [BIN, ...args, '.'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
      timeout: 20_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { ...result, elapsed: Date.now() - started };
  };

  it('ends quickly, reports the sibling critical finding and names each hostile file in a note', () => {
    const before = Object.fromEntries(
      Object.keys(HOSTILE).map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
    );
    const result = run('--format', 'json', '--verbose');
    expect(result.error).toBeUndefined();
    expect(result.signal).toBeNull();
    expect(result.elapsed).toBeLessThan(15_000);
    expectNoStackTrace(result.stderr);
    expectNoStackTrace(result.stdout);
    expect(result.stderr).toBe('');
    // The sibling's critical finding fails the run, as usual.
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as {
      files: string[];
      findings: Array<{
        ruleId: string;
        severity: string;
        file: string;
        logicalId?: string;
        range: { start: { line: number } };
      }>;
      notifications: Array<{ kind: string; file?: string; ruleId?: string }>;
    };
    expect([...report.files].sort()).toEqual([...Object.keys(HOSTILE), 'sibling.yaml'].sort());
    expect(report.findings.map((f) => `${f.file}:${f.range.start.line} ${f.severity} ${f.ruleId}`)).toEqual([
      'sibling.yaml:14 critical trust/missing-aud',
    ]);
    // Each hostile aud is unknown (too large, or circular): the aud rule says it could not compare it.
    for (const name of Object.keys(HOSTILE)) {
      expect(
        report.notifications.filter(
          (n) => n.file === name && n.kind === 'unresolved' && n.ruleId === 'trust/aud-mismatch',
        ),
        name,
      ).toHaveLength(1);
    }
    for (const [name, text] of Object.entries(before)) expect(readFileSync(join(dir, name), 'utf8')).toBe(text);
  });

  it('prints one note line per hostile file in the text report', () => {
    const result = run('--verbose');
    expect(result.signal).toBeNull();
    expect(result.status).toBe(1);
    expectNoStackTrace(result.stdout + result.stderr);
    expect(result.stdout).toMatch(/^sibling\.yaml\n {2}14:13 {2}critical {2}trust\/missing-aud /m);
    expect(result.stdout).toMatch(/^✖ 1 problem \(1 critical\) in 1 of \d+ files linted · fails --fail-on high$/m);
    for (const name of Object.keys(HOSTILE)) {
      const lines = result.stdout.split('\n').filter((line) => line.includes(`${name}:`));
      expect(lines, name).toHaveLength(1);
      expect(lines[0]).toMatch(/note\s+unresolved/);
    }
  });
});
