/**
 * API Gateway REST and HTTP APIs, SAM APIs and functions: methods, routes and authorizers.
 * (Skeleton: filled in by the API Gateway work; entities are built from every stack of the run.)
 */
import type { Resolver } from './intrinsics.js';
import type { Stack } from './stack.js';

export interface ApiEntities {
  restApis: unknown[];
}

export function buildApiEntities(stacks: readonly Stack[], resolver: Resolver): ApiEntities {
  void stacks;
  void resolver;
  return { restApis: [] };
}
