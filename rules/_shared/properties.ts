/**
 * How messages name the property a finding is about.
 */

/**
 * How messages name a property: as its input writes it (Terraform's `authorization`), else by
 * CloudFormation's name, which SAM, Serverless and CDK compile to.
 */
export function propertyName(field: { readonly name?: string }, cloudFormation: string): string {
  return field.name ?? cloudFormation;
}
