/**
 * Every problem a parser or an input reader reports is a code with values (issue 15, step 5): the
 * words are in one table per layer (src/parsers/syntax-messages.ts, src/inputs/problem-messages.ts),
 * and input/parse-error has one message per code. Here each syntax code is produced by a file that
 * has the problem, with its values and its text; and the rule's message of each code is filled by
 * the values its problem carries, with nothing left over and nothing missing.
 */
import { describe, expect, it } from 'vitest';
import parseError from '../../rules/input/parse-error.js';
import { formatMessage } from '../../src/core/template.js';
import { decodeRead, parseRead } from '../../src/inputs/files.js';
import { lint, rules } from '../../src/index.js';
import { memoryFileSystem } from '../../src/inputs/memory-fs.js';
import { INPUT_PROBLEM_MESSAGES } from '../../src/inputs/problem-messages.js';
import { READ_FAILURES } from '../../src/inputs/read-failures.js';
import { parseJson } from '../../src/parsers/json.js';
import { SYNTAX_MESSAGES, type SyntaxCode } from '../../src/parsers/syntax-messages.js';
import type { ParsedDocument } from '../../src/parsers/types.js';
import { parseYaml } from '../../src/parsers/yaml.js';

const BILLION_LAUGHS = [
  'a: &a [x, x, x, x, x, x, x, x, x, x]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
  '',
].join('\n');

/** A file for each code, and what its first syntax problem is: code, values, text, line:column. */
const CASES: ReadonlyArray<
  [SyntaxCode, () => ParsedDocument, Record<string, string | number> | undefined, string, string]
