/**
 * The S3 bucket and identity-pool policies of an Amplify (Gen 1) storage resource that the repository keeps only as
 * `cli-inputs.json` (Amplify CLI 7 and later generate the template into `build/`, which `.gitignore` usually leaves
 * out), built as amplify-category-storage generates them (aws-amplify/amplify-cli at
 * 70049be04b61535028329f395349fe51c9e8a2cd, provider-utils/awscloudformation/):
 * - s3-stack-transform.ts `generateCfnInputParameters`: `authAccess`/`guestAccess` (`CREATE_AND_UPDATE`, `READ`,
 *   `DELETE`) become the permission lists (s3-user-input-state.ts `getCfnTypesFromPermissionType`:
 *   `s3:PutObject`; `s3:GetObject` + `s3:ListBucket`; `s3:DeleteObject`), `s3:ListBucket` left out of the object
 *   policies; uploads get `s3:PutObject` alone, and only with `CREATE_AND_UPDATE`; the read policies exist only
 *   with `READ`; the roles are `Ref AuthRoleName` / `Ref UnauthRoleName`.
 * - cdk-stack-builder/s3-stack-builder.ts: `S3Bucket` with its CORS rule (`*` origins, GET/HEAD/PUT/POST/DELETE);
 *   `S3AuthPublicPolicy` (`public/*`), `S3AuthProtectedPolicy` and `S3AuthPrivatePolicy`
 *   (`protected|private/${cognito-identity.amazonaws.com:sub}/*`), `S3AuthUploadPolicy` (`uploads/*`) for the
 *   authenticated role; `S3GuestPublicPolicy`, `S3GuestUploadPolicy` for the unauthenticated one; and
 *   `S3AuthReadPolicy` / `S3GuestReadPolicy` (`s3:GetObject` on `protected/*`, `s3:ListBucket` under the prefixes).
 *   A policy whose list is `DISALLOW` is not created (`createAndSetIAMPolicies`; the read policies' conditions).
 * Not built: user pool group policies (`groupAccess`, which need the groups' roles) and the trigger function's
 * policy (a Lambda role, no identity-pool role); the note on the resource says so. Every node is located at the
 * cli-inputs.json setting it comes from.
 */
import type { ParsedDocument, Pointer } from '../parsers/types.js';
import { splitPointer } from '../parsers/types.js';
import { synthesisedDocument } from '../parsers/synthesised-document.js';
import { isPlainObject, own } from '../core/objects.js';

type Access = 'CREATE_AND_UPDATE' | 'READ' | 'DELETE';
const CFN_PERMISSIONS: Record<Access, string[]> = {
  CREATE_AND_UPDATE: ['s3:PutObject'],
  READ: ['s3:GetObject', 's3:ListBucket'],
  DELETE: ['s3:DeleteObject'],
};
const SUB = '${cognito-identity.amazonaws.com:sub}';

/** Is this a storage resource's S3 cli-inputs.json (rather than DynamoDB's)? */
export function isS3CliInputs(data: unknown): data is Record<string, unknown> {
  return isPlainObject(data) && (Array.isArray(own(data, 'authAccess')) || Array.isArray(own(data, 'guestAccess')));
}

function accessOf(inputs: Record<string, unknown>, key: 'authAccess' | 'guestAccess'): Set<Access> {
  const list = own(inputs, key);
  return new Set(
    (Array.isArray(list) ? list : []).filter(
      (a): a is Access => typeof a === 'string' && Object.hasOwn(CFN_PERMISSIONS, a),
    ),
  );
}

/** The object actions of `access` (s3-stack-transform.ts `_getPublicPrivatePermissions`, bucket listing excluded). */
function objectActions(access: Set<Access>): string[] {
  return [...access].flatMap((a) => CFN_PERMISSIONS[a]).filter((a) => a !== 's3:ListBucket');
}

const objectArn = (path: string) => ({ 'Fn::Join': ['', ['arn:aws:s3:::', { Ref: 'S3Bucket' }, path]] });
const bucketArn = { 'Fn::Join': ['', ['arn:aws:s3:::', { Ref: 'S3Bucket' }]] };

function policy(name: string, role: string, statements: unknown[]) {
  return {
    Type: 'AWS::IAM::Policy',
    Properties: {
      PolicyName: name,
      Roles: [{ Ref: role }],
      PolicyDocument: { Version: '2012-10-17', Statement: statements },
    },
  };
}

function readPolicy(name: string, role: string, prefixes: string[]) {
  return policy(name, role, [
    { Effect: 'Allow', Action: ['s3:GetObject'], Resource: [objectArn('/protected/*')] },
    {
      Effect: 'Allow',
      Action: ['s3:ListBucket'],
      Resource: [bucketArn],
      Condition: { StringLike: { 's3:prefix': prefixes } },
    },
  ]);
}

