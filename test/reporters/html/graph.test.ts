/**
 * The graph the HTML report draws, built from the model the rules use: which boxes and arrows
 * the example app and a cdk.out assembly give, which findings hang on them, and the worst open
 * severity each one is marked with.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, nodeFileSystem } from '../../../src/index.js';
import { reportGraphOf } from '../../../src/reporters/html/graph.js';
import type { ReportGraph } from '../../../src/reporters/html/types.js';
import { writeLargeApp } from './large-app.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');

function graphOf(path: string): { graph: ReportGraph; rules: (indices: readonly number[]) => string[] } {
  const { report, inputs } = lint([path], { fs: nodeFileSystem, cwd: ROOT, now: new Date('2025-01-01T00:00:00Z') });
  return {
    graph: reportGraphOf(inputs, report.findings),
    rules: (indices) => indices.map((i) => report.findings[i]!.ruleId).sort(),
  };
}

const node = (graph: ReportGraph, label: string) => {
  const found = graph.nodes.find((n) => n.label === label);
  if (!found) throw new Error(`no node ${label}`);
  return found;
};
const edges = (graph: ReportGraph) =>
  graph.edges.map(
    (e) =>
      `${graph.nodes.find((n) => n.id === e.from)!.label} -[${e.label}]-> ${graph.nodes.find((n) => n.id === e.to)!.label}`,
  );

describe('the graph of the example app (examples/flawed)', () => {
  const { graph, rules } = graphOf('examples/flawed');

  it('draws the pools, client, roles, bucket, API and authorizer, each once', () => {
    expect(graph.nodes.map((n) => `${n.kind} ${n.label}`)).toEqual([
      'user-pool UserPool',
      'internet Anyone on the internet',
      'app-client UserPoolClient',
      'identity-pool IdentityPool',
      'role AuthenticatedRole',
      'bucket UploadBucket',
      'target TrailMap',
      'role GuestRole',
      'role TripsFunctionRole',
      'target TripsTable',
      'target *',
      'api Api',
      'authorizer ApiAuthorizer',
    ]);
  });

  it('draws the ways in from the internet, the slots and what each role may reach', () => {
    expect(edges(graph)).toEqual([
      'Anyone on the internet -[sign-up]-> UserPool',
      'UserPool -[app client]-> UserPoolClient',
      'Anyone on the internet -[guest]-> IdentityPool',
      'UserPoolClient -[signs in]-> IdentityPool',
      // Its trust has no aud condition: any identity pool's users can assume it.
      'Anyone on the internet -[no aud]-> AuthenticatedRole',
      'AuthenticatedRole -[s3:ListBucket; 4 actions (s3) on /*]-> UploadBucket',
      'AuthenticatedRole -[4 actions (geo)]-> TrailMap',
      'GuestRole -[4 actions (geo)]-> TrailMap',
      'GuestRole -[s3:PutObject on /*]-> UploadBucket',
      'TripsFunctionRole -[4 actions (dynamodb)]-> TripsTable',
      'TripsFunctionRole -[logs:CreateLogGroup, logs:CreateLogStream, logs:PutLogEvents]-> *',
      'IdentityPool -[authenticated]-> AuthenticatedRole',
      'IdentityPool -[guest]-> GuestRole',
      'UserPool -[tokens]-> ApiAuthorizer',
      'ApiAuthorizer -[guards]-> Api',
      // The one method without authorization (OPTIONS preflights are not ways in).
      'Anyone on the internet -[DELETE /trips/{tripId}]-> Api',
    ]);
  });

  it('hangs each finding on the box of its resource and marks the worst open severity', () => {
    expect(rules(node(graph, 'GuestRole').findings)).toEqual([
      'role/guest-write-access',
      's3/object-access-not-scoped',
      'trust/missing-amr',
    ]);
    expect(node(graph, 'GuestRole').severity).toBe('critical');
    expect(node(graph, 'UserPool').severity).toBe('high');
    expect(node(graph, 'UploadBucket').severity).toBe('low');
    // A finding on a method marks its API.
    expect(rules(node(graph, 'Api').findings)).toEqual(['apigateway/method-no-auth']);
    expect(node(graph, 'Api').severity).toBe('high');
    // identity-pool/guest-access is suppressed in the template: listed, but only classic-flow (medium) marks the box.
    expect(rules(node(graph, 'IdentityPool').findings)).toEqual([
      'identity-pool/classic-flow',
      'identity-pool/guest-access',
    ]);
    expect(node(graph, 'IdentityPool').severity).toBe('medium');
    expect(node(graph, 'TripsFunctionRole').severity).toBeUndefined();
    expect(node(graph, 'TripsFunctionRole').findings).toEqual([]);
  });

  it('knows what is reachable from the internet', () => {
    expect(graph.nodes.filter((n) => !n.exposed).map((n) => n.label)).toEqual(['TripsFunctionRole', 'TripsTable', '*']);
    expect(graph.edges.filter((e) => !e.exposed).map((e) => e.from)).toEqual([
      'role:examples/flawed/app.yaml:TripsFunctionRole',
      'role:examples/flawed/app.yaml:TripsFunctionRole',
    ]);
  });

  it('gives identity-pool roles their exposure', () => {
    expect(node(graph, 'GuestRole').detail).toBe('guest exposure');
    expect(node(graph, 'TripsFunctionRole').detail).toBe('AWS::IAM::Role');
  });
});

describe('the graph of a cdk.out assembly with nested and cross-stack references', () => {
  const { graph, rules } = graphOf('test/fixtures/rules/identity-pool/guest-access/invalid/cross-stack/cdk.out');

  it('links the pool of one stack to the role of a nested stack and the bucket of another', () => {
    expect(graph.nodes.map((n) => n.id)).toEqual([
      'identity-pool:Prod-Auth:IdentityPool',
      'internet',
      'role:Prod-Data/RolesNestedNestedStackResource:GuestRole',
      'bucket:Prod-Data:UploadBucket',
    ]);
    expect(edges(graph)).toEqual([
      'Anyone on the internet -[guest]-> IdentityPool',
      'GuestRole -[s3:GetObject, s3:PutObject on /*]-> UploadBucket',
      'IdentityPool -[guest]-> GuestRole',
    ]);
  });

  it("puts the findings about the role's AWS::IAM::Policy on the role", () => {
    expect(rules(node(graph, 'GuestRole').findings)).toEqual([
      'role/guest-write-access',
      's3/object-access-not-scoped',
    ]);
    expect(node(graph, 'GuestRole').severity).toBe('critical');
    expect(node(graph, 'IdentityPool').severity).toBe('low');
    expect(graph.nodes.every((n) => n.exposed)).toBe(true);
  });
});

describe('the graph of account authorization details (raw IAM)', () => {
  it('draws the role, its way in and what it may reach, with its findings', () => {
    const { graph, rules } = graphOf('test/fixtures/rules/role/guest-write-access/invalid/authorization-details.json');
    expect(edges(graph)).toEqual([
      'Anyone on the internet -[no aud]-> Cognito_GuestbookUnauth_Role',
      'Cognito_GuestbookUnauth_Role -[dynamodb:Query, dynamodb:PutItem]-> arn:aws:dynamodb:us-east-1:111122223333:table/guestbook',
    ]);
    const role = node(graph, 'Cognito_GuestbookUnauth_Role');
    expect(rules(role.findings)).toEqual(['role/guest-write-access', 'trust/missing-aud']);
    expect(role.severity).toBe('critical');
  });
});

describe('the graph of rule-mapped and group slots (one stack of the generated large app)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cil-graph-slots-'));
  const { graph, rules } = graphOf(writeLargeApp(dir, 1));
  rmSync(dir, { recursive: true, force: true });

  it('draws the rule-mapped role from its identity pool and the group role from its user pool group', () => {
    expect(edges(graph).filter((e) => /-\[(authenticated|guest|rule-mapped|group|group role)\]->/.test(e))).toEqual([
      'Photos1UserPoolB1E2D3C4 -[group]-> PHOTOS1ADMINISTRATORSGROUP9E0F1A2B',
      'Anyone on the internet -[guest]-> Photos1IdentityPool3C4D5E6F',
      'PHOTOS1ADMINISTRATORSGROUP9E0F1A2B -[group role]-> Photos1AdministratorsGroupRole3A4B5C6D',
      'Photos1IdentityPool3C4D5E6F -[authenticated]-> Photos1AuthenticatedRole1A2B3C4D',
      'Photos1IdentityPool3C4D5E6F -[guest]-> Photos1UnauthenticatedRole5E6F7A8B',
      'Photos1IdentityPool3C4D5E6F -[rule-mapped]-> Photos1ModeratorsRuleMappedRole9C0D1E2F',
    ]);
    expect(node(graph, 'PHOTOS1ADMINISTRATORSGROUP9E0F1A2B').kind).toBe('group');
    expect(node(graph, 'Photos1ModeratorsRuleMappedRole9C0D1E2F').kind).toBe('role');
  });

  it('counts both as ways in: self sign-up reaches the group role and the rule-mapped role', () => {
    for (const label of ['Photos1ModeratorsRuleMappedRole9C0D1E2F', 'Photos1AdministratorsGroupRole3A4B5C6D'])
      expect(node(graph, label).exposed).toBe(true);
    expect(node(graph, 'Photos1AdministratorsGroupRole3A4B5C6D').detail).toBe('public sign-up exposure');
    expect(rules(node(graph, 'Photos1AdministratorsGroupRole3A4B5C6D').findings)).toEqual(['role/admin-access']);
  });
});
