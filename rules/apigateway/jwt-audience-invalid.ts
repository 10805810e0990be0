import {
  alternatives,
  defineRule,
  describe,
  isCognitoIssuer,
  isUserPoolIdText,
  knownString,
  referencedResource,
  USER_POOL,
  type AudienceEntry,
  type JwtConfiguration,
  type Resolved,
} from '../../src/rule-api.js';
import { authorizerLabel } from '../_shared/apis.js';
import { propertyName } from '../_shared/properties.js';

/** The user pool a client belongs to, or the issuer names: a pool resource, or a literal pool ID. */
type PoolIdentity = { resource: NonNullable<ReturnType<typeof referencedResource>> } | { id: string };

function poolOfValue(value: Resolved | undefined): PoolIdentity | undefined {
  if (!value) return undefined;
  if (value.kind === 'resource' && value.resource.type === USER_POOL) return { resource: value.resource };
  const text = knownString(value);
  return text !== undefined && isUserPoolIdText(text) ? { id: text } : undefined;
}

function issuerPool(jwt: JwtConfiguration): PoolIdentity | undefined {
  if (jwt.issuerUserPool) return { resource: jwt.issuerUserPool };
  return jwt.issuerUserPoolId ? { id: jwt.issuerUserPoolId } : undefined;
}

/** Both sides resolved and of the same kind, and they differ. */
function differentPools(a: PoolIdentity | undefined, b: PoolIdentity | undefined): boolean {
  if (!a || !b) return false;
  if ('resource' in a && 'resource' in b) return a.resource !== b.resource;
  if ('id' in a && 'id' in b) return a.id !== b.id;
  return false;
}

function poolName(pool: PoolIdentity): string {
  return 'resource' in pool ? pool.resource.logicalId : pool.id;
}

/** Is the entry a user pool (its ID, ARN, URL) rather than an app client? */
function namesUserPool(entry: AudienceEntry, alt: Resolved): boolean {
  if (entry.userPool && referencedResource(alt, USER_POOL)) return true;
  const text = knownString(alt);
  return text !== undefined && (isUserPoolIdText(text) || text.includes(':userpool/'));
}

export default defineRule({
  meta: {
    id: 'apigateway/jwt-audience-invalid',
    description: "A JWT authorizer must list the app client IDs it accepts, of the issuer's user pool",
    severity: 'high',
    messages: {
      missing:
        'JWT authorizer {{authorizer}} has no `{{property}}`: API Gateway needs the app client IDs whose tokens it accepts.',
      empty:
        'JWT authorizer {{authorizer}} has an empty `{{property}}`: it names no app client whose tokens it accepts.',
      wildcard:
        "JWT authorizer {{authorizer}} lists `{{value}}` in `{{property}}`: AWS documents audience entries as values the token's `aud` or `client_id` must match, not patterns, so the entry either matches no token or was meant to accept tokens of any client.",
      userPool:
        'JWT authorizer {{authorizer}} lists `{{value}}` in `{{property}}`, which names the user pool, not an app client: Cognito tokens carry the app client ID in `aud` (ID token) or `client_id` (access token).',
      otherPool:
        'JWT authorizer {{authorizer}} lists app client `{{client}}` of user pool `{{clientPool}}` in `{{property}}`, but its issuer is user pool `{{issuerPool}}`: no token is valid for both.',
    },
    fix: "Set `Audience` to the IDs of the app clients of the issuer's user pool (`[!Ref UserPoolClient]`).",
    fixIn: {
      terraform:
        "Set `audience` in the `jwt_configuration` of the `aws_apigatewayv2_authorizer` to the IDs of the app clients of the issuer's user pool (`[aws_cognito_user_pool_client.web.id]`).",
      serverless:
        "Set `audience` of the `provider.httpApi.authorizers` entry to the IDs of the app clients of the issuer's user pool (`- !Ref UserPoolClient`).",
    },
    references: [
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-apigatewayv2-authorizer-jwtconfiguration.html',
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-jwt-authorizer.html',
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-troubleshooting-jwt.html',
      'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-httpapi-oauth2authorizer.html',
    ],
    tags: ['apigateway', 'cognito', 'jwt'],
  },
  check(context) {
    for (const authorizer of context.model.apiEntities.httpAuthorizers) {
      const jwt = authorizer.jwt;
      if (!jwt) continue;
      const label = authorizerLabel(authorizer);
      const audience = jwt.audience.value;
      if (audience.kind === 'absent') {
        context.report({
          messageId: 'missing',
          data: { authorizer: label, property: propertyName(jwt.audience, 'Audience') },
          at: jwt.source,
        });
        continue;
      }
      if (audience.kind === 'list' && audience.items.length === 0) {
        context.report({
          messageId: 'empty',
          data: { authorizer: label, property: propertyName(jwt.audience, 'Audience') },
          at: jwt.audience.source,
        });
        continue;
      }
      if (
        audience.kind !== 'list' &&
        jwt.audienceEntries.every((e) => knownString(e.value) === undefined && e.value.kind !== 'resource')
      ) {
        context.unresolved(
          `${propertyName(jwt.audience, 'Audience')} of JWT authorizer ${authorizer.name} could not be resolved`,
          jwt.audience.source,
        );
      }
      // App-client semantics only for Cognito issuers; other OIDC providers use other audiences.
      const cognito = isCognitoIssuer(jwt.issuer.value);
      const issuer = issuerPool(jwt);
      for (const entry of jwt.audienceEntries) {
        for (const alt of alternatives(entry.value)) {
          const text = knownString(alt);
          if (text !== undefined && text.includes('*')) {
            context.report({
              messageId: 'wildcard',
              data: { authorizer: label, value: text, property: propertyName(jwt.audience, 'Audience') },
              at: entry.source,
            });
            break;
          }
          if (!cognito) continue;
          if (namesUserPool(entry, alt)) {
            context.report({
              messageId: 'userPool',
              data: { authorizer: label, value: describe(alt), property: propertyName(jwt.audience, 'Audience') },
              at: entry.source,
            });
            break;
          }
          const clientPool = poolOfValue(entry.clientUserPool);
          if (entry.client && differentPools(clientPool, issuer)) {
            context.report({
              messageId: 'otherPool',
              data: {
                authorizer: label,
                client: entry.client.logicalId,
                clientPool: poolName(clientPool!),
                issuerPool: poolName(issuer!),
                property: propertyName(jwt.audience, 'Audience'),
              },
              at: entry.source,
            });
            break;
          }
        }
      }
    }
  },
});
