/**
 * Amplify projects linted as one deployment (src/inputs/amplify-project.ts) versus the same files
 * linted one by one (the project without its backend-config.json): what linking the categories adds.
 *
 * Projects (test/fixtures/amplify/, sources in test/fixtures/amplify/SOURCES.md):
 * - amplify-connect: aws-samples/aws-amplify-connect's whole amplify/ folder (MIT-0): auth with
 *   user pool groups and a group role, S3 and DynamoDB storage, a REST API with its
 *   APIGatewayAuthStack, four functions.
 * - guest-storage: our own, auth with guest access and storage whose guest policy writes `public/*`.
 * - missing-pieces: our own, no auth, a dependsOn to nothing, an API without a template, two environments.
 * - gatsby-blog: rkw/gatsby-starter-blog's amplify/ folder (MIT): auth with guest access, a GraphQL API
 *   with its build/ output, Pinpoint analytics, amplify-meta.json and the old CLI's committed root stack.
 * - cli-inputs-auth: our own, guest-storage with its auth resource as Amplify CLI 7 and later leave it (cli-inputs.json only).
 * - cli-inputs-storage: our own, auth and S3 storage as Amplify CLI 7 and later leave them (cli-inputs.json only).
 * - cli-inputs-userpool: our own, an auth resource kept as cli-inputs.json with MFA on, a strong password policy and an
 *   override.ts making sign-up admin-only, and S3 storage for signed-in users (cli-inputs.json only).
 * - cli-inputs-rest: our own, auth with guests and a REST API kept as cli-inputs.json: a protected path guests may read,
 *   a private path under it, an open webhook.
 * - graphql-guest: our own, auth with guest access and a GraphQL API (AppSync) with IAM authorization, its
 *   build/ output in the shape the Amplify GraphQL transformer writes it (SOURCES.md).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildIdentityModel } from '../../src/dialects/index.js';
import { lint, type LintReport } from '../../src/index.js';
import { loadInputs } from '../../src/inputs/load.js';
import { memoryFileSystem } from '../../src/inputs/memory-fs.js';
import { nodeFileSystem } from '../../src/inputs/node-fs.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'amplify');

const findings = (report: LintReport) =>
  report.findings.map(
    (f) => `${f.ruleId} ${f.file}:${f.range.start.line}:${f.range.start.column} ${f.resource?.logicalId ?? ''}`,
  );
const notifications = (report: LintReport) =>
  report.notifications.map(
    (n) => `${n.kind} ${n.file ?? ''}:${n.range?.start.line ?? 0}:${n.range?.start.column ?? 0} ${n.message}`,
  );

function asProject(name: string, parameters: Record<string, string> = {}): LintReport {
  return lint(['amplify'], {
    fs: nodeFileSystem,
    cwd: join(FIXTURES, name),
    parameters: new Map(Object.entries(parameters)),
  }).report;
}

/** A fixture project's files, in memory under /p. */
function projectFiles(name: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else files['/p/' + relative(join(FIXTURES, name), path)] = readFileSync(path, 'utf8');
    }
  };
  walk(join(FIXTURES, name, 'amplify'));
  return files;
}

/** The same files without backend-config.json: each template linted as a template of its own, as before projects were read. */
function fileByFile(name: string): LintReport {
  const files = projectFiles(name);
  delete files['/p/amplify/backend/backend-config.json'];
  return lint(['amplify'], { fs: memoryFileSystem(files), cwd: '/p' }).report;
}

const STORAGE = 'amplify/backend/storage/photos/s3-cloudformation-template.json';
const AUTH = 'amplify/backend/auth/photoauth/photoauth-cloudformation-template.yml';

describe('guest-storage: a guest policy written in the storage category', () => {
  it('is reported as the guest role’s once the project is linked', () => {
    const report = asProject('guest-storage');
    expect(findings(report)).toEqual([
      `identity-pool/guest-access ${AUTH}:37:39 IdentityPool`,
      `s3/upload-no-expiration ${STORAGE}:14:21 S3Bucket`,
      `role/guest-write-access ${STORAGE}:26:13 S3GuestPublicPolicy`,
      `s3/object-access-not-scoped ${STORAGE}:26:13 S3GuestPublicPolicy`,
      `s3/object-access-not-scoped ${STORAGE}:43:13 S3AuthPublicPolicy`,
    ]);
    const guestWrite = report.findings.find((f) => f.ruleId === 'role/guest-write-access');
    expect(guestWrite?.message).toBe(
      'Role `UnauthRole` may `s3:PutObject` through policy `guest-public`: anyone on the internet can do this without signing in. The role is the guest role of identity pool `IdentityPool`.',
    );
    expect(report.files).toEqual([AUTH, 'amplify/backend/backend-config.json', STORAGE]);
    expect(report.notifications).toEqual([]);
  });

  it('reads a template with trailing commas as the Amplify CLI does (Hjson), at the same lines; a comment still does not parse', () => {
    const files = projectFiles('guest-storage');
    const path = `/p/${STORAGE}`;
    // A trailing comma after the last output and after the template's last key: the CLI deploys it.
    files[path] = files[path]!.replace('{ "Ref": "S3Bucket" } }', '{ "Ref": "S3Bucket" } },').replace(
      /\}\n\}\n$/,
      '},\n}\n',
    );
    const report = lint(['amplify'], { fs: memoryFileSystem(files), cwd: '/p' }).report;
    expect(findings(report)).toEqual(findings(asProject('guest-storage')));
    expect(report.notifications).toEqual([]);
    // Hjson takes comments too, but YAML does not: such a file is still a parse error, not a guess.
    files[path] = files[path]!.replace('"Resources": {', '"Resources": { // the bucket');
    const commented = lint(['amplify'], { fs: memoryFileSystem(files), cwd: '/p' }).report;
    expect(findings(commented)).toContain(`input/parse-error ${STORAGE}:11:18 `);
  });

  it('goes unreported file by file: the storage policy attaches to a role named by a parameter', () => {
    const report = fileByFile('guest-storage');
    expect(findings(report)).toEqual([`identity-pool/guest-access ${AUTH}:37:39 IdentityPool`]);
    expect(report.findings[0]?.message).toContain('for role `Ref unauthRoleArn`, which is not in the linted files');
  });
});

