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
import { identityPoolTrustStatements } from '../iam/trust.js';
import { emptyApiEntities } from './apigateway.js';
import { emptyUserPoolEntities } from './cognito.js';
import type { IdentityPool, PolicyRecord, Role, RoleSlot, UnreadableRoles } from './entities.js';
import type { ModelContribution, ModelEntities, NodePlacement, SuppressionScope } from './contribution.js';

/** Everything the dialects read from a run's inputs (src/dialects/index.ts builds it). */
export interface ModelContents {
  readonly documents: readonly ParsedDocument[];
  readonly problems: readonly InputProblem[];
  readonly contributions: readonly ModelContribution[];
}

/** The identity pool a value names: `Ref`/`Fn::GetAtt …Id` of a pool resource, or a pool read from an account by its ID. */
export function identityPoolNamed(pools: readonly IdentityPool[], value: Resolved): IdentityPool | undefined {
  // A literal pool ID names a pool read from an account (a trust's `aud` written in the console).
  if (value.kind === 'known')
    return typeof value.value === 'string' ? pools.find((pool) => pool.poolId === value.value) : undefined;
  // `Ref` and `Fn::GetAtt …Id` are the pool ID; `Fn::GetAtt …Name` is not.
  if (value.kind !== 'resource' || (value.attribute !== undefined && value.attribute !== 'Id')) return undefined;
  return pools.find((pool) => pool.templateResource === value.resource);
}

/** Every contribution's entity lists joined, in dialect order; the grouped ones (user pools, APIs) list by list. */
function mergeEntities(all: readonly ModelContribution[]): ModelEntities {
  const merged = <T>(pick: (c: ModelEntities) => readonly T[]): T[] => all.flatMap(pick);
  const mergedGroup = <G extends object>(empty: G, pick: (c: ModelEntities) => G): G =>
    Object.fromEntries(
      Object.keys(empty).map((key) => [key, merged((c) => pick(c)[key as keyof G] as unknown[])]),
    ) as G;
  return {
    roles: merged((c) => c.roles),
    policies: merged((c) => c.policies),
    identityPools: merged((c) => c.identityPools),
    slots: merged((c) => c.slots),
    roleMappings: merged((c) => c.roleMappings),
    unreadableRoles: merged((c) => c.unreadableRoles),
    buckets: merged((c) => c.buckets),
    notes: merged((c) => c.notes),
    suppressionScopes: merged((c) => c.suppressionScopes),
    userPoolEntities: mergedGroup(emptyUserPoolEntities(), (c) => c.userPoolEntities),
    apiEntities: mergedGroup(emptyApiEntities(), (c) => c.apiEntities),
  };
}

/**
 * A base that gives the model ModelEntities' fields, so they are declared once (in contribution.ts),
 * not listed again here: TypeScript cannot type a class's fields from an interface without the cast.
 */
const WithEntities = class {
  constructor(entities: ModelEntities) {
    Object.assign(this, entities);
  }
} as new (entities: ModelEntities) => ModelEntities;

export class IdentityModel extends WithEntities {
  readonly documents: readonly ParsedDocument[];
  readonly problems: readonly InputProblem[];
  private readonly contributions: readonly ModelContribution[];
  private readonly scopeByDoc = new Map<ParsedDocument, SuppressionScope>();

  constructor(contents: ModelContents) {
    super(mergeEntities(contents.contributions));
    this.documents = contents.documents;
    this.problems = contents.problems;
    this.contributions = contents.contributions;
    for (const scope of this.suppressionScopes) for (const doc of scope.docs) this.scopeByDoc.set(doc, scope);
  }

  /**
   * The policies the user wrote: every policy but AWS managed ones (read from
   * `get-account-authorization-details` output), which are AWS's documents to get right, not the user's.
   */
  writtenPolicies(): PolicyRecord[] {
    return this.policies.filter((record) => record.policyType !== 'aws-managed');
  }

  /** Roles whose trust lets identity-pool identities call `sts:AssumeRoleWithWebIdentity` (docs/semantics.md#identity-pool-role). */
  identityPoolRoles(): Role[] {
    return this.roles.filter((role) => identityPoolTrustStatements(role.trust).length > 0);
  }

  /** The identity pool a value refers to (`Ref` of an `AWS::Cognito::IdentityPool`, possibly across stacks). */
  identityPoolFor(value: Resolved): IdentityPool | undefined {
    return identityPoolNamed(this.identityPools, value);
  }

  slotsOfRole(role: Role): RoleSlot[] {
    return this.slots.filter((slot) => slot.role === role);
  }

  slotsOfPool(pool: IdentityPool): RoleSlot[] {
    return this.slots.filter((slot) => slot.pool === pool);
  }

  /** The role attachments of the pool whose roles could not be read: its slots may hold more than slotsOfPool says. */
  unreadableRolesOf(pool: IdentityPool): UnreadableRoles[] {
    return this.unreadableRoles.filter((entry) => entry.pool === pool);
  }

  /** The suppressions a document's own text may declare (a template's `Metadata`), when its dialect has such. */
  suppressionScopeOf(doc: ParsedDocument): SuppressionScope | undefined {
    return this.scopeByDoc.get(doc);
  }

  /** Where a node sits, as the dialect that read its document says. */
  placementOf(source: SourceRef): NodePlacement | undefined {
    for (const contribution of this.contributions) {
      const placement = contribution.placementOf(source);
      if (placement) return placement;
    }
    return undefined;
  }

  /** The resource a finding at `source` concerns. */
  resourceAt(source: SourceRef): FindingResource | undefined {
    return this.placementOf(source)?.resource;
  }

  /** contribution.stableNameOf, from the dialect that read the document. */
  stableNameOf(doc: ParsedDocument): string | undefined {
    for (const contribution of this.contributions) {
      const name = contribution.stableNameOf(doc);
      if (name !== undefined) return name;
    }
    return undefined;
  }
}
