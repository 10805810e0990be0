/**
 * The HCL scan (src/parsers/hcl.ts) finds the blocks a Terraform file declares and where their
 * attributes are written, and is not fooled by comments, strings, templates or heredocs that hold
 * `resource "`.
 */
import { describe, expect, it } from 'vitest';
import { scanHcl } from '../../src/parsers/hcl.js';

const TRICKS = `# resource "aws_iam_role" "hash" {
// resource "aws_iam_role" "slashes" {
/* resource "aws_iam_role" "block" {
}
*/
locals {
  s = "resource \\"aws_iam_role\\" \\"quoted\\" { \${jsonencode({ a = "}" })}"
  h = <<-EOT
    resource "aws_iam_role" "heredoc" {
    EOT
  same = 1 == 2 ? "a" : "b"
}
resource "aws_iam_role" "real" { # a comment after the brace
  name = "real" /* a comment */
  assume_role_policy = jsonencode({
    a = "resource \\"aws_iam_role\\" \\"fake\\" {"
  })
  inline_policy {
    name = "inline"
  }
}

data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
  }
  statement {
    actions = ["sts:TagSession"]
  }
}

resource "aws_cognito_identity_pool_roles_attachment" "main" {
  identity_pool_id = aws_cognito_identity_pool.main.id
  roles = {
    unauthenticated = aws_iam_role.guest.arn,
    "authenticated" = aws_iam_role.auth.arn
  }
}

module "auth" {
  source = "./modules/auth"
}

resource "aws_iam_role" "real" {
  name = "declared twice: Terraform refuses it, the first is kept"
}
`;

describe('scanHcl', () => {
  const doc = scanHcl('main.tf', TRICKS);

  it('records the blocks declared, not those inside comments, strings or heredocs', () => {
    expect(Object.keys(doc.data as object)).toEqual([
      'aws_iam_role.real',
      'data.aws_iam_policy_document.trust',
      'aws_cognito_identity_pool_roles_attachment.main',
      'module.auth',
    ]);
    expect(doc.format).toBe('hcl');
  });

  it("records each attribute's expression as text, an object constructor as its keys, nested blocks as lists", () => {
    expect(doc.data).toMatchObject({
      'aws_iam_role.real': {
        name: '"real"',
        inline_policy: [{ name: '"inline"' }],
      },
      'data.aws_iam_policy_document.trust': {
        statement: [{ actions: '["sts:AssumeRoleWithWebIdentity"]' }, { actions: '["sts:TagSession"]' }],
      },
      'aws_cognito_identity_pool_roles_attachment.main': {
        identity_pool_id: 'aws_cognito_identity_pool.main.id',
        roles: { unauthenticated: 'aws_iam_role.guest.arn', authenticated: 'aws_iam_role.auth.arn' },
      },
      'module.auth': { source: '"./modules/auth"' },
    });
    expect((doc.data as Record<string, Record<string, unknown>>)['aws_iam_role.real']!.assume_role_policy).toMatch(
      /^jsonencode\(\{\n {4}a = "resource .*\n {2}\}\)$/,
    );
  });

  it('locates a block at its declaration, an attribute at its name, a node it does not write at its nearest ancestor', () => {
    expect(doc.locate('/aws_iam_role.real', 'key')).toEqual({
      start: { line: 13, column: 1 },
      end: { line: 13, column: 31 },
    });
    expect(doc.locate('/aws_iam_role.real').start).toEqual({ line: 13, column: 1 });
    expect(doc.locate('/aws_iam_role.real').end).toEqual({ line: 21, column: 2 });
    expect(doc.locate('/aws_iam_role.real/assume_role_policy')).toEqual({
      start: { line: 15, column: 3 },
      end: { line: 17, column: 5 },
    });
    expect(doc.locate('/aws_iam_role.real/inline_policy/0/name').start).toEqual({ line: 19, column: 5 });
    // A block written once is also its list.
    expect(doc.locate('/aws_iam_role.real/inline_policy').start).toEqual({ line: 18, column: 3 });
    expect(doc.locate('/data.aws_iam_policy_document.trust/statement/1/actions').start).toEqual({
      line: 28,
      column: 5,
    });
    expect(doc.locate('/aws_cognito_identity_pool_roles_attachment.main/roles/authenticated').start).toEqual({
      line: 36,
      column: 5,
    });
    expect(doc.locate('/aws_iam_role.real/max_session_duration').start).toEqual({ line: 13, column: 1 });
    expect(doc.locate('/nothing').start).toEqual({ line: 1, column: 1 });
  });

  it('a for expression in braces is an expression, not an object of keys', () => {
    const scanned = scanHcl(
      'for.tf',
      'resource "aws_cognito_identity_pool_roles_attachment" "a" {\n  roles = { for k, authenticated in var.m : k => authenticated }\n}\n',
    );
    expect(scanned.data).toEqual({
      'aws_cognito_identity_pool_roles_attachment.a': {
        roles: '{ for k, authenticated in var.m : k => authenticated }',
      },
    });
  });

  it('an unclosed string, comment or heredoc ends the scan of what it swallows, never an error', () => {
    for (const text of [
      'resource "aws_iam_role" "a" {\n  name = "unclosed\n}\nresource "aws_iam_role" "b" {\n}\n',
      '/* resource "aws_iam_role" "a" {\n}\n',
      'locals {\n  h = <<EOT\nresource "aws_iam_role" "a" {\n}\n',
      'resource "aws_iam_role" "a" {\n  name = "${"${"${"\n}\n',
      '}}}]])) resource "aws_iam_role" "a" {',
    ]) {
      expect(() => scanHcl('x.tf', text)).not.toThrow();
    }
    // The line break ends an unclosed quoted string: the next block is still read.
    expect(
      Object.keys(
        scanHcl('x.tf', 'resource "aws_iam_role" "a" {\n  name = "unclosed\n}\nresource "aws_iam_role" "b" {\n}\n')
          .data as object,
      ),
    ).toEqual(['aws_iam_role.a', 'aws_iam_role.b']);
    expect(scanHcl('x.tf', '/* resource "aws_iam_role" "a" {\n}\n').data).toEqual({});
  });

  it('is bounded: deep nesting and long texts end in time', () => {
    const deep = `resource "aws_iam_role" "a" {\n  x = ${'['.repeat(100_000)}\n}\n`;
    const started = Date.now();
    scanHcl('deep.tf', deep);
    scanHcl('nested.tf', `resource "aws_iam_role" "a" {\n${'b {\n'.repeat(10_000)}${'}\n'.repeat(10_000)}}\n`);
    scanHcl('template.tf', `locals {\n  x = "${'${"'.repeat(10_000)}\n}\n`);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(scanHcl('huge.tf', 'resource "aws_iam_role" "a" {\n}\n' + ' '.repeat(5 * 1024 * 1024)).data).toEqual({});
  });
});
