/**
 * Which condition values a run is linted under (docs/semantics.md#conditions).
 *
 * Conditions the files decide (known parameter values) are applied to every template: the
 * rules see the template as deployed (src/dialects/cloudformation/deployed-view.ts). Conditions the files leave
 * open split the run into scenarios, one per consistent assignment of the open `Fn::Equals`
 * comparisons, so that values governed by one condition are never mixed across properties
 * (the guest role attached `!If [AllowGuests, …]` is judged together with
 * `AllowUnauthenticatedIdentities: !If [AllowGuests, true, false]`). Only the templates linked
 * to each other (one cloud assembly, nested stacks, a template and the ones it imports from) are
 * enumerated together; every other template is linted once, in the base run.
 *
 * Only conditions that govern resources the model reads are enumerated, at most
 * MAX_OPEN_ATOMS comparisons per group of templates; others keep both branches.
 */
import type { LoadedInputs, TemplateInput } from '../../inputs/types.js';
import type { ParsedDocument } from '../../parsers/types.js';
import { joinPointer } from '../../parsers/types.js';
import { assignmentsOf, StackConditions, type AtomAssignment, type ConditionAtom } from './conditions.js';
import { deployedView } from './deployed-view.js';
import { Resolver } from './intrinsics.js';
import { alternatives, knownString, scalarAlternatives } from '../../values/resolved.js';
import { valueAtPointer } from '../../parsers/source.js';
import { buildStack, type Stack } from './stack.js';
import { linkLocalNestedStacks } from './local-nested.js';
import { StackIndex } from './universe.js';
import { isPlainObject, own } from '../../core/objects.js';
import type { Tri } from '../../core/tri.js';

/** 2^5 = 32 scenarios at most for one group of linked templates. */
export const MAX_OPEN_ATOMS = 5;

/** Resource types whose properties the model reads (others cannot change a finding), most decisive first. */
const MODEL_TYPE_PREFIXES = [
  'AWS::Cognito::',
  'AWS::IAM::',
  'AWS::S3::',
  'AWS::ApiGateway::',
  'AWS::ApiGatewayV2::',
  'AWS::Serverless::',
  'AWS::CloudFormation::Stack',
  'AWS::KMS::Key',
  'AWS::SNS::TopicPolicy',
  'AWS::SQS::QueuePolicy',
];

/** A group of linked templates linted once per assignment of its open conditions. */
export interface ScenarioGroup {
  /** How many scenarios the group has. */
  readonly size: number;
  /**
   * The inputs of scenario `index`, made when asked (a group's views are never all held at once),
   * and what tells them apart: two scenarios of the group with the same `key` deploy every
   * template alike (the same views), so they have the same findings.
   */
  scenario(index: number): { inputs: LoadedInputs; key: string };
  /** The files of the group. */
  readonly files: readonly string[];
  /** Words for the scenarios a finding holds in (`when condition \`GuestsOn\` is true`), undefined when it holds in all. */
  describe(scenarioIndices: ReadonlySet<number>): string | undefined;
  /** Open conditions left with both branches because the group has more than MAX_OPEN_ATOMS. */
  readonly truncated: boolean;
}

export interface ConditionPlan {
  /**
   * Templates whose conditions are decided or irrelevant, linted once: one part per group of linked
   * templates, so that a run holds the model of one group at a time and its peak memory follows the
   * largest group, not the sum of the files. The last part holds the raw IAM documents and whatever
   * else belongs to no template (unreadable files, parameter files).
   */
  readonly base: readonly LoadedInputs[];
  readonly groups: readonly ScenarioGroup[];
}

