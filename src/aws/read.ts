/**
 * Reads an AWS account with the AWS SDK for JavaScript v3: IAM's authorization details and, per
 * region, the Cognito identity pools and user pools, into the account snapshot the linter reads
 * (src/inputs/aws-account.ts). Only read-only calls (the README lists them as a policy, and a test
 * checks that list against the commands this module sends).
 *
 * This module is the only one that imports the SDK, and the CLI loads it with a dynamic
 * `import()` when `--aws` is given: the bundle puts it in a chunk of its own, so an offline run
 * never loads it (test/distribution/startup.test.ts).
 *
 * Credentials, the region and endpoints come from the SDK's default chains: the environment
 * (`AWS_ACCESS_KEY_ID`, `AWS_REGION`, `AWS_ENDPOINT_URL`, `AWS_ENDPOINT_URL_IAM`, …), the shared
 * config and credentials files (`--profile`), SSO, and instance or container roles. Throttling
 * is retried by the SDK's standard retry strategy (exponential backoff with jitter). A call that
 * still fails is recorded in `failures` (and the snapshot's `Incomplete`) naming the call, and the
 * rest is read anyway.
 */
import {
  GetAccountAuthorizationDetailsCommand,
  IAMClient,
  type GetAccountAuthorizationDetailsCommandOutput,
} from '@aws-sdk/client-iam';
import {
  CognitoIdentityClient,
  DescribeIdentityPoolCommand,
  GetIdentityPoolRolesCommand,
  GetPrincipalTagAttributeMapCommand,
  ListIdentityPoolsCommand,
  type DescribeIdentityPoolCommandOutput,
} from '@aws-sdk/client-cognito-identity';
import {
  CognitoIdentityProviderClient,
  DescribeUserPoolClientCommand,
  DescribeUserPoolCommand,
  GetUserPoolMfaConfigCommand,
  ListGroupsCommand,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { DEFAULT_SERVICES, type AwsService } from '../inputs/aws-account.js';
import {
  APIGatewayClient,
  GetAuthorizersCommand,
  GetResourcesCommand,
  GetRestApisCommand,
} from '@aws-sdk/client-api-gateway';
import {
  ApiGatewayV2Client,
  GetApisCommand,
  GetAuthorizersCommand as GetHttpAuthorizersCommand,
  GetRoutesCommand,
} from '@aws-sdk/client-apigatewayv2';

export interface AccountRequest {
  /** A profile of the shared config files (`--profile`); default: the SDK's (`AWS_PROFILE`, else `default`). */
  profile?: string;
  /** Regions whose Cognito pools are read (`--region`, repeatable); default: the SDK's default region. */
  regions: string[];
  /** The services read (`--aws-services`); default: {@link DEFAULT_SERVICES}. */
  services?: readonly AwsService[];
}

export interface AccountRead {
  /** The snapshot: `get-account-authorization-details` output plus `Cognito: [{Region, IdentityPools, UserPools}]`. */
  snapshot: Record<string, unknown>;
  /** The calls that failed (also the snapshot's `Incomplete`). Empty when all was read. */
  failures: AccountFailure[];
  /** The account the roles belong to (from their ARNs), when any was read. */
  accountId: string | undefined;
}

/**
 * A call that failed, as the snapshot's `Incomplete` records it: `Call` names it (with the pool or
 * page it was for), `Message` says what happened; `failureLine` is the line the run prints.
 */
export interface AccountFailure {
  Call: string;
  Region?: string;
  Message: string;
}

/** No region given and none configured: the only failure that stops the read before any call. */
export class NoRegionError extends Error {}

/** What `GetAccountAuthorizationDetails` is asked for: AWS managed policies are known to the linter already. */
const DETAILS_FILTER = ['Role', 'User', 'Group', 'LocalManagedPolicy'] as const;
const PAGE_SIZE = 60;
/** API Gateway's largest page (`limit`, `MaxResults`). */
const API_PAGE_SIZE = 500;

export async function readAccount(request: AccountRequest): Promise<AccountRead> {
  // The SDK warns on every Node 20 run that its releases after January 2027 need Node 22. The copy
  // bundled here is pinned (devDependencies) and runs on Node 20, so the warning would only be
  // noise on stderr; the package's own `engines` says which Node it needs.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const profile = request.profile !== undefined ? { profile: request.profile } : {};
  const regions = request.regions.length > 0 ? request.regions : [await defaultRegion(profile)];
  const services = new Set(request.services ?? DEFAULT_SERVICES);
  const failures: AccountFailure[] = [];
  // IAM is global; the client still signs for a region, and the first region picks the partition.
  // Without IAM the lists stay empty: they are what marks the file as an account snapshot.
  const details = services.has('iam')
    ? await readAuthorizationDetails(new IAMClient({ ...profile, region: regions[0]! }), failures)
    : { RoleDetailList: [], GroupDetailList: [], UserDetailList: [], Policies: [] };
  const cognito: Array<Record<string, unknown>> = [];
  const apiGateway: Array<Record<string, unknown>> = [];
  for (const region of regions) {
    const failed = (call: string, error: unknown) =>
      failures.push({ Call: call, Region: region, Message: describeError(error) });
    if (services.has('cognito')) {
      const identity = new CognitoIdentityClient({ ...profile, region });
      const idp = new CognitoIdentityProviderClient({ ...profile, region });
      cognito.push({
        Region: region,
        IdentityPools: await readIdentityPools(identity, region, failed),
        UserPools: await readUserPools(idp, region, failed),
      });
    }
    if (services.has('apigateway')) {
      const rest = new APIGatewayClient({ ...profile, region });
      const http = new ApiGatewayV2Client({ ...profile, region });
      apiGateway.push({
        Region: region,
        RestApis: await readRestApis(rest, region, failed),
        HttpApis: await readHttpApis(http, region, failed),
      });
    }
  }
  const roles = details.RoleDetailList as Array<{ Arn?: string }>;
  const accountId = roles.map((r) => /^arn:[^:]+:iam::(\d{12}):/.exec(r.Arn ?? '')?.[1]).find((id) => id !== undefined);
  // What failed goes first in the file, where a reader of the snapshot sees it; reading it back reports it again.
  const snapshot = {
    ...(failures.length > 0 ? { Incomplete: failures } : {}),
    ...details,
    Cognito: cognito,
    ...(services.has('apigateway') ? { ApiGateway: apiGateway } : {}),
  };
  return { snapshot, failures, accountId };
}

async function defaultRegion(profile: { profile?: string }): Promise<string> {
  try {
    const region = await new CognitoIdentityClient(profile).config.region();
    if (typeof region === 'string' && region !== '') return region;
  } catch {
    // No region in the environment or the profile: said below.
  }
  throw new NoRegionError(
    '--aws needs a region: pass --region (repeatable) or set AWS_REGION (or `region` in the profile).',
  );
}

/** Every page of `GetAccountAuthorizationDetails`, lists concatenated as the AWS CLI prints them. */
async function readAuthorizationDetails(
  iam: IAMClient,
  failures: AccountFailure[],
): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = { RoleDetailList: [], GroupDetailList: [], UserDetailList: [], Policies: [] };
  let marker: string | undefined;
  for (let page = 1; ; page++) {
    let result: GetAccountAuthorizationDetailsCommandOutput;
    try {
      result = await iam.send(
        new GetAccountAuthorizationDetailsCommand({
          Filter: [...DETAILS_FILTER],
          MaxItems: 100,
          ...(marker !== undefined ? { Marker: marker } : {}),
        }),
      );
    } catch (error) {
      failures.push({ Call: `iam:GetAccountAuthorizationDetails (page ${page})`, Message: describeError(error) });
      return out;
    }
    for (const key of Object.keys(out))
      out[key]!.push(...((result as unknown as Record<string, unknown[] | undefined>)[key] ?? []));
    if (!result.IsTruncated || result.Marker === undefined) return out;
    marker = result.Marker;
  }
}

