/**
 * The one walk over resolved values (`foldResolved`) and the judgements built on it: `judge` and
 * `truthOf` answer with a Tri that is decided only when every alternative agrees, and the walks
 * rewritten on the fold (`describe`, `containsUnknown`, `templateText`, `referencedResources`)
 * give what they gave as hand-written switches.
 */
import { describe as group, expect, it } from 'vitest';
import {
  ABSENT,
  containsUnknown,
  describe,
  foldResolved,
  HOLE,
  known,
  templateText,
  unknown,
  type Resolved,
} from '../../src/values/resolved.js';
import type { TemplateResource } from '../../src/dialects/cloudformation/stack.js';
import { judge, referencedResources, someAlternative, someAlternativeText, truthOf } from '../../src/values/judge.js';

// Only the fields a walk reads: a resource is compared by identity and named by its logical ID.
const resource = (logicalId: string, type = 'AWS::Cognito::UserPool'): TemplateResource =>
  ({ logicalId, type }) as unknown as TemplateResource;
const POOL = resource('Users');
const API = resource('Api', 'AWS::ApiGateway::RestApi');

const anyOf = (...options: Resolved[]): Resolved => ({ kind: 'anyOf', options });
const concat = (...parts: Resolved[]): Resolved => ({ kind: 'concat', parts });
const list = (...items: Resolved[]): Resolved => ({ kind: 'list', items });
const ref = (r: TemplateResource, attribute?: string): Resolved =>
  attribute ? { kind: 'resource', resource: r, attribute } : { kind: 'resource', resource: r };

group('truthOf: a CloudFormation boolean as a Tri', () => {
  it('reads literals and the strings CloudFormation accepts, in any case', () => {
    expect([known(true), known(false), known('true'), known('FALSE'), known('True')].map((v) => truthOf(v))).toEqual([
      true,
      false,
      true,
      false,
      true,
    ]);
    expect(truthOf(concat(known('tr'), known('ue')))).toBe(true);
  });

  it('reads absent as whenAbsent (false unless told)', () => {
    expect(truthOf(ABSENT)).toBe(false);
    expect(truthOf(ABSENT, true)).toBe(true);
    expect(truthOf(anyOf(known('false'), ABSENT))).toBe(false);
  });

  it('is decided only when every alternative agrees', () => {
    expect(truthOf(anyOf(known('true'), anyOf(known(true), known('TRUE'))))).toBe(true);
    expect(truthOf(anyOf(known('true'), ABSENT))).toBe('unknown');
    expect(truthOf(anyOf(known('false'), unknown('a parameter')))).toBe('unknown');
  });

  it('is unknown for what is not a boolean: unknown values, references, lists, other strings', () => {
    expect(
      [unknown('x'), ref(POOL), list(known('true')), known('yes'), known(null), concat(known('t'), unknown('x'))].map(
        (v) => truthOf(v),
      ),
    ).toEqual(['unknown', 'unknown', 'unknown', 'unknown', 'unknown', 'unknown']);
  });
});

group('judge', () => {
  it('asks each alternative (anyOf flattened, a list is one alternative) and keeps only a unanimous answer', () => {
    const seen: Resolved[] = [];
    const isA = (alt: Resolved): boolean => {
      seen.push(alt);
      return alt.kind === 'known' && alt.value === 'a';
    };
    expect(judge(anyOf(known('a'), anyOf(known('a'), known('a'))), isA)).toBe(true);
    expect(seen).toHaveLength(3);
    expect(judge(anyOf(known('b'), list(known('a'))), isA)).toBe(false);
    expect(judge(anyOf(known('a'), known('b')), isA)).toBe('unknown');
    expect(judge(known('a'), () => 'unknown')).toBe('unknown');
  });
});

