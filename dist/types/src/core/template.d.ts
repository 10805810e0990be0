/**
 * Message templates: `{{name}}` placeholders filled with values. One filler for the rules' messages
 * (src/engine/rule.ts) and the parsers' and readers' problem texts (src/parsers/syntax-messages.ts,
 * src/inputs/problem-messages.ts), so a problem reads the same in a finding and on the CLI's stderr line.
 */
/** A placeholder's value: a name, an action, an ARN, a count — never a sentence fragment. */
export type PlaceholderValue = string | number;
/** Fill `{{name}}` placeholders; an unknown placeholder is left visible rather than silently dropped. */
export declare function formatMessage(template: string, data: Readonly<Record<string, PlaceholderValue>> | undefined): string;
