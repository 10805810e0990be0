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
import { resourceTypeArnFormats, type ActionInfo } from './actions.js';
import { iamPatternsOverlap, NAME_WILDCARD, SEGMENT_WILDCARD } from './match.js';
import { HOLE, scalarAlternatives, templateText, type Resolved } from '../values/resolved.js';
import type { Statement } from './document.js';
import { readS3Resource } from './s3-resources.js';
import { filteredActions } from './action-index.js';

/**
 * What a statement's resources are, worked out once per statement: `patterns` (lower-cased IAM
 * patterns, unknown parts as `*`) or undefined when any action may apply; `star` when the statement
 * names `*`, uses `NotResource` or has no `Resource`.
 */
interface Scope {
  readonly star: boolean;
  readonly patterns: readonly string[] | undefined;
  /** Some resource could not be read (a wholly unknown value, text that is no ARN): which actions apply is not known. */
  readonly opaque: boolean;
  /** Whether a resource type (by service, then type) can be one of the patterns' resources, as worked out. */
  readonly byType: Map<string, Map<string, boolean>>;
}

const scopes = new WeakMap<Statement, Scope>();

/**
 * `arn:partition:service:region:account:` with segments of the characters real ones use (and
 * wildcards): only such an ARN is judged by its segments.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html
 */
const WELL_FORMED = new RegExp(`^arn(:[a-z0-9*?${SEGMENT_WILDCARD}-]*){4}:`);

/** Longer resource texts are not compared (hostile input): they keep every action. */
const MAX_PATTERN_LENGTH = 1024;

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
export function wildcardsUndecided(statement: Statement): boolean {
  if (!scopeOf(statement).opaque) return false;
  const services = new Set<string>();
  for (const { value } of statement.action?.values ?? []) {
    for (const alt of scalarAlternatives(value)) {
      const text = templateText(alt);
      if (text === undefined || text.includes(HOLE)) return true;
      services.add(text === '*' ? '*' : text.split(':')[0]!.toLowerCase());
    }
  }
  return services.size > 1;
}

/** The actions of the list that some resource of the statement can be a resource of. */
export function applicableActions<T extends ActionInfo>(
  statement: Statement,
  actions: readonly T[],
  options: ApplicableOptions = {},
): readonly T[] {
  const scope = scopeOf(statement);
  const dropTypeless = options.typelessNeedEveryResource === true && !scope.star;
  const patterns = scope.patterns;
  // The list itself when nothing can be dropped: grants of `*` on `*` hold every action (≈18,000).
  if (patterns === undefined && !dropTypeless) return actions;
  // What applies depends only on the resource patterns: `*` grants on the same resources share the answer.
  return filteredActions(
    actions,
    `resources\u0000${dropTypeless ? 'strict' : 'grant'}\u0000${(patterns ?? []).join('\u0000')}`,
    (list) =>
      list.filter((action) =>
        action.resourceTypes.length === 0
          ? !dropTypeless
          : patterns === undefined || appliesTo(action, patterns, scope.byType),
      ),
  );
}

function appliesTo(
  action: ActionInfo,
  patterns: readonly string[],
  byType: Map<string, Map<string, boolean>>,
): boolean {
  // Asked of every action of the catalogue for `*` on an ARN: nested maps, no key built per action.
  let ofService = byType.get(action.service);
  if (!ofService) byType.set(action.service, (ofService = new Map()));
  for (const type of action.resourceTypes) {
    let fits = ofService.get(type);
    if (fits === undefined) {
      const formats = formatPatterns(action.service, type);
      fits =
        formats === undefined || formats.some((format) => patterns.some((resource) => mayOverlap(format, resource)));
      ofService.set(type, fits);
    }
    if (fits) return true;
  }
  return false;
}

/**
 * `iamPatternsOverlap`, after a quick look at the service segments: two different services written
 * without wildcards never overlap (most pairs, when `Action: "*"` meets an ARN).
 */
function mayOverlap(format: string, resource: string): boolean {
  const a = serviceSegment(format);
  const b = serviceSegment(resource);
  if (a !== undefined && b !== undefined && a !== b) return false;
  return iamPatternsOverlap(format, resource);
}

/**
 * The service segment of an ARN pattern, when its place is fixed and it holds no wildcard: the
 * partition before it has no `*` or `?` (either could take a colon). Undefined otherwise.
 */
function serviceSegment(pattern: string): string | undefined {
  const first = pattern.indexOf(':', 4);
  const second = first < 0 ? -1 : pattern.indexOf(':', first + 1);
  if (second < 0) return undefined;
  const service = pattern.slice(first + 1, second);
  return /[*?]/.test(pattern.slice(4, first)) || /[*?\u0001]/.test(service) ? undefined : service;
}

