/**
 * The one property reader every CloudFormation entity builder reads `Properties` through
 * (src/dialects/cloudformation/properties.ts): values with their nodes, lists entry by entry,
 * intrinsics resolved by the resolver alone, and unknown (never absent) below an intrinsic.
 */
import { describe, expect, it } from 'vitest';
import { loadInputs } from '../../../src/inputs/load.js';
import { memoryFileSystem } from '../../../src/inputs/memory-fs.js';
import { readCloudFormation } from '../../../src/dialects/cloudformation/dialect.js';
import { PropertyReader } from '../../../src/dialects/cloudformation/properties.js';
import { describe as render } from '../../../src/values/resolved.js';
import type { SourceRef } from '../../../src/parsers/source.js';

const TEMPLATE = `Parameters:
  Stage: { Type: String }
  PoolArn: { Type: 'AWS::SSM::Parameter::Value<String>', Default: /app/user-pool-arn }
  Origins: { Type: CommaDelimitedList }
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
Resources:
  Pool:
    Type: AWS::Cognito::UserPool
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      CorsConfiguration:
        CorsRules:
          - AllowedMethods: [GET, !Ref AWS::NoValue, PUT]
            AllowedOrigins: !Ref Origins
      LifecycleConfiguration: !If
        - IsProd
        - Rules: [{ Status: Enabled, ExpirationInDays: 1 }]
        - !Ref AWS::NoValue
      Tags:
        - Key: pool
          Value: !GetAtt Pool.Arn
        - Key: arn
          Value: !Ref PoolArn
        - Key: built
          Value: !Sub 'arn:aws:cognito-idp:eu-west-1:123456789012:userpool/\${PoolArn}'
`;

function reader(parameters: Record<string, string> = {}): PropertyReader {
  const inputs = loadInputs(['/t.yaml'], {
    fs: memoryFileSystem({ '/t.yaml': TEMPLATE }),
    cwd: '/',
    parameters: new Map(Object.entries(parameters)),
  });
  const { stacks, resolver } = readCloudFormation(inputs, { roles: [] });
  return PropertyReader.of(resolver, stacks[0]!.resources.get('Bucket')!);
}

/** Where a source is shown to the user: line and column of its node, or of its nearest existing parent. */
const at = (source: SourceRef): string => {
  const { start } = source.doc.locate(source.pointer);
  return `${source.pointer} @ ${start.line}:${start.column}`;
};

describe('the property reader', () => {
  it('gives a missing property as absent, located at its nearest existing parent', () => {
    const read = reader();
    const missing = read.value('VersioningConfiguration', 'Status');
    expect(missing.value).toEqual({ kind: 'absent' });
    expect(missing.present).toBe(false);
    expect(at(missing.source)).toBe(`/Resources/Bucket/Properties/VersioningConfiguration/Status @ 13:7`);
  });

  it('points each entry of a list written literally at its own node, dropping AWS::NoValue entries', () => {
    const methods = reader().child('CorsConfiguration', 'CorsRules', 0).list('AllowedMethods');
    expect(methods.known).toBe(true);
    expect(methods.items.map((item) => [render(item.value), at(item.source)])).toEqual([
      ['GET', '/Resources/Bucket/Properties/CorsConfiguration/CorsRules/0/AllowedMethods/0 @ 15:30'],
      ['PUT', '/Resources/Bucket/Properties/CorsConfiguration/CorsRules/0/AllowedMethods/2 @ 15:54'],
    ]);
  });

  it('gives the entries of a list parameter at the property, and an unknown list as one entry to judge', () => {
    const given = reader({ Origins: 'https://a.example, *' }).entries(
      'CorsConfiguration',
      'CorsRules',
      0,
      'AllowedOrigins',
    );
    expect(given.map((item) => [render(item.value), item.source.pointer])).toEqual([
      ['https://a.example', '/Resources/Bucket/Properties/CorsConfiguration/CorsRules/0/AllowedOrigins'],
      ['*', '/Resources/Bucket/Properties/CorsConfiguration/CorsRules/0/AllowedOrigins'],
    ]);
    const read = reader();
    const unknownList = read.list('CorsConfiguration', 'CorsRules', 0, 'AllowedOrigins');
    expect(unknownList.known).toBe(false);
    expect(unknownList.value).toEqual({
      kind: 'unknown',
      reason: 'parameter Origins has no given value',
      name: 'Origins',
    });
    const entries = read.entries('CorsConfiguration', 'CorsRules', 0, 'AllowedOrigins');
    expect(entries.map((item) => [item.value, item.source.pointer])).toEqual([
      [unknownList.value, '/Resources/Bucket/Properties/CorsConfiguration/CorsRules/0/AllowedOrigins'],
    ]);
  });

  it('resolves an intrinsic value through the resolver: a reference is the resource it names', () => {
    const pool = reader().value('Tags', 0, 'Value');
    expect(pool.value).toMatchObject({ kind: 'resource', attribute: 'Arn', resource: { logicalId: 'Pool' } });
    expect(at(pool.source)).toBe('/Resources/Bucket/Properties/Tags/0/Value @ 23:18');
  });

  it('makes a property below an intrinsic unknown with its reason, never absent', () => {
    const status = reader().value('LifecycleConfiguration', 'Rules', 0, 'Status');
    expect(status.value).toEqual({ kind: 'unknown', reason: 'LifecycleConfiguration is computed by Fn::If' });
    expect(status.present).toBe(true);
    expect(reader().raw('LifecycleConfiguration', 'Rules')).toBeUndefined();
  });

  it('reads an SSM-typed parameter as unknown with its reason, and keeps the fixed parts of a value built from it', () => {
    expect(reader().value('Tags', 1, 'Value').value).toEqual({
      kind: 'unknown',
      reason: 'parameter PoolArn is read from SSM Parameter Store at deploy time',
      name: 'PoolArn',
    });
    // Even a value given on the command line is the parameter's name, not its value.
    expect(reader({ PoolArn: '/other/name' }).value('Tags', 1, 'Value').value.kind).toBe('unknown');
    expect(render(reader().value('Tags', 2, 'Value').value)).toBe(
      'arn:aws:cognito-idp:eu-west-1:123456789012:userpool/${PoolArn}',
    );
  });
});
