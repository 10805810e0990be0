/**
 * Issue 12, class 2: a nested cloud assembly whose `directoryName` is a link back to the assembly
 * (`ln -s . x`) names the same directory under ever longer paths. With two such artifacts the
 * assembly used to be read 2^16 times; it is read once, and each looping artifact is reported.
 */
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectEndedCleanly, runBin, sarifResults, tempDir, templateWithoutAud } from './fs-helpers.js';

describe('a nested assembly that links back to its parent', () => {
  let dir: string;
  let manifest: string;

  beforeEach(() => {
    dir = tempDir('cil-assembly-loop-');
    const out = join(dir, 'cdk.out');
    mkdirSync(out);
    writeFileSync(join(out, 'Stack.template.json'), templateWithoutAud());
    const nested = (directoryName: string) => ({
      type: 'cdk:cloud-assembly',
      properties: { directoryName, displayName: directoryName },
    });
    manifest = JSON.stringify(
      {
        version: '36.0.0',
        artifacts: {
          Stack: {
            type: 'aws:cloudformation:stack',
            environment: 'aws://unknown-account/unknown-region',
            properties: { templateFile: 'Stack.template.json' },
          },
          x: nested('x'),
          y: nested('y'),
        },
      },
      null,
      2,
    );
    writeFileSync(join(out, 'manifest.json'), manifest);
    symlinkSync('.', join(out, 'x'));
    symlinkSync('.', join(out, 'y'));
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the assembly once, reports each looping artifact, and still lints the stack', () => {
    const run = runBin(dir, ['cdk.out', '--format', 'sarif']);
    expectEndedCleanly(run);
    expect(run.status).toBe(1);
    expect(run.ms).toBeLessThan(5_000);
    // One finding for the one template: not one per path it can be reached by.
    expect(sarifResults(run.stdout).sort()).toEqual([
      'input/parse-error cdk.out/manifest.json',
      'input/parse-error cdk.out/manifest.json',
      'trust/missing-aud cdk.out/Stack.template.json',
    ]);
    for (const id of ['x', 'y']) {
      expect(run.stdout).toContain(
        `artifact \`${id}\` names assembly directory \`cdk.out/${id}\`, the same assembly as \`cdk.out\`, already read; it is not read again.`,
      );
    }
    expect(readFileSync(join(dir, 'cdk.out', 'manifest.json'), 'utf8')).toBe(manifest);
  });

  it('does the same when the assembly is reached by walking its parent directory', () => {
    const run = runBin(dir, ['.']);
    expectEndedCleanly(run);
    expect(run.status).toBe(1);
    expect(run.stdout.match(/critical {2}trust\/missing-aud/g)).toHaveLength(1);
    expect(run.stdout).toContain('already read; it is not read again.');
  });
});