function scopeOf(statement: Statement): Scope {
  let scope = scopes.get(statement);
  if (!scope) {
    scope = readScope(statement);
    scopes.set(statement, scope);
  }
  return scope;
}

function readScope(statement: Statement): Scope {
  const byType = new Map<string, Map<string, boolean>>();
  if (statement.notResource || !statement.resource) return { star: true, patterns: undefined, opaque: false, byType };
  const patterns = new Set<string>();
  let opaque = false;
  for (const value of statement.resource.values) {
    for (const alt of scalarAlternatives(value.value)) {
      if (alt.kind === 'absent') continue; // `AWS::NoValue`: this alternative names nothing
      const text = templateText(alt);
      if (text === '*') return { star: true, patterns: undefined, opaque: false, byType };
      // Only a value that may be an S3 ARN is read as one (most are plain ARNs of other services).
      const s3 =
        text === undefined || !text.startsWith('arn:') || /^arn:[^:]*:s3:::/.test(text) ? s3Pattern(alt) : undefined;
      if (s3 !== undefined) {
        patterns.add(s3);
        continue;
      }
      // A value that cannot be read, a wholly unknown one, or text that is no well-formed ARN (a
      // placeholder notation such as `REF(AWS::Region)` shifts the segments): any action may apply.
      const pattern = text === undefined || text.length > MAX_PATTERN_LENGTH ? undefined : asPattern(text);
      if (pattern === undefined || !WELL_FORMED.test(pattern)) opaque = true;
      else patterns.add(pattern);
    }
  }
  return { star: false, patterns: opaque || patterns.size === 0 ? undefined : [...patterns], opaque, byType };
}

/**
 * A bucket ARN however it is written (`!GetAtt Bucket.Arn`, `arn:aws:s3:::${Bucket}`: the hole is a
 * bucket name, which holds no `/`), or an object ARN whose bucket comes from `!GetAtt`, as read by
 * the s3/ rules (s3-resources.ts), so that grants and s3/action-resource-mismatch agree on what an
 * S3 resource is. Undefined for anything else.
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-arn-format.html
 */
function s3Pattern(value: Resolved): string | undefined {
  const s3 = readS3Resource(value);
  if (s3.kind === 'bucket') return `arn:${SEGMENT_WILDCARD}:s3:::${(s3.bucket.literal ?? 'bucket').toLowerCase()}`;
  if (s3.kind === 'object' && templateText(value)?.startsWith('arn:') !== true)
    return `arn:${SEGMENT_WILDCARD}:s3:::bucket/*`;
  return undefined;
}

/**
 * An ARN (or ARN template) as a pattern for `iamPatternsOverlap`, lower-cased. Unknown parts, policy
 * variables and placeholders stand for any text; in the segments before the resource
 * (partition, service, region, account) they fill one segment (`${AWS::Region}` holds no colon) when
 * the text has all five colons of an ARN without them. IAM's own `*` may cross colons (IAM User
 * Guide, "Resource": a `*` at the end of a segment can match beyond colon boundaries) and is kept.
 */
function asPattern(text: string): string {
  const t = text.replace(/\$\{[^}]*\}/g, HOLE);
  let colons = 0;
  for (const ch of t) if (ch === ':') colons++;
  const bounded = t.startsWith('arn:') && colons >= 5;
  let out = '';
  colons = 0;
  for (const ch of t) {
    if (ch === ':') colons++;
    out += ch === HOLE ? (bounded && colons < 5 ? SEGMENT_WILDCARD : '*') : ch;
  }
  return out.toLowerCase();
}

const formats = new Map<string, readonly string[] | undefined>();

/**
 * A resource type's ARN formats as IAM patterns (`arn:*:geo:*:*:geofence-collection/*`), each
 * `${Placeholder}` standing for any text (one segment before the resource part). Undefined when the reference has no format for the type
 * or one that does not read as an ARN: such a type may be any resource. Cached per type.
 */
function formatPatterns(service: string, type: string): readonly string[] | undefined {
  const key = `${service}\u0000${type}`;
  if (!formats.has(key)) {
    const raw = resourceTypeArnFormats(service, type);
    // `${BucketName}` holds no `/`: a bucket type is not an object ARN (`bucket/*`), whatever IAM's `*` could cross.
    const patterns = raw?.map((f) => asPattern(f.replaceAll('${BucketName}', NAME_WILDCARD)));
    formats.set(
      key,
      patterns && patterns.length > 0 && patterns.every((p) => /^arn:[^:]*:[^:]*:[^:]*:[^:]*:./.test(p))
        ? patterns
        : undefined,
    );
  }
  return formats.get(key);
}
