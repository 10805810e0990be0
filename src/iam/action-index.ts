/**
 * Action lists grouped by service, built once per list. A grant of `*` holds ≈18,000 actions and
 * grants share their lists (grants.ts), so the rules that ask "what of service X remains" ask
 * the same list again and again, statement after statement and scenario after scenario: the
 * grouping is remembered for as long as the list lives.
 */
import type { ActionInfo } from './actions.js';
import { ownString } from '../util/own-string.js';

const groupings = new WeakMap<readonly ActionInfo[], ReadonlyMap<string, readonly ActionInfo[]>>();

/** The actions of `actions` by service, each in the list's order. Callers must not change the lists. */
export function actionsByService(actions: readonly ActionInfo[]): ReadonlyMap<string, readonly ActionInfo[]> {
  let grouped = groupings.get(actions);
  if (!grouped) {
    const out = new Map<string, ActionInfo[]>();
    for (const a of actions) {
      const list = out.get(a.service);
      if (list) list.push(a);
      else out.set(a.service, [a]);
    }
    grouped = out;
    groupings.set(actions, grouped);
  }
  return grouped;
}

const NONE: readonly ActionInfo[] = [];

/** The actions of one service in `actions` (the list's order): `actions.filter((a) => a.service === service)`, indexed. */
export function actionsOfServiceIn(actions: readonly ActionInfo[], service: string): readonly ActionInfo[] {
  return actionsByService(actions).get(service) ?? NONE;
}

const remembered = new WeakMap<readonly ActionInfo[], Map<string, unknown>>();
/** Lists shorter than this are worked on afresh: remembering them would cost more than it saves. */
const MIN_REMEMBERED_LIST = 512;
/** Distinct answers remembered per list (a corpus names thousands of distinct bucket ARNs). */
const MAX_ANSWERS_PER_LIST = 256;

/**
 * `compute()`, an answer about `actions`, remembered per long list and `key`: a grant of `*` shares
 * its list (grants.ts), and statement after statement narrows it by the same resources, condition
 * keys or Denies. `key` must say everything the answer depends on besides the list, and name the
 * question (answers to different questions share the list's memory).
 */
export function rememberedFor<R>(actions: readonly ActionInfo[], key: string, compute: () => R): R {
  if (actions.length < MIN_REMEMBERED_LIST) return compute();
  let byKey = remembered.get(actions);
  if (!byKey) remembered.set(actions, (byKey = new Map()));
  if (byKey.has(key)) return byKey.get(key) as R;
  const answer = compute();
  // The key holds text from a template and the list may be the catalogue's: an own copy (util/own-string.ts).
  if (byKey.size < MAX_ANSWERS_PER_LIST) byKey.set(ownString(key), answer);
  return answer;
}

/** `filter(actions)`, remembered like rememberedFor. */
export function filteredActions<T extends ActionInfo>(
  actions: readonly T[],
  key: string,
  filter: (actions: readonly T[]) => readonly T[],
): readonly T[] {
  return rememberedFor(actions, `filter\u0000${key}`, () => filter(actions));
}
