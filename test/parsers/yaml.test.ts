import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_NESTING_DEPTH } from '../../src/parsers/json.js';
import { UNKNOWN_TAG_KEY } from '../../src/parsers/types.js';
import { MAX_ALIAS_EXPANSION, parseYaml } from '../../src/parsers/yaml.js';
import { at, errorsOf, span, textAt } from './helpers.js';

const TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      RoleName: !Sub "\${AWS::StackName}-role"
      Arn: !GetAtt Pool.Arn
      Attr: !GetAtt [Pool, ProviderURL]
      Nested: !GetAtt Stack.Outputs.Url
      Policies:
        - PolicyName: !Join
            - "-"
            - - !Ref Env
              - policy
          PolicyDocument:
            Version: 2012-10-17
            Statement:
              - Effect: Allow
                Resource: !Sub
                  - "arn:aws:s3:::\${Bucket}/private/\${!cognito-identity.amazonaws.com:sub}/*"
                  - Bucket: !Ref MediaBucket
`;

const P = '/Resources/Role/Properties';

describe('parseYaml: data', () => {
  const doc = parseYaml('t.yaml', TEMPLATE);

  it('turns short-form tags into long form and keeps YAML 1.2 core scalars', () => {
    expect(doc.syntaxErrors).toEqual([]);
    expect(doc.format).toBe('yaml');
    expect(doc.text).toBe(TEMPLATE);
    expect(doc.size).toBe(TEMPLATE.length);
    expect(doc.data).toEqual({
      AWSTemplateFormatVersion: '2010-09-09',
      Resources: {
        Role: {
          Type: 'AWS::IAM::Role',
          Properties: {
            RoleName: { 'Fn::Sub': '${AWS::StackName}-role' },
            Arn: { 'Fn::GetAtt': ['Pool', 'Arn'] },
            Attr: { 'Fn::GetAtt': ['Pool', 'ProviderURL'] },
            Nested: { 'Fn::GetAtt': ['Stack', 'Outputs.Url'] },
            Policies: [
              {
                PolicyName: { 'Fn::Join': ['-', [{ Ref: 'Env' }, 'policy']] },
                PolicyDocument: {
                  Version: '2012-10-17',
                  Statement: [
                    {
                      Effect: 'Allow',
                      Resource: {
                        'Fn::Sub': [
                          'arn:aws:s3:::${Bucket}/private/${!cognito-identity.amazonaws.com:sub}/*',
                          { Bucket: { Ref: 'MediaBucket' } },
                        ],
                      },
                    },
                  ],
                },
              },
            ],
          },
        },
      },
    });
    expect(doc.unknownTags).toEqual([]);
    expect(doc.duplicateKeys).toEqual([]);
  });

  it('reads scalars with the core schema', () => {
    const data = parseYaml(
      't.yaml',
      'a: yes\nb: true\nc: 10\nd: 1.5\ne: ~\nf:\ng: 0x10\nh: "012"\ni: 2012-10-17\nj: .inf\n',
    ).data;
    expect(data).toEqual({
      a: 'yes',
      b: true,
      c: 10,
      d: 1.5,
      e: null,
      f: null,
      g: 16,
      h: '012',
      i: '2012-10-17',
      j: Infinity,
    });
  });

  it('keeps a plain integer with a leading zero a string (an account ID keeps its digits)', () => {
    const data = parseYaml('t.yaml', 'Account: 012345678901\nOctal: 0o17\nNegative: -0123\nZero: 0\n').data;
    expect(data).toEqual({ Account: '012345678901', Octal: 15, Negative: '-0123', Zero: 0 });
  });

  it('keeps map keys as written', () => {
    const data = parseYaml('t.yaml', '1: a\ntrue: b\n~: c\n0x10: d\n"q\\"k": e\n? [x, y]\n: f\n').data;
    expect(data).toEqual({ '1': 'a', true: 'b', '~': 'c', '0x10': 'd', 'q"k': 'e', '[x, y]': 'f' });
  });

  it('reads an empty document (or one of comments only) as null, without error', () => {
    const cases: Array<[string, string]> = [
      ['', '1:1-1:1'],
      ['# nothing\n', '1:1-1:1'],
      ['---\n', '1:4-1:4'], // the empty root node sits after the marker
      ['\n\n', '1:1-1:1'],
    ];
    for (const [text, root] of cases) {
      const empty = parseYaml('t.yaml', text);
      expect(empty.data).toBeNull();
      expect(empty.syntaxErrors).toEqual([]);
      expect(at(empty, '/Resources')).toBe(root);
    }
  });
});

describe('parseYaml: CloudFormation short-form tags', () => {
  const FUNCTIONS = [
    'And',
    'Base64',
    'Cidr',
    'Equals',
    'FindInMap',
    'GetAZs',
    'GetStackOutput',
    'If',
    'ImportValue',
    'Join',
    'Length',
    'Not',
    'Or',
    'Select',
    'Split',
    'Sub',
    'ToJsonString',
    'Transform',
    // Rule functions (template `Rules` section)
    'Contains',
    'EachMemberEquals',
    'EachMemberIn',
    'RefAll',
    'ValueOf',
    'ValueOfAll',
  ];

  it.each(FUNCTIONS)('!%s on a scalar, a sequence and a mapping', (name) => {
    const doc = parseYaml('t.yaml', `s: !${name} x\nq: !${name} [a, 1]\nm: !${name}\n  k: v\nb: !${name}\n  - a\n`);
    expect(doc.syntaxErrors).toEqual([]);
    const long = `Fn::${name}`;
    expect(doc.data).toEqual({
      s: { [long]: 'x' },
      q: { [long]: ['a', 1] },
      m: { [long]: { k: 'v' } },
      b: { [long]: ['a'] },
    });
    expect(doc.unknownTags).toEqual([]);
  });

  it('!Ref and !Condition keep their names', () => {
    expect(parseYaml('t.yaml', 'a: !Ref X\nb: !Condition IsProd\nc: !Ref "AWS::Region"\n').data).toEqual({
      a: { Ref: 'X' },
      b: { Condition: 'IsProd' },
      c: { Ref: 'AWS::Region' },
    });
  });

  it('!GetAtt splits its scalar at the first dot, and takes the sequence form as is', () => {
    expect(
      parseYaml(
        't.yaml',
        'a: !GetAtt A.B\nb: !GetAtt A.B.C\nc: !GetAtt [A, B.C]\nd: !GetAtt NoDot\ne: !GetAtt [A, !Ref Attr]\n',
      ).data,
    ).toEqual({
      a: { 'Fn::GetAtt': ['A', 'B'] },
      b: { 'Fn::GetAtt': ['A', 'B.C'] },
      c: { 'Fn::GetAtt': ['A', 'B.C'] },
      d: { 'Fn::GetAtt': 'NoDot' },
      e: { 'Fn::GetAtt': ['A', { Ref: 'Attr' }] },
    });
  });

  it('reads a tagged scalar as a string, whatever it looks like', () => {
    expect(parseYaml('t.yaml', 'a: !Ref 123\nb: !Ref true\nc: !GetAZs ""\nd: !GetAZs\n').data).toEqual({
      a: { Ref: '123' },
      b: { Ref: 'true' },
      c: { 'Fn::GetAZs': '' },
      d: { 'Fn::GetAZs': '' },
    });
  });

  it('nests tags inside sequences and mappings', () => {
    const text = [
      'a: !If [IsProd, !Ref A, !Ref "AWS::NoValue"]',
      'b: !Select [0, !GetAZs ""]',
      'c: !Cidr [!GetAtt Vpc.CidrBlock, 6, 8]',
      'd: !Base64',
      '  Fn::Sub: "x"',
      'e: !Equals [!Ref "AWS::Region", us-east-1]',
      'f: !Not [!Condition IsProd]',
      'g: !FindInMap [Map, !Ref "AWS::Region", Ami]',
      'h: !Transform {Name: "AWS::Include", Parameters: {Location: !Sub "s3://${B}/x"}}',
      'i: !Join ["", [!Sub "${A}", !GetAtt B.Arn]]',
    ].join('\n');
    const doc = parseYaml('t.yaml', text);
    expect(doc.syntaxErrors).toEqual([]);
    expect(doc.data).toEqual({
      a: { 'Fn::If': ['IsProd', { Ref: 'A' }, { Ref: 'AWS::NoValue' }] },
      b: { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] },
      c: { 'Fn::Cidr': [{ 'Fn::GetAtt': ['Vpc', 'CidrBlock'] }, 6, 8] },
      d: { 'Fn::Base64': { 'Fn::Sub': 'x' } },
      e: { 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'us-east-1'] },
      f: { 'Fn::Not': [{ Condition: 'IsProd' }] },
      g: { 'Fn::FindInMap': ['Map', { Ref: 'AWS::Region' }, 'Ami'] },
      h: { 'Fn::Transform': { Name: 'AWS::Include', Parameters: { Location: { 'Fn::Sub': 's3://${B}/x' } } } },
      i: { 'Fn::Join': ['', [{ 'Fn::Sub': '${A}' }, { 'Fn::GetAtt': ['B', 'Arn'] }]] },
    });
  });

  it('rejects two tags on one node (`!Base64 !Sub x`), as CloudFormation does', () => {
    // https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-base64.html:
    // "the following syntax isn't valid: !Base64 !Sub string"; YAML allows one tag per node.
    const doc = parseYaml('t.yaml', 'UserData: !Base64 !Sub "echo ${X}"\n');
    expect(errorsOf(doc)).toEqual(['1:19-1:23 The YAML parser reports "A node can have at most one tag"']);
    expect(doc.data).toBeUndefined();
  });
});

describe('parseYaml: unknown tags', () => {
  it('reads an unknown tag as the marker object and records it, on every kind of node', () => {
    const text = 'a: !Rain::Embed foo.txt\nb: !Rain::Module [x]\nc: !Custom\n  k: v\nd: !!binary aGVsbG8=\n';
    const doc = parseYaml('t.yaml', text);
    expect(doc.syntaxErrors).toEqual([]);
    expect(doc.data).toEqual({
      a: { [UNKNOWN_TAG_KEY]: '!Rain::Embed' },
      b: { [UNKNOWN_TAG_KEY]: '!Rain::Module' },
      c: { [UNKNOWN_TAG_KEY]: '!Custom' },
      d: { [UNKNOWN_TAG_KEY]: '!!binary' },
    });
    expect(doc.unknownTags.map((u) => ({ pointer: u.pointer, tag: u.tag, at: span(u.range) }))).toEqual([
      { pointer: '/a', tag: '!Rain::Embed', at: '1:4-1:24' },
      { pointer: '/b', tag: '!Rain::Module', at: '2:4-2:21' },
      { pointer: '/c', tag: '!Custom', at: '3:4-4:7' },
      { pointer: '/d', tag: '!!binary', at: '5:4-5:21' },
    ]);
  });

  it('gives the pointer of a nested unknown tag through short-form tags', () => {
    const doc = parseYaml('t.yaml', 'x: !Join ["", [!Rain::S3 a]]\n');
    expect(doc.unknownTags.map((u) => u.pointer)).toEqual(['/x/Fn::Join/1/0']);
    expect(at(doc, `/x/Fn::Join/1/0/${UNKNOWN_TAG_KEY}`)).toBe('1:16-1:27');
    expect(at(doc, `/x/Fn::Join/1/0/${UNKNOWN_TAG_KEY}`, 'key')).toBe('1:16-1:25');
  });
});

describe('parseYaml: positions', () => {
  const doc = parseYaml('t.yaml', TEMPLATE);

  it('locates plain keys and values', () => {
    expect(at(doc, '/Resources/Role/Type')).toBe('4:11-4:25');
    expect(at(doc, '/Resources/Role/Type', 'key')).toBe('4:5-4:9');
    expect(at(doc, `${P}/Policies/0/PolicyDocument/Version`)).toBe('16:22-16:32');
    expect(textAt(TEMPLATE, doc.locate(`${P}/Policies/0/PolicyDocument/Version`))).toBe('2012-10-17');
    expect(at(doc, `${P}/Policies/0/PolicyDocument/Statement/0/Effect`, 'key')).toBe('18:17-18:23');
  });

  it('starts a tagged node at its tag', () => {
    expect(at(doc, `${P}/RoleName`)).toBe('6:17-6:46');
    expect(textAt(TEMPLATE, doc.locate(`${P}/RoleName`))).toBe('!Sub "${AWS::StackName}-role"');
    expect(at(doc, `${P}/RoleName`, 'key')).toBe('6:7-6:15');
  });

  it('maps the synthetic key of a tag to the tagged node, and its key to the tag', () => {
    expect(at(doc, `${P}/RoleName/Fn::Sub`)).toBe('6:17-6:46');
    expect(at(doc, `${P}/RoleName/Fn::Sub`, 'key')).toBe('6:17-6:21');
    expect(textAt(TEMPLATE, doc.locate(`${P}/RoleName/Fn::Sub`, 'key'))).toBe('!Sub');
  });

  it('resolves tokens below a tagged scalar to the tagged scalar (!GetAtt A.B)', () => {
    expect(at(doc, `${P}/Arn`)).toBe('7:12-7:28');
    expect(at(doc, `${P}/Arn/Fn::GetAtt/0`)).toBe('7:12-7:28');
    expect(at(doc, `${P}/Arn/Fn::GetAtt/1`)).toBe('7:12-7:28');
    expect(at(doc, `${P}/Nested/Fn::GetAtt/1`)).toBe('9:15-9:40');
  });

  it('descends into the items of the sequence form (!GetAtt [A, B])', () => {
    expect(at(doc, `${P}/Attr`)).toBe('8:13-8:40');
    expect(at(doc, `${P}/Attr/Fn::GetAtt/0`)).toBe('8:22-8:26');
    expect(at(doc, `${P}/Attr/Fn::GetAtt/1`)).toBe('8:28-8:39');
    expect(textAt(TEMPLATE, doc.locate(`${P}/Attr/Fn::GetAtt/1`))).toBe('ProviderURL');
  });

  it('follows pointers through nested tags in block sequences', () => {
    const join = `${P}/Policies/0/PolicyName`;
    expect(at(doc, join)).toBe('11:23-14:23');
    expect(at(doc, `${join}/Fn::Join/0`)).toBe('12:15-12:18');
    expect(at(doc, `${join}/Fn::Join/1`)).toBe('13:15-14:23');
    expect(at(doc, `${join}/Fn::Join/1/0`)).toBe('13:17-13:25');
    expect(at(doc, `${join}/Fn::Join/1/0/Ref`)).toBe('13:17-13:25');
    expect(at(doc, `${join}/Fn::Join/1/0/Ref`, 'key')).toBe('13:17-13:21');
    expect(at(doc, `${join}/Fn::Join/1/1`)).toBe('14:17-14:23');
  });

  it('follows pointers into the sequence form of !Sub and the mapping inside it', () => {
    const sub = `${P}/Policies/0/PolicyDocument/Statement/0/Resource/Fn::Sub`;
    expect(at(doc, `${sub}/0`)).toBe('20:21-20:94');
    expect(at(doc, `${sub}/1/Bucket`)).toBe('21:29-21:45');
    expect(textAt(TEMPLATE, doc.locate(`${sub}/1/Bucket`))).toBe('!Ref MediaBucket');
    expect(at(doc, `${sub}/1/Bucket`, 'key')).toBe('21:21-21:27');
    expect(at(doc, `${sub}/1/Bucket/Ref`)).toBe('21:29-21:45');
  });

  it('answers a missing pointer with its nearest existing ancestor', () => {
    expect(at(doc, `${P}/Missing`)).toBe(at(doc, P));
    expect(at(doc, `${P}/Missing`, 'key')).toBe('5:5-5:15'); // "Properties"
    expect(at(doc, `${P}/RoleName/Ref`)).toBe('6:17-6:46'); // the tag is Fn::Sub, not Ref
    expect(at(doc, `${P}/Policies/3`)).toBe(at(doc, `${P}/Policies`));
    expect(at(doc, `${P}/Policies/00`)).toBe(at(doc, `${P}/Policies`));
    expect(at(doc, '/Resources/Role/Type/deeper')).toBe('4:11-4:25');
  });

  it('spans a block collection to the end of its last value, not the next line', () => {
    expect(at(doc, `${P}/Policies`)).toBe('11:9-21:45');
    expect(at(doc, '')).toBe('1:1-21:45');
  });

  it('includes a comment or an anchor between a tag and its value', () => {
    const text = 'a: !Ref # why\n  X\nb: !Ref &anchor Y\nc: &anchor2 !Ref Z\n';
    const tagged = parseYaml('t.yaml', text);
    expect(tagged.data).toEqual({ a: { Ref: 'X' }, b: { Ref: 'Y' }, c: { Ref: 'Z' } });
    expect(at(tagged, '/a')).toBe('1:4-2:4');
    expect(at(tagged, '/b')).toBe('3:4-3:18');
    expect(at(tagged, '/c')).toBe('4:13-4:19');
  });

  it('counts CRLF line breaks once', () => {
    const text = 'Resources:\r\n  R:\r\n    Type: !Ref T\r\n';
    const crlf = parseYaml('t.yaml', text);
    expect(crlf.data).toEqual({ Resources: { R: { Type: { Ref: 'T' } } } });
    expect(at(crlf, '/Resources/R/Type')).toBe('3:11-3:17');
    expect(at(crlf, '/Resources/R/Type', 'key')).toBe('3:5-3:9');
    expect(at(crlf, '/Resources/R')).toBe('3:5-3:17');
  });

  it('reads past a UTF-8 BOM and reports positions as editors show them', () => {
    const text = '\uFEFFa: 1\nb: !Ref X\n';
    const bom = parseYaml('t.yaml', text);
    expect(bom.data).toEqual({ a: 1, b: { Ref: 'X' } });
    expect(at(bom, '/a', 'key')).toBe('1:1-1:2');
    expect(at(bom, '/b')).toBe('2:4-2:10');
    expect(bom.text).toBe(text);
  });

  it('keeps working when locate is detached from its document', () => {
    const { locate } = doc;
    expect(span(locate('/Resources/Role/Type'))).toBe('4:11-4:25');
  });
});

describe('parseYaml: aliases', () => {
  const text = 'common: &policy\n  Effect: Allow\n  Action: !Ref Act\nroles:\n  - *policy\n  - Other: 1\n';
  const doc = parseYaml('t.yaml', text);

  it('expands an alias to the anchored value', () => {
    expect(doc.syntaxErrors).toEqual([]);
    const data = doc.data as { common: unknown; roles: unknown[] };
    expect(data.roles[0]).toEqual({ Effect: 'Allow', Action: { Ref: 'Act' } });
  });

  it('locates a pointer ending at an alias at the alias, and one going deeper in the anchored node', () => {
    expect(at(doc, '/roles/0')).toBe('5:5-5:12');
    expect(at(doc, '/roles/0/Effect')).toBe('2:11-2:16');
    expect(at(doc, '/roles/0/Action/Ref', 'key')).toBe('3:11-3:15');
  });

  it('uses the latest definition of a redefined anchor', () => {
    expect(parseYaml('t.yaml', 'a: &x 1\nb: &x 2\nc: *x\n').data).toEqual({ a: 1, b: 2, c: 2 });
  });

  it('reports an alias to an unknown anchor', () => {
    const bad = parseYaml('t.yaml', 'a: *nope\n');
    expect(errorsOf(bad)).toEqual(['1:4-1:9 Unknown YAML alias *nope']);
    expect(bad.data).toBeUndefined();
  });

  it('reports an alias inside the node it refers to (data would be cyclic)', () => {
    const bad = parseYaml('t.yaml', 'a: &x [1, *x]\n');
    expect(errorsOf(bad)).toEqual(['1:11-1:13 YAML alias *x refers to a node that contains it']);
  });

  it('turns an alias bomb into a syntax error, fast', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let level = 1; level < 30; level++) {
      const previous = String.fromCharCode(96 + ((level - 1) % 26) + 1) + (level > 26 ? level : '');
      const name = String.fromCharCode(96 + (level % 26) + 1) + (level >= 26 ? level + 1 : '');
      lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    // Expanding it would take exponential time and memory: the test's own timeout is the guard.
    const bomb = parseYaml('t.yaml', lines.join('\n'));
    expect(bomb.data).toBeUndefined();
    expect(errorsOf(bomb)).toEqual([
      `5:8-5:10 YAML alias limit exceeded: aliases expand to more than ${MAX_ALIAS_EXPANSION} nodes`,
    ]);
  });

  it('accepts moderate alias use', () => {
    const text = 'a: &a [1, 2, 3]\n' + Array.from({ length: 100 }, (_, i) => `k${i}: *a`).join('\n');
    const ok = parseYaml('t.yaml', text);
    expect(ok.syntaxErrors).toEqual([]);
    expect((ok.data as Record<string, unknown>).k99).toEqual([1, 2, 3]);
  });
});

describe('parseYaml: merge keys', () => {
  // Expected data is what PyYAML 6.0.3 (yaml.safe_load, the reader behind `aws cloudformation
  // package` and `deploy`) gives for the same text, key order included.
  const text = [
    'a: &a {x: 1, y: 1}', // 1
    'b: &b {x: 2, z: 2}', // 2
    'c: &c {<<: *b, w: 3}', // 3: an anchored mapping that merges in turn
    'list: {<<: [*a, *b]}', // 4
    'twice: {<<: *a, <<: *b}', // 5
    'before: {x: 9, <<: *a}', // 6
    'after:', // 7
    '  <<: *a', // 8
    '  x: 9', // 9
    'inline:', // 10
    '  <<: {p: 1}', // 11
    '  <<: [{q: 1}]', // 12
    'quoted: {"<<": 1}', // 13
    'chain: {<<: *c}', // 14
  ].join('\n');
  const doc = parseYaml('t.yaml', text + '\n');

  it('merges the keys of the anchored mapping, in PyYAML order', () => {
    expect(doc.syntaxErrors).toEqual([]);
    const data = doc.data as Record<string, Record<string, unknown>>;
    expect(Object.entries(data.list ?? {})).toEqual([
      ['x', 1],
      ['z', 2],
      ['y', 1],
    ]); // earlier list items win
    expect(data.twice).toEqual({ x: 2, y: 1, z: 2 }); // a later `<<` wins over an earlier one
    expect(data.inline).toEqual({ p: 1, q: 1 });
    expect(data.chain).toEqual({ x: 2, z: 2, w: 3 });
    expect(data.a).toEqual({ x: 1, y: 1 }); // the anchored mapping itself is untouched
  });

  it("lets the mapping's own keys override merged ones, written before or after the `<<`", () => {
    const data = doc.data as Record<string, unknown>;
    expect(data.before).toEqual({ x: 9, y: 1 });
    expect(data.after).toEqual({ x: 9, y: 1 });
  });

  it('does not report a key that overrides a merged key as a duplicate, nor two `<<` keys', () => {
    expect(doc.duplicateKeys).toEqual([]);
    const dup = parseYaml('t.yaml', 'a: &a {x: 1}\nm:\n  <<: *a\n  x: 2\n  x: 3\n');
    expect(dup.data).toEqual({ a: { x: 1 }, m: { x: 3 } });
    expect(dup.duplicateKeys.map((d) => [d.pointer, d.key, span(d.range)])).toEqual([['/m', 'x', '5:3-5:4']]);
  });

  it('keeps a quoted "<<" an ordinary key, as PyYAML does', () => {
    expect((doc.data as Record<string, unknown>).quoted).toEqual({ '<<': 1 });
    expect(at(doc, '/quoted/<<', 'key')).toBe('13:10-13:14');
  });

  it('locates a merged key where the merged mapping writes it, and an own key where it overrides', () => {
    expect(at(doc, '/after/y')).toBe('1:17-1:18'); // y: 1 in &a
    expect(at(doc, '/after/y', 'key')).toBe('1:14-1:15');
    expect(at(doc, '/after/x')).toBe('9:6-9:7'); // the override, not &a's x
    expect(at(doc, '/before/x')).toBe('6:13-6:14');
    expect(at(doc, '/list/x')).toBe('1:11-1:12'); // from *a, the first of the list
    expect(at(doc, '/list/z')).toBe('2:17-2:18');
    expect(at(doc, '/twice/x')).toBe('2:11-2:12'); // from *b, the later `<<`
    expect(at(doc, '/inline/q')).toBe('12:12-12:13');
    expect(at(doc, '/chain/z')).toBe('2:17-2:18'); // through &c's own merge
    expect(at(doc, '/chain/w')).toBe('3:19-3:20');
  });

  it('locates merged keys in a large mapping (indexed lookup) too', () => {
    const own = Array.from({ length: 20 }, (_, i) => `  k${i}: ${i}`);
    const large = parseYaml('t.yaml', ['base: &base {Merged: yes}', 'm:', '  <<: *base', ...own].join('\n') + '\n');
    expect((large.data as { m: Record<string, unknown> }).m.Merged).toBe('yes'); // YAML 1.2 typing kept
    expect(at(large, '/m/Merged')).toBe('1:22-1:25');
    expect(at(large, '/m/k19')).toBe('23:8-23:10');
  });

  it('refuses what PyYAML refuses to merge: a scalar, a sequence item that is not a mapping, a tagged node', () => {
    const cases: Array<[string, string]> = [
      ['m: {<<: 1}\n', '1:9-1:10'],
      ['m: {<<: [{a: 1}, 2]}\n', '1:18-1:19'],
      ['a: &a [1]\nm: {<<: *a}\n', '2:9-2:11'],
      ['m: {<<: !Ref X}\n', '1:14-1:15'],
    ];
    for (const [bad, where] of cases) {
      const parsed = parseYaml('t.yaml', bad);
      expect(parsed.data).toBeUndefined();
      expect(errorsOf(parsed)).toEqual([`${where} YAML merge key << needs a mapping or a list of mappings to merge`]);
    }
  });

  it('merges a sequence of mappings given by an alias', () => {
    expect(parseYaml('t.yaml', 'l: &l [{k: 1}, {k: 2, j: 2}]\nm: {<<: *l}\n').data).toEqual({
      l: [{ k: 1 }, { k: 2, j: 2 }],
      m: { k: 1, j: 2 },
    });
  });

  it('charges merges to the alias limit: a billion-laughs of merges is a syntax error, fast', () => {
    const keys = 'abcdefghi'.split('');
    const build = (level: (previous: string) => string): string => {
      const lines = [`l0: &l0 {${keys.map((k) => `${k}: lol`).join(', ')}}`];
      for (let n = 1; n < 30; n++) lines.push(`l${n}: &l${n} ${level(`*l${n - 1}`)}`);
      return lines.join('\n') + '\n';
    };
    const bombs = [
      build((previous) => `{<<: ${previous}, ${keys.map((k) => `${k}: ${previous}`).join(', ')}}`),
      build((previous) => `{<<: [${Array(9).fill(previous).join(', ')}]}`),
    ];
    for (const bomb of bombs) {
      const started = performance.now();
      const parsed = parseYaml('t.yaml', bomb);
      expect(performance.now() - started).toBeLessThan(1000);
      expect(parsed.data).toBeUndefined();
      expect(errorsOf(parsed)).toHaveLength(1);
      expect(errorsOf(parsed)[0]).toMatch(
        /^[45]:\d+-[45]:\d+ YAML alias limit exceeded: aliases expand to more than 10000 nodes$/,
      );
    }
  });
});

