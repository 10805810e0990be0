/**
 * Who can obtain credentials for a role: its *exposure* (docs/semantics.md#exposure), from
 * widest to narrowest — `guest` (anyone on the internet), `public-sign-up` (anyone who signs up),
 * `authenticated` (every signed-in user of a pool), `group` (only members of a user pool group, or
 * users whose non-writable claim a Rules mapping matches), `internal` (not an identity-pool role) —
 * with the pools and slots that make it so, and the guest scope-down flag.
 *
 * Also the readers the identity-pool rules share: role mappings of the attachments, which pool a
 * trust's `aud` admits, and whether a pool's users can sign themselves up.
 *
 * AWS behaviour relied on:
 * - Enhanced flow: Cognito picks the role (default role, Rules or Token mapping); guests only ever
 *   get the `unauthenticated` role, scoped down by a session policy. Basic (classic) flow: the
 *   client picks any role whose trust admits the token.
 *   https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flow.html
 *   https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html
 * - Rules mappings: the first matching rule's role; claims the user can modify let them choose it.
 *   Token mappings: group roles (`cognito:roles`, `cognito:preferred_role`).
 *   https://docs.aws.amazon.com/cognito/latest/developerguide/role-based-access-control.html
 * - A trust without an effective `aud` admits tokens of any identity pool in any account (an
 *   attacker's own pool included, where they can be a guest or sign in as they like).
 *   https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html
 */
import * as tri from '../core/tri.js';
import type { Tri } from '../core/tri.js';
import { userPoolAcceptance } from '../model/cognito.js';
import type { IdentityPool, MappingRule, Role, RoleMapping, RoleSlot } from '../model/entities.js';
import type { IdentityModel } from '../model/model.js';
import {
  assessAud,
  audEntryRestricts,
  conditionsOn,
  identityPoolTrustStatements,
  trustAmrAdmission,
  type AmrAdmission,
} from '../iam/trust.js';
import { truthOf } from '../values/judge.js';
import { describe, knownString, scalarAlternatives, type Resolved } from '../values/resolved.js';
import { userPoolReferencesIn } from './user-pool-links.js';
import { TOKEN_CLAIMS, userWritability, type WritableReason } from './user-writability.js';
import { memoByKey } from '../core/memo.js';
export type { MappingRule, RoleMapping } from '../model/entities.js';
import type { UserPool, UserPoolClient } from '../model/cognito.js';

// ---------------------------------------------------------------------------------------------
// Role mappings (read by the dialects: model/entities.ts RoleMapping)

/** Every role mapping of every role attachment of the run. */
export function roleMappingsOf(model: IdentityModel): readonly RoleMapping[] {
  return model.roleMappings;
}

/** The role mappings of one identity pool. */
export function roleMappingsOfPool(model: IdentityModel, pool: IdentityPool): RoleMapping[] {
  return model.roleMappings.filter((m) => m.pool === pool);
}

/** The user pool and app client a role mapping's provider names (`cognito-idp.<region>.amazonaws.com/<pool>:<client>`). */
export function mappingUserPool(
  model: IdentityModel,
  mapping: RoleMapping,
): { userPool: UserPool | undefined; client: UserPoolClient | undefined; cognito: Tri } {
  const { userPool, client } = userPoolReferencesIn(model, mapping.identityProvider);
  let cognito: Tri;
  if (userPool || client) cognito = true;
  else {
    const text = knownString(mapping.identityProvider);
    if (text !== undefined) cognito = /^cognito-idp\./i.test(text);
    else {
      // `cognito-idp.${AWS::Region}.amazonaws.com/${Unknown}:…`: the fixed prefix tells.
      const first = mapping.identityProvider.kind === 'concat' ? mapping.identityProvider.parts[0] : undefined;
      const prefix = first ? knownString(first) : undefined;
      cognito = prefix !== undefined && /^cognito-idp\./i.test(prefix) ? true : 'unknown';
    }
  }
  return { userPool: userPool ?? client?.userPool, client, cognito };
}

