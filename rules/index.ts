/**
 * The rule registry: one module per area lists its rules. A rule's ID equals its path under
 * rules/ (a meta test checks it); add a new rule to its area's index.ts, with its .md page,
 * its test and its valid/invalid fixtures.
 */
import type { Rule } from '../src/rule-api.js';
import apigateway from './apigateway/index.js';
import identityPool from './identity-pool/index.js';
import input from './input/index.js';
import policy from './policy/index.js';
import role from './role/index.js';
import s3 from './s3/index.js';
import trust from './trust/index.js';
import userPool from './user-pool/index.js';

const areas: ReadonlyArray<readonly Rule[]> = [apigateway, identityPool, input, policy, role, s3, trust, userPool];

export const rules: readonly Rule[] = (areas.flat() as Rule[]).sort((a, b) =>
  a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0,
);
