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
 * The role is placed at the statements (or the `provider` section), every statement at its own entry.
 */
import { isPlainObject, own } from '../../core/objects.js';
import { type Compilation, addResource, joined } from './compilation.js';
import { ROLE_LOGICAL_ID } from './naming.js';

export function compileLambdaRole(compilation: Compilation): void {
  const { variables, functions } = compilation;
  if (functions.length === 0) return;
  const provider = variables.config('provider');
  if (!isPlainObject(provider)) return;
  const iam = own(provider, 'iam');
  const role = isPlainObject(iam) ? own(iam, 'role') : undefined;
  // provider.ts isExistingRoleProvided: a name, an ARN or an intrinsic naming a role created elsewhere.
  if (typeof role === 'string' || (isPlainObject(role) && isRoleReference(role))) return;
  if (own(provider, 'role') !== undefined) return;
  if (functions.every((fn) => own(fn.config, 'role') !== undefined)) return;
  if (isPlainObject(role) && own(role, 'mode') === 'perFunction') {
    compilation.note(
      variables.sourceOf(role),
      'The service gives each function a role of its own (`provider.iam.role.mode: perFunction`): those roles are not read.',
    );
    return;
  }
  const written = isPlainObject(role) ? own(role, 'statements') : undefined;
  const legacy = own(provider, 'iamRoleStatements');
  const statements = written ?? legacy;
  const managed =
    (isPlainObject(role) ? own(role, 'managedPolicies') : undefined) ?? own(provider, 'iamManagedPolicies');
  const service = compilation.serviceName;
  const stage = compilation.stage;
  const logGroups = (suffix: string): unknown => ({
    'Fn::Join': [
      '',
      [
        'arn:',
        { Ref: 'AWS::Partition' },
        ':logs:',
        { Ref: 'AWS::Region' },
        ':',
        { Ref: 'AWS::AccountId' },
        ':log-group:/aws/lambda/',
        service,
        '-',
        stage,
        suffix,
      ],
    ],
  });
  const statementList = Array.isArray(statements) ? statements : statements === undefined ? [] : [statements];
  const statementArray = [
    {
      Effect: 'Allow',
      Action: ['logs:CreateLogStream', 'logs:CreateLogGroup', 'logs:TagResource'],
      Resource: [logGroups('*:*')],
    },
    { Effect: 'Allow', Action: ['logs:PutLogEvents'], Resource: [logGroups('*:*:*')] },
    ...statementList,
  ];
  const at = variables.sourceOf(statements) ?? variables.sourceOf(role) ?? variables.sourceOf(provider);
  compilation.placement.at(statementArray, at);
  const properties: Record<string, unknown> = {
    AssumeRolePolicyDocument: {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: ['lambda.amazonaws.com'] }, Action: ['sts:AssumeRole'] }],
    },
    Policies: [
      {
        PolicyName: joined([stage, '-', service, '-lambda']),
        PolicyDocument: { Version: '2012-10-17', Statement: statementArray },
      },
    ],
    Path: '/',
    RoleName: joined([service, '-', stage, '-', compilation.region, '-lambdaRole']),
  };
  if (managed !== undefined) properties.ManagedPolicyArns = managed;
  addResource(compilation, ROLE_LOGICAL_ID, { Type: 'AWS::IAM::Role', Properties: properties }, at);
}

function isRoleReference(role: Record<string, unknown>): boolean {
  return Object.keys(role).some((key) => key === 'Ref' || key.startsWith('Fn::'));
}
