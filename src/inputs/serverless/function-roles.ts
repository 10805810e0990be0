/**
 * Roles of their own for a service's functions, `<Function>IamRoleLambdaExecution` (`get-user` →
 * `GetDashuserIamRoleLambdaExecution`), each a copy of the shared role's shape (iam-role.ts) with
 * its own inline policy. Two writers make them, with one logic:
 *
 * - the serverless-iam-roles-per-function plugin
 *   (https://github.com/functionalone/serverless-iam-roles-per-function, src/lib/index.ts), only
 *   when `plugins` lists it: a role for every function with `iamRoleStatements` (an empty list
 *   too), cloned from `IamRoleLambdaExecution`;
 * - Serverless Framework v4 itself (https://www.serverless.com/framework/docs/providers/aws/guide/iam#per-function-iam-roles;
 *   https://github.com/serverless/serverless/blob/8cec971f1dd815b6ef8ab920acf35837851fb4ac/packages/serverless/lib/plugins/aws/package/lib/roles-per-function.js),
 *   when the plugin is not listed (the framework then leaves the work to it): a role for every function
 *   with `iam.role.statements` or a non-empty `iam.role.managedPolicies`, and for the plugin's
 *   `iamRoleStatements` when `frameworkVersion` names v4 only (v3 ignores that key without the plugin);
 *   with `provider.iam.role.mode: perFunction`, a role for every function without a `role` and no
 *   shared role at all.
 *
 * Each role's inline policy: the function's log group (`logs:CreateLogStream`, `CreateLogGroup`,
 * `PutLogEvents`); what its `stream` and `sqs` events and `onError` need; `provider.iam.role.statements`
 * (else `provider.iamRoleStatements`) when it inherits them (`iam.inheritStatements`, else
 * `iamRoleStatementsInherit`, else `custom.serverless-iam-roles-per-function.defaultInherit`, else
 * true in perFunction mode and false otherwise); then its own statements. ManagedPolicyArns: none
 * of the shared role's (in perFunction mode `provider.iam.role.managedPolicies`), AWSLambdaVPCAccessExecutionRole
 * when the function or provider has a `vpc`, then the function's `iam.role.managedPolicies`. The
 * framework's other automatic grants (WebSocket, MQ, Kafka, MSK, CloudFront, scheduler, X-Ray, EFS)
 * name specific actions on the resources they serve and are not compiled. A function with both a
 * `role` and statements of its own does not deploy: noted, no role.
 *
 * Each role is placed at the function's statements (else its `iam.role`, else the function), an
 * inherited statement at its own entry under `provider`.
 */
import { isPlainObject, own } from '../../core/objects.js';
import type { SourceRef } from '../../parsers/source.js';
import { type Compilation, type ServiceFunction, joined } from './compilation.js';
import { addLambdaRole, isExistingRole, LOG_GROUP_ARN_PREFIX } from './iam-role.js';
import { ROLE_LOGICAL_ID, normalizedName } from './naming.js';

export const ROLES_PER_FUNCTION_PLUGIN = 'serverless-iam-roles-per-function';

/** The longest IAM role name (https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html). */
const MAX_ROLE_NAME = 64;

export const functionRoleLogicalId = (functionName: string): string =>
  `${normalizedName(functionName)}${ROLE_LOGICAL_ID}`;

interface Mode {
  /** `provider.iam.role.mode: perFunction` (framework v4): every function gets a role. */
  perFunction: boolean;
  /** The plugin writes the roles (only `iamRoleStatements` is read). */
  plugin: boolean;
  /** The framework reads the plugin's `iamRoleStatements` itself (v4, plugin not listed). */
  legacyNative: boolean;
  defaultInherit: boolean;
  providerStatements: unknown;
  /** What every role starts its ManagedPolicyArns with. */
  baseManaged: unknown[];
}

