/**
 * Builds the IdentityModel from loaded inputs: indexes every template, turns the resources
 * the rules care about into entities, normalises every policy document, reads raw IAM JSON,
 * and links roles to policies and identity pools.
 */
import type { TemplateInput } from '../../inputs/types.js';
import type { IdentityPool, Role } from '../../model/entities.js';
import { Resolver } from './intrinsics.js';
import { type ModelParts } from '../../model/contribution.js';
import { type Resolved } from '../../values/resolved.js';
import { type Stack, type TemplateResource } from './stack.js';
import type { ResourceNode } from '../../values/resource-node.js';
/** The entities of a run's templates; `earlierRoles` are roles other dialects read, which policies and slots may name. */
export declare function buildModelParts(templates: readonly TemplateInput[], earlierRoles?: readonly Role[]): {
    parts: ModelParts;
    stacks: Stack[];
    resolver: Resolver;
};
/** Does the identity pool list `userPool` among its `CognitoIdentityProviders` (by reference)? */
export declare function poolAcceptsUserPool(pool: IdentityPool, userPool: ResourceNode): boolean;
/**
 * The user pool (and app client) a provider name written out names, among resources read from an
 * account, whose logical IDs are their IDs (src/inputs/aws-account.ts): `ProviderName` and
 * `IdentityProviderName` are `cognito-idp.<region>.amazonaws.com/<user pool ID>`, a `RoleMappings`
 * key adds `:<client ID>`. In a template a literal ID names nothing in the run.
 */
export declare function physicalProvider(value: Resolved, stack: Stack): {
    userPool: TemplateResource | undefined;
    client: TemplateResource | undefined;
} | undefined;
