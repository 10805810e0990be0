import {
  actionsAsWritten,
  actionPatternsOf,
  defineRule,
  documentsOutsideIdentityPools,
  privilegeEscalationActionsNamed,
  grantsIn,
  knownString,
  privilegeEscalationAction,
  privilegeEscalationActions,
  scalarAlternatives,
  statementWildcards,
  tri,
  type ActionPattern,
  type Statement,
  type Tri,
} from '../../src/rule-api.js';
import { formatList } from '../_shared/lists.js';
import { policySourceLabel, statementName } from '../_shared/policies.js';

/**
 * What one action lets its holder do: `passedToService` for `iam:PassRole` limited to some services,
 * and "That lets its holder <why>." for each action of the list (src/data/privilege-escalation.json), by action ID.
 */
const NOTES: Readonly<Record<string, string>> = {
  passedToService:
    "That lets its holder pass any role of the account to {{services}} and act with that role's permissions wherever that service runs its work.",
  // `…IfExists` also holds for a request without the key; a negated operator leaves every other service.
  passedToServiceIfExists:
    "That lets its holder pass any role of the account to {{services}} (the statement's `{{operator}}` condition on `iam:PassedToService` also holds for a request without that key) and act with that role's permissions wherever the service runs its work.",
  passedToServiceExcept:
    "That lets its holder pass any role of the account to any service but {{services}} (the statement's `{{operator}}` condition on `iam:PassedToService`) and act with that role's permissions wherever the service runs its work.",
  ...Object.fromEntries(
    privilegeEscalationActions().map((entry) => [entry.action, `That lets its holder ${entry.why}.`]),
  ),
};

export default defineRule({
  meta: {
    id: 'policy/privilege-escalation',
    description: 'Policies outside identity-pool roles must not allow privilege-escalation actions on every resource',
    severity: 'high',
    messages: {
      role: 'Role {{role}} may use {{actions}} on every resource through {{statement}} of {{policy}}, which lets it gain permissions it was not given.',
      policy:
        'The {{policy}} allows {{actions}} on every resource in {{statement}}, which lets its holder gain permissions it was not given.',
      // One action: a note says what it lets its holder do.
      roleOne: 'Role {{role}} may use {{actions}} on every resource through {{statement}} of {{policy}}.',
      policyOne: 'The {{policy}} allows {{actions}} on every resource in {{statement}}.',
    },
    notes: NOTES,
    fix: 'Scope the action to the resources it is meant for (`arn:aws:iam::<account>:role/<the-role-to-pass>`, the function ARN), or remove it; for iam:PassRole also add an `iam:PassedToService` condition.',
    fixIn: {
      terraform:
        'Scope the action\'s `resources` to what it is meant for (`aws_iam_role.<the-role-to-pass>.arn`, the function ARN), or remove it; for `iam:PassRole` also add `condition { test = "StringEquals" variable = "iam:PassedToService" values = ["lambda.amazonaws.com"] }`.',
      serverless:
        'Scope the action to the resources it is meant for (the role to pass, the function ARN) or remove it, in `provider.iam.role.statements` as under `resources.Resources`; for `iam:PassRole` also add an `iam:PassedToService` condition.',
    },
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
      'https://rhinosecuritylabs.com/aws/aws-privilege-escalation-methods-mitigation/',
      'https://github.com/BishopFox/iam-vulnerable',
      'https://pathfinding.cloud/',
    ],
    defersTo: ['policy/wildcard-action'],
    tags: ['policy', 'privilege-escalation'],
  },
  check(context) {
    for (const granting of documentsOutsideIdentityPools(context.model)) {
      const { document, role } = granting;
      const via = policySourceLabel(granting.via);
      const grants = grantsIn(granting);
      for (const statement of document.statements) {
        if (statement.effect !== 'Allow' || !statement.action) continue;
        const grant = grants.get(statement);
        // A statement policy/wildcard-action reports (`*`, `iam:*`, `NotAction`) is not reported again;
        // both rules judge the same grant, so a wildcard a Deny cancels is judged here instead.
        // Wildcards are judged as written less Denies (not narrowed to the resources): policy/wildcard-action does the same.
        const wildcards = statementWildcards(statement, () => grant && actionsAsWritten(grant));
        if (wildcards.patterns.length > 0 || wildcards.notAction) continue;
        // What the statement really allows: conditions that can never hold
        // (docs/semantics.md#condition-keys-that-are-never-present) and unconditional Denies of the
        // role's policies taken away.
        // Read only for a statement that names an escalation action at all.
        let allowed: Set<string> | undefined;
        const found = new Map<string, ActionPattern>();
        for (const pattern of actionPatternsOf(statement.action).patterns) {
          for (const action of privilegeEscalationActionsNamed(pattern.text)) {
            if (found.has(action.id)) continue;
            allowed ??= new Set((grant?.actions ?? []).map((a) => a.id));
            if (allowed.has(action.id)) found.set(action.id, pattern);
          }
        }
        if (found.size === 0) continue;
        const onEverything = everyResource(statement);
        if (onEverything === 'unknown') {
          context.unresolved(
            `A resource of ${statementName(statement)} of ${via} could not be resolved; it may be \`*\`.`,
            statement.source,
          );
          continue;
        }
        if (!onEverything) continue;
        const ids = [...found.keys()];
        const first = found.values().next().value!;
        const data = {
          actions: formatList(
            ids.map((id) => `\`${id}\``),
            6,
          ),
          statement: statementName(statement),
          policy: via,
        };
        const notes = notesOf(statement, ids);
        const one = notes.length > 0;
        if (role)
          context.report({
            messageId: one ? 'roleOne' : 'role',
            data: { ...data, role: `\`${role.name}\`` },
            notes,
            at: first.source,
            key: `role:${role.name}`,
          });
        else context.report({ messageId: one ? 'policyOne' : 'policy', data, notes, at: first.source });
      }
    }
  },
});

