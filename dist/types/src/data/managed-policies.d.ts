/** Is this ARN an AWS managed policy (`arn:<partition>:iam::aws:policy/…`)? */
export declare function isAwsManagedPolicyArn(arn: string): boolean;
/** The latest document of an AWS managed policy, by ARN (any partition), or undefined when not in the snapshot. */
export declare function awsManagedPolicyDocument(arn: string): unknown;
/**
 * The ARN of the AWS managed policy with this name (`AmazonDynamoDBFullAccess`,
 * `AWSLambdaBasicExecutionRole` under `service-role/`), in the `aws` partition; undefined when the
 * snapshot has none. SAM accepts such names in a function's `Policies` and turns them into ARNs the
 * same way (https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html#sam-function-policies).
 * Names are unique across paths in the snapshot.
 */
export declare function awsManagedPolicyArnByName(name: string): string | undefined;
