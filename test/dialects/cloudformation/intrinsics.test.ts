import { describe, expect, it } from 'vitest';
import { loadInputs } from '../../../src/inputs/load.js';
import { memoryFileSystem } from '../../../src/inputs/memory-fs.js';
import { TOO_LARGE } from '../../../src/dialects/cloudformation/intrinsics.js';
import { readCloudFormation } from '../../../src/dialects/cloudformation/dialect.js';
import { describe as render, knownString } from '../../../src/values/resolved.js';

function resolveOutput(template: string, output: string, parameters = new Map<string, string>()) {
  const inputs = loadInputs(['/t.yaml'], { fs: memoryFileSystem({ '/t.yaml': template }), cwd: '/', parameters });
  const { stacks, resolver } = readCloudFormation(inputs, { roles: [] });
  return resolver.resolveAt(stacks[0]!, `/Outputs/${output}/Value`);
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
  it('renders references for messages as the template writes them: by name, `<?>` only for a part with none', () => {
    const template = `
Parameters:
  Prefix: { Type: String }
  Key: { Type: String, Default: GET /param }
Resources:
  Pool: { Type: AWS::Cognito::UserPool }
Outputs:
  Route: { Value: !Sub 'DELETE /\${Prefix}/orders/{id}' }
  WithDefault: { Value: !Sub 'arn:aws:s3:::\${Key}/*' }
  WholeParameter: { Value: !Ref Key }
  WholeRef: { Value: !Ref Pool }
  WholeGetAtt: { Value: !GetAtt Pool.ProviderURL }
  Issuer: { Value: !Sub 'https://cognito-idp.\${AWS::Region}.amazonaws.com/\${Pool}' }
  Imported: { Value: !Sub ['arn:aws:s3:::\${B}/*', { B: !ImportValue shared-bucket }] }
  Elsewhere: { Value: !Sub 'arn:aws:s3:::\${ImportBucket}/data/*' }
  RefElsewhere: { Value: !Ref ImportBucket }
`;
    // Before: `DELETE /<?>/orders/{id}`, `arn:aws:s3:::GET /param | <?>/*`, `GET /param | <?>`, `${Pool}`, `${Pool.ProviderURL}`.
    expect(render(resolveOutput(template, 'Route'))).toBe('DELETE /${Prefix}/orders/{id}');
    expect(render(resolveOutput(template, 'WithDefault'))).toBe('arn:aws:s3:::${Key}/*');
    expect(render(resolveOutput(template, 'WholeParameter'))).toBe('Ref Key');
    expect(render(resolveOutput(template, 'WholeRef'))).toBe('Ref Pool');
    expect(render(resolveOutput(template, 'WholeGetAtt'))).toBe('Fn::GetAtt Pool.ProviderURL');
    expect(render(resolveOutput(template, 'Issuer'))).toBe('https://cognito-idp.${AWS::Region}.amazonaws.com/${Pool}');
    expect(render(resolveOutput(template, 'Imported'))).toBe('arn:aws:s3:::<?>/*');
    // A name the template uses but does not define (a fragment's, given by a template not linted with it): as written.
    expect(render(resolveOutput(template, 'Elsewhere'))).toBe('arn:aws:s3:::${ImportBucket}/data/*');
    expect(render(resolveOutput(template, 'RefElsewhere'))).toBe('Ref ImportBucket');
    // A given value is the value.
    expect(render(resolveOutput(template, 'Route', new Map([['Prefix', 'v1']])))).toBe('DELETE /v1/orders/{id}');
  });

  it('keeps ${!x} as a literal IAM variable and refs as references in Fn::Sub', () => {
    expect(render(resolveOutput(TEMPLATE, 'Sub'))).toBe(
      'arn:${AWS::Partition}:s3:::${Bucket}/private/${cognito-identity.amazonaws.com:sub}/*',
    );
  });

  it('joins pieces', () => {
    expect(render(resolveOutput(TEMPLATE, 'Join'))).toBe('arn:aws:s3:::${Bucket}/*');
  });

  it('turns Fn::If into alternatives', () => {
    expect(resolveOutput(TEMPLATE, 'If')).toEqual({
      kind: 'anyOf',
      options: [
        { kind: 'known', value: 'prod-value' },
        { kind: 'known', value: 'dev-value' },
      ],
    });
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

describe('bounded resolution (issue 12: values that double at each reference)', () => {
  const chain = (levels: number, body: (i: number) => string): string =>
    Array.from({ length: levels }, (_, i) => body(i + 1)).join('\n');

  it('is unknown, not an exception, for a value over the bounds', () => {
    // P40 would be 2^40 copies of P0.
    const template = `
Parameters:
  P0: { Type: String }
${chain(40, (i) => `  P${i}: { Type: String, Default: !Sub '\${P${i - 1}}\${P${i - 1}}' }`)}
Resources:
  R: { Type: AWS::S3::Bucket }
Outputs:
  Chars: { Value: !Sub ['\${A}\${A}', { A: !Ref P40 }] }
  Nodes: { Value: !Join ['', [!Ref P40, !Ref R]] }
`;
    // Each level is its default or unknown: the level where the default goes over the bounds has an
    // unknown default, and the doubling starts again from there.
    for (const [output, given] of [
      ['Chars', 'x'.repeat(100)],
      ['Nodes', undefined],
    ] as const) {
      const value = resolveOutput(template, output, new Map(given === undefined ? [] : [['P0', given]]));
      expect(knownString(value)).toBeUndefined();
      expect(JSON.stringify(value)).toContain(TOO_LARGE);
    }
  });

  it('stays within the bounds up to them: the last level under the character bound is known', () => {
    // 2^13 × 100 = 819,200 characters: known; one more doubling is over 1,000,000.
    const doubling = `
Mappings:
  M:
    k:
      v0: '${'x'.repeat(100)}'
${chain(14, (i) => `      v${i}: !Join ['', [!FindInMap [M, k, v${i - 1}], !FindInMap [M, k, v${i - 1}]]]`)}
Resources:
  R: { Type: AWS::S3::Bucket }
Outputs:
  Fine: { Value: !FindInMap [M, k, v13] }
  Over: { Value: !FindInMap [M, k, v14] }
`;
    expect(knownString(resolveOutput(doubling, 'Fine'))).toHaveLength(819_200);
    expect(resolveOutput(doubling, 'Over')).toEqual({ kind: 'unknown', reason: TOO_LARGE });
  });

  it('still resolves a big legitimate Fn::Join (1,000 ARNs: more than an IAM policy may hold)', () => {
    const arns = Array.from(
      { length: 1_000 },
      (_, i) => `          - !Sub 'arn:\${AWS::Partition}:s3:::bucket-${i}/\${R}/*'`,
    ).join('\n');
    const template = `
Resources:
  R: { Type: AWS::S3::Bucket }
Outputs:
  Big:
    Value:
      !Join
        - ','
        -
${arns}
`;
    const big = resolveOutput(template, 'Big');
    expect(big.kind).toBe('concat');
    const text = render(big);
    expect(text.startsWith('arn:${AWS::Partition}:s3:::bucket-0/${R}/*,arn:${AWS::Partition}:s3:::bucket-1/')).toBe(
      true,
    );
    expect(text.endsWith('bucket-999/${R}/*')).toBe(true);
  });

  it('resolves a parameter once and ends cycles of defaults and exports', () => {
    const template = `
Parameters:
  Self: { Type: String, Default: !Sub '\${Self}\${Self}' }
  A: { Type: String, Default: !Join ['', [!Ref B, !Ref B]] }
  B: { Type: String, Default: !Ref A }
Resources:
  R: { Type: AWS::S3::Bucket }
Outputs:
  Self: { Value: !Ref Self }
  A: { Value: !Ref A }
  Loop: { Value: !ImportValue Loop, Export: { Name: Loop } }
`;
    for (const output of ['Self', 'A', 'Loop']) {
      const value = resolveOutput(template, output);
      expect(knownString(value), output).toBeUndefined();
      expect(JSON.stringify(value), output).toContain('circular reference');
    }
  });

  it('ends a chain of thousands of references at the depth bound, without overflowing the stack', () => {
    const template = `
Parameters:
  P0: { Type: String, Default: x }
${chain(5_000, (i) => `  P${i}: { Type: String, Default: !Ref P${i - 1} }`)}
Resources:
  R: { Type: AWS::S3::Bucket }
Outputs:
  Deep: { Value: !Ref P5000 }
`;
    expect(JSON.stringify(resolveOutput(template, 'Deep'))).toContain('expression nested too deeply');
  });
});
