/**
 * Builds the IdentityModel from loaded inputs: indexes every template, turns the resources
 * the rules care about into entities, normalises every policy document, reads raw IAM JSON,
 * and links roles to policies and identity pools.
 */
import type { LoadedInputs } from '../../inputs/types.js';
import type { Entity, IdentityPool } from '../../model/entities.js';
import type { ModelParts } from '../model-parts.js';
import { type Resolved } from '../../values/resolved.js';
import { type Stack, type TemplateResource } from './stack.js';
import type { ResourceNode } from '../../values/resource-node.js';
export declare function buildModelParts(inputs: LoadedInputs): ModelParts;
export declare function templateEntity(resource: TemplateResource): Entity;
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
