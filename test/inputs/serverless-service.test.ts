/**
 * src/inputs/serverless/: a service's variables, includes and compiled template, read from an
 * in-memory service (what the rules then read is tested end to end in test/e2e/serverless-services.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { loadInputs } from '../../src/inputs/load.js';
import { memoryFileSystem } from '../../src/inputs/memory-fs.js';
import type { LoadedInputs } from '../../src/inputs/types.js';
import { placeOf, valueAtPointer } from '../../src/parsers/source.js';
import { MAX_HOPS, MAX_TEXT } from '../../src/inputs/serverless/variables.js';
import { MAX_INCLUDES } from '../../src/inputs/serverless/service-files.js';
import { isFrameworkV4 } from '../../src/inputs/serverless/function-roles.js';

function load(files: Record<string, string>, parameters: Record<string, string> = {}): LoadedInputs {
  const fs = memoryFileSystem(Object.fromEntries(Object.entries(files).map(([k, v]) => [`/s/${k}`, v])));
  return loadInputs(['.'], { fs, cwd: '/s', parameters: new Map(Object.entries(parameters)) });
}

/** The compiled template's node at `pointer`. */
function template(inputs: LoadedInputs, pointer = ''): unknown {
  return valueAtPointer(service(inputs).doc.data, pointer);
}
function service(inputs: LoadedInputs) {
  return serviceOf(inputs);
}
function serviceOf(inputs: LoadedInputs) {
  const compiled = inputs.dialects.cloudformation.filter((t) => t.stackKey === 'serverless.yml#serverless');
  expect(compiled).toHaveLength(1);
  return compiled[0]!;
}

/** A service whose bucket resource's BucketName is `value` (custom holding `custom`). */
const bucket = (value: string, custom = '') => ({
  'serverless.yml': `service: app
provider:
  name: aws
custom:
${custom}
resources:
  Resources:
    Bucket:
      Type: AWS::S3::Bucket
      Properties:
        BucketName: ${value}
`,
});
const bucketName = (inputs: LoadedInputs): unknown => template(inputs, '/Resources/Bucket/Properties/BucketName');
const notes = (inputs: LoadedInputs): string[] =>
  (inputs.notes ?? []).map((n) => `${n.file}:${n.range?.start.line}:${n.range?.start.column} ${n.message}`);

