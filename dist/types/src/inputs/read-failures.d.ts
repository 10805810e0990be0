/**
 * Why a file could not be read, by code (src/inputs/files.ts, src/inputs/decode.ts, the cdk.out
 * reader's own refusals). The words, once: in the short form `ls` and friends use, which the
 * run's notifications print after the file name (`x.json: permission denied`), and which
 * input/parse-error adds as a note to a cdk.out problem about a file it could not read.
 */
import { type PlaceholderValue } from '../core/template.js';
export declare const READ_FAILURES: {
    readonly missing: "no such file or directory";
    readonly 'permission-denied': "permission denied";
    readonly 'is-directory': "is a directory";
    readonly 'symlink-loop': "too many levels of symbolic links";
    readonly 'not-regular': "not a regular file";
    readonly 'too-large': "larger than {{limitMb}} MB";
    readonly 'too-large-size': "larger than {{limitMb}} MB ({{size}} bytes)";
    readonly 'name-too-long': "path too long for the operating system (PATH_MAX)";
    readonly 'os-error': "cannot be read (\"{{osMessage}}\")";
    readonly unreadable: "cannot be read";
    readonly 'budget-spent': "not read: the run's input budget of {{budgetMb}} MB is spent (see --max-total-mb)";
    readonly 'utf16-no-bom': "UTF-16 without a byte order mark: save it as UTF-8";
    readonly 'invalid-utf32': "invalid UTF-32 (code 0x{{code}} at offset {{offset}})";
    readonly binary: "binary file";
    readonly 'link-outside-assembly': "a symbolic link to outside the assembly directory, not followed";
    readonly 'already-read': "the same file as {{first}}, already read; not read again";
};
export type ReadFailureCode = keyof typeof READ_FAILURES;
/** Why a file was not read: a code and the values its words name. */
export interface ReadFailure {
    code: ReadFailureCode;
    data?: Readonly<Record<string, PlaceholderValue>>;
}
/** The short reason, as notifications print it after the file name. */
export declare function readFailureText(failure: ReadFailure): string;
