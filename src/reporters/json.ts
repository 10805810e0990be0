/**
 * The machine format: the LintReport itself, as documented by schemas/report.schema.json.
 * Every object is rebuilt with its keys in one fixed order (the order of the schema), so the
 * output is byte-identical for the same findings whatever order the engine happened to set
 * properties in, and properties the schema does not know never leak into the public format.
 */
import type { Range } from '../parsers/types.js';
import type {
  Finding,
  FindingResource,
  FindingSuppression,
  LintReport,
  Notification,
  RuleMetadata,
} from '../engine/types.js';
import { asciiSafeJson } from '../util/printable.js';
import { findingMessage } from './common/index.js';

/** Drops `undefined` members so that optional properties are absent rather than `null`. */
function defined<T extends Record<string, unknown>>(value: T): T {
  for (const key of Object.keys(value)) if (value[key] === undefined) delete value[key];
  return value;
}

function range(r: Range): Range {
  return {
    start: { line: r.start.line, column: r.start.column },
    end: { line: r.end.line, column: r.end.column },
  };
}

function resource(r: FindingResource): FindingResource {
  return defined({
    logicalId: r.logicalId,
    address: r.address,
    type: r.type,
    cdkPath: r.cdkPath,
    stack: r.stack,
    cdkSource: r.cdkSource ? { file: r.cdkSource.file, line: r.cdkSource.line, column: r.cdkSource.column } : undefined,
    amplify: r.amplify ? { category: r.amplify.category, resource: r.amplify.resource } : undefined,
  });
}

function suppression(s: FindingSuppression): FindingSuppression {
  return { kind: s.kind, justification: s.justification };
}

function finding(f: Finding): Finding {
  return defined({
    ruleId: f.ruleId,
    messageId: f.messageId,
    severity: f.severity,
    message: findingMessage(f),
    file: f.file,
    range: range(f.range),
    resource: f.resource ? resource(f.resource) : undefined,
    fingerprint: f.fingerprint,
    lineHash: f.lineHash,
    fix: f.fix,
    when: f.when,
    suppressions: f.suppressions.map(suppression),
    baselineState: f.baselineState,
  });
}

function notification(n: Notification): Notification {
  return defined({
    level: n.level,
    kind: n.kind,
    message: n.message,
    ruleId: n.ruleId,
    file: n.file,
    range: n.range ? range(n.range) : undefined,
  });
}

function rule(r: RuleMetadata): RuleMetadata {
  return defined({
    id: r.id,
    description: r.description,
    severity: r.severity,
    fix: r.fix,
    fixIn: r.fixIn ? defined({ terraform: r.fixIn.terraform, serverless: r.fixIn.serverless }) : undefined,
    references: [...r.references],
    docs: r.docs,
    tags: [...r.tags],
  });
}

/** Pretty JSON (2-space indent, trailing newline) that validates against schemas/report.schema.json. */
export function formatJson(report: LintReport): string {
  const ordered: LintReport = {
    tool: { name: report.tool.name, version: report.tool.version },
    files: [...report.files],
    findings: report.findings.map(finding),
    notifications: report.notifications.map(notification),
    rules: report.rules.map(rule),
    summary: {
      filesLinted: report.summary.filesLinted,
      findings: {
        critical: report.summary.findings.critical,
        high: report.summary.findings.high,
        medium: report.summary.findings.medium,
        low: report.summary.findings.low,
        info: report.summary.findings.info,
      },
      suppressed: report.summary.suppressed,
      ...(report.summary.failOn !== undefined ? { failOn: report.summary.failOn } : {}),
    },
  };
  return asciiSafeJson(JSON.stringify(ordered, null, 2)) + '\n';
}
