#!/usr/bin/env node
// Entry point: wires the real process into the CLI and sets the exit code.
import { runCli } from '../dist/src/cli/main.js';
import { writeFileAtomic } from '../dist/src/cli/write-file.js';
import { MAX_FILE_BYTES } from '../dist/src/inputs/files.js';
import { nodeFileSystem, readStdinBounded } from '../dist/src/inputs/node-fs.js';

// `cognito-iam-lint … | head`: the reader went away; stop quietly with the exit code we have.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const code = runCli({
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
process.exitCode = code;