describe('variables', () => {
  it('self, nested addresses and fallbacks resolve within the service', () => {
    const custom = `  sizes:\n    prod: big\n    default: small\n  size: \${self:custom.sizes.\${sls:stage}, self:custom.sizes.default}`;
    expect(bucketName(load(bucket('app-${self:custom.size}', custom)))).toBe('app-small');
    expect(bucketName(load(bucket('app-${self:custom.size}', custom), { stage: 'prod' }))).toBe('app-big');
  });

  it("${opt:stage, 'dev'} and ${sls:stage}: --parameter stage=, else the default, else provider.stage, else dev", () => {
    expect(bucketName(load(bucket("${opt:stage, 'dev'}-x")))).toBe('dev-x');
    expect(bucketName(load(bucket("${opt:stage, 'dev'}-x"), { stage: 'prod' }))).toBe('prod-x');
    expect(bucketName(load(bucket('${sls:stage}-${self:provider.stage}')))).toBe('dev-dev');
    const staged = bucket('${sls:stage}');
    staged['serverless.yml'] = staged['serverless.yml'].replace('name: aws', 'name: aws\n  stage: qa');
    expect(bucketName(load(staged))).toBe('qa');
  });

  it('env, ssm, cf, aws and param are unknown: a parameter without a value, fixed parts kept', () => {
    for (const source of ['env:BUCKET', 'ssm:/app/bucket', 'cf:stack.Output', 'aws:accountId', 'param:bucket']) {
      const inputs = load(bucket(`arn:aws:s3:::\${${source}}/private/*`));
      expect(bucketName(inputs)).toEqual({
        'Fn::Join': ['', ['arn:aws:s3:::', { Ref: `\${${source}}` }, '/private/*']],
      });
      expect(template(inputs, '/Parameters')).toEqual({
        [`\${${source}}`]: { Type: 'String', Description: 'A Serverless variable known only at deployment' },
      });
    }
    // An unknown alternative makes the whole variable unknown: which one the deployment takes is not guessed.
    expect(bucketName(load(bucket("${env:BUCKET, 'fallback'}")))).toEqual({ Ref: "${env:BUCKET, 'fallback'}" });
  });

  it('leaves CloudFormation and IAM ${…} as written', () => {
    const text = 'arn:${AWS::Partition}:s3:::${Other.Arn}/${cognito-identity.amazonaws.com:sub}/${!Literal}';
    expect(bucketName(load(bucket(`!Sub '${text}'`)))).toEqual({ 'Fn::Sub': text });
  });

  it('${file(…):key} reads a YAML file of the service; a program, a file outside it or none is unknown with a note', () => {
    const service = bucket('${file(./config/values.yml):buckets.main}');
    expect(bucketName(load({ ...service, 'config/values.yml': 'buckets:\n  main: from-file\n' }))).toBe('from-file');
    for (const [given, why] of [
      ['./values.js', 'a JavaScript or TypeScript program, never run here, so its value is unknown'],
      ['../outside.yml', 'outside the service directory, not read, so its value is unknown'],
      ['./missing.yml', 'no such file in the service directory, so its value is unknown'],
    ]) {
      const inputs = load({ ...bucket(`\${file(${given})}`), 'values.js': 'x', '../outside.yml': 'a: b' });
      expect(bucketName(inputs)).toEqual({ Ref: `\${file(${given})}` });
      expect(notes(inputs)).toEqual([`serverless.yml:11:21 \`\${file(${given})}\`: ${why}.`]);
    }
  });

  it('a variable that refers to itself, or chains too deep, is unknown; text too long is unknown', () => {
    const cycle = load(bucket('${self:custom.a}', '  a: ${self:custom.b}\n  b: x${self:custom.a}'));
    expect(bucketName(cycle)).toEqual({ 'Fn::Join': ['', ['x', { Ref: '${self:custom.b}' }]] });
    expect(notes(cycle)).toEqual([
      'serverless.yml:5:6 `custom.a` refers to itself through its variables: its value is unknown.',
    ]);
    const chain = Array.from({ length: MAX_HOPS + 5 }, (_, i) => `  v${i}: \${self:custom.v${i + 1}}`).join('\n');
    const deep = load(bucket('${self:custom.v0}', `${chain}\n  v${MAX_HOPS + 5}: end`));
    expect(typeof bucketName(deep)).toBe('object');
    expect(notes(deep).some((n) => n.includes(`Variables nest more than ${MAX_HOPS} deep here`))).toBe(true);
    // Each level doubles the text: 2^40 characters if nothing stopped it.
    const doubling = Array.from(
      { length: 40 },
      (_, i) => `  d${i}: \${self:custom.d${i + 1}}\${self:custom.d${i + 1}}`,
    ).join('\n');
    const long = load(bucket('${self:custom.d0}', `${doubling}\n  d40: xxxxxxxxxxxxxxxx`));
    expect(typeof bucketName(long)).toBe('object');
    expect(notes(long).some((n) => n.includes(`longer than ${MAX_TEXT} characters`))).toBe(true);
  });

  it('reads an include inside an included file relative to the service directory, as the framework does', () => {
    const inputs = load({
      ...bucket('${file(./config/a.yml):name}'),
      'config/a.yml': 'name: ${file(./config/b.yml):name}\n',
      'config/b.yml': 'name: from-b\n',
    });
    expect(bucketName(inputs)).toBe('from-b');
  });

  it('reads serverless.json as it reads serverless.yml', () => {
    const inputs = load({
      'serverless.json': JSON.stringify({
        service: 'app',
        provider: { name: 'aws', stage: 'qa' },
        resources: { Resources: { Bucket: { Type: 'AWS::S3::Bucket', Properties: { BucketName: '${sls:stage}-b' } } } },
      }),
    });
    expect(inputs.dialects.cloudformation.map((t) => t.stackKey)).toEqual(['serverless.json#serverless']);
    expect(valueAtPointer(inputs.dialects.cloudformation[0]!.doc.data, '/Resources/Bucket/Properties/BucketName')).toBe(
      'qa-b',
    );
  });

  it(`reads at most ${MAX_INCLUDES} files of a service`, () => {
    const files: Record<string, string> = {};
    const list = Array.from({ length: MAX_INCLUDES + 2 }, (_, i) => `  - \${file(./r/${i}.yml)}`).join('\n');
    for (let i = 0; i < MAX_INCLUDES + 2; i++)
      files[`r/${i}.yml`] = `Resources:\n  B${i}:\n    Type: AWS::S3::Bucket\n`;
    files['serverless.yml'] = `service: app\nprovider:\n  name: aws\nresources:\n${list}\n`;
    const inputs = load(files);
    expect(Object.keys(template(inputs, '/Resources') as object)).toHaveLength(MAX_INCLUDES);
    expect(notes(inputs)).toEqual([
      `serverless.yml:${MAX_INCLUDES + 5}:5 \`\${file(./r/${MAX_INCLUDES}.yml)}\`: the service includes more than ${MAX_INCLUDES} files, so this one is not read and its value is unknown.`,
      `serverless.yml:${MAX_INCLUDES + 6}:5 \`\${file(./r/${MAX_INCLUDES + 1}.yml)}\`: the service includes more than ${MAX_INCLUDES} files, so this one is not read and its value is unknown.`,
    ]);
    // What the service could not read is met by the walk: linted on its own.
    expect(inputs.dialects.cloudformation.map((t) => t.doc.file).filter((f) => f.startsWith('r/'))).toEqual([
      `r/${MAX_INCLUDES}.yml`,
      `r/${MAX_INCLUDES + 1}.yml`,
    ]);
  });
});

