import { describe, expect, it } from 'vitest';
import { documentedGuestActions } from '../../src/iam/guest-documented.js';
import { expandActionPattern } from '../../src/iam/actions.js';
import { documentedGuestUse, graphqlMutations } from '../../src/iam/guest-documented.js';
import type { Resolved } from '../../src/values/resolved.js';

const known = (value: string): Resolved => ({ kind: 'known', value }) as Resolved;
const action = (id: string) => expandActionPattern(id)![0]!;
const on = (...arns: string[]) => ({ values: arns.map((a) => ({ value: known(a) })) });

describe('guest uses AWS documents (src/data/guest-documented.json)', () => {
  it('names actions of the Service Authorization Reference; resource-less entries are exactly the actions with no resource type', () => {
    for (const { action: id, resourceLess } of documentedGuestActions()) {
      const info = expandActionPattern(id);
      expect(info, id).toHaveLength(1);
      expect(info![0]!.resourceTypes.length === 0, id).toBe(resourceLess);
    }
  });

  it('accepts one bot alias or version, not a wildcard over aliases or bots', () => {
    const recognize = action('lex:RecognizeText');
    expect(
      documentedGuestUse(recognize, on('arn:aws:lex:us-east-1:111122223333:bot-alias/BOTID1234/TSTALIASID'))?.kind,
    ).toBe('lex');
    expect(
      documentedGuestUse(action('lex:PostText'), on('arn:aws:lex:us-east-1:111122223333:bot:OrderFlowers:$LATEST'))
        ?.kind,
    ).toBe('lex');
    for (const wide of [
      '*',
      'arn:aws:lex:us-east-1:111122223333:bot-alias/*',
      'arn:aws:lex:us-east-1:111122223333:bot-alias/BOTID1234/*',
      'arn:aws:lex:*:*:*',
    ]) {
      expect(documentedGuestUse(recognize, on(wide)), wide).toBeUndefined();
    }
    // A resource of another service does not apply to the action; one of its own that is wide still counts.
    expect(documentedGuestUse(recognize, on('arn:aws:s3:::b/*', 'arn:aws:lex:us-east-1:1:bot-alias/B/A'))?.kind).toBe(
      'lex',
    );
    expect(
      documentedGuestUse(recognize, on('arn:aws:s3:::b/*', 'arn:aws:lex:us-east-1:1:bot-alias/*')),
    ).toBeUndefined();
    expect(documentedGuestUse(recognize, undefined)).toBeUndefined(); // NotResource
    expect(documentedGuestUse(action('lex:DeleteBot'), on('arn:aws:lex:us-east-1:1:bot/B'))).toBeUndefined();
  });

  it('accepts AppSync GraphQL calls on types other than Mutation of one API, its ID possibly unknown', () => {
    const graphql = action('appsync:GraphQL');
    const api = 'arn:aws:appsync:eu-west-1:111122223333:apis/abcdefghijklmnop';
    for (const read of [
      `${api}/types/Query/fields/listPosts`,
      `${api}/types/Subscription/fields/onCreatePost`,
      `${api}/types/Post/*`,
      `${api}/types/MutationLog/fields/entries`,
    ]) {
      expect(documentedGuestUse(graphql, on(read))?.kind, read).toBe('graphql');
    }
    // The API ID may be an unknown part (`${GraphQLAPI.ApiId}`); the type name may not.
    const unknownApi: Resolved = {
      kind: 'concat',
      parts: [
        known('arn:aws:appsync:eu-west-1:1:apis/'),
        { kind: 'unknown', reason: 'ApiId' } as Resolved,
        known('/types/Query/*'),
      ],
    } as Resolved;
    expect(documentedGuestUse(graphql, { values: [{ value: unknownApi }] })?.kind).toBe('graphql');
    const unknownType: Resolved = {
      kind: 'concat',
      parts: [known(`${api}/types/`), { kind: 'unknown', reason: 'TypeName' } as Resolved, known('/*')],
    } as Resolved;
    expect(documentedGuestUse(graphql, { values: [{ value: unknownType }] })).toBeUndefined();
    for (const write of [
      `${api}/types/Mutation/fields/createPost`,
      `${api}/types/Mutation/*`,
      `${api}/types/*`,
      `${api}/types/*/fields/x`,
      `${api}/*`,
      api,
      '*',
    ]) {
      expect(documentedGuestUse(graphql, on(`${api}/types/Query/fields/listPosts`, write)), write).toBeUndefined();
    }
  });

  it('accepts a Pinpoint app ID the service generates followed by `*` (Amplify analytics), not a written prefix', () => {
    const putEvents = action('mobiletargeting:PutEvents');
    const generated: Resolved = {
      kind: 'concat',
      parts: [
        known('arn:aws:mobiletargeting:*:'),
        { kind: 'unknown', reason: 'account' } as Resolved,
        known(':apps/'),
        { kind: 'unknown', reason: 'PinpointFunctionOutputs.Id' } as Resolved,
        known('*'),
      ],
    } as Resolved;
    expect(documentedGuestUse(putEvents, { values: [{ value: generated }] })?.kind).toBe('telemetry');
    for (const prefix of ['arn:aws:mobiletargeting:*:1:apps/a*', 'arn:aws:mobiletargeting:*:1:apps/*']) {
      expect(documentedGuestUse(putEvents, on(prefix)), prefix).toBeUndefined();
    }
  });

  it('names the mutation fields an appsync:GraphQL grant reaches, or every one when its resources do not name them', () => {
    const api = 'arn:aws:appsync:eu-west-1:1:apis/abc';
    expect(graphqlMutations(on(`${api}/types/Query/fields/listPosts`, `${api}/types/Post/*`))).toEqual([]);
    expect(
      graphqlMutations(
        on(
          `${api}/types/Mutation/fields/createPost`,
          `${api}/types/Query/*`,
          `${api}/types/Mutation/fields/createPost`,
        ),
      ),
    ).toEqual(['createPost']);
    // A resource of another service is no AppSync field.
    expect(graphqlMutations(on('arn:aws:s3:::b/*', `${api}/types/Mutation/fields/x`))).toEqual(['x']);
    for (const any of [`${api}/types/Mutation/*`, `${api}/types/*`, `${api}/*`, api, '*', 'arn:aws:*:*:*:*']) {
      expect(graphqlMutations(on(`${api}/types/Mutation/fields/x`, any)), any).toEqual(['*']);
    }
    expect(graphqlMutations(undefined)).toBeUndefined(); // NotResource
  });
});
