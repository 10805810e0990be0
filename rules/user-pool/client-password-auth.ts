import { defineRule, someAlternativeText } from '../../src/rule-api.js';
import { describeClient } from '../_shared/cognito.js';

/** Flows in which the client sends the user's password itself (the legacy name cannot be mixed with `ALLOW_*`). */
const PASSWORD_FLOWS = new Set(['ALLOW_USER_PASSWORD_AUTH', 'USER_PASSWORD_AUTH']);

export default defineRule({
  meta: {
    id: 'user-pool/client-password-auth',
    description: 'App clients should sign users in with SRP, not by sending the password (USER_PASSWORD_AUTH)',
    severity: 'low',
    messages: {
      passwordAuth:
        "{{client}} allows `{{flow}}`: the app sends the user's password to Cognito in the request instead of proving it with SRP.",
    },
    fix: 'Remove `ALLOW_USER_PASSWORD_AUTH` from `ExplicitAuthFlows` and sign in with `ALLOW_USER_SRP_AUTH` (the default of the AWS SDKs and Amplify); in CDK drop `authFlows.userPassword`.',
    fixIn: {
      terraform:
        'Remove `"ALLOW_USER_PASSWORD_AUTH"` from `explicit_auth_flows` of the `aws_cognito_user_pool_client` and sign in with `"ALLOW_USER_SRP_AUTH"`.',
    },
    references: [
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cognito-userpoolclient.html',
      'https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-authentication-flow-methods.html',
      'https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_cognito.AuthFlow.html',
    ],
    tags: ['user-pool'],
  },
  check(context) {
    for (const client of context.model.userPoolEntities.clients) {
      const flows = client.explicitAuthFlows;
      let undecided = !flows.known;
      for (const item of flows.items) {
        let flow: string | undefined;
        const password = someAlternativeText(item.value, (text) => {
          if (text !== undefined && PASSWORD_FLOWS.has(text)) flow = text;
          return text !== undefined && PASSWORD_FLOWS.has(text);
        });
        if (password === true) {
          context.report({
            messageId: 'passwordAuth',
            data: { client: describeClient(client, true), flow: flow! },
            at: item.source,
            resource: client.resource,
          });
        } else if (password === 'unknown') {
          undecided = true;
        }
      }
      if (undecided)
        context.unresolved(
          `App client ${client.name}: some ExplicitAuthFlows are not statically known, so USER_PASSWORD_AUTH was not ruled out.`,
          flows.source,
        );
    }
  },
});
