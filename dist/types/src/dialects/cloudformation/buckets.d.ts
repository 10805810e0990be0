/**
 * S3 buckets as the s3/ rules need them: CORS rules and lifecycle expiration.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-corsrule.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-rule.html
 */
import type { Entity } from '../../model/entities.js';
import type { Resolver } from './intrinsics.js';
import { type Stack, type TemplateResource } from './stack.js';
import type { ResourceNode } from '../../values/resource-node.js';
import type { Bucket } from '../../model/s3.js';
export declare function buildBuckets(stacks: readonly Stack[], resolver: Resolver, entityOf: (r: TemplateResource) => Entity): Bucket[];
/** The buckets of the run an S3 ARN's bucket part names (a reference, a literal name, or a pattern like `*`). */
export declare function bucketsNamed(buckets: readonly Bucket[], bucket: {
    resource?: ResourceNode;
    literal?: string;
}, resolver: Resolver, match: (pattern: string, value: string) => boolean): Bucket[];
