/**
 * Lints loaded inputs under every condition scenario they need (src/dialects/cloudformation/scenarios.ts) and
 * merges the runs into one result: a finding that holds in every scenario of its group is
 * reported once, as it is; one that holds only in some says when (`when condition
 * \`GuestsOn\` is true`). Unused suppressions are warned about only when no run used them.
 */
import type { EngineSettings as Config } from './settings.js';
import type { LoadedInputs } from '../inputs/types.js';
import type { Rule } from './rule.js';
import { type RunOptions } from './run.js';
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
export declare function lintUnderConditions(inputs: LoadedInputs, rules: readonly Rule[], options: PlannedRunOptions): PlannedResult;
