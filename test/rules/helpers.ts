/**
 * Lint files through the real pipeline (parse → model → rules → findings) and reduce findings to
 * what a user sees — rule, message, position, resource. Rule tests use the RuleTester built on
 * these (rule-tester.ts); model and e2e tests use them directly.
 */
import { join } from 'node:path';
import { lint, type LintReport } from '../../src/index.js';
import { nodeFileSystem } from '../../src/inputs/node-fs.js';
import type { Config } from '../../src/config/types.js';

export const REPO_ROOT = join(import.meta.dirname, '..', '..');
export const RULE_FIXTURES = 'test/fixtures/rules';

export interface SeenFinding {
  ruleId: string;
  messageId: string;
  severity: string;
  file: string;
  line: number;
  column: number;
  resource: string | undefined;
  cdkPath?: string;
}

/** Lint paths relative to the repository root. */
export function lintPaths(
  paths: string[],
  options: { config?: Config; parameters?: Map<string, string> } = {},
): LintReport {
  return lint(paths, {
    fs: nodeFileSystem,
    cwd: REPO_ROOT,
    ...(options.config ? { config: options.config } : {}),
    ...(options.parameters ? { parameters: options.parameters } : {}),
    now: new Date('2026-11-26T00:00:00Z'),
  }).report;
}

/** The findings of one rule (all rules when omitted), as a user sees them. */
export function seen(report: LintReport, ruleId?: string): SeenFinding[] {
  return report.findings
    .filter((f) => ruleId === undefined || f.ruleId === ruleId)
    .map((f) => ({
      ruleId: f.ruleId,
      messageId: f.messageId,
      severity: f.severity,
      file: f.file,
      line: f.range.start.line,
      column: f.range.start.column,
      resource: f.resource?.logicalId,
      ...(f.resource?.cdkPath !== undefined ? { cdkPath: f.resource.cdkPath } : {}),
    }));
}
