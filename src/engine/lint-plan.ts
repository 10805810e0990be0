/**
 * Lints loaded inputs under every condition scenario they need (src/dialects/cloudformation/scenarios.ts) and
 * merges the runs into one result: a finding that holds in every scenario of its group is
 * reported once, as it is; one that holds only in some says when (`when condition
 * \`GuestsOn\` is true`). Unused suppressions are warned about only when no run used them.
 */
import type { EngineSettings as Config } from './settings.js';
import type { LoadedInputs } from '../inputs/types.js';
import { buildIdentityModel } from '../dialects/index.js';
import { planConditions, type ConditionPlan, type ScenarioGroup } from '../dialects/cloudformation/scenarios.js';
import { groupwisePlan, type LazyPlan } from './groupwise-plan.js';
import type { Rule } from './rule.js';
import { dedupeNotifications, enabledRules, runRules, sortFindings, type RunOptions, type RunResult } from './run.js';
import type { SuppressionUsage } from './suppressions.js';
import type { Finding, Notification } from './types.js';

export interface PlannedRunOptions {
  config?: Config;
  now?: Date;
  paths?: RunOptions['paths'];
  /**
   * Called with the files of each model as it is built (tests): one model is alive at a time, and
   * unlinked templates get one each, so peak memory follows the largest linked group.
   */
  onModel?: (files: readonly string[]) => void;
}

export interface PlannedResult {
  findings: Finding[];
  notifications: Notification[];
  rules: Rule[];
}

/**
 * What one unit of a plan adds to the run, as plain data: a base part (a linked group linted
 * once), or a group linted once per scenario. Units are linted one after another here, or in
 * worker threads (src/engine/worker-pool.ts); mergeUnits makes the same result of either.
 */
export interface UnitResult {
  findings: Finding[];
  notifications: Notification[];
  suppressionUsage: SuppressionUsage[];
}

/** Lints the units of a plan elsewhere (worker threads), in order; undefined: lint them here. */
export type UnitLinter = (inputs: LoadedInputs, plan: ConditionPlan) => UnitResult[] | undefined;

export function lintUnderConditions(
  inputs: LoadedInputs,
  rules: readonly Rule[],
  options: PlannedRunOptions & { units?: UnitLinter },
): PlannedResult {
  const lazy = groupwisePlan(inputs);
  if (lazy) return mergeUnits(unitsOf(lazy, rules, options), rules, options);
  const plan = planConditions(inputs);
  const elsewhere = options.units?.(inputs, plan);
  return mergeUnits(elsewhere ?? unitsOf(plan, rules, options), rules, options);
}

/** The results of a plan's units, linted one at a time: each model is dropped as soon as its rules have run. */
function* unitsOf(
  plan: ConditionPlan | LazyPlan,
  rules: readonly Rule[],
  options: PlannedRunOptions,
): Generator<UnitResult> {
  for (const part of plan.base) yield lintBasePart(part, rules, options);
  for (const group of plan.groups) yield lintScenarioGroup(group, rules, options);
}

function runOn(scenario: LoadedInputs, rules: readonly Rule[], options: PlannedRunOptions): RunResult {
  options.onModel?.(scenario.documents.map((doc) => doc.file));
  return runRules(buildIdentityModel(scenario), rules, options);
}

export function lintBasePart(part: LoadedInputs, rules: readonly Rule[], options: PlannedRunOptions): UnitResult {
  const { findings, notifications, suppressionUsage } = runOn(part, rules, options);
  return { findings, notifications, suppressionUsage };
}

export function lintScenarioGroup(
  group: ScenarioGroup,
  rules: readonly Rule[],
  options: PlannedRunOptions,
): UnitResult {
  // Scenarios that deploy every template alike (conditions that differ only where no view asks,
  // or that combine to the same truths) have the same result: linted once.
  const byKey = new Map<string, RunResult>();
  const results = Array.from({ length: group.size }, (_, i) => {
    const { inputs, key } = group.scenario(i);
    let result = byKey.get(key);
    if (result === undefined) {
      result = runOn(inputs, rules, options);
      byKey.set(key, result);
    }
    return result;
  });
  const notifications = results.flatMap((r) => r.notifications);
  if (group.truncated) {
    notifications.push({
      level: 'note',
      kind: 'unresolved',
      // About the group's first file, so that it sorts with that file's notes (and a sharded run's merge finds its shard).
      ...(group.files[0] !== undefined ? { file: group.files[0] } : {}),
      message: `${group.files.join(', ')}: more conditions depend on parameters with no given value than are enumerated; the others are judged with both branches (pass --parameter to decide them).`,
    });
  }
  return {
    findings: mergeScenarios(group, results),
    notifications,
    suppressionUsage: results.flatMap((r) => r.suppressionUsage),
  };
}

