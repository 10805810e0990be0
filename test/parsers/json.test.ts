import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_NESTING_DEPTH, parseJson } from '../../src/parsers/json.js';
import { at, errorsOf, span, textAt } from './helpers.js';

const TEMPLATE = `{
  "Resources": {
    "Role": {
      "Type": "AWS::IAM::Role",
      "Properties": {
        "Policies": [
          { "PolicyName": "p", "Flags": [1, true, null] }
        ]
      }
    }
  },
  "a/b": { "m~n": "x" }
}`;

describe('parseJson: data', () => {
  it('reads strict JSON into plain data', () => {
    const doc = parseJson('t.json', TEMPLATE);
    expect(doc.syntaxErrors).toEqual([]);
    expect(doc.format).toBe('json');
    expect(doc.file).toBe('t.json');
    expect(doc.size).toBe(TEMPLATE.length);
    expect(doc.text).toBe(TEMPLATE);
    expect(doc.data).toEqual({
      Resources: {
        Role: {
          Type: 'AWS::IAM::Role',
          Properties: { Policies: [{ PolicyName: 'p', Flags: [1, true, null] }] },
        },
      },
      'a/b': { 'm~n': 'x' },
    });
    expect(doc.duplicateKeys).toEqual([]);
    expect(doc.unknownTags).toEqual([]);
  });

  it('decodes escapes and numbers as JSON.parse does', () => {
    const text = '{"s": "a\\"b\\\\c\\/d\\n\\u00e9\\ud83d\\ude00", "n": [-0, 1.5e3, 1E-2, 12345678901234567890]}';
    expect(parseJson('t.json', text).data).toEqual(JSON.parse(text));
    expect(Object.is(parseJson('t.json', '-0').data as number, -0)).toBe(true);
  });

  it('accepts any JSON value at the root', () => {
    expect(parseJson('t.json', ' "x" ').data).toBe('x');
    expect(parseJson('t.json', '[]').data).toEqual([]);
    expect(parseJson('t.json', 'null').data).toBeNull();
    expect(parseJson('t.json', '\n\t42\r\n').data).toBe(42);
  });
});

describe('parseJson: positions', () => {
  const doc = parseJson('t.json', TEMPLATE);

  it('locates values and keys exactly', () => {
    expect(at(doc, '/Resources/Role/Type')).toBe('4:15-4:31');
    expect(textAt(TEMPLATE, doc.locate('/Resources/Role/Type'))).toBe('"AWS::IAM::Role"');
    expect(at(doc, '/Resources/Role/Type', 'key')).toBe('4:7-4:13');
    expect(textAt(TEMPLATE, doc.locate('/Resources/Role/Type', 'key'))).toBe('"Type"');
    expect(at(doc, '/Resources/Role/Properties/Policies/0/PolicyName')).toBe('7:27-7:30');
    expect(at(doc, '/Resources/Role/Properties/Policies/0/Flags/1')).toBe('7:45-7:49');
    expect(textAt(TEMPLATE, doc.locate('/Resources/Role/Properties/Policies/0/Flags/1'))).toBe('true');
  });

  it('spans objects and arrays from bracket to bracket', () => {
    expect(at(doc, '/Resources/Role/Properties/Policies')).toBe('6:21-8:10');
    expect(at(doc, '/Resources/Role/Properties/Policies/0')).toBe('7:11-7:58');
    expect(at(doc, '')).toBe('1:1-13:2');
  });

  it('unescapes ~1 and ~0 in pointer tokens', () => {
    expect(at(doc, '/a~1b/m~0n')).toBe('12:19-12:22');
    expect(at(doc, '/a~1b/m~0n', 'key')).toBe('12:12-12:17');
  });

  it('gives an array item (which has no key) its value range for which = key', () => {
    expect(at(doc, '/Resources/Role/Properties/Policies/0', 'key')).toBe('7:11-7:58');
  });

  it('answers a missing pointer with its nearest existing ancestor', () => {
    expect(at(doc, '/Resources/Role/Properties/Missing')).toBe(at(doc, '/Resources/Role/Properties'));
    expect(at(doc, '/Resources/Role/Properties/Missing', 'key')).toBe('5:7-5:19'); // "Properties"
    expect(at(doc, '/Resources/Role/Properties/Policies/7')).toBe('6:21-8:10');
    expect(at(doc, '/Resources/Role/Properties/Policies/01')).toBe('6:21-8:10'); // not an RFC 6901 index
    expect(at(doc, '/Resources/Role/Type/deeper')).toBe('4:15-4:31'); // below a scalar
  });

  it('keeps working when locate is detached from its document', () => {
    const { locate } = doc;
    expect(span(locate('/Resources/Role/Type'))).toBe('4:15-4:31');
  });

  it('counts CRLF line breaks once', () => {
    const text = '{\r\n  "a": {\r\n    "b": 1\r\n  }\r\n}\r\n';
    const crlf = parseJson('t.json', text);
    expect(at(crlf, '/a/b')).toBe('3:10-3:11');
    expect(at(crlf, '/a/b', 'key')).toBe('3:5-3:8');
    expect(at(crlf, '/a')).toBe('2:8-4:4');
  });

  it('reads past a UTF-8 BOM and reports positions as editors show them', () => {
    const text = '\uFEFF{"a": 1,\n "b": [2]}';
    const bom = parseJson('t.json', text);
    expect(bom.syntaxErrors).toEqual([]);
    expect(bom.data).toEqual({ a: 1, b: [2] });
    expect(at(bom, '/a', 'key')).toBe('1:2-1:5');
    expect(at(bom, '/b/0')).toBe('2:8-2:9');
    expect(bom.text).toBe(text); // as given: line hashes are computed from it
    expect(bom.size).toBe(text.length);
  });
});

