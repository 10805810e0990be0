/**
 * The user pools, app clients and identity pools a value or a configuration refers to in a built
 * model: the queries rules and facts share about how Cognito resources link up (user-pools.ts
 * reads the entities). Separate from user-pools.ts because these read the IdentityModel, which is
 * built with it.
 */
import type { IdentityPool } from '../model/entities.js';
import type { IdentityModel } from '../model/model.js';
import { type Resolved } from '../values/resolved.js';
import { type PrincipalTagMapping, type UserPool, type UserPoolClient } from '../model/cognito.js';
/** The user pool a value refers to (`Ref`, `Fn::GetAtt …UserPoolId`, an import of either). */
export declare function userPoolFor(model: IdentityModel, value: Resolved): UserPool | undefined;
/** The app client a value refers to (`Ref` of an `AWS::Cognito::UserPoolClient`, e.g. a `ClientId` of an identity pool provider). */
export declare function userPoolClientFor(model: IdentityModel, value: Resolved): UserPoolClient | undefined;
/**
 * The user pool and app client a provider string refers to anywhere in it: a `RoleMappings` key or
 * `IdentityProvider` (`cognito-idp.${AWS::Region}.amazonaws.com/${UserPool}:${WebClient}`), a
 * `ProviderName`, an `IdentityProviderName`. Literal IDs name only pools and clients read from an
 * account (ResourceNode.physicalId); in a template they name nothing in the run.
 */
export declare function userPoolReferencesIn(model: IdentityModel, value: Resolved): {
    userPool: UserPool | undefined;
    client: UserPoolClient | undefined;
};
/** Identity pools that list the user pool in `CognitoIdentityProviders` (`ProviderName` refers to it). */
export declare function identityPoolsUsingUserPool(model: IdentityModel, userPool: UserPool): readonly IdentityPool[];
/** The identity pool an `AWS::Cognito::IdentityPoolPrincipalTag` configures, when it is in the run. */
export declare function identityPoolOfMapping(model: IdentityModel, mapping: PrincipalTagMapping): IdentityPool | undefined;
