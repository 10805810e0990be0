import type { LintReport } from '../engine/types.js';
/** Pretty JSON (2-space indent, trailing newline) that validates against schemas/report.schema.json. */
export declare function formatJson(report: LintReport): string;
