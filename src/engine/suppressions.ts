/**
 * In-source suppressions, where the template lives (the cdk-nag way):
 *
 *   Metadata:
 *     cognito-iam-lint:
 *       suppress:
 *         - rule: identity-pool/guest-access
 *           reason: The kiosk app is meant to be used without signing in.
 *           expires: 2027-06-30        # optional
 *
 * on a resource (suppresses that resource's findings) or at the template's top-level
 * `Metadata` (the whole file). A reason is required; an expired suppression stops suppressing.
 */
import type { Notification } from './types.js';
import { isPlainObject, own } from '../model/source.js';

export const SUPPRESSION_METADATA_KEY = 'cognito-iam-lint';

export interface Suppression {
  rule: string;
  reason: string;
  expires?: string;
}

/** Read the suppressions of a Metadata object; malformed entries become notifications. */
export function readSuppressions(metadata: Record<string, unknown> | undefined, where: string, notes: Notification[], now: Date): Suppression[] {
  const block = metadata ? own(metadata, SUPPRESSION_METADATA_KEY) : undefined;
  if (!isPlainObject(block)) return [];
  const list = own(block, 'suppress');
  if (!Array.isArray(list)) return [];
  const out: Suppression[] = [];
  for (const entry of list) {
    if (!isPlainObject(entry) || typeof entry.rule !== 'string') {
      notes.push({ level: 'warning', kind: 'input', message: `${where}: a suppression needs a \`rule\`.` });
      continue;
    }
    const reason = typeof entry.reason === 'string' ? entry.reason.trim() : '';
    if (!reason) {
      notes.push({ level: 'warning', kind: 'input', message: `${where}: the suppression of ${entry.rule} has no reason, so it does not apply.` });
      continue;
    }
    const expires = entry.expires instanceof Date ? entry.expires.toISOString().slice(0, 10) : typeof entry.expires === 'string' ? entry.expires : undefined;
    if (expires !== undefined) {
      const date = new Date(expires);
      if (Number.isNaN(date.getTime())) {
        notes.push({ level: 'warning', kind: 'input', message: `${where}: the suppression of ${entry.rule} has an unreadable expiry date ${expires}.` });
        continue;
      }
      if (date.getTime() < now.getTime()) {
        notes.push({ level: 'warning', kind: 'input', message: `${where}: the suppression of ${entry.rule} expired on ${expires} and no longer applies.` });
        continue;
      }
    }
    out.push({ rule: entry.rule, reason, ...(expires !== undefined ? { expires } : {}) });
  }
  return out;
}

/** `trust/missing-aud`, `trust/*` or `*`. */
export function suppressionMatches(suppression: Suppression, ruleId: string): boolean {
  if (suppression.rule === '*' || suppression.rule === ruleId) return true;
  return suppression.rule.endsWith('/*') && ruleId.startsWith(suppression.rule.slice(0, -1));
}
