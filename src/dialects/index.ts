/**
 * The dialects: what turns a run's documents into the model's entities. Today CloudFormation
 * (templates, SAM, cloud assemblies; cloudformation/) and bare IAM JSON (iam-json/, read through
 * the same builder so that a policy file can attach to a template's role). Rules never see a
 * dialect: they read the IdentityModel this builds.
 */
import type { LoadedInputs } from '../inputs/types.js';
import { IdentityModel } from '../model/model.js';
import { buildApiEntities } from './cloudformation/apis.js';
import { buildBuckets } from './cloudformation/buckets.js';
import { buildModelParts, templateEntity } from './cloudformation/build.js';
import { findingResourceOf, resourceContaining } from './cloudformation/stack.js';
import { buildUserPoolEntities } from './cloudformation/user-pools.js';

/** The model of a run's inputs. */
export function buildIdentityModel(inputs: LoadedInputs): IdentityModel {
  const parts = buildModelParts(inputs);
  return new IdentityModel({
    documents: inputs.documents,
    problems: inputs.problems,
    parts,
    buckets: buildBuckets(parts.stacks, parts.resolver, templateEntity),
    userPoolEntities: buildUserPoolEntities(parts.stacks, parts.resolver),
    apiEntities: buildApiEntities(parts.stacks, parts.resolver),
    resourceInStack: (stack, source) => {
      const resource = resourceContaining(stack, source.pointer);
      return resource ? findingResourceOf(resource) : undefined;
    },
  });
}
