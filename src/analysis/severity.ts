/**
 * Severity arithmetic (docs/semantics.md#scaled-severity): "scaled" rules raise their severity one step for guest and
 * public sign-up exposure and report at most `low` for group exposure; guest grants that Cognito's
 * scope-down would drop are reported one step lower.
 */
import { SEVERITIES, type Severity } from '../core/types.js';
import type { Exposure } from './exposure.js';

export function stepUp(severity: Severity): Severity {
  return SEVERITIES[Math.max(0, SEVERITIES.indexOf(severity) - 1)]!;
}

export function stepDown(severity: Severity): Severity {
  return SEVERITIES[Math.min(SEVERITIES.length - 1, SEVERITIES.indexOf(severity) + 1)]!;
}

/** The more severe of two. */
export function worst(a: Severity, b: Severity): Severity {
  return SEVERITIES.indexOf(a) <= SEVERITIES.indexOf(b) ? a : b;
}

/** The less severe of two. */
export function mildest(a: Severity, b: Severity): Severity {
  return SEVERITIES.indexOf(a) >= SEVERITIES.indexOf(b) ? a : b;
}

/** A "scaled" rule's severity for a role of this exposure (a role no user can obtain today: at most low, like a group's). */
export function scaledSeverity(base: Severity, exposure: Pick<Exposure, 'level' | 'unobtainable'>): Severity {
  if (exposure.unobtainable) return mildest(base, 'low');
  switch (exposure.level) {
    case 'guest':
    case 'public-sign-up':
      return stepUp(base);
    case 'group':
      return mildest(base, 'low');
    default:
      return base;
  }
}
