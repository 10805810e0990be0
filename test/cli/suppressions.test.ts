/**
 * Suppressions as the CLI shows them: in-source (template and CDK metadata) and external (config
 * file), the warnings about suppressions that cannot apply, --report-unused-suppressions, SARIF
 * `suppressions` and --sarif-omit-suppressed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Log } from 'sarif';
import type { LintReport } from '../../src/engine/types.js';
import { nodeFileSystem } from '../../src/inputs/node-fs.js';
import { describeErrors, sarifValidator } from '../reporters/schemas.js';
import { brief, expectOneLineError, findingLines, jsonConfig, memoryProject, runIn, yamlConfig } from './helpers.js';
import { CRITICAL_YAML, HIGH_YAML } from './templates.js';

/** CRITICAL_YAML with Metadata on `AuthRole` holding the given suppress entries (flow mappings); lines below move down. */
function withSuppression(...entries: string[]): string {
  const block = [
    '    Metadata:',
    '      cognito-iam-lint:',
    '        suppress:',
    ...entries.map((e) => `          - ${e}`),
  ].join('\n');
  return CRITICAL_YAML.replace(
    '  AuthRole:\n    Type: AWS::IAM::Role\n',
    `  AuthRole:\n    Type: AWS::IAM::Role\n${block}\n`,
  );
}

const sarifOf = (text: string) => (JSON.parse(text) as Log).runs[0]!;

describe('in-source suppressions', () => {
  it('a suppressed finding does not fail the run, is counted, and --verbose lists it with its reason', () => {
    const project = memoryProject({
      'app.yaml': withSuppression('{ rule: trust/missing-aud, reason: Legacy role; see SEC-9. }'),
    });
    const run = project.run(['app.yaml']);
    expect(run.code).toBe(0);
    expect(findingLines(run.stdout)).toEqual([]);
    expect(run.stdout).toContain('  Not counted: 1 suppressed.\n');
    const verbose = project.run(['app.yaml', '--verbose']);
    expect(brief(findingLines(verbose.stdout))).toEqual(['app.yaml:18:13 critical trust/missing-aud']);
    expect(verbose.stdout).toContain('    suppressed: Legacy role; see SEC-9.\n');
  });

  it('without a reason: the finding counts, and a warning after the findings says why (no --verbose needed)', () => {
    const run = memoryProject({ 'app.yaml': withSuppression('{ rule: trust/missing-aud }') }).run(['app.yaml']);
    expect(run.code).toBe(1);
    expect(brief(findingLines(run.stdout))).toEqual(['app.yaml:18:13 critical trust/missing-aud']);
    expect(run.stdout).toContain(
      '\nNotifications\n  warning  input  app.yaml:12:13  The suppression of `trust/missing-aud` on resource `AuthRole` has no reason, so it does not apply: say why the finding is accepted.\n\n✖ 1 problem',
    );
  });

  it('expired: the finding counts again, and a warning says since when', () => {
    const run = memoryProject({
      'app.yaml': withSuppression('{ rule: trust/missing-aud, reason: Until the migration., expires: 2025-05-31 }'),
    }).run(['app.yaml']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'The suppression of `trust/missing-aud` on resource `AuthRole` expired on 2025-05-31 and no longer applies.',
    );
    // helpers.NOW is 2025-06-01: the day before still applies.
    const still = memoryProject({
      'app.yaml': withSuppression('{ rule: trust/missing-aud, reason: Until the migration., expires: 2025-06-01 }'),
    }).run(['app.yaml']);
    expect(still.code).toBe(0);
    expect(still.stdout).not.toContain('Notifications');
  });

  it('the warnings reach SARIF toolExecutionNotifications with their position, and the JSON report', () => {
    const project = memoryProject({ 'app.yaml': withSuppression('{ rule: trust/missing-aud }') });
    const run = sarifOf(project.run(['app.yaml', '-f', 'sarif']).stdout);
    expect(run.invocations![0]!.toolExecutionNotifications).toEqual([
      expect.objectContaining({
        level: 'warning',
        message: {
          text: 'The suppression of `trust/missing-aud` on resource `AuthRole` has no reason, so it does not apply: say why the finding is accepted.',
        },
        descriptor: expect.objectContaining({ id: 'input' }),
        locations: [
          {
            physicalLocation: expect.objectContaining({
              region: expect.objectContaining({ startLine: 12, startColumn: 13 }),
            }),
          },
        ],
      }),
    ]);
    const report = JSON.parse(project.run(['app.yaml', '-f', 'json']).stdout) as LintReport;
    expect(report.notifications.map((n) => [n.level, n.file, n.range?.start.line])).toEqual([
      ['warning', 'app.yaml', 12],
    ]);
  });
});

