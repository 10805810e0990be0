/**
 * A unit of a run's condition plan (src/engine/lint-plan.ts) as plain data, so that a worker
 * thread (src/engine/worker-pool.ts) can lint it: its documents as parses without position trees
 * (src/parsers/transferred.ts), its templates as they were loaded.
 *
 * A worker plans its unit again (planConditions on the unit alone), as groupwisePlan does for the
 * groups of large templates: a unit is one linked group, closed under everything that links
 * templates, so planning it alone gives the run the serial plan has for it (the same deployed
 * views, the same scenarios in the same order). A unit that plans otherwise is an internal error,
 * never a different report.
 */
import type { ConditionPlan } from '../dialects/cloudformation/scenarios.js';
import { planConditions } from '../dialects/cloudformation/scenarios.js';
import { pathApiFor, rebaser } from '../inputs/files.js';
import { LightDocument } from '../inputs/light-document.js';
import type { InputProblem, LoadedInputs, SkippedFile, TemplateInput } from '../inputs/types.js';
import { parseText } from '../parsers/index.js';
import { toTransferred, TransferredDocument, type TransferredParse } from '../parsers/transferred.js';
import type { ParsedDocument } from '../parsers/types.js';
import { lintBasePart, lintScenarioGroup, type PlannedRunOptions, type UnitResult } from './lint-plan.js';
import type { Rule } from './rule.js';
import type { RunOptions } from './run.js';
import type { EngineSettings } from './settings.js';

export interface TransferredUnit {
  /** A base part of the plan (linted once), or a group linted per scenario. */
  kind: 'base' | 'group';
  /** Every document the unit refers to; the fields below refer to them by index. */
  docs: TransferredParse[];
  documents: number[];
  templates: Array<Omit<TemplateInput, 'doc'> & { doc: number }>;
  iamDocuments: number[];
  problems: Array<Omit<InputProblem, 'doc'> & { doc?: number }>;
  skipped: SkippedFile[];
}

/** What a run's settings are in a worker: the folders the path rebasers of RunOptions are made from. */
export interface TransferredSettings {
  config?: EngineSettings;
  now?: Date;
  cwd: string;
  configDir: string;
  fingerprintDir: string;
}

/** The paths a finding's file is seen under by the config's globs and by fingerprints (RunOptions['paths']). */
export function runPaths(
  settings: Pick<TransferredSettings, 'cwd' | 'configDir' | 'fingerprintDir'>,
): NonNullable<RunOptions['paths']> {
  const path = pathApiFor(settings.cwd);
  return {
    config: rebaser(path, settings.cwd, settings.configDir),
    fingerprint: rebaser(path, settings.cwd, settings.fingerprintDir),
  };
}

/**
 * The plan's units, in its order, each with the templates as loaded (the plan's base parts hold
 * them as deployed under decided conditions, which a worker makes again). Undefined when some
 * document cannot cross as plain data: a large one kept as text, a view or an embedded document,
 * templates read from an AWS account.
 */
export function transferUnits(inputs: LoadedInputs, plan: ConditionPlan): TransferredUnit[] | undefined {
  const loaded = new Map(inputs.dialects.cloudformation.map((template) => [template.stackKey, template]));
  const units: TransferredUnit[] = [];
  for (const part of plan.base) {
    const templates = part.dialects.cloudformation.map((template) => loaded.get(template.stackKey));
    if (templates.some((template) => template === undefined)) return undefined;
    const unit = encode('base', {
      ...part,
      dialects: { ...part.dialects, cloudformation: templates as TemplateInput[] },
    });
    if (!unit) return undefined;
    units.push(unit);
  }
  for (const group of plan.groups) {
    const files = new Set(group.files);
    const templates = inputs.dialects.cloudformation.filter((template) => files.has(template.doc.file));
    const unit = encode('group', {
      documents: templates.map((t) => t.doc),
      dialects: { cloudformation: templates, 'iam-json': [] },
      problems: [],
      skipped: [],
    });
    if (!unit) return undefined;
    units.push(unit);
  }
  return units;
}

function encode(kind: TransferredUnit['kind'], unit: LoadedInputs): TransferredUnit | undefined {
  const docs: TransferredParse[] = [];
  const index = new Map<ParsedDocument, number>();
  let plain = true;
  const ref = (doc: ParsedDocument): number => {
    let i = index.get(doc);
    if (i === undefined) {
      if (doc instanceof LightDocument || doc.viewOf || doc.embeddedIn || doc.compiledFrom) plain = false;
      i = docs.length;
      docs.push(toTransferred(doc));
      index.set(doc, i);
    }
    return i;
  };
  if (
    unit.dialects.cloudformation.some((template) => template.physicalIds || template.undeployed) ||
    unit.documents.some((doc) => doc instanceof LightDocument)
  )
    return undefined;
  const encoded: TransferredUnit = {
    kind,
    docs,
    documents: unit.documents.map(ref),
    templates: unit.dialects.cloudformation.map((template) => ({ ...template, doc: ref(template.doc) })),
    iamDocuments: unit.dialects['iam-json'].map(ref),
    problems: unit.problems.map(({ doc, ...problem }) => ({ ...problem, ...(doc ? { doc: ref(doc) } : {}) })),
    skipped: unit.skipped,
  };
  return plain ? encoded : undefined;
}

function decode(unit: TransferredUnit): LoadedInputs {
  const docs = unit.docs.map((parse) => new TransferredDocument(parse, () => parseText(parse.file, parse.text)));
  return {
    documents: unit.documents.map((i) => docs[i]!),
    dialects: {
      cloudformation: unit.templates.map((template) => ({ ...template, doc: docs[template.doc]! })),
      'iam-json': unit.iamDocuments.map((i) => docs[i]!),
    },
    problems: unit.problems.map(({ doc, ...problem }) => ({
      ...problem,
      ...(doc !== undefined ? { doc: docs[doc]! } : {}),
    })),
    skipped: unit.skipped,
  };
}

/** Lints a unit in a worker: what the serial run's lintPlan gets from it. */
export function lintTransferredUnit(
  unit: TransferredUnit,
  rules: readonly Rule[],
  settings: TransferredSettings,
): UnitResult {
  const options: PlannedRunOptions = {
    ...(settings.config ? { config: settings.config } : {}),
    ...(settings.now ? { now: settings.now } : {}),
    paths: runPaths(settings),
  };
  const plan = planConditions(decode(unit));
  const expected = unit.kind === 'base' ? plan.base.length === 1 && plan.groups.length === 0 : plan.groups.length === 1;
  if (!expected)
    throw new Error(
      `a ${unit.kind} unit of the condition plan planned alone as ${plan.base.length} part(s) and ${plan.groups.length} group(s).`,
    );
  return unit.kind === 'base'
    ? lintBasePart(plan.base[0]!, rules, options)
    : lintScenarioGroup(plan.groups[0]!, rules, options);
}
