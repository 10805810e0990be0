/**
 * A recorded AWS account behind a local HTTP server on 127.0.0.1 that speaks each protocol as AWS
 * does, for the real SDK clients (selected with AWS_ENDPOINT_URL):
 * - IAM: the Query protocol, a form-encoded POST (`Action=GetAccountAuthorizationDetails&Marker=…`)
 *   answered with XML (`<GetAccountAuthorizationDetailsResult>` with `IsTruncated`/`Marker`,
 *   lists of `<member>`, policy documents URL-encoded as the API returns them) and errors as
 *   `<ErrorResponse><Error><Type/><Code/><Message/></Error>`;
 * - Cognito: JSON 1.1, the operation in `X-Amz-Target` (`AWSCognitoIdentityService.ListIdentityPools`,
 *   `AWSCognitoIdentityProviderService.ListUserPools`, …), errors as `{"__type": …, "message": …}`.
 *
 * - API Gateway (REST APIs): restJson1, `GET /restapis?limit=…&position=…`,
 *   `GET /restapis/{id}/resources?embed=methods`, `GET /restapis/{id}/authorizers`, lists as
 *   `{"item": […], "position": …}`; HTTP APIs: `GET /v2/apis`, `/v2/apis/{id}/routes`,
 *   `/v2/apis/{id}/authorizers`, lists as `{"items": […], "nextToken": …}` with camelCase fields;
 *   errors as `{"message": …}` with `x-amzn-errortype`.
 *
 * The account: the role pair the Cognito console creates (`Cognito_AppAuth_Role`, whose trust
 * lacks `aud`, and `Cognito_AppUnauth_Role`), a customer managed policy attached to both, four
 * other roles so that the roles span three pages, an identity pool with guests and the classic
 * flow on and principal tags for its user pool, and a user pool with self sign-up, MFA off, one
 * app client and two groups (one with a role whose trust lacks `sts:TagSession`), in two pages.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const ACCOUNT = '123456789012';
export const REGION = 'us-east-1';
export const IDENTITY_POOL_ID = 'us-east-1:0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b';
export const USER_POOL_ID = 'us-east-1_AbCdEf123';
export const CLIENT_ID = '4example5client6id7abcdefg';
const POLICY_ARN = `arn:aws:iam::${ACCOUNT}:policy/AppDataAccess`;
const roleArn = (name: string) => `arn:aws:iam::${ACCOUNT}:role/service-role/${name}`;

const statement = (condition: Record<string, unknown>) => ({
  Effect: 'Allow',
  Principal: { Federated: 'cognito-identity.amazonaws.com' },
  Action: 'sts:AssumeRoleWithWebIdentity',
  Condition: condition,
});
/** As the console wrote it before IAM required `aud`: the auth role's trust pins no pool. */
const AUTH_TRUST = {
  Version: '2012-10-17',
  Statement: [statement({ 'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' } })],
};
const UNAUTH_TRUST = {
  Version: '2012-10-17',
  Statement: [
    statement({
      StringEquals: { 'cognito-identity.amazonaws.com:aud': IDENTITY_POOL_ID },
      'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'unauthenticated' },
    }),
  ],
};
/** A group's role: pins the pool and signed-in users, but no `sts:TagSession` for the pool's principal tags. */
const ADMINS_TRUST = {
  Version: '2012-10-17',
  Statement: [
    statement({
      StringEquals: { 'cognito-identity.amazonaws.com:aud': IDENTITY_POOL_ID },
      'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' },
    }),
  ],
};
const LAMBDA_TRUST = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
};
const APP_POLICY = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: 'arn:aws:s3:::app-media/*' }],
};

interface RoleSpec {
  name: string;
  trust: object;
  policy?: boolean;
}
/** Two or three roles a page, three pages; the console pair on different pages. */
const PAGES: RoleSpec[][] = [
  [
    { name: 'Cognito_AppAuth_Role', trust: AUTH_TRUST, policy: true },
    { name: 'ThumbnailFunctionRole', trust: LAMBDA_TRUST },
  ],
  [
    { name: 'ResizeFunctionRole', trust: LAMBDA_TRUST },
    { name: 'AppAdminsRole', trust: ADMINS_TRUST },
    { name: 'ExportFunctionRole', trust: LAMBDA_TRUST },
  ],
  [
    { name: 'Cognito_AppUnauth_Role', trust: UNAUTH_TRUST, policy: true },
    { name: 'AuditFunctionRole', trust: LAMBDA_TRUST },
  ],
];

const xmlEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const doc = (document: object) => xmlEscape(encodeURIComponent(JSON.stringify(document)));

function roleXml(role: RoleSpec): string {
  return `<member>
        <Path>/service-role/</Path>
        <RoleName>${role.name}</RoleName>
        <RoleId>AROA${role.name.toUpperCase().slice(0, 12)}EXAMPLE</RoleId>
        <Arn>${roleArn(role.name)}</Arn>
        <CreateDate>2021-03-04T10:11:12Z</CreateDate>
        <AssumeRolePolicyDocument>${doc(role.trust)}</AssumeRolePolicyDocument>
        <InstanceProfileList/>
        <RolePolicyList/>
        <AttachedManagedPolicies>${role.policy ? `<member><PolicyName>AppDataAccess</PolicyName><PolicyArn>${POLICY_ARN}</PolicyArn></member>` : ''}</AttachedManagedPolicies>
        <Tags/>
      </member>`;
}

const POLICY_XML = `<member>
        <PolicyName>AppDataAccess</PolicyName>
        <DefaultVersionId>v1</DefaultVersionId>
        <PolicyId>ANPAAPPDATAACCESSEXAMPLE</PolicyId>
        <Path>/</Path>
        <PolicyVersionList>
          <member>
            <Document>${doc(APP_POLICY)}</Document>
            <IsDefaultVersion>true</IsDefaultVersion>
            <VersionId>v1</VersionId>
            <CreateDate>2021-03-04T10:11:12Z</CreateDate>
          </member>
        </PolicyVersionList>
        <Arn>${POLICY_ARN}</Arn>
        <AttachmentCount>2</AttachmentCount>
        <PermissionsBoundaryUsageCount>0</PermissionsBoundaryUsageCount>
        <IsAttachable>true</IsAttachable>
        <CreateDate>2021-03-04T10:11:12Z</CreateDate>
        <UpdateDate>2021-03-04T10:11:12Z</UpdateDate>
      </member>`;

function detailsPage(index: number): string {
  const truncated = index < PAGES.length - 1;
  return `<GetAccountAuthorizationDetailsResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">
  <GetAccountAuthorizationDetailsResult>
    <IsTruncated>${truncated}</IsTruncated>
    ${truncated ? `<Marker>page-${index + 2}-marker</Marker>` : ''}
    <UserDetailList/>
    <GroupDetailList/>
    <RoleDetailList>
      ${PAGES[index]!.map(roleXml).join('\n      ')}
    </RoleDetailList>
    <Policies>${index === 0 ? POLICY_XML : ''}</Policies>
  </GetAccountAuthorizationDetailsResult>
  <ResponseMetadata>
    <RequestId>7a62c49f-347e-4fc4-9331-6e8eEXAMPLE</RequestId>
  </ResponseMetadata>
</GetAccountAuthorizationDetailsResponse>`;
}

const PROVIDER_NAME = `cognito-idp.${REGION}.amazonaws.com/${USER_POOL_ID}`;
const IDENTITY_POOL = {
  IdentityPoolId: IDENTITY_POOL_ID,
  IdentityPoolName: 'App',
  AllowUnauthenticatedIdentities: true,
  AllowClassicFlow: true,
  CognitoIdentityProviders: [{ ProviderName: PROVIDER_NAME, ClientId: CLIENT_ID, ServerSideTokenCheck: false }],
};
const USER_POOL = {
  Id: USER_POOL_ID,
  Name: 'AppUsers',
  Arn: `arn:aws:cognito-idp:${REGION}:${ACCOUNT}:userpool/${USER_POOL_ID}`,
  Policies: {
    PasswordPolicy: {
      MinimumLength: 8,
      RequireUppercase: true,
      RequireLowercase: true,
      RequireNumbers: true,
      RequireSymbols: true,
      TemporaryPasswordValidityDays: 7,
    },
  },
  MfaConfiguration: 'OFF',
  AdminCreateUserConfig: { AllowAdminCreateUserOnly: false },
  CreationDate: 1614852672,
  LastModifiedDate: 1614852672,
};
const CLIENT = {
  UserPoolId: USER_POOL_ID,
  ClientName: 'web',
  ClientId: CLIENT_ID,
  ClientSecret: 'never-written-to-a-snapshot',
  ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
  PreventUserExistenceErrors: 'ENABLED',
};

