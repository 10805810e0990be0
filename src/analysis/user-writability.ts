/**
 * Which token claims a user can set themselves (docs/semantics.md#user-writable-claim), from the
 * user pool entities every dialect reads: a claim a user writes can pick a role in a Rules mapping
 * or a principal tag a policy trusts.
 *
 * AWS facts used here (cited in the rule docs too):
 * - `AdminCreateUserConfig.AllowAdminCreateUserOnly` absent means self sign-up is ON in raw
 *   CloudFormation and the API (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cognito-userpool-admincreateuserconfig.html).
 * - WriteAttributes omitted: "your app can write the values of the Standard attributes of your user
 *   pool" (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolClientType.html);
 *   "Required attributes in a user pool are always writable"; an immutable attribute can only be
 *   written when the user is created
 *   (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html).
 */
import * as tri from '../core/tri.js';
import type { Tri } from '../core/tri.js';
import { alternatives, knownString } from '../values/resolved.js';
import {
  STANDARD_ATTRIBUTES,
  type ListItem,
  type SchemaAttribute,
  type UserPool,
  type UserPoolClient,
} from '../model/cognito.js';
/** The user pool an app client belongs to, when its `UserPoolId` refers to a user pool of the run. */
export function userPoolOf(client: UserPoolClient): UserPool | undefined {
  return client.userPool;
}

/** The app clients of a user pool found in the run (clients in other stacks included, through cross-stack references). */
export function clientsOf(pool: UserPool): readonly UserPoolClient[] {
  return pool.clients;
}

/** Claims Cognito puts in tokens itself (never user-writable: docs/semantics.md#user-writable-claim). */
export const TOKEN_CLAIMS: ReadonlySet<string> = new Set([
  'aud',
  'iss',
  'token_use',
  'auth_time',
  'exp',
  'iat',
  'jti',
  'origin_jti',
  'event_id',
]);

const VERIFICATION_ATTRIBUTES: ReadonlySet<string> = new Set(['email_verified', 'phone_number_verified']);

export interface Writability {
  readonly writable: Tri;
  /** Why, for notifications: "listed in `WriteAttributes` of app client `WebClient`". */
  readonly because: string;
  /** Why a user can set the claim, as facts (rules word them): only when `writable` is true. */
  readonly reason?: WritableReason;
}

/**
 * Why a user of `client` can set a claim: the client lists it in `WriteAttributes` (`listed`), has
 * no `WriteAttributes` so may write every standard attribute (`all-standard`), the pool requires it
 * (`required`), or it is the user name chosen at sign-up (`username`); `immutable`: the attribute is
 * immutable, but the pool's self sign-up lets the user set it when signing up.
 */
export interface WritableReason {
  readonly kind: 'listed' | 'all-standard' | 'required' | 'username';
  readonly client: string;
  /** The user pool's name (known whenever a claim is writable for `required`, `username` and `immutable`). */
  readonly userPool: string | undefined;
  readonly immutable: boolean;
  /** The client's `WriteAttributes` as its input names it, when that is not CloudFormation's name (Terraform's `write_attributes`). */
  readonly property?: string;
}

/**
 * Can a user of `client` set the token claim `claim` themselves? The definition of a
 * user-writable claim (docs/semantics.md#user-writable-claim):
 *
 * - writable: custom or standard attributes in the client's `WriteAttributes` (every standard
 *   attribute when `WriteAttributes` is omitted), required attributes (always writable), and with
 *   self sign-up every attribute the client may write at sign-up (immutable attributes included:
 *   they are written when the user is created, and with self sign-up the user creates themself);
 * - never writable: `sub`, `cognito:*`, `identities`, `email_verified` / `phone_number_verified`
 *   unless listed, token claims (`aud`, `iss`, `token_use`, `auth_time`, `exp`, `iat`, `jti`,
 *   `origin_jti`, `event_id`), and developer-only (`dev:`) attributes.
 *
 * One deviation, where AWS behaviour decides: `cognito:username` is the user name the caller
 * passes to `SignUp`, so it is user-chosen when the pool allows self sign-up and has no
 * `UsernameAttributes` (with `UsernameAttributes`, Cognito generates the user name).
 *
 * `'unknown'` when the answer depends on something not statically known: the client's
 * `WriteAttributes`, the pool (not in the run), its `Schema` or its sign-up setting. Never a guess.
 */
