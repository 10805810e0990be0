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
import type { ParsedDocument } from '../parsers/types.js';
/**
 * The identity pool and role attachment `amplify push` generates from `cognitoConfig` (a cli-inputs.json's), as a
 * template located in that file; undefined when the settings create no identity pool.
 */
export declare function authIdentityPoolStandIn(cliInputs: ParsedDocument, cognitoConfig: Record<string, unknown>): ParsedDocument | undefined;
