import { containsUnknown, defineRule, describe, truthOf, type Resolved } from '../../src/rule-api.js';

export default defineRule({
  meta: {
    id: 'identity-pool/no-token-check',
    description: 'Identity pool user pool providers should enable ServerSideTokenCheck',
    severity: 'low',
    messages: {
      disabled:
        'Identity pool {{pool}} accepts tokens of {{provider}} with `ServerSideTokenCheck: {{value}}`: tokens of users who signed out globally or were deleted still buy AWS credentials until they expire.',
      absent:
        'Identity pool {{pool}} accepts tokens of {{provider}} without `ServerSideTokenCheck` (the check runs only once it is set to true): tokens of users who signed out globally or were deleted still buy AWS credentials until they expire.',
    },
    fix: 'Set `ServerSideTokenCheck: true` on every `CognitoIdentityProviders` entry (CDK enables it unless `disableServerSideTokenCheck` is set).',
    references: [
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cognito-identitypool-cognitoidentityprovider.html',
      'https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_CognitoIdentityProvider.html',
    ],
    tags: ['identity-pool', 'cognito'],
  },
  check(context) {
    for (const pool of context.model.identityPools) {
      for (const provider of pool.cognitoProviders) {
        const check = provider.serverSideTokenCheck;
        const checked = truthOf(check);
        if (checked === true) continue;
        const data = {
          pool: `\`${pool.name}\``,
          provider: providerLabel(provider.providerName, pool.cognitoProviders.indexOf(provider)),
        };
        if (check.kind === 'absent') {
          context.report({
            messageId: 'absent',
            data,
            at: provider.source,
            resource: pool.resource,
            key: provider.source.pointer,
          });
        } else if (checked === false) {
          context.report({
            messageId: 'disabled',
            data: { ...data, value: describe(check) },
            at: { doc: provider.source.doc, pointer: `${provider.source.pointer}/ServerSideTokenCheck` },
            resource: pool.resource,
          });
        } else {
          context.unresolved(
            `Identity pool ${pool.name}: ServerSideTokenCheck of ${providerLabel(provider.providerName, pool.cognitoProviders.indexOf(provider))} is not statically known.`,
            provider.source,
          );
        }
      }
    }
  },
});

/** `${UserPool.ProviderName}`, or the entry's position when nothing of the name is known. */
function providerLabel(name: Resolved, index: number): string {
  if (name.kind === 'unknown' || (containsUnknown(name) && name.kind !== 'concat'))
    return `user pool provider ${index + 1}`;
  return `\`${describe(name)}\``;
}
