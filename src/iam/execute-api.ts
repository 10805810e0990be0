/**
 * Does an `execute-api:Invoke` grant cover an API operation? The operation's ARN is
 * `arn:<partition>:execute-api:<region>:<account>:<apiId>/<stage>/<METHOD>/<path>`
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-control-access-using-iam-policies-to-invoke-api.html).
 * Both sides come from templates, so they are compared as patterns over named placeholders: a
 * reference to the same API, or the same pseudo parameter, on both sides is the same value; the
 * grant's unresolved parts make the answer `unknown` rather than a guess.
 */
import type { Tri } from '../core/tri.js';
import { matchIamPattern } from './match.js';
import type { Resolved } from '../values/resolved.js';
import type { ResourceNode } from '../values/resource-node.js';

export interface Operation {
  api: ResourceNode;
  /** Upper-case verb; `ANY` matches any verb. */
  method: string;
  /** `/orders/{id}` (path parameters match any segment), `/` for the root. */
  path: string;
}

const token = (name: string): string => `\u0001${name}\u0002`;

/** `true`, `false`, or `unknown` when the grant's resource has parts that are not known statically. */
export function grantCoversOperation(resource: Resolved, operation: Operation): Tri {
  const rendered = render(resource);
  if (rendered === undefined) return 'unknown';
  // An `ANY` method answers every verb, and a call is authorised with the verb it uses: a grant of one verb
  // (`…/POST/orders`) lets the role call the `ANY` method with it.
  const verbs = operation.method === 'ANY' ? HTTP_VERBS : [operation.method];
  const path = operation.path.replace(/\{[^}]+\}/g, 'x').replace(/^\//, '');
  const arn = (stage: string, verb: string): string =>
    `arn:aws:execute-api:${token('AWS::Region')}:${token('AWS::AccountId')}:${token(`api:${operation.api.logicalId}`)}/${stage}/${verb}/${path}`;
  // The operation is served on every stage the API is deployed to, so a grant that covers it on one stage it
  // names (`…/prod/POST/orders`, `…/v*/POST/orders`) lets the role invoke it there.
  const stages = stageCandidates(rendered);
  return verbs.some((verb) => stages.some((stage) => matchIamPattern(rendered, arn(stage, verb))));
}

/** The verbs API Gateway serves (`HttpMethod` values other than `ANY`). */
const HTTP_VERBS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

/**
 * Stage names to try the grant with: a placeholder that only a wildcard matches, and each segment of the
 * grant that could be a stage name (letters, digits, `-`, `_`; HTTP APIs' `$default`), with its wildcards filled in (`v*` → `v`).
 */
function stageCandidates(rendered: string): string[] {
  const candidates = new Set([token('stage')]);
  for (const segment of rendered.split('/')) {
    const stage = segment.replace(/\*/g, '').replace(/\?/g, 'x');
    if (/^\$?[A-Za-z0-9_-]+$/.test(stage)) candidates.add(stage);
  }
  return [...candidates];
}

/** The grant's resource as a pattern string with placeholders, or undefined when a part is unknown. */
function render(value: Resolved): string | undefined {
  switch (value.kind) {
    case 'known':
      return String(value.value ?? '');
    case 'resource':
      if (
        value.resource.type === 'AWS::ApiGateway::RestApi' ||
        value.resource.type === 'AWS::ApiGatewayV2::Api' ||
        value.resource.type.startsWith('AWS::Serverless::')
      ) {
        return value.attribute === undefined || value.attribute === 'RestApiId' || value.attribute === 'ApiId'
          ? token(`api:${value.resource.logicalId}`)
          : undefined;
      }
      return undefined;
    case 'concat': {
      let out = '';
      for (const part of value.parts) {
        const piece = render(part);
        if (piece === undefined) return undefined;
        out += piece;
      }
      return out;
    }
    case 'unknown':
      // Pseudo parameters are the same value wherever the stack uses them; the partition is `aws` here.
      if (value.reason === 'AWS::Partition') return 'aws';
      return /^AWS::(Region|AccountId)$/.test(value.reason) ? token(value.reason) : undefined;
    default:
      return undefined;
  }
}
