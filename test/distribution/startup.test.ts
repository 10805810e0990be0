/**
 * What makes a run start fast, checked on the shipped bundle (the timings themselves are the
 * benchmark's, never a test's): nothing compiles schemas at run time, the AWS data is read only
 * for what the input names, and an offline run loads no network module.
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CRITICAL_YAML } from '../cli/templates.js';

const ROOT = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'cil-startup-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Loads {
  files: string[];
  builtins: string[];
}

/**
 * Run the command on one template, stdout to a file (a pipe would load `net` for the socket). The
 * child runs without blocking the test worker (test/distribution/run-async.ts says why).
 */
async function recordRun(
  name: string,
  template: string,
  args: string[] = [],
): Promise<Loads & { status: number | null; stdout: string }> {
  const file = join(work, `${name}.yaml`);
  writeFileSync(file, template);
  const record = join(work, `${name}.loads.json`);
  const outFile = join(work, `${name}.out`);
  const out = openSync(outFile, 'w');
  try {
    const child = spawn(
      process.execPath,
      [
        '--import',
        join(import.meta.dirname, 'fixtures', 'record-loads.mjs'),
        join(ROOT, 'bin', 'cognito-iam-lint.js'),
        ...args,
        file,
      ],
      {
        cwd: work,
        stdio: ['ignore', out, out],
        env: { ...process.env, RECORD_LOADS: record, NO_COLOR: '1' },
        timeout: 60_000,
      },
    );
    const status = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', resolve);
    });
    const loads = JSON.parse(readFileSync(record, 'utf8')) as Loads;
    return { ...loads, status, stdout: readFileSync(outFile, 'utf8') };
  } finally {
    closeSync(out);
  }
}

const dataFiles = (loads: Loads) =>
  loads.files
    .filter((f) => f.startsWith(join(ROOT, 'dist', 'data')))
    .map((f) => f.slice(join(ROOT, 'dist', 'data').length + 1))
    .sort();

/** CRITICAL_YAML with an AWS managed policy and a policy of its own attached to the identity-pool role. */
const WITH_MANAGED_POLICY = CRITICAL_YAML.replace(
  '  Attachment:\n',
  "  AuthRoleS3:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      Roles: [!Ref AuthRole]\n      PolicyDocument:\n        Version: '2012-10-17'\n        Statement:\n          - Effect: Allow\n            Action: s3:GetObject\n            Resource: arn:aws:s3:::media/${cognito-identity.amazonaws.com:sub}/*\n  Attachment:\n",
).replace(
  '      AssumeRolePolicyDocument:',
  '      ManagedPolicyArns:\n        - arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess\n      AssumeRolePolicyDocument:',
);