describe('cli-inputs-auth: an auth resource of Amplify CLI 7 and later, only its cli-inputs.json committed', () => {
  const CLI_INPUTS = 'amplify/backend/auth/photoauth/cli-inputs.json';

  /** What the user pool and clients the CLI generates add to guest-storage's findings (its template has neither). */
  const USER_POOL_FINDINGS = [
    `identity-pool/no-token-check ${CLI_INPUTS}:4:25 IdentityPool`,
    `identity-pool/no-token-check ${CLI_INPUTS}:4:25 IdentityPool`,
    `user-pool/client-user-existence-errors ${CLI_INPUTS}:7:21 UserPoolClientWeb`,
    `user-pool/client-user-existence-errors ${CLI_INPUTS}:7:21 UserPoolClient`,
    `user-pool/open-signup-privileged ${CLI_INPUTS}:7:21 UserPool`,
    `user-pool/mfa-disabled ${CLI_INPUTS}:9:25 UserPool`,
  ];

  it('stands in with the user pool, app clients and identity pool its cognitoConfig creates', () => {
    const report = asProject('cli-inputs-auth');
    expect(findings(report)).toEqual([
      ...USER_POOL_FINDINGS.slice(0, 2),
      `identity-pool/guest-access ${CLI_INPUTS}:5:39 IdentityPool`,
      ...USER_POOL_FINDINGS.slice(2),
      `s3/upload-no-expiration ${STORAGE}:14:21 S3Bucket`,
      `role/guest-write-access ${STORAGE}:26:13 S3GuestPublicPolicy`,
      `s3/object-access-not-scoped ${STORAGE}:26:13 S3GuestPublicPolicy`,
      `s3/object-access-not-scoped ${STORAGE}:43:13 S3AuthPublicPolicy`,
    ]);
    // guest-storage, whose auth template is committed and has an identity pool only, has the others; the pool's is at the setting.
    expect(findings(asProject('guest-storage')).map((f) => f.replace(`${AUTH}:37:39`, `${CLI_INPUTS}:5:39`))).toEqual(
      findings(report).filter((f) => !USER_POOL_FINDINGS.includes(f)),
    );
    const guestWrite = report.findings.find((f) => f.ruleId === 'role/guest-write-access');
    expect(guestWrite?.message).toBe(
      'Role `UnauthRole` may `s3:PutObject` through policy `guest-public`: anyone on the internet can do this without signing in. The role is the guest role of identity pool `IdentityPool`.',
    );
    const message = (rule: string, logicalId = 'UserPool') =>
      report.findings.find((f) => f.ruleId === rule && f.resource?.logicalId === logicalId)?.message;
    // The CLI never writes AdminCreateUserConfig: anyone can sign up, so the signed-in role's grants are public sign-up's.
    expect(message('user-pool/open-signup-privileged')).toBe(
      "User pool `UserPool` lets anyone sign up, and identity pool `IdentityPool` gives its users role `AuthRole` (its authenticated role), which may write S3 objects outside the user's own prefix (s3:PutObject, s3:DeleteObject): anyone on the internet can create an account and get that.",
    );
    expect(message('s3/object-access-not-scoped', 'S3AuthPublicPolicy')).toContain(
      'Anyone can get the role by signing up to user pool `UserPool`.',
    );
    expect(report.findings.find((f) => f.resource?.logicalId === 'S3AuthPublicPolicy')?.severity).toBe('high');
    expect(message('user-pool/mfa-disabled')).toBe(
      'User pool `UserPool` sets `MfaConfiguration` to `OFF`: a stolen or guessed password is enough to sign in.',
    );
    expect(message('user-pool/client-user-existence-errors', 'UserPoolClientWeb')).toBe(
      'App client `UserPoolClientWeb` of user pool `UserPool` does not set `PreventUserExistenceErrors`, so it is `LEGACY`: sign-in, password reset and confirmation tell callers whether a user name exists.',
    );
    expect(report.findings.filter((f) => f.ruleId === 'identity-pool/no-token-check').map((f) => f.message)).toEqual(
      ['UserPoolClientWeb', 'UserPoolClient'].map(
        (client) =>
          `Identity pool \`IdentityPool\` accepts tokens of \`cognito-idp.\${AWS::Region}.amazonaws.com/\${UserPool}\` without \`ServerSideTokenCheck\` (the check runs only once it is set to true): tokens of users who signed out globally or were deleted still buy AWS credentials until they expire. The entry is for app client \`${client}\`.`,
      ),
    );
    expect(report.files).toEqual([CLI_INPUTS, 'amplify/backend/backend-config.json', STORAGE]);
    // cognitoConfig has no passwordPolicyMinLength (nor passwordPolicyCharacters): the CLI's Ref has no value, so unknown.
    expect(notifications(report)).toEqual([
      `unresolved ${CLI_INPUTS}:3:20 User pool UserPool: the MinimumLength of its PasswordPolicy is not statically known.`,
      'unresolved amplify/backend/backend-config.json:3:18 Amplify resource `auth/photoauth` has no CloudFormation template in the project (the Amplify CLI writes it into `build/` at `amplify push`; run `amplify build` to lint it): its user pool, app clients, identity pool and the roles it hands out are read from `cli-inputs.json`, as the CLI generates them.',
    ]);
  });

  it('treats the unauthenticated role as no guest role when cognitoConfig disallows guests', () => {
    const files = projectFiles('cli-inputs-auth');
    const path = '/p/' + CLI_INPUTS;
    files[path] = files[path]!.replace(
      '"allowUnauthenticatedIdentities": true',
      '"allowUnauthenticatedIdentities": false',
    );
    const report = lint(['amplify'], { fs: memoryFileSystem(files), cwd: '/p' }).report;
    // The guest role is attached (at the `unauthRoleArn` setting) but unused: its grants are one setting from live.
    expect(findings(report)).toEqual([
      ...USER_POOL_FINDINGS,
      `identity-pool/unused-guest-role ${CLI_INPUTS}:22:22 IdentityPoolRoleMap`,
      `s3/object-access-not-scoped ${STORAGE}:26:13 S3GuestPublicPolicy`,
      `s3/object-access-not-scoped ${STORAGE}:43:13 S3AuthPublicPolicy`,
    ]);
    expect(report.findings.find((f) => f.ruleId === 'role/guest-write-access')).toBeUndefined();
  });
});

