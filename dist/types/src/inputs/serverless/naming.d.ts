/**
 * The framework's logical IDs (https://github.com/serverless/serverless/blob/v3.38.0/lib/plugins/aws/lib/naming.js), so that a
 * finding on a compiled resource names it as the deployed stack does (`ApiGatewayMethodNotesIdVarGet`,
 * `IamRoleLambdaExecution`, `HttpApiRouteGetNotes`).
 */
export declare const ROLE_LOGICAL_ID = "IamRoleLambdaExecution";
export declare const REST_API_LOGICAL_ID = "ApiGatewayRestApi";
export declare const HTTP_API_LOGICAL_ID = "HttpApi";
/** naming.getNormalizedFunctionName / getNormalizedResourceName. */
export declare function normalizedName(name: string): string;
/** naming.normalizePath: `notes/{id}` → `NotesIdVar`. */
export declare function normalizePath(path: string): string;
export declare const lambdaLogicalId: (functionName: string) => string;
export declare const restResourceLogicalId: (path: string) => string;
export declare const restMethodLogicalId: (path: string, method: string) => string;
export declare const restAuthorizerLogicalId: (name: string) => string;
export declare const httpRouteLogicalId: (routeKey: string) => string;
export declare const httpAuthorizerLogicalId: (name: string) => string;
/** naming.extractAuthorizerNameFromArn: the last `-`-separated word of the ARN's last `:` part. */
export declare function authorizerNameFromArn(arn: string): string;
