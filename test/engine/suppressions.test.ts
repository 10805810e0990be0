/**
 * Suppressions: in source (resource and template `Metadata`, CDK metadata in cdk.out) and
 * external (the config file's `suppressions`), with their reasons, expiry, and the warnings
 * about the ones that cannot apply or matched nothing.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Config } from '../../src/config/types.js';
import { isExpired, suppressionMatches } from '../../src/engine/suppressions.js';
import type { LintReport } from '../../src/engine/types.js';
import { lint, rules } from '../../src/index.js';
import { nodeFileSystem } from '../../src/inputs/node-fs.js';
import { lintFiles, NOW, PINNED } from './helpers.js';

/**
 * trust/missing-aud on `AuthRole` (statement at 17:13) and on `OtherRole` (statement at 30:13);
 * `%AUTH%` and `%TEMPLATE%` are replaced by Metadata blocks.
 */
const TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
%TEMPLATE%Resources:
  IdentityPool:
    Type: AWS::Cognito::IdentityPool
    Properties:
      AllowUnauthenticatedIdentities: false
  AuthRole:
    Type: AWS::IAM::Role
%AUTH%    Properties:
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
  OtherRole:
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
`;

/** A `Metadata` block suppressing with the given entries (YAML flow mappings), indented for a resource or the template. */
function metadata(entries: string[], indent: '    ' | ''): string {
  const inner = `${indent}  `;
  return `${indent}Metadata:\n${inner}cognito-iam-lint:\n${inner}  suppress:\n${entries.map((e) => `${inner}    - ${e}\n`).join('')}`;
}

function template({ auth = [], top = [] }: { auth?: string[]; top?: string[] }): string {
  return TEMPLATE.replace('%AUTH%', auth.length ? metadata(auth, '    ') : '').replace(
    '%TEMPLATE%',
    top.length ? metadata(top, '') : '',
  );
}

type Seen = [logicalId: string | undefined, suppressions: string];
function seen(report: LintReport): Seen[] {
  return report.findings.map((f) => [
    f.resource?.logicalId,
    f.suppressions.map((s) => `${s.kind}: ${s.justification}`).join(' | '),
  ]);
}

const warnings = (report: LintReport) => report.notifications.filter((n) => n.level === 'warning');

it('the template has the two findings the tests suppress', () => {
  const report = lintFiles({ 'app.yaml': template({}) });
  expect(
    report.findings.map((f) => [f.ruleId, f.resource?.logicalId, f.range.start.line, f.range.start.column]),
  ).toEqual([
    ['trust/missing-aud', 'AuthRole', 13, 13],
    ['trust/missing-aud', 'OtherRole', 26, 13],
  ]);
  expect(report.notifications).toEqual([]);
});

describe('in source', () => {
  it('on a resource: suppresses that resource’s findings, with the reason as justification', () => {
    const report = lintFiles({
      'app.yaml': template({ auth: ['{ rule: trust/missing-aud, reason: Legacy role; see SEC-9. }'] }),
    });
    expect(seen(report)).toEqual([
      ['AuthRole', 'inSource: Legacy role; see SEC-9.'],
      ['OtherRole', ''],
    ]);
    expect(report.summary.suppressed).toBe(1);
    expect(report.notifications).toEqual([]);
  });

  it('in the template’s Metadata: suppresses the whole file; an area or * matches every rule in it', () => {
    for (const rule of ['trust/missing-aud', 'trust/*', "'*'"]) {
      const report = lintFiles({ 'app.yaml': template({ top: [`{ rule: ${rule}, reason: Sandbox account only. }`] }) });
      expect(seen(report), rule).toEqual([
        ['AuthRole', 'inSource: Sandbox account only.'],
        ['OtherRole', 'inSource: Sandbox account only.'],
      ]);
    }
    expect(seen(lintFiles({ 'app.yaml': template({ top: ['{ rule: policy/*, reason: Other area. }'] }) }))).toEqual([
      ['AuthRole', ''],
      ['OtherRole', ''],
    ]);
  });

  it('in a JSON template the same way', () => {
    const json = JSON.stringify(
      {
        Resources: {
          Role: {
            Type: 'AWS::IAM::Role',
            Metadata: { 'cognito-iam-lint': { suppress: [{ rule: 'trust/missing-aud', reason: 'Reviewed.' }] } },
            Properties: {
              AssumeRolePolicyDocument: {
                Version: '2012-10-17',
                Statement: [
                  {
                    Effect: 'Allow',
                    Principal: { Federated: 'cognito-identity.amazonaws.com' },
                    Action: 'sts:AssumeRoleWithWebIdentity',
                    Condition: { 'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' } },
                  },
                ],
              },
            },
          },
        },
      },
      null,
      2,
    );
    expect(seen(lintFiles({ 'app.json': json }))).toEqual([['Role', 'inSource: Reviewed.']]);
  });

  it('without a reason: does not apply, and a warning points at it', () => {
    for (const entry of ['{ rule: trust/missing-aud }', "{ rule: trust/missing-aud, reason: '  ' }"]) {
      const report = lintFiles({ 'app.yaml': template({ auth: [entry] }) });
      expect(seen(report)).toEqual([
        ['AuthRole', ''],
        ['OtherRole', ''],
      ]);
      expect(warnings(report)).toEqual([
        {
          level: 'warning',
          kind: 'input',
          message:
            'The suppression of `trust/missing-aud` on resource `AuthRole` has no reason, so it does not apply: say why the finding is accepted.',
          file: 'app.yaml',
          range: expect.objectContaining({ start: { line: 12, column: 13 } }),
        },
      ]);
    }
  });

  it('without a rule, or naming no rule: does not apply, and says so', () => {
    const report = lintFiles({
      'app.yaml': template({ auth: ['{ reason: Forgot the rule. }', '{ rule: trust/missing-aude, reason: A typo. }'] }),
    });
    expect(seen(report)[0]).toEqual(['AuthRole', '']);
    expect(warnings(report).map((n) => [n.message, n.range?.start.line])).toEqual([
      ['A suppression on resource `AuthRole` has no `rule`, so it does not apply.', 12],
      [
        'The suppression of `trust/missing-aude` on resource `AuthRole` names no rule (see --list-rules), so it does not apply.',
        13,
      ],
    ]);
  });

  it('a rule that is switched off is still a rule', () => {
    const report = lintFiles({ 'app.yaml': template({ auth: ['{ rule: role/broad-read, reason: Reviewed. }'] }) });
    expect(warnings(report)).toEqual([]);
  });

  describe('expiry', () => {
    const at = (expires: string, now: Date) =>
      lintFiles(
        {
          'app.yaml': template({
            auth: [`{ rule: trust/missing-aud, reason: Until the migration., expires: ${expires} }`],
          }),
        },
        { now },
      );

    it('applies through the whole day it names (UTC)', () => {
      for (const now of ['2026-03-14T00:00:00Z', '2026-03-15T00:00:00Z', '2026-03-15T23:59:59Z']) {
        const report = at('2026-03-15', new Date(now));
        expect(seen(report)[0], now).toEqual(['AuthRole', 'inSource: Until the migration.']);
        expect(warnings(report)).toEqual([]);
      }
    });

    it('stops suppressing the day after, and says so at the suppression', () => {
      const report = at('2026-03-15', new Date('2026-03-16T00:00:00Z'));
      expect(seen(report)[0]).toEqual(['AuthRole', '']);
      expect(warnings(report).map((n) => [n.message, n.file, n.range?.start.line])).toEqual([
        [
          'The suppression of `trust/missing-aud` on resource `AuthRole` expired on 2026-03-15 and no longer applies.',
          'app.yaml',
          12,
        ],
      ]);
    });

    it('an unreadable date does not apply', () => {
      for (const date of ['soon', '2026-02-30', '15.03.2026']) {
        const report = at(date, NOW);
        expect(seen(report)[0], date).toEqual(['AuthRole', '']);
        expect(warnings(report).map((n) => n.message)).toEqual([
          `The suppression of \`trust/missing-aud\` on resource \`AuthRole\` has an unreadable expiry date \`${date}\` (YYYY-MM-DD), so it does not apply.`,
        ]);
      }
    });

    it('isExpired reads the date as its last day', () => {
      expect(isExpired('2026-03-15', new Date('2026-03-15T23:59:59.999Z'))).toBe(false);
      expect(isExpired('2026-03-15', new Date('2026-03-16T00:00:00Z'))).toBe(true);
    });
  });

  it('is reported even on a resource without findings', () => {
    const report = lintFiles({
      'app.yaml': template({}).replace(
        '  OtherRole:\n    Type: AWS::IAM::Role\n',
        '  OtherRole:\n    Type: AWS::IAM::Role\n    Metadata:\n      cognito-iam-lint:\n        suppress: { rule: trust/missing-aud }\n',
      ),
    });
    expect(warnings(report).map((n) => n.message)).toEqual([
      'The `cognito-iam-lint` metadata on resource `OtherRole` has no `suppress` list, so it suppresses nothing.',
    ]);
  });
});

