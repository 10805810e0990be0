/**
 * A trust rendered by a `data "aws_iam_policy_document"` that Terraform reads only at apply (its `aud`
 * names the pool created in the same plan): rebuilt from the data source's planned blocks, its unknown
 * `aud` linked to the pool through `configuration` (src/dialects/terraform/policy-document.ts); where
 * it cannot be rebuilt, a note and no finding. The plan is test/fixtures/terraform/groups.plan.json.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';
import { memoryFileSystem } from '../../../src/inputs/memory-fs.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const PLAN = readFileSync('test/fixtures/terraform/groups.plan.json', 'utf8');
const ADMINS_TRUST = 'data.aws_iam_policy_document.admins_trust';

function lintEdited(edit: (plan: Json) => void) {
  const plan = JSON.parse(PLAN) as Json;
  edit(plan);
  const fs = memoryFileSystem({ '/proj/plan.json': JSON.stringify(plan, null, 2) });
  return lint(['plan.json'], { fs, cwd: '/proj', jobs: 1 }).report;
}

const byAddress = (list: Json[], address: string): Json => list.find((r) => r.address === address)!;
const planned = (plan: Json, address: string) => byAddress(plan.planned_values.root_module.resources, address);
const change = (plan: Json, address: string) => byAddress(plan.resource_changes, address).change;
const configured = (plan: Json, address: string) => byAddress(plan.configuration.root_module.resources, address);

function trustFindings(report: ReturnType<typeof lintEdited>) {
  return report.findings
    .filter((f) => f.ruleId.startsWith('trust/') || f.ruleId === 'policy/invalid')
    .map((f) => [f.ruleId, f.severity, f.resource?.address, f.range.start.line, f.range.start.column]);
}

const notes = (report: ReturnType<typeof lintEdited>) =>
  report.notifications.filter((n) => n.message.includes('trust policy')).map((n) => n.message);

describe('aws_iam_policy_document read only at apply', () => {
  it('is rebuilt from its planned blocks: the trust without `amr` is judged, its `aud` linked to the pool', () => {
    const report = lintEdited(() => {});
    // At the data source's `statement` block in the plan; the finding is the role's.
    expect(trustFindings(report)).toEqual([['trust/missing-amr', 'medium', 'aws_iam_role.admins', 288, 15]]);
    // Medium, and the pool named: the `aud` value, unknown in the plan, is `aws_cognito_identity_pool.main.id`.
    expect(report.findings.find((f) => f.ruleId === 'trust/missing-amr')?.message).toBe(
      'Role `aws_iam_role.admins` does not test `cognito-identity.amazonaws.com:amr`: guest access or the basic (classic) flow is turned off today in identity pool `aws_cognito_identity_pool.main`, but the role relies on that alone; AWS recommends an `amr` condition on every identity-pool role.',
    );
    expect(notes(report)).toEqual([]);
  });

  it('an unknown `aud` whose expression is not one resource stays unknown: no pool is named', () => {
    const report = lintEdited((plan) => {
      configured(plan, ADMINS_TRUST).expressions.statement[0].condition[0].values = { references: ['var.pool_id'] };
    });
    // No pool resolves for the `aud`, so the rule takes the widest reading (rules/trust/missing-amr.md).
    expect(trustFindings(report)).toEqual([['trust/missing-amr', 'high', 'aws_iam_role.admins', 288, 15]]);
    expect(report.findings.find((f) => f.ruleId === 'trust/missing-amr')?.message).not.toContain(
      'aws_cognito_identity_pool.main',
    );
  });

  it('conditions known only after apply as a whole: a note, never a finding (the unknown block may test `amr`)', () => {
    const report = lintEdited((plan) => {
      planned(plan, ADMINS_TRUST).values.statement[0].condition = null;
      change(plan, ADMINS_TRUST).after_unknown.statement[0].condition = true;
    });
    expect(trustFindings(report)).toEqual([]);
    expect(notes(report)).toEqual([
      'The document of `aws_iam_role.admins trust policy` is known only after apply (it is computed from values the plan does not know), so no rule judged it; lint the state (`terraform show -json`) after apply.',
    ]);
  });

  it('a document merging others (`source_policy_documents`) is not rebuilt: a note, never a finding', () => {
    const report = lintEdited((plan) => {
      change(plan, ADMINS_TRUST).after_unknown.source_policy_documents = true;
    });
    expect(trustFindings(report)).toEqual([]);
    expect(notes(report)).toHaveLength(1);
  });

  it('two unknown values in one list: neither is taken for the pool', () => {
    const report = lintEdited((plan) => {
      planned(plan, ADMINS_TRUST).values.statement[0].condition[0].values = [null, null];
      change(plan, ADMINS_TRUST).after_unknown.statement[0].condition[0].values = [true, true];
    });
    expect(trustFindings(report)).toEqual([['trust/missing-amr', 'high', 'aws_iam_role.admins', 288, 15]]);
    // The stand-in text for an unknown value is no grammar problem.
    expect(report.findings.filter((f) => f.ruleId === 'policy/invalid')).toEqual([]);
  });

  it('never crashes on blocks that are not the documented shapes: what cannot be rebuilt is a note', () => {
    const shapes: Array<(statement: Json) => void> = [
      (st) => (st.condition = [1, { test: 5, variable: null, values: 'x' }]),
      (st) => (st.principals = [{ type: null, identifiers: [null] }]),
      (st) => (st.actions = { 0: 'sts:AssumeRoleWithWebIdentity' }),
      (st) => (st.condition[0].values = Array.from({ length: 5000 }, () => null)),
    ];
    for (const shape of shapes) {
      const report = lintEdited((plan) => shape(planned(plan, ADMINS_TRUST).values.statement[0]));
      // Never a trust finding the planned blocks do not support, never a crash.
      expect(
        trustFindings(report).filter(([rule]) => rule !== 'trust/missing-amr' && rule !== 'policy/invalid'),
      ).toEqual([]);
    }
    const garbage = lintEdited((plan) => (planned(plan, ADMINS_TRUST).values.statement = ['x', null]));
    expect(trustFindings(garbage)).toEqual([]);
    expect(notes(garbage)).toHaveLength(1);
  });
});