async function readIdentityPools(client: CognitoIdentityClient, region: string, failed: Failed): Promise<unknown[]> {
  const pools: unknown[] = [];
  const ids = await pages('cognito-identity:ListIdentityPools', region, failed, async (NextToken) => {
    const page = await client.send(
      new ListIdentityPoolsCommand({ MaxResults: PAGE_SIZE, ...(NextToken ? { NextToken } : {}) }),
    );
    return { items: (page.IdentityPools ?? []).map((p) => p.IdentityPoolId).filter(isString), next: page.NextToken };
  });
  for (const IdentityPoolId of ids) {
    const described = await call(`cognito-identity:DescribeIdentityPool ${IdentityPoolId}`, failed, () =>
      client.send(new DescribeIdentityPoolCommand({ IdentityPoolId })),
    );
    if (!described) continue;
    const roles = await call(`cognito-identity:GetIdentityPoolRoles ${IdentityPoolId}`, failed, () =>
      client.send(new GetIdentityPoolRolesCommand({ IdentityPoolId })),
    );
    const maps: unknown[] = [];
    for (const IdentityProviderName of providerNames(described)) {
      const map = await call(
        `cognito-identity:GetPrincipalTagAttributeMap ${IdentityPoolId} ${IdentityProviderName}`,
        failed,
        () => client.send(new GetPrincipalTagAttributeMapCommand({ IdentityPoolId, IdentityProviderName })),
      );
      if (map)
        maps.push({
          IdentityProviderName,
          UseDefaults: map.UseDefaults ?? false,
          ...(map.PrincipalTags ? { PrincipalTags: map.PrincipalTags } : {}),
        });
    }
    // GetIdentityPoolRoles gives `Roles` and `RoleMappings`, the two halves of the pool's role attachment.
    pools.push({
      ...withoutMetadata(described),
      ...(roles?.Roles ? { Roles: roles.Roles } : {}),
      ...(roles?.RoleMappings ? { RoleMappings: roles.RoleMappings } : {}),
      ...(maps.length > 0 ? { PrincipalTagAttributeMaps: maps } : {}),
    });
  }
  return pools;
}

