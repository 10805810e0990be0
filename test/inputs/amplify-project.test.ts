/**
 * An Amplify project read as one deployment (src/inputs/amplify-project.ts): what is read, how the
 * synthesised root stack wires the categories, where its nodes are located, and what is noted
 * when a piece is missing.
 */
import { describe, expect, it } from 'vitest';
import { type LoadOptions, loadInputs } from '../../src/inputs/load.js';
import { memoryFileSystem } from '../../src/inputs/memory-fs.js';
import type { FileSystem, LoadedInputs, TemplateInput } from '../../src/inputs/types.js';
import { valueAtPointer } from '../../src/parsers/source.js';
import { json } from './helpers.js';

const CWD = '/proj';
const BACKEND = '/proj/amplify/backend';

function load(fs: FileSystem, paths: string[], options: Partial<LoadOptions> = {}): LoadedInputs {
  return loadInputs(paths, { fs, cwd: CWD, ...options });
}

const AUTH_TEMPLATE = json({
  Parameters: {
    env: { Type: 'String' },
    identityPoolName: { Type: 'String' },
    authRoleArn: { Type: 'String' },
    unauthRoleArn: { Type: 'String' },
  },
  Resources: {
    IdentityPool: { Type: 'AWS::Cognito::IdentityPool', Properties: { AllowUnauthenticatedIdentities: true } },
    IdentityPoolRoleMap: {
      Type: 'AWS::Cognito::IdentityPoolRoleAttachment',
      Properties: {
        IdentityPoolId: { Ref: 'IdentityPool' },
        Roles: { authenticated: { Ref: 'authRoleArn' }, unauthenticated: { Ref: 'unauthRoleArn' } },
      },
    },
  },
  Outputs: { IdentityPoolId: { Value: { Ref: 'IdentityPool' } }, UserPoolId: { Value: 'eu-west-1_abc' } },
});

const STORAGE_TEMPLATE = json({
  Parameters: {
    env: { Type: 'String' },
    bucketName: { Type: 'String' },
    unauthRoleName: { Type: 'String' },
    authphotoauthUserPoolId: { Type: 'String' },
  },
  Resources: { Bucket: { Type: 'AWS::S3::Bucket' } },
});

/** A project with auth (an identity pool) and storage that depends on it, in one environment. */
function project(extra: Record<string, string> = {}): Record<string, string> {
  return {
    '/proj/amplify/team-provider-info.json': json({
      dev: {
        awscloudformation: {
          AuthRoleName: 'amplify-app-dev-1-authRole',
          UnauthRoleName: 'amplify-app-dev-1-unauthRole',
        },
        categories: { storage: { photos: { bucketName: 'photos-dev' } } },
      },
    }),
    [`${BACKEND}/backend-config.json`]: json({
      auth: { photoauth: { service: 'Cognito', providerPlugin: 'awscloudformation', dependsOn: [] } },
      storage: {
        photos: {
          service: 'S3',
          providerPlugin: 'awscloudformation',
          dependsOn: [{ category: 'auth', resourceName: 'photoauth', attributes: ['UserPoolId'] }],
        },
      },
    }),
    [`${BACKEND}/auth/photoauth/photoauth-cloudformation-template.json`]: AUTH_TEMPLATE,
    [`${BACKEND}/auth/photoauth/parameters.json`]: json({
      identityPoolName: 'pool',
      authRoleArn: { 'Fn::GetAtt': ['AuthRole', 'Arn'] },
      unauthRoleArn: { 'Fn::GetAtt': ['UnauthRole', 'Arn'] },
      requiredAttributes: ['email', 'phone_number'],
    }),
    [`${BACKEND}/storage/photos/s3-cloudformation-template.json`]: STORAGE_TEMPLATE,
    [`${BACKEND}/storage/photos/parameters.json`]: json({
      bucketName: 'photos',
      unauthRoleName: { Ref: 'UnauthRoleName' },
    }),
    ...extra,
  };
}

