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
import type { ParsedDocument } from '../parsers/types.js';
/** Is this a storage resource's S3 cli-inputs.json (rather than DynamoDB's)? */
export declare function isS3CliInputs(data: unknown): data is Record<string, unknown>;
/**
 * The bucket and policies `amplify push` generates from an S3 storage resource's cli-inputs.json, as a template
 * located in that file, with the parameters the root passes it.
 */
export declare function storageS3StandIn(cliInputs: ParsedDocument, inputs: Record<string, unknown>): {
    doc: ParsedDocument;
    parameters: Record<string, unknown>;
};
