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
import type { ParsedDocument, Pointer } from '../parsers/types.js';
import { joinPointer, splitPointer } from '../parsers/types.js';
import { synthesisedDocument } from '../parsers/synthesised-document.js';
import { isPlainObject, own } from '../core/objects.js';

type Crud = 'create' | 'read' | 'update' | 'delete';
const METHODS: Record<Crud, string[]> = {
  create: ['/POST'],
  read: ['/GET'],
  update: ['/PUT', '/PATCH'],
  delete: ['/DELETE'],
};
/** At most this many paths are built (the CLI's own APIs have a handful). */
const MAX_PATHS = 200;

/**
 * Is this an API Gateway REST API's cli-inputs.json (`paths`, an object with at least one path), rather than an
 * AppSync API's? One without paths has nothing to build (the CLI asks for a first path when the API is added).
 */
export function isRestApiCliInputs(
  data: unknown,
): data is Record<string, unknown> & { paths: Record<string, unknown> } {
  const paths = isPlainObject(data) ? own(data, 'paths') : undefined;
  return isPlainObject(paths) && Object.keys(paths).length > 0;
}

/** consolidate-apigw-policies.ts `convertCrudOperationsToPermissions`: all four operations are `/*`. */
function methodsOf(operations: unknown): string[] | undefined {
  if (!Array.isArray(operations)) return undefined;
  const known = operations.filter((op): op is Crud => typeof op === 'string' && Object.hasOwn(METHODS, op));
  const methods = [...new Set(known.flatMap((op) => METHODS[op]))];
  return Object.values(METHODS)
    .flat()
    .every((m) => methods.includes(m))
    ? ['/*']
    : methods;
}

const appendToUrlPath = (path: string, postfix: string): string =>
  path.endsWith('/') ? `${path}${postfix}` : `${path}/${postfix}`;

/**
 * The REST API (and, with `withRolePolicies`, the role grants of APIGatewayAuthStack) `amplify push` generates from an
 * API resource's cli-inputs.json, as a template located in that file, with the parameters the root passes it.
 */
