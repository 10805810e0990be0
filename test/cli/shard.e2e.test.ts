/**
 * `--shard i/n` and `merge` (issue 11, part 4), on the built binary in real processes: a CI matrix
 * lints n shares of a tree and joins their reports; the result must be the single run's, byte for
 * byte. `npm test` does not build: run `npm run build` first.
 *
 * The tree has independent templates, a cloud assembly (with a nested stack), two templates linked
 * by Export/`Fn::ImportValue` (the importer's finding is `medium` only when linted with the
 * exporter), a policy attached by name to a role of another template, one attached to a raw IAM
 * role, a config suppression used in one file and one used nowhere, a walked file that is not a
 * template (a note about the whole run) and an undeclared `--parameter` (a warning about no file).
 */
import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { expectEndedCleanly, runBin, tempDir, type ProcessRun } from '../hostile/fs-helpers.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

const INDEPENDENT = [
  'examples/flawed/app.yaml',
  'examples/fixed/app.yaml',
  'test/fixtures/conditions/guests.yaml',
  'test/fixtures/rules/apigateway/method-no-auth/invalid/orders.yaml',
  'test/fixtures/rules/input/parse-error/invalid/bad-indentation.yaml',
  'test/fixtures/rules/policy/privilege-escalation/invalid/privesc.yaml',
  'test/fixtures/rules/policy/variable-unsubstituted/invalid/no-version.yaml',
  'test/fixtures/rules/role/broad-read/invalid/not-narrowed.yaml',
  'test/fixtures/rules/s3/cors-wildcard-origin/invalid/wildcard-put.yaml',
  'test/fixtures/rules/s3/object-access-not-scoped/invalid/sub-not-alone.yaml',
];
const ASSEMBLY = 'test/fixtures/rules/identity-pool/guest-access/invalid/cross-stack/cdk.out';

const POOL_YAML = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  IdentityPool:
    Type: AWS::Cognito::IdentityPool
    Properties:
      AllowUnauthenticatedIdentities: false
Outputs:
  PoolId:
    Value: !Ref IdentityPool
    Export:
      Name: shared-pool-id
`;

/** trust/missing-amr at 9:13: medium with pool.yaml beside it (guests off), high without it (unknown pool). */
const IMPORTER_YAML = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  AuthRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal:
              Federated: cognito-identity.amazonaws.com
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals:
                cognito-identity.amazonaws.com:aud: !ImportValue shared-pool-id
  Attachment:
    Type: AWS::Cognito::IdentityPoolRoleAttachment
    Properties:
      IdentityPoolId: !ImportValue shared-pool-id
      Roles:
        authenticated: !GetAtt AuthRole.Arn
`;

const NAMED_ROLE_YAML = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Pool:
    Type: AWS::Cognito::IdentityPool
    Properties:
      AllowUnauthenticatedIdentities: true
  GuestRole:
    Type: AWS::IAM::Role
    Properties:
      RoleName: SharedGuestRole
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal:
              Federated: cognito-identity.amazonaws.com
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals:
                cognito-identity.amazonaws.com:aud: !Ref Pool
              ForAnyValue:StringLike:
                cognito-identity.amazonaws.com:amr: unauthenticated
  Attachment:
    Type: AWS::Cognito::IdentityPoolRoleAttachment
    Properties:
      IdentityPoolId: !Ref Pool
      Roles:
        unauthenticated: !GetAtt GuestRole.Arn
`;

function policyFor(role: string): string {
  return `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Uploads:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: uploads
      Roles: [${role}]
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: s3:PutObject
            Resource: arn:aws:s3:::shared-bucket/*
`;
}

/** A bare trust policy: raw IAM JSON read as role `PartnerRole` (its file's base name). */
const PARTNER_ROLE_JSON = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: 'cognito-identity.amazonaws.com' },
        Action: 'sts:AssumeRoleWithWebIdentity',
      },
    ],
  },
  null,
  2,
);

const CONFIG = JSON.stringify({
  reportUnusedSuppressions: true,
  suppressions: [
    {
      rule: 'trust/missing-aud',
      files: 'independent/app.yaml',
      resource: 'AuthenticatedRole',
      reason: 'Legacy role, replaced in Q3.',
    },
    { rule: 'trust/missing-aud', files: 'gone/**', reason: 'The folder was deleted.' },
  ],
});

/** Files that must share a shard, each list a linked group. */
const LINKED = [
  [
    'cdk.out/ProdAuth1550ED5A.template.json',
    'cdk.out/ProdData90A795AA.template.json',
    'cdk.out/ProdDataRolesNested0A1B2C3D.nested.template.json',
  ],
  ['linked/pool.yaml', 'linked/roles.yaml'],
  ['by-name/guest-role.yaml', 'by-name/guest-policy.yaml'],
  ['iam/PartnerRole.json', 'by-name/partner-policy.yaml'],
];

