/**
 * The identity core of a Terraform plan or state as the model's entities: IAM roles and their
 * policies, identity pools, their roles attachments (`roles`, `role_mapping`) and S3 buckets.
 * Resources and attributes follow the AWS provider's documentation
 * (https://registry.terraform.io/providers/hashicorp/aws/latest/docs).
 */
import type { Entity, Role } from '../../model/entities.js';
import type { ModelParts } from '../../model/contribution.js';
import type { Bucket } from '../../model/s3.js';
import { type Resolved } from '../../values/resolved.js';
import type { TfDocument, TfResource } from './plan.js';
export declare function entityOf(resource: TfResource): Entity;
/** Reads the document's IAM and identity pool resources into `parts`; returns how a value names one of its roles. */
export declare function readIdentityCore(tf: TfDocument, parts: ModelParts): (value: Resolved) => Role | undefined;
/**
 * Buckets with their CORS rules and lifecycle expiration: the bucket's own (deprecated) `cors_rule`
 * and `lifecycle_rule` blocks, and the `aws_s3_bucket_cors_configuration` and
 * `aws_s3_bucket_lifecycle_configuration` resources whose `bucket` names it.
 */
export declare function readBuckets(tf: TfDocument): Bucket[];
