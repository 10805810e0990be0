import { describe, expect, it, vi } from 'vitest';
import type { ActionInfo } from '../../src/iam/actions.js';

type Actions = typeof import('../../src/iam/actions.js');

/** The dist/data files the latest fresh copy read, in order. */
let read: string[] = [];

/** A fresh copy of src/iam/actions.ts, with none of the catalogue read yet, whose data reads are recorded. */
async function freshCatalogue(): Promise<Actions> {
  vi.resetModules();
  read = [];
  vi.doMock('../../src/data/built-data.js', async (importOriginal) => {
    const original = await importOriginal<typeof import('../../src/data/built-data.js')>();
    return {
      ...original,
      readBuiltData: (path: string) => {
        read.push(path);
        return original.readBuiltData(path);
      },
    };
  });
  return import('../../src/iam/actions.js');
}

/** Every field of ActionInfo, the lazily read condition keys included, as plain data. */
function fields(action: ActionInfo) {
  return {
    service: action.service,
    name: action.name,
    id: action.id,
    lowerCaseName: action.lowerCaseName,
    lowerCaseId: action.lowerCaseId,
    accessLevels: [...action.accessLevels],
    publicApi: action.publicApi,
    privilegeEscalation: action.privilegeEscalation,
    resourceTypes: [...action.resourceTypes],
    requiredResourceTypes: [...action.requiredResourceTypes],
    conditionKeys: [...action.conditionKeys],
  };
}

describe('the file of every action (dist/data/iam/actions.json)', () => {
  it('gives every action of every service the same fields as the services’ own files', async () => {
    // First copy: each service read from its own file, one by one.
    const byService = await freshCatalogue();
    const services = [...byService.serviceKeys()];
    const fromServiceFiles = services.map((s) => (byService.actionsOf(s) ?? []).map(fields));
    // Second copy: `*` first, which reads the one file of every action; then the same questions.
    const byAll = await freshCatalogue();
    const everything = byAll.expandActionPattern('*') ?? [];
    expect([...read].sort()).toEqual(['iam/actions.json', 'iam/catalog.json']);
    const fromOneFile = services.map((s) => (byAll.actionsOf(s) ?? []).map(fields));
    // Condition keys included (`fields` asks for them): no service's own file is read.
    expect([...read].sort()).toEqual(['iam/actions.json', 'iam/catalog.json']);

    expect(everything.length).toBe(fromServiceFiles.flat().length);
    expect(everything.length).toBeGreaterThan(18_000);
    expect(fromOneFile).toEqual(fromServiceFiles);
    // Spot checks that the comparison compares something: all types required, none, some.
    const action = (id: string) => fromOneFile.flat().find((a) => a.id === id)!;
    expect(action('iam:PassRole')).toMatchObject({ resourceTypes: ['role'], requiredResourceTypes: ['role'] });
    expect(action('s3:GetObject')).toMatchObject({
      resourceTypes: ['accesspointobject', 'object'],
      requiredResourceTypes: [],
      accessLevels: ['Read'],
    });
    expect(action('s3:GetObject').conditionKeys).toContain('s3:ExistingObjectTag/<key>');
    const runInstances = action('ec2:RunInstances');
    expect(runInstances.requiredResourceTypes.length).toBeGreaterThan(0);
    expect(runInstances.requiredResourceTypes.length).toBeLessThan(runInstances.resourceTypes.length);
  });

  it('answers questions about every service from it: NotAction and wildcard service prefixes', async () => {
    const byService = await freshCatalogue();
    for (const s of byService.serviceKeys()) byService.actionsOf(s);
    const expected = {
      outside: byService.servicesOutside(['s3:*', 'iam:*', 'ec2:Describe*']),
      wildcardService: byService.expandActionPattern('*:GetObject')?.map((a) => a.id),
      whole: byService.wholeServicesOf('s3*:*'),
    };
    const byAll = await freshCatalogue();
    expect(byAll.servicesOutside(['s3:*', 'iam:*', 'ec2:Describe*'])).toEqual(expected.outside);
    expect([...read].sort()).toEqual(['iam/actions.json', 'iam/catalog.json']);
    expect(byAll.expandActionPattern('*:GetObject')?.map((a) => a.id)).toEqual(expected.wildcardService);
    expect(byAll.wholeServicesOf('s3*:*')).toEqual(expected.whole);
    expect(expected.outside).not.toContain('s3');
    expect(expected.outside).toContain('sqs');
    expect(expected.wildcardService).toContain('s3:GetObject');
  });
});