describe('cli-inputs-storage: auth and S3 storage of Amplify CLI 7 and later, only their cli-inputs.json committed', () => {
  const AUTH_INPUTS = 'amplify/backend/auth/photoauth/cli-inputs.json';
  const INPUTS = 'amplify/backend/storage/photos/cli-inputs.json';

  it('stands in with the bucket and policies s3-stack-builder.ts generates: the guest write is reported at guestAccess', () => {
    const report = asProject('cli-inputs-storage');
    expect(findings(report)).toEqual([
      `identity-pool/no-token-check ${AUTH_INPUTS}:4:25 IdentityPool`,
      `identity-pool/no-token-check ${AUTH_INPUTS}:4:25 IdentityPool`,
      `identity-pool/guest-access ${AUTH_INPUTS}:5:39 IdentityPool`,
      `user-pool/client-user-existence-errors ${AUTH_INPUTS}:7:21 UserPoolClientWeb`,
      `user-pool/client-user-existence-errors ${AUTH_INPUTS}:7:21 UserPoolClient`,
      `user-pool/open-signup-privileged ${AUTH_INPUTS}:7:21 UserPool`,
      `user-pool/mfa-disabled ${AUTH_INPUTS}:9:25 UserPool`,
      `s3/cors-wildcard-origin ${INPUTS}:4:17 S3Bucket`,
      `s3/upload-no-expiration ${INPUTS}:4:17 S3Bucket`,
      `role/guest-write-access ${INPUTS}:6:18 S3GuestPublicPolicy`,
      `role/guest-write-access ${INPUTS}:6:18 S3GuestUploadPolicy`,
      `s3/object-access-not-scoped ${INPUTS}:6:18 S3GuestUploadPolicy`,
      `s3/object-access-not-scoped ${INPUTS}:6:18 S3GuestPublicPolicy`,
      `s3/shared-prefix-access ${INPUTS}:6:18 S3GuestReadPolicy`,
      `s3/shared-prefix-access ${INPUTS}:6:18 S3GuestReadPolicy`,
      `s3/object-access-not-scoped ${INPUTS}:7:17 S3AuthUploadPolicy`,
      `s3/object-access-not-scoped ${INPUTS}:7:17 S3AuthPublicPolicy`,
      `s3/shared-prefix-access ${INPUTS}:7:17 S3AuthReadPolicy`,
      `s3/shared-prefix-access ${INPUTS}:7:17 S3AuthReadPolicy`,
    ]);
    expect(report.findings.find((f) => f.resource?.logicalId === 'S3GuestPublicPolicy')?.message).toBe(
      'Role `UnauthRole` may `s3:PutObject` through policy `Public_policy_1a2b3c4d`: anyone on the internet can do this without signing in. The role is the guest role of identity pool `IdentityPool`.',
    );
    expect(notifications(report)).toContain(
      'unresolved amplify/backend/backend-config.json:10:15 Amplify resource `storage/photos` has no CloudFormation template in the project (the Amplify CLI writes it into `build/` at `amplify push`; run `amplify build` to lint it): its bucket and the policies of the signed-in and guest roles are read from `cli-inputs.json`, as the CLI generates them.',
    );
  });

  it('creates no policy for an access level the inputs leave out, and says what it does not build', () => {
    const files = projectFiles('cli-inputs-storage');
    const path = '/p/' + INPUTS;
    files[path] = files[path]!.replace('"guestAccess": ["CREATE_AND_UPDATE", "READ"]', '"guestAccess": ["READ"]')
      .replace('"authAccess": ["CREATE_AND_UPDATE", "READ", "DELETE"]', '"authAccess": ["READ"]')
      .replace('"groupAccess": {}', '"groupAccess": { "Admins": ["CREATE_AND_UPDATE"] }')
      .replace('"triggerFunction": "NONE"', '"triggerFunction": "resize"');
    files['/p/amplify/backend/storage/photos/override.ts'] = 'export function override() {}\n';
    const report = lint(['amplify'], { fs: memoryFileSystem(files), cwd: '/p' }).report;
    // Read-only: no write policy, no upload policy, so no guest write and no unscoped object access.
    expect(findings(report).filter((f) => f.includes('write') || f.includes('object-access'))).toEqual([]);
    expect(findings(report)).toContain(`s3/shared-prefix-access ${INPUTS}:6:18 S3GuestPublicPolicy`);
    expect(notifications(report)).toContain(
      'unresolved amplify/backend/backend-config.json:10:15 Amplify resource `storage/photos` has no CloudFormation template in the project (the Amplify CLI writes it into `build/` at `amplify push`; run `amplify build` to lint it): its bucket and the policies of the signed-in and guest roles are read from `cli-inputs.json`, as the CLI generates them; user pool group policies and the trigger function policy are not; its `override.ts`, which is code and not run, may change what is deployed.',
    );
  });
});

