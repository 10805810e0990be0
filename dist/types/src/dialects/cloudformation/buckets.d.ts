/**
 * S3 buckets as the s3/ rules need them: CORS rules and lifecycle expiration.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-corsrule.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-rule.html
 */
import type { Resolver } from './intrinsics.js';
import { type Stack } from './stack.js';
import type { Bucket } from '../../model/s3.js';
export declare function buildBuckets(stacks: readonly Stack[], resolver: Resolver): Bucket[];
