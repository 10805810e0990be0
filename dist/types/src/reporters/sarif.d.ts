import { type LintReport } from '../engine/types.js';
export interface SarifOptions {
    /**
     * Emit suppressed findings as results carrying `suppressions` (default true), as SARIF
     * intends. GitHub does not list `suppressions` among the properties it reads, and projects
     * report such results arriving as open alerts: pass false for an upload to code scanning
     * when suppressed findings must stay out of the alert list.
     */
    includeSuppressed?: boolean;
}
export declare const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
export declare const INFORMATION_URI = "https://github.com/cognito-iam-lint/cognito-iam-lint";
/** `trust/missing-aud` → `TrustMissingAud`: SARIF's `name` is an identifier-like friendly name. */
export declare function ruleName(id: string): string;
/**
 * A relative path as a URI reference: every octet outside RFC 3986 `unreserved` is
 * percent-encoded (UTF-8), segment by segment, so `/` stays a separator. A `:` in the first
 * segment would otherwise read as a scheme, and a space or `#` would break the reference.
 */
export declare function pathToUri(path: string): string;
/**
 * Plain text from the rule's Markdown page, for `help.text` (shown by viewers that do not
 * render Markdown). Only the constructs rule pages use are handled: headings, fences, inline
 * code, links, bold and lists. Single `_`/`*` are left alone: they occur in IAM names.
 */
export declare function markdownToText(markdown: string): string;
export declare function formatSarif(report: LintReport, options?: SarifOptions): string;
