import type { Entity } from '../../model/entities.js';
import type { Resolver } from './intrinsics.js';
import type { Stack, TemplateResource } from './stack.js';
import type { Bucket } from '../../model/s3.js';
export declare function buildBuckets(stacks: readonly Stack[], resolver: Resolver, entityOf: (r: TemplateResource) => Entity): Bucket[];
/** The buckets of the run an S3 ARN's bucket part names (a reference, a literal name, or a pattern like `*`). */
export declare function bucketsNamed(buckets: readonly Bucket[], bucket: {
    resource?: TemplateResource;
    literal?: string;
}, resolver: Resolver, match: (pattern: string, value: string) => boolean): Bucket[];
