/**
 * Which condition values a run is linted under (docs/semantics.md#conditions).
 *
 * Conditions the files decide (known parameter values) are applied to every template: the
 * rules see the template as deployed (src/dialects/cloudformation/deployed-view.ts). Conditions the files leave
 * open split the run into scenarios, one per consistent assignment of the open `Fn::Equals`
 * comparisons, so that values governed by one condition are never mixed across properties
 * (the guest role attached `!If [AllowGuests, …]` is judged together with
 * `AllowUnauthenticatedIdentities: !If [AllowGuests, true, false]`). Only the templates linked
 * to each other (one cloud assembly, nested stacks, a template and the ones it imports from) are
 * enumerated together; every other template is linted once, in the base run.
 *
 * Only conditions that govern resources the model reads are enumerated, at most
 * MAX_OPEN_ATOMS comparisons per group of templates; others keep both branches.
 */
import type { LoadedInputs, TemplateInput } from '../../inputs/types.js';
/** 2^5 = 32 scenarios at most for one group of linked templates. */
export declare const MAX_OPEN_ATOMS = 5;
/** A group of linked templates linted once per assignment of its open conditions. */
export interface ScenarioGroup {
    /** How many scenarios the group has. */
    readonly size: number;
    /**
     * The inputs of scenario `index`, made when asked (a group's views are never all held at once),
     * and what tells them apart: two scenarios of the group with the same `key` deploy every
     * template alike (the same views), so they have the same findings.
     */
    scenario(index: number): {
        inputs: LoadedInputs;
        key: string;
    };
    /** The files of the group. */
    readonly files: readonly string[];
    /** Words for the scenarios a finding holds in (`when condition \`GuestsOn\` is true`), undefined when it holds in all. */
    describe(scenarioIndices: ReadonlySet<number>): string | undefined;
    /** Open conditions left with both branches because the group has more than MAX_OPEN_ATOMS. */
    readonly truncated: boolean;
}
export interface ConditionPlan {
    /**
     * Templates whose conditions are decided or irrelevant, linted once: one part per group of linked
     * templates, so that a run holds the model of one group at a time and its peak memory follows the
     * largest group, not the sum of the files. The last part holds the raw IAM documents and whatever
     * else belongs to no template (unreadable files, parameter files).
     */
    readonly base: readonly LoadedInputs[];
    readonly groups: readonly ScenarioGroup[];
}
export declare function planConditions(inputs: LoadedInputs): ConditionPlan;
/**
 * The linked groups of a run's templates (the groups the condition plan enumerates together), for
 * `--shard` (src/engine/shard.ts): a group must be linted in one shard, else the findings that
 * cross its files would differ from the single run's. With each group, the role names its
 * policies attach to and the names its roles have, so raw IAM roles of those names (src/dialects/cloudformation/build.ts) can join it.
 */
export declare function linkedTemplateGroups(templates: readonly TemplateInput[]): Array<{
    templates: TemplateInput[];
    definedRoleNames: string[];
    attachedRoleNames: string[];
}>;
