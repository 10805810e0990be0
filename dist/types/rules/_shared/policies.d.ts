/**
 * How messages name the parts of a policy.
 */
import type { PolicyDocument, PolicySourceName, Statement } from '../../src/rule-api.js';
/** How messages name a statement: `statement \`ReadOwnFiles\`` by its Sid, else `statement 2` by its position. */
export declare function statementName(statement: Statement): string;
/** How messages name a policy document: `policy \`UserFiles\``, or `\`AuthRole trust policy\`` for a trust policy. */
export declare function policyLabel(document: PolicyDocument): string;
/** How messages name the way a policy reaches a role: `inline policy \`files\``, `AWS managed policy \`AmazonS3FullAccess\``. */
export declare function policySourceLabel(via: PolicySourceName): string;
