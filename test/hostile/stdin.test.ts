/**
 * Issue 12, classes 6 and 11 on standard input: `-` is decoded as a file is (a BOM decides UTF-8,
 * UTF-16 or UTF-32; invalid UTF-8 is reported at its position) and read to its end, in order, even
 * when the descriptor is non-blocking (a pipe another process set O_NONBLOCK, a TTY) and the
 * writer is slow: what arrives after a pause is appended, never read in place of what came before.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CRITICAL_YAML } from '../cli/templates.js';
import { runBin, tempDir, TIME_BOUND_MS } from './fs-helpers.js';

const BIN = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'cognito-iam-lint.js');

/** CRITICAL_YAML with a non-ASCII description and padding roles, so it spans several writes and pipe reads. */
const TEMPLATE = CRITICAL_YAML.replace(
  'Resources:\n',
  `Description: Rôle d’accès – identités fédérées\nResources:\n${Array.from(
    { length: 400 },
    (_, i) =>
      `  Padding${i}:\n    Type: AWS::SNS::Topic\n    Properties:\n      DisplayName: topic-${i}-${'x'.repeat(200)}\n`,
  ).join('')}`,
);

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI on `-` with the given bytes on standard input, written in one go. */
function runOnStdin(cwd: string, input: Uint8Array, filename: string): Run {
  const run = spawnSync(process.execPath, [BIN, '-', '--stdin-filename', filename, '--format', 'json'], {
    cwd,
    input,
    encoding: 'utf8',
    timeout: TIME_BOUND_MS,
  });
  return { status: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr };
}

describe('standard input', () => {
  let dir: string;
  let empty: string;
  let fileRun: Run;

  beforeEach(() => {
    dir = tempDir('cil-stdin-');
    empty = join(dir, 'empty');
    mkdirSync(empty);
    writeFileSync(join(dir, 'role.yaml'), TEMPLATE);
    // The reference: the same template read as a file. Run from `empty`, so stdin cannot be mistaken for the file.
    fileRun = runBin(dir, ['role.yaml', '--format', 'json']);
    expect(fileRun.status).toBe(1);
    expect(
      JSON.parse(fileRun.stdout).findings.map(
        (f: { ruleId: string; range: { start: { line: number; column: number } } }) =>
          `${f.ruleId} ${f.range.start.line}:${f.range.start.column}`,
      ),
    ).toEqual(['trust/missing-aud 1615:13']);
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEMPLATE, 'utf8')])],
    [
      'UTF-16LE with a BOM (PowerShell `>`)',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEMPLATE, 'utf16le')]),
    ],
    ['UTF-16BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEMPLATE, 'utf16le').swap16()])],
  ])('decodes %s as a file is decoded: the same report', (_, bytes) => {
    writeFileSync(join(dir, 'role.yaml'), bytes);
    const fromFile = runBin(dir, ['role.yaml', '--format', 'json']);
    const fromStdin = runOnStdin(empty, bytes, 'role.yaml');
    expect(fromStdin.signal).toBeNull();
    expect(fromStdin.stderr).toBe('');
    expect(fromStdin.status).toBe(1);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
    expect(fromStdin.stdout).toBe(fileRun.stdout);
  });

  it('reports invalid UTF-8 at its position, as for a file, and still lints the rest', () => {
    const text = Buffer.from(TEMPLATE, 'utf8');
    const at = text.indexOf('topic-3-');
    const bytes = Buffer.concat([text.subarray(0, at), Buffer.from([0xc3, 0x28]), text.subarray(at)]);
    const run = runOnStdin(empty, bytes, 'role.yaml');
    expect(run.signal).toBeNull();
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as {
      findings: Array<{ ruleId: string; message: string; range: { start: { line: number; column: number } } }>;
    };
    expect(report.findings.map((f) => `${f.ruleId} ${f.range.start.line}:${f.range.start.column}`)).toEqual([
      'input/parse-error 19:20',
      'trust/missing-aud 1615:13',
    ]);
    expect(report.findings[0]!.message).toContain(`invalid UTF-8 (byte 0xc3 at offset ${at})`);
    writeFileSync(join(dir, 'role.yaml'), bytes);
    expect(run.stdout).toBe(runBin(dir, ['role.yaml', '--format', 'json']).stdout);
  });

  it('reads a slow writer on a non-blocking pipe completely and in order: the same findings and positions as the file', async () => {
    // Touching process.stdin makes libuv set O_NONBLOCK on the pipe before the linter reads it synchronously.
    const preload = join(dir, 'nonblocking-stdin.cjs');
    writeFileSync(preload, 'process.stdin;\n');
    const child = spawn(
      process.execPath,
      ['--require', preload, BIN, '-', '--stdin-filename', 'role.yaml', '--format', 'json'],
      {
        cwd: empty,
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const ended = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    const timer = setTimeout(() => child.kill('SIGKILL'), TIME_BOUND_MS);
    // Cut in the middle of lines and of a two-byte character (the `ô` of the description).
    const bytes = Buffer.from(TEMPLATE, 'utf8');
    const accent = bytes.indexOf(Buffer.from('ô', 'utf8'));
    const cuts = [0, 7, accent + 1, 70_000, 120_000, bytes.length];
    for (let i = 0; i + 1 < cuts.length; i++) {
      child.stdin.write(bytes.subarray(cuts[i], cuts[i + 1]));
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    child.stdin.end();
    const status = await ended;
    clearTimeout(timer);
    expect(stderr).toBe('');
    expect(status).toBe(1);
    expect(stdout).toBe(fileRun.stdout);
  });
});
