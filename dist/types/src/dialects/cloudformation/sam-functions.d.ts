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
import { type PolicyDocument } from '../../iam/document.js';
import type { PolicyTextNote } from './policy-text.js';
import { type SourceRef } from '../../parsers/source.js';
import type { TemplateResource } from './stack.js';
import { PropertyReader } from './properties.js';
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
export declare function samGeneratedRole(resource: TemplateResource, read: PropertyReader, entity: Entity, context: SamRoleContext): Role | undefined;
