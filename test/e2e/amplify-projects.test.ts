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
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
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

/** The same files without backend-config.json: each template linted as a template of its own, as before projects were read. */
function fileByFile(name: string): LintReport {
  const files: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else files['/p/' + relative(join(FIXTURES, name), path)] = readFileSync(path, 'utf8');
    }
  };
  walk(join(FIXTURES, name, 'amplify'));
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

  it('goes unreported file by file: the storage policy attaches to a role named by a parameter', () => {
    const report = fileByFile('guest-storage');
    expect(findings(report)).toEqual([`identity-pool/guest-access ${AUTH}:37:39 IdentityPool`]);
    expect(report.findings[0]?.message).toContain('for role `<?>`, which is not in the linted files');
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
    expect(mismatch(single)).toContain(
      'names only object ARNs `arn:aws:s3:::storagecsvUploadStoreBucketName | <?>/*/*`',
    );
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

describe('the built binary on an Amplify project', () => {
  it('lints amplify/ as one project and fails on the guest write', () => {
    const result = spawnSync(
      process.execPath,
      [join(ROOT, 'bin', 'cognito-iam-lint.js'), 'amplify', '--format', 'json'],
      {
        cwd: join(FIXTURES, 'guest-storage'),
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined },
        timeout: 60_000,
      },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as LintReport;
    expect(findings(report)).toContain(`role/guest-write-access ${STORAGE}:26:13 S3GuestPublicPolicy`);
    expect(report.summary.filesLinted).toBe(3);
  });
});
