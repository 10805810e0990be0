/**
 * Terraform plan and state JSON (`terraform show -json`) as a dialect: each document's AWS
 * resources become the model's entities (build.ts), named by their resource address.
 */
import type { Dialect } from '../../model/contribution.js';
export declare const terraform: Dialect;
