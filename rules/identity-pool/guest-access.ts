import {
  defineRule,
  describe,
  expandActionPattern,
  identityPoolTrustStatements,
  knownString,
  actionsOnResources,
  actionsUnderConditions,
  scalarAlternatives,
  wildcardsUndecided,
  truthOf,
  trustAdmitsPool,
  trustAmrAdmission,
  type Role,
  type Statement,
} from '../../src/rule-api.js';
import { formatList } from '../_shared/lists.js';

export default defineRule({
  meta: {
    id: 'identity-pool/guest-access',
    description: 'Identity pools that allow guests hand AWS credentials to anyone on the internet',
    severity: 'low',
    messages: {
      // The riskiest grant: an action (or, with `NotAction`, every action but those listed) on its resources.
      grant:
        'Identity pool {{pool}} gives anyone on the internet guest credentials for role {{role}}, whose riskiest grant is {{action}} on {{resources}}.',
      grantNotResource:
        'Identity pool {{pool}} gives anyone on the internet guest credentials for role {{role}}, whose riskiest grant is {{action}} on every resource but a few (`NotResource`).',
      grantNoResource:
        'Identity pool {{pool}} gives anyone on the internet guest credentials for role {{role}}, whose riskiest grant is {{action}}.',
      grantExcept:
        'Identity pool {{pool}} gives anyone on the internet guest credentials for role {{role}}, whose riskiest grant is every action except {{excluded}} on {{resources}}.',
      grantExceptNotResource:
        'Identity pool {{pool}} gives anyone on the internet guest credentials for role {{role}}, whose riskiest grant is every action except {{excluded}} on every resource but a few (`NotResource`).',
      grantExceptNoResource:
        'Identity pool {{pool}} gives anyone on the internet guest credentials for role {{role}}, whose riskiest grant is every action except {{excluded}}.',
      noGrants:
        'Identity pool {{pool}} gives anyone on the internet guest credentials for role {{role}}, which has no grants in the linted files.',
      managedOnly:
        'Identity pool {{pool}} gives anyone on the internet guest credentials for role {{role}}, whose grants come from managed policies {{policies}}.',
      unknownRole:
        'Identity pool {{pool}} gives anyone on the internet guest credentials for role {{role}}, which is not in the linted files.',
      noRole:
        'Identity pool {{pool}} allows guests, but no unauthenticated role is attached in the linted files, so guests get an identity ID and no AWS credentials.',
      refused:
        "Identity pool {{pool}} allows guests, but the trust of its unauthenticated role {{role}} does not admit the pool's guest tokens, so guests get an identity ID and no AWS credentials.",
    },
    // What guests really get: Cognito's scope-down in the enhanced flow, everything with the basic flow.
    notes: {
      // More about the riskiest grant: the other actions of its statement, and which role it is in when there are several.
      moreAction: 'The same statement allows 1 more action.',
      moreActions: 'The same statement allows {{count}} more actions.',
      grantOf: 'The grant is in role {{owner}}.',
      scopedDown: 'In the enhanced flow Cognito narrows guest credentials with its session policy.',
      fullGrants: 'With the basic flow on, guests get its full grants.',
    },
    fix: 'Set `AllowUnauthenticatedIdentities: false` unless the app needs signed-out access, and keep the guest role to the few read or telemetry actions it needs.',
    fixIn: {
      terraform:
        'Set `allow_unauthenticated_identities = false` on the `aws_cognito_identity_pool` unless the app needs signed-out access, and keep the guest role to the few read or telemetry actions it needs.',
    },
    references: [
      'https://docs.aws.amazon.com/cognito/latest/developerguide/identity-pools.html',
      'https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html',
      'https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flow.html',
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cognito-identitypool.html',
    ],
    tags: ['identity-pool', 'cognito'],
  },
  check(context) {
    const { model } = context;
    for (const pool of model.identityPools) {
      const guests = truthOf(pool.allowUnauthenticated);
      if (guests !== true) {
        if (guests === 'unknown') {
          context.unresolved(
            `Identity pool ${pool.name}: AllowUnauthenticatedIdentities is not statically known.`,
            pool.allowUnauthenticatedSource,
          );
        }
        continue;
      }
      const notes =
        truthOf(pool.allowClassicFlow) === false ? [{ id: 'scopedDown' as const }] : [{ id: 'fullGrants' as const }];
      const base = { pool: `\`${pool.name}\`` };
      const at = pool.allowUnauthenticatedSource;
      const guestSlots = model.slotsOfPool(pool).filter((s) => s.slot === 'unauthenticated');
      if (guestSlots.length === 0) {
        // docs/semantics.md#resolved-value: roles that could not be read may include a guest role.
        const unreadable = model.unreadableRolesOf(pool);
        if (unreadable.length > 0)
          context.unresolved(
            `Identity pool ${pool.name} allows guests, and which role its attachment \`${unreadable[0]!.via.name}\` gives them could not be resolved.`,
            unreadable[0]!.source,
          );
        else context.report({ messageId: 'noRole', data: base, at, resource: pool.resource });
        continue;
      }
      const roles = [...new Set(guestSlots.map((s) => s.role))];
      const known = roles.filter((r): r is Role => r !== undefined);
      const roleNames = [
        ...known.map((r) => `\`${r.name}\``),
        ...guestSlots.filter((s) => !s.role).map((s) => `\`${describe(s.roleValue)}\``),
      ].join(' or ');
      const data = { ...base, role: roleNames };
      if (known.length === 0) {
        context.report({ messageId: 'unknownRole', data, notes, at, resource: pool.resource });
        continue;
      }
      // docs/semantics.md#guest-role: a role in the guest slot whose trust refuses guest tokens (an `amr`
      // admitting only signed-in users, an `aud` naming other pools) gives guests nothing.
      // Only a trust read as an identity-pool trust is judged: one not known yet (a plan before apply) refuses nothing.
      const refuses = (r: Role) =>
        identityPoolTrustStatements(r.trust).length > 0 &&
        (trustAmrAdmission(r.trust).guests === false || trustAdmitsPool(model, r, pool) === false);
      if (known.length === roles.length && known.every(refuses)) {
        context.report({ messageId: 'refused', data, at, resource: pool.resource });
        continue;
      }
      const best = riskiestGrant(known);
      if (best) {
        context.report({
          ...grantMessage(best, data),
          notes: [
            ...(best.more === 1 ? [{ id: 'moreAction' as const }] : []),
            ...(best.more > 1 ? [{ id: 'moreActions' as const, data: { count: best.more } }] : []),
            ...(known.length > 1 ? [{ id: 'grantOf' as const, data: { owner: `\`${best.role.name}\`` } }] : []),
            ...notes,
          ],
          at,
          resource: pool.resource,
        });
        continue;
      }
      const managed = known.flatMap((r) => r.managedPolicyArns.map((m) => `\`${describe(m.value)}\``));
      if (managed.length > 0) {
        context.report({
          messageId: 'managedOnly',
          data: { ...data, policies: managed.join(', ') },
          notes,
          at,
          resource: pool.resource,
        });
        continue;
      }
      context.report({ messageId: 'noGrants', data, at, resource: pool.resource });
    }
  },
});