/** ListGroups' GroupType: the admins group's role, offered to its members by token-based role mapping. */
const GROUPS = [
  {
    GroupName: 'admins',
    UserPoolId: USER_POOL_ID,
    Description: 'Operators',
    RoleArn: roleArn('AppAdminsRole'),
    Precedence: 1,
    CreationDate: 1614852672,
    LastModifiedDate: 1614852672,
  },
  {
    GroupName: 'readers',
    UserPoolId: USER_POOL_ID,
    Precedence: 5,
    CreationDate: 1614852672,
    LastModifiedDate: 1614852672,
  },
];
/** SMS configured but MFA off; TOTP disabled. */
const MFA_CONFIG = {
  MfaConfiguration: 'OFF',
  SmsMfaConfiguration: {
    SmsAuthenticationMessage: 'Your code is {####}',
    SmsConfiguration: { SnsCallerArn: roleArn('CognitoSmsRole'), ExternalId: 'app' },
  },
  SoftwareTokenMfaConfiguration: { Enabled: false },
};

/** What the server answers each Cognito operation with. */
const COGNITO: Record<string, (body: Record<string, unknown>) => object> = {
  'AWSCognitoIdentityService.ListIdentityPools': () => ({
    IdentityPools: [{ IdentityPoolId: IDENTITY_POOL_ID, IdentityPoolName: 'App' }],
  }),
  'AWSCognitoIdentityService.DescribeIdentityPool': () => IDENTITY_POOL,
  'AWSCognitoIdentityService.GetIdentityPoolRoles': () => ({
    IdentityPoolId: IDENTITY_POOL_ID,
    Roles: { authenticated: roleArn('Cognito_AppAuth_Role'), unauthenticated: roleArn('Cognito_AppUnauth_Role') },
  }),
  // The user pool's default map (`sub` and `aud` as principal tags) plus a custom tag.
  'AWSCognitoIdentityService.GetPrincipalTagAttributeMap': (body) => ({
    IdentityPoolId: IDENTITY_POOL_ID,
    IdentityProviderName: body.IdentityProviderName,
    UseDefaults: true,
    PrincipalTags: { team: 'custom:team' },
  }),
  'AWSCognitoIdentityProviderService.ListUserPools': () => ({ UserPools: [{ Id: USER_POOL_ID, Name: 'AppUsers' }] }),
  // One group a page: the second page comes with the first's token.
  'AWSCognitoIdentityProviderService.ListGroups': (body) =>
    body.NextToken === 'groups-2' ? { Groups: [GROUPS[1]] } : { Groups: [GROUPS[0]], NextToken: 'groups-2' },
  'AWSCognitoIdentityProviderService.GetUserPoolMfaConfig': () => MFA_CONFIG,
  'AWSCognitoIdentityProviderService.DescribeUserPool': () => ({ UserPool: USER_POOL }),
  'AWSCognitoIdentityProviderService.ListUserPoolClients': () => ({
    UserPoolClients: [{ ClientId: CLIENT_ID, UserPoolId: USER_POOL_ID, ClientName: 'web' }],
  }),
  'AWSCognitoIdentityProviderService.DescribeUserPoolClient': () => ({ UserPoolClient: CLIENT }),
};

