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
export function splitPlaceholders(
  text: string,
  closingOf: (text: string, start: number) => number,
): Array<string | Placeholder> {
  const out: Array<string | Placeholder> = [];
  let i = 0;
  while (i < text.length) {
    const start = text.indexOf('${', i);
    const end = start === -1 ? -1 : closingOf(text, start);
    if (end === -1) {
      out.push(text.slice(i));
      break;
    }
    if (start > i) out.push(text.slice(i, start));
    out.push({ inner: text.slice(start + 2, end), raw: text.slice(start, end + 1) });
    i = end + 1;
  }
  return out;
}

/** CloudFormation's closing: the first `}` after the `${`. */
export function firstClosing(text: string, start: number): number {
  return text.indexOf('}', start + 2);
}
