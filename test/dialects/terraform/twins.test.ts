/**
 * Terraform plan and state JSON read as the same identity model as CloudFormation: each fixture of
 * test/fixtures/terraform has a CloudFormation twin of the same app (twins/), and both give the same
 * rule IDs on the same resources. The plans were made with `terraform plan` + `terraform show -json`
 * (Terraform 1.11.4, AWS provider 5.100.0) from the configurations under src/; the state with
 * `terraform show -json` of the state file there.
 */
import { describe, expect, it } from 'vitest';
import { lint, type Finding } from '../../../src/index.js';
import { nodeFileSystem } from '../../../src/inputs/node-fs.js';

const DIR = 'test/fixtures/terraform';

function lintFile(file: string) {
  return lint([`${DIR}/${file}`], { fs: nodeFileSystem, cwd: process.cwd(), jobs: 1 }).report;
}

/** `rule resource` of each finding, the resource renamed to its twin's name. */
function signature(findings: readonly Finding[], rename: Readonly<Record<string, string>> = {}): string[] {
  return findings
    .map((f) => `${f.ruleId} ${rename[f.resource?.logicalId ?? ''] ?? f.resource?.logicalId ?? '-'}`)
    .sort();
}

describe('Terraform fixtures and their CloudFormation twins', () => {
  it('weak.plan.json: the same weaknesses give the same rule IDs as twins/weak.yaml', () => {
    const tf = lintFile('weak.plan.json');
    const cfn = lintFile('twins/weak.yaml');
    const rename = {
      'aws_cognito_identity_pool.main': 'IdentityPool',
      'aws_iam_role.unauth': 'UnauthRole',
      'aws_iam_role_policy.unauth_upload': 'UnauthUpload',
      'module.auth.aws_iam_role.auth': 'AuthRole',
      'module.auth.aws_iam_policy.admin': 'AdminPolicy',
      'aws_s3_bucket.media': 'MediaBucket',
      'aws_s3_bucket_cors_configuration.media': 'MediaBucket',
    };
    expect(signature(tf.findings, rename)).toEqual(signature(cfn.findings));
    expect(signature(cfn.findings)).toHaveLength(11);
    const cors = (report: typeof tf) => report.findings.find((f) => f.ruleId === 's3/cors-wildcard-origin')?.message;
    expect(cors(tf)).toContain('lets any website send PUT requests (`allowed_origins: ["*"]`)');
    expect(cors(cfn)).toContain('(`AllowedOrigins: ["*"]`)');
  });

  it('weak.plan.json: findings point into the plan at the resource, inside policy text, named by address', () => {
    const tf = lintFile('weak.plan.json');
    const at = (ruleId: string, address: string) =>
      tf.findings
        .filter((f) => f.ruleId === ruleId && f.resource?.address === address)
        .map((f) => ({
          file: f.file,
          line: f.range.start.line,
          column: f.range.start.column,
          logicalId: f.resource?.logicalId,
          type: f.resource?.type,
        }));
    const file = `${DIR}/weak.plan.json`;
    // The statement inside `assume_role_policy` ("{\"Statement\":[{…"): the `{` after `[`.
    expect(at('trust/missing-aud', 'aws_iam_role.unauth')).toEqual([
      { file, line: 57, column: 52, logicalId: 'aws_iam_role.unauth', type: 'AWS::IAM::Role' },
    ]);
    expect(at('role/guest-write-access', 'aws_iam_role_policy.unauth_upload')).toEqual([
      { file, line: 81, column: 67, logicalId: 'aws_iam_role_policy.unauth_upload', type: 'AWS::IAM::RolePolicy' },
    ]);
    // A role in a module, its policy attached by an aws_iam_role_policy_attachment whose policy_arn is known only after apply.
    expect(at('role/admin-access', 'module.auth.aws_iam_policy.admin')).toEqual([
      { file, line: 167, column: 44, logicalId: 'module.auth.aws_iam_policy.admin', type: 'AWS::IAM::ManagedPolicy' },
    ]);
    // The `aud` value inside the module role's trust (passed in through `var.pool_id`).
    expect(at('trust/aud-mismatch', 'module.auth.aws_iam_role.auth')).toEqual([
      { file, line: 182, column: 260, logicalId: 'module.auth.aws_iam_role.auth', type: 'AWS::IAM::Role' },
    ]);
    // The `*` of the CORS configuration resource, linked to its bucket through `bucket = aws_s3_bucket.media.id`.
    expect(at('s3/cors-wildcard-origin', 'aws_s3_bucket_cors_configuration.media')).toEqual([
      {
        file,
        line: 127,
        column: 19,
        logicalId: 'aws_s3_bucket_cors_configuration.media',
        type: 'Terraform::S3::BucketCorsConfiguration',
      },
    ]);
  });

  it('guest.state.json: a state links the roles attachment and the trust to the pool by their real IDs and ARNs', () => {
    const tf = lintFile('guest.state.json');
    const cfn = lintFile('twins/guest.yaml');
    const rename = {
      'aws_cognito_identity_pool.main': 'IdentityPool',
      'aws_iam_role.guest': 'GuestRole',
      'aws_iam_role_policy.guest_uploads': 'GuestUploads',
      'aws_s3_bucket.uploads': 'UploadsBucket',
    };
    expect(signature(tf.findings, rename)).toEqual(signature(cfn.findings));
    const write = tf.findings.find((f) => f.ruleId === 'role/guest-write-access');
    // "The role is the guest role of identity pool …": linked through `roles.unauthenticated` (an ARN) and an `aud` equal to the pool's ID.
    expect(write?.message).toBe(
      'Role `aws_iam_role.guest` may `s3:PutObject` through policy `uploads`: anyone on the internet can do this without signing in. The role is the guest role of identity pool `aws_cognito_identity_pool.main`.',
    );
    expect([write?.range.start.line, write?.range.start.column]).toEqual([114, 67]);
    // The role's `inline_policy` lists the aws_iam_role_policy too: read once, not twice.
    expect(tf.findings.filter((f) => f.ruleId === 's3/object-access-not-scoped')).toHaveLength(1);
  });

  it('claims.plan.json: user pools, app clients and principal tags give the same rule IDs as twins/claims.yaml', () => {
    const tf = lintFile('claims.plan.json');
    const cfn = lintFile('twins/claims.yaml');
    const rename = {
      'aws_cognito_user_pool.users': 'UserPool',
      'aws_cognito_user_pool_client.web': 'WebClient',
      'aws_cognito_identity_pool.main': 'IdentityPool',
      'aws_cognito_identity_pool_provider_principal_tag.tags': 'PrincipalTags',
      'aws_iam_role.auth': 'AuthRole',
      'aws_cognito_identity_pool_roles_attachment.main': 'RoleAttachment',
    };
    expect(signature(tf.findings, rename)).toEqual(signature(cfn.findings));
    expect(signature(cfn.findings)).toContain('identity-pool/writable-principal-tag PrincipalTags');
    // The principal tag's user pool is found through `identity_provider_name = aws_cognito_user_pool.users.endpoint`.
    const tag = tf.findings.find((f) => f.ruleId === 'identity-pool/writable-principal-tag');
    expect(tag?.message).toContain(
      'which anyone who signs up to user pool `aws_cognito_user_pool.users` can set themselves',
    );
    expect(tag?.message).toMatch(
      / App client `aws_cognito_user_pool_client.web` lists `custom:dept` in `write_attributes`\.$/,
    );
    expect(cfn.findings.find((f) => f.ruleId === 'identity-pool/writable-principal-tag')?.message).toMatch(
      / App client `WebClient` lists `custom:dept` in `WriteAttributes`\.$/,
    );
    // Settings are named as each dialect writes them.
    const message = (report: typeof tf, rule: string) => report.findings.find((f) => f.ruleId === rule)?.message;
    expect(message(tf, 'user-pool/mfa-disabled')).toBe(
      'User pool `aws_cognito_user_pool.users` sets `mfa_configuration` to `OFF`: a stolen or guessed password is enough to sign in.',
    );
    expect(message(cfn, 'user-pool/mfa-disabled')).toContain('does not set `MfaConfiguration`');
    expect(message(tf, 'user-pool/client-user-existence-errors')).toContain(
      'sets `prevent_user_existence_errors` to `LEGACY`',
    );
    expect(message(cfn, 'user-pool/client-user-existence-errors')).toContain(
      'sets `PreventUserExistenceErrors` to `LEGACY`',
    );
  });

  it('api.plan.json: REST and HTTP APIs, authorizers, methods and routes give the same rule IDs as twins/api.yaml', () => {
    const tf = lintFile('api.plan.json');
    const cfn = lintFile('twins/api.yaml');
    const rename = {
      'aws_api_gateway_method.list_orders': 'ListOrders',
      'aws_apigatewayv2_authorizer.jwt': 'JwtAuthorizer',
      'aws_apigatewayv2_route.list_items': 'ListItems',
    };
    expect(signature(tf.findings, rename)).toEqual(signature(cfn.findings));
    expect(signature(cfn.findings)).toEqual([
      'apigateway/jwt-audience-invalid JwtAuthorizer',
      'apigateway/method-no-auth ListOrders',
      'apigateway/route-no-auth ListItems',
    ]);
    // The method's path comes from `parent_id = aws_api_gateway_rest_api.shop.root_resource_id` and `path_part`.
    // Messages name each property as the dialect writes it: Terraform's attribute, CloudFormation's property.
    expect(tf.findings.find((f) => f.ruleId === 'apigateway/method-no-auth')?.message).toMatch(
      /^Method `GET \/orders` of API `aws_api_gateway_rest_api.shop` has `authorization: NONE` although the API has authorizer `aws_api_gateway_authorizer.users`/,
    );
    expect(cfn.findings.find((f) => f.ruleId === 'apigateway/method-no-auth')?.message).toContain(
      'has `AuthorizationType: NONE` although',
    );
    expect(tf.findings.find((f) => f.ruleId === 'apigateway/route-no-auth')?.message).toBe(
      'Route `GET /items` of HTTP API `aws_apigatewayv2_api.items` has `authorization_type: NONE` although the API has JWT authorizer `aws_apigatewayv2_authorizer.jwt`: anyone who can reach the API can call it.',
    );
    expect(tf.findings.find((f) => f.ruleId === 'apigateway/jwt-audience-invalid')?.message).toContain(
      'in `audience`, which names the user pool, not an app client',
    );
    expect(cfn.findings.find((f) => f.ruleId === 'apigateway/jwt-audience-invalid')?.message).toContain(
      'in `Audience`, which names the user pool, not an app client',
    );
  });

  it('groups.plan.json: a group role, a policy attachment and aws_iam_policy_document data sources give the same rule IDs as twins/groups.yaml', () => {
    const tf = lintFile('groups.plan.json');
    const cfn = lintFile('twins/groups.yaml');
    const rename = {
      'aws_iam_role.admins': 'AdminsRole',
      'aws_iam_role_policy.admins': 'AdminAccess',
      'aws_iam_policy.uploads': 'UploadsPolicy',
    };
    expect(signature(tf.findings, rename)).toEqual(signature(cfn.findings));
    expect(signature(cfn.findings)).toEqual([
      'role/admin-access AdminAccess',
      's3/list-not-scoped AdminAccess',
      's3/object-access-not-scoped AdminAccess',
      's3/object-access-not-scoped UploadsPolicy',
      'trust/missing-amr AdminsRole',
    ]);
    const rows = (report: typeof tf) =>
      report.findings.map((f) => [
        f.ruleId,
        f.severity,
        f.resource?.address ?? f.resource?.logicalId,
        f.range.start.line,
        f.range.start.column,
      ]);
    const file = `${DIR}/groups.plan.json`;
    expect(tf.findings.every((f) => f.file === file)).toBe(true);
    expect(rows(tf)).toEqual([
      // aws_iam_policy_attachment `roles = [aws_iam_role.auth.name]`: the statement inside the policy's `policy` text.
      ['s3/object-access-not-scoped', 'high', 'aws_iam_policy.uploads', 189, 40],
      // The group's `role_arn` reaches the role: group exposure, medium (docs/semantics.md#exposure, rules/role/admin-access.md).
      // The policy is `data.aws_iam_policy_document.admin_access.json`, rendered at plan time.
      ['role/admin-access', 'medium', 'aws_iam_role_policy.admins', 270, 67],
      ['s3/list-not-scoped', 'low', 'aws_iam_role_policy.admins', 270, 67],
      ['s3/object-access-not-scoped', 'low', 'aws_iam_role_policy.admins', 270, 67],
      // The trust is a data source read only at apply: the `statement` block of data.aws_iam_policy_document.admins_trust.
      ['trust/missing-amr', 'medium', 'aws_iam_role.admins', 288, 15],
    ]);
    expect(rows(cfn).map((r) => r.slice(0, 2))).toEqual([
      ['trust/missing-amr', 'medium'],
      ['role/admin-access', 'medium'],
      ['s3/list-not-scoped', 'low'],
      ['s3/object-access-not-scoped', 'low'],
      ['s3/object-access-not-scoped', 'high'],
    ]);
    const message = (report: typeof tf) => report.findings.find((f) => f.ruleId === 'role/admin-access')?.message;
    expect(message(tf)).toMatch(/The role belongs to user pool group `aws_cognito_user_group.admins`\.$/);
    expect(message(cfn)).toMatch(/The role belongs to user pool group `AdminsGroup`\.$/);
    // The authenticated role's trust, also read only at apply, is rebuilt and clean: no note, no finding.
    expect(tf.notifications.filter((n) => n.message.includes('trust policy'))).toEqual([]);
  });

  it('clean.plan.json and its twin: no findings; what the plan does not know is an unresolved note, never guessed', () => {
    const tf = lintFile('clean.plan.json');
    expect(tf.findings).toEqual([]);
    expect(lintFile('twins/clean.yaml').findings).toEqual([]);
    expect(
      tf.notifications.filter((n) => n.kind === 'unresolved').map((n) => [n.range?.start.line, n.message]),
    ).toEqual([
      [
        37,
        'The `roles` of `aws_cognito_identity_pool_roles_attachment.main` are known only after apply (their ARNs are), and the plan does not say which key each role is under, so which role is the authenticated and which the unauthenticated one is not known; keep the `.tf` files beside the plan JSON, or lint the state (`terraform show -json`) after apply.',
      ],
      [
        52,
        'The document of `aws_iam_role.auth trust policy` is known only after apply (it is computed from values the plan does not know), so no rule judged it; lint the state (`terraform show -json`) after apply.',
      ],
    ]);
  });

  it('a public plan of Terraform 0.13 (fugue/regula, Apache-2.0): policies attached by reference, positions inside multi-line policy text', () => {
    const report = lintFile('third-party/regula-admin_policy_infra.json');
    expect(
      report.findings.map((f) => [f.ruleId, f.resource?.address, f.range.start.line, f.range.start.column]),
    ).toEqual([
      ['policy/wildcard-action', 'aws_iam_policy.invalid_policy', 57, 115],
      ['policy/wildcard-action', 'aws_iam_role_policy.invalid_role_policy', 104, 115],
    ]);
    // `role = aws_iam_role.my_test_role.id`, known only after apply, links the policy to its role.
    expect(report.findings[1]?.message).toBe(
      'Role `aws_iam_role.my_test_role` may perform every action of every service through `*` in statement 1 of policy `invalid_role_policy`.',
    );
  });
});
