/**
 * An AWS account as read by `--aws` (src/aws/read.ts) and written by `--save-account`: the
 * `get-account-authorization-details` shape (RoleDetailList, GroupDetailList, UserDetailList,
 * Policies), which the raw IAM reader already understands, plus a `Cognito` list with, per region,
 * the identity pools (DescribeIdentityPool with GetIdentityPoolRoles' `Roles` and `RoleMappings`)
 * and user pools (DescribeUserPool with their clients' DescribeUserPoolClient).
 *
 * The Cognito part is read through the template model: the same document is also a template
 * whose resources are synthesised from the descriptions (`AWS::Cognito::IdentityPool`,
 * `…IdentityPoolRoleAttachment`, `…IdentityPoolPrincipalTag`, `…UserPool`, `…UserPoolClient`,
 * `…UserPoolGroup`). The API's field names are the CloudFormation property names
 * (DescribeIdentityPool and AWS::Cognito::IdentityPool, GetIdentityPoolRoles and
 * AWS::Cognito::IdentityPoolRoleAttachment, DescribeUserPoolClient and AWS::Cognito::UserPoolClient,
 * ListGroups and AWS::Cognito::UserPoolGroup), so every rule that reads those resources runs
 * unchanged. Logical IDs are the pool and client IDs (a group's is `<user pool ID>/<group name>`),
 * so findings name the real pools; a pool's links to its own clients, groups and attachments are
 * `Ref`s (what the model follows). Provider names stay as the API gives them, and messages quote
 * them; the model matches them to the user pools read with them (src/dialects/cloudformation/build.ts
 * ResourceNode.physicalId). Role ARNs stay literal strings, which the model matches against the roles of
 * `RoleDetailList` by ARN (src/dialects/cloudformation/build.ts roleFromValue).
 * Positions map back to the description each property came from.
 */
import type { ParsedDocument, Pointer } from '../parsers/types.js';
import { joinPointer, splitPointer } from '../parsers/types.js';
import { synthesisedDocument } from '../parsers/synthesised-document.js';
import { apiGatewayResources } from './aws-apigateway.js';
import type { TemplateInput } from './types.js';
import { isPlainObject } from '../core/objects.js';

/** The top-level key of the Cognito part; its presence beside the IAM lists is what marks an account snapshot. */
export const COGNITO_KEY = 'Cognito';

/** What `--aws-services` can name. API Gateway is opt-in: a run without it makes the same calls as before. */
export const AWS_SERVICES = ['iam', 'cognito', 'apigateway'] as const;
export type AwsService = (typeof AWS_SERVICES)[number];
export const DEFAULT_SERVICES: readonly AwsService[] = ['iam', 'cognito'];

/** Is this document an account snapshot (IAM authorization details plus Cognito descriptions)? */
export function isAccountSnapshot(data: Record<string, unknown>): boolean {
  const cognito = Object.prototype.hasOwnProperty.call(data, COGNITO_KEY) ? data[COGNITO_KEY] : undefined;
  return Array.isArray(cognito) && cognito.every(isPlainObject) && Array.isArray(data.RoleDetailList);
}

/** The top-level key of the calls that failed while the account was read (src/aws/read.ts AccountFailure). */
export const INCOMPLETE_KEY = 'Incomplete';

/** A call the snapshot records as failed: the line the live run printed, and where it is in the file. */
export interface UnreadCall {
  line: string;
  pointer: Pointer;
}

/** `<call>: <what happened>`, as `--aws` prints a failed call. */
export function failureLine(failure: { Call: string; Message: string }): string {
  return `${failure.Call}: ${failure.Message}`;
}

/**
 * The calls a snapshot records as failed (`Incomplete: [{Call, Region, Message}]`): what it holds
 * of the account is partial, reading it back says so as the live run did.
 */
export function unreadCalls(doc: ParsedDocument): UnreadCall[] {
  const data = doc.data;
  if (!isPlainObject(data) || !isAccountSnapshot(data) || !Object.prototype.hasOwnProperty.call(data, INCOMPLETE_KEY))
    return [];
  const out: UnreadCall[] = [];
  const entries = data[INCOMPLETE_KEY];
  if (!Array.isArray(entries))
    return [{ line: `\`${INCOMPLETE_KEY}\` is not a list of failed calls`, pointer: joinPointer('', INCOMPLETE_KEY) }];
  entries.forEach((entry, i) => {
    const pointer = joinPointer('', INCOMPLETE_KEY, i);
    // A hand-edited entry still says the snapshot is partial, in whatever words it has.
    const valid = isPlainObject(entry) && typeof entry.Call === 'string' && typeof entry.Message === 'string';
    out.push({
      line: valid
        ? failureLine(entry as { Call: string; Message: string })
        : 'a failed call (an entry without `Call` and `Message`)',
      pointer,
    });
  });
  return out;
}

/** Where a synthesised resource came from: its description, and where each of its properties is there. */
interface Origin {
  base: Pointer;
  properties: Map<string, Pointer>;
}

