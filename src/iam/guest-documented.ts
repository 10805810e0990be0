/**
 * Guest grants AWS documents as the intended use of a guest role (src/data/guest-documented.json,
 * each pattern with its sources): telemetry ingestion on one app monitor or Pinpoint app, telemetry
 * actions that support no resource type, talking to one Amazon Lex bot alias or version (the Lex web
 * UI), and calling the queries and subscriptions of one GraphQL API through AppSync's IAM
 * authorization (`appsync:GraphQL` on `apis/<id>/types/<type>/…` for types other than `Mutation`,
 * what Amplify's `allow: public, provider: iam` read rules grant). role/guest-write-access reports
 * these at info (rules/role/guest-write-access.md).
 *
 * A resource is judged by its fixed parts (docs/semantics.md#resolved-value): `arn:<?>:lex:<?>:<?>:bot-alias/<?>/<?>`
 * names one bot alias; `…:bot-alias/*`, `…:bot-alias/<?>/*` and `*` do not.
 */
import data from '../data/guest-documented.json' with { type: 'json' };
import type { ActionInfo } from './actions.js';
import { HOLE, scalarAlternatives, templateText, type Resolved } from '../values/resolved.js';

export type DocumentedGuestKind = 'telemetry' | 'lex' | 'graphql';

interface Pattern {
  kind: DocumentedGuestKind;
  actions: string[];
  resources: string[];
  sources: string[];
}

const PATTERNS = (data as { patterns: Pattern[] }).patterns.map((p) => ({
  ...p,
  matchers: p.resources.map(resourceMatcher),
}));
const BY_ACTION = new Map(PATTERNS.flatMap((p) => p.actions.map((a) => [a.toLowerCase(), p] as const)));

/** Every action of the data file, as it spells them, with whether the pattern names resources. */
export function documentedGuestActions(): ReadonlyArray<{
  action: string;
  kind: DocumentedGuestKind;
  resourceLess: boolean;
}> {
  return PATTERNS.flatMap((p) =>
    p.actions.map((action) => ({ action, kind: p.kind, resourceLess: p.resources.length === 0 })),
  );
}

/**
 * `{Name}` is one identifier: written text or an unknown part (`HOLE` of templateText), never `*`/`?`, and no `/` or
 * `:` (so one unknown part cannot stand for `<bot>/<alias>` — undecidable, so not specific);
 * `{Name!Other}` is one identifier written in full, other than `Other` (an unknown part may be
 * `Other`: undecidable, so no match); `{~Name}` is an unknown part only (an ID the service
 * generates, so `{~Name}*` cannot be a prefix that names several); a trailing `*` is anything below.
 */
function resourceMatcher(template: string): RegExp {
  let source = '';
  for (const piece of template.split(/(\{[^}]+\}|\*)/)) {
    if (piece === '') continue;
    const except = /^\{[^!}]+!([^}]+)\}$/.exec(piece)?.[1];
    if (piece === '*') source += '.*';
    else if (piece.startsWith('{~')) source += `${HOLE}+`;
    else if (except !== undefined) source += `(?!${escapeRegExp(except)}(?:[/:]|$))[^/:*?${HOLE}]+`;
    else if (piece.startsWith('{')) source += '[^/:*?]+';
    else source += escapeRegExp(piece);
  }
  return new RegExp(`^${source}$`, 's');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface DocumentedGuestUse {
  kind: DocumentedGuestKind;
  /** The action supports no resource type: IAM can only grant it on `*`, which is then no wider than any other resource. */
  resourceLess: boolean;
}

/**
 * Is the grant of `action` on these resources one of the documented guest uses? `resourceTexts`
 * holds each alternative of each resource value as its fixed parts read it (templateText of
 * model/resolved.ts; `undefined` when it cannot be read), or is `undefined` for `NotResource`;
 * src/iam/guest-documented.ts reads them from a statement. Every resource that can apply to the
 * action — `*`, a wildcard or unknown service, or the action's own service — must name one specific
 * resource of the pattern; resources of another service do not apply to the action (IAM matches them
 * against the request's resource, so they allow it nothing) and are not judged. `undefined` when the
 * action is no documented guest action, or a resource is wider, cannot be read, or is `NotResource`.
 */
