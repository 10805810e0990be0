import type { BaselineEntry } from '../engine/baseline.js';
import type { LintReport } from '../engine/types.js';
export interface TextOptions {
    /** ANSI colours; the CLI decides (TTY, NO_COLOR, FORCE_COLOR, --color). No escape code at all when false. */
    color: boolean;
    /** Also list notes (unresolved values) after the findings; warnings and errors are always listed. */
    verbose?: boolean;
    /** List suppressed and baseline-accepted findings too, each marked as such. */
    showSuppressed?: boolean;
    /**
     * Entries of the baseline given with --baseline that matched no finding. Given (even empty)
     * when the run was compared with a baseline: the summary then counts new, unchanged and
     * absent findings, and --verbose lists the absent ones.
     */
    baselineAbsent?: readonly BaselineEntry[];
}
export declare function formatText(report: LintReport, options: TextOptions): string;
