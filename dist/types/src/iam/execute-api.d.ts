import type { Resolved } from '../values/resolved.js';
import type { TemplateResource } from '../dialects/cloudformation/stack.js';
export interface Operation {
    api: TemplateResource;
    /** Upper-case verb; `ANY` matches any verb. */
    method: string;
    /** `/orders/{id}` (path parameters match any segment), `/` for the root. */
    path: string;
}
/** `true`, `false`, or `unknown` when the grant's resource has parts that are not known statically. */
export declare function grantCoversOperation(resource: Resolved, operation: Operation): boolean | 'unknown';
