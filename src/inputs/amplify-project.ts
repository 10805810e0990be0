/**
 * An Amplify (Gen 1) project, `amplify/backend/`, read as one deployment: each category resource's
 * template becomes a nested stack of the project's root stack, wired the way the Amplify CLI wires
 * it at `amplify push`, so the nested-stack resolution of src/dialects/cloudformation/intrinsics.ts
 * links the categories (a storage policy's `Roles: [!Ref unauthRoleName]` reaches the project's
 * unauthenticated role, which the auth category attaches to its identity pool).
 *
 * What the Amplify CLI does, and what is read here (aws-amplify/amplify-cli at
 * 70049be04b61535028329f395349fe51c9e8a2cd, packages/amplify-provider-awscloudformation/src/):
 * - push-resources.ts `formNestedStack`: the root stack (resources/rootStackTemplate.json, with
 *   `AuthRole` and `UnauthRole`) gets one `AWS::CloudFormation::Stack` per resource, logical ID
 *   `<category><resource>`, whose `Parameters` are the resource's parameters.json (`build/` copy
 *   first, resourceParams.js `loadResourceParameters`) merged with the environment's values from
 *   team-provider-info.json (`<env>.categories.<category>.<resource>`), plus, for each `dependsOn`
 *   entry of backend-config.json and each of its attributes, `<category><resource><attribute>` =
 *   `Fn::GetAtt [<category><resource>, Outputs.<attribute>]`, plus `env`. Lists are joined with ','.
 * - push-resources.ts `getCfnFiles`: the template is `*template*.{yaml,yml,json}` of the resource's
 *   `build/` folder when it holds one, else of the resource folder (parameters.json and
 *   auth-trigger-cloudformation-template.json excepted). The same choice is made here: it is what
 *   `amplify push` deploys. When neither folder has one (Amplify CLI 7 and later generate auth and
 *   storage templates into `build/`, which .gitignore usually leaves out), the copy the last push
 *   uploaded, `awscloudformation/build/<category>/<resource>/` (cfn-pre-processor.ts), is read.
 * - push-resources.ts `updateIdPRolesInNestedStack` and resources/update-idp-roles-cfn.json: once
 *   the project has an auth resource with an identity pool (`identityPoolName` in its parameters),
 *   the `UpdateRolesWithIDPFunction` custom resource rewrites the trust of `AuthRole` and
 *   `UnauthRole` to allow `sts:AssumeRoleWithWebIdentity` from `cognito-identity.amazonaws.com`
 *   with `StringEquals cognito-identity.amazonaws.com:aud` = that pool's ID
 *   (`Fn::GetAtt [auth<name>, Outputs.IdentityPoolId]`) and `ForAnyValue:StringLike
 *   cognito-identity.amazonaws.com:amr` = `authenticated` / `unauthenticated`. The synthesised root
 *   carries that trust directly; without such an auth resource the roles keep the template's
 *   `Deny` trust.
 * - amplify-category-auth auth-stack-transform.ts `writeBuildFiles` (Amplify CLI 7 and later): an auth
 *   resource's settings live in its `cli-inputs.json`, and push writes `build/parameters.json` as its
 *   `cognitoConfig` plus `authRoleArn`/`unauthRoleArn`. Without a parameters.json (build/ is usually
 *   left out of the repository) the same is read from cli-inputs.json, so `identityPoolName` is known; and
 *   when the template is missing too, the user pool, app clients, identity pool and role attachment push generates
 *   from it stand in for it (amplify-auth-stand-in.ts), less what the resource's override.ts names. An S3 storage resource kept only as cli-inputs.json stands in likewise with
 *   the bucket and role policies amplify-category-storage's s3-stack-builder.ts generates (amplify-storage-stand-in.ts),
 *   and a REST API with the API amplify-category-api's apigw-stack-builder.ts generates and, without a committed
 *   `api/APIGatewayAuthStack.json`, the role grants push writes there (amplify-api-stand-in.ts).
 * - The auth category attaches the two roles to its identity pool itself (its
 *   `IdentityPoolRoleMap`, `Roles: {authenticated: !Ref authRoleArn, unauthenticated: !Ref
 *   unauthRoleArn}`, the parameters being `Fn::GetAtt [AuthRole|UnauthRole, Arn]` in its
 *   parameters.json): nothing to add here, the parameters resolve through the root.
 * - A GraphQL API (`service: AppSync`): its template is `build/cloudformation-template.json`, which
 *   nests one stack per model from `build/stacks/<name>.json` (uploaded beside it by
 *   upload-appsync-files.js, `TemplateURL` ending in `stacks/<name>.json`); those are nested in the
 *   API's stack here, so what the API passes them resolves through it and the root. When its
 *   parameters.json does not name `authRoleName`/`unauthRoleName`, upload-appsync-files.js
 *   `writeUpdatedParametersJson` passes `Ref AuthRoleName`/`Ref UnauthRoleName` for the template's
 *   parameters of those names: the transformer's IAM policies (`AuthRolePolicy01`,
 *   `UnauthRolePolicy01`, `Roles: [!Ref unauthRoleName]`) attach to the project's roles. Its
 *   `dependsOn` auth attributes are not passed (push-resources.ts `isResourceGqlWithAuthDep`).
 * - `api/APIGatewayAuthStack.json` (consolidate-apigw-policies.ts) is nested as
 *   `APIGatewayAuthStack` with `authRoleName`, `unauthRoleName`, `env` and, for each of its
 *   parameters named after an API of the project, `Fn::GetAtt [api<name>, Outputs.ApiId]`.
 *
 * `amplify-meta.json` (beside backend-config.json; the CLI rewrites it after every push, aws-cfn.js
 * `updateamplifyMetaFileWithStackOutputs`: each category stack's Outputs into `<category>.<resource>.output`,
 * the root's into `providers.awscloudformation`) records what the last push deployed. It is read only where it
 * makes known a value nothing else in the repository gives, and never over a template or parameter file:
 * - `providers.awscloudformation.AuthRoleName` / `UnauthRoleName`: the role names, when neither
 *   `--parameter` nor team-provider-info.json names them (formNestedStack copies them into both files);
 * - `<category>.<resource>.output.<attribute>` for a `dependsOn` attribute whose resource is imported
 *   (formNestedStack itself passes that recorded value: an imported resource has no stack to `GetAtt`) or
 *   has no template in the project (its outputs cannot be read from it);
 * - `auth.<resource>.output.IdentityPoolId`, when the auth resource has no template: the pool ID the
 *   roles' trust names in `aud`, and, when its parameters are not in the project either, that it has an
 *   identity pool at all (updateIdPRolesInNestedStack asks parameters.json's `identityPoolName`).
 * Its other keys (`providerMetadata`, `lastPushTimeStamp`, `Region`, `DeploymentBucketName`, …) name nothing
 * a rule judges; `Region` would only matter to `AWS::Region`, which is read from a cloud assembly alone.
 *
 * The root stack is synthesised in memory even when `awscloudformation/build/root-cloudformation-stack.json`
 * (push-resources.ts `storeRootStackTemplate`) is in the repository: `amplify push` regenerates it from
 * the same inputs every time, its nested stacks are those of the last push, and its roles' trust as
 * written (`Deny`) is not what is deployed. Its document is backend-config.json's (the file that
 * declares the wiring), and every synthesised node is located at the backend-config.json entry it
 * comes from (a nested stack at `/<category>/<resource>`, a `dependsOn` parameter at its attribute,
 * the roles at the auth resource): a finding on the root points at a real line of a real file, never
 * a made-up one.
 *
 * When that committed root is there, it is read for what the synthesised root cannot know, what
 * `amplify override project` (override.ts, which is code and never run here) made of the root: its
 * extra resources (the deployment bucket, anything an override adds), its parameters and conditions,
 * and `AuthRole`/`UnauthRole`'s properties but their trust (an inline policy an override gives the
 * guest role is the guest role's). It is not linted on its own, and the root's nodes are located in
 * it instead (each at its counterpart there, or the nearest node that has one). The CLI's own trust
 * updater (update-idp-roles-cfn.json's function, role and custom resource) is left out: what it
 * does is the synthesised trust.
 *
 * Parameters passed as `{"Ref": "AuthRoleName"}` (the root's parameter) are passed as
 * `{"Ref": "AuthRole"}` instead: the same value, since `AuthRole`'s `RoleName` is that parameter and
 * `Ref` of a role is its name, but one the model can follow to the role when the environment's role
 * name is not known.
 *
 * What cannot be linked (no template for a resource, a `dependsOn` naming nothing, an imported
 * resource, several environments and no `--parameter env=`) becomes a note and is left unknown.
 */
