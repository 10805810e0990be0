import { describe, expect, it } from 'vitest';
import { type LoadOptions, loadInputs } from '../../src/inputs/load.js';
import { memoryFileSystem } from '../../src/inputs/memory-fs.js';
import type { FileSystem, LoadedInputs } from '../../src/inputs/types.js';
import { json, withFaults } from './helpers.js';

const CWD = '/proj';

function load(fs: FileSystem, paths: string[], options: Partial<LoadOptions> = {}): LoadedInputs {
  return loadInputs(paths, { fs, cwd: CWD, ...options });
}

const files = (inputs: LoadedInputs) => inputs.documents.map((d) => d.file);
const templateFiles = (inputs: LoadedInputs) => inputs.dialects.cloudformation.map((t) => t.doc.file);

const TEMPLATE_YAML =
  'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Pool:\n    Type: AWS::Cognito::IdentityPool\n';
const TEMPLATE_JSON = json({ Resources: { Role: { Type: 'AWS::IAM::Role' } } });
const POLICY = json({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] });
const FRAGMENT = 'Pool:\n  Type: AWS::Cognito::IdentityPool\n';

/** A minimal cloud assembly with one stack and one nested stack. */
function assembly(dir: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    [`${dir}/manifest.json`]: json({
      version: '55.0.0',
      artifacts: {
        App: {
          type: 'aws:cloudformation:stack',
          environment: 'aws://1/eu-west-1',
          properties: { templateFile: 'App.template.json' },
        },
        Tree: { type: 'cdk:tree', properties: { file: 'tree.json' } },
      },
    }),
    [`${dir}/App.template.json`]: json({
      Parameters: { Env: { Type: 'String' } },
      Resources: {
        Nested: {
          Type: 'AWS::CloudFormation::Stack',
          Metadata: { 'aws:asset:path': 'AppNested1.nested.template.json' },
        },
      },
    }),
    [`${dir}/AppNested1.nested.template.json`]: json({ Parameters: { Env: { Type: 'String' } }, Resources: {} }),
    [`${dir}/App.assets.json`]: json({ version: '55.0.0', files: {} }),
    [`${dir}/tree.json`]: json({ version: 'tree-0.1', tree: {} }),
    [`${dir}/cdk.out`]: '{"version":"55.0.0"}',
    ...extra,
  };
}

