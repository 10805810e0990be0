/**
 * The API Gateway entities of the model: REST and HTTP APIs, SAM APIs and their events, methods,
 * routes and authorizers, and the edges between them and Cognito user pools and app clients.
 */
import type { Entity } from './entities.js';
import type { Resolved } from '../values/resolved.js';
import type { SourceRef } from '../parsers/source.js';
import type { ResourceNode } from '../values/resource-node.js';
/** A property value and where it is (or would be: a missing property's pointer locates to its parent). */
export interface Field {
    readonly value: Resolved;
    readonly source: SourceRef;
    /**
     * The property's name as its input writes it, when that is not CloudFormation's (a Terraform
     * `aws_api_gateway_method`'s `authorization` for `AuthorizationType`): messages name the property by it.
     */
    readonly name?: string;
}
export type ApiOrigin = 'resource' | 'sam' | 'sam-implicit';
export type AuthorizerOrigin = 'resource' | 'openapi' | 'sam';
/** An inline OpenAPI document of an API (`Body` / `DefinitionBody`). */
export interface ApiDefinition {
    /** `none`: no definition; `inline`: read; `external`: `BodyS3Location`/`DefinitionUri`; `unknown`: an intrinsic or not an object. */
    readonly state: 'none' | 'inline' | 'external' | 'unknown';
    readonly source: SourceRef | undefined;
    readonly securitySchemes: SecurityScheme[];
    readonly operations: ApiOperation[];
}
/** A security scheme of an OpenAPI document (`securityDefinitions` / `components.securitySchemes`). */
export interface SecurityScheme {
    readonly name: string;
    readonly source: SourceRef;
    /** `x-amazon-apigateway-authtype`, lower-cased (`cognito_user_pools`, `awssigv4`, `custom`), when known. */
    readonly authType: string | undefined;
    /** The authorizer its `x-amazon-apigateway-authorizer` defines. */
    readonly authorizer: RestAuthorizer | HttpAuthorizer | undefined;
}
/** One `(scheme, scopes)` pair of a security requirement. */
export interface SecurityRequirementEntry {
    readonly name: string;
    readonly scheme: SecurityScheme | undefined;
    readonly scopes: Resolved;
    readonly source: SourceRef;
}
/** An operation (`paths.<path>.<method>`) of an inline OpenAPI document. */
export interface ApiOperation extends Entity {
    readonly kind: 'api-operation';
    readonly api: RestApi | HttpApi;
    /** Upper-case; `ANY` for `x-amazon-apigateway-any-method`. */
    readonly method: string;
    readonly path: string;
    /** The operation's `security`, else the document's; undefined when neither is given. Alternatives are OR-ed. */
    readonly security: SecurityRequirementEntry[][] | undefined;
    readonly securitySource: SourceRef | undefined;
}
export interface RestApi extends Entity {
    readonly kind: 'rest-api';
    readonly origin: ApiOrigin;
    /** Identifies the API across references that do not resolve to it (an imported ID). */
    readonly key: string;
    readonly definition: ApiDefinition;
    readonly authorizers: RestAuthorizer[];
    readonly restResources: RestResource[];
    readonly methods: RestMethod[];
    /** SAM `Auth` (with `Globals.Api.Auth` layered under it). */
    readonly samAuth: SamApiAuth | undefined;
    readonly samEvents: SamApiEvent[];
}
export interface HttpApi extends Entity {
    readonly kind: 'http-api';
    readonly origin: ApiOrigin;
    readonly key: string;
    /** `HTTP` or `WEBSOCKET`; `HTTP` for SAM HTTP APIs and for APIs imported from an OpenAPI `Body`. */
    readonly protocolType: Field;
    readonly definition: ApiDefinition;
    readonly authorizers: HttpAuthorizer[];
    readonly routes: HttpRoute[];
    readonly samAuth: SamApiAuth | undefined;
    readonly samEvents: SamApiEvent[];
}
/** `AWS::ApiGateway::Resource`, with its full path. */
export interface RestResource extends Entity {
    readonly kind: 'rest-resource';
    readonly api: RestApi | undefined;
    readonly apiValue: Resolved;
    /** How messages name the API when it is not in the model: the reference as written (`Fn::ImportValue shared-api`). */
    readonly apiRef: string;
    readonly pathPart: Field;
    readonly parent: Field;
    /** `/orders/{id}`; unknown parts are written `<?>`. */
    readonly path: string;
    /** False when some part of the path (or its chain of parents) is unknown. */
    readonly pathKnown: boolean;
}
/** `AWS::ApiGateway::Method`. */
export interface RestMethod extends Entity {
    readonly kind: 'rest-method';
    readonly api: RestApi | undefined;
    readonly apiValue: Resolved;
    /** How messages name the API when it is not in the model: the reference as written (`Fn::ImportValue shared-api`). */
    readonly apiRef: string;
    readonly apiKey: string | undefined;
    readonly httpMethod: Field;
    readonly restResource: RestResource | undefined;
    /** `/orders/{id}`, `/` for the root; `<?>` when unknown. */
    readonly path: string;
    readonly authorizationType: Field;
    readonly authorizerId: Field;
    /** The authorizer `AuthorizerId` refers to, when it is in the model. */
    readonly authorizer: RestAuthorizer | undefined;
    readonly authorizationScopes: Field;
    readonly apiKeyRequired: Field;
    readonly propertiesSource: SourceRef;
}
/** `AWS::ApiGatewayV2::Route`. */
export interface HttpRoute extends Entity {
    readonly kind: 'http-route';
    readonly api: HttpApi | undefined;
    readonly apiValue: Resolved;
    /** How messages name the API when it is not in the model: the reference as written (`Fn::ImportValue shared-api`). */
    readonly apiRef: string;
    readonly apiKey: string | undefined;
    /** `GET /pets`, `$default`, `ANY /{proxy+}`. */
    readonly routeKey: Field;
    readonly authorizationType: Field;
    readonly authorizerId: Field;
    readonly authorizer: HttpAuthorizer | undefined;
    readonly authorizationScopes: Field;
    readonly propertiesSource: SourceRef;
}
/** A user-pool ARN list (`ProviderARNs`, `providerARNs`, SAM `UserPoolArn`). */
export interface ProviderArns {
    /** As Field's: the list's name as its input writes it (Terraform's `provider_arns`), when not `ProviderARNs`. */
    readonly name?: string;
    readonly present: boolean;
    readonly source: SourceRef;
    readonly value: Resolved;
    /** One entry per list item (a single value is one entry). */
    readonly entries: Field[];
    /** User pools (`AWS::Cognito::UserPool` resources) the entries refer to. */
    readonly userPools: ResourceNode[];
}
/** A REST authorizer: `AWS::ApiGateway::Authorizer`, an OpenAPI `x-amazon-apigateway-authorizer`, or a SAM `Auth.Authorizers` entry. */
export interface RestAuthorizer extends Entity {
    readonly kind: 'rest-authorizer';
    readonly origin: AuthorizerOrigin;
    readonly api: RestApi | undefined;
    readonly apiValue: Resolved;
    /** How messages name the API when it is not in the model: the reference as written (`Fn::ImportValue shared-api`). */
    readonly apiRef: string;
    readonly apiKey: string | undefined;
    /** `TOKEN`, `REQUEST` or `COGNITO_USER_POOLS` (upper-cased when known). */
    readonly type: Field;
    readonly providerArns: ProviderArns;
    readonly identitySource: Field;
    /** SAM `AuthorizationScopes` of the authorizer (applies to every method using it). */
    readonly authorizationScopes: Field;
    /** `Properties` of the resource, the scheme object, or the SAM authorizer object. */
    readonly propertiesSource: SourceRef;
}
/** An HTTP API authorizer: `AWS::ApiGatewayV2::Authorizer`, OpenAPI, or a SAM `Auth.Authorizers` entry. */
export interface HttpAuthorizer extends Entity {
    readonly kind: 'http-authorizer';
    readonly origin: AuthorizerOrigin;
    readonly api: HttpApi | undefined;
    readonly apiValue: Resolved;
    /** How messages name the API when it is not in the model: the reference as written (`Fn::ImportValue shared-api`). */
    readonly apiRef: string;
    readonly apiKey: string | undefined;
    /** `JWT` or `REQUEST` (upper-cased when known). */
    readonly type: Field;
    /** The JWT configuration, for `JWT` authorizers (possibly `present: false`). */
    readonly jwt: JwtConfiguration | undefined;
    readonly identitySource: Field;
    readonly authorizationScopes: Field;
    readonly propertiesSource: SourceRef;
}
export interface JwtConfiguration {
    /** Whether a `JwtConfiguration` object is written; when not, `source` is where it would be. */
    readonly present: boolean;
    readonly source: SourceRef;
    readonly issuer: Field;
    /** The user pool the issuer names (`Ref`, `Fn::GetAtt …ProviderURL`, …), when it is in the model. */
    readonly issuerUserPool: ResourceNode | undefined;
    /** The user pool ID the issuer names literally (`https://cognito-idp.<r>.amazonaws.com/<id>`). */
    readonly issuerUserPoolId: string | undefined;
    readonly audience: Field;
    readonly audienceEntries: AudienceEntry[];
}
export interface AudienceEntry extends Field {
    /** The app client (`AWS::Cognito::UserPoolClient`) the entry refers to (`Ref`, `Fn::GetAtt …ClientId`). */
    readonly client: ResourceNode | undefined;
    /** That client's `UserPoolId`, resolved. */
    readonly clientUserPool: Resolved | undefined;
    /** The user pool the entry refers to (a mistake: an audience is a client ID). */
    readonly userPool: ResourceNode | undefined;
}
/** SAM `Auth` of an API, with `Globals.<Api|HttpApi>.Auth` layered under it. */
export interface SamApiAuth {
    /** The `Auth` node that defines the authorizers (the API's own, else the Globals'). */
    readonly source: SourceRef;
    readonly defaultAuthorizer: Field;
    readonly addDefaultAuthorizerToCorsPreflight: Field;
    readonly apiKeyRequired: Field;
    /** Names of `Auth.Authorizers` entries (each is also an authorizer entity of the API). */
    readonly authorizerNames: string[];
    /** Whether `Auth.Authorizers` could be read (false when it is an intrinsic). */
    readonly authorizersReadable: boolean;
}
/** A SAM function event of type `Api` or `HttpApi`. */
export interface SamApiEvent extends Entity {
    readonly kind: 'sam-event';
    readonly eventType: 'Api' | 'HttpApi';
    readonly functionName: string;
    readonly eventName: string;
    /** The API: the named `AWS::Serverless::Api`/`HttpApi`, the implicit API, or undefined when the reference does not resolve to a SAM API. */
    readonly api: RestApi | HttpApi | undefined;
    readonly apiValue: Resolved;
    /** How messages name the API when it is not in the model: the reference as written (`Fn::ImportValue shared-api`). */
    readonly apiRef: string;
    readonly path: Field;
    readonly method: Field;
    /** `GET /orders/{id}`, `$default` for an `HttpApi` event without path and method. */
    readonly label: string;
    /** `Auth.Authorizer`: a name of the API's authorizers, `NONE`, `AWS_IAM`; absent when not set. */
    readonly authorizer: Field;
    readonly authorizationScopes: Field;
    /** The event's `Properties` node. */
    readonly propertiesSource: SourceRef;
}
export type ApiAuthorizer = RestAuthorizer | HttpAuthorizer;
export interface ApiEntities {
    restApis: RestApi[];
    httpApis: HttpApi[];
    restResources: RestResource[];
    restMethods: RestMethod[];
    httpRoutes: HttpRoute[];
    restAuthorizers: RestAuthorizer[];
    httpAuthorizers: HttpAuthorizer[];
    operations: ApiOperation[];
    samEvents: SamApiEvent[];
}
/** No APIs: what a dialect without them contributes, and where a reader starts. */
export declare function emptyApiEntities(): ApiEntities;