> = [
  ['json/empty', () => parseJson('t.json', '  '), undefined, 'Expected a JSON value, found the end of the file', '1:3'],
  [
    'json/too-deep',
    () => parseJson('t.json', '['.repeat(300)),
    { limit: 256 },
    'JSON nesting deeper than 256 levels',
    '1:257',
  ],
  ['json/expected-value', () => parseJson('t.json', '[,]'), undefined, 'Expected a value', '1:2'],
  [
    'json/eof-expected-value',
    () => parseJson('t.json', '{"a":'),
    undefined,
    'Unexpected end of file: expected a value',
    '1:6',
  ],
  [
    'json/expected-key',
    () => parseJson('t.json', '{1: 2}'),
    undefined,
    'Expected a property name in double quotes',
    '1:2',
  ],
  [
    'json/eof-expected-key',
    () => parseJson('t.json', '{"a": 1,'),
    undefined,
    'Unexpected end of file: expected a property name in double quotes',
    '1:9',
  ],
  [
    'json/expected-colon',
    () => parseJson('t.json', '{"a" 1}'),
    undefined,
    'Expected a colon after the property name',
    '1:6',
  ],
  [
    'json/eof-expected-colon',
    () => parseJson('t.json', '{"a"'),
    undefined,
    'Unexpected end of file: expected a colon after the property name',
    '1:5',
  ],
  [
    'json/expected-comma-or-bracket',
    () => parseJson('t.json', '[1 2]'),
    undefined,
    'Expected a comma or closing bracket',
    '1:4',
  ],
  [
    'json/eof-expected-comma-or-bracket',
    () => parseJson('t.json', '[1'),
    undefined,
    'Unexpected end of file: expected a comma or closing bracket',
    '1:3',
  ],
  [
    'json/expected-comma-or-brace',
    () => parseJson('t.json', '{"a": 1 "b": 2}'),
    undefined,
    'Expected a comma or closing brace',
    '1:9',
  ],
  [
    'json/eof-expected-comma-or-brace',
    () => parseJson('t.json', '{"a": 1'),
    undefined,
    'Unexpected end of file: expected a comma or closing brace',
    '1:8',
  ],
  [
    'json/content-after-value',
    () => parseJson('t.json', '{} []'),
    undefined,
    'Unexpected content after the end of the JSON value',
    '1:4',
  ],
  ['json/trailing-comma', () => parseJson('t.json', '[1,]'), undefined, 'Unexpected trailing comma', '1:3'],
  ['json/comment', () => parseJson('t.json', '// note\n{}'), undefined, 'Comments are not allowed in JSON', '1:1'],
  [
    'json/single-quotes',
    () => parseJson('t.json', "{'a': 1}"),
    undefined,
    'JSON strings must use double quotes',
    '1:2',
  ],
  [
    'json/unexpected-character',
    () => parseJson('t.json', '{"a": #}'),
    { token: '#' },
    'Unexpected character "#"',
    '1:7',
  ],
  [
    'json/unexpected-word',
    () => parseJson('t.json', '{"a": True}'),
    { token: 'True' },
    'Unexpected token "True"',
    '1:7',
  ],
  [
    'json/unexpected-letter',
    () => parseJson('t.json', '{"a": x}'),
    undefined,
    'Unexpected letter: JSON keys and strings need double quotes',
    '1:7',
  ],
  ['json/unexpected-symbol', () => parseJson('t.json', '{"a": €}'), undefined, 'Unexpected character', '1:7'],
  [
    'json/bare-word',
    () => parseJson('t.json', '{"a": secret}'),
    { length: 6 },
    'Unexpected bare word (6 characters): not a JSON value',
    '1:7',
  ],
  ['json/unterminated-string', () => parseJson('t.json', '{"a": "b'), undefined, 'Unterminated string', '1:7'],
  ['json/invalid-number', () => parseJson('t.json', '[1.]'), undefined, 'Invalid number', '1:2'],
  [
    'json/invalid-unicode-escape',
    () => parseJson('t.json', '["\\u12"]'),
    undefined,
    'Invalid \\u escape in string: expected 4 hex digits',
    '1:3',
  ],
  ['json/invalid-escape', () => parseJson('t.json', '["\\q"]'), undefined, 'Invalid escape sequence in string', '1:3'],
  [
    'json/control-character',
    () => parseJson('t.json', '["a\tb"]'),
    { codePoint: 'U+0009' },
    'Control character U+0009 must be escaped in a string',
    '1:4',
  ],
  [
    'yaml/multiple-documents',
    () => parseYaml('t.yaml', 'a: 1\n---\nb: 2\n'),
    undefined,
    'The file holds multiple YAML documents; CloudFormation reads only one, so only the first is linted',
    '2:1',
  ],
  [
    'yaml/too-deep',
    () => parseYaml('t.yaml', '['.repeat(300)),
    { limit: 256 },
    'YAML nesting deeper than 256 levels',
    '1:257',
  ],
  ['yaml/unknown-alias', () => parseYaml('t.yaml', 'a: &x 1\nb: *y\n'), { alias: 'y' }, 'Unknown YAML alias *y', '2:4'],
  [
    'yaml/recursive-alias',
    () => parseYaml('t.yaml', 'a: &x [*x]\n'),
    { alias: 'x' },
    'YAML alias *x refers to a node that contains it',
    '1:8',
  ],
  [
    'yaml/alias-limit',
    () => parseYaml('t.yaml', BILLION_LAUGHS),
    { limit: 10000 },
    'YAML alias limit exceeded: aliases expand to more than 10000 nodes',
    '4:36',
  ],
  [
    'yaml/merge-not-mapping',
    () => parseYaml('t.yaml', 'a:\n  <<: 1\n'),
    undefined,
    'YAML merge key << needs a mapping or a list of mappings to merge',
    '2:7',
  ],
  [
    'yaml/parser',
    () => parseYaml('t.yaml', 'a: "abc\n'),
    { parserMessage: 'Missing closing "quote' },
    'The YAML parser reports "Missing closing "quote"',
    '2:1',
  ],
  [
    'text/invalid-utf8',
    () => {
      const read = decodeRead(Uint8Array.from([0x61, 0x3a, 0x20, 0xff, 0x0a]));
      if (!read.ok) throw new Error(read.reason);
      return parseRead(parseYaml, 't.yaml', read);
    },
    { byte: 'ff', offset: 3 },
    'invalid UTF-8 (byte 0xff at offset 3); templates must be UTF-8',
    '1:4',
  ],
];

/**
 * Codes no file is known to produce, kept as the parsers' guards: the scanner reads a lone digit as
 * a number and reports no other string error than those above, and a parser that throws is a bug.
 */
