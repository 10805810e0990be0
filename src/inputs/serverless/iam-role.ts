/**
 * The Lambda execution role the framework creates for a service's functions, `IamRoleLambdaExecution`,
 * as https://github.com/serverless/serverless/blob/v3.38.0/lib/plugins/aws/package/lib/merge-iam-templates.js and iam-role-lambda-execution-template.json beside it
 * compile it (https://www.serverless.com/framework/docs/providers/aws/guide/iam):
 * - only when the service has functions, no role of its own (`provider.iam.role` naming an existing
 *   role, legacy `provider.role`), not every function has a `role`, and the mode is not `perFunction`;
 * - trusted by `lambda.amazonaws.com` (`sts:AssumeRole`);
 * - one inline policy: the framework's CloudWatch Logs statements for the service's log groups,
 *   then `provider.iam.role.statements`, or else the legacy `provider.iamRoleStatements`;
 * - `provider.iam.role.managedPolicies` (else `provider.iamManagedPolicies`) as ManagedPolicyArns.
 * Functions with roles of their own are function-roles.ts. The role is placed at the statements (or the `provider` section), every statement at its own entry.
 */
import { isPlainObject, own } from '../../core/objects.js';
import type { SourceRef } from '../../parsers/source.js';
import { type Compilation, addResource, joined } from './compilation.js';
import { ROLE_LOGICAL_ID } from './naming.js';

/** Compiles `IamRoleLambdaExecution`; whether it did. */
export function compileLambdaRole(compilation: Compilation): boolean {
  const { variables, functions } = compilation;
  if (functions.length === 0) return false;
  const provider = variables.config('provider');
  if (!isPlainObject(provider)) return false;
  const iam = own(provider, 'iam');
  const role = isPlainObject(iam) ? own(iam, 'role') : undefined;
  if (isExistingRole(role)) return false;
  if (own(provider, 'role') !== undefined) return false;
  if (functions.every((fn) => own(fn.config, 'role') !== undefined)) return false;
  // Every function gets a role of its own instead (function-roles.ts).
  if (isPlainObject(role) && own(role, 'mode') === 'perFunction') return false;
  const written = isPlainObject(role) ? own(role, 'statements') : undefined;
  const legacy = own(provider, 'iamRoleStatements');
  const statements = written ?? legacy;
  const managed =
    (isPlainObject(role) ? own(role, 'managedPolicies') : undefined) ?? own(provider, 'iamManagedPolicies');
  const statementList = Array.isArray(statements) ? statements : statements === undefined ? [] : [statements];
  const at = variables.sourceOf(statements) ?? variables.sourceOf(role) ?? variables.sourceOf(provider);
  addLambdaRole(compilation, ROLE_LOGICAL_ID, {
    statements: [
      {
        Effect: 'Allow',
        Action: ['logs:CreateLogStream', 'logs:CreateLogGroup', 'logs:TagResource'],
        Resource: [serviceLogGroups(compilation, '*:*')],
      },
      { Effect: 'Allow', Action: ['logs:PutLogEvents'], Resource: [serviceLogGroups(compilation, '*:*:*')] },
      ...statementList,
    ],
    managed,
    roleName: joined([compilation.serviceName, '-', compilation.stage, '-', compilation.region, '-lambdaRole']),
    at,
  });
  return true;
}

/** `arn:<partition>:logs:<region>:<account>:log-group:`, as the framework writes it in `Fn::Join` parts. */
export const LOG_GROUP_ARN_PREFIX: readonly unknown[] = [
  'arn:',
  { Ref: 'AWS::Partition' },
  ':logs:',
  { Ref: 'AWS::Region' },
  ':',
  { Ref: 'AWS::AccountId' },
  ':log-group:',
];

/** The log groups of the service's functions, `/aws/lambda/<service>-<stage><suffix>`. */
function serviceLogGroups(compilation: Compilation, suffix: string): unknown {
  return {
    'Fn::Join': [
      '',
      [...LOG_GROUP_ARN_PREFIX, '/aws/lambda/', compilation.serviceName, '-', compilation.stage, suffix],
    ],
  };
}

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
export function addLambdaRole(compilation: Compilation, logicalId: string, role: LambdaRole): void {
  compilation.placement.at(role.statements, role.at);
  const properties: Record<string, unknown> = {
    AssumeRolePolicyDocument: {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: ['lambda.amazonaws.com'] }, Action: ['sts:AssumeRole'] }],
    },
    Policies: [
      {
        PolicyName: joined([compilation.stage, '-', compilation.serviceName, '-lambda']),
        PolicyDocument: { Version: '2012-10-17', Statement: role.statements },
      },
    ],
    Path: '/',
    RoleName: role.roleName,
  };
  if (role.managed !== undefined) properties.ManagedPolicyArns = role.managed;
  addResource(compilation, logicalId, { Type: 'AWS::IAM::Role', Properties: properties }, role.at);
}

/** provider.ts isExistingRoleProvided: `provider.iam.role` names a role created elsewhere (a name, an ARN, an intrinsic). */
export function isExistingRole(role: unknown): boolean {
  return typeof role === 'string' || (isPlainObject(role) && isRoleReference(role));
}

function isRoleReference(role: Record<string, unknown>): boolean {
  return Object.keys(role).some((key) => key === 'Ref' || key.startsWith('Fn::'));
}
