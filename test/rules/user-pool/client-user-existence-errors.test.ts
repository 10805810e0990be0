import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintPaths, lintRuleFixture, seen } from '../helpers.js';

const RULE = 'user-pool/client-user-existence-errors';
const f = (messageId: string, file: string, line: number, column: number, resource: string, cdkPath?: string) => ({
  ruleId: RULE,
  messageId,
  severity: 'low',
  file: file.startsWith('test/') ? file : `test/fixtures/rules/${RULE}/invalid/${file}`,
  line,
  column,
  resource,
  ...(cdkPath ? { cdkPath } : {}),
});

describe(RULE, () => {
  it('reports LEGACY at the value, and a missing setting at the Properties', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/legacy.yaml'), RULE)).toEqual([f('legacy', 'legacy.yaml', 10, 35, 'WebClient'), f('missing', 'legacy.yaml', 14, 7, 'OtherClient')]);
  });

  it('reports a CDK client without preventUserExistenceErrors (excerpt of real synth output, JSON)', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/cdk-defaults.json'), RULE)).toEqual([
      f('missing', 'cdk-defaults.json', 40, 18, 'PartnerUserPoolPartnerClient4D96BF3D', 'WebApp/PartnerUserPool/PartnerClient/Resource'),
    ]);
  });

  it('on the real CDK cloud assemblies: the partner client of variant f, not the clients that set ENABLED', () => {
    const file = 'test/fixtures/corpus/cdk/f-api-authz-gaps/cdk.out/WebApp.template.json';
    expect(seen(lintPaths(['test/fixtures/corpus/cdk/f-api-authz-gaps/cdk.out']), RULE)).toEqual([
      f('missing', file, 1985, 18, 'PartnerUserPoolPartnerClient4D96BF3D', 'WebApp/PartnerUserPool/PartnerClient/Resource'),
    ]);
    expect(seen(lintPaths(['test/fixtures/corpus/cdk/a-secure-l2/cdk.out']), RULE)).toEqual([]);
  });

  it('says that the default is LEGACY', () => {
    const messages = lintRuleFixture(RULE, 'invalid/legacy.yaml').findings.filter((x) => x.ruleId === RULE).map((x) => x.message);
    expect(messages).toEqual([
      'App client `WebClient` of user pool `Users` sets `PreventUserExistenceErrors` to `LEGACY`: sign-in, password reset and confirmation tell callers whether a user name exists.',
      'App client `OtherClient` of user pool `Users` does not set `PreventUserExistenceErrors`, so it is `LEGACY`: sign-in, password reset and confirmation tell callers whether a user name exists.',
    ]);
  });

  it.each(fixtureFiles(RULE, 'valid'))('reports nothing on valid/%s', (file) => {
    expect(seen(lintRuleFixture(RULE, `valid/${file}`), RULE)).toEqual([]);
  });
});