const files = (inputs: LoadedInputs) => inputs.documents.map((d) => d.file).sort();
const root = (inputs: LoadedInputs): TemplateInput =>
  inputs.dialects.cloudformation.find((t) => t.stackKey.endsWith('#amplify-root'))!;
const at = (template: TemplateInput, pointer: string): unknown => valueAtPointer(template.doc.data, pointer);
const notes = (inputs: LoadedInputs) =>
  (inputs.notes ?? []).map((n) => `${n.file}:${n.range?.start.line}:${n.range?.start.column} ${n.message}`);

describe('Amplify project: what is read', () => {
  const fs = memoryFileSystem(project());
  const expected = [
    'amplify/backend/auth/photoauth/photoauth-cloudformation-template.json',
    'amplify/backend/backend-config.json',
    'amplify/backend/storage/photos/s3-cloudformation-template.json',
  ];

  it.each([
    ['.'],
    ['amplify'],
    ['amplify/backend'],
    ['amplify/backend/storage/photos/s3-cloudformation-template.json'],
    ['amplify/backend/backend-config.json'],
  ])('reads the whole project when given %s, each category template as a stack nested in the root', (path) => {
    const inputs = load(fs, [path]);
    // parameters.json and team-provider-info.json belong to the project: never linted on their own.
    expect(files(inputs)).toEqual(expected);
    expect(inputs.skipped).toEqual([]);
    expect(inputs.dialects.cloudformation.map((t) => [t.doc.file, t.nestedIn?.logicalId])).toEqual([
      ['amplify/backend/backend-config.json', undefined],
      ['amplify/backend/auth/photoauth/photoauth-cloudformation-template.json', 'authphotoauth'],
      ['amplify/backend/storage/photos/s3-cloudformation-template.json', 'storagephotos'],
    ]);
    expect(root(inputs).stackName).toBe('amplify/backend/backend-config.json (Amplify root stack)');
  });

  it('deploys the build/ copy of a template when there is one, and lints neither copy on its own', () => {
    const built = json({ Resources: { Built: { Type: 'AWS::S3::Bucket' } } });
    const inputs = load(
      memoryFileSystem(
        project({
          [`${BACKEND}/storage/photos/build/cloudformation-template.json`]: built,
          [`${BACKEND}/storage/photos/build/parameters.json`]: json({ bucketName: 'built' }),
        }),
      ),
      ['.'],
    );
    const storage = inputs.dialects.cloudformation.find((t) => t.nestedIn?.logicalId === 'storagephotos')!;
    expect(storage.doc.file).toBe('amplify/backend/storage/photos/build/cloudformation-template.json');
    expect(files(inputs)).not.toContain('amplify/backend/storage/photos/s3-cloudformation-template.json');
    // build/parameters.json first (resourceParams.js), then the environment's values over it.
    expect(at(root(inputs), '/Resources/storagephotos/Properties/Parameters/bucketName')).toBe('photos-dev');
    expect(at(root(inputs), '/Resources/storagephotos/Properties/Parameters/unauthRoleName')).toBeUndefined();
  });

  it('reads the copy the last push left in awscloudformation/build/ when the resource has no template of its own', () => {
    const plain = project({
      [`${BACKEND}/auth/photoauth/cli-inputs.json`]: json({ version: '1' }),
      [`${BACKEND}/awscloudformation/build/auth/photoauth/build/photoauth-cloudformation-template.json`]: AUTH_TEMPLATE,
      [`${BACKEND}/awscloudformation/build/root-cloudformation-stack.json`]: json({
        Resources: { AuthRole: { Type: 'AWS::IAM::Role' } },
      }),
    });
    delete plain[`${BACKEND}/auth/photoauth/photoauth-cloudformation-template.json`];
    const inputs = load(memoryFileSystem(plain), ['.']);
    expect(inputs.dialects.cloudformation.map((t) => [t.doc.file, t.nestedIn?.logicalId])).toEqual([
      // The root stack as last deployed is read into the synthesised root (and located in): never a template of its own.
      ['amplify/backend/awscloudformation/build/root-cloudformation-stack.json', undefined],
      [
        'amplify/backend/awscloudformation/build/auth/photoauth/build/photoauth-cloudformation-template.json',
        'authphotoauth',
      ],
      ['amplify/backend/storage/photos/s3-cloudformation-template.json', 'storagephotos'],
    ]);
  });

  it('falls back to the resource’s own template when the filters leave build/ out', () => {
    const built = json({ Resources: { Built: { Type: 'AWS::S3::Bucket' } } });
    const fs = memoryFileSystem(project({ [`${BACKEND}/storage/photos/build/cloudformation-template.json`]: built }));
    const inputs = load(fs, ['.'], { exclude: ['**/build'] });
    const storage = inputs.dialects.cloudformation.find((t) => t.nestedIn?.logicalId === 'storagephotos');
    expect(storage?.doc.file).toBe('amplify/backend/storage/photos/s3-cloudformation-template.json');
    expect(files(inputs)).not.toContain('amplify/backend/storage/photos/build/cloudformation-template.json');
  });

  it('leaves a folder named amplify/backend without backend-config.json to the walk, template by template', () => {
    const plain = project();
    delete plain[`${BACKEND}/backend-config.json`];
    const inputs = load(memoryFileSystem(plain), ['.']);
    expect(inputs.dialects.cloudformation.map((t) => [t.doc.file, t.nestedIn])).toEqual([
      ['amplify/backend/auth/photoauth/photoauth-cloudformation-template.json', undefined],
      ['amplify/backend/storage/photos/s3-cloudformation-template.json', undefined],
    ]);
    expect(inputs.notes).toBeUndefined();
  });

  it('reports a backend-config.json that does not parse and lints the templates one by one', () => {
    const inputs = load(memoryFileSystem(project({ [`${BACKEND}/backend-config.json`]: '{"auth": ' })), ['.']);
    expect(
      inputs.documents.find((d) => d.file === 'amplify/backend/backend-config.json')?.syntaxErrors.length,
    ).toBeGreaterThan(0);
    expect(inputs.dialects.cloudformation.every((t) => t.nestedIn === undefined)).toBe(true);
    expect(inputs.dialects.cloudformation).toHaveLength(2);
  });

  it('follows no category or resource name that would leave its folder', () => {
    const hostile = memoryFileSystem({
      [`${BACKEND}/backend-config.json`]: json({
        '..': { backend: { providerPlugin: 'awscloudformation' } },
        storage: { '../../../secret': { providerPlugin: 'awscloudformation' } },
      }),
      '/proj/secret/x-cloudformation-template.json': json({ Resources: {} }),
    });
    const inputs = load(hostile, ['amplify']);
    expect(files(inputs)).toEqual(['amplify/backend/backend-config.json']);
    expect(Object.keys(at(root(inputs), '/Resources') as object)).toEqual(['AuthRole', 'UnauthRole']);
  });
});

