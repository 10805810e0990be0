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
import type { IdentityPool, PolicyRecord, Role, RoleSlot, UnreadableRoles } from './entities.js';
import type { ModelContribution, ModelEntities, NodePlacement, SuppressionScope } from './contribution.js';
/** Everything the dialects read from a run's inputs (src/dialects/index.ts builds it). */
export interface ModelContents {
    readonly documents: readonly ParsedDocument[];
    readonly problems: readonly InputProblem[];
    readonly contributions: readonly ModelContribution[];
}
/** The identity pool a value names: `Ref`/`Fn::GetAtt …Id` of a pool resource, or a pool read from an account by its ID. */
export declare function identityPoolNamed(pools: readonly IdentityPool[], value: Resolved): IdentityPool | undefined;
/**
 * A base that gives the model ModelEntities' fields, so they are declared once (in contribution.ts),
 * not listed again here: TypeScript cannot type a class's fields from an interface without the cast.
 */
declare const WithEntities: new (entities: ModelEntities) => ModelEntities;
export declare class IdentityModel extends WithEntities {
    readonly documents: readonly ParsedDocument[];
    readonly problems: readonly InputProblem[];
    private readonly contributions;
    private readonly scopeByDoc;
    constructor(contents: ModelContents);
    /**
     * The policies the user wrote: every policy but AWS managed ones (read from
     * `get-account-authorization-details` output), which are AWS's documents to get right, not the user's.
     */
    writtenPolicies(): PolicyRecord[];
    /** Roles whose trust lets identity-pool identities call `sts:AssumeRoleWithWebIdentity` (docs/semantics.md#identity-pool-role). */
    identityPoolRoles(): Role[];
    /** The identity pool a value refers to (`Ref` of an `AWS::Cognito::IdentityPool`, possibly across stacks). */
    identityPoolFor(value: Resolved): IdentityPool | undefined;
    slotsOfRole(role: Role): RoleSlot[];
    slotsOfPool(pool: IdentityPool): RoleSlot[];
    /** The role attachments of the pool whose roles could not be read: its slots may hold more than slotsOfPool says. */
    unreadableRolesOf(pool: IdentityPool): UnreadableRoles[];
    /** The suppressions a document's own text may declare (a template's `Metadata`), when its dialect has such. */
    suppressionScopeOf(doc: ParsedDocument): SuppressionScope | undefined;
    /** Where a node sits, as the dialect that read its document says. */
    placementOf(source: SourceRef): NodePlacement | undefined;
    /** The resource a finding at `source` concerns. */
    resourceAt(source: SourceRef): FindingResource | undefined;
    /** contribution.stableNameOf, from the dialect that read the document. */
    stableNameOf(doc: ParsedDocument): string | undefined;
}
export {};
