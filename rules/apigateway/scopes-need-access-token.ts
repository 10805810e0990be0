import {
  alternatives,
  apiName,
  defineRule,
  describe,
  knownString,
  mayBe,
  type ApiAuthorizer,
  type Resolved,
  type SamApiEvent,
} from '../../src/rule-api.js';
import { methodSubject } from '../_shared/apis.js';

/** Does the value set at least one scope? An empty list sets none; an unknown value is not a specific list. */
function setsScopes(value: Resolved): boolean {
  return alternatives(value).some((alt) =>
    alt.kind === 'list' ? alt.items.length > 0 : alt.kind === 'known' && knownString(alt) !== '',
  );
}

function scopesText(value: Resolved): string {
  const alt = alternatives(value).find((a) => a.kind === 'list' || a.kind === 'known');
  if (alt?.kind === 'list') return alt.items.map((i) => `\`${describe(i)}\``).join(', ');
  return alt ? `\`${describe(alt)}\`` : `\`${describe(value)}\``;
}

function isCognitoRestAuthorizer(authorizer: ApiAuthorizer | undefined): boolean {
  return authorizer?.kind === 'rest-authorizer' && mayBe(authorizer.type.value, 'COGNITO_USER_POOLS');
}

/** The authorizer a SAM `Api` event ends up with: its own `Auth.Authorizer`, else the API's `DefaultAuthorizer`. */
function samEventAuthorizer(event: SamApiEvent): ApiAuthorizer | undefined {
  const api = event.api;
  if (!api) return undefined;
  const name =
    event.authorizer.value.kind === 'absent'
      ? knownString(api.samAuth?.defaultAuthorizer.value ?? { kind: 'absent' })
      : knownString(event.authorizer.value);
  if (name === undefined) return undefined;
  return (api.authorizers as ApiAuthorizer[]).find((a) => a.origin === 'sam' && a.name === name);
}

export default defineRule({
  meta: {
    id: 'apigateway/scopes-need-access-token',
    description: 'REST methods with AuthorizationScopes accept only Cognito access tokens, not ID tokens',
    severity: 'info',
    messages: {
      method:
        '{{method}} requires scopes {{scopes}}: API Gateway then accepts only access tokens, so a client that sends the ID token gets 401 Unauthorized.',
      samAuthorizer:
        'Cognito authorizer `{{authorizer}}` of API `{{api}}` requires scopes {{scopes}} on every method that uses it: API Gateway then accepts only access tokens, so a client that sends the ID token gets 401 Unauthorized.',
      samEvent:
        'Function event `{{event}}` (`{{route}}` on API `{{api}}`) requires scopes {{scopes}}: API Gateway then accepts only access tokens, so a client that sends the ID token gets 401 Unauthorized.',
      operation:
        '{{route}} of API `{{api}}` requires scopes {{scopes}} of Cognito scheme `{{scheme}}`: API Gateway then accepts only access tokens, so a client that sends the ID token gets 401 Unauthorized.',
    },
    fix: 'Send the access token (not the ID token) in the `Authorization` header, or remove the scopes if the API is meant to accept ID tokens.',
    fixIn: {
      terraform:
        'Send the access token (not the ID token) in the `Authorization` header, or remove `authorization_scopes` from the `aws_api_gateway_method` if the API is meant to accept ID tokens.',
      serverless:
        "Send the access token (not the ID token) in the `Authorization` header, or remove `scopes` from the `http` event's `authorizer` if the API is meant to accept ID tokens.",
    },
    references: [
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigateway-method.html',
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-enable-cognito-user-pool.html',
      'https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-access-token.html',
      'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-api-cognitoauthorizer.html',
    ],
    tags: ['apigateway', 'cognito'],
  },
  check(context) {
    const entities = context.model.apiEntities;
    for (const method of entities.restMethods) {
      // Method scopes are used with COGNITO_USER_POOLS authorizers only (docs/semantics.md#rest-api-methods).
      if (!mayBe(method.authorizationType.value, 'COGNITO_USER_POOLS')) continue;
      if (!setsScopes(method.authorizationScopes.value)) continue;
      context.report({
        messageId: 'method',
        data: { method: methodSubject(method), scopes: scopesText(method.authorizationScopes.value) },
        at: method.authorizationScopes.source,
      });
    }
    for (const authorizer of entities.restAuthorizers) {
      if (authorizer.origin !== 'sam' || !isCognitoRestAuthorizer(authorizer)) continue;
      if (!setsScopes(authorizer.authorizationScopes.value)) continue;
      context.report({
        messageId: 'samAuthorizer',
        data: {
          authorizer: authorizer.name,
          api: apiName(authorizer),
          scopes: scopesText(authorizer.authorizationScopes.value),
        },
        at: authorizer.authorizationScopes.source,
      });
    }
    for (const event of entities.samEvents) {
      if (event.eventType !== 'Api' || !setsScopes(event.authorizationScopes.value)) continue;
      if (!isCognitoRestAuthorizer(samEventAuthorizer(event))) continue;
      context.report({
        messageId: 'samEvent',
        data: {
          event: event.name,
          route: event.label,
          api: apiName(event),
          scopes: scopesText(event.authorizationScopes.value),
        },
        at: event.authorizationScopes.source,
      });
    }
    // A document-level `security` applies to every operation without its own: reported once, where it is written.
    const reported = new Set<string>();
    for (const operation of entities.operations) {
      if (operation.api.kind !== 'rest-api') continue;
      for (const requirement of operation.security ?? []) {
        for (const entry of requirement) {
          if (!isCognitoRestAuthorizer(entry.scheme?.authorizer) || !setsScopes(entry.scopes)) continue;
          const key = `${entry.source.doc.file}\u0000${entry.source.pointer}`;
          if (reported.has(key)) continue;
          reported.add(key);
          const inherited = !entry.source.pointer.includes('/paths/');
          context.report({
            messageId: 'operation',
            data: {
              route: inherited
                ? 'Every operation without its own `security`'
                : `Operation \`${operation.method} ${operation.path}\``,
              api: operation.api.name,
              scopes: scopesText(entry.scopes),
              scheme: entry.name,
            },
            at: entry.source,
          });
        }
      }
    }
  },
});