describe('the serverless-pseudo-parameters plugin', () => {
  const service = (value: string, head = 'plugins:\n  - serverless-pseudo-parameters\n') => ({
    'serverless.yml': `service: app\n${head}provider:\n  name: aws\nresources:\n  Resources:\n    Bucket:\n      Type: AWS::S3::Bucket\n      Properties:\n        BucketName: ${value}\n`,
  });

  it('turns text with #{…} into Fn::Sub, placed where the text is written; only when the plugin is listed', () => {
    const inputs = load(service("'arn:aws:s3:::#{AWS::AccountId}-#{Other}/${aws:region}'"));
    // A text with a variable known only at deployment: its fixed part is the plugin's text.
    expect(bucketName(inputs)).toEqual({
      'Fn::Join': ['', [{ 'Fn::Sub': 'arn:aws:s3:::${AWS::AccountId}-${Other}/' }, { Ref: '${aws:region}' }]],
    });
    expect(bucketName(load(service("'#{AWS::AccountId}-x'")))).toEqual({ 'Fn::Sub': '${AWS::AccountId}-x' });
    const at = (inputs2: LoadedInputs) =>
      serviceOf(inputs2).doc.locate('/Resources/Bucket/Properties/BucketName/Fn::Sub').start;
    expect(at(load(service("'#{AWS::AccountId}-x'")))).toEqual({ line: 11, column: 21 });
    expect(bucketName(load(service("'#{AWS::AccountId}-x'", '')))).toBe('#{AWS::AccountId}-x');
  });

  it('rewrites inside Fn::Sub, keeps #@{…} as #{…} text, honours allowReferences and skipRegionReplace', () => {
    expect(bucketName(load(service("!Sub '#{AWS::Region}-${AWS::AccountId}'")))).toEqual({
      'Fn::Sub': '${AWS::Region}-${AWS::AccountId}',
    });
    expect(bucketName(load(service("'#@{literal}'")))).toBe('#{literal}');
    const custom = (settings: string) =>
      `plugins:\n  - serverless-pseudo-parameters\ncustom:\n  pseudoParameters:\n${settings}`;
    expect(bucketName(load(service("'#{Other}-#{AWS::Region}'", custom('    allowReferences: false\n'))))).toEqual({
      'Fn::Sub': '#{Other}-${AWS::Region}',
    });
    expect(bucketName(load(service("'app-eu-west-1'", custom('    skipRegionReplace: false\n'))))).toEqual({
      'Fn::Sub': 'app-${AWS::Region}',
    });
  });
});

