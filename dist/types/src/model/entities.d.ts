/**
 * The entities of the identity architecture and the edges between them. Every entity knows
 * its source (document + pointer) and the resource a finding about it names.
 */
import type { FindingResource } from '../core/types.js';
import type { PolicyDocument } from '../iam/document.js';
import type { Resolved } from '../values/resolved.js';
import type { SourceRef } from '../parsers/source.js';
import type { ResourceNode } from '../values/resource-node.js';
import type { Tri } from '../core/tri.js';
export interface Entity {
    /** Name for messages: the logical ID, or the IAM name for raw input. */
    readonly name: string;
    readonly source: SourceRef;
    /** The resource findings about this entity name. */
    readonly resource: FindingResource;
    /** The template resource, for entities read from templates. */
    readonly templateResource?: ResourceNode;
}
/** How a policy reaches a role. */
export type PolicyAttachment = 'inline' | 'policy-resource' | 'managed-policy-resource' | 'raw-inline' | 'raw-managed';
export interface PolicyRecord {
    readonly document: PolicyDocument;
    /** The entity that holds the document (the role for inline/trust policies, the policy resource otherwise). */
    readonly owner: Entity;
    /** What kind of IAM policy it is, for size limits and grammar: managed policies have their own limit. */
    readonly policyType: 'trust' | 'role-inline' | 'managed' | 'aws-managed' | 'inline-resource' | 'resource' | 'raw';
    /** Roles the policy is attached to (filled by linking). */
    readonly roles: Role[];
}
export interface RolePolicy {
    readonly record: PolicyRecord;
    readonly via: PolicyAttachment;
}
export interface Role extends Entity {
    readonly kind: 'role';
    readonly trust: PolicyDocument | undefined;
    readonly policies: RolePolicy[];
    /** `ManagedPolicyArns` values (AWS managed policies are judged by their document elsewhere). */
    readonly managedPolicyArns: Array<{
        value: Resolved;
        source: SourceRef;
    }>;
    /** The role name when statically known (`RoleName`, raw `RoleName`). */
    readonly roleName: string | undefined;
    /** The ARN when statically known (raw input). */
    readonly arn: string | undefined;
}
/** A role as its dialect first reads it: its policies attach as the dialect reads them. */
export declare function newRole(entity: Entity, trust: PolicyDocument | undefined, named: Partial<Pick<Role, 'roleName' | 'arn' | 'managedPolicyArns'>>): Role;
export interface IdentityPool extends Entity {
    readonly kind: 'identity-pool';
    readonly allowUnauthenticated: Resolved;
    readonly allowUnauthenticatedSource: SourceRef;
    readonly allowClassicFlow: Resolved;
    readonly allowClassicFlowSource: SourceRef;
    /** `CognitoIdentityProviders` entries. */
    readonly cognitoProviders: Array<{
        providerName: Resolved;
        clientId: Resolved;
        serverSideTokenCheck: Resolved;
        source: SourceRef;
    }>;
    /** The pool's ID, when known: a pool read from an account (`--aws`), whose logical ID is its ID. */
    readonly poolId?: string;
    /**
     * `SupportedLoginProviders` (Google, Facebook, Apple, Amazon, Twitter): anyone can have an
     * account there, so a pool that lists one is open to the public (docs/semantics.md#exposure).
     * `value` is unknown when the map is computed; `names` are the providers written out.
     */
    readonly socialProviders: {
        readonly value: Tri;
        readonly names: readonly string[];
    };
}
type WrittenValue = {
    readonly value: Resolved;
    readonly source: SourceRef;
};
/** An identity pool from the values its dialect read, each with where it is written. */
export declare function newIdentityPool(entity: Entity, read: {
    allowUnauthenticated: WrittenValue;
    allowClassicFlow: WrittenValue;
    cognitoProviders: IdentityPool['cognitoProviders'];
    poolId: string | undefined;
    socialProviders: IdentityPool['socialProviders'];
}): IdentityPool;
export type SlotKind = 'authenticated' | 'unauthenticated' | 'rules' | 'group';
/**
 * A role attachment whose roles could not be read (`Roles: !Ref RoleMap`, a plan's `roles` known
 * only after apply): which role fills which slot of its pool, and whether there is a guest role at
 * all, is not known (docs/semantics.md#resolved-value).
 */
export interface UnreadableRoles {
    /** The pool, when the attachment's pool ID resolves to one in the model. */
    readonly pool: IdentityPool | undefined;
    /** The node that could not be read. */
    readonly source: SourceRef;
    /** The attachment resource. */
    readonly via: Entity;
}
/** A wiring of a role to an identity pool. */
export interface RoleSlot {
    readonly slot: SlotKind;
    /** The pool, when the attachment's `IdentityPoolId` resolves to one in the model. */
    readonly pool: IdentityPool | undefined;
    readonly poolValue: Resolved;
    /** The role, when the ARN resolves to one in the model. */
    readonly role: Role | undefined;
    readonly roleValue: Resolved;
    /** The node that wires them (`Roles.authenticated`, a rule's `RoleARN`, a group's `RoleArn`). */
    readonly source: SourceRef;
    /** The attachment or group resource. */
    readonly via: Entity;
}
/** One rule of a `Type: Rules` role mapping. */
export interface MappingRule {
    readonly index: number;
    readonly claim: Resolved;
    readonly claimSource: SourceRef;
    readonly matchType: Resolved;
    readonly value: Resolved;
    /** The rule object. */
    readonly source: SourceRef;
    readonly roleValue: Resolved;
    readonly roleSource: SourceRef;
    /** The role `RoleARN` names, when it is a role of the run. */
    readonly role: Role | undefined;
}
/** One entry of an `AWS::Cognito::IdentityPoolRoleAttachment` `RoleMappings` map. */
export interface RoleMapping {
    /** The attachment resource. */
    readonly attachment: Entity;
    /** The identity pool the attachment's `IdentityPoolId` refers to, when it is in the run. */
    readonly pool: IdentityPool | undefined;
    /** The attachment's `IdentityPoolId`, as resolved (names the pool when it is not in the run). */
    readonly poolValue: Resolved;
    /** The map key (the provider name when `IdentityProvider` is absent). */
    readonly key: string;
    /** The mapping object. */
    readonly source: SourceRef;
    /** `IdentityProvider`, else the key: `cognito-idp.<region>.amazonaws.com/<userPoolId>:<clientId>`, `graph.facebook.com`, … */
    readonly identityProvider: Resolved;
    readonly identityProviderSource: SourceRef;
    /** `Token` or `Rules`. */
    readonly type: Resolved;
    readonly typeSource: SourceRef;
    /** `AuthenticatedRole` or `Deny`. */
    readonly ambiguousRoleResolution: Resolved;
    readonly ambiguousRoleResolutionSource: SourceRef;
    readonly rules: readonly MappingRule[];
}
export {};
