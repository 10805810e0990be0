import { type Compilation } from './compilation.js';
export declare const ROLES_PER_FUNCTION_PLUGIN = "serverless-iam-roles-per-function";
export declare const functionRoleLogicalId: (functionName: string) => string;
/** `sharedRole`: whether iam-role.ts compiled `IamRoleLambdaExecution`, the role the others are copies of. */
export declare function compileFunctionRoles(compilation: Compilation, sharedRole: boolean): void;
/** `frameworkVersion` (a semver range) admits only v4 and later: every major version it names is 4 or more. */
export declare function isFrameworkV4(range: unknown): boolean;
