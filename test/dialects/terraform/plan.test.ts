/**
 * Reading `terraform show -json` output: addresses, references followed through module outputs and
 * variables, unknown values, and hostile shapes (https://developer.hashicorp.com/terraform/internals/json-format).
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';
import { memoryFileSystem } from '../../../src/inputs/memory-fs.js';
import { parseAddress } from '../../../src/dialects/terraform/plan.js';
import { classifyDocument } from '../../../src/inputs/classify.js';
import { parseJson } from '../../../src/parsers/json.js';

function lintPlan(plan: unknown) {
  const fs = memoryFileSystem({ '/proj/plan.json': JSON.stringify(plan, null, 2) });
  return lint(['plan.json'], { fs, cwd: '/proj', jobs: 1 }).report;
}

const TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { Federated: 'cognito-identity.amazonaws.com' },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: {
        StringEquals: { 'cognito-identity.amazonaws.com:aud': 'us-east-1:00000000-0000-0000-0000-000000000000' },
        'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'unauthenticated' },
      },
    },
  ],
});

/** A pool made in module `identity`, its ID an output the root's roles attachment reads; the guest role's ARN written out. */
function modulePlan(poolReference: string[]): unknown {
  const resource = (address: string, type: string, values: Record<string, unknown>) => ({
    address,
    mode: 'managed',
    type,
    name: address.split('.').pop(),
    provider_name: 'registry.terraform.io/hashicorp/aws',
    schema_version: 0,
    values,
    sensitive_values: {},
  });
  return {
    format_version: '1.2',
    terraform_version: '1.11.4',
    planned_values: {
      root_module: {
        resources: [
          resource('aws_iam_role.guest', 'aws_iam_role', { name: 'guest', assume_role_policy: TRUST }),
          resource('aws_cognito_identity_pool_roles_attachment.main', 'aws_cognito_identity_pool_roles_attachment', {
            roles: { unauthenticated: 'arn:aws:iam::123456789012:role/guest' },
            role_mapping: [],
          }),
        ],
        child_modules: [
          {
            address: 'module.identity',
            resources: [
              resource('module.identity.aws_cognito_identity_pool.main', 'aws_cognito_identity_pool', {
                identity_pool_name: 'app',
                allow_unauthenticated_identities: true,
                allow_classic_flow: false,
              }),
            ],
          },
        ],
      },
    },
    resource_changes: [
      {
        address: 'module.identity.aws_cognito_identity_pool.main',
        change: { actions: ['create'], after_unknown: { id: true, arn: true } },
      },
      {
        address: 'aws_cognito_identity_pool_roles_attachment.main',
        change: { actions: ['create'], after_unknown: { id: true, identity_pool_id: true } },
      },
    ],
    configuration: {
      root_module: {
        resources: [
          {
            address: 'aws_cognito_identity_pool_roles_attachment.main',
            type: 'aws_cognito_identity_pool_roles_attachment',
            name: 'main',
            expressions: { identity_pool_id: { references: poolReference } },
          },
        ],
        module_calls: {
          identity: {
            source: './identity',
            module: {
              outputs: {
                pool_id: {
                  expression: { references: ['aws_cognito_identity_pool.main.id', 'aws_cognito_identity_pool.main'] },
                },
              },
              resources: [{ address: 'aws_cognito_identity_pool.main', expressions: {} }],
            },
          },
        },
      },
    },
  };
}