describe('external suppressions (config file)', () => {
  const config = (suppressions: string) =>
    `${jsonConfig().replace(/\n}\n$/, '')},\n  "suppressions": ${suppressions}\n}\n`;

  it('suppress by files and resource, as kind external in SARIF and JSON', () => {
    const project = memoryProject({
      'infra/critical.yaml': CRITICAL_YAML,
      'infra/high.yaml': HIGH_YAML,
      '.cognito-iam-lint.json': config(
        '[{ "rule": "trust/missing-aud", "files": "infra/**", "resource": "AuthRole", "reason": "Reviewed in SEC-12." }]',
      ),
    });
    const run = project.run(['.']);
    expect(brief(findingLines(run.stdout))).toEqual(['infra/high.yaml:13:13 high trust/missing-amr']);
    const sarif = sarifOf(project.run(['.', '-f', 'sarif']).stdout);
    expect(sarif.results!.map((r) => [r.ruleId, r.suppressions])).toEqual([
      ['trust/missing-aud', [{ kind: 'external', status: 'accepted', justification: 'Reviewed in SEC-12.' }]],
      ['trust/missing-amr', undefined],
    ]);
  });

  it('the same in a YAML config', () => {
    const project = memoryProject({
      'critical.yaml': CRITICAL_YAML,
      '.cognito-iam-lint.yaml':
        yamlConfig() +
        'suppressions:\n  - rule: trust/*\n    files: ["*.yaml"]\n    reason: Sandbox account.\n    expires: 2030-01-01\n',
    });
    const run = project.run(['critical.yaml']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Not counted: 1 suppressed.');
  });

  describe('a bad entry is exit 2 with one line at the key', () => {
    const cases: Array<[string, string, string[]]> = [
      [
        'no reason',
        '[{ "rule": "trust/missing-aud", "files": "**" }]',
        ['.cognito-iam-lint.json:', '`suppressions.0` needs `reason`.'],
      ],
      [
        'an empty reason',
        '[{ "rule": "trust/missing-aud", "files": "**", "reason": " " }]',
        ['`suppressions.0.reason` must say why the finding is accepted.'],
      ],
      [
        'an unknown rule',
        '[{ "rule": "trust/missing-aude", "files": "**", "reason": "x" }]',
        ['`suppressions.0.rule` names no rule (did you mean `trust/missing-aud`? see --list-rules).'],
      ],
      [
        'an unknown area',
        '[{ "rule": "nothing/*", "files": "**", "reason": "x" }]',
        ['`suppressions.0.rule` names no rule'],
      ],
      [
        'a bad rule pattern',
        '[{ "rule": "Trust", "files": "**", "reason": "x" }]',
        ['`suppressions.0.rule` must be a rule ID, an area (`trust/*`) or `*`.'],
      ],
      ['no files', '[{ "rule": "*", "reason": "x" }]', ['`suppressions.0` needs `files`.']],
      [
        'a bad date',
        '[{ "rule": "*", "files": "**", "reason": "x", "expires": "next year" }]',
        ['`suppressions.0.expires` is not a date (YYYY-MM-DD).'],
      ],
      [
        'a date that does not exist',
        '[{ "rule": "*", "files": "**", "reason": "x", "expires": "2026-02-30" }]',
        ['`suppressions.0.expires` is not a date (YYYY-MM-DD).'],
      ],
      [
        'an unknown key',
        '[{ "rule": "*", "files": "**", "reason": "x", "applies_to": ["x"] }]',
        ['`suppressions.0.applies_to` is not a known setting.'],
      ],
    ];
    for (const [what, suppressions, parts] of cases) {
      it(what, () => {
        const run = memoryProject({
          'critical.yaml': CRITICAL_YAML,
          '.cognito-iam-lint.json': config(suppressions),
        }).run(['critical.yaml']);
        expect(run.code).toBe(2);
        expect(run.stdout).toBe('');
        expectOneLineError(run.stderr, ...parts);
      });
    }
  });
});

describe('--report-unused-suppressions', () => {
  const files = {
    'app.yaml': withSuppression(
      '{ rule: trust/missing-aud, reason: Used. }',
      '{ rule: trust/missing-amr, reason: Left over. }',
    ),
  };

  it('warns once per suppression that matched nothing; the exit code is unchanged', () => {
    const run = memoryProject(files).run(['app.yaml', '--report-unused-suppressions']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '  warning  input  app.yaml:13:13  The suppression of `trust/missing-amr` on resource `AuthRole` matched no finding: remove it if the problem is fixed.\n',
    );
    expect(run.stdout.match(/matched no finding/g)).toHaveLength(1);
    expect(memoryProject(files).run(['app.yaml']).stdout).not.toContain('matched no finding');
  });

  it('is also the config key reportUnusedSuppressions', () => {
    const config = JSON.stringify({ ...JSON.parse(jsonConfig()), reportUnusedSuppressions: true });
    const run = memoryProject({ ...files, '.cognito-iam-lint.json': config }).run(['app.yaml']);
    expect(run.stdout).toContain('matched no finding');
  });
});

describe('SARIF and suppressed findings', () => {
  const project = memoryProject({
    'app.yaml': withSuppression('{ rule: trust/missing-aud, reason: Legacy role. }'),
    'high.yaml': HIGH_YAML,
  });

  it('keeps them, with suppressions[] (kind inSource, status accepted, justification)', () => {
    const run = project.run(['.', '-f', 'sarif']);
    const log = JSON.parse(run.stdout) as Log;
    const validate = sarifValidator();
    expect(validate(log), describeErrors(validate.errors)).toBe(true);
    expect(log.runs[0]!.results!.map((r) => [r.ruleId, r.suppressions])).toEqual([
      ['trust/missing-aud', [{ kind: 'inSource', status: 'accepted', justification: 'Legacy role.' }]],
      ['trust/missing-amr', undefined],
    ]);
  });

  it('--sarif-omit-suppressed leaves them out, on the console and in --report files; JSON keeps them', () => {
    const run = project.run([
      '.',
      '-f',
      'sarif',
      '--sarif-omit-suppressed',
      '--report',
      'sarif=r.sarif',
      '--report',
      'json=r.json',
    ]);
    expect(sarifOf(run.stdout).results!.map((r) => r.ruleId)).toEqual(['trust/missing-amr']);
    expect(sarifOf(run.written.get('/proj/r.sarif')!).results!.map((r) => r.ruleId)).toEqual(['trust/missing-amr']);
    expect(
      (JSON.parse(run.written.get('/proj/r.json')!) as LintReport).findings.map((f) => f.suppressions.length),
    ).toEqual([1, 0]);
    expect(run.code).toBe(1);
  });
});

describe('cdk.out: suppressions from CDK metadata', () => {
  const ROOT = join(import.meta.dirname, '..', '..');
  const dir = mkdtempSync(join(tmpdir(), 'cognito-iam-lint-cdk-'));
  const configFile = join(dir, 'config.json');
  writeFileSync(configFile, jsonConfig());
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...argv: string[]) =>
    runIn(['test/fixtures/suppressions/cdk-metadata/cdk.out', '-c', configFile, ...argv], {
      cwd: ROOT,
      fs: nodeFileSystem,
    });

  it('suppresses the resource addMetadata() was called on, and shows its construct path', () => {
    const text = run('--verbose');
    expect(text.code).toBe(1);
    expect(brief(findingLines(text.stdout))).toEqual([
      'test/fixtures/suppressions/cdk-metadata/cdk.out/WebApp.template.json:345:7 critical trust/missing-aud',
      'test/fixtures/suppressions/cdk-metadata/cdk.out/WebApp.template.json:480:7 critical trust/missing-aud',
    ]);
    // The construct path is part of the message; the resource line names the logical ID.
    expect(text.stdout).toContain(
      ' [construct WebApp/IdentityPool/AuthenticatedRole/Resource]\n    resource: IdentityPoolAuthenticatedRole42131CF5\n',
    );
    expect(text.stdout).toContain('    suppressed: Legacy role kept for the 1.x mobile app until APP-77 ships');
    const sarif = sarifOf(run('-f', 'sarif').stdout);
    expect(
      sarif.results!.map((r) => [r.locations![0]!.logicalLocations![0]!.fullyQualifiedName, r.suppressions?.[0]?.kind]),
    ).toEqual([
      ['WebApp/IdentityPool/AuthenticatedRole/Resource', 'inSource'],
      ['WebApp/IdentityPool/UnauthenticatedRole/Resource', undefined],
    ]);
  });
});
