import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lineHashes, lineHashIndex, primaryLocationLineHash } from '../../src/engine/line-hash.js';

// Expected values from github/codeql-action's own tests of the algorithm we reimplement
// (src/fingerprints.test.ts in that repository): matching them means GitHub computes the
// same primaryLocationLineHash for our results as upload-sarif would.
describe('lineHashes matches codeql-action', () => {
  it('hashes an empty file as one line', () => {
    expect(lineHashes('')).toEqual(['c129715d7a2bc9a3:1']);
  });

  it('skips indentation and hashes a last line without newline', () => {
    expect(lineHashes(' a\nb\n  \t\tc\n d')).toEqual([
      '271789c17abda88f:1',
      '54703d4cd895b18:1',
      '180aee12dab6264:1',
      'a23a3dc5e078b07b:1',
    ]);
  });

  const lf = [
    'e9496ae3ebfced30:1',
    'fb7c023a8b9ccb3f:1',
    'ce8ba1a563dcdaca:1',
    'e20e36e16fcb0cc8:1',
    'b3edc88f2938467e:1',
    'c8e28b0b4002a3a0:1',
    'c129715d7a2bc9a3:1',
  ];
  it.each([
    ['LF', ' hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n'],
    ['CR', ' hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r'],
    ['CRLF', ' hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n'],
    ['mixed', ' hello; \t\nworld!!!\r\n\n\r  \t\tGreetings\r End\r\n'],
  ])('treats %s line breaks alike', (_name, text) => {
    expect(lineHashes(text)).toEqual(lf);
  });

  it('counts repeated windows', () => {
    expect(lineHashes('Lorem ipsum dolor sit amet.\n'.repeat(10))).toEqual([
      'a7f2ff13bc495cf2:1',
      'a7f2ff13bc495cf2:2',
      'a7f2ff13bc495cf2:3',
      'a7f2ff13bc495cf2:4',
      'a7f2ff13bc495cf2:5',
      'a7f2ff13bc495cf2:6',
      'a7f2ff1481e87703:1',
      'a9cf91f7bbf1862b:1',
      '55ec222b86bcae53:1',
      'cc97dc7b1d7d8f7b:1',
      'c129715d7a2bc9a3:1',
    ]);
  });
});

/**
 * The algorithm as codeql-action describes it, each line's window hashed on its own with BigInt
 * arithmetic (no rolling): the reference for the rolling limb arithmetic of line-hash.ts on text
 * the examples above do not cover (characters beyond ASCII leaving the window, surrogate pairs,
 * long lines).
 */
function referenceHashes(text: string): string[] {
  const window = 100;
  const base = 37n;
  const codes: number[] = [];
  const lineStarts: number[] = [];
  let atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || (c === 0x0a && text.charCodeAt(i - 1) === 0x0d)) continue;
    if (atLineStart) lineStarts.push(codes.length);
    atLineStart = c === 0x0a || c === 0x0d;
    codes.push(c === 0x0d ? 0x0a : c);
  }
  if (atLineStart) lineStarts.push(codes.length);
  codes.push(0xffff);
  const seen = new Map<string, number>();
  return lineStarts.map((start) => {
    let hash = 0n;
    for (let k = 0; k < window; k++) hash = BigInt.asUintN(64, hash * base + BigInt(codes[start + k] ?? 0));
    const hex = hash.toString(16);
    const count = (seen.get(hex) ?? 0) + 1;
    seen.set(hex, count);
    return `${hex}:${count}`;
  });
}

describe('lineHashes beyond ASCII', () => {
  it('matches the BigInt reference on text with accents, CJK, emoji and long lines', () => {
    const text = [
      'Description: Übersicht der Rollen für Gäste',
      '  Name: 日本語のテンプレート 🚀🚀',
      '\t\tValue: ' + 'é'.repeat(150),
      '',
      'Outputs: {}',
      '✓'.repeat(250),
      'x',
    ].join('\r\n');
    expect(referenceHashes('Lorem ipsum dolor sit amet.\n'.repeat(10))).toEqual(
      lineHashes('Lorem ipsum dolor sit amet.\n'.repeat(10)),
    );
    expect(lineHashes(text)).toEqual(referenceHashes(text));
  });

  it("writes a line's hash when asked, and nothing for a line the text does not have", () => {
    const index = lineHashIndex('a\nb\n');
    expect(index.lineCount).toBe(3);
    expect([index.at(1), index.at(2), index.at(3)]).toEqual(lineHashes('a\nb\n'));
    expect([index.at(0), index.at(4), index.at(1.5)]).toEqual([undefined, undefined, undefined]);
  });
});

