/**
 * The README's policy for the reviewer's role lists every call the account reader makes: each
 * `new <Operation>Command` of src/aws/read.ts, as `<service prefix>:<Operation>`, and nothing
 * that is not read-only. API Gateway's management API is authorised by HTTP verb and resource
 * path instead (`apigateway:GET` on `arn:aws:apigateway:<region>::/restapis/…`): its calls are
 * checked by the request each command sends, as the SDK's own model says it.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const source = readFileSync(join(ROOT, 'src', 'aws', 'read.ts'), 'utf8');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The IAM service prefix of each SDK client package (https://docs.aws.amazon.com/service-authorization/latest/reference/). */
const PREFIX: Record<string, string> = {
  '@aws-sdk/client-iam': 'iam',
  '@aws-sdk/client-cognito-identity': 'cognito-identity',
  '@aws-sdk/client-cognito-identity-provider': 'cognito-idp',
};
/** The clients of API Gateway's management API (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-control-access-using-iam-policies-to-create-and-manage-api.html). */
const API_GATEWAY = new Set(['@aws-sdk/client-api-gateway', '@aws-sdk/client-apigatewayv2']);
const require = createRequire(join(ROOT, 'package.json'));

/** The request a command sends (`GET /v2/apis/{ApiId}/routes`), from the HTTP trait of the SDK's schema. */
function httpRequest(pkg: string, operation: string): { method: string; path: string } {
  const sdk = readFileSync(require.resolve(pkg), 'utf8');
  const trait = new RegExp(`var ${operation}\\$ = \\[9, n0, \\w+,\\s*\\{ \\[_ht\\]: \\["(\\w+)", "([^"]+)"`).exec(sdk);
  expect(trait, `the HTTP trait of ${pkg} ${operation}`).not.toBeNull();
  return { method: trait![1]!, path: trait![2]! };
}

interface Command {
  pkg: string;
  /** The operation's name in its package (`GetAuthorizers` for an import `GetAuthorizersCommand as GetHttpAuthorizersCommand`). */
  operation: string;
}

/** Each command the reader sends, with its package. */
function commandsSent(): Command[] {
  const imported = new Map<string, Command>();
  for (const [, names, pkg] of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*'(@aws-sdk\/[^']+)'/g)) {
    for (const name of names!.split(',').map((n) => n.replace(/^\s*type\s+/, '').trim())) {
      const [original, local] = name.split(/\s+as\s+/);
      if (original) imported.set(local ?? original, { pkg: pkg!, operation: original.replace(/Command$/, '') });
    }
  }
  return [...source.matchAll(/new (\w+Command)\(/g)].map(([, local]) => {
    const command = imported.get(local!);
    expect(command, `${local} is imported from an @aws-sdk client`).toBeDefined();
    return command!;
  });
}

/** `prefix:Operation` for each command the reader sends, API Gateway's aside. */
function callsMade(): string[] {
  const calls = commandsSent()
    .filter((c) => !API_GATEWAY.has(c.pkg))
    .map((c) => `${PREFIX[c.pkg]}:${c.operation}`);
  return [...new Set(calls)].sort();
}

function readmePolicy(): { Statement: Array<{ Effect: string; Action: string[]; Resource: string | string[] }> } {
  const section = readme.slice(readme.indexOf('### Linting a live AWS account'));
  const block = /```json\n([\s\S]*?)```/.exec(section)?.[1];
  expect(block, 'a JSON policy in the README section').toBeDefined();
  return JSON.parse(block!) as ReturnType<typeof readmePolicy>;
}

describe('the README policy for --aws', () => {
  it('allows every call the reader makes', () => {
    const calls = callsMade();
    expect(calls).toContain('iam:GetAccountAuthorizationDetails');
    expect(calls.length).toBeGreaterThanOrEqual(8);
    const allowed = readmePolicy()
      .Statement.filter((s) => s.Effect === 'Allow')
      .flatMap((s) => s.Action);
    expect(allowed.filter((a) => !a.startsWith('apigateway:')).sort()).toEqual(calls);
  });

  it('allows apigateway:GET on the resource of every API Gateway request the reader sends, and on no other', () => {
    const requests = commandsSent()
      .filter((c) => API_GATEWAY.has(c.pkg))
      .map((c) => httpRequest(c.pkg, c.operation));
    expect(requests.length).toBeGreaterThanOrEqual(6);
    const statements = readmePolicy().Statement.filter(
      (s) => s.Effect === 'Allow' && s.Action.includes('apigateway:GET'),
    );
    expect(statements).toHaveLength(1);
    expect(statements[0]!.Action).toEqual(['apigateway:GET']);
    // The IAM resource of a request is its path without the API version (`/v2`), an ID as `*`.
    const resources = [
      ...new Set(
        requests.map((r) => {
          expect(r.method).toBe('GET');
          return `arn:aws:apigateway:*::${r.path.replace(/^\/v2\//, '/').replace(/\{\w+\}/g, '*')}`;
        }),
      ),
    ].sort();
    expect([statements[0]!.Resource].flat().sort()).toEqual(resources);
  });

  it('allows only read-only actions', () => {
    for (const action of readmePolicy().Statement.flatMap((s) => s.Action))
      expect(action).toMatch(/^[a-z-]+:(Get|List|Describe)\w+$|^apigateway:GET$/);
  });
});
