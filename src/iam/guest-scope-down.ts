/**
 * Whether an action survives Cognito's guest scope-down (docs/semantics.md#guest-scope-down):
 * the services of the inline session policy (src/data/guest-scope-down.json) and
 * the actions of the AWS managed session policy AmazonCognitoUnAuthedIdentitiesSessionPolicy
 * (judged by its document from the managed-policy snapshot).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { actionMatches } from './match.js';
import { packageRoot } from '../util/package-root.js';
import { awsManagedPolicyDocument } from '../data/managed-policies.js';

interface ScopeDown {
  services: Set<string>;
  patterns: string[];
}

let scopeDown: ScopeDown | undefined;

function load(): ScopeDown {
  if (!scopeDown) {
    const data = JSON.parse(readFileSync(join(packageRoot(), 'src', 'data', 'guest-scope-down.json'), 'utf8')) as {
      inlineSessionPolicyServices: string[];
      inlineSessionPolicyActions: string[];
    };
    const patterns = [...data.inlineSessionPolicyActions];
    const managed = awsManagedPolicyDocument('arn:aws:iam::aws:policy/AmazonCognitoUnAuthedIdentitiesSessionPolicy') as
      | { Statement?: Array<{ Effect?: string; Action?: string | string[] }> }
      | undefined;
    for (const statement of managed?.Statement ?? []) {
      if (statement.Effect !== 'Allow') continue;
      patterns.push(
        ...(Array.isArray(statement.Action) ? statement.Action : statement.Action ? [statement.Action] : []),
      );
    }
    scopeDown = { services: new Set(data.inlineSessionPolicyServices), patterns };
  }
  return scopeDown;
}

/** Does Cognito's guest scope-down leave `action` (`s3:PutObject`) to guest credentials? */
export function survivesGuestScopeDown(action: string): boolean {
  const { services, patterns } = load();
  const service = action.slice(0, action.indexOf(':')).toLowerCase();
  return services.has(service) || patterns.some((p) => actionMatches(p, action));
}