describe('parseJson: duplicate keys', () => {
  const text = '{\n  "a": 1,\n  "b": { "x": 1, "x": 2, "x": 3 },\n  "a": 2\n}';
  const doc = parseJson('t.json', text);

  it('records each repeat with the range of its key, keeping the last value', () => {
    expect(doc.syntaxErrors).toEqual([]);
    expect(doc.data).toEqual({ a: 2, b: { x: 3 } });
    expect(doc.duplicateKeys.map((d) => ({ pointer: d.pointer, key: d.key, at: span(d.range) }))).toEqual([
      { pointer: '/b', key: 'x', at: '3:18-3:21' },
      { pointer: '/b', key: 'x', at: '3:26-3:29' },
      { pointer: '', key: 'a', at: '4:3-4:6' },
    ]);
  });

  it('keeps the key order of the first occurrence, as JSON.parse does', () => {
    expect(Object.keys(doc.data as object)).toEqual(['a', 'b']);
  });

  it('locates the occurrence whose value was kept', () => {
    expect(at(doc, '/a')).toBe('4:8-4:9');
    expect(at(doc, '/b/x')).toBe('3:31-3:32');
  });

  it('locates the kept occurrence in a large object too (indexed lookup)', () => {
    const members = Array.from({ length: 40 }, (_, i) => `"k${i}": ${i}`);
    members.push('"k7": "again"');
    const large = parseJson('t.json', `{${members.join(',\n')}}`);
    expect((large.data as Record<string, unknown>).k7).toBe('again');
    expect(at(large, '/k7')).toBe('41:7-41:14');
    expect(at(large, '/k7', 'key')).toBe('41:1-41:5');
    expect(at(large, '/k39')).toBe('40:8-40:10');
    expect(at(large, '/nope')).toBe('1:1-41:15');
  });

  it('builds pointers through arrays', () => {
    const nested = parseJson('t.json', '[{"k": [0, {"d": 1, "d": 2}]}]');
    expect(nested.duplicateKeys.map((d) => d.pointer)).toEqual(['/0/k/1']);
  });

  // Text without duplicates is read by JSON.parse after counting members by their colons: colons,
  // brackets and escaped quotes inside strings must not hide a duplicate, nor invent one.
  it.each([
    ['a key spelt with an escape', '{"\\u0061": 1, "a": 2}', [['', 'a']], { a: 2 }],
    ['colons and brackets inside keys and strings', '{"a:b": "{[:", "a:b": ":]}"}', [['', 'a:b']], { 'a:b': ':]}' }],
    ['escaped quotes and backslashes', '{"x\\":": "\\\\", "x\\":": 2}', [['', 'x":']], { 'x":': 2 }],
    [
      'no duplicate, colons in strings only',
      '{"u": "a:b:c", "v": ["::", {"w": ":"}]}',
      [],
      { u: 'a:b:c', v: ['::', { w: ':' }] },
    ],
  ])('finds duplicates with %s', (_name, text, duplicates, data) => {
    const parsed = parseJson('t.json', text);
    expect(parsed.syntaxErrors).toEqual([]);
    expect(parsed.duplicateKeys.map((d) => [d.pointer, d.key])).toEqual(duplicates);
    expect(parsed.data).toEqual(data);
  });
});

