/**
 * Which actions a statement's resources can apply to. IAM allows an action only on a resource the
 * request is about, and every resource an action acts on is of one of the action's resource types
 * in the Service Authorization Reference, each with an ARN format
 * (`geo:BatchPutGeofence` acts only on `arn:${Partition}:geo:${Region}:${Account}:geofence-collection/${GeofenceCollectionName}`).
 * A statement whose every resource is of other types (`…:tracker/trackerAsset01`) never matches a
 * request for the action, so it allows that action nothing (docs/semantics.md#what-a-statement-allows: rules
 * judge only the actions a statement can really allow).
 *
 * SAR, "Resource types": "If the column includes a resource type, then you can specify an ARN of
 * that type in a statement with that action."
 * https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html
 * IAM, "Resource": "The statement must include either a Resource or a NotResource element" and the
 * request's resource is compared with it; wildcards may appear in any segment.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
 *
 * Conservative: an action is dropped only when every one of its resource types has an ARN format
 * read from the reference and none of them can overlap any resource of the statement. `Resource: "*"`,
 * `NotResource`, a missing `Resource`, a value that cannot be read, and text that is not an ARN keep
 * every action; so do actions with no resource type (unless asked) and types without a readable
 * format. Unknown parts of a template of parts (`arn:aws:geo:<?>:<?>:tracker/<?>`) and policy
 * variables stand for any text (one segment, before the resource part), so a template is judged by
 * its fixed parts; comparison ignores case.
 */
import { type ActionInfo } from './actions.js';
import type { Statement } from './document.js';
export interface ApplicableOptions {
    /**
     * Also drop actions that support no resource type unless the statement names `*` (or uses
     * `NotResource`, or has no `Resource`). The reference says such actions need `Resource: "*"`, but
     * its data has gaps (an action whose resource types are not yet listed), so grants keep them;
     * role/admin-access, which must see a write before it calls a wildcard administrator access,
     * applies the stricter reading.
     */
    readonly typelessNeedEveryResource?: boolean;
}
/**
 * Whether which of a wildcard's actions apply to the statement's resources is not known: a resource
 * could not be read (`Fn::ImportValue` of an unknown export, text that is no ARN) — grants then keep
 * every action as possibly applying — and the statement names actions of several services
 * (`cognito-sync:*` beside `execute-api:Invoke`), or one that cannot be read, so the resource may be
 * of any of them (docs/semantics.md#resolved-value). A statement naming one service is taken to be
 * about a resource of that service, and an action named as such to apply to its resource.
 */
export declare function wildcardsUndecided(statement: Statement): boolean;
/** The actions of the list that some resource of the statement can be a resource of. */
export declare function applicableActions<T extends ActionInfo>(statement: Statement, actions: readonly T[], options?: ApplicableOptions): readonly T[];
