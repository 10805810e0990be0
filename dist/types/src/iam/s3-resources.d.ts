/**
 * Reading S3 resource ARNs in policies: which bucket, and which key pattern — above all whether
 * the key is a per-identity key pattern, where `${cognito-identity.amazonaws.com:sub}` fills a
 * path segment of its own (`private/${cognito-identity.amazonaws.com:sub}/*`), however it was
 * written (plainly, as `${!…}` inside `Fn::Sub`, or across `Fn::Join` pieces).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_s3_cognito-bucket.html
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-arn-format.html
 */
import type { Resolved } from '../values/resolved.js';
import type { ResourceNode } from '../values/resource-node.js';
export type S3KeyScope = 
/** Every key of the bucket (`bucket/*`, or a key that starts with a wildcard). */
{
    kind: 'whole-bucket';
}
/** The identity's own prefix. */
 | {
    kind: 'per-identity';
}
/** A fixed, non-empty prefix shared by every user (`public/`, `uploads/`, or one object key). */
 | {
    kind: 'fixed-prefix';
    prefix: string;
}
/** A policy variable that does not fill a path segment of its own (`private/${…:sub}-x/*`). */
 | {
    kind: 'variable';
    prefix: string;
}
/** Not decidable (an unresolved part in the key). */
 | {
    kind: 'unknown';
};
export type S3Resource = 
/** `Resource: "*"`: every resource of every service. */
{
    kind: 'any';
}
/** `arn:aws:s3:::bucket` (no key): the bucket itself. */
 | {
    kind: 'bucket';
    bucket: BucketName;
}
/**
 * `arn:aws:s3:::*`, `arn:aws:s3:::media-*`: a wildcard in the resource part, which IAM lets cross `/`,
 * so the pattern matches the buckets *and* every object in them.
 */
 | {
    kind: 'pattern';
    bucket: BucketName;
}
/** `arn:aws:s3:::bucket/key`: objects. */
 | {
    kind: 'object';
    bucket: BucketName;
    key: string;
    scope: S3KeyScope;
}
/** Not an S3 ARN. */
 | {
    kind: 'other';
}
/** Could not be read. */
 | {
    kind: 'unknown';
};
export interface BucketName {
    /** Rendered for messages (`${UploadBucket}`, `media`, `*`). */
    text: string;
    /** The same for finding keys, which fingerprints hash: never reworded (`stableText`). */
    key: string;
    /** The bucket resource, when the ARN refers to one of the template. */
    resource?: ResourceNode;
    /** The bucket name pattern when fully known (may hold IAM wildcards). */
    literal?: string;
}
/** Classify one resolved `Resource` value. */
export declare function readS3Resource(value: Resolved): S3Resource;
/** The scope of an object key pattern. */
export declare function keyScope(key: string): S3KeyScope;
/** `${<identity-pool host>:sub}` alone in a path segment. */
export declare function isPerIdentityKey(key: string): boolean;
