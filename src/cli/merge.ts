/**
 * `cognito-iam-lint merge <report>... [-o file]`: joins the reports of a run split with
 * `--shard i/n` (src/engine/shard.ts) into the report the single run would have written, byte for
 * byte: SARIF logs, JSON reports (`-f json`) or baselines (`--write-baseline`), told apart by their
 * content.
 *
 * Why the result is exact: every linted file belongs to one shard, so each file's findings and
 * notes come whole, in the single run's order, from one report; findings are ordered by file first
 * (src/engine/run.ts sortFindings), so a stable sort by file restores the single run's order, and
 * notifications have one fixed order (src/engine/notification-order.ts). What is not about one
 * shard's files is the whole run's and every shard reports it (unread files, `--parameter`
 * warnings, config suppressions): it is kept once, and only when every shard has it (a config
 * suppression is unused only if no shard used it). A rule crash is kept from whichever shard had it.
 *
 * The reports are hostile input like any other: bounded in size and nesting, every field checked
 * before use, a bad one named in a one-line error (exit 2).
 */
import { parseArgs } from 'node:util';
import { BaselineError, formatBaseline, parseBaseline, type Baseline } from '../engine/baseline.js';
import { compareNotificationKeys, type NotificationKey } from '../engine/notification-order.js';
import { asciiSafeJson } from '../util/printable.js';
import { UsageError } from './args.js';
import { displayPath, EXIT_OK, realPath, writeOutput, type CliIo } from './io.js';

export const MERGE_HELP = `Usage: cognito-iam-lint merge <report>... [-o <file>]

Join the reports of a run split with --shard i/n into the report the single run writes: SARIF
logs, JSON reports (-f json) or baselines (--write-baseline), all of one kind and one version.
Give every shard's report, each once.

Options:
  -o, --output <file>    Write the merged report to a file instead of stdout
  -h, --help             Print this help and exit`;

/** One report; a shard of a big monorepo's SARIF is tens of MB. */
const MAX_REPORT_BYTES = 256 * 1024 * 1024;
/** All reports together. */
const MAX_TOTAL_BYTES = 1024 * 1024 * 1024;
/** Our reports nest about 10 deep; far deeper is not ours, and would overflow the stack when written back. */
const MAX_DEPTH = 100;

type Json = Record<string, unknown>;
type Kind = 'sarif' | 'json' | 'baseline';
const KIND_NAMES: Record<Kind, string> = { sarif: 'a SARIF log', json: 'a JSON report', baseline: 'a baseline' };

interface Input {
  /** Its place on the command line (one file named twice is two reports). */
  id: number;
  /** As shown in messages. */
  name: string;
  kind: Kind;
  version: string;
  data: Json;
}

export function runMerge(io: CliIo, argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { output: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw new UsageError(
      `merge: ${error instanceof Error ? error.message.split('\n')[0] : String(error)} (see merge --help).`,
    );
  }
  if (parsed.values.help) {
    io.stdout(MERGE_HELP + '\n');
    return EXIT_OK;
  }
  const files = parsed.positionals;
  const output = parsed.values.output;
  if (files.length === 0)
    throw new UsageError(
      'merge: name the reports to merge (cognito-iam-lint merge shard-1.sarif shard-2.sarif -o all.sarif).',
    );
  if (output === '') throw new UsageError('merge: --output needs a value.');
  if (output !== undefined) {
    const target = realPath(io, output);
    const input = files.find((file) => realPath(io, file) === target);
    if (input !== undefined)
      throw new UsageError(
        `merge: --output ${displayPath(io.cwd, output)} is one of the reports to merge: refusing to overwrite it.`,
      );
  }
  const inputs = readInputs(io, files);
  const text = mergeInputs(inputs);
  if (output !== undefined) writeOutput(io, output, text, 'the merged report');
  else io.stdout(text);
  return EXIT_OK;
}

