/**
 * What a trust policy says about Cognito identity pools: which statements let identity-pool
 * identities assume the role, and how their `aud` / `amr` conditions restrict them.
 * Semantics: https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html and
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_multi-value-conditions.html
 */
import * as tri from '../core/tri.js';
import type { Tri } from '../core/tri.js';
import { actionMatches, compileIamPattern } from './match.js';
import { knownString, scalarAlternatives, type Resolved } from '../values/resolved.js';
import type { ConditionEntry, PolicyDocument, Statement, ValueAt } from './document.js';
import { conditionOperator, type ConditionOperator } from './condition-operators.js';

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
    // Every alternative must be an identity-pool host (`!FindInMap [PrincipalMap, !Ref AWS::Partition, cognito]`
    // is the commercial or the GovCloud host, an identity-pool principal either way).
    const hosts = scalarAlternatives(entry.value.value).map(knownString);
    if (hosts.length > 0 && hosts.every((host) => host !== undefined && isIdentityPoolHost(host)))
      out.push(entry.value);
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
    (s) =>
      s.effect === 'Allow' &&
      identityPoolPrincipals(s).length > 0 &&
      statementCoversAction(s, ASSUME_ROLE_WITH_WEB_IDENTITY),
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

function hasWildcard(value: string): boolean {
  return value.includes('*') || value.includes('?');
}

/** Why an `aud` condition entry does not restrict the role to specific pools, or undefined when it does. */
export function audEntryWeakness(
  entry: ConditionEntry,
): 'negated' | 'if-exists' | 'for-all-values' | 'wildcard' | 'operator' | undefined {
  const op = entry.operator;
  if (op.set === 'ForAllValues') return 'for-all-values';
  if (op.ifExists) return 'if-exists';
  if (op.base.startsWith('StringNot')) return 'negated';
  if (stringOperator(op.base)?.negated !== false) return 'operator';
  if (op.base === 'StringLike') {
    for (const v of entry.values) {
      for (const alt of scalarAlternatives(v.value)) {
        // A template of parts is judged by its fixed parts (`${AWS::Region}:*` is a wildcard).
        if (fixedParts(alt).some(hasWildcard)) return 'wildcard';
      }
    }
  }
  return undefined;
}

