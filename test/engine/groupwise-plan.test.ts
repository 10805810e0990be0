/**
 * Issue 12, class 8 (memory): large templates are kept as text once read, and each linked group
 * is parsed again when it is linted and dropped after (src/engine/groupwise-plan.ts). The report
 * must be the one of a run that parses every file once and keeps it, byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { lintUnderConditions } from '../../src/engine/lint-plan.js';
import { lint, rules } from '../../src/index.js';
import { LightDocument } from '../../src/inputs/light-document.js';
import { loadInputs } from '../../src/inputs/load.js';
import { memoryFileSystem } from '../../src/inputs/memory-fs.js';
import { formatJson } from '../../src/reporters/json.js';
import { NOW } from './helpers.js';

const TRUST = (condition: string): string => `
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Federated: cognito-identity.amazonaws.com }
            Action: sts:AssumeRoleWithWebIdentity
            ${condition}`;

const standalone = (roles: number): string =>
  'Resources:\n' +
  Array.from(
    { length: roles },
    (_, i) => `  Role${i}:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:${TRUST('')}\n`,
  ).join('');

/** A role named in one template, given an admin policy in another: one linked group. */
const ROLE = `Resources:\n  Named:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: shared-role\n      AssumeRolePolicyDocument:${TRUST('')}\n`;
const POLICY = `Resources:\n  P:\n    Type: AWS::IAM::Policy\n    Properties:\n      PolicyName: p\n      Roles: [shared-role]\n      PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: '*', Resource: '*' }] }\n`;

/** Guests only when a parameter with no value says so: linted once per value of the condition. */
const GUESTS = `Parameters:
  Guests: { Type: String, AllowedValues: ['yes', 'no'] }
Conditions:
  GuestsOn: !Equals [!Ref Guests, 'yes']
Resources:
  Pool:
    Type: AWS::Cognito::IdentityPool
    Properties:
      AllowUnauthenticatedIdentities: !If [GuestsOn, true, false]
  GuestRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:${TRUST(`Condition: { StringEquals: { 'cognito-identity.amazonaws.com:aud': !Ref Pool } }`)}
      Policies:
        - PolicyName: all
          PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: 's3:*', Resource: '*' }] }
  Attachment:
    Type: AWS::Cognito::IdentityPoolRoleAttachment
    Properties:
      IdentityPoolId: !Ref Pool
      Roles: { unauthenticated: !GetAtt GuestRole.Arn }
`;

const FILES = {
  'a.yaml': standalone(3),
  'b-policy.yaml': POLICY,
  'c.yaml': standalone(1),
  'd-guests.yaml': GUESTS,
  'e-role.yaml': ROLE,
  'f-guests.yaml': GUESTS.replace('GuestsOn', 'GuestsOn2').replace('[GuestsOn,', '[GuestsOn2,'),
  'broken.json': '{"Resources": ',
};

const fsOf = (files: Record<string, string>) =>
  memoryFileSystem(Object.fromEntries(Object.entries(files).map(([path, text]) => [`/proj/${path}`, text])));

/** The JSON report of a run; `light` keeps every template as text (as a run of large files does). */
function report(files: Record<string, string>, light: boolean): string {
  return formatJson(
    lint(['.'], { fs: fsOf(files), cwd: '/proj', now: NOW, ...(light ? { lightDocumentChars: 0 } : {}) }).report,
  );
}

describe('large templates parsed again per linked group', () => {
  it('reports byte for byte what one parse of every file reports', () => {
    const once = report(FILES, false);
    const findings = JSON.parse(once).findings as Array<{ ruleId: string; file: string; message: string }>;
    // The inputs exercise every kind of run: linked templates, scenario groups, an unreadable file.
    expect(findings.some((f) => f.file === 'b-policy.yaml' || f.file === 'e-role.yaml')).toBe(true);
    expect(findings.some((f) => f.file === 'd-guests.yaml' && f.message.includes('when condition `GuestsOn` is'))).toBe(
      true,
    );
    expect(findings.some((f) => f.file === 'broken.json' && f.ruleId === 'input/parse-error')).toBe(true);
    expect(report(FILES, true)).toBe(once);
  });

  it('models the same groups in the same order, and keeps no tree once linted', () => {
    const models = (light: boolean): string[][] => {
      const inputs = loadInputs(['.'], { fs: fsOf(FILES), cwd: '/proj', ...(light ? { lightDocumentChars: 0 } : {}) });
      const seen: string[][] = [];
      lintUnderConditions(inputs, rules, { now: NOW, onModel: (files) => seen.push([...files]) });
      if (light) {
        const templates = inputs.dialects.cloudformation.map((t) => t.doc);
        expect(templates.length).toBe(6);
        expect(templates.every((doc) => doc instanceof LightDocument && !doc.holdsTree())).toBe(true);
      }
      return seen;
    };
    const once = models(false);
    expect(once).toEqual([
      ['a.yaml'],
      ['b-policy.yaml', 'e-role.yaml'],
      ['c.yaml'],
      ['broken.json'],
      ['d-guests.yaml'],
      ['d-guests.yaml'],
      ['f-guests.yaml'],
      ['f-guests.yaml'],
    ]);
    expect(models(true)).toEqual(once);
  });

  it('falls back to one parse of every file where a template imports from another, with the same report', () => {
    const files = {
      ...FILES,
      'g-export.yaml': `Resources:\n  Pool:\n    Type: AWS::Cognito::IdentityPool\n    Properties: { AllowUnauthenticatedIdentities: true }\nOutputs:\n  Id: { Value: !Ref Pool, Export: { Name: pool } }\n`,
      'h-import.yaml': `Resources:\n  A:\n    Type: AWS::Cognito::IdentityPoolRoleAttachment\n    Properties:\n      IdentityPoolId: !ImportValue pool\n      Roles: { unauthenticated: arn:aws:iam::123456789012:role/x }\n`,
    };
    expect(report(files, true)).toBe(report(files, false));
  });
});
