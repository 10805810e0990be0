/**
 * SARIF 2.1.0 for GitHub code scanning and SARIF viewers (VS Code SARIF Viewer, Azure DevOps).
 * GitHub reads a documented subset ("SARIF support for code scanning", below): it needs every
 * result's rule in `tool.driver.rules`, a region with columns, `partialFingerprints` and, to
 * treat results as security alerts, `properties.security-severity` on the rule. Everything
 * else here is for other viewers and for the SARIF validators, which the tests run.
 * https://docs.github.com/en/code-security/reference/code-scanning/sarif-files/sarif-support
 */
import type {
  Artifact,
  ArtifactLocation,
  Invocation,
  Location,
  Log,
  Notification as SarifNotification,
  PhysicalLocation,
  Region,
  ReportingDescriptor,
  Result,
  Run,
} from 'sarif';
import type { Range } from '../parsers/types.js';
import {
  FIX_DIALECTS,
  type Finding,
  type FixDialect,
  type LintReport,
  type Notification,
  type RuleMetadata,
  type Severity,
} from '../engine/types.js';
import {
  compareStrings,
  findingMessage,
  findingStatus,
  REPOSITORY_URL,
  ruleDocsUrl,
  sarifLevel,
} from './common/index.js';
import { asciiSafeJson } from '../util/printable.js';

export interface SarifOptions {
  /**
   * Emit suppressed findings as results carrying `suppressions` (default true), as SARIF
   * intends. GitHub does not list `suppressions` among the properties it reads, and projects
   * report such results arriving as open alerts: pass false for an upload to code scanning
   * when suppressed findings must stay out of the alert list.
   */
  includeSuppressed?: boolean;
}

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = REPOSITORY_URL;
/** Where relative result paths are rooted; GitHub resolves it to the repository checkout. */
const SRCROOT = '%SRCROOT%';
/** The key of our own fingerprint in `partialFingerprints`; the `/v1` versions its recipe. */
const FINGERPRINT_KEY = 'cognitoIamLint/v1';
/** GitHub's limit for shortDescription and fullDescription ("SARIF support for code scanning", above). */
const MAX_DESCRIPTION = 1024;
/** GitHub keeps only the first 10 tags of a rule. */
const MAX_TAGS = 10;

/**
 * GitHub reads `security-severity` as a CVSS-like score: > 9.0 critical, 7.0–8.9 high,
 * 4.0–6.9 medium, 0.1–3.9 low. Each value sits inside its band so the alert shows the same
 * severity as our own report; info gets 0.0, which GitHub shows as no security severity.
 */
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '0.0',
};

/** Notification kinds as SARIF notification descriptors, so viewers can explain each kind. */
const NOTIFICATION_DESCRIPTORS: ReadonlyArray<{ id: Notification['kind']; name: string; text: string }> = [
  {
    id: 'unresolved',
    name: 'UnresolvedValue',
    text: 'A value a rule needed could not be resolved; the rule stayed silent where it could not decide.',
  },
  {
    id: 'internal',
    name: 'InternalError',
    text: 'A rule failed while running; its findings for the affected input are missing.',
  },
  {
    id: 'input',
    name: 'InputProblem',
    text: 'An input was skipped or could only be read in part, or a suppression written in it does not apply (no reason, an unknown rule, expired) or matched no finding.',
  },
];

/** `trust/missing-aud` → `TrustMissingAud`: SARIF's `name` is an identifier-like friendly name. */
export function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part.length > 0)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/**
 * A relative path as a URI reference: every octet outside RFC 3986 `unreserved` is
 * percent-encoded (UTF-8), segment by segment, so `/` stays a separator. A `:` in the first
 * segment would otherwise read as a scheme, and a space or `#` would break the reference.
 */
export function pathToUri(path: string): string {
  return path
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment).replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`),
    )
    .join('/');
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Ends a sentence that lacks final punctuation, so description and fix read as two sentences. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?:]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * Plain text from the rule's Markdown page, for `help.text` (shown by viewers that do not
 * render Markdown). Only the constructs rule pages use are handled: headings, fences, inline
 * code, links, bold and lists. Single `_`/`*` are left alone: they occur in IAM names.
 */
export function markdownToText(markdown: string): string {
  const lines: string[] = [];
  let inFence = false;
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      lines.push(`    ${raw}`);
      continue;
    }
    let line = raw
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/^\s{0,3}>\s?/, '')
      .replace(/^(\s*)[*+]\s+/, '$1- ');
    line = line
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g, (_m, text: string, url: string) =>
        text === url ? url : `${text} (${url})`,
      )
      .replace(/<(https?:\/\/[^>]+)>/g, '$1')
      .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
      .replace(/`([^`]+)`/g, '$1');
    lines.push(line);
  }
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The fix in each form the rule has one for: CloudFormation first, then Terraform and Serverless where they differ. */
function fixForms(rule: RuleMetadata): Array<{ label: string; text: string }> {
  const forms = [{ label: 'How to fix', text: sentence(rule.fix) }];
  for (const dialect of FIX_DIALECTS) {
    const text = rule.fixIn?.[dialect];
    if (text !== undefined) forms.push({ label: `In ${FIX_DIALECT_NAMES[dialect]}`, text: sentence(text) });
  }
  return forms;
}

