/**
 * The Terraform and Serverless Framework forms of every rule's fix (issue 16: "the rule pages show the
 * Terraform and Serverless forms of each fix"), kept in step with `meta.fixIn`:
 * - each page's "## How to fix" ends with `### Terraform` and `### Serverless Framework`, each holding a
 *   snippet or one line saying the fix is the CloudFormation one ("As in CloudFormation") or that the
 *   rule cannot arise there ("Cannot arise"); a rule whose form cannot arise has no `fixIn` for it;
 * - the HCL snippets are well formed: brackets balanced, strings closed, and every IAM policy variable
 *   written `$${…}` (a bare `${cognito-identity.amazonaws.com:sub}` is a Terraform interpolation, an error);
 *   `terraform fmt` is not run here because .ci/run cannot install Terraform (it is in no Debian archive);
 * - every Serverless snippet, as a serverless.yml, is linted and does not fire its rule, and breaking the
 *   key that fixes it makes it fire, with the Serverless fix; where the page says "As in CloudFormation",
 *   its Correct and Incorrect templates, placed under `resources`, behave as they do as templates.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { lint, type LintReport } from '../../src/index.js';
import { nodeFileSystem } from '../../src/inputs/node-fs.js';
import {
  AS_IN_CLOUDFORMATION,
  CANNOT_ARISE,
  SERVERLESS_HEADING,
  TERRAFORM_HEADING,
  firstProse,
  formParts,
  serviceFromTemplate,
  type FormPart,
} from './fix-forms.js';
import { parseRuleDoc, readDoc, section, sectionBlocks } from './rule-docs.js';

type Meta = (typeof rules)[number]['meta'];

function partsOf(id: string): FormPart[] {
  const doc = parseRuleDoc(readDoc(id) ?? '');
  const howTo = section(doc, 'How to fix');
  return howTo ? formParts(howTo.body, howTo.line + 1) : [];
}

/** What a page's form parts lack, each problem naming the rule. */
function formProblems(id: string, meta: Meta): string[] {
  const problems: string[] = [];
  const page = `${id}: rules/${id}.md`;
  const parts = partsOf(id);
  const headings = parts.map((p) => p.heading);
  if (headings.join('\n') !== [TERRAFORM_HEADING, SERVERLESS_HEADING].join('\n')) {
    problems.push(
      `${page}: "## How to fix" must end with "${TERRAFORM_HEADING}" and "${SERVERLESS_HEADING}", in this order; found ${headings.map((h) => `"${h}"`).join(', ') || 'none'}`,
    );
    return problems;
  }
  const [terraform, serverless] = parts as [FormPart, FormPart];
  const tfCannot = firstProse(terraform).startsWith(CANNOT_ARISE);
  const tfSnippet = terraform.blocks.some((b) => b.lang === 'hcl' || b.lang === 'sh');
  if (!tfCannot && !tfSnippet)
    problems.push(
      `${page}: "${TERRAFORM_HEADING}" (line ${terraform.line}) has no \`\`\`hcl snippet and does not say "${CANNOT_ARISE} in Terraform"`,
    );
  if (tfCannot && meta.fixIn?.terraform !== undefined)
    problems.push(`${page}: "${TERRAFORM_HEADING}" says the rule cannot arise there, but meta.fixIn.terraform is set`);
  if (!tfCannot && meta.fixIn?.terraform === undefined)
    problems.push(
      `${page}: "${TERRAFORM_HEADING}" shows a fix, but meta.fixIn.terraform is missing (a finding on a plan would print the CloudFormation fix)`,
    );

  const slsProse = firstProse(serverless);
  const slsCannot = slsProse.startsWith(CANNOT_ARISE);
  const slsSnippet = serverless.blocks.some((b) => b.lang === 'yaml' && b.code.startsWith('service:'));
  if (!slsCannot && !slsSnippet && !slsProse.startsWith(AS_IN_CLOUDFORMATION))
    problems.push(
      `${page}: "${SERVERLESS_HEADING}" (line ${serverless.line}) has no serverless.yml snippet (\`\`\`yaml starting with \`service:\`) and neither says "${AS_IN_CLOUDFORMATION}…" nor "${CANNOT_ARISE}…"`,
    );
  if (slsCannot && meta.fixIn?.serverless !== undefined)
    problems.push(
      `${page}: "${SERVERLESS_HEADING}" says the rule cannot arise there, but meta.fixIn.serverless is set`,
    );
  return problems;
}

/**
 * What is wrong with an HCL snippet's syntax, as far as a scan can tell without Terraform: brackets
 * outside strings balance, strings close on their line, and an IAM policy variable inside a string is
 * escaped as `$${…}` (https://developer.hashicorp.com/terraform/language/expressions/strings#escape-sequences).
 */
