/**
 * How messages name the parts of a policy.
 */
import type { PolicyDocument, PolicySourceName, Statement } from '../../src/rule-api.js';

/** How messages name a statement: `statement \`ReadOwnFiles\`` by its Sid, else `statement 2` by its position. */
export function statementName(statement: Statement): string {
  if (statement.sid !== undefined && statement.sid.trim() !== '') return `statement \`${statement.sid}\``;
  const index = statement.document.statements.indexOf(statement);
  return `statement ${index + 1}`;
}

/** How messages name a policy document: `policy \`UserFiles\``, or `\`AuthRole trust policy\`` for a trust policy. */
export function policyLabel(document: PolicyDocument): string {
  return policySourceLabel({ kind: document.kind === 'trust' ? 'trust' : 'policy', name: document.name });
}

/** How messages name the way a policy reaches a role: `inline policy \`files\``, `AWS managed policy \`AmazonS3FullAccess\``. */
export function policySourceLabel(via: PolicySourceName): string {
  switch (via.kind) {
    case 'inline':
      return `inline policy \`${via.name}\``;
    case 'policy':
      return `policy \`${via.name}\``;
    case 'aws-managed':
      return `AWS managed policy \`${via.name}\``;
    case 'trust':
      return `\`${via.name}\``;
  }
}
