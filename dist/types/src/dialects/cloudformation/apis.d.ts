/**
 * API Gateway REST and HTTP APIs, SAM APIs and functions: methods, routes and authorizers, and
 * the edges between them and Cognito user pools / app clients.
 *
 * Read from raw CloudFormation and from SAM templates *without* running the SAM transform
 * (docs/semantics.md#sam-apis): a SAM `AWS::Serverless::Api` / `HttpApi` with `Auth` becomes an API with
 * authorizers, a function's `Api` / `HttpApi` event becomes a `SamApiEvent` on its API (the
 * implicit `ServerlessRestApi` / `ServerlessHttpApi` when no API is named), and `Globals` are
 * layered under each API's own `Auth` the way SAM merges maps.
 *
 * An inline OpenAPI document (`Body`, `DefinitionBody`) is read for its security schemes
 * (`x-amazon-apigateway-authorizer`, `x-amazon-apigateway-authtype`) and for the `security` of
 * each operation. `BodyS3Location` / `DefinitionUri` cannot be read statically: the definition
 * is recorded as `external`, so nothing is concluded from its absence.
 *
 * AWS semantics:
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigateway-method.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigateway-authorizer.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigatewayv2-authorizer.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigatewayv2-route.html
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-api-apiauth.html
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-httpapi-httpapiauth.html
 */
import type { Tri } from '../../core/tri.js';
import type { Resolver } from './intrinsics.js';
import { type Resolved } from '../../values/resolved.js';
import type { Stack, TemplateResource } from './stack.js';
import type { ApiEntities, HttpApi, HttpAuthorizer, HttpRoute, RestApi, RestMethod } from '../../model/apigateway.js';
export declare const USER_POOL = "AWS::Cognito::UserPool";
export declare const USER_POOL_CLIENT = "AWS::Cognito::UserPoolClient";
/** The logical IDs SAM gives the APIs it creates for events that name none. */
export declare const IMPLICIT_REST_API = "ServerlessRestApi";
export declare const IMPLICIT_HTTP_API = "ServerlessHttpApi";
export declare function buildApiEntities(stacks: readonly Stack[], resolver: Resolver): ApiEntities;
/** The resource of `type` a value refers to (`Ref` or `Fn::GetAtt`), directly or as a part of a string. */
export declare function referencedResource(value: Resolved, type: string): TemplateResource | undefined;
/** The upper-cased known strings a value may take (`Fn::If`, a parameter default), and whether some alternative is not known. */
export declare function knownAlternatives(value: Resolved): {
    values: string[];
    absent: boolean;
    unknown: boolean;
};
/** `AuthorizationType` is `NONE` or absent in some alternative: the method (or route) may be open. */
export declare function mayBeUnauthenticated(authorizationType: Resolved): boolean;
/** True when the value may be `want` (case-insensitive) in some alternative. */
export declare function mayBe(value: Resolved, want: string): boolean;
/** True when the value is certainly a string other than `other` in every alternative. */
export declare function certainlyNot(value: Resolved, other: string): boolean;
/** The route key of an HTTP route, as written. */
export declare function routeLabel(route: HttpRoute): string;
/** How messages name the API a method, route, authorizer or event belongs to. */
export declare function apiName(entity: {
    readonly api: RestApi | HttpApi | undefined;
    readonly apiRef: string;
}): string;
/** Does the REST API of a method have any authorizer? `unknown` when its definition cannot be read or the API is not in the model. */
export declare function restApiHasAuthorizer(entities: ApiEntities, method: RestMethod): Tri;
/** The JWT authorizers of the API of a route (by model edge, or by the same API reference). */
export declare function jwtAuthorizersOfRoute(entities: ApiEntities, route: HttpRoute): HttpAuthorizer[];
/** A JWT authorizer's issuer names a Cognito user pool: its host is `cognito-idp.…`, or it refers to a user pool resource. */
export declare function isCognitoIssuer(value: Resolved): boolean;
/** A literal user pool ID (`us-east-1_AbCdEf123`). */
export declare function isUserPoolIdText(text: string): boolean;
/** Is this (single-alternative) value a well-formed Cognito issuer `https://cognito-idp.<region>.amazonaws.com/<userPoolId>`? */
export declare function judgeCognitoIssuer(value: Resolved): Tri;
/** Is this (single-alternative) value a user pool ARN? */
export declare function judgeUserPoolArn(value: Resolved): Tri;
/** Why an issuer is not the Cognito form, for messages. */
export declare function issuerDefect(value: Resolved): 'arn' | 'http' | 'trailingSlash' | 'noRegion' | 'malformed';
