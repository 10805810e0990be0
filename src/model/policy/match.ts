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
  // Iterative glob matching with single-star backtracking: linear-ish, no regex (patterns are hostile input).
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
