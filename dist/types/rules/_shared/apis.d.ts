/**
 * How messages name API Gateway methods and authorizers, and say how a method is left open.
 */
import { type ApiAuthorizer, type Field, type RestMethod } from '../../src/rule-api.js';
/** `` `Name` (SAM `Auth.Authorizers`) of HTTP API `Api` ``: how messages name an authorizer. */
export declare function authorizerLabel(authorizer: ApiAuthorizer): string;
/** `DELETE /orders/{id}` of a REST method; its logical ID (with the verb, when known) when the path is not known. */
export declare function methodLabel(method: RestMethod): string;
/** ``Method `DELETE /orders/{id}` of API `Orders` ``: how messages name a REST method. */
export declare function methodSubject(method: RestMethod): string;
/**
 * How a method or route is left open, as the key of a message ID: `Absent` (no `AuthorizationType`,
 * so API Gateway uses `NONE`), `None` (`AuthorizationType: NONE`), `MaybeNone` (an
 * `AuthorizationType` that may be `NONE`).
 */
export type OpenAuthorization = 'Absent' | 'None' | 'MaybeNone';
export declare function openAuthorization(authorizationType: Field): OpenAuthorization;