import type { ParsedDocument, Pointer } from '../parsers/types.js';
import { joinPointer, splitPointer } from '../parsers/types.js';
import { setDataProperty } from '../parsers/json.js';
import { type OverrideFile, authStandIn, overriddenProperties } from './amplify-auth-stand-in.js';
import { isRestApiCliInputs, restApiStandIn } from './amplify-api-stand-in.js';
import { isS3CliInputs, storageS3StandIn } from './amplify-storage-stand-in.js';
import { classifyDocument, hasUsableData } from './classify.js';
import {
  type ParseFn,
  type PathApi,
  type ReadBudget,
  isWithin,
  parseRead,
  readTextFile,
  safeReaddir,
  safeRealpath,
  safeStat,
} from './files.js';
import type { FileSystem, InputNote, TemplateInput } from './types.js';
import { isPlainObject, own } from '../core/objects.js';

export const BACKEND_CONFIG = 'backend-config.json';
/** push-resources.ts storeRootStackTemplate: the root stack as last deployed, under `awscloudformation/build/`. */
const COMMITTED_ROOT = 'root-cloudformation-stack.json';
/** The same, as CLIs before overrides wrote it (commands/awscloudformation/override.ts deletes it as the "old root cfn stack"). */
const OLD_COMMITTED_ROOT = 'nested-cloudformation-stack.yml';
/**
 * The root's resources that only carry out what the synthesised root already models: the custom resource that
 * rewrites the roles' trust (update-idp-roles-cfn.json) and its function and role.
 */
const TRUST_UPDATER = new Set([
  'UpdateRolesWithIDPFunction',
  'UpdateRolesWithIDPFunctionOutputs',
  'UpdateRolesWithIDPFunctionRole',
]);
/** Amplify CLI 7 and later: a resource's settings, from which `amplify push` writes its template and parameters into `build/`. */
const CLI_INPUTS = 'cli-inputs.json';
/** Written by the CLI after each push (aws-cfn.js updateamplifyMetaFileWithStackOutputs). */
const AMPLIFY_META = 'amplify-meta.json';
/** push-resources.ts APIGW_AUTH_STACK_LOGICAL_ID: the stack and its file under `api/`. */
const APIGW_AUTH_STACK = 'APIGatewayAuthStack';
/** amplify-category-api category-constants.ts ADMIN_QUERIES_NAME: built by another builder, left out of APIGatewayAuthStack. */
const ADMIN_QUERIES = 'AdminQueries';
/** upload-auth-trigger-template.ts AUTH_TRIGGER_TEMPLATE: deployed by the CLI on its own, not as the resource's stack. */
const AUTH_TRIGGER_TEMPLATE = 'auth-trigger-cloudformation-template.json';
/** push-resources.ts cfnTemplateGlobPattern `*template*.+(yaml|yml|json)`. */
const TEMPLATE_NAME = /template.*\.(ya?ml|json)$/i;
/** Category and resource names become folder names and logical IDs; Amplify makes them alphanumeric. Anything else is not followed. */
const SAFE_NAME = /^[A-Za-z0-9_-]+$/;

/** Is `dir` an Amplify project's backend folder (`…/amplify/backend` holding backend-config.json)? */
export function isAmplifyBackend(fs: FileSystem, path: PathApi, dir: string): boolean {
  if (path.basename(dir) !== 'backend' || path.basename(path.dirname(dir)) !== 'amplify') return false;
  const stat = safeStat(fs, path.join(dir, BACKEND_CONFIG));
  return 'stat' in stat && stat.stat?.isFile === true;
}

