/**
 * What a statement's `Action`/`NotAction` and `Resource` elements name, judged against the
 * action catalog (src/iam/actions.ts): the patterns as written, the wildcards that grant a
 * whole service once conditions and Denies are applied, and the actions that apply to the
 * statement's resources. Kept apart from the catalog so that data never imports the analyses
 * built on it.
 */
import { actionsOf, servicesOutside, wholeServicesOf, type ActionInfo } from './actions.js';
import { knownString, scalarAlternatives, type Resolved } from '../values/resolved.js';
import type { SourceRef } from '../parsers/source.js';
import { actionsUnderConditions } from './condition-keys.js';
import type { ElementValues, Statement } from './document.js';
import { applicableActions } from './resource-scope.js';
import { actionsByService, rememberedFor } from './action-index.js';

// ---------------------------------------------------------------------------------------------
// The action patterns of a statement, as the policy/ rules read them.

/** An action pattern written in a policy (`s3:Get*`) and the node it is written at. */
export interface ActionPattern {
  readonly text: string;
  readonly source: SourceRef;
}

/** The known action patterns of an `Action`/`NotAction` element, every alternative of `Fn::If` included; `unknown` when a value could not be resolved. */
export function actionPatternsOf(element: ElementValues | undefined): { patterns: ActionPattern[]; unknown: boolean } {
  const patterns: ActionPattern[] = [];
  let unknownValue = false;
  for (const value of element?.values ?? []) {
    for (const alt of scalarAlternatives(value.value)) {
      const text = knownString(alt);
      if (text === undefined) unknownValue = true;
      else patterns.push({ text, source: value.source });
    }
  }
  return { patterns, unknown: unknownValue };
}

