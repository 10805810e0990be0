/**
 * The rule registry: one module per area lists its rules. A rule's ID equals its path under
 * rules/ (a meta test checks it); add a new rule to its area's index.ts, with its .md page,
 * its test and its valid/invalid fixtures.
 */
import type { Rule } from '../src/rule-api.js';
export declare const rules: readonly Rule[];
