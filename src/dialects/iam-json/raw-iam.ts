/**
 * Raw IAM JSON as the AWS CLI prints it: bare policy documents, `aws iam get-role`,
 * `get-role-policy`, `get-policy-version` and `get-account-authorization-details` output.
 * The API returns policy documents URL-encoded; the CLI decodes them — both are accepted.
 */
import type { FindingResource } from '../../core/types.js';
import type { ParsedDocument, Pointer } from '../../parsers/types.js';
import { joinPointer } from '../../parsers/types.js';
import type { Entity, PolicyRecord, Role } from '../../model/entities.js';
import { newRole } from '../../model/entities.js';
import { emptyParts, type ModelParts } from '../../model/contribution.js';
import { normalisePolicy, plainResolver, type PolicyKind } from '../../iam/document.js';
import { policyNode } from '../../iam/encoded.js';
import { isPlainObject, own } from '../../core/objects.js';

/** Resources of raw IAM documents, by document and pointer prefix: what a finding inside one names. */
export type RawEntities = Map<ParsedDocument, Array<{ pointer: Pointer; resource: FindingResource }>>;

export function readRawIam(documents: readonly ParsedDocument[]): { parts: ModelParts; rawEntities: RawEntities } {
  const parts = emptyParts();
  const rawEntities: RawEntities = new Map();
  for (const doc of documents) {
    const data = doc.data;
    if (!isPlainObject(data)) continue;
    const reader = new RawReader(doc, parts, rawEntities);
    if (
      Array.isArray(own(data, 'RoleDetailList')) ||
      Array.isArray(own(data, 'Policies')) ||
      Array.isArray(own(data, 'UserDetailList'))
    ) {
      reader.authorizationDetails(data);
    } else if (isPlainObject(own(data, 'Role'))) {
      reader.role(own(data, 'Role') as Record<string, unknown>, '/Role');
    } else if (isPlainObject(own(data, 'PolicyVersion'))) {
      reader.standalone(
        own(own(data, 'PolicyVersion') as Record<string, unknown>, 'Document'),
        '/PolicyVersion/Document',
        baseName(doc.file),
        'managed',
      );
    } else if (Object.prototype.hasOwnProperty.call(data, 'PolicyDocument')) {
      reader.rolePolicy(data);
    } else if (Object.prototype.hasOwnProperty.call(data, 'Statement')) {
      reader.bare(data);
    }
  }
  return { parts, rawEntities };
}

