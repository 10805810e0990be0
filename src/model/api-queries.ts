/**
 * What rules ask about the API Gateway part of the model (apigateway.ts; the CloudFormation dialect
 * reads it in src/dialects/cloudformation/api-readers.ts, which shares the judges): labels for
 * messages, the authorizers of a method or route, and judges of issuers and user pool ARNs by their
 * fixed parts. Below the dialects, so that every dialect judges an issuer the same way.
 */
import type { Tri } from '../core/tri.js';
import {
  alternatives,
  describe,
  foldResolved,
  HOLE,
  knownString,
  templateText,
  type Resolved,
} from '../values/resolved.js';
import type { ApiEntities, HttpApi, HttpAuthorizer, HttpRoute, RestApi, RestMethod } from './apigateway.js';
import type { ResourceNode } from '../values/resource-node.js';

export const USER_POOL = 'AWS::Cognito::UserPool';
export const USER_POOL_CLIENT = 'AWS::Cognito::UserPoolClient';
/** The logical IDs SAM gives the APIs it creates for events that name none. */
export const IMPLICIT_REST_API = 'ServerlessRestApi';
export const IMPLICIT_HTTP_API = 'ServerlessHttpApi';

// ────────────────────────────────────────────────────────────────────────────────────────────
// Helpers rules share
// ────────────────────────────────────────────────────────────────────────────────────────────

/** The resource of `type` a value refers to (`Ref` or `Fn::GetAtt`), directly or as a part of a string. */
export function referencedResource(value: Resolved, type: string): ResourceNode | undefined {
  const first = (found: readonly (ResourceNode | undefined)[]): ResourceNode | undefined =>
    found.find((r) => r !== undefined);
  return foldResolved(value, {
    resource: ({ resource }) => (resource.type === type ? resource : undefined),
    concat: first,
    anyOf: first,
    otherwise: () => undefined,
  });
}

/** The upper-cased known strings a value may take (`Fn::If`, a parameter default), and whether some alternative is not known. */
export function knownAlternatives(value: Resolved): { values: string[]; absent: boolean; unknown: boolean } {
  const values: string[] = [];
  let absent = false;
  let unknown = false;
  for (const alt of alternatives(value)) {
    if (alt.kind === 'absent') absent = true;
    else {
      const text = knownString(alt);
      if (text === undefined) unknown = true;
      else values.push(text);
    }
  }
  return { values, absent, unknown };
}

/** `AuthorizationType` is `NONE` or absent in some alternative: the method (or route) may be open. */
export function mayBeUnauthenticated(authorizationType: Resolved): boolean {
  const { values, absent } = knownAlternatives(authorizationType);
  return absent || values.some((v) => v.toUpperCase() === 'NONE');
}

/** True when the value may be `want` (case-insensitive) in some alternative. */
export function mayBe(value: Resolved, want: string): boolean {
  return knownAlternatives(value).values.some((v) => v.toUpperCase() === want.toUpperCase());
}

/** True when the value is certainly a string other than `other` in every alternative. */
export function certainlyNot(value: Resolved, other: string): boolean {
  const { values, absent, unknown } = knownAlternatives(value);
  return !unknown && !absent && values.length > 0 && values.every((v) => v.toUpperCase() !== other.toUpperCase());
}

/** The route key of an HTTP route, as written. */
export function routeLabel(route: HttpRoute): string {
  return knownString(route.routeKey.value) ?? describe(route.routeKey.value);
}

/**
 * The methods a route key may start with (`GET /pets` → `GET`, upper-cased; `$default` as is), one per
 * alternative whose method is fixed text. A key built with `Fn::Sub` or `Fn::Join` is judged by its fixed
 * parts (docs/semantics.md#resolved-value): `!Sub 'POST /${Prefix}/items'` is a POST route whatever its
 * path. `unknown` when the method of some alternative is not fixed text.
 */
export function routeKeyMethods(route: HttpRoute): { methods: string[]; unknown: boolean } {
  const methods: string[] = [];
  let unknown = false;
  for (const alt of alternatives(route.routeKey.value)) {
    const text = templateText(alt);
    if (text === '$default') {
      methods.push(text);
      continue;
    }
    const space = text === undefined ? -1 : text.indexOf(' ');
    const method = space > 0 ? text!.slice(0, space) : undefined;
    if (method === undefined || method.includes(HOLE)) unknown = true;
    else methods.push(method.toUpperCase());
  }
  return { methods, unknown };
}

/** How messages name the API a method, route, authorizer or event belongs to. */
export function apiName(entity: { readonly api: RestApi | HttpApi | undefined; readonly apiRef: string }): string {
  return entity.api ? entity.api.name : entity.apiRef;
}

