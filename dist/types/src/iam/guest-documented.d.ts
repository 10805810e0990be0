import type { ActionInfo } from './actions.js';
import { type Resolved } from '../values/resolved.js';
export type DocumentedGuestKind = 'telemetry' | 'lex' | 'graphql';
/** Every action of the data file, as it spells them, with whether the pattern names resources. */
export declare function documentedGuestActions(): ReadonlyArray<{
    action: string;
    kind: DocumentedGuestKind;
    resourceLess: boolean;
}>;
export interface DocumentedGuestUse {
    kind: DocumentedGuestKind;
    /** The action supports no resource type: IAM can only grant it on `*`, which is then no wider than any other resource. */
    resourceLess: boolean;
}
/**
 * Is the grant of `action` on these resources one of the documented guest uses? `undefined` for
 * `NotResource` (see documentedGuestUseOfTexts).
 */
export declare function documentedGuestUse(action: ActionInfo, resource: {
    values: ReadonlyArray<{
        value: Resolved;
    }>;
} | undefined): DocumentedGuestUse | undefined;
/**
 * The mutations an `appsync:GraphQL` grant on these resources reaches (AppSync IAM authorization:
 * `…:apis/<id>/types/Mutation/fields/<field>`): the field names written out, `'*'` for every mutation
 * (`types/Mutation/*`, a wildcard or unknown type, the whole API, `*`), none for a grant on other
 * types only. `undefined` when a resource cannot be read or the statement has `NotResource`.
 */
export declare function graphqlMutations(resource: {
    values: ReadonlyArray<{
        value: Resolved;
    }>;
} | undefined): string[] | undefined;
