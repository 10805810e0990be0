/**
 * What a role may do in S3, statement by statement: which object actions (read or write) on
 * which buckets and key patterns, and which conditions narrow them. Shared by the s3/ rules.
 */
import type { ActionInfo } from '../iam/actions.js';
import type { Role } from '../model/entities.js';
import { knownString, scalarAlternatives } from '../values/resolved.js';
import type { ConditionEntry, Statement, ValueAt } from '../iam/document.js';
import { actionsOfServiceIn } from '../iam/action-index.js';
import { grantsOf, type Grant } from './grants.js';
import { readS3Resource, type S3Resource } from '../iam/s3-resources.js';

export interface S3ResourceAt {
  value: ValueAt;
  parsed: S3Resource;
}

export interface S3StatementAccess {
  grant: Grant;
  statement: Statement;
  /** S3 actions that act on objects (resource type `object` in the Service Authorization Reference). */
  objectActions: ActionInfo[];
  /** `s3:ListBucket` / `s3:ListBucketVersions`. */
  listActions: ActionInfo[];
  /** Other bucket-level S3 actions. */
  bucketActions: ActionInfo[];
  /**
   * S3 actions the statement names that none of its resources can be a resource of (object actions
   * on bucket ARNs only, `s3:ListBucket` on object ARNs only): the statement allows them nothing,
   * so they are in none of the lists above (s3/action-resource-mismatch reports them).
   */
  inapplicable: readonly ActionInfo[];
  /** Every resource of the statement (`NotResource` counts as `*`: everything but what it lists). */
  resources: S3ResourceAt[];
  /** Conditions that narrow object access to objects the user owns by tag (object tags, principal tags). */
  narrowedByTags: boolean;
  /** Conditions the analysis does not understand (kept, and said, in messages). */
  otherConditions: ConditionEntry[];
}

