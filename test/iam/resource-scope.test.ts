import { describe, expect, it } from 'vitest';
import { expandActionPattern } from '../../src/iam/actions.js';
import { actionsOnResources } from '../../src/iam/wildcards.js';
import { possibleActions } from '../../src/iam/condition-keys.js';
import { normalisePolicy, plainResolver, type Statement } from '../../src/iam/document.js';
import { applicableActions } from '../../src/iam/resource-scope.js';
import { parseJson } from '../../src/parsers/json.js';

function statementOf(statement: Record<string, unknown>): Statement {
  const raw = { Version: '2012-10-17', Statement: [statement] };
  const doc = parseJson('policy.json', JSON.stringify(raw));
  return normalisePolicy(raw, { kind: 'identity', name: 'p', source: { doc, pointer: '' }, resolve: plainResolver })
    .statements[0]!;
}

/** The actions among `ids` that a statement with this Resource (or NotResource) applies to. */
function applicable(resource: Record<string, unknown>, ...ids: string[]): string[] {
  const statement = statementOf({ Effect: 'Allow', Action: ids, ...resource });
  return applicableActions(
    statement,
    ids.flatMap((id) => expandActionPattern(id) ?? []),
  ).map((a) => a.id);
}

const GEOFENCE_WRITES = ['geo:BatchPutGeofence', 'geo:BatchDeleteGeofence'];
const TRACKER_READ = 'geo:GetDevicePositionHistory';

