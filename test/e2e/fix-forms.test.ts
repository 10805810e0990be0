/**
 * A finding's fix is told in the form of the input its resource came from (issue 16: "fixes are
 * phrased in HCL"): a Terraform plan's findings carry the rule's `fixIn.terraform`, a Serverless
 * service's `fixIn.serverless`, a CloudFormation template's `fix`, in every format; the rule list of
 * the JSON report carries every form. Runs the built binary (`npm run build` first).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { runBin } from '../hostile/fs-helpers.js';

const ROOT = process.cwd();
const PLAN = 'test/fixtures/terraform/weak.plan.json';
const SERVICE = 'test/fixtures/serverless/features/rest-authorizers';
const TEMPLATE = 'test/fixtures/rules/trust/missing-aud/invalid/no-aud.yaml';

const metaOf = (id: string) => rules.find((r) => r.meta.id === id)!.meta;

interface JsonReport {
  findings: Array<{ ruleId: string; file: string; fix?: string; resource?: { address?: string } }>;
  rules: Array<{ id: string; fix: string; fixIn?: { terraform?: string; serverless?: string } }>;
}

function jsonRun(args: string[]): JsonReport {
  const run = runBin(ROOT, [...args, '--format', 'json']);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(1);
  return JSON.parse(run.stdout) as JsonReport;
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('the fix a finding carries', () => {
  it('text: a Terraform resource gets the HCL form', () => {
    const run = runBin(ROOT, [PLAN]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      '    resource: aws_iam_role.unauth\n' +
        '    fix: Add `condition { test = "StringEquals" variable = "cognito-identity.amazonaws.com:aud" values = [aws_cognito_identity_pool.main.id] }` to the trust statement of `data "aws_iam_policy_document"`',
    );
    expect(run.stdout).not.toContain(metaOf('trust/missing-aud').fix);
  });

  it('json: each Terraform finding carries its rule’s Terraform form, and the rule list carries every form', () => {
    const report = jsonRun([PLAN]);
    expect(report.findings.length).toBeGreaterThan(3);
    for (const finding of report.findings) {
      const meta = metaOf(finding.ruleId);
      expect(finding.resource?.address, finding.ruleId).toBeDefined();
      expect(finding.fix, finding.ruleId).toBe(meta.fixIn?.terraform ?? meta.fix);
    }
    const aud = report.rules.find((r) => r.id === 'trust/missing-aud')!;
    expect(aud.fix).toBe(metaOf('trust/missing-aud').fix);
    expect(aud.fixIn).toEqual({ terraform: metaOf('trust/missing-aud').fixIn!.terraform });
    expect(report.rules.find((r) => r.id === 'apigateway/method-no-auth')!.fixIn).toEqual(
      metaOf('apigateway/method-no-auth').fixIn,
    );
  });

  it('json: a Serverless service’s findings carry the Serverless form, in serverless.yml and in its includes', () => {
    const report = jsonRun([SERVICE, 'test/fixtures/serverless/features/notes']);
    const fixes = report.findings.map((f) => [f.ruleId, f.file, f.fix]);
    expect(fixes).toContainEqual([
      'apigateway/method-no-auth',
      `${SERVICE}/serverless.yml`,
      metaOf('apigateway/method-no-auth').fixIn!.serverless,
    ]);
    expect(fixes).toContainEqual([
      'policy/wildcard-action',
      `${SERVICE}/serverless.yml`,
      metaOf('policy/wildcard-action').fixIn!.serverless,
    ]);
    // A rule whose fix is the CloudFormation one, for a resource written in an included file.
    expect(fixes).toContainEqual([
      's3/upload-no-expiration',
      'test/fixtures/serverless/features/notes/resources/bucket.yml',
      metaOf('s3/upload-no-expiration').fix,
    ]);
  });

  it('json: a serverless.yml that does not parse gets the Serverless form of input/parse-error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fix-forms-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'serverless.yml'), 'service: broken\nprovider: [aws\n');
    const run = runBin(dir, ['serverless.yml', '--format', 'json']);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.findings.map((f) => [f.ruleId, f.fix])).toEqual([
      ['input/parse-error', metaOf('input/parse-error').fixIn!.serverless],
    ]);
  });

  it('json: a CloudFormation template’s findings carry the CloudFormation form', () => {
    const report = jsonRun([TEMPLATE]);
    const aud = report.findings.filter((f) => f.ruleId === 'trust/missing-aud');
    expect(aud.length).toBeGreaterThan(0);
    for (const finding of aud) expect(finding.fix).toBe(metaOf('trust/missing-aud').fix);
  });

  it('markdown and html: the Terraform form', () => {
    const markdown = runBin(ROOT, [PLAN, '--format', 'markdown']);
    expect(markdown.stdout).toContain(
      '<br>**Fix:** Set `allow_unauthenticated_identities = false` on the `aws_cognito_identity_pool` unless the app needs signed-out access',
    );
    const html = runBin(ROOT, [PLAN, '--format', 'html']);
    expect(html.stdout).toContain(
      JSON.stringify(metaOf('identity-pool/guest-access').fixIn!.terraform).replace(/^"|"$/g, ''),
    );
  });

  it('sarif: the rule help of a Terraform run shows the Terraform and Serverless parts of the page', () => {
    const run = runBin(ROOT, [PLAN, '--format', 'sarif']);
    const sarif = JSON.parse(run.stdout) as {
      runs: Array<{ tool: { driver: { rules: Array<{ id: string; help: { markdown: string } }> } } }>;
    };
    const help = sarif.runs[0]!.tool.driver.rules.find((r) => r.id === 'trust/missing-aud')!.help.markdown;
    expect(help).toContain('### Terraform\n');
    expect(help).toContain('variable = "cognito-identity.amazonaws.com:aud"');
    expect(help).toContain('### Serverless Framework\n');
  });
});
