import { defineRule, someAlternativeText } from '../../src/rule-api.js';
import { describeClient } from '../_shared/cognito.js';
import { propertyName } from '../_shared/properties.js';

export default defineRule({
  meta: {
    id: 'user-pool/client-user-existence-errors',
    description: 'App clients should set PreventUserExistenceErrors to ENABLED',
    severity: 'low',
    messages: {
      missing:
        '{{client}} does not set `{{property}}`, so it is `LEGACY`: sign-in, password reset and confirmation tell callers whether a user name exists.',
      legacy:
        '{{client}} sets `{{property}}` to `{{value}}`: sign-in, password reset and confirmation tell callers whether a user name exists.',
      conditional:
        '{{client}} leaves `{{property}}` at `LEGACY` in some deployments (one of its alternatives is not `ENABLED`): there, sign-in, password reset and confirmation tell callers whether a user name exists.',
    },
    fix: 'Set `PreventUserExistenceErrors: ENABLED` on the app client (CDK: `preventUserExistenceErrors: true`).',
    fixIn: {
      terraform: 'Set `prevent_user_existence_errors = "ENABLED"` on the `aws_cognito_user_pool_client`.',
    },
    references: [
      'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-managing-errors.html',
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cognito-userpoolclient.html',
      'https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_cognito.UserPoolClientOptions.html',
    ],
    tags: ['user-pool'],
  },
  check(context) {
    for (const client of context.model.userPoolEntities.clients) {
      const setting = client.preventUserExistenceErrors;
      // Absent: the API default is LEGACY (only the console selects ENABLED for new clients).
      const legacy = someAlternativeText(setting.value, (value) => value !== 'ENABLED');
      if (legacy === 'unknown') {
        context.unresolved(
          `App client ${client.name}: ${propertyName(setting, 'PreventUserExistenceErrors')} is not statically known.`,
          setting.source,
        );
        continue;
      }
      if (legacy === false) continue;
      const data = {
        client: describeClient(client, true),
        property: propertyName(setting, 'PreventUserExistenceErrors'),
      };
      if (setting.value.kind === 'absent') {
        context.report({
          messageId: 'missing',
          data,
          at: client.templateResource.propertiesSource,
          resource: client.resource,
        });
      } else if (setting.value.kind === 'known') {
        context.report({
          messageId: 'legacy',
          data: { ...data, value: String(setting.value.value) },
          at: setting.source,
          resource: client.resource,
        });
      } else {
        context.report({ messageId: 'conditional', data, at: setting.source, resource: client.resource });
      }
    }
  },
});
