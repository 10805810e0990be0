/**
 * What the parsers say about a file they cannot read, by code: each problem carries a stable
 * `code` and values, and its words are here, once. input/parse-error has one message per code
 * (rules/input/parse-error.ts), and the CLI's one-line error for an unreadable file
 * (`file:line:col: text`) and the config loader print the same text (`SyntaxProblem.message`).
 *
 * A value is a name, a number or a token of the input. Words another program wrote (the `yaml`
 * package's error message, an error's text) are a value too, quoted: the template sets such a
 * placeholder in double quotes, so a reader sees whose words they are.
 */
import { type PlaceholderValue } from '../core/template.js';
export declare const SYNTAX_MESSAGES: {
    readonly 'json/empty': "Expected a JSON value, found the end of the file";
    readonly 'json/too-deep': "JSON nesting deeper than {{limit}} levels";
    readonly 'json/expected-value': "Expected a value";
    readonly 'json/eof-expected-value': "Unexpected end of file: expected a value";
    readonly 'json/expected-key': "Expected a property name in double quotes";
    readonly 'json/eof-expected-key': "Unexpected end of file: expected a property name in double quotes";
    readonly 'json/expected-colon': "Expected a colon after the property name";
    readonly 'json/eof-expected-colon': "Unexpected end of file: expected a colon after the property name";
    readonly 'json/expected-comma-or-bracket': "Expected a comma or closing bracket";
    readonly 'json/eof-expected-comma-or-bracket': "Unexpected end of file: expected a comma or closing bracket";
    readonly 'json/expected-comma-or-brace': "Expected a comma or closing brace";
    readonly 'json/eof-expected-comma-or-brace': "Unexpected end of file: expected a comma or closing brace";
    readonly 'json/content-after-value': "Unexpected content after the end of the JSON value";
    readonly 'json/trailing-comma': "Unexpected trailing comma";
    readonly 'json/comment': "Comments are not allowed in JSON";
    readonly 'json/single-quotes': "JSON strings must use double quotes";
    readonly 'json/unexpected-character': "Unexpected character \"{{token}}\"";
    readonly 'json/unexpected-word': "Unexpected token \"{{token}}\"";
    readonly 'json/unexpected-letter': "Unexpected letter: JSON keys and strings need double quotes";
    readonly 'json/unexpected-digit': "Unexpected digit";
    readonly 'json/unexpected-symbol': "Unexpected character";
    readonly 'json/bare-word': "Unexpected bare word ({{length}} characters): not a JSON value";
    readonly 'json/unterminated-string': "Unterminated string";
    readonly 'json/invalid-number': "Invalid number";
    readonly 'json/invalid-unicode-escape': "Invalid \\u escape in string: expected 4 hex digits";
    readonly 'json/invalid-escape': "Invalid escape sequence in string";
    readonly 'json/control-character': "Control character {{codePoint}} must be escaped in a string";
    readonly 'json/invalid-string-character': "Invalid character in string";
    readonly 'json/invalid-token': "Invalid token";
    readonly 'yaml/multiple-documents': "The file holds multiple YAML documents; CloudFormation reads only one, so only the first is linted";
    readonly 'yaml/too-deep': "YAML nesting deeper than {{limit}} levels";
    readonly 'yaml/unknown-alias': "Unknown YAML alias *{{alias}}";
    readonly 'yaml/recursive-alias': "YAML alias *{{alias}} refers to a node that contains it";
    readonly 'yaml/alias-limit': "YAML alias limit exceeded: aliases expand to more than {{limit}} nodes";
    readonly 'yaml/merge-not-mapping': "YAML merge key << needs a mapping or a list of mappings to merge";
    readonly 'yaml/parser': "The YAML parser reports \"{{parserMessage}}\"";
    readonly 'text/invalid-utf8': "invalid UTF-8 (byte 0x{{byte}} at offset {{offset}}); templates must be UTF-8";
    readonly 'text/parser-failed': "The parser failed on this file with \"{{errorMessage}}\"";
};
export type SyntaxCode = keyof typeof SYNTAX_MESSAGES;
export type SyntaxData = Readonly<Record<string, PlaceholderValue>>;
/** The text of a syntax problem, as the CLI and the config loader print it. */
export declare function syntaxText(code: SyntaxCode, data?: SyntaxData): string;
/** What a syntax problem says, without where: its code, its values and its text (`SyntaxProblem` adds the range). */
export interface SyntaxDiagnostic {
    /** Stable: input/parse-error's message ID. */
    code: SyntaxCode;
    /** The values the code's template names. */
    data?: SyntaxData;
    /** The code's text filled with the values: what the CLI's one-line error and the config loader print. */
    message: string;
}
export declare function syntaxDiagnostic(code: SyntaxCode, data?: SyntaxData): SyntaxDiagnostic;
