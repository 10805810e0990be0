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
import { joinPointer, type ParsedDocument, type Pointer } from '../parsers/types.js';
import { placeOf } from '../parsers/source.js';
import { compileGlob, isGlobRefusal, type Glob } from '../util/glob.js';
import type { Finding, FindingResource, Notification } from './types.js';
import { isPlainObject, own } from '../core/objects.js';

export const SUPPRESSION_METADATA_KEY = 'cognito-iam-lint';

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
  readonly source?: { readonly doc: ParsedDocument; readonly pointer: Pointer };
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
export function suppressionMatches(suppression: Pick<Suppression, 'rule'>, ruleId: string): boolean {
  if (suppression.rule === '*' || suppression.rule === ruleId) return true;
  return suppression.rule.endsWith('/*') && ruleId.startsWith(suppression.rule.slice(0, -1));
}

/**
 * Whether `expires` (`YYYY-MM-DD`) has passed at `now`. The date is the last day the
 * suppression applies, through its end (UTC): `expires: 2027-06-30` still suppresses on June 30.
 */
export function isExpired(expires: string, now: Date): boolean {
  const day = parseDay(expires);
  return day !== undefined && now.getTime() >= day + 24 * 60 * 60 * 1000;
}

/** Start of the day (UTC, ms) of a `YYYY-MM-DD` date that exists, else undefined. */
function parseDay(text: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text ? date.getTime() : undefined;
}

function ruleKnown(rule: string, known: ReadonlySet<string>): boolean {
  for (const id of known) if (suppressionMatches({ rule }, id)) return true;
  return false;
}

/** Read the suppressions in one `Metadata` object (a resource's, or the template's). */
export function readSuppressions(
  metadata: Record<string, unknown> | undefined,
  owner: { doc: ParsedDocument; pointer: Pointer; where: string },
  context: SuppressionContext,
): Suppression[] {
  const block = metadata ? own(metadata, SUPPRESSION_METADATA_KEY) : undefined;
  if (!isPlainObject(block)) return [];
  const list = own(block, 'suppress');
  const listPointer = joinPointer(owner.pointer, 'Metadata', SUPPRESSION_METADATA_KEY, 'suppress');
  if (!Array.isArray(list)) {
    warn(
      context,
      `The \`${SUPPRESSION_METADATA_KEY}\` metadata ${owner.where} has no \`suppress\` list, so it suppresses nothing.`,
      {
        doc: owner.doc,
        pointer: joinPointer(owner.pointer, 'Metadata', SUPPRESSION_METADATA_KEY),
      },
    );
    return [];
  }
  const out: Suppression[] = [];
  list.forEach((entry: unknown, index) => {
    const source = { doc: owner.doc, pointer: joinPointer(listPointer, index) };
    if (!isPlainObject(entry) || typeof entry.rule !== 'string' || entry.rule.trim() === '') {
      warn(context, `A suppression ${owner.where} has no \`rule\`, so it does not apply.`, source);
      return;
    }
    const rule = entry.rule.trim();
    const reason = typeof entry.reason === 'string' ? entry.reason.trim() : '';
    const expires =
      entry.expires instanceof Date
        ? entry.expires.toISOString().slice(0, 10)
        : typeof entry.expires === 'string' || typeof entry.expires === 'number'
          ? String(entry.expires)
          : undefined;
    const suppression: Suppression = {
      kind: 'inSource',
      rule,
      reason,
      ...(expires !== undefined ? { expires } : {}),
      where: owner.where,
      source,
      uses: 0,
    };
    if (usable(suppression, context, source)) out.push(suppression);
  });
  return out;
}

/** The config file's suppressions; the config loader has checked their shape already. */
export function externalSuppressions(
  entries: readonly ExternalSuppression[] | undefined,
  context: SuppressionContext,
): Suppression[] {
  const out: Suppression[] = [];
  (entries ?? []).forEach((entry, index) => {
    const files = typeof entry.files === 'string' ? [entry.files] : [...entry.files];
    const suppression: Suppression = {
      kind: 'external',
      rule: entry.rule,
      reason: typeof entry.reason === 'string' ? entry.reason.trim() : '',
      ...(entry.expires !== undefined ? { expires: entry.expires } : {}),
      where: `in the config file (suppressions[${index}], files ${files.map((f) => `\`${f}\``).join(', ')}${entry.resource ? `, resource \`${entry.resource}\`` : ''})`,
      // The config loader refuses a glob that does not compile; one that slips through matches nothing.
      files: files.map(compileGlob).filter((glob): glob is Glob => !isGlobRefusal(glob)),
      ...(context.configPath ? { view: context.configPath } : {}),
      ...(entry.resource !== undefined ? { resource: entry.resource } : {}),
      uses: 0,
    };
    if (usable(suppression, context, undefined)) out.push(suppression);
  });
  return out;
}

/** Whether a suppression can apply now; if not, says why at the place it is written. */
function usable(s: Suppression, context: SuppressionContext, source: Suppression['source']): boolean {
  const what = `The suppression of \`${s.rule}\` ${s.where}`;
  if (!s.reason) {
    warn(context, `${what} has no reason, so it does not apply: say why the finding is accepted.`, source);
    return false;
  }
  if (!ruleKnown(s.rule, context.knownRuleIds)) {
    warn(context, `${what} names no rule (see --list-rules), so it does not apply.`, source);
    return false;
  }
  if (s.expires !== undefined) {
    if (parseDay(s.expires) === undefined) {
      warn(
        context,
        `${what} has an unreadable expiry date \`${s.expires}\` (YYYY-MM-DD), so it does not apply.`,
        source,
      );
      return false;
    }
    if (isExpired(s.expires, context.now)) {
      warn(context, `${what} expired on ${s.expires} and no longer applies.`, source);
      return false;
    }
  }
  return true;
}

