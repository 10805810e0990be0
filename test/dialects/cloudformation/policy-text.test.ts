/**
 * Policy text (docs/semantics.md#policy-text): documents written as JSON text — literal, or
 * built by Fn::Sub / Fn::Join / Fn::If — are parsed with holes and judged like object-form ones.
 */
import { describe, expect, it } from 'vitest';
import { lintPaths, seen, type SeenFinding } from '../../rules/helpers.js';

const dir = 'test/fixtures/policy-text';
const at = (
  file: string,
  ruleId: string,
  line: number,
  column: number,
  resource: string,
  severity?: string,
): Partial<SeenFinding> => ({
  ruleId,
  file: `${dir}/${file}`,
  line,
  column,
  resource,
  ...(severity ? { severity } : {}),
});
const findings = (file: string, rules?: string[]) => {
  const report = lintPaths([`${dir}/${file}`]);
  const all = seen(report).filter((f) => !rules || rules.includes(f.ruleId));
  return { report, all };
};
const pick = (list: SeenFinding[], severity = false) =>
  list.map((f) => ({
    ruleId: f.ruleId,
    file: f.file,
    line: f.line,
    column: f.column,
    resource: f.resource,
    ...(severity ? { severity: f.severity } : {}),
  }));
const notes = (report: ReturnType<typeof lintPaths>) =>
  report.notifications
    .filter((n) => n.kind === 'unresolved' && n.ruleId === undefined)
    .map((n) => ({ line: n.range?.start.line, column: n.range?.start.column, message: n.message }));

describe('policy text built by intrinsics', () => {
  it('reads an aud spliced in by Fn::Join: no trust/missing-aud, and trust/missing-amr at the intrinsic (high: guests and classic flow on)', () => {
    const { all } = findings('join-trust-aud.yaml', ['trust/missing-aud', 'trust/missing-amr', 'trust/aud-mismatch']);
    expect(pick(all, true)).toEqual([at('join-trust-aud.yaml', 'trust/missing-amr', 12, 33, 'AuthRole', 'high')]);
  });

  it('reports trust/missing-aud on a Fn::Sub trust without aud, at the Fn::Sub, with the role', () => {
    const { all, report } = findings('sub-trust-no-aud.yaml');
    expect(pick(all)).toEqual([at('sub-trust-no-aud.yaml', 'trust/missing-aud', 12, 33, 'AuthRole')]);
    expect(notes(report)).toEqual([]);
  });

  it('judges a guest role inline policy written with Fn::Sub: whole-bucket writes fire, the per-identity key (${!…:sub}) does not', () => {
    const { all } = findings('sub-guest-inline.yaml', [
      's3/object-access-not-scoped',
      'role/guest-write-access',
      'policy/variable-sub-escape',
      'policy/invalid',
    ]);
    expect(pick(all)).toEqual([
      at('sub-guest-inline.yaml', 'role/guest-write-access', 27, 27, 'GuestRole'),
      at('sub-guest-inline.yaml', 's3/object-access-not-scoped', 27, 27, 'GuestRole'),
    ]);
  });

  it('judges each JSON text of a Fn::If as an alternative: the branch without aud fires, at that branch', () => {
    const { all } = findings('if-texts.yaml', ['trust/missing-aud', 'trust/missing-amr']);
    expect(pick(all)).toEqual([at('if-texts.yaml', 'trust/missing-aud', 21, 11, 'AuthRole')]);
  });

  it('reads the same documents in a JSON template', () => {
    const { all } = findings('templates.json', [
      'trust/missing-aud',
      'trust/missing-amr',
      's3/object-access-not-scoped',
      'role/guest-write-access',
    ]);
    expect(pick(all, true)).toEqual([
      at('templates.json', 'trust/missing-amr', 13, 37, 'GuestRole', 'medium'),
      at('templates.json', 'role/guest-write-access', 23, 31, 'GuestRole', 'high'),
      at('templates.json', 's3/object-access-not-scoped', 23, 31, 'GuestRole', 'critical'),
      // `private/${!…:sub}/*` is a per-identity key: only the guest write itself is reported.
      at('templates.json', 'role/guest-write-access', 32, 31, 'GuestRole', 'high'),
      // A literal string with escapes cannot be mapped into: the string itself.
      at('templates.json', 'trust/missing-aud', 40, 37, 'LiteralRole', 'critical'),
    ]);
  });

  it('records an unresolved note, and judges nothing, when a part spliced in as a whole value hides statements or conditions', () => {
    const { all, report } = findings('spliced.yaml');
    expect(pick(all)).toEqual([at('spliced.yaml', 'policy/wildcard-action', 30, 27, 'Deployer')]);
    expect(notes(report)).toEqual([
      {
        line: 14,
        column: 33,
        message:
          'The JSON text of `AuthRole trust policy` splices `Ref TrustCondition` in where statements or conditions go, so no rule judged it.',
      },
      {
        line: 17,
        column: 27,
        message:
          'The JSON text of `Extra` splices `Ref ExtraStatements` in where statements or conditions go, so no rule judged it.',
      },
      {
        line: 30,
        column: 27,
        message:
          'In the JSON text of `PassRoles`, `Ref Targets` is spliced in as a whole JSON value; the rest of the document is judged without it.',
      },
    ]);
  });

  it('reports JSON syntax errors only in fully literal text; text with holes that does not parse is an unresolved note', () => {
    const { all, report } = findings('broken.yaml');
    expect(pick(all)).toEqual([at('broken.yaml', 'policy/invalid', 20, 27, 'Writer')]);
    expect(notes(report).map((n) => [n.line, n.column])).toEqual([[18, 27]]);
    expect(notes(report)[0]!.message).toContain('`WithHoles` does not read as JSON');
  });
});

describe('grammar and escapes in policy text', () => {
  it('checks the grammar of the parsed text (at the intrinsic, or inside a block scalar) and still reads the Fn::Sub as written for escapes', () => {
    const { all } = findings('grammar.yaml');
    expect(pick(all)).toEqual([
      at('grammar.yaml', 'policy/invalid', 10, 23, 'UploadsPolicy'), // `"Effect": "allow"` in a bucket policy built by Fn::Join
      at('grammar.yaml', 'policy/invalid', 23, 22, 'Worker'), // the Sid's value inside the `|` block
      at('grammar.yaml', 'policy/variable-sub-escape', 32, 27, 'Worker'),
    ]);
  });
  it("reads a Fn::If between an object and JSON text: positions in the object branch are the template's, an escape problem there is reported once", () => {
    const { all } = findings('mixed-if.yaml', ['policy/variable-sub-escape']);
    expect(pick(all)).toEqual([at('mixed-if.yaml', 'policy/variable-sub-escape', 20, 29, 'R')]);
  });
});

describe('literal policy text', () => {
  it('points inside a YAML block scalar and a one-line string, at the statement', () => {
    const { all } = findings('literal.yaml', ['trust/missing-aud', 'trust/missing-amr']);
    expect(pick(all)).toEqual([
      at('literal.yaml', 'trust/missing-aud', 11, 13, 'BlockRole'),
      at('literal.yaml', 'trust/missing-amr', 22, 74, 'LineRole'),
      at('literal.yaml', 'trust/missing-aud', 22, 74, 'LineRole'),
    ]);
  });
});
