import {
  defineRule,
  trustAdmitsPool,
  trustAmrAdmission,
  truthOf,
  type IdentityPool,
  type RoleSlot,
  type Severity,
} from '../../src/rule-api.js';

export default defineRule({
  meta: {
    id: 'trust/amr-role-mismatch',
    description: "An identity-pool role's amr condition must match the slot it is attached to",
    severity: 'high',
    // By the signed-in slot the role fills (the authenticated role, a role-mapping rule's, a group's): no placeholder carries words.
    messages: {
      bothSlots:
        'Guests of identity pool {{pool}} receive role {{role}}, which is also its authenticated role, and its `amr` condition admits guest tokens: every visitor gets the signed-in permissions.',
      signedInAdmitsGuestsClassicFlow:
        'Role {{role}} is the authenticated role of identity pool {{pool}}, but its `amr` condition admits guest tokens (`unauthenticated`): a guest who picks the role through the basic (classic) flow gets signed-in permissions.',
      signedInAdmitsGuestsClassicFlowRules:
        'Role {{role}} is the role chosen by a role-mapping rule of identity pool {{pool}}, but its `amr` condition admits guest tokens (`unauthenticated`): a guest who picks the role through the basic (classic) flow gets signed-in permissions.',
      signedInAdmitsGuestsClassicFlowGroup:
        'Role {{role}} is the role of user pool group {{group}} of identity pool {{pool}}, but its `amr` condition admits guest tokens (`unauthenticated`): a guest who picks the role through the basic (classic) flow gets signed-in permissions.',
      signedInAdmitsGuests:
        'Role {{role}} is the authenticated role of identity pool {{pool}}, but its `amr` condition admits guest tokens (`unauthenticated`): only `AllowClassicFlow: false` keeps guests from picking it and getting signed-in permissions.',
      signedInAdmitsGuestsRules:
        'Role {{role}} is the role chosen by a role-mapping rule of identity pool {{pool}}, but its `amr` condition admits guest tokens (`unauthenticated`): only `AllowClassicFlow: false` keeps guests from picking it and getting signed-in permissions.',
      signedInAdmitsGuestsGroup:
        'Role {{role}} is the role of user pool group {{group}} of identity pool {{pool}}, but its `amr` condition admits guest tokens (`unauthenticated`): only `AllowClassicFlow: false` keeps guests from picking it and getting signed-in permissions.',
      guestSlotBroken:
        'Role {{role}} is the unauthenticated (guest) role of identity pool {{pool}}, but its `amr` condition admits only signed-in tokens, so guests can never assume it and guest sign-in fails.',
      signedInSlotBroken:
        'Role {{role}} is the authenticated role of identity pool {{pool}}, but its `amr` condition admits only guest tokens, so signed-in users can never assume it.',
      signedInSlotBrokenRules:
        'Role {{role}} is the role chosen by a role-mapping rule of identity pool {{pool}}, but its `amr` condition admits only guest tokens, so signed-in users can never assume it.',
      signedInSlotBrokenGroup:
        'Role {{role}} is the role of user pool group {{group}} of identity pool {{pool}}, but its `amr` condition admits only guest tokens, so signed-in users can never assume it.',
      // The broken cases when the amr condition admits no token at all, guest or signed-in.
      guestSlotNoToken:
        'Role {{role}} is the unauthenticated (guest) role of identity pool {{pool}}, but its `amr` condition admits no token, guest or signed-in, so guests can never assume it and guest sign-in fails.',
      signedInSlotNoToken:
        'Role {{role}} is the authenticated role of identity pool {{pool}}, but its `amr` condition admits no token, guest or signed-in, so signed-in users can never assume it.',
      signedInSlotNoTokenRules:
        'Role {{role}} is the role chosen by a role-mapping rule of identity pool {{pool}}, but its `amr` condition admits no token, guest or signed-in, so signed-in users can never assume it.',
      signedInSlotNoTokenGroup:
        'Role {{role}} is the role of user pool group {{group}} of identity pool {{pool}}, but its `amr` condition admits no token, guest or signed-in, so signed-in users can never assume it.',
    },
    // A second problem of the same role and pool, told after the first one's message.
    notes: {
      guestSlotBroken: 'Also, as the guest role it admits only signed-in tokens.',
      signedInSlotBroken: 'Also, as the authenticated role it admits only guest tokens.',
      signedInSlotBrokenRules: 'Also, as the role chosen by a role-mapping rule it admits only guest tokens.',
      signedInSlotBrokenGroup: 'Also, as the role of user pool group {{group}} it admits only guest tokens.',
      signedInSlotNoToken: 'Also, as the authenticated role it admits no token.',
      signedInSlotNoTokenRules: 'Also, as the role chosen by a role-mapping rule it admits no token.',
      signedInSlotNoTokenGroup: 'Also, as the role of user pool group {{group}} it admits no token.',
    },
    fix: 'Give each slot its own role: `amr` = `authenticated` (or a provider name) for the authenticated role and mapped roles, `unauthenticated` for the guest role.',
    fixIn: {
      terraform:
        "Give each key of the roles attachment's `roles` map (and each `mapping_rule`) its own `aws_iam_role`: `amr` = `authenticated` in the trust of the authenticated and mapped roles, `unauthenticated` in the guest role's.",
    },
    references: [
      'https://docs.aws.amazon.com/cognito/latest/developerguide/role-trust-and-permissions.html',
      'https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html',
      'https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flow.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#condition-keys-wif',
    ],
    defersTo: ['trust/missing-amr', 'trust/aud-mismatch'],
    tags: ['trust', 'cognito'],
  },
  check(context) {
    const { model } = context;
    for (const role of model.identityPoolRoles()) {
      const amr = trustAmrAdmission(role.trust);
      if (!amr.tested) continue; // no amr at all: trust/missing-amr
      const firstEntry = amr.entries[0]!;
      const byPool = new Map<IdentityPool, RoleSlot[]>();
      for (const slot of model.slotsOfRole(role)) {
        if (!slot.pool) continue;
        byPool.set(slot.pool, [...(byPool.get(slot.pool) ?? []), slot]);
      }
      for (const [pool, slots] of byPool) {
        if (trustAdmitsPool(model, role, pool) === false) continue; // trust/aud-mismatch
        const kinds = new Set(slots.map((s) => s.slot));
        const guestSlot = kinds.has('unauthenticated');
        const signedInSlots = slots.filter((s) => s.slot !== 'unauthenticated');
        const found: Array<{
          messageId: 'bothSlots' | 'signedInAdmitsGuests' | 'guestSlotBroken' | 'signedInSlotBroken';
          severity: Severity;
          slot?: RoleSlot;
        }> = [];
        const poolGuests = truthOf(pool.allowUnauthenticated);
        const guestsPossible = poolGuests !== false;
        // Both slots matter only when the role really serves both: a guest-only trust in the
        // authenticated slot is a broken authenticated role (below), not a leak.
        if (guestSlot && kinds.has('authenticated') && amr.guests === true && amr.signedIn === true && guestsPossible) {
          found.push({ messageId: 'bothSlots', severity: 'high' });
        } else if (signedInSlots.length > 0 && amr.guests === true && amr.signedIn === true) {
          const slot = signedInSlots[0]!;
          found.push({ messageId: 'signedInAdmitsGuests', severity: 'high', slot });
        }
        if (guestSlot && amr.guests === false && poolGuests !== false) {
          found.push({ messageId: 'guestSlotBroken', severity: 'low' });
        }
        if (signedInSlots.length > 0 && amr.signedIn === false) {
          const slot = signedInSlots[0]!;
          found.push({ messageId: 'signedInSlotBroken', severity: 'low', slot });
        }
        // A check whose side of the amr is not known (a parameter, a single-valued operator on a
        // signed-in token) is not decided: recorded, never guessed.
        const open =
          (guestSlot && amr.guests === 'unknown') ||
          (signedInSlots.length > 0 && (amr.guests === 'unknown' || amr.signedIn === 'unknown'));
        if (open) {
          context.unresolved(
            `Role ${role.name}: its amr condition could not be fully evaluated, so it was not completely compared with its slots in identity pool ${pool.name}.`,
            firstEntry.source,
          );
        }
        if (found.length === 0) continue;
        const [first, ...rest] = found;
        const names = { role: `\`${role.name}\``, pool: `\`${pool.name}\`` };
        // `ForAllValues:StringLike amr: authenticated` admits neither a guest token nor a signed-in one
        // (which also carries its provider's name): "only guest tokens" would be false.
        const noToken = amr.guests === false && amr.signedIn === false;
        const notes = rest.map((r) =>
          r.messageId === 'signedInSlotBroken' ? brokenNote(r.slot, noToken) : brokenGuestNote,
        );
        const classicFlowOff = truthOf(pool.allowClassicFlow) === false;
        context.report({
          ...(first!.messageId === 'signedInAdmitsGuests'
            ? admitsGuestsMessage(first!.slot, classicFlowOff, names)
            : first!.messageId === 'signedInSlotBroken'
              ? brokenMessage(first!.slot, names, noToken)
              : first!.messageId === 'guestSlotBroken' && noToken
                ? { messageId: 'guestSlotNoToken' as const, data: names }
                : { messageId: first!.messageId, data: names }),
          notes,
          at: firstEntry.source,
          resource: role.resource,
          severity: found.some((f) => f.severity === 'high') ? 'high' : 'low',
          key: pool.name,
        });
      }
    }
  },
});

