/**
 * How the command asks V8 to compile: optimise later than its default, because a lint run is short.
 *
 * V8 optimises a function with TurboFan once it has run a budget of bytecode (`--interrupt-budget`,
 * 67,584 by default in Node 20), on a helper thread. A lint run executes a megabyte of code,
 * most of it for well under a second: on the bench's bulk case (README "Benchmark") the optimising
 * compiler spent about 1.3 s of CPU, a third of the run's, mostly on functions that were done before
 * their optimised code paid back. On a two-core CI runner that thread takes a core from the main
 * thread. Eight times the budget leaves TurboFan the functions that stay hot (the YAML lexer, a large
 * template's walks) and cut the whole command's time on `bulk` by a fifth to a quarter, on a
 * 4,568-resource template by about a tenth, and left one template as it was (measured alternately,
 * README "Benchmark"). A much larger budget (thirty times) was slower again on the large template.
 *
 * Only the command does this: it owns its process. `lint()`, a library call in someone else's
 * process, leaves V8's settings alone. Worker threads (`--jobs`) share the process's flags.
 */
import { setFlagsFromString } from 'node:v8';

/** V8's default interrupt budget in Node 20 (`node --v8-options`); later V8s may set another. */
const NODE_20_INTERRUPT_BUDGET = 67_584;

export const V8_FLAGS: readonly string[] = [`--interrupt-budget=${8 * NODE_20_INTERRUPT_BUDGET}`];

/**
 * V8 versions that have the flag (Node 20: 11.3, 22: 12.4, 24: 13.6). V8 prints an error on standard
 * output for a flag it does not know, which would corrupt a JSON or SARIF report, so another V8 gets
 * no tuning rather than a guess.
 */
const KNOWN_V8_MAJORS = new Set([11, 12, 13]);

/** Sets V8_FLAGS when `v8Version` is one whose flags we know; says whether it did. */
export function tuneV8(v8Version: string = process.versions.v8): boolean {
  if (!KNOWN_V8_MAJORS.has(Number(v8Version.split('.')[0]))) return false;
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
  return true;
}
