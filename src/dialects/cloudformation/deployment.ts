/**
 * Which templates deploy together. A wildcard in an ARN (`Resource: "*"`, `arn:aws:execute-api:*:*:*`)
 * reaches resources of the same account, not every template of a run: linting many unrelated apps
 * at once must not blame one app's role for another app's bucket or API. The same deployment is the
 * same template, the same nested-stack tree, or the same cloud assembly.
 */
import type { Stack } from './stack.js';

export function sameDeployment(a: Stack, b: Stack): boolean {
  if (a === b) return true;
  const root = (s: Stack): string => s.input.nestedIn?.parentStackKey ?? s.key;
  if (root(a) === root(b)) return true;
  return (
    a.input.assembly !== undefined &&
    b.input.assembly !== undefined &&
    a.input.assembly.rootDir === b.input.assembly.rootDir
  );
}
