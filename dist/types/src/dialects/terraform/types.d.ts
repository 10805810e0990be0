/**
 * Terraform's AWS resource types in CloudFormation's names (src/values/resource-node.ts: every
 * dialect maps its types onto CloudFormation's, so rules that check a resource's type read both),
 * and the attributes a reference names in CloudFormation's terms (`id` of a pool is its `Ref`).
 */
/** The CloudFormation type of a Terraform type; a type with no CloudFormation twin keeps its own name under `Terraform::`. */
export declare function cloudFormationType(type: string): string;
/**
 * The CloudFormation attribute a Terraform attribute of a resource reads as: `id` is what `Ref`
 * returns for the resources read here (a pool's or user pool's ID, a role's or bucket's name), so
 * it is the reference itself (undefined); `arn` is `Arn` (which the rules tell from an ID). Other
 * attributes keep their Terraform names (a user pool's `endpoint`), as messages show them.
 */
export declare function cloudFormationAttribute(type: string, attribute: string): string | undefined;