describe('cli-inputs-userpool: the user pool and app clients of an auth resource kept as cli-inputs.json', () => {
  const AUTH_DIR = 'amplify/backend/auth/teamauth';
  const AUTH_INPUTS = `${AUTH_DIR}/cli-inputs.json`;
  const INPUTS = 'amplify/backend/storage/files/cli-inputs.json';
  const NOTE =
    'unresolved amplify/backend/backend-config.json:3:17 Amplify resource `auth/teamauth` has no CloudFormation template in the project (the Amplify CLI writes it into `build/` at `amplify push`; run `amplify build` to lint it): its user pool, app clients, identity pool and the roles it hands out are read from `cli-inputs.json`, as the CLI generates them';
  const STORAGE_FINDINGS = (scaled: 'medium' | 'high') => [
    `s3/cors-wildcard-origin low ${INPUTS}:4:17 S3Bucket`,
    `s3/upload-no-expiration low ${INPUTS}:4:17 S3Bucket`,
    `s3/object-access-not-scoped ${scaled} ${INPUTS}:7:17 S3AuthUploadPolicy`,
    `s3/object-access-not-scoped ${scaled} ${INPUTS}:7:17 S3AuthPublicPolicy`,
    `s3/shared-prefix-access low ${INPUTS}:7:17 S3AuthReadPolicy`,
    `s3/shared-prefix-access low ${INPUTS}:7:17 S3AuthReadPolicy`,
  ];
  const withSeverity = (report: LintReport) =>
    report.findings.map(
      (f) =>
        `${f.ruleId} ${f.severity} ${f.file}:${f.range.start.line}:${f.range.start.column} ${f.resource?.logicalId ?? ''}`,
    );
  const run = (files: Record<string, string>) => lint(['amplify'], { fs: memoryFileSystem(files), cwd: '/p' }).report;
  /** The project without its override.ts, cognitoConfig edited. */
  const edited = (...edits: Array<[string | RegExp, string]>) => {
    const files = projectFiles('cli-inputs-userpool');
    delete files[`/p/${AUTH_DIR}/override.ts`];
    for (const [from, to] of edits) files[`/p/${AUTH_INPUTS}`] = files[`/p/${AUTH_INPUTS}`]!.replace(from, to);
    return files;
  };

  it('MFA on and a 12-character policy with every class give no user pool finding; what override.ts names is unknown', () => {
    const report = asProject('cli-inputs-userpool');
    // override.ts makes sign-up admin-only, so the signed-in role's grants are not public sign-up's: medium.
    expect(withSeverity(report)).toEqual(STORAGE_FINDINGS('medium'));
    expect(report.findings.find((f) => f.resource?.logicalId === 'S3AuthPublicPolicy')?.message).toBe(
      "Role `AuthRole` may `s3:PutObject`, `s3:DeleteObject`, `s3:GetObject` on `arn:aws:s3:::${S3Bucket}/public/*` through policy `Public_policy_5e6f7a8b`: every signed-in user writes to the same shared keys and can read, overwrite and delete the others' files. The role is the authenticated role of identity pool `IdentityPool`.",
    );
    expect(notifications(report)).toEqual([
      `unresolved ${AUTH_INPUTS}:7:21 App client UserPoolClient: PreventUserExistenceErrors is not statically known.`,
      `unresolved ${AUTH_INPUTS}:7:21 App client UserPoolClientWeb: PreventUserExistenceErrors is not statically known.`,
      `${NOTE}; its \`override.ts\`, which is code and not run, may change what is deployed, and what it names is unknown: \`UserPool.AdminCreateUserConfig\`, \`UserPoolClient.PreventUserExistenceErrors\`, \`UserPoolClientWeb.PreventUserExistenceErrors\`, \`IdentityPool.CognitoIdentityProviders\`.`,
      'unresolved amplify/backend/backend-config.json:10:14 Amplify resource `storage/files` has no CloudFormation template in the project (the Amplify CLI writes it into `build/` at `amplify push`; run `amplify build` to lint it): its bucket and the policies of the signed-in and guest roles are read from `cli-inputs.json`, as the CLI generates them.',
    ]);
  });

  it('without the override: self sign-up, token checks and existence errors as the CLI generates them; MFA off and an 8-character policy are reported at their settings', () => {
    const report = run(
      edited(
        ['"mfaConfiguration": "ON"', '"mfaConfiguration": "OFF"'],
        ['"passwordPolicyMinLength": 12', '"passwordPolicyMinLength": 8'],
        [/"passwordPolicyCharacters": \[[^\]]*\]/, '"passwordPolicyCharacters": []'],
      ),
    );
    expect(withSeverity(report)).toEqual([
      `identity-pool/no-token-check low ${AUTH_INPUTS}:4:25 IdentityPool`,
      `identity-pool/no-token-check low ${AUTH_INPUTS}:4:25 IdentityPool`,
      `user-pool/client-user-existence-errors low ${AUTH_INPUTS}:7:21 UserPoolClientWeb`,
      `user-pool/client-user-existence-errors low ${AUTH_INPUTS}:7:21 UserPoolClient`,
      `user-pool/open-signup-privileged high ${AUTH_INPUTS}:7:21 UserPool`,
      `user-pool/mfa-disabled low ${AUTH_INPUTS}:9:25 UserPool`,
      `user-pool/weak-password-policy low ${AUTH_INPUTS}:16:32 UserPool`,
      ...STORAGE_FINDINGS('high'),
    ]);
    expect(report.findings.find((f) => f.ruleId === 'user-pool/weak-password-policy')?.message).toBe(
      'User pool `UserPool` accepts 8-character passwords that need no lowercase letter, uppercase letter, number or symbol: under 12 characters, such passwords are easy to guess.',
    );
    expect(report.findings.find((f) => f.resource?.logicalId === 'S3AuthPublicPolicy')?.message).toContain(
      'Anyone can get the role by signing up to user pool `UserPool`.',
    );
    expect(notifications(report)).toContain(`${NOTE}.`);
    // The strong settings alone, override gone: none of the user pool's own findings.
    const strong = findings(run(edited()));
    expect(strong.filter((f) => /mfa-disabled|weak-password-policy/.test(f))).toEqual([]);
  });

  it('reads the OAuth settings and social providers the CLI writes to the clients and the identity pool', () => {
    const files = projectFiles('cli-inputs-userpool');
    const path = `/p/${AUTH_INPUTS}`;
    files[path] = files[path]!.replace(
      '"authProviders": []',
      '"authProviders": ["graph.facebook.com"],\n    "facebookAppId": "1234567890",\n    "oAuthMetadata": "{\\"AllowedOAuthFlows\\":[\\"implicit\\"],\\"AllowedOAuthScopes\\":[\\"email\\",\\"openid\\"],\\"CallbackURLs\\":[\\"http://team.example.com/\\"],\\"LogoutURLs\\":[\\"http://localhost:3000/\\"]}"',
    );
    const report = run(files);
    expect(withSeverity(report).filter((f) => f.includes(AUTH_INPUTS))).toEqual([
      `user-pool/client-implicit-flow low ${AUTH_INPUTS}:36:22 UserPoolClientWeb`,
      `user-pool/client-implicit-flow low ${AUTH_INPUTS}:36:22 UserPoolClient`,
      `user-pool/client-insecure-callback medium ${AUTH_INPUTS}:36:22 UserPoolClientWeb`,
      `user-pool/client-insecure-callback medium ${AUTH_INPUTS}:36:22 UserPoolClient`,
    ]);
    // Sign-up is admin-only (override.ts), but anyone can sign in with Facebook: the signed-in role is public sign-up's.
    expect(withSeverity(report).filter((f) => f.includes(INPUTS))).toEqual(STORAGE_FINDINGS('high'));
    expect(report.findings.find((f) => f.resource?.logicalId === 'S3AuthPublicPolicy')?.message).toContain(
      'Anyone can get the role by signing in with `graph.facebook.com`.',
    );
  });

  it('with userPoolOnly: the user pool and clients, and no identity pool', () => {
    const report = run(edited(['"identityPoolAndUserPool"', '"userPoolOnly"']));
    expect(findings(report).filter((f) => f.includes(AUTH_INPUTS))).toEqual([
      `user-pool/client-user-existence-errors ${AUTH_INPUTS}:7:21 UserPoolClientWeb`,
      `user-pool/client-user-existence-errors ${AUTH_INPUTS}:7:21 UserPoolClient`,
    ]);
    expect(notifications(report)).toContain(
      'unresolved amplify/backend/backend-config.json:3:17 Amplify resource `auth/teamauth` has no CloudFormation template in the project (the Amplify CLI writes it into `build/` at `amplify push`; run `amplify build` to lint it): its user pool and app clients are read from `cli-inputs.json`, as the CLI generates them.',
    );
  });

  it('through the command: rule IDs, positions, resources and the Amplify resource in JSON', () => {
    const result = runBinary('cli-inputs-userpool', '--format', 'json', '--verbose');
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as LintReport;
    expect(withSeverity(report)).toEqual(STORAGE_FINDINGS('medium'));
    expect(report.notifications.map((n) => n.message)).toContain(
      'App client UserPoolClientWeb: PreventUserExistenceErrors is not statically known.',
    );
    // The same project without its override.ts, copied: the generated pool lets anyone sign up.
    const dir = mkdtempSync(join(tmpdir(), 'amplify-userpool-'));
    try {
      cpSync(join(FIXTURES, 'cli-inputs-userpool', 'amplify'), join(dir, 'amplify'), { recursive: true });
      rmSync(join(dir, AUTH_DIR, 'override.ts'));
      const bare = spawnSync(
        process.execPath,
        [join(ROOT, 'bin', 'cognito-iam-lint.js'), 'amplify', '--format', 'json'],
        {
          cwd: dir,
          encoding: 'utf8',
          timeout: 60_000,
        },
      );
      expect(bare.status).toBe(1);
      const open = JSON.parse(bare.stdout) as LintReport;
      const signup = open.findings.find((f) => f.ruleId === 'user-pool/open-signup-privileged')!;
      expect([signup.file, signup.range.start.line, signup.range.start.column, signup.severity]).toEqual([
        AUTH_INPUTS,
        7,
        21,
        'high',
      ]);
      expect(signup.resource).toEqual({
        logicalId: 'UserPool',
        type: 'AWS::Cognito::UserPool',
        stack: AUTH_INPUTS,
        amplify: { category: 'auth', resource: 'teamauth' },
      });
      expect(signup.message).toBe(
        "User pool `UserPool` lets anyone sign up, and identity pool `IdentityPool` gives its users role `AuthRole` (its authenticated role), which may write S3 objects outside the user's own prefix (s3:PutObject, s3:DeleteObject): anyone on the internet can create an account and get that. [Amplify auth resource teamauth]",
      );
      expect(withSeverity(open).filter((f) => f.includes(AUTH_INPUTS))).toEqual([
        `identity-pool/no-token-check low ${AUTH_INPUTS}:4:25 IdentityPool`,
        `identity-pool/no-token-check low ${AUTH_INPUTS}:4:25 IdentityPool`,
        `user-pool/client-user-existence-errors low ${AUTH_INPUTS}:7:21 UserPoolClientWeb`,
        `user-pool/client-user-existence-errors low ${AUTH_INPUTS}:7:21 UserPoolClient`,
        `user-pool/open-signup-privileged high ${AUTH_INPUTS}:7:21 UserPool`,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('cli-inputs-rest: a REST API kept as cli-inputs.json, with a guest path', () => {
  const API = 'amplify/backend/api/notesapi/cli-inputs.json';
  const AUTH_INPUTS = 'amplify/backend/auth/restauth/cli-inputs.json';
  const AUTH_FINDINGS = [
    `identity-pool/no-token-check ${AUTH_INPUTS}:4:25 IdentityPool`,
    `identity-pool/no-token-check ${AUTH_INPUTS}:4:25 IdentityPool`,
    `identity-pool/guest-access ${AUTH_INPUTS}:5:39 IdentityPool`,
    `user-pool/client-user-existence-errors ${AUTH_INPUTS}:7:21 UserPoolClientWeb`,
    `user-pool/client-user-existence-errors ${AUTH_INPUTS}:7:21 UserPoolClient`,
  ];
  const API_NOTE = (what: string) =>
    `unresolved amplify/backend/backend-config.json:3:17 Amplify resource \`api/notesapi\` has no CloudFormation template in the project (the Amplify CLI writes it into \`build/\` at \`amplify push\`; run \`amplify build\` to lint it): ${what} read from \`cli-inputs.json\`, as the CLI generates them.`;

  it('stands in with the API and the guest grant APIGatewayAuthStack would hold: guests invoke the IAM-authorised paths it covers', () => {
    const report = asProject('cli-inputs-rest');
    expect(findings(report)).toEqual([
      `apigateway/iam-auth-open-to-guests ${API}:8:20 notesapi`,
      `apigateway/iam-auth-open-to-guests ${API}:8:20 notesapi`,
      `apigateway/iam-auth-open-to-guests ${API}:17:20 notesapi`,
      `apigateway/iam-auth-open-to-guests ${API}:17:20 notesapi`,
      ...AUTH_FINDINGS,
    ]);
    const messages = report.findings
      .filter((f) => f.ruleId === 'apigateway/iam-auth-open-to-guests')
      .map((f) => f.message);
    // `read` for guests on /notes is `GET /notes/*` too, which covers the private /notes/{noteId}/share.
    expect(messages).toContain(
      "`ANY /notes/{noteId}/share` of API `notesapi` requires IAM authorization, but role `UnauthRole` may `execute-api:Invoke` it through policy `PolicyAPIGWUnauth1`: anyone on the internet can call it without signing in. The role is the guest role of identity pool `IdentityPool`. In the enhanced flow Cognito's guest scope-down may drop this grant (AWS does not say whether `execute-api` is inside it); it is live as soon as the basic (classic) flow is enabled.",
    );
    expect(report.findings.every((f) => f.severity !== 'high')).toBe(true);
    expect(report.findings.find((f) => f.ruleId === 'identity-pool/guest-access')?.message).toBe(
      'Identity pool `IdentityPool` gives anyone on the internet guest credentials for role `UnauthRole`, whose riskiest grant is `execute-api:Invoke` on `arn:aws:execute-api:${AWS::Region}:${AWS::AccountId}:${notesapi}/dev/GET/notes/*` and 1 more. In the enhanced flow Cognito narrows guest credentials with its session policy.',
    );
    expect(notifications(report)).toContain(
      API_NOTE("its REST API and the signed-in and guest roles' grants to invoke it are"),
    );
  });

  it('reads a committed APIGatewayAuthStack.json instead of building the grants, and reports nothing for guests without a grant', () => {
    const files = projectFiles('cli-inputs-rest');
    const path = `/p/${API}`;
    files[path] = files[path]!.replace(',\n        "guest": ["read"]', '');
    files['/p/amplify/backend/api/APIGatewayAuthStack.json'] = JSON.stringify({
      Description: 'API Gateway policy stack created using Amplify CLI',
      AWSTemplateFormatVersion: '2010-09-09',
      Parameters: {
        authRoleName: { Type: 'String' },
        unauthRoleName: { Type: 'String' },
        env: { Type: 'String' },
        notesapi: { Type: 'String' },
      },
      Resources: {
        PolicyAPIGWAuth1: {
          Type: 'AWS::IAM::ManagedPolicy',
          Properties: {
            PolicyDocument: {
              Version: '2012-10-17',
              Statement: [
                {
                  Effect: 'Allow',
                  Action: ['execute-api:Invoke'],
                  Resource: [
                    {
                      'Fn::Join': [
                        '',
                        [
                          'arn:aws:execute-api:',
                          { Ref: 'AWS::Region' },
                          ':',
                          { Ref: 'AWS::AccountId' },
                          ':',
                          { Ref: 'notesapi' },
                          '/',
                          { Ref: 'env' },
                          '/*/notes/*',
                        ],
                      ],
                    },
                  ],
                },
              ],
            },
            Roles: [{ Ref: 'authRoleName' }],
          },
        },
      },
    });
    const report = lint(['amplify'], { fs: memoryFileSystem(files), cwd: '/p' }).report;
    expect(findings(report).filter((f) => f.startsWith('apigateway/'))).toEqual([]);
    expect(notifications(report)).toContain(API_NOTE('its REST API is'));
    // The guest role now has no grant at all: guest access is reported without a riskiest grant.
    expect(report.findings.find((f) => f.ruleId === 'identity-pool/guest-access')?.message).not.toContain(
      'execute-api',
    );
  });
});

describe('amplify-connect: a real project (aws-samples/aws-amplify-connect)', () => {
  const AUTH_DIR = 'amplify/backend/auth/lonelyconnect0f468434/lonelyconnect0f468434-cloudformation-template.yml';
  const TRIGGER = 'amplify/backend/function/csvUploadStoreTrigger/csvUploadStoreTrigger-cloudformation-template.json';
  const STORE = 'amplify/backend/storage/csvUploadStore/s3-cloudformation-template.json';
  const expected = [
    `user-pool/weak-password-policy ${AUTH_DIR}:168:26 UserPool`,
    `user-pool/mfa-disabled ${AUTH_DIR}:176:25 UserPool`,
    `user-pool/client-user-existence-errors ${AUTH_DIR}:200:7 UserPoolClientWeb`,
    `user-pool/client-user-existence-errors ${AUTH_DIR}:210:7 UserPoolClient`,
    `identity-pool/no-token-check ${AUTH_DIR}:335:11 IdentityPool`,
    `identity-pool/no-token-check ${AUTH_DIR}:339:11 IdentityPool`,
    `s3/action-resource-mismatch ${TRIGGER}:210:27 AmplifyResourcesPolicy`,
    `s3/action-resource-mismatch ${TRIGGER}:232:27 AmplifyResourcesPolicy`,
  ];

  it('links the storage and API policies to the roles of the identity pool of the auth category', () => {
    const model = buildIdentityModel(
      loadInputs(['amplify'], { fs: nodeFileSystem, cwd: join(FIXTURES, 'amplify-connect') }),
    );
    const role = (name: string) => model.roles.find((r) => r.name === name)!;
    const slots = (name: string) => model.slotsOfRole(role(name)).map((s) => `${s.slot} of ${s.pool?.name}`);
    const policies = (name: string) => role(name).policies.map((p) => p.record.owner.name);
    expect(slots('AuthRole')).toEqual(['authenticated of IdentityPool']);
    expect(slots('UnauthRole')).toEqual(['unauthenticated of IdentityPool']);
    expect(slots('UploadersGroupRole')).toEqual(['group of IdentityPool']);
    // The REST API's policy (APIGatewayAuthStack) and the storage category's policies reach the project's roles.
    expect(policies('AuthRole')).toEqual([
      'PolicyAPIGWAuth1',
      'S3AuthPublicPolicy',
      'S3AuthProtectedPolicy',
      'S3AuthPrivatePolicy',
      'S3AuthUploadPolicy',
      'S3AuthReadPolicy',
    ]);
    expect(policies('UnauthRole')).toEqual(['S3GuestPublicPolicy', 'S3GuestUploadPolicy', 'S3GuestReadPolicy']);
    // The API's and the storage's group policies name the group role by `<user pool ID>-UploadersGroupRole`.
    expect(policies('UploadersGroupRole')).toEqual(['UploadersGrouptelephonenumberPolicy', 'UploadersGroupPolicy']);
  });

  it('reports the group role’s access to the whole bucket once linked, and names the linked bucket', () => {
    const project = asProject('amplify-connect');
    const single = fileByFile('amplify-connect');
    // The storage category's group policy names the role `<user pool ID>-UploadersGroupRole`, as the
    // userPoolGroups stack names it: the same expression of the same user pool once the project is linked.
    expect(findings(project)).toEqual([
      ...expected,
      `s3/cors-wildcard-origin ${STORE}:243:33 S3Bucket`,
      `s3/object-access-not-scoped ${STORE}:704:25 UploadersGroupPolicy`,
      `s3/action-resource-mismatch ${STORE}:712:41 UploadersGroupPolicy`,
    ]);
    expect(project.findings.find((f) => f.ruleId === 's3/object-access-not-scoped')?.message).toBe(
      "Role `UploadersGroupRole` may `s3:PutObject`, `s3:DeleteObject`, `s3:GetObject` on `arn:aws:s3:::${S3Bucket}/*` through policy `Uploaders-group-s3-policy`: every member of the group can read, overwrite and delete every other user's objects. The role belongs to user pool group `UploadersGroup`.",
    );
    expect(findings(single)).toEqual(expected);
    const mismatch = (report: LintReport) =>
      report.findings.find((f) => f.ruleId === 's3/action-resource-mismatch')?.message;
    expect(mismatch(project)).toContain('names only object ARNs `${S3Bucket}/*`');
    expect(mismatch(single)).toContain('names only object ARNs `arn:aws:s3:::${storagecsvUploadStoreBucketName}/*/*`');
  });
});

describe('graphql-guest: a GraphQL API whose schema lets guests call it through IAM', () => {
  const API = 'amplify/backend/api/blogapi/build/cloudformation-template.json';
  const AUTH_YML = 'amplify/backend/auth/blogauth/blogauth-cloudformation-template.yml';

  it('attaches the transformer’s UnauthRolePolicy01 to the guest role: guests may create, update and delete comments', () => {
    const report = asProject('graphql-guest');
    expect(findings(report)).toEqual([
      `role/guest-write-access ${API}:464:7 UnauthRolePolicy01`,
      `identity-pool/guest-access ${AUTH_YML}:37:39 IdentityPool`,
    ]);
    expect(report.findings[0]?.message).toBe(
      'Role `UnauthRole` may `appsync:GraphQL` on mutation fields `createComment`, `updateComment`, `deleteComment` of a GraphQL API through policy `UnauthRolePolicy01`: anyone on the internet can change its data without signing in. The role is the guest role of identity pool `IdentityPool`.',
    );
    expect(report.findings[0]?.severity).toBe('high');
    expect(report.findings[0]?.resource?.amplify).toEqual({ category: 'api', resource: 'blogapi' });
    expect(report.notifications).toEqual([]);
    // The API's template, its nested stacks (build/stacks/), the auth template and backend-config.json.
    expect(report.files).toEqual([
      API,
      'amplify/backend/api/blogapi/build/stacks/Comment.json',
      'amplify/backend/api/blogapi/build/stacks/CustomResources.json',
      'amplify/backend/api/blogapi/build/stacks/Post.json',
      AUTH_YML,
      'amplify/backend/backend-config.json',
    ]);
  });

  it('links the API’s policies to the project’s roles and its nested stacks to the project’s deployment', () => {
    const model = buildIdentityModel(
      loadInputs(['amplify'], { fs: nodeFileSystem, cwd: join(FIXTURES, 'graphql-guest') }),
    );
    const role = (name: string) => model.roles.find((r) => r.name === name)!;
    expect(role('UnauthRole').policies.map((p) => p.record.owner.name)).toEqual(['UnauthRolePolicy01']);
    expect(role('AuthRole').policies.map((p) => p.record.owner.name)).toEqual(['AuthRolePolicy01']);
    // A model's data-source role, two stacks down, deploys with the project (a wildcard ARN reaches the same account).
    expect(role('PostIAMRole').templateResource?.deployment).toBe(role('AuthRole').templateResource?.deployment);
    expect(role('AuthRole').templateResource?.deployment).toBe(
      'stack:amplify/backend/backend-config.json#amplify-root',
    );
  });

  it('goes unreported file by file: the API’s policies attach to roles named by parameters', () => {
    expect(findings(fileByFile('graphql-guest'))).toEqual([
      `identity-pool/guest-access ${AUTH_YML}:37:39 IdentityPool`,
    ]);
  });
});

describe('gatsby-blog: a real project with a GraphQL API, analytics and guest access (rkw/gatsby-starter-blog)', () => {
  const PINPOINT = 'amplify/backend/analytics/amplify/pinpoint-cloudformation-template.json';
  const AUTH_YML = 'amplify/backend/auth/amplifyec6662f1/amplifyec6662f1-cloudformation-template.yml';
  const common = [
    `user-pool/weak-password-policy ${AUTH_YML}:178:26 UserPool`,
    `user-pool/mfa-disabled ${AUTH_YML}:186:25 UserPool`,
    `user-pool/client-user-existence-errors ${AUTH_YML}:198:7 UserPoolClientWeb`,
    `user-pool/client-user-existence-errors ${AUTH_YML}:208:7 UserPoolClient`,
    `identity-pool/no-token-check ${AUTH_YML}:680:11 IdentityPool`,
    `identity-pool/no-token-check ${AUTH_YML}:684:11 IdentityPool`,
    `identity-pool/guest-access ${AUTH_YML}:689:39 IdentityPool`,
  ];
  const wildcards = [
    // Amplify's own function that creates the Pinpoint app: every Pinpoint and CloudFormation action on `*`.
    `policy/wildcard-action ${PINPOINT}:148:41 LambdaExecutionRole`,
    `policy/wildcard-action ${PINPOINT}:166:41 LambdaExecutionRole`,
  ];

  it('links the analytics guest policy to the guest role: the Pinpoint telemetry AWS documents, info', () => {
    const report = asProject('gatsby-blog');
    expect(findings(report)).toEqual([
      ...wildcards,
      `role/guest-write-access ${PINPOINT}:319:25 CognitoUnauthPolicy`,
      ...common,
    ]);
    const guest = report.findings.find((f) => f.ruleId === 'role/guest-write-access')!;
    expect(guest.severity).toBe('info');
    expect(guest.message).toBe(
      'Role `UnauthRole` may `mobiletargeting:PutEvents`, `mobiletargeting:UpdateEndpoint` on a specific resource through policy `CognitoUnauthPolicy`: telemetry ingestion AWS documents for guests. The role is the guest role of identity pool `IdentityPool`.',
    );
    // The root passes the template no appId: its default (NONE) holds, so the app is created, with no second scenario.
    expect(report.findings.every((f) => f.when === undefined)).toBe(true);
    expect(report.findings.find((f) => f.ruleId === 'identity-pool/guest-access')?.message).toContain(
      'whose riskiest grant is `mobiletargeting:PutEvents`',
    );
    // The old CLI's root (awscloudformation/nested-cloudformation-stack.yml) is the committed root: not linted alone.
    expect(report.files).toEqual([
      PINPOINT,
      'amplify/backend/api/blog/build/cloudformation-template.json',
      'amplify/backend/api/blog/build/stacks/Article.json',
      'amplify/backend/api/blog/build/stacks/CustomResources.json',
      AUTH_YML,
      'amplify/backend/awscloudformation/nested-cloudformation-stack.yml',
      'amplify/backend/backend-config.json',
    ]);
    expect(report.notifications).toEqual([]);
    const inputs = loadInputs(['amplify'], { fs: nodeFileSystem, cwd: join(FIXTURES, 'gatsby-blog') });
    const OLD_ROOT = 'amplify/backend/awscloudformation/nested-cloudformation-stack.yml';
    expect(inputs.dialects.cloudformation.filter((t) => t.doc.file === OLD_ROOT).map((t) => t.stackName)).toEqual([
      `${OLD_ROOT} (Amplify root stack)`,
    ]);
  });

  it('file by file: the guest policy attaches to no role, and the Pinpoint condition is undecided', () => {
    const report = fileByFile('gatsby-blog');
    expect(findings(report)).toEqual([...wildcards, ...common]);
    expect(report.findings[0]?.when).toBe('when condition `ShouldCreatePinpointApp` is true');
  });
});

describe('the root stack the last push left in awscloudformation/build/', () => {
  const ROOT = 'amplify/backend/awscloudformation/build/root-cloudformation-stack.json';
  // As push-resources.ts writes it, after `amplify override project` gave the guest role an inline policy.
  const committed = {
    AWSTemplateFormatVersion: '2010-09-09',
    Parameters: {
      DeploymentBucketName: { Type: 'String', Default: 'DeploymentBucket' },
      AuthRoleName: { Type: 'String', Default: 'AuthRoleName' },
      UnauthRoleName: { Type: 'String', Default: 'UnauthRoleName' },
    },
    Resources: {
      DeploymentBucket: { Type: 'AWS::S3::Bucket', Properties: { BucketName: { Ref: 'DeploymentBucketName' } } },
      AuthRole: {
        Type: 'AWS::IAM::Role',
        Properties: {
          RoleName: { Ref: 'AuthRoleName' },
          AssumeRolePolicyDocument: {
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Deny',
                Principal: { Federated: 'cognito-identity.amazonaws.com' },
                Action: 'sts:AssumeRoleWithWebIdentity',
              },
            ],
          },
        },
      },
      UnauthRole: {
        Type: 'AWS::IAM::Role',
        Properties: {
          RoleName: { Ref: 'UnauthRoleName' },
          AssumeRolePolicyDocument: {
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Deny',
                Principal: { Federated: 'cognito-identity.amazonaws.com' },
                Action: 'sts:AssumeRoleWithWebIdentity',
              },
            ],
          },
          Policies: [
            {
              PolicyName: 'guest-feedback',
              PolicyDocument: {
                Version: '2012-10-17',
                Statement: [{ Effect: 'Allow', Action: 'sns:Publish', Resource: '*' }],
              },
            },
          ],
        },
      },
      // The push's own copy of the nested stacks: the repository's current files win.
      storagephotos: { Type: 'AWS::CloudFormation::Stack', Properties: { TemplateURL: 'https://old', Parameters: {} } },
      UpdateRolesWithIDPFunctionRole: {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
          },
          Policies: [
            {
              PolicyName: 'UpdateRolesWithIDPFunctionPolicy',
              PolicyDocument: {
                Version: '2012-10-17',
                Statement: [{ Effect: 'Allow', Action: ['iam:UpdateAssumeRolePolicy', 'iam:GetRole'], Resource: '*' }],
              },
            },
          ],
        },
      },
    },
  };
  const files = { ...projectFiles('guest-storage'), [`/p/${ROOT}`]: JSON.stringify(committed, null, 2) };
  const report = lint(['amplify'], { fs: memoryFileSystem(files), cwd: '/p' }).report;

  it('adds what an override gave the roles, with the trust UpdateRolesWithIDPFunction deploys, located in that file', () => {
    expect(findings(report)).toEqual([
      `identity-pool/guest-access ${AUTH}:37:39 IdentityPool`,
      // UnauthRole's inline policy from the override: the guest role of the auth category's identity pool.
      `role/guest-write-access ${ROOT}:70:17 UnauthRole`,
      `s3/upload-no-expiration ${STORAGE}:14:21 S3Bucket`,
      `role/guest-write-access ${STORAGE}:26:13 S3GuestPublicPolicy`,
      `s3/object-access-not-scoped ${STORAGE}:26:13 S3GuestPublicPolicy`,
      `s3/object-access-not-scoped ${STORAGE}:43:13 S3AuthPublicPolicy`,
    ]);
    expect(report.findings.find((f) => f.file === ROOT)?.message).toBe(
      'Role `UnauthRole` may `sns:Publish` through inline policy `guest-feedback`: anyone on the internet can do this without signing in. The role is the guest role of identity pool `IdentityPool`.',
    );
    // The function that rewrites the trust is the CLI's own (its effect is the trust modelled): not judged.
    expect(report.findings.some((f) => f.resource?.logicalId === 'UpdateRolesWithIDPFunctionRole')).toBe(false);
    expect(report.files).toContain(ROOT);
    expect(report.notifications).toEqual([]);
  });

  it('is left out with the build/ folders the filters leave out', () => {
    const excluded = lint(['amplify'], { fs: memoryFileSystem(files), cwd: '/p', exclude: ['**/build'] }).report;
    expect(excluded.files).not.toContain(ROOT);
    expect(findings(excluded).some((f) => f.includes('guest-feedback'))).toBe(false);
  });
});

