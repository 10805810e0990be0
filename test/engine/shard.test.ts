/**
 * The shard assignment itself (src/engine/shard.ts): deterministic, every key in exactly one
 * shard, spread evenly over many keys, and a key's shard does not depend on the other keys.
 */
import { describe, expect, it } from 'vitest';
import { shardOfKey } from '../../src/engine/shard.js';

const keys = Array.from({ length: 600 }, (_, i) => `infra/stacks/service-${i}/template.yaml`);

describe('shardOfKey', () => {
  it('gives every key one shard in 1..n, the same every time', () => {
    for (const n of [1, 2, 3, 7]) {
      for (const key of keys.slice(0, 50)) {
        const shard = shardOfKey(key, n);
        expect(shard).toBeGreaterThanOrEqual(1);
        expect(shard).toBeLessThanOrEqual(n);
        expect(shardOfKey(key, n)).toBe(shard);
      }
    }
    expect(shardOfKey('a.yaml', 1)).toBe(1);
  });

  it('spreads 600 keys over 3 shards within 20% of an even share each', () => {
    const counts = [0, 0, 0];
    for (const key of keys) counts[shardOfKey(key, 3) - 1]!++;
    for (const count of counts) {
      expect(count).toBeGreaterThan(160);
      expect(count).toBeLessThan(240);
    }
  });

  it('moves only keys to the new shard when n grows by one (rendezvous hashing)', () => {
    const moved = keys.filter((key) => shardOfKey(key, 4) !== shardOfKey(key, 3));
    for (const key of moved) expect(shardOfKey(key, 4)).toBe(4);
    expect(moved.length).toBeGreaterThan(100);
    expect(moved.length).toBeLessThan(200);
  });
});