function documentedGuestUseOfTexts(
  action: ActionInfo,
  resourceTexts: Iterable<string | undefined> | undefined,
): DocumentedGuestUse | undefined {
  const pattern = BY_ACTION.get(action.id.toLowerCase());
  if (!pattern) return undefined;
  if (pattern.resources.length === 0) return { kind: pattern.kind, resourceLess: true };
  if (!resourceTexts) return undefined;
  for (const text of resourceTexts) {
    if (text === undefined) return undefined;
    const parts = text.split(':');
    const service = parts[2];
    // An ARN of another service names no resource this action can act on.
    if (
      parts[0] === 'arn' &&
      parts.length >= 6 &&
      service !== undefined &&
      /^[a-z0-9-]+$/i.test(service) &&
      service.toLowerCase() !== action.service
    )
      continue;
    if (parts[0] !== 'arn' || parts.length < 6 || service?.toLowerCase() !== action.service) return undefined;
    const rest = parts.slice(5).join(':');
    if (!pattern.matchers.some((m) => m.test(rest))) return undefined;
  }
  return { kind: pattern.kind, resourceLess: false };
}

/**
 * Is the grant of `action` on these resources one of the documented guest uses? `undefined` for
 * `NotResource` (see documentedGuestUseOfTexts).
 */
export function documentedGuestUse(
  action: ActionInfo,
  resource: { values: ReadonlyArray<{ value: Resolved }> } | undefined,
): DocumentedGuestUse | undefined {
  return documentedGuestUseOfTexts(action, resource && resourceTexts(resource.values));
}

/** Lazily, so an action that is no documented guest action reads no resource. */
function* resourceTexts(values: ReadonlyArray<{ value: Resolved }>): Generator<string | undefined> {
  for (const value of values) for (const alt of scalarAlternatives(value.value)) yield templateText(alt);
}

/**
 * The mutations an `appsync:GraphQL` grant on these resources reaches (AppSync IAM authorization:
 * `…:apis/<id>/types/Mutation/fields/<field>`): the field names written out, `'*'` for every mutation
 * (`types/Mutation/*`, a wildcard or unknown type, the whole API, `*`), none for a grant on other
 * types only. `undefined` when a resource cannot be read or the statement has `NotResource`.
 */
export function graphqlMutations(
  resource: { values: ReadonlyArray<{ value: Resolved }> } | undefined,
): string[] | undefined {
  if (!resource) return undefined;
  const fields = new Set<string>();
  for (const text of resourceTexts(resource.values)) {
    if (text === undefined) return undefined;
    const parts = text.split(':');
    // An ARN of AppSync, or one whose service may be AppSync (a wildcard or unknown part); `*`.
    const service = parts[2] ?? '';
    const appsync = service.toLowerCase() === 'appsync' || service.includes('*') || service.includes(HOLE);
    if (text === '*' || (parts[0] === 'arn' && appsync && parts.length >= 6)) {
      const rest = text === '*' ? '*' : parts.slice(5).join(':');
      const field = /^apis\/[^/]+\/types\/Mutation\/fields\/([A-Za-z_][A-Za-z0-9_]*)$/.exec(rest)?.[1];
      if (field !== undefined) fields.add(field);
      else if (!documentedGuestResource('appsync:graphql', rest)) fields.add('*');
    } else if (parts[0] !== 'arn') {
      return undefined;
    }
  }
  return fields.has('*') ? ['*'] : [...fields];
}

/** Does `rest` (the resource part of an ARN) match a documented guest resource of the action? */
function documentedGuestResource(action: string, rest: string): boolean {
  return BY_ACTION.get(action)?.matchers.some((m) => m.test(rest)) ?? false;
}
