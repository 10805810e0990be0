/**
 * Why a grant is administrator-level, in words: one sentence per reason, said after the message of
 * each rule that names such a grant (role/admin-access, user-pool/open-signup-privileged), from one
 * table those rules spread into their `meta.notes`; the facts come from src/ (`adminGrant`).
 */
import type { AdminGrant, ReportNote } from '../../src/rule-api.js';
import { formatList } from './lists.js';

/** One sentence per reason an administrator-level grant has (rules/role/admin-access.md). */
export const ADMIN_REASON_NOTES = {
  adminNotAction: '`NotAction` allows every action it does not list.',
  adminEverything: '`*` is every action of every service.',
  adminWholeService: '{{patterns}} is a whole-service wildcard.',
  adminWholeServices: '{{patterns}} are whole-service wildcards.',
  adminPermissionsManagement: 'The access level of {{actions}} is Permissions management.',
  adminPrivilegeEscalation: '{{actions}} can lead to privilege escalation.',
} as const;

export type AdminReasonNote = ReportNote<typeof ADMIN_REASON_NOTES>;

/**
 * The notes that say why a grant is administrator-level, widest reason first. With `NotAction` the
 * grant is every action it does not list: its first note says so, and the hundreds of actions that
 * complement holds are not listed again by access level.
 */
export function adminReasonNotes(admin: AdminGrant): AdminReasonNote[] {
  const reasons = admin.except
    ? admin.reasons.filter((r) => r.kind !== 'permissions-management' && r.kind !== 'privilege-escalation')
    : admin.reasons;
  return reasons.map(({ kind, actions }): AdminReasonNote => {
    const listed = formatList(actions.map((a) => `\`${a}\``));
    switch (kind) {
      case 'not-action':
        return { id: 'adminNotAction' };
      case 'everything':
        return { id: 'adminEverything' };
      case 'whole-service':
        return { id: actions.length > 1 ? 'adminWholeServices' : 'adminWholeService', data: { patterns: listed } };
      case 'permissions-management':
        return { id: 'adminPermissionsManagement', data: { actions: listed } };
      case 'privilege-escalation':
        return { id: 'adminPrivilegeEscalation', data: { actions: listed } };
    }
  });
}
