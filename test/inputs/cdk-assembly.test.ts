import { describe, expect, it } from 'vitest';
import { MAX_ASSEMBLY_DEPTH, MAX_NESTED_STACK_DEPTH, readAssembly } from '../../src/inputs/cdk-assembly.js';
import { memoryFileSystem } from '../../src/inputs/memory-fs.js';
import type { FileSystem } from '../../src/inputs/types.js';
import { parseText } from '../../src/parsers/index.js';
import { json } from './helpers.js';

const display = (path: string) => path.replace(/^\/proj\//, '');
const read = (fs: FileSystem, manifest = '/proj/cdk.out/manifest.json') =>
  readAssembly(manifest, fs, parseText, { display });

function stack(templateFile: unknown, extra: Record<string, unknown> = {}) {
  return {
    type: 'aws:cloudformation:stack',
    environment: 'aws://unknown-account/unknown-region',
    properties: { templateFile },
    ...extra,
  };
}

function template(resources: Record<string, unknown> = {}) {
  return json({ Resources: { Bucket: { Type: 'AWS::S3::Bucket' }, ...resources } });
}

function nestedStack(file: string) {
  return {
    Type: 'AWS::CloudFormation::Stack',
    Properties: { TemplateURL: 'https://s3/x.json' },
    Metadata: { 'aws:asset:path': file },
  };
}

/** 1-based line of the first line of `text` containing `needle`. */
function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle)) + 1;
}

