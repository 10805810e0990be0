import type { FileSystem } from '../inputs/types.js';
import type { Config } from './types.js';
export declare const CONFIG_FILE_NAMES: string[];
/** gitignore syntax, src/util/ignore-file.ts. */
export declare const IGNORE_FILE_NAME = ".cognito-iam-lintignore";
export declare class ConfigError extends Error {
}
/**
 * The nearest config file at or above `cwd`, or undefined. Anything but a directory at a config
 * file's name stops the search, a FIFO included: the caller refuses what is not a regular file, so a
 * parent directory's config never applies in its place without a word.
 */
export declare function findConfigFile(fs: FileSystem, cwd: string, join: (a: string, b: string) => string, dirname: (p: string) => string): string | undefined;
/** The first of `names` in `start` or the nearest folder above it that has one (not a directory). */
export declare function findUpward(fs: FileSystem, start: string, names: readonly string[], join: (a: string, b: string) => string, dirname: (p: string) => string): string | undefined;
/** Parse and validate a config file's text; throws ConfigError with a one-line message. */
export declare function parseConfig(displayName: string, text: string, knownRuleIds: ReadonlySet<string>): Config;
/** `*`, `<area>/*` naming an area that has rules, or a rule ID. */
export declare function ruleSelectorKnown(selector: string, knownRuleIds: ReadonlySet<string>): boolean;
/** `YYYY-MM-DD` naming a real day (not 2027-02-30). */
export declare function isCalendarDate(text: string): boolean;
