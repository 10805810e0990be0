/**
 * Severity arithmetic (docs/semantics.md#scaled-severity): "scaled" rules raise their severity one step for guest and
 * public sign-up exposure and report at most `low` for group exposure; guest grants that Cognito's
 * scope-down would drop are reported one step lower.
 */
import { type Severity } from '../core/types.js';
import type { Exposure } from './exposure.js';
export declare function stepUp(severity: Severity): Severity;
export declare function stepDown(severity: Severity): Severity;
/** The more severe of two. */
export declare function worst(a: Severity, b: Severity): Severity;
/** The less severe of two. */
export declare function mildest(a: Severity, b: Severity): Severity;
/** A "scaled" rule's severity for a role of this exposure (a role no user can obtain today: at most low, like a group's). */
export declare function scaledSeverity(base: Severity, exposure: Pick<Exposure, 'level' | 'unobtainable'>): Severity;