describe('the compiled template', () => {
  it('merges resources in order and places each resource in the file that writes it', () => {
    const inputs = load({
      'serverless.yml': `service: app
provider:
  name: aws
resources:
  - Resources:
      Shared:
        Type: AWS::S3::Bucket
        Properties:
          BucketName: first
  - \${file(./resources/more.yml)}
`,
      'resources/more.yml': `Resources:
  Shared:
    Properties:
      VersioningConfiguration:
        Status: Enabled
  Other:
    Type: AWS::SNS::Topic
`,
    });
    expect(template(inputs, '/Resources/Shared')).toEqual({
      Type: 'AWS::S3::Bucket',
      Properties: { BucketName: 'first', VersioningConfiguration: { Status: 'Enabled' } },
    });
    const doc = service(inputs).doc;
    const at = (pointer: string) => {
      const place = placeOf({ doc, pointer });
      const range = doc.locate(pointer);
      return `${place.doc.file}:${range.start.line}:${range.start.column}`;
    };
    expect(at('/Resources/Other')).toBe('resources/more.yml:7:5');
    expect(at('/Resources/Shared/Properties/BucketName')).toBe('serverless.yml:9:23');
    expect(at('/Resources/Shared/Properties/VersioningConfiguration/Status')).toBe('resources/more.yml:5:17');
    // Included files are the service's: read once, never a template of their own.
    expect(inputs.documents.map((d) => d.file)).toEqual(['serverless.yml', 'resources/more.yml']);
  });

  it('compiles the Lambda role from iamRoleStatements, trusted by Lambda, with the statements as written', () => {
    const inputs = load({
      'serverless.yml': `service: app
provider:
  name: aws
  iamRoleStatements:
    - Effect: Allow
      Action: s3:GetObject
      Resource: '*'
functions:
  f:
    handler: f.main
`,
    });
    const role = '/Resources/IamRoleLambdaExecution/Properties';
    expect(template(inputs, `${role}/AssumeRolePolicyDocument/Statement`)).toEqual([
      { Effect: 'Allow', Principal: { Service: ['lambda.amazonaws.com'] }, Action: ['sts:AssumeRole'] },
    ]);
    expect(template(inputs, `${role}/Policies/0/PolicyDocument/Statement`)).toHaveLength(3);
    expect(template(inputs, `${role}/Policies/0/PolicyDocument/Statement/2`)).toEqual({
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: '*',
    });
    const doc = service(inputs).doc;
    expect(
      doc.locate('/Resources/IamRoleLambdaExecution/Properties/Policies/0/PolicyDocument/Statement/2/Action').start,
    ).toEqual({
      line: 6,
      column: 15,
    });
  });

  it('has no role when every function has its own, or the provider names one', () => {
    const service = (extra: string) => ({
      'serverless.yml': `service: app\nprovider:\n  name: aws\n${extra}functions:\n  f:\n    handler: f.main\n    role: arn:aws:iam::123456789012:role/x\n`,
    });
    expect(template(load(service('')), '/Resources/IamRoleLambdaExecution')).toBeUndefined();
  });

  describe('roles of their own for functions', () => {
    const perFunction = (head: string, functions: string) => ({
      'serverless.yml': `service: app\n${head}provider:\n  name: aws\n  region: eu-west-1\n  iamRoleStatements:\n    - Effect: Allow\n      Action: sns:Publish\n      Resource: '*'\nfunctions:\n${functions}`,
    });
    const fn = `  get-user:\n    handler: f.main\n    iamRoleStatements:\n      - Effect: Allow\n        Action: dynamodb:GetItem\n        Resource: '*'\n`;
    const role = (id: string) => `/Resources/${id}IamRoleLambdaExecution/Properties`;
    const statements = (inputs: LoadedInputs, id: string) =>
      (template(inputs, `${role(id)}/Policies/0/PolicyDocument/Statement`) as Array<{ Action: unknown }>).map(
        (s) => s.Action,
      );

    it('the plugin, when listed: a copy of the shared role named after the function, with its log group and statements', () => {
      const inputs = load(perFunction('plugins:\n  - serverless-iam-roles-per-function\n', fn));
      expect(template(inputs, role('GetDashuser'))).toMatchObject({
        RoleName: 'app-dev-get-user-eu-west-1-lambdaRole',
        ManagedPolicyArns: [],
        Policies: [{ PolicyName: 'dev-app-lambda' }],
      });
      expect(statements(inputs, 'GetDashuser')).toEqual([
        ['logs:CreateLogStream', 'logs:CreateLogGroup', 'logs:PutLogEvents'],
        'dynamodb:GetItem',
      ]);
      expect(template(inputs, `${role('GetDashuser')}/Policies/0/PolicyDocument/Statement/0/Resource/0`)).toEqual({
        'Fn::Join': [
          '',
          [
            'arn:',
            { Ref: 'AWS::Partition' },
            ':logs:',
            { Ref: 'AWS::Region' },
            ':',
            { Ref: 'AWS::AccountId' },
            ':log-group:/aws/lambda/app-dev-get-user:*:*',
          ],
        ],
      });
      // The shared role stays, with the provider's statements.
      expect(statements(inputs, '')).toEqual([
        ['logs:CreateLogStream', 'logs:CreateLogGroup', 'logs:TagResource'],
        ['logs:PutLogEvents'],
        'sns:Publish',
      ]);
      // The role is where the function's statements are written.
      const at = service(inputs).doc.locate(`${role('GetDashuser')}/Policies/0/PolicyDocument/Statement/1/Action`);
      expect(at.start).toEqual({ line: 16, column: 17 });
      expect(notes(inputs)).toEqual([]);
    });

    it('inherits the provider statements when told (or by defaultInherit), adds the VPC policy and event grants', () => {
      const head =
        'plugins:\n  modules:\n    - serverless-iam-roles-per-function\ncustom:\n  serverless-iam-roles-per-function:\n    defaultInherit: true\n';
      const functions = `${fn}    vpc:\n      subnetIds: [subnet-1]\n    events:\n      - sqs: arn:aws:sqs:eu-west-1:123456789012:q\n      - stream: arn:aws:kinesis:eu-west-1:123456789012:stream/s\n  solo:\n    handler: s.main\n    iamRoleStatementsInherit: false\n    iamRoleStatementsName: solo-role\n    iamRoleStatements: []\n`;
      const inputs = load(perFunction(head, functions));
      expect(statements(inputs, 'GetDashuser')).toEqual([
        ['logs:CreateLogStream', 'logs:CreateLogGroup', 'logs:PutLogEvents'],
        ['kinesis:GetRecords', 'kinesis:GetShardIterator', 'kinesis:DescribeStream', 'kinesis:ListStreams'],
        ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'],
        'sns:Publish',
        'dynamodb:GetItem',
      ]);
      expect(template(inputs, `${role('GetDashuser')}/ManagedPolicyArns`)).toEqual([
        {
          'Fn::Join': [
            '',
            ['arn:', { Ref: 'AWS::Partition' }, ':iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole'],
          ],
        },
      ]);
      expect(template(inputs, `${role('Solo')}/RoleName`)).toBe('solo-role');
      expect(statements(inputs, 'Solo')).toEqual([
        ['logs:CreateLogStream', 'logs:CreateLogGroup', 'logs:PutLogEvents'],
      ]);
    });

    it('without the plugin (and without v4) the key is not read: a note at the statements, no role', () => {
      const inputs = load(perFunction('', fn));
      expect(template(inputs, '/Resources/GetDashuserIamRoleLambdaExecution')).toBeUndefined();
      expect(notes(inputs)).toEqual([
        'serverless.yml:13:7 `functions.get-user.iamRoleStatements` is read by the serverless-iam-roles-per-function plugin, which `plugins` does not list, or by Serverless Framework v4, which `frameworkVersion` does not name: these statements are not linted.',
      ]);
      // frameworkVersion 4 reads it natively.
      const v4 = load(perFunction("frameworkVersion: '>=4.0.0'\n", fn));
      expect(statements(v4, 'GetDashuser')).toHaveLength(2);
      expect(notes(v4)).toEqual([]);
    });

    it('v4 keys: iam.role.statements and managedPolicies make a role; a function role beside them does not deploy', () => {
      const functions = `  a:\n    handler: a.main\n    iam:\n      inheritStatements: true\n      role:\n        name: a-role\n        managedPolicies: [arn:aws:iam::aws:policy/ReadOnlyAccess]\n  b:\n    handler: b.main\n    role: arn:aws:iam::123456789012:role/b\n    iam:\n      role:\n        statements: []\n`;
      const inputs = load(perFunction('', functions));
      expect(template(inputs, role('A'))).toMatchObject({
        RoleName: 'a-role',
        ManagedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
      });
      expect(statements(inputs, 'A')).toEqual([
        ['logs:CreateLogStream', 'logs:CreateLogGroup', 'logs:PutLogEvents'],
        'sns:Publish',
      ]);
      expect(template(inputs, '/Resources/BIamRoleLambdaExecution')).toBeUndefined();
      expect(notes(inputs)).toEqual([
        'serverless.yml:18:5 Function `b` has both a `role` and IAM statements of its own, which does not deploy: its statements are not linted.',
      ]);
    });

    it('perFunction mode: every function without a role gets one, inheriting unless iam.inheritStatements is false', () => {
      const head = 'frameworkVersion: "4"\n';
      const functions = `  a:\n    handler: a.main\n  b:\n    handler: b.main\n    iam:\n      inheritStatements: false\n  c:\n    handler: c.main\n    role: arn:aws:iam::123456789012:role/c\n`;
      const files = {
        'serverless.yml': `service: app\n${head}provider:\n  name: aws\n  region: eu-west-1\n  iam:\n    role:\n      mode: perFunction\n      managedPolicies: [arn:aws:iam::aws:policy/AWSXrayWriteOnlyAccess]\n      statements:\n        - Effect: Allow\n          Action: sns:Publish\n          Resource: '*'\nfunctions:\n${functions}`,
      };
      const inputs = load(files);
      expect(template(inputs, '/Resources/IamRoleLambdaExecution')).toBeUndefined();
      expect(statements(inputs, 'A')).toEqual([
        ['logs:CreateLogStream', 'logs:CreateLogGroup', 'logs:PutLogEvents'],
        'sns:Publish',
      ]);
      expect(statements(inputs, 'B')).toEqual([['logs:CreateLogStream', 'logs:CreateLogGroup', 'logs:PutLogEvents']]);
      expect(template(inputs, `${role('B')}/ManagedPolicyArns`)).toEqual([
        'arn:aws:iam::aws:policy/AWSXrayWriteOnlyAccess',
      ]);
      expect(template(inputs, '/Resources/CIamRoleLambdaExecution')).toBeUndefined();
      expect(notes(inputs)).toEqual([]);
    });

    it('frameworkVersion names v4 only when every major version in it is 4 or more', () => {
      for (const range of ['4', '^4.2.0', '>=4.0.0', 4]) expect(isFrameworkV4(range)).toBe(true);
      for (const range of ['3', '>=3.0.0 <5.0.0', '^3.38.0', '', undefined]) expect(isFrameworkV4(range)).toBe(false);
    });
  });

  it('a REST method without an authorizer is NONE; aws_iam, a Cognito ARN and a function name as the framework compiles them', () => {
    const inputs = load({
      'serverless.yml': `service: app
provider:
  name: aws
functions:
  auth:
    handler: a.main
  f:
    handler: f.main
    events:
      - http: GET open
      - http: {path: iam, method: get, authorizer: aws_iam}
      - http: {path: pool, method: get, authorizer: {arn: 'arn:aws:cognito-idp:us-east-1:1:userpool/us-east-1_X', name: users}}
      - http: {path: 'custom/{id}', method: put, authorizer: auth}
`,
    });
    const method = (id: string) => template(inputs, `/Resources/${id}/Properties`);
    expect(template(inputs, '/Resources/ApiGatewayMethodOpenGet/Properties/AuthorizationType')).toBe('NONE');
    expect(template(inputs, '/Resources/ApiGatewayMethodIamGet/Properties/AuthorizationType')).toBe('AWS_IAM');
    expect(method('ApiGatewayMethodPoolGet')).toMatchObject({
      AuthorizationType: 'COGNITO_USER_POOLS',
      AuthorizerId: { Ref: 'UsersApiGatewayAuthorizer' },
    });
    expect(method('UsersApiGatewayAuthorizer')).toMatchObject({
      Type: 'COGNITO_USER_POOLS',
      ProviderARNs: ['arn:aws:cognito-idp:us-east-1:1:userpool/us-east-1_X'],
      IdentitySource: 'method.request.header.Authorization',
    });
    expect(method('ApiGatewayMethodCustomIdVarPut')).toMatchObject({
      AuthorizationType: 'CUSTOM',
      AuthorizerId: { Ref: 'AuthApiGatewayAuthorizer' },
      ResourceId: { Ref: 'ApiGatewayResourceCustomIdVar' },
    });
    expect(template(inputs, '/Resources/ApiGatewayResourceCustomIdVar/Properties/ParentId')).toEqual({
      Ref: 'ApiGatewayResourceCustom',
    });
  });
});
