/**
 * `--aws` end to end: the built command as a process, its real AWS SDK clients pointed at a local
 * server that speaks IAM's Query/XML and Cognito's JSON 1.1 (test/aws/account-server.ts) through
 * AWS_ENDPOINT_URL, with static test credentials. Run `npm run build` first.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeErrors, sarifValidator } from '../reporters/schemas.js';
import { tempDir } from '../hostile/output-helpers.js';
import {
  ADMIN_API_ID,
  CLIENT_ID,
  HTTP_API_ID,
  IDENTITY_POOL_ID,
  REGION,
  REST_API_ID,
  USER_POOL_ID,
  startAccountServer,
  type AccountServer,
} from './account-server.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'cognito-iam-lint.js');
let server: AccountServer;
const work = tempDir('aws');

beforeAll(async () => {
  server = await startAccountServer();
});
afterAll(async () => {
  await server.close();
});

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Asynchronously: the server answers from this process, which a synchronous spawn would block. */
function runBin(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      {
        cwd: work,
        timeout: 60_000,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: work, // no shared config or credentials files of the machine
          NO_COLOR: '1',
          AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
          AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
          AWS_REGION: REGION,
          AWS_ENDPOINT_URL: server.url,
          ...env,
        },
      },
      (error, stdout, stderr) =>
        resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });
}

