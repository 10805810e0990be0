/**
 * The command's process: wires the real process into the CLI (src/cli/main.ts, which stays free of
 * `process`). The build bundles this module as dist/cli.cjs, which the launcher (src/cli/launch.ts,
 * dist/launch.js, started by bin/cognito-iam-lint.js) compiles with V8's code cache and runs.
 */
import { lintsInput, runCliAsync } from './main.js';
import { writeFileAtomic } from './write-file.js';
import { MAX_FILE_BYTES } from '../inputs/files.js';
import { nodeFileSystem, readStdinBounded } from '../inputs/node-fs.js';

/** Runs the command on this process's arguments and streams; resolves to the exit code. */
export function runProcess(): Promise<number> {
  // `cognito-iam-lint … | head`: the reader went away; stop quietly with the exit code we have.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  return runCliAsync({
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
}

/**
 * Is what this process ran worth keeping as the code cache: a lint run, which compiles the
 * parsers, the model and the rules? `--help` or `--version` compile little, and a cache made by
 * one would be used, never bettered, by every later run.
 */
export function writesCodeCache(): boolean {
  return lintsInput(process.argv.slice(2));
}
