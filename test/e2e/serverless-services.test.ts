/**
 * Serverless Framework services linted as the stack the framework deploys (src/inputs/serverless/).
 *
 * Services (test/fixtures/serverless/, sources in test/fixtures/serverless/SOURCES.md):
 * - serverless-stack-demo-api: the serverless-stack guide's notes app (MIT), its identity pool,
 *   user pool and bucket in `resources/*.yml` included with `${file(…)}`.
 * - features/notes, features/rest-authorizers, features/http-api: our own, one per feature, each
 *   with its CloudFormation twin in twins/ (the template `serverless package` compiles).
 * - hostile/service: includes outside the service and of a program, variables referring to themselves.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lint, type LintReport } from '../../src/index.js';
import { loadInputs } from '../../src/inputs/load.js';
import { nodeFileSystem } from '../../src/inputs/node-fs.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'serverless');

const findings = (report: LintReport): string[] =>
  report.findings.map(
    (f) => `${f.ruleId} ${f.file}:${f.range.start.line}:${f.range.start.column} ${f.resource?.logicalId ?? ''}`,
  );
const notes = (report: LintReport): string[] =>
  report.notifications.map(
    (n) => `${n.kind} ${n.file ?? ''}:${n.range?.start.line ?? 0}:${n.range?.start.column ?? 0} ${n.message}`,
  );
/** What a finding is about, whatever the file: the twin comparison. */
const weaknesses = (report: LintReport): string[] =>
  report.findings.map((f) => `${f.ruleId} ${f.resource?.logicalId ?? ''}`).sort();

function lintAt(path: string, parameters: Record<string, string> = {}): LintReport {
  return lint([path], { fs: nodeFileSystem, cwd: FIXTURES, parameters: new Map(Object.entries(parameters)) }).report;
}

function runCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'cognito-iam-lint.js'), ...args], {
    cwd: FIXTURES,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

const DEMO = 'serverless-stack-demo-api';

describe('the serverless-stack demo API, run as the CLI', () => {
  it('lints the service once, its included resources at their own lines, and not again as fragments', () => {
    const run = runCli([DEMO, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as LintReport;
    expect(findings(report)).toEqual([
      `identity-pool/no-token-check ${DEMO}/resources/cognito-identity-pool.yml:12:11 CognitoIdentityPool`,
      `role/admin-access ${DEMO}/resources/cognito-identity-pool.yml:51:17 CognitoAuthRole`,
      `role/admin-access ${DEMO}/resources/cognito-identity-pool.yml:76:17 CognitoAuthRole`,
      `user-pool/mfa-disabled ${DEMO}/resources/cognito-user-pool.yml:6:7 CognitoUserPool`,
      `user-pool/open-signup-privileged ${DEMO}/resources/cognito-user-pool.yml:6:7 CognitoUserPool`,
      `user-pool/client-user-existence-errors ${DEMO}/resources/cognito-user-pool.yml:17:7 CognitoUserPoolClient`,
      `s3/cors-wildcard-origin ${DEMO}/resources/s3-bucket.yml:10:17 AttachmentsBucket`,
    ]);
    // Each file once: the service file and the five it includes, none linted a second time as a fragment.
    expect(report.files).toEqual([
      `${DEMO}/resources/api-gateway-errors.yml`,
      `${DEMO}/resources/cognito-identity-pool.yml`,
      `${DEMO}/resources/cognito-user-pool.yml`,
      `${DEMO}/resources/dynamodb-table.yml`,
      `${DEMO}/resources/s3-bucket.yml`,
      `${DEMO}/serverless.yml`,
    ]);
    expect(report.summary.filesLinted).toBe(6);
    // `Ref: ApiGatewayRestApi` in the auth role's policy reaches the REST API compiled from the http events.
    const admin = report.findings.find((f) => f.ruleId === 'role/admin-access');
    expect(admin?.message).toBe(
      'Role `CognitoAuthRole` may `cognito-sync:*`, `cognito-identity:*` through inline policy `CognitoAuthorizedPolicy`: every signed-in user holds these credentials in the browser. `cognito-sync:*` and `cognito-identity:*` are whole-service wildcards. The role is the authenticated role of identity pool `CognitoIdentityPool`. Anyone can get the role by signing up to user pool `CognitoUserPool`.',
    );
  });

  it('is linted alike when serverless.yml is named, and an included file named alone is still a fragment', () => {
    expect(findings(lintAt(`${DEMO}/serverless.yml`))).toEqual(findings(lintAt(DEMO)));
    expect(findings(lintAt(`${DEMO}/resources/s3-bucket.yml`))).toEqual([]);
  });
});

describe('the serverless-stack demo as a monorepo of services', () => {
  const MONO = 'serverless-stack-demo-mono/services';
  it('lints each service as a stack of its own, linked across stacks, and notes the shared file it does not read', () => {
    const report = lintAt('serverless-stack-demo-mono');
    expect(findings(report)).toEqual([
      `user-pool/mfa-disabled ${MONO}/auth/serverless.yml:19:9 CognitoUserPool`,
      `user-pool/open-signup-privileged ${MONO}/auth/serverless.yml:19:9 CognitoUserPool`,
      `user-pool/client-user-existence-errors ${MONO}/auth/serverless.yml:30:9 CognitoUserPoolClient`,
      `identity-pool/no-token-check ${MONO}/auth/serverless.yml:47:13 CognitoIdentityPool`,
      `role/admin-access ${MONO}/auth/serverless.yml:86:19 CognitoAuthRole`,
      `role/admin-access ${MONO}/auth/serverless.yml:94:19 CognitoAuthRole`,
      // The uploads service's bucket, written by the auth service's role through Fn::ImportValue.
      `s3/cors-wildcard-origin ${MONO}/uploads/serverless.yml:23:19 S3Bucket`,
    ]);
    // `${file(../../serverless.common.yml):custom}` names a file above the service directory: not read.
    expect(notes(report)).toContain(
      `unresolved ${MONO}/notes-api/serverless.yml:7:9 \`\${file(../../serverless.common.yml):custom}\`: outside the service directory, not read, so its value is unknown.`,
    );
    expect(report.summary.filesLinted).toBe(8);
  });
});

describe("serverless-offline's authorizer services", () => {
  it('compiles well-formed JWT and Lambda request authorizers on every route and method: nothing to report', () => {
    const report = lintAt('serverless-offline');
    expect(findings(report)).toEqual([]);
    expect(notes(report)).toEqual([]);
    expect(report.files).toEqual([
      'serverless-offline/jwt-authorizer/serverless.yml',
      'serverless-offline/restApi-authorizers/serverless.yml',
    ]);
  });

  it('names the routes, methods and authorizers as the framework does', () => {
    const inputs = loadInputs(['serverless-offline'], { fs: nodeFileSystem, cwd: FIXTURES });
    const resources = inputs.dialects.cloudformation.flatMap((t) =>
      Object.entries(
        (t.doc.data as { Resources: Record<string, { Type: string; Properties: Record<string, unknown> }> }).Resources,
      )
        .filter(([, r]) => r.Type.startsWith('AWS::ApiGateway'))
        .map(
          ([id, r]) =>
            `${id} ${String(r.Properties.AuthorizationType ?? r.Properties.AuthorizerType ?? r.Properties.Type ?? '')}`,
        ),
    );
    expect(resources).toEqual([
      'HttpApi ',
      'HttpApiAuthorizerJwtAuth JWT',
      'HttpApiAuthorizerOktaJwtAuthorizer JWT',
      'HttpApiRouteGetUser1 JWT',
      'HttpApiRouteGetUser2 JWT',
      'HttpApiRouteGetUser3 JWT',
      'ApiGatewayRestApi ',
      'ApiGatewayResourceSingleDashheaderDashmethod ',
      'ApiGatewayResourceMultiDashheaderDashmethod ',
      'ApiGatewayResourceSingleDashheaderDashdollar ',
      'ApiGatewayResourceMultiDashheaderDashdollar ',
      'AuthorizerDashsingleDashheaderApiGatewayAuthorizer REQUEST',
      'ApiGatewayMethodSingleDashheaderDashmethodGet CUSTOM',
      'AuthorizerDashmultiDashheaderApiGatewayAuthorizer REQUEST',
      'ApiGatewayMethodMultiDashheaderDashmethodGet CUSTOM',
      'ApiGatewayMethodSingleDashheaderDashdollarGet CUSTOM',
      'ApiGatewayMethodMultiDashheaderDashdollarGet CUSTOM',
    ]);
  });
});

describe.each(['notes', 'rest-authorizers', 'http-api', 'per-function-plugin', 'per-function-native'])(
  'features/%s and its CloudFormation twin',
  (name) => {
    it('have the same weaknesses, by rule and resource', () => {
      const service = lintAt(`features/${name}`);
      const twin = lintAt(`twins/${name}.yaml`);
      expect(service.findings.length).toBeGreaterThan(0);
      expect(weaknesses(service)).toEqual(weaknesses(twin));
    });
  },
);

describe('where findings on a service point', () => {
  it('notes: statements, events and included resources at the lines that write them', () => {
    const report = lintAt('features/notes');
    expect(findings(report)).toEqual([
      's3/upload-no-expiration features/notes/resources/bucket.yml:5:7 UploadsBucket',
      'identity-pool/guest-access features/notes/resources/identity.yml:5:39 IdentityPool',
      'role/guest-write-access features/notes/resources/identity.yml:32:17 GuestRole',
      's3/object-access-not-scoped features/notes/resources/identity.yml:32:17 GuestRole',
      // The Lambda role's statement, as written in provider.iam.role.statements.
      'policy/wildcard-action features/notes/serverless.yml:18:19 IamRoleLambdaExecution',
      // The method compiled from `authorizer: aws_iam`, and the one from `http: GET health`.
      'apigateway/iam-auth-open-to-guests features/notes/serverless.yml:31:23 ApiGatewayMethodNotesGet',
      'apigateway/method-no-auth features/notes/serverless.yml:35:15 ApiGatewayMethodHealthGet',
    ]);
    const wildcard = report.findings.find((f) => f.ruleId === 'policy/wildcard-action');
    expect(wildcard?.message).toBe(
      'Role `IamRoleLambdaExecution` may perform every action of `s3` through `s3:*` in statement 3 of inline policy `dev-notes-lambda`.',
    );
  });

  it('rest-authorizers: scopes, API keys and an authorizer reading a query string', () => {
    expect(findings(lintAt('features/rest-authorizers'))).toEqual([
      'policy/wildcard-action features/rest-authorizers/serverless.yml:8:15 IamRoleLambdaExecution',
      'apigateway/scopes-need-access-token features/rest-authorizers/serverless.yml:25:15 ApiGatewayMethodOrdersGet',
      'apigateway/method-no-auth features/rest-authorizers/serverless.yml:38:11 ApiGatewayMethodOrdersIdVarGet',
      'apigateway/authorizer-misconfigured features/rest-authorizers/serverless.yml:46:29 1UnderscoreAbcApiGatewayAuthorizer',
    ]);
  });

  it('http-api: JWT audience and issuer at the authorizer entries, the open route at its event', () => {
    expect(findings(lintAt('features/http-api'))).toEqual([
      'apigateway/jwt-audience-invalid features/http-api/serverless.yml:13:13 HttpApiAuthorizerCognito',
      'apigateway/jwt-issuer-invalid features/http-api/serverless.yml:16:20 HttpApiAuthorizerLegacy',
      'apigateway/route-no-auth features/http-api/serverless.yml:30:18 HttpApiRoutePostMessages',
    ]);
  });
});

describe('roles of their own for functions', () => {
  it('the plugin: a role per function with iamRoleStatements, at those statements; an inherited statement at the provider', () => {
    const report = lintAt('features/per-function-plugin');
    expect(findings(report)).toEqual([
      // `iamRoleStatementsInherit: true` copies the provider's statement into the function's role.
      'policy/wildcard-action features/per-function-plugin/serverless.yml:17:19 GrantDashaccessIamRoleLambdaExecution',
      'policy/wildcard-action features/per-function-plugin/serverless.yml:17:19 IamRoleLambdaExecution',
      'policy/wildcard-action features/per-function-plugin/serverless.yml:27:17 UploadIamRoleLambdaExecution',
      'policy/privilege-escalation features/per-function-plugin/serverless.yml:35:17 GrantDashaccessIamRoleLambdaExecution',
    ]);
    expect(report.findings[2]?.message).toBe(
      'Role `UploadIamRoleLambdaExecution` may perform every action of `s3` through `s3:*` in statement 2 of inline policy `dev-media-lambda`.',
    );
    expect(notes(report)).toEqual([]);
  });

  it('framework v4: perFunction mode gives every function without a role its own, inheriting unless told not to', () => {
    expect(findings(lintAt('features/per-function-native'))).toEqual([
      'policy/wildcard-action features/per-function-native/serverless.yml:11:19 RefundIamRoleLambdaExecution',
      'policy/wildcard-action features/per-function-native/serverless.yml:11:19 ReportIamRoleLambdaExecution',
      'policy/wildcard-action features/per-function-native/serverless.yml:22:21 ChargeIamRoleLambdaExecution',
      'policy/privilege-escalation features/per-function-native/serverless.yml:33:17 RefundIamRoleLambdaExecution',
    ]);
  });
});

describe('found in the review of real services (test/fixtures/serverless/review/)', () => {
  it('`functions` written as a list of includes is merged in order, as the framework merges it', () => {
    const report = lintAt('review/functions-list');
    expect(findings(report)).toEqual([
      'apigateway/method-no-auth review/functions-list/functions/users.yml:5:9 ApiGatewayMethodUserEmailVarGet',
    ]);
    expect(report.files).toEqual([
      'review/functions-list/functions/rooms.yml',
      'review/functions-list/functions/users.yml',
      'review/functions-list/serverless.yml',
    ]);
    // The second include's method is compiled too (`authorizer: aws_iam`: nothing to report).
    const inputs = loadInputs(['review/functions-list'], { fs: nodeFileSystem, cwd: FIXTURES });
    const resources = (inputs.dialects.cloudformation[0]?.doc.data as { Resources: Record<string, unknown> }).Resources;
    expect(resources.ApiGatewayMethodRoomsGet).toMatchObject({ Properties: { AuthorizationType: 'AWS_IAM' } });
  });

  it('serverless-pseudo-parameters: `#{IdentityPool}` is a reference, so the guest role is linked to its pool', () => {
    const report = lintAt('review/pseudo-parameters');
    const file = 'review/pseudo-parameters/serverless.yml';
    expect(findings(report)).toEqual([
      `identity-pool/guest-access ${file}:15:41 IdentityPool`,
      `role/guest-write-access ${file}:42:19 GuestRole`,
      `s3/object-access-not-scoped ${file}:42:19 GuestRole`,
      `s3/upload-no-expiration ${file}:46:7 PhotosBucket`,
    ]);
    expect(report.findings[1]?.message).toBe(
      'Role `GuestRole` may `s3:PutObject` through inline policy `photos`: anyone on the internet can do this without signing in. The role is the guest role of identity pool `IdentityPool`.',
    );
    expect(notes(report)).toEqual([]);
  });
});

describe('variables', () => {
  it('--parameter stage=prod changes a ${opt:stage}-dependent value: no guests in prod', () => {
    const dev = runCli(['features/notes', '--format', 'json']);
    const prod = runCli(['features/notes', '--format', 'json', '--parameter', 'stage=prod']);
    expect(prod.stderr).toBe('');
    const rules = (stdout: string) => (JSON.parse(stdout) as LintReport).findings.map((f) => f.ruleId);
    expect(rules(dev.stdout)).toContain('identity-pool/guest-access');
    expect(rules(prod.stdout)).not.toContain('identity-pool/guest-access');
    expect(rules(prod.stdout)).toContain('identity-pool/unused-guest-role');
    // The Lambda role's policy is named after the stage.
    const wildcard = (JSON.parse(prod.stdout) as LintReport).findings.find(
      (f) => f.ruleId === 'policy/wildcard-action',
    );
    expect(wildcard?.message).toContain('inline policy `prod-notes-lambda`');
  });

  it('keeps the fixed parts of text around unknown variables, and says why an include is not read', () => {
    const run = runCli(['hostile', '--format', 'json']);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as LintReport;
    const file = 'hostile/service/serverless.yml';
    expect(findings(report)).toEqual([
      `identity-pool/guest-access ${file}:26:43 IdentityPool`,
      `s3/object-access-not-scoped ${file}:53:21 GuestRole`,
      `role/guest-write-access ${file}:56:21 GuestRole`,
      `s3/object-access-not-scoped ${file}:56:21 GuestRole`,
    ]);
    // `arn:aws:s3:::${env:BUCKET}/*` is still a whole-bucket object pattern.
    expect(report.findings[1]?.message).toBe(
      "Role `GuestRole` may `s3:GetObject` on `arn:aws:s3:::${env:BUCKET}/*` through inline policy `guest`: every visitor can read every other user's objects. The role is the guest role of identity pool `IdentityPool`.",
    );
    expect(notes(report)).toEqual([
      `unresolved ${file}:4:9 \`custom.loop\` refers to itself through its variables: its value is unknown.`,
      `unresolved ${file}:6:11 \`\${file(./values.js):bucket}\`: a JavaScript or TypeScript program, never run here, so its value is unknown.`,
      `unresolved ${file}:20:5 \`\${file(../outside.yml)}\`: outside the service directory, not read, so its value is unknown.`,
      `unresolved ${file}:21:5 \`\${file(./values.js)}\`: a JavaScript or TypeScript program, never run here, so its value is unknown.`,
    ]);
    // outside.yml is not the service's: linted on its own, as any template met in the walk.
    expect(report.files).toEqual(['hostile/outside.yml', file]);
  });
});

describe('a broken service file', () => {
  it('is one parse error at its position; exit 2 when nothing else could be linted, 1 beside a service that could', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sls-broken-'));
    mkdirSync(join(dir, 'broken'));
    writeFileSync(join(dir, 'broken', 'serverless.yml'), 'service: x\nprovider: {name: aws\nfunctions:\n');
    const alone = spawnSync(process.execPath, [join(ROOT, 'bin', 'cognito-iam-lint.js'), 'broken'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
    });
    expect(alone.status).toBe(2);
    expect(alone.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(alone.stdout).toContain(
      'broken/serverless.yml\n  2:18  high  input/parse-error  broken/serverless.yml cannot be read: The YAML parser reports "Implicit keys need to be on a single line".',
    );
    cpSync(join(FIXTURES, 'features', 'http-api'), join(dir, 'good'), { recursive: true });
    const beside = spawnSync(process.execPath, [join(ROOT, 'bin', 'cognito-iam-lint.js'), '.', '--format', 'json'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(beside.status).toBe(1);
    expect(findings(JSON.parse(beside.stdout) as LintReport).map((f) => f.split(' ')[0])).toEqual([
      'input/parse-error',
      'apigateway/jwt-audience-invalid',
      'apigateway/jwt-issuer-invalid',
      'apigateway/route-no-auth',
    ]);
  });
});
