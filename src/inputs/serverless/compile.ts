/**
 * A Serverless Framework service compiled to the CloudFormation template the framework deploys
 * (`serverless package` writes it as .serverless/cloudformation-template-update-stack.json), as
 * far as the rules need it: the Lambda execution role and the functions' own roles, the REST and HTTP APIs of the functions'
 * events, then `resources` merged over them (https://www.serverless.com/framework/docs/providers/aws/guide/resources:
 * "Resources", "Outputs" and the rest of a template; a list of such objects or `${file(…)}`
 * includes is merged in order). Unknown variables become parameters without a value.
 *
 * The template's document is synthesised (as src/inputs/amplify-project.ts synthesises Amplify's
 * root stack): its nodes are placed at the real nodes of the service file and of the files it
 * includes (placement.ts), and `compiledFrom` tells the engine which file a finding is in.
 */
import { isPlainObject, own } from '../../core/objects.js';
import { setDataProperty } from '../../parsers/json.js';
import { compiledDocument, type SourceRef } from '../../parsers/source.js';
import type { ParsedDocument, Pointer } from '../../parsers/types.js';
import { type Compilation, type ServiceFunction, pluginNames } from './compilation.js';
import { compileFunctionRoles } from './function-roles.js';
import { compileHttpApi } from './http-api.js';
import { compileLambdaRole } from './iam-role.js';
import { Placement } from './placement.js';
import { applyPseudoParameters } from './pseudo-parameters.js';
import { compileRestApi } from './rest-api.js';
import type { VariableResolver } from './variables.js';

/** core-cloudformation-template.json's Description. */
const DESCRIPTION = 'The AWS CloudFormation template for this Serverless application';

export function compileService(
  service: ParsedDocument,
  variables: VariableResolver,
  note: (at: SourceRef | undefined, message: string) => void,
): ParsedDocument {
  const placement = new Placement((node) => variables.sourceOf(node));
  const root: SourceRef = { doc: service, pointer: '' };
  const compilation: Compilation = {
    variables,
    placement,
    root,
    resources: {},
    functions: [],
    serviceName: serviceName(variables.config('service')),
    stage: variables.stage(),
    region: variables.option('region') ?? variables.config('provider', 'region') ?? 'us-east-1',
    plugins: pluginNames(variables.config('plugins')),
    note,
  };
  const functions = mergedList(variables, placement, variables.config('functions'));
  if (isPlainObject(functions)) {
    for (const name of Object.keys(functions)) {
      const config = own(functions, name);
      if (isPlainObject(config)) compilation.functions.push({ name, config } satisfies ServiceFunction);
    }
  }
  compileFunctionRoles(compilation, compileLambdaRole(compilation));
  compileRestApi(compilation);
  compileHttpApi(compilation);

  const compiled = placement.at(
    {
      AWSTemplateFormatVersion: '2010-09-09',
      Description: DESCRIPTION,
      Resources: placement.at(compilation.resources, root),
      Outputs: {},
    },
    root,
  );
  let data = placement.merge(compiled, customResources(variables, placement, note));
  if (!isPlainObject(data)) data = compiled;
  const template = data as Record<string, unknown>;
  if (variables.parameters.size > 0) {
    const written = own(template, 'Parameters');
    const parameters: Record<string, unknown> = {};
    if (isPlainObject(written)) for (const key of Object.keys(written)) setDataProperty(parameters, key, written[key]);
    for (const [name, at] of variables.parameters) {
      if (own(parameters, name) !== undefined) continue;
      setDataProperty(
        parameters,
        name,
        placement.at({ Type: 'String', Description: 'A Serverless variable known only at deployment' }, at),
      );
    }
    setDataProperty(template, 'Parameters', placement.at(parameters, placement.of(written) ?? root));
  }
  const place = (pointer: Pointer): SourceRef => placement.place(template, root, pointer);
  applyPseudoParameters(compilation, template, place);
  // Built in memory from parsed files: the template has no syntax problems of its own.
  const problems = { syntaxErrors: [], duplicateKeys: [], unknownTags: [] };
  return compiledDocument(service, { form: 'serverless', data: template, place, problems });
}

/**
 * `functions` or `resources` written as a list of objects (typically `${file(…)}` includes), merged
 * in order into one object as the framework's Service.mergeArrays does
 * (https://github.com/serverless/serverless/blob/v3.38.0/lib/classes/service.js); an entry that is
 * unknown (an include that could not be read, noted where it is written) is left out.
 */
function mergedList(variables: VariableResolver, placement: Placement, value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  let merged: unknown;
  for (const entry of value) {
    if (!isPlainObject(entry) || variables.isUnknown(entry)) continue;
    merged = placement.merge(merged, entry);
  }
  return merged;
}

/** `resources`: an object, or a list of objects (`${file(…)}` includes among them) merged in order. */
function customResources(
  variables: VariableResolver,
  placement: Placement,
  note: (at: SourceRef | undefined, message: string) => void,
): unknown {
  const resources = variables.config('resources');
  if (resources === undefined) return undefined;
  if (variables.isUnknown(resources)) {
    note(variables.sourceOf(resources), "The service's `resources` are not known: its own resources are not linted.");
    return undefined;
  }
  return mergedList(variables, placement, Array.isArray(resources) ? resources : [resources]);
}

function serviceName(service: unknown): unknown {
  return isPlainObject(service) && own(service, 'name') !== undefined ? own(service, 'name') : service;
}
