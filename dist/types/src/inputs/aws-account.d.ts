/**
 * An AWS account as read by `--aws` (src/aws/read.ts) and written by `--save-account`: the
 * `get-account-authorization-details` shape (RoleDetailList, GroupDetailList, UserDetailList,
 * Policies), which the raw IAM reader already understands, plus a `Cognito` list with, per region,
 * the identity pools (DescribeIdentityPool with GetIdentityPoolRoles' `Roles` and `RoleMappings`)
 * and user pools (DescribeUserPool with their clients' DescribeUserPoolClient).
 *
 * The Cognito part is read through the template model: the same document is also a template
 * whose resources are synthesised from the descriptions (`AWS::Cognito::IdentityPool`,
 * `…IdentityPoolRoleAttachment`, `…IdentityPoolPrincipalTag`, `…UserPool`, `…UserPoolClient`,
 * `…UserPoolGroup`). The API's field names are the CloudFormation property names
 * (DescribeIdentityPool and AWS::Cognito::IdentityPool, GetIdentityPoolRoles and
 * AWS::Cognito::IdentityPoolRoleAttachment, DescribeUserPoolClient and AWS::Cognito::UserPoolClient,
 * ListGroups and AWS::Cognito::UserPoolGroup), so every rule that reads those resources runs
 * unchanged. Logical IDs are the pool and client IDs (a group's is `<user pool ID>/<group name>`),
 * so findings name the real pools; a pool's links to its own clients, groups and attachments are
 * `Ref`s (what the model follows). Provider names stay as the API gives them, and messages quote
 * them; the model matches them to the user pools read with them (src/dialects/cloudformation/build.ts
 * ResourceNode.physicalId). Role ARNs stay literal strings, which the model matches against the roles of
 * `RoleDetailList` by ARN (src/dialects/cloudformation/build.ts roleFromValue).
 * Positions map back to the description each property came from.
 */
import type { ParsedDocument, Pointer } from '../parsers/types.js';
import type { TemplateInput } from './types.js';
/** The top-level key of the Cognito part; its presence beside the IAM lists is what marks an account snapshot. */
export declare const COGNITO_KEY = "Cognito";
/** What `--aws-services` can name. API Gateway is opt-in: a run without it makes the same calls as before. */
export declare const AWS_SERVICES: readonly ["iam", "cognito", "apigateway"];
export type AwsService = (typeof AWS_SERVICES)[number];
export declare const DEFAULT_SERVICES: readonly AwsService[];
/** Is this document an account snapshot (IAM authorization details plus Cognito descriptions)? */
export declare function isAccountSnapshot(data: Record<string, unknown>): boolean;
/** The top-level key of the calls that failed while the account was read (src/aws/read.ts AccountFailure). */
export declare const INCOMPLETE_KEY = "Incomplete";
/** A call the snapshot records as failed: the line the live run printed, and where it is in the file. */
export interface UnreadCall {
    line: string;
    pointer: Pointer;
}
/** `<call>: <what happened>`, as `--aws` prints a failed call. */
export declare function failureLine(failure: {
    Call: string;
    Message: string;
}): string;
/**
 * The calls a snapshot records as failed (`Incomplete: [{Call, Region, Message}]`): what it holds
 * of the account is partial, reading it back says so as the live run did.
 */
export declare function unreadCalls(doc: ParsedDocument): UnreadCall[];
/** The template the Cognito part of a snapshot stands for; `undefined` when it has no Cognito resource. */
export declare function accountTemplate(doc: ParsedDocument): TemplateInput | undefined;
