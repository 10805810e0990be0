/**
 * docs/semantics.md#granularity for the role/ rules: when `role/admin-access` reports a statement,
 * `role/broad-read`, `role/guest-write-access` and `role/cognito-admin-actions` do not report it
 * again; when `role/cognito-admin-actions` reports one, `role/guest-write-access` does not. The one
 * place that says which rule defers to which, and how each decides it reports a statement.
 */
import type { Role } from '../model/entities.js';
import type { IdentityModel } from '../model/model.js';
import type { Grant } from './grants.js';
type Deciding = 'role/admin-access' | 'role/cognito-admin-actions';
type Deferring = 'role/broad-read' | 'role/guest-write-access' | 'role/cognito-admin-actions';
/** Each rule, with the rules whose finding on the same (role, statement) takes its place. */
export declare const DEFERS_TO: Readonly<Record<Deferring, readonly Deciding[]>>;
/** Is the statement of this grant reported, for this role, by a rule `rule` defers to? Then `rule` stays silent on it. */
export declare function reportedByParentRule(rule: Deferring, model: IdentityModel, role: Role, grant: Grant): boolean;
export {};