describe('loadInputs: directory walk', () => {
  const fs = memoryFileSystem({
    '/proj/infra/template.yaml': TEMPLATE_YAML,
    '/proj/infra/b.template': TEMPLATE_JSON,
    '/proj/infra/fragment.yml': FRAGMENT,
    '/proj/infra/stack.cfn': TEMPLATE_YAML,
    '/proj/policies/read.json': POLICY,
    '/proj/package.json': json({ name: 'app', version: '1.0.0' }),
    '/proj/README.md': '# not linted',
    '/proj/notes.txt': 'Resources: {}',
    '/proj/node_modules/dep/template.yaml': TEMPLATE_YAML,
    '/proj/.git/config.yaml': TEMPLATE_YAML,
    '/proj/.github/workflows/ci.yml': TEMPLATE_YAML,
    '/proj/cdk.out/asset.1234/template.json': TEMPLATE_JSON,
    '/proj/web/asset.abc/t.json': TEMPLATE_JSON,
  });

  it('reads templates, fragments and IAM documents, sorted, with cwd-relative paths, and skips the rest silently', () => {
    const inputs = load(fs, ['.']);
    expect(templateFiles(inputs)).toEqual([
      'infra/b.template',
      'infra/fragment.yml',
      'infra/stack.cfn',
      'infra/template.yaml',
    ]);
    expect(inputs.dialects.cloudformation.map((t) => [t.stackKey, t.stackName, t.resourcesPointer])).toEqual([
      ['infra/b.template', 'infra/b.template', '/Resources'],
      ['infra/fragment.yml', 'infra/fragment.yml', ''],
      ['infra/stack.cfn', 'infra/stack.cfn', '/Resources'],
      ['infra/template.yaml', 'infra/template.yaml', '/Resources'],
    ]);
    expect(inputs.dialects.cloudformation[0]?.doc.format).toBe('json');
    expect(inputs.dialects.cloudformation[2]?.doc.format).toBe('yaml');
    expect(inputs.dialects['iam-json'].map((d) => d.file)).toEqual(['policies/read.json']);
    expect(files(inputs)).toEqual([...templateFiles(inputs), 'policies/read.json']);
    expect(inputs.skipped).toEqual([]);
    expect(inputs.problems).toEqual([]);
  });

  it('gives paths outside the working directory with ../', () => {
    const inputs = loadInputs(['../infra'], { fs, cwd: '/proj/policies' });
    expect(templateFiles(inputs)).toEqual([
      '../infra/b.template',
      '../infra/fragment.yml',
      '../infra/stack.cfn',
      '../infra/template.yaml',
    ]);
  });

  it('walks a hidden directory or node_modules only when it is named', () => {
    expect(templateFiles(load(fs, ['.github']))).toEqual(['.github/workflows/ci.yml']);
    expect(templateFiles(load(fs, ['node_modules/dep']))).toEqual(['node_modules/dep/template.yaml']);
  });

  it('reads each file once, whether named twice or named and walked', () => {
    const inputs = load(fs, ['infra/template.yaml', 'infra', './infra/template.yaml', '/proj/infra/template.yaml']);
    expect(templateFiles(inputs)).toEqual([
      'infra/template.yaml',
      'infra/b.template',
      'infra/fragment.yml',
      'infra/stack.cfn',
    ]);
  });

  it('keeps unparseable files that look like templates as documents with their syntax errors, and classifies them no further', () => {
    // Broken, but with `Resources` and a `Type: AWS::…` in the text (see looksLikeLintInput).
    const broken = memoryFileSystem({
      '/proj/broken.json': '{ "Resources": { "Role": { "Type": "AWS::IAM::Role", ',
      '/proj/broken.yaml': 'Resources:\n  - Type: AWS::IAM::Role\n b: [',
    });
    const inputs = load(broken, ['.']);
    expect(files(inputs)).toEqual(['broken.json', 'broken.yaml']);
    expect(inputs.documents.every((d) => d.syntaxErrors.length > 0)).toBe(true);
    expect(inputs.dialects.cloudformation).toEqual([]);
  });
});

