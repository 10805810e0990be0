/**
 * The rule registry. A rule's ID equals its path under rules/ (a meta test checks it); add a
 * new rule here, with its .md page, its test and its valid/invalid fixtures.
 */
import type { Rule } from '../src/engine/rule.js';
import inputParseError from './input/parse-error.js';
import policyDuplicateKey from './policy/duplicate-key.js';
import policyInvalid from './policy/invalid.js';
import trustAudMismatch from './trust/aud-mismatch.js';
import trustMissingAmr from './trust/missing-amr.js';
import trustMissingAud from './trust/missing-aud.js';

export const rules: readonly Rule[] = [
  inputParseError,
  policyDuplicateKey,
  policyInvalid,
  trustAudMismatch,
  trustMissingAmr,
  trustMissingAud,
].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1)) as Rule[];
