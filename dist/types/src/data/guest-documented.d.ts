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
 * Is the grant of `action` on these resources one of the documented guest uses? `resourceTexts`
 * holds each alternative of each resource value as its fixed parts read it (templateText of
 * model/resolved.ts; `undefined` when it cannot be read), or is `undefined` for `NotResource`;
 * model/policy/guest-documented.ts reads them from a statement. Every resource that can apply to the
 * action — `*`, a wildcard or unknown service, or the action's own service — must name one specific
 * resource of the pattern; resources of another service do not apply to the action (IAM matches them
 * against the request's resource, so they allow it nothing) and are not judged. `undefined` when the
 * action is no documented guest action, or a resource is wider, cannot be read, or is `NotResource`.
 */
export declare function documentedGuestUseOfTexts(action: ActionInfo, resourceTexts: Iterable<string | undefined> | undefined): DocumentedGuestUse | undefined;
