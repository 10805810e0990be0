/**
 * Recognising CloudFormation intrinsic functions by shape inside policy documents.
 *
 * Policy documents come from templates, so any value may be an intrinsic function in long form
 * (`{"Fn::Sub": …}`), or the marker object an unknown YAML tag becomes. The grammar checker
 * treats such a value as "not known statically" and never reports it as a wrong type.
 *
 * This module mirrors `#/definitions/intrinsic`, `#/definitions/fnIf` and
 * `#/definitions/noValue` of schemas/iam-policy.schema.json; a test keeps them in step.
 * It is deliberately stricter than `intrinsicName` in src/dialects/cloudformation/intrinsics.ts in one place:
 * `Ref` and `Condition` must name something (a string), so that a statement or key map holding
 * only a `Condition` block (`{"Condition": {"StringEquals": …}}`) is never mistaken for the
 * `{"Condition": "IsProd"}` condition reference.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html
 */
import { UNKNOWN_TAG_KEY } from '../parsers/types.js';
import { isPlainObject, own } from '../core/objects.js';
import { valueAtPointer, type SourceRef } from '../parsers/source.js';

/** Is `value` an intrinsic function object (`{Ref: …}`, `{"Fn::Sub": …}`, an unknown tag marker)? */
export function intrinsicName(value: unknown): string | undefined {
  if (!isPlainObject(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const key = keys[0]!;
  if (key === 'Ref' || key === 'Condition' || key.startsWith('Fn::') || key === UNKNOWN_TAG_KEY) return key;
  return undefined;
}

/** The function name (`Ref`, `Fn::Sub`, the unknown-tag marker key) when `value` has the shape of an intrinsic function. */
export function intrinsicKey(value: unknown): string | undefined {
  if (!isPlainObject(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const key = keys[0]!;
  if (key === 'Ref' || key === 'Condition') return typeof value[key] === 'string' ? key : undefined;
  if ((key.startsWith('Fn::') && key.length > 4) || key === UNKNOWN_TAG_KEY) return key;
  return undefined;
}

export function isIntrinsicShape(value: unknown): boolean {
  return intrinsicKey(value) !== undefined;
}

/** `{"Ref": "AWS::NoValue"}`: in a Fn::If branch it removes the element altogether. */
export function isNoValue(value: unknown): boolean {
  return intrinsicKey(value) === 'Ref' && (value as Record<string, unknown>)['Ref'] === 'AWS::NoValue';
}

/** A well-formed `{"Fn::If": [condition, whenTrue, whenFalse]}`. */
export interface FnIfShape {
  /** The condition name, when it is a plain string. */
  condition: string | undefined;
  /** `[whenTrue, whenFalse]`: branch `i` lives at pointer token `Fn::If` / `i + 1`. */
  branches: [unknown, unknown];
}

/** The parts of a `Fn::If`, or undefined when `value` is not a well-formed one (a malformed Fn::If is just an opaque intrinsic). */
export function fnIfShape(value: unknown): FnIfShape | undefined {
  if (intrinsicKey(value) !== 'Fn::If') return undefined;
  const args = (value as Record<string, unknown>)['Fn::If'];
  if (!Array.isArray(args) || args.length !== 3) return undefined;
  const condition: unknown = args[0];
  return { condition: typeof condition === 'string' ? condition : undefined, branches: [args[1], args[2]] };
}

/**
 * How a value is written in the template, for messages: a plain string, or the template string of
 * an `Fn::Sub` (`http://${SiteBucket}.s3-website-${AWS::Region}.amazonaws.com/`). Undefined for
 * anything else (use `describe` of the resolved value then).
 */
export function writtenText(source: SourceRef): string | undefined {
  const node = valueAtPointer(source.doc.data, source.pointer);
  if (typeof node === 'string') return node;
  if (!isPlainObject(node) || intrinsicName(node) !== 'Fn::Sub') return undefined;
  const arg = own(node, 'Fn::Sub');
  const text = Array.isArray(arg) ? arg[0] : arg;
  return typeof text === 'string' ? text : undefined;
}
