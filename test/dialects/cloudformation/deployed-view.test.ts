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