describe('external (config file)', () => {
  const files = { 'infra/app.yaml': template({}), 'legacy/app.yaml': template({}) };
  const run = (suppressions: Config['suppressions'], extra: Partial<Config> = {}) =>
    lintFiles(files, { config: { suppressions, ...extra } });

  it('matches files by glob, and the resource by logical ID', () => {
    const report = run([
      { rule: 'trust/missing-aud', files: 'legacy/**', reason: 'Legacy stack, replaced in Q3.' },
      { rule: 'trust/*', files: ['infra/*.yaml'], resource: 'OtherRole', reason: 'Shared with the partner pool.' },
    ]);
    expect(report.findings.map((f) => [f.file, f.resource?.logicalId, f.suppressions])).toEqual([
      ['infra/app.yaml', 'AuthRole', []],
      ['infra/app.yaml', 'OtherRole', [{ kind: 'external', justification: 'Shared with the partner pool.' }]],
      ['legacy/app.yaml', 'AuthRole', [{ kind: 'external', justification: 'Legacy stack, replaced in Q3.' }]],
      ['legacy/app.yaml', 'OtherRole', [{ kind: 'external', justification: 'Legacy stack, replaced in Q3.' }]],
    ]);
    expect(report.notifications).toEqual([]);
  });

  it('and in-source suppressions together: both are listed', () => {
    const report = lintFiles(
      { 'app.yaml': template({ auth: ['{ rule: trust/missing-aud, reason: In source. }'] }) },
      { config: { suppressions: [{ rule: '*', files: '*.yaml', resource: 'AuthRole', reason: 'External.' }] } },
    );
    expect(seen(report)[0]).toEqual(['AuthRole', 'inSource: In source. | external: External.']);
  });

  it('expired: no longer applies, and a warning names it', () => {
    const report = run([{ rule: 'trust/missing-aud', files: 'legacy/**', reason: 'Legacy.', expires: '2026-01-31' }]);
    expect(report.findings.every((f) => f.suppressions.length === 0)).toBe(true);
    expect(warnings(report).map((n) => n.message)).toEqual([
      'The suppression of `trust/missing-aud` in the config file (suppressions[0], files `legacy/**`) expired on 2026-01-31 and no longer applies.',
    ]);
  });
});

