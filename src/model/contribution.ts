/**
 * The seam every input dialect plugs into (README "Architecture: floors"): a dialect
 * (src/dialects/<name>/) reads the run's inputs of its kind, which src/inputs routes to it, and
 * contributes entities to the model; rules never see a dialect, only the IdentityModel built from
 * every contribution (src/dialects/index.ts registers the dialects). A new format is a new folder
 * with one Dialect.
 */
import type { FindingResource } from '../core/types.js';
import type { DialectId, LoadedInputs } from '../inputs/types.js';
import type { ParsedDocument, Pointer } from '../parsers/types.js';
import type { SourceRef } from '../parsers/source.js';
import type { ApiEntities } from './apigateway.js';
import type { UserPoolEntities } from './cognito.js';
import type { IdentityPool, PolicyRecord, Role, RoleMapping, RoleSlot, UnreadableRoles } from './entities.js';
import type { Bucket } from './s3.js';

/** What the dialects read before this one offer it: a template's policy may attach to a role of an IAM JSON file by name. */
export interface ReadContext {
  readonly roles: readonly Role[];
}

export interface Dialect {
  readonly id: DialectId;
  read(inputs: LoadedInputs, context: ReadContext): ModelContribution;
}

/** Something the model could not decide while reading (policy text that does not parse once filled in): an `unresolved` notification. */
export interface ModelNote {
  readonly message: string;
  readonly at: SourceRef;
}

/**
 * Where an input declares suppressions of its own (a CloudFormation template's `Metadata`): the
 * engine reads them (src/engine/suppressions.ts), the dialect only says where they are.
 */
export interface SuppressionScope {
  /** The documents it covers (a template, and the deployed view the rules read of it). */
  readonly docs: readonly ParsedDocument[];
  /** Where an entry covering the whole document is written. */
  readonly document: SuppressionSite | undefined;
  /** Resource name (logical ID) → its site. */
  readonly resources: ReadonlyMap<string, SuppressionSite>;
}

export interface SuppressionSite {
  /** The `Metadata` object, when one is written. */
  readonly metadata: Record<string, unknown> | undefined;
  /** The resource (or the document, pointer '') it is written on. */
  readonly at: SourceRef;
}

/** The entities one dialect contributes; the model holds them merged over every dialect. */
export interface ModelEntities {
  readonly roles: readonly Role[];
  readonly policies: readonly PolicyRecord[];
  readonly identityPools: readonly IdentityPool[];
  readonly slots: readonly RoleSlot[];
  /** `RoleMappings` of every identity pool role attachment. */
  readonly roleMappings: readonly RoleMapping[];
  /** Role attachments whose roles could not be read. */
  readonly unreadableRoles: readonly UnreadableRoles[];
  readonly buckets: readonly Bucket[];
  /** User pools, app clients, groups, principal tags. */
  readonly userPoolEntities: UserPoolEntities;
  /** REST/HTTP/SAM APIs, methods, routes, authorizers. */
  readonly apiEntities: ApiEntities;
  /** What could not be decided while reading: `unresolved` notifications of the run. */
  readonly notes: readonly ModelNote[];
  readonly suppressionScopes: readonly SuppressionScope[];
}

/**
 * What one dialect read from the run's inputs (Dialect.read): its entities, and the
 * answers only it can give about its own documents.
 */
export interface ModelContribution extends ModelEntities {
  /** Where a node of a document this dialect read sits: the resource holding it. */
  placementOf(source: SourceRef): NodePlacement | undefined;
  /**
   * A name for a document that stays the same when its file moves (a cloud assembly stack's name),
   * for fingerprints; undefined where the file's path is the document's identity.
   */
  stableNameOf(doc: ParsedDocument): string | undefined;
}

/** The resource holding a node, as a finding names it. */
export interface NodePlacement {
  readonly resource: FindingResource;
  /**
   * The resource's own node, when the node's path below it identifies the node (fingerprints hash
   * that path, so moving or renaming around the resource keeps them).
   */
  readonly resourcePointer?: Pointer;
}

/** What a dialect's readers fill in while reading, before it hands the model its contribution. */
export interface ModelParts {
  roles: Role[];
  policies: PolicyRecord[];
  identityPools: IdentityPool[];
  slots: RoleSlot[];
  roleMappings: RoleMapping[];
  /** Role attachments whose roles could not be read. */
  unreadableRoles: UnreadableRoles[];
  /** What could not be decided while reading (policy text it could not parse): `unresolved` notifications. */
  notes: ModelNote[];
}

export function emptyParts(): ModelParts {
  return { roles: [], policies: [], identityPools: [], slots: [], roleMappings: [], unreadableRoles: [], notes: [] };
}