/** REST API IDs, and the HTTP API's. */
export const REST_API_ID = 'a1b2c3d4e5';
export const ADMIN_API_ID = 'f6g7h8i9j0';
export const HTTP_API_ID = 'h1t2p3a4p5';
const USER_POOL_ARN = `arn:aws:cognito-idp:${REGION}:${ACCOUNT}:userpool/${USER_POOL_ID}`;

/** GetRestApis, two pages: the app's API, then an admin API. */
const REST_APIS = [
  {
    id: REST_API_ID,
    name: 'AppApi',
    rootResourceId: 'r00t000001',
    createdDate: 1614852672,
    apiKeySource: 'HEADER',
    endpointConfiguration: { types: ['REGIONAL'] },
  },
  { id: ADMIN_API_ID, name: 'AdminApi', rootResourceId: 'r00t000002', createdDate: 1614852672 },
];
/**
 * GetResources with `embed=methods`, per API; the app's API in two pages. `GET /` and `GET /items`
 * use the Cognito authorizer, `GET /public` none (method-no-auth), `OPTIONS /items` none (preflight,
 * never reported); the admin API's `POST /` says COGNITO_USER_POOLS but names no authorizer.
 */
const REST_RESOURCES: Record<string, object[][]> = {
  [REST_API_ID]: [
    [
      {
        id: 'r00t000001',
        path: '/',
        resourceMethods: {
          GET: {
            httpMethod: 'GET',
            authorizationType: 'COGNITO_USER_POOLS',
            authorizerId: 'cog001',
            apiKeyRequired: false,
          },
        },
      },
      {
        id: 'res0000001',
        parentId: 'r00t000001',
        pathPart: 'items',
        path: '/items',
        resourceMethods: {
          GET: {
            httpMethod: 'GET',
            authorizationType: 'COGNITO_USER_POOLS',
            authorizerId: 'cog001',
            apiKeyRequired: false,
            methodIntegration: { type: 'AWS_PROXY', httpMethod: 'POST' },
          },
          OPTIONS: { httpMethod: 'OPTIONS', authorizationType: 'NONE', apiKeyRequired: false },
        },
      },
    ],
    [
      {
        id: 'res0000002',
        parentId: 'r00t000001',
        pathPart: 'public',
        path: '/public',
        resourceMethods: { GET: { httpMethod: 'GET', authorizationType: 'NONE', apiKeyRequired: false } },
      },
    ],
  ],
  [ADMIN_API_ID]: [
    [
      {
        id: 'r00t000002',
        path: '/',
        resourceMethods: {
          POST: { httpMethod: 'POST', authorizationType: 'COGNITO_USER_POOLS', apiKeyRequired: false },
        },
      },
    ],
  ],
};
const REST_AUTHORIZERS: Record<string, object[]> = {
  [REST_API_ID]: [
    {
      id: 'cog001',
      name: 'users',
      type: 'COGNITO_USER_POOLS',
      providerARNs: [USER_POOL_ARN],
      authType: 'cognito_user_pools',
      identitySource: 'method.request.header.Authorization',
    },
  ],
  [ADMIN_API_ID]: [],
};
const HTTP_APIS = [
  {
    apiId: HTTP_API_ID,
    name: 'OrdersApi',
    protocolType: 'HTTP',
    routeSelectionExpression: '$request.method $request.path',
    apiEndpoint: `https://${HTTP_API_ID}.execute-api.${REGION}.amazonaws.com`,
    createdDate: '2021-03-04T10:11:12Z',
  },
];
/** GetRoutes, two pages: `GET /orders` without authorization (route-no-auth), then `POST /orders` with the JWT authorizer. */
const HTTP_ROUTES = [
  [
    {
      routeId: 'rt00001',
      routeKey: 'GET /orders',
      authorizationType: 'NONE',
      apiKeyRequired: false,
      target: 'integrations/int0001',
    },
  ],
  [
    {
      routeId: 'rt00002',
      routeKey: 'POST /orders',
      authorizationType: 'JWT',
      authorizerId: 'jwt0001',
      apiKeyRequired: false,
      target: 'integrations/int0001',
    },
  ],
];
/** The JWT authorizer's issuer ends with a slash: tokens' `iss` never matches it (jwt-issuer-invalid). */
const HTTP_AUTHORIZERS = [
  {
    authorizerId: 'jwt0001',
    name: 'cognito',
    authorizerType: 'JWT',
    identitySource: ['$request.header.Authorization'],
    jwtConfiguration: { audience: [CLIENT_ID], issuer: `https://cognito-idp.${REGION}.amazonaws.com/${USER_POOL_ID}/` },
  },
];