describe('unused suppressions (reportUnusedSuppressions)', () => {
  const files = {
    'app.yaml': template({
      auth: ['{ rule: trust/missing-aud, reason: Used. }', '{ rule: trust/missing-amr, reason: Not used. }'],
    }),
  };
  const suppressions: Config['suppressions'] = [
    { rule: 'trust/missing-aud', files: 'app.yaml', resource: 'OtherRole', reason: 'Used too.' },
    { rule: 'trust/missing-aud', files: 'gone/**', reason: 'The file was deleted.' },
  ];

  it('are not reported unless asked for', () => {
    expect(warnings(lintFiles(files, { config: { suppressions } }))).toEqual([]);
  });

  it('are each reported once as a warning: in source at the entry, external by its index', () => {
    const report = lintFiles(files, { config: { suppressions, reportUnusedSuppressions: true } });
    expect(warnings(report).map((n) => [n.message, n.file, n.range?.start.line])).toEqual([
      // Notifications about no file come first (src/engine/notification-order.ts).
      [
        'The suppression of `trust/missing-aud` in the config file (suppressions[1], files `gone/**`) matched no finding: remove it if the problem is fixed.',
        undefined,
        undefined,
      ],
      [
        'The suppression of `trust/missing-amr` on resource `AuthRole` matched no finding: remove it if the problem is fixed.',
        'app.yaml',
        13,
      ],
    ]);
  });
});

