import type { SourceRef } from '../../parsers/source.js';
import { type Compilation } from './compilation.js';
/** Compiles `IamRoleLambdaExecution`; whether it did. */
export declare function compileLambdaRole(compilation: Compilation): boolean;
/** `arn:<partition>:logs:<region>:<account>:log-group:`, as the framework writes it in `Fn::Join` parts. */
export declare const LOG_GROUP_ARN_PREFIX: readonly unknown[];
export interface LambdaRole {
    /** The inline policy's statements, in order. */
    statements: unknown[];
    /** ManagedPolicyArns, as written; none when undefined. */
    managed: unknown;
    roleName: unknown;
    /** Where the role is written: what a finding on the role, and on a statement not written anywhere, points at. */
    at: SourceRef | undefined;
}
/**
 * A role shaped as iam-role-lambda-execution-template.json: trusted by `lambda.amazonaws.com`
 * (`sts:AssumeRole`), one inline policy named `<stage>-<service>-lambda` (naming.getPolicyName),
 * path `/`. Per-function roles are copies of it (function-roles.ts).
 */
export declare function addLambdaRole(compilation: Compilation, logicalId: string, role: LambdaRole): void;
/** provider.ts isExistingRoleProvided: `provider.iam.role` names a role created elsewhere (a name, an ARN, an intrinsic). */
export declare function isExistingRole(role: unknown): boolean;