export interface ClaimWritability {
  /** Can a user of the mapping's provider set the claim themselves? */
  readonly writable: Tri;
  /** Why (from the user-pool model), for notifications. */
  readonly because: string;
  /** Why users can set it, as facts, when `writable` is true. */
  readonly reason?: WritableReason;
  /** The clients considered (the mapping's client, else every client of the pool). */
  readonly clients: readonly UserPoolClient[];
  readonly userPool: UserPool | undefined;
}

/**
 * Can the user set the claim a Rules mapping rule matches? For a Cognito user pool provider: the
 * mapping's app client decides (docs/semantics.md#user-writable-claim: every client of the pool when the client is unknown).
 * `'unknown'` for providers that are not Cognito user pools of the run, and for computed claims.
 */
export function mappingRuleWritability(
  model: IdentityModel,
  mapping: RoleMapping,
  rule: MappingRule,
): ClaimWritability {
  const { userPool, client, cognito } = mappingUserPool(model, mapping);
  const claim = knownString(rule.claim);
  if (cognito === false)
    return {
      writable: 'unknown',
      because: 'the provider is not a Cognito user pool',
      clients: [],
      userPool: undefined,
    };
  if (claim === undefined)
    return { writable: 'unknown', because: 'the claim is not statically known', clients: [], userPool };
  const clients = client ? [client] : userPool ? userPool.clients : [];
  if (clients.length === 0 && setByCognito(claim)) {
    return { writable: false, because: `\`${claim}\` is set by Cognito`, clients, userPool };
  }
  if (clients.length === 0) {
    return { writable: 'unknown', because: 'no app client of the provider is in the linted files', clients, userPool };
  }
  const results = clients.map((c) => userWritability(c, claim));
  const writable = tri.any(results.map((r) => r.writable));
  const decisive = results.find((r) => r.writable === writable) ?? results[0]!;
  return {
    writable,
    because: decisive.because,
    ...(decisive.reason ? { reason: decisive.reason } : {}),
    clients,
    userPool,
  };
}

/** Claims no client can write whatever its settings (docs/semantics.md#user-writable-claim; `cognito:username` depends on the pool, so it is not here). */
function setByCognito(claim: string): boolean {
  return (
    TOKEN_CLAIMS.has(claim) ||
    claim === 'sub' ||
    claim === 'identities' ||
    (claim.startsWith('cognito:') && claim !== 'cognito:username')
  );
}

// ---------------------------------------------------------------------------------------------
// Pools and trusts

/**
 * Does the role's trust admit tokens of `pool` (its `aud`)? True when some identity-pool statement
 * has no effective `aud` restriction or names the pool; false only when every restricting `aud`
 * value is a reference to another identity pool of the run; otherwise unknown (a literal ID, a
 * parameter, an import that did not resolve).
 */
export function trustAdmitsPool(model: IdentityModel, role: Role, pool: IdentityPool): Tri {
  return tri.any(
    identityPoolTrustStatements(role.trust).map((statement) => {
      const aud = assessAud(statement);
      if (aud.status !== 'restricted') return true;
      const restricting = aud.entries.filter(audEntryRestricts);
      if (restricting.length === 0) return 'unknown'; // restricted by a Deny statement only
      return tri.all(
        restricting.map((entry) =>
          tri.any(entry.values.flatMap((v) => scalarAlternatives(v.value)).map((v) => valueIsPool(model, v, pool))),
        ),
      );
    }),
  );
}

function valueIsPool(model: IdentityModel, value: Resolved, pool: IdentityPool): Tri {
  if (value.kind === 'resource') {
    const named = model.identityPoolFor(value);
    if (named) return named === pool;
    return 'unknown';
  }
  return 'unknown';
}

/** The identity pools of the run a role's trust names in `aud`, and whether some `aud` value names something else. */
export function audPools(model: IdentityModel, role: Role): { pools: IdentityPool[]; others: boolean } {
  const pools = new Set<IdentityPool>();
  let others = false;
  for (const statement of identityPoolTrustStatements(role.trust)) {
    for (const entry of conditionsOn(statement, 'aud').filter(audEntryRestricts)) {
      for (const v of entry.values) {
        for (const alt of scalarAlternatives(v.value)) {
          const pool = model.identityPoolFor(alt);
          if (pool) pools.add(pool);
          else others = true;
        }
      }
    }
  }
  return { pools: [...pools], others };
}

