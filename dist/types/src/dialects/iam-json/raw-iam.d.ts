/**
 * Raw IAM JSON as the AWS CLI prints it: bare policy documents, `aws iam get-role`,
 * `get-role-policy`, `get-policy-version` and `get-account-authorization-details` output.
 * The API returns policy documents URL-encoded; the CLI decodes them — both are accepted.
 */
import type { FindingResource } from '../../core/types.js';
import type { ParsedDocument, Pointer } from '../../parsers/types.js';
import { type ModelParts } from '../../model/contribution.js';
/** Resources of raw IAM documents, by document and pointer prefix: what a finding inside one names. */
export type RawEntities = Map<ParsedDocument, Array<{
    pointer: Pointer;
    resource: FindingResource;
}>>;
export declare function readRawIam(documents: readonly ParsedDocument[]): {
    parts: ModelParts;
    rawEntities: RawEntities;
};
