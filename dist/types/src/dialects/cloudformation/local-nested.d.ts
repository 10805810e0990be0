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
