/**
 * How messages name user pools and their app clients.
 */
import type { ReportNote, UserPool, UserPoolClient, WritableReason } from '../../src/rule-api.js';

/** "user pool `Users`", for messages; `start` capitalises it to begin a sentence. */
export function describeUserPool(pool: UserPool, start = false): string {
  return `${start ? 'User' : 'user'} pool \`${pool.name}\``;
}

/** "app client `WebClient` of user pool `Users`" (without the pool when it is not in the run), for messages. */
export function describeClient(client: UserPoolClient, start = false): string {
  const name = `${start ? 'App' : 'app'} client \`${client.name}\``;
  return client.userPool ? `${name} of ${describeUserPool(client.userPool)}` : name;
}

/**
 * Why users can set a claim, as notes after a message that says they can: declared in the
 * `meta.notes` of the rules about writable claims, filled by `writableNotes`.
 */
export const WRITABLE_NOTES = {
  writableListed: 'App client {{client}} lists `{{claim}}` in `{{property}}`.',
  writableAllStandard: 'App client {{client}} has no `{{property}}`, so it may write every standard attribute.',
  writableRequired: '`{{claim}}` is a required attribute of user pool {{userPool}}, which users always write.',
  writableUsername:
    '`cognito:username` is the user name chosen at sign-up, since user pool {{userPool}} allows self sign-up and has no `UsernameAttributes`.',
  writableImmutable:
    '`{{claim}}` is immutable, but user pool {{userPool}} allows self sign-up, so users set it when signing up.',
} as const;

export type WritableNote = ReportNote<typeof WRITABLE_NOTES>;

/** The notes that say why users can set `claim` (none when the reason is not known). */
export function writableNotes(reason: WritableReason | undefined, claim: string): WritableNote[] {
  if (!reason) return [];
  const client = `\`${reason.client}\``;
  const userPool = `\`${reason.userPool ?? '?'}\``;
  // The client's attribute list as its input names it (Terraform's `write_attributes`).
  const property = reason.property ?? 'WriteAttributes';
  const why: WritableNote =
    reason.kind === 'listed'
      ? { id: 'writableListed', data: { client, claim, property } }
      : reason.kind === 'all-standard'
        ? { id: 'writableAllStandard', data: { client, property } }
        : reason.kind === 'required'
          ? { id: 'writableRequired', data: { claim, userPool } }
          : { id: 'writableUsername', data: { userPool } };
  return reason.immutable ? [why, { id: 'writableImmutable', data: { claim, userPool } }] : [why];
}