/** Fields of the descriptions that are no CloudFormation property (IDs become logical IDs, dates are history). */
const NOT_PROPERTIES = new Set([
  'CreationDate',
  'LastModifiedDate',
  'CreationDateTime',
  'Status',
  'EstimatedNumberOfUsers',
  'Arn',
  'Id',
  'Clients',
]);

/** The template the Cognito part of a snapshot stands for; `undefined` when it has no Cognito resource. */
export function accountTemplate(doc: ParsedDocument): TemplateInput | undefined {
  const data = doc.data;
  if (!isPlainObject(data) || !isAccountSnapshot(data)) return undefined;
  const resources: Record<string, unknown> = {};
  const origins = new Map<string, Origin>();
  const add = (
    logicalId: string,
    type: string,
    base: Pointer,
    properties: Record<string, unknown>,
    at: Map<string, Pointer>,
  ): void => {
    // Two regions cannot share a pool ID (the region is part of it); a duplicate is a crafted file: the first wins.
    if (Object.prototype.hasOwnProperty.call(resources, logicalId)) return;
    resources[logicalId] = { Type: type, Properties: properties };
    origins.set(logicalId, { base, properties: at });
  };
  const regions = data[COGNITO_KEY] as Array<Record<string, unknown>>;
  const clientIds = new Set<string>();
  for (const region of regions) {
    for (const pool of objects(region.UserPools)) {
      for (const client of objects(pool.Clients))
        if (typeof client.ClientId === 'string') clientIds.add(client.ClientId);
    }
  }
  regions.forEach((region, r) => {
    const regionAt = joinPointer('', COGNITO_KEY, r);
    objects(region.UserPools).forEach((pool, p) => {
      if (typeof pool.Id !== 'string') return;
      const base = joinPointer(regionAt, 'UserPools', p);
      const { properties, at } = copyProperties(pool, base, { Name: 'UserPoolName', SchemaAttributes: 'Schema' }, [
        'Groups',
        'MfaConfig',
      ]);
      if (isPlainObject(pool.MfaConfig)) mfaProperties(pool.MfaConfig, joinPointer(base, 'MfaConfig'), properties, at);
      add(pool.Id, 'AWS::Cognito::UserPool', base, properties, at);
      objects(pool.Clients).forEach((client, c) => {
        if (typeof client.ClientId !== 'string') return;
        const clientAt = joinPointer(base, 'Clients', c);
        const copied = copyProperties(client, clientAt, {}, ['ClientId', 'ClientSecret', 'UserPoolId']);
        copied.properties.UserPoolId = { Ref: pool.Id };
        copied.at.set('UserPoolId', joinPointer(clientAt, 'UserPoolId'));
        add(client.ClientId, 'AWS::Cognito::UserPoolClient', clientAt, copied.properties, copied.at);
      });
      objects(pool.Groups).forEach((group, g) => {
        if (typeof group.GroupName !== 'string') return;
        const groupAt = joinPointer(base, 'Groups', g);
        // ListGroups' fields are AWS::Cognito::UserPoolGroup's properties; the role ARN stays literal.
        const copied = copyProperties(group, groupAt, {}, ['UserPoolId']);
        copied.properties.UserPoolId = { Ref: pool.Id };
        copied.at.set('UserPoolId', joinPointer(groupAt, 'UserPoolId'));
        add(`${pool.Id}/${group.GroupName}`, 'AWS::Cognito::UserPoolGroup', groupAt, copied.properties, copied.at);
      });
    });
    objects(region.IdentityPools).forEach((pool, p) => {
      if (typeof pool.IdentityPoolId !== 'string') return;
      const base = joinPointer(regionAt, 'IdentityPools', p);
      const { properties, at } = copyProperties(pool, base, {}, [
        'IdentityPoolId',
        'Roles',
        'RoleMappings',
        'IdentityPoolTags',
        'PrincipalTagAttributeMaps',
      ]);
      if (Array.isArray(pool.CognitoIdentityProviders)) {
        properties.CognitoIdentityProviders = pool.CognitoIdentityProviders.map((provider) =>
          providerReference(provider, clientIds),
        );
      }
      add(pool.IdentityPoolId, 'AWS::Cognito::IdentityPool', base, properties, at);
      objects(pool.PrincipalTagAttributeMaps).forEach((map, m) => {
        if (typeof map.IdentityProviderName !== 'string') return;
        // A provider that maps nothing (no tag, no defaults) is what a template without the resource says.
        if (
          map.UseDefaults !== true &&
          !(isPlainObject(map.PrincipalTags) && Object.keys(map.PrincipalTags).length > 0)
        )
          return;
        const mapAt = joinPointer(base, 'PrincipalTagAttributeMaps', m);
        const copied = copyProperties(map, mapAt, {});
        copied.properties.IdentityPoolId = { Ref: pool.IdentityPoolId };
        copied.at.set('IdentityPoolId', joinPointer(base, 'IdentityPoolId'));
        add(
          `${pool.IdentityPoolId} principal tags for ${map.IdentityProviderName}`,
          'AWS::Cognito::IdentityPoolPrincipalTag',
          mapAt,
          copied.properties,
          copied.at,
        );
      });
      if (pool.Roles === undefined && pool.RoleMappings === undefined) return;
      const attachment: Record<string, unknown> = { IdentityPoolId: { Ref: pool.IdentityPoolId } };
      const attachmentAt = new Map([['IdentityPoolId', joinPointer(base, 'IdentityPoolId')]]);
      for (const key of ['Roles', 'RoleMappings']) {
        if (pool[key] === undefined) continue;
        attachment[key] = pool[key];
        attachmentAt.set(key, joinPointer(base, key));
      }
      add(`${pool.IdentityPoolId} roles`, 'AWS::Cognito::IdentityPoolRoleAttachment', base, attachment, attachmentAt);
    });
  });
  apiGatewayResources(data, add);
  if (origins.size === 0) return undefined;
  const view = { Resources: resources };
  const original = (pointer: Pointer): Pointer => {
    const tokens = splitPointer(pointer);
    const origin = tokens[0] === 'Resources' && tokens[1] !== undefined ? origins.get(tokens[1]) : undefined;
    if (!origin) return '';
    if (tokens[2] !== 'Properties' || tokens[3] === undefined) return origin.base;
    return joinPointer(origin.properties.get(tokens[3]) ?? origin.base, ...tokens.slice(4));
  };
  // A document of its own over the same text (no `viewOf`): the model finds the synthesised
  // resources by its pointers, while every position is that of the description in the file.
  const template = synthesisedDocument(doc, view, original);
  return {
    doc: template,
    resourcesPointer: '/Resources',
    stackName: doc.file,
    stackKey: `${doc.file}#${COGNITO_KEY}`,
    cdkPaths: new Map(),
    parameterValues: new Map(),
    physicalIds: true,
  };
}