describe('start-up: only what the run needs', () => {
  it('a template that attaches no AWS managed policy reads none of their data, and only the services it names', async () => {
    const run = await recordRun('plain', CRITICAL_YAML);
    expect(run.stdout).toMatch(/14:13\s+critical\s+trust\/missing-aud/);
    expect(run.status).toBe(1);
    const data = dataFiles(run);
    expect(data.filter((f) => f.startsWith('managed-policies/'))).toEqual([]);
    // The trust policy names sts:AssumeRoleWithWebIdentity: the catalogue and that one service.
    expect(data.filter((f) => f.startsWith('iam/services/'))).toEqual(['iam/services/sts.json']);
  });

  it('a role that attaches one reads the index and then only the documents attached', async () => {
    const run = await recordRun('managed', WITH_MANAGED_POLICY);
    expect(run.stdout).toMatch(/critical\s+trust\/missing-aud/);
    const data = dataFiles(run);
    expect(data).toContain('managed-policies/index.json');
    // One read (an open) of the documents file per document attached.
    expect(data.filter((f) => f === 'managed-policies/documents.jsonl')).toEqual(['managed-policies/documents.jsonl']);
    // AmazonS3ReadOnlyAccess grants s3:Get* and s3-object-lambda:Get*; the role's own policy s3:GetObject.
    expect(data.filter((f) => f.startsWith('iam/services/'))).toEqual([
      'iam/services/s3-object-lambda.json',
      'iam/services/s3.json',
      'iam/services/sts.json',
    ]);
  });

  it('a grant of every action reads the one file of every action, not each service’s', async () => {
    // A lone policy allowing `*` under `s3:prefix`: every action is asked whether it carries the
    // key (only S3's listing actions do, so nothing is left of the wildcard: no finding), from the
    // build's file of every action (dist/data/iam/actions.json), not from 456 service files.
    const everything = `Resources:
  Everything:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: '*'
            Resource: '*'
            Condition:
              StringEquals:
                s3:prefix: home/
`;
    const run = await recordRun('everything', everything);
    expect(run.stdout).toBe('✔ No problems in 1 file.\n');
    const data = dataFiles(run);
    expect(data).toContain('iam/actions.json');
    // The key's own service is read once, to know that `s3:prefix` is a key of S3 at all.
    expect(data.filter((f) => f.startsWith('iam/services/'))).toEqual(['iam/services/s3.json']);
  });

  it('an offline run loads no network module', async () => {
    const run = await recordRun('offline', CRITICAL_YAML);
    const network = run.builtins.filter((m) =>
      /^NativeModule (net|http|https|http2|tls|dns|dgram|_http_\w+|_tls_\w+)$/.test(m),
    );
    expect(network).toEqual([]);
    // The recording works: the file system module is in the list.
    expect(run.builtins).toContain('NativeModule fs');
  });

  it('a run on one file loads neither worker threads, the core count nor crypto', async () => {
    const loaded = (run: Loads, name: string) => run.builtins.includes(`NativeModule ${name}`);
    // No finding: nothing to fingerprint, so no crypto (nor the ~20 internal modules it brings).
    const clean = await recordRun('clean', 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n');
    expect(clean.stdout).toBe('✔ No problems in 1 file.\n');
    expect(clean.status).toBe(0);
    for (const name of ['crypto', 'worker_threads', 'os', 'diagnostics_channel'])
      expect(loaded(clean, name), name).toBe(false);
    // A finding is fingerprinted (SHA-256): crypto then, and still no workers nor the core count.
    const flawed = await recordRun('flawed', CRITICAL_YAML, ['--format', 'json']);
    expect(JSON.parse(flawed.stdout).findings[0].fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(loaded(flawed, 'crypto')).toBe(true);
    for (const name of ['worker_threads', 'os']) expect(loaded(flawed, name), name).toBe(false);
    // The recording sees workers when a run does use them:
    // --jobs 2 on a folder of files starts workers.
    const folder = join(work, 'folder');
    mkdirSync(folder);
    for (const name of ['a.yaml', 'b.yaml']) writeFileSync(join(folder, name), CRITICAL_YAML);
    const jobs = await recordRun('jobs', CRITICAL_YAML, ['--jobs', '2', folder]);
    expect(jobs.stdout).toMatch(/critical\s+trust\/missing-aud/);
    expect(loaded(jobs, 'worker_threads')).toBe(true);
  });

  it('the bundle carries no schema compiler: Ajv is used at build time only', () => {
    const js = readdirSync(join(ROOT, 'dist'), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.js'));
    expect(js.length).toBeGreaterThan(1);
    // The bundle keeps no comments naming its sources (build/build.mjs): look for Ajv's own text,
    // an error message of its schema compiler, as well as for its path.
    const AJV_COMPILER = 'schema with key or id';
    expect(readFileSync(join(ROOT, 'node_modules', 'ajv', 'dist', 'core.js'), 'utf8')).toContain(AJV_COMPILER);
    for (const f of js) {
      const text = readFileSync(join(ROOT, 'dist', f), 'utf8');
      expect(text, f).not.toMatch(/node_modules\/ajv\//);
      expect(text, f).not.toContain(AJV_COMPILER);
    }
    expect(readFileSync(join(ROOT, 'dist', 'THIRD-PARTY-LICENSES.txt'), 'utf8')).not.toMatch(/^ajv@/m);
  });
});
