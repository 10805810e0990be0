/**
 * The CLI on Terraform plan JSON (`terraform show -json`): the resource address is what every
 * format names the resource by, and a plan that is not JSON is one line naming the file. Runs
 * the built binary (`npm run build` first).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin, tempDir } from '../hostile/fs-helpers.js';

const ROOT = process.cwd();
const PLAN = 'test/fixtures/terraform/weak.plan.json';

describe('cognito-iam-lint on a Terraform plan', () => {
  it('text: the finding at its line and column, the resource by its address', () => {
    const run = runBin(ROOT, [PLAN]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(
      `\n   57:52   critical  trust/missing-aud            Role \`aws_iam_role.unauth\` can be assumed with a token from any identity pool in any account`,
    );
    expect(run.stdout).toContain(`${PLAN}\n`);
    expect(run.stdout).toContain(
      'in any account: its trust statement has no `cognito-identity.amazonaws.com:aud` condition',
    );
    expect(run.stdout).toMatch(/trust\/missing-aud .*\n {4}resource: aws_iam_role\.unauth\n/);
  });

  it('json: the resource carries its address and its CloudFormation type', () => {
    const run = runBin(ROOT, [PLAN, '--format', 'json']);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: Array<Record<string, unknown>> };
    const admin = report.findings.filter((f) => f.ruleId === 'role/admin-access');
    expect(admin.map((f) => [f.file, f.range, f.resource])).toEqual([
      [
        PLAN,
        { start: { line: 167, column: 44 }, end: { line: 167, column: 102 } },
        {
          logicalId: 'module.auth.aws_iam_policy.admin',
          address: 'module.auth.aws_iam_policy.admin',
          type: 'AWS::IAM::ManagedPolicy',
          stack: PLAN,
        },
      ],
    ]);
  });

  it('sarif: the logical location is the address', () => {
    const run = runBin(ROOT, [PLAN, '--format', 'sarif']);
    expect(run.status).toBe(1);
    const sarif = JSON.parse(run.stdout) as {
      runs: Array<{ results: Array<{ ruleId: string; locations: Array<Record<string, unknown>> }> }>;
    };
    const location = sarif.runs[0]!.results.find((r) => r.ruleId === 'trust/missing-aud')!.locations[0]!;
    expect(location.logicalLocations).toEqual([
      { name: 'aws_iam_role.unauth', fullyQualifiedName: `${PLAN}/aws_iam_role.unauth`, kind: 'resource' },
    ]);
    expect(location.physicalLocation).toMatchObject({ region: { startLine: 57, startColumn: 52 } });
  });

  it('a plan that is not valid JSON is one parse error naming the file, no stack trace', () => {
    const dir = tempDir('tf-broken-');
    writeFileSync(join(dir, 'plan.json'), '{"format_version": "1.2", "planned_values": {"root_module": {');
    const run = runBin(dir, ['plan.json']);
    // Nothing could be linted: exit 2.
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/^plan\.json\n\s+1:\d+\s+high\s+input\/parse-error\s+/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('a walk reads plan JSON instead of passing it over', () => {
    const dir = tempDir('tf-walk-');
    writeFileSync(join(dir, 'tfplan.json'), JSON.stringify(JSON.parse(readFileSync(join(ROOT, PLAN), 'utf8'))));
    const run = runBin(dir, ['--format', 'json']);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: Array<{ ruleId: string; resource: { address: string } }> };
    const aud = report.findings.filter((f) => f.ruleId === 'trust/missing-aud');
    expect(aud.map((f) => f.resource.address)).toEqual(['aws_iam_role.unauth']);
  });
});