group('someAlternative: a rule that fires on a setting written in any branch', () => {
  const weak = (text: string | undefined): boolean => text === undefined || text === 'OFF';

  it('is true when one alternative holds and all are decided, false when none holds', () => {
    expect(someAlternativeText(anyOf(known('ON'), known('OFF')), weak)).toBe(true);
    expect(someAlternativeText(anyOf(known('ON'), ABSENT), weak)).toBe(true);
    expect(someAlternativeText(anyOf(known('ON'), known('OPTIONAL')), weak)).toBe(false);
  });

  it('is unknown when an alternative is undecided, even if another holds (unlike tri.any), and asks no further', () => {
    expect(someAlternativeText(anyOf(known('OFF'), unknown('a parameter')), weak)).toBe('unknown');
    const asked: string[] = [];
    const answer = someAlternative(anyOf(known('a'), unknown('x'), known('b')), (alt) => {
      asked.push(alt.kind);
      return alt.kind === 'known' ? true : 'unknown';
    });
    expect(answer).toBe('unknown');
    expect(asked).toEqual(['known', 'unknown']);
  });
});

group('foldResolved', () => {
  it('folds children first and hands composites their results in order', () => {
    const value = concat(
      known('arn:'),
      anyOf(known(1), list(known(true), ABSENT)),
      unknown('AWS::Region'),
      ref(API, 'RootResourceId'),
    );
    const shape = foldResolved<string>(value, {
      known: (v) => `k(${String(v.value)})`,
      resource: (v) => `r(${v.resource.logicalId}.${v.attribute ?? ''})`,
      concat: (parts) => `c[${parts.join(',')}]`,
      anyOf: (options) => `o[${options.join(',')}]`,
      list: (items) => `l[${items.join(',')}]`,
      absent: () => 'a',
      unknown: (v) => `u(${v.reason})`,
    });
    expect(shape).toBe('c[k(arn:),o[k(1),l[k(true),a]],u(AWS::Region),r(Api.RootResourceId)]');
  });

  it('sends a kind without a handler to otherwise, without visiting its children', () => {
    const visited: string[] = [];
    const out = foldResolved(concat(known('x'), list(known('inside'))), {
      known: (v) => {
        visited.push(String(v.value));
        return 1;
      },
      concat: (parts) => parts.reduce((a, b) => a + b, 0),
      otherwise: () => 10,
    });
    expect(out).toBe(11);
    expect(visited).toEqual(['x']);
  });
});

group('walks written on the fold', () => {
  const value = concat(
    known('arn:'),
    unknown('AWS::Partition'),
    known(':s3:::'),
    ref(POOL),
    known('/'),
    anyOf(known('a'), ref(API, 'Arn')),
  );

  it('describe renders every kind as messages show it', () => {
    expect(describe(value)).toBe('arn:${AWS::Partition}:s3:::${Users}/a | ${Api.Arn}');
    expect(describe(list(known('x'), ABSENT, unknown('not known')))).toBe('[x, (absent), <?>]');
  });

  it('containsUnknown finds an unknown at any depth', () => {
    expect(containsUnknown(value)).toBe(true);
    expect(containsUnknown(concat(known('a'), anyOf(ref(POOL), list(known('b')))))).toBe(false);
    expect(containsUnknown(list(anyOf(known('a'), unknown('x'))))).toBe(true);
  });

  it('templateText keeps fixed parts and puts a hole for everything else inside a template; undefined for alternatives and lists', () => {
    expect(templateText(value)).toBe(`arn:${HOLE}:s3:::${HOLE}/${HOLE}`);
    expect(templateText(known(null))).toBeUndefined();
    expect(templateText(anyOf(known('a'), known('b')))).toBeUndefined();
    expect(templateText(list(known('a')))).toBeUndefined();
    expect(templateText(ref(POOL))).toBe(HOLE);
  });

  it('referencedResources lists every reference, in parts, alternatives and list items, in order', () => {
    expect(referencedResources(value)).toEqual([POOL, API]);
    expect(referencedResources(list(anyOf(known('x'), ref(API)), concat(ref(POOL))))).toEqual([API, POOL]);
    expect(referencedResources(known('x'))).toEqual([]);
  });
});
