/**
 * The API Gateway part of an account snapshot (`--aws-services apigateway`, src/aws/read.ts) as
 * the template resources the model reads (src/dialects/cloudformation/api-readers.ts): per region, each REST API
 * (GetRestApis) becomes an `AWS::ApiGateway::RestApi`, its resources and their embedded methods
 * (GetResources `embed=methods`) `AWS::ApiGateway::Resource`s and `…::Method`s, its authorizers
 * (GetAuthorizers) `AWS::ApiGateway::Authorizer`s; each HTTP API (GetApis) an
 * `AWS::ApiGatewayV2::Api` with its `…::Route`s and `…::Authorizer`s.
 *
 * The REST API's fields are camelCase (`authorizationType`, `providerARNs`): CloudFormation's
 * property is the same name capitalised. The HTTP API's are CloudFormation's already. Logical IDs
 * are the real IDs: an API's ID, and `<API ID>/<ID>` for what is only unique within its API (a
 * resource, an authorizer, a route); a method, which has no ID, is `<API ID> <METHOD> <path>`.
 * Links within an API are `Ref`s (the root resource is the API's `RootResourceId`), provider ARNs
 * and JWT issuers and audiences stay literal, as the API gives them.
 */
import type { Pointer } from '../parsers/types.js';
/** The top-level key of the API Gateway part of a snapshot. */
export declare const API_GATEWAY_KEY = "ApiGateway";
/** Adds a synthesised resource: logical ID, type, where its description is, properties and where each is. */
export type AddResource = (logicalId: string, type: string, base: Pointer, properties: Record<string, unknown>, at: Map<string, Pointer>) => void;
export declare function apiGatewayResources(data: Record<string, unknown>, add: AddResource): void;
