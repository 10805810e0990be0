import {
  defineRule,
  describe,
  knownString,
  mappingRuleWritability,
  mappingUserPool,
  roleMappingsOf,
} from '../../src/rule-api.js';

export default defineRule({
  meta: {
    id: 'identity-pool/writable-claim-mapping',
    description: 'Rules-based role mappings must not match claims that users can set themselves',
    severity: 'critical',
    messages: {
      writable:
        'The role mapping {{mapping}} of identity pool {{pool}} gives role {{role}} to users whose `{{claim}}` {{match}}, but {{who}} can set `{{claim}}` themselves ({{because}}), so they pick the role.',
    },
    fix: "Map roles on claims users cannot write (`cognito:groups` through groups only administrators manage, a custom attribute left out of every app client's `WriteAttributes`), or use token-based mapping with user pool groups.",
    references: [
      'https://docs.aws.amazon.com/cognito/latest/developerguide/role-based-access-control.html',
      'https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html',
      'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolClientType.html',
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cognito-identitypoolroleattachment-mappingrule.html',
    ],
    tags: ['identity-pool', 'cognito'],
  },
  check(context) {
    const { model } = context;
    for (const mapping of roleMappingsOf(model)) {
      const type = knownString(mapping.type);
      if (type !== 'Rules') continue;
      const { cognito } = mappingUserPool(model, mapping);
      if (cognito === false) continue; // a social, OIDC or SAML provider: its claims are not user pool attributes
      for (const rule of mapping.rules) {
        const result = mappingRuleWritability(model, mapping, rule);
        const claim = knownString(rule.claim);
        if (result.writable === 'unknown' || claim === undefined) {
          context.unresolved(
            `Role mapping ${mapping.key} of ${mapping.attachment.name}, rule ${rule.index + 1}: whether users can set its claim is not statically known (${result.because}).`,
            rule.claimSource,
          );
          continue;
        }
        if (!result.writable) continue;
        const selfSignUp = result.userPool?.selfSignUp === true;
        context.report({
          messageId: 'writable',
          data: {
            mapping: `\`${mapping.key}\``,
            pool: mapping.pool ? `\`${mapping.pool.name}\`` : `\`${mapping.attachment.name}\``,
            role: rule.role ? `\`${rule.role.name}\`` : `\`${describe(rule.roleValue)}\``,
            claim,
            match: matchText(knownString(rule.matchType), describe(rule.value)),
            who: selfSignUp
              ? `anyone who signs up to user pool \`${result.userPool!.name}\``
              : 'every user of the provider',
            because: result.because,
          },
          at: rule.claimSource,
          resource: mapping.attachment.resource,
          key: `${mapping.key}#${rule.index}`,
        });
      }
    }
  },
});

function matchText(matchType: string | undefined, value: string): string {
  switch (matchType) {
    case 'Equals':
      return `equals \`${value}\``;
    case 'NotEqual':
      return `is not \`${value}\``;
    case 'StartsWith':
      return `starts with \`${value}\``;
    case 'Contains':
      return `contains \`${value}\``;
    default:
      return `matches \`${value}\``;
  }
}