const FIX_DIALECT_NAMES: Readonly<Record<FixDialect, string>> = {
  terraform: 'Terraform',
  serverless: 'the Serverless Framework',
};

function generatedHelpMarkdown(rule: RuleMetadata): string {
  const parts = [sentence(rule.description), ...fixForms(rule).map((f) => `**${f.label}:** ${f.text}`)];
  if (rule.references.length > 0) {
    parts.push(['**References**', '', ...rule.references.map((url) => `- <${url}>`)].join('\n'));
  }
  return parts.join('\n\n');
}

function generatedHelpText(rule: RuleMetadata): string {
  const parts = [sentence(rule.description), ...fixForms(rule).map((f) => `${f.label}: ${f.text}`)];
  if (rule.references.length > 0) parts.push(['References:', ...rule.references.map((url) => `- ${url}`)].join('\n'));
  return parts.join('\n\n');
}

function descriptor(rule: RuleMetadata): ReportingDescriptor {
  // `security` first, so the tag GitHub's security filter needs survives the 10-tag cut.
  const tags = [...new Set(['security', ...rule.tags])].slice(0, MAX_TAGS);
  const out: ReportingDescriptor = {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: truncate(rule.description, MAX_DESCRIPTION) },
    fullDescription: { text: truncate(`${sentence(rule.description)} ${sentence(rule.fix)}`, MAX_DESCRIPTION) },
    help: rule.docs
      ? { text: markdownToText(rule.docs), markdown: rule.docs }
      : { text: generatedHelpText(rule), markdown: generatedHelpMarkdown(rule) },
  };
  // GitHub ignores helpUri, but SARIF viewers link it from the rule: the rule's own page
  // (rules/<area>/<name>.md, what --explain prints); the AWS references are listed in `help`.
  out.helpUri = ruleDocsUrl(rule.id);
  out.defaultConfiguration = { level: sarifLevel(rule.severity) };
  out.properties = { tags, precision: 'high', 'security-severity': SECURITY_SEVERITY[rule.severity] };
  return out;
}

/**
 * A finding whose rule is missing from `report.rules` still needs a descriptor: GitHub drops
 * results whose rule it cannot find. Built from what the finding knows.
 */
function fallbackRule(finding: Finding): RuleMetadata {
  return {
    id: finding.ruleId,
    description: `Findings of rule ${finding.ruleId}`,
    severity: finding.severity,
    fix: finding.fix ?? 'See the rule documentation.',
    references: [],
    tags: [],
  };
}

function region(range: Range): Region {
  // Our ranges and SARIF regions agree: 1-based, end column exclusive, UTF-16 code units.
  return {
    startLine: range.start.line,
    startColumn: range.start.column,
    endLine: range.end.line,
    endColumn: range.end.column,
  };
}

class Artifacts {
  readonly list: Artifact[] = [];
  private readonly index = new Map<string, number>();

  /** `analyzed`: the file is one the run read (report.files), i.e. an analysis target. */
  add(file: string, analyzed: boolean): void {
    if (this.index.has(file)) return;
    this.index.set(file, this.list.length);
    const artifact: Artifact = { location: { uri: pathToUri(file), uriBaseId: SRCROOT } };
    // The role is what makes the list more than a repeat of the result locations: it records
    // the full set of files that were checked, the clean ones included.
    if (analyzed) artifact.roles = ['analysisTarget'];
    this.list.push(artifact);
  }

  location(file: string): ArtifactLocation {
    const location: ArtifactLocation = { uri: pathToUri(file), uriBaseId: SRCROOT };
    const index = this.index.get(file);
    if (index !== undefined) location.index = index;
    return location;
  }
}

/**
 * A CDK app's source file from a creation trace: relative to %SRCROOT% when it lies under the
 * working directory, else an absolute `file:` URI (the trace was recorded on the machine that
 * synthesised the app). The file itself is never read.
 */
