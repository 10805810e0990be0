import { defineRule, someAlternativeText } from '../../src/rule-api.js';
import { describeUserPool } from '../_shared/cognito.js';
import { propertyName } from '../_shared/properties.js';

export default defineRule({
  meta: {
    id: 'user-pool/mfa-disabled',
    description: 'User pools should offer multi-factor authentication (MfaConfiguration OPTIONAL or ON)',
    severity: 'low',
    messages: {
      missing:
        '{{pool}} does not set `{{property}}`, so multi-factor authentication is off: a stolen or guessed password is enough to sign in.',
      off: '{{pool}} sets `{{property}}` to `OFF`: a stolen or guessed password is enough to sign in.',
      conditional:
        '{{pool}} turns multi-factor authentication off in some deployments (`{{property}}` is `OFF` or absent in one of its alternatives): there, a stolen or guessed password is enough to sign in.',
    },
    fix: 'Set `MfaConfiguration: OPTIONAL` (or `ON`) with `EnabledMfas: [SOFTWARE_TOKEN_MFA]`; in CDK `mfa: cognito.Mfa.OPTIONAL` with `mfaSecondFactor: { otp: true, sms: false }`.',
    fixIn: {
      terraform:
        'Set `mfa_configuration = "OPTIONAL"` (or `"ON"`) on the `aws_cognito_user_pool` with `software_token_mfa_configuration { enabled = true }`.',
    },
    references: [
      'https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa.html',
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cognito-userpool.html',
      'https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_cognito.UserPoolProps.html',
    ],
    tags: ['user-pool', 'mfa'],
  },
  check(context) {
    for (const pool of context.model.userPoolEntities.userPools) {
      const setting = pool.mfaConfiguration;
      // Absent means OFF (the CloudFormation and API default).
      const off = someAlternativeText(setting.value, (value) => value === undefined || value === 'OFF');
      if (off === 'unknown') {
        context.unresolved(
          `User pool ${pool.name}: ${propertyName(setting, 'MfaConfiguration')} is not statically known.`,
          setting.source,
        );
        continue;
      }
      if (off === false) continue;
      const data = { pool: describeUserPool(pool, true), property: propertyName(setting, 'MfaConfiguration') };
      if (setting.value.kind === 'absent') {
        context.report({
          messageId: 'missing',
          data,
          at: pool.templateResource.propertiesSource,
          resource: pool.resource,
        });
      } else {
        const messageId = setting.value.kind === 'known' ? 'off' : 'conditional';
        context.report({ messageId, data, at: setting.source, resource: pool.resource });
      }
    }
  },
});
