import {
  defineRule,
  knownAlternatives,
  mayBeUnauthenticated,
  restApiHasAuthorizer,
  truthOf,
} from '../../src/rule-api.js';
import { methodSubject, openAuthorization } from '../_shared/apis.js';
import { propertyName } from '../_shared/properties.js';

export default defineRule({
  meta: {
    id: 'apigateway/method-no-auth',
    description: 'REST API methods other than OPTIONS must require authorization (AuthorizationType other than NONE)',
    severity: 'high',
    messages: {
      openAbsent:
        '{{method}} has no `{{property}}` (API Gateway then uses `NONE`) although the API has authorizer {{authorizers}}: anyone who can reach the API can call it.',
      openNone:
        '{{method}} has `{{property}}: NONE` although the API has authorizer {{authorizers}}: anyone who can reach the API can call it.',
      openMaybeNone:
        '{{method}} has an `{{property}}` that may be `NONE` although the API has authorizer {{authorizers}}: anyone who can reach the API can call it.',
      openUnnamedAbsent:
        '{{method}} has no `{{property}}` (API Gateway then uses `NONE`): anyone who can reach the API can call it.',
      openUnnamedNone: '{{method}} has `{{property}}: NONE`: anyone who can reach the API can call it.',
      openUnnamedMaybeNone:
        '{{method}} has an `{{property}}` that may be `NONE`: anyone who can reach the API can call it.',
      noAuthorizerAbsent:
        '{{method}} has no `{{property}}` (API Gateway then uses `NONE`), and the API has no authorizer at all: anyone who can reach the API can call it.',
      noAuthorizerNone:
        '{{method}} has `{{property}}: NONE`, and the API has no authorizer at all: anyone who can reach the API can call it.',
      noAuthorizerMaybeNone:
        '{{method}} has an `{{property}}` that may be `NONE`, and the API has no authorizer at all: anyone who can reach the API can call it.',
      apiKeyOnlyAbsent:
        '{{method}} has no `{{property}}` (API Gateway then uses `NONE`) and relies on an API key (`{{apiKey}}: true`), which identifies a client but does not authenticate anyone: whoever holds the key can call it.',
      apiKeyOnlyNone:
        '{{method}} has `{{property}}: NONE` and relies on an API key (`{{apiKey}}: true`), which identifies a client but does not authenticate anyone: whoever holds the key can call it.',
      apiKeyOnlyMaybeNone:
        '{{method}} has an `{{property}}` that may be `NONE` and relies on an API key (`{{apiKey}}: true`), which identifies a client but does not authenticate anyone: whoever holds the key can call it.',
    },
    fix: 'Set `AuthorizationType` to `COGNITO_USER_POOLS` (with `AuthorizerId`), `CUSTOM` or `AWS_IAM`; keep `NONE` only for CORS preflight `OPTIONS` methods and endpoints that are public by design (suppress those with a reason).',
    fixIn: {
      terraform:
        'Set `authorization = "COGNITO_USER_POOLS"` (with `authorizer_id`), `"CUSTOM"` or `"AWS_IAM"` on the `aws_api_gateway_method`; keep `"NONE"` only for CORS preflight `OPTIONS` methods and endpoints that are public by design (suppress those with a reason).',
      serverless:
        "Give the function's `http` event an `authorizer` (`{type: COGNITO_USER_POOLS, arn: !GetAtt UserPool.Arn}`, a Lambda authorizer, or `aws_iam`); leave only the `OPTIONS` methods of `cors: true` open, and suppress endpoints that are public by design with a reason.",
    },
    references: [
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigateway-method.html',
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html',
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html',
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors.html',
    ],
    tags: ['apigateway', 'authorization'],
  },
  check(context) {
    const entities = context.model.apiEntities;
    for (const method of entities.restMethods) {
      const type = method.authorizationType;
      if (!mayBeUnauthenticated(type.value)) {
        if (knownAlternatives(type.value).unknown)
          context.unresolved(
            `${propertyName(type, 'AuthorizationType')} of method ${method.name} could not be resolved`,
            type.source,
          );
        continue;
      }
      const verbs = knownAlternatives(method.httpMethod.value);
      if (verbs.values.length === 0) {
        context.unresolved(`HttpMethod of method ${method.name} could not be resolved`, method.httpMethod.source);
        continue;
      }
      // A CORS preflight carries no credentials: OPTIONS methods must stay open (docs/semantics.md#rest-api-methods).
      if (verbs.values.every((v) => v.toUpperCase() === 'OPTIONS')) continue;

      const data = { method: methodSubject(method), property: propertyName(type, 'AuthorizationType') };
      const how = openAuthorization(type);
      if (truthOf(method.apiKeyRequired.value) === true) {
        context.report({
          messageId: `apiKeyOnly${how}`,
          data: { ...data, apiKey: propertyName(method.apiKeyRequired, 'ApiKeyRequired') },
          at: type.source,
          severity: 'medium',
        });
        continue;
      }
      const hasAuthorizer = restApiHasAuthorizer(entities, method);
      if (hasAuthorizer === false) {
        context.report({ messageId: `noAuthorizer${how}`, data, at: type.source, severity: 'medium' });
        continue;
      }
      const names = (
        method.api?.authorizers ??
        entities.restAuthorizers.filter((a) => a.apiKey !== undefined && a.apiKey === method.apiKey)
      ).map((a) => `\`${a.name}\``);
      if (names.length === 0) {
        context.report({ messageId: `openUnnamed${how}`, data, at: type.source, severity: 'high' });
        continue;
      }
      const authorizers = names.join(', ');
      context.report({ messageId: `open${how}`, data: { ...data, authorizers }, at: type.source, severity: 'high' });
    }
  },
});
