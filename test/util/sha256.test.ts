import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/util/sha256.js';

const nodeSha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('sha256Hex', () => {
  it('gives the FIPS 180-4 test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it("is node:crypto's digest of the UTF-8 text at every length around the block boundaries", () => {
    // 55/56 and 63/64 bytes: where the length no longer fits in the last block.
    for (let length = 0; length <= 300; length++) {
      const ascii = 'a'.repeat(length);
      expect(sha256Hex(ascii), `${length}`).toBe(nodeSha256(ascii));
    }
  });

  it('encodes non-ASCII text as node:crypto does, lone surrogates included', () => {
    const texts = ['é', '€uro', '😀', '\ud800', 'a\udc00b', '{"Sid":"日本語"}', 'ü'.repeat(70), '\u0000\uffff'];
    for (const text of texts) expect(sha256Hex(text), JSON.stringify(text)).toBe(nodeSha256(text));
    // Pseudo-random mixes of ASCII and other code units (a fixed seed: the test is the same each run).
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 500; k++) {
      let text = '';
      const length = Math.floor(next() * 400);
      for (let i = 0; i < length; i++) text += String.fromCharCode(Math.floor(next() * (next() < 0.8 ? 128 : 65536)));
      expect(sha256Hex(text)).toBe(nodeSha256(text));
    }
  });
});
