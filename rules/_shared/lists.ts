/**
 * Lists in messages: English lives in rules/ and in message templates, never in src/.
 */

/** `a`, `a and b`, `a, b and c`; past `max` items, `a, b, c and 4 more`. Items are used as given (already quoted). */
export function formatList(items: readonly string[], max = 5): string {
  const distinct = [...new Set(items)];
  if (distinct.length <= 1) return distinct.join('');
  if (distinct.length > max) return `${distinct.slice(0, max).join(', ')} and ${distinct.length - max} more`;
  return `${distinct.slice(0, -1).join(', ')} and ${distinct[distinct.length - 1]}`;
}

/**
 * `\`s3:PutObject\`, \`s3:DeleteObject\`` — at most six, then "and N more". `label` writes one
 * entry (an action ID in backquotes, unless the entry is a phrase such as `everything except …`).
 */
export function formatActionList(ids: readonly string[], label = (id: string): string => `\`${id}\``): string {
  const shown = ids.slice(0, 6).map(label);
  return ids.length > 6 ? `${shown.join(', ')} and ${ids.length - 6} more` : shown.join(', ');
}
