/**
 * What kind of input a parsed document is, decided from its data alone (plus the file name for
 * Amplify's parameters.json, which has no shape of its own).
 */
import type { ParsedDocument } from '../parsers/types.js';
import { isAccountSnapshot } from './aws-account.js';
import { isPlainObject } from '../core/objects.js';

export type DocumentKind =
  | 'template'
  | 'resources-fragment'
  | 'aws-account'
  | 'iam'
  | 'cdk-manifest'
  | 'amplify-parameters'
  | 'terraform'
  | 'other';

const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31';

/** True when the document has data worth looking at: syntax errors with nothing (or no object) read count as unparseable. */
export function hasUsableData(doc: ParsedDocument): boolean {
  if (doc.syntaxErrors.length === 0) return true;
  return isPlainObject(doc.data);
}

function namesSamTransform(transform: unknown): boolean {
  if (typeof transform === 'string') return transform === SAM_TRANSFORM;
  if (Array.isArray(transform)) return transform.some((t) => t === SAM_TRANSFORM);
  return false;
}

function isTemplate(data: Record<string, unknown>): boolean {
  return isPlainObject(data.Resources) || 'AWSTemplateFormatVersion' in data || namesSamTransform(data.Transform);
}

/**
 * The JSON of `terraform show -json` (https://developer.hashicorp.com/terraform/internals/json-format):
 * a plan has `planned_values`, a state `values`, and both a `format_version`.
 */
function isTerraformJson(data: Record<string, unknown>): boolean {
  return typeof data.format_version === 'string' && (isPlainObject(data.planned_values) || isPlainObject(data.values));
}

function isCdkManifest(data: Record<string, unknown>): boolean {
  return 'version' in data && isPlainObject(data.artifacts);
}

function isObjectArray(value: unknown): value is unknown[] {
  return Array.isArray(value) && value.every(isPlainObject);
}

/**
 * The IAM JSON people lint: a bare policy, or what the AWS CLI prints for
 * `iam get-role`, `get-policy-version`, `get-role-policy` / `get-user-policy` / `get-group-policy`
 * and `get-account-authorization-details`.
 */
function isIamDocument(data: Record<string, unknown>): boolean {
  if ('Statement' in data) return true;
  if (isPlainObject(data.Role) && 'AssumeRolePolicyDocument' in data.Role) return true;
  if (isPlainObject(data.PolicyVersion) && 'Document' in data.PolicyVersion) return true;
  if (
    'PolicyDocument' in data &&
    ('PolicyName' in data || 'RoleName' in data || 'UserName' in data || 'GroupName' in data)
  ) {
    return true;
  }
  const details = ['RoleDetailList', 'UserDetailList', 'GroupDetailList', 'Policies'];
  return details.some((key) => key in data) && details.every((key) => !(key in data) || isObjectArray(data[key]));
}

/** docs/semantics.md#resources-fragment: every top-level value is an object with a string `Type` starting `AWS::`. */
function isResourcesFragment(data: Record<string, unknown>): boolean {
  const values = Object.values(data);
  return (
    values.length > 0 &&
    values.every((value) => isPlainObject(value) && typeof value.Type === 'string' && value.Type.startsWith('AWS::'))
  );
}

function baseName(file: string): string {
  const slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return file.slice(slash + 1);
}

export function classifyDocument(doc: ParsedDocument): DocumentKind {
  const data = doc.data;
  if (!isPlainObject(data)) return 'other';
  if (isTemplate(data)) return 'template';
  if (isCdkManifest(data)) return 'cdk-manifest';
  if (isTerraformJson(data)) return 'terraform';
  // Before 'iam': a snapshot is also authorization details, with the Cognito descriptions beside them.
  if (isAccountSnapshot(data)) return 'aws-account';
  if (isIamDocument(data)) return 'iam';
  if (isResourcesFragment(data)) return 'resources-fragment';
  // Amplify CLI writes the parameter values of a category's template beside it. Its values are
  // mostly scalars and lists, but it also holds intrinsics (`authRoleArn: {"Fn::GetAtt": …}`), so
  // only the name and "an object" are required.
  if (baseName(doc.file) === 'parameters.json') return 'amplify-parameters';
  return 'other';
}

/**
 * Whether text that did not parse still looks like something this linter reads, judged from the
 * raw text (there is no data to classify): a template (`AWSTemplateFormatVersion`, a SAM
 * `Transform`, a top-level `Resources` key — at the start of a YAML line, or first in a JSON
 * object that starts the file — or a `Resources` key anywhere along with a `Type: AWS::…`), IAM
 * policy JSON (`Statement`, a policy document key, account authorization details) or a cloud
 * assembly manifest, or Terraform plan or state JSON. A directory
 * walk skips a broken file that looks like none of them (a tsconfig.json with comments, a Helm
 * chart template) instead of reporting it. Each test is one regular expression without nested
 * quantifiers: linear in the length of the text.
 */
export function looksLikeLintInput(text: string): boolean {
  return SNIFFS.some((sniff) => sniff(text));
}

/** A key `name` (a regular expression source) at the start of a line or after `{`, `,`, a quote or a space. */
const key = (name: string): RegExp => new RegExp(`(^|[\\s{,"'])${name}["']?[ \\t]*:`, 'm');
const RESOURCES = key('Resources');
const TOP_LEVEL_RESOURCES = /^Resources[ \t]*:/m;
const JSON_RESOURCES_FIRST = /^\uFEFF?\s*\{\s*"Resources"\s*:/;
const AWS_TYPE = /\bType["']?[ \t]*:[ \t]*["']?AWS::/;
const POLICY = key('(Statement|AssumeRolePolicyDocument|PolicyDocument|RoleDetailList|UserDetailList|GroupDetailList)');
const ARTIFACTS = key('artifacts');
const VERSION = key('version');
const FORMAT_VERSION = key('format_version');
const TERRAFORM_VALUES = key('(planned_values|values)');

const SNIFFS: ReadonlyArray<(text: string) => boolean> = [
  (text) => text.includes('AWSTemplateFormatVersion') || text.includes('AWS::Serverless-2016-10-31'),
  // `Resources:` and a resource type, in YAML (`Type: AWS::…`) or JSON (`"Type": "AWS::…"`).
  (text) =>
    TOP_LEVEL_RESOURCES.test(text) || JSON_RESOURCES_FIRST.test(text) || (RESOURCES.test(text) && AWS_TYPE.test(text)),
  (text) => POLICY.test(text),
  // A cloud assembly manifest: `artifacts` beside `version`.
  (text) => ARTIFACTS.test(text) && VERSION.test(text),
  // Terraform plan or state JSON: `format_version` beside `planned_values` or `values`.
  (text) => FORMAT_VERSION.test(text) && TERRAFORM_VALUES.test(text),
];