describe('parseYaml: duplicate keys', () => {
  it('records the second key, keeps the last value, and does not fail', () => {
    const text =
      'Resources:\n  R:\n    Type: A\n    Type: B\nResources2: !Transform\n  k: 1\n  k: 2\nlist:\n  - {x: 1, x: 2}\n';
    const doc = parseYaml('t.yaml', text);
    expect(doc.syntaxErrors).toEqual([]);
    expect(doc.data).toEqual({
      Resources: { R: { Type: 'B' } },
      Resources2: { 'Fn::Transform': { k: 2 } },
      list: [{ x: 2 }],
    });
    expect(doc.duplicateKeys.map((d) => ({ pointer: d.pointer, key: d.key, at: span(d.range) }))).toEqual([
      { pointer: '/Resources/R', key: 'Type', at: '4:5-4:9' },
      { pointer: '/Resources2/Fn::Transform', key: 'k', at: '7:3-7:4' },
      { pointer: '/list/0', key: 'x', at: '9:12-9:13' },
    ]);
    expect(at(doc, '/Resources/R/Type')).toBe('4:11-4:12'); // the value kept
  });

  it('locates the kept occurrence in a large mapping too (indexed lookup)', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `k${i}: ${i}`);
    lines.push('k7: again');
    const large = parseYaml('t.yaml', lines.join('\n') + '\n');
    expect((large.data as Record<string, unknown>).k7).toBe('again');
    expect(large.duplicateKeys.map((d) => [d.key, span(d.range)])).toEqual([['k7', '41:1-41:3']]);
    expect(at(large, '/k7')).toBe('41:5-41:10');
    expect(at(large, '/k7', 'key')).toBe('41:1-41:3');
    expect(at(large, '/k39')).toBe('40:6-40:8');
  });
});

