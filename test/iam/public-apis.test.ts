import { describe, expect, it } from 'vitest';
import { actionsOf } from '../../src/iam/actions.js';
import { isPublicApiAction, publicApiActions } from '../../src/data/public-apis.js';

describe('operations AWS serves without IAM (src/data/public-apis.json)', () => {
  it('names only actions of the Service Authorization Reference, each once', () => {
    const ids = publicApiActions();
    expect(new Set(ids.map((id) => id.toLowerCase())).size).toBe(ids.length);
    const missing = ids.filter((id) => {
      const [service, name] = id.split(':');
      return !(actionsOf(service!) ?? []).some((a) => a.name === name);
    });
    expect(missing).toEqual([]);
  });

  it('matches case-insensitively and leaves the administrative operations out', () => {
    expect(isPublicApiAction({ service: 'cognito-identity', id: 'Cognito-Identity:getid' })).toBe(true);
    for (const admin of [
      'cognito-identity:SetIdentityPoolRoles',
      'cognito-identity:GetOpenIdTokenForDeveloperIdentity',
      'cognito-idp:AdminInitiateAuth',
      'cognito-idp:AdminCreateUser',
    ]) {
      expect(isPublicApiAction({ service: admin.slice(0, admin.indexOf(':')), id: admin })).toBe(false);
    }
  });
});