/** The backend folder of the project a path lies in (`…/amplify/backend/…`), if it has one. */
export function enclosingAmplifyBackend(fs: FileSystem, path: PathApi, target: string): string | undefined {
  for (let dir = target; ; ) {
    if (isAmplifyBackend(fs, path, dir)) return dir;
    if (path.basename(dir) === 'amplify') {
      const backend = path.join(dir, 'backend');
      return isAmplifyBackend(fs, path, backend) ? backend : undefined;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export interface AmplifyReadOptions {
  display: (path: string) => string;
  cache: Map<string, ParsedDocument>;
  budget?: ReadBudget;
  /**
   * Whether the run's filters (--include, --exclude, ignore files) let a file be linted: a template copy
   * they leave out is not chosen, so an ignored `build/` falls back to the resource's own template.
   */
  selected?: (path: string) => boolean;
  /** `--parameter`: `env` names the environment; every value wins over what the project passes. */
  userParameters: ReadonlyMap<string, string>;
}

export interface AmplifyProjectResult {
  /** The synthesised root stack first, then one nested stack per category resource with a template. */
  templates: TemplateInput[];
  /** backend-config.json and every template read (and any that did not parse). */
  documents: ParsedDocument[];
  notes: InputNote[];
  /** File-system paths of every file the project owns, so the directory walk does not lint them again. */
  claimedFiles: Set<string>;
}

interface CategoryResource {
  category: string;
  name: string;
  /** backend-config.json entry. */
  config: Record<string, unknown>;
  pointer: Pointer;
  template?: { path: string; doc: ParsedDocument };
  parameters: Map<string, unknown>;
  /** A GraphQL API's own nested stacks (`build/stacks/*.json`), by the logical ID of the stack resource that creates each. */
  nested: Array<{ logicalId: string; doc: ParsedDocument }>;
}

export function readAmplifyProject(
  backendDir: string,
  fs: FileSystem,
  parse: ParseFn,
  path: PathApi,
  options: AmplifyReadOptions,
): AmplifyProjectResult {
  return new ProjectReader(backendDir, fs, parse, path, options).read();
}

class ProjectReader {
  private readonly templates: TemplateInput[] = [];
  private readonly documents: ParsedDocument[] = [];
  private readonly notes: InputNote[] = [];
  private readonly claimed = new Set<string>();
  private readonly rootReal: string;
  private config!: ParsedDocument;
  /** amplify-meta.json, when the project has one that parses. */
  private meta: Record<string, unknown> | undefined;
  private hasApi = false;

  constructor(
    private readonly backendDir: string,
    private readonly fs: FileSystem,
    private readonly parse: ParseFn,
    private readonly path: PathApi,
    private readonly options: AmplifyReadOptions,
  ) {
    // The `amplify/` folder: team-provider-info.json lies beside `backend/`. No file is read from outside it, whatever links say.
    const amplifyDir = path.dirname(backendDir);
    this.rootReal = safeRealpath(fs, amplifyDir) ?? amplifyDir;
  }

  read(): AmplifyProjectResult {
    const result = (): AmplifyProjectResult => ({
      templates: this.templates,
      documents: this.documents,
      notes: this.notes,
      claimedFiles: this.claimed,
    });
    const configPath = this.path.join(this.backendDir, BACKEND_CONFIG);
    const config = this.load(configPath);
    if (!config) return result();
    this.config = config;
    this.documents.push(config);
    // A backend-config.json that does not parse is reported as such; the templates are then linted one by one.
    if (!hasUsableData(config) || !isPlainObject(config.data)) return result();
    this.hasApi = isPlainObject(own(config.data, 'api'));
    const env = this.environment();
    this.meta = this.amplifyMeta();
    const resources = this.resources(config.data, env);
    const byKey = new Map(resources.map((r) => [`${r.category}/${r.name}`, r]));
    const rootKey = `${config.file}#amplify-root`;
    const root = this.rootTemplate(resources, byKey, env, rootKey);
    this.templates.push(root);
    for (const resource of resources) {
      if (!resource.template) continue;
      const amplify = { category: resource.category, resource: resource.name };
      const stack = (doc: ParsedDocument, nestedIn: TemplateInput['nestedIn']): TemplateInput => ({
        doc,
        resourcesPointer: '/Resources',
        stackName: doc.file,
        stackKey: doc.file,
        nestedIn,
        cdkPaths: new Map(),
        amplify,
        // As for a single template: what the user gave wins over what the root passes.
        parameterValues: this.options.userParameters,
      });
      const parentStackKey = resource.template.doc.file;
      this.templates.push(
        stack(resource.template.doc, { parentStackKey: rootKey, logicalId: resource.category + resource.name }),
      );
      for (const { logicalId, doc } of resource.nested)
        this.templates.push(stack(doc, { parentStackKey, logicalId, rootStackKey: rootKey }));
    }
    return result();
  }

  // ── files ────────────────────────────────────────────────────────────────────────────────

  /** Parses a file of the project once, claiming it; undefined when it is missing, unreadable or a link out of the project. */
  private load(path: string): ParsedDocument | undefined {
    const real = safeRealpath(this.fs, path);
    if (real === undefined || !isWithin(this.path, this.rootReal, real)) return undefined;
    let doc = this.options.cache.get(path);
    if (!doc) {
      const read = readTextFile(this.fs, path, this.options.budget);
      if (!read.ok) return undefined;
      doc = parseRead(this.parse, this.options.display(path), read);
    }
    doc = this.asTheCliReads(doc);
    this.options.cache.set(path, doc);
    this.claimed.add(path);
    return doc;
  }

  /**
   * The Amplify CLI reads every JSON file of a project (templates, parameters.json, backend-config.json) with
   * amplify-cli-core's `JSONUtilities.parse`, which is Hjson (cfnUtilities.ts `readCFNTemplate` for templates),
   * and uploads the template it re-serialises: a trailing comma, which strict JSON refuses, deploys. Such a
   * file is read as YAML, whose flow collections take the same trailing commas (positions are unchanged); any
   * other syntax error stands, and so does the trailing comma when the YAML reading fails too.
   */
  private asTheCliReads(doc: ParsedDocument): ParsedDocument {
    if (doc.format !== 'json' || doc.syntaxErrors[0]?.code !== 'json/trailing-comma') return doc;
    const yaml = this.parse(doc.file, doc.text, 'yaml');
    return yaml.syntaxErrors.length === 0 && hasUsableData(yaml) ? yaml : doc;
  }

  private isFile(path: string): boolean {
    const stat = safeStat(this.fs, path);
    return 'stat' in stat && stat.stat?.isFile === true;
  }

  private note(pointer: Pointer, message: string, doc: ParsedDocument = this.config): void {
    this.notes.push({ file: doc.file, range: doc.locate(pointer), message });
  }

  // ── environment ──────────────────────────────────────────────────────────────────────────

  /**
   * The environment (`--parameter env=`, else the only one team-provider-info.json names) and what
   * the file holds for it: the root stack's role names and each resource's environment values.
   */
  private environment(): { name?: string; values?: Record<string, unknown> } {
    const given = this.options.userParameters.get('env');
    const file = this.path.join(this.path.dirname(this.backendDir), 'team-provider-info.json');
    const doc = this.isFile(file) ? this.load(file) : undefined;
    if (doc && !hasUsableData(doc)) this.documents.push(doc);
    const data = doc && hasUsableData(doc) && isPlainObject(doc.data) ? doc.data : undefined;
    const names = data ? Object.keys(data).sort() : [];
    const name = given ?? (names.length === 1 ? names[0] : undefined);
    if (name === undefined) {
      if (names.length > 1)
        this.note(
          '',
          `The Amplify project has the environments ${names.map((n) => `\`${n}\``).join(', ')}: pass \`--parameter env=<name>\` to read the values of one; environment-specific values are unknown.`,
        );
      return {};
    }
    const values = data ? own(data, name) : undefined;
    if (doc && data && !isPlainObject(values))
      this.note(
        '',
        `team-provider-info.json has no environment \`${name}\`: its environment-specific values are unknown.`,
        doc,
      );
    return { name, ...(isPlainObject(values) ? { values } : {}) };
  }

  // ── amplify-meta.json ────────────────────────────────────────────────────────────────────

  /** amplify-meta.json beside backend-config.json, claimed whether or not it parses (one that does not is reported). */
  private amplifyMeta(): Record<string, unknown> | undefined {
    const file = this.path.join(this.backendDir, AMPLIFY_META);
    const doc = this.isFile(file) ? this.load(file) : undefined;
    if (doc && !hasUsableData(doc)) this.documents.push(doc);
    return doc && hasUsableData(doc) && isPlainObject(doc.data) ? doc.data : undefined;
  }

  /** `<category>.<resource>.<key…>` of amplify-meta.json (`providers.awscloudformation.AuthRoleName`). */
  private metaOf(...path: string[]): unknown {
    let node: unknown = this.meta;
    for (const key of path) node = isPlainObject(node) ? own(node, key) : undefined;
    return node;
  }

  /** A deployed output the last push recorded (`auth.<name>.output.IdentityPoolId`), when it is a non-empty string. */
  private recordedOutput(category: string, name: string, attribute: string): string | undefined {
    const value = this.metaOf(category, name, 'output', attribute);
    return typeof value === 'string' && value !== '' ? value : undefined;
  }

  // ── category resources ───────────────────────────────────────────────────────────────────

  private resources(config: Record<string, unknown>, env: { values?: Record<string, unknown> }): CategoryResource[] {
    const out: CategoryResource[] = [];
    for (const category of Object.keys(config).sort()) {
      const entries = own(config, category);
      if (!isPlainObject(entries) || !SAFE_NAME.test(category)) continue;
      for (const name of Object.keys(entries).sort()) {
        const entry = own(entries, name);
        if (!isPlainObject(entry) || !SAFE_NAME.test(name)) continue;
        const pointer = joinPointer('', category, name);
        // push-resources.ts nests only what the CloudFormation provider deploys.
        if (own(entry, 'providerPlugin') !== 'awscloudformation') continue;
        const resource: CategoryResource = {
          category,
          name,
          config: entry,
          pointer,
          parameters: new Map(),
          nested: [],
        };
        if (own(entry, 'serviceType') === 'imported') {
          this.note(
            pointer,
            `Amplify resource \`${category}/${name}\` is imported: it is not part of the project, so what depends on it is linked as far as the project goes.`,
          );
        } else {
          this.readResource(resource, env);
        }
        out.push(resource);
      }
    }
    return out;
  }

  private readResource(resource: CategoryResource, env: { values?: Record<string, unknown> }): void {
    const dir = this.path.join(this.backendDir, resource.category, resource.name);
    const build = this.path.join(dir, 'build');
    // cfn-pre-processor.ts preProcessCFNTemplate: what `amplify push` uploads is a copy under
    // awscloudformation/build/<category>/<resource>/, left from the last push. It stands in for a
    // template the repository does not have (build/ ignored, the copy committed).
    const pushed = this.path.join(this.backendDir, 'awscloudformation', 'build', resource.category, resource.name);
    const copies = [build, dir, this.path.join(pushed, 'build'), pushed].map((d) => this.templateIn(d));
    const chosen = copies.find((c) => c !== undefined);
    // Every copy belongs to the resource: those not deployed are not linted on their own either.
    for (const other of copies) if (other && other !== chosen) this.load(other);
    if (chosen) {
      const doc = this.load(chosen);
      if (doc) {
        this.documents.push(doc);
        if (hasUsableData(doc) && classifyDocument(doc) === 'template') resource.template = { path: chosen, doc };
      }
    }
    // resourceParams.js loadResourceParameters: build/parameters.json first, then the environment's values over it.
    const files = [this.path.join(build, 'parameters.json'), this.path.join(dir, 'parameters.json')].filter((f) =>
      this.isFile(f),
    );
    const docs = files.map((f) => this.load(f));
    const first = docs[0];
    if (first && hasUsableData(first) && isPlainObject(first.data)) {
      for (const [key, value] of Object.entries(first.data)) resource.parameters.set(key, value);
    } else if (first) {
      this.documents.push(first);
    }
    const cliInputs = !first && resource.category === 'auth' ? this.authCliInputs(resource, dir) : undefined;
    if (!chosen) this.withoutTemplate(resource, cliInputs, first ? undefined : dir, dir);
    const categories = env.values ? own(env.values, 'categories') : undefined;
    const byCategory = isPlainObject(categories) ? own(categories, resource.category) : undefined;
    const envValues = isPlainObject(byCategory) ? own(byCategory, resource.name) : undefined;
    if (isPlainObject(envValues))
      for (const [key, value] of Object.entries(envValues)) resource.parameters.set(key, value);
    if (own(resource.config, 'service') === 'AppSync' && resource.template) this.graphQlApi(resource, dir);
  }

  /**
   * An auth resource of Amplify CLI 7 and later keeps its settings in `cli-inputs.json`; `amplify push`
   * writes `build/parameters.json` from them (amplify-category-auth auth-stack-transform.ts
   * `writeBuildFiles`: `cognitoConfig`, then `authRoleArn`/`unauthRoleArn` as `Fn::GetAtt [AuthRole|UnauthRole, Arn]`).
   * Read the same way when the project has no parameters.json (build/ is usually left out of the
   * repository), so `identityPoolName` says the resource has an identity pool and the roles get the
   * trust UpdateRolesWithIDPFunction gives them, even where the template itself is not in the project.
   */
  private authCliInputs(
    resource: CategoryResource,
    dir: string,
  ): { path: string; doc: ParsedDocument; config: Record<string, unknown> } | undefined {
    const file = this.path.join(dir, CLI_INPUTS);
    const doc = this.isFile(file) ? this.load(file) : undefined;
    if (!doc) return undefined;
    const config = hasUsableData(doc) && isPlainObject(doc.data) ? own(doc.data, 'cognitoConfig') : undefined;
    if (!isPlainObject(config)) {
      // One that does not parse is reported as such; one of another shape has nothing to pass.
      if (!hasUsableData(doc)) this.documents.push(doc);
      return undefined;
    }
    for (const [key, value] of Object.entries(config)) resource.parameters.set(key, value);
    resource.parameters.set('authRoleArn', { 'Fn::GetAtt': ['AuthRole', 'Arn'] });
    resource.parameters.set('unauthRoleArn', { 'Fn::GetAtt': ['UnauthRole', 'Arn'] });
    return { path: file, doc, config };
  }

  /**
   * A resource with no template in the project: noted. An auth resource with a cli-inputs.json stands in with the
   * Cognito resources push generates from it (amplify-auth-stand-in.ts), an S3 storage resource with its bucket and
   * policies (amplify-storage-stand-in.ts).
   */
  private withoutTemplate(
    resource: CategoryResource,
    cliInputs: { path: string; doc: ParsedDocument; config: Record<string, unknown> } | undefined,
    settingsDir: string | undefined,
    resourceDir: string,
  ): void {
    const override = cliInputs && this.overrideFile(this.path.dirname(cliInputs.path));
    const standIn = cliInputs && authStandIn(cliInputs.doc, cliInputs.config, override);
    const where = `Amplify resource \`${resource.category}/${resource.name}\` has no CloudFormation template in the project (the Amplify CLI writes it into \`build/\` at \`amplify push\`; run \`amplify build\` to lint it)`;
    if (settingsDir !== undefined && resource.category === 'storage' && own(resource.config, 'service') === 'S3') {
      const file = this.path.join(settingsDir, CLI_INPUTS);
      const doc = this.isFile(file) ? this.load(file) : undefined;
      if (doc && hasUsableData(doc) && isS3CliInputs(doc.data)) {
        const built = storageS3StandIn(doc, doc.data);
        for (const [key, value] of Object.entries(built.parameters)) resource.parameters.set(key, value);
        resource.template = { path: file, doc: built.doc };
        this.documents.push(built.doc);
        const groups = own(doc.data, 'groupAccess');
        const trigger = own(doc.data, 'triggerFunction');
        const left = [
          ...(isPlainObject(groups) && Object.keys(groups).length ? ['user pool group policies'] : []),
          ...(typeof trigger === 'string' && trigger !== 'NONE' ? ['the trigger function policy'] : []),
        ];
        this.note(
          resource.pointer,
          `${where}: its bucket and the policies of the signed-in and guest roles are read from \`cli-inputs.json\`, as the CLI generates them${left.length ? `; ${left.join(' and ')} are not` : ''}${this.overrideClause(settingsDir)}.`,
        );
        return;
      }
      if (doc && !hasUsableData(doc)) this.documents.push(doc);
    }
    if (this.restApi(resource, resourceDir, where)) return;
    if (cliInputs && standIn) {
      resource.template = { path: cliInputs.path, doc: standIn };
      this.documents.push(standIn);
      this.note(
        resource.pointer,
        `${where}: its ${cognitoParts(cliInputs.config)} are read from \`cli-inputs.json\`, as the CLI generates them${this.overrideClause(this.path.dirname(cliInputs.path))}${overriddenClause(override, cliInputs.config)}.`,
      );
      return;
    }
    const recorded = this.metaOf(resource.category, resource.name, 'output') !== undefined;
    this.note(
      resource.pointer,
      `${where}: not linted, and ${recorded ? 'what depends on it gets the outputs amplify-meta.json recorded at the last push' : 'what depends on it is not linked'}.`,
    );
  }

  /**
   * A REST API (API Gateway) kept as cli-inputs.json stands in with the API push generates from it, and, when the
   * project has no `api/APIGatewayAuthStack.json`, the role grants push writes there (amplify-api-stand-in.ts).
   * AdminQueries has a builder of its own (a Cognito authorizer) and is not built. Whether it was built.
   */
  private restApi(resource: CategoryResource, dir: string, where: string): boolean {
    if (resource.category !== 'api' || own(resource.config, 'service') !== 'API Gateway') return false;
    if (resource.name === ADMIN_QUERIES) return false;
    const file = this.path.join(dir, CLI_INPUTS);
    const doc = this.isFile(file) ? this.load(file) : undefined;
    if (!doc) return false;
    if (!hasUsableData(doc) || !isRestApiCliInputs(doc.data)) {
      if (!hasUsableData(doc)) this.documents.push(doc);
      return false;
    }
    const consolidated = this.isFile(this.path.join(this.backendDir, 'api', `${APIGW_AUTH_STACK}.json`));
    const built = restApiStandIn(doc, doc.data, resource.name, !consolidated);
    for (const [key, value] of Object.entries(built.parameters)) resource.parameters.set(key, value);
    resource.template = { path: file, doc: built.doc };
    this.documents.push(built.doc);
    const paths = doc.data.paths;
    const groups = Object.values(paths).some(
      (p) =>
        isPlainObject(p) &&
        isPlainObject(own(p, 'permissions')) &&
        own(own(p, 'permissions') as Record<string, unknown>, 'groups') !== undefined,
    );
    this.note(
      resource.pointer,
      `${where}: ${consolidated ? 'its REST API is' : "its REST API and the signed-in and guest roles' grants to invoke it are"} read from \`cli-inputs.json\`, as the CLI generates them${groups ? '; user pool group policies are not' : ''}${this.overrideClause(dir)}.`,
    );
    return true;
  }

  /**
   * The `override.ts` beside a resource's cli-inputs.json, as text (never run: amplify-auth-stand-in.ts leaves
   * unknown what it names); `unreadable` when it is there but cannot be read or lies outside the project.
   */
  private overrideFile(dir: string): OverrideFile {
    const file = this.path.join(dir, 'override.ts');
    if (!this.isFile(file)) return undefined;
    const real = safeRealpath(this.fs, file);
    if (real === undefined || !isWithin(this.path, this.rootReal, real)) return 'unreadable';
    const read = readTextFile(this.fs, file, this.options.budget);
    return read.ok ? { text: read.text } : 'unreadable';
  }

  /**
   * `amplify override <category>` leaves an `override.ts` beside cli-inputs.json, which push runs on the generated
   * template: it is code and never run here, so the note on a stand-in says what it may have changed is not seen.
   */
  private overrideClause(dir: string): string {
    return this.isFile(this.path.join(dir, 'override.ts'))
      ? '; its `override.ts`, which is code and not run, may change what is deployed'
      : '';
  }

  /**
   * A GraphQL API (AppSync): the transformer writes `build/cloudformation-template.json` and one
   * nested stack per model under `build/stacks/`, which `amplify push` uploads beside it; the
   * template nests each from `…/stacks/<name>.json`. The role-name parameters are passed even when
   * parameters.json does not name them (upload-appsync-files.js `writeUpdatedParametersJson`: absent
   * `authRoleName`/`unauthRoleName` become `Ref AuthRoleName`/`Ref UnauthRoleName`, kept when the
   * template declares them), so the policies the transformer writes for IAM access
   * (`AuthRolePolicy01`, `UnauthRolePolicy01`) attach to the project's roles.
   */
  private graphQlApi(resource: CategoryResource, dir: string): void {
    const template = resource.template!;
    const data = isPlainObject(template.doc.data) ? template.doc.data : {};
    const declared = own(data, 'Parameters');
    for (const [key, root] of [
      ['authRoleName', 'AuthRoleName'],
      ['unauthRoleName', 'UnauthRoleName'],
    ] as const) {
      if (isPlainObject(declared) && own(declared, key) !== undefined && !resource.parameters.has(key))
        resource.parameters.set(key, { Ref: root });
    }
    const resources = own(data, 'Resources');
    if (!isPlainObject(resources)) return;
    const stacksDir = this.path.join(this.path.dirname(template.path), 'stacks');
    for (const logicalId of Object.keys(resources).sort()) {
      const body = own(resources, logicalId);
      if (!isPlainObject(body) || own(body, 'Type') !== 'AWS::CloudFormation::Stack') continue;
      const properties = own(body, 'Properties');
      const file = nestedTemplateFile(isPlainObject(properties) ? own(properties, 'TemplateURL') : undefined);
      const path = file === undefined ? undefined : this.path.join(stacksDir, file);
      // The transformer's input copy (`stacks/` beside schema.graphql) belongs to the API too.
      const source = file === undefined ? undefined : this.path.join(dir, 'stacks', file);
      if (source !== undefined && source !== path && this.isFile(source)) this.load(source);
      const doc = path !== undefined && this.isFile(path) ? this.load(path) : undefined;
      if (!doc) {
        this.note(
          joinPointer('/Resources', logicalId),
          `Nested stack \`${logicalId}\` of Amplify resource \`${resource.category}/${resource.name}\` has no template${file === undefined ? '' : ` at \`stacks/${file}\``} beside the API's: not linted, and what it passes is unknown.`,
          template.doc,
        );
        continue;
      }
      this.documents.push(doc);
      if (hasUsableData(doc) && classifyDocument(doc) === 'template') resource.nested.push({ logicalId, doc });
    }
  }

  /** The template `amplify push` deploys from `dir` (getCfnFiles), undefined when there is none. */
  private templateIn(dir: string): string | undefined {
    const listing = safeReaddir(this.fs, dir);
    if ('error' in listing) return undefined;
    const names = listing.names
      .filter(
        (n) =>
          TEMPLATE_NAME.test(n) &&
          n !== 'parameters.json' &&
          n !== AUTH_TRIGGER_TEMPLATE &&
          this.isFile(this.path.join(dir, n)) &&
          (this.options.selected?.(this.path.join(dir, n)) ?? true),
      )
      .sort();
    // Several matches are rare (a stray copy): the CLI's own name for it wins.
    const picked = names.find((n) => /cloudformation-template\.(ya?ml|json)$/i.test(n)) ?? names[0];
    return picked === undefined ? undefined : this.path.join(dir, picked);
  }

  // ── the root stack ───────────────────────────────────────────────────────────────────────

  private rootTemplate(
    resources: CategoryResource[],
    byKey: Map<string, CategoryResource>,
    env: { name?: string; values?: Record<string, unknown> },
    rootKey: string,
  ): TemplateInput {
    const rootResources: Record<string, unknown> = {};
    /** Resource-relative pointer in the synthesised root (`/<logical ID>/…`) → pointer in backend-config.json. */
    const origins = new Map<string, Pointer>();
    // updateIdPRolesInNestedStack: the last auth resource that is not the user pool groups, when it has an identity pool.
    const auth = resources
      .filter(
        (r) => r.category === 'auth' && r.name !== 'userPoolGroups' && own(r.config, 'serviceType') !== 'imported',
      )
      .pop();
    // Without its parameters (build/ left out), the identity pool the last push recorded for it says it has one.
    const recordedPool = auth && this.recordedOutput('auth', auth.name, 'IdentityPoolId');
    const withPool =
      auth && (auth.parameters.has('identityPoolName') || (auth.parameters.size === 0 && recordedPool))
        ? auth
        : undefined;
    // The pool's ID: its template's output, else (no template) the one the last push recorded.
    const poolId =
      withPool &&
      (withPool.template || !recordedPool
        ? { 'Fn::GetAtt': [`auth${withPool.name}`, 'Outputs.IdentityPoolId'] }
        : recordedPool);
    const roleAt = auth?.pointer ?? '';
    for (const [logicalId, slot] of [
      ['AuthRole', 'authenticated'],
      ['UnauthRole', 'unauthenticated'],
    ] as const) {
      rootResources[logicalId] = {
        Type: 'AWS::IAM::Role',
        Properties: {
          RoleName: { Ref: `${logicalId}Name` },
          AssumeRolePolicyDocument: roleTrust(slot, poolId),
        },
      };
      origins.set(joinPointer('', logicalId), roleAt);
    }
    if (!withPool) {
      this.note(
        roleAt,
        auth
          ? `Amplify auth resource \`${auth.name}\` has no identity pool: the project's AuthRole and UnauthRole keep a trust that denies every identity pool.`
          : 'The Amplify project has no auth resource: its AuthRole and UnauthRole trust no identity pool, so who uses them is not known from the project.',
      );
    }
    for (const resource of resources) {
      const logicalId = resource.category + resource.name;
      const parameters: Record<string, unknown> = {};
      for (const [key, value] of resource.parameters) setDataProperty(parameters, key, rootValue(value));
      const dependsOn = own(resource.config, 'dependsOn');
      (Array.isArray(dependsOn) ? dependsOn : []).forEach((dependency, i) => {
        if (!isPlainObject(dependency)) return;
        const category = own(dependency, 'category');
        const name = own(dependency, 'resourceName');
        const attributes = own(dependency, 'attributes');
        if (typeof category !== 'string' || typeof name !== 'string') return;
        const at = joinPointer(resource.pointer, 'dependsOn', i);
        const target = byKey.get(`${category}/${name}`);
        if (!target) {
          this.note(
            at,
            `Amplify resource \`${resource.category}/${resource.name}\` depends on \`${category}/${name}\`, which the project does not have: the parameters it would pass are unknown.`,
          );
          return;
        }
        // An AppSync API reads the user pool from its own parameters.json (push-resources.ts isResourceGqlWithAuthDep).
        if (own(resource.config, 'service') === 'AppSync' && category === 'auth') return;
        const imported = own(target.config, 'serviceType') === 'imported';
        (Array.isArray(attributes) ? attributes : []).forEach((attribute, j) => {
          if (typeof attribute !== 'string') return;
          const key = `${category}${name}${attribute}`;
          // An imported resource's output is read from amplify-meta.json (formNestedStack), and so is one of a
          // resource whose template the project does not have: the value its last push recorded.
          const recorded = imported || !target.template ? this.recordedOutput(category, name, attribute) : undefined;
          if (imported && recorded === undefined) return;
          setDataProperty(parameters, key, recorded ?? { 'Fn::GetAtt': [category + name, `Outputs.${attribute}`] });
          origins.set(joinPointer('', logicalId, 'Properties', 'Parameters', key), joinPointer(at, 'attributes', j));
        });
      });
      if (env.name !== undefined) parameters.env = env.name;
      rootResources[logicalId] = {
        Type: 'AWS::CloudFormation::Stack',
        Properties: { TemplateURL: `${resource.category}/${resource.name}`, Parameters: parameters },
      };
      origins.set(joinPointer('', logicalId), resource.pointer);
    }
    this.apiGatewayAuthStack(resources, rootResources, origins, env, rootKey);
    const data: Record<string, unknown> = {
      AWSTemplateFormatVersion: '2010-09-09',
      Description: 'Root Stack for AWS Amplify CLI (synthesised by cognito-iam-lint from backend-config.json)',
      Parameters: { AuthRoleName: { Type: 'String' }, UnauthRoleName: { Type: 'String' } },
      Resources: rootResources,
    };
    const committed = this.committedRoot();
    // With the root the last push wrote, its own nodes are located in it, and so is every synthesised
    // node (its counterpart there, or the nearest node that has one): findings point at one real file.
    const config = committed ? mergeCommittedRoot(data, rootResources, committed) : this.config;
    const original = (pointer: Pointer): Pointer => {
      const tokens = splitPointer(pointer);
      if (committed) {
        let n = tokens.length;
        while (n > 0 && valueAt(committed.data, tokens.slice(0, n)) === undefined) n--;
        return joinPointer('', ...tokens.slice(0, n));
      }
      if (tokens[0] !== 'Resources' || tokens[1] === undefined) return '';
      for (let n = tokens.length; n > 1; n--) {
        const origin = origins.get(joinPointer('', ...tokens.slice(1, n)));
        if (origin !== undefined) return origin;
      }
      return '';
    };
    const doc: ParsedDocument = {
      file: config.file,
      format: config.format,
      data,
      syntaxErrors: [],
      duplicateKeys: [],
      unknownTags: [],
      size: config.size,
      text: config.text,
      locate: (pointer, which) => config.locate(original(pointer), which),
    };
    const parameterValues = new Map(this.options.userParameters);
    const provider = env.values ? own(env.values, 'awscloudformation') : undefined;
    for (const key of ['AuthRoleName', 'UnauthRoleName']) {
      // team-provider-info.json names the environment's roles; amplify-meta.json, those of the last push.
      for (const value of [
        isPlainObject(provider) ? own(provider, key) : undefined,
        this.metaOf('providers', 'awscloudformation', key),
      ])
        if (typeof value === 'string' && value !== '' && !parameterValues.has(key)) parameterValues.set(key, value);
    }
    return {
      doc,
      resourcesPointer: '/Resources',
      stackName: `${config.file} (Amplify root stack)`,
      stackKey: rootKey,
      cdkPaths: new Map(),
      parameterValues,
    };
  }

  /**
   * `awscloudformation/build/root-cloudformation-stack.json`, the root stack the last push deployed
   * (push-resources.ts `storeRootStackTemplate`), else `awscloudformation/nested-cloudformation-stack.yml`
   * where older CLIs wrote it, when it is in the project, parses as a template and the run's filters
   * select it; claimed either way (both are), so it is never linted as a template of its own.
   */
  private committedRoot(): ParsedDocument | undefined {
    const dir = this.path.join(this.backendDir, 'awscloudformation');
    const files = [this.path.join(dir, 'build', COMMITTED_ROOT), this.path.join(dir, OLD_COMMITTED_ROOT)].filter(
      (f) => this.isFile(f) && (this.options.selected?.(f) ?? true),
    );
    const docs = files.map((f) => this.load(f));
    const doc = docs[0];
    if (!doc) return undefined;
    this.documents.push(doc);
    return hasUsableData(doc) && classifyDocument(doc) === 'template' && isPlainObject(doc.data) ? doc : undefined;
  }

  /** `api/APIGatewayAuthStack.json`, nested as the CLI nests it (push-resources.ts formNestedStack, APIGatewayAuthURL). */
  private apiGatewayAuthStack(
    resources: CategoryResource[],
    rootResources: Record<string, unknown>,
    origins: Map<string, Pointer>,
    env: { name?: string },
    rootKey: string,
  ): void {
    const file = this.path.join(this.backendDir, 'api', `${APIGW_AUTH_STACK}.json`);
    if (!this.isFile(file)) return;
    const doc = this.load(file);
    if (!doc) return;
    this.documents.push(doc);
    if (!hasUsableData(doc) || classifyDocument(doc) !== 'template' || !isPlainObject(doc.data)) return;
    const declared = isPlainObject(doc.data.Parameters) ? Object.keys(doc.data.Parameters) : [];
    const parameters: Record<string, unknown> = {
      authRoleName: { Ref: 'AuthRole' },
      unauthRoleName: { Ref: 'UnauthRole' },
    };
    if (env.name !== undefined) parameters.env = env.name;
    for (const api of resources) {
      if (api.category === 'api' && declared.includes(api.name))
        setDataProperty(parameters, api.name, { 'Fn::GetAtt': [`api${api.name}`, 'Outputs.ApiId'] });
    }
    rootResources[APIGW_AUTH_STACK] = {
      Type: 'AWS::CloudFormation::Stack',
      Properties: { TemplateURL: `api/${APIGW_AUTH_STACK}.json`, Parameters: parameters },
    };
    // The API Gateway policies belong to the project's REST APIs: located at the `api` category.
    origins.set(joinPointer('', APIGW_AUTH_STACK), this.hasApi ? '/api' : '');
    this.templates.push({
      doc,
      resourcesPointer: '/Resources',
      stackName: doc.file,
      stackKey: doc.file,
      nestedIn: { parentStackKey: rootKey, logicalId: APIGW_AUTH_STACK },
      cdkPaths: new Map(),
      parameterValues: this.options.userParameters,
    });
  }
}

