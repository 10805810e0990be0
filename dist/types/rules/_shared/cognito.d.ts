/**
 * How messages name user pools and their app clients.
 */
import type { ReportNote, UserPool, UserPoolClient, WritableReason } from '../../src/rule-api.js';
/** "user pool `Users`", for messages; `start` capitalises it to begin a sentence. */
export declare function describeUserPool(pool: UserPool, start?: boolean): string;
/** "app client `WebClient` of user pool `Users`" (without the pool when it is not in the run), for messages. */
export declare function describeClient(client: UserPoolClient, start?: boolean): string;
/**
 * Why users can set a claim, as notes after a message that says they can: declared in the
 * `meta.notes` of the rules about writable claims, filled by `writableNotes`.
 */
export declare const WRITABLE_NOTES: {
    readonly writableListed: "App client {{client}} lists `{{claim}}` in `{{property}}`.";
    readonly writableAllStandard: "App client {{client}} has no `{{property}}`, so it may write every standard attribute.";
    readonly writableRequired: "`{{claim}}` is a required attribute of user pool {{userPool}}, which users always write.";
    readonly writableUsername: "`cognito:username` is the user name chosen at sign-up, since user pool {{userPool}} allows self sign-up and has no `UsernameAttributes`.";
    readonly writableImmutable: "`{{claim}}` is immutable, but user pool {{userPool}} allows self sign-up, so users set it when signing up.";
};
export type WritableNote = ReportNote<typeof WRITABLE_NOTES>;
/** The notes that say why users can set `claim` (none when the reason is not known). */
export declare function writableNotes(reason: WritableReason | undefined, claim: string): WritableNote[];
