/**
 * S3 buckets as the s3/ rules need them: CORS rules and lifecycle expiration.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-corsrule.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-rule.html
 */
import { joinPointer } from '../../parsers/types.js';
import type { Entity } from '../../model/entities.js';
import type { Resolver } from './intrinsics.js';
import { knownString, scalarAlternatives, type Resolved } from '../../values/resolved.js';
import { childRef, type SourceRef } from '../../parsers/source.js';
import type { Stack, TemplateResource } from './stack.js';
import { isPlainObject, own } from '../../core/objects.js';
import type { Bucket, CorsRule, LifecycleRule } from '../../model/s3.js';

export function buildBuckets(stacks: readonly Stack[], resolver: Resolver, entityOf: (r: TemplateResource) => Entity): Bucket[] {
  const buckets: Bucket[] = [];
  for (const stack of stacks) {
    for (const resource of stack.resources.values()) {
      if (resource.type !== 'AWS::S3::Bucket') continue;
      const props: SourceRef = { doc: stack.doc, pointer: resource.propertiesPointer };
      const values = (pointer: string): Array<{ value: Resolved; source: SourceRef }> => {
        const node = resolver.resolveAt(stack, pointer);
        if (node.kind === 'absent') return [];
        const source: SourceRef = { doc: stack.doc, pointer };
        if (node.kind === 'list') return node.items.map((item, i) => ({ value: item, source: childRef(source, i) }));
        return [{ value: node, source }];
      };
      const corsRules: CorsRule[] = [];
      const cors = own(resource.properties, 'CorsConfiguration');
      const corsList = isPlainObject(cors) ? own(cors, 'CorsRules') : undefined;
      if (Array.isArray(corsList)) {
        corsList.forEach((_, i) => {
          const pointer = joinPointer(resource.propertiesPointer, 'CorsConfiguration', 'CorsRules', i);
          corsRules.push({
            source: { doc: stack.doc, pointer },
            allowedOrigins: values(joinPointer(pointer, 'AllowedOrigins')),
            allowedMethods: values(joinPointer(pointer, 'AllowedMethods')),
          });
        });
      }
      const lifecycleRules: LifecycleRule[] = [];
      const lifecycle = own(resource.properties, 'LifecycleConfiguration');
      const rules = isPlainObject(lifecycle) ? own(lifecycle, 'Rules') : undefined;
      if (Array.isArray(rules)) {
        rules.forEach((rule, i) => {
          if (!isPlainObject(rule)) return;
          const pointer = joinPointer(resource.propertiesPointer, 'LifecycleConfiguration', 'Rules', i);
          const status = knownString(resolver.resolveAt(stack, joinPointer(pointer, 'Status')));
          const filter = own(rule, 'Filter');
          const prefixPointer = Object.prototype.hasOwnProperty.call(rule, 'Prefix')
            ? joinPointer(pointer, 'Prefix')
            : isPlainObject(filter) && Object.prototype.hasOwnProperty.call(filter, 'Prefix')
              ? joinPointer(pointer, 'Filter', 'Prefix')
              : undefined;
          const prefixValue = prefixPointer ? resolver.resolveAt(stack, prefixPointer) : undefined;
          const prefixAlternatives = prefixValue ? scalarAlternatives(prefixValue).map(knownString) : [''];
          const prefix = prefixAlternatives.length === 1 ? prefixAlternatives[0] : undefined;
          lifecycleRules.push({
            source: { doc: stack.doc, pointer },
            enabled: status === undefined ? 'unknown' : status === 'Enabled',
            prefix,
            expires: own(rule, 'ExpirationInDays') !== undefined || own(rule, 'ExpirationDate') !== undefined,
            // S3 applies a tag or size filter on top of the prefix: objects without the tags never match.
            filtered: ['TagFilters', 'ObjectSizeGreaterThan', 'ObjectSizeLessThan'].some((k) => own(rule, k) !== undefined) ||
              (isPlainObject(filter) && ['Tag', 'And', 'ObjectSizeGreaterThan', 'ObjectSizeLessThan'].some((k) => own(filter, k) !== undefined)),
          });
        });
      }
      buckets.push({ ...entityOf(resource), kind: 'bucket', templateResource: resource, corsRules, lifecycleRules, propertiesSource: props });
    }
  }
  return buckets;
}

/** The buckets of the run an S3 ARN's bucket part names (a reference, a literal name, or a pattern like `*`). */
export function bucketsNamed(
  buckets: readonly Bucket[],
  bucket: { resource?: TemplateResource; literal?: string },
  resolver: Resolver,
  match: (pattern: string, value: string) => boolean,
): Bucket[] {
  if (bucket.resource) return buckets.filter((b) => b.templateResource === bucket.resource);
  const literal = bucket.literal;
  if (literal === undefined) return [];
  return buckets.filter((b) => {
    if (literal === '*') return true;
    const name = knownString(resolver.resolveAt(b.templateResource.stack, joinPointer(b.templateResource.propertiesPointer, 'BucketName')));
    return name !== undefined && match(literal, name);
  });
}
