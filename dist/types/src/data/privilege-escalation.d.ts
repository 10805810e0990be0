export interface PrivilegeEscalationAction {
    /** `iam:PassRole`, as the Service Authorization Reference spells it. */
    readonly action: string;
    /** One line: what holding the action lets a principal do. */
    readonly why: string;
}
export interface PrivilegeEscalationSource {
    readonly id: string;
    readonly title: string;
    readonly url: string;
}
/** Every action of the list, in the file's order. */
export declare function privilegeEscalationActions(): ReadonlyArray<PrivilegeEscalationAction>;
/** Is `actionId` (`iam:PassRole`, any case: action names are case-insensitive) on the list? */
export declare function isPrivilegeEscalationAction(actionId: string): boolean;
/** The list's entry for an action (any case), for its `why`. */
export declare function privilegeEscalationAction(actionId: string): PrivilegeEscalationAction | undefined;
/** The published sources the list cites, for documentation and `meta.references`. */
export declare function privilegeEscalationSources(): ReadonlyArray<PrivilegeEscalationSource>;