/** Does the REST API of a method have any authorizer? `unknown` when its definition cannot be read or the API is not in the model. */
export function restApiHasAuthorizer(entities: ApiEntities, method: RestMethod): Tri {
  const byKey = method.apiKey !== undefined && entities.restAuthorizers.some((a) => a.apiKey === method.apiKey);
  if (byKey) return true;
  const api = method.api;
  if (!api) return 'unknown';
  if (api.authorizers.length > 0) return true;
  if (api.definition.state === 'external' || api.definition.state === 'unknown') return 'unknown';
  if (api.samAuth && !api.samAuth.authorizersReadable) return 'unknown';
  return false;
}

/** The JWT authorizers of the API of a route (by model edge, or by the same API reference). */
export function jwtAuthorizersOfRoute(entities: ApiEntities, route: HttpRoute): HttpAuthorizer[] {
  return entities.httpAuthorizers.filter(
    (a) =>
      (route.api !== undefined ? a.api === route.api : a.apiKey !== undefined && a.apiKey === route.apiKey) &&
      mayBe(a.type.value, 'JWT'),
  );
}

/** A JWT authorizer's issuer names a Cognito user pool: its host is `cognito-idp.…`, or it refers to a user pool resource. */
export function isCognitoIssuer(value: Resolved): boolean {
  return alternatives(value).some(
    (alt) => referencedResource(alt, USER_POOL) !== undefined || /cognito-idp/i.test(fixedText(alt)),
  );
}

/** The fixed text of a value (unknown parts dropped). */
function fixedText(value: Resolved): string {
  return foldResolved(value, {
    known: (v) => String(v.value ?? ''),
    concat: (parts) => parts.join(''),
    otherwise: () => '',
  });
}

export function issuerUserPool(value: Resolved): ResourceNode | undefined {
  return referencedResource(value, USER_POOL);
}

const USER_POOL_ID = /^[a-z]{2}(-[a-z]+)+-\d_[0-9A-Za-z]+$/;

/** A literal user pool ID (`us-east-1_AbCdEf123`). */
export function isUserPoolIdText(text: string): boolean {
  return USER_POOL_ID.test(text);
}

export function issuerUserPoolId(value: Resolved): string | undefined {
  const text = knownString(value);
  if (text === undefined) return undefined;
  const last = text.slice(text.lastIndexOf('/') + 1);
  return isUserPoolIdText(last) ? last : undefined;
}

// ─── Judging strings by their fixed parts ───────────────────────────────────────────────────
//
// A value built with `Fn::Sub`/`Fn::Join` is judged by its fixed parts (docs/semantics.md#resolved-value):
// an unknown part may stand for any text, so a value is *certainly wrong* only when no
// text in the unknown parts could make it match. User pool references stand for what
// CloudFormation returns: `Ref` the pool ID, `Arn`, `ProviderURL`, `ProviderName`.

interface Atom {
  readonly test: (c: string) => boolean;
  readonly repeat: boolean;
}

const literal = (text: string): Atom[] => [...text].map((ch) => ({ test: (c: string) => c === ch, repeat: false }));
const charClass = (re: RegExp): Atom => ({ test: (c: string) => re.test(c), repeat: true });

const REGION_ATOMS = [charClass(/[a-z0-9-]/)];
const POOL_ID_ATOMS = [charClass(/[a-z0-9-]/), ...literal('_'), charClass(/[0-9A-Za-z]/)];

/** `https://cognito-idp.<region>.amazonaws.com[.cn]/<userPoolId>` (docs/semantics.md#http-api-jwt-authorizers). */
const ISSUER_GRAMMARS: Atom[][] = ['.amazonaws.com/', '.amazonaws.com.cn/'].map((suffix) => [
  ...literal('https://cognito-idp.'),
  ...REGION_ATOMS,
  ...literal(suffix),
  ...POOL_ID_ATOMS,
]);

/** `arn:<partition>:cognito-idp:<region>:<account>:userpool/<userPoolId>` (docs/semantics.md#rest-api-authorizers). */
const USER_POOL_ARN_GRAMMAR: Atom[] = [
  ...literal('arn:aws'),
  { test: (c) => /[a-z-]/.test(c), repeat: true },
  ...literal(':cognito-idp:'),
  ...REGION_ATOMS,
  ...literal(':'),
  charClass(/[0-9]/),
  ...literal(':userpool/'),
  ...POOL_ID_ATOMS,
];
// `arn:aws:` has no partition suffix: allow the repeated class to be skipped.
const USER_POOL_ARN_GRAMMARS: Atom[][] = [
  USER_POOL_ARN_GRAMMAR,
  [...literal('arn:aws'), ...USER_POOL_ARN_GRAMMAR.slice(8)],
];

const SAMPLE_REGION = 'us-east-1';
const SAMPLE_POOL_ID = 'us-east-1_Sample000';

