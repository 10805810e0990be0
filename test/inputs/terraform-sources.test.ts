/**
 * Where a Terraform plan's findings are placed when its `.tf` sources sit beside it
 * (src/inputs/terraform-sources.ts): instances of a resource with `count` at its one declaration,
 * modules in the directory their local `source` names (relative to the calling module's), registry
 * modules not read.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import { memoryFileSystem } from '../../src/inputs/memory-fs.js';

const TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { Federated: 'cognito-identity.amazonaws.com' },
      Action: 'sts:AssumeRoleWithWebIdentity',
    },
  ],
});

const role = (address: string, name: string, index?: number) => ({
  address,
  mode: 'managed',
  type: 'aws_iam_role',
  name,
  ...(index === undefined ? {} : { index }),
  values: { name: address, assume_role_policy: TRUST },
});

/** Roles without `aud` (trust/missing-aud on each): two instances in the root, one in `module.a.module.b`, one in a registry module. */
const PLAN = {
  format_version: '1.2',
  planned_values: {
    root_module: {
      resources: [role('aws_iam_role.guest[0]', 'guest', 0), role('aws_iam_role.guest[1]', 'guest', 1)],
      child_modules: [
        {
          address: 'module.a',
          resources: [],
          child_modules: [
            { address: 'module.a.module.b', resources: [role('module.a.module.b.aws_iam_role.inner', 'inner')] },
          ],
        },
        { address: 'module.vpc', resources: [role('module.vpc.aws_iam_role.flow', 'flow')] },
      ],
    },
  },
  configuration: {
    root_module: {
      module_calls: {
        a: { source: './modules/a', module: { module_calls: { b: { source: '../b' } } } },
        vpc: { source: 'terraform-aws-modules/vpc/aws' },
      },
    },
  },
};

const GUEST_TF = `resource "aws_iam_role" "guest" {
  count              = 2
  name               = "guest-\${count.index}"
  assume_role_policy = "{}"
}
`;
const INNER_TF = `# module b
resource "aws_iam_role" "inner" {
  assume_role_policy = "{}"
}
`;

function findings(files: Record<string, string>) {
  const fs = memoryFileSystem({ '/proj/plan.json': JSON.stringify(PLAN, null, 2), ...files });
  const { report } = lint(['plan.json'], { fs, cwd: '/proj', jobs: 1 });
  return report.findings
    .filter((f) => f.ruleId === 'trust/missing-aud')
    .map((f) => [f.file, f.range.start.line, f.range.start.column, f.resource?.address]);
}

describe('Terraform sources beside a plan', () => {
  it("places every instance at its resource's declaration, and a nested module in the directory its source names", () => {
    const placed = findings({
      '/proj/main.tf': GUEST_TF,
      '/proj/modules/a/main.tf': 'module "b" {\n  source = "../b"\n}\n',
      '/proj/modules/b/main.tf': INNER_TF,
    });
    expect(placed).toEqual([
      ['main.tf', 4, 3, 'aws_iam_role.guest[0]'],
      ['main.tf', 4, 3, 'aws_iam_role.guest[1]'],
      ['modules/b/main.tf', 3, 3, 'module.a.module.b.aws_iam_role.inner'],
      // A registry module's sources are not on disk beside the plan: its findings stay in the JSON.
      ['plan.json', expect.any(Number), expect.any(Number), 'module.vpc.aws_iam_role.flow'],
    ]);
  });

  it('without sources, every finding stays in the plan JSON', () => {
    expect(findings({}).every(([file]) => file === 'plan.json')).toBe(true);
  });
});