/**
 * The bucket and policies `amplify push` generates from an S3 storage resource's cli-inputs.json, as a template
 * located in that file, with the parameters the root passes it.
 */
export function storageS3StandIn(
  cliInputs: ParsedDocument,
  inputs: Record<string, unknown>,
): { doc: ParsedDocument; parameters: Record<string, unknown> } {
  const auth = accessOf(inputs, 'authAccess');
  const guest = accessOf(inputs, 'guestAccess');
  const uuid = typeof own(inputs, 'policyUUID') === 'string' ? (own(inputs, 'policyUUID') as string) : '';
  const resources: Record<string, unknown> = {
    S3Bucket: {
      Type: 'AWS::S3::Bucket',
      Properties: {
        // s3-stack-builder.ts buildBucketName also inserts a suffix of the stack's name, known only once deployed.
        BucketName: { 'Fn::Join': ['', [{ Ref: 'bucketName' }, '-', { Ref: 'env' }]] },
        CorsConfiguration: {
          CorsRules: [
            {
              Id: 'S3CORSRuleId1',
              MaxAge: 3000,
              ExposedHeaders: ['x-amz-server-side-encryption', 'x-amz-request-id', 'x-amz-id-2', 'ETag'],
              AllowedHeaders: ['*'],
              AllowedOrigins: ['*'],
              AllowedMethods: ['GET', 'HEAD', 'PUT', 'POST', 'DELETE'],
            },
          ],
        },
      },
    },
  };
  const objects = (logicalId: string, name: string, role: string, access: Set<Access>, path: string): void => {
    const actions = objectActions(access);
    if (actions.length)
      resources[logicalId] = policy(`${name}_${uuid}`, role, [
        { Effect: 'Allow', Action: actions, Resource: [objectArn(path)] },
      ]);
  };
  objects('S3AuthPublicPolicy', 'Public_policy', 'authRoleName', auth, '/public/*');
  objects('S3AuthProtectedPolicy', 'Protected_policy', 'authRoleName', auth, `/protected/${SUB}/*`);
  objects('S3AuthPrivatePolicy', 'Private_policy', 'authRoleName', auth, `/private/${SUB}/*`);
  if (auth.has('CREATE_AND_UPDATE'))
    objects('S3AuthUploadPolicy', 'Uploads_policy', 'authRoleName', new Set(['CREATE_AND_UPDATE']), '/uploads/*');
  objects('S3GuestPublicPolicy', 'Public_policy', 'unauthRoleName', guest, '/public/*');
  if (guest.has('CREATE_AND_UPDATE'))
    objects('S3GuestUploadPolicy', 'Uploads_policy', 'unauthRoleName', new Set(['CREATE_AND_UPDATE']), '/uploads/*');
  if (auth.has('READ'))
    resources.S3AuthReadPolicy = readPolicy(`read_policy_${uuid}`, 'authRoleName', [
      'public/',
      'public/*',
      'protected/',
      'protected/*',
      `private/${SUB}/`,
      `private/${SUB}/*`,
    ]);
  if (guest.has('READ'))
    resources.S3GuestReadPolicy = readPolicy(`read_policy_${uuid}`, 'unauthRoleName', [
      'public/',
      'public/*',
      'protected/',
      'protected/*',
    ]);
  const parameter = { Type: 'String' };
  const data = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description:
      'The bucket and policies of an Amplify storage resource (synthesised by cognito-iam-lint from cli-inputs.json, as s3-stack-builder.ts generates them)',
    Parameters: { env: parameter, bucketName: parameter, authRoleName: parameter, unauthRoleName: parameter },
    Resources: resources,
    Outputs: { BucketName: { Value: { Ref: 'S3Bucket' } } },
  };
  /** Where each synthesised node comes from: the access list it is built from, the bucket's name, else the file. */
  const original = (pointer: Pointer): Pointer => {
    const id = splitPointer(pointer)[1] ?? '';
    const from = id.startsWith('S3Guest') ? 'guestAccess' : id.startsWith('S3Auth') ? 'authAccess' : 'bucketName';
    return own(inputs, from) === undefined ? '' : `/${from}`;
  };
  const doc = synthesisedDocument(cliInputs, data, original);
  const bucketName = own(inputs, 'bucketName');
  return {
    doc,
    parameters: {
      ...(typeof bucketName === 'string' ? { bucketName } : {}),
      authRoleName: { Ref: 'AuthRoleName' },
      unauthRoleName: { Ref: 'UnauthRoleName' },
    },
  };
}