function readInputs(io: CliIo, files: string[]): Input[] {
  let total = 0;
  const inputs = files.map((file, id) => {
    const name = displayPath(io.cwd, file);
    const path = realPath(io, file);
    const stat = io.fs.stat(path);
    if (!stat) throw new UsageError(`${name}: no such file.`);
    if (!stat.isFile) throw new UsageError(`${name}: not a regular file.`);
    let text: string;
    try {
      text = io.fs.readFile(path, MAX_REPORT_BYTES);
    } catch (error) {
      const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
      if (code === 'EFBIG')
        throw new UsageError(`${name}: larger than ${MAX_REPORT_BYTES / 1024 / 1024} MB; not read.`);
      throw new UsageError(
        `${name}: cannot read it (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).`,
      );
    }
    total += text.length;
    if (total > MAX_TOTAL_BYTES)
      throw new UsageError(
        `${name}: the reports together are larger than ${MAX_TOTAL_BYTES / 1024 / 1024} MB; not merged.`,
      );
    return { id, ...identify(name, text) };
  });
  const first = inputs[0]!;
  for (const input of inputs.slice(1)) {
    if (input.kind !== first.kind) {
      throw new UsageError(
        `${input.name} is ${KIND_NAMES[input.kind]} but ${first.name} is ${KIND_NAMES[first.kind]}: merge reports of one kind.`,
      );
    }
    if (input.version !== first.version) {
      throw new UsageError(
        `${input.name} was written by cognito-iam-lint ${input.version} but ${first.name} by ${first.version}: merge the reports of one version.`,
      );
    }
  }
  return inputs;
}

class MergeError extends UsageError {}

/** What a report is, by its content; a one-line error when it is none of ours. */
function identify(name: string, text: string): Omit<Input, 'id'> {
  const body = text.replace(/^\uFEFF/, '');
  if (nestingDepth(body) > MAX_DEPTH)
    throw new UsageError(`${name}: nested more than ${MAX_DEPTH} deep: not a cognito-iam-lint report.`);
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    throw new UsageError(
      `${name}: not valid JSON (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).`,
    );
  }
  const notOurs = `${name}: not a cognito-iam-lint SARIF log, JSON report or baseline.`;
  if (!isObject(data)) throw new UsageError(notOurs);
  if (data.version === '2.1.0' && Array.isArray(data.runs)) {
    const run = data.runs.length === 1 ? data.runs[0] : undefined;
    const driver = isObject(run) && isObject(run.tool) && isObject(run.tool.driver) ? run.tool.driver : undefined;
    if (driver?.name !== 'cognito-iam-lint')
      throw new UsageError(`${name}: a SARIF log, but not one run of cognito-iam-lint.`);
    return { name, kind: 'sarif', version: str(driver.version, name, 'runs[0].tool.driver.version'), data };
  }
  if (isObject(data.tool) && data.tool.name === 'cognito-iam-lint' && Array.isArray(data.findings)) {
    return { name, kind: 'json', version: str(data.tool.version, name, 'tool.version'), data };
  }
  if (typeof data.version === 'number' && Array.isArray(data.entries)) {
    return { name, kind: 'baseline', version: str(data.toolVersion, name, 'toolVersion'), data };
  }
  throw new UsageError(notOurs);
}

/** The deepest nesting of arrays and objects, outside strings; read before parsing, without recursion. */
function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i++;
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x7b || ch === 0x5b) max = Math.max(max, ++depth);
    else if (ch === 0x7d || ch === 0x5d) depth--;
  }
  return max;
}

function mergeInputs(inputs: Input[]): string {
  switch (inputs[0]!.kind) {
    case 'baseline':
      return mergeBaselines(inputs);
    case 'json':
      return writeJson(mergeJsonReports(inputs));
    case 'sarif':
      return writeJson(mergeSarifLogs(inputs));
  }
}

/** As the reporters write: 2-space indent, non-ASCII escaped, one trailing newline. */
function writeJson(data: unknown): string {
  return asciiSafeJson(JSON.stringify(data, null, 2)) + '\n';
}

// ── ownership: which shard a file is linted in ───────────────────────────────────────────────

/** File → the report that lints it; two reports linting one file are not shards of one run. */
class Owners {
  private readonly owner = new Map<string, Input>();

  claim(file: string, input: Input): void {
    const other = this.owner.get(file);
    if (other !== undefined && other.id !== input.id) {
      throw new MergeError(
        `${other.name} and ${input.name} both lint ${file}: they are not shards of one run (or a report was given twice).`,
      );
    }
    this.owner.set(file, input);
  }

  owns(file: string | undefined, input: Input): boolean {
    return file !== undefined && this.owner.get(file)?.id === input.id;
  }
}

interface Note<T> {
  key: NotificationKey;
  value: T;
}

/**
 * The notifications of the single run: each shard's own (about its files, or a rule crash) once,
 * and the whole run's (in every shard) once when every shard has them; in the one order.
 */
