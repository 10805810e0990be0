/**
 * Bytes → text. Templates are UTF-8 as CloudFormation requires, but Windows tools write UTF-16
 * with a byte order mark (PowerShell 5's `>` and `Out-File`), and a file nobody could lint must
 * not pass in silence: a BOM decides UTF-8, UTF-16 or UTF-32; invalid UTF-8 is decoded with
 * U+FFFD in place of the bad bytes and its first position is returned, so that it is reported
 * where it is and the rest of the file is still linted.
 */
import type { Position } from '../parsers/types.js';
import type { ReadFailure } from './read-failures.js';
/** Where a text stops being valid UTF-8: the position, and the byte (two hex digits) at its offset in the file. */
export interface InvalidText {
    at: Position;
    byte: string;
    offset: number;
}
export type Decoded = {
    ok: true;
    text: string;
    invalid?: InvalidText;
} | {
    ok: false;
    failure: ReadFailure;
};
export declare function decodeBytes(bytes: Uint8Array): Decoded;
