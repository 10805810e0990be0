import {
  apiName,
  defineRule,
  describe,
  isCognitoIssuer,
  knownAlternatives,
  knownString,
  mayBe,
  type ApiAuthorizer,
  type HttpApi,
  type RestApi,
  type SamApiEvent,
} from '../../src/rule-api.js';

/** A Cognito authorizer of SAM `Auth`: `UserPoolArn` on an `Api`, a JWT authorizer with a Cognito issuer on an `HttpApi`. */
function isCognitoSamAuthorizer(authorizer: ApiAuthorizer): boolean {
  if (authorizer.origin !== 'sam') return false;
  if (authorizer.kind === 'rest-authorizer') return mayBe(authorizer.type.value, 'COGNITO_USER_POOLS');
  return authorizer.jwt !== undefined && isCognitoIssuer(authorizer.jwt.issuer.value);
}

/** A CORS preflight handler: every known method of the event is OPTIONS. */
function isOptions(event: SamApiEvent): boolean {
  const { values } = knownAlternatives(event.method.value);
  return values.length > 0 && values.every((v) => v.toUpperCase() === 'OPTIONS');
}

/** SAM keeps the `security` an inline definition already gives the event's path and method. */
function securedByDefinition(api: RestApi | HttpApi, event: SamApiEvent): boolean {
  const path = knownString(event.path.value);
  const method = knownString(event.method.value)?.toUpperCase();
  if (path === undefined || method === undefined) return false;
  return api.definition.operations.some(
    (op) =>
      op.path === path &&
      (op.method === method ||
        (op.method === 'ANY' && (method === 'ANY' || method === 'X-AMAZON-APIGATEWAY-ANY-METHOD'))) &&
      op.security !== undefined &&
      op.security.length > 0 &&
      op.security.every((requirement) => requirement.length > 0),
  );
}

const MAX_LISTED = 5;

export default defineRule({
  meta: {
    id: 'apigateway/sam-no-default-authorizer',
    description:
      'A SAM API with Cognito authorizers needs a DefaultAuthorizer, and events should not opt out with Authorizer: NONE',
    severity: 'medium',
    messages: {
      noDefault:
        'API `{{api}}` defines Cognito authorizer {{authorizers}} but no `DefaultAuthorizer`, so function events that set no `Auth.Authorizer` are open to anyone: {{events}}.',
      explicitNone:
        'Function event `{{event}}` (`{{route}}` on API `{{api}}`) sets `Auth.Authorizer: NONE`, which removes the default authorizer `{{default}}`: anyone can call it.',
    },
    fix: 'Set `Auth.DefaultAuthorizer` on the API (and `AddDefaultAuthorizerToCorsPreflight: false` when it has CORS); give an event `Authorizer: NONE` only when the endpoint is public by design, and suppress the finding with a reason.',
    references: [
      'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-api-apiauth.html',
      'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-apifunctionauth.html',
      'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-httpapi-httpapiauth.html',
      'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-httpapifunctionauth.html',
    ],
    tags: ['apigateway', 'sam', 'authorization'],
  },
  check(context) {
    const { restApis, httpApis } = context.model.apiEntities;
    for (const api of [...restApis, ...httpApis] as Array<RestApi | HttpApi>) {
      const auth = api.samAuth;
      if (!auth) continue;
      const defaultAuthorizer = auth.defaultAuthorizer.value;
      if (defaultAuthorizer.kind === 'absent') {
        const cognito = (api.authorizers as ApiAuthorizer[]).filter(isCognitoSamAuthorizer);
        if (cognito.length === 0) continue;
        const open = api.samEvents.filter(
          (e) => e.authorizer.value.kind === 'absent' && !isOptions(e) && !securedByDefinition(api, e),
        );
        if (open.length === 0) continue;
        const listed = open.slice(0, MAX_LISTED).map((e) => `\`${e.label}\` (\`${e.name}\`)`);
        if (open.length > MAX_LISTED) listed.push(`and ${open.length - MAX_LISTED} more`);
        context.report({
          messageId: 'noDefault',
          data: {
            api: api.name,
            authorizers: cognito.map((a) => `\`${a.name}\``).join(', '),
            events: listed.join(', '),
          },
          at: auth.source,
          resource: api.resource,
        });
        continue;
      }
      // `NONE` is only valid beside a DefaultAuthorizer (the SAM translator refuses it otherwise).
      for (const event of api.samEvents) {
        if (!mayBe(event.authorizer.value, 'NONE') || isOptions(event)) continue;
        context.report({
          messageId: 'explicitNone',
          data: {
            event: event.name,
            route: event.label,
            api: apiName(event),
            default: knownString(defaultAuthorizer) ?? describe(defaultAuthorizer),
          },
          at: event.authorizer.source,
        });
      }
    }
  },
});