describe('missing-pieces: linted as far as it goes', () => {
  const CONFIG = 'amplify/backend/backend-config.json';
  const NO_AUTH = `unresolved ${CONFIG}:1:1 The Amplify project has no auth resource: its AuthRole and UnauthRole trust no identity pool, so who uses them is not known from the project.`;
  const GONE = `unresolved ${CONFIG}:19:9 Amplify resource \`function/resize\` depends on \`auth/gone\`, which the project does not have: the parameters it would pass are unknown.`;
  const NO_TEMPLATE = `unresolved ${CONFIG}:28:13 Amplify resource \`api/rest\` has no CloudFormation template in the project (the Amplify CLI writes it into \`build/\` at \`amplify push\`; run \`amplify build\` to lint it): not linted, and what depends on it is not linked.`;

  it('says what could not be linked, and which environment to name', () => {
    const report = asProject('missing-pieces');
    expect(findings(report)).toEqual([]);
    expect(notifications(report)).toEqual([
      NO_AUTH,
      `unresolved ${CONFIG}:1:1 The Amplify project has the environments \`dev\`, \`prod\`: pass \`--parameter env=<name>\` to read the values of one; environment-specific values are unknown.`,
      GONE,
      NO_TEMPLATE,
    ]);
    expect(notifications(asProject('missing-pieces', { env: 'prod' }))).toEqual([NO_AUTH, GONE, NO_TEMPLATE]);
  });
});

