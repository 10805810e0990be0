import { describe, expect, it } from 'vitest';
import { classifyDocument, hasUsableData } from '../../src/inputs/classify.js';
import { fakeDoc } from './helpers.js';

const classify = (data: unknown, file = 'x.json') => classifyDocument(fakeDoc(file, data));

describe('classifyDocument', () => {
  it('recognises templates by Resources, AWSTemplateFormatVersion or the SAM transform', () => {
    expect(classify({ Resources: {} })).toBe('template');
    expect(classify({ AWSTemplateFormatVersion: '2010-09-09', Outputs: {} })).toBe('template');
    expect(classify({ Transform: 'AWS::Serverless-2016-10-31', Globals: {} })).toBe('template');
    expect(classify({ Transform: ['AWS::LanguageExtensions', 'AWS::Serverless-2016-10-31'] })).toBe('template');
    expect(classify({ Transform: 'AWS::LanguageExtensions' })).toBe('other');
    expect(classify({ Resources: 'nope' })).toBe('other');
  });

  it('recognises Resources fragments: every value is an AWS:: typed object', () => {
    expect(
      classify({ Pool: { Type: 'AWS::Cognito::IdentityPool' }, Role: { Type: 'AWS::IAM::Role', Properties: {} } }),
    ).toBe('resources-fragment');
    expect(classify({ Pool: { Type: 'AWS::Cognito::IdentityPool' }, name: 'x' })).toBe('other');
    expect(classify({ Thing: { Type: 'Custom::Thing' } })).toBe('other');
    expect(classify({})).toBe('other');
  });

  it('recognises bare policies and AWS CLI IAM output', () => {
    expect(classify({ Version: '2012-10-17', Statement: [] })).toBe('iam');
    expect(classify({ Statement: { Effect: 'Allow' } })).toBe('iam');
    expect(classify({ Role: { RoleName: 'r', AssumeRolePolicyDocument: {} } })).toBe('iam');
    expect(classify({ PolicyVersion: { Document: {}, VersionId: 'v1' } })).toBe('iam');
    expect(classify({ RoleName: 'r', PolicyName: 'p', PolicyDocument: {} })).toBe('iam');
    expect(classify({ RoleDetailList: [], Policies: [], UserDetailList: [], GroupDetailList: [] })).toBe('iam');
    expect(classify({ Role: { RoleName: 'r' } })).toBe('other');
    expect(classify({ Policies: 'x' })).toBe('other');
  });

  it('recognises cloud assembly manifests', () => {
    expect(classify({ version: '55.0.0', artifacts: {} }, 'manifest.json')).toBe('cdk-manifest');
    expect(classify({ version: '55.0.0', files: {} }, 'WebApp.assets.json')).toBe('other');
  });

  it('recognises Amplify parameters.json by name, intrinsics and all', () => {
    const amplify = {
      identityPoolName: 'p',
      allowUnauthenticatedIdentities: true,
      authRoleArn: { 'Fn::GetAtt': ['AuthRole', 'Arn'] },
    };
    expect(classify(amplify, 'amplify/backend/auth/x/parameters.json')).toBe('amplify-parameters');
    expect(classify(amplify, 'amplify/backend/auth/x/cli-inputs.json')).toBe('other');
    // A parameters.json that is a template is a template.
    expect(classify({ Resources: {} }, 'parameters.json')).toBe('template');
    expect(classify([{ ParameterKey: 'a', ParameterValue: 'b' }], 'parameters.json')).toBe('other');
  });

  it('sends non-objects to other', () => {
    expect(classify(undefined)).toBe('other');
    expect(classify(null)).toBe('other');
    expect(classify('Resources')).toBe('other');
    expect(classify([{ Resources: {} }])).toBe('other');
  });
});

describe('hasUsableData', () => {
  const error = {
    code: 'json/invalid-token' as const,
    message: 'Invalid token',
    range: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } },
  };
  it('is true without syntax errors, and with errors only when an object was still read', () => {
    expect(hasUsableData(fakeDoc('a.json', undefined))).toBe(true);
    expect(hasUsableData(fakeDoc('a.json', undefined, [error]))).toBe(false);
    expect(hasUsableData(fakeDoc('a.json', 'text', [error]))).toBe(false);
    expect(hasUsableData(fakeDoc('a.json', { Resources: {} }, [error]))).toBe(true);
  });
});
