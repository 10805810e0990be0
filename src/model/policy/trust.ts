/**
 * What a trust policy says about Cognito identity pools: which statements let identity-pool
 * identities assume the role, and how their `aud` / `amr` conditions restrict them.
 * Semantics: https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html and
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_multi-value-conditions.html
 */
import { knownString, scalarAlternatives } from '../resolved.js';
import type { ConditionEntry, PolicyDocument, Statement, ValueAt } from './document.js';
import { actionMatches } from './match.js';

/**
 * The identity-pool service principal in every partition: `cognito-identity.amazonaws.com`,
 * `cognito-identity-us-gov.amazonaws.com`, `cognito-identity.amazonaws.com.cn`, regional forms.
 * (AWS's own China examples pair a regional principal with a non-regional key prefix, so the
 * key prefix is matched with the same pattern, independently of the principal.)
 */
const IDENTITY_POOL_HOST = /^cognito-identity([.-][a-z0-9-]+)*\.amazonaws\.com(\.cn)?$/i;

export function isIdentityPoolHost(host: string): boolean {
  return IDENTITY_POOL_HOST.test(host);
}

export const ASSUME_ROLE_WITH_WEB_IDENTITY = 'sts:AssumeRoleWithWebIdentity';

/** The statement's identity-pool principal entries (`Federated: cognito-identity.amazonaws.com`). */
export function identityPoolPrincipals(statement: Statement): ValueAt[] {
  const out: ValueAt[] = [];
  for (const entry of statement.principal?.entries ?? []) {
    if (entry.type !== 'Federated') continue;
    const host = knownString(entry.value.value);
    if (host !== undefined && isIdentityPoolHost(host)) out.push(entry.value);
  }
  return out;
}

/** Does the statement's `Action` (or `NotAction`) certainly include `action`? Unknown values never match. */
export function statementCoversAction(statement: Statement, action: string): boolean {
  if (statement.action) {
    return statement.action.values.some((v) =>
      scalarAlternatives(v.value).some((alt) => {
        const pattern = knownString(alt);
        return pattern !== undefined && actionMatches(pattern, action);
      }),
    );
  }
  if (statement.notAction) {
    const listed = statement.notAction.values.some((v) =>
      scalarAlternatives(v.value).some((alt) => {
        const pattern = knownString(alt);
        return pattern === undefined || actionMatches(pattern, action);
      }),
    );
    return !listed;
  }
  return false;
}

/** `Allow` statements that let identity-pool identities call `sts:AssumeRoleWithWebIdentity`. */
export function identityPoolTrustStatements(trust: PolicyDocument | undefined): Statement[] {
  if (!trust) return [];
  return trust.statements.filter(
    (s) => s.effect === 'Allow' && identityPoolPrincipals(s).length > 0 && statementCoversAction(s, ASSUME_ROLE_WITH_WEB_IDENTITY),
  );
}

/** `aud`, `amr` or `sub` when the condition key is an identity-pool key (any partition host). */
export function identityPoolConditionKey(entry: ConditionEntry): 'aud' | 'amr' | 'sub' | undefined {
  const colon = entry.keyLower.lastIndexOf(':');
  if (colon === -1) return undefined;
  const host = entry.keyLower.slice(0, colon);
  const name = entry.keyLower.slice(colon + 1);
  if (!isIdentityPoolHost(host)) return undefined;
  return name === 'aud' || name === 'amr' || name === 'sub' ? name : undefined;
}

export function conditionsOn(statement: Statement, key: 'aud' | 'amr' | 'sub'): ConditionEntry[] {
  return statement.conditions.filter((c) => identityPoolConditionKey(c) === key);
}

const RESTRICTING_STRING_OPERATORS = new Set(['StringEquals', 'StringLike', 'StringEqualsIgnoreCase']);

function hasWildcard(value: string): boolean {
  return value.includes('*') || value.includes('?');
}

/** Why an `aud` condition entry does not restrict the role to specific pools, or undefined when it does. */
export function audEntryWeakness(entry: ConditionEntry): 'negated' | 'if-exists' | 'for-all-values' | 'wildcard' | 'operator' | undefined {
  const op = entry.operator;
  if (op.set === 'ForAllValues') return 'for-all-values';
  if (op.ifExists) return 'if-exists';
  if (op.base.startsWith('StringNot')) return 'negated';
  if (!RESTRICTING_STRING_OPERATORS.has(op.base)) return 'operator';
  if (op.base === 'StringLike') {
    for (const v of entry.values) {
      for (const alt of scalarAlternatives(v.value)) {
        const s = knownString(alt);
        if (s !== undefined && hasWildcard(s)) return 'wildcard';
      }
    }
  }
  return undefined;
}

/** Does this `aud` entry pin specific identity pools? */
export function audEntryRestricts(entry: ConditionEntry): boolean {
  return audEntryWeakness(entry) === undefined;
}

export interface AudAssessment {
  /** `restricted`: some entry pins specific pools. */
  status: 'restricted' | 'missing' | 'weak';
  /** The entries testing `aud` (empty when missing). */
  entries: ConditionEntry[];
  /** For `weak`: the first weak entry and why. */
  weakEntry?: ConditionEntry;
  weakness?: NonNullable<ReturnType<typeof audEntryWeakness>>;
}

/**
 * Does this trust statement restrict `aud` to specific identity pools? Conditions are ANDed,
 * so one restricting entry is enough. A `Deny` statement for the same principal with a negated
 * operator on `aud` listing specific IDs restricts too (the documented alternative form).
 */
export function assessAud(statement: Statement): AudAssessment {
  const entries = conditionsOn(statement, 'aud');
  if (entries.some((e) => audEntryWeakness(e) === undefined)) return { status: 'restricted', entries };
  if (denyRestrictsAud(statement.document)) return { status: 'restricted', entries };
  if (entries.length === 0) return { status: 'missing', entries };
  const weakEntry = entries[0]!;
  return { status: 'weak', entries, weakEntry, weakness: audEntryWeakness(weakEntry)! };
}

function denyRestrictsAud(document: PolicyDocument): boolean {
  return document.statements.some(
    (s) =>
      s.effect === 'Deny' &&
      identityPoolPrincipals(s).length > 0 &&
      conditionsOn(s, 'aud').some(
        (e) =>
          (e.operator.base === 'StringNotEquals' || e.operator.base === 'StringNotLike') &&
          !e.operator.ifExists &&
          e.operator.set === undefined &&
          e.values.length > 0 &&
          e.values.every((v) =>
            scalarAlternatives(v.value).every((alt) => {
              const s2 = knownString(alt);
              return s2 === undefined || !hasWildcard(s2);
            }),
          ),
      ),
  );
}