describe('Terraform plan JSON', () => {
  it('is recognised by format_version with planned_values or values, and nothing else', () => {
    const kind = (data: unknown) => classifyDocument(parseJson('x.json', JSON.stringify(data)));
    expect(kind({ format_version: '1.2', planned_values: {} })).toBe('terraform');
    expect(kind({ format_version: '1.0', values: { root_module: {} } })).toBe('terraform');
    expect(kind({ format_version: '1.0' })).toBe('other');
    expect(kind({ format_version: 1, values: {} })).toBe('other');
  });

  it('parses resource addresses, modules and instance keys included', () => {
    expect(parseAddress('aws_iam_role.auth')).toEqual({ module: '', configAddress: 'aws_iam_role.auth', key: '' });
    expect(parseAddress('module.a[0].module.b.data.aws_iam_policy_document.x["k.]"]')).toEqual({
      module: 'module.a[0].module.b',
      configAddress: 'data.aws_iam_policy_document.x',
      key: '["k.]"]',
    });
    expect(parseAddress('aws_iam_role')).toBeUndefined();
    expect(parseAddress('aws_iam_role.x["unclosed')).toBeUndefined();
    expect(parseAddress('a.b.c.d')).toBeUndefined();
  });

  it('follows a reference through a module output to the pool it names, known only after apply', () => {
    const linked = lintPlan(modulePlan(['module.identity.pool_id', 'module.identity']));
    const access = linked.findings.filter((f) => f.ruleId === 'identity-pool/guest-access');
    expect(access.map((f) => [f.resource?.address, f.message])).toEqual([
      [
        'module.identity.aws_cognito_identity_pool.main',
        'Identity pool `module.identity.aws_cognito_identity_pool.main` gives anyone on the internet guest credentials for role `aws_iam_role.guest`, which has no grants in the linted files.',
      ],
    ]);
    // A local value is not in the JSON: the pool is not known, so the attachment names no pool.
    const opaque = lintPlan(modulePlan(['local.pool_id']));
    expect(opaque.findings.filter((f) => f.ruleId === 'identity-pool/guest-access').map((f) => f.messageId)).toEqual([
      'noRole',
    ]);
  });

  it('never crashes on shapes that are not the documented ones', () => {
    const hostile = [
      { format_version: '1.2', planned_values: { root_module: { resources: 'x', child_modules: [null, 1, 'a'] } } },
      {
        format_version: '1.2',
        planned_values: {
          root_module: {
            resources: [
              null,
              { address: ']]][', type: 'aws_iam_role', values: {} },
              { address: 'aws_iam_role.a', type: 'aws_iam_role', values: 'x' },
              {
                address: 'aws_iam_role.b',
                type: 'aws_iam_role',
                values: { assume_role_policy: 12, inline_policy: 'x' },
              },
              { address: 'aws_iam_role.c', type: 'aws_iam_role', values: { assume_role_policy: '{"Statement": 1}' } },
              {
                address: 'aws_cognito_identity_pool_roles_attachment.d',
                type: 'aws_cognito_identity_pool_roles_attachment',
                values: { roles: [1], role_mapping: [{ mapping_rule: 'x' }, null, { mapping_rule: [null, {}] }] },
              },
              {
                address: 'aws_s3_bucket.e',
                type: 'aws_s3_bucket',
                values: { cors_rule: [{ allowed_origins: 'x' }], lifecycle_rule: [{}] },
              },
            ],
          },
        },
        resource_changes: [{ address: 'aws_iam_role.b', change: { after_unknown: [true] } }, null, 'x'],
        configuration: {
          root_module: {
            resources: [{ address: 'aws_iam_role.b', expressions: { role: { references: [1, null, 'var.'] } } }],
            module_calls: { m: null },
          },
        },
      },
    ];
    for (const plan of hostile) {
      const report = lintPlan(plan);
      expect(report.notifications.filter((n) => n.kind === 'internal')).toEqual([]);
    }
  });

  it('stops at a module nesting 16 levels deep, with a note', () => {
    let module: Record<string, unknown> = {
      resources: [{ address: 'deep.aws_iam_role.x', type: 'aws_iam_role', values: { assume_role_policy: TRUST } }],
    };
    for (let i = 0; i < 40; i++) module = { resources: [], child_modules: [module] };
    const report = lintPlan({ format_version: '1.2', planned_values: { root_module: module } });
    expect(report.findings).toEqual([]);
    expect(report.notifications.map((n) => n.message)).toContain('Modules nested deeper than 16 levels are not read.');
  });
  it("names a misconfigured authorizer's and method's properties as Terraform writes them", () => {
    const resource = (address: string, values: Record<string, unknown>) => ({
      address,
      mode: 'managed',
      type: address.split('.')[0],
      name: address.split('.')[1],
      values,
    });
    const report = lintPlan({
      format_version: '1.0',
      values: {
        root_module: {
          resources: [
            resource('aws_api_gateway_rest_api.shop', { id: 'a1b2c3', name: 'shop', root_resource_id: 'r00t' }),
            resource('aws_api_gateway_authorizer.users', {
              id: 'auth1',
              rest_api_id: 'a1b2c3',
              name: 'users',
              type: 'COGNITO_USER_POOLS',
              provider_arns: null,
              identity_source: null,
            }),
            resource('aws_api_gateway_method.list', {
              id: 'm1',
              rest_api_id: 'a1b2c3',
              resource_id: 'r00t',
              http_method: 'GET',
              authorization: 'COGNITO_USER_POOLS',
              authorizer_id: null,
            }),
          ],
        },
      },
    });
    expect(
      report.findings
        .filter((f) => f.ruleId === 'apigateway/authorizer-misconfigured')
        .map((f) => [f.messageId, f.message]),
    ).toEqual([
      [
        'noProviderArns',
        'Cognito authorizer `aws_api_gateway_authorizer.users` of API `a1b2c3` has no `provider_arns`: it names no user pool whose tokens it accepts.',
      ],
      [
        'identitySourceMissing',
        'Cognito authorizer `aws_api_gateway_authorizer.users` of API `a1b2c3` has no `identity_source`: it must name the request header that carries the token.',
      ],
      [
        'methodNoAuthorizer',
        'Method `aws_api_gateway_method.list (GET)` of API `a1b2c3` uses `COGNITO_USER_POOLS` but names no `authorizer_id`.',
      ],
    ]);
  });
});