describe('loadInputs: explicit paths', () => {
  const fs = memoryFileSystem({
    '/proj/template.yaml': TEMPLATE_YAML,
    '/proj/README.md': '# Title\n\nSome *markdown* text: with a colon.\n- and: [a list',
    '/proj/notes.txt': 'just words',
    '/proj/package.json': json({ name: 'app' }),
    '/proj/policy.txt': POLICY,
    '/proj/broken.yaml': 'a: [',
  });

  it('reports what it cannot lint, and missing paths as no such file or directory', () => {
    const inputs = load(fs, [
      'README.md',
      'notes.txt',
      'package.json',
      'missing.yaml',
      '../elsewhere',
      'policy.txt',
      'broken.yaml',
    ]);
    expect(inputs.skipped).toEqual([
      { file: 'missing.yaml', reason: 'no such file or directory', missing: true },
      { file: '../elsewhere', reason: 'no such file or directory', missing: true },
      { file: 'README.md', reason: expect.stringMatching(/^not a (JSON or YAML document|CloudFormation template)/) },
      { file: 'notes.txt', reason: expect.stringMatching(/^not a /) },
      {
        file: 'package.json',
        reason: 'not a CloudFormation template, Resources fragment, IAM policy document or cloud assembly manifest',
      },
    ]);
    // Any name works for a file named explicitly, when its content is ours.
    expect(inputs.dialects['iam-json'].map((d) => d.file)).toEqual(['policy.txt']);
    // A broken file with a lintable name is a finding, not a skip.
    expect(files(inputs)).toEqual(['policy.txt', 'broken.yaml']);
  });

  it('never throws on unreadable, binary or huge files', () => {
    const binary = `{"Resources":{}}\u0000\u0001\u0002`;
    const faulty = withFaults(
      memoryFileSystem({
        '/proj/dir/locked.yaml': TEMPLATE_YAML,
        '/proj/dir/image.json': binary,
        '/proj/dir/huge.json': TEMPLATE_JSON,
        '/proj/dir/ok.yaml': TEMPLATE_YAML,
      }),
      { unreadable: ['/proj/dir/locked.yaml'], sizes: { '/proj/dir/huge.json': 60 * 1024 * 1024 } },
    );
    const walked = load(faulty, ['dir']);
    expect(templateFiles(walked)).toEqual(['dir/ok.yaml']);
    expect(walked.skipped).toEqual([
      { file: 'dir/huge.json', reason: 'larger than 50 MB (62914560 bytes)', lost: true },
      { file: 'dir/locked.yaml', reason: 'permission denied', lost: true },
    ]);
    const named = load(faulty, ['dir/image.json', 'dir/locked.yaml']);
    expect(named.skipped).toEqual([
      { file: 'dir/image.json', reason: 'binary file' },
      { file: 'dir/locked.yaml', reason: 'permission denied', lost: true },
    ]);
  });

  it('skips what a directory listing or stat refuses instead of throwing', () => {
    const base = memoryFileSystem({ '/proj/a/t.yaml': TEMPLATE_YAML, '/proj/b/t.yaml': TEMPLATE_YAML });
    const denied = Object.assign(new Error('EACCES'), { code: 'EACCES' });
    const faulty: FileSystem = {
      readFile: (p) => base.readFile(p),
      readBytes: (p, max) => base.readBytes(p, max),
      realpath: (p) => base.realpath(p),
      readdir: (p) => {
        if (p === '/proj/a') throw denied;
        return base.readdir(p);
      },
      stat: (p) => {
        if (p === '/proj/c') throw denied;
        return base.stat(p);
      },
    };
    const inputs = load(faulty, ['.', 'c']);
    expect(templateFiles(inputs)).toEqual(['b/t.yaml']);
    expect(inputs.skipped).toEqual([
      { file: 'a', reason: 'permission denied', lost: true },
      { file: 'c', reason: 'permission denied', lost: true },
    ]);
  });
});

describe('loadInputs: include and exclude', () => {
  const fs = memoryFileSystem({
    '/proj/infra/auth.yaml': TEMPLATE_YAML,
    '/proj/infra/data.yaml': TEMPLATE_YAML,
    '/proj/infra/legacy/old.yaml': TEMPLATE_YAML,
    '/proj/policies/p.json': POLICY,
    ...assembly('/proj/cdk.out'),
  });

  it('matches globs against cwd-relative paths; exclude wins', () => {
    const inputs = load(fs, ['.'], { include: ['infra/**'], exclude: ['**/data.yaml'] });
    expect(files(inputs)).toEqual(['infra/auth.yaml', 'infra/legacy/old.yaml']);
  });

  it('excludes a directory by its name, as .gitignore does', () => {
    expect(files(load(fs, ['.'], { exclude: ['infra/legacy', 'cdk.out'] }))).toEqual([
      'infra/auth.yaml',
      'infra/data.yaml',
      'policies/p.json',
    ]);
  });

  it('matches dot files and directories', () => {
    const dotted = memoryFileSystem({ '/proj/.config/t.yaml': TEMPLATE_YAML });
    expect(files(load(dotted, ['.config'], { include: ['**/*.yaml'] }))).toEqual(['.config/t.yaml']);
  });

  it('filters the templates of a cloud assembly one by one, but an excluded manifest drops the assembly', () => {
    expect(templateFiles(load(fs, ['.'], { include: ['**/*.nested.template.json'] }))).toEqual([
      'cdk.out/AppNested1.nested.template.json',
    ]);
    expect(templateFiles(load(fs, ['cdk.out'], { exclude: ['cdk.out/manifest.json'] }))).toEqual([]);
  });

  it('says why a named file was filtered out', () => {
    const inputs = load(fs, ['infra/auth.yaml', 'policies/p.json'], {
      include: ['infra/**'],
      exclude: ['**/auth.yaml'],
    });
    expect(inputs.documents).toEqual([]);
    expect(inputs.skipped).toEqual([
      { file: 'infra/auth.yaml', reason: 'excluded by an --exclude pattern' },
      { file: 'policies/p.json', reason: 'not matched by any --include pattern' },
    ]);
  });
});