const WRITE_VERBS =
  /^(put|delete|create|update|write|attach|detach|pass|set|add|remove|modify|publish|send|upload|invoke|start|stop|terminate|run|execute|reset|restore|replace|associate|disassociate|enable|disable|import|copy|change|register|deregister|grant|revoke|tag|untag|batchwrite|batchdelete|abort|sign|encrypt|decrypt|generate|post|assume)/;
const READ_VERBS = /^(get|list|describe|head|search|query|scan|select|batchget|lookup|view|check|validate)/;

/**
 * How powerful an action pattern looks, by its name alone (rules/identity-pool/guest-access.md judges it simply:
 * `*` over service wildcards over write-like verbs over reads). Access levels from the Service
 * Authorization Reference are the role/ rules' business.
 */
function actionRank(pattern: string): number {
  const action = pattern.toLowerCase();
  if (action === '*') return 100;
  const colon = action.indexOf(':');
  const verb = colon === -1 ? action : action.slice(colon + 1);
  if (verb === '*') return 90;
  const wildcard = /[*?]/.exec(verb);
  if (wildcard) {
    const prefix = verb.slice(0, wildcard.index);
    if (prefix && READ_VERBS.test(prefix)) return 15;
    if (prefix && WRITE_VERBS.test(prefix)) return 55;
    return 60; // `s3:*Object`: reads and writes alike
  }
  if (WRITE_VERBS.test(verb)) return 50;
  if (READ_VERBS.test(verb)) return 10;
  return 30;
}