function warn(context: SuppressionContext, message: string, source: Suppression['source']): void {
  context.notes.push(note(message, source));
}

function note(message: string, source: Suppression['source']): Notification {
  return {
    level: 'warning',
    kind: 'input',
    message,
    ...(source ? { file: placeOf(source).doc.file, range: source.doc.locate(source.pointer) } : {}),
  };
}

export interface SuppressionUsage {
  used: boolean;
  unusedNote: Notification;
}

/**
 * Every suppression of a run, read once up front (so that a broken or unused one is reported
 * even where nothing is found), and the ones that apply to a finding.
 */
export class SuppressionIndex {
  private readonly byScope = new Map<
    SuppressionScope,
    { document: Suppression[]; resources: Map<string, Suppression[]> }
  >();
  private readonly external: Suppression[];
  private readonly all: Suppression[] = [];

  constructor(
    scopes: readonly SuppressionScope[],
    config: readonly ExternalSuppression[] | undefined,
    private readonly context: SuppressionContext,
  ) {
    for (const scope of scopes) {
      const site = scope.document;
      const document = site
        ? readSuppressions(site.metadata, { ...site.at, where: `in the template's Metadata` }, context)
        : [];
      const resources = new Map<string, Suppression[]>();
      for (const [name, { metadata, at }] of scope.resources) {
        const list = readSuppressions(metadata, { ...at, where: `on resource \`${name}\`` }, context);
        if (list.length > 0) resources.set(name, list);
      }
      this.byScope.set(scope, { document, resources });
      this.all.push(...document, ...[...resources.values()].flat());
    }
    this.external = externalSuppressions(config, context);
    this.all.push(...this.external);
  }

  /**
   * The suppressions that apply to a finding of `ruleId`, counting each as used. In source (the
   * `scope` of the reported node's document): those of the resource `holder` holding the reported
   * node, of the resource the finding names (when a rule reports a policy statement on behalf of
   * its role, both), and of the whole document. External: those whose files, resource and rule
   * match the finding as reported.
   */
  match(
    ruleId: string,
    finding: Pick<Finding, 'file' | 'resource'>,
    scope: SuppressionScope | undefined,
    holder: string | undefined,
  ): Suppression[] {
    const candidates: Suppression[] = [];
    const local = scope ? this.byScope.get(scope) : undefined;
    if (local) {
      const ids = new Set<string>();
      if (holder !== undefined) ids.add(holder);
      if (finding.resource) ids.add(finding.resource.logicalId);
      for (const id of ids) candidates.push(...(local.resources.get(id) ?? []));
      candidates.push(...local.document);
    }
    for (const s of this.external) {
      if (externalCovers(s, finding.file, finding.resource)) candidates.push(s);
    }
    const matched = candidates.filter((s) => suppressionMatches(s, ruleId));
    for (const s of matched) s.uses += 1;
    return matched;
  }

  /**
   * Each suppression with the warning it earns when it matches no finding. The caller warns
   * once it has seen every run the suppression takes part in (a run per condition scenario).
   */
  usage(): SuppressionUsage[] {
    return this.all.map((s) => ({
      used: s.uses > 0,
      unusedNote: note(
        `The suppression of \`${s.rule}\` ${s.where} matched no finding: remove it if the problem is fixed.`,
        s.source,
      ),
    }));
  }
}

function externalCovers(s: Suppression, file: string, resource: FindingResource | undefined): boolean {
  const seen = s.view ? s.view(file) : file;
  if (!(s.files ?? []).some((glob) => glob.match(seen))) return false;
  if (s.resource === undefined) return true;
  if (!resource) return false;
  if (resource.logicalId === s.resource) return true;
  // A construct path covers the constructs below it: `WebApp/AuthRole` covers `WebApp/AuthRole/Resource`.
  return (
    resource.cdkPath !== undefined &&
    (resource.cdkPath === s.resource || resource.cdkPath.startsWith(`${s.resource.replace(/\/+$/, '')}/`))
  );
}
