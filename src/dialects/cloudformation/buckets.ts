/**
 * S3 buckets as the s3/ rules need them: CORS rules and lifecycle expiration.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-corsrule.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-rule.html
 */
import type { Entity } from '../../model/entities.js';
import type { Resolver } from './intrinsics.js';
import { knownString, scalarAlternatives } from '../../values/resolved.js';
import { PropertyReader, readResources, type ResourceReaders } from './properties.js';
import { templateResourceOf, type Stack, type TemplateResource } from './stack.js';
import type { ResourceNode } from '../../values/resource-node.js';
import { isPlainObject, own } from '../../core/objects.js';
import type { Bucket, CorsRule, LifecycleRule } from '../../model/s3.js';

export function buildBuckets(
  stacks: readonly Stack[],
  resolver: Resolver,
  entityOf: (r: TemplateResource) => Entity,
): Bucket[] {
  const buckets: Bucket[] = [];
  const readers: ResourceReaders<Bucket[]> = {
    'AWS::S3::Bucket': (resource, read, out) =>
      out.push({
        ...entityOf(resource),
        kind: 'bucket',
        templateResource: resource,
        corsRules: corsRules(read),
        lifecycleRules: lifecycleRules(read),
        lifecycleConfigurationSource:
          resource.properties['LifecycleConfiguration'] !== undefined
            ? read.source('LifecycleConfiguration')
            : undefined,
        propertiesSource: read.source(),
      }),
  };
  readResources(stacks, resolver, readers, buckets);
  return buckets;
}

function corsRules(read: PropertyReader): CorsRule[] {
  const list = read.raw('CorsConfiguration', 'CorsRules');
  if (!Array.isArray(list)) return [];
  return list.map((_, i) => {
    const rule = read.child('CorsConfiguration', 'CorsRules', i);
    return {
      source: rule.source(),
      allowedOrigins: rule.entries('AllowedOrigins'),
      allowedMethods: rule.entries('AllowedMethods'),
    };
  });
}

function lifecycleRules(read: PropertyReader): LifecycleRule[] {
  const list = read.raw('LifecycleConfiguration', 'Rules');
  if (!Array.isArray(list)) return [];
  const out: LifecycleRule[] = [];
  list.forEach((rule, i) => {
    if (!isPlainObject(rule)) return;
    const at = read.child('LifecycleConfiguration', 'Rules', i);
    const status = knownString(at.value('Status').value);
    const filter = own(rule, 'Filter');
    const prefix = Object.prototype.hasOwnProperty.call(rule, 'Prefix')
      ? at.value('Prefix').value
      : isPlainObject(filter) && Object.prototype.hasOwnProperty.call(filter, 'Prefix')
        ? at.value('Filter', 'Prefix').value
        : undefined;
    const prefixAlternatives = prefix ? scalarAlternatives(prefix).map(knownString) : [''];
    out.push({
      source: at.source(),
      enabled: status === undefined ? 'unknown' : status === 'Enabled',
      prefix: prefixAlternatives.length === 1 ? prefixAlternatives[0] : undefined,
      expires: own(rule, 'ExpirationInDays') !== undefined || own(rule, 'ExpirationDate') !== undefined,
      // S3 applies a tag or size filter on top of the prefix: objects without the tags never match.
      filtered:
        ['TagFilters', 'ObjectSizeGreaterThan', 'ObjectSizeLessThan'].some((k) => own(rule, k) !== undefined) ||
        (isPlainObject(filter) &&
          ['Tag', 'And', 'ObjectSizeGreaterThan', 'ObjectSizeLessThan'].some((k) => own(filter, k) !== undefined)),
    });
  });
  return out;
}

/** The buckets of the run an S3 ARN's bucket part names (a reference, a literal name, or a pattern like `*`). */
export function bucketsNamed(
  buckets: readonly Bucket[],
  bucket: { resource?: ResourceNode; literal?: string },
  resolver: Resolver,
  match: (pattern: string, value: string) => boolean,
): Bucket[] {
  if (bucket.resource) return buckets.filter((b) => b.templateResource === bucket.resource);
  const literal = bucket.literal;
  if (literal === undefined) return [];
  return buckets.filter((b) => {
    if (literal === '*') return true;
    const written = templateResourceOf(b.templateResource);
    const name = written && knownString(PropertyReader.of(resolver, written).value('BucketName').value);
    return name !== undefined && match(literal, name);
  });
}
