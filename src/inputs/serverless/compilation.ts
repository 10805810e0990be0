/**
 * What the compilers of a service (the Lambda role, REST API events, HTTP API events) share: the
 * resolved configuration, the template's Resources being built, and where to say what could not
 * be compiled.
 */
import { isPlainObject, own } from '../../core/objects.js';
import type { SourceRef } from '../../parsers/source.js';
import { joinPointer } from '../../parsers/types.js';
import type { Placement } from './placement.js';
import type { VariableResolver } from './variables.js';

export interface ServiceFunction {
  name: string;
  config: Record<string, unknown>;
}

export interface Compilation {
  variables: VariableResolver;
  placement: Placement;
  /** The service file's root node: what a compiled node with no better place is located at. */
  root: SourceRef;
  /** The compiled resources, by logical ID, in the order compiled. */
  resources: Record<string, unknown>;
  functions: ServiceFunction[];
  /** `service` (a string, or `{name}` in older services); possibly unknown. */
  serviceName: unknown;
  stage: unknown;
  /** The region: `--parameter region=`, else `provider.region`, else `us-east-1` (the framework's provider.getRegion). */
  region: unknown;
  /** The plugins `plugins` lists (https://www.serverless.com/framework/docs/guides/plugins): what some keys mean depends on them. */
  plugins: ReadonlySet<string>;
  note(at: SourceRef | undefined, message: string): void;
}

/** `plugins`: a list of names, or `{modules: [...]}`; names that are not text are left out. */
export function pluginNames(plugins: unknown): Set<string> {
  const modules = isPlainObject(plugins) ? own(plugins, 'modules') : plugins;
  return new Set(Array.isArray(modules) ? modules.filter((name): name is string => typeof name === 'string') : []);
}

/** Adds a compiled resource, placed at `at`; the first one compiled under a logical ID wins. */
export function addResource(
  compilation: Compilation,
  logicalId: string,
  resource: Record<string, unknown>,
  at: SourceRef | undefined,
): void {
  if (Object.prototype.hasOwnProperty.call(compilation.resources, logicalId)) return;
  compilation.resources[logicalId] = compilation.placement.at(resource, at);
  const properties = own(resource, 'Properties');
  if (isPlainObject(properties)) compilation.placement.at(properties, at);
}

/** The place of `node[key]` in its file: its own place, else its parent's place plus `key`. */
export function placeOfChild(compilation: Compilation, node: unknown, key: string | number): SourceRef | undefined {
  if (!isPlainObject(node) && !Array.isArray(node)) return undefined;
  const child = Array.isArray(node) ? node[Number(key)] : own(node, String(key));
  const own_ = compilation.placement.of(child);
  if (own_) return own_;
  const parent = compilation.placement.of(node);
  return parent ? { doc: parent.doc, pointer: joinPointer(parent.pointer, key) } : undefined;
}

/** `Fn::Join ['', parts]`, or the text itself when every part is text. */
export function joined(parts: unknown[]): unknown {
  if (parts.every((p) => typeof p === 'string')) return parts.join('');
  return { 'Fn::Join': ['', parts] };
}