/** What CloudFormation returns for a user pool reference; undefined for anything else (an unknown part). */
function userPoolSample(value: Resolved & { kind: 'resource' }): string | undefined {
  if (value.resource.type !== USER_POOL) return undefined;
  switch (value.attribute) {
    case undefined:
    case 'UserPoolId':
      return SAMPLE_POOL_ID;
    case 'Arn':
      return `arn:aws:cognito-idp:${SAMPLE_REGION}:123456789012:userpool/${SAMPLE_POOL_ID}`;
    case 'ProviderURL':
      return `https://cognito-idp.${SAMPLE_REGION}.amazonaws.com/${SAMPLE_POOL_ID}`;
    case 'ProviderName':
      return `cognito-idp.${SAMPLE_REGION}.amazonaws.com/${SAMPLE_POOL_ID}`;
    default:
      return undefined;
  }
}

type Segment = string | null; // null: any text

function segments(value: Resolved): Segment[] | undefined {
  switch (value.kind) {
    case 'known':
      return value.value === null ? undefined : [String(value.value)];
    case 'resource': {
      const sample = userPoolSample(value);
      return [sample ?? null];
    }
    case 'concat': {
      const out: Segment[] = [];
      for (const part of value.parts) {
        if (part.kind === 'known' || part.kind === 'resource' || part.kind === 'concat') {
          const inner = segments(part);
          if (!inner) out.push(null);
          else out.push(...inner);
        } else out.push(null);
      }
      return out;
    }
    case 'unknown':
      return [null];
    default:
      return undefined;
  }
}

const ALPHABET = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));

function step(grammar: Atom[], states: Set<number>, c: string): Set<number> {
  const next = new Set<number>();
  for (const s of states) {
    if (s < grammar.length && grammar[s]!.test(c)) next.add(s + 1);
    if (s > 0 && grammar[s - 1]!.repeat && grammar[s - 1]!.test(c)) next.add(s);
  }
  return next;
}

/** Could some text in the unknown parts make the segments a word of the grammar? */
function canMatch(grammar: Atom[], parts: Segment[]): boolean {
  let states = new Set<number>([0]);
  for (const part of parts) {
    if (part === null) {
      const closure = new Set(states);
      const queue = [...states];
      while (queue.length > 0) {
        const s = queue.pop()!;
        for (const c of ALPHABET) {
          for (const t of step(grammar, new Set([s]), c)) {
            if (!closure.has(t)) {
              closure.add(t);
              queue.push(t);
            }
          }
        }
      }
      states = closure;
    } else {
      for (const c of part) {
        states = step(grammar, states, c);
        if (states.size === 0) return false;
      }
    }
  }
  return states.has(grammar.length);
}

/** Can the value be written in one of the grammars? Unknown when none of its text is known. */
function matchesGrammar(value: Resolved, grammars: Atom[][]): Tri {
  const parts = segments(value);
  if (!parts) return 'unknown';
  if (parts.every((p) => p === null)) return 'unknown';
  // Templates repeat the same issuer (`https://cognito-idp.${AWS::Region}.amazonaws.com/${Pool}`) for
  // every authorizer, and closing over a hole costs a pass over the alphabet per state: asked once.
  let answers = grammarAnswers.get(grammars);
  if (!answers) grammarAnswers.set(grammars, (answers = new Map()));
  const key = JSON.stringify(parts);
  let answer = answers.get(key);
  if (answer === undefined) {
    answer = grammars.some((g) => canMatch(g, parts));
    if (answers.size < MAX_GRAMMAR_ANSWERS) answers.set(key, answer);
  }
  return answer;
}

const grammarAnswers = new WeakMap<Atom[][], Map<string, boolean>>();
/** Bounds what a hostile input of many distinct values can make the cache hold. */
const MAX_GRAMMAR_ANSWERS = 1024;

/** Is this (single-alternative) value a well-formed Cognito issuer `https://cognito-idp.<region>.amazonaws.com/<userPoolId>`? */
export function judgeCognitoIssuer(value: Resolved): Tri {
  return matchesGrammar(value, ISSUER_GRAMMARS);
}

/** Is this (single-alternative) value a user pool ARN? */
export function judgeUserPoolArn(value: Resolved): Tri {
  return matchesGrammar(value, USER_POOL_ARN_GRAMMARS);
}

/** Why an issuer is not the Cognito form, for messages. */
export function issuerDefect(value: Resolved): 'arn' | 'http' | 'trailingSlash' | 'noRegion' | 'malformed' {
  const refersToArn = (v: Resolved): boolean =>
    (v.kind === 'resource' && v.resource.type === USER_POOL && v.attribute === 'Arn') ||
    (v.kind === 'concat' && v.parts.some(refersToArn));
  // An unknown part stands for some text: a hole, so that `https://cognito-idp.amazonaws.com/${PoolId}` lacks the region, not ends with a slash.
  const text = (segments(value) ?? []).map((s) => s ?? HOLE).join('');
  if (refersToArn(value) || /:userpool\//.test(text)) return 'arn';
  if (/^http:\/\//i.test(text)) return 'http';
  if (text.endsWith('/')) return 'trailingSlash';
  if (/cognito-idp\.amazonaws\.com/i.test(text)) return 'noRegion';
  return 'malformed';
}