function tree(): string {
  const root = tempDir('cognito-iam-lint-shard-');
  roots.push(root);
  const write = (path: string, text: string): void => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  mkdirSync(join(root, 'independent'));
  // examples/flawed/app.yaml and examples/fixed/app.yaml: one name, two folders.
  for (const file of INDEPENDENT)
    copyFileSync(
      join(ROOT, file),
      join(root, 'independent', file.startsWith('examples/fixed') ? 'fixed.yaml' : file.split('/').pop()!),
    );
  cpSync(join(ROOT, ASSEMBLY), join(root, 'cdk.out'), { recursive: true });
  write('linked/pool.yaml', POOL_YAML);
  write('linked/roles.yaml', IMPORTER_YAML);
  write('by-name/guest-role.yaml', NAMED_ROLE_YAML);
  write('by-name/guest-policy.yaml', policyFor('SharedGuestRole'));
  write('by-name/partner-policy.yaml', policyFor('PartnerRole'));
  write('iam/PartnerRole.json', PARTNER_ROLE_JSON);
  write('independent/tsconfig.json', '{ "compilerOptions": { /* not ours */ } ');
  write('.cognito-iam-lint.json', CONFIG);
  return root;
}

interface Outputs {
  run: ProcessRun;
  json: string;
  sarif: string;
  baseline: string;
}

function lintTo(root: string, name: string, extra: string[]): Outputs {
  const run = runBin(root, [
    '.',
    '-p',
    'Undeclared=1',
    '-f',
    'json',
    '-o',
    `out/${name}.json`,
    '--report',
    `sarif=out/${name}.sarif`,
    ...extra,
  ]);
  const baselineRun = runBin(root, [
    '.',
    '-p',
    'Undeclared=1',
    '--write-baseline',
    `out/${name}.baseline.json`,
    ...extra,
  ]);
  expect(baselineRun.status, baselineRun.stderr).toBe(0);
  const read = (file: string) => readFileSync(join(root, 'out', file), 'utf8');
  return { run, json: read(`${name}.json`), sarif: read(`${name}.sarif`), baseline: read(`${name}.baseline.json`) };
}

function merge(root: string, files: string[], output: string): ProcessRun {
  return runBin(root, ['merge', ...files.map((f) => `out/${f}`), '-o', `out/${output}`]);
}

const filesOf = (json: string): string[] => (JSON.parse(json) as { files: string[] }).files;

