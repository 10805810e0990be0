/**
 * Action lists grouped by service, built once per list. A grant of `*` holds ≈18,000 actions and
 * grants share their lists (grants.ts), so the rules that ask "what of service X remains" ask
 * the same list again and again, statement after statement and scenario after scenario: the
 * grouping is remembered for as long as the list lives.
 */
import type { ActionInfo } from '../../data/iam-actions.js';

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
