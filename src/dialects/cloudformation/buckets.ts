/**
 * S3 buckets as the s3/ rules need them: CORS rules and lifecycle expiration.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-corsrule.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-rule.html
 */
import type { Resolver } from './intrinsics.js';
import { knownString, scalarAlternatives } from '../../values/resolved.js';
import { PropertyReader, readResources, type ResourceReaders } from './properties.js';
import { templateEntity, type Stack } from './stack.js';
import { isPlainObject, own } from '../../core/objects.js';
import type { Bucket, CorsRule, LifecycleRule } from '../../model/s3.js';

export function buildBuckets(stacks: readonly Stack[], resolver: Resolver): Bucket[] {
  const buckets: Bucket[] = [];
  const readers: ResourceReaders<Bucket[]> = {
    'AWS::S3::Bucket': (resource, read, out) =>
      out.push({
        ...templateEntity(resource),
        kind: 'bucket',
        templateResource: resource,
        bucketName: knownString(read.value('BucketName').value),
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
