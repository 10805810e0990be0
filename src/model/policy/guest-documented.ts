/**
 * Guest grants AWS documents as the intended use of a guest role, judged on a statement's resource
 * values: the data and the matching live in data/guest-documented.ts, which sees only the text of
 * each alternative (the data floor reads no resolved values).
 */
import { documentedGuestUseOfTexts, type DocumentedGuestUse } from '../../data/guest-documented.js';
import type { ActionInfo } from '../../data/iam-actions.js';
import { scalarAlternatives, templateText, type Resolved } from '../resolved.js';

export type { DocumentedGuestUse } from '../../data/guest-documented.js';

/**
 * Is the grant of `action` on these resources one of the documented guest uses? `undefined` for
 * `NotResource` (see documentedGuestUseOfTexts).
 */
export function documentedGuestUse(action: ActionInfo, resource: { values: ReadonlyArray<{ value: Resolved }> } | undefined): DocumentedGuestUse | undefined {
  return documentedGuestUseOfTexts(action, resource && resourceTexts(resource.values));
}

/** Lazily, so an action that is no documented guest action reads no resource. */
function* resourceTexts(values: ReadonlyArray<{ value: Resolved }>): Generator<string | undefined> {
  for (const value of values) for (const alt of scalarAlternatives(value.value)) yield templateText(alt);
}
