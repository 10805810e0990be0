/**
 * The role/ rules' shared judgement of one grant: is it administrator-level (RULES.md
 * role/admin-access), which write actions does it give, which broad reads. One place, so the
 * "admin-access reports it, so broad-read and guest-write-access do not" rule holds everywhere.
 */
import type { ActionInfo } from '../../data/iam-actions.js';
import { isPrivilegeEscalationAction } from '../../data/privilege-escalation.js';
import { knownString, scalarAlternatives } from '../resolved.js';
import type { Grant } from './grants.js';
import { readS3Resource } from './s3-resources.js';

export interface AdminGrant {
  /** Why: `*`, whole-service wildcards, permissions-management or privilege-escalation actions. */
  reasons: string[];
  /** The actions to list in the message (patterns for wildcards, action IDs otherwise). */
  actions: string[];
}

/** The statement's action patterns as written (known strings only). */
export function actionPatterns(grant: Grant): string[] {
  const element = grant.statement.action ?? grant.statement.notAction;
  return (element?.values ?? []).flatMap((v) => scalarAlternatives(v.value).map(knownString)).filter((s): s is string => s !== undefined);
}

/** Is every resource of the grant confined to a per-identity S3 key pattern? */
export function confinedToIdentity(grant: Grant): boolean {
  const values = grant.statement.resource?.values ?? [];
  if (grant.statement.notResource || values.length === 0) return false;
  return values.every((v) =>
    scalarAlternatives(v.value).every((alt) => {
      const parsed = readS3Resource(alt);
      return parsed.kind === 'object' && parsed.scope.kind === 'per-identity';
    }),
  );
}

/** RULES.md role/admin-access: does this grant give administrator-level power? */
export function adminGrant(grant: Grant): AdminGrant | undefined {
  const reasons: string[] = [];
  const actions: string[] = [];
  if (grant.statement.notAction) {
    reasons.push('`NotAction` allows every action it does not list');
    actions.push(`everything except ${actionPatterns(grant).join(', ')}`);
  }
  for (const pattern of grant.statement.action ? actionPatterns(grant) : []) {
    if (pattern === '*') {
      reasons.push('every action of every service');
      actions.push('*');
    } else if (/^[^:*?]+:\*$/.test(pattern)) {
      reasons.push('a whole-service wildcard');
      actions.push(pattern);
    }
  }
  const confined = confinedToIdentity(grant);
  for (const action of grant.actions) {
    if (actions.some((a) => a === '*' || (a.endsWith(':*') && a.slice(0, -2).toLowerCase() === action.service))) continue;
    if (isPrivilegeEscalationAction(action.id)) {
      reasons.push('privilege escalation');
      actions.push(action.id);
    } else if (action.accessLevels.has('Permissions management') && !confined) {
      reasons.push('permissions management');
      actions.push(action.id);
    }
  }
  if (grant.statement.notAction) return { reasons: unique(reasons), actions };
  return reasons.length > 0 ? { reasons: unique(reasons), actions: unique(actions) } : undefined;
}

export function writeActions(actions: readonly ActionInfo[]): ActionInfo[] {
  return actions.filter((a) => a.accessLevels.has('Write') || a.accessLevels.has('Tagging'));
}

function unique<T>(list: T[]): T[] {
  return [...new Set(list)];
}

/** `\`s3:PutObject\`, \`s3:DeleteObject\`` — at most six, then "and N more". */
export function formatActionList(ids: readonly string[]): string {
  const shown = ids.slice(0, 6).map((id) => `\`${id}\``);
  return ids.length > 6 ? `${shown.join(', ')} and ${ids.length - 6} more` : shown.join(', ');
}