/** `sharedRole`: whether iam-role.ts compiled `IamRoleLambdaExecution`, the role the others are copies of. */
export function compileFunctionRoles(compilation: Compilation, sharedRole: boolean): void {
  const { variables, functions } = compilation;
  if (functions.length === 0) return;
  const provider = variables.config('provider');
  if (!isPlainObject(provider)) return;
  const iam = own(provider, 'iam');
  const role = isPlainObject(iam) ? own(iam, 'role') : undefined;
  if (isExistingRole(role)) return;
  const perFunction = isPlainObject(role) && own(role, 'mode') === 'perFunction';
  const plugin = compilation.plugins.has(ROLES_PER_FUNCTION_PLUGIN);
  if (perFunction && (plugin || own(provider, 'role') !== undefined)) {
    compilation.note(
      variables.sourceOf(role),
      plugin
        ? `\`provider.iam.role.mode: perFunction\` with the ${ROLES_PER_FUNCTION_PLUGIN} plugin listed does not deploy (the plugin needs the shared role this mode removes): no function role is linted.`
        : '`provider.iam.role.mode: perFunction` beside `provider.role` does not deploy: no function role is linted.',
    );
    return;
  }
  // Without the shared role there is nothing to copy: the plugin and the framework stop there.
  if (!perFunction && (!sharedRole || own(provider, 'role') !== undefined)) return;
  const settings = variables.config('custom', ROLES_PER_FUNCTION_PLUGIN);
  const defaultInherit = isPlainObject(settings) ? own(settings, 'defaultInherit') : undefined;
  const managed = perFunction && isPlainObject(role) ? own(role, 'managedPolicies') : undefined;
  const mode: Mode = {
    perFunction,
    plugin,
    legacyNative: !plugin && isFrameworkV4(variables.config('frameworkVersion')),
    defaultInherit: defaultInherit === undefined ? perFunction : defaultInherit === true,
    providerStatements: isPlainObject(iam)
      ? isPlainObject(role)
        ? own(role, 'statements')
        : undefined
      : own(provider, 'iamRoleStatements'),
    baseManaged: Array.isArray(managed) ? managed : [],
  };
  for (const fn of functions) compileFunctionRole(compilation, fn, mode, provider);
}

function compileFunctionRole(
  compilation: Compilation,
  fn: ServiceFunction,
  mode: Mode,
  provider: Record<string, unknown>,
): void {
  const { variables } = compilation;
  const config = fn.config;
  const iam = own(config, 'iam');
  const role = isPlainObject(iam) ? own(iam, 'role') : undefined;
  const native = mode.plugin ? undefined : isPlainObject(role) ? role : undefined;
  const nativeStatements = native ? own(native, 'statements') : undefined;
  const nativeManaged = native ? own(native, 'managedPolicies') : undefined;
  const nativeOpted = nativeStatements !== undefined || (Array.isArray(nativeManaged) && nativeManaged.length > 0);
  const legacyStatements = own(config, 'iamRoleStatements');
  // Keys only v4 reads say the service is deployed with v4, which reads the plugin's key too.
  const legacyRead = mode.plugin || mode.legacyNative || mode.perFunction || nativeOpted;
  const opted = nativeOpted || (legacyRead && legacyStatements !== undefined);
  if (!opted && legacyStatements !== undefined) {
    compilation.note(
      variables.sourceOf(legacyStatements) ?? variables.sourceOf(config),
      `\`functions.${fn.name}.iamRoleStatements\` is read by the ${ROLES_PER_FUNCTION_PLUGIN} plugin, which \`plugins\` does not list, or by Serverless Framework v4, which \`frameworkVersion\` does not name: these statements are not linted.`,
    );
  }
  if (own(config, 'role') !== undefined) {
    if (opted)
      compilation.note(
        variables.sourceOf(config),
        `Function \`${fn.name}\` has both a \`role\` and IAM statements of its own, which does not deploy: its statements are not linted.`,
      );
    return;
  }
  if (!opted && !mode.perFunction) return;

  const own_ = nativeStatements ?? (legacyRead ? legacyStatements : undefined);
  const inherit =
    (!mode.plugin && isPlainObject(iam) ? own(iam, 'inheritStatements') : undefined) ??
    own(config, 'iamRoleStatementsInherit') ??
    mode.defaultInherit;
  const statements: unknown[] = [logStatement(compilation, fn, provider), ...eventStatements(config)];
  if (inherit === true && Array.isArray(mode.providerStatements)) statements.push(...mode.providerStatements);
  if (Array.isArray(own_)) statements.push(...own_);

  const managed: unknown[] = [...mode.baseManaged];
  if (isNonEmpty(own(config, 'vpc')) || isNonEmpty(own(provider, 'vpc'))) {
    managed.push({
      'Fn::Join': [
        '',
        ['arn:', { Ref: 'AWS::Partition' }, ':iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole'],
      ],
    });
  }
  if (Array.isArray(nativeManaged)) managed.push(...nativeManaged);

  const at: SourceRef | undefined =
    variables.sourceOf(own_) ?? variables.sourceOf(native) ?? variables.sourceOf(config);
  addLambdaRole(compilation, functionRoleLogicalId(fn.name), {
    statements,
    managed,
    roleName:
      (native ? own(native, 'name') : undefined) ?? own(config, 'iamRoleStatementsName') ?? roleName(compilation, fn),
    at,
  });
}