function baseName(file: string): string {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

class RawReader {
  constructor(
    private readonly doc: ParsedDocument,
    private readonly parts: ModelParts,
    private readonly rawEntities: RawEntities,
  ) {}

  private entity(name: string, type: string, pointer: Pointer): Entity {
    const resource: FindingResource = { logicalId: name, type, stack: this.doc.file };
    const list = this.rawEntities.get(this.doc) ?? [];
    list.push({ pointer, resource });
    this.rawEntities.set(this.doc, list);
    return { name, source: { doc: this.doc, pointer }, resource };
  }

  /** A policy document node that may be an object or a URL-encoded JSON string. */
  private document(
    raw: unknown,
    pointer: Pointer,
    kind: PolicyKind,
    name: string,
  ): ReturnType<typeof normalisePolicy> | undefined {
    const { data, source } = policyNode(raw, { doc: this.doc, pointer });
    if (source.doc !== this.doc) this.rawEntities.set(source.doc, []);
    if (!isPlainObject(data)) return undefined;
    return normalisePolicy(data, { kind, name, source, resolve: plainResolver });
  }

  private record(
    owner: Entity,
    policyType: PolicyRecord['policyType'],
    document: ReturnType<typeof normalisePolicy> | undefined,
    roles: Role[],
  ): PolicyRecord | undefined {
    if (!document) return undefined;
    if (document.source.doc !== this.doc)
      this.rawEntities.get(document.source.doc)!.push({ pointer: '', resource: owner.resource });
    const record: PolicyRecord = { document, owner, policyType, roles };
    this.parts.policies.push(record);
    return record;
  }

  /** A role; `trustAt` overrides where the trust policy is (a bare trust policy file is the document itself). */
  role(node: Record<string, unknown>, pointer: Pointer, trustAt?: { raw: unknown; pointer: Pointer }): Role {
    const roleName = typeof node.RoleName === 'string' ? node.RoleName : baseName(this.doc.file);
    const entity = this.entity(roleName, 'IAM::Role', pointer);
    // The trust is read first, so that the role is complete when it is built.
    const trustRaw = trustAt ? trustAt.raw : own(node, 'AssumeRolePolicyDocument');
    const trustPointer = trustAt ? trustAt.pointer : joinPointer(pointer, 'AssumeRolePolicyDocument');
    const trust = this.document(trustRaw, trustPointer, 'trust', `${roleName} trust policy`);
    const role = newRole(entity, trust, { roleName, arn: typeof node.Arn === 'string' ? node.Arn : undefined });
    if (trust) this.record(entity, 'trust', trust, [role]);
    const inline = own(node, 'RolePolicyList');
    if (Array.isArray(inline)) {
      inline.forEach((p, i) => {
        if (!isPlainObject(p)) return;
        const name = typeof p.PolicyName === 'string' ? p.PolicyName : `${roleName} inline policy ${i + 1}`;
        const record = this.record(
          entity,
          'role-inline',
          this.document(
            own(p, 'PolicyDocument'),
            joinPointer(pointer, 'RolePolicyList', i, 'PolicyDocument'),
            'identity',
            name,
          ),
          [role],
        );
        if (record) role.policies.push({ record, via: 'raw-inline' });
      });
    }
    const attached = own(node, 'AttachedManagedPolicies');
    if (Array.isArray(attached)) {
      attached.forEach((p, i) => {
        if (isPlainObject(p) && typeof p.PolicyArn === 'string') {
          role.managedPolicyArns.push({
            value: { kind: 'known', value: p.PolicyArn },
            source: { doc: this.doc, pointer: joinPointer(pointer, 'AttachedManagedPolicies', i) },
          });
        }
      });
    }
    this.parts.roles.push(role);
    return role;
  }

  rolePolicy(data: Record<string, unknown>): void {
    const name = typeof data.PolicyName === 'string' ? data.PolicyName : baseName(this.doc.file);
    const owner = this.entity(name, 'IAM::Policy', '');
    this.record(
      owner,
      'role-inline',
      this.document(own(data, 'PolicyDocument'), '/PolicyDocument', 'identity', name),
      [],
    );
  }

  standalone(raw: unknown, pointer: Pointer, name: string, policyType: PolicyRecord['policyType']): void {
    const owner = this.entity(name, 'IAM::Policy', pointer === '' ? '' : pointer);
    this.record(owner, policyType, this.document(raw, pointer, 'identity', name), []);
  }

  /** A bare document: a trust policy when it lets a principal assume a role, else resource or identity policy. */
  bare(data: Record<string, unknown>): void {
    const kind = bareDocumentKind(data);
    const name = baseName(this.doc.file);
    if (kind === 'trust') {
      this.role({ RoleName: name }, '', { raw: data, pointer: '' });
      return;
    }
    const owner = this.entity(name, 'IAM::Policy', '');
    this.record(
      owner,
      'raw',
      normalisePolicy(data, { kind, name, source: { doc: this.doc, pointer: '' }, resolve: plainResolver }),
      [],
    );
  }

  authorizationDetails(data: Record<string, unknown>): void {
    const managed = new Map<string, { doc: unknown; pointer: Pointer; name: string }>();
    const policies = own(data, 'Policies');
    if (Array.isArray(policies)) {
      policies.forEach((p, i) => {
        if (!isPlainObject(p)) return;
        const versions = own(p, 'PolicyVersionList');
        if (!Array.isArray(versions)) return;
        const index = versions.findIndex((v) => isPlainObject(v) && v.IsDefaultVersion === true);
        if (index === -1) return;
        const name = typeof p.PolicyName === 'string' ? p.PolicyName : `policy ${i + 1}`;
        const pointer = joinPointer('/Policies', i, 'PolicyVersionList', index, 'Document');
        if (typeof p.Arn === 'string')
          managed.set(p.Arn, { doc: (versions[index] as Record<string, unknown>).Document, pointer, name });
      });
    }
    const roles = own(data, 'RoleDetailList');
    const managedRecords = new Map<string, PolicyRecord | undefined>();
    const managedRecord = (arn: string): PolicyRecord | undefined => {
      if (!managedRecords.has(arn)) {
        const m = managed.get(arn);
        const owner = m ? this.entity(m.name, 'IAM::ManagedPolicy', m.pointer) : undefined;
        // AWS managed policies are AWS's to fix (and exempt from the customer managed size quota).
        const type = arn.startsWith('arn:aws:iam::aws:policy/') ? 'aws-managed' : 'managed';
        managedRecords.set(
          arn,
          m && owner ? this.record(owner, type, this.document(m.doc, m.pointer, 'identity', m.name), []) : undefined,
        );
      }
      return managedRecords.get(arn);
    };
    if (Array.isArray(roles)) {
      roles.forEach((r, i) => {
        if (!isPlainObject(r)) return;
        const role = this.role(r, joinPointer('/RoleDetailList', i));
        for (const { value } of role.managedPolicyArns) {
          const arn = value.kind === 'known' ? String(value.value) : '';
          const record = managedRecord(arn);
          if (record) {
            record.roles.push(role);
            role.policies.push({ record, via: 'raw-managed' });
          }
        }
      });
    }
    // Customer managed policies attached to nobody (or to users and groups) are still checked.
    for (const arn of managed.keys()) if (!arn.startsWith('arn:aws:iam::aws:policy/')) managedRecord(arn);
    for (const listName of ['UserDetailList', 'GroupDetailList']) {
      const list = own(data, listName);
      if (!Array.isArray(list)) continue;
      const policyListKey = listName === 'UserDetailList' ? 'UserPolicyList' : 'GroupPolicyList';
      list.forEach((entry, i) => {
        if (!isPlainObject(entry)) return;
        const inline = own(entry, policyListKey);
        if (!Array.isArray(inline)) return;
        inline.forEach((p, j) => {
          if (!isPlainObject(p)) return;
          const name = typeof p.PolicyName === 'string' ? p.PolicyName : `${listName} ${i} policy ${j}`;
          const pointer = joinPointer('/' + listName, i, policyListKey, j, 'PolicyDocument');
          const owner = this.entity(name, 'IAM::Policy', joinPointer('/' + listName, i, policyListKey, j));
          this.record(owner, 'raw', this.document(own(p, 'PolicyDocument'), pointer, 'identity', name), []);
        });
      });
    }
  }
}

/** A trust policy lets a principal assume a role; any other document with a principal is a resource policy. */
function bareDocumentKind(data: Record<string, unknown>): PolicyKind {
  const statements = own(data, 'Statement');
  const list = Array.isArray(statements) ? statements : [statements];
  let principal = false;
  for (const s of list) {
    if (!isPlainObject(s)) continue;
    if (own(s, 'Principal') === undefined && own(s, 'NotPrincipal') === undefined) continue;
    principal = true;
    const actions = own(s, 'Action');
    const names = (Array.isArray(actions) ? actions : [actions]).filter((a): a is string => typeof a === 'string');
    if (
      names.some((a) => /^sts:(AssumeRole|AssumeRoleWith\w+|TagSession|SetSourceIdentity)$/i.test(a)) &&
      own(s, 'Resource') === undefined
    ) {
      return 'trust';
    }
  }
  return principal ? 'resource' : 'identity';
}