export function hclProblems(code: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  code.split('\n').forEach((line, index) => {
    const at = `line ${index + 1}`;
    let inString = false;
    // `${…}` templates inside a string: their braces belong to the string's template, not to the body.
    let templateDepth = 0;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      if (inString) {
        if (ch === '\\') i++;
        else if (line.startsWith('$${', i)) i += 2;
        else if (line.startsWith('${', i)) {
          const name = /^\$\{([^}]*)\}/.exec(line.slice(i))?.[1] ?? '';
          // An IAM key (`service:key`, `cognito-identity.amazonaws.com:sub`) is never a Terraform expression.
          if (/^[\w.-]+:/.test(name))
            problems.push(`${at}: the IAM variable \`\${${name}}\` must be written \`$\${${name}}\``);
          templateDepth++;
          i++;
        } else if (ch === '}' && templateDepth > 0) templateDepth--;
        else if (ch === '"' && templateDepth === 0) inString = false;
        continue;
      }
      if (ch === '#') break;
      if (ch === '"') inString = true;
      else if ('([{'.includes(ch)) stack.push(ch);
      else if (ch in pairs) {
        if (stack.pop() !== pairs[ch]) problems.push(`${at}: \`${ch}\` closes nothing open`);
      }
    }
    if (inString) problems.push(`${at}: a string is not closed`);
  });
  if (stack.length > 0) problems.push(`unclosed ${stack.join(' ')}`);
  return problems;
}

describe.each(rules.map((rule) => [rule.meta.id, rule.meta] as const))('the fix forms of %s', (id, meta) => {
  it('are on its page under "How to fix", in step with meta.fixIn', () => {
    expect(formProblems(id, meta)).toEqual([]);
  });

  it('are one line each in meta.fixIn, written as that form writes it', () => {
    const problems: string[] = [];
    for (const [dialect, text] of Object.entries(meta.fixIn ?? {})) {
      if (text.trim() === '' || text.includes('\n')) problems.push(`${id}: meta.fixIn.${dialect} must be one line`);
      if (text === meta.fix) problems.push(`${id}: meta.fixIn.${dialect} repeats meta.fix (leave it out instead)`);
    }
    // In HCL source an IAM variable is `$${…}`; a bare `${cognito-identity…}` would be a Terraform expression.
    const tf = meta.fixIn?.terraform ?? '';
    for (const m of tf.matchAll(/(?<!\$)\$\{([\w.-]+:[^}]*)\}/g))
      problems.push(`${id}: meta.fixIn.terraform writes \`\${${m[1]}}\`; in HCL it is \`$\${${m[1]}}\``);
    expect(problems).toEqual([]);
  });

  it('have well-formed HCL snippets', () => {
    const terraform = partsOf(id).find((p) => p.heading === TERRAFORM_HEADING);
    const problems = (terraform?.blocks ?? [])
      .filter((b) => b.lang === 'hcl')
      .flatMap((b) => hclProblems(b.code).map((p) => `${id}: the HCL snippet at page line ${b.line}, ${p}`));
    expect(problems).toEqual([]);
  });
});

describe('the HCL check', () => {
  it('finds unbalanced brackets, open strings and unescaped IAM variables', () => {
    expect(hclProblems('a = {\n  b = [1, 2]\n}\n')).toEqual([]);
    expect(hclProblems('r = "${aws_s3_bucket.files.arn}/private/$${cognito-identity.amazonaws.com:sub}/*"\n')).toEqual(
      [],
    );
    expect(hclProblems('a = {\n  b = [1, 2\n}\n')).toEqual(['line 3: `}` closes nothing open', 'unclosed {']);
    expect(hclProblems('a = "open\n')).toEqual(['line 1: a string is not closed']);
    expect(hclProblems('r = "bucket/${cognito-identity.amazonaws.com:sub}/*"\n')).toEqual([
      'line 1: the IAM variable `${cognito-identity.amazonaws.com:sub}` must be written `$${cognito-identity.amazonaws.com:sub}`',
    ]);
  });
});

/**
 * For each Serverless snippet, the edit that undoes its fix: the broken service must fire the rule,
 * which shows the snippet's key is what the linter reads (a snippet it ignored would pass trivially).
 */
