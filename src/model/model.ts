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

export class IdentityModel {
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
  /** REST/HTTP/SAM APIs, methods, routes, authorizers (src/dialects/cloudformation/api-readers.ts). */
  readonly apiEntities: ApiEntities;
  /** What the model could not decide while reading (policy text that does not parse once filled in): `unresolved` notifications of the run. */
  readonly notes: ModelParts['notes'];
  private readonly rawEntities: ModelParts['rawEntities'];
  private readonly stackByDoc = new Map<ParsedDocument, Stack>();

  private readonly resourceInStack: ModelContents['resourceInStack'];

  constructor(contents: ModelContents) {
    const { parts } = contents;
    this.documents = contents.documents;
    this.problems = contents.problems;
    this.stacks = parts.stacks;
    this.roles = parts.roles;
    this.policies = parts.policies;
    this.identityPools = parts.identityPools;
    this.slots = parts.slots;
    this.resolver = parts.resolver;
    this.rawEntities = parts.rawEntities;
    this.notes = parts.notes;
    this.buckets = contents.buckets;
    this.userPoolEntities = contents.userPoolEntities;
    this.apiEntities = contents.apiEntities;
    this.resourceInStack = contents.resourceInStack;
    for (const stack of this.stacks) {
      this.stackByDoc.set(stack.doc, stack);
      // Findings are anchored on the template as written, also when the rules read its deployed view.
      if (stack.doc.viewOf) this.stackByDoc.set(stack.doc.viewOf.doc, stack);
    }
  }

  /** Roles whose trust lets identity-pool identities call `sts:AssumeRoleWithWebIdentity` (docs/semantics.md#identity-pool-role). */
  identityPoolRoles(): Role[] {
    return this.roles.filter((role) => identityPoolTrustStatements(role.trust).length > 0);
  }

  /** The identity pool a value refers to (`Ref` of an `AWS::Cognito::IdentityPool`, possibly across stacks). */
  identityPoolFor(value: Resolved): IdentityPool | undefined {
    // A literal pool ID names a pool read from an account (a trust's `aud` written in the console).
    if (value.kind === 'known')
      return typeof value.value === 'string'
        ? this.identityPools.find((pool) => pool.poolId === value.value)
        : undefined;
    // `Ref` and `Fn::GetAtt …Id` are the pool ID; `Fn::GetAtt …Name` is not.
    if (value.kind !== 'resource' || (value.attribute !== undefined && value.attribute !== 'Id')) return undefined;
    return this.identityPools.find((pool) => pool.templateResource === value.resource);
  }

  slotsOfRole(role: Role): RoleSlot[] {
    return this.slots.filter((slot) => slot.role === role);
  }

  slotsOfPool(pool: IdentityPool): RoleSlot[] {
    return this.slots.filter((slot) => slot.pool === pool);
  }

  /** The stack a template document belongs to. */
  stackOf(doc: ParsedDocument): Stack | undefined {
    return this.stackByDoc.get(doc);
  }

  /** The resource a finding at `source` concerns: the template resource containing it, or the raw IAM entity. */
  resourceAt(source: SourceRef): FindingResource | undefined {
    const stack = this.stackByDoc.get(source.doc);
    if (stack) return this.resourceInStack(stack, source);
    let best: { pointer: string; resource: FindingResource } | undefined;
    for (const entry of this.rawEntities.get(source.doc) ?? []) {
      const contains =
        source.pointer === entry.pointer || entry.pointer === '' || source.pointer.startsWith(entry.pointer + '/');
      if (contains && (!best || entry.pointer.length > best.pointer.length)) best = entry;
    }
    return best?.resource;
  }
}
