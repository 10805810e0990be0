/**
 * Microsoft's SARIF validator (the SARIF SDK's Multitool) checks what JSON Schema cannot:
 * indexes that point into arrays, regions that run backwards, URIs, and its own advice rules.
 * It runs through npx from the npx cache (about 2 s; the first download takes a few seconds
 * more) and is skipped, saying why, where the package cannot be had. The validator exits 0
 * whatever it finds, so the test reads the SARIF log it writes instead.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Log } from 'sarif';
import { formatSarif } from '../../src/reporters/sarif.js';
import { goldenPath } from './golden.js';
import { sampleReport } from './sample-report.js';

const MULTITOOL = '@microsoft/sarif-multitool@5.7.0';

const work = mkdtempSync(join(tmpdir(), 'cognito-iam-lint-sarif-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Errors and warnings the validator reported (its notes are advice we cannot act on; see schemas/README.md). */
function problems(log: Log): string[] {
  const out: string[] = [];
  for (const run of log.runs) {
    const rules = run.tool.driver.rules ?? [];
    for (const result of run.results ?? []) {
      const rule = result.ruleIndex !== undefined ? rules[result.ruleIndex] : undefined;
      const level = result.level ?? rule?.defaultConfiguration?.level ?? 'warning';
      if (level !== 'error' && level !== 'warning') continue;
      const where = result.locations?.[0]?.physicalLocation?.region?.startLine;
      const text =
        result.message.text ?? `${result.message.id ?? ''} ${JSON.stringify(result.message.arguments ?? [])}`;
      out.push(`${level} ${result.ruleId ?? '?'} (line ${where ?? '?'}): ${text}`);
    }
  }
  return out;
}

describe('SARIF Multitool', () => {
  it('finds no error and no warning in our SARIF', (ctx) => {
    const failed = sampleReport();
    failed.notifications.push({
      level: 'error',
      kind: 'internal',
      message: 'Rule trust/missing-amr failed.',
      ruleId: 'trust/missing-amr',
    });
    const variant = join(work, 'internal-error.sarif');
    writeFileSync(variant, formatSarif(failed));
    const output = join(work, 'validation.sarif');

    const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
    try {
      execFileSync(
        npx,
        ['--yes', '--prefer-offline', MULTITOOL, 'validate', goldenPath('report.sarif'), variant, '-o', output],
        {
          stdio: 'pipe',
          timeout: 170_000,
          shell: process.platform === 'win32',
        },
      );
    } catch (error) {
      const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim().split('\n')[0];
      const reason = `${MULTITOOL} is not available here: ${stderr || String(error)}`;
      console.warn(`skipped: ${reason}`);
      ctx.skip(reason);
    }

    const log = JSON.parse(readFileSync(output, 'utf8')) as Log;
    expect(problems(log)).toEqual([]);
  }, 180_000);
});