/**
 * Does the statement apply to every resource: `Resource: "*"` (in some alternative), or
 * `NotResource`, which applies to everything it does not list? `unknown` when a resource could
 * not be resolved and no other one is `*`.
 */
function everyResource(statement: Statement): Tri {
  if (statement.notResource) return true;
  return tri.any(
    (statement.resource?.values ?? []).flatMap((value) =>
      scalarAlternatives(value.value).map((alt): Tri => {
        const text = knownString(alt);
        if (text === '*') return true;
        return text === undefined && alt.kind !== 'resource' && alt.kind !== 'concat' ? 'unknown' : false;
      }),
    ),
  );
}

/**
 * What a single action lets its holder do, as a note (the list's reason; for `iam:PassRole` limited
 * by `iam:PassedToService`, which services the condition leaves, never the list's examples of
 * services it rules out); none for several actions, which the message words.
 */
function notesOf(
  statement: Statement,
  ids: string[],
): { id: string; data?: { services: string; operator?: string } }[] {
  if (ids.length !== 1) return [];
  const id = ids[0]!;
  if (id.toLowerCase() === 'iam:passrole') {
    const limit = passedToServices(statement);
    if (limit) {
      const services = formatList(limit.services.map((s) => `\`${s}\``));
      if (limit.kind === 'only') return [{ id: 'passedToService', data: { services } }];
      return [
        {
          id: limit.kind === 'ifExists' ? 'passedToServiceIfExists' : 'passedToServiceExcept',
          data: { services, operator: limit.operator },
        },
      ];
    }
  }
  const entry = privilegeEscalationAction(id);
  return entry ? [{ id: entry.action }] : [];
}

/** How an `iam:PassedToService` condition limits where a role may be passed. */
interface PassedToServiceLimit {
  /** `only`: to these services; `ifExists`: to these, or in a request without the key; `except`: to any other. */
  kind: 'only' | 'ifExists' | 'except';
  services: string[];
  /** The operator as written (`StringEqualsIfExists`), for `ifExists` and `except`. */
  operator: string;
}

/**
 * How the statement's `iam:PassedToService` conditions limit the services (the strictest when there
 * are several: conditions are ANDed), or undefined when none does (`ForAllValues:` holds when the key
 * is absent). `StringEquals`/`StringLike` admit only the values listed; with `…IfExists` also a
 * request without the key; `StringNotEquals`/`StringNotLike` every service but those listed.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#ck_PassedToService
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 */
function passedToServices(statement: Statement): PassedToServiceLimit | undefined {
  const found: PassedToServiceLimit[] = [];
  for (const entry of statement.conditions) {
    if (entry.keyLower !== 'iam:passedtoservice' || entry.operator.set === 'ForAllValues') continue;
    const positive = ['StringEquals', 'StringLike', 'StringEqualsIgnoreCase'].includes(entry.operator.base);
    const negative = ['StringNotEquals', 'StringNotLike', 'StringNotEqualsIgnoreCase'].includes(entry.operator.base);
    if (!positive && !negative) continue;
    const services = new Set<string>();
    for (const value of entry.values)
      for (const alt of scalarAlternatives(value.value)) services.add(knownString(alt) ?? '<unknown>');
    if (services.size === 0) continue;
    const kind = negative ? 'except' : entry.operator.ifExists ? 'ifExists' : 'only';
    found.push({ kind, services: [...services], operator: entry.operator.raw });
  }
  return found.find((f) => f.kind === 'only') ?? found.find((f) => f.kind === 'ifExists') ?? found[0];
}
