import type { Resolver } from './intrinsics.js';
import { type Stack } from './stack.js';
import type { ApiEntities } from '../../model/apigateway.js';
export declare function buildApiEntities(stacks: readonly Stack[], resolver: Resolver): ApiEntities;
