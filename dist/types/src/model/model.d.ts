/**
 * The frozen model of a run's identity architecture, with the queries rules share.
 * Rules never parse and never branch on the input format: a role from YAML, JSON, cdk.out
 * or `get-account-authorization-details` output looks the same here.
 */
import type { FindingResource } from '../core/types.js';
import type { InputProblem } from '../inputs/types.js';
import type { ParsedDocument } from '../parsers/types.js';
import type { SourceRef } from '../parsers/source.js';
import type { Resolved } from '../values/resolved.js';
import type { Resolver } from '../dialects/cloudformation/intrinsics.js';
import type { Stack } from '../dialects/cloudformation/stack.js';
import type { ModelParts } from '../dialects/model-parts.js';
import type { ApiEntities } from './apigateway.js';
import type { UserPoolEntities } from './cognito.js';
import type { IdentityPool, PolicyRecord, Role, RoleSlot } from './entities.js';
import type { Bucket } from './s3.js';
/** Everything the dialects read from a run's inputs (src/dialects/index.ts builds it). */
export interface ModelContents {
    readonly documents: readonly ParsedDocument[];
    readonly problems: readonly InputProblem[];
    readonly parts: ModelParts;
    readonly buckets: readonly Bucket[];
    readonly userPoolEntities: UserPoolEntities;
    readonly apiEntities: ApiEntities;
    /** The template resource a node of a stack belongs to, as a finding names it. */
    readonly resourceInStack: (stack: Stack, source: SourceRef) => FindingResource | undefined;
}
export declare class IdentityModel {
    readonly documents: readonly ParsedDocument[];
    readonly problems: readonly InputProblem[];
    readonly stacks: readonly Stack[];
    readonly roles: readonly Role[];
    readonly policies: readonly PolicyRecord[];
    readonly identityPools: readonly IdentityPool[];
    readonly slots: readonly RoleSlot[];
    readonly resolver: Resolver;
    /** User pools, app clients, groups, principal tags (src/dialects/cloudformation/user-pools.ts). */
    readonly userPoolEntities: UserPoolEntities;
    readonly buckets: readonly Bucket[];
    /** REST/HTTP/SAM APIs, methods, routes, authorizers (src/dialects/cloudformation/apis.ts). */
    readonly apiEntities: ApiEntities;
    /** What the model could not decide while reading (policy text that does not parse once filled in): `unresolved` notifications of the run. */
    readonly notes: ModelParts['notes'];
    private readonly rawEntities;
    private readonly stackByDoc;
    private readonly resourceInStack;
    constructor(contents: ModelContents);
    /** Roles whose trust lets identity-pool identities call `sts:AssumeRoleWithWebIdentity` (docs/semantics.md#identity-pool-role). */
    identityPoolRoles(): Role[];
    /** The identity pool a value refers to (`Ref` of an `AWS::Cognito::IdentityPool`, possibly across stacks). */
    identityPoolFor(value: Resolved): IdentityPool | undefined;
    slotsOfRole(role: Role): RoleSlot[];
    slotsOfPool(pool: IdentityPool): RoleSlot[];
    /** The stack a template document belongs to. */
    stackOf(doc: ParsedDocument): Stack | undefined;
    /** The resource a finding at `source` concerns: the template resource containing it, or the raw IAM entity. */
    resourceAt(source: SourceRef): FindingResource | undefined;
}
