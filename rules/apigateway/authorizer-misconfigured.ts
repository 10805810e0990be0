import {
  alternatives,
  apiName,
  certainlyNot,
  defineRule,
  describe,
  knownAlternatives,
  knownString,
  judgeUserPoolArn,
  mayBe,
  USER_POOL,
  type Field,
  type Resolved,
} from '../../src/rule-api.js';
import { authorizerLabel, methodSubject } from '../_shared/apis.js';
import { propertyName } from '../_shared/properties.js';
import { formatList } from '../_shared/lists.js';

/** `method.request.header.<name>` (docs/semantics.md#rest-api-authorizers: TOKEN and COGNITO_USER_POOLS authorizers read one header). */
const HEADER_SOURCE = /^method\.request\.header\.[A-Za-z0-9!#$%&'*+.^_`|~-]+$/;

/**
 * The notes naming the usual mistake behind values that are not user pool ARNs: `Ref` of a user
 * pool returns its ID, and its other attributes (`ProviderURL`, `ProviderName`) are not its ARN either.
 */
function arnMistakeNotes(values: readonly Resolved[]) {
  const mistakes = new Set<string>();
  for (const value of values) {
    if (value.kind !== 'resource' || value.resource.type !== USER_POOL || value.attribute === 'Arn') continue;
    mistakes.add(value.attribute ?? '');
  }
  if (mistakes.size === 0) return [];
  return [
    ...[...mistakes].map((attribute) =>
      attribute === '' ? { id: 'refReturnsId' as const } : { id: 'attributeNotArn' as const, data: { attribute } },
    ),
    { id: 'useGetAttArn' as const },
  ];
}

export default defineRule({
  meta: {
    id: 'apigateway/authorizer-misconfigured',
    description:
      'Cognito user pool authorizers of REST APIs must name user pools, read a request header, and be wired to their methods',
    severity: 'high',
    messages: {
      noProviderArns:
        'Cognito authorizer {{authorizer}} has no `{{property}}`: it names no user pool whose tokens it accepts.',
      emptyProviderArns:
        'Cognito authorizer {{authorizer}} has an empty `{{property}}` list: it names no user pool whose tokens it accepts.',
      notUserPoolArn:
        'Cognito authorizer {{authorizer}} lists `{{value}}`, which is not a user pool ARN (`arn:aws:cognito-idp:<region>:<account>:userpool/<poolId>`).',
      notUserPoolArns:
        'Cognito authorizer {{authorizer}} lists {{values}}, which are not user pool ARNs (`arn:aws:cognito-idp:<region>:<account>:userpool/<poolId>`).',
      identitySourceMissing:
        '{{type}} authorizer {{authorizer}} has no `{{property}}`: it must name the request header that carries the token.',
      identitySourceNotHeader:
        '{{type}} authorizer {{authorizer}} reads the token from `{{value}}`, which is not a request header (`method.request.header.<name>`).',
      methodNoAuthorizer: '{{method}} uses `COGNITO_USER_POOLS` but names no `{{property}}`.',
      authorizerOfOtherApi: '{{method}} uses authorizer `{{authorizer}}`, which belongs to API `{{otherApi}}`.',
      authorizerWrongType:
        '{{method}} has `{{property}}: {{methodType}}` but its authorizer `{{authorizer}}` is a `{{authorizerType}}` authorizer.',
    },
    // Why a value is not a user pool ARN, when it is the usual mistake.
    notes: {
      refReturnsId: '`Ref` of a user pool returns its ID, not its ARN.',
      attributeNotArn: '`{{attribute}}` of a user pool is not its ARN.',
      useGetAttArn: 'Use `Fn::GetAtt <pool>.Arn`.',
    },
    fix: 'Give the authorizer `Type: COGNITO_USER_POOLS`, `ProviderARNs: [!GetAtt UserPool.Arn]` and `IdentitySource: method.request.header.Authorization`, and give each method `AuthorizationType: COGNITO_USER_POOLS` with `AuthorizerId: !Ref` that authorizer of the same API.',
    fixIn: {
      terraform:
        'Give the `aws_api_gateway_authorizer` `type = "COGNITO_USER_POOLS"`, `provider_arns = [aws_cognito_user_pool.<name>.arn]` and `identity_source = "method.request.header.Authorization"`, and give each `aws_api_gateway_method` `authorization = "COGNITO_USER_POOLS"` with `authorizer_id` naming that authorizer of the same `rest_api_id`.',
      serverless:
        'Give the `http` event `authorizer: {type: COGNITO_USER_POOLS, arn: !GetAtt UserPool.Arn}` (or `authorizerId: !Ref` an `AWS::ApiGateway::Authorizer` of `ApiGatewayRestApi`), and leave `identitySource` at its default, `method.request.header.Authorization`.',
    },
    references: [
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigateway-authorizer.html',
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigateway-method.html',
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-enable-cognito-user-pool.html',
      'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-api-cognitoauthorizer.html',
    ],
    tags: ['apigateway', 'cognito'],
  },
  check(context) {
    const entities = context.model.apiEntities;
    for (const authorizer of entities.restAuthorizers) {
      const isCognito = mayBe(authorizer.type.value, 'COGNITO_USER_POOLS');
      const label = authorizerLabel(authorizer);
      if (isCognito) {
        const arns = authorizer.providerArns;
        if (!arns.present) {
          context.report({
            messageId: 'noProviderArns',
            data: { authorizer: label, property: propertyName(arns, 'ProviderARNs') },
            at: arns.source,
          });
        } else if (arns.value.kind === 'list' && arns.value.items.length === 0) {
          context.report({
            messageId: 'emptyProviderArns',
            data: { authorizer: label, property: propertyName(arns, 'ProviderARNs') },
            at: arns.source,
          });
        } else {
          // One finding per property listing every offending entry (docs/semantics.md#granularity), at the
          // first offender: the editor lands on a value to change, and the message names the rest.
          const offenders: Array<{ value: Resolved; entry: Field }> = [];
          for (const entry of arns.entries) {
            const bad = alternatives(entry.value).find((alt) => judgeUserPoolArn(alt) === false);
            if (bad) {
              offenders.push({ value: bad, entry });
            } else if (alternatives(entry.value).every((alt) => judgeUserPoolArn(alt) === 'unknown')) {
              context.unresolved(
                `${propertyName(arns, 'ProviderARNs')} entry of authorizer ${authorizer.name} could not be resolved`,
                entry.source,
              );
            }
          }
          const [first] = offenders;
          if (first) {
            const values = offenders.map((o) => o.value);
            const notes = arnMistakeNotes(values);
            const named = [...new Set(values.map((v) => describe(v)))];
            if (named.length === 1) {
              context.report({
                messageId: 'notUserPoolArn',
                data: { authorizer: label, value: named[0] ?? '' },
                notes,
                at: first.entry.source,
              });
            } else {
              context.report({
                messageId: 'notUserPoolArns',
                data: {
                  authorizer: label,
                  values: formatList(
                    named.map((v) => `\`${v}\``),
                    named.length,
                  ),
                },
                notes,
                at: first.entry.source,
              });
            }
          }
        }
      }
      // OpenAPI schemes name their header in the scheme (`in: header`), SAM always uses a header.
      if (authorizer.origin !== 'resource') continue;
      const isToken = mayBe(authorizer.type.value, 'TOKEN');
      if (!isCognito && !isToken) continue;
      const type = isCognito ? 'Cognito' : 'TOKEN';
      const source = authorizer.identitySource;
      if (source.value.kind === 'absent') {
        context.report({
          messageId: 'identitySourceMissing',
          data: { type, authorizer: label, property: propertyName(source, 'IdentitySource') },
          at: source.source,
        });
        continue;
      }
      const bad = knownAlternatives(source.value).values.find((v) => !HEADER_SOURCE.test(v.trim()));
      if (bad !== undefined)
        context.report({
          messageId: 'identitySourceNotHeader',
          data: { type, authorizer: label, value: bad },
          at: source.source,
        });
    }

    for (const method of entities.restMethods) {
      const type = method.authorizationType.value;
      const usesCognito = mayBe(type, 'COGNITO_USER_POOLS');
      const usesCustom = mayBe(type, 'CUSTOM');
      if (!usesCognito && !usesCustom) continue;
      const data = { method: methodSubject(method) };
      if (method.authorizerId.value.kind === 'absent') {
        if (usesCognito)
          context.report({
            messageId: 'methodNoAuthorizer',
            data: { ...data, property: propertyName(method.authorizerId, 'AuthorizerId') },
            at: method.authorizerId.source,
          });
        continue;
      }
      const authorizer = method.authorizer;
      if (!authorizer) continue;
      const otherApi =
        method.api && authorizer.api
          ? method.api !== authorizer.api
          : method.apiKey !== undefined &&
            authorizer.apiKey !== undefined &&
            method.apiKey !== authorizer.apiKey &&
            !method.apiKey.startsWith('expr:') &&
            !authorizer.apiKey.startsWith('expr:');
      if (otherApi) {
        context.report({
          messageId: 'authorizerOfOtherApi',
          data: { ...data, authorizer: authorizer.name, otherApi: apiName(authorizer) },
          at: method.authorizerId.source,
        });
        continue;
      }
      const authorizerType = knownString(authorizer.type.value);
      const methodType = knownString(type);
      if (authorizerType === undefined || methodType === undefined) continue;
      const mismatch =
        (methodType === 'COGNITO_USER_POOLS' && certainlyNot(authorizer.type.value, 'COGNITO_USER_POOLS')) ||
        (methodType === 'CUSTOM' && authorizerType === 'COGNITO_USER_POOLS');
      if (mismatch) {
        context.report({
          messageId: 'authorizerWrongType',
          data: {
            ...data,
            property: propertyName(method.authorizationType, 'AuthorizationType'),
            methodType,
            authorizer: authorizer.name,
            authorizerType,
          },
          at: method.authorizerId.source,
        });
      }
    }
  },
});
