/**
 * Terraform's AWS resource types in CloudFormation's names (src/values/resource-node.ts: every
 * dialect maps its types onto CloudFormation's, so rules that check a resource's type read both),
 * and the attributes a reference names in CloudFormation's terms (`id` of a pool is its `Ref`).
 */

const TYPES: Readonly<Record<string, string>> = {
  aws_cognito_identity_pool: 'AWS::Cognito::IdentityPool',
  aws_cognito_identity_pool_roles_attachment: 'AWS::Cognito::IdentityPoolRoleAttachment',
  aws_cognito_identity_pool_provider_principal_tag: 'AWS::Cognito::IdentityPoolPrincipalTag',
  aws_cognito_user_pool: 'AWS::Cognito::UserPool',
  aws_cognito_user_pool_client: 'AWS::Cognito::UserPoolClient',
  aws_cognito_user_group: 'AWS::Cognito::UserPoolGroup',
  aws_iam_role: 'AWS::IAM::Role',
  aws_iam_role_policy: 'AWS::IAM::RolePolicy',
  aws_iam_policy: 'AWS::IAM::ManagedPolicy',
  aws_iam_role_policy_attachment: 'Terraform::IAM::RolePolicyAttachment',
  aws_iam_policy_attachment: 'Terraform::IAM::PolicyAttachment',
  aws_s3_bucket: 'AWS::S3::Bucket',
  aws_s3_bucket_policy: 'AWS::S3::BucketPolicy',
  aws_s3_bucket_cors_configuration: 'Terraform::S3::BucketCorsConfiguration',
  aws_s3_bucket_lifecycle_configuration: 'Terraform::S3::BucketLifecycleConfiguration',
  aws_api_gateway_rest_api: 'AWS::ApiGateway::RestApi',
  aws_api_gateway_resource: 'AWS::ApiGateway::Resource',
  aws_api_gateway_method: 'AWS::ApiGateway::Method',
  aws_api_gateway_authorizer: 'AWS::ApiGateway::Authorizer',
  aws_apigatewayv2_api: 'AWS::ApiGatewayV2::Api',
  aws_apigatewayv2_route: 'AWS::ApiGatewayV2::Route',
  aws_apigatewayv2_authorizer: 'AWS::ApiGatewayV2::Authorizer',
};

/** The CloudFormation type of a Terraform type; a type with no CloudFormation twin keeps its own name under `Terraform::`. */
export function cloudFormationType(type: string): string {
  return Object.prototype.hasOwnProperty.call(TYPES, type) ? TYPES[type]! : `Terraform::${type}`;
}

/**
 * The CloudFormation attribute a Terraform attribute of a resource reads as: `id` is what `Ref`
 * returns for the resources read here (a pool's or user pool's ID, a role's or bucket's name), so
 * it is the reference itself (undefined); `arn` is `Arn` (which the rules tell from an ID). Other
 * attributes keep their Terraform names (a user pool's `endpoint`), as messages show them.
 */
export function cloudFormationAttribute(type: string, attribute: string): string | undefined {
  if (attribute === '' || attribute === 'id') return undefined;
  if (type === 'aws_iam_role' && attribute === 'name') return undefined;
  if (type === 'aws_s3_bucket' && attribute === 'bucket') return undefined;
  if (attribute === 'arn') return 'Arn';
  if (type === 'aws_iam_role' && attribute === 'unique_id') return 'RoleId';
  return attribute;
}
