/**
 * CloudFormation as a dialect: templates, SAM, cloud assemblies, Amplify projects and account
 * snapshots (every input src/inputs turns into a TemplateInput), read into the model's entities.
 */
import type { LoadedInputs } from '../../inputs/types.js';
import type { Resolver } from './intrinsics.js';
import type { ParsedDocument } from '../../parsers/types.js';
import type {
  Dialect,
  ModelContribution,
  ReadContext,
  SuppressionScope,
  SuppressionSite,
} from '../../model/contribution.js';
import { buildApiEntities } from './api-readers.js';
import { buildBuckets } from './buckets.js';
import { buildModelParts } from './build.js';
import { findingResourceOf, resourceContaining, type Stack } from './stack.js';
import { buildUserPoolEntities } from './user-pools.js';

export const cloudFormation: Dialect = {
  id: 'cloudformation',
  read: (inputs, context) => readCloudFormation(inputs, context).contribution,
};

/** The contribution of a run's templates, with the stacks and resolver it was read with (tests look into them). */
export function readCloudFormation(
  inputs: LoadedInputs,
  context: ReadContext,
): { contribution: ModelContribution; stacks: readonly Stack[]; resolver: Resolver } {
  const { parts, stacks, resolver } = buildModelParts(inputs.dialects.cloudformation, context.roles);
  const stackByDoc = new Map<ParsedDocument, Stack>();
  for (const stack of stacks) {
    stackByDoc.set(stack.doc, stack);
    // Findings are anchored on the template as written, also when the rules read its deployed view.
    if (stack.doc.viewOf) stackByDoc.set(stack.doc.viewOf.doc, stack);
  }
  const contribution: ModelContribution = {
    ...parts,
    buckets: buildBuckets(stacks, resolver),
    userPoolEntities: buildUserPoolEntities(stacks, resolver),
    apiEntities: buildApiEntities(stacks, resolver),
    suppressionScopes: stacks.map(suppressionScope),
    placementOf(source) {
      const stack = stackByDoc.get(source.doc);
      const resource = stack && resourceContaining(stack, source.pointer);
      return resource ? { resource: findingResourceOf(resource), resourcePointer: resource.pointer } : undefined;
    },
    // A cloud assembly's stack keeps its name when `cdk.out` moves; a template's path is its identity.
    stableNameOf: (doc) => {
      const stack = stackByDoc.get(doc);
      return stack?.input.assembly ? stack.name : undefined;
    },
  };
  return { contribution, stacks, resolver };
}

/** Where a template declares suppressions: its top-level `Metadata` and each resource's. */
function suppressionScope(stack: Stack): SuppressionScope {
  const resources = new Map<string, SuppressionSite>();
  for (const resource of stack.resources.values())
    if (resource.metadata !== undefined)
      resources.set(resource.logicalId, {
        metadata: resource.metadata,
        at: { doc: stack.doc, pointer: resource.pointer },
      });
  return {
    docs: stack.doc.viewOf ? [stack.doc, stack.doc.viewOf.doc] : [stack.doc],
    document: { metadata: stack.templateMetadata, at: { doc: stack.doc, pointer: '' } },
    resources,
  };
}
