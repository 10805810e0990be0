/**
 * How messages name the parts of a policy.
 */
import type { Statement } from '../../src/rule-api.js';

/** How messages name a statement: `statement \`ReadOwnFiles\`` by its Sid, else `statement 2` by its position. */
export function statementName(statement: Statement): string {
  if (statement.sid !== undefined && statement.sid.trim() !== '') return `statement \`${statement.sid}\``;
  const index = statement.document.statements.indexOf(statement);
  return `statement ${index + 1}`;
}
