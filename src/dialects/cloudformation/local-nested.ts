/**
 * Nested stacks whose template is a file of the run. A plain template may name its nested stacks by
 * a local path — `AWS::CloudFormation::Stack` `TemplateURL: ./auth.yaml`, `AWS::Serverless::Application`
 * `Location: ./auth.yaml` — which `aws cloudformation package` and `sam package` upload and replace
 * with an S3 URL before deploying
 * (https://docs.aws.amazon.com/cli/latest/reference/cloudformation/package.html,
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-application.html).
 * When the run holds that file, it is read as the nested stack it deploys as: its parameters come
 * from the parent's `Parameters`, and `Fn::GetAtt [Stack, Outputs.X]` reads its outputs
 * (docs/semantics.md#resolved-value). A file two parents (or two resources) nest stays a template of
 * its own: which parent's values it gets is not one answer.
 */
import { posix } from 'node:path';
import type { TemplateInput } from '../../inputs/types.js';
import { isPlainObject, own } from '../../core/objects.js';

/** The resource types whose local template path names a nested stack, with the property that holds it. */
const NESTING: Readonly<Record<string, string>> = {
  'AWS::CloudFormation::Stack': 'TemplateURL',
  'AWS::Serverless::Application': 'Location',
};

/** Resource types that create a nested stack whose `Outputs.X` `Fn::GetAtt` reads (SAM turns an Application into a Stack). */
export const NESTED_STACK_TYPES: ReadonlySet<string> = new Set(Object.keys(NESTING));

/** The answers of mayNestStacks, per document: a run asks it of every template several times. */
const nestsByDocument = new WeakMap<object, boolean>();

/** May the template nest a stack (a cheap test of its text)? */
export function mayNestStacks(input: TemplateInput): boolean {
  let nests = nestsByDocument.get(input.doc);
  if (nests === undefined) {
    const text = input.doc.text;
    nests = Object.keys(NESTING).some((type) => text.includes(type));
    nestsByDocument.set(input.doc, nests);
  }
  return nests;
}

/** A template a directory walk or a file argument gave: not from an assembly, an Amplify project, a service or an account. */
function isPlainTemplate(input: TemplateInput): boolean {
  return (
    input.resourcesPointer === '/Resources' &&
    input.assembly === undefined &&
    input.amplify === undefined &&
    input.physicalIds === undefined &&
    input.options === undefined
  );
}

/**
 * The run's templates with each plain template that another plain template nests by a local path
 * marked as that nested stack (`nestedIn`). Templates already nested are left as they are, so the
 * call can be repeated.
 */
export function linkLocalNestedStacks(templates: readonly TemplateInput[]): readonly TemplateInput[] {
  if (!templates.some(mayNestStacks)) return templates;
  const byFile = new Map<string, TemplateInput>();
  for (const input of templates) if (isPlainTemplate(input)) byFile.set(input.doc.file, input);
  const nestings = new Map<string, Array<{ parent: TemplateInput; logicalId: string }>>();
  for (const parent of templates) {
    if (!isPlainTemplate(parent) || !mayNestStacks(parent)) continue;
    for (const { logicalId, path } of localNestedPaths(parent)) {
      const child = byFile.get(resolveRelative(parent.doc.file, path));
      if (!child || child === parent || child.nestedIn) continue;
      const list = nestings.get(child.doc.file) ?? [];
      list.push({ parent, logicalId });
      nestings.set(child.doc.file, list);
    }
  }
  const parentOf = new Map<string, { parent: TemplateInput; logicalId: string }>();
  for (const [file, list] of nestings) if (list.length === 1) parentOf.set(file, list[0]!);
  if (parentOf.size === 0) return templates;
  return templates.map((input) => {
    const link = parentOf.get(input.doc.file);
    if (!link || byFile.get(input.doc.file) !== input) return input;
    const root = rootOf(input.doc.file, parentOf);
    if (root === undefined) return input; // a cycle of nestings deploys nowhere
    return {
      ...input,
      nestedIn: {
        parentStackKey: link.parent.stackKey,
        logicalId: link.logicalId,
        ...(root !== link.parent.doc.file ? { rootStackKey: byFile.get(root)!.stackKey } : {}),
      },
      // A nested stack's parameters come from its parent, not from the command line.
      parameterValues: new Map(),
    };
  });
}

/** The outermost template of the nesting chain above `file`; undefined on a cycle. */
function rootOf(file: string, parentOf: ReadonlyMap<string, { parent: TemplateInput }>): string | undefined {
  const seen = new Set<string>([file]);
  let current = parentOf.get(file)!.parent.doc.file;
  for (;;) {
    if (seen.has(current)) return undefined;
    seen.add(current);
    const up = parentOf.get(current);
    if (!up) return current;
    current = up.parent.doc.file;
  }
}

/** The nested-stack resources of a template whose template property is a literal local path. */
function localNestedPaths(input: TemplateInput): Array<{ logicalId: string; path: string }> {
  const root = input.doc.data;
  const resources = isPlainObject(root) ? own(root, 'Resources') : undefined;
  if (!isPlainObject(resources)) return [];
  const out: Array<{ logicalId: string; path: string }> = [];
  for (const [logicalId, body] of Object.entries(resources)) {
    if (!isPlainObject(body)) continue;
    const type = own(body, 'Type');
    const property = typeof type === 'string' ? NESTING[type] : undefined;
    const properties = own(body, 'Properties');
    if (property === undefined || !isPlainObject(properties)) continue;
    const path = own(properties, property);
    // An S3 or HTTPS URL, or a Serverless Application Repository {ApplicationId, SemanticVersion}, is not a file of the run.
    if (typeof path === 'string' && path !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(path)) out.push({ logicalId, path });
  }
  return out;
}

/** `path` taken relative to the directory of `file` (both `/`-separated), normalised as the run writes file names. */
function resolveRelative(file: string, path: string): string {
  return posix.isAbsolute(path) ? posix.normalize(path) : posix.join(posix.dirname(file), path);
}
