import {
  defineRule,
  describe,
  identityPoolPrincipals,
  knownString,
  scalarAlternatives,
  type ValueAt,
} from '../../src/rule-api.js';

/** The only actions an identity-pool principal can use (docs/semantics.md#identity-pool-trust-policy; tags need `sts:TagSession`). */
const EXPECTED = new Set(['sts:assumerolewithwebidentity', 'sts:tagsession']);

export default defineRule({
  meta: {
    id: 'trust/unexpected-action',
    description: 'An identity-pool principal should only be allowed sts:AssumeRoleWithWebIdentity and sts:TagSession',
    severity: 'medium',
    messages: {
      assumeRole:
        'Role {{role}} allows the identity-pool principal {{actions}}, which a federated principal can never use: `sts:AssumeRole` takes IAM credentials, identity-pool tokens only work with `sts:AssumeRoleWithWebIdentity`.',
      wildcard:
        'Role {{role}} allows the identity-pool principal {{actions}}, a wildcard that matches far more than `sts:AssumeRoleWithWebIdentity` (and `sts:TagSession` for principal tags), the only actions its tokens can use.',
      other:
        'Role {{role}} allows the identity-pool principal {{actions}}, which identity-pool tokens have no use for: only `sts:AssumeRoleWithWebIdentity` (and `sts:TagSession` for principal tags) belong in this statement.',
      notAction:
        'Role {{role}} allows the identity-pool principal every action except {{actions}} through `NotAction`, instead of naming `sts:AssumeRoleWithWebIdentity`.',
    },
    fix: 'List only `sts:AssumeRoleWithWebIdentity` (plus `sts:TagSession` when the identity pool maps principal tags) in the statement that trusts `cognito-identity.amazonaws.com`.',
    fixIn: {
      terraform:
        'List only `sts:AssumeRoleWithWebIdentity` (plus `sts:TagSession` when an `aws_cognito_identity_pool_provider_principal_tag` maps tags) in the `actions` of the trust statement that names `cognito-identity.amazonaws.com`.',
    },
    references: [
      'https://docs.aws.amazon.com/cognito/latest/developerguide/role-trust-and-permissions.html',
      'https://docs.aws.amazon.com/cognito/latest/developerguide/using-attributes-for-access-control-policy-example.html',
      'https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html',
    ],
    tags: ['trust', 'cognito'],
  },
  check(context) {
    for (const role of context.model.roles) {
      for (const statement of role.trust?.statements ?? []) {
        if (statement.effect !== 'Allow' || identityPoolPrincipals(statement).length === 0) continue;
        const data = (actions: string) => ({ role: `\`${role.name}\``, actions });
        if (statement.notAction) {
          const listed = statement.notAction.values.map((v) => `\`${describe(v.value)}\``).join(', ') || 'nothing';
          context.report({
            messageId: 'notAction',
            data: data(listed),
            at: statement.notAction.source,
            resource: role.resource,
          });
          continue;
        }
        const offending: Array<{ text: string; at: ValueAt }> = [];
        for (const value of statement.action?.values ?? []) {
          for (const alt of scalarAlternatives(value.value)) {
            const action = knownString(alt);
            if (action === undefined) {
              context.unresolved(
                `Role ${role.name}: an action of its identity-pool trust statement could not be resolved.`,
                value.source,
              );
              continue;
            }
            if (!EXPECTED.has(action.toLowerCase())) offending.push({ text: action, at: value });
          }
        }
        if (offending.length === 0) continue;
        const lower = offending.map((o) => o.text.toLowerCase());
        const messageId = lower.some((a) => a === '*' || a.includes('*') || a.includes('?'))
          ? 'wildcard'
          : lower.includes('sts:assumerole')
            ? 'assumeRole'
            : 'other';
        context.report({
          messageId,
          data: data(offending.map((o) => `\`${o.text}\``).join(', ')),
          at: offending[0]!.at.source,
          resource: role.resource,
        });
      }
    }
  },
});