describe('readAssembly: stacks', () => {
  it('reads every stack artifact with its name, environment and construct paths', () => {
    const fs = memoryFileSystem({
      '/proj/cdk.out/manifest.json': json({
        version: '55.0.0',
        artifacts: {
          'Auth.assets': { type: 'cdk:asset-manifest', properties: { file: 'Auth.assets.json' } },
          Auth: stack('Auth.template.json', {
            environment: 'aws://111111111111/eu-west-1',
            additionalMetadataFile: 'Auth.metadata.json',
            metadata: { '/Auth/Inline/Resource': [{ type: 'aws:cdk:logicalId', data: 'InlineAB12' }] },
          }),
          ProdAuth1550ED5A: stack('ProdAuth1550ED5A.template.json', {
            environment: 'aws://222222222222/unknown-region',
            properties: { templateFile: 'ProdAuth1550ED5A.template.json', stackName: 'Prod-Auth' },
          }),
          Tree: { type: 'cdk:tree', properties: { file: 'tree.json' } },
        },
      }),
      '/proj/cdk.out/Auth.template.json': template(),
      '/proj/cdk.out/Auth.metadata.json': json({
        '/Auth/Bucket/Resource': [
          { type: 'aws:cdk:logicalId', data: 'Bucket' },
          { type: 'aws:cdk:creationStack', data: ['new Stack (/home/dev/app.js:1:1)'] },
        ],
      }),
      '/proj/cdk.out/ProdAuth1550ED5A.template.json': template(),
      '/proj/cdk.out/Auth.assets.json': json({ version: '55.0.0', files: {} }),
      '/proj/cdk.out/tree.json': json({ version: 'tree-0.1' }),
      '/proj/cdk.out/cdk.out': json({ version: '55.0.0' }),
      '/proj/cdk.out/validation-report.json': json({ pluginReports: [] }),
    });
    const result = read(fs);
    expect(result.problems).toEqual([]);
    expect(result.templates.map((t) => [t.stackKey, t.stackName, t.assembly?.account, t.assembly?.region])).toEqual([
      ['cdk.out/Auth', 'Auth', '111111111111', 'eu-west-1'],
      ['cdk.out/ProdAuth1550ED5A', 'Prod-Auth', '222222222222', undefined],
    ]);
    const [auth] = result.templates;
    expect(auth?.assembly).toEqual({
      dir: 'cdk.out',
      manifestFile: 'cdk.out/manifest.json',
      artifactId: 'Auth',
      account: '111111111111',
      region: 'eu-west-1',
      rootDir: 'cdk.out',
    });
    expect(auth?.resourcesPointer).toBe('/Resources');
    expect(auth?.doc.file).toBe('cdk.out/Auth.template.json');
    expect(Object.fromEntries(auth?.cdkPaths ?? [])).toEqual({
      InlineAB12: 'Auth/Inline/Resource',
      Bucket: 'Auth/Bucket/Resource',
    });
    expect(result.documents.map((d) => d.file)).toEqual([
      'cdk.out/Auth.template.json',
      'cdk.out/ProdAuth1550ED5A.template.json',
    ]);
    expect([...result.claimedFiles].sort()).toEqual(
      [
        'Auth.assets.json',
        'Auth.metadata.json',
        'Auth.template.json',
        'ProdAuth1550ED5A.template.json',
        'cdk.out',
        'manifest.json',
        'tree.json',
        'validation-report.json',
      ].map((f) => `/proj/cdk.out/${f}`),
    );
  });

  it('refuses template paths outside the assembly and reports missing templates where the manifest names them', () => {
    const manifestText = json({
      version: '55.0.0',
      artifacts: {
        Escape: stack('../../etc/passwd'),
        Absolute: stack('/etc/passwd'),
        Drive: stack('C:\\Windows\\win.ini'),
        Dot: stack('.'),
        WebApp: stack('WebApp.template.json'),
        NoFile: { type: 'aws:cloudformation:stack', properties: {} },
        Good: stack('Good.template.json'),
      },
    });
    const fs = memoryFileSystem({
      '/etc/passwd': 'root:x:0:0',
      '/proj/cdk.out/manifest.json': manifestText,
      '/proj/cdk.out/Good.template.json': template(),
    });
    const result = read(fs);
    expect(result.templates.map((t) => t.stackKey)).toEqual(['cdk.out/Good']);
    expect([...result.claimedFiles]).not.toContain('/etc/passwd');
    expect(result.problems.map((p) => [p.file, p.range.start.line, p.message])).toEqual([
      [
        'cdk.out/manifest.json',
        lineOf(manifestText, '"../../etc/passwd"'),
        'manifest.json: artifact `Escape` names template `../../etc/passwd`, which is outside the assembly directory.',
      ],
      [
        'cdk.out/manifest.json',
        lineOf(manifestText, '"/etc/passwd"'),
        'manifest.json: artifact `Absolute` names template `/etc/passwd`, which is outside the assembly directory.',
      ],
      [
        'cdk.out/manifest.json',
        lineOf(manifestText, 'win.ini'),
        'manifest.json: artifact `Drive` names template `C:\\Windows\\win.ini`, which is outside the assembly directory.',
      ],
      [
        'cdk.out/manifest.json',
        lineOf(manifestText, '"templateFile": "."'),
        'manifest.json: artifact `Dot` names template `.`, which is outside the assembly directory.',
      ],
      [
        'cdk.out/manifest.json',
        lineOf(manifestText, '"WebApp.template.json"'),
        'manifest.json: artifact `WebApp` names template `WebApp.template.json`, which does not exist.',
      ],
      [
        'cdk.out/manifest.json',
        lineOf(manifestText, '"NoFile"'),
        'manifest.json: stack artifact `NoFile` has no `templateFile`.',
      ],
    ]);
    expect(result.problems[0]?.doc?.file).toBe('cdk.out/manifest.json');
    // The column points at the value, not the key.
    const escapeLine = manifestText.split('\n')[lineOf(manifestText, '"../../etc/passwd"') - 1] ?? '';
    expect(result.problems[0]?.range.start.column).toBe(escapeLine.indexOf('"../../etc/passwd"') + 1);
  });

  it('keeps unparseable templates as documents without making them stacks', () => {
    const fs = memoryFileSystem({
      '/proj/cdk.out/manifest.json': json({
        version: '55.0.0',
        artifacts: { Broken: stack('Broken.template.json'), Good: stack('Good.template.json') },
      }),
      '/proj/cdk.out/Broken.template.json': '{ "Resources": ',
      '/proj/cdk.out/Good.template.json': template(),
    });
    const result = read(fs);
    expect(result.templates.map((t) => t.stackKey)).toEqual(['cdk.out/Good']);
    const broken = result.documents.find((d) => d.file === 'cdk.out/Broken.template.json');
    expect(broken?.syntaxErrors.length).toBeGreaterThan(0);
    expect(result.claimedFiles).toContain('/proj/cdk.out/Broken.template.json');
  });

  it('reports a manifest without artifacts and a metadata file that is missing or outside', () => {
    const notManifest = read(memoryFileSystem({ '/proj/cdk.out/manifest.json': json({ version: '1' }) }));
    expect(notManifest.problems.map((p) => p.message)).toEqual([
      'manifest.json: not a cloud assembly manifest (no `artifacts` object).',
    ]);

    const fs = memoryFileSystem({
      '/proj/cdk.out/manifest.json': json({
        version: '55.0.0',
        artifacts: {
          A: stack('A.template.json', { additionalMetadataFile: 'A.metadata.json' }),
          B: stack('B.template.json', { additionalMetadataFile: '../B.metadata.json' }),
        },
      }),
      '/proj/cdk.out/A.template.json': template(),
      '/proj/cdk.out/B.template.json': template(),
      '/proj/B.metadata.json': json({ '/B/Bucket/Resource': [{ type: 'aws:cdk:logicalId', data: 'Bucket' }] }),
    });
    const result = read(fs);
    expect(result.templates).toHaveLength(2);
    expect(result.templates[1]?.cdkPaths.size).toBe(0);
    expect(result.problems.map((p) => p.message)).toEqual([
      'manifest.json: artifact `A` names metadata file `A.metadata.json`, which does not exist.',
      'manifest.json: artifact `B` names metadata file `../B.metadata.json`, which is outside the assembly directory.',
    ]);
  });
});

