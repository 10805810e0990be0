/**
 * Builds the IdentityModel from loaded inputs: indexes every template, turns the resources
 * the rules care about into entities, normalises every policy document, reads raw IAM JSON,
 * and links roles to policies and identity pools.
 */
import type { TemplateInput } from '../../inputs/types.js';
import type { Role } from '../../model/entities.js';
import { Resolver } from './intrinsics.js';
import { type ModelParts } from '../../model/contribution.js';
import { type Stack } from './stack.js';
/** The entities of a run's templates; `earlierRoles` are roles other dialects read, which policies and slots may name. */
export declare function buildModelParts(templates: readonly TemplateInput[], earlierRoles?: readonly Role[]): {
    parts: ModelParts;
    stacks: Stack[];
    resolver: Resolver;
};
