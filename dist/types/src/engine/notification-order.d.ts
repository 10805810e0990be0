/**
 * The one order of a report's notifications: by file (notes about no file first), position,
 * kind, rule and message. A fixed order, rather than the order the run happened to meet things
 * in, is what lets `cognito-iam-lint merge` put the notifications of a sharded run back exactly
 * where the single run has them (src/cli/merge.ts reads the same key back from SARIF and JSON).
 */
import type { Notification } from './types.js';
/** What the order looks at; `line`/`column` are the start of the notification's range. */
export interface NotificationKey {
    file?: string | undefined;
    line?: number | undefined;
    column?: number | undefined;
    kind: string;
    ruleId?: string | undefined;
    message: string;
    level: string;
}
export declare function compareNotificationKeys(a: NotificationKey, b: NotificationKey): number;
export declare function notificationKey(n: Notification): NotificationKey;
/** A sorted copy. */
export declare function sortNotifications(notes: readonly Notification[]): Notification[];