export interface StatementWildcards {
  /** `Action` values that are `*` or name every action of a service (`s3:*`), with those services. */
  readonly patterns: ReadonlyArray<ActionPattern & { services: readonly string[] }>;
  /** `NotAction`: what it excludes and the services whose every action the statement therefore names. */
  readonly notAction: { excluded: readonly string[]; services: readonly string[]; source: SourceRef } | undefined;
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
export function statementWildcards(
  statement: Statement,
  allowedOf?: () => readonly ActionInfo[] | undefined,
): StatementWildcards {
  // What the statement allows is asked for only when it can matter: a whole-service wildcard or a
  // `NotAction` (working it out for every plain statement of a large run is most of a run's time).
  const action = actionPatternsOf(statement.action);
  const allowed = allowedOf && mayNameWholeServices(statement, action) ? allowedOf() : undefined;
  // policy/wildcard-action and policy/privilege-escalation both ask, of every Allow statement, with
  // the same list (actionsAsWritten is one list per grant): answered once.
  const last = judged.get(statement);
  if (last && last.allowed === allowed) return last.wildcards;
  const wildcards = judgeWildcards(statement, action, allowed);
  judged.set(statement, { allowed, wildcards });
  return wildcards;
}

const judged = new WeakMap<Statement, { allowed: readonly ActionInfo[] | undefined; wildcards: StatementWildcards }>();

/** Whether the statement has a `NotAction` or an `Action` pattern that may name a whole service (or cannot be read). */
function mayNameWholeServices(statement: Statement, action: ReturnType<typeof actionPatternsOf>): boolean {
  if (statement.notAction) return true;
  return action.unknown || action.patterns.some((p) => wholeServicesOf(p.text).length > 0);
}

function judgeWildcards(
  statement: Statement,
  action: ReturnType<typeof actionPatternsOf>,
  allowed: readonly ActionInfo[] | undefined,
): StatementWildcards {
  const remaining = allowed ? actionsByService(allowed) : undefined;
  const stillWhole = (service: string): boolean => {
    const all = actionsOf(service) ?? [];
    return wholeEnough(all, remaining ? (remaining.get(service) ?? []) : actionsUnderConditions(statement, all));
  };
  // With `allowed`, which services of a pattern stay whole depends on the list and the pattern
  // only: grants of `*` share their list (grants.ts), and `*` names all ≈450 services.
  const wholeOf = (text: string): readonly string[] =>
    allowed
      ? rememberedFor(allowed, `whole\u0000${text}`, () => wholeServicesOf(text).filter(stillWhole))
      : wholeServicesOf(text).filter(stillWhole);
  const patterns = action.patterns
    .map((p) => ({ ...p, services: wholeOf(p.text) }))
    .filter((p) => p.services.length > 0);
  let notAction: StatementWildcards['notAction'];
  let undecidable = action.unknown;
  if (statement.notAction) {
    const excluded = actionPatternsOf(statement.notAction);
    if (excluded.unknown) undecidable = true;
    else {
      const texts = excluded.patterns.map((p) => p.text);
      // `NotAction` matches only the actions that apply to the statement's resources: with
      // `Resource: arn:aws:s3:::*` it stays within S3 (IAM User Guide, NotAction).
      const scope = resourceServices(statement);
      const services = servicesOutside(texts).filter((s) => (scope === 'all' || scope.has(s)) && stillWhole(s));
      if (services.length > 0) notAction = { excluded: texts, services, source: statement.notAction.source };
    }
  }
  return { patterns, notAction, undecidable };
}

/**
 * Does a wildcard over a service still grant the service once the statement's conditions
 * (docs/semantics.md#condition-keys-that-are-never-present) and unconditional Denies are
 * applied? `s3:*` under `StringLike: {s3:prefix: …}` really allows only `s3:ListBucket` and `s3:ListBucketVersions`:
 * no longer a whole-service grant; `iam:*` beside `Deny iam:*` allows nothing. What removes some
 * actions but leaves a `Write`, `Tagging` or `Permissions management` action keeps it one.
 */
function wholeEnough(all: readonly ActionInfo[], possible: readonly ActionInfo[]): boolean {
  return (
    possible.length === all.length ||
    possible.some(
      (a) =>
        a.accessLevels.has('Write') || a.accessLevels.has('Tagging') || a.accessLevels.has('Permissions management'),
    )
  );
}

/**
 * The services whose resources a statement names: `all` for `*`, `NotResource`, or an ARN whose
 * service segment is a wildcard; otherwise the service segments of its ARNs (`arn:aws:s3:::b/*` → s3).
 * A resource whose service cannot be read (a `Ref`) adds nothing: unknown never widens a finding.
 */
export function resourceServices(statement: Statement): 'all' | Set<string> {
  if (statement.notResource) return 'all';
  const services = new Set<string>();
  for (const value of statement.resource?.values ?? []) {
    for (const alt of scalarAlternatives(value.value)) {
      const text = fixedText(alt);
      if (text === undefined) continue;
      if (text === '*') return 'all';
      const parts = text.split(':');
      if (parts[0] !== 'arn' || parts.length < 6) continue;
      const service = parts[2]!;
      if (/[*?]/.test(service)) return 'all';
      if (service !== '' && !service.includes(UNKNOWN_PART)) services.add(service.toLowerCase());
    }
  }
  return services;
}

const UNKNOWN_PART = '\u0000';

/**
 * The actions of the list that apply to a statement's resources (rules/role/admin-access.md: a
 * wildcard's expansion is "restricted to the actions that apply to the statement's resources").
 * The resource-type judgement every grant already gets (resource-scope.ts: an ARN keeps the actions
 * one of whose resource types it can be), read strictly for actions with no resource type: those
 * are allowed only by `*` (`s3:ListAllMyBuckets` is not allowed by a bucket ARN).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
 */
export function actionsOnResources<T extends ActionInfo>(statement: Statement, actions: readonly T[]): readonly T[] {
  return applicableActions(statement, actions, { typelessNeedEveryResource: true });
}

/** A value's text with each part that is not known replaced by a marker (a `Ref` of a bucket in an ARN). */
function fixedText(value: Resolved): string | undefined {
  if (value.kind === 'known') return value.value === null ? undefined : String(value.value);
  if (value.kind === 'concat')
    return value.parts.map((p) => (p.kind === 'known' && p.value !== null ? String(p.value) : UNKNOWN_PART)).join('');
  return undefined;
}
