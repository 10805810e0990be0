/**
 * Why a grant is administrator-level, in words: one sentence per reason, said after the message of
 * each rule that names such a grant (role/admin-access, user-pool/open-signup-privileged), from one
 * table those rules spread into their `meta.notes`; the facts come from src/ (`adminGrant`).
 */
import type { AdminGrant, ReportNote } from '../../src/rule-api.js';
/** One sentence per reason an administrator-level grant has (rules/role/admin-access.md). */
export declare const ADMIN_REASON_NOTES: {
    readonly adminNotAction: "`NotAction` allows every action it does not list.";
    readonly adminEverything: "`*` is every action of every service.";
    readonly adminWholeService: "{{patterns}} is a whole-service wildcard.";
    readonly adminWholeServices: "{{patterns}} are whole-service wildcards.";
    readonly adminPermissionsManagement: "The access level of {{actions}} is Permissions management.";
    readonly adminPrivilegeEscalation: "{{actions}} can lead to privilege escalation.";
};
export type AdminReasonNote = ReportNote<typeof ADMIN_REASON_NOTES>;
/**
 * The notes that say why a grant is administrator-level, widest reason first. With `NotAction` the
 * grant is every action it does not list: its first note says so, and the hundreds of actions that
 * complement holds are not listed again by access level.
 */
export declare function adminReasonNotes(admin: AdminGrant): AdminReasonNote[];