export function planConditions(inputs: LoadedInputs): ConditionPlan {
  if (inputs.dialects.cloudformation.length < 2 && !inputs.dialects.cloudformation.some(hasConditions))
    return { base: [inputs], groups: [] };
  const stacks = linkLocalNestedStacks(inputs.dialects.cloudformation).map(buildStack);
  const index = new StackIndex(stacks);
  const resolver = new Resolver(index);
  index.resolver = resolver;
  const conditions = new Map<Stack, StackConditions>();
  for (const stack of stacks)
    if (hasConditions(stack.input)) conditions.set(stack, new StackConditions(stack, resolver));

  const openAtoms = new Map<Stack, ConditionAtom[]>();
  for (const [stack, conds] of conditions) {
    const atoms = [...new Set(usedConditions(stack).flatMap((name) => conds.atomsOf(name)))];
    if (atoms.length > 0) openAtoms.set(stack, atoms);
  }

  /**
   * The template as deployed under `assignment`. `answers` gets the truth of every condition the
   * view asks for, in order: the view is made from the template and those answers alone.
   */
  const decided = (stack: Stack, assignment?: AtomAssignment, answers?: Tri[]): TemplateInput => {
    const conds = conditions.get(stack);
    if (!conds) return stack.input;
    const view = deployedView(stack.doc, stack.input.resourcesPointer, (name) => {
      const truth = conds.truth(name, assignment);
      answers?.push(truth);
      return truth;
    });
    if (view.doc === stack.doc) return stack.input;
    return { ...stack.input, doc: view.doc, undeployed: view.undeployed };
  };

  const baseParts: TemplateInput[][] = [];
  const withRawIam: TemplateInput[] = [];
  const groupDocs = new Set<ParsedDocument>();
  const groups: ScenarioGroup[] = [];
  // A policy may attach by name to a role of the raw IAM documents (src/dialects/cloudformation/build.ts): a template
  // that names a role no template defines is linted with them.
  const definedRoles = new Set(stacks.flatMap((stack) => roleNames(stack, resolver, 'defined')));
  const namesOtherRole = (stack: Stack): boolean =>
    inputs.dialects['iam-json'].length > 0 &&
    roleNames(stack, resolver, 'attached').some((name) => !definedRoles.has(name));
  for (const component of linkedGroups(stacks, index, resolver)) {
    const atoms = [...new Set(component.flatMap((stack) => openAtoms.get(stack) ?? []))];
    if (atoms.length === 0) {
      if (component.some(namesOtherRole)) withRawIam.push(...component.map((stack) => decided(stack)));
      else baseParts.push(component.map((stack) => decided(stack)));
      continue;
    }
    const enumerated = atoms.slice(0, MAX_OPEN_ATOMS);
    const assignments = assignmentsOf(enumerated);
    const documents = component.map((stack) => stack.doc);
    documents.forEach((doc) => groupDocs.add(doc));
    groups.push({
      size: assignments.length,
      scenario: (i) => {
        // The views one after another, each asking as many questions as its answers decide:
        // the same sequence of answers is the same answers for each template.
        const answers: Tri[] = [];
        const cloudformation = component.map((stack) => decided(stack, assignments[i], answers));
        return {
          inputs: { documents, dialects: { cloudformation, 'iam-json': [], terraform: [] }, problems: [], skipped: [] },
          key: answers.map((truth) => (truth === 'unknown' ? '?' : truth ? '1' : '0')).join(''),
        };
      },
      files: documents.map((doc) => doc.file),
      describe: describer(component, conditions, assignments),
      truncated: atoms.length > enumerated.length,
    });
  }
  return { base: baseRuns(inputs, baseParts, withRawIam, groupDocs), groups };
}

/**
 * The base templates as one input per linked group, in the order of the inputs, and a last one
 * for the documents no template holds (raw IAM, unreadable files) with the run's skipped files.
 * An input problem goes with the document it is in, whose stack its finding names.
 */
