/**
 * Action lists grouped by service, built once per list. A grant of `*` holds ≈18,000 actions and
 * grants share their lists (grants.ts), so the rules that ask "what of service X remains" ask
 * the same list again and again, statement after statement and scenario after scenario: the
 * grouping is remembered for as long as the list lives.
 */
import type { ActionInfo } from './actions.js';
/** The actions of `actions` by service, each in the list's order. Callers must not change the lists. */
export declare function actionsByService(actions: readonly ActionInfo[]): ReadonlyMap<string, readonly ActionInfo[]>;
/** The actions of one service in `actions` (the list's order): `actions.filter((a) => a.service === service)`, indexed. */
export declare function actionsOfServiceIn(actions: readonly ActionInfo[], service: string): readonly ActionInfo[];
/**
 * `compute()`, an answer about `actions`, remembered per long list and `key`: a grant of `*` shares
 * its list (grants.ts), and statement after statement narrows it by the same resources, condition
 * keys or Denies. `key` must say everything the answer depends on besides the list, and name the
 * question (answers to different questions share the list's memory).
 */
export declare function rememberedFor<R>(actions: readonly ActionInfo[], key: string, compute: () => R): R;
/** `filter(actions)`, remembered like rememberedFor. */
export declare function filteredActions<T extends ActionInfo>(actions: readonly T[], key: string, filter: (actions: readonly T[]) => readonly T[]): readonly T[];
