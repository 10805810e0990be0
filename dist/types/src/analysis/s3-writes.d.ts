import type { Role } from '../model/entities.js';
import type { IdentityModel } from '../model/model.js';
import type { Bucket } from '../model/s3.js';
export interface BucketWrite {
    bucket: Bucket;
    role: Role;
    guest: boolean;
    /** Fixed key prefix written ('' for the whole bucket; the prefix before `${…:sub}` for per-identity keys). */
    prefix: string;
}
export declare function bucketWrites(model: IdentityModel): BucketWrite[];