describe('readAssembly: nested cloud assemblies (Stages)', () => {
  it('recurses into cdk:cloud-assembly artifacts, keeping the root directory', () => {
    const fs = memoryFileSystem({
      '/proj/cdk.out/manifest.json': json({
        version: '55.0.0',
        artifacts: {
          'assembly-Prod': {
            type: 'cdk:cloud-assembly',
            properties: { directoryName: 'assembly-Prod', displayName: 'Prod' },
          },
          Root: stack('Root.template.json'),
        },
      }),
      '/proj/cdk.out/Root.template.json': template(),
      '/proj/cdk.out/assembly-Prod/manifest.json': json({
        version: '55.0.0',
        artifacts: {
          ProdAuth1550ED5A: stack('ProdAuth1550ED5A.template.json', { environment: 'aws://222222222222/us-east-1' }),
        },
      }),
      '/proj/cdk.out/assembly-Prod/ProdAuth1550ED5A.template.json': template(),
      '/proj/cdk.out/assembly-Prod/cdk.out': '{"version":"55.0.0"}',
    });
    const result = read(fs);
    expect(result.problems).toEqual([]);
    expect(
      result.templates.map((t) => [t.stackKey, t.assembly?.dir, t.assembly?.rootDir, t.assembly?.manifestFile]),
    ).toEqual([
      [
        'cdk.out/assembly-Prod/ProdAuth1550ED5A',
        'cdk.out/assembly-Prod',
        'cdk.out',
        'cdk.out/assembly-Prod/manifest.json',
      ],
      ['cdk.out/Root', 'cdk.out', 'cdk.out', 'cdk.out/manifest.json'],
    ]);
    expect(result.claimedFiles).toContain('/proj/cdk.out/assembly-Prod/manifest.json');
    expect(result.claimedFiles).toContain('/proj/cdk.out/assembly-Prod/cdk.out');
  });

  it('refuses directories outside the assembly, reports missing ones and stops at the depth limit', () => {
    const files: Record<string, string> = {
      '/proj/cdk.out/manifest.json': json({
        version: '55.0.0',
        artifacts: {
          Up: { type: 'cdk:cloud-assembly', properties: { directoryName: '..' } },
          Self: { type: 'cdk:cloud-assembly', properties: { directoryName: '.' } },
          Gone: { type: 'cdk:cloud-assembly', properties: { directoryName: 'assembly-Gone' } },
          Deep: { type: 'cdk:cloud-assembly', properties: { directoryName: 'd' } },
        },
      }),
      '/proj/manifest.json': json({ version: '55.0.0', artifacts: { Outside: stack('Outside.template.json') } }),
      '/proj/Outside.template.json': template(),
    };
    // A chain of Stages deeper than the limit: /proj/cdk.out/d/d/d/…
    let dir = '/proj/cdk.out/d';
    for (let depth = 1; depth <= MAX_ASSEMBLY_DEPTH + 3; depth++) {
      files[`${dir}/manifest.json`] = json({
        version: '55.0.0',
        artifacts: {
          [`S${depth}`]: stack(`S${depth}.template.json`),
          Next: { type: 'cdk:cloud-assembly', properties: { directoryName: 'd' } },
        },
      });
      files[`${dir}/S${depth}.template.json`] = template();
      dir += '/d';
    }
    const result = read(memoryFileSystem(files));
    expect(result.templates.map((t) => t.assembly?.artifactId)).toEqual(
      Array.from({ length: MAX_ASSEMBLY_DEPTH }, (_, i) => `S${i + 1}`),
    );
    expect(result.templates.every((t) => t.assembly?.rootDir === 'cdk.out')).toBe(true);
    expect(result.problems.map((p) => p.message)).toEqual([
      'manifest.json: artifact `Up` names assembly directory `..`, which is outside the assembly directory.',
      'manifest.json: artifact `Self` names assembly directory `.`, which is outside the assembly directory.',
      'manifest.json: artifact `Gone` names assembly directory `cdk.out/assembly-Gone`, which has no manifest.json.',
      `manifest.json: artifact \`Next\` nests cloud assemblies deeper than ${MAX_ASSEMBLY_DEPTH} levels; it is not read.`,
    ]);
  });
});