/** The run's result from its units' results, in the plan's order. */
export function mergeUnits(
  units: Iterable<UnitResult>,
  rules: readonly Rule[],
  options: PlannedRunOptions,
): PlannedResult {
  const findings: Finding[] = [];
  const notifications: Notification[] = [];
  const usage: SuppressionUsage[] = [];
  for (const unit of units) {
    findings.push(...unit.findings);
    notifications.push(...unit.notifications);
    usage.push(...unit.suppressionUsage);
  }
  if (options.config?.reportUnusedSuppressions) notifications.push(...unusedSuppressions(usage));
  return {
    findings: sortFindings(findings),
    notifications: byFile(dedupeNotifications(notifications)),
    rules: enabledRules(rules, options.config),
  };
}

/**
 * Notes by file, and in the order they were made within a file (rule order, then the model's):
 * the same whether the files were linted in one model or one linked group at a time. Notes that
 * name no file (config suppressions, conditions left open) come last.
 */
function byFile(notes: Notification[]): Notification[] {
  return notes
    .map((note, i) => ({ note, i }))
    .sort((a, b) => compareFiles(a.note.file, b.note.file) || a.i - b.i)
    .map(({ note }) => note);
}

function compareFiles(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}

/**
 * One finding per problem, saying in which scenarios it holds when not in all. The same finding
 * (rule, resource, severity, message) reported at the two branches of an `Fn::If` — each in the
 * scenarios that take its branch, never both in one — is one problem: it is reported once, at
 * the first of its positions, holding in the union of their scenarios.
 */
function mergeScenarios(group: ScenarioGroup, results: readonly RunResult[]): Finding[] {
  const exact = new Map<string, { finding: Finding; scenarios: Set<number> }>();
  results.forEach((result, index) => {
    for (const finding of result.findings) {
      const key = [
        finding.fingerprint,
        finding.severity,
        finding.message,
        finding.range.start.line,
        finding.range.start.column,
      ].join('\u0000');
      const entry = exact.get(key);
      if (entry) entry.scenarios.add(index);
      else exact.set(key, { finding, scenarios: new Set([index]) });
    }
  });
  const problems = new Map<string, Array<{ finding: Finding; scenarios: Set<number> }>>();
  for (const entry of sortedByPosition([...exact.values()])) {
    const { finding } = entry;
    const key = [
      finding.ruleId,
      finding.file,
      finding.resource?.stack,
      finding.resource?.logicalId,
      finding.severity,
      finding.message,
    ].join('\u0000');
    const same = problems.get(key) ?? [];
    const disjoint = same.find((other) => [...entry.scenarios].every((i) => !other.scenarios.has(i)));
    if (disjoint) for (const i of entry.scenarios) disjoint.scenarios.add(i);
    else same.push(entry);
    problems.set(key, same);
  }
  return [...problems.values()].flat().map(({ finding, scenarios }) => {
    const when = group.describe(scenarios);
    return when === undefined ? finding : { ...finding, message: withCondition(finding.message, when), when };
  });
}

function sortedByPosition<T extends { finding: Finding }>(entries: T[]): T[] {
  return entries.sort(
    (a, b) =>
      a.finding.range.start.line - b.finding.range.start.line ||
      a.finding.range.start.column - b.finding.range.start.column,
  );
}

/** `Role X may …` + `when condition \`C\` is true` → `Role X may … (when condition \`C\` is true).` */
function withCondition(message: string, when: string): string {
  return `${message.replace(/\.$/, '')} (${when}).`;
}

function unusedSuppressions(usage: SuppressionUsage[]): Notification[] {
  const used = new Set<string>();
  const unused = new Map<string, Notification>();
  for (const { used: wasUsed, unusedNote } of usage) {
    const key = JSON.stringify(unusedNote);
    if (wasUsed) used.add(key);
    else unused.set(key, unusedNote);
  }
  return [...unused].filter(([key]) => !used.has(key)).map(([, note]) => note);
}