describe('--shard i/n and merge', () => {
  const root = tree();
  mkdirSync(join(root, 'out'));
  const single = lintTo(root, 'single', []);

  it('the single run sees the cross-file facts the shards must keep (the importer is medium only beside its exporter)', () => {
    expect(single.run.status, single.run.stderr).toBe(1);
    const findings = (
      JSON.parse(single.json) as {
        findings: Array<{
          ruleId: string;
          file: string;
          severity: string;
          range: { start: { line: number; column: number } };
        }>;
      }
    ).findings;
    expect(
      findings
        .filter((f) => f.file === 'linked/roles.yaml')
        .map((f) => [f.ruleId, f.severity, f.range.start.line, f.range.start.column]),
    ).toEqual([['trust/missing-amr', 'medium', 9, 13]]);
    // The config suppression used in one file is not "unused"; the other one is, once.
    const notes = (JSON.parse(single.json) as { notifications: Array<{ message: string; file?: string }> })
      .notifications;
    expect(notes.filter((n) => n.message.includes('matched no finding')).map((n) => n.message)).toEqual([
      'The suppression of `trust/missing-aud` in the config file (suppressions[1], files `gone/**`) matched no finding: remove it if the problem is fixed.',
    ]);
    expect(notes.filter((n) => n.file === 'independent/tsconfig.json').length).toBe(1);
    expect(notes.filter((n) => n.message.startsWith('--parameter Undeclared')).length).toBe(1);
  });

  for (const n of [1, 2, 3]) {
    describe(`n = ${n}`, () => {
      const shards = Array.from({ length: n }, (_, i) =>
        lintTo(root, `shard-${i + 1}-of-${n}`, ['--shard', `${i + 1}/${n}`]),
      );

      it('every shard ends cleanly; the files are disjoint, their union is the input, linked groups stay together', () => {
        for (const shard of shards) {
          expect([0, 1]).toContain(shard.run.status);
          expect(shard.run.stderr).not.toMatch(/internal error|\n\s+at /);
        }
        const perShard = shards.map((s) => filesOf(s.json));
        const all = perShard.flat();
        expect(new Set(all).size).toBe(all.length);
        expect([...all].sort()).toEqual(filesOf(single.json));
        for (const group of LINKED) {
          const holders = perShard.filter((files) => group.some((file) => files.includes(file)));
          expect(holders, group.join(', ')).toHaveLength(1);
          expect(
            group.every((file) => holders[0]!.includes(file)),
            group.join(', '),
          ).toBe(true);
        }
      });

      it('merging the shards gives the single run: SARIF, JSON and baseline byte for byte', () => {
        for (const [kind, ext] of [
          ['sarif', 'sarif'],
          ['json', 'json'],
          ['baseline', 'baseline.json'],
        ] as const) {
          const merged = merge(
            root,
            shards.map((_, i) => `shard-${i + 1}-of-${n}.${ext}`),
            `merged-${n}.${ext}`,
          );
          expect(merged.status, merged.stderr).toBe(0);
          expect(merged.stderr).toBe('');
          expect(readFileSync(join(root, 'out', `merged-${n}.${ext}`), 'utf8'), kind).toBe(single[kind]);
          // In any order (a shell glob sorts `shard-10` before `shard-2`).
          const reversed = merge(
            root,
            shards.map((_, i) => `shard-${n - i}-of-${n}.${ext}`),
            `reversed-${n}.${ext}`,
          );
          expect(reversed.status, reversed.stderr).toBe(0);
          expect(readFileSync(join(root, 'out', `reversed-${n}.${ext}`), 'utf8'), kind).toBe(single[kind]);
        }
      });
    });
  }

  it('a shard with nothing to lint writes an empty report and exits 0, and still merges to the single run', () => {
    const one = tempDir('cognito-iam-lint-shard-one-');
    roots.push(one);
    copyFileSync(join(ROOT, 'examples/flawed/app.yaml'), join(one, 'app.yaml'));
    const runs = [1, 2].map((i) =>
      runBin(one, [
        'app.yaml',
        '--shard',
        `${i}/2`,
        '-f',
        'sarif',
        '-o',
        `shard-${i}.sarif`,
        '--report',
        `json=shard-${i}.json`,
      ]),
    );
    const reports = [1, 2].map(
      (i) =>
        JSON.parse(readFileSync(join(one, `shard-${i}.json`), 'utf8')) as {
          files: string[];
          summary: { filesLinted: number };
        },
    );
    const empty = reports.findIndex((r) => r.files.length === 0);
    expect(empty).not.toBe(-1);
    expect(reports[empty]!.summary.filesLinted).toBe(0);
    expect(runs[empty]!.status).toBe(0);
    expect(runs[empty]!.stderr).toBe('');
    expect(runs[1 - empty]!.status).toBe(1);
    const whole = runBin(one, ['app.yaml', '-f', 'sarif', '-o', 'single.sarif']);
    expect(whole.status).toBe(1);
    const merged = runBin(one, ['merge', 'shard-1.sarif', 'shard-2.sarif']);
    expect(merged.status, merged.stderr).toBe(0);
    expect(merged.stdout).toBe(readFileSync(join(one, 'single.sarif'), 'utf8'));
  });

  // The promise (src/engine/shard.ts): for the same n, a group whose smallest path is unchanged
  // keeps its shard, whatever else is added to the input.
  it('adding unrelated files moves no other group', () => {
    const before = [1, 2, 3].map((i) => filesOf(readFileSync(join(root, 'out', `shard-${i}-of-3.json`), 'utf8')));
    const grown = tree();
    for (let i = 0; i < 6; i++)
      copyFileSync(join(ROOT, 'examples/fixed/app.yaml'), join(grown, 'independent', `added-${i}.yaml`));
    mkdirSync(join(grown, 'out'));
    const after = [1, 2, 3].map((i) => {
      const run = runBin(grown, ['.', '--shard', `${i}/3`, '-f', 'json', '-o', `out/${i}.json`]);
      expect([0, 1]).toContain(run.status);
      return filesOf(readFileSync(join(grown, 'out', `${i}.json`), 'utf8'));
    });
    for (let i = 0; i < 3; i++) {
      expect(after[i]!.filter((file) => !file.startsWith('independent/added-'))).toEqual(before[i]);
    }
    // The added files went somewhere, once each.
    expect(
      after
        .flat()
        .filter((file) => file.startsWith('independent/added-'))
        .sort(),
    ).toEqual([0, 1, 2, 3, 4, 5].map((i) => `independent/added-${i}.yaml`));
  });

  it('a template built to make the role-ARN scan backtrack is read in linear time', () => {
    const hostile = tempDir('cognito-iam-lint-shard-hostile-');
    roots.push(hostile);
    // `${a}` can only be read one way; 200,000 of them with no `:role/` after must not take 2^n steps.
    writeFileSync(
      join(hostile, 'a.yaml'),
      `Resources:\n  R:\n    Type: AWS::IAM::Policy\n    Properties:\n      Roles: ['arn:aws:iam::${'${a}'.repeat(200_000)}x']\n`,
    );
    writeFileSync(join(hostile, 'b.yaml'), POOL_YAML);
    for (const i of [1, 2]) expectEndedCleanly(runBin(hostile, ['.', '--shard', `${i}/2`, '-f', 'json']));
  });

  describe('refusals: one line, exit 2', () => {
    const refused = (run: ProcessRun, message: string): void => {
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`cognito-iam-lint: ${message}\n`);
    };

    it('--shard out of range or not i/n', () => {
      for (const value of ['0/3', '4/3', '2', 'a/b', '1/0']) {
        refused(
          runBin(root, ['.', '--shard', value]),
          `--shard expects i/n with 1 <= i <= n <= 10000 (2/3: the second of three shares); got '${value}'.`,
        );
      }
    });

    it('reports of different kinds', () => {
      refused(
        merge(root, ['shard-1-of-2.sarif', 'shard-2-of-2.json'], 'x.sarif'),
        'out/shard-2-of-2.json is a JSON report but out/shard-1-of-2.sarif is a SARIF log: merge reports of one kind.',
      );
      refused(
        merge(root, ['shard-1-of-2.baseline.json', 'shard-2-of-2.sarif'], 'x.sarif'),
        'out/shard-2-of-2.sarif is a SARIF log but out/shard-1-of-2.baseline.json is a baseline: merge reports of one kind.',
      );
    });

    it('reports of different versions', () => {
      const text = readFileSync(join(root, 'out', 'shard-2-of-2.json'), 'utf8');
      const version = (JSON.parse(text) as { tool: { version: string } }).tool.version;
      writeFileSync(
        join(root, 'out', 'other-version.json'),
        text.replace(`"version": "${version}"`, '"version": "9.9.9"'),
      );
      refused(
        merge(root, ['shard-1-of-2.json', 'other-version.json'], 'x.json'),
        `out/other-version.json was written by cognito-iam-lint 9.9.9 but out/shard-1-of-2.json by ${version}: merge the reports of one version.`,
      );
    });

    it('one report twice, or two runs over the same files', () => {
      const run = merge(root, ['shard-1-of-2.sarif', 'shard-1-of-2.sarif'], 'x.sarif');
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(
        /^cognito-iam-lint: out\/shard-1-of-2\.sarif and out\/shard-1-of-2\.sarif both lint [^\n]+: they are not shards of one run \(or a report was given twice\)\.\n$/,
      );
      refused(
        merge(root, ['single.json', 'shard-1-of-1.json'], 'x.json'),
        'out/single.json and out/shard-1-of-1.json both lint by-name/guest-policy.yaml: they are not shards of one run (or a report was given twice).',
      );
    });

    it('hostile or foreign files', () => {
      const write = (name: string, text: string) => writeFileSync(join(root, 'out', name), text);
      write('not-json.sarif', '{"version": "2.1.0", "runs": [');
      const notJson = merge(root, ['not-json.sarif'], 'x.sarif');
      expect(notJson.status).toBe(2);
      // The parser's own words vary with the Node version.
      expect(notJson.stderr).toMatch(/^cognito-iam-lint: out\/not-json\.sarif: not valid JSON \([^\n]+\)\.\n$/);
      write('deep.json', '['.repeat(100_000) + ']'.repeat(100_000));
      refused(
        merge(root, ['deep.json'], 'x.json'),
        'out/deep.json: nested more than 100 deep: not a cognito-iam-lint report.',
      );
      write(
        'other-tool.sarif',
        JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'cfn-lint' } } }] }),
      );
      refused(
        merge(root, ['other-tool.sarif'], 'x.sarif'),
        'out/other-tool.sarif: a SARIF log, but not one run of cognito-iam-lint.',
      );
      write('package.json', '{"name": "x"}');
      refused(
        merge(root, ['package.json'], 'x.json'),
        'out/package.json: not a cognito-iam-lint SARIF log, JSON report or baseline.',
      );
      const broken = JSON.parse(readFileSync(join(root, 'out', 'shard-1-of-2.sarif'), 'utf8')) as {
        runs: Array<{ results: unknown[] }>;
      };
      broken.runs[0]!.results = [{ ruleId: 'x', locations: 'nowhere' }];
      write('broken.sarif', JSON.stringify(broken));
      refused(merge(root, ['broken.sarif'], 'x.sarif'), 'out/broken.sarif: results[0].locations must be a list.');
      refused(
        runBin(root, ['merge', 'out/shard-1-of-2.json', '-o', 'out/shard-1-of-2.json']),
        'merge: --output out/shard-1-of-2.json is one of the reports to merge: refusing to overwrite it.',
      );
      refused(
        runBin(root, ['merge']),
        'merge: name the reports to merge (cognito-iam-lint merge shard-1.sarif shard-2.sarif -o all.sarif).',
      );
      refused(runBin(root, ['merge', 'out/missing.sarif']), 'out/missing.sarif: no such file.');
    });
  });
});
