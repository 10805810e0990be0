/**
 * Where a model value came from: a document and a JSON pointer into it. Every entity and
 * every resolved value carries one, so a finding can always be placed at the exact node.
 */
import type { ParsedDocument, Pointer } from './types.js';
import { joinPointer, splitPointer } from './types.js';
import { isPlainObject } from '../core/objects.js';

export interface SourceRef {
  readonly doc: ParsedDocument;
  readonly pointer: Pointer;
}

export function sourceRef(doc: ParsedDocument, pointer: Pointer): SourceRef {
  return { doc, pointer };
}

/** A reference to a child node of `ref`. */
export function childRef(ref: SourceRef, ...tokens: Array<string | number>): SourceRef {
  return { doc: ref.doc, pointer: joinPointer(ref.pointer, ...tokens) };
}

/** The value at `pointer` in `data`, or undefined when the path does not exist. */
export function valueAtPointer(data: unknown, pointer: Pointer): unknown {
  let node: unknown = data;
  for (const token of splitPointer(pointer)) {
    if (Array.isArray(node)) {
      const index = Number(token);
      if (!Number.isInteger(index)) return undefined;
      node = node[index];
    } else if (isPlainObject(node)) {
      if (!Object.prototype.hasOwnProperty.call(node, token)) return undefined;
      node = node[token];
    } else {
      return undefined;
    }
  }
  return node;
}

/**
 * Where a node really is: for a node inside decoded JSON text, the string it was decoded from;
 * for a node of a deployed view, the node of the template as written.
 */
export function anchorOf(ref: SourceRef): SourceRef {
  const outer = ref.doc.embeddedIn;
  if (outer) return anchorOf({ doc: outer.doc, pointer: outer.pointer });
  const view = ref.doc.viewOf;
  return view ? { doc: view.doc, pointer: view.original(ref.pointer) } : ref;
}

/**
 * Where a node is written, for positions and file names: its anchor, then, for a template compiled
 * from other files (ParsedDocument.compiledFrom), the file and node it was compiled from. The model
 * still knows the node by its anchor (its stack, its resource); the user sees it here.
 */
export function placeOf(ref: SourceRef): SourceRef {
  const anchor = anchorOf(ref);
  const compiled = anchor.doc.compiledFrom;
  return compiled ? compiled.place(anchor.pointer) : anchor;
}

/**
 * A document compiled in memory from `written` (a Serverless service, a Terraform plan placed at its
 * `.tf` sources): `data` is what the dialect reads, `place` says where each of its nodes is written,
 * and `locate` answers with that place's range. Its text, file and size are `written`'s.
 */
export function compiledDocument(
  written: ParsedDocument,
  compiled: {
    readonly form: NonNullable<ParsedDocument['compiledFrom']>['form'];
    readonly data: unknown;
    readonly place: (pointer: Pointer) => SourceRef;
    readonly problems: Pick<ParsedDocument, 'syntaxErrors' | 'duplicateKeys' | 'unknownTags'>;
  },
): ParsedDocument {
  const { form, data, place, problems } = compiled;
  return {
    file: written.file,
    format: written.format,
    data,
    syntaxErrors: problems.syntaxErrors,
    duplicateKeys: problems.duplicateKeys,
    unknownTags: problems.unknownTags,
    size: written.size,
    text: written.text,
    locate: (pointer, which) => {
      const at = place(pointer);
      return at.doc.locate(at.pointer, which);
    },
    compiledFrom: { form, place },
  };
}
