/**
 * Judgements of resolved values (ARCHITECTURE.md, `values/`): one way to ask a yes/no question of
 * a value that may have alternatives (`Fn::If`, a parameter default the deployer may override) or
 * unknown parts, answered as a `Tri` from src/core/tri.ts. The question is asked of each
 * alternative; the value answers only when they all agree, so a rule never guesses which branch
 * deploys (RULES.md "Resolved value").
 */
import * as tri from '../core/tri.js';
import type { Tri } from '../core/tri.js';
import { alternatives, foldResolved, knownString, type Resolved } from '../model/resolved.js';
import type { TemplateResource } from '../model/stack.js';

/**
 * `test` asked of every alternative of `value` (anyOf flattened; a list is one alternative):
 * true when it holds for all, false when it fails for all, unknown when they differ or one is
 * unknown.
 */
export function judge(value: Resolved, test: (alternative: Resolved) => Tri): Tri {
  return tri.unanimous(alternatives(value).map(test));
}

/**
 * A boolean property as a Tri: `whenAbsent` for a missing property (or `Ref AWS::NoValue`), the
 * value when every alternative agrees (CloudFormation accepts the strings "true"/"false", in any
 * case), unknown otherwise. `truthOf(v) === true` is "certainly true", `=== false` "certainly false
 * or absent", `!== false` "true or unknown" in RULES.md's wording.
 */
export function truthOf(value: Resolved, whenAbsent = false): Tri {
  return judge(value, (alt) => {
    if (alt.kind === 'absent') return whenAbsent;
    const text = knownString(alt)?.toLowerCase();
    return text === 'true' ? true : text === 'false' ? false : tri.UNKNOWN;
  });
}

/** Every resource a value refers to (`Ref`, `Fn::GetAtt`), anywhere in it: in parts, alternatives and list items, in order. */
export function referencedResources(value: Resolved): TemplateResource[] {
  const flat = (children: readonly TemplateResource[][]): TemplateResource[] => children.flat();
  return foldResolved<TemplateResource[]>(value, {
    resource: ({ resource }) => [resource],
    concat: flat,
    anyOf: flat,
    list: flat,
    otherwise: () => [],
  });
}
