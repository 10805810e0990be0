/**
 * Rule documentation pages (`rules/<area>/<name>.md`) ship with the package; SARIF `help.markdown`,
 * `--explain` and the README rule table read them from here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './util/package-root.js';

const cache = new Map<string, string | undefined>();

export function ruleDocPath(ruleId: string): string {
  return join(packageRoot(), 'rules', ...ruleId.split('/')) + '.md';
}

export function ruleDocs(ruleId: string): string | undefined {
  if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(ruleId)) return undefined;
  if (!cache.has(ruleId)) {
    const path = ruleDocPath(ruleId);
    cache.set(ruleId, existsSync(path) ? readFileSync(path, 'utf8') : undefined);
  }
  return cache.get(ruleId);
}

/** Where a rule's page is read online: its Markdown file in the repository. */
export function ruleDocsUrl(ruleId: string): string {
  return `https://github.com/cognito-iam-lint/cognito-iam-lint/blob/main/rules/${ruleId}.md`;
}
