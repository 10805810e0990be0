/** Raw IAM JSON as a dialect: bare policy documents and what the AWS CLI prints (raw-iam.ts). */
import type { Dialect } from '../../model/contribution.js';
export declare const iamJson: Dialect;