describe('parseYaml: syntax errors', () => {
  it('reports bad indentation at its position', () => {
    const doc = parseYaml('t.yaml', 'Resources:\n  A: 1\n B: 2\n');
    // The yaml package marks the offending indentation itself.
    expect(errorsOf(doc)).toEqual([
      '3:1-3:2 The YAML parser reports "All mapping items must start at the same column"',
    ]);
    expect(doc.data).toBeUndefined();
  });

  it('reports an unclosed quote', () => {
    // Reported where the quote was still missing: the end of the text.
    expect(errorsOf(parseYaml('t.yaml', 'a: "abc\n'))).toEqual([
      '2:1-2:1 The YAML parser reports "Missing closing "quote"',
    ]);
  });

  it('lints the first of several documents and flags the second', () => {
    const doc = parseYaml('t.yaml', 'a: !Ref X\n---\nb: 2\n---\nc: 3\n');
    expect(doc.data).toEqual({ a: { Ref: 'X' } });
    expect(errorsOf(doc)).toEqual([
      '2:1-2:4 The file holds multiple YAML documents; CloudFormation reads only one, so only the first is linted',
    ]);
  });

  it('accepts a document that starts with --- and ends with ...', () => {
    const doc = parseYaml('t.yaml', '%YAML 1.2\n---\na: 1\n...\n');
    expect(doc.syntaxErrors).toEqual([]);
    expect(doc.data).toEqual({ a: 1 });
    expect(at(doc, '/a')).toBe('3:4-3:5');
  });

  it('caps the number of errors of a broken file', () => {
    const text = Array.from({ length: 50 }, () => 'a: "x\n  b: [\n').join('');
    expect(parseYaml('t.yaml', text).syntaxErrors.length).toBeLessThanOrEqual(10);
  });
});