export function userWritability(client: UserPoolClient, claim: string): Writability {
  const clientName = `app client \`${client.name}\``;
  const pool = client.userPool;
  const poolName = pool ? `user pool \`${pool.name}\`` : 'its user pool';
  if (TOKEN_CLAIMS.has(claim)) return { writable: false, because: `\`${claim}\` is a token claim Cognito sets` };
  if (claim === 'sub' || claim === 'identities') return { writable: false, because: `\`${claim}\` is set by Cognito` };
  if (claim.startsWith('dev:')) return { writable: false, because: `\`${claim}\` is a developer-only attribute` };
  const selfSignUp: Tri = pool ? pool.selfSignUp : 'unknown';
  if (claim === 'cognito:username') {
    // SignUp takes the user name from the caller unless the pool signs in with email/phone as user name.
    const noUsernameAttributes: Tri =
      !pool || !pool.usernameAttributes.known ? 'unknown' : tri.not(listTri(pool.usernameAttributes.items, () => true));
    const writable = tri.and(selfSignUp, noUsernameAttributes);
    return {
      writable,
      because: `\`cognito:username\` is the user name chosen at sign-up when ${poolName} allows self sign-up and has no UsernameAttributes`,
      ...(writable === true
        ? { reason: { kind: 'username', client: client.name, userPool: pool?.name, immutable: false } }
        : {}),
    };
  }
  if (claim.startsWith('cognito:')) return { writable: false, because: `\`${claim}\` is set by Cognito` };

  const schemaEntry: SchemaAttribute | undefined = pool?.schema.find((a) => a.claim === claim);
  const schemaKnown = pool !== undefined && pool.schemaKnown;
  if (schemaEntry && schemaEntry.developerOnly === true)
    return { writable: false, because: `\`${claim}\` is a developer-only attribute of ${poolName}` };
  const standard = STANDARD_ATTRIBUTES.has(claim);
  const verification = VERIFICATION_ATTRIBUTES.has(claim);
  const custom = claim.startsWith('custom:');
  if (!standard && !verification && !custom)
    return { writable: false, because: `\`${claim}\` is not a user attribute` };
  if (custom && schemaKnown && !schemaEntry)
    return { writable: false, because: `${poolName} has no attribute \`${claim}\`` };

  // May the client write it at all?
  let listed: Tri;
  let listedBecause: string;
  if (client.writeAttributes.value.kind === 'absent') {
    listed = standard;
    listedBecause = standard
      ? `${clientName} has no WriteAttributes, so it may write every standard attribute`
      : `${clientName} has no WriteAttributes, which then covers standard attributes only`;
  } else if (!client.writeAttributes.known) {
    listed = 'unknown';
    listedBecause = `the WriteAttributes of ${clientName} are not statically known`;
  } else {
    listed = listTri(client.writeAttributes.items, (s) => s === claim);
    listedBecause =
      listed === true
        ? `${clientName} lists \`${claim}\` in WriteAttributes`
        : listed === false
          ? `${clientName} does not list \`${claim}\` in WriteAttributes`
          : `some WriteAttributes of ${clientName} are not statically known`;
  }
  const required: Tri = verification ? false : schemaEntry ? schemaEntry.required : schemaKnown ? false : 'unknown';
  const mayWrite = tri.or(listed, required);
  if (mayWrite === false) return { writable: false, because: listedBecause };

  // Immutable attributes are written only when the user is created: by the user only with self sign-up.
  const mutable: Tri = schemaEntry ? schemaEntry.mutable : schemaKnown ? true : 'unknown';
  const writable = tri.and(mayWrite, tri.or(mutable, selfSignUp));
  const reason =
    required === true && listed !== true
      ? `\`${claim}\` is a required attribute of ${poolName} (always writable)`
      : listedBecause;
  if (writable === false) {
    return {
      writable,
      because: `\`${claim}\` is immutable and ${poolName} does not allow self sign-up (only administrators create users)`,
    };
  }
  if (writable === true) {
    const kind =
      required === true && listed !== true
        ? 'required'
        : standard && client.writeAttributes.value.kind === 'absent'
          ? 'all-standard'
          : 'listed';
    return {
      writable,
      because:
        mutable === true
          ? reason
          : `${reason}; it is immutable, but ${poolName} allows self sign-up, so the user sets it when signing up`,
      reason: {
        kind,
        client: client.name,
        userPool: pool?.name,
        immutable: mutable !== true,
        ...(client.writeAttributes.name !== undefined ? { property: client.writeAttributes.name } : {}),
      },
    };
  }
  const open: string[] = [];
  if (listed === 'unknown') open.push(`the WriteAttributes of ${clientName}`);
  if (!pool) open.push('the user pool (not in this run)');
  else {
    if (required === 'unknown' || mutable === 'unknown') open.push(`the Schema of ${poolName}`);
    if (selfSignUp === 'unknown' && mutable !== true) open.push(`the sign-up setting of ${poolName}`);
  }
  return {
    writable,
    because: `whether a user can set \`${claim}\` depends on ${open.join(' and ') || 'values'} that are not statically known`,
  };
}

