/**
 * What the engine reads of the configuration: per-rule switches and severity overrides (the
 * severity policy), suppressions kept outside the templates, and whether to report unused ones.
 * The config file's shape (config/types.ts `Config`) extends it with what the inputs and the CLI
 * read, so the engine never imports the config floor above it.
 */
import type { Severity } from '../core/types.js';

export type RuleSetting = 'off' | Severity | { severity?: Severity | 'off' };

/**
 * A suppression kept outside the template, for reviewers (SARIF `kind: external`): it names the
 * rule, the files (minimatch globs, relative to the config file's folder) and optionally the
 * resource, and must give a reason.
 */
export interface ExternalSuppression {
  /** A rule ID, an area (`trust/*`) or `*`. */
  rule: string;
  /** One glob or several; a finding's file must match one of them. */
  files: string | string[];
  /** CloudFormation logical ID, or CDK construct path (a path also covers the constructs below it). */
  resource?: string;
  reason: string;
  /** `YYYY-MM-DD`: from the day after, the suppression no longer applies. */
  expires?: string;
}

export interface EngineSettings {
  /** Per-rule switches and severity overrides, by rule ID. */
  rules?: Record<string, RuleSetting>;
  /** Suppressions outside the templates (reviewers' decisions). */
  suppressions?: ExternalSuppression[];
  /** Report in-source and external suppressions that matched no finding (like --report-unused-suppressions). */
  reportUnusedSuppressions?: boolean;
}

/** The effective setting of one rule: undefined when disabled. */
export function effectiveSeverity(
  config: EngineSettings | undefined,
  ruleId: string,
  fallback: Severity,
): Severity | undefined {
  const setting = config?.rules?.[ruleId];
  if (setting === undefined) return fallback;
  if (setting === 'off') return undefined;
  if (typeof setting === 'string') return setting;
  if (setting.severity === 'off') return undefined;
  return setting.severity ?? fallback;
}

/** Whether a severity override applies (the config pins a severity, replacing the rule's own choice). */
export function configuredSeverity(config: EngineSettings | undefined, ruleId: string): Severity | undefined {
  const setting = config?.rules?.[ruleId];
  if (setting === undefined || setting === 'off') return undefined;
  if (typeof setting === 'string') return setting;
  return setting.severity === 'off' ? undefined : setting.severity;
}
