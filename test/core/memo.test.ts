import { describe, expect, it } from 'vitest';
import { memo, memoByKey } from '../../src/core/memo.js';

describe('memo', () => {
  it('computes once per owner, and again for another owner', () => {
    const cache = memo<object, number>();
    const [a, b] = [{}, {}];
    let calls = 0;
    const make = () => ++calls;
    expect([cache(a, make), cache(a, make), cache(b, make), cache(b, make)]).toEqual([1, 1, 2, 2]);
  });

  it('keeps an undefined result instead of computing it again', () => {
    const cache = memo<object, undefined>();
    const owner = {};
    let calls = 0;
    cache(owner, () => void calls++);
    cache(owner, () => void calls++);
    expect(calls).toBe(1);
  });
});

describe('memoByKey', () => {
  it('computes once per (owner, key); two caches never share entries for the same key', () => {
    const first = memoByKey<object, object, string>();
    const second = memoByKey<object, object, string>();
    const [model, otherModel, role] = [{}, {}, {}];
    expect(first(model, role, () => 'exposure')).toBe('exposure');
    expect(first(model, role, () => 'again')).toBe('exposure');
    expect(second(model, role, () => 'pools')).toBe('pools');
    expect(first(otherModel, role, () => 'other model')).toBe('other model');
  });
});
