/**
 * Stable finding identity. A fingerprint must survive moving lines, reformatting and
 * JSON↔YAML conversion of the same template, and change when the rule, the resource or the
 * offending value changes. So it hashes what the model sees — rule ID, the stack (its name for
 * cdk.out, otherwise the file path without extension, relative to the baseline file's folder
 * when there is one, so a run from a subfolder fingerprints alike), the resource's logical ID,
 * the node's JSON pointer relative to that resource, and the canonical JSON of the node's value
 * — never line numbers or text.
 *
 * `Metadata` is left out of the hashed value when the reported node is a whole resource (or
 * the template itself): it is not deployed configuration, and it is exactly what changes when
 * someone adds a suppression (ours, cdk-nag's) or when CDK path metadata is switched on. Were
 * it hashed, suppressing one rule on a resource would turn another rule's accepted finding on
 * the same resource into a "new" one.
 */
import { valueAtPointer } from '../parsers/source.js';
import type { ParsedDocument, Pointer } from '../parsers/types.js';
import { nodeCrypto } from '../util/node-builtins.js';

export interface FingerprintInput {
  ruleId: string;
  doc: ParsedDocument;
  pointer: Pointer;
  /** Stack identity: cdk stack name, or undefined for plain files (then the path without extension). */
  stack: string | undefined;
  /**
   * The file path to hash for a plain file, relative to the baseline's folder (default: the
   * document's path, relative to the working directory): the same finding seen from a subfolder
   * has the same fingerprint.
   */
  file?: string;
  logicalId: string | undefined;
  /** Pointer of the resource containing `pointer` (stripped so the fingerprint is relative to it). */
  resourcePointer: Pointer | undefined;
  key: string | undefined;
}

export function fingerprint(input: FingerprintInput): string {
  const relative =
    input.resourcePointer !== undefined && input.pointer.startsWith(input.resourcePointer)
      ? input.pointer.slice(input.resourcePointer.length)
      : input.pointer;
  const node = valueAtPointer(input.doc.data, input.pointer);
  const whole = input.pointer === input.resourcePointer || input.pointer === '';
  const parts = [
    'v1',
    input.ruleId,
    input.stack ?? (input.file ?? input.doc.file).replace(/\.(json|ya?ml|template|cfn)$/i, ''),
    input.logicalId ?? '',
    relative,
    canonicalJsonOfNode(node, whole),
    input.key ?? '',
  ];
  return sha256(JSON.stringify(parts)).slice(0, 32);
}

/** node:crypto is loaded on the first fingerprint (src/util/node-builtins.ts): a run without findings never loads it. */
function sha256(text: string): string {
  return nodeCrypto().createHash('sha256').update(text).digest('hex');
}

/**
 * The canonical JSON of a reported node, worked out once per node: many findings may point at the
 * same large node (a resource, a policy of thousands of statements), and each would otherwise
 * serialise it again.
 */
function canonicalJsonOfNode(node: unknown, withoutMetadataKey: boolean): string {
  if (node === null || typeof node !== 'object') return canonicalJson(node);
  const cache = withoutMetadataKey ? canonicalWithoutMetadata : canonicalWhole;
  let text = cache.get(node);
  if (text === undefined) {
    text = canonicalJson(withoutMetadataKey ? withoutMetadata(node) : node);
    cache.set(node, text);
  }
  return text;
}

const canonicalWhole = new WeakMap<object, string>();
const canonicalWithoutMetadata = new WeakMap<object, string>();

/** JSON with object keys sorted, so key order and formatting never change the hash. */
export function canonicalJson(value: unknown, depth = 0): string {
  if (depth > 64) return '"…"';
  if (Array.isArray(value)) return '[' + value.map((v) => canonicalJson(v, depth + 1)).join(',') + ']';
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value as Record<string, unknown>)
      .sort()
      .map((k) => JSON.stringify(k) + ':' + canonicalJson((value as Record<string, unknown>)[k], depth + 1));
    return '{' + entries.join(',') + '}';
  }
  return JSON.stringify(value) ?? 'null';
}

function withoutMetadata(value: unknown): unknown {
  if (
    value === null ||
    typeof value !== 'object' ||
    Array.isArray(value) ||
    !Object.prototype.hasOwnProperty.call(value, 'Metadata')
  )
    return value;
  const { Metadata: _metadata, ...rest } = value as Record<string, unknown>;
  return rest;
}
