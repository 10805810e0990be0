/**
 * An Amplify (Gen 1) project, `amplify/backend/`, read as one deployment: each category resource's
 * template becomes a nested stack of the project's root stack, wired the way the Amplify CLI wires
 * it at `amplify push`, so the nested-stack resolution of src/dialects/cloudformation/intrinsics.ts
 * links the categories (a storage policy's `Roles: [!Ref unauthRoleName]` reaches the project's
 * unauthenticated role, which the auth category attaches to its identity pool).
 *
 * What the Amplify CLI does, and what is read here (aws-amplify/amplify-cli at
 * 70049be04b61535028329f395349fe51c9e8a2cd, packages/amplify-provider-awscloudformation/src/):
 * - push-resources.ts `formNestedStack`: the root stack (resources/rootStackTemplate.json, with
 *   `AuthRole` and `UnauthRole`) gets one `AWS::CloudFormation::Stack` per resource, logical ID
 *   `<category><resource>`, whose `Parameters` are the resource's parameters.json (`build/` copy
 *   first, resourceParams.js `loadResourceParameters`) merged with the environment's values from
 *   team-provider-info.json (`<env>.categories.<category>.<resource>`), plus, for each `dependsOn`
 *   entry of backend-config.json and each of its attributes, `<category><resource><attribute>` =
 *   `Fn::GetAtt [<category><resource>, Outputs.<attribute>]`, plus `env`. Lists are joined with ','.
 * - push-resources.ts `getCfnFiles`: the template is `*template*.{yaml,yml,json}` of the resource's
 *   `build/` folder when it holds one, else of the resource folder (parameters.json and
 *   auth-trigger-cloudformation-template.json excepted). The same choice is made here: it is what
 *   `amplify push` deploys. When neither folder has one (Amplify CLI 7 and later generate auth and
 *   storage templates into `build/`, which .gitignore usually leaves out), the copy the last push
 *   uploaded, `awscloudformation/build/<category>/<resource>/` (cfn-pre-processor.ts), is read.
 * - push-resources.ts `updateIdPRolesInNestedStack` and resources/update-idp-roles-cfn.json: once
 *   the project has an auth resource with an identity pool (`identityPoolName` in its parameters),
 *   the `UpdateRolesWithIDPFunction` custom resource rewrites the trust of `AuthRole` and
 *   `UnauthRole` to allow `sts:AssumeRoleWithWebIdentity` from `cognito-identity.amazonaws.com`
 *   with `StringEquals cognito-identity.amazonaws.com:aud` = that pool's ID
 *   (`Fn::GetAtt [auth<name>, Outputs.IdentityPoolId]`) and `ForAnyValue:StringLike
 *   cognito-identity.amazonaws.com:amr` = `authenticated` / `unauthenticated`. The synthesised root
 *   carries that trust directly; without such an auth resource the roles keep the template's
 *   `Deny` trust.
 * - amplify-category-auth auth-stack-transform.ts `writeBuildFiles` (Amplify CLI 7 and later): an auth
 *   resource's settings live in its `cli-inputs.json`, and push writes `build/parameters.json` as its
 *   `cognitoConfig` plus `authRoleArn`/`unauthRoleArn`. Without a parameters.json (build/ is usually
 *   left out of the repository) the same is read from cli-inputs.json, so `identityPoolName` is known; and
 *   when the template is missing too, the user pool, app clients, identity pool and role attachment push generates
 *   from it stand in for it (amplify-auth-stand-in.ts), less what the resource's override.ts names. An S3 storage resource kept only as cli-inputs.json stands in likewise with
 *   the bucket and role policies amplify-category-storage's s3-stack-builder.ts generates (amplify-storage-stand-in.ts),
 *   and a REST API with the API amplify-category-api's apigw-stack-builder.ts generates and, without a committed
 *   `api/APIGatewayAuthStack.json`, the role grants push writes there (amplify-api-stand-in.ts).
 * - The auth category attaches the two roles to its identity pool itself (its
 *   `IdentityPoolRoleMap`, `Roles: {authenticated: !Ref authRoleArn, unauthenticated: !Ref
 *   unauthRoleArn}`, the parameters being `Fn::GetAtt [AuthRole|UnauthRole, Arn]` in its
 *   parameters.json): nothing to add here, the parameters resolve through the root.
 * - A GraphQL API (`service: AppSync`): its template is `build/cloudformation-template.json`, which
 *   nests one stack per model from `build/stacks/<name>.json` (uploaded beside it by
 *   upload-appsync-files.js, `TemplateURL` ending in `stacks/<name>.json`); those are nested in the
 *   API's stack here, so what the API passes them resolves through it and the root. When its
 *   parameters.json does not name `authRoleName`/`unauthRoleName`, upload-appsync-files.js
 *   `writeUpdatedParametersJson` passes `Ref AuthRoleName`/`Ref UnauthRoleName` for the template's
 *   parameters of those names: the transformer's IAM policies (`AuthRolePolicy01`,
 *   `UnauthRolePolicy01`, `Roles: [!Ref unauthRoleName]`) attach to the project's roles. Its
 *   `dependsOn` auth attributes are not passed (push-resources.ts `isResourceGqlWithAuthDep`).
 * - `api/APIGatewayAuthStack.json` (consolidate-apigw-policies.ts) is nested as
 *   `APIGatewayAuthStack` with `authRoleName`, `unauthRoleName`, `env` and, for each of its
 *   parameters named after an API of the project, `Fn::GetAtt [api<name>, Outputs.ApiId]`.
 *
 * `amplify-meta.json` (beside backend-config.json; the CLI rewrites it after every push, aws-cfn.js
 * `updateamplifyMetaFileWithStackOutputs`: each category stack's Outputs into `<category>.<resource>.output`,
 * the root's into `providers.awscloudformation`) records what the last push deployed. It is read only where it
 * makes known a value nothing else in the repository gives, and never over a template or parameter file:
 * - `providers.awscloudformation.AuthRoleName` / `UnauthRoleName`: the role names, when neither
 *   `--parameter` nor team-provider-info.json names them (formNestedStack copies them into both files);
 * - `<category>.<resource>.output.<attribute>` for a `dependsOn` attribute whose resource is imported
 *   (formNestedStack itself passes that recorded value: an imported resource has no stack to `GetAtt`) or
 *   has no template in the project (its outputs cannot be read from it);
 * - `auth.<resource>.output.IdentityPoolId`, when the auth resource has no template: the pool ID the
 *   roles' trust names in `aud`, and, when its parameters are not in the project either, that it has an
 *   identity pool at all (updateIdPRolesInNestedStack asks parameters.json's `identityPoolName`).
 * Its other keys (`providerMetadata`, `lastPushTimeStamp`, `Region`, `DeploymentBucketName`, …) name nothing
 * a rule judges; `Region` would only matter to `AWS::Region`, which is read from a cloud assembly alone.
 *
 * The root stack is synthesised in memory even when `awscloudformation/build/root-cloudformation-stack.json`
 * (push-resources.ts `storeRootStackTemplate`) is in the repository: `amplify push` regenerates it from
 * the same inputs every time, its nested stacks are those of the last push, and its roles' trust as
 * written (`Deny`) is not what is deployed. Its document is backend-config.json's (the file that
 * declares the wiring), and every synthesised node is located at the backend-config.json entry it
 * comes from (a nested stack at `/<category>/<resource>`, a `dependsOn` parameter at its attribute,
 * the roles at the auth resource): a finding on the root points at a real line of a real file, never
 * a made-up one.
 *
 * When that committed root is there, it is read for what the synthesised root cannot know, what
 * `amplify override project` (override.ts, which is code and never run here) made of the root: its
 * extra resources (the deployment bucket, anything an override adds), its parameters and conditions,
 * and `AuthRole`/`UnauthRole`'s properties but their trust (an inline policy an override gives the
 * guest role is the guest role's). It is not linted on its own, and the root's nodes are located in
 * it instead (each at its counterpart there, or the nearest node that has one). The CLI's own trust
 * updater (update-idp-roles-cfn.json's function, role and custom resource) is left out: what it
 * does is the synthesised trust.
 *
 * Parameters passed as `{"Ref": "AuthRoleName"}` (the root's parameter) are passed as
 * `{"Ref": "AuthRole"}` instead: the same value, since `AuthRole`'s `RoleName` is that parameter and
 * `Ref` of a role is its name, but one the model can follow to the role when the environment's role
 * name is not known.
 *
 * What cannot be linked (no template for a resource, a `dependsOn` naming nothing, an imported
 * resource, several environments and no `--parameter env=`) becomes a note and is left unknown.
 */
