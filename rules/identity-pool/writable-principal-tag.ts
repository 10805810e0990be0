import {
  defineRule,
  foldResolved,
  identityPoolOfMapping,
  knownString,
  tri,
  userPoolClientFor,
  userPoolReferencesIn,
  userWritability,
  type IdentityModel,
  type IdentityPool,
  type PrincipalTagMapping,
  type Resolved,
  type Role,
  type UserPoolClient,
} from '../../src/rule-api.js';
import { WRITABLE_NOTES, writableNotes } from '../_shared/cognito.js';

export default defineRule({
  meta: {
    id: 'identity-pool/writable-principal-tag',
    description: 'Principal tags that policies rely on must not come from attributes users can set',
    severity: 'high',
    messages: {
      writableSignUp:
        'Identity pool {{pool}} sets principal tag `{{tag}}` from `{{claim}}`, which anyone who signs up to user pool {{userPool}} can set themselves, and {{uses}} relies on `aws:PrincipalTag/{{tag}}`, so users choose what it grants them.',
      writableProvider:
        'Identity pool {{pool}} sets principal tag `{{tag}}` from `{{claim}}`, which every user of the provider can set themselves, and {{uses}} relies on `aws:PrincipalTag/{{tag}}`, so users choose what it grants them.',
    },
    notes: WRITABLE_NOTES,
    fix: 'Source principal tags that grant access from attributes no app client may write (remove them from `WriteAttributes`, make them admin-managed), or stop referencing the tag in policies.',
    fixIn: {
      terraform:
        'Map principal tags (`principal_tags` of `aws_cognito_identity_pool_provider_principal_tag`) only from attributes no `aws_cognito_user_pool_client` lists in `write_attributes`, or stop referencing the tag (`$${aws:PrincipalTag/<tag>}`) in policies.',
      serverless:
        "Source principal tags that grant access from attributes no app client may write (remove them from `WriteAttributes`), and write the policy's `${aws:PrincipalTag/<tag>}` as `Fn::Join` pieces (`'$'`, `'{aws:PrincipalTag/<tag>}'`): the framework reads `${aws:…}` as its own variable.",
    },
    references: [
      'https://docs.aws.amazon.com/cognito/latest/developerguide/attributes-for-access-control.html',
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cognito-identitypoolprincipaltag.html',
      'https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html',
    ],
    tags: ['identity-pool', 'cognito', 'abac'],
  },
  check(context) {
    const { model } = context;
    for (const mapping of model.userPoolEntities.principalTags) {
      const pool = identityPoolOfMapping(model, mapping);
      if (!pool) continue;
      const clients = clientsOf(model, pool, mapping);
      for (const { tag, claim: claimValue, source } of mapping.principalTags) {
        const claim = knownString(claimValue);
        const uses = tagUses(model, pool, tag);
        if (uses.length === 0) continue;
        if (claim === undefined || clients.length === 0) {
          context.unresolved(
            `Principal tag mapping ${mapping.name}: whether users can set the claim of tag ${tag} is not statically known.`,
            source,
          );
          continue;
        }
        const results = clients.map((c) => userWritability(c, claim));
        const writable = tri.any(results.map((r) => r.writable));
        if (writable === 'unknown') {
          context.unresolved(
            `Principal tag mapping ${mapping.name}: whether users can set ${claim} (tag ${tag}) is not statically known.`,
            source,
          );
          continue;
        }
        if (!writable) continue;
        const reason = results.find((r) => r.writable === true)!.reason;
        const userPool = mapping.userPool;
        const data = {
          pool: `\`${pool.name}\``,
          tag,
          claim,
          uses: uses.slice(0, 3).join(', ') + (uses.length > 3 ? ` and ${uses.length - 3} more` : ''),
        };
        context.report({
          ...(userPool?.selfSignUp === true
            ? { messageId: 'writableSignUp', data: { ...data, userPool: `\`${userPool.name}\`` } }
            : { messageId: 'writableProvider', data }),
          notes: writableNotes(reason, claim),
          at: source,
          resource: mapping.resource,
          key: tag,
        });
      }
    }
  },
});

/** The app clients whose users reach the pool through the mapping's user pool: those the pool lists, else every client of the user pool. */
function clientsOf(model: IdentityModel, pool: IdentityPool, mapping: PrincipalTagMapping): UserPoolClient[] {
  const userPool = mapping.userPool ?? userPoolReferencesIn(model, mapping.identityProviderName.value).userPool;
  if (!userPool) return [];
  const listed: UserPoolClient[] = [];
  let complete = true;
  for (const provider of pool.cognitoProviders) {
    if (userPoolReferencesIn(model, provider.providerName).userPool !== userPool) continue;
    const client = userPoolClientFor(model, provider.clientId);
    if (client) listed.push(client);
    else complete = false;
  }
  return complete && listed.length > 0 ? listed : [...userPool.clients];
}

/** Where policies of the pool's signed-in roles use the tag: `role `R` (policy `P`)`. */
function tagUses(model: IdentityModel, pool: IdentityPool, tag: string): string[] {
  const roles = new Set<Role>();
  for (const slot of model.slotsOfPool(pool)) if (slot.role && slot.slot !== 'unauthenticated') roles.add(slot.role);
  const key = `aws:principaltag/${tag.toLowerCase()}`;
  const variable = `\${${key}}`;
  const out: string[] = [];
  for (const role of roles) {
    for (const { record } of role.policies) {
      const document = record.document;
      if (document.kind !== 'identity') continue;
      const used = document.statements.some(
        (s) =>
          s.conditions.some((c) => c.keyLower === key || c.values.some((v) => mentions(v.value, variable))) ||
          (s.resource?.values ?? []).some((v) => mentions(v.value, variable)) ||
          (s.notResource?.values ?? []).some((v) => mentions(v.value, variable)),
      );
      if (used) out.push(`policy \`${document.name}\` of role \`${role.name}\``);
    }
  }
  return out;
}

/** Does the value's fixed text contain the policy variable (variable names compare case-insensitively)? */
function mentions(value: Resolved, variable: string): boolean {
  const text = fixedText(value);
  return text.toLowerCase().includes(variable);
}

function fixedText(value: Resolved): string {
  const joined = (texts: readonly string[]): string => texts.join('\u0000');
  return foldResolved(value, {
    known: (v) => String(v.value ?? ''),
    concat: joined,
    anyOf: joined,
    list: joined,
    otherwise: () => '\u0000', // an unknown part separates the fixed text around it
  });
}
