import { describe, expect, it } from 'vitest';
import { loadInputs } from '../../src/inputs/load.js';
import { memoryFileSystem } from '../../src/inputs/memory-fs.js';
import { IdentityModel } from '../../src/model/model.js';
import { describe as render, knownString } from '../../src/model/resolved.js';

function resolveOutput(template: string, output: string, parameters = new Map<string, string>()) {
  const inputs = loadInputs(['/t.yaml'], { fs: memoryFileSystem({ '/t.yaml': template }), cwd: '/', parameters });
  const model = new IdentityModel(inputs);
  const stack = model.stacks[0]!;
  return model.resolver.resolveAt(stack, `/Outputs/${output}/Value`);
}

const TEMPLATE = `
Parameters:
  Stage: { Type: String, Default: dev }
  FromSsm: { Type: 'AWS::SSM::Parameter::Value<String>', Default: /app/pool-arn }
  Names: { Type: CommaDelimitedList, Default: 'a,b' }
Mappings:
  Env: { dev: { Domain: dev.example.com } }
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
Resources:
  Bucket: { Type: AWS::S3::Bucket }
Outputs:
  Sub: { Value: !Sub 'arn:\${AWS::Partition}:s3:::\${Bucket}/private/\${!cognito-identity.amazonaws.com:sub}/*' }
  Join: { Value: !Join ['', ['arn:aws:s3:::', !Ref Bucket, '/*']] }
  If: { Value: !If [IsProd, prod-value, dev-value] }
  Default: { Value: !Ref Stage }
  Ssm: { Value: !Ref FromSsm }
  Select: { Value: !Select [1, !Ref Names] }
  Map: { Value: !FindInMap [Env, dev, Domain] }
  Split: { Value: !Select [0, !Split [',', 'x,y']] }
`;

describe('intrinsic resolution', () => {
  it('keeps ${!x} as a literal IAM variable and refs as references in Fn::Sub', () => {
    expect(render(resolveOutput(TEMPLATE, 'Sub'))).toBe('arn:${AWS::Partition}:s3:::${Bucket}/private/${cognito-identity.amazonaws.com:sub}/*');
  });

  it('joins pieces', () => {
    expect(render(resolveOutput(TEMPLATE, 'Join'))).toBe('arn:aws:s3:::${Bucket}/*');
  });

  it('turns Fn::If into alternatives', () => {
    expect(resolveOutput(TEMPLATE, 'If')).toEqual({ kind: 'anyOf', options: [{ kind: 'known', value: 'prod-value' }, { kind: 'known', value: 'dev-value' }] });
  });

  it('treats a parameter default as one alternative, and a given value as certain', () => {
    expect(knownString(resolveOutput(TEMPLATE, 'Default'))).toBeUndefined();
    expect(knownString(resolveOutput(TEMPLATE, 'Default', new Map([['Stage', 'prod']])))).toBe('prod');
  });

  it('never takes the SSM parameter name of an SSM-typed parameter for its value', () => {
    expect(resolveOutput(TEMPLATE, 'Ssm')).toMatchObject({ kind: 'unknown' });
  });

  it('selects from a CommaDelimitedList given by the user, reads Mappings and splits known strings', () => {
    expect(knownString(resolveOutput(TEMPLATE, 'Select', new Map([['Names', 'x, y']])))).toBe('y');
    expect(knownString(resolveOutput(TEMPLATE, 'Map'))).toBe('dev.example.com');
    expect(knownString(resolveOutput(TEMPLATE, 'Split'))).toBe('x');
  });

  it('survives circular and absurd references without throwing', () => {
    const cyclic = `
Resources:
  R: { Type: AWS::S3::Bucket }
Outputs:
  A: { Value: !Join ['', [!GetAtt [R, Arn], !Select [99, [a]]]] }
  B: { Value: !Sub ['\${X}', { X: !Ref Nope }] }
`;
    expect(resolveOutput(cyclic, 'A')).toMatchObject({ kind: 'concat' });
    expect(resolveOutput(cyclic, 'B')).toMatchObject({ kind: 'unknown' });
  });
});

describe('Fn::FindInMap with a key that is not known', () => {
  const MAPS = `
Mappings:
  Principals:
    aws: { Cognito: cognito-identity.amazonaws.com }
    aws-cn: { Cognito: cognito-identity.amazonaws.com.cn }
  Sizes:
    dev: { Small: 1, Large: 2 }
Resources:
  Bucket: { Type: AWS::S3::Bucket }
Outputs:
  ByPartition: { Value: !FindInMap [Principals, !Ref 'AWS::Partition', Cognito] }
  BySecond: { Value: !FindInMap [Sizes, dev, !Ref 'AWS::Region'] }
  Missing: { Value: !FindInMap [Nothing, !Ref 'AWS::Partition', Cognito] }
`;

  it('is every entry the known keys find, as alternatives', () => {
    const byPartition = resolveOutput(MAPS, 'ByPartition');
    expect(byPartition.kind).toBe('anyOf');
    expect(render(byPartition)).toBe('cognito-identity.amazonaws.com | cognito-identity.amazonaws.com.cn');
    expect(render(resolveOutput(MAPS, 'BySecond'))).toBe('1 | 2');
  });

  it('stays unknown for a map that does not exist', () => {
    expect(resolveOutput(MAPS, 'Missing').kind).toBe('unknown');
  });
});
