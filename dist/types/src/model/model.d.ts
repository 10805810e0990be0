/**
 * The frozen model of a run's identity architecture, with the queries rules share.
 * Rules never parse and never branch on the input format: a role from YAML, JSON, cdk.out
 * or `get-account-authorization-details` output looks the same here.
 */
import type { FindingResource } from '../core/types.js';
import type { InputProblem, LoadedInputs } from '../inputs/types.js';
import type { ParsedDocument } from '../parsers/types.js';
import { type Bucket } from './buckets.js';
import type { IdentityPool, PolicyRecord, Role, RoleSlot } from './entities.js';
import type { Resolver } from './intrinsics.js';
import type { ModelParts } from './model-parts.js';
import type { Resolved } from './resolved.js';
import type { SourceRef } from './source.js';
import { type Stack } from './stack.js';
import { type ApiEntities } from './apis.js';
import { type UserPoolEntities } from './user-pools.js';
export declare class IdentityModel {
    readonly documents: readonly ParsedDocument[];
    readonly problems: readonly InputProblem[];
    readonly stacks: readonly Stack[];
    readonly roles: readonly Role[];
    readonly policies: readonly PolicyRecord[];
    readonly identityPools: readonly IdentityPool[];
    readonly slots: readonly RoleSlot[];
    readonly resolver: Resolver;
    /** User pools, app clients, groups, principal tags (src/model/user-pools.ts). */
    readonly userPoolEntities: UserPoolEntities;
    readonly buckets: readonly Bucket[];
    /** REST/HTTP/SAM APIs, methods, routes, authorizers (src/model/apis.ts). */
    readonly apiEntities: ApiEntities;
    /** What the model could not decide while reading (policy text that does not parse once filled in): `unresolved` notifications of the run. */
    readonly notes: ModelParts['notes'];
    private readonly rawEntities;
    private readonly stackByDoc;
    constructor(inputs: LoadedInputs);
    /** Roles whose trust lets identity-pool identities call `sts:AssumeRoleWithWebIdentity` (RULES.md "Identity-pool role"). */
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
