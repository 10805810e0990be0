/**
 * The REST API (API Gateway) of an Amplify (Gen 1) `api` resource that the repository keeps only as `cli-inputs.json`
 * (Amplify CLI 7 and later generate the template into `build/`, which `.gitignore` usually leaves out), built as
 * amplify-category-api generates it (aws-amplify/amplify-category-api at 826ffe880a32c5113fae5e0eaf2b1c59cb2acfaa,
 * the last commit before its Gen 1 packages were removed, packages/amplify-category-api/src/provider-utils/
 * awscloudformation/cdk-stack-builder/):
 * - apigw-stack-builder.ts `generateStackResources`: a `CfnRestApi` whose logical ID is the resource's name, with a
 *   Swagger 2.0 `Body` declaring the `sigv4` scheme (`x-amazon-apigateway-authtype: awsSigv4`); `_constructCfnPaths`
 *   gives each path of `paths`, and the same path with `/{proxy+}` appended, an unauthenticated `options` (a CORS
 *   mock) and an `x-amazon-apigateway-any-method` Lambda proxy whose `security` is `[{sigv4: []}]` unless
 *   `permissions.setting` is `open` (`createPathObject`), in which case the method has no authorization at all;
 *   `_setDeploymentResource`: a deployment whose stage is `env`.
 * - apigw-stack-transform.ts: parameters `env` and `function<name>Name`/`Arn` per Lambda (passed by the root from
 *   backend-config.json's `dependsOn`), outputs `ApiId` (`Ref` of the API), `ApiName`, `RootUrl`.
 * - amplify-provider-awscloudformation consolidate-apigw-policies.ts (aws-amplify/amplify-cli at
 *   70049be04b61535028329f395349fe51c9e8a2cd): the signed-in and guest roles' `execute-api:Invoke` grants, which push
 *   writes into `api/APIGatewayAuthStack.json` for every REST API but AdminQueries: for each path, `permissions.auth`
 *   (for `authRoleName`) and `permissions.guest` (for `unauthRoleName`) become the methods `create` → `/POST`,
 *   `read` → `/GET`, `update` → `/PUT`, `/PATCH`, `delete` → `/DELETE` (all four: `/*`), each on the path (`{param}`
 *   as `*`) and the path with `/*` appended, in `PolicyAPIGWAuth<n>` / `PolicyAPIGWUnauth<n>` managed policies. They
 *   are built here, in this API's stand-in, only when the project has no `api/APIGatewayAuthStack.json` (which, when
 *   committed, is read as it is); the CLI numbers the policies across APIs and starts a new one past 6,144 bytes,
 *   which changes their logical IDs, not what they grant.
 * Not built: the gateway responses and Lambda permissions (no identity-pool role), the user pool group policies of
 * `permissions.groups` (they need the group roles of the userPoolGroups resource) and AdminQueries (another builder,
 * with a Cognito authorizer); the note on the resource says so. Every node is located at the cli-inputs.json setting
 * it comes from: a path's nodes at its entry (its method's security at `permissions.setting`), a role's grants at
 * `permissions.auth` / `permissions.guest`.
 */
import type { ParsedDocument } from '../parsers/types.js';
/**
 * Is this an API Gateway REST API's cli-inputs.json (`paths`, an object with at least one path), rather than an
 * AppSync API's? One without paths has nothing to build (the CLI asks for a first path when the API is added).
 */
export declare function isRestApiCliInputs(data: unknown): data is Record<string, unknown> & {
    paths: Record<string, unknown>;
};
/**
 * The REST API (and, with `withRolePolicies`, the role grants of APIGatewayAuthStack) `amplify push` generates from an
 * API resource's cli-inputs.json, as a template located in that file, with the parameters the root passes it.
 */
export declare function restApiStandIn(cliInputs: ParsedDocument, inputs: Record<string, unknown> & {
    paths: Record<string, unknown>;
}, resourceName: string, withRolePolicies: boolean): {
    doc: ParsedDocument;
    parameters: Record<string, unknown>;
};
