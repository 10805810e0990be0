/**
 * Indexes of all stacks of a run, for cross-stack resolution: nested stacks, exports and
 * stack names. Cross-stack references only resolve within one root cloud assembly (CDK) or,
 * for plain templates, among the plain templates of the run.
 */
import type { Pointer } from '../../parsers/types.js';
import type { Resolver, StackUniverse } from './intrinsics.js';
import { knownString } from '../../values/resolved.js';
import type { Stack } from './stack.js';

export class StackIndex implements StackUniverse {
  private readonly byKey = new Map<string, Stack>();
  private readonly children = new Map<string, Stack>();
  private exportIndex: Map<string, Array<{ stack: Stack; valuePointer: Pointer }>> | undefined;
  /** Set by the model once the resolver exists (export names may themselves be intrinsics). */
  resolver: Resolver | undefined;

  constructor(readonly stacks: readonly Stack[]) {
    for (const stack of stacks) this.byKey.set(stack.key, stack);
    for (const stack of stacks) {
      const nested = stack.input.nestedIn;
      if (nested) this.children.set(`${nested.parentStackKey}\u0000${nested.logicalId}`, stack);
    }
  }

  nestedChild(stack: Stack, logicalId: string): Stack | undefined {
    return this.children.get(`${stack.key}\u0000${logicalId}`);
  }

  nestedParent(stack: Stack): { stack: Stack; logicalId: string } | undefined {
    const nested = stack.input.nestedIn;
    if (!nested) return undefined;
    const parent = this.byKey.get(nested.parentStackKey);
    return parent ? { stack: parent, logicalId: nested.logicalId } : undefined;
  }

  exporters(from: Stack, name: string): Array<{ stack: Stack; valuePointer: Pointer }> {
    if (!this.exportIndex) this.exportIndex = this.buildExportIndex();
    return (this.exportIndex.get(name) ?? []).filter((e) => sameScope(from, e.stack));
  }

  stackByName(from: Stack, stackName: string, region: string | undefined): Stack | undefined {
    return this.stacks.find(
      (s) =>
        sameScope(from, s) &&
        !s.input.nestedIn &&
        s.name === stackName &&
        (region === undefined || s.input.assembly?.region === undefined || s.input.assembly.region === region),
    );
  }

  private buildExportIndex(): Map<string, Array<{ stack: Stack; valuePointer: Pointer }>> {
    const index = new Map<string, Array<{ stack: Stack; valuePointer: Pointer }>>();
    for (const stack of this.stacks) {
      for (const exp of stack.exports) {
        const name = this.resolver ? knownString(this.resolver.resolveAt(stack, exp.namePointer)) : undefined;
        if (name === undefined) continue;
        const list = index.get(name) ?? [];
        list.push({ stack, valuePointer: exp.valuePointer });
        index.set(name, list);
      }
    }
    return index;
  }
}

/** Stacks of one root cloud assembly see each other; plain templates see plain templates. */
function sameScope(a: Stack, b: Stack): boolean {
  return (a.input.assembly?.rootDir ?? '') === (b.input.assembly?.rootDir ?? '');
}
