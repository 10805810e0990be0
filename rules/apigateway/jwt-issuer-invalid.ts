import {
  alternatives,
  defineRule,
  describe,
  isCognitoIssuer,
  issuerDefect,
  judgeCognitoIssuer,
} from '../../src/rule-api.js';
import { authorizerLabel } from '../_shared/apis.js';

export default defineRule({
  meta: {
    id: 'apigateway/jwt-issuer-invalid',
    description:
      'A JWT authorizer for a Cognito user pool must use the issuer https://cognito-idp.<region>.amazonaws.com/<userPoolId>',
    severity: 'high',
    messages: {
      arn: 'JWT authorizer {{authorizer}} has issuer `{{issuer}}`, which uses the user pool ARN where the issuer needs the pool ID (`https://cognito-idp.<region>.amazonaws.com/<userPoolId>`): no token matches it.',
      http: 'JWT authorizer {{authorizer}} has issuer `{{issuer}}` with `http://`: Cognito tokens carry `https://cognito-idp.<region>.amazonaws.com/<userPoolId>`, so no token matches it.',
      trailingSlash:
        'JWT authorizer {{authorizer}} has issuer `{{issuer}}` with a trailing slash: Cognito tokens carry `https://cognito-idp.<region>.amazonaws.com/<userPoolId>` exactly, so no token matches it.',
      noRegion:
        'JWT authorizer {{authorizer}} has issuer `{{issuer}}` without the region: Cognito tokens carry `https://cognito-idp.<region>.amazonaws.com/<userPoolId>`, so no token matches it.',
      malformed:
        'JWT authorizer {{authorizer}} has issuer `{{issuer}}`, which is not `https://cognito-idp.<region>.amazonaws.com/<userPoolId>`: no Cognito token matches it.',
    },
    fix: 'Use `!GetAtt <UserPool>.ProviderURL` or `!Sub https://cognito-idp.${AWS::Region}.amazonaws.com/${UserPool}` as the `Issuer`.',
    fixIn: {
      terraform:
        'Set `issuer` in the `jwt_configuration` of the `aws_apigatewayv2_authorizer` to `"https://${aws_cognito_user_pool.<name>.endpoint}"` (`https://cognito-idp.<region>.amazonaws.com/<userPoolId>`).',
      serverless:
        'Set `issuerUrl` of the `provider.httpApi.authorizers` entry to `!Sub https://cognito-idp.${AWS::Region}.amazonaws.com/${UserPool}`.',
    },
    references: [
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-apigatewayv2-authorizer-jwtconfiguration.html',
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-jwt-authorizer.html',
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cognito-userpool.html',
      'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-httpapi-oauth2authorizer.html',
    ],
    tags: ['apigateway', 'cognito', 'jwt'],
  },
  check(context) {
    for (const authorizer of context.model.apiEntities.httpAuthorizers) {
      const jwt = authorizer.jwt;
      if (!jwt || jwt.issuer.value.kind === 'absent') continue;
      let undecided = false;
      // Other OIDC issuers are not judged: only an issuer on a Cognito host or naming a user pool.
      for (const alt of alternatives(jwt.issuer.value)) {
        if (!isCognitoIssuer(alt)) continue;
        const wellFormed = judgeCognitoIssuer(alt);
        if (wellFormed === false) {
          context.report({
            messageId: issuerDefect(alt),
            data: { authorizer: authorizerLabel(authorizer), issuer: describe(alt) },
            at: jwt.issuer.source,
          });
          undecided = false;
          break;
        }
        if (wellFormed === 'unknown') undecided = true;
      }
      if (undecided)
        context.unresolved(`issuer of JWT authorizer ${authorizer.name} could not be resolved`, jwt.issuer.source);
    }
  },
});
