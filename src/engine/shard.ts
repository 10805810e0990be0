/**
 * `--shard i/n`: which share of a run's input one job of a CI matrix lints, so that the shards'
 * reports merged (src/cli/merge.ts) are the report of the single run.
 *
 * The unit of assignment is a linked group of files, never a single file: the templates of one
 * cloud assembly, a nested stack and its parent, templates linked by Export/`Fn::ImportValue`, a
 * policy and the role it attaches to by name or ARN (in another template or in raw IAM JSON) are
 * linted together by the single run, and their cross-file findings only come out the same when
 * they are linted together in one shard. Every other file is a group of its own.
 *
 * Assignment: rendezvous (highest-random-weight) hashing. Group `g` goes to the shard `i` with the
 * largest sha256(key(g), i), where key(g) is the group's smallest file path (relative to the
 * working directory, '/'-separated). Why this scheme rather than filling shards greedily by size:
 * - Stable: a group's shard depends only on its key and n, so the same group lands on the same
 *   shard on every machine and every run, whatever else is added, removed or changed in the input.
 *   (The promise, tested in test/cli/shard.e2e.test.ts: for the same n, a group whose smallest
 *   path is unchanged keeps its shard.) A greedy fill moves every group after an inserted one.
 * - Balanced in expectation: every group is equally likely to go to each shard, so with the many
 *   small groups of a monorepo each shard gets about 1/n of the files and of the bytes (a group
 *   itself cannot be split; one huge assembly is one shard's work).
 * - Exact partition by construction: each group goes to exactly one shard, so the union of the
 *   shards is the input and no file is linted twice.
 *
 * What is not about one linted file is the whole run's, so every shard keeps it: files that could
 * not be read or were refused (`skipped`), `--parameter` warnings, notes about the config file.
 * The merge keeps such a notification once, and only when every shard reported it (a config
 * suppression is unused only if no shard used it).
 */
import { nodeCrypto } from '../util/node-builtins.js';
import type { LoadedInputs } from '../inputs/types.js';
import { readRawIam } from '../dialects/iam-json/raw-iam.js';
import { linkedTemplateGroups } from '../dialects/cloudformation/scenarios.js';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** A group of files that is linted in one shard; `key` is its smallest file path. */
export interface ShardGroup {
  key: string;
  files: string[];
}

/** The shard (1-based) rendezvous hashing gives a group's key among `count` shards. */
export function shardOfKey(key: string, count: number): number {
  let best = 1;
  let bestWeight = -1n;
  for (let i = 1; i <= count; i++) {
    const weight = BigInt(
      '0x' + nodeCrypto().createHash('sha256').update(`${key}\u0000${i}`).digest('hex').slice(0, 16),
    );
    if (weight > bestWeight) {
      best = i;
      bestWeight = weight;
    }
  }
  return best;
}

/**
 * Role ARNs written out in a template (`Roles: {authenticated: arn:aws:iam::…:role/Guest}`, the
 * account possibly `${AWS::AccountId}`): the names after the last '/'. The two ways to spell the
 * account never match the same text (`$` only starts `${…}`, which is bounded), so a hostile
 * template cannot make the match backtrack more than linearly.
 */
const ROLE_ARN = /arn:aws[a-z-]*:iam::(?:\$\{[^}\n]{0,128}\}|[^:"'\s$])*:role\/(?:[\w+=,.@/-]*\/)?([\w+=,.@-]+)/g;

/**
 * The groups of a run's input: every document, and every file an input problem is about, in
 * exactly one group. Sorted by key.
 */
export function shardGroups(inputs: LoadedInputs): ShardGroup[] {
  const parent = new Map<string, string>();
  const find = (file: string): string => {
    if (!parent.has(file)) parent.set(file, file);
    let root = file;
    while (parent.get(root) !== root) root = parent.get(root)!;
    // Path halving keeps long chains (a big assembly) cheap.
    let node = file;
    while (parent.get(node) !== root) {
      const next = parent.get(node)!;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  for (const doc of inputs.documents) find(doc.file);
  for (const problem of inputs.problems) find(problem.file);

  // Who defines a role name: templates (RoleName) and raw IAM documents (get-role, authorization details).
  const definers = new Map<string, string[]>();
  const define = (name: string, file: string): void => {
    const list = definers.get(name) ?? [];
    list.push(file);
    definers.set(name, list);
  };
  const attached: Array<{ file: string; names: string[] }> = [];
  for (const group of linkedTemplateGroups(inputs.dialects.cloudformation)) {
    const first = group.templates[0]!.doc.file;
    for (const template of group.templates) {
      union(first, template.doc.file);
      // A manifest's problems go with its assembly.
      if (template.assembly && parent.has(template.assembly.manifestFile)) union(first, template.assembly.manifestFile);
    }
    const names = [...group.attachedRoleNames];
    for (const template of group.templates)
      for (const match of template.doc.text.matchAll(ROLE_ARN)) names.push(match[1]!);
    attached.push({ file: first, names });
    for (const name of group.definedRoleNames) define(name, first);
  }
  for (const doc of inputs.dialects['iam-json']) {
    for (const role of readRawIam([doc]).parts.roles) if (role.roleName) define(role.roleName, doc.file);
  }
  for (const { file, names } of attached)
    for (const name of names) for (const definer of definers.get(name) ?? []) union(file, definer);

  const groups = new Map<string, ShardGroup>();
  for (const file of parent.keys()) {
    const root = find(file);
    const group = groups.get(root) ?? { key: root, files: [] };
    group.files.push(file);
    groups.set(root, group);
  }
  // The union keeps the smallest path as the root, so `key` is the group's smallest file.
  return [...groups.values()]
    .map((g) => ({ ...g, files: g.files.sort() }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The share of `inputs` shard `shard` lints; `skipped` (files not read) stays whole: it is the whole run's. */
export function selectShard(inputs: LoadedInputs, shard: Shard): LoadedInputs {
  const mine = new Set<string>();
  for (const group of shardGroups(inputs))
    if (shardOfKey(group.key, shard.count) === shard.index) for (const file of group.files) mine.add(file);
  return {
    documents: inputs.documents.filter((doc) => mine.has(doc.file)),
    dialects: {
      cloudformation: inputs.dialects.cloudformation.filter((template) => mine.has(template.doc.file)),
      'iam-json': inputs.dialects['iam-json'].filter((doc) => mine.has(doc.file)),
      terraform: inputs.dialects.terraform.filter((doc) => mine.has(doc.file)),
    },
    problems: inputs.problems.filter((problem) => mine.has(problem.file)),
    skipped: inputs.skipped,
    ...(inputs.notes ? { notes: inputs.notes } : {}),
  };
}
