/**
 * IAM wildcard matching. IAM wildcards are not file globs: `*` matches any run of characters
 * including `/` and `:`, `?` matches one character; actions compare case-insensitively, ARNs
 * case-sensitively.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
 */
/** Does IAM pattern `pattern` (with `*` and `?`) match the literal `value`? */
export declare function matchIamPattern(pattern: string, value: string, options?: {
    caseInsensitive?: boolean;
}): boolean;
/**
 * `pattern` prepared for matching many values: one pattern is matched against thousands of
 * catalog actions, and a policy may hold thousands of patterns, so each value is first checked
 * against what any match needs — the literal text before the first `*` and after the last, and a
 * minimum length — which rules out almost every value in constant time. Values must already be
 * lower-cased when `caseInsensitive` is set (callers keep lower-cased copies of the catalog).
 */
export declare function compileIamPattern(pattern: string, options?: {
    caseInsensitive?: boolean;
}): (value: string) => boolean;
/** Does an action pattern from a policy match the action `action` (`sts:AssumeRoleWithWebIdentity`)? */
export declare function actionMatches(pattern: string, action: string): boolean;
/**
 * In a pattern given to `iamPatternsOverlap`, stands for any run of characters other than `:`: a
 * part of an ARN template known to fill one segment (`${Region}` of a Service Authorization
 * Reference format, `${AWS::Region}` of a template), unlike IAM's `*`, which may cross colons.
 */
export declare const SEGMENT_WILDCARD = "\u0001";
/**
 * In a pattern given to `iamPatternsOverlap`, stands for any run of characters other than `:` and
 * `/`: a name known to hold neither, such as `${BucketName}` of an S3 format (bucket names are
 * lower-case letters, digits, dots and hyphens), so that `arn:*:s3:::${BucketName}` cannot be the
 * object ARN `arn:aws:s3:::media/*`.
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html
 */
export declare const NAME_WILDCARD = "\u0002";
/**
 * Can some string match both patterns? Both sides may hold `*` (any run of characters), `?` (one
 * character) and `SEGMENT_WILDCARD`: `arn:*:geo:*:*:geofence-collection/*` and
 * `arn:aws:geo:*:*:tracker/*` cannot, `arn:aws:geo:*` and either can. Compared as given (callers
 * lower-case both sides for a case-insensitive answer). A search over pairs of positions, so
 * linear in the product of the lengths and free of regular expressions (patterns are hostile
 * input; callers bound the lengths).
 */
export declare function iamPatternsOverlap(a: string, b: string): boolean;
