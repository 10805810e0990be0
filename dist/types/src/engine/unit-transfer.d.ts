/**
 * A unit of a run's condition plan (src/engine/lint-plan.ts) as plain data, so that a worker
 * thread (src/engine/worker-pool.ts) can lint it: its documents as parses without position trees
 * (src/parsers/transferred.ts), its templates as they were loaded.
 *
 * A worker plans its unit again (planConditions on the unit alone), as groupwisePlan does for the
 * groups of large templates: a unit is one linked group, closed under everything that links
 * templates, so planning it alone gives the run the serial plan has for it (the same deployed
 * views, the same scenarios in the same order). A unit that plans otherwise is an internal error,
 * never a different report.
 */
import type { ConditionPlan } from '../dialects/cloudformation/scenarios.js';
import type { InputProblem, LoadedInputs, SkippedFile, TemplateInput } from '../inputs/types.js';
import { type TransferredParse } from '../parsers/transferred.js';
import { type UnitResult } from './lint-plan.js';
import type { Rule } from './rule.js';
import type { RunOptions } from './run.js';
import type { EngineSettings } from './settings.js';
export interface TransferredUnit {
    /** A base part of the plan (linted once), or a group linted per scenario. */
    kind: 'base' | 'group';
    /** Every document the unit refers to; the fields below refer to them by index. */
    docs: TransferredParse[];
    documents: number[];
    templates: Array<Omit<TemplateInput, 'doc'> & {
        doc: number;
    }>;
    iamDocuments: number[];
    terraformDocuments: number[];
    problems: Array<Omit<InputProblem, 'doc'> & {
        doc?: number;
    }>;
    skipped: SkippedFile[];
}
/** What a run's settings are in a worker: the folders the path rebasers of RunOptions are made from. */
export interface TransferredSettings {
    config?: EngineSettings;
    now?: Date;
    cwd: string;
    configDir: string;
    fingerprintDir: string;
}
/** The paths a finding's file is seen under by the config's globs and by fingerprints (RunOptions['paths']). */
export declare function runPaths(settings: Pick<TransferredSettings, 'cwd' | 'configDir' | 'fingerprintDir'>): NonNullable<RunOptions['paths']>;
/**
 * The plan's units, in its order, each with the templates as loaded (the plan's base parts hold
 * them as deployed under decided conditions, which a worker makes again). Undefined when some
 * document cannot cross as plain data: a large one kept as text, a view or an embedded document,
 * templates read from an AWS account.
 */
export declare function transferUnits(inputs: LoadedInputs, plan: ConditionPlan): TransferredUnit[] | undefined;
/** Lints a unit in a worker: what the serial run's lintPlan gets from it. */
export declare function lintTransferredUnit(unit: TransferredUnit, rules: readonly Rule[], settings: TransferredSettings): UnitResult;
