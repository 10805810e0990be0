import { assessAud, defineRule, describe, identityPoolTrustStatements } from '../../src/rule-api.js';

const LEGACY = 'IAM refuses to create such a trust today, so the role is either legacy or will not deploy';

export default defineRule({
  meta: {
    id: 'trust/missing-aud',
    description: 'Identity-pool role trust must pin cognito-identity.amazonaws.com:aud to specific identity pools',
    severity: 'critical',
    messages: {
      missing: `Role {{role}} can be assumed with a token from any identity pool in any account: its trust statement has no \`cognito-identity.amazonaws.com:aud\` condition (${LEGACY}).`,
      wildcard: `Role {{role}} can be assumed from any identity pool matching \`{{value}}\`: a wildcard \`aud\` under \`{{operator}}\` pins nothing (${LEGACY}).`,
      negated: `Role {{role}} tests \`aud\` with \`{{operator}}\`, which is true for every other identity pool and when the key is absent, so any pool in any account can assume it (${LEGACY}).`,
      ifExists: `Role {{role}} tests \`aud\` with \`{{operator}}\`, which passes when the key is absent, so the condition does not bind the role to its identity pools (${LEGACY}).`,
      forAllValues: `Role {{role}} tests \`aud\` with \`{{operator}}\`, which is true when the key is absent, so the condition does not bind the role to its identity pools (${LEGACY}).`,
      operator: `Role {{role}} tests \`aud\` with \`{{operator}}\`, which does not restrict the role to specific identity pools (${LEGACY}).`,
    },
    fix: 'Add `"StringEquals": {"cognito-identity.amazonaws.com:aud": <your identity pool ID>}` to the trust statement (CDK: `new WebIdentityPrincipal("cognito-identity.amazonaws.com", {StringEquals: {"cognito-identity.amazonaws.com:aud": pool.identityPoolId}})`).',
    fixIn: {
      terraform:
        'Add `condition { test = "StringEquals" variable = "cognito-identity.amazonaws.com:aud" values = [aws_cognito_identity_pool.main.id] }` to the trust statement of `data "aws_iam_policy_document"` (in `jsonencode`: `StringEquals = { "cognito-identity.amazonaws.com:aud" = aws_cognito_identity_pool.main.id }`).',
    },
    references: [
      'https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html',
      'https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_multi-value-conditions.html',
    ],
    tags: ['trust', 'cognito'],
  },
  check(context) {
    for (const role of context.model.identityPoolRoles()) {
      for (const statement of identityPoolTrustStatements(role.trust)) {
        const aud = assessAud(statement);
        if (aud.status === 'restricted') continue;
        const data = { role: `\`${role.name}\`` };
        if (aud.status === 'missing' || !aud.weakEntry || !aud.weakness) {
          context.report({ messageId: 'missing', data, at: statement.source, resource: role.resource });
          continue;
        }
        const entry = aud.weakEntry;
        const operator = entry.operator.raw;
        if (aud.weakness === 'wildcard') {
          // Name the wildcard values: a list may pin the pool beside `us-east-1:*`, which still admits every pool.
          const described = entry.values.map((v) => describe(v.value));
          const wildcards = described.filter((d) => /[*?]/.test(d));
          const value = (wildcards.length > 0 ? wildcards : described).join('`, `');
          context.report({
            messageId: 'wildcard',
            data: { ...data, operator, value },
            at: entry.source,
            resource: role.resource,
          });
          continue;
        }
        const messageId = (
          {
            negated: 'negated',
            'if-exists': 'ifExists',
            'for-all-values': 'forAllValues',
            operator: 'operator',
          } as const
        )[aud.weakness];
        context.report({
          messageId,
          data: { ...data, operator },
          at: entry.source,
          resource: role.resource,
        });
      }
    }
  },
});