describe('lineHashIndex hashes only as far as the lines asked for', () => {
  const example = readFileSync(new URL('../../examples/flawed/app.yaml', import.meta.url), 'utf8');
  const repeated = `Resources:\n${'  - Effect: Allow\n    Action: s3:GetObject\n'.repeat(60)}Outputs: {}\n  x`;

  it.each([
    ['the example template', example],
    ['repeated lines (whose :n counts the lines above)', repeated],
    ['CRLF line breaks and no final newline', repeated.replaceAll('\n', '\r\n')],
  ])('gives every line of %s the hash of the full computation, asked first', (_name, text) => {
    const full = lineHashes(text);
    expect(new Set(full).size).toBe(full.length);
    full.forEach((hash, i) => expect(lineHashIndex(text).at(i + 1), `line ${i + 1}`).toBe(hash));
  });

  it('answers in any order: the last lines first, then the top, then the middle', () => {
    const full = lineHashes(repeated);
    const index = lineHashIndex(repeated);
    const order = [full.length, full.length - 1, 1, 2, Math.floor(full.length / 2), full.length - 3];
    expect(order.map((line) => index.at(line))).toEqual(order.map((line) => full[line - 1]));
    expect(index.at(full.length + 1)).toBeUndefined();
    expect(index.lineCount).toBe(full.length);
  });

  it('counts the lines of an index that was asked about one line near the top', () => {
    const index = lineHashIndex(example);
    expect(index.at(3)).toBe(lineHashes(example)[2]);
    expect(index.lineCount).toBe(example.split('\n').length);
  });
});

describe('primaryLocationLineHash', () => {
  const template = [
    'Resources:',
    '  AuthRole:',
    '    Type: AWS::IAM::Role',
    '    Properties:',
    '      AssumeRolePolicyDocument:',
    '        Statement:',
    '          - Effect: Allow',
    '            Principal: { Federated: cognito-identity.amazonaws.com }',
    '            Action: sts:AssumeRoleWithWebIdentity',
    '',
  ].join('\n');

  const hashOnly = (value: string): string => value.split(':')[0] ?? '';

  it('keeps the hash of a line when lines are inserted above it', () => {
    const before = primaryLocationLineHash(template, 7);
    const inserted = template.replace(
      'Resources:\n',
      'AWSTemplateFormatVersion: "2010-09-09"\nDescription: x\nResources:\n',
    );
    const after = primaryLocationLineHash(inserted, 9);
    expect(hashOnly(after)).toBe(hashOnly(before));
    expect(after).toBe(before);
  });

  it('keeps the hash when the line is re-indented', () => {
    const reindented = template.replace(/^ {10}- Effect/m, '      - Effect');
    expect(primaryLocationLineHash(reindented, 7)).toBe(primaryLocationLineHash(template, 7));
  });

  it('changes the hash when the line changes', () => {
    const edited = template.replace('Effect: Allow', 'Effect: Deny');
    expect(primaryLocationLineHash(edited, 7)).not.toBe(primaryLocationLineHash(template, 7));
  });

  it('agrees with lineHashes for every line', () => {
    const all = lineHashes(template);
    expect(all).toHaveLength(10);
    all.forEach((hash, i) => expect(primaryLocationLineHash(template, i + 1)).toBe(hash));
  });

  it('rejects lines the text does not have', () => {
    expect(() => primaryLocationLineHash(template, 0)).toThrow(RangeError);
    expect(() => primaryLocationLineHash(template, 11)).toThrow(RangeError);
    expect(() => primaryLocationLineHash(template, 1.5)).toThrow(RangeError);
  });

  it('hashes every line of a large file (speed is measured by the benchmark, not here)', () => {
    const big = '        - Effect: Allow\n'.repeat(40_000); // ~1 MB
    expect(lineHashes(big)).toHaveLength(40_001);
  });
});
