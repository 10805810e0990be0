/**
 * Runs the rules on a model and turns their reports into findings: message text, exact
 * position, resource, severity (config overrides), suppressions, fingerprint, dedupe and a
 * deterministic order. Same input, same output, byte for byte.
 */
import { configuredSeverity, effectiveSeverity, type EngineSettings as Config } from './settings.js';
import { MissingDataError } from '../data/built-data.js';
import type { IdentityModel } from '../model/model.js';
import { anchorOf, placeOf, type SourceRef } from '../parsers/source.js';
import { fingerprint } from './fingerprint.js';
import { fixDialectOf, fixFor } from './fix-form.js';
import { lineHashIndex, type LineHashIndex } from './line-hash.js';
import { messageText, type ReportDescriptor, type Rule } from './rule.js';
import { SuppressionIndex, type SuppressionUsage } from './suppressions.js';
import type { Finding, FindingSuppression, Notification, Severity } from './types.js';

export interface RunOptions {
  config?: Config;
  /** Used for suppression expiry; injected so the core stays pure. */
  now?: Date;
  /**
   * A finding's file (relative to the working directory) as the config file's globs see it, and
   * as fingerprints see it (relative to the baseline's folder). Default: as it is.
   */
  paths?: { config: (file: string) => string; fingerprint: (file: string) => string };
}

export interface RunResult {
  findings: Finding[];
  notifications: Notification[];
  /** Rules that ran. */
  rules: Rule[];
  /** Every suppression and whether it matched (reported as unused by the caller, when asked, after all runs). */
  suppressionUsage: SuppressionUsage[];
}

export function runRules(model: IdentityModel, rules: readonly Rule[], options: RunOptions = {}): RunResult {
  const notifications: Notification[] = [];
  const findings: Finding[] = [];
  const enabled = enabledRules(rules, options.config);
  // Read every suppression before any rule runs: a broken one is reported even where nothing is found.
  const suppressions = new SuppressionIndex(model.suppressionScopes, options.config?.suppressions, {
    now: options.now ?? new Date(),
    knownRuleIds: new Set(rules.map((rule) => rule.meta.id)),
    notes: notifications,
    ...(options.paths ? { configPath: options.paths.config } : {}),
  });
  const hashes = new Map<SourceRef['doc'], LineHashIndex>();
  // What the model itself could not read is undecidable for every rule: noted once, by no rule.
  for (const note of model.notes) {
    const at = placeOf(note.at);
    notifications.push({
      level: 'note',
      kind: 'unresolved',
      message: note.message,
      file: at.doc.file,
      range: note.at.doc.locate(note.at.pointer),
    });
  }

  for (const rule of enabled) {
    const override = configuredSeverity(options.config, rule.meta.id);
    const context = {
      model,
      report: (descriptor: ReportDescriptor<string>): void => {
        findings.push(toFinding(model, rule, descriptor, override, suppressions, hashes, options.paths?.fingerprint));
      },
      unresolved: (message: string, at?: SourceRef): void => {
        notifications.push({
          level: 'note',
          kind: 'unresolved',
          ruleId: rule.meta.id,
          message,
          ...(at ? { file: placeOf(at).doc.file, range: at.doc.locate(at.pointer) } : {}),
        });
      },
    };
    try {
      rule.check(context);
    } catch (error) {
      // A broken install fails every rule alike: the CLI reports it once, in one line.
      if (error instanceof MissingDataError) throw error;
      // A rule bug must not take the run down: the other rules' findings still count.
      notifications.push({
        level: 'error',
        kind: 'internal',
        ruleId: rule.meta.id,
        message: `Rule ${rule.meta.id} failed: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  return {
    findings: sortFindings(dedupe(findings)),
    notifications: dedupeNotifications(notifications),
    rules: [...enabled],
    suppressionUsage: suppressions.usage(),
  };
}

/** The rules a run runs: those the config does not turn off. */
export function enabledRules(rules: readonly Rule[], config: Config | undefined): Rule[] {
  return rules.filter((rule) => effectiveSeverity(config, rule.meta.id, rule.meta.severity) !== undefined);
}

function toFinding(
  model: IdentityModel,
  rule: Rule,
  descriptor: ReportDescriptor<string>,
  override: Severity | undefined,
  suppressionIndex: SuppressionIndex,
  hashes: Map<SourceRef['doc'], LineHashIndex>,
  fingerprintPath: ((file: string) => string) | undefined,
): Finding {
  const { at } = descriptor;
  const range = descriptor.range ?? at.doc.locate(at.pointer);
  // Resource, suppressions and fingerprint belong to the real document node (not decoded JSON text).
  const anchor = anchorOf(at);
  // Where the user reads it: the file the node is written in (for a compiled template, maybe not the template's own).
  const place = placeOf(at);
  const placement = model.placementOf(anchor);
  const resource = descriptor.resource ?? placement?.resource;
  let lines = hashes.get(place.doc);
  if (!lines) {
    lines = lineHashIndex(place.doc.text);
    hashes.set(place.doc, lines);
  }
  const suppressions: FindingSuppression[] = suppressionIndex
    .match(
      rule.meta.id,
      { file: place.doc.file, resource },
      model.suppressionScopeOf(anchor.doc),
      placement?.resource.logicalId,
    )
    .map((s) => ({ kind: s.kind, justification: s.reason }));
  return {
    ruleId: rule.meta.id,
    messageId: descriptor.messageId,
    severity: override ?? descriptor.severity ?? rule.meta.severity,
    message: messageText(rule.meta, descriptor),
    file: place.doc.file,
    range,
    ...(resource ? { resource } : {}),
    fingerprint: fingerprint({
      ruleId: rule.meta.id,
      doc: anchor.doc,
      pointer: anchor.pointer,
      stack: model.stableNameOf(anchor.doc),
      ...(fingerprintPath ? { file: fingerprintPath(anchor.doc.file) } : {}),
      logicalId: resource?.logicalId,
      resourcePointer: placement?.resourcePointer,
      key: descriptor.key,
    }),
    lineHash: lines.at(range.start.line) ?? '',
    fix: fixFor(rule.meta, fixDialectOf(anchor, resource)),
    suppressions,
  };
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = [
      f.ruleId,
      f.file,
      f.range.start.line,
      f.range.start.column,
      f.range.end.line,
      f.range.end.column,
      f.message,
    ].join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function dedupeNotifications(notes: Notification[]): Notification[] {
  const seen = new Set<string>();
  return notes.filter((n) => {
    const key = [n.kind, n.ruleId, n.file, n.range?.start.line, n.range?.start.column, n.message].join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const compare = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      compare(a.file, b.file) ||
      compare(a.range.start.line, b.range.start.line) ||
      compare(a.range.start.column, b.range.start.column) ||
      compare(a.ruleId, b.ruleId) ||
      compare(a.message, b.message),
  );
}