function baseRuns(
  inputs: LoadedInputs,
  parts: readonly TemplateInput[][],
  withRawIam: TemplateInput[],
  groupDocs: ReadonlySet<ParsedDocument>,
): LoadedInputs[] {
  const partOf = new Map<string, number>();
  parts.forEach((part, i) => part.forEach((template) => partOf.set(template.doc.file, i)));
  const runs: LoadedInputs[] = parts.map((templates) => ({
    documents: [],
    dialects: { cloudformation: templates, 'iam-json': [], terraform: [] },
    problems: [],
    skipped: [],
  }));
  const rest: LoadedInputs = {
    documents: [],
    dialects: {
      cloudformation: withRawIam,
      'iam-json': inputs.dialects['iam-json'],
      terraform: inputs.dialects.terraform,
    },
    problems: [],
    skipped: inputs.skipped,
  };
  const runOf = (file: string): LoadedInputs => {
    const i = partOf.get(file);
    return i === undefined ? rest : runs[i]!;
  };
  for (const doc of inputs.documents) if (!groupDocs.has(doc)) runOf(doc.file).documents.push(doc);
  for (const problem of inputs.problems) runOf(problem.doc?.file ?? problem.file).problems.push(problem);
  const used = runs.filter((run) => run.documents.length > 0 || run.problems.length > 0);
  const restUsed =
    rest.documents.length +
      rest.dialects.cloudformation.length +
      rest.dialects['iam-json'].length +
      rest.dialects.terraform.length +
      rest.problems.length >
    0;
  return restUsed || used.length === 0 ? [...used, rest] : used;
}

function hasConditions(input: TemplateInput): boolean {
  const data = input.doc.data;
  return input.resourcesPointer !== '' && isPlainObject(data) && isPlainObject(own(data, 'Conditions'));
}

/** Conditions named by resources the model reads: their `Condition`, and every `Fn::If` inside them. */
function usedConditions(stack: Stack): string[] {
  const names = new Map<string, number>();
  const use = (name: string, rank: number): void => {
    names.set(name, Math.min(rank, names.get(name) ?? rank));
  };
  const walk = (value: unknown, depth: number, rank: number): void => {
    if (depth > 128 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      value.forEach((item) => walk(item, depth + 1, rank));
      return;
    }
    const node = value as Record<string, unknown>;
    const fnIf = own(node, 'Fn::If');
    if (Array.isArray(fnIf) && typeof fnIf[0] === 'string') use(fnIf[0], rank);
    for (const key of Object.keys(node)) walk(node[key], depth + 1, rank);
  };
  for (const resource of stack.resources.values()) {
    const rank = MODEL_TYPE_PREFIXES.findIndex((prefix) => resource.type.startsWith(prefix));
    if (rank === -1) continue;
    const body = valueAtPointer(stack.doc.data, resource.pointer);
    const condition = isPlainObject(body) ? own(body, 'Condition') : undefined;
    if (typeof condition === 'string') use(condition, rank);
    walk(resource.properties, 0, rank);
  }
  // Conditions of the identity resources first (pools, then roles and policies): when a template has more
  // open conditions than are enumerated, those are the ones that decide exposure.
  return [...names].sort((a, b) => a[1] - b[1]).map(([name]) => name);
}

/**
 * Templates whose values reach each other: one root cloud assembly, a nested stack and its
 * parent, a plain template and the templates exporting what it imports, a policy and the role of
 * another template it attaches to by name. Each group is linted on its own per scenario.
 */
