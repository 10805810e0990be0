import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { DEFERS_TO } from '../../src/analysis/granularity.js';

describe('docs/semantics.md#granularity for the role/ rules (src/analysis/granularity.ts)', () => {
  it('says which rule defers to which, as docs/semantics.md does', () => {
    expect(DEFERS_TO).toEqual({
      'role/broad-read': ['role/admin-access'],
      'role/guest-write-access': ['role/admin-access', 'role/cognito-admin-actions'],
      'role/cognito-admin-actions': ['role/admin-access'],
    });
  });

  it('names registered rules only, and no rule defers to itself or to a rule that defers to it', () => {
    const ids = new Set(rules.map((r) => r.meta.id));
    for (const [rule, parents] of Object.entries(DEFERS_TO) as Array<[keyof typeof DEFERS_TO, readonly string[]]>) {
      expect(ids.has(rule), rule).toBe(true);
      for (const parent of parents) {
        expect(ids.has(parent), parent).toBe(true);
        expect(parent).not.toBe(rule);
        expect((DEFERS_TO as Record<string, readonly string[]>)[parent] ?? [], `${parent} ⇄ ${rule}`).not.toContain(
          rule,
        );
      }
    }
  });
});
