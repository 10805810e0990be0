import {
  apiName,
  defineRule,
  jwtAuthorizersOfRoute,
  knownAlternatives,
  mayBe,
  mayBeUnauthenticated,
  routeKeyMethods,
  routeLabel,
} from '../../src/rule-api.js';
import { openAuthorization } from '../_shared/apis.js';
import { propertyName } from '../_shared/properties.js';

export default defineRule({
  meta: {
    id: 'apigateway/route-no-auth',
    description: 'Routes of an HTTP API that has a JWT authorizer must require authorization, $default included',
    severity: 'high',
    messages: {
      openAbsent:
        'Route `{{route}}` of HTTP API `{{api}}` has no `{{property}}` (API Gateway then uses `NONE`) although the API has JWT authorizer {{authorizers}}: anyone who can reach the API can call it.',
      openNone:
        'Route `{{route}}` of HTTP API `{{api}}` has `{{property}}: NONE` although the API has JWT authorizer {{authorizers}}: anyone who can reach the API can call it.',
      openMaybeNone:
        'Route `{{route}}` of HTTP API `{{api}}` has an `{{property}}` that may be `NONE` although the API has JWT authorizer {{authorizers}}: anyone who can reach the API can call it.',
      openDefaultAbsent:
        'Route `$default` of HTTP API `{{api}}` has no `{{property}}` (API Gateway then uses `NONE`) although the API has JWT authorizer {{authorizers}}: every request that matches no other route reaches its integration without a token.',
      openDefaultNone:
        'Route `$default` of HTTP API `{{api}}` has `{{property}}: NONE` although the API has JWT authorizer {{authorizers}}: every request that matches no other route reaches its integration without a token.',
      openDefaultMaybeNone:
        'Route `$default` of HTTP API `{{api}}` has an `{{property}}` that may be `NONE` although the API has JWT authorizer {{authorizers}}: every request that matches no other route reaches its integration without a token.',
    },
    fix: 'Set `AuthorizationType: JWT` and `AuthorizerId` on the route (or `AWS_IAM` / `CUSTOM`); leave only `OPTIONS` routes open for CORS preflight.',
    fixIn: {
      terraform:
        'Set `authorization_type = "JWT"` and `authorizer_id` on the `aws_apigatewayv2_route` (or `"AWS_IAM"` / `"CUSTOM"`); leave only `OPTIONS` routes open for CORS preflight.',
      serverless:
        'Give the `httpApi` event `authorizer: {name: <authorizer>}` naming a JWT authorizer of `provider.httpApi.authorizers` (or `type: aws_iam`); leave only the preflight `OPTIONS` routes open.',
    },
    references: [
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigatewayv2-route.html',
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-jwt-authorizer.html',
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-cors.html',
    ],
    tags: ['apigateway', 'authorization'],
  },
  check(context) {
    const entities = context.model.apiEntities;
    for (const route of entities.httpRoutes) {
      const type = route.authorizationType;
      if (!mayBeUnauthenticated(type.value)) {
        if (knownAlternatives(type.value).unknown)
          context.unresolved(
            `${propertyName(type, 'AuthorizationType')} of route ${route.name} could not be resolved`,
            type.source,
          );
        continue;
      }
      // A key built with `Fn::Sub`/`Fn::Join` is judged by its method, which is fixed text (`!Sub 'POST /${Prefix}'`).
      const { methods } = routeKeyMethods(route);
      if (methods.length === 0) {
        context.unresolved(`RouteKey of route ${route.name} could not be resolved`, route.routeKey.source);
        continue;
      }
      // AWS recommends an unauthorized `OPTIONS /{proxy+}` route for CORS preflight (docs/semantics.md#http-api-routes).
      if (methods.every((m) => m === 'OPTIONS')) continue;
      // Only HTTP APIs: WebSocket routes (`$connect`, …) have no JWT authorizers.
      if (route.api && !mayBe(route.api.protocolType.value, 'HTTP')) continue;
      const jwt = jwtAuthorizersOfRoute(entities, route);
      if (jwt.length === 0) {
        // An API created in another stack (`ApiId` a parameter or an import) may have a JWT authorizer
        // there: the rule cannot decide, so it says so (docs/semantics.md#resolved-value). The API SAM
        // creates for the template's events (`!Ref ServerlessHttpApi`) is in the files, with its authorizers.
        if (!route.api && !entities.httpApis.some((api) => api.key === route.apiKey))
          context.unresolved(
            `Route ${route.name} has an ${propertyName(type, 'AuthorizationType')} that may be NONE, on an API outside the linted files: whether that API has a JWT authorizer is not known`,
            type.source,
          );
        continue;
      }
      const data = {
        route: routeLabel(route),
        api: apiName(route),
        authorizers: jwt.map((a) => `\`${a.name}\``).join(', '),
        property: propertyName(type, 'AuthorizationType'),
      };
      const isDefault = methods.length === 1 && methods[0] === '$default';
      const how = openAuthorization(type);
      context.report({ messageId: `${isDefault ? 'openDefault' : 'open'}${how}`, data, at: type.source });
    }
  },
});