/** What the server answers an API Gateway GET with: the operation, and the page asked for (`position`/`nextToken`). */
function apiGateway(path: string, query: URLSearchParams): { operation: string; body: object } | undefined {
  const pageOf = (token: string | null) => (token === null ? 0 : Number(/^page-(\d+)$/.exec(token)?.[1] ?? -1));
  const rest = (items: object[][], token: string | null) => {
    const n = pageOf(token);
    return items[n] === undefined
      ? undefined
      : { item: items[n], ...(n + 1 < items.length ? { position: `page-${n + 1}` } : {}) };
  };
  const http = (items: object[][], token: string | null) => {
    const n = pageOf(token);
    return items[n] === undefined
      ? undefined
      : { items: items[n], ...(n + 1 < items.length ? { nextToken: `page-${n + 1}` } : {}) };
  };
  let match: RegExpExecArray | null;
  let answer: { operation: string; body: object | undefined } | undefined;
  if (path === '/restapis')
    answer = { operation: 'GetRestApis', body: rest([[REST_APIS[0]!], [REST_APIS[1]!]], query.get('position')) };
  else if ((match = /^\/restapis\/([^/]+)\/resources$/.exec(path)) && query.get('embed') === 'methods')
    answer = { operation: 'GetResources', body: rest(REST_RESOURCES[match[1]!] ?? [], query.get('position')) };
  else if ((match = /^\/restapis\/([^/]+)\/authorizers$/.exec(path)))
    answer = {
      operation: 'GetAuthorizers',
      body: rest(REST_AUTHORIZERS[match[1]!] ? [REST_AUTHORIZERS[match[1]!]!] : [], query.get('position')),
    };
  else if (path === '/v2/apis') answer = { operation: 'GetApis', body: http([HTTP_APIS], query.get('nextToken')) };
  else if (path === `/v2/apis/${HTTP_API_ID}/routes`)
    answer = { operation: 'GetRoutes', body: http(HTTP_ROUTES, query.get('nextToken')) };
  else if (path === `/v2/apis/${HTTP_API_ID}/authorizers`)
    answer = { operation: 'GetAuthorizers', body: http([HTTP_AUTHORIZERS], query.get('nextToken')) };
  return answer?.body === undefined ? undefined : (answer as { operation: string; body: object });
}

export interface Faults {
  /** Operations (`GetAccountAuthorizationDetails`, `ListIdentityPools`, …) answered once with throttling, then normally. */
  throttleOnce?: string[];
  /** Operations always denied (`AccessDenied` / `AccessDeniedException`). */
  deny?: string[];
  /** The IAM page (1-based) that always fails with a server error. */
  failingPage?: number;
  /** Every call answered with an expired-token error. */
  expired?: boolean;
}

export interface AccountServer {
  url: string;
  /** Every request: the operation and, for IAM, the marker. */
  calls: Array<{ operation: string; marker?: string; path?: string }>;
  faults: Faults;
  close(): Promise<void>;
}

