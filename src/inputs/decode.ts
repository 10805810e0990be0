/**
 * Bytes → text. Templates are UTF-8 as CloudFormation requires, but Windows tools write UTF-16
 * with a byte order mark (PowerShell 5's `>` and `Out-File`), and a file nobody could lint must
 * not pass in silence: a BOM decides UTF-8, UTF-16 or UTF-32; invalid UTF-8 is decoded with
 * U+FFFD in place of the bad bytes and its first position is returned, so that it is reported
 * where it is and the rest of the file is still linted.
 */
import { isUtf8 } from 'node:buffer';
import type { Position } from '../parsers/types.js';
import type { ReadFailure } from './read-failures.js';

/** Where a text stops being valid UTF-8: the position, and the byte (two hex digits) at its offset in the file. */
export interface InvalidText {
  at: Position;
  byte: string;
  offset: number;
}

export type Decoded = { ok: true; text: string; invalid?: InvalidText } | { ok: false; failure: ReadFailure };

export function decodeBytes(bytes: Uint8Array): Decoded {
  const b = bytes;
  // UTF-32LE's BOM starts like UTF-16LE's: test it first.
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0)
    return decodeUtf32(b.subarray(4), true);
  if (b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff)
    return decodeUtf32(b.subarray(4), false);
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return decodeUtf16(b.subarray(2), true);
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return decodeUtf16(b.subarray(2), false);
  // UTF-16 without a BOM (`{\0"\0…`) would otherwise read as a binary file and vanish from a walk.
  if (b.length >= 4 && isAsciiText(b[0]!) && b[1] === 0 && isAsciiText(b[2]!) && b[3] === 0) {
    return { ok: false, failure: { code: 'utf16-no-bom' } };
  }
  if (b.length >= 4 && b[0] === 0 && isAsciiText(b[1]!) && b[2] === 0 && isAsciiText(b[3]!)) {
    return { ok: false, failure: { code: 'utf16-no-bom' } };
  }
  return decodeUtf8(b);
}

function isAsciiText(byte: number): boolean {
  return byte === 0x09 || byte === 0x0a || byte === 0x0d || (byte >= 0x20 && byte < 0x7f);
}

function decodeUtf8(bytes: Uint8Array): Decoded {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  // Valid UTF-8 (nearly every file) costs one validation, which makes no second string; only a bad file pays for the search.
  if (isUtf8(bytes)) return { ok: true, text };
  const offset = firstInvalidUtf8(bytes);
  const prefix = Buffer.from(bytes.buffer, bytes.byteOffset, offset).toString('utf8');
  const hex = bytes[offset]!.toString(16).padStart(2, '0');
  return {
    ok: true,
    text,
    invalid: { at: positionAfter(prefix), byte: hex, offset },
  };
}

/**
 * The offset of the first byte that is not part of valid UTF-8: the longest prefix the standard
 * decoder accepts (streaming, so a prefix that ends inside a character is not held against it).
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      good = middle;
    } catch {
      bad = middle;
    }
  }
  // `good` bytes decode; unless they end inside a character, byte `good` is the bad one, else the
  // character it was meant to complete (its lead byte, at most three bytes back) is.
  if (isCompleteUtf8(bytes.subarray(0, good))) return good;
  let start = good;
  while (start > 0 && good - start < 3 && (bytes[start - 1]! & 0xc0) === 0x80) start--;
  return start > 0 ? start - 1 : 0;
}

function isCompleteUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): Decoded {
  const copy = Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2)));
  if (!littleEndian) copy.swap16();
  return { ok: true, text: copy.toString('utf16le') };
}

function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): Decoded {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  const count = Math.floor(bytes.length / 4);
  for (let i = 0; i < count; i++) {
    const code = view.getUint32(i * 4, littleEndian);
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
      return { ok: false, failure: { code: 'invalid-utf32', data: { code: code.toString(16), offset: 4 + i * 4 } } };
    }
    parts.push(String.fromCodePoint(code));
  }
  return { ok: true, text: parts.join('') };
}

/** The 1-based position of the character that follows `prefix`. */
function positionAfter(prefix: string): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < prefix.length; i++) {
    if (prefix.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: prefix.length - lineStart + 1 };
}
