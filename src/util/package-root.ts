/**
 * Finding the files that ship with the package (schemas/), wherever the code runs from:
 * `src/util/` under vitest, `dist/src/util/` after `npm run build`, or
 * `node_modules/cognito-iam-lint/dist/src/util/` once installed. The package root is the
 * nearest directory above this module that holds a package.json (dist/ has none).
 *
 * These are the package's own assets, not user input: a missing schema is a packaging bug,
 * so the functions here throw instead of returning a problem.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** Absolute path of the directory holding the package's package.json. */
export function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) {
      root = dir;
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cognito-iam-lint: no package.json above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

/**
 * Parse a JSON Schema shipped in `schemas/` (the run itself uses the validators compiled from them
 * at build time, src/generated/; tests and tools read the schemas themselves): `readSchema('iam-policy')` reads
 * `schemas/iam-policy.schema.json`; a name ending in `.json` is taken as the file name.
 * Returns a fresh object on every call, so callers may hand it to ajv without sharing state.
 */
export function readSchema(name: string): object {
  if (!/^[A-Za-z0-9._-]+$/.test(name) || name.includes('..')) {
    throw new Error(`cognito-iam-lint: invalid schema name ${JSON.stringify(name)}`);
  }
  const file = name.endsWith('.json') ? name : `${name}.schema.json`;
  const parsed: unknown = JSON.parse(readFileSync(join(packageRoot(), 'schemas', file), 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`cognito-iam-lint: schemas/${file} is not a JSON object`);
  }
  return parsed;
}