/** The literal text pieces of a value: the string itself, or the known parts of an `Fn::Sub` / `Fn::Join`. */
function fixedParts(value: Resolved): string[] {
  if (value.kind === 'concat') return value.parts.flatMap(fixedParts);
  const s = knownString(value);
  return s === undefined ? [] : [s];
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

/**
 * The documented alternative form: a `Deny` of `sts:AssumeRoleWithWebIdentity` to the same
 * principal whose only conditions are negated tests of `aud` against specific pool IDs (any other
 * condition would narrow the Deny and let foreign pools through).
 */
function denyRestrictsAud(document: PolicyDocument): boolean {
  return denyFormAudEntries(document).length > 0;
}

/**
 * The `aud` entries of the document's deny-form statements (see `denyRestrictsAud`): the pools they
 * list are the only ones whose tokens the role admits, as a restricting `aud` entry's would be.
 */
export function denyFormAudEntries(document: PolicyDocument): ConditionEntry[] {
  return document.statements
    .filter(
      (s) =>
        s.effect === 'Deny' &&
        identityPoolPrincipals(s).length > 0 &&
        statementCoversAction(s, ASSUME_ROLE_WITH_WEB_IDENTITY) &&
        s.conditions.every((c) => identityPoolConditionKey(c) === 'aud'),
    )
    .flatMap((s) =>
      conditionsOn(s, 'aud').filter(
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

// ---------------------------------------------------------------------------------------------
// amr: which kinds of identity-pool token a trust admits
// ---------------------------------------------------------------------------------------------

/**
 * What a statement's (or a whole trust's) `cognito-identity.amazonaws.com:amr` conditions let
 * through. The key is multivalued: a guest token carries exactly `["unauthenticated"]`; a signed-in
 * token carries `"authenticated"` plus the name of the provider used (`graph.facebook.com`,
 * `cognito-idp.<region>.amazonaws.com/<pool>`, a developer provider name, …).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#condition-keys-wif
 * https://docs.aws.amazon.com/cognito/latest/developerguide/role-trust-and-permissions.html
 */
export interface AmrAdmission {
  /** Whether any `amr` condition is tested at all (`false`: everything is admitted). */
  readonly tested: boolean;
  /** Can a guest token (`amr = ["unauthenticated"]`) satisfy the conditions? */
  readonly guests: Tri;
  /** Can a signed-in token, of at least one provider, satisfy them? */
  readonly signedIn: Tri;
  /** Can a signed-in token of a provider the conditions do not name satisfy them (no provider narrowing)? */
  readonly anyProvider: Tri;
  /** Provider values (as written) that admit signed-in tokens; the narrowing when `anyProvider` is false. */
  readonly providers: readonly string[];
  /**
   * Summary: `any` (guests and signed-in users), `authenticated` (signed-in users of any provider),
   * `providers` (signed-in users of the listed providers only), `unauthenticated` (guests only),
   * `none` (no token can satisfy it), `unknown` (a value or operator leaves it open).
   */
  readonly admits: 'any' | 'authenticated' | 'providers' | 'unauthenticated' | 'none' | 'unknown';
  /** The `amr` condition entries considered (Allow statements only). */
  readonly entries: readonly ConditionEntry[];
}

/** The string operators (`StringEquals`, `StringNotLike`, …), the only ones an `aud` or `amr` test is judged under. */
function stringOperator(base: string): ConditionOperator | undefined {
  const info = conditionOperator(base);
  return info?.type === 'string' ? info : undefined;
}

/** The amr values of a guest token. */
const GUEST_AMR = ['unauthenticated'] as const;
/** Stands for "a provider the policy does not name": matches only patterns that match anything. */
const OTHER_PROVIDER = '\u0001';

/**
 * Whether one `amr` condition entry holds for a token whose `amr` values are `amr`.
 * Set operators follow the IAM documentation: `ForAnyValue:` is false on an empty set,
 * `ForAllValues:` true on it; a negated operator matches each value not listed; `IfExists` changes
 * nothing because identity-pool tokens always carry `amr`. A single-valued operator on the
 * multivalued key is decided only for a single-valued token (a guest's): AWS does not document how
 * it compares several values.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_multi-value-conditions.html
 */
export function amrEntryHolds(entry: ConditionEntry, amr: readonly string[]): Tri {
  // `Fn::If` or a parameter makes the listed values one of several alternatives: the entry holds
  // when it holds in every alternative, fails when it fails in every one, and is unknown otherwise.
  return tri.unanimous(preparedWorlds(entry).map((world) => amrEntryHoldsFor(entry, world, amr)));
}

const MAX_WORLDS = 64;

/** The alternative lists of scalar values an entry may hold (lists are ORed values, `anyOf` picks one). */
function valueWorlds(entry: ConditionEntry): Resolved[][] {
  let worlds: Resolved[][] = [[]];
  for (const v of entry.values) {
    worlds = extendWorlds(worlds, worldsOf(v.value));
    if (worlds.length > MAX_WORLDS) return [];
  }
  return worlds;
}

function worldsOf(value: Resolved): Resolved[][] {
  if (value.kind === 'anyOf') return value.options.flatMap(worldsOf).slice(0, MAX_WORLDS + 1);
  if (value.kind === 'list') {
    let worlds: Resolved[][] = [[]];
    for (const item of value.items) worlds = extendWorlds(worlds, worldsOf(item)).slice(0, MAX_WORLDS + 1);
    return worlds;
  }
  return [[value]];
}

/**
 * Every world followed by every option. A condition may list 10,000 values, each with one option:
 * then the worlds (fresh arrays, owned here) grow in place rather than being copied per value.
 */
function extendWorlds(worlds: Resolved[][], options: readonly Resolved[][]): Resolved[][] {
  if (options.length === 1) {
    for (const world of worlds) for (const item of options[0]!) world.push(item);
    return worlds;
  }
  const next: Resolved[][] = [];
  for (const world of worlds) for (const option of options) next.push([...world, ...option]);
  return next;
}

/** One alternative list of an entry's values, ready to test many `amr` values against. */
interface PreparedWorld {
  /** The known values, as written. */
  patterns: readonly string[];
  unknownValue: boolean;
  /** Does a listed value match `amr` value (by the entry's operator, not negated)? */
  matches: (value: string) => boolean;
}

/**
 * An entry's worlds, prepared once per entry: the same entries are tested against the guest's
 * token, a signed-in token and one token per provider the conditions name, and a condition may
 * list 10,000 values (so 10,000 providers), which must not cost 10,000 passes over 10,000 values.
 */
function preparedWorlds(entry: ConditionEntry): PreparedWorld[] {
  let prepared = preparedEntries.get(entry);
  if (prepared === undefined) {
    const kind = stringOperator(entry.operator.base);
    prepared = valueWorlds(entry).map((values) => {
      const patterns: string[] = [];
      let unknownValue = false;
      for (const value of values) {
        const s = knownString(value);
        if (s === undefined) {
          if (value.kind !== 'absent') unknownValue = true;
        } else patterns.push(s);
      }
      let matches: (value: string) => boolean = () => false;
      if (kind?.wildcards) {
        const matchers = patterns.map((p) => compileIamPattern(p));
        matches = (value) => matchers.some((m) => m(value));
      } else if (kind) {
        const listed = new Set(kind.ignoreCase ? patterns.map((p) => p.toLowerCase()) : patterns);
        matches = (value) => listed.has(kind.ignoreCase ? value.toLowerCase() : value);
      }
      return { patterns, unknownValue, matches };
    });
    preparedEntries.set(entry, prepared);
  }
  return prepared;
}

const preparedEntries = new WeakMap<ConditionEntry, PreparedWorld[]>();

function amrEntryHoldsFor(entry: ConditionEntry, world: PreparedWorld, amr: readonly string[]): Tri {
  const op = entry.operator;
  const { patterns, unknownValue } = world;
  if (op.base === 'Null') {
    // `Null: true` asks for the key to be absent; identity-pool tokens always carry amr.
    if (unknownValue || patterns.length !== 1) return 'unknown';
    const wantsAbsent = patterns[0]!.toLowerCase() === 'true';
    return op.set === 'ForAllValues' ? true : !wantsAbsent;
  }
  const kind = stringOperator(op.base);
  if (!kind) return 'unknown';
  const matchesListed = (value: string): Tri => (world.matches(value) ? true : unknownValue ? 'unknown' : false);
  const valueHolds = (value: string): Tri => (kind.negated ? tri.not(matchesListed(value)) : matchesListed(value));
  if (op.set === 'ForAnyValue') return tri.any(amr.map(valueHolds));
  if (op.set === 'ForAllValues') return tri.all(amr.map(valueHolds));
  if (amr.length === 1) return valueHolds(amr[0]!);
  return 'unknown';
}

/** The literal provider names (wildcards made concrete) an entry mentions, as candidate signed-in providers. */
function providerCandidates(entries: readonly ConditionEntry[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of entries) {
    for (const v of entry.values) {
      for (const alt of scalarAlternatives(v.value)) {
        const s = knownString(alt);
        if (s === undefined || s === 'authenticated' || s === 'unauthenticated') continue;
        out.set(s.replace(/[*?]/g, 'x'), s);
      }
    }
  }
  return out;
}

function denyStatementsOnAmr(document: PolicyDocument): Statement[] {
  return document.statements.filter(
    (s) =>
      s.effect === 'Deny' &&
      identityPoolPrincipals(s).length > 0 &&
      statementCoversAction(s, ASSUME_ROLE_WITH_WEB_IDENTITY) &&
      s.conditions.every((c) => identityPoolConditionKey(c) === 'amr'),
  );
}

function summarise(statements: number, guests: Tri, signedIn: Tri, anyProvider: Tri): AmrAdmission['admits'] {
  if (statements === 0) return 'none';
  if (guests === 'unknown' || signedIn === 'unknown') return 'unknown';
  if (guests && signedIn) return 'any';
  if (guests) return 'unauthenticated';
  if (!signedIn) return 'none';
  if (anyProvider === true) return 'authenticated';
  return anyProvider === false ? 'providers' : 'unknown';
}

/**
 * Which tokens the `amr` conditions of these `Allow` statements admit (statements are ORed, the
 * entries of one statement ANDed), minus `Deny` statements of the same document that test only
 * `amr`. One piece of logic for trust/amr-operator, trust/amr-role-mismatch and the guest role.
 */
export function amrAdmissionOf(statements: readonly Statement[]): AmrAdmission {
  const entriesByStatement = statements.map((s) => conditionsOn(s, 'amr'));
  const entries = entriesByStatement.flat();
  const tested = statements.length > 0 && entriesByStatement.every((e) => e.length > 0);
  const documents = [...new Set(statements.map((s) => s.document))];
  const denies = documents.flatMap(denyStatementsOnAmr);
  const candidates = providerCandidates([...entries, ...denies.flatMap((d) => conditionsOn(d, 'amr'))]);

  const admitted = (amr: readonly string[]): Tri => {
    const allowed = tri.any(
      statements.map((s, i) => tri.all(entriesByStatement[i]!.map((e) => amrEntryHolds(e, amr)))),
    );
    const denied = tri.any(denies.map((d) => tri.all(conditionsOn(d, 'amr').map((e) => amrEntryHolds(e, amr)))));
    return tri.and(allowed, tri.not(denied));
  };

  const guests = admitted(GUEST_AMR);
  const anyProvider = admitted(['authenticated', OTHER_PROVIDER]);
  const providers: string[] = [];
  const perProvider: Tri[] = [anyProvider];
  for (const [concrete, written] of candidates) {
    const result = admitted(['authenticated', concrete]);
    perProvider.push(result);
    if (result === true) providers.push(written);
  }
  const signedIn = tri.any(perProvider);
  return {
    tested,
    guests,
    signedIn,
    anyProvider,
    providers,
    admits: summarise(statements.length, guests, signedIn, anyProvider),
    entries,
  };
}

/** What one trust statement's `amr` conditions admit. */
export function amrAdmission(statement: Statement): AmrAdmission {
  let admission = statementAdmissions.get(statement);
  if (admission === undefined) {
    admission = amrAdmissionOf([statement]);
    statementAdmissions.set(statement, admission);
  }
  return admission;
}

// Several rules ask what the same trust admits; the answer costs a pass per provider named.
const statementAdmissions = new WeakMap<Statement, AmrAdmission>();
const trustAdmissions = new WeakMap<PolicyDocument, AmrAdmission>();

/** What a role's trust admits through all its identity-pool statements together. */
export function trustAmrAdmission(trust: PolicyDocument | undefined): AmrAdmission {
  if (trust === undefined) return amrAdmissionOf([]);
  let admission = trustAdmissions.get(trust);
  if (admission === undefined) {
    admission = amrAdmissionOf(identityPoolTrustStatements(trust));
    trustAdmissions.set(trust, admission);
  }
  return admission;
}

/** Why an `amr` entry's operator is not the documented set operator, or undefined when it is. */
export function amrOperatorProblem(
  entry: ConditionEntry,
): 'single-valued' | 'for-all-values' | 'if-exists' | 'negated' | 'other' | undefined {
  const op = entry.operator;
  if (op.set === 'ForAllValues') return 'for-all-values';
  if (op.ifExists) return 'if-exists';
  const kind = stringOperator(op.base);
  if (!kind) return 'other';
  if (kind.negated) return 'negated';
  if (op.set === undefined) return 'single-valued';
  return undefined;
}
