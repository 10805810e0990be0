/**
 * Positions in JSON come from a scan of the characters that trusts the grammar the first pass
 * checked (src/parsers/json.ts offsetTree). Checked against jsonc-parser's own tree on every JSON
 * fixture of the repository and on generated documents: every value and every key covers the same text.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { parseJson } from '../../src/parsers/json.js';
import { REPO_ROOT } from '../rules/helpers.js';
import { textAt } from './helpers.js';

/** Every path of `data` (object keys and array indices). */
function pathsOf(data: unknown, path: Array<string | number> = [], out: Array<Array<string | number>> = []) {
  out.push(path);
  if (data !== null && typeof data === 'object') {
    if (Array.isArray(data)) data.forEach((item, i) => pathsOf(item, [...path, i], out));
    else for (const [key, item] of Object.entries(data)) pathsOf(item, [...path, key], out);
  }
  return out;
}

const pointerOf = (path: Array<string | number>): string =>
  path.map((t) => `/${String(t).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');

/** The texts jsonc-parser and parseJson place every value and key at, side by side; undefined when not comparable. */
function compare(text: string): { ours: string[]; theirs: string[] } | undefined {
  const doc = parseJson('t.json', text);
  // Duplicate keys: jsonc-parser finds the first occurrence, CloudFormation keeps the last (json.test.ts covers those).
  if (doc.syntaxErrors.length > 0 || doc.duplicateKeys.length > 0) return undefined;
  const tree = parseTree(text);
  if (tree === undefined) return undefined;
  const ours: string[] = [];
  const theirs: string[] = [];
  // textAt gives a multi-line range with `\n` line breaks.
  const slice = (node: Node | undefined): string =>
    node ? text.slice(node.offset, node.offset + node.length).replace(/\r\n?/g, '\n') : '';
  // Paths spread over the document, at most 400 (jsonc-parser's lookup walks the tree each time).
  const paths = pathsOf(doc.data);
  const step = Math.max(1, Math.floor(paths.length / 400));
  for (const path of paths.filter((_, i) => i % step === 0)) {
    const node = findNodeAtLocation(tree, path);
    const pointer = pointerOf(path);
    ours.push(textAt(text, doc.locate(pointer)));
    theirs.push(slice(node));
    if (node?.parent?.type === 'property') {
      ours.push(textAt(text, doc.locate(pointer, 'key')));
      theirs.push(slice(node.parent.children?.[0]));
    }
  }
  return { ours, theirs };
}

function jsonFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) jsonFiles(path, out);
    else if (entry.name.endsWith('.json')) out.push(path);
  }
  return out;
}

describe('JSON positions', () => {
  it('place every value and key of every JSON fixture where jsonc-parser does', () => {
    let compared = 0;
    for (const file of jsonFiles(join(REPO_ROOT, 'test', 'fixtures'))) {
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      const result = compare(text);
      if (result === undefined) continue;
      expect(result.ours, file).toEqual(result.theirs);
      compared += result.ours.length;
    }
    expect(compared).toBeGreaterThan(5_000);
  });

  it('place keys with escapes, strings with escaped quotes, numbers and literals exactly', () => {
    const text =
      '{ "a\\"b": [1, -2.5e+3, true, false, null, "x\\\\", "\\"q\\""],\r\n  "\\u00e9t\\u00e9": {"": {}, "n": []}, "k/~": 0 }';
    const result = compare(text)!;
    expect(result.ours).toEqual(result.theirs);
    const doc = parseJson('t.json', text);
    expect(textAt(text, doc.locate('/a"b/1'))).toBe('-2.5e+3');
    expect(textAt(text, doc.locate('/été', 'key'))).toBe('"\\u00e9t\\u00e9"');
    expect(textAt(text, doc.locate('/k~1~0'))).toBe('0');
  });

  it('place every value and key of generated JSON where jsonc-parser does', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(0, 2, '\t'), (value, indent) => {
        const result = compare(JSON.stringify(value, null, indent));
        if (result !== undefined) expect(result.ours).toEqual(result.theirs);
      }),
      { numRuns: 300 },
    );
  });
});
