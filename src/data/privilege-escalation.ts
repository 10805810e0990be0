/**
 * The privilege-escalation action list, kept as one data file with its sources cited inside it
 * (src/data/privilege-escalation.json): Rhino Security Labs' published IAM privilege-escalation
 * methods, Bishop Fox's iam-vulnerable paths and Datadog's pathfinding.cloud catalogue.
 * policy/privilege-escalation and role/admin-access read it through this module only.
 */
import data from './privilege-escalation.json' with { type: 'json' };

export interface PrivilegeEscalationAction {
  /** `iam:PassRole`, as the Service Authorization Reference spells it. */
  readonly action: string;
  /** One line: what holding the action lets a principal do. */
  readonly why: string;
}

export interface PrivilegeEscalationSource {
  readonly id: string;
  readonly title: string;
  readonly url: string;
}

interface DataFile {
  sources: Record<string, { title: string; url: string }>;
  actions: Array<{ action: string; why: string; sources: string[] }>;
}

const file = data as DataFile;
const ACTIONS: ReadonlyArray<PrivilegeEscalationAction> = Object.freeze(
  file.actions.map((a) => Object.freeze({ action: a.action, why: a.why })),
);
const BY_ID = new Map(ACTIONS.map((a) => [a.action.toLowerCase(), a]));

/** Every action of the list, in the file's order. */
export function privilegeEscalationActions(): ReadonlyArray<PrivilegeEscalationAction> {
  return ACTIONS;
}

/** Is `actionId` (`iam:PassRole`, any case: action names are case-insensitive) on the list? */
export function isPrivilegeEscalationAction(actionId: string): boolean {
  return BY_ID.has(actionId.toLowerCase());
}

/** The list's entry for an action (any case), for its `why`. */
export function privilegeEscalationAction(actionId: string): PrivilegeEscalationAction | undefined {
  return BY_ID.get(actionId.toLowerCase());
}

/** The published sources the list cites, for documentation and `meta.references`. */
export function privilegeEscalationSources(): ReadonlyArray<PrivilegeEscalationSource> {
  return Object.entries(file.sources).map(([id, s]) => ({ id, title: s.title, url: s.url }));
}
