#!/usr/bin/env node
// Entry point: wires the real process into the CLI and sets the exit code.
import { readFileSync, writeFileSync } from 'node:fs';
import { runCli } from '../dist/src/cli/main.js';
import { nodeFileSystem } from '../dist/src/inputs/node-fs.js';

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
  readStdin: () => readFileSync(0, 'utf8'),
  writeFile: (path, text) => writeFileSync(path, text),
  fs: nodeFileSystem,
  now: new Date(),
});
process.exitCode = code;
