/**
 * Real `cdk synth` output (copied from the shared corpus into test/fixtures, so the test runs
 * anywhere), read through the real file system.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadInputs } from '../../src/inputs/load.js';
import { nodeFileSystem } from '../../src/inputs/node-fs.js';
import type { TemplateInput } from '../../src/inputs/types.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const CDK = 'test/fixtures/corpus/cdk';
const G = `${CDK}/g-multi-stack-stage-nested`;
const A = `${CDK}/a-secure-l2`;

const load = (paths: string[]) => loadInputs(paths, { fs: nodeFileSystem, cwd: REPO });

function summary(t: TemplateInput) {
  return {
    file: t.doc.file,
    stackKey: t.stackKey,
    stackName: t.stackName,
    account: t.assembly?.account,
    region: t.assembly?.region,
    artifactId: t.assembly?.artifactId,
    dir: t.assembly?.dir,
    rootDir: t.assembly?.rootDir,
    nestedIn: t.nestedIn,
  };
}

describe('g-multi-stack-stage-nested: stacks, a Stage and nested stacks', () => {
  const inputs = load([`${G}/cdk.out`]);
  const root = `${G}/cdk.out`;
  const prod = `${root}/assembly-Prod`;

  it('reads the root assembly and the Prod stage with names, environments and nesting', () => {
    expect(inputs.problems).toEqual([]);
    expect(inputs.skipped).toEqual([]);
    expect(inputs.dialects['iam-json']).toEqual([]);
    expect(inputs.dialects.cloudformation.map(summary)).toEqual([
      {
        file: `${prod}/ProdAuth1550ED5A.template.json`,
        stackKey: `${prod}/ProdAuth1550ED5A`,
        stackName: 'Prod-Auth',
        account: '222222222222',
        region: 'us-east-1',
        artifactId: 'ProdAuth1550ED5A',
        dir: prod,
        rootDir: root,
        nestedIn: undefined,
      },
      {
        file: `${prod}/ProdData90A795AA.template.json`,
        stackKey: `${prod}/ProdData90A795AA`,
        stackName: 'Prod-Data',
        account: '222222222222',
        region: 'us-east-1',
        artifactId: 'ProdData90A795AA',
        dir: prod,
        rootDir: root,
        nestedIn: undefined,
      },
      {
        file: `${prod}/ProdDataRolesNestedAD82D368.nested.template.json`,
        stackKey: `${prod}/ProdData90A795AA/RolesNestedNestedStackRolesNestedNestedStackResourceB611DD7C`,
        stackName: 'Prod-Data/RolesNestedNestedStackRolesNestedNestedStackResourceB611DD7C',
        account: '222222222222',
        region: 'us-east-1',
        artifactId: 'ProdData90A795AA',
        dir: prod,
        rootDir: root,
        nestedIn: {
          parentStackKey: `${prod}/ProdData90A795AA`,
          logicalId: 'RolesNestedNestedStackRolesNestedNestedStackResourceB611DD7C',
        },
      },
      {
        file: `${root}/G-Auth.template.json`,
        stackKey: `${root}/G-Auth`,
        stackName: 'G-Auth',
        account: '111111111111',
        region: 'eu-west-1',
        artifactId: 'G-Auth',
        dir: root,
        rootDir: root,
        nestedIn: undefined,
      },
      {
        file: `${root}/G-Data.template.json`,
        stackKey: `${root}/G-Data`,
        stackName: 'G-Data',
        account: '111111111111',
        region: 'eu-west-1',
        artifactId: 'G-Data',
        dir: root,
        rootDir: root,
        nestedIn: undefined,
      },
      {
        file: `${root}/GDataRolesNested72B29C9C.nested.template.json`,
        stackKey: `${root}/G-Data/RolesNestedNestedStackRolesNestedNestedStackResourceB611DD7C`,
        stackName: 'G-Data/RolesNestedNestedStackRolesNestedNestedStackResourceB611DD7C',
        account: '111111111111',
        region: 'eu-west-1',
        artifactId: 'G-Data',
        dir: root,
        rootDir: root,
        nestedIn: {
          parentStackKey: `${root}/G-Data`,
          logicalId: 'RolesNestedNestedStackRolesNestedNestedStackResourceB611DD7C',
        },
      },
    ]);
    expect(inputs.documents.map((d) => d.file)).toEqual(inputs.dialects.cloudformation.map((t) => t.doc.file));
    expect(inputs.documents.every((d) => d.syntaxErrors.length === 0)).toBe(true);
  });

  it('maps logical IDs to construct paths, nested stacks included, without mixing up repeated IDs', () => {
    const byFile = (name: string) => inputs.dialects.cloudformation.find((t) => t.doc.file.endsWith(name));
    const prodNested = byFile('ProdDataRolesNestedAD82D368.nested.template.json');
    const prodData = byFile('ProdData90A795AA.template.json');
    expect(prodNested?.cdkPaths.get('UnauthenticatedRoleDefaultPolicyAD16B58E')).toBe(
      'Prod/Data/RolesNested/UnauthenticatedRole/DefaultPolicy/Resource',
    );
    expect(prodNested?.cdkPaths.get('CDKMetadata')).toBe('Prod/Data/RolesNested/CDKMetadata/Default');
    expect(prodData?.cdkPaths.get('CDKMetadata')).toBe('Prod/Data/CDKMetadata/Default');
    expect(prodData?.cdkPaths.get('RestApiitemsidDELETE57488BE1')).toBe(
      'Prod/Data/RestApi/Default/items/{id}/DELETE/Resource',
    );
    expect(prodData?.cdkPaths.has('UnauthenticatedRoleDefaultPolicyAD16B58E')).toBe(false);
    expect(byFile('ProdAuth1550ED5A.template.json')?.cdkPaths.get('IdentityPool')).toBe('Prod/Auth/IdentityPool');
    expect(byFile('GDataRolesNested72B29C9C.nested.template.json')?.cdkPaths.get('AuthenticatedRole86104F1A')).toBe(
      'G-Data/RolesNested/AuthenticatedRole/Resource',
    );

    // Every resource of every template has a construct path, and it is the one the template itself records.
    for (const template of inputs.dialects.cloudformation) {
      const resources = (template.doc.data as { Resources: Record<string, { Metadata?: Record<string, unknown> }> })
        .Resources;
      for (const [logicalId, resource] of Object.entries(resources)) {
        expect(template.cdkPaths.get(logicalId), `${template.doc.file} ${logicalId}`).toBe(
          resource.Metadata?.['aws:cdk:path'],
        );
      }
    }
  });

  it('lints no file twice when the folder above cdk.out is walked', () => {
    const walked = load([G]);
    const files = walked.documents.map((d) => d.file);
    expect(new Set(files).size).toBe(files.length);
    expect(walked.dialects.cloudformation.map(summary)).toEqual(inputs.dialects.cloudformation.map(summary));
    expect(files).toEqual(inputs.documents.map((d) => d.file));
    expect(walked.skipped).toEqual([]);
    // Naming a Stage, a template and the manifest as well changes nothing.
    const named = load([
      G,
      `${G}/cdk.out/assembly-Prod`,
      `${G}/cdk.out/G-Auth.template.json`,
      `${G}/cdk.out/manifest.json`,
      `${G}/cdk.out/tree.json`,
    ]);
    expect(named.dialects.cloudformation.map(summary)).toEqual(inputs.dialects.cloudformation.map(summary));
    expect(named.skipped).toEqual([]);
  });
});

describe('a-secure-l2: a single environment-agnostic stack', () => {
  it('reads WebApp with no account or region and its construct paths', () => {
    const inputs = load([A]);
    expect(inputs.problems).toEqual([]);
    expect(inputs.dialects.cloudformation.map(summary)).toEqual([
      {
        file: `${A}/cdk.out/WebApp.template.json`,
        stackKey: `${A}/cdk.out/WebApp`,
        stackName: 'WebApp',
        account: undefined,
        region: undefined,
        artifactId: 'WebApp',
        dir: `${A}/cdk.out`,
        rootDir: `${A}/cdk.out`,
        nestedIn: undefined,
      },
    ]);
    expect(inputs.dialects.cloudformation[0]?.cdkPaths.get('IdentityPoolEC8A1A0D')).toBe(
      'WebApp/IdentityPool/Resource',
    );
    expect(inputs.documents.map((d) => d.file)).toEqual([`${A}/cdk.out/WebApp.template.json`]);
  });

  it('reads the corpus folder holding it (and whatever else is copied there) with every file once', () => {
    const inputs = load([CDK]);
    const files = inputs.documents.map((d) => d.file);
    expect(new Set(files).size).toBe(files.length);
    expect(inputs.problems).toEqual([]);
    expect(inputs.dialects.cloudformation.every((t) => t.assembly !== undefined)).toBe(true);
    const ours = inputs.dialects.cloudformation.filter(
      (t) => t.doc.file.startsWith(`${A}/`) || t.doc.file.startsWith(`${G}/`),
    );
    expect(ours.map((t) => t.stackName)).toEqual([
      'WebApp',
      'Prod-Auth',
      'Prod-Data',
      'Prod-Data/RolesNestedNestedStackRolesNestedNestedStackResourceB611DD7C',
      'G-Auth',
      'G-Data',
      'G-Data/RolesNestedNestedStackRolesNestedNestedStackResourceB611DD7C',
    ]);
  });
});