/** `userWritability(client, claim).writable`: true, false, or `'unknown'` when not statically known. */
export function isUserWritableClaim(client: UserPoolClient, claim: string): Tri {
  return userWritability(client, claim).writable;
}

/**
 * The claims a user of `client` can certainly set (`writable`) and those that may be writable
 * (`uncertain`), among the standard attributes, the verification attributes, `cognito:username`,
 * the pool's schema and the client's `WriteAttributes`. `complete` is false when something that
 * decides it is not statically known (then `uncertain` may miss claims).
 */
export function userWritableAttributes(client: UserPoolClient): {
  writable: string[];
  uncertain: string[];
  complete: boolean;
} {
  const candidates = new Set<string>([...STANDARD_ATTRIBUTES, ...VERIFICATION_ATTRIBUTES, 'cognito:username']);
  for (const attribute of client.userPool?.schema ?? []) candidates.add(attribute.claim);
  for (const item of client.writeAttributes.items) {
    const s = knownString(item.value);
    if (s !== undefined) candidates.add(s);
  }
  const writable: string[] = [];
  const uncertain: string[] = [];
  for (const claim of [...candidates].sort()) {
    const result = isUserWritableClaim(client, claim);
    if (result === true) writable.push(claim);
    else if (result === 'unknown') uncertain.push(claim);
  }
  const pool = client.userPool;
  const complete =
    pool !== undefined &&
    pool.schemaKnown &&
    pool.selfSignUp !== 'unknown' &&
    client.writeAttributes.known &&
    client.writeAttributes.items.every((i) => knownString(i.value) !== undefined);
  return { writable, uncertain, complete };
}

/** Does some entry of a list certainly satisfy `test` (true), certainly none (false), or can't we tell? */
function listTri(items: readonly ListItem[], test: (s: string) => boolean): Tri {
  return tri.any(
    items.map((item): Tri => {
      const s = knownString(item.value);
      if (s !== undefined) return test(s);
      // An entry that is absent in every alternative (`AWS::NoValue`) is no entry.
      return alternatives(item.value).some((a) => a.kind !== 'absent') ? 'unknown' : false;
    }),
  );
}
