/**
 * Lints loaded inputs under every condition scenario they need (src/dialects/cloudformation/scenarios.ts) and
 * merges the runs into one result: a finding that holds in every scenario of its group is
 * reported once, as it is; one that holds only in some says when (`when condition
 * \`GuestsOn\` is true`). Unused suppressions are warned about only when no run used them.
 */
import type { EngineSettings as Config } from './settings.js';
import type { LoadedInputs } from '../inputs/types.js';
import { type ConditionPlan, type ScenarioGroup } from '../dialects/cloudformation/scenarios.js';
import type { Rule } from './rule.js';
import { type RunOptions } from './run.js';
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
export declare function lintUnderConditions(inputs: LoadedInputs, rules: readonly Rule[], options: PlannedRunOptions & {
    units?: UnitLinter;
}): PlannedResult;
export declare function lintBasePart(part: LoadedInputs, rules: readonly Rule[], options: PlannedRunOptions): UnitResult;
export declare function lintScenarioGroup(group: ScenarioGroup, rules: readonly Rule[], options: PlannedRunOptions): UnitResult;
/** The run's result from its units' results, in the plan's order. */
export declare function mergeUnits(units: Iterable<UnitResult>, rules: readonly Rule[], options: PlannedRunOptions): PlannedResult;