describe('loadInputs: cloud assemblies', () => {
  const fs = memoryFileSystem({
    '/proj/template.yaml': TEMPLATE_YAML,
    ...assembly('/proj/cdk.out', {
      '/proj/cdk.out/manifest.json': json({
        version: '55.0.0',
        artifacts: {
          App: {
            type: 'aws:cloudformation:stack',
            environment: 'aws://1/eu-west-1',
            properties: { templateFile: 'App.template.json' },
          },
          'assembly-Prod': { type: 'cdk:cloud-assembly', properties: { directoryName: 'assembly-Prod' } },
        },
      }),
    }),
    ...assembly('/proj/cdk.out/assembly-Prod'),
  });
  const expected = [
    'cdk.out/App.template.json',
    'cdk.out/AppNested1.nested.template.json',
    'cdk.out/assembly-Prod/App.template.json',
    'cdk.out/assembly-Prod/AppNested1.nested.template.json',
  ];

  it('reads a directory holding manifest.json only as an assembly', () => {
    const inputs = load(fs, ['.']);
    expect(files(inputs)).toEqual([...expected, 'template.yaml']);
    expect(inputs.dialects.cloudformation.map((t) => t.stackKey)).toEqual([
      'cdk.out/App',
      'cdk.out/App/Nested',
      'cdk.out/assembly-Prod/App',
      'cdk.out/assembly-Prod/App/Nested',
      'template.yaml',
    ]);
  });

  it('reads the same assembly once however it is named', () => {
    for (const paths of [
      ['cdk.out'],
      ['cdk.out/manifest.json'],
      ['cdk.out', 'cdk.out/manifest.json', 'cdk.out/'],
      ['cdk.out/assembly-Prod', 'cdk.out'],
      ['cdk.out', 'cdk.out/assembly-Prod'],
      ['cdk.out/App.template.json', 'cdk.out/tree.json', 'cdk.out'],
      ['cdk.out', 'cdk.out/assembly-Prod/App.template.json', 'cdk.out/assembly-Prod/cdk.out'],
    ]) {
      const inputs = load(fs, paths);
      expect(files(inputs), paths.join(' ')).toEqual(expected);
      expect(inputs.skipped, paths.join(' ')).toEqual([]);
      expect(
        inputs.dialects.cloudformation.every((t) => t.assembly?.rootDir === 'cdk.out'),
        paths.join(' '),
      ).toBe(true);
    }
  });

  it('reads a Stage directory named alone as its own assembly', () => {
    const inputs = load(fs, ['cdk.out/assembly-Prod']);
    expect(files(inputs)).toEqual(expected.slice(2));
    expect(inputs.dialects.cloudformation[0]?.assembly?.rootDir).toBe('cdk.out/assembly-Prod');
  });

  it('reads a template inside cdk.out as a plain template when only the file is named', () => {
    const inputs = load(fs, ['cdk.out/App.template.json']);
    expect(inputs.dialects.cloudformation.map((t) => [t.stackKey, t.assembly])).toEqual([
      ['cdk.out/App.template.json', undefined],
    ]);
  });

  it('carries manifest problems through', () => {
    const broken = memoryFileSystem({
      '/proj/cdk.out/manifest.json': json({
        version: '55.0.0',
        artifacts: {
          WebApp: { type: 'aws:cloudformation:stack', properties: { templateFile: 'WebApp.template.json' } },
          Other: { type: 'aws:cloudformation:stack', properties: { templateFile: 'Other.template.json' } },
        },
      }),
      '/proj/cdk.out/Other.template.json': TEMPLATE_JSON,
    });
    const inputs = load(broken, ['.']);
    expect(templateFiles(inputs)).toEqual(['cdk.out/Other.template.json']);
    expect(inputs.problems.map((p) => [p.file, p.range.start.line, p.message])).toEqual([
      [
        'cdk.out/manifest.json',
        7,
        'manifest.json: artifact `WebApp` names template `WebApp.template.json`, which does not exist.',
      ],
    ]);
  });

  it('walks a directory whose manifest.json is not a cloud assembly manifest', () => {
    const web = memoryFileSystem({
      '/proj/public/manifest.json': json({ name: 'PWA', icons: [] }),
      '/proj/public/t.yaml': TEMPLATE_YAML,
    });
    const inputs = load(web, ['public']);
    expect(files(inputs)).toEqual(['public/t.yaml']);
  });
});