interface Candidate {
  role: Role;
  rank: number;
  /** The riskiest action pattern, or with `NotAction` the patterns it lists (the grant is every other action). */
  action: { action: string } | { excluded: string };
  /** How many more actions the statement allows beside `action`. */
  more: number;
  /** Its resources (`\`arn\`` and N more), `NotResource`, or none. */
  resources: { resources: string } | 'not-resource' | 'none';
}

/** The message naming the riskiest grant, by its action (or `NotAction`) and its resources. */
function grantMessage(best: Candidate, names: { pool: string; role: string }) {
  const { action, resources } = best;
  if ('excluded' in action) {
    const data = { ...names, excluded: action.excluded };
    if (resources === 'not-resource') return { messageId: 'grantExceptNotResource' as const, data };
    if (resources === 'none') return { messageId: 'grantExceptNoResource' as const, data };
    return { messageId: 'grantExcept' as const, data: { ...data, ...resources } };
  }
  const data = { ...names, action: action.action };
  if (resources === 'not-resource') return { messageId: 'grantNotResource' as const, data };
  if (resources === 'none') return { messageId: 'grantNoResource' as const, data };
  return { messageId: 'grant' as const, data: { ...data, ...resources } };
}

/** The most powerful `Allow` statement of the roles' identity policies. */
function riskiestGrant(roles: Role[]): Candidate | undefined {
  let best: Candidate | undefined;
  for (const role of roles) {
    for (const { record } of role.policies) {
      if (record.document.kind !== 'identity') continue;
      for (const statement of record.document.statements) {
        if (statement.effect !== 'Allow') continue;
        const candidate = describeStatement(role, statement);
        if (candidate && (!best || candidate.rank > best.rank)) best = candidate;
      }
    }
  }
  return best;
}

function describeStatement(role: Role, statement: Statement): Candidate | undefined {
  const values = statement.resource?.values ?? [];
  const resources: Candidate['resources'] = values.length
    ? {
        resources: `\`${describe(values[0]!.value)}\`${values.length > 1 ? ` and ${values.length - 1} more` : ''}`,
      }
    : statement.notResource
      ? 'not-resource'
      : 'none';
  const everyResource = values.some((r) => scalarAlternatives(r.value).some((v) => knownString(v) === '*'));
  if (statement.notAction) {
    const excluded = formatList(statement.notAction.values.map((v) => `\`${describe(v.value)}\``));
    return { role, rank: 95 + (everyResource ? 1 : 0), action: { excluded }, more: 0, resources };
  }
  const actions = (statement.action?.values ?? [])
    .flatMap((v) => scalarAlternatives(v.value).map((alt) => knownString(alt) ?? describe(alt)))
    .filter((a) => canAllow(statement, a));
  if (actions.length === 0) return undefined;
  const ranked = actions.map((a) => ({ a, rank: actionRank(a) })).sort((x, y) => y.rank - x.rank);
  const top = ranked[0]!;
  return {
    role,
    rank: top.rank + (everyResource ? 1 : 0),
    action: { action: `\`${top.a}\`` },
    more: ranked.length - 1,
    resources,
  };
}

/**
 * Can the statement really allow something through this pattern? Not when its conditions test a
 * key every action the pattern names never carries (docs/semantics.md#condition-keys-that-are-never-present),
 * or none of its resources can be a resource of those actions (resource-scope.ts; an action of no
 * resource type only on `*`, as role/admin-access reads it), or it is a wildcard on a resource that
 * may be of another service (wildcardsUndecided); a pattern the catalog does not know is kept.
 */
function canAllow(statement: Statement, pattern: string): boolean {
  const expanded = expandActionPattern(pattern);
  if (!expanded || expanded.length === 0) return true;
  if (/[*?]/.test(pattern) && wildcardsUndecided(statement)) return false;
  return actionsOnResources(statement, actionsUnderConditions(statement, expanded)).length > 0;
}
