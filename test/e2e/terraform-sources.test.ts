/**
 * The CLI on a Terraform plan with its `.tf` sources beside it (src/inputs/terraform-sources.ts):
 * findings are read at the `.tf` block or attribute that declares the resource, the resource keeps its
 * address, and the same plan without its sources reports at the plan JSON. A fresh plan's `roles` map
 * is read from the source. Runs the built binary (`npm run build` first).
 */
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectEndedCleanly, runBin, tempDir } from '../hostile/fs-helpers.js';

const ROOT = process.cwd();
const WEAK = 'test/fixtures/terraform/beside/weak';
const ROLES = 'test/fixtures/terraform/beside/roles';

interface Report {
  findings: Array<{
    ruleId: string;
    file: string;
    range: { start: { line: number; column: number } };
    resource: { address: string };
    message: string;
    fingerprint: string;
  }>;
  notifications: Array<{ kind: string; file?: string; message: string; range?: { start: { line: number } } }>;
  summary: { filesLinted: number };
}

function lint(cwd: string, args: string[]): Report {
  const run = runBin(cwd, [...args, '--format', 'json']);
  expectEndedCleanly(run);
  return JSON.parse(run.stdout) as Report;
}

/** rule, file, line, column, address of each finding. */
function rows(report: Report): Array<[string, string, number, number, string]> {
  return report.findings.map((f) => [f.ruleId, f.file, f.range.start.line, f.range.start.column, f.resource.address]);
}

