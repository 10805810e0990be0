/**
 * Does an `execute-api:Invoke` grant cover an API operation? The operation's ARN is
 * `arn:<partition>:execute-api:<region>:<account>:<apiId>/<stage>/<METHOD>/<path>`
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-control-access-using-iam-policies-to-invoke-api.html).
 * Both sides come from templates, so they are compared as patterns over named placeholders: a
 * reference to the same API, or the same pseudo parameter, on both sides is the same value; the
 * grant's unresolved parts make the answer `unknown` rather than a guess.
 */
import type { Tri } from '../core/tri.js';
import type { Resolved } from '../values/resolved.js';
import type { ResourceNode } from '../values/resource-node.js';
export interface Operation {
    api: ResourceNode;
    /** Upper-case verb; `ANY` matches any verb. */
    method: string;
    /** `/orders/{id}` (path parameters match any segment), `/` for the root. */
    path: string;
}
/** `true`, `false`, or `unknown` when the grant's resource has parts that are not known statically. */
export declare function grantCoversOperation(resource: Resolved, operation: Operation): Tri;
