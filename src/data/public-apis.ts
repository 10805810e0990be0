/**
 * Operations AWS serves without evaluating IAM policies (src/data/public-apis.json, each with the
 * API reference page that says so): granting one to a role gives nothing, so grants skip them.
 */
import data from './public-apis.json' with { type: 'json' };

interface DataFile {
  actions: Array<{ action: string; source: string }>;
}

const PUBLIC = new Set((data as DataFile).actions.map((a) => a.action.toLowerCase()));

/** Every listed action (`cognito-identity:GetId`), as the data file spells it. */
export function publicApiActions(): readonly string[] {
  return (data as DataFile).actions.map((a) => a.action);
}

const SERVICES = new Set([...PUBLIC].map((id) => id.slice(0, id.indexOf(':'))));

/** Is the action an operation AWS authorises without IAM (action names are case-insensitive)? */
export function isPublicApiAction(action: { service: string; id: string }): boolean {
  // Grants of `*` ask this of every action AWS has: the service test keeps that cheap.
  return SERVICES.has(action.service) && PUBLIC.has(action.id.toLowerCase());
}
