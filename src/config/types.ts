/** The configuration file's shape (validated by schemas/config.schema.json). */
import type { Severity } from '../core/types.js';
import type { EngineSettings } from '../engine/settings.js';

// What the engine reads (rules, suppressions, reportUnusedSuppressions) is declared beside it,
// in engine/settings.ts, with the severity policy.
export type { EngineSettings, ExternalSuppression, RuleSetting } from '../engine/settings.js';

export interface Config extends EngineSettings {
  /** Default for --fail-on. */
  failOn?: Severity | 'none';
  /** Globs relative to the config file's folder (as `exclude` and suppressions' `files`). */
  include?: string[];
  exclude?: string[];
  /** Lines of an ignore file (gitignore syntax), relative to the config file's folder. */
  ignores?: string[];
  /** Template parameter values (like --parameter). */
  parameters?: Record<string, string>;
}
