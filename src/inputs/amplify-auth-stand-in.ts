/**
 * The identity pool of an Amplify (Gen 1) auth resource that the repository keeps only as `cli-inputs.json`
 * (Amplify CLI 7 and later generate the template into `build/`, which `.gitignore` usually leaves out).
 *
 * amplify-category-auth auth-cognito-stack-builder.ts (aws-amplify/amplify-cli at
 * 70049be04b61535028329f395349fe51c9e8a2cd) generates, whenever `authSelections` is `identityPoolAndUserPool` or
 * `identityPoolOnly`, an `IdentityPool` whose `AllowUnauthenticatedIdentities` is `Ref allowUnauthenticatedIdentities`
 * (no `AllowClassicFlow`: the classic flow is off) and an `IdentityPoolRoleMap` attaching `Ref authRoleArn` and
 * `Ref unauthRoleArn` (the project's roles); auth-stack-transform.ts outputs `IdentityPoolId` (`Ref IdentityPool`).
 * That part alone is built here, so whether the project's unauthenticated role is a guest role can be decided from
 * the setting the user chose. The user pool, its clients and the pool's providers are not: no rule sees them, and
 * the note on the resource says so. Every node is located at the `cognitoConfig` entry it comes from.
 */
import type { ParsedDocument, Pointer } from '../parsers/types.js';
import { joinPointer, splitPointer } from '../parsers/types.js';
import { own } from '../core/objects.js';

/** auth-cognito-stack-builder.ts: the selections that create an identity pool. */
const WITH_IDENTITY_POOL = new Set(['identityPoolAndUserPool', 'identityPoolOnly']);

/**
 * The identity pool and role attachment `amplify push` generates from `cognitoConfig` (a cli-inputs.json's), as a
 * template located in that file; undefined when the settings create no identity pool.
 */
export function authIdentityPoolStandIn(
  cliInputs: ParsedDocument,
  cognitoConfig: Record<string, unknown>,
): ParsedDocument | undefined {
  const selections = own(cognitoConfig, 'authSelections');
  if (typeof selections !== 'string' || !WITH_IDENTITY_POOL.has(selections)) return undefined;
  const parameter = { Type: 'String' };
  const data = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description:
      'The identity pool of an Amplify auth resource (synthesised by cognito-iam-lint from cli-inputs.json, as auth-cognito-stack-builder.ts generates it)',
    Parameters: {
      env: parameter,
      identityPoolName: parameter,
      allowUnauthenticatedIdentities: parameter,
      authRoleArn: parameter,
      unauthRoleArn: parameter,
    },
    Resources: {
      IdentityPool: {
        Type: 'AWS::Cognito::IdentityPool',
        Properties: {
          IdentityPoolName: { Ref: 'identityPoolName' },
          AllowUnauthenticatedIdentities: { Ref: 'allowUnauthenticatedIdentities' },
        },
      },
      IdentityPoolRoleMap: {
        Type: 'AWS::Cognito::IdentityPoolRoleAttachment',
        Properties: {
          IdentityPoolId: { Ref: 'IdentityPool' },
          Roles: { unauthenticated: { Ref: 'unauthRoleArn' }, authenticated: { Ref: 'authRoleArn' } },
        },
      },
    },
    Outputs: { IdentityPoolId: { Value: { Ref: 'IdentityPool' } } },
  };
  const inConfig = (key: string): Pointer | undefined =>
    own(cognitoConfig, key) === undefined ? undefined : joinPointer('/cognitoConfig', key);
  /** Where each synthesised node comes from: the setting it reads, else the settings as a whole. */
  const original = (pointer: Pointer): Pointer => {
    const tokens = splitPointer(pointer);
    const from =
      tokens[1] === 'IdentityPool' && tokens[3] === 'AllowUnauthenticatedIdentities'
        ? inConfig('allowUnauthenticatedIdentities')
        : tokens[1] === 'IdentityPoolRoleMap' && tokens[4] === 'authenticated'
          ? inConfig('authRoleArn')
          : tokens[1] === 'IdentityPoolRoleMap' && tokens[4] === 'unauthenticated'
            ? inConfig('unauthRoleArn')
            : tokens[0] === 'Resources'
              ? inConfig('identityPoolName')
              : undefined;
    return from ?? '/cognitoConfig';
  };
  const doc: ParsedDocument = {
    file: cliInputs.file,
    format: cliInputs.format,
    data,
    syntaxErrors: [],
    duplicateKeys: [],
    unknownTags: [],
    size: cliInputs.size,
    text: cliInputs.text,
    locate: (pointer, which) => cliInputs.locate(original(pointer), which),
  };
  return doc;
}