/**
 * The providers whose principal tag maps are read: the user pools (`ProviderName`) and the social
 * providers (`SupportedLoginProviders` keys, `accounts.google.com`, …), the names
 * GetPrincipalTagAttributeMap and AWS::Cognito::IdentityPoolPrincipalTag take
 * (https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_GetPrincipalTagAttributeMap.html).
 */
function providerNames(pool: DescribeIdentityPoolCommandOutput): string[] {
  const names = (pool.CognitoIdentityProviders ?? []).map((p) => p.ProviderName).filter(isString);
  return [...new Set([...names, ...Object.keys(pool.SupportedLoginProviders ?? {})])];
}

async function readUserPools(
  client: CognitoIdentityProviderClient,
  region: string,
  failed: Failed,
): Promise<unknown[]> {
  const pools: unknown[] = [];
  const ids = await pages('cognito-idp:ListUserPools', region, failed, async (NextToken) => {
    const page = await client.send(
      new ListUserPoolsCommand({ MaxResults: PAGE_SIZE, ...(NextToken ? { NextToken } : {}) }),
    );
    return { items: (page.UserPools ?? []).map((p) => p.Id).filter(isString), next: page.NextToken };
  });
  for (const UserPoolId of ids) {
    const described = await call(`cognito-idp:DescribeUserPool ${UserPoolId}`, failed, () =>
      client.send(new DescribeUserPoolCommand({ UserPoolId })),
    );
    if (!described?.UserPool) continue;
    const clientIds = await pages(
      `cognito-idp:ListUserPoolClients ${UserPoolId}`,
      region,
      failed,
      async (NextToken) => {
        const page = await client.send(
          new ListUserPoolClientsCommand({ UserPoolId, MaxResults: PAGE_SIZE, ...(NextToken ? { NextToken } : {}) }),
        );
        return { items: (page.UserPoolClients ?? []).map((c) => c.ClientId).filter(isString), next: page.NextToken };
      },
    );
    const clients: unknown[] = [];
    for (const ClientId of clientIds) {
      const read = await call(`cognito-idp:DescribeUserPoolClient ${ClientId}`, failed, () =>
        client.send(new DescribeUserPoolClientCommand({ UserPoolId, ClientId })),
      );
      if (!read?.UserPoolClient) continue;
      // The client secret is a credential: never written to a snapshot, only whether there is one.
      const { ClientSecret, ...described } = read.UserPoolClient;
      clients.push({ ...described, ...(ClientSecret !== undefined ? { GenerateSecret: true } : {}) });
    }
    const groups = await listGroups(client, UserPoolId, region, failed);
    const mfa = await call(`cognito-idp:GetUserPoolMfaConfig ${UserPoolId}`, failed, () =>
      client.send(new GetUserPoolMfaConfigCommand({ UserPoolId })),
    );
    pools.push({
      ...described.UserPool,
      Clients: clients,
      Groups: groups,
      ...(mfa ? { MfaConfig: withoutMetadata(mfa) } : {}),
    });
  }
  return pools;
}

