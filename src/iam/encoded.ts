/**
 * Policy documents written as JSON text instead of objects: CloudFormation accepts a JSON
 * string for `Json`-typed properties (`AssumeRolePolicyDocument`, `PolicyDocument`), and the
 * IAM API returns documents URL-encoded. Such a string is decoded and read like an object;
 * positions inside it cannot be told apart, so everything points at the string itself.
 */
import { embeddedDocument, type ParsedDocument, type Pointer, type Range } from '../parsers/types.js';
import type { SourceRef } from '../parsers/source.js';

/** The policy at `source`: the node itself, or its decoded content when it is JSON text. */
export function policyNode(raw: unknown, source: SourceRef): { data: unknown; source: SourceRef } {
  if (typeof raw !== 'string') return { data: raw, source };
  const decoded = decodePolicyString(raw);
  if (decoded === undefined) return { data: raw, source };
  return { data: decoded, source: { doc: pinnedDocument(source.doc, source.pointer, decoded), pointer: '' } };
}

export function decodePolicyString(text: string): unknown {
  const attempts = [text];
  try {
    attempts.push(decodeURIComponent(text));
  } catch {
    // not URL-encoded
  }
  for (const attempt of attempts) {
    try {
      return JSON.parse(attempt) as unknown;
    } catch {
      // try the next form
    }
  }
  return undefined;
}

/** A view of decoded data whose every position is the position of the encoded string it came from. */
export function pinnedDocument(doc: ParsedDocument, pointer: Pointer, data: unknown): ParsedDocument {
  // Located when first asked (for a finding): locating a JSON template's node parses it for positions.
  let range: Range | undefined;
  return embeddedDocument(doc, pointer, data, () => (range ??= doc.locate(pointer)));
}