describe('Amplify project: the root stack, as formNestedStack builds it', () => {
  const inputs = load(memoryFileSystem(project()), ['amplify']);
  const rootStack = root(inputs);

  it('passes each resource its parameters.json, the environment, and its dependsOn attributes as outputs of the other stack', () => {
    expect(at(rootStack, '/Resources/storagephotos')).toEqual({
      Type: 'AWS::CloudFormation::Stack',
      Properties: {
        TemplateURL: 'storage/photos',
        Parameters: {
          // team-provider-info.json's value for the environment wins over parameters.json.
          bucketName: 'photos-dev',
          // `Ref AuthRoleName` / `UnauthRoleName` (the root's parameters) are the roles' names: passed as `Ref` of the roles.
          unauthRoleName: { Ref: 'UnauthRole' },
          authphotoauthUserPoolId: { 'Fn::GetAtt': ['authphotoauth', 'Outputs.UserPoolId'] },
          env: 'dev',
        },
      },
    });
    expect(at(rootStack, '/Resources/authphotoauth/Properties/Parameters')).toEqual({
      identityPoolName: 'pool',
      authRoleArn: { 'Fn::GetAtt': ['AuthRole', 'Arn'] },
      unauthRoleArn: { 'Fn::GetAtt': ['UnauthRole', 'Arn'] },
      requiredAttributes: 'email,phone_number',
      env: 'dev',
    });
  });

  it('gives the roles the trust UpdateRolesWithIDPFunction writes: the auth resource’s identity pool in aud, the slot in amr', () => {
    expect(at(rootStack, '/Resources/UnauthRole/Properties')).toEqual({
      RoleName: { Ref: 'UnauthRoleName' },
      AssumeRolePolicyDocument: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Federated: 'cognito-identity.amazonaws.com' },
            Action: 'sts:AssumeRoleWithWebIdentity',
            Condition: {
              StringEquals: {
                'cognito-identity.amazonaws.com:aud': { 'Fn::GetAtt': ['authphotoauth', 'Outputs.IdentityPoolId'] },
              },
              'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'unauthenticated' },
            },
          },
        ],
      },
    });
    expect(
      at(
        rootStack,
        '/Resources/AuthRole/Properties/AssumeRolePolicyDocument/Statement/0/Condition/ForAnyValue:StringLike',
      ),
    ).toEqual({
      'cognito-identity.amazonaws.com:amr': 'authenticated',
    });
    // The environment's role names, from team-provider-info.json.
    expect(Object.fromEntries(rootStack.parameterValues)).toEqual({
      AuthRoleName: 'amplify-app-dev-1-authRole',
      UnauthRoleName: 'amplify-app-dev-1-unauthRole',
    });
    expect(inputs.notes).toBeUndefined();
  });

  it('locates every synthesised node at the backend-config.json entry it comes from', () => {
    const config = inputs.documents.find((d) => d.file === 'amplify/backend/backend-config.json')!;
    const locate = (pointer: string) => rootStack.doc.locate(pointer).start;
    expect(rootStack.doc.file).toBe('amplify/backend/backend-config.json');
    expect(locate('/Resources/storagephotos/Properties/Parameters/authphotoauthUserPoolId')).toEqual(
      config.locate('/storage/photos/dependsOn/0/attributes/0').start,
    );
    expect(locate('/Resources/storagephotos/Properties/Parameters/bucketName')).toEqual(
      config.locate('/storage/photos').start,
    );
    expect(locate('/Resources/UnauthRole/Properties/AssumeRolePolicyDocument/Statement/0')).toEqual(
      config.locate('/auth/photoauth').start,
    );
    expect(locate('/Resources/authphotoauth')).toEqual({ line: 3, column: 18 });
  });

  it('takes the environment from --parameter env= and warns when team-provider-info.json does not have it', () => {
    const prod = load(memoryFileSystem(project()), ['amplify'], { parameters: new Map([['env', 'prod']]) });
    expect(at(root(prod), '/Resources/storagephotos/Properties/Parameters/env')).toBe('prod');
    expect(at(root(prod), '/Resources/storagephotos/Properties/Parameters/bucketName')).toBe('photos');
    expect(notes(prod)).toEqual([
      'amplify/team-provider-info.json:1:1 team-provider-info.json has no environment `prod`: its environment-specific values are unknown.',
    ]);
  });
});