type Names = { role: string; pool: string };

/** The signed-in slot a role fills, as the suffix of its message and note IDs, with the group's name for a group's role. */
function slotOf(slot: RoleSlot | undefined): { kind: '' } | { kind: 'Rules' } | { kind: 'Group'; group: string } {
  if (slot?.slot === 'rules') return { kind: 'Rules' };
  if (slot?.slot === 'group') return { kind: 'Group', group: `\`${slot.via.name}\`` };
  return { kind: '' };
}

function admitsGuestsMessage(slot: RoleSlot | undefined, classicFlowOff: boolean, names: Names) {
  const filled = slotOf(slot);
  if (filled.kind === 'Group')
    return {
      messageId: classicFlowOff
        ? ('signedInAdmitsGuestsGroup' as const)
        : ('signedInAdmitsGuestsClassicFlowGroup' as const),
      data: { ...names, group: filled.group },
    };
  if (filled.kind === 'Rules')
    return {
      messageId: classicFlowOff
        ? ('signedInAdmitsGuestsRules' as const)
        : ('signedInAdmitsGuestsClassicFlowRules' as const),
      data: names,
    };
  return {
    messageId: classicFlowOff ? ('signedInAdmitsGuests' as const) : ('signedInAdmitsGuestsClassicFlow' as const),
    data: names,
  };
}

function brokenMessage(slot: RoleSlot | undefined, names: Names, noToken: boolean) {
  const filled = slotOf(slot);
  if (filled.kind === 'Group')
    return {
      messageId: noToken ? ('signedInSlotNoTokenGroup' as const) : ('signedInSlotBrokenGroup' as const),
      data: { ...names, group: filled.group },
    };
  return {
    messageId: noToken ? (`signedInSlotNoToken${filled.kind}` as const) : (`signedInSlotBroken${filled.kind}` as const),
    data: names,
  };
}

const brokenGuestNote = { id: 'guestSlotBroken' as const };

function brokenNote(slot: RoleSlot | undefined, noToken: boolean) {
  const filled = slotOf(slot);
  if (filled.kind === 'Group')
    return {
      id: noToken ? ('signedInSlotNoTokenGroup' as const) : ('signedInSlotBrokenGroup' as const),
      data: { group: filled.group },
    };
  return {
    id: noToken ? (`signedInSlotNoToken${filled.kind}` as const) : (`signedInSlotBroken${filled.kind}` as const),
  };
}
