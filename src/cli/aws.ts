/**
 * `--aws`: read the account before the (synchronous) lint run. The reader, and with it the AWS SDK,
 * is loaded with a dynamic `import()`, which esbuild puts in a chunk of its own: a run without
 * `--aws` never loads it (test/distribution/startup.test.ts).
 */
import { failureLine } from '../inputs/aws-account.js';
import { printable } from '../util/printable.js';
import type { CliArgs } from './args.js';
import { UsageError } from './args.js';
import { displayPath, writeOutput, type CliIo } from './io.js';

/**
 * The account as one document of the run. The calls that failed are in it (`Incomplete`), which
 * the run reports as it does for a snapshot read back (src/inputs/aws-account.ts unreadCalls).
 */
export interface AccountInput {
  file: string;
  text: string;
}

export async function readAwsAccount(io: CliIo, args: CliArgs): Promise<AccountInput> {
  const { readAccount, NoRegionError } = await import('../aws/read.js');
  let read;
  try {
    read = await readAccount({
      ...(args.profile !== undefined ? { profile: args.profile } : {}),
      regions: args.regions,
      ...(args.awsServices !== undefined ? { services: args.awsServices } : {}),
    });
  } catch (error) {
    if (error instanceof NoRegionError) throw new UsageError(error.message);
    throw error;
  }
  for (const failure of read.failures) io.stderr(`cognito-iam-lint: aws: ${printable(failureLine(failure))}\n`);
  // The text --save-account writes is the text linted: a later `cognito-iam-lint <file>` finds the
  // same findings at the same positions. It is written by saveAccount, once the run has checked
  // that the file is none of its inputs or other outputs.
  const text = JSON.stringify(read.snapshot, null, 2) + '\n';
  const file =
    args.saveAccount !== undefined
      ? displayPath(io.cwd, args.saveAccount)
      : `aws-account-${read.accountId ?? 'unknown'}.json`;
  return { file, text };
}

/** `--save-account FILE`: what was read, as the run linted it. */
export function saveAccount(io: CliIo, target: string, account: AccountInput): void {
  writeOutput(io, target, account.text, 'the account');
  io.stderr(`cognito-iam-lint: wrote the account to ${printable(account.file)}.\n`);
}