/** The weak fixture's plan alone in a fresh directory, and (optionally) files written beside it. */
function planAlone(files: Record<string, string> = {}, edit?: (plan: Record<string, unknown>) => void): string {
  const dir = tempDir('tf-sources-');
  const plan = JSON.parse(readFileSync(join(ROOT, WEAK, 'weak.plan.json'), 'utf8')) as Record<string, unknown>;
  edit?.(plan);
  writeFileSync(join(dir, 'weak.plan.json'), JSON.stringify(plan, null, 2));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const MAIN = `${WEAK}/main.tf`;
const AUTH = `${WEAK}/modules/auth/main.tf`;

describe('a Terraform plan with its .tf sources beside it', () => {
  it('reports each finding at the .tf line that declares the resource or writes the attribute, by address', () => {
    const report = lint(ROOT, [`${WEAK}/weak.plan.json`]);
    expect(rows(report)).toEqual([
      // allow_unauthenticated_identities = true
      ['identity-pool/guest-access', MAIN, 12, 3, 'aws_cognito_identity_pool.main'],
      // assume_role_policy = jsonencode({
      ['trust/missing-amr', MAIN, 17, 3, 'aws_iam_role.unauth'],
      ['trust/missing-aud', MAIN, 17, 3, 'aws_iam_role.unauth'],
      // policy = jsonencode({ of aws_iam_role_policy.unauth_upload
      ['role/guest-write-access', MAIN, 30, 3, 'aws_iam_role_policy.unauth_upload'],
      ['s3/object-access-not-scoped', MAIN, 30, 3, 'aws_iam_role_policy.unauth_upload'],
      // resource "aws_s3_bucket" "media" {: no lifecycle is written, so the bucket's declaration
      ['s3/upload-no-expiration', MAIN, 49, 1, 'aws_s3_bucket.media'],
      // allowed_origins = ["*"] inside the one cors_rule block
      ['s3/cors-wildcard-origin', MAIN, 57, 5, 'aws_s3_bucket_cors_configuration.media'],
      // a module's resources in the module's directory (`source = "./modules/auth"`)
      ['trust/aud-mismatch', AUTH, 7, 3, 'module.auth.aws_iam_role.auth'],
      ['role/admin-access', AUTH, 23, 3, 'module.auth.aws_iam_policy.admin'],
      ['s3/list-not-scoped', AUTH, 23, 3, 'module.auth.aws_iam_policy.admin'],
      ['s3/object-access-not-scoped', AUTH, 23, 3, 'module.auth.aws_iam_policy.admin'],
    ]);
    // The plan and the two .tf files that declare its resources.
    expect(report.summary.filesLinted).toBe(3);
  });

  it('without the sources, the same findings at the plan JSON, with the same fingerprints', () => {
    const dir = planAlone();
    const alone = lint(dir, ['weak.plan.json']);
    expect(rows(alone)).toEqual([
      ['identity-pool/guest-access', 'weak.plan.json', 16, 49, 'aws_cognito_identity_pool.main'],
      ['trust/missing-amr', 'weak.plan.json', 57, 52, 'aws_iam_role.unauth'],
      ['trust/missing-aud', 'weak.plan.json', 57, 52, 'aws_iam_role.unauth'],
      ['role/guest-write-access', 'weak.plan.json', 81, 67, 'aws_iam_role_policy.unauth_upload'],
      ['s3/object-access-not-scoped', 'weak.plan.json', 81, 67, 'aws_iam_role_policy.unauth_upload'],
      ['s3/upload-no-expiration', 'weak.plan.json', 92, 21, 'aws_s3_bucket.media'],
      ['s3/cors-wildcard-origin', 'weak.plan.json', 127, 19, 'aws_s3_bucket_cors_configuration.media'],
      ['role/admin-access', 'weak.plan.json', 167, 44, 'module.auth.aws_iam_policy.admin'],
      ['s3/list-not-scoped', 'weak.plan.json', 167, 44, 'module.auth.aws_iam_policy.admin'],
      ['s3/object-access-not-scoped', 'weak.plan.json', 167, 44, 'module.auth.aws_iam_policy.admin'],
      ['trust/aud-mismatch', 'weak.plan.json', 182, 260, 'module.auth.aws_iam_role.auth'],
    ]);
    // A baseline written before the sources were put beside the plan still matches.
    cpSync(join(ROOT, WEAK, 'main.tf'), join(dir, 'main.tf'));
    cpSync(join(ROOT, WEAK, 'modules'), join(dir, 'modules'), { recursive: true });
    const placed = lint(dir, ['weak.plan.json']);
    expect(placed.findings.map((f) => f.file)).toContain('modules/auth/main.tf');
    expect(placed.findings.map((f) => f.fingerprint).sort()).toEqual(alone.findings.map((f) => f.fingerprint).sort());
  });

  it('groups: a group role, a policy attachment and data-source policies, at the .tf lines that write them', () => {
    const groups = 'test/fixtures/terraform/beside/groups';
    const main = `${groups}/main.tf`;
    const report = lint(ROOT, [`${groups}/groups.plan.json`]);
    expect(rows(report)).toEqual([
      // `statement {` of data "aws_iam_policy_document" "admins_trust", read only at apply: it tests no `amr`
      ['trust/missing-amr', main, 63, 3, 'aws_iam_role.admins'],
      // policy = data.aws_iam_policy_document.admin_access.json of aws_iam_role_policy.admins (the group's role)
      ['role/admin-access', main, 98, 3, 'aws_iam_role_policy.admins'],
      ['s3/list-not-scoped', main, 98, 3, 'aws_iam_role_policy.admins'],
      ['s3/object-access-not-scoped', main, 98, 3, 'aws_iam_role_policy.admins'],
      // policy = jsonencode({ of aws_iam_policy.uploads, attached by aws_iam_policy_attachment `roles`
      ['s3/object-access-not-scoped', main, 110, 3, 'aws_iam_policy.uploads'],
    ]);
    expect(report.findings.find((f) => f.ruleId === 'role/admin-access')?.message).toContain(
      'every member of the group holds these credentials in the browser',
    );
    expect(report.notifications.map((n) => n.message)).not.toContainEqual(expect.stringContaining('trust policy'));
  });

  it('sarif: the physical location is the .tf line, the logical location the address', () => {
    const run = runBin(ROOT, [`${WEAK}/weak.plan.json`, '--format', 'sarif']);
    expect(run.status).toBe(1);
    const sarif = JSON.parse(run.stdout) as {
      runs: Array<{ results: Array<{ ruleId: string; locations: Array<Record<string, unknown>> }> }>;
    };
    const location = sarif.runs[0]!.results.find((r) => r.ruleId === 'trust/missing-aud')!.locations[0]!;
    expect(location.physicalLocation).toMatchObject({
      artifactLocation: { uri: MAIN },
      region: { startLine: 17, startColumn: 3 },
    });
    expect(location.logicalLocations).toEqual([
      {
        name: 'aws_iam_role.unauth',
        fullyQualifiedName: `${WEAK}/weak.plan.json/aws_iam_role.unauth`,
        kind: 'resource',
      },
    ]);
  });

  it("a fresh plan's `roles` map: which role is the guest role is read from the source, never guessed without it", () => {
    const placed = lint(ROOT, [`${ROLES}/roles.plan.json`]);
    expect(rows(placed)).toEqual([
      ['identity-pool/guest-access', `${ROLES}/main.tf`, 12, 3, 'aws_cognito_identity_pool.main'],
    ]);
    expect(placed.findings[0]).toMatchObject({
      message: expect.stringContaining('guest credentials for role `aws_iam_role.guest`'),
    });
    expect(placed.notifications.map((n) => n.message)).not.toContainEqual(expect.stringContaining('`roles` of'));

    const dir = tempDir('tf-roles-');
    cpSync(join(ROOT, ROLES, 'roles.plan.json'), join(dir, 'roles.plan.json'));
    const alone = lint(dir, ['roles.plan.json']);
    expect(alone.findings).toEqual([]);
    expect(alone.notifications.filter((n) => n.message.includes('`roles` of'))).toEqual([
      expect.objectContaining({
        kind: 'unresolved',
        file: 'roles.plan.json',
        message:
          'The `roles` of `aws_cognito_identity_pool_roles_attachment.main` are known only after apply (their ARNs are), and the plan does not say which key each role is under, so which role is the authenticated and which the unauthenticated one is not known; keep the `.tf` files beside the plan JSON, or lint the state (`terraform show -json`) after apply.',
      }),
    ]);
  });

  it('with the guest role known, the trust and role rules judge it as the guest role; without, they cannot', () => {
    const pinned = `${ROLES}-pinned`;
    const placed = lint(ROOT, [`${pinned}/roles.plan.json`]);
    const main = `${pinned}/main.tf`;
    expect(rows(placed)).toEqual([
      ['identity-pool/guest-access', main, 12, 3, 'aws_cognito_identity_pool.main'],
      ['trust/aud-mismatch', main, 17, 3, 'aws_iam_role.guest'],
      ['trust/aud-mismatch', main, 33, 3, 'aws_iam_role.auth'],
      ['role/guest-write-access', main, 50, 3, 'aws_iam_role_policy.guest_uploads'],
      ['s3/object-access-not-scoped', main, 50, 3, 'aws_iam_role_policy.guest_uploads'],
    ]);
    expect(placed.findings.map((f) => f.message)).toContainEqual(
      expect.stringContaining('Role `aws_iam_role.guest` is the unauthenticated (guest) role of identity pool'),
    );

    const dir = tempDir('tf-roles-pinned-');
    cpSync(join(ROOT, pinned, 'roles.plan.json'), join(dir, 'roles.plan.json'));
    const alone = lint(dir, ['roles.plan.json']);
    // Without the source no rule takes either role for the guest role: the policy is judged as no pool's.
    expect(rows(alone)).toEqual([
      ['s3/object-access-not-scoped', 'roles.plan.json', 100, 67, 'aws_iam_role_policy.guest_uploads'],
    ]);
    expect(alone.notifications.map((n) => n.message)).toContainEqual(expect.stringContaining('The `roles` of'));
  });

  it('a source that no longer matches the plan is not believed: a role the plan does not reference stays unknown', () => {
    const dir = tempDir('tf-roles-stale-');
    cpSync(join(ROOT, ROLES, 'roles.plan.json'), join(dir, 'roles.plan.json'));
    const main = readFileSync(join(ROOT, ROLES, 'main.tf'), 'utf8').replace(
      'unauthenticated = aws_iam_role.guest.arn',
      'unauthenticated = aws_iam_role.other.arn',
    );
    writeFileSync(join(dir, 'main.tf'), main);
    const report = lint(dir, ['roles.plan.json']);
    // The pool has a guest role, but which one is not known: never `aws_iam_role.guest` nor `aws_iam_role.other`.
    expect(report.findings).toEqual([
      expect.objectContaining({
        ruleId: 'identity-pool/guest-access',
        messageId: 'unknownRole',
        file: 'main.tf',
        message: expect.stringContaining('guest credentials for role `<?>`, which is not in the linted files'),
      }),
    ]);
  });
});

describe('hostile .tf sources', () => {
  it('comments, strings and heredocs that hold `resource "` are not declarations', () => {
    const tricks = [
      '# resource "aws_iam_role" "unauth" {',
      '/* resource "aws_iam_role" "unauth" {',
      '*/',
      'locals {',
      '  decoy = "resource \\"aws_iam_role\\" \\"unauth\\" { ${"}"}"',
      '  doc   = <<-EOT',
      '    resource "aws_iam_role" "unauth" {',
      '      assume_role_policy = "{}"',
      '  EOT',
      '}',
      '// resource "aws_iam_role" "unauth" {',
      'resource "aws_iam_role" "unauth" {',
      '  name               = "photos-unauth"',
      '  assume_role_policy = "{}"',
      '}',
      '',
    ].join('\n');
    const dir = planAlone({ 'main.tf': tricks });
    const report = lint(dir, ['weak.plan.json']);
    const aud = report.findings.filter((f) => f.ruleId === 'trust/missing-aud');
    expect(rows({ ...report, findings: aud })).toEqual([
      ['trust/missing-aud', 'main.tf', 14, 3, 'aws_iam_role.unauth'],
    ]);
    // What main.tf does not declare stays at the plan JSON.
    expect(rows(report)).toContainEqual([
      'identity-pool/guest-access',
      'weak.plan.json',
      16,
      49,
      'aws_cognito_identity_pool.main',
    ]);
  });

  it("a module `source` leading out of the plan's directory is not followed: a note, the findings at the plan JSON", () => {
    const outer = tempDir('tf-outside-');
    const inner = join(outer, 'a', 'b');
    mkdirSync(inner, { recursive: true });
    // What the escape would read: a declaration of the module's role.
    writeFileSync(join(outer, 'main.tf'), 'resource "aws_iam_role" "auth" {\n  assume_role_policy = "{}"\n}\n');
    const plan = JSON.parse(readFileSync(join(ROOT, WEAK, 'weak.plan.json'), 'utf8')) as {
      configuration: { root_module: { module_calls: { auth: { source: string } } } };
    };
    plan.configuration.root_module.module_calls.auth.source = '../../';
    writeFileSync(join(inner, 'weak.plan.json'), JSON.stringify(plan, null, 2));
    writeFileSync(join(inner, 'main.tf'), readFileSync(join(ROOT, MAIN), 'utf8'));
    const report = lint(inner, ['weak.plan.json']);
    expect(rows(report).filter((r) => r[4].startsWith('module.auth.'))).toEqual([
      [
        'role/admin-access',
        'weak.plan.json',
        expect.any(Number),
        expect.any(Number),
        'module.auth.aws_iam_policy.admin',
      ],
      [
        's3/list-not-scoped',
        'weak.plan.json',
        expect.any(Number),
        expect.any(Number),
        'module.auth.aws_iam_policy.admin',
      ],
      [
        's3/object-access-not-scoped',
        'weak.plan.json',
        expect.any(Number),
        expect.any(Number),
        'module.auth.aws_iam_policy.admin',
      ],
      ['trust/aud-mismatch', 'weak.plan.json', expect.any(Number), expect.any(Number), 'module.auth.aws_iam_role.auth'],
    ]);
    expect(report.findings.some((f) => f.file.includes('..'))).toBe(false);
    expect(report.notifications).toContainEqual(
      expect.objectContaining({
        kind: 'unresolved',
        file: 'weak.plan.json',
        message:
          "The source `../../` of module `auth` leads out of the plan JSON's directory: its `.tf` files are not read, and its findings stay at the plan JSON.",
      }),
    );
    // The root module's own sources are still read.
    expect(rows(report)).toContainEqual(['trust/missing-aud', 'main.tf', 17, 3, 'aws_iam_role.unauth']);
  });

  it("a .tf file that links out of the plan's directory is not read", () => {
    const outside = tempDir('tf-linked-');
    writeFileSync(join(outside, 'secret.tf'), readFileSync(join(ROOT, MAIN), 'utf8'));
    const dir = planAlone();
    symlinkSync(join(outside, 'secret.tf'), join(dir, 'main.tf'));
    const report = lint(dir, ['weak.plan.json']);
    expect(report.findings.every((f) => f.file === 'weak.plan.json')).toBe(true);
    expect(report.findings.length).toBe(11);
    expect(report.notifications).toContainEqual(
      expect.objectContaining({
        kind: 'unresolved',
        file: 'main.tf',
        message: "A link to outside the plan JSON's directory: not read for the positions of findings.",
      }),
    );
  });
});
