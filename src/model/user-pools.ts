/**
 * User pools, app clients, user pool groups and identity-pool principal tags.
 * (Skeleton: filled in by the user-pool work; entities are built from every stack of the run.)
 */
import type { Resolver } from './intrinsics.js';
import type { Stack } from './stack.js';

export interface UserPoolEntities {
  userPools: unknown[];
}

export function buildUserPoolEntities(stacks: readonly Stack[], resolver: Resolver): UserPoolEntities {
  void stacks;
  void resolver;
  return { userPools: [] };
}
