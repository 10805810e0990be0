/**
 * Suppressions: a decision, with its reason, that a finding is accepted.
 *
 * In source, where the template lives (the cdk-nag way, which CDK code writes with
 * `cfnResource.addMetadata('cognito-iam-lint', { suppress: [...] })`):
 *
 *   Metadata:
 *     cognito-iam-lint:
 *       suppress:
 *         - rule: identity-pool/guest-access
 *           reason: The kiosk app is meant to be used without signing in.
 *           expires: 2027-06-30        # optional: the last day it applies (UTC)
 *
 * on a resource (suppresses the findings of that resource) or at the template's top-level
 * `Metadata` (the whole template). SARIF `kind: inSource`.
 *
 * External, in the config file's `suppressions` (for reviewers who do not own the template):
 * rule, files (globs), optional resource (logical ID or construct path), reason, expires.
 * SARIF `kind: external`.
 *
 * A reason is required. A suppression that cannot apply (no rule, no reason, an unreadable
 * date, a rule ID that names no rule) or no longer applies (expired) is reported as a warning
 * notification at the place it is written, so it never fails silently; with
 * `reportUnusedSuppressions`, so is one that matched no finding.
 */
import type { ExternalSuppression } from './settings.js';
import type { SuppressionScope } from '../model/contribution.js';
import { type ParsedDocument, type Pointer } from '../parsers/types.js';
import { type Glob } from '../util/glob.js';
import type { Finding, Notification } from './types.js';
export declare const SUPPRESSION_METADATA_KEY = "cognito-iam-lint";
export interface Suppression {
    readonly kind: 'inSource' | 'external';
    /** A rule ID, `<area>/*` or `*`. */
    readonly rule: string;
    readonly reason: string;
    /** Last day it applies, `YYYY-MM-DD`. */
    readonly expires?: string;
    /** How a message names it: "on resource `GuestRole`", "in config suppressions[2]". */
    readonly where: string;
    /** Where it is written, for notifications (in-source only). */
    readonly source?: {
        readonly doc: ParsedDocument;
        readonly pointer: Pointer;
    };
    /** External only: globs of the files it covers (compiled once), and the resource. */
    readonly files?: readonly Glob[];
    /** External only: the finding's file as its globs see it (relative to the config's folder). */
    readonly view?: (file: string) => string;
    readonly resource?: string;
    /** How many findings it matched in this run. */
    uses: number;
}
export interface SuppressionContext {
    now: Date;
    /** Every rule ID of the run (enabled or not): a suppression naming none of them is a typo. */
    knownRuleIds: ReadonlySet<string>;
    notes: Notification[];
    /** A finding's file as the config's `files` globs see it (relative to the config's folder); default: as it is. */
    configPath?: (file: string) => string;
}
/** `trust/missing-aud`, `trust/*` or `*`. */
export declare function suppressionMatches(suppression: Pick<Suppression, 'rule'>, ruleId: string): boolean;
/**
 * Whether `expires` (`YYYY-MM-DD`) has passed at `now`. The date is the last day the
 * suppression applies, through its end (UTC): `expires: 2027-06-30` still suppresses on June 30.
 */
export declare function isExpired(expires: string, now: Date): boolean;
/** Read the suppressions in one `Metadata` object (a resource's, or the template's). */
export declare function readSuppressions(metadata: Record<string, unknown> | undefined, owner: {
    doc: ParsedDocument;
    pointer: Pointer;
    where: string;
}, context: SuppressionContext): Suppression[];
/** The config file's suppressions; the config loader has checked their shape already. */
export declare function externalSuppressions(entries: readonly ExternalSuppression[] | undefined, context: SuppressionContext): Suppression[];
export interface SuppressionUsage {
    used: boolean;
    unusedNote: Notification;
}
/**
 * Every suppression of a run, read once up front (so that a broken or unused one is reported
 * even where nothing is found), and the ones that apply to a finding.
 */
export declare class SuppressionIndex {
    private readonly context;
    private readonly byScope;
    private readonly external;
    private readonly all;
    constructor(scopes: readonly SuppressionScope[], config: readonly ExternalSuppression[] | undefined, context: SuppressionContext);
    /**
     * The suppressions that apply to a finding of `ruleId`, counting each as used. In source (the
     * `scope` of the reported node's document): those of the resource `holder` holding the reported
     * node, of the resource the finding names (when a rule reports a policy statement on behalf of
     * its role, both), and of the whole document. External: those whose files, resource and rule
     * match the finding as reported.
     */
    match(ruleId: string, finding: Pick<Finding, 'file' | 'resource'>, scope: SuppressionScope | undefined, holder: string | undefined): Suppression[];
    /**
     * Each suppression with the warning it earns when it matches no finding. The caller warns
     * once it has seen every run the suppression takes part in (a run per condition scenario).
     */
    usage(): SuppressionUsage[];
}
