import { defineRule, someAlternativeText, truthOf } from '../../src/rule-api.js';
import { describeClient } from '../_shared/cognito.js';

export default defineRule({
  meta: {
    id: 'user-pool/client-implicit-flow',
    description: 'App clients should not allow the OAuth 2.0 implicit grant',
    severity: 'low',
    messages: {
      implicit:
        '{{client}} allows the OAuth 2.0 implicit grant: the hosted UI returns tokens in the URL fragment of the redirect, where browser history, logs and scripts on the page can read them.',
    },
    fix: 'Remove `implicit` from `AllowedOAuthFlows` and use the authorization code grant with PKCE (`code`); in CDK set `oAuth.flows` to `{ authorizationCodeGrant: true }`.',
    fixIn: {
      terraform:
        'Remove `"implicit"` from `allowed_oauth_flows` of the `aws_cognito_user_pool_client` and use the authorization code grant with PKCE (`allowed_oauth_flows = ["code"]`).',
    },
    references: [
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cognito-userpoolclient.html',
      'https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html',
      'https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_cognito.OAuthSettings.html',
      'https://datatracker.ietf.org/doc/html/rfc9700#section-2.1.2',
    ],
    tags: ['user-pool', 'oauth'],
  },
  check(context) {
    for (const client of context.model.userPoolEntities.clients) {
      // The flows apply only when the client is an OAuth client; the API default is false.
      const oauth = truthOf(client.allowedOAuthFlowsUserPoolClient.value);
      if (oauth === false) continue;
      const flows = client.allowedOAuthFlows;
      const listed = flows.items.map((item) => ({
        item,
        implicit: someAlternativeText(item.value, (flow) => flow === 'implicit'),
      }));
      const implicit = listed.filter((v) => v.implicit === true);
      if (oauth === 'unknown') {
        if (implicit.length > 0) {
          context.unresolved(
            `App client ${client.name} lists the implicit grant, but whether AllowedOAuthFlowsUserPoolClient is true is not statically known.`,
            client.allowedOAuthFlowsUserPoolClient.source,
          );
        }
        continue;
      }
      for (const { item } of implicit) {
        context.report({
          messageId: 'implicit',
          data: { client: describeClient(client, true) },
          at: item.source,
          resource: client.resource,
        });
      }
      if (implicit.length === 0 && (!flows.known || listed.some((v) => v.implicit === 'unknown'))) {
        context.unresolved(
          `App client ${client.name}: AllowedOAuthFlows is not statically known, so the implicit grant was not checked.`,
          flows.source,
        );
      }
    }
  },
});
