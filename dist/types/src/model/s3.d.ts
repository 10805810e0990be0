/** The S3 entities of the model: buckets with their CORS rules and lifecycle expiration. */
import type { Tri } from '../core/tri.js';
import type { Entity } from './entities.js';
import type { Resolved } from '../values/resolved.js';
import type { SourceRef } from '../parsers/source.js';
import type { ResourceNode } from '../values/resource-node.js';
export interface CorsRule {
    source: SourceRef;
    /** Each entry, with the list's name as its input writes it when that is not `AllowedOrigins` (Terraform's `allowed_origins`). */
    allowedOrigins: Array<{
        value: Resolved;
        source: SourceRef;
        name?: string;
    }>;
    allowedMethods: Array<{
        value: Resolved;
        source: SourceRef;
    }>;
}
export interface LifecycleRule {
    source: SourceRef;
    /** `Enabled` unless known otherwise. */
    enabled: Tri;
    /** The key prefix the rule applies to ('' = whole bucket), or undefined when not statically known. */
    prefix: string | undefined;
    /** Whether the rule expires current objects (`ExpirationInDays` / `ExpirationDate`). */
    expires: boolean;
    /** Whether the rule applies only to some objects besides the prefix (`TagFilters`, object size filters). */
    filtered: boolean;
}
export interface Bucket extends Entity {
    readonly kind: 'bucket';
    readonly templateResource: ResourceNode;
    /** `BucketName`, when statically known (a bucket without one gets a generated name, which no ARN written beforehand names). */
    readonly bucketName: string | undefined;
    readonly corsRules: readonly CorsRule[];
    readonly lifecycleRules: readonly LifecycleRule[];
    /** The `LifecycleConfiguration` node, when the template writes one (where a finding about its rules points). */
    readonly lifecycleConfigurationSource: SourceRef | undefined;
    /** `Properties` of the bucket (the place to point at when something is missing). */
    readonly propertiesSource: SourceRef;
}
/** The buckets an S3 ARN's bucket part names (a reference, a literal name, or a pattern like `*`). */
export declare function bucketsNamed(buckets: readonly Bucket[], bucket: {
    resource?: ResourceNode;
    literal?: string;
}, match: (pattern: string, value: string) => boolean): Bucket[];