interface JsonFinding {
  ruleId: string;
  file: string;
  message: string;
  resource?: { logicalId: string };
  range: { start: { line: number; column: number } };
}
const findingsOf = (run: Run): JsonFinding[] => (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings;
const summary = (findings: JsonFinding[]) => findings.map((f) => `${f.ruleId} ${f.resource?.logicalId}`).sort();

describe('--aws', () => {
  it('reports an account in every format: SARIF (valid 2.1.0) and the HTML report drawing its pools and roles', async () => {
    const sarifRun = await runBin(['--aws', '--region', REGION, '--save-account', 'formats.json', '-f', 'sarif']);
    expect(sarifRun.status).toBe(1);
    const sarif = JSON.parse(sarifRun.stdout) as { runs: Array<{ results: Array<{ ruleId: string }> }> };
    const validate = sarifValidator();
    expect(validate(sarif), describeErrors(validate.errors)).toBe(true);
    expect(sarif.runs[0]!.results.map((r) => r.ruleId)).toContain('trust/missing-aud');
    // The saved account, read back offline, drawn as a graph: the pool and the console role pair.
    const html = await runBin(['formats.json', '--format', 'html', '-o', 'formats.html']);
    expect(html.stderr).toBe('');
    expect(html.status).toBe(1);
    const page = readFileSync(join(work, 'formats.html'), 'utf8');
    const data = JSON.parse(
      /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(page)![1]!,
    ) as {
      graph: { nodes: Array<{ kind: string; label: string }> };
    };
    const labels = data.graph.nodes.map((n) => `${n.kind} ${n.label}`);
    for (const name of [IDENTITY_POOL_ID, USER_POOL_ID, 'Cognito_AppAuth_Role', 'Cognito_AppUnauth_Role']) {
      expect(
        labels.some((l) => l.includes(name)),
        `${name} in ${labels.join(', ')}`,
      ).toBe(true);
    }
  });

  it('reads every page and region, lints the account, and --save-account reads back with identical findings', async () => {
    // One throttled answer for IAM's first page and for ListUserPools: the SDK retries both.
    server.faults = { throttleOnce: ['GetAccountAuthorizationDetails', 'ListUserPools'] };
    const live = await runBin(['--aws', '--region', REGION, '--save-account', 'account.json', '-f', 'json']);
    expect(live.stderr).toBe('cognito-iam-lint: wrote the account to account.json.\n');
    expect(live.status).toBe(1);
    // Three pages, the first one twice (throttled, then answered), each later one with the marker of the page before.
    expect(server.calls.filter((c) => c.operation === 'GetAccountAuthorizationDetails')).toEqual([
      { operation: 'GetAccountAuthorizationDetails' },
      { operation: 'GetAccountAuthorizationDetails' },
      { operation: 'GetAccountAuthorizationDetails', marker: 'page-2-marker' },
      { operation: 'GetAccountAuthorizationDetails', marker: 'page-3-marker' },
    ]);
    expect(server.calls.filter((c) => c.operation === 'ListUserPools')).toHaveLength(2);
    const findings = findingsOf(live);
    expect(summary(findings)).toEqual(
      expect.arrayContaining([
        'trust/missing-aud Cognito_AppAuth_Role',
        `identity-pool/guest-access ${IDENTITY_POOL_ID}`,
        `identity-pool/classic-flow ${IDENTITY_POOL_ID}`,
        `user-pool/open-signup-privileged ${USER_POOL_ID}`,
        'role/guest-write-access AppDataAccess',
        // Linked through the user pool's groups (ListGroups) and the pool's principal tags (GetPrincipalTagAttributeMap).
        'trust/missing-tag-session AppAdminsRole',
        'trust/missing-tag-session Cognito_AppAuth_Role',
        `user-pool/mfa-disabled ${USER_POOL_ID}`,
      ]),
    );
    // Both pages of groups were read.
    expect(server.calls.filter((c) => c.operation === 'ListGroups')).toHaveLength(2);
    const tagSession = findings.find(
      (f) => f.ruleId === 'trust/missing-tag-session' && f.resource?.logicalId === 'AppAdminsRole',
    )!;
    expect(tagSession.message).toContain(
      `but role \`AppAdminsRole\`, the role of user pool group \`${USER_POOL_ID}/admins\`, does not allow \`sts:TagSession\``,
    );
    expect(tagSession.message).toMatch(
      /maps principal tags \(the default tags, `team`\) for `cognito-idp\.us-east-1\.amazonaws\.com\/us-east-1_AbCdEf123`,/,
    );
    // Provider names are quoted as the API gives them.
    expect(findings.find((f) => f.ruleId === 'identity-pool/no-token-check')?.message).toBe(
      `Identity pool \`${IDENTITY_POOL_ID}\` accepts tokens of \`cognito-idp.${REGION}.amazonaws.com/${USER_POOL_ID}\` with \`ServerSideTokenCheck: false\`: tokens of users who signed out globally or were deleted still buy AWS credentials until they expire. The entry is for app client \`4example5client6id7abcdefg\`.`,
    );
    // The unauthenticated role's trust pins the pool by its literal ID: no mismatch with the pool read.
    expect(findings.filter((f) => f.ruleId === 'trust/aud-mismatch')).toEqual([]);
    const missingAud = findings.find((f) => f.ruleId === 'trust/missing-aud')!;
    expect(missingAud.file).toBe('account.json');
    expect(missingAud.message).toMatch(
      /^Role `Cognito_AppAuth_Role` can be assumed with a token from any identity pool/,
    );
    const signUp = findings.find((f) => f.ruleId === 'user-pool/open-signup-privileged')!;
    expect(signUp.message).toContain(
      `User pool \`${USER_POOL_ID}\` lets anyone sign up, and identity pool \`${IDENTITY_POOL_ID}\` gives its users role \`Cognito_AppAuth_Role\``,
    );

    // The snapshot: get-account-authorization-details plus the Cognito descriptions, no client secret.
    const saved = readFileSync(join(work, 'account.json'), 'utf8');
    const snapshot = JSON.parse(saved) as {
      RoleDetailList: Array<{ RoleName: string }>;
      Cognito: Array<{ Region: string; UserPools: Array<{ Clients: Array<Record<string, unknown>> }> }>;
    };
    expect(snapshot.RoleDetailList.map((r) => r.RoleName)).toEqual([
      'Cognito_AppAuth_Role',
      'ThumbnailFunctionRole',
      'ResizeFunctionRole',
      'AppAdminsRole',
      'ExportFunctionRole',
      'Cognito_AppUnauth_Role',
      'AuditFunctionRole',
    ]);
    expect(snapshot.Cognito[0]!.Region).toBe(REGION);
    expect(snapshot.Cognito[0]!.UserPools[0]!.Clients[0]).toMatchObject({ ClientId: CLIENT_ID, GenerateSecret: true });
    expect(saved).not.toContain('never-written-to-a-snapshot');
    const userPool = snapshot.Cognito[0]!.UserPools[0] as unknown as {
      Groups: Array<{ GroupName: string; RoleArn?: string }>;
      MfaConfig: Record<string, unknown>;
    };
    expect(userPool.Groups.map((g) => [g.GroupName, g.RoleArn])).toEqual([
      ['admins', 'arn:aws:iam::123456789012:role/service-role/AppAdminsRole'],
      ['readers', undefined],
    ]);
    expect(userPool.MfaConfig).toMatchObject({
      MfaConfiguration: 'OFF',
      SoftwareTokenMfaConfiguration: { Enabled: false },
    });
    expect(
      (snapshot.Cognito[0] as unknown as { IdentityPools: Array<{ PrincipalTagAttributeMaps: unknown }> })
        .IdentityPools[0]!.PrincipalTagAttributeMaps,
    ).toEqual([
      {
        IdentityProviderName: `cognito-idp.${REGION}.amazonaws.com/${USER_POOL_ID}`,
        UseDefaults: true,
        PrincipalTags: { team: 'custom:team' },
      },
    ]);
    // MfaConfiguration is read from GetUserPoolMfaConfig's answer, where the finding points.
    const mfa = findings.find((f) => f.ruleId === 'user-pool/mfa-disabled')!;
    const lines = saved.split('\n');
    const mfaConfig = lines.findIndex((line) => line.includes('"MfaConfig"'));
    expect(mfaConfig).toBeGreaterThan(0);
    expect(mfa.range.start.line).toBe(
      lines.findIndex((line, i) => i > mfaConfig && line.includes('"MfaConfiguration": "OFF"')) + 1,
    );
    // The positions are those of the saved file: the trust policy of the first role.
    expect(missingAud.range.start.line).toBe(
      saved.split('\n').findIndex((line) => line.includes('"AssumeRolePolicyDocument"')) + 1,
    );

    const offline = await runBin(['account.json', '-f', 'json'], { AWS_ENDPOINT_URL: 'http://127.0.0.1:9' });
    expect(offline.status).toBe(1);
    expect(offline.stderr).toBe('');
    expect(findingsOf(offline)).toEqual(findings);
  });

  it('--aws-services apigateway reads REST and HTTP APIs, every page, and the apigateway rules run on them', async () => {
    server.faults = {};
    const live = await runBin([
      '--aws',
      '--aws-services',
      'iam,cognito,apigateway',
      '--save-account',
      'apis.json',
      '-f',
      'json',
    ]);
    expect(live.stderr).toBe('cognito-iam-lint: wrote the account to apis.json.\n');
    expect(live.status).toBe(1);
    // Every page: the REST APIs and the app API's resources by `position`, the routes by `nextToken`.
    expect(server.calls.filter((c) => c.path !== undefined).map((c) => c.path)).toEqual([
      '/restapis?limit=500',
      '/restapis?limit=500&position=page-1',
      `/restapis/${REST_API_ID}/resources?embed=methods&limit=500`,
      `/restapis/${REST_API_ID}/resources?embed=methods&limit=500&position=page-1`,
      `/restapis/${REST_API_ID}/authorizers?limit=500`,
      `/restapis/${ADMIN_API_ID}/resources?embed=methods&limit=500`,
      `/restapis/${ADMIN_API_ID}/authorizers?limit=500`,
      '/v2/apis?maxResults=500',
      `/v2/apis/${HTTP_API_ID}/routes?maxResults=500`,
      `/v2/apis/${HTTP_API_ID}/routes?maxResults=500&nextToken=page-1`,
      `/v2/apis/${HTTP_API_ID}/authorizers?maxResults=500`,
    ]);
    const findings = findingsOf(live).filter((f) => f.ruleId.startsWith('apigateway/'));
    expect(summary(findings)).toEqual([
      `apigateway/authorizer-misconfigured ${ADMIN_API_ID} POST /`,
      `apigateway/jwt-issuer-invalid ${HTTP_API_ID}/jwt0001`,
      `apigateway/method-no-auth ${REST_API_ID} GET /public`,
      `apigateway/route-no-auth ${HTTP_API_ID}/rt00001`,
    ]);
    const saved = readFileSync(join(work, 'apis.json'), 'utf8');
    const lines = saved.split('\n');
    const lineOf = (text: string, after = 0) => lines.findIndex((line, i) => i >= after && line.includes(text)) + 1;
    // Each finding is at the description it came from: the method's `authorizationType`, the issuer.
    const noAuth = findings.find((f) => f.ruleId === 'apigateway/method-no-auth')!;
    expect(noAuth.file).toBe('apis.json');
    expect(noAuth.message).toBe(
      `Method \`GET /public\` of API \`${REST_API_ID}\` has \`AuthorizationType: NONE\` although the API has authorizer \`${REST_API_ID}/cog001\`: anyone who can reach the API can call it.`,
    );
    expect(findings.find((f) => f.ruleId === 'apigateway/authorizer-misconfigured')!.message).toBe(
      `Method \`POST /\` of API \`${ADMIN_API_ID}\` uses \`COGNITO_USER_POOLS\` but names no \`AuthorizerId\`.`,
    );
    expect(noAuth.range.start.line).toBe(lineOf('"authorizationType": "NONE"', lineOf('"path": "/public"')));
    const issuer = findings.find((f) => f.ruleId === 'apigateway/jwt-issuer-invalid')!;
    expect(issuer.range.start.line).toBe(
      lineOf(`"Issuer": "https://cognito-idp.${REGION}.amazonaws.com/${USER_POOL_ID}/"`),
    );
    expect(issuer.message).toBe(
      `JWT authorizer \`${HTTP_API_ID}/jwt0001\` of HTTP API \`${HTTP_API_ID}\` has issuer \`https://cognito-idp.${REGION}.amazonaws.com/${USER_POOL_ID}/\` with a trailing slash: Cognito tokens carry \`https://cognito-idp.<region>.amazonaws.com/<userPoolId>\` exactly, so no token matches it.`,
    );
    const route = findings.find((f) => f.ruleId === 'apigateway/route-no-auth')!;
    expect(route.message).toContain('GET /orders');
    expect(route.range.start.line).toBe(lineOf('"AuthorizationType": "NONE"'));
    // The snapshot keeps the API Gateway part beside the Cognito one, per region.
    const snapshot = JSON.parse(saved) as {
      ApiGateway: Array<{
        Region: string;
        RestApis: Array<{ id: string }>;
        HttpApis: Array<{ ApiId: string; Routes: unknown[] }>;
      }>;
    };
    expect(
      snapshot.ApiGateway.map((r) => [
        r.Region,
        r.RestApis.map((a) => a.id),
        r.HttpApis.map((a) => [a.ApiId, a.Routes.length]),
      ]),
    ).toEqual([[REGION, [REST_API_ID, ADMIN_API_ID], [[HTTP_API_ID, 2]]]]);

    const offline = await runBin(['apis.json', '-f', 'json'], { AWS_ENDPOINT_URL: 'http://127.0.0.1:9' });
    expect(offline.status).toBe(1);
    expect(findingsOf(offline)).toEqual(findingsOf(live));
  });

  it('without --aws-services no API Gateway call is made; an unknown service is a usage error', async () => {
    server.faults = {};
    const run = await runBin(['--aws', '-f', 'json']);
    expect(run.status).toBe(1);
    expect(server.calls.filter((c) => c.path !== undefined)).toEqual([]);
    expect(findingsOf(run).filter((f) => f.ruleId.startsWith('apigateway/'))).toEqual([]);
    const unknown = await runBin(['--aws', '--aws-services', 'iam,lambda']);
    expect(unknown.stderr).toBe(
      'cognito-iam-lint: --aws-services: unknown service `lambda` (known: iam, cognito, apigateway).\n',
    );
    expect(unknown.status).toBe(2);
    const alone = await runBin(['--aws-services', 'apigateway', 'x.json']);
    expect(alone.stderr).toBe('cognito-iam-lint: --aws-services goes with --aws (read an AWS account); see --help.\n');
    expect(alone.status).toBe(2);
  });

  it('a denied API Gateway call is one line naming it, and the rest is read', async () => {
    server.faults = { deny: ['GetRoutes'] };
    const run = await runBin(['--aws', '--aws-services', 'apigateway', '-f', 'json']);
    expect(run.stderr.split('\n')[0]).toMatch(
      new RegExp(
        `^cognito-iam-lint: aws: apigateway:GetRoutes ${HTTP_API_ID} \\(${REGION}, page 1\\): access denied \\(AccessDeniedException: `,
      ),
    );
    expect(run.status).toBe(2);
    // Only API Gateway was asked for: no IAM or Cognito call.
    expect(server.calls.every((c) => c.path !== undefined)).toBe(true);
    expect(summary(findingsOf(run).filter((f) => f.ruleId.startsWith('apigateway/')))).toEqual([
      `apigateway/authorizer-misconfigured ${ADMIN_API_ID} POST /`,
      `apigateway/jwt-issuer-invalid ${HTTP_API_ID}/jwt0001`,
      `apigateway/method-no-auth ${REST_API_ID} GET /public`,
    ]);
  });

  it('a denied call is one line naming it; the run reports what it read and exits 2 unless --allow-partial', async () => {
    server.faults = { deny: ['GetIdentityPoolRoles'] };
    const denied = await runBin(['--aws', '-f', 'json']);
    expect(denied.stderr).toBe(
      `cognito-iam-lint: aws: cognito-identity:GetIdentityPoolRoles ${IDENTITY_POOL_ID}: access denied (AccessDeniedException: User: arn:aws:iam::123456789012:user/reviewer is not authorized to perform: cognito-identity:GetIdentityPoolRoles)\n` +
        'cognito-iam-lint: the account was read in part (1 call failed, listed above): the findings cover what was read; exit 2 (--allow-partial accepts a partial read).\n',
    );
    expect(denied.status).toBe(2);
    // What was read is linted: the roles and their trust, the pools without their role attachment.
    const findings = findingsOf(denied);
    expect(summary(findings)).toEqual(
      expect.arrayContaining([
        'trust/missing-aud Cognito_AppAuth_Role',
        `identity-pool/classic-flow ${IDENTITY_POOL_ID}`,
      ]),
    );
    const report = JSON.parse(denied.stdout) as {
      notifications: Array<{ level: string; message: string; file?: string }>;
    };
    // At the call's entry in the snapshot's `Incomplete`, its first lines.
    expect(report.notifications).toContainEqual({
      level: 'error',
      kind: 'input',
      message: expect.stringMatching(/^Not read from the account: cognito-identity:GetIdentityPoolRoles /),
      file: 'aws-account-123456789012.json',
      range: { start: { line: 3, column: 5 }, end: expect.anything() },
    });

    const accepted = await runBin(['--aws', '--allow-partial', '-f', 'json']);
    expect(accepted.status).toBe(1);
    expect(accepted.stderr).toContain(
      'cognito-iam-lint: warning: the account was read in part (1 call failed, listed above); --allow-partial accepts it.\n',
    );
  });

  it('a saved snapshot records the calls that failed; reading it back reports them and exits 2 unless --allow-partial', async () => {
    server.faults = { deny: ['GetIdentityPoolRoles'] };
    const live = await runBin(['--aws', '--save-account', 'partial.json', '-f', 'json']);
    expect(live.status).toBe(2);
    const denied = `cognito-identity:GetIdentityPoolRoles ${IDENTITY_POOL_ID}: access denied (AccessDeniedException: User: arn:aws:iam::123456789012:user/reviewer is not authorized to perform: cognito-identity:GetIdentityPoolRoles)`;
    const saved = JSON.parse(readFileSync(join(work, 'partial.json'), 'utf8')) as { Incomplete: unknown };
    expect(saved.Incomplete).toEqual([
      {
        Call: `cognito-identity:GetIdentityPoolRoles ${IDENTITY_POOL_ID}`,
        Region: REGION,
        Message: denied.slice(denied.indexOf(': ') + 2),
      },
    ]);

    const offline = await runBin(['partial.json', '-f', 'json'], { AWS_ENDPOINT_URL: 'http://127.0.0.1:9' });
    expect(offline.stderr).toBe(
      `cognito-iam-lint: partial.json: not read from the account: ${denied}\n` +
        'cognito-iam-lint: the account was read in part (1 call failed, listed above): the findings cover what was read; exit 2 (--allow-partial accepts a partial read).\n',
    );
    expect(offline.status).toBe(2);
    // The same report as the live run: findings and the error notification.
    expect(JSON.parse(offline.stdout)).toEqual(JSON.parse(live.stdout));
    expect(
      (JSON.parse(offline.stdout) as { notifications: Array<{ level: string }> }).notifications.filter(
        (n) => n.level === 'error',
      ),
    ).toHaveLength(1);

    const accepted = await runBin(['partial.json', '--allow-partial', '-f', 'json']);
    expect(accepted.status).toBe(1);
    expect(accepted.stderr).toContain(
      'cognito-iam-lint: warning: the account was read in part (1 call failed, listed above); --allow-partial accepts it.\n',
    );
  });

  it('a page that keeps failing ends the list there: the pages before it are linted, exit 2', async () => {
    server.faults = { failingPage: 3 };
    const run = await runBin(['--aws', '-f', 'json', '--fail-on', 'none'], { AWS_MAX_ATTEMPTS: '2' });
    expect(run.stderr.split('\n')[0]).toBe(
      'cognito-iam-lint: aws: iam:GetAccountAuthorizationDetails (page 3): ServiceFailureException: Request processing has failed due to some unknown error, exception or failure.',
    );
    expect(run.status).toBe(2);
    // Page 3 held the unauthenticated role: the guest slot names a role that was not read.
    expect(server.calls.filter((c) => c.marker === 'page-3-marker')).toHaveLength(2);
    expect(summary(findingsOf(run))).toContain('trust/missing-aud Cognito_AppAuth_Role');
  });

  it('expired credentials: one line per call, exit 2', async () => {
    server.faults = { expired: true };
    const run = await runBin(['--aws']);
    expect(run.stderr.split('\n').filter((line) => line.startsWith('cognito-iam-lint: aws:'))).toEqual([
      'cognito-iam-lint: aws: iam:GetAccountAuthorizationDetails (page 1): the credentials have expired (refresh them, e.g. `aws sso login`) (ExpiredToken: The security token included in the request is expired)',
      `cognito-iam-lint: aws: cognito-identity:ListIdentityPools (${REGION}, page 1): the credentials have expired (refresh them, e.g. \`aws sso login\`) (ExpiredTokenException: The security token included in the request is expired)`,
      `cognito-iam-lint: aws: cognito-idp:ListUserPools (${REGION}, page 1): the credentials have expired (refresh them, e.g. \`aws sso login\`) (ExpiredTokenException: The security token included in the request is expired)`,
    ]);
    expect(run.status).toBe(2);
  });

  it('--save-account naming another output is refused before any call, and nothing is written', async () => {
    server.faults = {};
    const run = await runBin(['--aws', '--save-account', 'twice.json', '-o', 'twice.json']);
    expect(run.stderr).toBe('cognito-iam-lint: --output and --save-account both write twice.json.\n');
    expect(run.status).toBe(2);
    expect(server.calls).toEqual([]);
    expect(existsSync(join(work, 'twice.json'))).toBe(false);
  });

  it('--save-account naming an input of the run is refused before the snapshot is written', async () => {
    server.faults = {};
    const template = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Topic:\n    Type: AWS::SNS::Topic\n';
    writeFileSync(join(work, 'stack.yaml'), template);
    const run = await runBin(['--aws', 'stack.yaml', '--save-account', 'stack.yaml']);
    expect(run.stderr).toBe(
      'cognito-iam-lint: --save-account stack.yaml is an input of this run: refusing to overwrite it.\n',
    );
    expect(run.status).toBe(2);
    expect(readFileSync(join(work, 'stack.yaml'), 'utf8')).toBe(template);
  });

  it('no region: one line, exit 2, no call made', async () => {
    server.faults = {};
    const run = await runBin(['--aws'], { AWS_REGION: '' });
    expect(run.stderr).toBe(
      'cognito-iam-lint: --aws needs a region: pass --region (repeatable) or set AWS_REGION (or `region` in the profile).\n',
    );
    expect(run.status).toBe(2);
    expect(server.calls).toEqual([]);
  });
});