describe('loadInputs: parameters', () => {
  const amplifyDir = '/proj/amplify/backend/auth/app1234';
  const fs = memoryFileSystem({
    [`${amplifyDir}/app1234-cloudformation-template.yml`]:
      'Parameters:\n  allowUnauthenticatedIdentities:\n    Type: String\nResources: {}\n',
    [`${amplifyDir}/parameters.json`]: json({
      allowUnauthenticatedIdentities: true,
      identityPoolName: 'pool',
      passwordPolicyMinLength: 8,
      requiredAttributes: ['email', 'phone_number'],
      authRoleArn: { 'Fn::GetAtt': ['AuthRole', 'Arn'] },
      nothing: null,
    }),
    '/proj/params/list.json': json([
      { ParameterKey: 'identityPoolName', ParameterValue: 'from-file' },
      { ParameterKey: 'Stage', ParameterValue: 'dev' },
      { ParameterKey: 'Previous', UsePreviousValue: true },
      { ParameterValue: 'no key' },
    ]),
    '/proj/params/codepipeline.json': json({ Parameters: { Stage: 'prod', Subnets: ['a', 'b'] } }),
    '/proj/params/wrapped.json': json({ Parameters: [{ ParameterKey: 'Wrapped', ParameterValue: 'yes' }] }),
    '/proj/params/odd.json': json({ Stage: 'x' }),
    ...assembly('/proj/cdk.out'),
  });

  it('reads an Amplify parameters.json beside a template and never lints it', () => {
    const inputs = load(fs, ['amplify']);
    expect(files(inputs)).toEqual(['amplify/backend/auth/app1234/app1234-cloudformation-template.yml']);
    expect(Object.fromEntries(inputs.dialects.cloudformation[0]?.parameterValues ?? [])).toEqual({
      allowUnauthenticatedIdentities: 'true',
      identityPoolName: 'pool',
      passwordPolicyMinLength: '8',
      requiredAttributes: 'email,phone_number',
    });
    const named = load(fs, [`${amplifyDir}/parameters.json`, `${amplifyDir}/app1234-cloudformation-template.yml`]);
    expect(named.skipped).toEqual([]);
    expect(named.dialects.cloudformation).toHaveLength(1);
  });

  it('skips a parameters.json named alone with no template beside it', () => {
    const lonely = memoryFileSystem({ '/proj/parameters.json': json({ a: 'b' }) });
    expect(load(lonely, ['parameters.json']).skipped).toEqual([
      { file: 'parameters.json', reason: 'an Amplify parameters.json with no template beside it' },
    ]);
  });

  it('lets parameter files override parameters.json and --parameter override both', () => {
    const inputs = load(fs, ['amplify', 'cdk.out'], {
      parameterFiles: ['params/list.json', 'params/codepipeline.json', 'params/wrapped.json'],
      parameters: new Map([['Stage', 'cli']]),
    });
    expect(Object.fromEntries(inputs.dialects.cloudformation[0]?.parameterValues ?? [])).toEqual({
      allowUnauthenticatedIdentities: 'true',
      identityPoolName: 'from-file',
      passwordPolicyMinLength: '8',
      requiredAttributes: 'email,phone_number',
      Stage: 'cli',
      Subnets: 'a,b',
      Wrapped: 'yes',
    });
    // Assembly stacks get what the user gave; nested stacks get theirs from the parent only.
    const [app, nested] = inputs.dialects.cloudformation.slice(1);
    expect(Object.fromEntries(app?.parameterValues ?? [])).toEqual({
      identityPoolName: 'from-file',
      Stage: 'cli',
      Subnets: 'a,b',
      Wrapped: 'yes',
    });
    expect(nested?.nestedIn).toBeDefined();
    expect(nested?.parameterValues.size).toBe(0);
    expect(inputs.problems.map((p) => [p.file, p.message])).toEqual([
      ['params/list.json', 'Parameter entry has no `ParameterKey`.'],
    ]);
  });

  it('reports parameter files it cannot use', () => {
    const inputs = load(fs, [], { parameterFiles: ['params/odd.json', 'params/missing.json'] });
    expect(inputs.problems.map((p) => [p.file, p.message])).toEqual([
      ['params/odd.json', 'Not a CloudFormation parameter file: expected a list of {ParameterKey, ParameterValue}.'],
    ]);
    expect(inputs.skipped).toEqual([
      { file: 'params/missing.json', reason: 'no such file or directory', missing: true },
    ]);
  });
});

