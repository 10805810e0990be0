/**
 * What a role may do in S3, statement by statement: which object actions (read or write) on
 * which buckets and key patterns, and which conditions narrow them. Shared by the s3/ rules.
 */
import type { ActionInfo } from '../iam/actions.js';
import type { Role } from '../model/entities.js';
import type { ConditionEntry, Statement, ValueAt } from '../iam/document.js';
import { type Grant } from './grants.js';
import { type S3Resource } from '../iam/s3-resources.js';
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
/** `s3:ListBucket` / `s3:ListBucketVersions`: the listings `s3:prefix` narrows. */
export declare function isListBucketAction(action: ActionInfo): boolean;
export declare function isObjectAction(action: ActionInfo): boolean;
/** Is this S3 action a write (Write, Tagging or Permissions management) rather than a read? */
export declare function isWriteAction(action: ActionInfo): boolean;
export declare function s3AccessOf(role: Role): readonly S3StatementAccess[];
/** The values of the `s3:prefix` conditions of a statement, by operator. */
export declare function prefixConditions(statement: Statement): Array<{
    entry: ConditionEntry;
    values: Array<string | undefined>;
}>;
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
export declare function unscopedObjectAccess(access: S3StatementAccess): UnscopedObjectAccess | undefined;
