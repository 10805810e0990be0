/**
 * The suite runs the command (bin/) hundreds of times: its code cache (src/cli/code-cache.ts) goes
 * to a folder of this run, created here and removed at the end, never to the user's own cache
 * folder. Tests that need a cache of their own set COGNITO_IAM_LINT_CACHE_DIR themselves.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'cil-test-code-cache-'));
  process.env.COGNITO_IAM_LINT_CACHE_DIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
