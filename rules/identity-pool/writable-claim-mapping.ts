import {
  defineRule,
  describe,
  knownString,
  mappingRuleWritability,
  mappingUserPool,
  roleMappingsOf,
} from '../../src/rule-api.js';
import { WRITABLE_NOTES, writableNotes } from '../_shared/cognito.js';

export default defineRule({
  meta: {
    id: 'identity-pool/writable-claim-mapping',
    description: 'Rules-based role mappings must not match claims that users can set themselves',
    severity: 'critical',
    messages: {
      equalsSignUp:
        'The role mapping {{mapping}} of identity pool {{pool}} gives role {{role}} to users whose `{{claim}}` equals `{{value}}`, but anyone who signs up to user pool {{userPool}} can set `{{claim}}` themselves, so they pick the role.',
      equalsProvider:
        'The role mapping {{mapping}} of identity pool {{pool}} gives role {{role}} to users whose `{{claim}}` equals `{{value}}`, but every user of the provider can set `{{claim}}` themselves, so they pick the role.',
      notEqualSignUp:
        'The role mapping {{mapping}} of identity pool {{pool}} gives role {{role}} to users whose `{{claim}}` is not `{{value}}`, but anyone who signs up to user pool {{userPool}} can set `{{claim}}` themselves, so they pick the role.',
      notEqualProvider:
        'The role mapping {{mapping}} of identity pool {{pool}} gives role {{role}} to users whose `{{claim}}` is not `{{value}}`, but every user of the provider can set `{{claim}}` themselves, so they pick the role.',
      startsWithSignUp:
        'The role mapping {{mapping}} of identity pool {{pool}} gives role {{role}} to users whose `{{claim}}` starts with `{{value}}`, but anyone who signs up to user pool {{userPool}} can set `{{claim}}` themselves, so they pick the role.',
      startsWithProvider:
        'The role mapping {{mapping}} of identity pool {{pool}} gives role {{role}} to users whose `{{claim}}` starts with `{{value}}`, but every user of the provider can set `{{claim}}` themselves, so they pick the role.',
      containsSignUp:
        'The role mapping {{mapping}} of identity pool {{pool}} gives role {{role}} to users whose `{{claim}}` contains `{{value}}`, but anyone who signs up to user pool {{userPool}} can set `{{claim}}` themselves, so they pick the role.',
      containsProvider:
        'The role mapping {{mapping}} of identity pool {{pool}} gives role {{role}} to users whose `{{claim}}` contains `{{value}}`, but every user of the provider can set `{{claim}}` themselves, so they pick the role.',
      matchesSignUp:
        'The role mapping {{mapping}} of identity pool {{pool}} gives role {{role}} to users whose `{{claim}}` matches `{{value}}`, but anyone who signs up to user pool {{userPool}} can set `{{claim}}` themselves, so they pick the role.',
      matchesProvider:
        'The role mapping {{mapping}} of identity pool {{pool}} gives role {{role}} to users whose `{{claim}}` matches `{{value}}`, but every user of the provider can set `{{claim}}` themselves, so they pick the role.',
    },
    notes: WRITABLE_NOTES,
    fix: "Map roles on claims users cannot write (`cognito:groups` through groups only administrators manage, a custom attribute left out of every app client's `WriteAttributes`), or use token-based mapping with user pool groups.",
    fixIn: {
      terraform:
        "Map roles on claims users cannot write: leave the mapped custom attribute out of every `aws_cognito_user_pool_client`'s `write_attributes` (set it from the backend), or match `cognito:groups` in the `mapping_rule`.",
    },
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
        const data = {
          mapping: `\`${mapping.key}\``,
          pool: mapping.pool ? `\`${mapping.pool.name}\`` : `\`${mapping.attachment.name}\``,
          role: rule.role ? `\`${rule.role.name}\`` : `\`${describe(rule.roleValue)}\``,
          claim,
          value: describe(rule.value),
        };
        const match = matchKey(knownString(rule.matchType));
        const notes = writableNotes(result.reason, claim);
        context.report({
          ...(selfSignUp
            ? { messageId: `${match}SignUp`, data: { ...data, userPool: `\`${result.userPool!.name}\`` } }
            : { messageId: `${match}Provider`, data }),
          notes,
          at: rule.claimSource,
          resource: mapping.attachment.resource,
          key: `${mapping.key}#${rule.index}`,
        });
      }
    }
  },
});

/** How the rule compares the claim, as the start of a message ID. */
function matchKey(matchType: string | undefined): 'equals' | 'notEqual' | 'startsWith' | 'contains' | 'matches' {
  switch (matchType) {
    case 'Equals':
      return 'equals';
    case 'NotEqual':
      return 'notEqual';
    case 'StartsWith':
      return 'startsWith';
    case 'Contains':
      return 'contains';
    default:
      return 'matches';
  }
}