describe('Amplify project: what cannot be linked is noted, never guessed', () => {
  it('reads an auth resource’s cli-inputs.json as its parameters when it has no parameters.json, as amplify push writes them', () => {
    const files = project({
      [`${BACKEND}/auth/photoauth/cli-inputs.json`]: json({
        version: '1',
        cognitoConfig: {
          identityPoolName: 'pool',
          allowUnauthenticatedIdentities: true,
          requiredAttributes: ['email'],
        },
      }),
    });
    // Amplify CLI 7 and later: the template and parameters.json are generated into build/ at push.
    delete files[`${BACKEND}/auth/photoauth/parameters.json`];
    delete files[`${BACKEND}/auth/photoauth/photoauth-cloudformation-template.json`];
    const inputs = load(memoryFileSystem(files), ['amplify']);
    const rootStack = root(inputs);
    // auth-stack-transform.ts writeBuildFiles: cognitoConfig, then the roles' ARNs.
    expect(at(rootStack, '/Resources/authphotoauth/Properties/Parameters')).toEqual({
      identityPoolName: 'pool',
      allowUnauthenticatedIdentities: true,
      requiredAttributes: 'email',
      authRoleArn: { 'Fn::GetAtt': ['AuthRole', 'Arn'] },
      unauthRoleArn: { 'Fn::GetAtt': ['UnauthRole', 'Arn'] },
      env: 'dev',
    });
    // It has an identity pool: the roles get the trust UpdateRolesWithIDPFunction writes, not the template's Deny.
    expect(at(rootStack, '/Resources/UnauthRole/Properties/AssumeRolePolicyDocument/Statement/0/Effect')).toBe('Allow');
    expect(
      at(rootStack, '/Resources/UnauthRole/Properties/AssumeRolePolicyDocument/Statement/0/Condition/StringEquals'),
    ).toEqual({ 'cognito-identity.amazonaws.com:aud': { 'Fn::GetAtt': ['authphotoauth', 'Outputs.IdentityPoolId'] } });
    expect(notes(inputs)).toEqual([
      'amplify/backend/backend-config.json:3:18 Amplify resource `auth/photoauth` has no CloudFormation template in the project (the Amplify CLI writes it into `build/` at `amplify push`; run `amplify build` to lint it): not linted, and what depends on it is not linked.',
    ]);
    // It belongs to the project: never linted on its own.
    expect(inputs.skipped).toEqual([]);
  });

  it('keeps the Deny trust for an auth resource whose cli-inputs.json names no identity pool (a user pool only)', () => {
    const files = project({
      [`${BACKEND}/auth/photoauth/cli-inputs.json`]: json({
        version: '1',
        cognitoConfig: { userPoolName: 'users', authSelections: 'userPoolOnly' },
      }),
    });
    delete files[`${BACKEND}/auth/photoauth/parameters.json`];
    delete files[`${BACKEND}/auth/photoauth/photoauth-cloudformation-template.json`];
    const rootStack = root(load(memoryFileSystem(files), ['amplify']));
    expect(at(rootStack, '/Resources/AuthRole/Properties/AssumeRolePolicyDocument/Statement/0/Effect')).toBe('Deny');
  });

  it('notes a project without auth, a dependsOn to nothing, a resource without a template, an imported one, and several environments', () => {
    const fs = memoryFileSystem({
      '/proj/amplify/team-provider-info.json': json({ dev: {}, prod: {} }),
      [`${BACKEND}/backend-config.json`]: json({
        api: { rest: { service: 'API Gateway', providerPlugin: 'awscloudformation' } },
        function: {
          resize: {
            service: 'Lambda',
            providerPlugin: 'awscloudformation',
            dependsOn: [
              { category: 'auth', resourceName: 'gone', attributes: ['UserPoolId'] },
              { category: 'storage', resourceName: 'shared', attributes: ['BucketName'] },
            ],
          },
        },
        storage: { shared: { service: 'S3', providerPlugin: 'awscloudformation', serviceType: 'imported' } },
      }),
      [`${BACKEND}/api/rest/cli-inputs.json`]: json({ version: 1 }),
      [`${BACKEND}/function/resize/resize-cloudformation-template.json`]: json({
        Parameters: { authgoneUserPoolId: { Type: 'String' }, storagesharedBucketName: { Type: 'String' } },
        Resources: {},
      }),
    });
    const inputs = load(fs, ['amplify']);
    expect(notes(inputs).sort()).toEqual(
      [
        'amplify/backend/backend-config.json:1:1 The Amplify project has no auth resource: its AuthRole and UnauthRole trust no identity pool, so who uses them is not known from the project.',
        'amplify/backend/backend-config.json:1:1 The Amplify project has the environments `dev`, `prod`: pass `--parameter env=<name>` to read the values of one; environment-specific values are unknown.',
        'amplify/backend/backend-config.json:3:13 Amplify resource `api/rest` has no CloudFormation template in the project (the Amplify CLI writes it into `build/` at `amplify push`; run `amplify build` to lint it): not linted, and what depends on it is not linked.',
        'amplify/backend/backend-config.json:13:9 Amplify resource `function/resize` depends on `auth/gone`, which the project does not have: the parameters it would pass are unknown.',
        'amplify/backend/backend-config.json:31:15 Amplify resource `storage/shared` is imported: it is not part of the project, so what depends on it is linked as far as the project goes.',
      ].sort(),
    );
    const rootStack = root(inputs);
    // Nothing is passed for what could not be linked: the child's parameters stay unknown.
    expect(at(rootStack, '/Resources/functionresize/Properties/Parameters')).toEqual({});
    // Without auth, the roles keep rootStackTemplate.json's trust, which denies every identity pool.
    expect(at(rootStack, '/Resources/AuthRole/Properties/AssumeRolePolicyDocument/Statement/0/Effect')).toBe('Deny');
  });
});

