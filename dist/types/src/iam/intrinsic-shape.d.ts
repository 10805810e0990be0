import { type SourceRef } from '../parsers/source.js';
/** Is `value` an intrinsic function object (`{Ref: …}`, `{"Fn::Sub": …}`, an unknown tag marker)? */
export declare function intrinsicName(value: unknown): string | undefined;
/** The function name (`Ref`, `Fn::Sub`, the unknown-tag marker key) when `value` has the shape of an intrinsic function. */
export declare function intrinsicKey(value: unknown): string | undefined;
export declare function isIntrinsicShape(value: unknown): boolean;
/** `{"Ref": "AWS::NoValue"}`: in a Fn::If branch it removes the element altogether. */
export declare function isNoValue(value: unknown): boolean;
/** A well-formed `{"Fn::If": [condition, whenTrue, whenFalse]}`. */
export interface FnIfShape {
    /** The condition name, when it is a plain string. */
    condition: string | undefined;
    /** `[whenTrue, whenFalse]`: branch `i` lives at pointer token `Fn::If` / `i + 1`. */
    branches: [unknown, unknown];
}
/** The parts of a `Fn::If`, or undefined when `value` is not a well-formed one (a malformed Fn::If is just an opaque intrinsic). */
export declare function fnIfShape(value: unknown): FnIfShape | undefined;
/**
 * How a value is written in the template, for messages: a plain string, or the template string of
 * an `Fn::Sub` (`http://${SiteBucket}.s3-website-${AWS::Region}.amazonaws.com/`). Undefined for
 * anything else (use `describe` of the resolved value then).
 */
export declare function writtenText(source: SourceRef): string | undefined;
