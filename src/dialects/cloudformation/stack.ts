/**
 * A template's resources, parameters and outputs, indexed once. The resolver and the model
 * builder work on these; rules see them through model entities.
 */
import type { ParsedDocument, Pointer } from '../../parsers/types.js';
import { joinPointer } from '../../parsers/types.js';
import type { FindingResource } from '../../core/types.js';
import type { SourceFrame, TemplateInput } from '../../inputs/types.js';
import { type SourceRef } from '../../parsers/source.js';
import { isPlainObject, own } from '../../core/objects.js';
import type { ResourceNode } from '../../values/resource-node.js';
import type { Entity } from '../../model/entities.js';
import { deploymentKey } from './deployment.js';

export interface TemplateResource extends ResourceNode {
  readonly dialect: 'cloudformation';
  readonly stack: Stack;
  /** Pointer of the resource object (`/Resources/AuthRole`, or `/AuthRole` in a Resources fragment). */
  readonly pointer: Pointer;
  /** `Properties`, or an empty object when absent or not an object. */
  readonly properties: Record<string, unknown>;
  readonly propertiesPointer: Pointer;
  readonly metadata: Record<string, unknown> | undefined;
  /** CDK construct path: `Metadata["aws:cdk:path"]`, else the manifest's `aws:cdk:logicalId` entry. */
  readonly cdkPath: string | undefined;
  /** Where the CDK app created it, from the assembly's creation traces (`CDK_DEBUG=true`). */
  readonly cdkSource?: SourceFrame | undefined;
  readonly source: SourceRef;
}

/** The resource as a finding names it; the one place a template resource becomes a FindingResource. */
export function findingResourceOf(resource: TemplateResource): FindingResource {
  return {
    logicalId: resource.logicalId,
    type: resource.type,
    stack: resource.stack.name,
    ...(resource.cdkPath !== undefined ? { cdkPath: resource.cdkPath } : {}),
    ...(resource.cdkSource !== undefined ? { cdkSource: resource.cdkSource } : {}),
    ...(resource.stack.input.amplify ? { amplify: { ...resource.stack.input.amplify } } : {}),
  };
}

/** A template resource as an entity of the model names it. */
export function templateEntity(resource: TemplateResource): Entity {
  return {
    name: resource.logicalId,
    source: resource.source,
    resource: findingResourceOf(resource),
    templateResource: resource,
  };
}

export interface TemplateParameter {
  readonly name: string;
  readonly pointer: Pointer;
  readonly type: string | undefined;
  readonly default: unknown;
  readonly hasDefault: boolean;
}

export interface Stack {
  readonly input: TemplateInput;
  readonly doc: ParsedDocument;
  readonly name: string;
  readonly key: string;
  readonly resources: ReadonlyMap<string, TemplateResource>;
  readonly parameters: ReadonlyMap<string, TemplateParameter>;
  /** Output name → pointer of its `Value`. */
  readonly outputs: ReadonlyMap<string, Pointer>;
  /** Export name expressions: pointer of `Outputs.<name>.Export.Name` → pointer of the output's `Value`. */
  readonly exports: ReadonlyArray<{ namePointer: Pointer; valuePointer: Pointer }>;
  readonly mappings: Record<string, unknown>;
  readonly templateMetadata: Record<string, unknown> | undefined;
}

/** Index a template input. Never throws: malformed sections are simply empty. */
export function buildStack(input: TemplateInput): Stack {
  const data = input.doc.data;
  const root = isPlainObject(data) ? data : {};
  const resourcesNode = input.resourcesPointer === '' ? root : own(root, 'Resources');
  const resources = new Map<string, TemplateResource>();
  const parameters = new Map<string, TemplateParameter>();
  const outputs = new Map<string, Pointer>();
  const exports: Array<{ namePointer: Pointer; valuePointer: Pointer }> = [];

  const stack: Stack = {
    input,
    doc: input.doc,
    name: input.stackName,
    key: input.stackKey,
    resources,
    parameters,
    outputs,
    exports,
    mappings: input.resourcesPointer === '' ? {} : (asObject(own(root, 'Mappings')) ?? {}),
    templateMetadata: input.resourcesPointer === '' ? undefined : asObject(own(root, 'Metadata')),
  };

  const deployment = deploymentKey(input);
  if (isPlainObject(resourcesNode)) {
    for (const [logicalId, body] of Object.entries(resourcesNode)) {
      if (!isPlainObject(body)) continue;
      const type = own(body, 'Type');
      if (typeof type !== 'string') continue;
      const pointer = joinPointer(input.resourcesPointer, logicalId);
      const metadata = asObject(own(body, 'Metadata'));
      const pathFromMetadata = metadata ? own(metadata, 'aws:cdk:path') : undefined;
      resources.set(logicalId, {
        dialect: 'cloudformation',
        logicalId,
        type,
        deployment,
        stack,
        pointer,
        properties: asObject(own(body, 'Properties')) ?? {},
        propertiesPointer: joinPointer(pointer, 'Properties'),
        propertiesSource: { doc: input.doc, pointer: joinPointer(pointer, 'Properties') },
        metadata,
        cdkPath: typeof pathFromMetadata === 'string' ? pathFromMetadata : input.cdkPaths.get(logicalId),
        cdkSource: input.cdkSources?.get(logicalId),
        source: { doc: input.doc, pointer },
        ...(input.physicalIds ? { physicalId: logicalId } : {}),
      });
    }
  }

  if (input.resourcesPointer !== '') {
    const params = asObject(own(root, 'Parameters'));
    for (const [name, body] of Object.entries(params ?? {})) {
      const spec = asObject(body) ?? {};
      const type = own(spec, 'Type');
      parameters.set(name, {
        name,
        pointer: joinPointer('/Parameters', name),
        type: typeof type === 'string' ? type : undefined,
        default: own(spec, 'Default'),
        hasDefault: Object.prototype.hasOwnProperty.call(spec, 'Default'),
      });
    }
    const outs = asObject(own(root, 'Outputs'));
    for (const [name, body] of Object.entries(outs ?? {})) {
      const spec = asObject(body);
      if (!spec || !Object.prototype.hasOwnProperty.call(spec, 'Value')) continue;
      const valuePointer = joinPointer('/Outputs', name, 'Value');
      outputs.set(name, valuePointer);
      const exp = asObject(own(spec, 'Export'));
      if (exp && Object.prototype.hasOwnProperty.call(exp, 'Name')) {
        exports.push({ namePointer: joinPointer('/Outputs', name, 'Export', 'Name'), valuePointer });
      }
    }
  }
  return stack;
}

function asObject(value: unknown): Record<string, unknown> | undefined {
  return isPlainObject(value) ? value : undefined;
}

/** The resource whose subtree contains `pointer`, if any. */
export function resourceContaining(stack: Stack, pointer: Pointer): TemplateResource | undefined {
  const prefix = stack.input.resourcesPointer + '/';
  if (!pointer.startsWith(prefix)) return undefined;
  const rest = pointer.slice(prefix.length);
  const slash = rest.indexOf('/');
  const token = (slash === -1 ? rest : rest.slice(0, slash)).replace(/~1/g, '/').replace(/~0/g, '~');
  return stack.resources.get(token);
}

/** A resource node as this dialect made it: every reference the CloudFormation resolver resolves is one. */
export function templateResourceOf(node: ResourceNode): TemplateResource | undefined {
  return node.dialect === 'cloudformation' ? (node as TemplateResource) : undefined;
}