export async function startAccountServer(): Promise<AccountServer> {
  const calls: AccountServer['calls'] = [];
  const throttled = new Set<string>();
  const state: { faults: Faults } = { faults: {} };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => handle(request, Buffer.concat(chunks).toString('utf8'), response));
  });
  const handle = (request: IncomingMessage, body: string, response: ServerResponse): void => {
    const target = request.headers['x-amz-target'];
    if (typeof target === 'string') return cognito(target, body, response);
    if (request.method === 'GET') return apiGatewayGet(new URL(request.url ?? '/', 'http://localhost'), response);
    const form = new URLSearchParams(body);
    const operation = form.get('Action') ?? '';
    const marker = form.get('Marker') ?? undefined;
    calls.push({ operation, ...(marker !== undefined ? { marker } : {}) });
    const page = marker === undefined ? 1 : Number(/^page-(\d+)-marker$/.exec(marker)?.[1] ?? 0);
    const fault = faultFor(operation);
    if (fault) return iamError(response, fault.status, fault.code, fault.message);
    if (operation !== 'GetAccountAuthorizationDetails' || !(page >= 1 && page <= PAGES.length))
      return iamError(response, 400, 'InvalidAction', `Could not find operation ${operation}`);
    if (page === state.faults.failingPage)
      return iamError(
        response,
        500,
        'ServiceFailure',
        'Request processing has failed due to some unknown error, exception or failure.',
      );
    response.writeHead(200, { 'content-type': 'text/xml', 'x-amzn-requestid': '7a62c49f-347e-4fc4-9331-6e8eEXAMPLE' });
    response.end(detailsPage(page - 1));
  };
  const faultFor = (operation: string): { status: number; code: string; message: string } | undefined => {
    const { faults } = state;
    const json = !['GetAccountAuthorizationDetails'].includes(operation);
    if (faults.expired)
      return {
        status: 400,
        code: json ? 'ExpiredTokenException' : 'ExpiredToken',
        message: 'The security token included in the request is expired',
      };
    if (faults.deny?.includes(operation)) {
      return {
        status: json ? 400 : 403,
        code: json ? 'AccessDeniedException' : 'AccessDenied',
        message: `User: arn:aws:iam::${ACCOUNT}:user/reviewer is not authorized to perform: ${json ? (operation.includes('Pool') && !operation.includes('User') ? 'cognito-identity' : 'cognito-idp') : 'iam'}:${operation}`,
      };
    }
    if (faults.throttleOnce?.includes(operation) && !throttled.has(operation)) {
      throttled.add(operation);
      return { status: 400, code: json ? 'ThrottlingException' : 'Throttling', message: 'Rate exceeded' };
    }
    return undefined;
  };
  const apiGatewayGet = (url: URL, response: ServerResponse): void => {
    const answer = apiGateway(url.pathname, url.searchParams);
    const operation = answer?.operation ?? url.pathname;
    calls.push({ operation, path: `${url.pathname}${url.search}` });
    const fault = faultFor(operation);
    if (fault || !answer) {
      const type = fault?.code ?? 'NotFoundException';
      response.writeHead(fault?.status ?? 404, { 'content-type': 'application/json', 'x-amzn-errortype': type });
      return void response.end(
        JSON.stringify({ message: fault?.message ?? `Invalid request: GET ${url.pathname}${url.search}` }),
      );
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(answer.body));
  };
  const cognito = (target: string, body: string, response: ServerResponse): void => {
    const operation = target.slice(target.indexOf('.') + 1);
    calls.push({ operation });
    const fault = faultFor(operation);
    const answer = COGNITO[target];
    if (fault || !answer) {
      const type = fault?.code ?? 'UnknownOperationException';
      response.writeHead(fault?.status ?? 400, {
        'content-type': 'application/x-amz-json-1.1',
        'x-amzn-errortype': type,
      });
      return void response.end(
        JSON.stringify({ __type: type, message: fault?.message ?? `Unknown operation ${target}` }),
      );
    }
    response.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
    response.end(JSON.stringify(answer(JSON.parse(body || '{}') as Record<string, unknown>)));
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    get faults() {
      return state.faults;
    },
    set faults(value: Faults) {
      state.faults = value;
      throttled.clear();
      calls.length = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function iamError(response: ServerResponse, status: number, code: string, message: string): void {
  response.writeHead(status, { 'content-type': 'text/xml' });
  response.end(`<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">
  <Error>
    <Type>${status >= 500 ? 'Receiver' : 'Sender'}</Type>
    <Code>${code}</Code>
    <Message>${xmlEscape(message)}</Message>
  </Error>
  <RequestId>7a62c49f-347e-4fc4-9331-6e8eEXAMPLE</RequestId>
</ErrorResponse>`);
}
