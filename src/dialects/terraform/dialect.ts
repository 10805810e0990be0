/**
 * Terraform plan and state JSON (`terraform show -json`) as a dialect: each document's AWS
 * resources become the model's entities (build.ts), named by their resource address.
 */
import type { Dialect, NodePlacement } from '../../model/contribution.js';
import { emptyParts } from '../../model/contribution.js';
import type { ParsedDocument } from '../../parsers/types.js';
import type { Bucket } from '../../model/s3.js';
import { readTerraformDocument, type TfResource } from './plan.js';
import { readBuckets, readIdentityCore } from './build.js';
import { readUserPools } from './user-pools.js';
import { readApis } from './apis.js';
import { emptyApiEntities, type ApiEntities } from '../../model/apigateway.js';
import type { PrincipalTagMapping, UserPool, UserPoolClient, UserPoolGroup } from '../../model/cognito.js';

export const terraform: Dialect = {
  id: 'terraform',
  read(inputs) {
    const parts = emptyParts();
    const buckets: Bucket[] = [];
    const userPools: UserPool[] = [];
    const clients: UserPoolClient[] = [];
    const groups: UserPoolGroup[] = [];
    const principalTags: PrincipalTagMapping[] = [];
    const apiEntities = emptyApiEntities();
    const resourcesByPointer = new Map<ParsedDocument, Map<string, TfResource>>();
    for (const doc of inputs.dialects.terraform) {
      const tf = readTerraformDocument(doc);
      if (!tf) continue;
      resourcesByPointer.set(doc, new Map(tf.resources.map((r) => [r.pointer, r])));
      parts.notes.push(...tf.notes);
      const pools = parts.identityPools.length;
      const roleNamed = readIdentityCore(tf, parts);
      buckets.push(...readBuckets(tf));
      const users = readUserPools(tf, parts.identityPools.slice(pools), roleNamed);
      parts.slots.push(...users.slots);
      userPools.push(...users.entities.userPools);
      clients.push(...users.entities.clients);
      groups.push(...users.entities.groups);
      principalTags.push(...users.entities.principalTags);
      const apis = readApis(tf);
      for (const key of Object.keys(apiEntities) as Array<keyof ApiEntities>)
        (apiEntities[key] as unknown[]).push(...apis[key]);
    }
    return {
      ...parts,
      buckets,
      userPoolEntities: { userPools, clients, groups, principalTags },
      apiEntities,
      suppressionScopes: [],
      /** The resource whose object holds the node: the nearest of the node's ancestors that is a resource. */
      placementOf(source): NodePlacement | undefined {
        const byPointer = resourcesByPointer.get(source.doc);
        if (!byPointer) return undefined;
        for (let pointer = source.pointer; ; pointer = pointer.slice(0, pointer.lastIndexOf('/'))) {
          const resource = byPointer.get(pointer);
          if (resource) return { resource: resource.findingResource, resourcePointer: resource.pointer };
          if (pointer === '') return undefined;
        }
      },
      stableNameOf: () => undefined,
    };
  },
};