const BREAK: Readonly<Record<string, readonly [string, string]>> = {
  'apigateway/authorizer-misconfigured': [
    '            arn: !GetAtt UserPool.Arn\n',
    '            arn: !GetAtt UserPool.Arn\n            identitySource: method.request.querystring.token\n',
  ],
  'apigateway/method-no-auth': [
    '          authorizer:\n            name: users\n            type: COGNITO_USER_POOLS\n            arn: !GetAtt UserPool.Arn\n',
    '',
  ],
  'apigateway/scopes-need-access-token': [
    '            arn: !GetAtt UserPool.Arn\n',
    '            arn: !GetAtt UserPool.Arn\n            scopes: [orders/read]\n',
  ],
  'apigateway/route-no-auth': ['          authorizer:\n            name: cognito\n', ''],
  'apigateway/jwt-audience-invalid': ['          - !Ref UserPoolClient\n', '          - !Ref UserPool\n'],
  'apigateway/jwt-issuer-invalid': [
    'issuerUrl: !Sub https://cognito-idp.${AWS::Region}.amazonaws.com/${UserPool}',
    'issuerUrl: !GetAtt UserPool.Arn',
  ],
  'identity-pool/writable-principal-tag': [
    'WriteAttributes: [email] # not custom:dept',
    'WriteAttributes: [email, custom:dept]',
  ],
  'policy/wildcard-action': ['Action: [dynamodb:GetItem, dynamodb:Query]', 'Action: dynamodb:*'],
  'policy/allow-with-not': [
    '          Action: [dynamodb:GetItem, dynamodb:Query]\n          Resource: arn:aws:dynamodb:us-east-1:123456789012:table/notes\n',
    '          NotAction: iam:*\n          Resource: "*"\n',
  ],
  'policy/privilege-escalation': [
    '          Resource: arn:aws:iam::123456789012:role/worker\n          Condition:\n            StringEquals:\n              iam:PassedToService: lambda.amazonaws.com\n',
    '          Resource: "*"\n',
  ],
};

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The findings of `ruleId` when `text` is a service's serverless.yml. */
function lintService(text: string, ruleId: string): LintReport['findings'] {
  const dir = mkdtempSync(join(tmpdir(), 'fix-forms-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'serverless.yml'), text);
  const { report } = lint([dir], { fs: nodeFileSystem, cwd: dir });
  expect(
    report.findings.filter((f) => f.ruleId === 'input/parse-error' && ruleId !== 'input/parse-error'),
    'the service parses',
  ).toEqual([]);
  return report.findings.filter((f) => f.ruleId === ruleId);
}

const serverlessCases = rules.flatMap((rule) => {
  const part = partsOf(rule.meta.id).find((p) => p.heading === SERVERLESS_HEADING);
  if (!part || firstProse(part).startsWith(CANNOT_ARISE)) return [];
  const snippets = part.blocks.filter((b) => b.lang === 'yaml' && b.code.startsWith('service:'));
  return [{ id: rule.meta.id, meta: rule.meta, snippets }];
});

describe.each(serverlessCases.map((c) => [c.id, c] as const))('the Serverless form of %s', (id, { meta, snippets }) => {
  const expectedFix = meta.fixIn?.serverless ?? meta.fix;
  if (snippets.length > 0) {
    it('as a serverless.yml, does not fire the rule; undoing its fix does, with the Serverless fix', () => {
      const breaking = BREAK[id];
      expect(breaking, `${id}: add the edit that undoes the snippet's fix to BREAK`).toBeDefined();
      for (const snippet of snippets) {
        expect(lintService(snippet.code, id).map((f) => f.message)).toEqual([]);
        expect(snippet.code.includes(breaking![0]), `${id}: BREAK's text is in the snippet`).toBe(true);
        const broken = lintService(snippet.code.replace(breaking![0], breaking![1]), id);
        expect(broken.length).toBeGreaterThan(0);
        expect([...new Set(broken.map((f) => f.fix))]).toEqual([expectedFix]);
      }
    });
  } else {
    it('is the CloudFormation one: the Correct template under `resources` does not fire, the Incorrect one does', () => {
      const doc = parseRuleDoc(readDoc(id)!);
      const correct = sectionBlocks(doc, 'Correct')[0]!.code;
      const incorrect = sectionBlocks(doc, 'Incorrect')[0]!.code;
      expect(lintService(serviceFromTemplate(correct), id).map((f) => f.message)).toEqual([]);
      const found = lintService(serviceFromTemplate(incorrect), id);
      expect(found.length).toBeGreaterThan(0);
      expect([...new Set(found.map((f) => f.fix))]).toEqual([expectedFix]);
    });
  }
});

describe('a page CloudFormation example as a serverless.yml', () => {
  it('puts the template sections under `resources` and leaves out what the framework writes', () => {
    const template = [
      'AWSTemplateFormatVersion: "2010-09-09"',
      'Description: >-',
      '  two lines',
      'Parameters:',
      '  Stage:',
      '    Type: String',
      'Resources:',
      '  Pool:',
      '    Type: AWS::Cognito::IdentityPool',
      '',
    ].join('\n');
    expect(serviceFromTemplate(template)).toBe(
      [
        'service: example',
        'provider:',
        '  name: aws',
        'resources:',
        '  Parameters:',
        '    Stage:',
        '      Type: String',
        '  Resources:',
        '    Pool:',
        '      Type: AWS::Cognito::IdentityPool',
        '',
      ].join('\n'),
    );
  });
});
