import type { LoadedInputs } from '../inputs/types.js';
export interface Shard {
    /** 1-based. */
    index: number;
    count: number;
}
/** A group of files that is linted in one shard; `key` is its smallest file path. */
export interface ShardGroup {
    key: string;
    files: string[];
}
/** The shard (1-based) rendezvous hashing gives a group's key among `count` shards. */
export declare function shardOfKey(key: string, count: number): number;
/**
 * The groups of a run's input: every document, and every file an input problem is about, in
 * exactly one group. Sorted by key.
 */
export declare function shardGroups(inputs: LoadedInputs): ShardGroup[];
/** The share of `inputs` shard `shard` lints; `skipped` (files not read) stays whole: it is the whole run's. */
export declare function selectShard(inputs: LoadedInputs, shard: Shard): LoadedInputs;