/**
 * What only the committed root knows, merged into the synthesised one (`data`, whose Resources are
 * `resources`): its parameters and conditions, the resources it has that the synthesised root does not
 * (the deployment bucket, what `amplify override project` adds), and every property of `AuthRole` and
 * `UnauthRole` but their trust (policies an override gives the roles). The trust stays the synthesised
 * one: the committed root writes `Deny`, which UpdateRolesWithIDPFunction replaces at deployment. Its
 * nested stacks, written at the last push, give way to those of the repository's current files.
 * Returns the document, for locating.
 */
function mergeCommittedRoot(
  data: Record<string, unknown>,
  resources: Record<string, unknown>,
  committed: ParsedDocument,
): ParsedDocument {
  const root = isPlainObject(committed.data) ? committed.data : {};
  for (const section of ['Parameters', 'Conditions', 'Mappings'] as const) {
    const value = own(root, section);
    if (isPlainObject(value)) data[section] = { ...(isPlainObject(data[section]) ? data[section] : {}), ...value };
  }
  const theirs = own(root, 'Resources');
  for (const [logicalId, body] of Object.entries(isPlainObject(theirs) ? theirs : {})) {
    if (!isPlainObject(body) || TRUST_UPDATER.has(logicalId)) continue;
    const ours = own(resources, logicalId);
    if (ours === undefined) {
      if (own(body, 'Type') !== 'AWS::CloudFormation::Stack') setDataProperty(resources, logicalId, body);
      continue;
    }
    const properties = own(body, 'Properties');
    if ((logicalId !== 'AuthRole' && logicalId !== 'UnauthRole') || !isPlainObject(ours) || !isPlainObject(properties))
      continue;
    const merged: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(properties))
      if (key !== 'AssumeRolePolicyDocument') setDataProperty(merged, key, value);
    const ourProperties = own(ours, 'Properties');
    if (isPlainObject(ourProperties))
      setDataProperty(merged, 'AssumeRolePolicyDocument', own(ourProperties, 'AssumeRolePolicyDocument'));
    setDataProperty(resources, logicalId, { ...ours, Properties: merged });
  }
  return committed;
}

