/**
 * The execution role SAM generates for an `AWS::Serverless::Function` or
 * `AWS::Serverless::StateMachine` from its `Policies`, read as a role of the model so that the
 * policy/ rules judge it like any other role.
 *
 * What SAM does (https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html#sam-function-policies,
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-statemachine.html#sam-statemachine-policies,
 * samtranslator/model/role_utils/role_constructor.py):
 * - the role is the resource `<LogicalId>Role`, trusted by `lambda.amazonaws.com`
 *   (`states.amazonaws.com` for a state machine); it is not created when `Role` is set, and then
 *   `Policies` is ignored;
 * - `Policies` is one entry or a list of them; an entry is
 *   - a string: an AWS managed policy name (turned into its ARN) or a policy ARN; an intrinsic
 *     function is taken as an ARN too;
 *   - an object with `Statement`: an inline policy named `<LogicalId>RolePolicy<index>`;
 *   - an object with one key: a SAM policy template (`S3ReadPolicy: {BucketName: …}`), which SAM
 *     expands from its policy_templates.json. This linter does not ship that file, so a template is
 *     recorded as an `unresolved` note and its grants are not judged;
 *   - `Fn::If` of any of these: each branch as its own entry.
 * - `Globals` never carry `Policies` or `Role`: SAM rejects them there
 *   (https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-template-anatomy-globals.html).
 *
 * Not read: the managed policies SAM adds on its own (`AWSLambdaBasicExecutionRole`, and the X-Ray
 * and VPC ones with `Tracing`/`VpcConfig`: logging and networking, no wildcard); an
 * `AssumeRolePolicyDocument` that replaces the service trust; `PermissionsBoundary` (not read for
 * `AWS::IAM::Role` either); policies attached elsewhere by `Ref <LogicalId>Role`.
 *
 * Findings name the SAM resource: every source of the role points inside its `Policies`.
 */
import type { Entity, PolicyRecord, Role } from '../../model/entities.js';
import { newRole } from '../../model/entities.js';
import { awsManagedPolicyArnByName } from '../../data/managed-policies.js';
import { normalisePolicy, plainResolver, structuralAlternatives, type PolicyDocument } from '../../iam/document.js';
import { pinnedDocument } from '../../iam/encoded.js';
import type { PolicyTextNote } from './policy-text.js';
import { alternatives, known, type Resolved } from '../../values/resolved.js';
import { intrinsicName } from '../../iam/intrinsic-shape.js';
import { childRef, type SourceRef } from '../../parsers/source.js';
import type { TemplateResource } from './stack.js';
import { PropertyReader } from './properties.js';
import { isPlainObject } from '../../core/objects.js';

/** The service that assumes the generated role, by SAM resource type. */
const SAM_ROLE_SERVICE: Record<string, string> = {
  'AWS::Serverless::Function': 'lambda.amazonaws.com',
  'AWS::Serverless::StateMachine': 'states.amazonaws.com',
};

/** What the role builder lends this module, so that SAM policies are read exactly like the policies of an `AWS::IAM::Role`. */
export interface SamRoleContext {
  /** Normalise a policy node of the template (object or JSON text), recording what it could not read. */
  readonly readPolicy: (raw: unknown, source: SourceRef, name: string) => PolicyDocument;
  readonly policies: PolicyRecord[];
  readonly notes: PolicyTextNote[];
}

/**
 * The role SAM generates for `resource` (read through `read`, its `Properties`), or undefined when
 * it generates none (`Role` is set, or there is nothing to read).
 */
export function samGeneratedRole(
  resource: TemplateResource,
  read: PropertyReader,
  entity: Entity,
  context: SamRoleContext,
): Role | undefined {
  const service = SAM_ROLE_SERVICE[resource.type];
  if (service === undefined || !generatesRole(read)) return undefined;
  const roleName = `${resource.logicalId}Role`;
  // SAM leaves the name to CloudFormation (a generated one), so nothing can name this role statically.
  const role = newRole({ ...entity, name: roleName }, serviceTrust(resource, service, roleName), {});
  // `Policies` (or each branch of an `Fn::If` over it) is one entry or a list; each entry may be an `Fn::If` again.
  const entries: Array<{ raw: unknown; source: SourceRef; index: number }> = [];
  for (const top of read.branches('Policies')) {
    if (Array.isArray(top.raw))
      top.raw.forEach((raw, index) => entries.push({ raw, source: childRef(top.source, index), index }));
    else entries.push({ ...top, index: 0 });
  }
  for (const entry of entries) {
    for (const branch of structuralAlternatives(entry.raw, entry.source.pointer)) {
      readEntry(
        role,
        resource,
        read,
        branch.value,
        { doc: entry.source.doc, pointer: branch.pointer },
        entry.index,
        context,
      );
    }
  }
  return role;
}

/**
 * SAM creates the role unless `Role` is given. `Role: !If [C, arn, !Ref AWS::NoValue]` on an
 * undecided condition leaves the role as one alternative, so it is read.
 */
function generatesRole(read: PropertyReader): boolean {
  return alternatives(read.value('Role').value).some((alt) => alt.kind === 'absent');
}

/** The trust SAM writes for the role, positioned at the resource (no rule reports on it: it trusts one AWS service). */
function serviceTrust(resource: TemplateResource, service: string, roleName: string): PolicyDocument {
  const raw = {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: [service] }, Action: ['sts:AssumeRole'] }],
  };
  return normalisePolicy(raw, {
    kind: 'trust',
    name: `${roleName} trust policy`,
    source: { doc: pinnedDocument(resource.stack.doc, resource.pointer, raw), pointer: '' },
    resolve: plainResolver,
  });
}

function readEntry(
  role: Role,
  resource: TemplateResource,
  read: PropertyReader,
  value: unknown,
  source: SourceRef,
  index: number,
  context: SamRoleContext,
): void {
  const of = `\`Policies\` of \`${resource.logicalId}\``;
  if (typeof value === 'string') {
    const arn = value.startsWith('arn:') ? value : awsManagedPolicyArnByName(value);
    if (arn === undefined) {
      context.notes.push({
        message: `\`${value}\` in ${of} is neither a policy ARN nor an AWS managed policy this linter knows, so no rule judged it.`,
        at: source,
      });
      return;
    }
    role.managedPolicyArns.push({ value: known(arn), source });
    return;
  }
  if (intrinsicName(value) !== undefined) {
    // SAM passes an intrinsic through as a managed policy ARN; documentsOf and the linking of
    // customer managed policies of the run read it like a `ManagedPolicyArns` entry.
    const resolved: Resolved = read.resolve(source);
    role.managedPolicyArns.push({ value: resolved, source });
    return;
  }
  if (!isPlainObject(value)) return;
  if (Object.prototype.hasOwnProperty.call(value, 'Statement')) {
    const record: PolicyRecord = {
      document: context.readPolicy(value, source, `${role.name}Policy${index}`),
      owner: role,
      policyType: 'role-inline',
      roles: [role],
    };
    context.policies.push(record);
    role.policies.push({ record, via: 'inline' });
    return;
  }
  const keys = Object.keys(value);
  const what =
    keys.length === 1
      ? `the SAM policy template \`${keys[0]}\``
      : 'an entry that is neither a policy document nor a SAM policy template';
  context.notes.push({
    message: `${of} holds ${what}, which this linter does not expand, so no rule judged what it grants.`,
    at: source,
  });
}
