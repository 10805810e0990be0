/**
 * The three-valued algebra of src/core/tri.ts against Kleene's strong logic, truth table by
 * truth table, and the list forms on empty lists (where `all`/`any` follow `every`/`some` and
 * `unanimous` decides nothing).
 */
import { describe, expect, it } from 'vitest';
import * as tri from '../../src/core/tri.js';
import type { Tri } from '../../src/core/tri.js';

const U = 'unknown' as const;
const VALUES: readonly Tri[] = [true, false, U];

/** Every pair of operands with the expected result, as a table indexed like VALUES. */
function table(op: (a: Tri, b: Tri) => Tri): Tri[][] {
  return VALUES.map((a) => VALUES.map((b) => op(a, b)));
}

describe('Kleene truth tables', () => {
  it('not', () => {
    expect(VALUES.map(tri.not)).toEqual([false, true, U]);
  });

  it('and: false decides, else unknown spreads', () => {
    //        b: true   false  unknown
    expect(table(tri.and)).toEqual([
      [true, false, U], // a = true
      [false, false, false], // a = false
      [U, false, U], // a = unknown
    ]);
  });

  it('or: true decides, else unknown spreads', () => {
    expect(table(tri.or)).toEqual([
      [true, true, true],
      [true, false, U],
      [true, U, U],
    ]);
  });

  it('De Morgan holds on every pair', () => {
    for (const a of VALUES) {
      for (const b of VALUES) {
        expect(tri.not(tri.and(a, b))).toBe(tri.or(tri.not(a), tri.not(b)));
        expect(tri.not(tri.or(a, b))).toBe(tri.and(tri.not(a), tri.not(b)));
      }
    }
  });
});

describe('lists', () => {
  it('all and any of an empty list are true and false (every / some)', () => {
    expect(tri.all([])).toBe(true);
    expect(tri.any([])).toBe(false);
    expect(tri.and()).toBe(true);
    expect(tri.or()).toBe(false);
  });

  it('all and any agree with and / or folded over the list', () => {
    const lists: Tri[][] = [[true, true], [true, U], [U, false, true], [false, false], [U], [true, U, true]];
    for (const list of lists) {
      expect(tri.all(list)).toBe(list.reduce<Tri>((acc, v) => tri.and(acc, v), true));
      expect(tri.any(list)).toBe(list.reduce<Tri>((acc, v) => tri.or(acc, v), false));
    }
  });

  it('all and any stop at the deciding value (lazy iterables are not read further)', () => {
    const read: Tri[] = [];
    function* values(...list: Tri[]): Generator<Tri> {
      for (const v of list) {
        read.push(v);
        yield v;
      }
    }
    expect(tri.all(values(true, false, U))).toBe(false);
    expect(read).toEqual([true, false]);
    read.length = 0;
    expect(tri.any(values(U, true, false))).toBe(true);
    expect(read).toEqual([U, true]);
  });

  it('unanimous: decided only when every alternative gives the same known answer', () => {
    expect(tri.unanimous([true, true])).toBe(true);
    expect(tri.unanimous([false])).toBe(false);
    expect(tri.unanimous([true, false])).toBe(U);
    expect(tri.unanimous([false, U])).toBe(U);
    expect(tri.unanimous([U])).toBe(U);
    expect(tri.unanimous([])).toBe(U);
  });

  it('ofOptional reads a missing boolean as unknown', () => {
    expect([true, false, undefined].map(tri.ofOptional)).toEqual([true, false, U]);
  });
});