describe('readAssembly: nested stacks', () => {
  const manifest = json({
    version: '55.0.0',
    artifacts: { Data: stack('Data.template.json', { additionalMetadataFile: 'Data.metadata.json' }) },
  });
  const logicalId = (data: string) => [{ type: 'aws:cdk:logicalId', data }];
  const manifestWithoutMetadata = json({ version: '55.0.0', artifacts: { Data: stack('Data.template.json') } });

  it('follows aws:asset:path into nested templates, recursively, and splits construct paths between them', () => {
    const fs = memoryFileSystem({
      '/proj/cdk.out/manifest.json': manifest,
      '/proj/cdk.out/Data.template.json': template({ RolesStack: nestedStack('DataRoles1234.nested.template.json') }),
      '/proj/cdk.out/DataRoles1234.nested.template.json': template({
        InnerStack: nestedStack('DataRolesInner5678.nested.template.json'),
      }),
      '/proj/cdk.out/DataRolesInner5678.nested.template.json': json({
        Resources: { Role: { Type: 'AWS::IAM::Role' }, CDKMetadata: {} },
      }),
      '/proj/cdk.out/Data.metadata.json': json({
        '/Data/Bucket/Resource': logicalId('Bucket'),
        '/Data/CDKMetadata/Default': logicalId('CDKMetadata'),
        '/Data/Roles': [{ type: 'aws:cdk:templateFile', data: 'DataRoles1234.nested.template.json' }],
        '/Data/Roles.NestedStack/Roles.NestedStackResource': logicalId('RolesStack'),
        '/Data/Roles/Bucket/Resource': logicalId('Bucket'),
        '/Data/Roles/Inner.NestedStack/Inner.NestedStackResource': logicalId('InnerStack'),
        // No templateFile entry for Inner: found through the `.NestedStackResource` path instead.
        '/Data/Roles/Inner/Role/Resource': logicalId('Role'),
        '/Data/Roles/Inner/CDKMetadata/Default': logicalId('CDKMetadata'),
      }),
    });
    const result = read(fs);
    expect(result.problems).toEqual([]);
    expect(result.templates.map((t) => [t.stackKey, t.stackName, t.doc.file, t.nestedIn])).toEqual([
      ['cdk.out/Data', 'Data', 'cdk.out/Data.template.json', undefined],
      [
        'cdk.out/Data/RolesStack',
        'Data/RolesStack',
        'cdk.out/DataRoles1234.nested.template.json',
        { parentStackKey: 'cdk.out/Data', logicalId: 'RolesStack' },
      ],
      [
        'cdk.out/Data/RolesStack/InnerStack',
        'Data/RolesStack/InnerStack',
        'cdk.out/DataRolesInner5678.nested.template.json',
        { parentStackKey: 'cdk.out/Data/RolesStack', logicalId: 'InnerStack' },
      ],
    ]);
    expect(result.templates.map((t) => Object.fromEntries(t.cdkPaths))).toEqual([
      {
        Bucket: 'Data/Bucket/Resource',
        CDKMetadata: 'Data/CDKMetadata/Default',
        RolesStack: 'Data/Roles.NestedStack/Roles.NestedStackResource',
      },
      { Bucket: 'Data/Roles/Bucket/Resource', InnerStack: 'Data/Roles/Inner.NestedStack/Inner.NestedStackResource' },
      { Role: 'Data/Roles/Inner/Role/Resource', CDKMetadata: 'Data/Roles/Inner/CDKMetadata/Default' },
    ]);
    expect(result.templates.every((t) => t.assembly?.artifactId === 'Data')).toBe(true);
  });

  it('falls back to logical IDs only the nested template declares when no construct path names the nested stack', () => {
    const fs = memoryFileSystem({
      '/proj/cdk.out/manifest.json': manifest,
      '/proj/cdk.out/Data.template.json': template({
        RolesStack: nestedStack('DataRoles1234.nested.template.json'),
        CDKMetadata: {},
      }),
      '/proj/cdk.out/DataRoles1234.nested.template.json': json({ Resources: { Role: {}, CDKMetadata: {} } }),
      '/proj/cdk.out/Data.metadata.json': json({
        '/Data/Bucket/Resource': logicalId('Bucket'),
        '/Data/CDKMetadata/Default': logicalId('CDKMetadata'),
        '/Data/Roles/Role/Resource': logicalId('Role'),
      }),
    });
    const [parent, child] = read(fs).templates;
    expect(Object.fromEntries(parent?.cdkPaths ?? [])).toEqual({
      Bucket: 'Data/Bucket/Resource',
      CDKMetadata: 'Data/CDKMetadata/Default',
    });
    expect(Object.fromEntries(child?.cdkPaths ?? [])).toEqual({ Role: 'Data/Roles/Role/Resource' });
  });

  it('reports missing and escaping nested templates at their aws:asset:path, and survives cycles', () => {
    const parentText = template({
      Missing: nestedStack('Gone.nested.template.json'),
      Escape: nestedStack('../evil.nested.template.json'),
      Sub: nestedStack('sub/x.nested.template.json'),
      Loop: nestedStack('Loop.nested.template.json'),
      NotNested: nestedStack('something.json'),
    });
    const fs = memoryFileSystem({
      '/proj/cdk.out/manifest.json': manifestWithoutMetadata,
      '/proj/cdk.out/Data.template.json': parentText,
      '/proj/evil.nested.template.json': template(),
      '/proj/cdk.out/sub/x.nested.template.json': template(),
      // Names itself, and a child that names it back: neither may loop.
      '/proj/cdk.out/Loop.nested.template.json': template({
        Again: nestedStack('Loop.nested.template.json'),
        Child: nestedStack('LoopChild.nested.template.json'),
      }),
      '/proj/cdk.out/LoopChild.nested.template.json': template({ Back: nestedStack('Loop.nested.template.json') }),
    });
    const result = read(fs);
    expect(result.templates.map((t) => t.stackKey)).toEqual([
      'cdk.out/Data',
      'cdk.out/Data/Loop',
      'cdk.out/Data/Loop/Child',
    ]);
    expect(result.problems.map((p) => [p.file, p.range.start.line, p.message])).toEqual([
      [
        'cdk.out/Data.template.json',
        lineOf(parentText, '"Gone.nested'),
        'Nested stack `Missing` names template `Gone.nested.template.json`, which does not exist.',
      ],
      [
        'cdk.out/Data.template.json',
        lineOf(parentText, '"../evil'),
        'Nested stack `Escape` names template `../evil.nested.template.json`, which is outside the assembly directory.',
      ],
      [
        'cdk.out/Data.template.json',
        lineOf(parentText, '"sub/x'),
        'Nested stack `Sub` names template `sub/x.nested.template.json`, which is not beside its parent template.',
      ],
    ]);
  });

  it('stops nested stacks at the depth limit', () => {
    const files: Record<string, string> = {
      '/proj/cdk.out/manifest.json': manifestWithoutMetadata,
      '/proj/cdk.out/Data.template.json': template({ Child: nestedStack('N1.nested.template.json') }),
    };
    for (let i = 1; i <= MAX_NESTED_STACK_DEPTH + 2; i++) {
      files[`/proj/cdk.out/N${i}.nested.template.json`] = template({
        Child: nestedStack(`N${i + 1}.nested.template.json`),
      });
    }
    const result = read(memoryFileSystem(files));
    expect(result.templates.filter((t) => t.nestedIn)).toHaveLength(MAX_NESTED_STACK_DEPTH);
    expect(result.problems.map((p) => p.message)).toEqual([
      `Nested stack \`Child\` is nested deeper than ${MAX_NESTED_STACK_DEPTH} levels; its template is not read.`,
    ]);
    // The templates below the limit are still CDK output: linted alone, not nested in anything.
    const orphans = result.templates.filter((t) => !t.nestedIn && t.stackKey !== 'cdk.out/Data');
    expect(orphans.map((t) => t.doc.file)).toEqual([
      `cdk.out/N${MAX_NESTED_STACK_DEPTH + 1}.nested.template.json`,
      `cdk.out/N${MAX_NESTED_STACK_DEPTH + 2}.nested.template.json`,
    ]);
  });

  it('lints a nested template nothing points to on its own', () => {
    const fs = memoryFileSystem({
      '/proj/cdk.out/manifest.json': manifestWithoutMetadata,
      '/proj/cdk.out/Data.template.json': template({ Stack: { Type: 'AWS::CloudFormation::Stack', Properties: {} } }),
      '/proj/cdk.out/DataRolesABCD.nested.template.json': template(),
    });
    const result = read(fs);
    expect(result.templates.map((t) => [t.stackKey, t.nestedIn, t.assembly?.artifactId])).toEqual([
      ['cdk.out/Data', undefined, 'Data'],
      ['cdk.out/DataRolesABCD.nested.template.json', undefined, 'DataRolesABCD'],
    ]);
    expect(result.claimedFiles).toContain('/proj/cdk.out/DataRolesABCD.nested.template.json');
  });
});
