/**
 * The role mappings of `AWS::Cognito::IdentityPoolRoleAttachment` resources (`RoleMappings`: per
 * provider, `Token` or `Rules`, and what happens when no rule matches), read once the attachments'
 * slots are (a rule's role is the role its slot resolved).
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cognito-identitypoolroleattachment-rolemapping.html
 */
import type { MappingRule } from '../../model/entities.js';
import { identityPoolNamed } from '../../model/model.js';
import type { ModelParts } from '../../model/contribution.js';
import type { PropertyReader } from './properties.js';
import { templateEntity, type TemplateResource } from './stack.js';
import { isPlainObject } from '../../core/objects.js';

export function readRoleMappings(resource: TemplateResource, read: PropertyReader, parts: ModelParts): void {
  const stack = resource.stack;
  const attachment = templateEntity(resource);
  const poolValue = read.value('IdentityPoolId').value;
  const pool = identityPoolNamed(parts.identityPools, poolValue);
  const raw = read.raw('RoleMappings');
  if (!isPlainObject(raw)) return;
  const out = parts.roleMappings;
  for (const [key, body] of Object.entries(raw)) {
    if (!isPlainObject(body)) continue;
    const mapping = read.child('RoleMappings', key);
    const source = mapping.source();
    const hasProvider = Object.prototype.hasOwnProperty.call(body, 'IdentityProvider');
    const rules: MappingRule[] = [];
    const rulesNode = mapping.raw('RulesConfiguration', 'Rules');
    if (Array.isArray(rulesNode)) {
      rulesNode.forEach((node, index) => {
        if (!isPlainObject(node)) return;
        const rule = mapping.child('RulesConfiguration', 'Rules', index);
        const role = rule.value('RoleARN');
        const slot = parts.slots.find((s) => s.source.doc === stack.doc && s.source.pointer === role.source.pointer);
        const claim = rule.value('Claim');
        rules.push({
          index,
          claim: claim.value,
          claimSource: claim.source,
          matchType: rule.value('MatchType').value,
          value: rule.value('Value').value,
          source: rule.source(),
          roleValue: role.value,
          roleSource: role.source,
          role: slot?.role,
        });
      });
    }
    const type = mapping.value('Type');
    const ambiguous = mapping.value('AmbiguousRoleResolution');
    out.push({
      attachment,
      pool,
      poolValue,
      key,
      source,
      identityProvider: hasProvider ? mapping.value('IdentityProvider').value : { kind: 'known', value: key },
      identityProviderSource: hasProvider ? mapping.source('IdentityProvider') : source,
      type: type.value,
      typeSource: type.source,
      ambiguousRoleResolution: ambiguous.value,
      ambiguousRoleResolutionSource: ambiguous.source,
      rules,
    });
  }
}
