/**
 * Which templates deploy together. A wildcard in an ARN (`Resource: "*"`, `arn:aws:execute-api:*:*:*`)
 * reaches resources of the same account, not every template of a run: linting many unrelated apps
 * at once must not blame one app's role for another app's bucket or API. The same deployment is the
 * same template, the same nested-stack tree, or the same cloud assembly. Every resource carries the
 * key (ResourceNode.deployment); values/resource-node.ts compares them.
 */
import type { TemplateInput } from '../../inputs/types.js';

export function deploymentKey(input: TemplateInput): string {
  if (input.assembly !== undefined) return `assembly:${input.assembly.rootDir}`;
  return `stack:${input.nestedIn?.rootStackKey ?? input.nestedIn?.parentStackKey ?? input.stackKey}`;
}