describe('parseYaml: hostile input', () => {
  it('stops deep flow nesting at the limit without overflowing the stack', () => {
    const doc = parseYaml('t.yaml', '['.repeat(100_000));
    expect(errorsOf(doc)).toEqual([
      `1:${MAX_NESTING_DEPTH + 1}-1:${MAX_NESTING_DEPTH + 2} YAML nesting deeper than ${MAX_NESTING_DEPTH} levels`,
    ]);
    expect(doc.data).toBeUndefined();
  });

  it('stops deep block nesting (compact sequences) at the limit', () => {
    const doc = parseYaml('t.yaml', '- '.repeat(50_000) + 'x');
    expect(doc.syntaxErrors.map((e) => e.message)).toEqual([`YAML nesting deeper than ${MAX_NESTING_DEPTH} levels`]);
    expect(span(doc.syntaxErrors[0]!.range)).toBe(`1:${2 * MAX_NESTING_DEPTH + 1}-1:${2 * MAX_NESTING_DEPTH + 2}`);
  });

  it('accepts exactly MAX_NESTING_DEPTH levels, and counts a tag as a level', () => {
    const ok = parseYaml('t.yaml', '['.repeat(MAX_NESTING_DEPTH) + ']'.repeat(MAX_NESTING_DEPTH));
    expect(ok.syntaxErrors).toEqual([]);
    const tagged = parseYaml(
      't.yaml',
      '['.repeat(MAX_NESTING_DEPTH - 1) + '!Ref [x]' + ']'.repeat(MAX_NESTING_DEPTH - 1),
    );
    expect(tagged.syntaxErrors.map((e) => e.message)).toEqual([`YAML nesting deeper than ${MAX_NESTING_DEPTH} levels`]);
  });

  it('bounds what aliases add to the depth', () => {
    const half = Math.ceil(MAX_NESTING_DEPTH / 2) + 1;
    const text = `a: &a ${'['.repeat(half)}${']'.repeat(half)}\nb: ${'['.repeat(half)}*a${']'.repeat(half)}\n`;
    expect(parseYaml('t.yaml', text).syntaxErrors.map((e) => e.message)).toEqual([
      `YAML nesting deeper than ${MAX_NESTING_DEPTH} levels`,
    ]);
  });

  it('keeps __proto__ an own data property and never touches prototypes', () => {
    const doc = parseYaml('t.yaml', '__proto__:\n  polluted: true\nconstructor:\n  prototype: 1\nx: !Ref __proto__\n');
    const data = doc.data as Record<string, unknown>;
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.keys(data)).toEqual(['__proto__', 'constructor', 'x']);
    expect(Object.getOwnPropertyDescriptor(data, '__proto__')?.value).toEqual({ polluted: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(at(doc, '/__proto__/polluted')).toBe('2:13-2:17');
  });

  it('restores Error.stackTraceLimit after parsing', () => {
    const before = Error.stackTraceLimit;
    parseYaml('t.yaml', 'a: !Ref X\n');
    parseYaml('t.yaml', '[[[');
    expect(Error.stackTraceLimit).toBe(before);
  });

  it('never throws, and always answers locate, on any text (property)', () => {
    const yamlish = fc.stringMatching(/^[-a-z:!&*[\]{},"'#|>? \n]*$/);
    fc.assert(
      fc.property(fc.oneof(fc.string(), yamlish), fc.string(), (text, pointer) => {
        const doc = parseYaml('t.yaml', text);
        expect(doc.syntaxErrors.filter((e) => e.message.startsWith('Could not read'))).toEqual([]);
        const range = doc.locate('/' + pointer);
        expect(range.start.line).toBeGreaterThanOrEqual(1);
        expect(doc.locate('', 'key').start.column).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });
});
