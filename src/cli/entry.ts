/**
 * The command's process: wires the real process into the CLI (src/cli/main.ts, which stays free of
 * `process`) and sets the exit code. The build bundles this module as dist/cli.js, which
 * bin/cognito-iam-lint.js imports.
 */
import { runCliAsync } from './main.js';
import { writeFileAtomic } from './write-file.js';
import { MAX_FILE_BYTES } from '../inputs/files.js';
import { nodeFileSystem, readStdinBounded } from '../inputs/node-fs.js';

// `cognito-iam-lint … | head`: the reader went away; stop quietly with the exit code we have.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await runCliAsync({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  // Bounded like a file: the CLI turns the EFBIG past the bound into a one-line error.
  readStdin: () => readStdinBounded(MAX_FILE_BYTES),
  // Temporary file then rename: a failed write never leaves a truncated report or baseline.
  writeFile: writeFileAtomic,
  fs: nodeFileSystem,
  now: new Date(),
});
