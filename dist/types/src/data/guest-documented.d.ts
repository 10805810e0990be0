/**
 * Guest grants AWS documents as the intended use of a guest role (src/data/guest-documented.json,
 * each pattern with its sources): telemetry ingestion on one app monitor or Pinpoint app, telemetry
 * actions that support no resource type, and talking to one Amazon Lex bot alias or version (the
 * Lex web UI). role/guest-write-access reports these at info (RULES.md role/guest-write-access).
 *
 * A resource is judged by its fixed parts (RULES.md "Resolved value"): `arn:<?>:lex:<?>:<?>:bot-alias/<?>/<?>`
 * names one bot alias; `…:bot-alias/*`, `…:bot-alias/<?>/*` and `*` do not.
 */
import { type Resolved } from '../model/resolved.js';
import type { ActionInfo } from './iam-actions.js';
export type DocumentedGuestKind = 'telemetry' | 'lex';
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
 * Is the grant of `action` on these resources one of the documented guest uses? Every resource
 * value (each alternative) that can apply to the action — `*`, a wildcard or unknown service, or
 * the action's own service — must name one specific resource of the pattern; resources of another
 * service do not apply to the action (IAM matches them against the request's resource, so they allow
 * it nothing) and are not judged. `undefined` when the action is no documented guest action, or a
 * resource is wider, cannot be read, or is `NotResource`.
 */
export declare function documentedGuestUse(action: ActionInfo, resource: {
    values: ReadonlyArray<{
        value: Resolved;
    }>;
} | undefined): DocumentedGuestUse | undefined;