/** The value at a path of object keys, undefined when a step is missing. */
function valueAt(data: unknown, tokens: readonly string[]): unknown {
  let node = data;
  for (const token of tokens) {
    if (Array.isArray(node)) node = node[Number(token)];
    else node = isPlainObject(node) ? own(node, token) : undefined;
    if (node === undefined) return undefined;
  }
  return node;
}

/**
 * The root's roles' trust: as update-idp-roles-cfn.json's `UpdateRolesWithIDPFunction` writes it
 * once auth is added (`poolId` is the auth resource's identity pool ID), else as rootStackTemplate.json has it.
 */
function roleTrust(slot: 'authenticated' | 'unauthenticated', poolId: unknown): unknown {
  const statement = {
    Effect: poolId ? 'Allow' : 'Deny',
    Principal: { Federated: 'cognito-identity.amazonaws.com' },
    Action: 'sts:AssumeRoleWithWebIdentity',
  };
  if (!poolId) return { Version: '2012-10-17', Statement: [statement] };
  return {
    Version: '2012-10-17',
    Statement: [
      {
        ...statement,
        Condition: {
          StringEquals: { 'cognito-identity.amazonaws.com:aud': poolId },
          'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': slot },
        },
      },
    ],
  };
}

/**
 * The file a GraphQL API's nested stack is uploaded as: the last part of its `TemplateURL`
 * (`Fn::Join ['/', [https://s3.amazonaws.com, bucket, key, stacks, Todo.json]]` from transformer v1,
 * `Fn::Join ['', [https://s3., …, /stacks/Todo.json]]` from v2). A plain file name or nothing: the
 * name is joined to a folder of the project, never followed elsewhere.
 */
