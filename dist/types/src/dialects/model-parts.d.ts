/**
 * What the model builders fill in while reading the inputs (build.ts for templates, raw-iam.ts for
 * bare IAM documents), before IdentityModel indexes it. Its own module so that the readers share
 * the shape without importing one another.
 */
import type { FindingResource } from '../core/types.js';
import type { ParsedDocument, Pointer } from '../parsers/types.js';
import type { IdentityPool, PolicyRecord, Role, RoleSlot } from '../model/entities.js';
import type { Resolver } from './cloudformation/intrinsics.js';
import type { PolicyTextNote } from './cloudformation/policy-text.js';
import type { Stack } from './cloudformation/stack.js';
export interface ModelParts {
    stacks: Stack[];
    resolver: Resolver;
    roles: Role[];
    policies: PolicyRecord[];
    identityPools: IdentityPool[];
    slots: RoleSlot[];
    /** Resources of raw IAM documents, by document and pointer prefix (templates use their resources instead). */
    rawEntities: Map<ParsedDocument, Array<{
        pointer: Pointer;
        resource: FindingResource;
    }>>;
    /** What the model could not decide while reading (policy text it could not parse): `unresolved` notifications. */
    notes: PolicyTextNote[];
}