/** getFunctionRoleName: `<service>-<stage>-<function>-<region>-lambdaRole`, without `-lambdaRole` when that is too long. */
function roleName(compilation: Compilation, fn: ServiceFunction): unknown {
  const parts = [compilation.serviceName, '-', compilation.stage, '-', fn.name, '-', compilation.region];
  const name = joined(parts);
  if (typeof name === 'string' && name.length + '-lambdaRole'.length > MAX_ROLE_NAME) return name;
  return joined([...parts, '-lambdaRole']);
}

/** The function's log group: `logs.logGroup`, else `provider.logs.lambda.logGroup`, else `/aws/lambda/<deployed name>`. */
function logStatement(compilation: Compilation, fn: ServiceFunction, provider: Record<string, unknown>): unknown {
  const logs = own(fn.config, 'logs');
  const providerLogs = own(provider, 'logs');
  const lambdaLogs = isPlainObject(providerLogs) ? own(providerLogs, 'lambda') : undefined;
  const group =
    (isPlainObject(logs) ? own(logs, 'logGroup') : undefined) ??
    (isPlainObject(lambdaLogs) ? own(lambdaLogs, 'logGroup') : undefined) ??
    joined([
      '/aws/lambda/',
      own(fn.config, 'name') ?? joined([compilation.serviceName, '-', compilation.stage, '-', fn.name]),
    ]);
  const parts = flatParts([...LOG_GROUP_ARN_PREFIX, group, ':*:*']);
  return {
    Effect: 'Allow',
    Action: ['logs:CreateLogStream', 'logs:CreateLogGroup', 'logs:PutLogEvents'],
    Resource: [{ 'Fn::Join': ['', parts] }],
  };
}

/** Parts with every `Fn::Join ['', …]` among them spread, and adjacent texts merged. */
function flatParts(parts: unknown[]): unknown[] {
  const out: unknown[] = [];
  for (const part of parts) {
    const join = isPlainObject(part) ? own(part, 'Fn::Join') : undefined;
    const inner = Array.isArray(join) && join[0] === '' && Array.isArray(join[1]) ? flatParts(join[1]) : [part];
    for (const piece of inner) {
      const last = out.length - 1;
      if (typeof piece === 'string' && typeof out[last] === 'string') out[last] = `${out[last] as string}${piece}`;
      else out.push(piece);
    }
  }
  return out;
}

/** What the function's `stream` and `sqs` events and its `onError` topic need (getStreamStatements, getSqsStatement). */
function eventStatements(config: Record<string, unknown>): unknown[] {
  const dynamodb: unknown[] = [];
  const kinesis: unknown[] = [];
  const queues: unknown[] = [];
  const events = own(config, 'events');
  for (const event of Array.isArray(events) ? events : []) {
    if (!isPlainObject(event)) continue;
    const stream = own(event, 'stream');
    if (stream !== undefined) {
      const arn = (isPlainObject(stream) ? own(stream, 'arn') : undefined) ?? stream;
      const type =
        (isPlainObject(stream) ? own(stream, 'type') : undefined) ??
        (typeof arn === 'string' ? arn.split(':')[2] : undefined);
      if (type === 'dynamodb') dynamodb.push(arn);
      else if (type === 'kinesis') kinesis.push(arn);
    }
    const sqs = own(event, 'sqs');
    if (sqs !== undefined) queues.push((isPlainObject(sqs) ? own(sqs, 'arn') : undefined) ?? sqs);
  }
  const out: unknown[] = [];
  const reads = (service: string): string[] =>
    ['GetRecords', 'GetShardIterator', 'DescribeStream', 'ListStreams'].map((a) => `${service}:${a}`);
  if (dynamodb.length > 0) out.push({ Effect: 'Allow', Action: reads('dynamodb'), Resource: dynamodb });
  if (kinesis.length > 0) out.push({ Effect: 'Allow', Action: reads('kinesis'), Resource: kinesis });
  if (queues.length > 0)
    out.push({
      Effect: 'Allow',
      Action: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'],
      Resource: queues,
    });
  const onError = own(config, 'onError');
  if (isNonEmpty(onError)) out.push({ Effect: 'Allow', Action: ['sns:Publish'], Resource: onError });
  return out;
}

/** `frameworkVersion` (a semver range) admits only v4 and later: every major version it names is 4 or more. */
export function isFrameworkV4(range: unknown): boolean {
  const text = typeof range === 'number' ? String(range) : range;
  if (typeof text !== 'string') return false;
  const majors = [...text.matchAll(/(?<![\d.])(\d+)/g)].map((m) => Number(m[1]));
  return majors.length > 0 && majors.every((major) => major >= 4);
}

/** lodash `!isEmpty`. */
function isNonEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string' || Array.isArray(value)) return value.length > 0;
  if (isPlainObject(value)) return Object.keys(value).length > 0;
  return false;
}
