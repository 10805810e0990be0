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

const compare = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);

export function compareNotificationKeys(a: NotificationKey, b: NotificationKey): number {
  return (
    compare(a.file ?? '', b.file ?? '') ||
    compare(a.line ?? 0, b.line ?? 0) ||
    compare(a.column ?? 0, b.column ?? 0) ||
    compare(a.kind, b.kind) ||
    compare(a.ruleId ?? '', b.ruleId ?? '') ||
    compare(a.message, b.message) ||
    compare(a.level, b.level)
  );
}

export function notificationKey(n: Notification): NotificationKey {
  return {
    file: n.file,
    line: n.range?.start.line,
    column: n.range?.start.column,
    kind: n.kind,
    ruleId: n.ruleId,
    message: n.message,
    level: n.level,
  };
}

/** A sorted copy. */
export function sortNotifications(notes: readonly Notification[]): Notification[] {
  return [...notes].sort((a, b) => compareNotificationKeys(notificationKey(a), notificationKey(b)));
}
