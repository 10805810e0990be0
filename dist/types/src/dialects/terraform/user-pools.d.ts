import { type Resolved } from '../../values/resolved.js';
import type { Role, RoleSlot } from '../../model/entities.js';
import type { IdentityPool } from '../../model/entities.js';
import { type UserPoolEntities } from '../../model/cognito.js';
import type { TfDocument } from './plan.js';
/** The user pool entities of one document, and the `group` slots that offer a group's role through the pools accepting its user pool. */
export declare function readUserPools(tf: TfDocument, identityPools: readonly IdentityPool[], roleNamed: (value: Resolved) => Role | undefined): {
    entities: UserPoolEntities;
    slots: RoleSlot[];
};
