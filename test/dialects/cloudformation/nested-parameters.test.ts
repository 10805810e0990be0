/**
 * What a parent stack passes to a nested stack's parameter is text, which a list-typed parameter
 * (`CommaDelimitedList`, `List<…>`) splits, as it splits a value given with --parameter. Amplify
 * passes every list of a parameters.json joined with ',' (push-resources.ts formNestedStack).
 */
import { describe, expect, it } from 'vitest';
import { readCloudFormation } from '../../../src/dialects/cloudformation/dialect.js';
import { loadInputs } from '../../../src/inputs/load.js';
import { memoryFileSystem } from '../../../src/inputs/memory-fs.js';

const json = (value: unknown): string => JSON.stringify(value, null, 2);

describe('nested-stack parameters', () => {
  it('split what the parent passes to a list-typed parameter, and leave a String as it is', () => {
    const fs = memoryFileSystem({
      '/p/amplify/backend/backend-config.json': json({
        auth: { pool: { service: 'Cognito', providerPlugin: 'awscloudformation' } },
      }),
      '/p/amplify/backend/auth/pool/parameters.json': json({
        usernameAttributes: ['email', 'phone_number'],
        plain: ['a', 'b'],
      }),
      '/p/amplify/backend/auth/pool/pool-cloudformation-template.json': json({
        Parameters: { usernameAttributes: { Type: 'CommaDelimitedList' }, plain: { Type: 'String' } },
        Resources: {},
        Outputs: { List: { Value: { Ref: 'usernameAttributes' } }, Text: { Value: { Ref: 'plain' } } },
      }),
    });
    const { stacks, resolver } = readCloudFormation(loadInputs(['amplify'], { fs, cwd: '/p' }), { roles: [] });
    const child = stacks.find((s) => s.input.nestedIn)!;
    expect(resolver.resolveAt(child, '/Outputs/List/Value')).toEqual({
      kind: 'list',
      items: [
        { kind: 'known', value: 'email' },
        { kind: 'known', value: 'phone_number' },
      ],
    });
    expect(resolver.resolveAt(child, '/Outputs/Text/Value')).toEqual({ kind: 'known', value: 'a,b' });
  });

  it('take the default of a parameter the parent does not pass as certain, as CloudFormation deploys it', () => {
    const fs = memoryFileSystem({
      '/p/amplify/backend/backend-config.json': json({
        analytics: { app: { service: 'Pinpoint', providerPlugin: 'awscloudformation' } },
      }),
      '/p/amplify/backend/analytics/app/parameters.json': json({ appName: 'app' }),
      '/p/amplify/backend/analytics/app/pinpoint-cloudformation-template.json': json({
        Parameters: {
          appName: { Type: 'String' },
          appId: { Type: 'String', Default: 'NONE' },
          noDefault: { Type: 'String' },
        },
        Conditions: { ShouldCreatePinpointApp: { 'Fn::Equals': [{ Ref: 'appId' }, 'NONE'] } },
        Resources: {},
        Outputs: { Id: { Value: { Ref: 'appId' } }, Other: { Value: { Ref: 'noDefault' } } },
      }),
    });
    const { stacks, resolver } = readCloudFormation(loadInputs(['amplify'], { fs, cwd: '/p' }), { roles: [] });
    const child = stacks.find((s) => s.input.nestedIn)!;
    // Not one alternative beside "anything the deployer passes": the root passes nothing else.
    expect(resolver.resolveAt(child, '/Outputs/Id/Value')).toEqual({ kind: 'known', value: 'NONE' });
    expect(resolver.resolveAt(child, '/Outputs/Other/Value').kind).toBe('unknown');
  });
});
