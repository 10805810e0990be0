/**
 * Nested stacks whose template is a file of the run. A plain template may name its nested stacks by
 * a local path — `AWS::CloudFormation::Stack` `TemplateURL: ./auth.yaml`, `AWS::Serverless::Application`
 * `Location: ./auth.yaml` — which `aws cloudformation package` and `sam package` upload and replace
 * with an S3 URL before deploying
 * (https://docs.aws.amazon.com/cli/latest/reference/cloudformation/package.html,
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-application.html).
 * When the run holds that file, it is read as the nested stack it deploys as: its parameters come
 * from the parent's `Parameters`, and `Fn::GetAtt [Stack, Outputs.X]` reads its outputs
 * (docs/semantics.md#resolved-value). A file two parents (or two resources) nest stays a template of
 * its own: which parent's values it gets is not one answer.
 */
import type { TemplateInput } from '../../inputs/types.js';
/** Resource types that create a nested stack whose `Outputs.X` `Fn::GetAtt` reads (SAM turns an Application into a Stack). */
export declare const NESTED_STACK_TYPES: ReadonlySet<string>;
/** May the template nest a stack (a cheap test of its text)? */
export declare function mayNestStacks(input: TemplateInput): boolean;
/**
 * The run's templates with each plain template that another plain template nests by a local path
 * marked as that nested stack (`nestedIn`). Templates already nested are left as they are, so the
 * call can be repeated.
 */
export declare function linkLocalNestedStacks(templates: readonly TemplateInput[]): readonly TemplateInput[];
