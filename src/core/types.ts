/**
 * The shared kernel's types (`core/`, README "Architecture: floors"): what the model, the engine and the
 * reporters all speak of. Imports nothing. engine/types.ts re-exports them as part of the public
 * report types; inputs/types.ts re-exports `SourceFrame`.
 */

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';

/** Most severe first. */
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

/**
 * The input forms whose fix is written differently from a CloudFormation template's: a rule's
 * `meta.fixIn` holds the fix in that form, and a finding read from it reports that text.
 */
export type FixDialect = 'terraform' | 'serverless';

/** In the order rule pages show them (`### Terraform`, `### Serverless Framework` under "How to fix"). */
export const FIX_DIALECTS: readonly FixDialect[] = ['terraform', 'serverless'];

/** A position in a CDK app's source, from a construct creation trace (never read: only shown and linked). */
export interface SourceFrame {
  file: string;
  line: number;
  column: number;
}

/** The resource a finding concerns. */
export interface FindingResource {
  /** CloudFormation logical ID, or the role / policy name for raw IAM input. */
  logicalId: string;
  /**
   * The resource's address in its own dialect when that is not the logical ID: a Terraform
   * resource address (`module.auth.aws_iam_role.authenticated`). Reporters show it where they show
   * the logical ID; fingerprints and suppressions keep using `logicalId`.
   */
  address?: string;
  /** CloudFormation resource type (`AWS::IAM::Role`), or a pseudo type for raw input (`IAM::Role`). */
  type?: string;
  /** CDK construct path (`WebApp/AuthenticatedRole/Resource`) when the template came from a cloud assembly. */
  cdkPath?: string;
  /** Stack name (cdk.out) or the template's file path. */
  stack?: string;
  /**
   * Where the CDK app created the construct: the first frame of the `aws:cdk:logicalId` creation
   * trace outside the CDK's own libraries (assemblies synthesised with `CDK_DEBUG=true`). `file`
   * is relative to the working directory when it lies under it, else absolute, '/'-separated.
   */
  cdkSource?: SourceFrame;
  /** The Amplify (Gen 1) category resource whose stack holds it (`storage`, `photos`), for a template read as part of an Amplify project. */
  amplify?: { category: string; resource: string };
}
