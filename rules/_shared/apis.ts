/**
 * How messages name API Gateway methods and authorizers, and say how a method is left open.
 */
import {
  apiName,
  knownAlternatives,
  knownString,
  type ApiAuthorizer,
  type Field,
  type RestMethod,
} from '../../src/rule-api.js';

/** `` `Name` (SAM `Auth.Authorizers`) of HTTP API `Api` ``: how messages name an authorizer. */
export function authorizerLabel(authorizer: ApiAuthorizer): string {
  const where =
    authorizer.origin === 'resource'
      ? ''
      : authorizer.origin === 'sam'
        ? ' (SAM `Auth.Authorizers`)'
        : ' (OpenAPI security scheme)';
  const kind = authorizer.kind === 'http-authorizer' ? 'HTTP API' : 'API';
  return `\`${authorizer.name}\`${where} of ${kind} \`${apiName(authorizer)}\``;
}

/** `DELETE /orders/{id}` of a REST method; its logical ID (with the verb, when known) when the path is not known. */
export function methodLabel(method: RestMethod): string {
  const verb = knownString(method.httpMethod.value);
  if (method.path !== '<?>' && verb !== undefined) return `${verb} ${method.path}`;
  return verb !== undefined ? `${method.name} (${verb})` : method.name;
}

/** ``Method `DELETE /orders/{id}` of API `Orders` ``: how messages name a REST method. */
export function methodSubject(method: RestMethod): string {
  const api = method.apiValue.kind === 'absent' ? '' : ` of API \`${apiName(method)}\``;
  return `Method \`${methodLabel(method)}\`${api}`;
}

/**
 * How a method or route is left open, as the key of a message ID: `Absent` (no `AuthorizationType`,
 * so API Gateway uses `NONE`), `None` (`AuthorizationType: NONE`), `MaybeNone` (an
 * `AuthorizationType` that may be `NONE`).
 */
export type OpenAuthorization = 'Absent' | 'None' | 'MaybeNone';

export function openAuthorization(authorizationType: Field): OpenAuthorization {
  if (authorizationType.value.kind === 'absent') return 'Absent';
  const { values, unknown } = knownAlternatives(authorizationType.value);
  return values.length === 1 && !unknown ? 'None' : 'MaybeNone';
}