function mergeNotifications<T>(perInput: Array<{ input: Input; notes: Array<Note<T>> }>, owners: Owners): T[] {
  const kept = new Map<string, Note<T>>();
  const everywhere = new Map<string, { note: Note<T>; shards: Set<number> }>();
  for (const { input, notes } of perInput) {
    for (const note of notes) {
      const id = JSON.stringify([
        note.key.file,
        note.key.line,
        note.key.column,
        note.key.kind,
        note.key.ruleId,
        note.key.message,
        note.key.level,
      ]);
      if (owners.owns(note.key.file, input) || note.key.kind === 'internal') {
        if (!kept.has(id)) kept.set(id, note);
        continue;
      }
      const entry = everywhere.get(id) ?? { note, shards: new Set<number>() };
      entry.shards.add(input.id);
      everywhere.set(id, entry);
    }
  }
  for (const [id, { note, shards }] of everywhere)
    if (shards.size === perInput.length && !kept.has(id)) kept.set(id, note);
  return [...kept.values()].sort((a, b) => compareNotificationKeys(a.key, b.key)).map((note) => note.value);
}

/** Stable: the order within one file is the order of the one report that has it. */
function sortByFile<T>(items: Array<{ file: string; value: T }>): T[] {
  return items.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)).map((item) => item.value);
}

// ── baselines ────────────────────────────────────────────────────────────────────────────────

function mergeBaselines(inputs: Input[]): string {
  const owners = new Owners();
  const baselines = inputs.map((input): Baseline => {
    let baseline: Baseline;
    try {
      baseline = parseBaseline(JSON.stringify(input.data));
    } catch (error) {
      if (error instanceof BaselineError) throw new MergeError(`${input.name}: ${error.message}`);
      throw error;
    }
    for (const file of new Set(baseline.entries.map((e) => e.file))) owners.claim(file, input);
    return baseline;
  });
  return formatBaseline({ ...baselines[0]!, entries: baselines.flatMap((b) => b.entries) });
}

// ── JSON reports ─────────────────────────────────────────────────────────────────────────────

const SEVERITY_KEYS = ['critical', 'high', 'medium', 'low', 'info'] as const;

function mergeJsonReports(inputs: Input[]): Json {
  const owners = new Owners();
  const first = inputs[0]!;
  const rules = JSON.stringify(first.data.rules);
  const failOn = (first.data.summary as Json | undefined)?.failOn;
  const files: string[] = [];
  const findings: Array<{ file: string; value: unknown }> = [];
  const notes: Array<{ input: Input; notes: Array<Note<unknown>> }> = [];
  const summary = { filesLinted: 0, findings: { critical: 0, high: 0, medium: 0, low: 0, info: 0 }, suppressed: 0 };
  for (const input of inputs) {
    const { data, name } = input;
    const own = strings(data.files, name, 'files');
    for (const file of own) owners.claim(file, input);
    files.push(...own);
    const shardFindings = array(data.findings, name, 'findings').map((f, i) => ({
      file: str(obj(f, name, `findings[${i}]`).file, name, `findings[${i}].file`),
      value: f,
    }));
    for (const f of new Set(shardFindings.map((f) => f.file))) owners.claim(f, input);
    findings.push(...shardFindings);
    notes.push({
      input,
      notes: array(data.notifications, name, 'notifications').map((n, i) => ({
        key: jsonNoteKey(n, name, i),
        value: n,
      })),
    });
    if (JSON.stringify(data.rules) !== rules)
      throw new MergeError(`${name} ran other rules than ${first.name} (another config?): not shards of one run.`);
    const s = obj(data.summary, name, 'summary');
    if (s.failOn !== failOn)
      throw new MergeError(
        `${name} was judged with --fail-on ${String(s.failOn ?? '(none: a baseline run)')} but ${first.name} with ${String(failOn ?? '(none: a baseline run)')}: not shards of one run.`,
      );
    summary.filesLinted += num(s.filesLinted, name, 'summary.filesLinted');
    const counts = obj(s.findings, name, 'summary.findings');
    for (const severity of SEVERITY_KEYS)
      summary.findings[severity] += num(counts[severity], name, `summary.findings.${severity}`);
    summary.suppressed += num(s.suppressed, name, 'summary.suppressed');
  }
  return {
    ...first.data,
    files: [...new Set(files)].sort(),
    findings: sortByFile(findings),
    notifications: mergeNotifications(notes, owners),
    summary: { ...summary, ...(failOn !== undefined ? { failOn } : {}) },
  };
}

