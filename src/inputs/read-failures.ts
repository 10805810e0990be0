/**
 * Why a file could not be read, by code (src/inputs/files.ts, src/inputs/decode.ts, the cdk.out
 * reader's own refusals). The words, once: in the short form `ls` and friends use, which the
 * run's notifications print after the file name (`x.json: permission denied`), and which
 * input/parse-error adds as a note to a cdk.out problem about a file it could not read.
 */
import { formatMessage, type PlaceholderValue } from '../core/template.js';

export const READ_FAILURES = {
  missing: 'no such file or directory',
  'permission-denied': 'permission denied',
  'is-directory': 'is a directory',
  'symlink-loop': 'too many levels of symbolic links',
  'not-regular': 'not a regular file',
  'too-large': 'larger than {{limitMb}} MB',
  'too-large-size': 'larger than {{limitMb}} MB ({{size}} bytes)',
  'name-too-long': 'path too long for the operating system (PATH_MAX)',
  // Node's error text, quoted: the operating system's words, not ours.
  'os-error': 'cannot be read ("{{osMessage}}")',
  unreadable: 'cannot be read',
  'budget-spent': "not read: the run's input budget of {{budgetMb}} MB is spent (see --max-total-mb)",
  'utf16-no-bom': 'UTF-16 without a byte order mark: save it as UTF-8',
  'invalid-utf32': 'invalid UTF-32 (code 0x{{code}} at offset {{offset}})',
  binary: 'binary file',
  'link-outside-assembly': 'a symbolic link to outside the assembly directory, not followed',
  'already-read': 'the same file as {{first}}, already read; not read again',
} as const;

export type ReadFailureCode = keyof typeof READ_FAILURES;

/** Why a file was not read: a code and the values its words name. */
export interface ReadFailure {
  code: ReadFailureCode;
  data?: Readonly<Record<string, PlaceholderValue>>;
}

/** The short reason, as notifications print it after the file name. */
export function readFailureText(failure: ReadFailure): string {
  return formatMessage(READ_FAILURES[failure.code], failure.data);
}