describe("actions a statement's resources can be a resource of (Service Authorization Reference ARN formats)", () => {
  it('drops geofence-collection actions on a tracker ARN, known or a template of parts', () => {
    const all = [...GEOFENCE_WRITES, TRACKER_READ];
    expect(applicable({ Resource: 'arn:aws:geo:us-east-1:111122223333:tracker/Assets' }, ...all)).toEqual([
      TRACKER_READ,
    ]);
    // A policy variable or an unknown part fills its own segment before the resource part.
    expect(applicable({ Resource: 'arn:aws:geo:${aws:RequestedRegion}:111122223333:tracker/Assets' }, ...all)).toEqual([
      TRACKER_READ,
    ]);
    expect(applicable({ Resource: 'arn:aws:geo:us-east-1:111122223333:geofence-collection/zones' }, ...all)).toEqual(
      GEOFENCE_WRITES,
    );
    expect(
      applicable(
        {
          Resource: [
            'arn:aws:geo:us-east-1:111122223333:tracker/a',
            'arn:aws:geo:us-east-1:111122223333:geofence-collection/z',
          ],
        },
        ...all,
      ),
    ).toEqual(all);
  });

  it('keeps every action when in doubt: *, NotResource, wildcards that could match, text that is no well-formed ARN', () => {
    const all = [...GEOFENCE_WRITES, TRACKER_READ];
    expect(applicable({ Resource: '*' }, ...all)).toEqual(all);
    expect(applicable({ NotResource: 'arn:aws:geo:us-east-1:111122223333:tracker/Assets' }, ...all)).toEqual(all);
    expect(applicable({ Resource: 'arn:aws:geo:*:*:*' }, ...all)).toEqual(all);
    expect(applicable({ Resource: 'arn:aws:geo:*' }, ...all)).toEqual(all);
    expect(applicable({ Resource: 'arn:aws:*:*:*:geofence-collection/*' }, ...GEOFENCE_WRITES)).toEqual(
      GEOFENCE_WRITES,
    );
    // IAM's `*` at the end of a segment may cross colons: a `*` region is not judged by the segments after it.
    expect(applicable({ Resource: 'arn:aws:geo:*:*:tracker/Assets' }, ...all)).toEqual(all);
    // A placeholder notation that shifts the ARN's colons, and text that is no ARN.
    expect(applicable({ Resource: 'arn:aws:geo:REF(AWS::Region):REF(AWS::AccountId):tracker/Assets' }, ...all)).toEqual(
      all,
    );
    expect(applicable({ Resource: 'trackers' }, ...all)).toEqual(all);
  });

  it('keeps actions that support no resource type (the reference has gaps) unless asked for the strict reading', () => {
    const typeless = ['sns:CreatePlatformEndpoint', 's3:ListAllMyBuckets'];
    expect(applicable({ Resource: 'arn:aws:sns:us-east-1:111122223333:app/GCM/Game' }, ...typeless)).toEqual(typeless);
    const statement = statementOf({
      Effect: 'Allow',
      Action: typeless,
      Resource: 'arn:aws:sns:us-east-1:111122223333:app/GCM/Game',
    });
    expect(
      actionsOnResources(
        statement,
        typeless.flatMap((id) => expandActionPattern(id) ?? []),
      ),
    ).toEqual([]);
  });

  it('reads the ARN format of each resource type, whatever service it belongs to', () => {
    // cognito-sync's identitypool is arn:…:cognito-sync:…, not the cognito-identity ARN of the pool.
    expect(
      applicable(
        { Resource: 'arn:aws:cognito-identity:us-east-1:111122223333:identitypool/us-east-1:abc' },
        'cognito-sync:BulkPublish',
      ),
    ).toEqual([]);
    expect(
      applicable(
        { Resource: 'arn:aws:cognito-sync:us-east-1:111122223333:identitypool/us-east-1:abc' },
        'cognito-sync:BulkPublish',
      ),
    ).toEqual(['cognito-sync:BulkPublish']);
    // ssm:SendCommand accepts EC2 instances; sqs:SendMessage does not act on an SNS topic.
    expect(applicable({ Resource: 'arn:aws:ec2:us-east-1:111122223333:instance/*' }, 'ssm:SendCommand')).toEqual([
      'ssm:SendCommand',
    ]);
    expect(applicable({ Resource: 'arn:aws:sns:us-east-1:111122223333:alerts' }, 'sqs:SendMessage')).toEqual([]);
    // A resource part may hold colons (a qualified function); case is not held against the statement.
    expect(
      applicable({ Resource: 'arn:aws:lambda:us-east-1:111122223333:function:api:live' }, 'lambda:InvokeFunction'),
    ).toEqual(['lambda:InvokeFunction']);
    expect(
      applicable({ Resource: 'ARN:AWS:GEO:us-east-1:111122223333:GEOFENCE-COLLECTION/z' }, 'geo:BatchPutGeofence'),
    ).toEqual(['geo:BatchPutGeofence']);
  });

  it('drops object actions on a bucket ARN (s3/action-resource-mismatch still reports them), and keeps the rest', () => {
    expect(applicable({ Resource: 'arn:aws:s3:::media' }, 's3:GetObject', 's3:ListBucket')).toEqual(['s3:ListBucket']);
    // The format's ${BucketName} holds no `/` (S3 bucket naming rules), so a bucket action is dropped
    // on an object ARN, as object actions are on a bucket ARN; s3/action-resource-mismatch reports both.
    expect(applicable({ Resource: 'arn:aws:s3:::media/*' }, 's3:GetObject', 's3:ListBucket')).toEqual(['s3:GetObject']);
    expect(applicable({ Resource: 'arn:aws:s3:::media/uploads/*' }, 's3:PutObjectAcl', 's3:PutBucketPolicy')).toEqual([
      's3:PutObjectAcl',
    ]);
    expect(applicable({ Resource: 'arn:aws:s3:::media*' }, 's3:GetObject', 's3:ListBucket')).toEqual([
      's3:GetObject',
      's3:ListBucket',
    ]);
  });

  it('is what possibleActions allows, after the conditions', () => {
    const statement = statementOf({
      Effect: 'Allow',
      Action: 's3:*',
      Resource: 'arn:aws:s3:::media',
      Condition: { StringLike: { 's3:prefix': 'home/*' } },
    });
    expect(possibleActions(statement, expandActionPattern('s3:*') ?? []).map((a) => a.id)).toEqual([
      's3:ListBucket',
      's3:ListBucketVersions',
    ]);
  });
});

describe("required resource types (the reference's asterisk)", () => {
  const required = (id: string): readonly string[] => (expandActionPattern(id) ?? [])[0]!.requiredResourceTypes;
  it('keeps the types marked required and leaves out the optional ones', () => {
    expect(required('polly:GetLexicon')).toEqual(['lexicon']);
    expect(required('polly:SynthesizeSpeech')).toEqual([]);
    expect(required('translate:TranslateText')).toEqual([]);
    expect(required('rekognition:DetectCustomLabels')).toEqual(['projectversion']);
    expect(required('dynamodb:GetItem')).toEqual(['table']);
    expect(required('rekognition:DetectLabels')).toEqual([]);
  });
});