function jsonNoteKey(value: unknown, name: string, index: number): NotificationKey {
  const at = `notifications[${index}]`;
  const n = obj(value, name, at);
  const range =
    n.range === undefined ? undefined : obj(obj(n.range, name, `${at}.range`).start, name, `${at}.range.start`);
  return {
    file: optionalStr(n.file, name, `${at}.file`),
    line: range ? num(range.line, name, `${at}.range.start.line`) : undefined,
    column: range ? num(range.column, name, `${at}.range.start.column`) : undefined,
    kind: str(n.kind, name, `${at}.kind`),
    ruleId: optionalStr(n.ruleId, name, `${at}.ruleId`),
    message: str(n.message, name, `${at}.message`),
    level: str(n.level, name, `${at}.level`),
  };
}

// ── SARIF ────────────────────────────────────────────────────────────────────────────────────

const SRCROOT = '%SRCROOT%';

function mergeSarifLogs(inputs: Input[]): Json {
  const owners = new Owners();
  const first = inputs[0]!;
  const firstRun = sarifRun(first);
  const driverOf = (run: Json, name: string): Json =>
    obj(obj(run.tool, name, 'runs[0].tool').driver, name, 'runs[0].tool.driver');
  const sameDriver = JSON.stringify({ ...driverOf(firstRun, first.name), rules: undefined });

  // Rules: every shard's, by ID (a rule any shard names is in the single run's list).
  const rules = new Map<string, unknown>();
  const analyzed = new Map<string, Json>();
  const others = new Map<string, Json>();
  const results: Array<{ file: string; value: Json }> = [];
  const notes: Array<{ input: Input; notes: Array<Note<Json>> }> = [];
  for (const input of inputs) {
    const { name } = input;
    const run = sarifRun(input);
    const driver = driverOf(run, name);
    if (JSON.stringify({ ...driver, rules: undefined }) !== sameDriver)
      throw new MergeError(`${name}: its tool.driver differs from ${first.name}'s: not shards of one run.`);
    array(driver.rules, name, 'runs[0].tool.driver.rules').forEach((rule, i) => {
      const id = str(obj(rule, name, `rules[${i}]`).id, name, `rules[${i}].id`);
      if (!rules.has(id)) rules.set(id, rule);
    });
    array(run.artifacts ?? [], name, 'runs[0].artifacts').forEach((value, i) => {
      const artifact = obj(value, name, `artifacts[${i}]`);
      const file = uriPath(obj(artifact.location, name, `artifacts[${i}].location`), name, `artifacts[${i}].location`);
      const roles = artifact.roles === undefined ? [] : array(artifact.roles, name, `artifacts[${i}].roles`);
      if (roles.includes('analysisTarget')) {
        owners.claim(file, input);
        analyzed.set(file, artifact);
      } else if (!others.has(file)) others.set(file, artifact);
    });
    const own = array(run.results ?? [], name, 'runs[0].results').map((value, i) => {
      const result = obj(value, name, `results[${i}]`);
      str(result.ruleId, name, `results[${i}].ruleId`);
      return { file: uriPath(resultLocation(result, name, i), name, `results[${i}] location`), value: result };
    });
    for (const file of new Set(own.map((r) => r.file))) owners.claim(file, input);
    results.push(...own);
    const invocation = obj(
      array(run.invocations ?? [{}], name, 'runs[0].invocations')[0] ?? {},
      name,
      'runs[0].invocations[0]',
    );
    const shardNotes = array(invocation.toolExecutionNotifications ?? [], name, 'toolExecutionNotifications');
    notes.push({ input, notes: shardNotes.map((n, i) => ({ key: sarifNoteKey(n, name, i), value: n as Json })) });
  }

  const ruleIds = [...rules.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  // As formatSarif lists them: the files read (sorted), then other files results name (sorted).
  const artifactFiles = [...[...analyzed.keys()].sort(), ...[...others.keys()].filter((f) => !analyzed.has(f)).sort()];
  const artifactIndex = new Map(artifactFiles.map((file, i) => [file, i]));
  const reindex = (location: Json): void => {
    if (location.uriBaseId !== SRCROOT || typeof location.uri !== 'string') return;
    const index = artifactIndex.get(decodeUri(location.uri));
    if (index === undefined) delete location.index;
    else location.index = index;
  };
  const mergedResults = sortByFile(results).map((result) => {
    const copy = structuredClone(result);
    if (typeof copy.ruleIndex === 'number' && copy.ruleIndex >= 0)
      copy.ruleIndex = ruleIndex.get(copy.ruleId as string) ?? -1;
    reindex(resultLocation(copy, '', 0));
    return copy;
  });
  const mergedNotes = mergeNotifications(notes, owners).map((note) => {
    const copy = structuredClone(note);
    const rule = isObject(copy.associatedRule) ? copy.associatedRule : undefined;
    if (rule && typeof rule.id === 'string') {
      const index = ruleIndex.get(rule.id);
      if (index === undefined) delete rule.index;
      else rule.index = index;
    }
    const location = noteLocation(copy);
    if (location) reindex(location);
    return copy;
  });
  const invocation: Json = {
    // As formatSarif: a rule crash means findings may be missing.
    executionSuccessful: !mergedNotes.some(
      (n) => (n.descriptor as Json | undefined)?.id === 'internal' && n.level === 'error',
    ),
    ...(mergedNotes.length > 0 ? { toolExecutionNotifications: mergedNotes } : {}),
  };
  const driver = driverOf(firstRun, first.name);
  const run: Json = {
    ...firstRun,
    tool: { ...(firstRun.tool as Json), driver: { ...driver, rules: ruleIds.map((id) => rules.get(id)) } },
    invocations: [invocation],
    artifacts: artifactFiles.map((file) => analyzed.get(file) ?? others.get(file)),
    results: mergedResults,
  };
  return { ...first.data, runs: [run] };
}

function sarifRun(input: Input): Json {
  return obj((input.data.runs as unknown[])[0], input.name, 'runs[0]');
}

function resultLocation(result: Json, name: string, index: number): Json {
  const at = `results[${index}].locations[0]`;
  const location = obj(array(result.locations, name, `results[${index}].locations`)[0], name, at);
  return obj(
    obj(location.physicalLocation, name, `${at}.physicalLocation`).artifactLocation,
    name,
    `${at}.physicalLocation.artifactLocation`,
  );
}

function noteLocation(note: Json): Json | undefined {
  const location = Array.isArray(note.locations) ? note.locations[0] : undefined;
  const physical = isObject(location) && isObject(location.physicalLocation) ? location.physicalLocation : undefined;
  return physical && isObject(physical.artifactLocation) ? physical.artifactLocation : undefined;
}

function sarifNoteKey(value: unknown, name: string, index: number): NotificationKey {
  const at = `toolExecutionNotifications[${index}]`;
  const n = obj(value, name, at);
  const location = noteLocation(n);
  const physical = location ? ((n.locations as Json[])[0]!.physicalLocation as Json) : undefined;
  const region = physical?.region === undefined ? undefined : obj(physical.region, name, `${at} region`);
  const rule = n.associatedRule === undefined ? undefined : obj(n.associatedRule, name, `${at}.associatedRule`);
  return {
    file: location ? uriPath(location, name, `${at} location`) : undefined,
    line: region ? num(region.startLine, name, `${at} region.startLine`) : undefined,
    column: region ? num(region.startColumn, name, `${at} region.startColumn`) : undefined,
    kind: str(obj(n.descriptor, name, `${at}.descriptor`).id, name, `${at}.descriptor.id`),
    ruleId: rule ? str(rule.id, name, `${at}.associatedRule.id`) : undefined,
    message: str(obj(n.message, name, `${at}.message`).text, name, `${at}.message.text`),
    level: str(n.level, name, `${at}.level`),
  };
}

/** The report path of a `%SRCROOT%`-relative artifact location (src/reporters/sarif.ts pathToUri, undone). */
function uriPath(location: Json, name: string, at: string): string {
  const uri = str(location.uri, name, `${at}.uri`);
  try {
    return decodeUri(uri);
  } catch {
    throw new MergeError(`${name}: ${at}.uri is not a valid URI reference.`);
  }
}

function decodeUri(uri: string): string {
  return uri.split('/').map(decodeURIComponent).join('/');
}

// ── checked access ───────────────────────────────────────────────────────────────────────────

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function obj(value: unknown, name: string, at: string): Json {
  if (!isObject(value)) throw new MergeError(`${name}: ${at} must be an object.`);
  return value;
}

function array(value: unknown, name: string, at: string): unknown[] {
  if (!Array.isArray(value)) throw new MergeError(`${name}: ${at} must be a list.`);
  return value;
}

function str(value: unknown, name: string, at: string): string {
  if (typeof value !== 'string') throw new MergeError(`${name}: ${at} must be a string.`);
  return value;
}

function optionalStr(value: unknown, name: string, at: string): string | undefined {
  return value === undefined ? undefined : str(value, name, at);
}

function strings(value: unknown, name: string, at: string): string[] {
  return array(value, name, at).map((item, i) => str(item, name, `${at}[${i}]`));
}

function num(value: unknown, name: string, at: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new MergeError(`${name}: ${at} must be a number.`);
  return value;
}
