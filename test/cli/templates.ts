/**
 * Small templates with known findings, for the CLI tests. Each one's comment says what it
 * reports; the tests pin the positions. Built after rules/trust/missing-aud.ts and
 * rules/trust/missing-amr.ts:
 *
 * - missing-aud is critical whenever an identity-pool role's trust has no `aud` condition;
 * - missing-amr (no `amr` condition) is high when a pool named in `aud` allows guests and the
 *   classic flow (true or unknown), medium when every such pool has one of them off.
 */

/** One `critical` trust/missing-aud finding at 14:13 (the statement); the `amr` condition keeps missing-amr quiet. */
export const CRITICAL_YAML = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  IdentityPool:
    Type: AWS::Cognito::IdentityPool
    Properties:
      AllowUnauthenticatedIdentities: false
  AuthRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          # no aud: any identity pool in any account
          - Effect: Allow
            Principal:
              Federated: cognito-identity.amazonaws.com
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              ForAnyValue:StringLike:
                cognito-identity.amazonaws.com:amr: authenticated
  Attachment:
    Type: AWS::Cognito::IdentityPoolRoleAttachment
    Properties:
      IdentityPoolId: !Ref IdentityPool
      Roles:
        authenticated: !GetAtt AuthRole.Arn
`;

/** One `high` trust/missing-amr finding at 13:13: guests and the classic flow are on, and the role has no `amr`. */
export const HIGH_YAML = `Resources:
  IdentityPool:
    Type: AWS::Cognito::IdentityPool
    Properties:
      AllowUnauthenticatedIdentities: true
      AllowClassicFlow: true
  AuthRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal:
              Federated: cognito-identity.amazonaws.com
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals:
                cognito-identity.amazonaws.com:aud: !Ref IdentityPool
  Attachment:
    Type: AWS::Cognito::IdentityPoolRoleAttachment
    Properties:
      IdentityPoolId: !Ref IdentityPool
      Roles:
        authenticated: !GetAtt AuthRole.Arn
`;

/** One `medium` trust/missing-amr finding at 13:13, the statement (defence in depth: guests and the classic flow are off). */
export const MEDIUM_JSON = `{
  "Resources": {
    "IdentityPool": {
      "Type": "AWS::Cognito::IdentityPool",
      "Properties": { "AllowUnauthenticatedIdentities": false, "AllowClassicFlow": false }
    },
    "AuthRole": {
      "Type": "AWS::IAM::Role",
      "Properties": {
        "AssumeRolePolicyDocument": {
          "Version": "2012-10-17",
          "Statement": [
            {
              "Effect": "Allow",
              "Principal": { "Federated": "cognito-identity.amazonaws.com" },
              "Action": "sts:AssumeRoleWithWebIdentity",
              "Condition": { "StringEquals": { "cognito-identity.amazonaws.com:aud": { "Ref": "IdentityPool" } } }
            }
          ]
        }
      }
    }
  }
}
`;

/**
 * trust/missing-amr on `AuthRole` at 17:13 whose severity hangs on a parameter: `high` while
 * `ClassicFlow` is unknown (no value given), `medium` with `ClassicFlow=false`.
 */
export const PARAMETER_YAML = `Parameters:
  ClassicFlow:
    Type: String
    AllowedValues: ['true', 'false']
Resources:
  IdentityPool:
    Type: AWS::Cognito::IdentityPool
    Properties:
      AllowUnauthenticatedIdentities: true
      AllowClassicFlow: !Ref ClassicFlow
  AuthRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal:
              Federated: cognito-identity.amazonaws.com
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals:
                cognito-identity.amazonaws.com:aud: !Ref IdentityPool
`;

/** AWS's documented trust: `aud` pinned, `amr` tested. No finding. */
export const CLEAN_YAML = `Resources:
  IdentityPool:
    Type: AWS::Cognito::IdentityPool
    Properties:
      AllowUnauthenticatedIdentities: false
  AuthRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal:
              Federated: cognito-identity.amazonaws.com
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals:
                cognito-identity.amazonaws.com:aud: !Ref IdentityPool
              ForAnyValue:StringLike:
                cognito-identity.amazonaws.com:amr: authenticated
`;

/** Broken JSON: a second comma at line 5, column 30. */
export const BROKEN_JSON = `{
  "Resources": {
    "Role": {
      "Type": "AWS::IAM::Role",
      "Properties": { "x": 1,, }
    }
  }
}
`;

/** Broken YAML: a flow sequence never closed; the parser stops at 6:1, the end of the file. */
export const BROKEN_YAML = `Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      ManagedPolicyArns: [arn:aws:iam::aws:policy/ReadOnlyAccess
`;
