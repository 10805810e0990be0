import type { Entity } from './entities.js';
import type { Resolver } from './intrinsics.js';
import { type Resolved } from './resolved.js';
import { type SourceRef } from './source.js';
import type { Stack, TemplateResource } from './stack.js';
export interface CorsRule {
    source: SourceRef;
    allowedOrigins: Array<{
        value: Resolved;
        source: SourceRef;
    }>;
    allowedMethods: Array<{
        value: Resolved;
        source: SourceRef;
    }>;
}
export interface LifecycleRule {
    source: SourceRef;
    /** `Enabled` unless known otherwise. */
    enabled: boolean | 'unknown';
    /** The key prefix the rule applies to ('' = whole bucket), or undefined when not statically known. */
    prefix: string | undefined;
    /** Whether the rule expires current objects (`ExpirationInDays` / `ExpirationDate`). */
    expires: boolean;
    /** Whether the rule applies only to some objects besides the prefix (`TagFilters`, object size filters). */
    filtered: boolean;
}
export interface Bucket extends Entity {
    readonly kind: 'bucket';
    readonly templateResource: TemplateResource;
    readonly corsRules: readonly CorsRule[];
    readonly lifecycleRules: readonly LifecycleRule[];
    /** `Properties` of the bucket (the place to point at when something is missing). */
    readonly propertiesSource: SourceRef;
}
export declare function buildBuckets(stacks: readonly Stack[], resolver: Resolver, entityOf: (r: TemplateResource) => Entity): Bucket[];
/** The buckets of the run an S3 ARN's bucket part names (a reference, a literal name, or a pattern like `*`). */
export declare function bucketsNamed(buckets: readonly Bucket[], bucket: {
    resource?: TemplateResource;
    literal?: string;
}, resolver: Resolver, match: (pattern: string, value: string) => boolean): Bucket[];
