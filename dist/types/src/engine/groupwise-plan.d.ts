/**
 * The condition plan of a run with large templates (src/inputs/light-document.ts), made one linked
 * group at a time so that peak memory follows the largest group, not the sum of the files
 * (issue 12, class 8). planConditions builds every template's stack at once to find the groups;
 * here each template is parsed alone to learn its links, dropped, and each group is parsed again
 * when its turn comes and dropped after its rules ran. The runs are those of planConditions, in
 * its order, so the report is the same byte for byte.
 *
 * Only where a template's links can be learned from it alone: role names (RoleName, a policy's
 * Roles) resolve within their template. Cloud assemblies, nested stacks, `Fn::ImportValue` (an
 * export of another template) and raw IAM documents (a policy attaching to a role none of the
 * templates define) take planConditions' way, holding every tree.
 */
import type { LoadedInputs } from '../inputs/types.js';
import { type ScenarioGroup } from '../dialects/cloudformation/scenarios.js';
export interface LazyPlan {
    base: Iterable<LoadedInputs>;
    groups: Iterable<ScenarioGroup>;
}
/** The plan made group by group, or undefined when the run has no large template or its links need every template at once. */
export declare function groupwisePlan(inputs: LoadedInputs): LazyPlan | undefined;