export function restApiStandIn(
  cliInputs: ParsedDocument,
  inputs: Record<string, unknown> & { paths: Record<string, unknown> },
  resourceName: string,
  withRolePolicies: boolean,
): { doc: ParsedDocument; parameters: Record<string, unknown> } {
  const parameter = { Type: 'String' };
  const parameters: Record<string, unknown> = { env: parameter };
  const paths: Record<string, unknown> = {};
  /** Body path → the cli-inputs.json path entry it comes from. */
  const origins = new Map<string, string>();
  const grants: Record<'auth' | 'guest', Array<{ path: string; methods: string[] }>> = { auth: [], guest: [] };
  // The CLI writes `Fn::If [ShouldNotCreateEnvResources, Prod, Ref env]` (`env` equal to `NONE`); an Amplify
  // environment's name is never `NONE` (amplify-cli s0-analyzeProject.ts isEnvNameValid: /^[a-z]{2,10}$/).
  const stage = { Ref: 'env' };
  for (const pathName of Object.keys(inputs.paths).slice(0, MAX_PATHS)) {
    const entry = own(inputs.paths, pathName);
    if (!isPlainObject(entry) || !pathName.startsWith('/')) continue;
    const lambda = own(entry, 'lambdaFunction');
    const permissions = own(entry, 'permissions');
    const setting = isPlainObject(permissions) ? own(permissions, 'setting') : undefined;
    const functionArn = typeof lambda === 'string' ? `function${lambda}Arn` : undefined;
    if (functionArn) {
      parameters[functionArn] = parameter;
      parameters[`function${lambda as string}Name`] = parameter;
    }
    const operation: Record<string, unknown> = {
      consumes: ['application/json'],
      produces: ['application/json'],
      'x-amazon-apigateway-integration': {
        uri: {
          'Fn::Join': [
            '',
            [
              'arn:aws:apigateway:',
              { Ref: 'AWS::Region' },
              ':lambda:path/2015-03-31/functions/',
              functionArn ? { Ref: functionArn } : '',
              '/invocations',
            ],
          ],
        },
        passthroughBehavior: 'when_no_match',
        httpMethod: 'POST',
        type: 'aws_proxy',
      },
      // createPathObject: `permissions.setting !== 'open'`; a setting that is not a string is not `open` either.
      ...(setting !== 'open' ? { security: [{ sigv4: [] }] } : {}),
    };
    const pathObject = {
      options: {
        consumes: ['application/json'],
        produces: ['application/json'],
        'x-amazon-apigateway-integration': { type: 'mock', passthroughBehavior: 'when_no_match' },
      },
      'x-amazon-apigateway-any-method': operation,
    };
    for (const bodyPath of [pathName, appendToUrlPath(pathName, '{proxy+}')]) {
      paths[bodyPath] = pathObject;
      origins.set(bodyPath, pathName);
    }
    for (const who of ['auth', 'guest'] as const) {
      const methods = methodsOf(isPlainObject(permissions) ? own(permissions, who) : undefined);
      if (methods?.length) grants[who].push({ path: pathName, methods });
    }
  }
  const resources: Record<string, unknown> = {
    [resourceName]: {
      Type: 'AWS::ApiGateway::RestApi',
      Properties: {
        Description: '',
        FailOnWarnings: true,
        Name: resourceName,
        Body: {
          swagger: '2.0',
          info: { version: '2018-05-24T17:52:00Z', title: resourceName },
          host: { 'Fn::Join': ['', ['apigateway.', { Ref: 'AWS::Region' }, '.amazonaws.com']] },
          basePath: { 'Fn::Join': ['', ['/', { Ref: 'env' }]] },
          schemes: ['https'],
          paths,
          securityDefinitions: {
            sigv4: { type: 'apiKey', name: 'Authorization', in: 'header', 'x-amazon-apigateway-authtype': 'awsSigv4' },
          },
        },
      },
    },
    [`DeploymentAPIGW${resourceName}`]: {
      Type: 'AWS::ApiGateway::Deployment',
      Properties: {
        Description: 'The Development stage deployment of your API.',
        StageName: stage,
        RestApiId: { Ref: resourceName },
      },
    },
  };
  /** Logical ID of a role policy → where each of its resources comes from (`/paths/<path>/permissions/auth`). */
  const policyOrigins = new Map<string, Pointer[]>();
  if (withRolePolicies) {
    for (const [who, logicalId, role] of [
      ['auth', 'PolicyAPIGWAuth1', 'authRoleName'],
      ['guest', 'PolicyAPIGWUnauth1', 'unauthRoleName'],
    ] as const) {
      if (!grants[who].length) continue;
      parameters[role] = parameter;
      const arn = (method: string, path: string) => ({
        'Fn::Join': [
          '',
          [
            'arn:aws:execute-api:',
            { Ref: 'AWS::Region' },
            ':',
            { Ref: 'AWS::AccountId' },
            ':',
            { Ref: resourceName },
            '/',
            stage,
            method,
            path,
          ],
        ],
      });
      const arns: unknown[] = [];
      const from: Pointer[] = [];
      for (const { path, methods } of grants[who]) {
        const apiPath = path.replace(/{[a-zA-Z0-9-]+}/g, '*');
        for (const m of methods) {
          arns.push(arn(m, appendToUrlPath(apiPath, '*')), arn(m, apiPath));
          from.push(...Array<Pointer>(2).fill(joinPointer('/paths', path, 'permissions', who)));
        }
      }
      resources[logicalId] = {
        Type: 'AWS::IAM::ManagedPolicy',
        Properties: {
          Roles: [{ Ref: role }],
          PolicyDocument: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: ['execute-api:Invoke'], Resource: arns }],
          },
        },
      };
      policyOrigins.set(logicalId, from);
    }
  }
  const data = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description:
      'The REST API of an Amplify api resource (synthesised by cognito-iam-lint from cli-inputs.json, as apigw-stack-builder.ts generates it)',
    Parameters: parameters,
    Resources: resources,
    Outputs: {
      ApiId: { Value: { Ref: resourceName } },
      ApiName: { Value: resourceName },
      RootUrl: {
        Value: {
          'Fn::Join': [
            '',
            ['https://', { Ref: resourceName }, '.execute-api.', { Ref: 'AWS::Region' }, '.amazonaws.com/', stage],
          ],
        },
      },
    },
  };
  const original = (pointer: Pointer): Pointer => {
    const tokens = splitPointer(pointer);
    const [, id, , property, , bodyPath, method] = tokens;
    if (id === resourceName && property === 'Body' && tokens[4] === 'paths' && bodyPath !== undefined) {
      const from = origins.get(bodyPath);
      if (from !== undefined) {
        const entry = joinPointer('/paths', from);
        // The method, or its `security`: at the setting that decides it (an open path's method has no `security`).
        const decided =
          method === 'x-amazon-apigateway-any-method' && (tokens.length === 7 || tokens[7] === 'security');
        const permissions = own(inputs.paths, from);
        const hasSetting =
          isPlainObject(permissions) &&
          isPlainObject(own(permissions, 'permissions')) &&
          own(own(permissions, 'permissions') as Record<string, unknown>, 'setting') !== undefined;
        return decided && hasSetting ? joinPointer(entry, 'permissions', 'setting') : entry;
      }
    }
    const granted = id === undefined ? undefined : policyOrigins.get(id);
    if (granted?.length) {
      // /Resources/<id>/Properties/PolicyDocument/Statement/0/Resource/<i>: the permission list of that ARN.
      const index = tokens[6] === 'Resource' && tokens[7] !== undefined ? Number(tokens[7]) : 0;
      return granted[index] ?? granted[0]!;
    }
    return own(inputs, 'paths') === undefined ? '' : '/paths';
  };
  return {
    doc: synthesisedDocument(cliInputs, data, original),
    parameters: withRolePolicies
      ? { authRoleName: { Ref: 'AuthRoleName' }, unauthRoleName: { Ref: 'UnauthRoleName' } }
      : {},
  };
}
