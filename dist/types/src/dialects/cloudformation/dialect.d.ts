/**
 * CloudFormation as a dialect: templates, SAM, cloud assemblies, Amplify projects and account
 * snapshots (every input src/inputs turns into a TemplateInput), read into the model's entities.
 */
import type { LoadedInputs } from '../../inputs/types.js';
import type { Resolver } from './intrinsics.js';
import type { Dialect, ModelContribution, ReadContext } from '../../model/contribution.js';
import { type Stack } from './stack.js';
export declare const cloudFormation: Dialect;
/** The contribution of a run's templates, with the stacks and resolver it was read with (tests look into them). */
export declare function readCloudFormation(inputs: LoadedInputs, context: ReadContext): {
    contribution: ModelContribution;
    stacks: readonly Stack[];
    resolver: Resolver;
};
