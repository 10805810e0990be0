/**
 * The framework's logical IDs (https://github.com/serverless/serverless/blob/v3.38.0/lib/plugins/aws/lib/naming.js), so that a
 * finding on a compiled resource names it as the deployed stack does (`ApiGatewayMethodNotesIdVarGet`,
 * `IamRoleLambdaExecution`, `HttpApiRouteGetNotes`).
 */

export const ROLE_LOGICAL_ID = 'IamRoleLambdaExecution';
export const REST_API_LOGICAL_ID = 'ApiGatewayRestApi';
export const HTTP_API_LOGICAL_ID = 'HttpApi';

const upperFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
/** lodash `capitalize`: the first character upper case, the rest lower case. */
const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();

/** naming.getNormalizedFunctionName / getNormalizedResourceName. */
export function normalizedName(name: string): string {
  return upperFirst(name.replace(/-/g, 'Dash').replace(/_/g, 'Underscore'));
}

/** naming.normalizePathPart. */
function normalizePathPart(part: string): string {
  return upperFirst(
    capitalize(part)
      .replace(/-/g, 'Dash')
      .replace(/\{(.*)\}/g, '$1Var')
      .replace(/[^0-9A-Za-z]/g, ''),
  );
}

/** naming.normalizePath: `notes/{id}` → `NotesIdVar`. */
export function normalizePath(path: string): string {
  return path.split('/').map(normalizePathPart).join('');
}

export const lambdaLogicalId = (functionName: string): string => `${normalizedName(functionName)}LambdaFunction`;
export const restResourceLogicalId = (path: string): string => `ApiGatewayResource${normalizePath(path)}`;
export const restMethodLogicalId = (path: string, method: string): string =>
  `ApiGatewayMethod${normalizePath(path)}${upperFirst(method.toLowerCase())}`;
export const restAuthorizerLogicalId = (name: string): string => `${normalizedName(name)}ApiGatewayAuthorizer`;
export const httpRouteLogicalId = (routeKey: string): string =>
  routeKey === '*' ? 'HttpApiRouteDefault' : `HttpApiRoute${normalizePath(routeKey)}`;
export const httpAuthorizerLogicalId = (name: string): string => `HttpApiAuthorizer${normalizedName(name)}`;

/** naming.extractAuthorizerNameFromArn: the last `-`-separated word of the ARN's last `:` part. */
export function authorizerNameFromArn(arn: string): string {
  const last = arn.split(':').pop() ?? '';
  return last.split('-').pop() ?? '';
}