import type { ParsedDocument } from '../parsers/types.js';
import { type ParseFn, type PathApi, type ReadBudget } from './files.js';
import type { FileSystem, InputNote, TemplateInput } from './types.js';
export declare const BACKEND_CONFIG = "backend-config.json";
/** Is `dir` an Amplify project's backend folder (`…/amplify/backend` holding backend-config.json)? */
export declare function isAmplifyBackend(fs: FileSystem, path: PathApi, dir: string): boolean;
/** The backend folder of the project a path lies in (`…/amplify/backend/…`), if it has one. */
export declare function enclosingAmplifyBackend(fs: FileSystem, path: PathApi, target: string): string | undefined;
export interface AmplifyReadOptions {
    display: (path: string) => string;
    cache: Map<string, ParsedDocument>;
    budget?: ReadBudget;
    /**
     * Whether the run's filters (--include, --exclude, ignore files) let a file be linted: a template copy
     * they leave out is not chosen, so an ignored `build/` falls back to the resource's own template.
     */
    selected?: (path: string) => boolean;
    /** `--parameter`: `env` names the environment; every value wins over what the project passes. */
    userParameters: ReadonlyMap<string, string>;
}
export interface AmplifyProjectResult {
    /** The synthesised root stack first, then one nested stack per category resource with a template. */
    templates: TemplateInput[];
    /** backend-config.json and every template read (and any that did not parse). */
    documents: ParsedDocument[];
    notes: InputNote[];
    /** File-system paths of every file the project owns, so the directory walk does not lint them again. */
    claimedFiles: Set<string>;
}
export declare function readAmplifyProject(backendDir: string, fs: FileSystem, parse: ParseFn, path: PathApi, options: AmplifyReadOptions): AmplifyProjectResult;
