import { defineRule, knownString, someAlternative, tri, truthOf, type Resolved, type Tri } from '../../src/rule-api.js';
import { describeUserPool } from '../_shared/cognito.js';

export default defineRule({
  meta: {
    id: 'user-pool/weak-password-policy',
    description:
      'An explicit user pool password policy should require at least 8 characters, and 12 when it requires no character class',
    severity: 'low',
    messages: {
      tooShort:
        '{{pool}} accepts passwords of {{length}} characters: its password policy sets `MinimumLength` under 8.',
      noCharacterClass:
        '{{pool}} accepts {{length}}-character passwords that need no lowercase letter, uppercase letter, number or symbol: under 12 characters, such passwords are easy to guess.',
    },
    fix: "Set `MinimumLength` to 12 or more, or to at least 8 with `RequireLowercase`, `RequireUppercase`, `RequireNumbers` and `RequireSymbols`; or remove `PasswordPolicy` to get Cognito's default (8 characters, every class).",
    fixIn: {
      terraform:
        'Set `minimum_length` to 12 or more in the `password_policy` block of the `aws_cognito_user_pool`, or to at least 8 with `require_lowercase`, `require_uppercase`, `require_numbers` and `require_symbols`.',
    },
    references: [
      'https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-policies.html',
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cognito-userpool-passwordpolicy.html',
      'https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_cognito.PasswordPolicy.html',
      'https://pages.nist.gov/800-63-4/sp800-63b.html#passwordver',
    ],
    tags: ['user-pool', 'password'],
  },
  check(context) {
    for (const pool of context.model.userPoolEntities.userPools) {
      const policy = pool.passwordPolicy;
      // No policy: Cognito's default (8 characters, all four classes) applies, which is not reported.
      if (policy.state === 'absent') continue;
      if (policy.state === 'unknown') {
        context.unresolved(`User pool ${pool.name}: its PasswordPolicy is not statically known.`, policy.source);
        continue;
      }
      const length = policy.minimumLength;
      const lengths = new Set<number>();
      const short = judgeLength(length.value, (n) => n < 8, lengths);
      const data = { pool: describeUserPool(pool, true) };
      if (short === true) {
        context.report({
          messageId: 'tooShort',
          data: {
            ...data,
            length: [...lengths]
              .filter((n) => n < 8)
              .sort((a, b) => a - b)
              .join(' or '),
          },
          at: length.source,
          resource: pool.resource,
        });
        continue;
      }
      if (short === 'unknown') {
        context.unresolved(
          length.value.kind === 'absent'
            ? `User pool ${pool.name}: its PasswordPolicy does not set MinimumLength, for which AWS documents no default, so whether passwords may be shorter than 8 characters is not known.`
            : `User pool ${pool.name}: the MinimumLength of its PasswordPolicy is not statically known.`,
          length.source,
        );
        continue;
      }
      const under12 = [...lengths].filter((n) => n < 12);
      if (under12.length === 0) continue;
      // Absent Require* settings are false in an explicit policy (boolean API fields).
      const anyClass = tri.any(
        [policy.requireLowercase, policy.requireUppercase, policy.requireNumbers, policy.requireSymbols].map((p) =>
          truthOf(p.value),
        ),
      );
      if (anyClass === true) continue;
      if (anyClass === 'unknown') {
        context.unresolved(
          `User pool ${pool.name}: which character classes its PasswordPolicy requires is not statically known.`,
          policy.source,
        );
        continue;
      }
      context.report({
        messageId: 'noCharacterClass',
        data: { ...data, length: under12.sort((a, b) => a - b).join(' or ') },
        at: length.source,
        resource: pool.resource,
      });
    }
  },
});

/**
 * Judge `MinimumLength` (collecting the lengths it may take). An absent `MinimumLength` inside an
 * explicit policy is unknown: the API reference documents no default for it.
 */
function judgeLength(value: Resolved, test: (n: number) => boolean, seen: Set<number>): Tri {
  return someAlternative(value, (alt) => {
    const text = knownString(alt);
    const n = text === undefined ? NaN : Number(text);
    if (!Number.isFinite(n)) return 'unknown';
    seen.add(n);
    return test(n);
  });
}