function linkedGroups(stacks: readonly Stack[], index: StackIndex, resolver: Resolver): Stack[][] {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    while (parent.get(root) !== root) root = parent.get(root)!;
    return root;
  };
  const union = (a: string, b: string): void => {
    parent.set(find(a), find(b));
  };
  for (const stack of stacks) parent.set(stack.key, stack.key);
  const keys = new Set(stacks.map((s) => s.key));
  const byRoot = new Map<string, string>();
  for (const stack of stacks) {
    const assembly = stack.input.assembly;
    if (assembly) {
      const first = byRoot.get(assembly.rootDir);
      if (first) union(stack.key, first);
      else byRoot.set(assembly.rootDir, stack.key);
    } else if (stack.doc.text.includes('ImportValue')) {
      for (const name of importedNames(stack, resolver))
        for (const exporter of index.exporters(stack, name)) union(stack.key, exporter.stack.key);
    }
    const nested = stack.input.nestedIn;
    if (nested && keys.has(nested.parentStackKey)) union(stack.key, nested.parentStackKey);
  }
  // A policy attaches to a role of another template by the role's name (src/dialects/cloudformation/build.ts).
  const byRoleName = new Map<string, string>();
  for (const stack of stacks) for (const name of roleNames(stack, resolver, 'defined')) byRoleName.set(name, stack.key);
  for (const stack of stacks) {
    for (const name of roleNames(stack, resolver, 'attached')) {
      const owner = byRoleName.get(name);
      if (owner !== undefined) union(stack.key, owner);
    }
  }
  const groups = new Map<string, Stack[]>();
  for (const stack of stacks) {
    const root = find(stack.key);
    const list = groups.get(root) ?? [];
    list.push(stack);
    groups.set(root, list);
  }
  return [...groups.values()];
}

/** Role names a template gives its roles (`defined`), or names its policies attach to (`attached`), where known. */
function roleNames(stack: Stack, resolver: Resolver, which: 'defined' | 'attached'): string[] {
  const names: string[] = [];
  for (const resource of stack.resources.values()) {
    const property =
      which === 'defined'
        ? resource.type === 'AWS::IAM::Role' && 'RoleName'
        : resource.type === 'AWS::IAM::RolePolicy'
          ? 'RoleName'
          : (resource.type === 'AWS::IAM::Policy' || resource.type === 'AWS::IAM::ManagedPolicy') && 'Roles';
    const pointers = property
      ? ['/' + property]
      : which === 'attached'
        ? roleReferences(resource.type, resource.properties)
        : [];
    for (const pointer of pointers)
      names.push(...namesAt(stack, resolver, resource.propertiesPointer + pointer, which));
  }
  return names;
}

/**
 * Where an identity pool's role attachment (slots and rule mappings) and a user pool group name
 * their roles: a role ARN there may be a role of the raw IAM documents (an account read with
 * `--aws`, or console-made roles beside a template), which the model links by ARN.
 */
function roleReferences(type: string, properties: Record<string, unknown>): string[] {
  if (type === 'AWS::Cognito::UserPoolGroup') return ['/RoleArn'];
  if (type !== 'AWS::Cognito::IdentityPoolRoleAttachment') return [];
  const pointers = [joinPointer('', 'Roles', 'authenticated'), joinPointer('', 'Roles', 'unauthenticated')];
  const mappings = own(properties, 'RoleMappings');
  if (isPlainObject(mappings)) {
    for (const [key, mapping] of Object.entries(mappings)) {
      const rules =
        isPlainObject(mapping) && isPlainObject(own(mapping, 'RulesConfiguration'))
          ? own(own(mapping, 'RulesConfiguration') as Record<string, unknown>, 'Rules')
          : undefined;
      if (Array.isArray(rules))
        rules.forEach((_, i) =>
          pointers.push(joinPointer('', 'RoleMappings', key, 'RulesConfiguration', 'Rules', i, 'RoleARN')),
        );
    }
  }
  return pointers;
}

function namesAt(stack: Stack, resolver: Resolver, pointer: string, which: 'defined' | 'attached'): string[] {
  if (valueAtPointer(stack.doc.data, pointer) === undefined) return [];
  const names: string[] = [];
  for (const alt of scalarAlternatives(resolver.resolveAt(stack, pointer))) {
    const name = knownString(alt);
    if (name === undefined) continue;
    names.push(name);
    // A policy may name its role by ARN: the model then finds the role by the name after the last '/'.
    if (which === 'attached' && name.startsWith('arn:')) names.push(name.slice(name.lastIndexOf('/') + 1));
  }
  return names;
}