function runBinary(project: string, ...args: string[]) {
  return spawnSync(process.execPath, [join(ROOT, 'bin', 'cognito-iam-lint.js'), 'amplify', ...args], {
    cwd: join(FIXTURES, project),
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined },
    timeout: 60_000,
  });
}

describe('the built binary on an Amplify project', () => {
  it('lints amplify/ as one project and fails on the guest write', () => {
    const result = runBinary('guest-storage', '--format', 'json');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as LintReport;
    expect(findings(report)).toContain(`role/guest-write-access ${STORAGE}:26:13 S3GuestPublicPolicy`);
    expect(report.summary.filesLinted).toBe(3);
  });

  describe('names the Amplify category resource in every format, as the construct path of a CDK app', () => {
    const GUEST_WRITE =
      'Role `UnauthRole` may `s3:PutObject` through policy `guest-public`: anyone on the internet can do this without signing in. The role is the guest role of identity pool `IdentityPool`.';
    const NAMED = `${GUEST_WRITE} [Amplify storage resource photos]`;

    it('json: in the message and as resource.amplify, with the fingerprint the API gives', () => {
      const report = JSON.parse(runBinary('guest-storage', '--format', 'json').stdout) as LintReport;
      const finding = report.findings.find((f) => f.ruleId === 'role/guest-write-access')!;
      expect(finding.message).toBe(NAMED);
      expect(finding.resource).toEqual({
        logicalId: 'S3GuestPublicPolicy',
        type: 'AWS::IAM::Policy',
        stack: STORAGE,
        amplify: { category: 'storage', resource: 'photos' },
      });
      // The name is added where the message is written: the finding itself, and so its fingerprint, are unchanged.
      const api = asProject('guest-storage').findings.find((f) => f.ruleId === 'role/guest-write-access')!;
      expect(api.message).toBe(GUEST_WRITE);
      expect(finding.fingerprint).toBe(api.fingerprint);
      const auth = report.findings.find((f) => f.ruleId === 'identity-pool/guest-access')!;
      expect(auth.resource?.amplify).toEqual({ category: 'auth', resource: 'photoauth' });
      expect(auth.message).toMatch(/\. \[Amplify auth resource photoauth\]$/);
    });

    it('text', () => {
      const out = runBinary('guest-storage').stdout;
      expect(out).toContain(
        `  26:13  high    role/guest-write-access      ${NAMED}\n    resource: S3GuestPublicPolicy\n`,
      );
    });

    it('github', () => {
      expect(runBinary('guest-storage', '--format', 'github').stdout).toContain(
        `::error file=${STORAGE},line=26,endLine=30,title=role/guest-write-access::${NAMED}\n`,
      );
    });

    it('sarif: in the message, and the fully qualified name is category/resource/logical ID', () => {
      const sarif = JSON.parse(runBinary('guest-storage', '--format', 'sarif').stdout) as {
        runs: Array<{
          results: Array<{
            ruleId: string;
            message: { text: string };
            locations: Array<{ logicalLocations?: Array<{ name: string; fullyQualifiedName: string }> }>;
          }>;
        }>;
      };
      const result = sarif.runs[0]!.results.find((r) => r.ruleId === 'role/guest-write-access')!;
      expect(result.message.text).toBe(NAMED);
      expect(result.locations[0]!.logicalLocations).toEqual([
        { name: 'S3GuestPublicPolicy', fullyQualifiedName: 'storage/photos/S3GuestPublicPolicy', kind: 'resource' },
      ]);
    });

    it('markdown', () => {
      expect(runBinary('guest-storage', '--format', 'markdown').stdout).toContain(
        // The cell ends with the finding's fix (src/reporters/markdown.ts).
        `| high | \`role/guest-write-access\` | ${STORAGE}:26 (\`S3GuestPublicPolicy\`) | ${GUEST_WRITE} \\[Amplify storage resource photos\\]<br>**Fix:** `,
      );
    });
  });
});
