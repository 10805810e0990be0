import { describe, expect, it } from 'vitest';
import { looksLikeLintInput } from '../../src/inputs/classify.js';

describe('looksLikeLintInput: does a file that did not parse look like something we read?', () => {
  it.each([
    ['a template header', "AWSTemplateFormatVersion: '2010-09-09'\nResources: [\n"],
    ['a SAM transform', 'Transform: AWS::Serverless-2016-10-31\nx: [\n'],
    ['a top-level YAML Resources key', 'Metadata: {}\nResources: {}\nbad: [\n'],
    ['a JSON object starting with Resources', '{"Resources": {"R": '],
    ['Resources with a YAML resource type', 'Outputs: {}\n  Resources:\n    R:\n      Type: AWS::IAM::Role\n  x: [\n'],
    ['Resources with a JSON resource type', '{ "x": 1, "Resources": { "R": { "Type": "AWS::S3::Bucket", } } }'],
    ['an IAM policy', '{ "Version": "2012-10-17", "Statement": [ { "Effect": "Allow", } ] }'],
    ['a get-role output', '{ "Role": { "AssumeRolePolicyDocument": { ,'],
    ['a cloud assembly manifest', '{ "version": "36.0.0", "artifacts": { ,'],
  ])('yes: %s', (_, text) => expect(looksLikeLintInput(text)).toBe(true));

  it.each([
    ['a tsconfig.json with comments', '{\n  // the compiler\n  "compilerOptions": { "strict": true, },\n}\n'],
    [
      'a Helm chart template',
      'apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - resources:\n            {{- toYaml .Values.resources | nindent 12 }}\n',
    ],
    ['a broken workflow', 'on: [push\njobs: {}\n'],
    ['a `Resources` key without a resource type, not at the top', 'spec:\n  Resources: {{ .Values.x }}\n'],
  ])('no: %s', (_, text) => expect(looksLikeLintInput(text)).toBe(false));

  it('is linear on long hostile text', () => {
    const text = `${'Resources '.repeat(50_000)}${' '.repeat(200_000)}Statement${' '.repeat(200_000)}`;
    const started = Date.now();
    expect(looksLikeLintInput(text)).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
