/**
 * The serverless-pseudo-parameters plugin (https://github.com/svdgraaf/serverless-pseudo-parameters,
 * lib/index.js), which services of the Framework v1/v2 era list to write `#{AWS::AccountId}` or
 * `#{UserPool.Arn}` where CloudFormation wants `Fn::Sub`. Once the template is compiled and the
 * service's `resources` merged into it, the plugin turns every text holding `#{…}` into
 * `{ "Fn::Sub": <the text with #{…} written ${…}> }` (inside an `Fn::Sub` the text itself is
 * rewritten). With `custom.pseudoParameters.allowReferences: false` only `#{AWS::…}` is rewritten;
 * with `skipRegionReplace: false` the first region name in a text becomes `#{AWS::Region}` first;
 * `#@{x}` is written as `#{x}` (and the text then stays text, as the plugin leaves it).
 *
 * Without this, `'cognito-identity.amazonaws.com:aud': '#{CognitoIdentityPool}'` would be read as a
 * pool whose ID is that literal text. Other `${…}` in such a text is left as written, as the plugin
 * leaves it, so CloudFormation reads `${cognito-identity.amazonaws.com:sub}` there as its own
 * reference (policy/variable-sub-escape reports it): what the service deploys.
 */
import { isPlainObject, own } from '../../core/objects.js';
import { setDataProperty } from '../../parsers/json.js';
import type { SourceRef } from '../../parsers/source.js';
import { type Pointer, joinPointer } from '../../parsers/types.js';
import type { Compilation } from './compilation.js';

export const PSEUDO_PARAMETERS_PLUGIN = 'serverless-pseudo-parameters';

/** The plugin's own list, in its order. */
const REGIONS =
  /ap-northeast-1|ap-northeast-2|ap-south-1|ap-southeast-1|ap-southeast-2|ca-central-1|eu-central-1|eu-west-1|eu-west-2|eu-west-3|sa-east-1|us-east-1|us-east-2|us-west-1|us-west-2/;
const ANY_REFERENCE = /#\{([^}]+)\}/;
const PSEUDO_ONLY = /#\{(AWS::[a-zA-Z]+)\}/;
const ESCAPED = /#@\{([^}]+)\}/;

/** Deeper than any template: a hostile input nested further is left as it is. */
const MAX_DEPTH = 256;

/**
 * Rewrites `template` in place (its nodes are the compilation's own, made by the variable resolver
 * or the compiler, never a parsed file's); each `Fn::Sub` made is placed where its text is written.
 */
export function applyPseudoParameters(
  compilation: Compilation,
  template: Record<string, unknown>,
  place: (pointer: Pointer) => SourceRef,
): void {
  if (!compilation.plugins.has(PSEUDO_PARAMETERS_PLUGIN)) return;
  const settings = compilation.variables.config('custom', 'pseudoParameters');
  const setting = (key: string): unknown => (isPlainObject(settings) ? own(settings, key) : undefined);
  const references = setting('allowReferences') === false ? PSEUDO_ONLY : ANY_REFERENCE;
  const replaceRegion = setting('skipRegionReplace') === false;
  const seen = new Set<object>();

  const visit = (node: Record<string, unknown> | unknown[], pointer: Pointer, depth: number): void => {
    // A variable known only at deployment stands as `Ref` to a parameter named as written: not text of the template.
    if (
      depth > MAX_DEPTH ||
      seen.has(node) ||
      (!Array.isArray(node) && own(node, 'Ref') !== undefined && compilation.variables.isUnknown(node))
    )
      return;
    seen.add(node);
    const entries: Array<[string, unknown]> = Array.isArray(node)
      ? node.map((value, i) => [String(i), value])
      : Object.keys(node).map((key) => [key, node[key]]);
    for (const [key, original] of entries) {
      const at = joinPointer(pointer, key);
      let value = original;
      if (typeof value === 'string' && replaceRegion) value = value.replace(REGIONS, '#{AWS::Region}');
      if (typeof value === 'string' && references.test(value)) {
        const rewritten = value.replace(new RegExp(references.source, 'g'), '$${$1}');
        set(node, key, key === 'Fn::Sub' ? rewritten : compilation.placement.at({ 'Fn::Sub': rewritten }, place(at)));
      }
      if (typeof value === 'string' && ESCAPED.test(value))
        set(node, key, value.replace(new RegExp(ESCAPED.source, 'g'), '#{$1}'));
      if (isPlainObject(value) || Array.isArray(value)) visit(value, at, depth + 1);
    }
  };
  visit(template, '', 0);
}

function set(node: Record<string, unknown> | unknown[], key: string, value: unknown): void {
  if (Array.isArray(node)) node[Number(key)] = value;
  else setDataProperty(node, key, value);
}