const UNREACHABLE: readonly SyntaxCode[] = [
  'json/unexpected-digit',
  'json/invalid-string-character',
  'json/invalid-token',
  'text/parser-failed',
];

describe('syntax problems', () => {
  it.each(CASES)('%s', (code, parse, data, message, position) => {
    const [first] = parse().syntaxErrors;
    expect(first).toBeDefined();
    expect({ code: first!.code, data: first!.data, message: first!.message }).toEqual({
      code,
      ...(data ? { data } : { data: undefined }),
      message,
    });
    expect(`${first!.range.start.line}:${first!.range.start.column}`).toBe(position);
  });

  it('cover every code but the guards no file reaches', () => {
    const covered = new Set<string>([...CASES.map(([code]) => code), ...UNREACHABLE]);
    expect(Object.keys(SYNTAX_MESSAGES).filter((code) => !covered.has(code))).toEqual([]);
  });

  it("fill input/parse-error's message of their code with their values and the file name, leaving nothing out", () => {
    for (const [code, parse] of CASES) {
      const doc = parse();
      const [first] = doc.syntaxErrors;
      const template = parseError.meta.messages[code]!;
      expect(placeholders(template)).toEqual(['file', ...Object.keys(first!.data ?? {})].sort());
      expect(formatMessage(template, { ...first!.data, file: doc.file })).toBe(
        STILL_LINTED[code] ?? `${doc.file} cannot be read: ${first!.message}.`,
      );
    }
  });
});

/** input/parse-error's message where the rest of the file is still linted: it must not say the file cannot be read. */
const STILL_LINTED: Partial<Record<string, string>> = {
  'text/invalid-utf8':
    'In t.yaml: invalid UTF-8 (byte 0xff at offset 3); templates must be UTF-8; the rest of the file was linted, with U+FFFD in place of the bad bytes.',
  'yaml/multiple-documents':
    'In t.yaml: The file holds multiple YAML documents; CloudFormation reads only one, so only the first is linted.',
};

describe('input problems', () => {
  it("are input/parse-error's messages, word for word", () => {
    for (const [code, text] of Object.entries(INPUT_PROBLEM_MESSAGES)) {
      expect(parseError.meta.messages[code]).toBe(text);
    }
  });

  it("say why a file could not be read in a note of input/parse-error's, one per read failure code", () => {
    for (const [code, text] of Object.entries(READ_FAILURES)) {
      expect(parseError.meta.notes?.[code]).toBe(`Reason: ${text}.`);
    }
  });

  it('name a file that could not be read by code and values, and the reason as a note', () => {
    // The template and the metadata file the manifest names are directories.
    const fs = memoryFileSystem({
      '/p/cdk.out/manifest.json': JSON.stringify({
        version: '36.0.0',
        artifacts: {
          App: {
            type: 'aws:cloudformation:stack',
            properties: { templateFile: 'App.dir' },
          },
          Meta: {
            type: 'aws:cloudformation:stack',
            additionalMetadataFile: 'meta.dir',
            properties: { templateFile: 'Meta.template.json' },
          },
        },
      }),
      '/p/cdk.out/App.dir/x.json': '{}',
      '/p/cdk.out/meta.dir/x.json': '{}',
      '/p/cdk.out/Meta.template.json': '{"Resources": {}}',
    });
    const { report } = lint(['cdk.out'], {
      fs,
      cwd: '/p',
      rules: rules.filter((r) => r.meta.id === 'input/parse-error'),
    });
    expect(report.findings.map((f) => [f.messageId, f.range.start.line, f.message])).toEqual([
      [
        'template-unreadable',
        1,
        'manifest.json: artifact `App` names template `App.dir`, which cannot be read. Reason: is a directory.',
      ],
      [
        'metadata-unreadable',
        1,
        'manifest.json: artifact `Meta` names metadata file `meta.dir`, which cannot be read. Reason: is a directory.',
      ],
    ]);
  });
});

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{\{\s*([\w-]+)\s*\}\}/g)].map((m) => m[1]!).sort();
}