/** The pool's groups as ListGroups describes them (name, precedence, `RoleArn`), every page. */
async function listGroups(
  client: CognitoIdentityProviderClient,
  UserPoolId: string,
  region: string,
  failed: Failed,
): Promise<unknown[]> {
  const groups: unknown[] = [];
  await pages(`cognito-idp:ListGroups ${UserPoolId}`, region, failed, async (NextToken) => {
    const page = await client.send(
      new ListGroupsCommand({ UserPoolId, Limit: PAGE_SIZE, ...(NextToken ? { NextToken } : {}) }),
    );
    groups.push(...(page.Groups ?? []));
    return { items: [], next: page.NextToken };
  });
  return groups;
}

/**
 * The REST APIs (GetRestApis), each with its resources and their methods (GetResources with
 * `embed=methods`, which gives each method's `authorizationType`, `authorizerId`, …) and its
 * authorizers (GetAuthorizers), every page (`position`).
 */
async function readRestApis(client: APIGatewayClient, region: string, failed: Failed): Promise<unknown[]> {
  const apis: Array<Record<string, unknown>> = [];
  await pages('apigateway:GetRestApis', region, failed, async (position) => {
    const page = await client.send(new GetRestApisCommand({ limit: API_PAGE_SIZE, ...(position ? { position } : {}) }));
    apis.push(...(page.items ?? []).map((api) => ({ ...api })));
    return { items: [], next: page.position };
  });
  for (const api of apis) {
    const restApiId = api.id;
    if (typeof restApiId !== 'string') continue;
    const resources: unknown[] = [];
    await pages(`apigateway:GetResources ${restApiId}`, region, failed, async (position) => {
      const page = await client.send(
        new GetResourcesCommand({
          restApiId,
          embed: ['methods'],
          limit: API_PAGE_SIZE,
          ...(position ? { position } : {}),
        }),
      );
      resources.push(...(page.items ?? []));
      return { items: [], next: page.position };
    });
    const authorizers: unknown[] = [];
    await pages(`apigateway:GetAuthorizers ${restApiId}`, region, failed, async (position) => {
      const page = await client.send(
        new GetAuthorizersCommand({ restApiId, limit: API_PAGE_SIZE, ...(position ? { position } : {}) }),
      );
      authorizers.push(...(page.items ?? []));
      return { items: [], next: page.position };
    });
    Object.assign(api, { Resources: resources, Authorizers: authorizers });
  }
  return apis;
}

