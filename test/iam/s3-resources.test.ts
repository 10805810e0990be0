import { describe, expect, it } from 'vitest';
import { concat } from '../../src/dialects/cloudformation/intrinsics.js';
import { known, unknown } from '../../src/values/resolved.js';
import { isPerIdentityKey, keyScope, readS3Resource } from '../../src/iam/s3-resources.js';

describe('per-identity key patterns', () => {
  it.each([
    ['private/${cognito-identity.amazonaws.com:sub}/*', true],
    ['${cognito-identity.amazonaws.com:sub}/*', true],
    ['cognito/app/${cognito-identity.amazonaws.com:sub}/*', true],
    ['private/${Cognito-Identity.amazonaws.com:SUB}/*', true],
    ['private/${cognito-identity-us-gov.amazonaws.com:sub}/*', true],
    ['private/${cognito-identity.amazonaws.com:sub}-files/*', false],
    ['private/${aws:userid}/*', false],
    ['private/${cognito-identity.amazonaws.com:aud}/*', false],
    ['private/*', false],
  ])('%s → %s', (key, expected) => {
    expect(isPerIdentityKey(key)).toBe(expected);
  });
});

describe('key scope', () => {
  it('tells whole-bucket, fixed prefixes and per-identity apart', () => {
    expect(keyScope('*')).toEqual({ kind: 'whole-bucket' });
    expect(keyScope('*/photos/*')).toEqual({ kind: 'whole-bucket' });
    expect(keyScope('public/*')).toEqual({ kind: 'fixed-prefix', prefix: 'public/' });
    expect(keyScope('public/logo.png')).toEqual({ kind: 'fixed-prefix', prefix: 'public/logo.png' });
    expect(keyScope('protected/${cognito-identity.amazonaws.com:sub}/*')).toEqual({ kind: 'per-identity' });
  });
});

describe('readS3Resource', () => {
  it('reads a plain object ARN', () => {
    expect(readS3Resource(known('arn:aws:s3:::media/uploads/*'))).toEqual({
      kind: 'object',
      bucket: { text: 'media', key: 'media', literal: 'media' },
      key: 'uploads/*',
      scope: { kind: 'fixed-prefix', prefix: 'uploads/' },
    });
  });

  it('shows a bucket named by a parameter by name, and keys it as before the rendering changed (fingerprints hash the key)', () => {
    const value = concat([
      known('arn:aws:s3:::'),
      unknown('parameter Files has no given value', 'Files'),
      known('/public/*'),
    ]);
    expect(readS3Resource(value)).toMatchObject({
      kind: 'object',
      bucket: { text: 'arn:aws:s3:::${Files}/public/*', key: 'arn:aws:s3:::<?>/public/*' },
      key: 'public/*',
    });
  });

  it('reads a bucket ARN and Resource "*"', () => {
    expect(readS3Resource(known('arn:aws:s3:::media'))).toMatchObject({ kind: 'bucket', bucket: { literal: 'media' } });
    expect(readS3Resource(known('*'))).toEqual({ kind: 'any' });
  });

  it('judges a template of parts by its fixed parts: arn:aws:s3:::<unknown>/* is a whole-bucket pattern', () => {
    const value = concat([known('arn:'), unknown('AWS::Partition'), known(':s3:::'), unknown('bucket'), known('/*')]);
    expect(readS3Resource(value)).toMatchObject({ kind: 'object', scope: { kind: 'whole-bucket' } });
  });

  it('reads Fn::Join pieces with the identity variable as a per-identity pattern', () => {
    const value = concat([
      known('arn:aws:s3:::'),
      unknown('bucket'),
      known('/private/${cognito-identity.amazonaws.com:sub}/*'),
    ]);
    expect(readS3Resource(value)).toMatchObject({ kind: 'object', scope: { kind: 'per-identity' } });
  });

  it('says unknown rather than guessing when the key is unresolved', () => {
    const value = concat([known('arn:aws:s3:::media/'), unknown('key')]);
    expect(readS3Resource(value)).toMatchObject({ kind: 'object', scope: { kind: 'unknown' } });
  });

  it('reads a wildcard in the bucket part as a pattern over buckets and all their objects (IAM `*` crosses `/`)', () => {
    expect(readS3Resource(known('arn:aws:s3:::*'))).toMatchObject({ kind: 'pattern', bucket: { literal: '*' } });
    expect(readS3Resource(known('arn:aws:s3:::media-*'))).toMatchObject({
      kind: 'pattern',
      bucket: { literal: 'media-*' },
    });
  });

  it('is not an S3 resource for other services', () => {
    expect(readS3Resource(known('arn:aws:dynamodb:us-east-1:123456789012:table/Users'))).toEqual({ kind: 'other' });
  });
});
