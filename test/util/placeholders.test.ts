import { describe, expect, it } from 'vitest';
import { firstClosing, splitPlaceholders } from '../../src/util/placeholders.js';

/** The Serverless Framework's closing: nested `${…}` inside a variable are skipped. */
function nestedClosing(text: string, start: number): number {
  let depth = 0;
  for (let j = start; j < text.length; j++) {
    if (text.startsWith('${', j)) {
      depth++;
      j++;
    } else if (text[j] === '}' && --depth === 0) return j;
  }
  return -1;
}

describe('splitPlaceholders', () => {
  it('cuts text into fixed parts and placeholders, in order', () => {
    expect(splitPlaceholders('arn:${AWS::Partition}:s3:::${Bucket}/*', firstClosing)).toEqual([
      'arn:',
      { inner: 'AWS::Partition', raw: '${AWS::Partition}' },
      ':s3:::',
      { inner: 'Bucket', raw: '${Bucket}' },
      '/*',
    ]);
  });

  it('leaves an unclosed placeholder as fixed text', () => {
    expect(splitPlaceholders('a${b}c${d', firstClosing)).toEqual(['a', { inner: 'b', raw: '${b}' }, 'c${d']);
  });

  it('lets the caller say where a placeholder ends', () => {
    const text = '${self:custom.${opt:stage}}x';
    expect(splitPlaceholders(text, firstClosing)[0]).toEqual({
      inner: 'self:custom.${opt:stage',
      raw: '${self:custom.${opt:stage}',
    });
    expect(splitPlaceholders(text, nestedClosing)).toEqual([
      { inner: 'self:custom.${opt:stage}', raw: '${self:custom.${opt:stage}}' },
      'x',
    ]);
  });
});
