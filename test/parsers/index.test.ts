import { describe, expect, it } from 'vitest';
import * as parsers from '../../src/parsers/index.js';
import { detectFormat, parseText } from '../../src/parsers/index.js';
import { at } from './helpers.js';

describe('detectFormat', () => {
  it('goes by the extension first, in any case', () => {
    expect(detectFormat('a/b.json', 'x: 1')).toBe('json');
    expect(detectFormat('T.JSON', '')).toBe('json');
    expect(detectFormat('t.yaml', '{"a": 1}')).toBe('yaml');
    expect(detectFormat('t.YML', '{"a": 1}')).toBe('yaml');
  });

  it('otherwise sniffs: JSON when it starts with { or [ and reads as JSON', () => {
    expect(detectFormat('t.template', '{"a": 1}')).toBe('json');
    expect(detectFormat('t.template', '\uFEFF \n\t[1]')).toBe('json');
    expect(detectFormat('template', '{a: 1}')).toBe('yaml'); // a YAML flow mapping
    expect(detectFormat('t.template', '{"a": 1,}')).toBe('yaml'); // not JSON, still YAML
    expect(detectFormat('t.template', 'Resources: {}')).toBe('yaml');
    expect(detectFormat('t.template', '')).toBe('yaml');
  });
});

describe('parseText', () => {
  it('parses by the detected format', () => {
    const json = parseText('t.template', '{\n  "a": [1]\n}');
    expect(json.format).toBe('json');
    expect(json.data).toEqual({ a: [1] });
    expect(at(json, '/a/0')).toBe('2:9-2:10');

    const yaml = parseText('t.template', 'a: !Ref X\n');
    expect(yaml.format).toBe('yaml');
    expect(yaml.data).toEqual({ a: { Ref: 'X' } });
  });

  it('reads a JSON-looking text that is not JSON as YAML', () => {
    const doc = parseText('t.template', '{"a": 1,}');
    expect(doc.format).toBe('yaml');
    expect(doc.syntaxErrors).toEqual([]);
    expect(doc.data).toEqual({ a: 1 });
  });

  it('lets the caller force the format', () => {
    const doc = parseText('t.yaml', '{"a": 1,}', 'json');
    expect(doc.format).toBe('json');
    expect(doc.syntaxErrors.map((e) => e.message)).toEqual(['Unexpected trailing comma']);
  });

  it('keeps JSON strict for .json files', () => {
    expect(parseText('t.json', 'a: 1').syntaxErrors.map((e) => e.message)).toEqual([
      'Unexpected letter: JSON keys and strings need double quotes',
    ]);
  });

  it('re-exports the shared types and helpers', () => {
    expect(parsers.UNKNOWN_TAG_KEY).toBe('cognito-iam-lint::UnknownTag');
    expect(parsers.joinPointer('', 'a/b', 0)).toBe('/a~1b/0');
    expect(typeof parsers.parseJson).toBe('function');
    expect(typeof parsers.parseYaml).toBe('function');
    expect(typeof parsers.LineIndex).toBe('function');
  });
});
