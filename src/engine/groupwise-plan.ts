/**
 * The condition plan of a run with large templates (src/inputs/light-document.ts), made one linked
 * group at a time so that peak memory follows the largest group, not the sum of the files
 * (issue 12, class 8). planConditions builds every template's stack at once to find the groups;
 * here each template is parsed alone to learn its links, dropped, and each group is parsed again
 * when its turn comes and dropped after its rules ran. The runs are those of planConditions, in
 * its order, so the report is the same byte for byte.
 *
 * Only where a template's links can be learned from it alone: role names (RoleName, a policy's
 * Roles) resolve within their template. Cloud assemblies, nested stacks, `Fn::ImportValue` (an
 * export of another template) and raw IAM documents (a policy attaching to a role none of the
 * templates define) take planConditions' way, holding every tree.
 */
import type { LoadedInputs, TemplateInput } from '../inputs/types.js';
import { LightDocument } from '../inputs/light-document.js';
import type { ParsedDocument } from '../parsers/types.js';
import { linkedTemplateGroups, planConditions, type ScenarioGroup } from '../dialects/cloudformation/scenarios.js';
import { mayNestStacks } from '../dialects/cloudformation/local-nested.js';

export interface LazyPlan {
  base: Iterable<LoadedInputs>;
  groups: Iterable<ScenarioGroup>;
}

/** The plan made group by group, or undefined when the run has no large template or its links need every template at once. */
export function groupwisePlan(inputs: LoadedInputs): LazyPlan | undefined {
  const templates = inputs.dialects.cloudformation;
  if (
    templates.length < 2 ||
    inputs.dialects['iam-json'].length > 0 ||
    inputs.dialects.terraform.length > 0 ||
    !templates.some((t) => t.doc instanceof LightDocument)
  )
    return undefined;
  if (
    templates.some(
      (t) => t.assembly || t.nestedIn || mayNestStacks(t) || t.physicalIds || t.doc.text.includes('ImportValue'),
    )
  )
    return undefined;
  const groups = linkedGroupsOneByOne(templates);
  const scenarioGroups = new Set<number>();
  const baseFiles = new Set<string>();
  const scenarioDocs = new Set<ParsedDocument>();

  function* base(): Generator<LoadedInputs> {
    let yielded = 0;
    for (const [i, group] of groups.entries()) {
      const plan = planConditions(groupInputs(inputs, group));
      if (plan.groups.length > 0) {
        scenarioGroups.add(i);
        for (const template of group) scenarioDocs.add(template.doc);
        continue;
      }
      for (const template of group) baseFiles.add(template.doc.file);
      for (const part of plan.base) {
        yielded++;
        yield part;
      }
    }
    // planConditions' last part: what belongs to no template, and the problems of the groups linted per scenario.
    const rest: LoadedInputs = {
      documents: inputs.documents.filter((doc) => !scenarioDocs.has(doc) && !baseFiles.has(doc.file)),
      dialects: { cloudformation: [], 'iam-json': [], terraform: [] },
      problems: inputs.problems.filter((problem) => !baseFiles.has(problem.doc?.file ?? problem.file)),
      skipped: inputs.skipped,
    };
    if (rest.documents.length + rest.problems.length > 0 || yielded === 0) yield rest;
  }

  function* scenarios(): Generator<ScenarioGroup> {
    // After every base part (planConditions' order); each group is parsed again when its turn comes.
    for (const [i, group] of groups.entries())
      if (scenarioGroups.has(i)) yield* planConditions(groupInputs(inputs, group, false)).groups;
  }

  return { base: base(), groups: scenarios() };
}

/**
 * linkedGroups (src/dialects/cloudformation/scenarios.ts) of templates linked only by role names: each template is
 * parsed alone for the names its roles have and the names its policies attach to.
 */
function linkedGroupsOneByOne(templates: readonly TemplateInput[]): TemplateInput[][] {
  const links = templates.map((template) => {
    const [facts] = linkedTemplateGroups([parsed(template)]);
    return { defined: facts?.definedRoleNames ?? [], attached: facts?.attachedRoleNames ?? [] };
  });
  const parent = templates.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const byRoleName = new Map<string, number>();
  links.forEach(({ defined }, i) => defined.forEach((name) => byRoleName.set(name, i)));
  links.forEach(({ attached }, i) =>
    attached.forEach((name) => {
      const owner = byRoleName.get(name);
      if (owner !== undefined) parent[find(i)] = find(owner);
    }),
  );
  const groups = new Map<number, TemplateInput[]>();
  templates.forEach((template, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), template]);
  });
  return [...groups.values()];
}

/** The template with a parse of its own when its document is kept as text (dropped with the template). */
function parsed(template: TemplateInput): TemplateInput {
  return template.doc instanceof LightDocument ? { ...template, doc: template.doc.freshParse() } : template;
}

/** The inputs of one linked group, as planConditions would split them, with new parses of its large documents. */
function groupInputs(inputs: LoadedInputs, group: readonly TemplateInput[], withProblems = true): LoadedInputs {
  const files = new Set(group.map((template) => template.doc.file));
  const templates = group.map(parsed);
  const fresh = new Map<ParsedDocument, ParsedDocument>(group.map((template, i) => [template.doc, templates[i]!.doc]));
  return {
    documents: inputs.documents.filter((doc) => files.has(doc.file)).map((doc) => fresh.get(doc) ?? doc),
    dialects: { cloudformation: templates, 'iam-json': [], terraform: [] },
    problems: withProblems
      ? inputs.problems
          .filter((p) => files.has(p.doc?.file ?? p.file))
          .map((p) => (p.doc && fresh.has(p.doc) ? { ...p, doc: fresh.get(p.doc)! } : p))
      : [],
    skipped: [],
  };
}
