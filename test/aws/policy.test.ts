/**
 * The README's policy for the reviewer's role lists every call the account reader makes: each
 * `new <Operation>Command` of src/aws/read.ts, as `<service prefix>:<Operation>`, and nothing
 * that is not read-only.
 */
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

/** `prefix:Operation` for each command the reader sends. */
function callsMade(): string[] {
  const packageOf = new Map<string, string>();
  for (const [, names, pkg] of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*'(@aws-sdk\/[^']+)'/g)) {
    for (const name of names!.split(',').map((n) => n.replace(/^\s*type\s+/, '').trim())) if (name) packageOf.set(name, pkg!);
  }
  const calls = [...source.matchAll(/new (\w+)Command\(/g)].map(([, operation]) => {
    const pkg = packageOf.get(`${operation}Command`);
    expect(pkg, `${operation}Command is imported from an @aws-sdk client`).toBeDefined();
    return `${PREFIX[pkg!]}:${operation}`;
  });
  return [...new Set(calls)].sort();
}

function readmePolicy(): { Statement: Array<{ Effect: string; Action: string[]; Resource: string }> } {
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
    const allowed = readmePolicy().Statement.filter((s) => s.Effect === 'Allow').flatMap((s) => s.Action);
    expect(allowed.slice().sort()).toEqual(calls);
  });

  it('allows only read-only actions', () => {
    for (const action of readmePolicy().Statement.flatMap((s) => s.Action)) expect(action).toMatch(/^[a-z-]+:(Get|List|Describe)\w+$/);
  });
});
