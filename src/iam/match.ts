/**
 * IAM wildcard matching. IAM wildcards are not file globs: `*` matches any run of characters
 * including `/` and `:`, `?` matches one character; actions compare case-insensitively, ARNs
 * case-sensitively.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
 */

/** Does IAM pattern `pattern` (with `*` and `?`) match the literal `value`? */
export function matchIamPattern(pattern: string, value: string, options: { caseInsensitive?: boolean } = {}): boolean {
  const p = options.caseInsensitive ? pattern.toLowerCase() : pattern;
  const v = options.caseInsensitive ? value.toLowerCase() : value;
  return globMatch(p, v);
}

/**
 * `pattern` prepared for matching many values: one pattern is matched against thousands of
 * catalog actions, and a policy may hold thousands of patterns, so each value is first checked
 * against what any match needs — the literal text before the first `*` and after the last, and a
 * minimum length — which rules out almost every value in constant time. Values must already be
 * lower-cased when `caseInsensitive` is set (callers keep lower-cased copies of the catalog).
 */
export function compileIamPattern(
  pattern: string,
  options: { caseInsensitive?: boolean } = {},
): (value: string) => boolean {
  const p = options.caseInsensitive ? pattern.toLowerCase() : pattern;
  const firstStar = p.indexOf('*');
  if (firstStar === -1) {
    if (!p.includes('?')) return (v) => v === p;
    return (v) => v.length === p.length && fixedMatch(p, 0, v, 0, p.length);
  }
  const lastStar = p.lastIndexOf('*');
  const suffixLength = p.length - lastStar - 1;
  let minLength = 0;
  for (let i = 0; i < p.length; i++) if (p[i] !== '*') minLength++;
  return (v) =>
    v.length >= minLength &&
    fixedMatch(p, 0, v, 0, firstStar) &&
    fixedMatch(p, lastStar + 1, v, v.length - suffixLength, suffixLength) &&
    globMatch(p, v);
}

/** Do `length` characters of `p` from `pi` match those of `v` from `vi` (`?` matching any)? */
function fixedMatch(p: string, pi: number, v: string, vi: number, length: number): boolean {
  for (let k = 0; k < length; k++) {
    const pc = p.charCodeAt(pi + k);
    if (pc !== 63 /* ? */ && pc !== v.charCodeAt(vi + k)) return false;
  }
  return true;
}

/**
 * Glob matching with backtracking to the last `*` only: O(n·m) at worst, never exponential, and no
 * regular expressions (patterns are hostile input). Backtracking to the last star suffices: a
 * later star can absorb whatever an earlier one would have.
 */
function globMatch(p: string, v: string): boolean {
  let pi = 0;
  let vi = 0;
  let starP = -1;
  let starV = 0;
  while (vi < v.length) {
    const pc = p[pi];
    if (pc === '*') {
      starP = pi++;
      starV = vi;
    } else if (pc !== undefined && (pc === '?' || pc === v[vi])) {
      pi++;
      vi++;
    } else if (starP !== -1) {
      pi = starP + 1;
      vi = ++starV;
    } else {
      return false;
    }
  }
  while (p[pi] === '*') pi++;
  return pi === p.length;
}

/** Does an action pattern from a policy match the action `action` (`sts:AssumeRoleWithWebIdentity`)? */
export function actionMatches(pattern: string, action: string): boolean {
  return matchIamPattern(pattern, action, { caseInsensitive: true });
}

/**
 * In a pattern given to `iamPatternsOverlap`, stands for any run of characters other than `:`: a
 * part of an ARN template known to fill one segment (`${Region}` of a Service Authorization
 * Reference format, `${AWS::Region}` of a template), unlike IAM's `*`, which may cross colons.
 */
export const SEGMENT_WILDCARD = '\u0001';

/**
 * In a pattern given to `iamPatternsOverlap`, stands for any run of characters other than `:` and
 * `/`: a name known to hold neither, such as `${BucketName}` of an S3 format (bucket names are
 * lower-case letters, digits, dots and hyphens), so that `arn:*:s3:::${BucketName}` cannot be the
 * object ARN `arn:aws:s3:::media/*`.
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html
 */
export const NAME_WILDCARD = '\u0002';

/**
 * Can some string match both patterns? Both sides may hold `*` (any run of characters), `?` (one
 * character) and `SEGMENT_WILDCARD`: `arn:*:geo:*:*:geofence-collection/*` and
 * `arn:aws:geo:*:*:tracker/*` cannot, `arn:aws:geo:*` and either can. Compared as given (callers
 * lower-case both sides for a case-insensitive answer). A search over pairs of positions, so
 * linear in the product of the lengths and free of regular expressions (patterns are hostile
 * input; callers bound the lengths).
 */
export function iamPatternsOverlap(a: string, b: string): boolean {
  const p = a.replace(/\*+/g, '*');
  const q = b.replace(/\*+/g, '*');
  const width = q.length + 1;
  const seen = new Uint8Array((p.length + 1) * width);
  const stack = [0];
  while (stack.length > 0) {
    const state = stack.pop()!;
    if (seen[state]) continue;
    seen[state] = 1;
    const i = Math.floor(state / width);
    const j = state % width;
    if (i === p.length && j === q.length) return true;
    const pc = p[i];
    const qc = q[j];
    const pRun = pc === '*' || pc === SEGMENT_WILDCARD || pc === NAME_WILDCARD;
    const qRun = qc === '*' || qc === SEGMENT_WILDCARD || qc === NAME_WILDCARD;
    // A run may match nothing.
    if (pRun) stack.push(state + width);
    if (qRun) stack.push(state + 1);
    // Both sides take one character that both accept: a run stays where it is, anything else moves on.
    if (pc !== undefined && qc !== undefined && sharesCharacter(pc, qc)) {
      stack.push((pRun ? i : i + 1) * width + (qRun ? j : j + 1));
    }
  }
  return false;
}

/** Is there a character both pattern characters accept? */
function sharesCharacter(a: string, b: string): boolean {
  const aAny = a === '*' || a === '?' || a === SEGMENT_WILDCARD || a === NAME_WILDCARD;
  const bAny = b === '*' || b === '?' || b === SEGMENT_WILDCARD || b === NAME_WILDCARD;
  if (aAny && bAny) return true;
  if (aAny) return accepts(a, b);
  if (bAny) return accepts(b, a);
  return a === b;
}

/** Does the wildcard character accept the literal character? */
function accepts(wildcard: string, ch: string): boolean {
  if (wildcard === SEGMENT_WILDCARD) return ch !== ':';
  if (wildcard === NAME_WILDCARD) return ch !== ':' && ch !== '/';
  return true;
}
