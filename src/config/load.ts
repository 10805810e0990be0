/**
 * Find, parse and validate the configuration file. A bad config is a usage error (exit 2)
 * with one clear line naming the file and the key, never a stack trace.
 */
import type { ErrorObject } from 'ajv';
import validateConfig from '../generated/config-validator.js';
import { parseText } from '../parsers/index.js';
import type { FileSystem } from '../inputs/types.js';
import { compileGlob, isGlobRefusal } from '../util/glob.js';
import { compileIgnore } from '../util/ignore-file.js';
import { didYouMean } from '../util/suggest.js';
import type { Config } from './types.js';

export const CONFIG_FILE_NAMES = ['.cognito-iam-lint.yaml', '.cognito-iam-lint.yml', '.cognito-iam-lint.json'];
/** gitignore syntax, src/util/ignore-file.ts. */
export const IGNORE_FILE_NAME = '.cognito-iam-lintignore';

export class ConfigError extends Error {}

/**
 * The nearest config file at or above `cwd`, or undefined. Anything but a directory at a config
 * file's name stops the search, a FIFO included: the caller refuses what is not a regular file, so a
 * parent directory's config never applies in its place without a word.
 */
export function findConfigFile(
  fs: FileSystem,
  cwd: string,
  join: (a: string, b: string) => string,
  dirname: (p: string) => string,
): string | undefined {
  return findUpward(fs, cwd, CONFIG_FILE_NAMES, join, dirname);
}