/** The export names a template's `Fn::ImportValue`s name, where they are known. */
function importedNames(stack: Stack, resolver: Resolver): string[] {
  const names: string[] = [];
  const walk = (value: unknown, depth: number): void => {
    if (depth > 128 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      value.forEach((item) => walk(item, depth + 1));
      return;
    }
    const node = value as Record<string, unknown>;
    if (Object.prototype.hasOwnProperty.call(node, 'Fn::ImportValue')) {
      for (const alt of alternatives(resolver.resolve(stack, node['Fn::ImportValue']))) {
        const name = knownString(alt);
        if (name !== undefined) names.push(name);
      }
    }
    for (const key of Object.keys(node)) walk(node[key], depth + 1);
  };
  walk(stack.doc.data, 0);
  return names;
}

/**
 * Words for a set of scenarios: the one condition (or pair of conditions) whose value is
 * exactly what those scenarios share, else the conditions involved.
 */
function describer(
  stacks: readonly Stack[],
  conditions: ReadonlyMap<Stack, StackConditions>,
  assignments: readonly AtomAssignment[],
): (indices: ReadonlySet<number>) => string | undefined {
  let literals: Array<{ text: string; holds: boolean[] }> | undefined;
  return (indices) => {
    if (indices.size >= assignments.length) return undefined;
    literals ??= conditionLiterals(stacks, conditions, assignments);
    const matches = (holds: boolean[]): boolean => holds.every((h, i) => h === indices.has(i));
    const single = literals.find((l) => matches(l.holds));
    if (single) return `when condition ${single.text}`;
    for (let i = 0; i < literals.length; i++) {
      for (let j = i + 1; j < literals.length; j++) {
        if (matches(literals[i]!.holds.map((h, k) => h && literals![j]!.holds[k]!)))
          return `when conditions ${literals[i]!.text} and ${literals[j]!.text}`;
      }
    }
    const names = [...new Set(literals.map((l) => l.text.replace(/ is (true|false)$/, '')))];
    return `only under some values of conditions ${names.join(', ')}`;
  };
}

/** `C is true` / `C is false` for every condition the group's resources use, with the scenarios where each holds. */
function conditionLiterals(
  stacks: readonly Stack[],
  conditions: ReadonlyMap<Stack, StackConditions>,
  assignments: readonly AtomAssignment[],
): Array<{ text: string; holds: boolean[] }> {
  const literals: Array<{ text: string; holds: boolean[] }> = [];
  for (const stack of stacks) {
    const conds = conditions.get(stack);
    if (!conds) continue;
    for (const name of usedConditions(stack)) {
      const truths = assignments.map((assignment) => conds.truth(name, assignment));
      if (truths.some((t) => t === 'unknown')) continue;
      for (const value of [true, false])
        literals.push({ text: `\`${name}\` is ${value}`, holds: truths.map((t) => t === value) });
    }
  }
  return literals;
}

/**
 * The linked groups of a run's templates (the groups the condition plan enumerates together), for
 * `--shard` (src/engine/shard.ts): a group must be linted in one shard, else the findings that
 * cross its files would differ from the single run's. With each group, the role names its
 * policies attach to and the names its roles have, so raw IAM roles of those names (src/dialects/cloudformation/build.ts) can join it.
 */
export function linkedTemplateGroups(
  templates: readonly TemplateInput[],
): Array<{ templates: TemplateInput[]; definedRoleNames: string[]; attachedRoleNames: string[] }> {
  const stacks = linkLocalNestedStacks(templates).map(buildStack);
  const index = new StackIndex(stacks);
  const resolver = new Resolver(index);
  index.resolver = resolver;
  return linkedGroups(stacks, index, resolver).map((group) => ({
    templates: group.map((stack) => stack.input),
    definedRoleNames: group.flatMap((stack) => roleNames(stack, resolver, 'defined')),
    attachedRoleNames: group.flatMap((stack) => roleNames(stack, resolver, 'attached')),
  }));
}
