import { describe, expect, it } from 'vitest';
import { documentedGuestActions } from '../../src/iam/guest-documented.js';
import { expandActionPattern } from '../../src/iam/actions.js';
import { documentedGuestUse } from '../../src/iam/guest-documented.js';
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
});
