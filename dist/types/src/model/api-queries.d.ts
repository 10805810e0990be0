/**
 * What rules ask about the API Gateway part of the model (apigateway.ts; the CloudFormation dialect
 * reads it in src/dialects/cloudformation/api-readers.ts, which shares the judges): labels for
 * messages, the authorizers of a method or route, and judges of issuers and user pool ARNs by their
 * fixed parts. Below the dialects, so that every dialect judges an issuer the same way.
 */
import type { Tri } from '../core/tri.js';
import { type Resolved } from '../values/resolved.js';
import type { ApiEntities, HttpApi, HttpAuthorizer, HttpRoute, RestApi, RestMethod } from './apigateway.js';
import type { ResourceNode } from '../values/resource-node.js';
export declare const USER_POOL = "AWS::Cognito::UserPool";
export declare const USER_POOL_CLIENT = "AWS::Cognito::UserPoolClient";
/** The logical IDs SAM gives the APIs it creates for events that name none. */
export declare const IMPLICIT_REST_API = "ServerlessRestApi";
export declare const IMPLICIT_HTTP_API = "ServerlessHttpApi";
/** The resource of `type` a value refers to (`Ref` or `Fn::GetAtt`), directly or as a part of a string. */
export declare function referencedResource(value: Resolved, type: string): ResourceNode | undefined;
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
/**
 * The methods a route key may start with (`GET /pets` → `GET`, upper-cased; `$default` as is), one per
 * alternative whose method is fixed text. A key built with `Fn::Sub` or `Fn::Join` is judged by its fixed
 * parts (docs/semantics.md#resolved-value): `!Sub 'POST /${Prefix}/items'` is a POST route whatever its
 * path. `unknown` when the method of some alternative is not fixed text.
 */
export declare function routeKeyMethods(route: HttpRoute): {
    methods: string[];
    unknown: boolean;
};
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
export declare function issuerUserPool(value: Resolved): ResourceNode | undefined;
/** A literal user pool ID (`us-east-1_AbCdEf123`). */
export declare function isUserPoolIdText(text: string): boolean;
export declare function issuerUserPoolId(value: Resolved): string | undefined;
/** Is this (single-alternative) value a well-formed Cognito issuer `https://cognito-idp.<region>.amazonaws.com/<userPoolId>`? */
export declare function judgeCognitoIssuer(value: Resolved): Tri;
/** Is this (single-alternative) value a user pool ARN? */
export declare function judgeUserPoolArn(value: Resolved): Tri;
/** Why an issuer is not the Cognito form, for messages. */
export declare function issuerDefect(value: Resolved): 'arn' | 'http' | 'trailingSlash' | 'noRegion' | 'malformed';
