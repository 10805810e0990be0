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
