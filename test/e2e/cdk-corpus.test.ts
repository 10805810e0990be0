/**
 * The planted weaknesses of the real CDK synth output (test/fixtures/corpus/cdk/README.md)
 * that the rules so far cover are found at the right resource and construct path, and the
 * secure variants stay clean.
 */
import { describe, expect, it } from 'vitest';
import { lintPaths, seen } from '../rules/helpers.js';

const CDK = 'test/fixtures/corpus/cdk';
const lintVariant = (variant: string) => lintPaths([`${CDK}/${variant}/cdk.out`]);
/** Rules implemented so far; the other planted weaknesses belong to rules still to come. */
const IMPLEMENTED = new Set(['trust/missing-aud', 'trust/missing-amr', 'trust/aud-mismatch', 'policy/invalid', 'policy/duplicate-key', 'input/parse-error']);
const implemented = (variant: string) => seen(lintVariant(variant)).filter((f) => IMPLEMENTED.has(f.ruleId));

describe('cdk corpus', () => {
  it.each(['a-secure-l2', 'a2-secure-l1'])('%s (secure) has no findings at all', (variant) => {
    const report = lintVariant(variant);
    expect(seen(report)).toEqual([]);
    expect(report.notifications.filter((n) => n.kind === 'internal')).toEqual([]);
  });

  it('b-trust-no-aud: the authenticated role without aud and the admin group role with aud "*"', () => {
    expect(implemented('b-trust-no-aud')).toEqual([
      {
        ruleId: 'trust/missing-aud',
        messageId: 'missing',
        severity: 'critical',
        file: `${CDK}/b-trust-no-aud/cdk.out/WebApp.template.json`,
        line: 328,
        column: 7,
        resource: 'AuthenticatedRole86104F1A',
        cdkPath: 'WebApp/AuthenticatedRole/Resource',
      },
      {
        ruleId: 'trust/missing-aud',
        messageId: 'wildcard',
        severity: 'critical',
        file: `${CDK}/b-trust-no-aud/cdk.out/WebApp.template.json`,
        line: 469,
        column: 48,
        resource: 'AdminGroupRole1F0564BA',
        cdkPath: 'WebApp/AdminGroupRole/Resource',
      },
    ]);
  });

  it('c-trust-no-amr: guests of a classic-flow pool can assume the authenticated role (high)', () => {
    expect(implemented('c-trust-no-amr')).toEqual([
      {
        ruleId: 'trust/missing-amr',
        messageId: 'guestsCanAssume',
        severity: 'high',
        file: `${CDK}/c-trust-no-amr/cdk.out/WebApp.template.json`,
        line: 328,
        column: 7,
        resource: 'AuthenticatedRole86104F1A',
        cdkPath: 'WebApp/AuthenticatedRole/Resource',
      },
    ]);
  });

  it.each(['d-unauth-s3-write', 'e-s3-no-sub-prefix', 'f-api-authz-gaps'])('%s: no trust or grammar findings (its weaknesses are S3 / API rules)', (variant) => {
    expect(implemented(variant)).toEqual([]);
  });

  it('g-multi-stack-stage-nested: aud arrives through Fn::GetStackOutput and Fn::ImportValue, across a stage and a nested stack, and resolves', () => {
    const report = lintVariant('g-multi-stack-stage-nested');
    expect(implemented('g-multi-stack-stage-nested')).toEqual([]);
    // Resolved, not merely skipped: nothing about aud was left unresolved.
    expect(report.notifications.filter((n) => n.kind === 'unresolved')).toEqual([]);
  });
});
