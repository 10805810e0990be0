/**
 * Guest grants AWS documents as the intended use of a guest role, judged on a statement's resource
 * values: the data and the matching live in data/guest-documented.ts, which sees only the text of
 * each alternative (the data floor reads no resolved values).
 */
import { type DocumentedGuestUse } from '../../data/guest-documented.js';
import type { ActionInfo } from '../../data/iam-actions.js';
import { type Resolved } from '../resolved.js';
export type { DocumentedGuestUse } from '../../data/guest-documented.js';
/**
 * Is the grant of `action` on these resources one of the documented guest uses? `undefined` for
 * `NotResource` (see documentedGuestUseOfTexts).
 */
export declare function documentedGuestUse(action: ActionInfo, resource: {
    values: ReadonlyArray<{
        value: Resolved;
    }>;
} | undefined): DocumentedGuestUse | undefined;
