import { describe, expect, it } from 'vitest';
import { LineIndex, stripBom } from '../../src/parsers/line-index.js';
import { span } from './helpers.js';

describe('LineIndex', () => {
  it('counts lines after \\n, \\r\\n and a lone \\r alike', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const index = new LineIndex(text);
    expect(index.position(0)).toEqual({ line: 1, column: 1 });
    expect(index.position(2)).toEqual({ line: 1, column: 3 }); // the \n itself ends line 1
    expect(index.position(3)).toEqual({ line: 2, column: 1 });
    expect(index.position(5)).toEqual({ line: 2, column: 3 }); // the \r of \r\n
    expect(index.position(6)).toEqual({ line: 2, column: 4 }); // the \n of \r\n: still line 2
    expect(index.position(7)).toEqual({ line: 3, column: 1 });
    expect(index.position(10)).toEqual({ line: 4, column: 1 });
    expect(index.position(12)).toEqual({ line: 4, column: 3 }); // end of text
    expect(index.lineCount).toBe(4);
  });

  it('gives a text ending in a line break an empty last line', () => {
    const index = new LineIndex('a\n');
    expect(index.lineCount).toBe(2);
    expect(index.position(2)).toEqual({ line: 2, column: 1 });
  });

  it('counts columns in UTF-16 code units, as SARIF does by default', () => {
    // '😀' is two code units: the 'x' after it is column 4.
    const index = new LineIndex('a😀x');
    expect(index.position(3)).toEqual({ line: 1, column: 4 });
  });

  it('clamps offsets outside the text instead of throwing', () => {
    const index = new LineIndex('ab\ncd');
    expect(index.position(-5)).toEqual({ line: 1, column: 1 });
    expect(index.position(Number.NaN)).toEqual({ line: 1, column: 1 });
    expect(index.position(99)).toEqual({ line: 2, column: 3 });
    expect(index.position(1.7)).toEqual({ line: 1, column: 2 });
  });

  it('makes ranges, collapsing an inverted pair to its start', () => {
    const index = new LineIndex('abc\ndef');
    expect(span(index.range(1, 6))).toBe('1:2-2:3');
    expect(span(index.range(5, 2))).toBe('2:2-2:2');
  });

  it('works on the empty text', () => {
    const index = new LineIndex('');
    expect(index.position(0)).toEqual({ line: 1, column: 1 });
    expect(index.lineCount).toBe(1);
  });

  it('finds the right line among many (binary search)', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `line${i}`).join('\n');
    const index = new LineIndex(text);
    const offset = text.indexOf('line7777');
    expect(index.position(offset)).toEqual({ line: 7778, column: 1 });
    expect(index.position(offset + 4)).toEqual({ line: 7778, column: 5 });
  });
});

describe('stripBom', () => {
  it('removes a leading byte order mark only', () => {
    expect(stripBom('\uFEFF{}')).toBe('{}');
    expect(stripBom('{}\uFEFF')).toBe('{}\uFEFF');
    expect(stripBom('')).toBe('');
  });
});
