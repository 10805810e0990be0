import { describe, expect, it } from 'vitest';
import type { Tri } from '../../../src/core/tri.js';
import { deployedView } from '../../../src/dialects/cloudformation/deployed-view.js';
import { anchorOf } from '../../../src/parsers/source.js';
import { parseText } from '../../../src/parsers/index.js';

const TEMPLATE = `Conditions:
  On: !Equals [a, a]
Resources:
  Gone:
    Type: AWS::S3::Bucket
    Condition: Off
  Kept:
    Type: AWS::S3::Bucket
    Properties:
      Tags:
        - !If [On, !Ref AWS::NoValue, {Key: a, Value: b}]
        - !If [Off, x, !If [On, {Key: c, Value: d}, y]]
      BucketName: !If [Off, never, !Ref AWS::NoValue]
`;

describe('deployedView', () => {
  const doc = parseText('t.yaml', TEMPLATE);
  const decide = (name: string): Tri => (name === 'On' ? true : name === 'Off' ? false : 'unknown');
  const view = deployedView(doc, '/Resources', decide);

  it('drops undeployed resources, picks decided branches (also nested), and removes AWS::NoValue items and properties', () => {
    expect(view.undeployed).toEqual(new Set(['Gone']));
    expect(view.doc.data).toMatchObject({ Resources: { Kept: { Properties: { Tags: [{ Key: 'c', Value: 'd' }] } } } });
    expect(
      Object.keys((view.doc.data as { Resources: { Kept: { Properties: object } } }).Resources.Kept.Properties),
    ).toEqual(['Tags']);
  });

  it('maps every node of the view back to the node as written, for positions and anchors', () => {
    // Tags/0 of the view is the second item, inside two Fn::If: line 12, at `{Key: c …}`.
    expect(view.doc.locate('/Resources/Kept/Properties/Tags/0/Key').start).toEqual({ line: 12, column: 39 });
    expect(anchorOf({ doc: view.doc, pointer: '/Resources/Kept/Properties/Tags/0' })).toEqual({
      doc,
      pointer: '/Resources/Kept/Properties/Tags/1/Fn::If/2/Fn::If/1',
    });
  });

  it('shares what no decision touches with the template, and never changes the template', () => {
    const shared = parseText(
      's.yaml',
      [
        'Resources:',
        '  Gone:',
        '    Type: AWS::S3::Bucket',
        '    Condition: Off',
        '  Untouched:',
        '    Type: AWS::IAM::Role',
        '    Properties:',
        '      Policies: [{PolicyName: p, PolicyDocument: {Statement: [{Effect: Allow, Action: "*"}]}}]',
        '  Branch:',
        '    Type: AWS::S3::Bucket',
        '    Properties: !If',
        '      - On',
        '      - Tags:',
        '          - {Key: a, Value: b}',
        '      - {}',
        'Outputs:',
        '  Out: {Condition: Off, Value: x}',
        '  Kept: {Value: y}',
        '',
      ].join('\n'),
    );
    const before = JSON.stringify(shared.data);
    const out = deployedView(shared, '/Resources', decide);
    type Template = { Resources: Record<string, { Properties: unknown }>; Outputs: Record<string, unknown> };
    const written = shared.data as Template;
    const deployed = out.doc.data as Template;
    expect(deployed.Resources.Untouched).toBe(written.Resources.Untouched);
    expect(deployed.Outputs.Kept).toBe(written.Outputs.Kept);
    // The chosen branch is the template's own node, positioned where it is written (inside the Fn::If).
    expect(deployed.Resources.Branch!.Properties).toBe(
      (written.Resources.Branch!.Properties as { 'Fn::If': unknown[] })['Fn::If'][1],
    );
    expect(out.doc.locate('/Resources/Branch/Properties/Tags/0/Value').start).toEqual({ line: 14, column: 29 });
    expect(out.doc.locate('/Resources/Untouched/Properties/Policies/0/PolicyName').start).toEqual({
      line: 8,
      column: 31,
    });
    expect(Object.keys(deployed.Resources)).toEqual(['Untouched', 'Branch']);
    expect(Object.keys(deployed.Outputs)).toEqual(['Kept']);
    expect(out.undeployed).toEqual(new Set(['Gone']));
    expect(JSON.stringify(shared.data)).toBe(before);
  });

  it('returns the document itself when nothing is decided', () => {
    expect(deployedView(doc, '/Resources', () => 'unknown').doc).toBe(doc);
  });

  it('never reads keys through the prototype chain', () => {
    const hostile = parseText(
      'h.json',
      '{"Resources": {"__proto__": {"Type": "AWS::S3::Bucket", "Condition": "Off"}}, "Conditions": {}}',
    );
    const out = deployedView(hostile, '/Resources', decide);
    expect(out.undeployed).toEqual(new Set(['__proto__']));
    expect(({} as Record<string, unknown>).Type).toBeUndefined();
  });
});
