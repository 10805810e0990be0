/**
 * The README's rule table is generated from rule metadata. This test fails when the section
 * between `<!-- rules:start -->` and `<!-- rules:end -->` differs from `ruleTableMarkdown`; run
 * it with `UPDATE_README=1` to rewrite that section instead.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { RULE_TABLE_END, RULE_TABLE_START, ruleTableMarkdown } from '../../src/docs/rule-table.js';
import { ruleMetadata } from '../../src/index.js';
import { REPO_ROOT } from './rule-docs.js';

const README = join(REPO_ROOT, 'README.md');

it('README.md rule table is generated from the rule metadata', () => {
  const text = readFileSync(README, 'utf8');
  const start = text.indexOf(RULE_TABLE_START);
  const end = text.indexOf(RULE_TABLE_END);
  expect(start, `README.md has no ${RULE_TABLE_START} marker`).toBeGreaterThanOrEqual(0);
  expect(end, `README.md has no ${RULE_TABLE_END} marker after ${RULE_TABLE_START}`).toBeGreaterThan(start);

  const expected = '\n' + ruleTableMarkdown(rules.map(ruleMetadata));
  const actual = text.slice(start + RULE_TABLE_START.length, end);
  if (process.env.UPDATE_README === '1') {
    if (actual !== expected)
      writeFileSync(README, text.slice(0, start + RULE_TABLE_START.length) + expected + text.slice(end));
    return;
  }
  expect(
    actual,
    'the rule table in README.md is out of date: run `UPDATE_README=1 npx vitest run test/meta/readme.test.ts`',
  ).toBe(expected);
});