/** The first of `names` in `start` or the nearest folder above it that has one (not a directory). */
export function findUpward(
  fs: FileSystem,
  start: string,
  names: readonly string[],
  join: (a: string, b: string) => string,
  dirname: (p: string) => string,
): string | undefined {
  let dir = start;
  for (let i = 0; i < 64; i++) {
    for (const name of names) {
      const candidate = join(dir, name);
      const stat = fs.stat(candidate);
      if (stat && !stat.isDirectory) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
  return undefined;
}

const code = (name: string): string => `\`${name}\``;

/** Parse and validate a config file's text; throws ConfigError with a one-line message. */
export function parseConfig(displayName: string, text: string, knownRuleIds: ReadonlySet<string>): Config {
  const doc = parseText(displayName, text);
  const first = doc.syntaxErrors[0];
  if (first)
    throw new ConfigError(`${displayName}:${first.range.start.line}:${first.range.start.column}: ${first.message}`);
  const data = doc.data ?? {};
  // Compiled at build time from schemas/config.schema.json (build/validators.mjs).
  const validator = validateConfig;
  if (!validator(data)) {
    const error = mostSpecific(validator.errors ?? []);
    const pointer = error ? effectivePointer(error) : '';
    const key = tokens(pointer).join('.');
    // Unknown keys and bad rule IDs are about the key itself; other errors about the value.
    const which =
      error && (error.keyword === 'additionalProperties' || propertyNameOf(error) !== undefined) ? 'key' : 'value';
    const range = doc.locate(pointer, which);
    throw new ConfigError(
      `${displayName}:${range.start.line}:${range.start.column}: ${key ? `\`${key}\` ` : ''}${describeError(error)}`,
    );
  }
  const config = data as Config & { parameters?: Record<string, unknown> };
  for (const id of Object.keys(config.rules ?? {})) {
    if (!knownRuleIds.has(id)) {
      const range = doc.locate(`/rules/${id.replace(/~/g, '~0').replace(/\//g, '~1')}`, 'key');
      throw new ConfigError(
        `${displayName}:${range.start.line}:${range.start.column}: \`rules.${id}\` names no rule (${didYouMean(id, knownRuleIds, code)}see --list-rules).`,
      );
    }
  }
  checkGlobs(displayName, doc, config);
  for (const [index, suppression] of (config.suppressions ?? []).entries()) {
    const at = (key: string): string => {
      const range = doc.locate(`/suppressions/${index}/${key}`);
      return `${displayName}:${range.start.line}:${range.start.column}: \`suppressions.${index}.${key}\``;
    };
    if (!ruleSelectorKnown(suppression.rule, knownRuleIds)) {
      throw new ConfigError(
        `${at('rule')} names no rule (${didYouMean(suppression.rule, knownRuleIds, code)}see --list-rules).`,
      );
    }
    if (suppression.expires !== undefined && !isCalendarDate(suppression.expires)) {
      throw new ConfigError(`${at('expires')} is not a date (YYYY-MM-DD).`);
    }
  }
  if (config.parameters) {
    config.parameters = Object.fromEntries(Object.entries(config.parameters).map(([k, v]) => [k, String(v)]));
  }
  return config as Config;
}

/**
 * Every glob of the config compiles (src/util/glob.ts): one that cannot be matched in linear
 * time or costs too much to compile is refused at its key, before any file is read.
 */
function checkGlobs(displayName: string, doc: ReturnType<typeof parseText>, config: Config): void {
  const globs: Array<[pointer: string, glob: string]> = [];
  for (const key of ['include', 'exclude'] as const)
    (config[key] ?? []).forEach((g, i) => globs.push([`/${key}/${i}`, g]));
  (config.suppressions ?? []).forEach((s, i) => {
    if (typeof s.files === 'string') globs.push([`/suppressions/${i}/files`, s.files]);
    else s.files.forEach((g, j) => globs.push([`/suppressions/${i}/files/${j}`, g]));
  });
  // The lines of `ignores` are gitignore patterns, compiled to the same globs.
  for (const error of compileIgnore(config.ignores ?? []).errors) {
    const pointer = `/ignores/${error.line - 1}`;
    const range = doc.locate(pointer);
    throw new ConfigError(
      `${displayName}:${range.start.line}:${range.start.column}: \`${tokens(pointer).join('.')}\`: the glob ${error.refused}.`,
    );
  }
  for (const [pointer, glob] of globs) {
    const compiled = compileGlob(glob);
    if (isGlobRefusal(compiled)) {
      const range = doc.locate(pointer);
      throw new ConfigError(
        `${displayName}:${range.start.line}:${range.start.column}: \`${tokens(pointer).join('.')}\`: the glob ${compiled.refused}.`,
      );
    }
  }
}

/** `*`, `<area>/*` naming an area that has rules, or a rule ID. */
export function ruleSelectorKnown(selector: string, knownRuleIds: ReadonlySet<string>): boolean {
  if (selector === '*') return true;
  if (selector.endsWith('/*')) {
    const area = selector.slice(0, -1);
    return [...knownRuleIds].some((id) => id.startsWith(area));
  }
  return knownRuleIds.has(selector);
}

/** `YYYY-MM-DD` naming a real day (not 2027-02-30). */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/**
 * The error a user should see: the deepest one, counting the offending key for unknown keys and
 * bad property names (so a misspelt key inside a rule setting wins over the other `oneOf`
 * branch's "must be one of"), and never the `oneOf` summary when something more specific exists.
 */
function mostSpecific(errors: ErrorObject[]): ErrorObject | undefined {
  const depth = (e: ErrorObject): number => tokens(effectivePointer(e)).length;
  return [...errors].sort(
    (a, b) => depth(b) - depth(a) || Number(a.keyword === 'oneOf') - Number(b.keyword === 'oneOf'),
  )[0];
}

/** The bad property name of a `propertyNames` failure (ajv reports it on the error or in its params). */
function propertyNameOf(error: ErrorObject): string | undefined {
  const withName = error as ErrorObject & { propertyName?: string };
  if (typeof withName.propertyName === 'string') return withName.propertyName;
  const params = error.params as { propertyName?: unknown };
  return error.keyword === 'propertyNames' && typeof params.propertyName === 'string' ? params.propertyName : undefined;
}

/** The pointer of the node the error is about: the offending key for unknown keys and bad names. */
function effectivePointer(error: ErrorObject): string {
  const escape = (t: string): string => t.replace(/~/g, '~0').replace(/\//g, '~1');
  if (error.keyword === 'additionalProperties') {
    return `${error.instancePath}/${escape(String((error.params as { additionalProperty: string }).additionalProperty))}`;
  }
  const name = propertyNameOf(error);
  return name !== undefined ? `${error.instancePath}/${escape(name)}` : error.instancePath;
}

function tokens(pointer: string): string[] {
  return pointer
    .slice(1)
    .split('/')
    .filter(Boolean)
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function describeError(error: ErrorObject | undefined): string {
  if (!error) return 'is invalid.';
  switch (error.keyword) {
    case 'additionalProperties':
      return 'is not a known setting.';
    case 'enum':
      return `must be one of ${((error.params as { allowedValues: unknown[] }).allowedValues ?? []).join(', ')}.`;
    case 'type':
      return `must be ${(error.params as { type: string }).type}.`;
    case 'required':
      return `needs \`${String((error.params as { missingProperty: unknown }).missingProperty)}\`.`;
    case 'propertyNames':
    case 'pattern':
      if (propertyNameOf(error) !== undefined) return 'is not a rule ID (`<area>/<name>`, lower case).';
      if (/^\/suppressions\/\d+\/rule$/.test(error.instancePath))
        return 'must be a rule ID, an area (`trust/*`) or `*`.';
      if (/^\/suppressions\/\d+\/reason$/.test(error.instancePath)) return 'must say why the finding is accepted.';
      if (/^\/suppressions\/\d+\/expires$/.test(error.instancePath)) return 'is not a date (YYYY-MM-DD).';
      return `${error.message ?? 'is invalid'}.`;
    default:
      return `${error.message ?? 'is invalid'}.`;
  }
}