function nestedTemplateFile(url: unknown): string | undefined {
  const join = isPlainObject(url) ? own(url, 'Fn::Join') : undefined;
  const parts = Array.isArray(join) && Array.isArray(join[1]) ? (join[1] as unknown[]) : [url];
  const last = parts[parts.length - 1];
  if (typeof last !== 'string') return undefined;
  const name = last.slice(last.lastIndexOf('/') + 1);
  return /^[A-Za-z0-9_-][A-Za-z0-9_.-]*\.json$/.test(name) ? name : undefined;
}

/** The properties an auth resource's override.ts names, left unknown (amplify-auth-stand-in.ts), for the note. */
function overriddenClause(override: OverrideFile, config: Record<string, unknown>): string {
  if (override === 'unreadable') return ', and it cannot be read, so whatever it could set is unknown';
  const selections = own(config, 'authSelections');
  const built = (resource: string): string[] => {
    if (resource === 'Client') return selections === 'identityPoolOnly' ? [] : ['UserPoolClient', 'UserPoolClientWeb'];
    if (resource === 'UserPool') return selections === 'identityPoolOnly' ? [] : [resource];
    return selections === 'userPoolOnly' ? [] : [resource];
  };
  const named = [...overriddenProperties(override)].flatMap((key) => {
    const [resource = '', property = ''] = key.split('/');
    return built(resource).map((id) => `\`${id}.${property}\``);
  });
  return named.length ? `, and what it names is unknown: ${named.join(', ')}` : '';
}

/** What the auth stand-in builds, for the note: by `authSelections` (amplify-auth-stand-in.ts). */
function cognitoParts(config: Record<string, unknown>): string {
  const selections = own(config, 'authSelections');
  if (selections === 'identityPoolOnly') return 'identity pool and the roles it hands out';
  if (selections === 'userPoolOnly') return 'user pool and app clients';
  return 'user pool, app clients, identity pool and the roles it hands out';
}

/** A parameters.json value as the root passes it: lists joined (formNestedStack), the root's role-name parameters as the roles themselves. */
function rootValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.join();
  if (isPlainObject(value) && Object.keys(value).length === 1) {
    const ref = own(value, 'Ref');
    if (ref === 'AuthRoleName') return { Ref: 'AuthRole' };
    if (ref === 'UnauthRoleName') return { Ref: 'UnauthRole' };
  }
  return value;
}
