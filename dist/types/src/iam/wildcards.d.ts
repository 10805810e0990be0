/**
 * What a statement's `Action`/`NotAction` and `Resource` elements name, judged against the
 * action catalog (src/iam/actions.ts): the patterns as written, the wildcards that grant a
 * whole service once conditions and Denies are applied, and the actions that apply to the
 * statement's resources. Kept apart from the catalog so that data never imports the analyses
 * built on it.
 */
import { type ActionInfo } from './actions.js';
import type { SourceRef } from '../parsers/source.js';
import type { ElementValues, Statement } from './document.js';
/** An action pattern written in a policy (`s3:Get*`) and the node it is written at. */
export interface ActionPattern {
    readonly text: string;
    readonly source: SourceRef;
}
/** The known action patterns of an `Action`/`NotAction` element, every alternative of `Fn::If` included; `unknown` when a value could not be resolved. */
export declare function actionPatternsOf(element: ElementValues | undefined): {
    patterns: ActionPattern[];
    unknown: boolean;
};
export interface StatementWildcards {
    /** `Action` values that are `*` or name every action of a service (`s3:*`), with those services. */
    readonly patterns: ReadonlyArray<ActionPattern & {
        services: readonly string[];
    }>;
    /** `NotAction`: what it excludes and the services whose every action the statement therefore names. */
    readonly notAction: {
        excluded: readonly string[];
        services: readonly string[];
        source: SourceRef;
    } | undefined;
    /** An action value could not be resolved (a wildcard may hide in it). */
    readonly undecidable: boolean;
}
/**
 * The wildcards of a statement's actions, expanded against the catalog: `*`, whole-service
 * wildcards (`s3:*`, not `s3:Put*`), and the complement of a `NotAction` list (which names every
 * action of each service it does not touch). Effect is not considered: callers pick `Allow`.
 * `allowed`, when given, is what the statement really allows once its conditions and unconditional
 * `Deny` statements are applied, not narrowed to its resources (a grant of
 * src/analysis/grants.ts, `actions` with `inapplicable`): a service is then judged by what
 * remains of it, so `iam:*` cancelled by `Deny iam:*` is no wildcard, while `*` on one QuickSight
 * ARN is still the wildcard as written (role/admin-access narrows to resources itself).
 */
export declare function statementWildcards(statement: Statement, allowedOf?: () => readonly ActionInfo[] | undefined): StatementWildcards;
/**
 * The services whose resources a statement names: `all` for `*`, `NotResource`, or an ARN whose
 * service segment is a wildcard; otherwise the service segments of its ARNs (`arn:aws:s3:::b/*` → s3).
 * A resource whose service cannot be read (a `Ref`) adds nothing: unknown never widens a finding.
 */
export declare function resourceServices(statement: Statement): 'all' | Set<string>;
/**
 * The actions of the list that apply to a statement's resources (rules/role/admin-access.md: a
 * wildcard's expansion is "restricted to the actions that apply to the statement's resources").
 * The resource-type judgement every grant already gets (resource-scope.ts: an ARN keeps the actions
 * one of whose resource types it can be), read strictly for actions with no resource type: those
 * are allowed only by `*` (`s3:ListAllMyBuckets` is not allowed by a bucket ARN).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
 */
export declare function actionsOnResources<T extends ActionInfo>(statement: Statement, actions: readonly T[]): readonly T[];