describe('Amplify project: a GraphQL API and its nested stacks', () => {
  const API = `${BACKEND}/api/blog`;
  const stackResource = (file: string, joiner: 'v1' | 'v2') => ({
    Type: 'AWS::CloudFormation::Stack',
    Properties: {
      Parameters: { unauth: { Ref: 'unauthRoleName' } },
      TemplateURL:
        joiner === 'v1'
          ? { 'Fn::Join': ['/', ['https://s3.amazonaws.com', { Ref: 'S3DeploymentBucket' }, 'stacks', file]] }
          : {
              'Fn::Join': [
                '',
                ['https://s3.', { Ref: 'AWS::Region' }, '/', { Ref: 'S3DeploymentBucket' }, `/stacks/${file}`],
              ],
            },
    },
  });
  const nested = json({
    Parameters: { unauth: { Type: 'String' } },
    Resources: { Table: { Type: 'AWS::DynamoDB::Table' } },
  });
  function graphQlProject(extra: Record<string, string> = {}): Record<string, string> {
    const files = project({
      [`${API}/parameters.json`]: json({ AppSyncApiName: 'blog' }),
      [`${API}/build/parameters.json`]: json({ AppSyncApiName: 'blog', S3DeploymentBucket: 'deploy' }),
      [`${API}/build/cloudformation-template.json`]: json({
        Parameters: {
          AppSyncApiName: { Type: 'String' },
          authRoleName: { Type: 'String' },
          unauthRoleName: { Type: 'String' },
          S3DeploymentBucket: { Type: 'String' },
        },
        Resources: {
          GraphQLAPI: { Type: 'AWS::AppSync::GraphQLApi', Properties: { AuthenticationType: 'AWS_IAM' } },
          Post: stackResource('Post.json', 'v2'),
          CustomResourcesjson: stackResource('CustomResources.json', 'v1'),
          Gone: stackResource('Gone.json', 'v2'),
          Elsewhere: stackResource('../../../../../secret.json', 'v2'),
        },
      }),
      [`${API}/build/stacks/Post.json`]: nested,
      [`${API}/build/stacks/CustomResources.json`]: nested,
      [`${API}/stacks/CustomResources.json`]: nested,
      '/proj/secret.json': nested,
      ...extra,
    });
    const config = JSON.parse(files[`${BACKEND}/backend-config.json`]!) as Record<string, unknown>;
    config.api = {
      blog: {
        service: 'AppSync',
        providerPlugin: 'awscloudformation',
        dependsOn: [{ category: 'auth', resourceName: 'photoauth', attributes: ['UserPoolId'] }],
      },
    };
    files[`${BACKEND}/backend-config.json`] = json(config);
    return files;
  }
  const inputs = load(memoryFileSystem(graphQlProject()), ['amplify']);
  const API_TEMPLATE = 'amplify/backend/api/blog/build/cloudformation-template.json';

  it('nests the API’s build/stacks/*.json in the API’s template, named by the file its TemplateURL ends with', () => {
    expect(inputs.dialects.cloudformation.map((t) => [t.doc.file, t.nestedIn, t.amplify])).toEqual([
      ['amplify/backend/backend-config.json', undefined, undefined],
      [
        API_TEMPLATE,
        { parentStackKey: 'amplify/backend/backend-config.json#amplify-root', logicalId: 'apiblog' },
        { category: 'api', resource: 'blog' },
      ],
      [
        'amplify/backend/api/blog/build/stacks/CustomResources.json',
        {
          parentStackKey: API_TEMPLATE,
          logicalId: 'CustomResourcesjson',
          rootStackKey: 'amplify/backend/backend-config.json#amplify-root',
        },
        { category: 'api', resource: 'blog' },
      ],
      [
        'amplify/backend/api/blog/build/stacks/Post.json',
        {
          parentStackKey: API_TEMPLATE,
          logicalId: 'Post',
          rootStackKey: 'amplify/backend/backend-config.json#amplify-root',
        },
        { category: 'api', resource: 'blog' },
      ],
      [
        'amplify/backend/auth/photoauth/photoauth-cloudformation-template.json',
        { parentStackKey: 'amplify/backend/backend-config.json#amplify-root', logicalId: 'authphotoauth' },
        { category: 'auth', resource: 'photoauth' },
      ],
      [
        'amplify/backend/storage/photos/s3-cloudformation-template.json',
        { parentStackKey: 'amplify/backend/backend-config.json#amplify-root', logicalId: 'storagephotos' },
        { category: 'storage', resource: 'photos' },
      ],
    ]);
    // The transformer's input copy of a stack belongs to the API: not linted on its own. Nothing outside amplify/ is read.
    expect(files(inputs)).not.toContain('amplify/backend/api/blog/stacks/CustomResources.json');
    expect(files(inputs)).not.toContain('secret.json');
  });

  it('passes the role names upload-appsync-files.js adds when parameters.json does not name them, and no auth dependsOn', () => {
    expect(at(root(inputs), '/Resources/apiblog/Properties/Parameters')).toEqual({
      AppSyncApiName: 'blog',
      S3DeploymentBucket: 'deploy',
      authRoleName: { Ref: 'AuthRole' },
      unauthRoleName: { Ref: 'UnauthRole' },
      env: 'dev',
    });
    const own = load(
      memoryFileSystem(
        graphQlProject({
          [`${API}/build/parameters.json`]: json({ unauthRoleName: 'my-guest-role' }),
        }),
      ),
      ['amplify'],
    );
    expect(at(root(own), '/Resources/apiblog/Properties/Parameters/unauthRoleName')).toBe('my-guest-role');
  });

  it('notes a nested stack whose template is not beside the API’s, at its stack resource', () => {
    expect(notes(inputs)).toEqual([
      // Only the file name of a TemplateURL is read: a path in it is never followed.
      `${API_TEMPLATE}:98:18 Nested stack \`Elsewhere\` of Amplify resource \`api/blog\` has no template at \`stacks/secret.json\` beside the API's: not linted, and what it passes is unknown.`,
      `${API_TEMPLATE}:72:13 Nested stack \`Gone\` of Amplify resource \`api/blog\` has no template at \`stacks/Gone.json\` beside the API's: not linted, and what it passes is unknown.`,
    ]);
  });
});