describe('loadInputs: stdin', () => {
  const fs = memoryFileSystem({ '/proj/infra/template.yaml': TEMPLATE_YAML, '/proj/infra/other.yaml': TEMPLATE_YAML });

  it('reads - under its filename, in place of the file on disk', () => {
    const text = 'Resources:\n  Role:\n    Type: AWS::IAM::Role\n';
    const inputs = load(fs, ['-', 'infra'], { stdin: { text, filename: 'infra/template.yaml' } });
    expect(templateFiles(inputs)).toEqual(['infra/template.yaml', 'infra/other.yaml']);
    expect(inputs.dialects.cloudformation[0]?.doc.text).toBe(text);
    expect(inputs.dialects.cloudformation[0]?.doc.format).toBe('yaml');
  });

  it('decides the format from the filename or the content, and reads - once', () => {
    const inputs = load(fs, ['-', '-'], { stdin: { text: POLICY, filename: 'policy' } });
    expect(inputs.dialects['iam-json'].map((d) => [d.file, d.format])).toEqual([['policy', 'json']]);
  });

  it('says when stdin holds nothing lintable or was not given', () => {
    expect(load(fs, ['-'], { stdin: { text: 'just: words', filename: 'x.yaml' } }).skipped).toEqual([
      {
        file: 'x.yaml',
        reason: 'not a CloudFormation template, Resources fragment, IAM policy document or cloud assembly manifest',
      },
    ]);
    expect(load(fs, ['-']).skipped).toEqual([{ file: '-', reason: 'no standard input was given' }]);
    const broken = load(fs, ['-'], { stdin: { text: '{"Resources": ', filename: 't.json' } });
    expect(files(broken)).toEqual(['t.json']);
    expect(broken.documents[0]?.syntaxErrors.length).toBeGreaterThan(0);
  });
});
