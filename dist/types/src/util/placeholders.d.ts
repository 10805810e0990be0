/**
 * Text with `${…}` placeholders (CloudFormation's `Fn::Sub`, the Serverless Framework's variables)
 * cut into its fixed parts and its placeholders, in order. Each caller decides what a placeholder
 * means; this only finds them, in time linear in the text when `closingOf` is.
 */
export interface Placeholder {
    /** What is between `${` and the closing `}`. */
    readonly inner: string;
    /** The placeholder as written, `${` and `}` included. */
    readonly raw: string;
}
/**
 * `closingOf(text, start)` is the index of the `}` ending the placeholder whose `${` is at `start`,
 * or -1 when it is never closed (the rest of the text is then fixed text).
 */
export declare function splitPlaceholders(text: string, closingOf: (text: string, start: number) => number): Array<string | Placeholder>;
/** CloudFormation's closing: the first `}` after the `${`. */
export declare function firstClosing(text: string, start: number): number;
