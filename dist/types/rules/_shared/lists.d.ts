/**
 * Lists in messages: English lives in rules/ and in message templates, never in src/.
 */
/** `a`, `a and b`, `a, b and c`; past `max` items, `a, b, c and 4 more`. Items are used as given (already quoted). */
export declare function formatList(items: readonly string[], max?: number): string;
/**
 * `\`s3:PutObject\`, \`s3:DeleteObject\`` — at most six, then "and N more". `label` writes one
 * entry (an action ID in backquotes, unless the entry is a phrase such as `everything except …`).
 */
export declare function formatActionList(ids: readonly string[], label?: (id: string) => string): string;
