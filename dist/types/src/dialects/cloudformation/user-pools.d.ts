import type { Resolver } from './intrinsics.js';
import type { Stack } from './stack.js';
import type { UserPoolEntities } from '../../model/cognito.js';
export declare function buildUserPoolEntities(stacks: readonly Stack[], resolver: Resolver): UserPoolEntities;