function sourceLocation(file: string): ArtifactLocation {
  if (!file.startsWith('/') && !/^[A-Za-z]:\//.test(file)) return { uri: pathToUri(file), uriBaseId: SRCROOT };
  const drive = /^[A-Za-z]:/.exec(file)?.[0];
  return { uri: drive ? `file:///${drive}${pathToUri(file.slice(2))}` : `file://${pathToUri(file)}` };
}

function result(finding: Finding, ruleIndex: number, artifacts: Artifacts): Result {
  const location: Location = {
    physicalLocation: { artifactLocation: artifacts.location(finding.file), region: region(finding.range) },
  };
  const resource = finding.resource;
  if (resource) {
    // SARIF 2.1.0 §3.33.7: `resource` is the kind for a declarative resource. Its fully
    // qualified name is the construct path for a CDK app (what the developer knows it by), the
    // category resource for an Amplify project (`storage/photos/S3GuestPublicPolicy`), else
    // stack/logical ID.
    // A Terraform resource goes by its address.
    const name = resource.address ?? resource.logicalId;
    const qualified =
      resource.cdkPath ??
      (resource.amplify
        ? `${resource.amplify.category}/${resource.amplify.resource}/${name}`
        : resource.stack
          ? `${resource.stack}/${name}`
          : name);
    location.logicalLocations = [{ name, fullyQualifiedName: qualified, kind: 'resource' }];
  }
  const out: Result = {
    ruleId: finding.ruleId,
    ruleIndex,
    level: sarifLevel(finding.severity),
    message: { text: findingMessage(finding) },
    locations: [location],
    partialFingerprints: { primaryLocationLineHash: finding.lineHash, [FINGERPRINT_KEY]: finding.fingerprint },
  };
  const source = resource?.cdkSource;
  if (source) {
    out.relatedLocations = [
      {
        id: 1,
        physicalLocation: {
          artifactLocation: sourceLocation(source.file),
          region: { startLine: source.line, startColumn: source.column },
        },
        message: { text: `The CDK app creates construct ${resource.cdkPath ?? resource.logicalId} here.` },
      },
    ];
  }
  if (finding.suppressions.length > 0) {
    out.suppressions = finding.suppressions.map((s) => ({
      kind: s.kind,
      status: 'accepted' as const,
      justification: s.justification,
    }));
  }
  if (finding.baselineState) out.baselineState = finding.baselineState;
  out.properties = { severity: finding.severity, ...(finding.when ? { when: finding.when } : {}) };
  return out;
}

function toolNotification(
  n: Notification,
  ruleIndexes: ReadonlyMap<string, number>,
  artifacts: Artifacts,
): SarifNotification {
  const out: SarifNotification = {
    level: n.level,
    message: { text: n.message },
    descriptor: { id: n.kind, index: NOTIFICATION_DESCRIPTORS.findIndex((d) => d.id === n.kind) },
  };
  if (n.ruleId) {
    const index = ruleIndexes.get(n.ruleId);
    out.associatedRule = index === undefined ? { id: n.ruleId } : { id: n.ruleId, index };
  }
  if (n.file) {
    const physicalLocation: PhysicalLocation = { artifactLocation: artifacts.location(n.file) };
    if (n.range) physicalLocation.region = region(n.range);
    out.locations = [{ physicalLocation }];
  }
  return out;
}

export function formatSarif(report: LintReport, options: SarifOptions = {}): string {
  const includeSuppressed = options.includeSuppressed ?? true;
  const findings = report.findings.filter((f) => includeSuppressed || findingStatus(f) !== 'suppressed');

  const rulesById = new Map<string, RuleMetadata>();
  for (const rule of report.rules) rulesById.set(rule.id, rule);
  for (const finding of findings)
    if (!rulesById.has(finding.ruleId)) rulesById.set(finding.ruleId, fallbackRule(finding));
  const rules = [...rulesById.values()].sort((a, b) => compareStrings(a.id, b.id));
  const ruleIndexes = new Map(rules.map((rule, index) => [rule.id, index]));

  // Every file that was read, then any file a finding names that the list lacks, so that
  // every result's artifactLocation.index points into run.artifacts.
  const artifacts = new Artifacts();
  for (const file of report.files) artifacts.add(file, true);
  for (const file of [...new Set(findings.map((f) => f.file))].sort(compareStrings)) artifacts.add(file, false);

  const results = findings.map((f) => result(f, ruleIndexes.get(f.ruleId) ?? -1, artifacts));

  const invocation: Invocation = {
    // A crashed rule means findings may be missing: the run did not fully succeed, even though
    // everything that did run is reported.
    executionSuccessful: !report.notifications.some((n) => n.kind === 'internal' && n.level === 'error'),
  };
  if (report.notifications.length > 0) {
    invocation.toolExecutionNotifications = report.notifications.map((n) =>
      toolNotification(n, ruleIndexes, artifacts),
    );
  }

  const run: Run = {
    tool: {
      driver: {
        name: 'cognito-iam-lint',
        version: report.tool.version,
        semanticVersion: report.tool.version,
        informationUri: INFORMATION_URI,
        rules: rules.map(descriptor),
        notifications: NOTIFICATION_DESCRIPTORS.map((d) => ({
          id: d.id,
          name: d.name,
          shortDescription: { text: d.text },
        })),
      },
    },
    invocations: [invocation],
    originalUriBaseIds: {
      [SRCROOT]: { description: { text: 'The directory cognito-iam-lint ran in; result paths are relative to it.' } },
    },
    artifacts: artifacts.list,
    results,
    // The category GitHub keys alerts by: one analysis per tool, replaced on each upload.
    automationDetails: { id: 'cognito-iam-lint/' },
    columnKind: 'utf16CodeUnits',
  };

  const log: Log = { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
  return asciiSafeJson(JSON.stringify(log, null, 2)) + '\n';
}
