/**
 * Which buckets identity-pool roles can write, and under which key prefixes: what the bucket
 * rules (CORS, lifecycle) need to know about the roles.
 */
import { matchIamPattern } from '../iam/match.js';
import { bucketsNamed } from '../model/s3.js';
import { sameDeployment } from '../values/resource-node.js';
import type { Role } from '../model/entities.js';
import { exposureOf } from './exposure.js';
import type { IdentityModel } from '../model/model.js';
import { isWriteAction, s3AccessOf } from './s3-access.js';
import type { Bucket } from '../model/s3.js';

export interface BucketWrite {
  bucket: Bucket;
  role: Role;
  guest: boolean;
  /** Fixed key prefix written ('' for the whole bucket; the prefix before `${…:sub}` for per-identity keys). */
  prefix: string;
}

export function bucketWrites(model: IdentityModel): BucketWrite[] {
  const out: BucketWrite[] = [];
  for (const role of model.identityPoolRoles()) {
    const exposure = exposureOf(model, role);
    if (exposure.level === 'internal') continue;
    for (const access of s3AccessOf(role)) {
      if (!access.objectActions.some(isWriteAction)) continue;
      for (const { parsed } of access.resources) {
        if (parsed.kind === 'pattern') {
          const matching = bucketsNamed(
            model.buckets.filter((b) => sameDeploymentAs(b, role)),
            parsed.bucket,
            (p, v) => matchIamPattern(p, v),
          );
          for (const bucket of matching) out.push({ bucket, role, guest: exposure.guestRole, prefix: '' });
        } else if (parsed.kind === 'any') {
          // `Resource: "*"` reaches the buckets of the role's own deployment, not every template of the run.
          for (const bucket of model.buckets.filter((b) => sameDeploymentAs(b, role)))
            out.push({ bucket, role, guest: exposure.guestRole, prefix: '' });
        } else if (parsed.kind === 'object') {
          const prefix =
            parsed.scope.kind === 'fixed-prefix'
              ? parsed.scope.prefix
              : parsed.scope.kind === 'variable'
                ? parsed.scope.prefix
                : parsed.scope.kind === 'per-identity'
                  ? parsed.key.slice(0, parsed.key.indexOf('${'))
                  : parsed.scope.kind === 'whole-bucket'
                    ? ''
                    : undefined;
          if (prefix === undefined) continue;
          const candidates =
            parsed.bucket.literal !== undefined && /[*?]/.test(parsed.bucket.literal)
              ? model.buckets.filter((b) => sameDeploymentAs(b, role))
              : model.buckets;
          for (const bucket of bucketsNamed(candidates, parsed.bucket, (p, v) => matchIamPattern(p, v))) {
            out.push({ bucket, role, guest: exposure.guestRole, prefix });
          }
        }
      }
    }
  }
  return out;
}

/** A bucket and a role of the same deployment (ResourceNode.deployment). */
function sameDeploymentAs(bucket: Bucket, role: Role): boolean {
  return role.templateResource !== undefined && sameDeployment(bucket.templateResource, role.templateResource);
}