/** The HTTP (and WebSocket) APIs (GetApis), each with its routes (GetRoutes) and authorizers (GetAuthorizers), every page (`NextToken`). */
async function readHttpApis(client: ApiGatewayV2Client, region: string, failed: Failed): Promise<unknown[]> {
  const apis: Array<Record<string, unknown>> = [];
  await pages('apigateway:GetApis', region, failed, async (NextToken) => {
    const page = await client.send(
      new GetApisCommand({ MaxResults: String(API_PAGE_SIZE), ...(NextToken ? { NextToken } : {}) }),
    );
    apis.push(...(page.Items ?? []).map((api) => ({ ...api })));
    return { items: [], next: page.NextToken };
  });
  for (const api of apis) {
    const ApiId = api.ApiId;
    if (typeof ApiId !== 'string') continue;
    const routes: unknown[] = [];
    await pages(`apigateway:GetRoutes ${ApiId}`, region, failed, async (NextToken) => {
      const page = await client.send(
        new GetRoutesCommand({ ApiId, MaxResults: String(API_PAGE_SIZE), ...(NextToken ? { NextToken } : {}) }),
      );
      routes.push(...(page.Items ?? []));
      return { items: [], next: page.NextToken };
    });
    const authorizers: unknown[] = [];
    await pages(`apigateway:GetAuthorizers ${ApiId}`, region, failed, async (NextToken) => {
      const page = await client.send(
        new GetHttpAuthorizersCommand({
          ApiId,
          MaxResults: String(API_PAGE_SIZE),
          ...(NextToken ? { NextToken } : {}),
        }),
      );
      authorizers.push(...(page.Items ?? []));
      return { items: [], next: page.NextToken };
    });
    Object.assign(api, { Routes: routes, Authorizers: authorizers });
  }
  return apis;
}

/** Records a call of one region that failed. */
type Failed = (call: string, error: unknown) => void;

/** Every page of a list call; a page that fails ends the list (what was listed is kept) with one line. */
async function pages(
  name: string,
  region: string,
  failed: Failed,
  page: (token: string | undefined) => Promise<{ items: string[]; next: string | undefined }>,
): Promise<string[]> {
  const items: string[] = [];
  let token: string | undefined;
  for (let n = 1; ; n++) {
    try {
      const result = await page(token);
      items.push(...result.items);
      if (!result.next) return items;
      token = result.next;
    } catch (error) {
      failed(`${name} (${region}, page ${n})`, error);
      return items;
    }
  }
}

async function call<T>(name: string, failed: Failed, send: () => Promise<T>): Promise<T | undefined> {
  try {
    return await send();
  } catch (error) {
    failed(name, error);
    return undefined;
  }
}

function withoutMetadata<T extends object>(output: T): Omit<T, '$metadata'> {
  const { $metadata: _metadata, ...rest } = output as T & { $metadata?: unknown };
  return rest;
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

/** Error codes the SDK reports (the service's `Code` or `__type`), as a reader would say them. */
const KNOWN_ERRORS: Record<string, string> = {
  AccessDenied: 'access denied',
  AccessDeniedException: 'access denied',
  NotAuthorizedException: 'access denied',
  UnauthorizedOperation: 'access denied',
  ExpiredToken: 'the credentials have expired (refresh them, e.g. `aws sso login`)',
  ExpiredTokenException: 'the credentials have expired (refresh them, e.g. `aws sso login`)',
  InvalidClientTokenId: 'the credentials are not valid',
  UnrecognizedClientException: 'the credentials are not valid',
  SignatureDoesNotMatch: 'the credentials are not valid (signature mismatch)',
  CredentialsProviderError:
    'no AWS credentials found (environment, shared config and credentials files, SSO, instance or container role)',
  Throttling: 'throttled, still after the SDK retried',
  ThrottlingException: 'throttled, still after the SDK retried',
  TooManyRequestsException: 'throttled, still after the SDK retried',
};

/** One line: what happened, and the service's own words (first line only; they never hold secrets). */
export function describeError(error: unknown): string {
  const name = error instanceof Error ? error.name : 'Error';
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim();
  const what = KNOWN_ERRORS[name];
  if (what) return `${what} (${name}${message && message !== name ? `: ${message}` : ''})`;
  return `${name}${message && message !== name ? `: ${message}` : ''}`;
}