/** What lets anyone become a signed-in user of an identity pool. */
export type SignUpOpener =
  /** A user pool provider with self sign-up. */
  | { readonly via: 'self-sign-up'; readonly userPool: string }
  /** Social providers in `SupportedLoginProviders`, where anyone can have an account. */
  | { readonly via: 'social'; readonly providers: readonly string[] };

export interface PoolSignUp {
  /** Can anyone on the internet become a signed-in user of the pool? */
  readonly publicSignUp: Tri;
  /** What makes it so, when `publicSignUp` is true. */
  readonly opener: SignUpOpener | undefined;
  /** The user pools the pool accepts (`CognitoIdentityProviders`) found in the run. */
  readonly userPools: readonly UserPool[];
}

const signUpCache = memoByKey<IdentityModel, IdentityPool, PoolSignUp>();

/**
 * Whether the identity pool's signed-in users are "anyone who signs up": a user pool provider
 * allows self sign-up (`AllowAdminCreateUserOnly` absent or false in raw CloudFormation), or the
 * pool accepts a social provider in `SupportedLoginProviders`.
 * https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-admin-create-user-policy.html
 */
export function poolSignUp(model: IdentityModel, pool: IdentityPool): PoolSignUp {
  return signUpCache(model, pool, () => {
    // The user pools this pool accepts, asked of the pool itself: asking each user pool for every identity
    // pool using it made the run cubic in the number of pools (700 of each: minutes).
    const inRun = model.identityPools.includes(pool);
    const accepts = inRun ? userPoolAcceptance(pool) : undefined;
    const userPools = accepts ? model.userPoolEntities.userPools.filter((up) => accepts(up.templateResource)) : [];
    const reasons: Array<{ value: Tri; opener?: SignUpOpener }> = [];
    for (const up of userPools) {
      reasons.push({ value: up.selfSignUp, opener: { via: 'self-sign-up', userPool: up.name } });
    }
    // Providers whose user pool is not in the run: their sign-up setting is not known.
    const unmatched = pool.cognitoProviders.filter(
      (p) => userPoolReferencesIn(model, p.providerName).userPool === undefined,
    );
    if (unmatched.length > 0) reasons.push({ value: 'unknown' });
    const social = pool.socialProviders;
    if (social.value !== false)
      reasons.push({ value: social.value, opener: { via: 'social', providers: social.names } });
    const value = tri.any(reasons.map((r) => r.value));
    return {
      publicSignUp: value,
      opener: value === true ? reasons.find((r) => r.value === true)?.opener : undefined,
      userPools,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Exposure

export type ExposureLevel = 'guest' | 'public-sign-up' | 'authenticated' | 'group' | 'internal';

/** Widest first. */
export const EXPOSURE_LEVELS: readonly ExposureLevel[] = [
  'guest',
  'public-sign-up',
  'authenticated',
  'group',
  'internal',
];

/** Short names of the exposure levels (`Exposure.label`); messages say why instead (`exposureNotes`, rules/_shared/exposure.ts). */
export const EXPOSURE_LABELS: Readonly<Record<ExposureLevel, string>> = {
  guest: 'guest',
  'public-sign-up': 'public sign-up',
  authenticated: 'authenticated',
  group: 'group',
  internal: 'internal',
};

export type ExposureReasonKind =
  /** Guest: the role sits in the `unauthenticated` slot of a pool whose guest access is on (or unknown). */
  | 'unauthenticated-slot'
  /** Guest: the trust admits guest tokens and names a pool with guests and the basic flow on (or unknown). */
  | 'classic-flow-guest'
  /** Guest: no effective `aud` restriction — any identity pool in any account can obtain a token. */
  | 'no-aud'
  /** The `authenticated` slot of a pool (public sign-up when its users can sign themselves up). */
  | 'authenticated-slot'
  /** Signed-in users of a basic-flow pool named by `aud` can pick the role themselves. */
  | 'classic-flow'
  /** Chosen by a Rules mapping: on a claim the user can write (public sign-up / authenticated), one they cannot (group), or undecidable (authenticated). */
  | 'rules-mapping'
  /** A user pool group's `RoleArn` (Token mapping). */
  | 'group-role'
  /** An identity-pool role with no slot in the linted files: it may be wired elsewhere. */
  | 'unattached'
  /** Attached, but no slot hands it out today (a guest slot of a pool without guests, an amr that refuses the slot's tokens). */
  | 'dormant'
  /** Not an identity-pool role. */
  | 'not-identity-pool-role';

/**
 * Why a `dormant` role's slot hands it to no one in the linted files. `pool-guests-unknown`: the
 * `unauthenticated` slot of a pool outside the linted files, which is not taken to allow guests
 * (docs/semantics.md#resolved-value) and not known to refuse them either.
 */
export type Dormancy =
  | 'pool-guests-unknown'
  | 'pool-refuses-guests'
  | 'trust-refuses-guests'
  | 'trust-refuses-signed-in'
  | 'trust-excludes-pool';

/** The facts behind one way into a role; `reasonNotes` (rules/_shared/exposure.ts) words them. */
export interface ExposureFacts {
  readonly level: ExposureLevel;
  readonly kind: ExposureReasonKind;
  readonly pool?: IdentityPool;
  readonly slot?: RoleSlot;
  /** What the role's trust admits by `amr` (which tokens of any pool, for `no-aud`; why guest tokens pass, for `classic-flow-guest`). */
  readonly amr?: AmrAdmission;
  /** `unauthenticated-slot`: the pool's `AllowUnauthenticatedIdentities` (true, or unknown). */
  readonly poolGuests?: Tri;
  /** Public sign-up: what lets anyone become a signed-in user. */
  readonly opener?: SignUpOpener;
  /** `rules-mapping`: the claim the rule matches (undefined when the rule was not found) and whether users can set it. */
  readonly claim?: string;
  readonly claimWritable?: Tri;
  /** `dormant`: why no one obtains it today. */
  readonly dormancy?: Dormancy;
}

/** One way into a role, as facts (rules/_shared/exposure.ts words it for messages). */
export type ExposureReason = ExposureFacts;

export interface Exposure {
  readonly level: ExposureLevel;
  /** `guest`, `public sign-up`, `authenticated`, `group`, `internal`. */
  readonly label: string;
  /** The pools behind the reasons at `level`. */
  readonly pools: readonly IdentityPool[];
  /** The slots behind the reasons at `level`. */
  readonly slots: readonly RoleSlot[];
  /** Every way in that was found, widest first; messages name the first (`exposureNotes`, rules/_shared/exposure.ts). */
  readonly reasons: readonly ExposureReason[];
  /**
   * A guest role (docs/semantics.md#guest-role, with the trust actually admitting guest tokens): the
   * `unauthenticated` slot, the basic flow, or no `aud` with `amr` admitting guests.
   */
  readonly guestRole: boolean;
  /** The first reason that makes it a guest role, when it is one (what rules about guest roles name). */
  readonly guestReason: ExposureReason | undefined;
  /**
   * Guest scope-down (docs/semantics.md#guest-scope-down): the role is a guest role only through the `unauthenticated` slot of
   * pools whose `AllowClassicFlow` is known false, and its `aud` names only those pools of the run:
   * Cognito intersects guest credentials with its session policy.
   */
  readonly guestScopedDown: boolean;
  /** What the trust's `amr` conditions admit. */
  readonly amr: AmrAdmission;
  /**
   * No user can obtain the role today, and every way in is in the linted files: it sits only in
   * slots that refuse it (the `unauthenticated` slot of a pool without guest access, a slot its
   * `amr` refuses) and its `aud` names no pool outside the files. Its exposure stays
   * `authenticated` (one setting makes it live), but scaled rules report it at most `low`:
   * `identity-pool/unused-guest-role` and `trust/amr-role-mismatch` are the findings about it.
   */
  readonly unobtainable: boolean;
}

const exposureCache = memoByKey<IdentityModel, Role, Exposure>();

/** The exposure of a role (docs/semantics.md#exposure), computed once per model. */
export function exposureOf(model: IdentityModel, role: Role): Exposure {
  return exposureCache(model, role, () => computeExposure(model, role));
}

/** The identity-pool roles some user can obtain (exposure other than internal), with their exposure. */
export function* exposedRoles(model: IdentityModel): Generator<{ role: Role; exposure: Exposure }> {
  for (const role of model.identityPoolRoles()) {
    const exposure = exposureOf(model, role);
    if (exposure.level !== 'internal') yield { role, exposure };
  }
}

/** The identity-pool roles guests may obtain (docs/semantics.md#guest-role), with their exposure. */
export function* guestRoles(model: IdentityModel): Generator<{ role: Role; exposure: Exposure }> {
  for (const role of model.identityPoolRoles()) {
    const exposure = exposureOf(model, role);
    if (exposure.guestRole) yield { role, exposure };
  }
}

/** Is the role a guest role (docs/semantics.md#guest-role)? */
export function isGuestRole(model: IdentityModel, role: Role): boolean {
  return exposureOf(model, role).guestRole;
}

// ---------------------------------------------------------------------------------------------
// Computing exposure

const reason = (facts: ExposureFacts): ExposureReason => facts;

function computeExposure(model: IdentityModel, role: Role): Exposure {
  const statements = identityPoolTrustStatements(role.trust);
  const amr = trustAmrAdmission(role.trust);
  if (statements.length === 0) {
    const only = reason({ level: 'internal', kind: 'not-identity-pool-role' });
    return {
      level: 'internal',
      label: EXPOSURE_LABELS.internal,
      pools: [],
      slots: [],
      reasons: [only],
      guestRole: false,
      guestReason: undefined,
      guestScopedDown: false,
      amr,
      unobtainable: false,
    };
  }
  const reasons: ExposureReason[] = [];
  const openAud = statements.some((s) => assessAud(s).status !== 'restricted');
  if (openAud) reasons.push(reason({ level: 'guest', kind: 'no-aud', amr }));

  for (const slot of model.slotsOfRole(role)) {
    const pool = slot.pool;
    if (pool && trustAdmitsPool(model, role, pool) === false) continue; // the pool cannot use it (trust/aud-mismatch)
    const where = { ...(pool ? { pool } : {}), slot };
    switch (slot.slot) {
      case 'unauthenticated': {
        // An unknown pool is not guest-enabled (docs/semantics.md#resolved-value).
        const poolGuests = pool ? truthOf(pool.allowUnauthenticated) : false;
        if (amr.guests !== false && poolGuests !== false)
          reasons.push(reason({ level: 'guest', kind: 'unauthenticated-slot', ...where, poolGuests }));
        break;
      }
      case 'authenticated': {
        if (amr.signedIn === false) break;
        const signUp = pool ? poolSignUp(model, pool) : undefined;
        const opener = signUp?.publicSignUp === true ? signUp.opener : undefined;
        reasons.push(
          reason({
            level: signUp?.publicSignUp === true ? 'public-sign-up' : 'authenticated',
            kind: 'authenticated-slot',
            ...where,
            ...(opener ? { opener } : {}),
          }),
        );
        break;
      }
      case 'rules': {
        if (amr.signedIn === false) break;
        reasons.push(reason(rulesFacts(model, slot)));
        break;
      }
      case 'group':
        if (amr.signedIn === false) break;
        reasons.push(reason({ level: 'group', kind: 'group-role', ...where }));
        break;
    }
  }

  // Basic (classic) flow: the client names the role, so every token the trust admits can use it.
  const named = audPools(model, role);
  for (const pool of named.pools) {
    if (truthOf(pool.allowClassicFlow) === false) continue;
    if (amr.guests === true && truthOf(pool.allowUnauthenticated) !== false) {
      reasons.push(reason({ level: 'guest', kind: 'classic-flow-guest', pool, amr }));
    }
    if (amr.signedIn === true) {
      const signUp = poolSignUp(model, pool);
      const opener = signUp.publicSignUp === true ? signUp.opener : undefined;
      reasons.push(
        reason({
          level: signUp.publicSignUp === true ? 'public-sign-up' : 'authenticated',
          kind: 'classic-flow',
          pool,
          ...(opener ? { opener } : {}),
        }),
      );
    }
  }

  if (reasons.length === 0) {
    // Nothing hands the role out today. Exposure is never lowered on what may change (a pool's guest
    // switch, wiring outside the linted files): such a role counts as reaching signed-in users.
    const inert = model.slotsOfRole(role)[0];
    reasons.push(
      reason(
        inert
          ? {
              level: 'authenticated',
              kind: 'dormant',
              ...(inert.pool ? { pool: inert.pool } : {}),
              slot: inert,
              dormancy: dormancyOf(inert, amr),
            }
          : { level: 'authenticated', kind: 'unattached' },
      ),
    );
  }
  reasons.sort((a, b) => EXPOSURE_LEVELS.indexOf(a.level) - EXPOSURE_LEVELS.indexOf(b.level));
  const level = reasons[0]!.level;
  const top = reasons.filter((r) => r.level === level);
  const guestReasons = reasons.filter(
    (r) =>
      r.kind === 'unauthenticated-slot' ||
      r.kind === 'classic-flow-guest' ||
      (r.kind === 'no-aud' && amr.guests === true),
  );
  const guestRole = guestReasons.length > 0;
  const guestScopedDown =
    guestRole &&
    !openAud &&
    !named.others &&
    guestReasons.every(
      (r) => r.kind === 'unauthenticated-slot' && r.pool !== undefined && truthOf(r.pool.allowClassicFlow) === false,
    ) &&
    named.pools.every((p) => truthOf(p.allowClassicFlow) === false);
  return {
    level,
    label: EXPOSURE_LABELS[level],
    pools: [...new Set(top.flatMap((r) => (r.pool ? [r.pool] : [])))],
    slots: [...new Set(top.flatMap((r) => (r.slot ? [r.slot] : [])))],
    reasons,
    guestRole,
    guestReason: guestReasons[0],
    guestScopedDown,
    amr,
    unobtainable:
      reasons.length === 1 &&
      reasons[0]!.kind === 'dormant' &&
      reasons[0]!.dormancy !== 'pool-guests-unknown' &&
      !named.others,
  };
}

function dormancyOf(slot: RoleSlot, amr: AmrAdmission): Dormancy {
  if (slot.slot === 'unauthenticated') {
    if (amr.guests === false) return 'trust-refuses-guests';
    return slot.pool ? 'pool-refuses-guests' : 'pool-guests-unknown';
  }
  return amr.signedIn === false ? 'trust-refuses-signed-in' : 'trust-excludes-pool';
}

function rulesFacts(model: IdentityModel, slot: RoleSlot): ExposureFacts {
  const mapping = roleMappingsOf(model).find((m) =>
    m.rules.some((r) => r.roleSource.doc === slot.source.doc && r.roleSource.pointer === slot.source.pointer),
  );
  const rule = mapping?.rules.find((r) => r.roleSource.pointer === slot.source.pointer);
  const pool = slot.pool;
  const base = { kind: 'rules-mapping' as const, ...(pool ? { pool } : {}), slot };
  if (!mapping || !rule) return { ...base, level: 'authenticated' };
  const claim = knownString(rule.claim) ?? describe(rule.claim);
  const writability = mappingRuleWritability(model, mapping, rule);
  if (writability.writable === false) return { ...base, level: 'group', claim, claimWritable: false };
  if (writability.writable === true) {
    const userPool = writability.userPool;
    if (userPool?.selfSignUp === true) {
      return {
        ...base,
        level: 'public-sign-up',
        claim,
        claimWritable: true,
        opener: { via: 'self-sign-up', userPool: userPool.name },
      };
    }
    return { ...base, level: 'authenticated', claim, claimWritable: true };
  }
  return { ...base, level: 'authenticated', claim, claimWritable: 'unknown' };
}
