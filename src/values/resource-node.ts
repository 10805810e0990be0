/**
 * A resource as resolved references and the model's entities name it, whatever dialect read it
 * (README "Architecture: floors": values/ holds the neutral resource node that resolved references
 * point at). The CloudFormation dialect's TemplateResource is one; a Terraform resource would be
 * another. What only one dialect knows (a stack, raw `Properties`) stays on its own type.
 */
import type { SourceRef } from '../parsers/source.js';

export interface ResourceNode {
  /** The dialect that read it (`cloudformation`). */
  readonly dialect: string;
  /** The resource type in CloudFormation's names (`AWS::IAM::Role`), onto which every dialect maps its own. */
  readonly type: string;
  /** Its name within its deployment (the logical ID). */
  readonly logicalId: string;
  /** The resource's node. */
  readonly source: SourceRef;
  /** Its properties' node: where a finding about a missing property points. */
  readonly propertiesSource: SourceRef;
  /**
   * The deployment it belongs to: resources with the same key are deployed together (one template,
   * one nested-stack tree, one cloud assembly), so a wildcard ARN in one reaches the other.
   */
  readonly deployment: string;
  /**
   * Its ID in AWS, when the input says it (resources read from an account, whose logical IDs are
   * their IDs): a literal ID written elsewhere (a provider name `cognito-idp.<region>.amazonaws.com/<ID>`) names it.
   */
  readonly physicalId?: string;
}

/** Are the two resources deployed together (docs/semantics.md#cloud-assembly: one account, one app)? */
export function sameDeployment(a: ResourceNode, b: ResourceNode): boolean {
  return a.deployment === b.deployment;
}
