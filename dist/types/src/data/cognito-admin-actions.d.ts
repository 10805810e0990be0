/** What the action administers: a user pool (`cognito-idp`) or an identity pool (`cognito-identity`). */
export type CognitoPoolKind = 'user-pool' | 'identity-pool';
export interface CognitoAdminAction {
    /** `cognito-idp:AdminAddUserToGroup`, as the Service Authorization Reference spells it. */
    readonly action: string;
    readonly pool: CognitoPoolKind;
    /** The action's page of the Amazon Cognito API reference. */
    readonly source: string;
}
/** Every action of the list, in the file's order. */
export declare function cognitoAdminActions(): ReadonlyArray<CognitoAdminAction>;
/** The list's entry for an action (any case: action names are case-insensitive), or undefined. */
export declare function cognitoAdminAction(actionId: string): CognitoAdminAction | undefined;
