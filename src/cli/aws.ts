/**
 * `--aws`: read the account before the (synchronous) lint run. The reader, and with it the AWS SDK,
 * is loaded with a dynamic `import()`, which esbuild puts in a chunk of its own: a run without
 * `--aws` never loads it (test/distribution/startup.test.ts).
 */
import { printable } from '../util/printable.js';
import type { CliArgs } from './args.js';
import { UsageError } from './args.js';
import { displayPath, writeOutput, type CliIo } from './io.js';

/** The account as one document of the run, and the calls that failed (the read is then incomplete). */
export interface AccountInput {
  file: string;
  text: string;
  failures: string[];
}

export async function readAwsAccount(io: CliIo, args: CliArgs): Promise<AccountInput> {
  const { readAccount, NoRegionError } = await import('../aws/read.js');
  let read;
  try {
    read = await readAccount({ ...(args.profile !== undefined ? { profile: args.profile } : {}), regions: args.regions });
  } catch (error) {
    if (error instanceof NoRegionError) throw new UsageError(error.message);
    throw error;
  }
  for (const failure of read.failures) io.stderr(`cognito-iam-lint: aws: ${printable(failure)}\n`);
  // The text --save-account writes is the text linted: a later `cognito-iam-lint <file>` finds the
  // same findings at the same positions.
  const text = JSON.stringify(read.snapshot, null, 2) + '\n';
  if (args.saveAccount === undefined) return { file: `aws-account-${read.accountId ?? 'unknown'}.json`, text, failures: read.failures };
  writeOutput(io, args.saveAccount, text, 'the account');
  const file = displayPath(io.cwd, args.saveAccount);
  io.stderr(`cognito-iam-lint: wrote the account to ${printable(file)}.\n`);
  return { file, text, failures: read.failures };
}