const LIST_BUCKET = new Set(['s3:listbucket', 's3:listbucketversions']);
const TAG_KEYS = [/^s3:existingobjecttag\//, /^s3:requestobjecttag\//, /^aws:principaltag\//, /^aws:resourcetag\//];

/** `s3:ListBucket` / `s3:ListBucketVersions`: the listings `s3:prefix` narrows. */
export function isListBucketAction(action: ActionInfo): boolean {
  return LIST_BUCKET.has(action.id.toLowerCase());
}

export function isObjectAction(action: ActionInfo): boolean {
  return action.service === 's3' && action.resourceTypes.includes('object');
}

/** Is this S3 action a write (Write, Tagging or Permissions management) rather than a read? */
export function isWriteAction(action: ActionInfo): boolean {
  return (
    action.accessLevels.has('Write') ||
    action.accessLevels.has('Tagging') ||
    action.accessLevels.has('Permissions management')
  );
}

export function s3AccessOf(role: Role): readonly S3StatementAccess[] {
  // Every s3/ rule asks this of every role; grantsOf is cached per role, so this can be too.
  let access = accessCache.get(role);
  if (!access) {
    access = readS3Access(role);
    accessCache.set(role, access);
  }
  return access;
}

const accessCache = new WeakMap<Role, readonly S3StatementAccess[]>();

function readS3Access(role: Role): S3StatementAccess[] {
  const out: S3StatementAccess[] = [];
  for (const grant of grantsOf(role)) {
    // `actions` and `inapplicable` split what the statement names (`asWritten`) by its resources,
    // which is costly: a statement that names no S3 action has no S3 action in either.
    if (actionsOfServiceIn(grant.asWritten, 's3').length === 0) continue;
    const s3 = actionsOfServiceIn(grant.actions, 's3');
    const inapplicable = actionsOfServiceIn(grant.inapplicable, 's3');
    if (s3.length === 0 && inapplicable.length === 0) continue;
    const statement = grant.statement;
    const resources: S3ResourceAt[] = statement.notResource
      ? [
          {
            value: { value: { kind: 'known', value: '*' }, source: statement.notResource.source },
            parsed: { kind: 'any' },
          },
        ]
      : (statement.resource?.values ?? []).flatMap((v) =>
          scalarAlternatives(v.value).map((alt) => ({
            value: { value: alt, source: v.source },
            parsed: readS3Resource(alt),
          })),
        );
    const narrowedByTags = statement.conditions.some((c) => TAG_KEYS.some((re) => re.test(c.keyLower)));
    const otherConditions = statement.conditions.filter(
      (c) => !TAG_KEYS.some((re) => re.test(c.keyLower)) && c.keyLower !== 's3:prefix',
    );
    out.push({
      grant,
      statement,
      objectActions: s3.filter(isObjectAction),
      listActions: s3.filter(isListBucketAction),
      bucketActions: s3.filter((a) => !isObjectAction(a) && !isListBucketAction(a)),
      inapplicable,
      resources,
      narrowedByTags,
      otherConditions,
    });
  }
  return out;
}

/** The values of the `s3:prefix` conditions of a statement, by operator. */
export function prefixConditions(
  statement: Statement,
): Array<{ entry: ConditionEntry; values: Array<string | undefined> }> {
  return statement.conditions
    .filter((c) => c.keyLower === 's3:prefix')
    .map((entry) => ({ entry, values: entry.values.flatMap((v) => scalarAlternatives(v.value).map(knownString)) }));
}

export interface UnscopedObjectAccess {
  /** high (writes to whole buckets or `*`) or medium (reads, or writes to a fixed shared prefix), before scaling. */
  base: 'high' | 'medium';
  /** The unscoped resources, as values. */
  resources: ValueAt[];
  /** Write actions of the statement (empty for read-only access). */
  writes: ActionInfo[];
  /** Whether some write reaches every key of a bucket. */
  wholeWrite: boolean;
  /** Resources whose key could not be resolved (not judged). */
  unresolved: ValueAt[];
}

/**
 * rules/s3/object-access-not-scoped.md for one statement: object actions on `*`, `bucket/*` or any
 * key pattern that is not per-identity — except read-only access to a fixed, non-empty prefix
 * (s3/shared-prefix-access). Undefined when the statement is scoped, tag-narrowed or has no object action.
 */
export function unscopedObjectAccess(access: S3StatementAccess): UnscopedObjectAccess | undefined {
  if (access.objectActions.length === 0 || access.narrowedByTags) return undefined;
  const writes = access.objectActions.filter(isWriteAction);
  const resources: ValueAt[] = [];
  const unresolved: ValueAt[] = [];
  let base: 'high' | 'medium' | undefined;
  let wholeWrite = false;
  for (const { value, parsed } of access.resources) {
    if (
      parsed.kind === 'any' ||
      parsed.kind === 'pattern' ||
      (parsed.kind === 'object' && parsed.scope.kind === 'whole-bucket')
    ) {
      base = writes.length > 0 ? 'high' : (base ?? 'medium');
      wholeWrite ||= writes.length > 0;
      resources.push(value);
    } else if (parsed.kind === 'object' && parsed.scope.kind === 'variable') {
      // Not per-identity and not a fixed prefix: judged like the whole bucket.
      base = writes.length > 0 ? 'high' : (base ?? 'medium');
      resources.push(value);
    } else if (parsed.kind === 'object' && parsed.scope.kind === 'fixed-prefix' && writes.length > 0) {
      // Read-only shared prefixes are s3/shared-prefix-access; shared writes let users overwrite each other.
      base ??= 'medium';
      resources.push(value);
    } else if (parsed.kind === 'object' && parsed.scope.kind === 'unknown') {
      unresolved.push(value);
    }
  }
  return base
    ? { base, resources, writes, wholeWrite, unresolved }
    : unresolved.length
      ? { base: 'medium', resources: [], writes, wholeWrite: false, unresolved }
      : undefined;
}