describe('Amplify project: amplify-meta.json fills in what the repository does not say', () => {
  const META = `${BACKEND}/amplify-meta.json`;
  const meta = json({
    providers: {
      awscloudformation: {
        AuthRoleName: 'amplify-app-dev-9-authRole',
        UnauthRoleName: 'amplify-app-dev-9-unauthRole',
        Region: 'eu-west-1',
      },
    },
    auth: {
      photoauth: {
        service: 'Cognito',
        output: { IdentityPoolId: 'eu-west-1:1111-2222', UserPoolId: 'eu-west-1_recorded' },
      },
    },
    storage: { shared: { output: { BucketName: 'shared-bucket' } } },
  });

  it('never over a template, parameters.json or team-provider-info.json, and is never linted on its own', () => {
    const inputs = load(memoryFileSystem(project({ [META]: meta })), ['amplify']);
    const rootStack = root(inputs);
    expect(Object.fromEntries(rootStack.parameterValues)).toEqual({
      AuthRoleName: 'amplify-app-dev-1-authRole',
      UnauthRoleName: 'amplify-app-dev-1-unauthRole',
    });
    expect(at(rootStack, '/Resources/storagephotos/Properties/Parameters/authphotoauthUserPoolId')).toEqual({
      'Fn::GetAtt': ['authphotoauth', 'Outputs.UserPoolId'],
    });
    expect(
      at(rootStack, '/Resources/UnauthRole/Properties/AssumeRolePolicyDocument/Statement/0/Condition/StringEquals'),
    ).toEqual({ 'cognito-identity.amazonaws.com:aud': { 'Fn::GetAtt': ['authphotoauth', 'Outputs.IdentityPoolId'] } });
    expect(files(inputs)).not.toContain('amplify/backend/amplify-meta.json');
  });

  it('names the roles when team-provider-info.json does not', () => {
    const plain = project({ [META]: meta });
    delete plain['/proj/amplify/team-provider-info.json'];
    const inputs = load(memoryFileSystem(plain), ['amplify']);
    expect(Object.fromEntries(root(inputs).parameterValues)).toEqual({
      AuthRoleName: 'amplify-app-dev-9-authRole',
      UnauthRoleName: 'amplify-app-dev-9-unauthRole',
    });
  });

  it('passes the outputs an auth resource without a template last deployed: the trust’s aud, a dependsOn attribute', () => {
    const plain = project({ [META]: meta });
    delete plain[`${BACKEND}/auth/photoauth/photoauth-cloudformation-template.json`];
    delete plain[`${BACKEND}/auth/photoauth/parameters.json`];
    const inputs = load(memoryFileSystem(plain), ['amplify']);
    const rootStack = root(inputs);
    expect(at(rootStack, '/Resources/storagephotos/Properties/Parameters/authphotoauthUserPoolId')).toBe(
      'eu-west-1_recorded',
    );
    expect(at(rootStack, '/Resources/UnauthRole/Properties/AssumeRolePolicyDocument/Statement/0')).toEqual({
      Effect: 'Allow',
      Principal: { Federated: 'cognito-identity.amazonaws.com' },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: {
        StringEquals: { 'cognito-identity.amazonaws.com:aud': 'eu-west-1:1111-2222' },
        'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'unauthenticated' },
      },
    });
    expect(notes(inputs)).toEqual([
      'amplify/backend/backend-config.json:3:18 Amplify resource `auth/photoauth` has no CloudFormation template in the project (the Amplify CLI writes it into `build/` at `amplify push`; run `amplify build` to lint it): not linted, and what depends on it gets the outputs amplify-meta.json recorded at the last push.',
    ]);
    // Without amplify-meta.json: unknown, and the roles keep the template's trust.
    const bare = { ...plain };
    delete bare[META];
    const unlinked = root(load(memoryFileSystem(bare), ['amplify']));
    expect(at(unlinked, '/Resources/UnauthRole/Properties/AssumeRolePolicyDocument/Statement/0/Effect')).toBe('Deny');
  });

  it('passes an imported resource’s recorded output, as formNestedStack does', () => {
    const files = project({ [META]: meta });
    const config = JSON.parse(files[`${BACKEND}/backend-config.json`]!) as {
      storage: Record<string, unknown>;
      function?: unknown;
    };
    config.storage.shared = { service: 'S3', providerPlugin: 'awscloudformation', serviceType: 'imported' };
    config.function = {
      resize: {
        service: 'Lambda',
        providerPlugin: 'awscloudformation',
        dependsOn: [{ category: 'storage', resourceName: 'shared', attributes: ['BucketName', 'Region'] }],
      },
    };
    files[`${BACKEND}/backend-config.json`] = json(config);
    files[`${BACKEND}/function/resize/resize-cloudformation-template.json`] = json({ Resources: {} });
    const rootStack = root(load(memoryFileSystem(files), ['amplify']));
    // `Region` was not recorded: not passed, as for an imported resource without amplify-meta.json.
    expect(at(rootStack, '/Resources/functionresize/Properties/Parameters')).toEqual({
      storagesharedBucketName: 'shared-bucket',
      env: 'dev',
    });
  });
});
