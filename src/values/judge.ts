/**
 * Judgements of resolved values (README "Architecture: floors", `values/`): one way to ask a yes/no question of
 * a value that may have alternatives (`Fn::If`, a parameter default the deployer may override) or
 * unknown parts, answered as a `Tri` from src/core/tri.ts. The question is asked of each
 * alternative; the value answers only when they all agree, so a rule never guesses which branch
 * deploys (docs/semantics.md#resolved-value).
 */
import * as tri from '../core/tri.js';
import type { Tri } from '../core/tri.js';
import { alternatives, foldResolved, knownString, type Resolved, type ResolvedOf } from './resolved.js';
import type { ResourceNode } from './resource-node.js';

/** What a `Ref` / `Fn::GetAtt` points at (named through Resolved, so values/ does not import a dialect). */
type ReferencedResource = ResolvedOf<'resource'>['resource'];

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
 * or absent", `!== false` "true or unknown" in docs/semantics.md#resolved-value.
 */
export function truthOf(value: Resolved, whenAbsent = false): Tri {
  return judge(value, (alt) => {
    if (alt.kind === 'absent') return whenAbsent;
    const text = knownString(alt)?.toLowerCase();
    return text === 'true' ? true : text === 'false' ? false : tri.UNKNOWN;
  });
}

/** Every resource a value refers to (`Ref`, `Fn::GetAtt`), anywhere in it: in parts, alternatives and list items, in order. */
export function referencedResources(value: Resolved): ReferencedResource[] {
  const flat = (children: readonly ReferencedResource[][]): ReferencedResource[] => children.flat();
  return foldResolved<ReferencedResource[]>(value, {
    resource: ({ resource }) => [resource],
    concat: flat,
    anyOf: flat,
    list: flat,
    otherwise: () => [],
  });
}

/**
 * Does `test` hold for some alternative of `value` (anyOf flattened), with every alternative
 * decided? For a rule that fires on a setting written in any branch: a literal weak setting in one
 * `Fn::If` branch is written in the template and deploys under its condition. Unlike `tri.any`, an
 * undecided alternative makes the answer unknown even when another one holds: the rule then says
 * nothing rather than report a value it could not read whole. Stops at the first undecided one.
 */
export function someAlternative(value: Resolved, test: (alternative: Resolved) => Tri): Tri {
  let holds = false;
  for (const alt of alternatives(value)) {
    const answer = test(alt);
    if (answer === tri.UNKNOWN) return tri.UNKNOWN;
    if (answer) holds = true;
  }
  return holds;
}

/** `someAlternative` for a string property: `test` gets each alternative's string, `undefined` for absent; an alternative whose string is not known is undecided. */
export function someAlternativeText(value: Resolved, test: (text: string | undefined) => boolean): Tri {
  return someAlternative(value, (alt) => {
    if (alt.kind === 'absent') return test(undefined);
    const text = knownString(alt);
    return text === undefined ? tri.UNKNOWN : test(text);
  });
}

/** The one resource a value refers to (`Ref`/`Fn::GetAtt`, or alternatives that all name it). */
export function singleResource(value: Resolved): { resource: ResourceNode; attribute: string | undefined } | undefined {
  const alts = alternatives(value);
  const first = alts[0];
  if (!first || first.kind !== 'resource') return undefined;
  if (!alts.every((a) => a.kind === 'resource' && a.resource === first.resource && a.attribute === first.attribute))
    return undefined;
  return { resource: first.resource, attribute: first.attribute };
}

/**
 * The string a value certainly has: `absent` when the property is missing, the string when every
 * alternative has it, `undefined` when unknown or when alternatives differ (`Fn::If`, a parameter
 * default that the deployer may override).
 */
export function certainString(value: Resolved): string | { absent: true } | undefined {
  const alts = alternatives(value);
  if (alts.every((a) => a.kind === 'absent')) return { absent: true };
  return knownString(value);
}