function objects(value: unknown): Array<Record<string, unknown>> {
  return Array.isArray(value) ? value.filter(isPlainObject) : [];
}

/** The description's fields as properties (renamed where CloudFormation's name differs), with where each is. */
function copyProperties(
  description: Record<string, unknown>,
  base: Pointer,
  renames: Record<string, string>,
  skip: string[] = [],
): { properties: Record<string, unknown>; at: Map<string, Pointer> } {
  const properties: Record<string, unknown> = {};
  const at = new Map<string, Pointer>();
  for (const [key, value] of Object.entries(description)) {
    if (NOT_PROPERTIES.has(key) || skip.includes(key)) continue;
    const name = Object.prototype.hasOwnProperty.call(renames, key) ? renames[key]! : key;
    Object.defineProperty(properties, name, { value, writable: true, enumerable: true, configurable: true });
    at.set(name, joinPointer(base, key));
  }
  return { properties, at };
}

/**
 * GetUserPoolMfaConfig as AWS::Cognito::UserPool's `MfaConfiguration` and `EnabledMfas`
 * (DescribeUserPool has the first, not the second): a factor is enabled when its configuration is
 * there, TOTP when `SoftwareTokenMfaConfiguration.Enabled`
 * (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetUserPoolMfaConfig.html).
 */
function mfaProperties(
  config: Record<string, unknown>,
  base: Pointer,
  properties: Record<string, unknown>,
  at: Map<string, Pointer>,
): void {
  if (config.MfaConfiguration !== undefined) {
    properties.MfaConfiguration = config.MfaConfiguration;
    at.set('MfaConfiguration', joinPointer(base, 'MfaConfiguration'));
  }
  const enabled: string[] = [];
  if (isPlainObject(config.SmsMfaConfiguration)) enabled.push('SMS_MFA');
  if (isPlainObject(config.SoftwareTokenMfaConfiguration) && config.SoftwareTokenMfaConfiguration.Enabled === true)
    enabled.push('SOFTWARE_TOKEN_MFA');
  if (isPlainObject(config.EmailMfaConfiguration)) enabled.push('EMAIL_OTP');
  properties.EnabledMfas = enabled;
  at.set('EnabledMfas', base);
}

/**
 * `{ProviderName, ClientId}` with the client ID as a reference to the app client read with it. The
 * provider name stays as the API gives it (`cognito-idp.<region>.amazonaws.com/<user pool ID>`),
 * which messages quote and which the model matches to the user pool read with it
 * (src/dialects/cloudformation/build.ts ResourceNode.physicalId); a client of another account or region stays literal.
 */
function providerReference(provider: unknown, clientIds: ReadonlySet<string>): unknown {
  if (!isPlainObject(provider)) return provider;
  const out: Record<string, unknown> = { ...provider };
  if (typeof provider.ClientId === 'string' && clientIds.has(provider.ClientId))
    out.ClientId = { Ref: provider.ClientId };
  return out;
}
