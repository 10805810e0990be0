/**
 * src/util/glob.ts keeps minimatch's meaning (`dot: true`) without its backtracking: a property
 * test against minimatch on random patterns and paths small enough for minimatch to finish, and
 * the patterns that hang minimatch, matched in milliseconds.
 */
import fc from 'fast-check';
import { minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';
import { compileGlob, isGlobRefusal, MAX_BRACE_EXPANSIONS, MAX_GLOB_LENGTH, type Glob } from '../../src/util/glob.js';

function glob(source: string): Glob {
  const compiled = compileGlob(source);
  if (isGlobRefusal(compiled)) throw new Error(`refused: ${compiled.refused}`);
  return compiled;
}

const PATTERN_TOKENS = [
  'a',
  'b',
  '.',
  '-',
  '*',
  '**',
  '?',
  '/',
  '[ab]',
  '[!a]',
  '[^b]',
  '[a-b]',
  '[.]',
  '{a,b}',
  '{a,}',
  '\\*',
  '[',
  ']',
];
const NAME = fc.stringMatching(/^[ab.*-]{1,5}$/);

describe('compileGlob', () => {
  it('matches as minimatch (dot: true) on random patterns and paths', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PATTERN_TOKENS), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        fc.array(NAME, { minLength: 1, maxLength: 4 }),
        (tokens, negate, names) => {
          const pattern = (negate ? '!' : '') + tokens.join('');
          const path = names.join('/');
          // minimatch rewrites `a/../b` to `b` and takes shortcuts for `*.ext` that skip its own
          // rule for `.` and `..`; the linter's paths have no such segments (relative to the cwd).
          fc.pre(!/(^|\/)\.\.?(\/|$)/.test(tokens.join('')) && !names.some((n) => n === '.' || n === '..'));
          expect(glob(pattern).match(path), `${pattern} vs ${path}`).toBe(minimatch(path, pattern, { dot: true }));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['**/*.json', 'a/b/c.json', true],
    ['**/*.json', 'c.json', true],
    ['cdk.out/**', 'cdk.out', false],
    ['[[:alpha:]]*.json', 'x.json', true],
    ['cdk.out/**', 'cdk.out/a/b.json', true],
    ['*.json', 'a/b.json', false],
    ['{a,b}/*.yaml', 'b/x.yaml', true],
    ['!*.json', 'x.yaml', true],
    ['#comment', '#comment', false],
    ['**/.hidden/*', 'x/.hidden/y', true],
    ['../*.json', '../x.json', true],
    ['**/x.json', '../x.json', false],
  ])('%s against %s is %s, as minimatch', (pattern, path, expected) => {
    expect(glob(pattern).match(path)).toBe(expected);
    expect(minimatch(path, pattern, { dot: true })).toBe(expected);
  });

  it('matches the patterns that make minimatch backtrack in milliseconds', () => {
    const started = Date.now();
    expect(glob(`*${'a*'.repeat(30)}b`).match(`${'a'.repeat(60)}.json`)).toBe(false);
    expect(glob(`${'**/a/'.repeat(20)}b`).match(`${'a/'.repeat(200)}c`)).toBe(false);
    expect(glob(`*${'a*'.repeat(500)}b`).match('a'.repeat(255))).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('refuses what it cannot match in linear time or compile cheaply, saying why', () => {
    expect(compileGlob('x'.repeat(MAX_GLOB_LENGTH + 1))).toEqual({
      refused: expect.stringContaining('characters long'),
    });
    expect(compileGlob('{a,b}'.repeat(17))).toEqual({
      refused: expect.stringContaining(`more than ${MAX_BRACE_EXPANSIONS.toLocaleString('en-US')}`),
    });
    expect(compileGlob('{1..100000}')).toEqual({ refused: expect.stringContaining('expands') });
    expect(compileGlob('+(a|aa)*.json')).toEqual({ refused: expect.stringContaining('extended glob') });
    expect(isGlobRefusal(compileGlob('\\+(a).json'))).toBe(false);
    expect(compileGlob(`{${'x'.repeat(900)},y}{a,b,c,d,e,f,g,h,i,j}{a,b}`)).toEqual({
      refused: expect.stringContaining('characters of patterns'),
    });
    expect(isGlobRefusal(compileGlob('{a,b}'.repeat(9)))).toBe(false);
  });
});