describe('cdk.out: CDK metadata', () => {
  const ROOT = join(import.meta.dirname, '..', '..');
  const ASSEMBLY = 'test/fixtures/suppressions/cdk-metadata/cdk.out';
  const off = Object.fromEntries(
    rules
      .map((r) => r.meta.id)
      .filter((id) => !PINNED.includes(id))
      .map((id) => [id, 'off' as const]),
  );
  const lintAssembly = (config: Config = {}) =>
    lint([ASSEMBLY], { fs: nodeFileSystem, cwd: ROOT, config: { ...config, rules: off }, now: NOW }).report;

  it('a suppression added with addMetadata() suppresses that resource’s finding only', () => {
    const report = lintAssembly();
    expect(report.findings.map((f) => [f.ruleId, f.resource?.cdkPath, f.suppressions])).toEqual([
      [
        'trust/missing-aud',
        'WebApp/IdentityPool/AuthenticatedRole/Resource',
        [
          {
            kind: 'inSource',
            justification:
              'Legacy role kept for the 1.x mobile app until APP-77 ships; it is never attached to a pool outside this stack.',
          },
        ],
      ],
      ['trust/missing-aud', 'WebApp/IdentityPool/UnauthenticatedRole/Resource', []],
    ]);
    expect(report.notifications.filter((n) => n.level !== 'note')).toEqual([]);
  });

  it('an external suppression may name the construct path, which covers the constructs below it', () => {
    for (const resource of [
      'WebApp/IdentityPool/UnauthenticatedRole',
      'WebApp/IdentityPool/UnauthenticatedRole/Resource',
      'IdentityPoolUnauthenticatedRole68AEFF8B',
    ]) {
      const report = lintAssembly({
        suppressions: [{ rule: 'trust/missing-aud', files: '**/cdk.out/**', resource, reason: 'Reviewed in SEC-12.' }],
      });
      expect(
        report.findings.map((f) => f.suppressions.map((s) => s.kind)),
        resource,
      ).toEqual([['inSource'], ['external']]);
    }
    // A path prefix only counts at a `/`: `…/Unauthenticated` is not `…/UnauthenticatedRole`.
    const report = lintAssembly({
      suppressions: [
        { rule: 'trust/missing-aud', files: '**', resource: 'WebApp/IdentityPool/Unauthenticated', reason: 'x' },
      ],
    });
    expect(report.findings[1]!.suppressions).toEqual([]);
  });
});

it('suppressionMatches: an ID, an area, everything', () => {
  expect(suppressionMatches({ rule: 'trust/missing-aud' }, 'trust/missing-aud')).toBe(true);
  expect(suppressionMatches({ rule: 'trust/*' }, 'trust/missing-aud')).toBe(true);
  expect(suppressionMatches({ rule: 'trust/*' }, 'trustee/x')).toBe(false);
  expect(suppressionMatches({ rule: '*' }, 'policy/invalid')).toBe(true);
  expect(suppressionMatches({ rule: 'trust/missing' }, 'trust/missing-aud')).toBe(false);
});
