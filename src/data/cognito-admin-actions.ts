/**
 * The Cognito administration actions role/cognito-admin-actions reports (rules/role/cognito-admin-actions.md), kept as one data
 * file with the Amazon Cognito API reference page of each action (src/data/cognito-admin-actions.json).
 * The rule and the Granularity hand-off read it through this module only.
 */
import data from './cognito-admin-actions.json' with { type: 'json' };

/** What the action administers: a user pool (`cognito-idp`) or an identity pool (`cognito-identity`). */
export type CognitoPoolKind = 'user-pool' | 'identity-pool';

export interface CognitoAdminAction {
  /** `cognito-idp:AdminAddUserToGroup`, as the Service Authorization Reference spells it. */
  readonly action: string;
  readonly pool: CognitoPoolKind;
  /** The action's page of the Amazon Cognito API reference. */
  readonly source: string;
}

const ACTIONS: ReadonlyArray<CognitoAdminAction> = Object.freeze(
  (data as { actions: CognitoAdminAction[] }).actions.map((a) =>
    Object.freeze({ action: a.action, pool: a.pool, source: a.source }),
  ),
);
const BY_ID = new Map(ACTIONS.map((a) => [a.action.toLowerCase(), a]));

/** Every action of the list, in the file's order. */
export function cognitoAdminActions(): ReadonlyArray<CognitoAdminAction> {
  return ACTIONS;
}

/** The list's entry for an action (any case: action names are case-insensitive), or undefined. */
export function cognitoAdminAction(actionId: string): CognitoAdminAction | undefined {
  return BY_ID.get(actionId.toLowerCase());
}