describe('parseJson: syntax errors', () => {
  const cases: Array<[string, string, string]> = [
    ['trailing comma in an object', '{\n  "a": 1,\n}', '2:9-2:10 Unexpected trailing comma'],
    ['trailing comma in an array', '[1, 2, ]', '1:6-1:7 Unexpected trailing comma'],
    ['missing comma', '{"a": 1\n "b": 2}', '2:2-2:5 Expected a comma or closing brace'],
    ['missing comma in an array', '[1 2]', '1:4-1:5 Expected a comma or closing bracket'],
    ['line comment', '{\n  // why\n  "a": 1\n}', '2:3-2:9 Comments are not allowed in JSON'],
    ['block comment', '{"a": /* x */ 1}', '1:7-1:14 Comments are not allowed in JSON'],
    ['single quotes', "{'a': 1}", '1:2-1:5 JSON strings must use double quotes'],
    ['bare word', '{"a": True}', '1:7-1:11 Unexpected token "True"'],
    ['stray character', '{"a": 1} #', '1:10-1:11 Unexpected character "#"'],
    ['missing colon', '{"a" 1}', '1:6-1:7 Expected a colon after the property name'],
    ['unquoted key', '{a: 1}', '1:2-1:3 Unexpected letter: JSON keys and strings need double quotes'],
    ['missing value', '{"a": }', '1:7-1:8 Expected a value'],
    ['leading comma', '[, 1]', '1:2-1:3 Expected a value'],
    ['unterminated string', '{"a": "abc\n}', '1:7-1:11 Unterminated string'],
    ['invalid escape', '["ab\\x"]', '1:5-1:7 Invalid escape sequence in string'],
    ['bad unicode escape', '["\\u12G4"]', '1:3-1:9 Invalid \\u escape in string: expected 4 hex digits'],
    ['raw control character', '["a\tb"]', '1:4-1:5 Control character U+0009 must be escaped in a string'],
    ['incomplete number', '[1.]', '1:2-1:4 Invalid number'],
    ['leading zero', '[01]', '1:3-1:4 Expected a comma or closing bracket'],
    ['unclosed object', '{"a": 1', '1:8-1:8 Unexpected end of file: expected a comma or closing brace'],
    ['unclosed array', '[1,\n', '2:1-2:1 Unexpected end of file: expected a value'],
    ['empty file', '  \n', '2:1-2:1 Expected a JSON value, found the end of the file'],
    ['content after the value', '{} {}', '1:4-1:5 Unexpected content after the end of the JSON value'],
    ['NaN', '[NaN]', '1:2-1:5 Unexpected token "NaN"'],
    // A file that is not JSON may be a secret: its text never reaches the message.
    [
      'a secret behind a .json name',
      'ghp_SECRETsecret123\n',
      '1:1-1:20 Unexpected bare word (19 characters): not a JSON value',
    ],
    ['a bad number in a secret', '[1.x]', '1:2-1:4 Invalid number'],
    ['comment before the value', '// c\n{}', '1:1-1:5 Comments are not allowed in JSON'],
    ['YAML in a .json file', 'a: 1', '1:1-1:2 Unexpected letter: JSON keys and strings need double quotes'],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    const doc = parseJson('t.json', text);
    expect(errorsOf(doc)).toEqual([expected]);
    expect(doc.data).toBeUndefined();
  });

  it('locates nothing in an unreadable document but still answers', () => {
    const doc = parseJson('t.json', '{"a": 1,}');
    expect(at(doc, '/a')).toBe('1:1-1:1');
  });
});

