/**
 * The user pools, app clients and identity pools a value or a configuration refers to in a built
 * model: the queries rules and facts share about how Cognito resources link up (user-pools.ts
 * reads the entities). Separate from user-pools.ts because these read the IdentityModel, which is
 * built with it.
 */
import type { IdentityPool } from '../model/entities.js';
import type { IdentityModel } from '../model/model.js';
import { knownString, type Resolved } from '../values/resolved.js';
import type { ResourceNode } from '../values/resource-node.js';
import { referencedResources, singleResource } from '../values/judge.js';
import {
  cognitoProviderIds,
  physicallyNamedUserPool,
  type PrincipalTagMapping,
  type UserPool,
  type UserPoolClient,
} from '../model/cognito.js';
import { memo } from '../core/memo.js';

/** The user pool a value refers to (`Ref`, `Fn::GetAtt …UserPoolId`, an import of either). */
export function userPoolFor(model: IdentityModel, value: Resolved): UserPool | undefined {
  const only = singleResource(value);
  if (!only || (only.attribute !== undefined && only.attribute !== 'UserPoolId')) return undefined;
  return model.userPoolEntities.userPools.find((p) => p.templateResource === only.resource);
}

/** The app client a value refers to (`Ref` of an `AWS::Cognito::UserPoolClient`, e.g. a `ClientId` of an identity pool provider). */
export function userPoolClientFor(model: IdentityModel, value: Resolved): UserPoolClient | undefined {
  const only = singleResource(value);
  if (!only || (only.attribute !== undefined && only.attribute !== 'ClientId')) return undefined;
  return model.userPoolEntities.clients.find((c) => c.templateResource === only.resource);
}

/**
 * The user pool and app client a provider string refers to anywhere in it: a `RoleMappings` key or
 * `IdentityProvider` (`cognito-idp.${AWS::Region}.amazonaws.com/${UserPool}:${WebClient}`), a
 * `ProviderName`, an `IdentityProviderName`. Literal IDs name only pools and clients read from an
 * account (ResourceNode.physicalId); in a template they name nothing in the run.
 */
export function userPoolReferencesIn(
  model: IdentityModel,
  value: Resolved,
): { userPool: UserPool | undefined; client: UserPoolClient | undefined } {
  const resources = referencedResources(value);
  const ids = cognitoProviderIds(knownString(value) ?? '');
  if (ids) {
    const named = (entity: { templateResource: ResourceNode }, id: string | undefined) =>
      id !== undefined && entity.templateResource.physicalId === id;
    for (const p of model.userPoolEntities.userPools) if (named(p, ids.userPoolId)) resources.push(p.templateResource);
    for (const c of model.userPoolEntities.clients) if (named(c, ids.clientId)) resources.push(c.templateResource);
  }
  return {
    userPool: model.userPoolEntities.userPools.find((p) => resources.includes(p.templateResource)),
    client: model.userPoolEntities.clients.find((c) => resources.includes(c.templateResource)),
  };
}

/** Identity pools that list the user pool in `CognitoIdentityProviders` (`ProviderName` refers to it). */
export function identityPoolsUsingUserPool(model: IdentityModel, userPool: UserPool): readonly IdentityPool[] {
  return poolsByUserPool(model).get(userPool.templateResource) ?? NO_POOLS;
}

const NO_POOLS: readonly IdentityPool[] = [];
const poolsIndex = memo<IdentityModel, Map<ResourceNode, IdentityPool[]>>();

/**
 * The identity pools whose `CognitoIdentityProviders` refer to each user pool resource or name it
 * by ID (what poolAcceptsUserPool asks of one pair), built once per model: the exposure of every role asks it
 * of every user pool, which with a hundred of each was a million comparisons.
 */
function poolsByUserPool(model: IdentityModel): Map<ResourceNode, IdentityPool[]> {
  return poolsIndex(model, () => {
    const index = new Map<ResourceNode, IdentityPool[]>();
    const userPools = model.userPoolEntities.userPools.map((p) => p.templateResource);
    for (const pool of model.identityPools) {
      const deployment = pool.templateResource?.deployment;
      const resources = new Set(
        pool.cognitoProviders.flatMap((p) => {
          // A provider written out (an account's pools) names its user pool by ID.
          const named =
            deployment !== undefined ? physicallyNamedUserPool(p.providerName, deployment, userPools) : undefined;
          return named ? [...referencedResources(p.providerName), named] : referencedResources(p.providerName);
        }),
      );
      for (const resource of resources) {
        const pools = index.get(resource);
        if (pools) pools.push(pool);
        else index.set(resource, [pool]);
      }
    }
    return index;
  });
}

/** The identity pool an `AWS::Cognito::IdentityPoolPrincipalTag` configures, when it is in the run. */
export function identityPoolOfMapping(model: IdentityModel, mapping: PrincipalTagMapping): IdentityPool | undefined {
  return mapping.identityPoolResource
    ? model.identityPools.find((p) => p.templateResource === mapping.identityPoolResource)
    : undefined;
}
