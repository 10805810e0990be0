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
import { describe, stableText } from '../values/resolved.js';
import { isIdentityPoolHost } from './trust.js';

/** Stands for a part of the ARN that is not known statically. */
const HOLE = '\u0000';

export type S3KeyScope =
  /** Every key of the bucket (`bucket/*`, or a key that starts with a wildcard). */
  | { kind: 'whole-bucket' }
  /** The identity's own prefix. */
  | { kind: 'per-identity' }
  /** A fixed, non-empty prefix shared by every user (`public/`, `uploads/`, or one object key). */
  | { kind: 'fixed-prefix'; prefix: string }
  /** A policy variable that does not fill a path segment of its own (`private/${…:sub}-x/*`). */
  | { kind: 'variable'; prefix: string }
  /** Not decidable (an unresolved part in the key). */
  | { kind: 'unknown' };

export type S3Resource =
  /** `Resource: "*"`: every resource of every service. */
  | { kind: 'any' }
  /** `arn:aws:s3:::bucket` (no key): the bucket itself. */
  | { kind: 'bucket'; bucket: BucketName }
  /**
   * `arn:aws:s3:::*`, `arn:aws:s3:::media-*`: a wildcard in the resource part, which IAM lets cross `/`,
   * so the pattern matches the buckets *and* every object in them.
   */
  | { kind: 'pattern'; bucket: BucketName }
  /** `arn:aws:s3:::bucket/key`: objects. */
  | { kind: 'object'; bucket: BucketName; key: string; scope: S3KeyScope }
  /** Not an S3 ARN. */
  | { kind: 'other' }
  /** Could not be read. */
  | { kind: 'unknown' };

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
export function readS3Resource(value: Resolved): S3Resource {
  const tokens = flatten(value);
  if (!tokens) return { kind: 'unknown' };
  if (tokens.length === 1 && tokens[0] === '*') return { kind: 'any' };
  // `!GetAtt Bucket.Arn` stands for `arn:<partition>:s3:::<bucket>`.
  let bucketResource: ResourceNode | undefined;
  let text = '';
  for (const token of tokens) {
    if (typeof token === 'string') {
      text += token;
    } else if (
      token.kind === 'resource' &&
      token.resource.type === 'AWS::S3::Bucket' &&
      token.attribute === 'Arn' &&
      text === ''
    ) {
      bucketResource = token.resource;
      text += `arn:aws:s3:::${HOLE}`;
    } else if (token.kind === 'resource' && token.resource.type === 'AWS::S3::Bucket' && !token.attribute) {
      bucketResource ??= token.resource;
      text += HOLE;
    } else {
      text += HOLE;
    }
  }
  const parts = text.split(':');
  if (parts.length < 6 || parts[0] !== 'arn' || parts[2] !== 's3')
    return parts[0] === 'arn' ? { kind: 'other' } : text.includes(HOLE) ? { kind: 'unknown' } : { kind: 'other' };
  const resourcePart = parts.slice(5).join(':');
  const slash = resourcePart.indexOf('/');
  const bucketText = slash === -1 ? resourcePart : resourcePart.slice(0, slash);
  const bucket: BucketName = {
    text: bucketResource ? `\${${bucketResource.logicalId}}` : bucketText.includes(HOLE) ? describe(value) : bucketText,
    key: bucketResource
      ? `\${${bucketResource.logicalId}}`
      : bucketText.includes(HOLE)
        ? stableText(value)
        : bucketText,
    ...(bucketResource ? { resource: bucketResource } : {}),
    ...(!bucketText.includes(HOLE) ? { literal: bucketText } : {}),
  };
  if (slash === -1) return /[*?]/.test(bucketText) ? { kind: 'pattern', bucket } : { kind: 'bucket', bucket };
  const key = resourcePart.slice(slash + 1);
  return { kind: 'object', bucket, key: key.replaceAll(HOLE, '<?>'), scope: keyScope(key) };
}

/** The scope of an object key pattern. */
export function keyScope(key: string): S3KeyScope {
  if (isPerIdentityKey(key)) return { kind: 'per-identity' };
  const wildcard = key.search(/[*?]/);
  // A policy variable before the first wildcard: the prefix differs per request, so it is not a fixed
  // prefix shared by every user, nor (not filling its own segment) a per-identity key pattern.
  const variable = key.indexOf('${');
  if (variable !== -1 && (wildcard === -1 || variable < wildcard))
    return { kind: 'variable', prefix: key.slice(0, variable) };
  const hole = key.indexOf(HOLE);
  const firstOpen = [wildcard, hole].filter((i) => i !== -1).reduce((a, b) => Math.min(a, b), key.length);
  if (firstOpen === 0) return hole === 0 ? { kind: 'unknown' } : { kind: 'whole-bucket' };
  if (hole !== -1 && hole === firstOpen) {
    // A fixed start followed by an unknown part: the fixed start is at least a shared prefix.
    return { kind: 'fixed-prefix', prefix: key.slice(0, hole) };
  }
  return { kind: 'fixed-prefix', prefix: key.slice(0, firstOpen) };
}

/** `${<identity-pool host>:sub}` alone in a path segment. */
export function isPerIdentityKey(key: string): boolean {
  return key.split('/').some((segment) => {
    const m = /^\$\{([^}]+):sub\}$/i.exec(segment);
    return m !== null && isIdentityPoolHost(m[1]!);
  });
}

/** A resolved string as a list of known text pieces and unresolved tokens; undefined for alternatives/lists. */
function flatten(value: Resolved): Array<string | Resolved> | undefined {
  switch (value.kind) {
    case 'known':
      return [String(value.value ?? '')];
    case 'concat': {
      const out: Array<string | Resolved> = [];
      for (const part of value.parts) {
        const inner = flatten(part);
        if (!inner) out.push(part);
        else out.push(...inner);
      }
      return out;
    }
    case 'resource':
    case 'unknown':
      return [value];
    default:
      return undefined;
  }
}