describe('parseJson: hostile input', () => {
  it('stops at the nesting limit without overflowing the stack', () => {
    const doc = parseJson('t.json', '['.repeat(100_000));
    expect(errorsOf(doc)).toEqual([
      `1:${MAX_NESTING_DEPTH + 1}-1:${MAX_NESTING_DEPTH + 2} JSON nesting deeper than ${MAX_NESTING_DEPTH} levels`,
    ]);
    expect(doc.data).toBeUndefined();
  });

  it('accepts exactly MAX_NESTING_DEPTH levels', () => {
    const ok = parseJson('t.json', '['.repeat(MAX_NESTING_DEPTH) + ']'.repeat(MAX_NESTING_DEPTH));
    expect(ok.syntaxErrors).toEqual([]);
    const tooDeep = parseJson(
      't.json',
      '{"a":'.repeat(MAX_NESTING_DEPTH + 1) + '1' + '}'.repeat(MAX_NESTING_DEPTH + 1),
    );
    expect(tooDeep.syntaxErrors.map((e) => e.message)).toEqual([
      `JSON nesting deeper than ${MAX_NESTING_DEPTH} levels`,
    ]);
  });

  it('keeps __proto__ an own data property and never touches prototypes', () => {
    const doc = parseJson(
      't.json',
      '{"__proto__": {"polluted": true}, "a": {"__proto__": [1]}, "constructor": {"prototype": 1}}',
    );
    const data = doc.data as Record<string, unknown>;
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.keys(data)).toEqual(['__proto__', 'a', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(data, '__proto__')).toEqual({
      value: { polluted: true },
      writable: true,
      enumerable: true,
      configurable: true,
    });
    expect((data.a as Record<string, unknown>)['__proto__']).toEqual([1]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(data).toEqual(
      JSON.parse('{"__proto__": {"polluted": true}, "a": {"__proto__": [1]}, "constructor": {"prototype": 1}}'),
    );
    expect(at(doc, '/__proto__/polluted')).toBe('1:28-1:32');
  });

  it('records a repeated __proto__ as a duplicate', () => {
    const doc = parseJson('t.json', '{"__proto__": 1, "__proto__": 2}');
    expect(doc.data).toEqual(JSON.parse('{"__proto__": 2}'));
    expect(doc.duplicateKeys.map((d) => [d.key, span(d.range)])).toEqual([['__proto__', '1:18-1:29']]);
  });

  it('reads a huge string', () => {
    const big = 'x'.repeat(5_000_000);
    const doc = parseJson('t.json', `{"a": "${big}"}`);
    expect((doc.data as { a: string }).a.length).toBe(5_000_000);
  });

  it('agrees with JSON.parse on every JSON value (property)', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 6 }), (text) => {
        const doc = parseJson('t.json', text);
        expect(doc.syntaxErrors).toEqual([]);
        expect(doc.data).toEqual(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws, and always answers locate, on any text (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json().map((j) => j.slice(0, -1)),
          fc.stringMatching(/^[[\]{}",:0-9a-z \n\\/*]*$/),
        ),
        fc.string(),
        (text, pointer) => {
          const doc = parseJson('t.json', text);
          const valid = (() => {
            try {
              JSON.parse(text);
              return true;
            } catch {
              return false;
            }
          })();
          expect(doc.syntaxErrors.length === 0).toBe(valid);
          // Every failure is a located syntax error, never the internal-error fallback.
          expect(doc.syntaxErrors.filter((e) => e.message.startsWith('Could not read'))).toEqual([]);
          const range = doc.locate('/' + pointer);
          expect(range.start.line).toBeGreaterThanOrEqual(1);
          expect(range.start.column).toBeGreaterThanOrEqual(1);
        },
      ),
      { numRuns: 500 },
    );
  });
});
