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
import type { ApiEntities } from './apigateway.js';
import type { UserPoolEntities } from './cognito.js';
import type { IdentityPool, PolicyRecord, Role, RoleMapping, RoleSlot, UnreadableRoles } from './entities.js';
import type { Bucket } from './s3.js';
import type { ModelContribution, ModelNote, NodePlacement, SuppressionScope } from './contribution.js';

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

export class IdentityModel {
  readonly documents: readonly ParsedDocument[];
  readonly problems: readonly InputProblem[];
  readonly roles: readonly Role[];
  readonly policies: readonly PolicyRecord[];
  readonly identityPools: readonly IdentityPool[];
  readonly slots: readonly RoleSlot[];
  /** `RoleMappings` of every identity pool role attachment. */
  readonly roleMappings: readonly RoleMapping[];
  /** Role attachments whose roles could not be read. */
  readonly unreadableRoles: readonly UnreadableRoles[];
  /** User pools, app clients, groups, principal tags. */
  readonly userPoolEntities: UserPoolEntities;
  readonly buckets: readonly Bucket[];
  /** REST/HTTP/SAM APIs, methods, routes, authorizers. */
  readonly apiEntities: ApiEntities;
  /** What the model could not decide while reading: `unresolved` notifications of the run. */
  readonly notes: readonly ModelNote[];
  readonly suppressionScopes: readonly SuppressionScope[];
  private readonly contributions: readonly ModelContribution[];
  private readonly scopeByDoc = new Map<ParsedDocument, SuppressionScope>();

  constructor(contents: ModelContents) {
    const all = contents.contributions;
    const merged = <T>(pick: (c: ModelContribution) => readonly T[]): T[] => all.flatMap(pick);
    this.documents = contents.documents;
    this.problems = contents.problems;
    this.contributions = all;
    this.roles = merged((c) => c.roles);
    this.policies = merged((c) => c.policies);
    this.identityPools = merged((c) => c.identityPools);
    this.slots = merged((c) => c.slots);
    this.roleMappings = merged((c) => c.roleMappings);
    this.unreadableRoles = merged((c) => c.unreadableRoles);
    this.buckets = merged((c) => c.buckets);
    this.notes = merged((c) => c.notes);
    this.suppressionScopes = merged((c) => c.suppressionScopes);
    this.userPoolEntities = {
      userPools: merged((c) => c.userPoolEntities.userPools),
      clients: merged((c) => c.userPoolEntities.clients),
      groups: merged((c) => c.userPoolEntities.groups),
      principalTags: merged((c) => c.userPoolEntities.principalTags),
    };
    this.apiEntities = {
      restApis: merged((c) => c.apiEntities.restApis),
      httpApis: merged((c) => c.apiEntities.httpApis),
      restResources: merged((c) => c.apiEntities.restResources),
      restMethods: merged((c) => c.apiEntities.restMethods),
      httpRoutes: merged((c) => c.apiEntities.httpRoutes),
      restAuthorizers: merged((c) => c.apiEntities.restAuthorizers),
      httpAuthorizers: merged((c) => c.apiEntities.httpAuthorizers),
      operations: merged((c) => c.apiEntities.operations),
      samEvents: merged((c) => c.apiEntities.samEvents),
    };
    for (const scope of this.suppressionScopes) for (const doc of scope.docs) this.scopeByDoc.set(doc, scope);
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
