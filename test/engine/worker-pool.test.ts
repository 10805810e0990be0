/**
 * `--jobs` (src/engine/worker-pool.ts): when auto mode starts workers, and that a parse sent across
 * threads is the parse made here (the CLI-level test, test/cli/jobs.e2e.test.ts, compares whole reports).
 */
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  PARALLEL_MIN_BYTES,
  PARALLEL_MIN_CORES,
  PARALLEL_MIN_FILES,
  workerCount,
} from '../../src/engine/worker-pool.js';
import { parseText } from '../../src/parsers/index.js';
import { toTransferred, TransferredDocument } from '../../src/parsers/transferred.js';

const EXAMPLE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples', 'flawed', 'app.yaml');

describe('workerCount', () => {
  const manySmall = Array.from({ length: 2000 }, () => ({ size: 3_000 }));
  const many = (count: number, size: number) => Array.from({ length: count }, () => ({ size }));

  it('auto mode stays serial for one small file (a pre-commit hook, an editor on save), however many cores', () => {
    expect(workerCount(undefined, [{ size: statSync(EXAMPLE).size }], 2)).toBe(0);
    expect(workerCount(undefined, [{ size: statSync(EXAMPLE).size }], 64)).toBe(0);
  });

  it('auto mode stays serial below either size threshold: few large files, or many tiny ones', () => {
    expect(workerCount(undefined, many(PARALLEL_MIN_FILES - 1, 1024 * 1024), 8)).toBe(0);
    expect(workerCount(undefined, many(1000, Math.floor(PARALLEL_MIN_BYTES / 1000) - 1), 8)).toBe(0);
  });

  it('auto mode stays serial on these two-core machines, where workers cost more than they save', () => {
    expect(PARALLEL_MIN_CORES).toBeGreaterThan(2);
    expect(workerCount(undefined, manySmall, 2)).toBe(0);
    expect(workerCount(undefined, manySmall, 1)).toBe(0);
  });

  it('auto mode starts one worker per core but one on a large input with enough cores, never more than files', () => {
    expect(workerCount(undefined, manySmall, PARALLEL_MIN_CORES)).toBe(PARALLEL_MIN_CORES - 1);
    expect(workerCount(undefined, manySmall, 16)).toBe(15);
    expect(workerCount(undefined, many(PARALLEL_MIN_FILES, 1024 * 1024), 128)).toBe(PARALLEL_MIN_FILES);
  });

  it('--jobs decides whatever the input and the cores: 1 is the serial run, N is N workers (at most one per file)', () => {
    expect(workerCount(1, manySmall, 8)).toBe(0);
    expect(workerCount(2, manySmall, 2)).toBe(2);
    expect(workerCount(3, manySmall, 2)).toBe(3);
    expect(workerCount(4, [{ size: 10 }, { size: 10 }], 8)).toBe(2);
    expect(workerCount(4, [{ size: 10 }], 8)).toBe(0);
  });
});

describe('TransferredDocument', () => {
  it('is the parse made here after a structured clone: data (a `__proto__` key kept as a key), problems and positions', () => {
    const text = [
      'Resources:',
      '  Role:',
      '    Type: AWS::IAM::Role',
      '    Properties:',
      '      __proto__: {polluted: true}',
      '      RoleName: !Sub "${AWS::StackName}-x"',
      '      RoleName: again',
      '',
    ].join('\n');
    const here = parseText('t.yaml', text);
    const there = new TransferredDocument(structuredClone(toTransferred(here)), () => parseText('t.yaml', text));
    expect(there.data).toEqual(here.data);
    expect(
      Object.keys((there.data as { Resources: { Role: { Properties: object } } }).Resources.Role.Properties),
    ).toEqual(['__proto__', 'RoleName']);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(there.duplicateKeys).toEqual(here.duplicateKeys);
    expect(there.duplicateKeys).toHaveLength(1);
    expect(there.syntaxErrors).toEqual(here.syntaxErrors);
    const { locate } = there;
    expect(locate('/Resources/Role/Properties/RoleName')).toEqual(here.locate('/Resources/Role/Properties/RoleName'));
    expect(there.locate('/Resources/Role', 'key')).toEqual({
      start: { line: 2, column: 3 },
      end: { line: 2, column: 7 },
    });
    expect([there.file, there.format, there.size, there.text]).toEqual([here.file, here.format, here.size, here.text]);
  });
});
