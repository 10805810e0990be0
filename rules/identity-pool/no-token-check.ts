import { defineRule, describe, truthOf, type Resolved } from '../../src/rule-api.js';

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
      disabledUnnamed:
        'Identity pool {{pool}} accepts tokens of the user pool of `CognitoIdentityProviders` entry {{entry}} with `ServerSideTokenCheck: {{value}}`: tokens of users who signed out globally or were deleted still buy AWS credentials until they expire.',
      absentUnnamed:
        'Identity pool {{pool}} accepts tokens of the user pool of `CognitoIdentityProviders` entry {{entry}} without `ServerSideTokenCheck` (the check runs only once it is set to true): tokens of users who signed out globally or were deleted still buy AWS credentials until they expire.',
    },
    notes: {
      client: 'The entry is for app client {{client}}.',
    },
    fix: 'Set `ServerSideTokenCheck: true` on every `CognitoIdentityProviders` entry (CDK enables it unless `disableServerSideTokenCheck` is set).',
    fixIn: {
      terraform:
        'Set `server_side_token_check = true` in every `cognito_identity_providers` block of the `aws_cognito_identity_pool` (left out, the check is off).',
    },
    references: [
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cognito-identitypool-cognitoidentityprovider.html',
      'https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_CognitoIdentityProvider.html',
    ],
    tags: ['identity-pool', 'cognito'],
  },
  check(context) {
    for (const pool of context.model.identityPools) {
      pool.cognitoProviders.forEach((provider, index) => {
        const check = provider.serverSideTokenCheck;
        const checked = truthOf(check);
        if (checked === true) return;
        const name = providerName(provider.providerName);
        if (checked === 'unknown') {
          context.unresolved(
            `Identity pool ${pool.name}: ServerSideTokenCheck of ${name ?? `CognitoIdentityProviders entry ${index + 1}`} is not statically known.`,
            provider.source,
          );
          return;
        }
        // Two entries of one user pool (a web and a native client) are told apart by their client.
        const id = provider.clientId;
        const client =
          id.kind === 'absent' || id.kind === 'unknown'
            ? undefined
            : id.kind === 'resource'
              ? id.resource.logicalId
              : describe(id);
        const notes = client === undefined ? [] : [{ id: 'client' as const, data: { client: `\`${client}\`` } }];
        const target =
          check.kind === 'absent'
            ? { at: provider.source, key: provider.source.pointer }
            : { at: { doc: provider.source.doc, pointer: `${provider.source.pointer}/ServerSideTokenCheck` } };
        const base = { ...target, resource: pool.resource, notes };
        const pooled = { pool: `\`${pool.name}\`` };
        if (check.kind === 'absent') {
          if (name !== undefined) context.report({ messageId: 'absent', data: { ...pooled, provider: name }, ...base });
          else context.report({ messageId: 'absentUnnamed', data: { ...pooled, entry: index + 1 }, ...base });
        } else if (name !== undefined) {
          context.report({
            messageId: 'disabled',
            data: { ...pooled, provider: name, value: describe(check) },
            ...base,
          });
        } else {
          context.report({
            messageId: 'disabledUnnamed',
            data: { ...pooled, entry: index + 1, value: describe(check) },
            ...base,
          });
        }
      });
    }
  },
});

/**
 * The provider name as written or resolved (`${UserPool.ProviderName}`, a parameter's default beside
 * what else it may be), or undefined when nothing of it is known.
 */
function providerName(name: Resolved): string | undefined {
  return name.kind === 'unknown' || name.kind === 'absent' ? undefined : `\`${describe(name)}\``;
}
