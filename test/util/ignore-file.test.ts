import { describe, expect, it } from 'vitest';
import { compileIgnore } from '../../src/util/ignore-file.js';

const ignores = (lines: string[], path: string, isDirectory = false): boolean =>
  compileIgnore(lines).list.ignores(path, isDirectory);

describe('compileIgnore (gitignore syntax)', () => {
  it('skips blank lines and comments; \\# is a literal #', () => {
    expect(ignores(['', '# a.yaml', '   '], 'a.yaml')).toBe(false);
    expect(ignores(['# a.yaml'], '# a.yaml')).toBe(false);
    expect(ignores(['\\#a.yaml'], '#a.yaml')).toBe(true);
  });

  it("matches a name without a slash at any depth, a name with one from the file's folder only", () => {
    expect(ignores(['*.generated.yaml'], 'a.generated.yaml')).toBe(true);
    expect(ignores(['*.generated.yaml'], 'deep/er/a.generated.yaml')).toBe(true);
    expect(ignores(['/only-root.yaml'], 'only-root.yaml')).toBe(true);
    expect(ignores(['/only-root.yaml'], 'sub/only-root.yaml')).toBe(false);
    expect(ignores(['stacks/old.yaml'], 'stacks/old.yaml')).toBe(true);
    expect(ignores(['stacks/old.yaml'], 'x/stacks/old.yaml')).toBe(false);
    // `*` stays within a segment; `**` spans them.
    expect(ignores(['stacks/*.yaml'], 'stacks/a/b.yaml')).toBe(false);
    expect(ignores(['stacks/**/b.yaml'], 'stacks/a/c/b.yaml')).toBe(true);
    expect(ignores(['stacks/**/b.yaml'], 'stacks/b.yaml')).toBe(true);
  });

  it('a trailing / matches directories only, and everything below them', () => {
    expect(ignores(['build/'], 'build', true)).toBe(true);
    expect(ignores(['build/'], 'build', false)).toBe(false);
    expect(ignores(['build/'], 'build/t.yaml')).toBe(true);
    expect(ignores(['build/'], 'a/build/t.yaml')).toBe(true);
  });

  it('! re-includes, the last matching line wins, and nothing below an ignored directory comes back', () => {
    expect(ignores(['*.yaml', '!keep.yaml'], 'keep.yaml')).toBe(false);
    expect(ignores(['*.yaml', '!keep.yaml'], 'drop.yaml')).toBe(true);
    expect(ignores(['!keep.yaml', '*.yaml'], 'keep.yaml')).toBe(true);
    expect(ignores(['build/', '!build/keep.yaml'], 'build/keep.yaml')).toBe(true);
    expect(ignores(['\\!x.yaml'], '!x.yaml')).toBe(true);
  });

  it('braces are literal, as in git, and paths outside the folder are never ignored', () => {
    expect(ignores(['{a,b}.yaml'], 'a.yaml')).toBe(false);
    expect(ignores(['{a,b}.yaml'], '{a,b}.yaml')).toBe(true);
    expect(ignores(['*.yaml'], '../a.yaml')).toBe(false);
  });

  it('refuses, by line, a pattern the linear matcher cannot take (extended globs)', () => {
    const { errors } = compileIgnore(['ok.yaml', '+(a|b).yaml']);
    expect(errors).toEqual([{ line: 2, refused: expect.stringContaining('extended glob') }]);
  });

  it('matches a hostile pattern in linear time', () => {
    const pattern = `${'*a'.repeat(400)}b`;
    const started = Date.now();
    expect(ignores([pattern], 'a'.repeat(5000))).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
