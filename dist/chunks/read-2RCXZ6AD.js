// cognito-iam-lint: built by build/build.mjs from src/ and rules/; do not edit.
import { createRequire as __cilCreateRequire } from 'node:module';
const require = __cilCreateRequire(import.meta.url);
import {
  ENV_KEY,
  ENV_SECRET,
  fromEnv
} from "./chunk-K5DCUGNV.js";
import {
  AwsJson1_1Protocol,
  AwsQueryProtocol,
  AwsSdkSigV4Signer,
  NODE_AUTH_SCHEME_PREFERENCE_OPTIONS,
  resolveAwsSdkSigV4Config
} from "./chunk-EZX4IRNR.js";
import {
  Sha256Node
} from "./chunk-GEC7F46N.js";
import {
  NodeHttpHandler
} from "./chunk-VZI46RAP.js";
import {
  BinaryDecisionDiagram,
  Client,
  DEFAULT_RETRY_MODE,
  DefaultIdentityProviderConfig,
  EndpointCache,
  NODE_APP_ID_CONFIG_OPTIONS,
  NODE_MAX_ATTEMPT_CONFIG_OPTIONS,
  NODE_RETRY_MODE_CONFIG_OPTIONS,
  NoAuthSigner,
  NoOpLogger,
  ServiceException,
  awsEndpointFunctions,
  createDefaultUserAgentProvider,
  customEndpointFunctions,
  decideEndpoint,
  emitWarningIfUnsupportedVersion,
  emitWarningIfUnsupportedVersion2,
  getAwsRegionExtensionConfiguration,
  getDefaultExtensionConfiguration,
  getDefaultSocketTimeout,
  getEndpointPlugin,
  getHostHeaderPlugin,
  getHttpAuthSchemeEndpointRuleSetPlugin,
  getHttpSigningPlugin,
  getLoggerPlugin,
  getRecursionDetectionPlugin,
  getRetryPlugin,
  getUserAgentPlugin,
  loadConfigsForDefaultMode,
  makeBuilder,
  resolveAwsRegionExtensionConfiguration,
  resolveDefaultRuntimeConfig,
  resolveEndpointConfig,
  resolveHostHeaderConfig,
  resolveRetryConfig,
  resolveUserAgentConfig
} from "./chunk-BVNG7PM4.js";
import {
  CredentialsProviderError,
  ENV_PROFILE,
  NODE_REGION_CONFIG_FILE_OPTIONS,
  NODE_REGION_CONFIG_OPTIONS,
  NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS,
  NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS,
  chain,
  getContentLengthPlugin,
  getHttpHandlerExtensionConfiguration,
  loadConfig,
  resolveDefaultsModeConfig,
  resolveHttpHandlerRuntimeConfig,
  resolveRegionConfig
} from "./chunk-A4XMWBLK.js";
import {
  TypeRegistry,
  calculateBodyLength,
  fromBase64,
  fromUtf8,
  getSchemaSerdePlugin,
  getSmithyContext,
  normalizeProvider,
  parseUrl,
  streamCollector,
  toBase64,
  toUtf8
} from "./chunk-BMWW4KLK.js";
import "./chunk-I26O3X7O.js";

// node_modules/@aws-sdk/client-iam/dist-es/auth/httpAuthSchemeProvider.js
var defaultIAMHttpAuthSchemeParametersProvider = async (config, context, input) => {
  return {
    operation: getSmithyContext(context).operation,
    region: await normalizeProvider(config.region)() || (() => {
      throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
    })()
  };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: {
      name: "iam",
      region: authParameters.region
    },
    propertiesExtractor: (config, context) => ({
      signingProperties: {
        config,
        context
      }
    })
  };
}
var defaultIAMHttpAuthSchemeProvider = (authParameters) => {
  const options = [];
  switch (authParameters.operation) {
    default: {
      options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
    }
  }
  return options;
};
var resolveHttpAuthSchemeConfig = (config) => {
  const config_0 = resolveAwsSdkSigV4Config(config);
  return Object.assign(config_0, {
    authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
  });
};

// node_modules/@aws-sdk/client-iam/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "iam"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-iam/package.json
var package_default = {
  name: "@aws-sdk/client-iam",
  version: "3.1178.0",
  description: "AWS SDK for JavaScript Iam Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-iam",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-iam"
  },
  files: [
    "dist-*/**"
  ],
  sideEffects: false,
  main: "./dist-cjs/index.js",
  module: "./dist-es/index.js",
  browser: {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.browser"
  },
  types: "./dist-types/index.d.ts",
  typesVersions: {
    "<4.5": {
      "dist-types/*": [
        "dist-types/ts3.4/*"
      ]
    }
  },
  "react-native": {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.native"
  },
  scripts: {
    build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
    "build:cjs": "node ../../scripts/compilation/inline",
    "build:es": "premove dist-es && tsc -p tsconfig.es.json",
    "build:include:deps": 'yarn g:turbo run build -F="$npm_package_name"',
    "build:types": "premove dist-types && tsc -p tsconfig.types.json",
    "build:types:downlevel": "downlevel-dts dist-types dist-types/ts3.4",
    clean: "premove dist-cjs dist-es dist-types",
    "extract:docs": "api-extractor run --local",
    "generate:client": "node ../../scripts/generate-clients/single-service",
    test: "yarn g:vitest run --passWithNoTests",
    "test:watch": "yarn g:vitest watch --passWithNoTests",
    "test:integration": "yarn g:vitest run --passWithNoTests -c vitest.config.integ.mts",
    "test:integration:watch": "yarn g:vitest watch --passWithNoTests -c vitest.config.integ.mts",
    "test:e2e": "yarn g:vitest run -c vitest.config.e2e.mts",
    "test:e2e:watch": "yarn g:vitest watch -c vitest.config.e2e.mts",
    "test:index": "tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"
  },
  dependencies: {
    "@aws-sdk/core": "^3.981.2",
    "@aws-sdk/credential-provider-node": "^3.972.99",
    "@aws-sdk/types": "^3.975.1",
    "@smithy/core": "^3.41.1",
    "@smithy/fetch-http-handler": "^5.8.1",
    "@smithy/node-http-handler": "^4.14.2",
    "@smithy/types": "^4.20.0",
    tslib: "^2.6.2"
  },
  devDependencies: {
    "@smithy/snapshot-testing": "^2.4.0",
    "@tsconfig/node20": "20.1.8",
    "@types/node": "^20.14.8",
    concurrently: "7.0.0",
    "downlevel-dts": "0.10.1",
    premove: "4.0.0",
    typescript: "~7.0.2",
    vitest: "^4.0.17"
  },
  engines: {
    node: ">=20.0.0"
  }
};

// node_modules/@aws-sdk/credential-provider-node/dist-es/remoteProvider.js
var ENV_IMDS_DISABLED = "AWS_EC2_METADATA_DISABLED";
var remoteProvider = async (init) => {
  const { ENV_CMDS_FULL_URI, ENV_CMDS_RELATIVE_URI, fromContainerMetadata, fromInstanceMetadata } = await import("./dist-es-UZIZRZGM.js");
  if (process.env[ENV_CMDS_RELATIVE_URI] || process.env[ENV_CMDS_FULL_URI]) {
    init.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata");
    const { fromHttp } = await import("./dist-es-OQDW6BEC.js");
    return chain(fromHttp(init), fromContainerMetadata(init));
  }
  if (process.env[ENV_IMDS_DISABLED] && process.env[ENV_IMDS_DISABLED] !== "false") {
    return async () => {
      throw new CredentialsProviderError("EC2 Instance Metadata Service access disabled", { logger: init.logger });
    };
  }
  init.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata");
  return fromInstanceMetadata(init);
};

// node_modules/@aws-sdk/credential-provider-node/dist-es/runtime/memoize-chain.js
function memoizeChain(providers, treatAsExpired) {
  const chain2 = internalCreateChain(providers);
  let activeLock;
  let passiveLock;
  let credentials;
  let forceRefreshLock;
  const provider = async (options) => {
    if (options?.forceRefresh) {
      if (!forceRefreshLock) {
        forceRefreshLock = chain2(options).then((c4) => {
          credentials = c4;
        }).finally(() => {
          forceRefreshLock = void 0;
        });
      }
      await forceRefreshLock;
      return credentials;
    }
    if (credentials?.expiration) {
      if (credentials?.expiration?.getTime() < Date.now()) {
        credentials = void 0;
      }
    }
    if (activeLock) {
      await activeLock;
    } else if (!credentials || treatAsExpired?.(credentials)) {
      if (credentials) {
        if (!passiveLock) {
          passiveLock = chain2(options).then((c4) => {
            credentials = c4;
          }).catch(() => {
          }).finally(() => {
            passiveLock = void 0;
          });
        }
      } else {
        activeLock = chain2(options).then((c4) => {
          credentials = c4;
        }).finally(() => {
          activeLock = void 0;
        });
        return provider(options);
      }
    }
    return credentials;
  };
  return provider;
}
var internalCreateChain = (providers) => async (awsIdentityProperties) => {
  let lastProviderError;
  for (const provider of providers) {
    try {
      return await provider(awsIdentityProperties);
    } catch (err) {
      lastProviderError = err;
      if (err?.tryNextLink) {
        continue;
      }
      throw err;
    }
  }
  throw lastProviderError;
};

// node_modules/@aws-sdk/credential-provider-node/dist-es/defaultProvider.js
var multipleCredentialSourceWarningEmitted = false;
var defaultProvider = (init = {}) => memoizeChain([
  async () => {
    const profile = init.profile ?? process.env[ENV_PROFILE];
    if (profile) {
      const envStaticCredentialsAreSet = process.env[ENV_KEY] && process.env[ENV_SECRET];
      if (envStaticCredentialsAreSet) {
        if (!multipleCredentialSourceWarningEmitted) {
          const warnFn = init.logger?.warn && init.logger?.constructor?.name !== "NoOpLogger" ? init.logger.warn.bind(init.logger) : console.warn;
          warnFn(`@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING:
    Multiple credential sources detected: 
    Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.
    This SDK will proceed with the AWS_PROFILE value.
    
    However, a future version may change this behavior to prefer the ENV static credentials.
    Please ensure that your environment only sets either the AWS_PROFILE or the
    AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY pair.
`);
          multipleCredentialSourceWarningEmitted = true;
        }
      }
      throw new CredentialsProviderError("AWS_PROFILE is set, skipping fromEnv provider.", {
        logger: init.logger,
        tryNextLink: true
      });
    }
    init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromEnv");
    return fromEnv(init)();
  },
  async (awsIdentityProperties) => {
    init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromSSO");
    const { ssoStartUrl, ssoAccountId, ssoRegion, ssoRoleName, ssoSession } = init;
    if (!ssoStartUrl && !ssoAccountId && !ssoRegion && !ssoRoleName && !ssoSession) {
      throw new CredentialsProviderError("Skipping SSO provider in default chain (inputs do not include SSO fields).", { logger: init.logger });
    }
    const { fromSSO } = await import("./dist-es-TKGV5TCA.js");
    return fromSSO(init)(awsIdentityProperties);
  },
  async (awsIdentityProperties) => {
    init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromIni");
    const { fromIni } = await import("./dist-es-OYTMGTBE.js");
    return fromIni(init)(awsIdentityProperties);
  },
  async (awsIdentityProperties) => {
    init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromProcess");
    const { fromProcess } = await import("./dist-es-7BG3RQ2F.js");
    return fromProcess(init)(awsIdentityProperties);
  },
  async (awsIdentityProperties) => {
    init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromTokenFile");
    const { fromTokenFile } = await import("./dist-es-S2MJZDSW.js");
    return fromTokenFile(init)(awsIdentityProperties);
  },
  async () => {
    init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::remoteProvider");
    return (await remoteProvider(init))();
  },
  async () => {
    throw new CredentialsProviderError("Could not load credentials from any providers", {
      tryNextLink: false,
      logger: init.logger
    });
  }
], credentialsTreatedAsExpired);
var credentialsTreatedAsExpired = (credentials) => credentials?.expiration !== void 0 && credentials.expiration.getTime() - Date.now() < 3e5;

// node_modules/@aws-sdk/client-iam/dist-es/endpoint/bdd.js
var v = "ref";
var w = "authSchemes";
var x = "name";
var y = "signingRegion";
var a = -1;
var b = true;
var c = "isSet";
var d = "PartitionResult";
var e = "stringEquals";
var f = "booleanEquals";
var g = "getAttr";
var h = { [v]: "Endpoint" };
var i = { "fn": g, "argv": [{ [v]: d }, "name"] };
var j = { [v]: d };
var k = { [w]: [{ [x]: "sigv4", [y]: "us-east-1" }] };
var l = { [w]: [{ [x]: "sigv4", [y]: "cn-north-1" }] };
var m = { [w]: [{ [x]: "sigv4", [y]: "us-gov-west-1" }] };
var n = { [w]: [{ [x]: "sigv4", [y]: "us-iso-east-1" }] };
var o = { [w]: [{ [x]: "sigv4", [y]: "us-isob-east-1" }] };
var p = { [w]: [{ [x]: "sigv4", [y]: "eu-isoe-west-1" }] };
var q = { [w]: [{ [x]: "sigv4", [y]: "us-isof-south-1" }] };
var s = { [w]: [{ [x]: "sigv4", [y]: "eusc-de-east-1" }] };
var t = { [w]: [{ [x]: "sigv4", [y]: "{PartitionResult#implicitGlobalRegion}" }] };
var u = [{ [v]: "Region" }];
var _data = {
  conditions: [
    [c, [h]],
    [c, u],
    ["aws.partition", u, d],
    [e, [i, "aws"]],
    [e, [i, "aws-cn"]],
    [e, [i, "aws-us-gov"]],
    [e, [i, "aws-iso"]],
    [f, [{ [v]: "UseFIPS" }, b]],
    [f, [{ [v]: "UseDualStack" }, b]],
    [e, [i, "aws-iso-b"]],
    [e, [i, "aws-iso-e"]],
    [e, [i, "aws-iso-f"]],
    [e, [i, "aws-eusc"]],
    [f, [{ fn: g, argv: [j, "supportsDualStack"] }, b]],
    [f, [{ fn: g, argv: [j, "supportsFIPS"] }, b]]
  ],
  results: [
    [a],
    [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [h, {}],
    ["https://iam.amazonaws.com", k],
    ["https://iam-fips.amazonaws.com", k],
    ["https://iam.global.api.aws", k],
    ["https://iam-fips.global.api.aws", k],
    ["https://iam.global.api.amazonwebservices.com.cn", l],
    ["https://iam-fips.api.amazonwebservices.com.cn", l],
    ["https://iam.cn-north-1.amazonaws.com.cn", l],
    ["https://iam-fips.amazonaws.com.cn", l],
    ["https://iam.us-gov.api.aws", m],
    ["https://iam.us-gov.amazonaws.com", m],
    ["https://iam.us-iso-east-1.c2s.ic.gov", n],
    ["https://iam-fips.us-iso-east-1.c2s.ic.gov", n],
    ["https://iam.api.aws.ic.gov", n],
    ["https://iam-fips.api.aws.ic.gov", n],
    ["https://iam.us-isob-east-1.sc2s.sgov.gov", o],
    ["https://iam-fips.us-isob-east-1.sc2s.sgov.gov", o],
    ["https://iam.api.aws.scloud", o],
    ["https://iam-fips.api.aws.scloud", o],
    ["https://iam.eu-isoe-west-1.cloud.adc-e.uk", p],
    ["https://iam-fips.cloud.adc-e.uk", p],
    ["https://iam.api.cloud-aws.adc-e.uk", p],
    ["https://iam-fips.api.cloud-aws.adc-e.uk", p],
    ["https://iam.us-isof-south-1.csp.hci.ic.gov", q],
    ["https://iam-fips.csp.hci.ic.gov", q],
    ["https://iam.api.aws.hci.ic.gov", q],
    ["https://iam-fips.api.aws.hci.ic.gov", q],
    ["https://iam.eusc-de-east-1.amazonaws.eu", s],
    ["https://iam-fips.amazonaws.eu", s],
    ["https://iam.global.api.amazonwebservices.eu", s],
    ["https://iam-fips.api.amazonwebservices.eu", s],
    ["https://iam-fips.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dualStackDnsSuffix}", t],
    [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://iam-fips.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dnsSuffix}", t],
    [a, "FIPS is enabled but this partition does not support FIPS"],
    ["https://iam.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dualStackDnsSuffix}", t],
    [a, "DualStack is enabled but this partition does not support DualStack"],
    ["https://iam.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dnsSuffix}", t],
    [a, "Invalid Configuration: Missing Region"]
  ]
};
var root = 2;
var r = 1e8;
var nodes = new Int32Array([
  -1,
  1,
  -1,
  0,
  42,
  3,
  1,
  4,
  r + 41,
  2,
  5,
  r + 41,
  3,
  39,
  6,
  4,
  36,
  7,
  5,
  35,
  8,
  6,
  32,
  9,
  7,
  20,
  10,
  8,
  15,
  11,
  9,
  r + 18,
  12,
  10,
  r + 22,
  13,
  11,
  r + 26,
  14,
  12,
  r + 30,
  r + 40,
  9,
  r + 20,
  16,
  10,
  r + 24,
  17,
  11,
  r + 28,
  18,
  12,
  r + 32,
  19,
  13,
  r + 38,
  r + 39,
  8,
  26,
  21,
  9,
  r + 19,
  22,
  10,
  r + 23,
  23,
  11,
  r + 27,
  24,
  12,
  r + 31,
  25,
  14,
  r + 36,
  r + 37,
  9,
  r + 21,
  27,
  10,
  r + 25,
  28,
  11,
  r + 29,
  29,
  12,
  r + 33,
  30,
  13,
  31,
  r + 35,
  14,
  r + 34,
  r + 35,
  7,
  34,
  33,
  8,
  r + 16,
  r + 14,
  8,
  r + 17,
  r + 15,
  8,
  r + 12,
  r + 13,
  7,
  38,
  37,
  8,
  r + 8,
  r + 10,
  8,
  r + 9,
  r + 11,
  7,
  41,
  40,
  8,
  r + 6,
  r + 4,
  8,
  r + 7,
  r + 5,
  7,
  r + 1,
  43,
  8,
  r + 2,
  r + 3
]);
var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

// node_modules/@aws-sdk/client-iam/dist-es/endpoint/endpointResolver.js
var cache = new EndpointCache({
  size: 50,
  params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
});
var defaultEndpointResolver = (endpointParams, context = {}) => {
  return cache.get(endpointParams, () => decideEndpoint(bdd, {
    endpointParams,
    logger: context.logger
  }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

// node_modules/@aws-sdk/client-iam/dist-es/models/IAMServiceException.js
var IAMServiceException = class _IAMServiceException extends ServiceException {
  static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.iam#IAMServiceException";
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _IAMServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-iam/dist-es/models/errors.js
var ConcurrentModificationException = class _ConcurrentModificationException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#ConcurrentModificationException";
  name = "ConcurrentModificationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ConcurrentModificationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConcurrentModificationException.prototype);
  }
};
var NoSuchEntityException = class _NoSuchEntityException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#NoSuchEntityException";
  name = "NoSuchEntityException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoSuchEntityException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchEntityException.prototype);
  }
};
var ServiceFailureException = class _ServiceFailureException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#ServiceFailureException";
  name = "ServiceFailureException";
  $fault = "server";
  constructor(opts) {
    super({
      name: "ServiceFailureException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceFailureException.prototype);
  }
};
var AccountNotManagementOrDelegatedAdministratorException = class _AccountNotManagementOrDelegatedAdministratorException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#AccountNotManagementOrDelegatedAdministratorException";
  name = "AccountNotManagementOrDelegatedAdministratorException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AccountNotManagementOrDelegatedAdministratorException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AccountNotManagementOrDelegatedAdministratorException.prototype);
    this.Message = opts.Message;
  }
};
var EntityAlreadyExistsException = class _EntityAlreadyExistsException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#EntityAlreadyExistsException";
  name = "EntityAlreadyExistsException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "EntityAlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EntityAlreadyExistsException.prototype);
  }
};
var InvalidInputException = class _InvalidInputException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#InvalidInputException";
  name = "InvalidInputException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidInputException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidInputException.prototype);
  }
};
var LimitExceededException = class _LimitExceededException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#LimitExceededException";
  name = "LimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "LimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _LimitExceededException.prototype);
  }
};
var MalformedPolicyDocumentException = class _MalformedPolicyDocumentException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#MalformedPolicyDocumentException";
  name = "MalformedPolicyDocumentException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "MalformedPolicyDocumentException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MalformedPolicyDocumentException.prototype);
  }
};
var NameConflictException = class _NameConflictException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#NameConflictException";
  name = "NameConflictException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NameConflictException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NameConflictException.prototype);
  }
};
var RoleModifiedException = class _RoleModifiedException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#RoleModifiedException";
  name = "RoleModifiedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "RoleModifiedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _RoleModifiedException.prototype);
  }
};
var RoleTemplateDisabledException = class _RoleTemplateDisabledException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#RoleTemplateDisabledException";
  name = "RoleTemplateDisabledException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "RoleTemplateDisabledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _RoleTemplateDisabledException.prototype);
  }
};
var UnmodifiableEntityException = class _UnmodifiableEntityException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#UnmodifiableEntityException";
  name = "UnmodifiableEntityException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UnmodifiableEntityException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnmodifiableEntityException.prototype);
  }
};
var PolicyNotAttachableException = class _PolicyNotAttachableException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#PolicyNotAttachableException";
  name = "PolicyNotAttachableException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "PolicyNotAttachableException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PolicyNotAttachableException.prototype);
  }
};
var EntityTemporarilyUnmodifiableException = class _EntityTemporarilyUnmodifiableException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#EntityTemporarilyUnmodifiableException";
  name = "EntityTemporarilyUnmodifiableException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "EntityTemporarilyUnmodifiableException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EntityTemporarilyUnmodifiableException.prototype);
  }
};
var InvalidUserTypeException = class _InvalidUserTypeException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#InvalidUserTypeException";
  name = "InvalidUserTypeException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidUserTypeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidUserTypeException.prototype);
  }
};
var PasswordPolicyViolationException = class _PasswordPolicyViolationException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#PasswordPolicyViolationException";
  name = "PasswordPolicyViolationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "PasswordPolicyViolationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PasswordPolicyViolationException.prototype);
  }
};
var OpenIdIdpCommunicationErrorException = class _OpenIdIdpCommunicationErrorException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#OpenIdIdpCommunicationErrorException";
  name = "OpenIdIdpCommunicationErrorException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "OpenIdIdpCommunicationErrorException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OpenIdIdpCommunicationErrorException.prototype);
  }
};
var ServiceNotSupportedException = class _ServiceNotSupportedException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#ServiceNotSupportedException";
  name = "ServiceNotSupportedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ServiceNotSupportedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceNotSupportedException.prototype);
  }
};
var DeleteConflictException = class _DeleteConflictException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#DeleteConflictException";
  name = "DeleteConflictException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DeleteConflictException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DeleteConflictException.prototype);
  }
};
var OrganizationNotFoundException = class _OrganizationNotFoundException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#OrganizationNotFoundException";
  name = "OrganizationNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "OrganizationNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OrganizationNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var OrganizationNotInAllFeaturesModeException = class _OrganizationNotInAllFeaturesModeException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#OrganizationNotInAllFeaturesModeException";
  name = "OrganizationNotInAllFeaturesModeException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "OrganizationNotInAllFeaturesModeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OrganizationNotInAllFeaturesModeException.prototype);
    this.Message = opts.Message;
  }
};
var ServiceAccessNotEnabledException = class _ServiceAccessNotEnabledException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#ServiceAccessNotEnabledException";
  name = "ServiceAccessNotEnabledException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ServiceAccessNotEnabledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceAccessNotEnabledException.prototype);
    this.Message = opts.Message;
  }
};
var FeatureDisabledException = class _FeatureDisabledException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#FeatureDisabledException";
  name = "FeatureDisabledException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "FeatureDisabledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _FeatureDisabledException.prototype);
  }
};
var InvalidAuthenticationCodeException = class _InvalidAuthenticationCodeException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#InvalidAuthenticationCodeException";
  name = "InvalidAuthenticationCodeException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidAuthenticationCodeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidAuthenticationCodeException.prototype);
  }
};
var CallerIsNotManagementAccountException = class _CallerIsNotManagementAccountException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#CallerIsNotManagementAccountException";
  name = "CallerIsNotManagementAccountException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "CallerIsNotManagementAccountException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CallerIsNotManagementAccountException.prototype);
    this.Message = opts.Message;
  }
};
var FeatureEnabledException = class _FeatureEnabledException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#FeatureEnabledException";
  name = "FeatureEnabledException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "FeatureEnabledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _FeatureEnabledException.prototype);
  }
};
var ReportGenerationLimitExceededException = class _ReportGenerationLimitExceededException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#ReportGenerationLimitExceededException";
  name = "ReportGenerationLimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ReportGenerationLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ReportGenerationLimitExceededException.prototype);
  }
};
var CredentialReportExpiredException = class _CredentialReportExpiredException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#CredentialReportExpiredException";
  name = "CredentialReportExpiredException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CredentialReportExpiredException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CredentialReportExpiredException.prototype);
  }
};
var CredentialReportNotPresentException = class _CredentialReportNotPresentException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#CredentialReportNotPresentException";
  name = "CredentialReportNotPresentException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CredentialReportNotPresentException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CredentialReportNotPresentException.prototype);
  }
};
var CredentialReportNotReadyException = class _CredentialReportNotReadyException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#CredentialReportNotReadyException";
  name = "CredentialReportNotReadyException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CredentialReportNotReadyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CredentialReportNotReadyException.prototype);
  }
};
var UnrecognizedPublicKeyEncodingException = class _UnrecognizedPublicKeyEncodingException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#UnrecognizedPublicKeyEncodingException";
  name = "UnrecognizedPublicKeyEncodingException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UnrecognizedPublicKeyEncodingException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnrecognizedPublicKeyEncodingException.prototype);
  }
};
var PolicyEvaluationException = class _PolicyEvaluationException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#PolicyEvaluationException";
  name = "PolicyEvaluationException";
  $fault = "server";
  constructor(opts) {
    super({
      name: "PolicyEvaluationException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _PolicyEvaluationException.prototype);
  }
};
var KeyPairMismatchException = class _KeyPairMismatchException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#KeyPairMismatchException";
  name = "KeyPairMismatchException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "KeyPairMismatchException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KeyPairMismatchException.prototype);
  }
};
var MalformedCertificateException = class _MalformedCertificateException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#MalformedCertificateException";
  name = "MalformedCertificateException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "MalformedCertificateException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MalformedCertificateException.prototype);
  }
};
var DuplicateCertificateException = class _DuplicateCertificateException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#DuplicateCertificateException";
  name = "DuplicateCertificateException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DuplicateCertificateException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DuplicateCertificateException.prototype);
  }
};
var InvalidCertificateException = class _InvalidCertificateException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#InvalidCertificateException";
  name = "InvalidCertificateException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidCertificateException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidCertificateException.prototype);
  }
};
var DuplicateSSHPublicKeyException = class _DuplicateSSHPublicKeyException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#DuplicateSSHPublicKeyException";
  name = "DuplicateSSHPublicKeyException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DuplicateSSHPublicKeyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DuplicateSSHPublicKeyException.prototype);
  }
};
var InvalidPublicKeyException = class _InvalidPublicKeyException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#InvalidPublicKeyException";
  name = "InvalidPublicKeyException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidPublicKeyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidPublicKeyException.prototype);
  }
};

// node_modules/@aws-sdk/client-iam/dist-es/schemas/schemas_0.js
var _A = "Arn";
var _AAc = "AccountAliases";
var _ABO = "AllowedByOrganizations";
var _ABPB = "AllowedByPermissionsBoundary";
var _ACt = "AttachmentCount";
var _AI = "ApproverId";
var _AMP = "AttachedManagedPolicies";
var _AN = "AttachmentName";
var _ANMODAE = "AccountNotManagementOrDelegatedAdministratorException";
var _ANc = "ActionNames";
var _AP = "AttachedPolicy";
var _APB = "AttachedPermissionsBoundary";
var _ARPD = "AssumeRolePolicyDocument";
var _ARPDT = "AssumeRolePolicyDocumentTemplate";
var _AT = "AttachmentType";
var _CA = "CallerArn";
var _CD = "CreateDate";
var _CE = "ContextEntry";
var _CELT = "ContextEntryListType";
var _CEo = "ContextEntries";
var _CIDL = "ClientIDList";
var _CINMAE = "CallerIsNotManagementAccountException";
var _CKN = "ContextKeyName";
var _CKNo = "ContextKeyNames";
var _CKT = "ContextKeyType";
var _CKV = "ContextKeyValues";
var _CME = "ConcurrentModificationException";
var _COIDCPR = "CreateOpenIDConnectProviderRequest";
var _CP = "ContextProvider";
var _CPKD = "ContextProviderKeyDefinition";
var _CREE = "CredentialReportExpiredException";
var _CRNPE = "CredentialReportNotPresentException";
var _CRNRE = "CredentialReportNotReadyException";
var _CT = "CreateTimestamp";
var _Ce = "Certifications";
var _Col = "Column";
var _D = "Description";
var _DCE = "DeleteConflictException";
var _DCEu = "DuplicateCertificateException";
var _DMV = "DefaultMinorVersion";
var _DORCMRi = "DisableOrganizationsRootCredentialsManagementResponse";
var _DORSRi = "DisableOrganizationsRootSessionsResponse";
var _DP = "DelegationPermission";
var _DR = "DelegationRequest";
var _DRI = "DelegationRequestId";
var _DSSHPKE = "DuplicateSSHPublicKeyException";
var _DV = "DefaultValue";
var _DVI = "DefaultVersionId";
var _Do = "Document";
var _EAEE = "EntityAlreadyExistsException";
var _EAN = "EvalActionName";
var _EDD = "EvalDecisionDetails";
var _EDn = "EnableDate";
var _EDv = "EvalDecision";
var _EF = "EnabledFeatures";
var _EORCMRn = "EnableOrganizationsRootCredentialsManagementResponse";
var _EORSRn = "EnableOrganizationsRootSessionsResponse";
var _EPn = "EndPosition";
var _ER = "EvaluationResult";
var _ERD = "EvalResourceDecision";
var _ERN = "EvalResourceName";
var _ET = "ExpirationTime";
var _ETUE = "EntityTemporarilyUnmodifiableException";
var _Ena = "Enabled";
var _F = "Filter";
var _FDE = "FeatureDisabledException";
var _FEE = "FeatureEnabledException";
var _GAAD = "GetAccountAuthorizationDetails";
var _GAADR = "GetAccountAuthorizationDetailsRequest";
var _GAADRe = "GetAccountAuthorizationDetailsResponse";
var _GAPRe = "GetAccountPropertiesResponse";
var _GASR = "GetAccountSummaryResponse";
var _GCKFCPR = "GetContextKeysForCustomPolicyRequest";
var _GCKFPPR = "GetContextKeysForPrincipalPolicyRequest";
var _GCKFPR = "GetContextKeysForPolicyResponse";
var _GD = "GroupDetail";
var _GDL = "GroupDetailList";
var _GI = "GroupId";
var _GL = "GroupList";
var _GMFADRe = "GetMFADeviceResponse";
var _GN = "GroupName";
var _GOIDCPRe = "GetOpenIDConnectProviderResponse";
var _GPL = "GroupPolicyList";
var _IA = "IsAttachable";
var _IACE = "InvalidAuthenticationCodeException";
var _ICE = "InvalidCertificateException";
var _ICIA = "IdentityCenterInstanceArn";
var _IDV = "IsDefaultVersion";
var _IIE = "InvalidInputException";
var _IP = "InstanceProfile";
var _IPI = "InstanceProfileId";
var _IPIT = "InlinePolicyIdentifierType";
var _IPIn = "InlinePolicyIdentifier";
var _IPKE = "InvalidPublicKeyException";
var _IPL = "InstanceProfileList";
var _IPN = "InstanceProfileName";
var _IPT = "InlinePolicyTemplates";
var _IPn = "InlinePolicy";
var _IR = "IsRequired";
var _ISA = "IdentityStoreArn";
var _IT = "IsTruncated";
var _IURL = "IssuerURL";
var _IUTE = "InvalidUserTypeException";
var _Im = "Immutable";
var _K = "Key";
var _KDL = "KeyDefinitionList";
var _KH = "KeyHashes";
var _KPME = "KeyPairMismatchException";
var _LAARi = "ListAccountAliasesResponse";
var _LEE = "LimitExceededException";
var _LGPRi = "ListGroupPoliciesResponse";
var _LOFRi = "ListOrganizationsFeaturesResponse";
var _LPGSAR = "ListPoliciesGrantingServiceAccessRequest";
var _LRPRi = "ListRolePoliciesResponse";
var _LUD = "LastUsedDate";
var _LUPRi = "ListUserPoliciesResponse";
var _Li = "Line";
var _M = "Message";
var _MBT = "ManagedByType";
var _MBV = "ManagedByValue";
var _MCE = "MalformedCertificateException";
var _MCV = "MissingContextValues";
var _MI = "MaxItems";
var _MPAa = "ManagedPolicyArns";
var _MPD = "ManagedPolicyDetail";
var _MPDE = "MalformedPolicyDocumentException";
var _MPDLT = "ManagedPolicyDetailListType";
var _MS = "MatchedStatements";
var _MSD = "MaxSessionDuration";
var _MSSD = "MaxSigninSessionDuration";
var _MV = "MinorVersion";
var _MVa = "MajorVersion";
var _Ma = "Marker";
var _N = "Name";
var _NCE = "NameConflictException";
var _NSEE = "NoSuchEntityException";
var _No = "Notes";
var _OAI = "OwnerAccountId";
var _ODD = "OrganizationsDecisionDetail";
var _OI = "OwnerId";
var _OIDCPA = "OpenIDConnectProviderArn";
var _OIICEE = "OpenIdIdpCommunicationErrorException";
var _OIr = "OrganizationId";
var _ONFE = "OrganizationNotFoundException";
var _ONIAFME = "OrganizationNotInAllFeaturesModeException";
var _OOPIL = "OrderedOrganizationPolicyInputList";
var _OOPT = "OrderedOrganizationPolicyType";
var _OPLT = "OrganizationPolicyListType";
var _OSBO = "OnlySendByOwner";
var _P = "Permissions";
var _PA = "PolicyArn";
var _PAPR = "PutAccountPropertiesRequest";
var _PB = "PermissionsBoundary";
var _PBA = "PermissionsBoundaryArn";
var _PBAe = "PermissionBoundaryArn";
var _PBDD = "PermissionsBoundaryDecisionDetail";
var _PBPIL = "PermissionsBoundaryPolicyInputList";
var _PBT = "PermissionsBoundaryType";
var _PBUC = "PermissionsBoundaryUsageCount";
var _PD = "PolicyDocument";
var _PDa = "ParameterDefinition";
var _PDar = "ParametersDefinition";
var _PDo = "PolicyDetail";
var _PEE = "PolicyEvaluationException";
var _PEL = "PolicyExclusionList";
var _PELT = "PolicyExclusionsListType";
var _PI = "PolicyId";
var _PIL = "PolicyInputList";
var _PIo = "PolicyIdentifier";
var _PN = "PolicyName";
var _PNAE = "PolicyNotAttachableException";
var _PNo = "PolicyNames";
var _PP = "PermissionPolicy";
var _PPVE = "PasswordPolicyViolationException";
var _PPo = "PolicyParameter";
var _PSA = "PolicySourceArn";
var _PT = "PolicyType";
var _PTA = "PolicyTemplateArn";
var _PV = "PolicyVersion";
var _PVL = "PolicyVersionList";
var _Pa = "Path";
var _Par = "Parameters";
var _Pol = "Policies";
var _Pos = "Position";
var _Pr = "Properties";
var _R = "Region";
var _RA = "ResourceArns";
var _RD = "RoleDetail";
var _RDL = "RoleDetailList";
var _RDP = "RoleDescriptionPattern";
var _RGLEE = "ReportGenerationLimitExceededException";
var _RHO = "ResourceHandlingOption";
var _RI = "RequestorId";
var _RIo = "RoleId";
var _RLU = "RoleLastUsed";
var _RM = "RequestMessage";
var _RME = "RoleModifiedException";
var _RN = "RoleName";
var _RNP = "RoleNamePattern";
var _RNe = "RequestorName";
var _RO = "ResourceOwner";
var _RP = "ResourcePolicy";
var _RPL = "RolePolicyList";
var _RPP = "RolePathPattern";
var _RPRA = "RolePermissionRestrictionArns";
var _RR = "RejectionReason";
var _RSR = "ResourceSpecificResults";
var _RSRLT = "ResourceSpecificResultListType";
var _RSRe = "ResourceSpecificResult";
var _RTDE = "RoleTemplateDisabledException";
var _RTT = "RoleTagsTemplate";
var _RTV = "RoleTemplateVersion";
var _RU = "RedirectUrl";
var _RUT = "RoleUsageType";
var _RVE = "ReplacementValueEntry";
var _Res = "Resources";
var _Ro = "Role";
var _Rol = "Roles";
var _SAMLKHE = "SAMLKeyHashEntry";
var _SAMLPA = "SAMLProviderArn";
var _SANEE = "ServiceAccessNotEnabledException";
var _SCN = "ServerCertificateName";
var _SCPIL = "ServiceControlPolicyInputList";
var _SCPR = "SimulateCustomPolicyRequest";
var _SD = "SessionDuration";
var _SFE = "ServiceFailureException";
var _SK = "SourceKey";
var _SLT = "StatementListType";
var _SM = "SummaryMap";
var _SNSE = "ServiceNotSupportedException";
var _SNer = "SerialNumber";
var _SNerv = "ServiceNamespaces";
var _SPI = "SourcePolicyId";
var _SPPR = "SimulatePrincipalPolicyRequest";
var _SPT = "SourcePolicyType";
var _SPt = "StartPosition";
var _SRT = "SourceRoleTemplate";
var _SSK = "SubjectSourceKey";
var _ST = "SubType";
var _STSK = "SubjectTypeSourceKey";
var _STV = "SubjectTypeValue";
var _St = "State";
var _Sta = "Statement";
var _T = "Tags";
var _TA = "TemplateArn";
var _TK = "TargetKey";
var _TKa = "TagKeys";
var _TL = "ThumbprintList";
var _TMV = "TemplateMinorVersion";
var _TN = "TemplateName";
var _TT = "TagTemplate";
var _TVI = "TemplateVersionId";
var _Ta = "Tag";
var _Ty = "Type";
var _U = "Url";
var _UD = "UpdateDate";
var _UDL = "UserDetailList";
var _UDs = "UserDetail";
var _UEE = "UnmodifiableEntityException";
var _UI = "UserId";
var _UIPR = "UntagInstanceProfileRequest";
var _UMFADR = "UntagMFADeviceRequest";
var _UN = "UserName";
var _UOIDCPR = "UntagOpenIDConnectProviderRequest";
var _UOIDCPTR = "UpdateOpenIDConnectProviderThumbprintRequest";
var _UPKEE = "UnrecognizedPublicKeyEncodingException";
var _UPL = "UserPolicyList";
var _UPR = "UntagPolicyRequest";
var _URR = "UntagRoleRequest";
var _USAMLPR = "UntagSAMLProviderRequest";
var _USCR = "UntagServerCertificateRequest";
var _UT = "UpdatedTime";
var _UTp = "UpdateTimestamp";
var _UUR = "UntagUserRequest";
var _VE = "VersionEnabled";
var _VI = "VersionId";
var _Va = "Values";
var _Val = "Value";
var _aPLT = "attachedPoliciesListType";
var _aQE = "awsQueryError";
var _c = "client";
var _e = "error";
var _gDLT = "groupDetailListType";
var _hE = "httpError";
var _iPLT = "instanceProfileListType";
var _iPTLT = "inlinePolicyTemplateListType";
var _kDLT = "keyDefinitionListType";
var _m = "message";
var _pDLT = "parametersDefinitionListType";
var _pDLTo = "policyDetailListType";
var _pDVLT = "policyDocumentVersionListType";
var _pPLT = "policyParameterListType";
var _rDLT = "roleDetailListType";
var _rLT = "roleListType";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.iam";
var _se = "server";
var _tLT = "tagListType";
var _tTLT = "tagTemplateListType";
var _uDLT = "userDetailListType";
var n0 = "com.amazonaws.iam";
var _s_registry = new TypeRegistry(_s);
var IAMServiceException$ = [-3, _s, "IAMServiceException", 0, [], []];
_s_registry.registerError(IAMServiceException$, IAMServiceException);
var n0_registry = new TypeRegistry(n0);
var AccountNotManagementOrDelegatedAdministratorException$ = [
  -3,
  n0,
  _ANMODAE,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(AccountNotManagementOrDelegatedAdministratorException$, AccountNotManagementOrDelegatedAdministratorException);
var CallerIsNotManagementAccountException$ = [
  -3,
  n0,
  _CINMAE,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(CallerIsNotManagementAccountException$, CallerIsNotManagementAccountException);
var ConcurrentModificationException$ = [
  -3,
  n0,
  _CME,
  { [_aQE]: [`ConcurrentModification`, 409], [_e]: _c, [_hE]: 409 },
  [_m],
  [0]
];
n0_registry.registerError(ConcurrentModificationException$, ConcurrentModificationException);
var CredentialReportExpiredException$ = [
  -3,
  n0,
  _CREE,
  { [_aQE]: [`ReportExpired`, 410], [_e]: _c, [_hE]: 410 },
  [_m],
  [0]
];
n0_registry.registerError(CredentialReportExpiredException$, CredentialReportExpiredException);
var CredentialReportNotPresentException$ = [
  -3,
  n0,
  _CRNPE,
  { [_aQE]: [`ReportNotPresent`, 410], [_e]: _c, [_hE]: 410 },
  [_m],
  [0]
];
n0_registry.registerError(CredentialReportNotPresentException$, CredentialReportNotPresentException);
var CredentialReportNotReadyException$ = [
  -3,
  n0,
  _CRNRE,
  { [_aQE]: [`ReportInProgress`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(CredentialReportNotReadyException$, CredentialReportNotReadyException);
var DeleteConflictException$ = [
  -3,
  n0,
  _DCE,
  { [_aQE]: [`DeleteConflict`, 409], [_e]: _c, [_hE]: 409 },
  [_m],
  [0]
];
n0_registry.registerError(DeleteConflictException$, DeleteConflictException);
var DuplicateCertificateException$ = [
  -3,
  n0,
  _DCEu,
  { [_aQE]: [`DuplicateCertificate`, 409], [_e]: _c, [_hE]: 409 },
  [_m],
  [0]
];
n0_registry.registerError(DuplicateCertificateException$, DuplicateCertificateException);
var DuplicateSSHPublicKeyException$ = [
  -3,
  n0,
  _DSSHPKE,
  { [_aQE]: [`DuplicateSSHPublicKey`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(DuplicateSSHPublicKeyException$, DuplicateSSHPublicKeyException);
var EntityAlreadyExistsException$ = [
  -3,
  n0,
  _EAEE,
  { [_aQE]: [`EntityAlreadyExists`, 409], [_e]: _c, [_hE]: 409 },
  [_m],
  [0]
];
n0_registry.registerError(EntityAlreadyExistsException$, EntityAlreadyExistsException);
var EntityTemporarilyUnmodifiableException$ = [
  -3,
  n0,
  _ETUE,
  { [_aQE]: [`EntityTemporarilyUnmodifiable`, 409], [_e]: _c, [_hE]: 409 },
  [_m],
  [0]
];
n0_registry.registerError(EntityTemporarilyUnmodifiableException$, EntityTemporarilyUnmodifiableException);
var FeatureDisabledException$ = [
  -3,
  n0,
  _FDE,
  { [_aQE]: [`FeatureDisabled`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(FeatureDisabledException$, FeatureDisabledException);
var FeatureEnabledException$ = [
  -3,
  n0,
  _FEE,
  { [_aQE]: [`FeatureEnabled`, 409], [_e]: _c, [_hE]: 409 },
  [_m],
  [0]
];
n0_registry.registerError(FeatureEnabledException$, FeatureEnabledException);
var InvalidAuthenticationCodeException$ = [
  -3,
  n0,
  _IACE,
  { [_aQE]: [`InvalidAuthenticationCode`, 403], [_e]: _c, [_hE]: 403 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidAuthenticationCodeException$, InvalidAuthenticationCodeException);
var InvalidCertificateException$ = [
  -3,
  n0,
  _ICE,
  { [_aQE]: [`InvalidCertificate`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidCertificateException$, InvalidCertificateException);
var InvalidInputException$ = [
  -3,
  n0,
  _IIE,
  { [_aQE]: [`InvalidInput`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidInputException$, InvalidInputException);
var InvalidPublicKeyException$ = [
  -3,
  n0,
  _IPKE,
  { [_aQE]: [`InvalidPublicKey`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidPublicKeyException$, InvalidPublicKeyException);
var InvalidUserTypeException$ = [
  -3,
  n0,
  _IUTE,
  { [_aQE]: [`InvalidUserType`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidUserTypeException$, InvalidUserTypeException);
var KeyPairMismatchException$ = [
  -3,
  n0,
  _KPME,
  { [_aQE]: [`KeyPairMismatch`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(KeyPairMismatchException$, KeyPairMismatchException);
var LimitExceededException$ = [
  -3,
  n0,
  _LEE,
  { [_aQE]: [`LimitExceeded`, 409], [_e]: _c, [_hE]: 409 },
  [_m],
  [0]
];
n0_registry.registerError(LimitExceededException$, LimitExceededException);
var MalformedCertificateException$ = [
  -3,
  n0,
  _MCE,
  { [_aQE]: [`MalformedCertificate`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(MalformedCertificateException$, MalformedCertificateException);
var MalformedPolicyDocumentException$ = [
  -3,
  n0,
  _MPDE,
  { [_aQE]: [`MalformedPolicyDocument`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(MalformedPolicyDocumentException$, MalformedPolicyDocumentException);
var NameConflictException$ = [
  -3,
  n0,
  _NCE,
  { [_aQE]: [`NameConflict`, 409], [_e]: _c, [_hE]: 409 },
  [_m],
  [0]
];
n0_registry.registerError(NameConflictException$, NameConflictException);
var NoSuchEntityException$ = [
  -3,
  n0,
  _NSEE,
  { [_aQE]: [`NoSuchEntity`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(NoSuchEntityException$, NoSuchEntityException);
var OpenIdIdpCommunicationErrorException$ = [
  -3,
  n0,
  _OIICEE,
  { [_aQE]: [`OpenIdIdpCommunicationError`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(OpenIdIdpCommunicationErrorException$, OpenIdIdpCommunicationErrorException);
var OrganizationNotFoundException$ = [
  -3,
  n0,
  _ONFE,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(OrganizationNotFoundException$, OrganizationNotFoundException);
var OrganizationNotInAllFeaturesModeException$ = [
  -3,
  n0,
  _ONIAFME,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(OrganizationNotInAllFeaturesModeException$, OrganizationNotInAllFeaturesModeException);
var PasswordPolicyViolationException$ = [
  -3,
  n0,
  _PPVE,
  { [_aQE]: [`PasswordPolicyViolation`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(PasswordPolicyViolationException$, PasswordPolicyViolationException);
var PolicyEvaluationException$ = [
  -3,
  n0,
  _PEE,
  { [_aQE]: [`PolicyEvaluation`, 500], [_e]: _se, [_hE]: 500 },
  [_m],
  [0]
];
n0_registry.registerError(PolicyEvaluationException$, PolicyEvaluationException);
var PolicyNotAttachableException$ = [
  -3,
  n0,
  _PNAE,
  { [_aQE]: [`PolicyNotAttachable`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(PolicyNotAttachableException$, PolicyNotAttachableException);
var ReportGenerationLimitExceededException$ = [
  -3,
  n0,
  _RGLEE,
  { [_aQE]: [`ReportGenerationLimitExceeded`, 409], [_e]: _c, [_hE]: 409 },
  [_m],
  [0]
];
n0_registry.registerError(ReportGenerationLimitExceededException$, ReportGenerationLimitExceededException);
var RoleModifiedException$ = [
  -3,
  n0,
  _RME,
  { [_aQE]: [`RoleModified`, 409], [_e]: _c, [_hE]: 409 },
  [_m],
  [0]
];
n0_registry.registerError(RoleModifiedException$, RoleModifiedException);
var RoleTemplateDisabledException$ = [
  -3,
  n0,
  _RTDE,
  { [_aQE]: [`RoleTemplateDisabled`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(RoleTemplateDisabledException$, RoleTemplateDisabledException);
var ServiceAccessNotEnabledException$ = [
  -3,
  n0,
  _SANEE,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(ServiceAccessNotEnabledException$, ServiceAccessNotEnabledException);
var ServiceFailureException$ = [
  -3,
  n0,
  _SFE,
  { [_aQE]: [`ServiceFailure`, 500], [_e]: _se, [_hE]: 500 },
  [_m],
  [0]
];
n0_registry.registerError(ServiceFailureException$, ServiceFailureException);
var ServiceNotSupportedException$ = [
  -3,
  n0,
  _SNSE,
  { [_aQE]: [`NotSupportedService`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(ServiceNotSupportedException$, ServiceNotSupportedException);
var UnmodifiableEntityException$ = [
  -3,
  n0,
  _UEE,
  { [_aQE]: [`UnmodifiableEntity`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(UnmodifiableEntityException$, UnmodifiableEntityException);
var UnrecognizedPublicKeyEncodingException$ = [
  -3,
  n0,
  _UPKEE,
  { [_aQE]: [`UnrecognizedPublicKeyEncoding`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(UnrecognizedPublicKeyEncodingException$, UnrecognizedPublicKeyEncodingException);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var AttachedPermissionsBoundary$ = [
  3,
  n0,
  _APB,
  0,
  [_PBT, _PBA],
  [0, 0]
];
var AttachedPolicy$ = [
  3,
  n0,
  _AP,
  0,
  [_PN, _PA],
  [0, 0]
];
var ContextEntry$ = [
  3,
  n0,
  _CE,
  0,
  [_CKN, _CKV, _CKT],
  [0, 64 | 0, 0]
];
var ContextProvider$ = [
  3,
  n0,
  _CP,
  0,
  [_SSK, _KDL, _STV, _STSK],
  [0, () => keyDefinitionListType, 0, 0],
  1
];
var ContextProviderKeyDefinition$ = [
  3,
  n0,
  _CPKD,
  0,
  [_SK, _TK],
  [0, 0],
  1
];
var CreateOpenIDConnectProviderRequest$ = [
  3,
  n0,
  _COIDCPR,
  0,
  [_U, _CIDL, _TL, _T, _CP, _ICIA],
  [0, 64 | 0, 64 | 0, () => tagListType, () => ContextProvider$, 0],
  1
];
var DelegationPermission$ = [
  3,
  n0,
  _DP,
  0,
  [_PTA, _Par],
  [0, () => policyParameterListType]
];
var DelegationRequest$ = [
  3,
  n0,
  _DR,
  0,
  [_DRI, _OAI, _D, _RM, _P, _PP, _RPRA, _OI, _AI, _St, _ET, _RI, _RNe, _CD, _SD, _RU, _No, _RR, _OSBO, _UT],
  [0, 0, 0, 0, () => DelegationPermission$, 0, 64 | 0, 0, 0, 0, 4, 0, 0, 4, 1, 0, 0, 0, 2, 4]
];
var DisableOrganizationsRootCredentialsManagementResponse$ = [
  3,
  n0,
  _DORCMRi,
  0,
  [_OIr, _EF],
  [0, 64 | 0]
];
var DisableOrganizationsRootSessionsResponse$ = [
  3,
  n0,
  _DORSRi,
  0,
  [_OIr, _EF],
  [0, 64 | 0]
];
var EnableOrganizationsRootCredentialsManagementResponse$ = [
  3,
  n0,
  _EORCMRn,
  0,
  [_OIr, _EF],
  [0, 64 | 0]
];
var EnableOrganizationsRootSessionsResponse$ = [
  3,
  n0,
  _EORSRn,
  0,
  [_OIr, _EF],
  [0, 64 | 0]
];
var EvaluationResult$ = [
  3,
  n0,
  _ER,
  0,
  [_EAN, _EDv, _ERN, _MS, _MCV, _ODD, _PBDD, _EDD, _RSR],
  [0, 0, 0, () => StatementListType, 64 | 0, () => OrganizationsDecisionDetail$, () => PermissionsBoundaryDecisionDetail$, 128 | 0, () => ResourceSpecificResultListType],
  2
];
var GetAccountAuthorizationDetailsRequest$ = [
  3,
  n0,
  _GAADR,
  0,
  [_F, _MI, _Ma],
  [64 | 0, 1, 0]
];
var GetAccountAuthorizationDetailsResponse$ = [
  3,
  n0,
  _GAADRe,
  0,
  [_UDL, _GDL, _RDL, _Pol, _IT, _Ma],
  [() => userDetailListType, () => groupDetailListType, () => roleDetailListType, () => ManagedPolicyDetailListType, 2, 0]
];
var GetAccountPropertiesResponse$ = [
  3,
  n0,
  _GAPRe,
  0,
  [_Pr],
  [128 | 0]
];
var GetAccountSummaryResponse$ = [
  3,
  n0,
  _GASR,
  0,
  [_SM],
  [128 | 1]
];
var GetContextKeysForCustomPolicyRequest$ = [
  3,
  n0,
  _GCKFCPR,
  0,
  [_PIL],
  [64 | 0],
  1
];
var GetContextKeysForPolicyResponse$ = [
  3,
  n0,
  _GCKFPR,
  0,
  [_CKNo],
  [64 | 0]
];
var GetContextKeysForPrincipalPolicyRequest$ = [
  3,
  n0,
  _GCKFPPR,
  0,
  [_PSA, _PIL],
  [0, 64 | 0],
  1
];
var GetMFADeviceResponse$ = [
  3,
  n0,
  _GMFADRe,
  0,
  [_SNer, _UN, _EDn, _Ce],
  [0, 0, 4, 128 | 0],
  1
];
var GetOpenIDConnectProviderResponse$ = [
  3,
  n0,
  _GOIDCPRe,
  0,
  [_U, _CIDL, _TL, _CD, _T, _CP, _ICIA, _ISA],
  [0, 64 | 0, 64 | 0, 4, () => tagListType, () => ContextProvider$, 0, 0]
];
var GroupDetail$ = [
  3,
  n0,
  _GD,
  0,
  [_Pa, _GN, _GI, _A, _CD, _GPL, _AMP],
  [0, 0, 0, 0, 4, () => policyDetailListType, () => attachedPoliciesListType]
];
var InlinePolicy$ = [
  3,
  n0,
  _IPn,
  0,
  [_PN, _PD],
  [0, 0],
  2
];
var InlinePolicyIdentifierType$ = [
  3,
  n0,
  _IPIT,
  0,
  [_PN, _AT, _AN],
  [0, 0, 0],
  3
];
var InstanceProfile$ = [
  3,
  n0,
  _IP,
  0,
  [_Pa, _IPN, _IPI, _A, _CD, _Rol, _T],
  [0, 0, 0, 0, 4, () => roleListType, () => tagListType],
  6
];
var ListAccountAliasesResponse$ = [
  3,
  n0,
  _LAARi,
  0,
  [_AAc, _IT, _Ma],
  [64 | 0, 2, 0],
  1
];
var ListGroupPoliciesResponse$ = [
  3,
  n0,
  _LGPRi,
  0,
  [_PNo, _IT, _Ma],
  [64 | 0, 2, 0],
  1
];
var ListOrganizationsFeaturesResponse$ = [
  3,
  n0,
  _LOFRi,
  0,
  [_OIr, _EF],
  [0, 64 | 0]
];
var ListPoliciesGrantingServiceAccessRequest$ = [
  3,
  n0,
  _LPGSAR,
  0,
  [_A, _SNerv, _Ma],
  [0, 64 | 0, 0],
  2
];
var ListRolePoliciesResponse$ = [
  3,
  n0,
  _LRPRi,
  0,
  [_PNo, _IT, _Ma],
  [64 | 0, 2, 0],
  1
];
var ListUserPoliciesResponse$ = [
  3,
  n0,
  _LUPRi,
  0,
  [_PNo, _IT, _Ma],
  [64 | 0, 2, 0],
  1
];
var ManagedPolicyDetail$ = [
  3,
  n0,
  _MPD,
  0,
  [_PN, _PI, _A, _Pa, _DVI, _ACt, _PBUC, _IA, _D, _CD, _UD, _PVL],
  [0, 0, 0, 0, 0, 1, 1, 2, 0, 4, 4, () => policyDocumentVersionListType]
];
var OrderedOrganizationPolicyType$ = [
  3,
  n0,
  _OOPT,
  0,
  [_SCPIL],
  [64 | 0]
];
var OrganizationsDecisionDetail$ = [
  3,
  n0,
  _ODD,
  0,
  [_ABO],
  [2]
];
var ParameterDefinition$ = [
  3,
  n0,
  _PDa,
  0,
  [_N, _Ty, _ST, _D, _IR, _DV, _Im],
  [0, 0, 0, 0, 2, 0, 2],
  2
];
var PermissionsBoundaryDecisionDetail$ = [
  3,
  n0,
  _PBDD,
  0,
  [_ABPB],
  [2]
];
var PolicyDetail$ = [
  3,
  n0,
  _PDo,
  0,
  [_PN, _PD],
  [0, 0]
];
var PolicyParameter$ = [
  3,
  n0,
  _PPo,
  0,
  [_N, _Va, _Ty],
  [0, 64 | 0, 0]
];
var PolicyVersion$ = [
  3,
  n0,
  _PV,
  0,
  [_Do, _VI, _IDV, _CD],
  [0, 0, 2, 4]
];
var Position$ = [
  3,
  n0,
  _Pos,
  0,
  [_Li, _Col],
  [1, 1]
];
var PutAccountPropertiesRequest$ = [
  3,
  n0,
  _PAPR,
  0,
  [_Pr],
  [128 | 0],
  1
];
var ReplacementValueEntry$ = [
  3,
  n0,
  _RVE,
  0,
  [_Va],
  [64 | 0],
  1
];
var ResourceSpecificResult$ = [
  3,
  n0,
  _RSRe,
  0,
  [_ERN, _ERD, _MS, _MCV, _EDD, _PBDD],
  [0, 0, () => StatementListType, 64 | 0, 128 | 0, () => PermissionsBoundaryDecisionDetail$],
  2
];
var Role$ = [
  3,
  n0,
  _Ro,
  0,
  [_Pa, _RN, _RIo, _A, _CD, _ARPD, _D, _MSD, _MSSD, _PB, _T, _RLU, _SRT],
  [0, 0, 0, 0, 4, 0, 0, 1, 1, () => AttachedPermissionsBoundary$, () => tagListType, () => RoleLastUsed$, () => SourceRoleTemplate$],
  5
];
var RoleDetail$ = [
  3,
  n0,
  _RD,
  0,
  [_Pa, _RN, _RIo, _A, _CD, _ARPD, _IPL, _RPL, _AMP, _PB, _T, _RLU],
  [0, 0, 0, 0, 4, 0, () => instanceProfileListType, () => policyDetailListType, () => attachedPoliciesListType, () => AttachedPermissionsBoundary$, () => tagListType, () => RoleLastUsed$]
];
var RoleLastUsed$ = [
  3,
  n0,
  _RLU,
  0,
  [_LUD, _R],
  [4, 0]
];
var RoleTemplateVersion$ = [
  3,
  n0,
  _RTV,
  0,
  [_TA, _TN, _TVI, _D, _MVa, _DMV, _MBT, _MBV, _Ena, _MV, _RNP, _RPP, _RDP, _ARPDT, _IPT, _MPAa, _PBAe, _PDar, _RTT, _MSD, _VE, _CT, _UTp],
  [0, 0, 0, 0, 1, 1, 0, 0, 2, 1, 0, 0, 0, 0, () => inlinePolicyTemplateListType, 64 | 0, 0, () => parametersDefinitionListType, () => tagTemplateListType, 1, 2, 4, 4]
];
var RoleUsageType$ = [
  3,
  n0,
  _RUT,
  0,
  [_R, _Res],
  [0, 64 | 0]
];
var SAMLKeyHashEntry$ = [
  3,
  n0,
  _SAMLKHE,
  0,
  [_IURL, _KH],
  [0, 64 | 0]
];
var SimulateCustomPolicyRequest$ = [
  3,
  n0,
  _SCPR,
  0,
  [_PIL, _ANc, _PBPIL, _OOPIL, _RA, _RP, _RO, _CA, _CEo, _RHO, _MI, _Ma],
  [64 | 0, 64 | 0, 64 | 0, () => OrganizationPolicyListType, 64 | 0, 0, 0, 0, () => ContextEntryListType, 0, 1, 0],
  2
];
var SimulatePrincipalPolicyRequest$ = [
  3,
  n0,
  _SPPR,
  0,
  [_PSA, _ANc, _PIL, _PBPIL, _PEL, _RA, _RP, _RO, _CA, _CEo, _RHO, _MI, _Ma],
  [0, 64 | 0, 64 | 0, 64 | 0, () => PolicyExclusionsListType, 64 | 0, 0, 0, 0, () => ContextEntryListType, 0, 1, 0],
  2
];
var SourceRoleTemplate$ = [
  3,
  n0,
  _SRT,
  0,
  [_TA, _TMV],
  [0, 1],
  2
];
var Statement$ = [
  3,
  n0,
  _Sta,
  0,
  [_SPI, _SPT, _SPt, _EPn],
  [0, 0, () => Position$, () => Position$]
];
var Tag$ = [
  3,
  n0,
  _Ta,
  0,
  [_K, _Val],
  [0, 0],
  2
];
var TagTemplate$ = [
  3,
  n0,
  _TT,
  0,
  [_K, _Val],
  [0, 0],
  2
];
var UntagInstanceProfileRequest$ = [
  3,
  n0,
  _UIPR,
  0,
  [_IPN, _TKa],
  [0, 64 | 0],
  2
];
var UntagMFADeviceRequest$ = [
  3,
  n0,
  _UMFADR,
  0,
  [_SNer, _TKa],
  [0, 64 | 0],
  2
];
var UntagOpenIDConnectProviderRequest$ = [
  3,
  n0,
  _UOIDCPR,
  0,
  [_OIDCPA, _TKa],
  [0, 64 | 0],
  2
];
var UntagPolicyRequest$ = [
  3,
  n0,
  _UPR,
  0,
  [_PA, _TKa],
  [0, 64 | 0],
  2
];
var UntagRoleRequest$ = [
  3,
  n0,
  _URR,
  0,
  [_RN, _TKa],
  [0, 64 | 0],
  2
];
var UntagSAMLProviderRequest$ = [
  3,
  n0,
  _USAMLPR,
  0,
  [_SAMLPA, _TKa],
  [0, 64 | 0],
  2
];
var UntagServerCertificateRequest$ = [
  3,
  n0,
  _USCR,
  0,
  [_SCN, _TKa],
  [0, 64 | 0],
  2
];
var UntagUserRequest$ = [
  3,
  n0,
  _UUR,
  0,
  [_UN, _TKa],
  [0, 64 | 0],
  2
];
var UpdateOpenIDConnectProviderThumbprintRequest$ = [
  3,
  n0,
  _UOIDCPTR,
  0,
  [_OIDCPA, _TL],
  [0, 64 | 0],
  2
];
var UserDetail$ = [
  3,
  n0,
  _UDs,
  0,
  [_Pa, _UN, _UI, _A, _CD, _UPL, _GL, _AMP, _PB, _T],
  [0, 0, 0, 0, 4, () => policyDetailListType, 64 | 0, () => attachedPoliciesListType, () => AttachedPermissionsBoundary$, () => tagListType]
];
var accountAliasListType = 64 | 0;
var ActionNameListType = 64 | 0;
var ArnListType = 64 | 0;
var attachedPoliciesListType = [
  1,
  n0,
  _aPLT,
  0,
  () => AttachedPolicy$
];
var clientIDListType = 64 | 0;
var ContextEntryListType = [
  1,
  n0,
  _CELT,
  0,
  () => ContextEntry$
];
var ContextKeyNamesResultListType = 64 | 0;
var ContextKeyValueListType = 64 | 0;
var entityListType = 64 | 0;
var FeaturesListType = 64 | 0;
var groupDetailListType = [
  1,
  n0,
  _gDLT,
  0,
  () => GroupDetail$
];
var groupNameListType = 64 | 0;
var inlinePolicyTemplateListType = [
  1,
  n0,
  _iPTLT,
  0,
  () => InlinePolicy$
];
var instanceProfileListType = [
  1,
  n0,
  _iPLT,
  0,
  () => InstanceProfile$
];
var keyDefinitionListType = [
  1,
  n0,
  _kDLT,
  0,
  () => ContextProviderKeyDefinition$
];
var KeyHashListType = 64 | 0;
var managedPolicyArnListType = 64 | 0;
var ManagedPolicyDetailListType = [
  1,
  n0,
  _MPDLT,
  0,
  () => ManagedPolicyDetail$
];
var OrganizationPolicyListType = [
  1,
  n0,
  _OPLT,
  0,
  () => OrderedOrganizationPolicyType$
];
var parametersDefinitionListType = [
  1,
  n0,
  _pDLT,
  0,
  () => ParameterDefinition$
];
var policyDetailListType = [
  1,
  n0,
  _pDLTo,
  0,
  () => PolicyDetail$
];
var policyDocumentVersionListType = [
  1,
  n0,
  _pDVLT,
  0,
  () => PolicyVersion$
];
var PolicyExclusionsListType = [
  1,
  n0,
  _PELT,
  0,
  () => PolicyIdentifier$
];
var policyNameListType = 64 | 0;
var policyParameterListType = [
  1,
  n0,
  _pPLT,
  0,
  () => PolicyParameter$
];
var policyParameterValuesListType = 64 | 0;
var replacementValueListType = 64 | 0;
var ResourceNameListType = 64 | 0;
var ResourceSpecificResultListType = [
  1,
  n0,
  _RSRLT,
  0,
  () => ResourceSpecificResult$
];
var roleDetailListType = [
  1,
  n0,
  _rDLT,
  0,
  () => RoleDetail$
];
var roleListType = [
  1,
  n0,
  _rLT,
  0,
  () => Role$
];
var rolePermissionRestrictionArnListType = 64 | 0;
var serviceNamespaceListType = 64 | 0;
var SimulationPolicyListType = 64 | 0;
var StatementListType = [
  1,
  n0,
  _SLT,
  0,
  () => Statement$
];
var tagKeyListType = 64 | 0;
var tagListType = [
  1,
  n0,
  _tLT,
  0,
  () => Tag$
];
var tagTemplateListType = [
  1,
  n0,
  _tTLT,
  0,
  () => TagTemplate$
];
var thumbprintListType = 64 | 0;
var userDetailListType = [
  1,
  n0,
  _uDLT,
  0,
  () => UserDetail$
];
var accountPropertiesMapType = 128 | 0;
var CertificationMapType = 128 | 0;
var EvalDecisionDetailsType = 128 | 0;
var summaryMapType = 128 | 1;
var PolicyIdentifier$ = [
  4,
  n0,
  _PIo,
  0,
  [_PT, _PA, _IPIn],
  [0, 0, () => InlinePolicyIdentifierType$]
];
var GetAccountAuthorizationDetails$ = [
  9,
  n0,
  _GAAD,
  0,
  () => GetAccountAuthorizationDetailsRequest$,
  () => GetAccountAuthorizationDetailsResponse$
];

// node_modules/@aws-sdk/client-iam/dist-es/runtimeConfig.shared.js
var getRuntimeConfig = (config) => {
  return {
    apiVersion: "2010-05-08",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultIAMHttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsQueryProtocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.iam",
      errorTypeRegistries,
      xmlNamespace: "https://iam.amazonaws.com/doc/2010-05-08/",
      version: "2010-05-08",
      serviceTarget: "AWSIdentityManagementV20100508"
    },
    serviceId: config?.serviceId ?? "IAM",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-iam/dist-es/runtimeConfig.js
var getRuntimeConfig2 = (config) => {
  emitWarningIfUnsupportedVersion2(process.version);
  const defaultsMode = resolveDefaultsModeConfig(config);
  const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
  const clientSharedValues = getRuntimeConfig(config);
  emitWarningIfUnsupportedVersion(process.version);
  const loaderConfig = {
    profile: config?.profile,
    logger: clientSharedValues.logger
  };
  return {
    ...clientSharedValues,
    ...config,
    runtime: "node",
    defaultsMode,
    authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
    bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
    credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
    defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 3e5),
    defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: package_default.version }),
    maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
    region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
    requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
    retryMode: config?.retryMode ?? loadConfig({
      ...NODE_RETRY_MODE_CONFIG_OPTIONS,
      default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
    }, config),
    streamCollector: config?.streamCollector ?? streamCollector,
    useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
  };
};

// node_modules/@aws-sdk/client-iam/dist-es/auth/httpAuthExtensionConfiguration.js
var getHttpAuthExtensionConfiguration = (runtimeConfig) => {
  const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
  let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
  let _credentials = runtimeConfig.credentials;
  return {
    setHttpAuthScheme(httpAuthScheme) {
      const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
      if (index === -1) {
        _httpAuthSchemes.push(httpAuthScheme);
      } else {
        _httpAuthSchemes.splice(index, 1, httpAuthScheme);
      }
    },
    httpAuthSchemes() {
      return _httpAuthSchemes;
    },
    setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
      _httpAuthSchemeProvider = httpAuthSchemeProvider;
    },
    httpAuthSchemeProvider() {
      return _httpAuthSchemeProvider;
    },
    setCredentials(credentials) {
      _credentials = credentials;
    },
    credentials() {
      return _credentials;
    }
  };
};
var resolveHttpAuthRuntimeConfig = (config) => {
  return {
    httpAuthSchemes: config.httpAuthSchemes(),
    httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
    credentials: config.credentials()
  };
};

// node_modules/@aws-sdk/client-iam/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

// node_modules/@aws-sdk/client-iam/dist-es/IAMClient.js
var IAMClient = class extends Client {
  config;
  constructor(...[configuration]) {
    const _config_0 = getRuntimeConfig2(configuration || {});
    super(_config_0);
    this.initConfig = _config_0;
    const _config_1 = resolveClientEndpointParameters(_config_0);
    const _config_2 = resolveUserAgentConfig(_config_1);
    const _config_3 = resolveRetryConfig(_config_2);
    const _config_4 = resolveRegionConfig(_config_3);
    const _config_5 = resolveHostHeaderConfig(_config_4);
    const _config_6 = resolveEndpointConfig(_config_5);
    const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
    const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
    this.config = _config_8;
    this.middlewareStack.use(getSchemaSerdePlugin(this.config));
    this.middlewareStack.use(getUserAgentPlugin(this.config));
    this.middlewareStack.use(getRetryPlugin(this.config));
    this.middlewareStack.use(getContentLengthPlugin(this.config));
    this.middlewareStack.use(getHostHeaderPlugin(this.config));
    this.middlewareStack.use(getLoggerPlugin(this.config));
    this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
    this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
      httpAuthSchemeParametersProvider: defaultIAMHttpAuthSchemeParametersProvider,
      identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
        "aws.auth#sigv4": config.credentials
      })
    }));
    this.middlewareStack.use(getHttpSigningPlugin(this.config));
  }
  destroy() {
    super.destroy();
  }
};

// node_modules/@aws-sdk/client-iam/dist-es/commandBuilder.js
var command = makeBuilder(commonParams, "AWSIdentityManagementV20100508", "IAMClient", getEndpointPlugin);
var _ep0 = {};
var _mw0 = (Command, cs, config, o2) => [];

// node_modules/@aws-sdk/client-iam/dist-es/commands/GetAccountAuthorizationDetailsCommand.js
var GetAccountAuthorizationDetailsCommand = class extends command(_ep0, _mw0, "GetAccountAuthorizationDetails", GetAccountAuthorizationDetails$) {
};

// node_modules/@aws-sdk/client-cognito-identity/dist-es/auth/httpAuthSchemeProvider.js
var defaultCognitoIdentityHttpAuthSchemeParametersProvider = async (config, context, input) => {
  return {
    operation: getSmithyContext(context).operation,
    region: await normalizeProvider(config.region)() || (() => {
      throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
    })()
  };
};
function createAwsAuthSigv4HttpAuthOption2(authParameters) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: {
      name: "cognito-identity",
      region: authParameters.region
    },
    propertiesExtractor: (config, context) => ({
      signingProperties: {
        config,
        context
      }
    })
  };
}
function createSmithyApiNoAuthHttpAuthOption(authParameters) {
  return {
    schemeId: "smithy.api#noAuth"
  };
}
var defaultCognitoIdentityHttpAuthSchemeProvider = (authParameters) => {
  const options = [];
  switch (authParameters.operation) {
    case "GetCredentialsForIdentity":
      {
        options.push(createSmithyApiNoAuthHttpAuthOption(authParameters));
        break;
      }
      ;
    case "GetId":
      {
        options.push(createSmithyApiNoAuthHttpAuthOption(authParameters));
        break;
      }
      ;
    case "GetOpenIdToken":
      {
        options.push(createSmithyApiNoAuthHttpAuthOption(authParameters));
        break;
      }
      ;
    case "UnlinkIdentity":
      {
        options.push(createSmithyApiNoAuthHttpAuthOption(authParameters));
        break;
      }
      ;
    default: {
      options.push(createAwsAuthSigv4HttpAuthOption2(authParameters));
    }
  }
  return options;
};
var resolveHttpAuthSchemeConfig2 = (config) => {
  const config_0 = resolveAwsSdkSigV4Config(config);
  return Object.assign(config_0, {
    authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
  });
};

// node_modules/@aws-sdk/client-cognito-identity/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters2 = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "cognito-identity"
  });
};
var commonParams2 = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-cognito-identity/package.json
var package_default2 = {
  name: "@aws-sdk/client-cognito-identity",
  version: "3.1178.0",
  description: "AWS SDK for JavaScript Cognito Identity Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-cognito-identity",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-cognito-identity"
  },
  files: [
    "dist-*/**"
  ],
  sideEffects: false,
  main: "./dist-cjs/index.js",
  module: "./dist-es/index.js",
  browser: {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.browser"
  },
  types: "./dist-types/index.d.ts",
  typesVersions: {
    "<4.5": {
      "dist-types/*": [
        "dist-types/ts3.4/*"
      ]
    }
  },
  "react-native": {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.native"
  },
  scripts: {
    build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
    "build:cjs": "node ../../scripts/compilation/inline",
    "build:es": "premove dist-es && tsc -p tsconfig.es.json",
    "build:include:deps": 'yarn g:turbo run build -F="$npm_package_name"',
    "build:types": "premove dist-types && tsc -p tsconfig.types.json",
    "build:types:downlevel": "downlevel-dts dist-types dist-types/ts3.4",
    clean: "premove dist-cjs dist-es dist-types",
    "extract:docs": "api-extractor run --local",
    "generate:client": "node ../../scripts/generate-clients/single-service",
    test: "yarn g:vitest run --passWithNoTests",
    "test:watch": "yarn g:vitest watch --passWithNoTests",
    "test:integration": "yarn g:vitest run --passWithNoTests -c vitest.config.integ.mts",
    "test:integration:watch": "yarn g:vitest watch --passWithNoTests -c vitest.config.integ.mts",
    "test:e2e": "yarn g:vitest run -c vitest.config.e2e.mts",
    "test:e2e:watch": "yarn g:vitest watch -c vitest.config.e2e.mts",
    "test:index": "tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"
  },
  dependencies: {
    "@aws-sdk/core": "^3.981.2",
    "@aws-sdk/credential-provider-node": "^3.972.99",
    "@aws-sdk/types": "^3.975.1",
    "@smithy/core": "^3.41.1",
    "@smithy/fetch-http-handler": "^5.8.1",
    "@smithy/node-http-handler": "^4.14.2",
    "@smithy/types": "^4.20.0",
    tslib: "^2.6.2"
  },
  devDependencies: {
    "@aws-sdk/client-iam": "3.1178.0",
    "@smithy/snapshot-testing": "^2.4.0",
    "@tsconfig/node20": "20.1.8",
    "@types/chai": "^4.2.11",
    "@types/node": "^20.14.8",
    concurrently: "7.0.0",
    "downlevel-dts": "0.10.1",
    premove: "4.0.0",
    typescript: "~7.0.2",
    vitest: "^4.0.17"
  },
  engines: {
    node: ">=20.0.0"
  }
};

// node_modules/@aws-sdk/client-cognito-identity/dist-es/endpoint/bdd.js
var m2 = "ref";
var a2 = -1;
var b2 = true;
var c2 = "isSet";
var d2 = "PartitionResult";
var e2 = "booleanEquals";
var f2 = "getAttr";
var g2 = "stringEquals";
var h2 = { [m2]: "Endpoint" };
var i2 = { [m2]: d2 };
var j2 = { [m2]: "Region" };
var k2 = {};
var l2 = [j2];
var _data2 = {
  conditions: [
    [c2, [h2]],
    [c2, l2],
    ["aws.partition", l2, d2],
    [e2, [{ [m2]: "UseFIPS" }, b2]],
    [e2, [{ fn: f2, argv: [i2, "supportsFIPS"] }, b2]],
    [e2, [{ [m2]: "UseDualStack" }, b2]],
    [e2, [{ fn: f2, argv: [i2, "supportsDualStack"] }, b2]],
    [g2, [{ fn: f2, argv: [i2, "name"] }, "aws"]],
    [g2, [j2, "us-east-1"]],
    [g2, [j2, "us-east-2"]],
    [g2, [j2, "us-west-1"]],
    [g2, [j2, "us-west-2"]]
  ],
  results: [
    [a2],
    [a2, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a2, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [h2, k2],
    ["https://cognito-identity-fips.us-east-1.amazonaws.com", k2],
    ["https://cognito-identity-fips.us-east-2.amazonaws.com", k2],
    ["https://cognito-identity-fips.us-west-1.amazonaws.com", k2],
    ["https://cognito-identity-fips.us-west-2.amazonaws.com", k2],
    ["https://cognito-identity-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k2],
    [a2, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://cognito-identity-fips.{Region}.{PartitionResult#dnsSuffix}", k2],
    [a2, "FIPS is enabled but this partition does not support FIPS"],
    ["https://cognito-identity.{Region}.amazonaws.com", k2],
    ["https://cognito-identity.{Region}.{PartitionResult#dualStackDnsSuffix}", k2],
    [a2, "DualStack is enabled but this partition does not support DualStack"],
    ["https://cognito-identity.{Region}.{PartitionResult#dnsSuffix}", k2],
    [a2, "Invalid Configuration: Missing Region"]
  ]
};
var root2 = 2;
var r2 = 1e8;
var nodes2 = new Int32Array([
  -1,
  1,
  -1,
  0,
  17,
  3,
  1,
  4,
  r2 + 16,
  2,
  5,
  r2 + 16,
  3,
  9,
  6,
  5,
  7,
  r2 + 15,
  6,
  8,
  r2 + 14,
  7,
  r2 + 12,
  r2 + 13,
  4,
  11,
  10,
  5,
  r2 + 9,
  r2 + 11,
  5,
  12,
  r2 + 10,
  6,
  13,
  r2 + 9,
  8,
  r2 + 4,
  14,
  9,
  r2 + 5,
  15,
  10,
  r2 + 6,
  16,
  11,
  r2 + 7,
  r2 + 8,
  3,
  r2 + 1,
  18,
  5,
  r2 + 2,
  r2 + 3
]);
var bdd2 = BinaryDecisionDiagram.from(nodes2, root2, _data2.conditions, _data2.results);

// node_modules/@aws-sdk/client-cognito-identity/dist-es/endpoint/endpointResolver.js
var cache2 = new EndpointCache({
  size: 50,
  params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
});
var defaultEndpointResolver2 = (endpointParams, context = {}) => {
  return cache2.get(endpointParams, () => decideEndpoint(bdd2, {
    endpointParams,
    logger: context.logger
  }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

// node_modules/@aws-sdk/client-cognito-identity/dist-es/models/CognitoIdentityServiceException.js
var CognitoIdentityServiceException = class _CognitoIdentityServiceException extends ServiceException {
  static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.cognitoidentity#CognitoIdentityServiceException";
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _CognitoIdentityServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-cognito-identity/dist-es/models/errors.js
var InternalErrorException = class _InternalErrorException extends CognitoIdentityServiceException {
  static shapeId = "com.amazonaws.cognitoidentity#InternalErrorException";
  name = "InternalErrorException";
  $fault = "server";
  constructor(opts) {
    super({
      name: "InternalErrorException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _InternalErrorException.prototype);
  }
};
var InvalidParameterException = class _InvalidParameterException extends CognitoIdentityServiceException {
  static shapeId = "com.amazonaws.cognitoidentity#InvalidParameterException";
  name = "InvalidParameterException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidParameterException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidParameterException.prototype);
  }
};
var LimitExceededException2 = class _LimitExceededException extends CognitoIdentityServiceException {
  static shapeId = "com.amazonaws.cognitoidentity#LimitExceededException";
  name = "LimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "LimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _LimitExceededException.prototype);
  }
};
var NotAuthorizedException = class _NotAuthorizedException extends CognitoIdentityServiceException {
  static shapeId = "com.amazonaws.cognitoidentity#NotAuthorizedException";
  name = "NotAuthorizedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NotAuthorizedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NotAuthorizedException.prototype);
  }
};
var ResourceConflictException = class _ResourceConflictException extends CognitoIdentityServiceException {
  static shapeId = "com.amazonaws.cognitoidentity#ResourceConflictException";
  name = "ResourceConflictException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ResourceConflictException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceConflictException.prototype);
  }
};
var TooManyRequestsException = class _TooManyRequestsException extends CognitoIdentityServiceException {
  static shapeId = "com.amazonaws.cognitoidentity#TooManyRequestsException";
  name = "TooManyRequestsException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TooManyRequestsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyRequestsException.prototype);
  }
};
var ResourceNotFoundException = class _ResourceNotFoundException extends CognitoIdentityServiceException {
  static shapeId = "com.amazonaws.cognitoidentity#ResourceNotFoundException";
  name = "ResourceNotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ResourceNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceNotFoundException.prototype);
  }
};
var ExternalServiceException = class _ExternalServiceException extends CognitoIdentityServiceException {
  static shapeId = "com.amazonaws.cognitoidentity#ExternalServiceException";
  name = "ExternalServiceException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ExternalServiceException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ExternalServiceException.prototype);
  }
};
var InvalidIdentityPoolConfigurationException = class _InvalidIdentityPoolConfigurationException extends CognitoIdentityServiceException {
  static shapeId = "com.amazonaws.cognitoidentity#InvalidIdentityPoolConfigurationException";
  name = "InvalidIdentityPoolConfigurationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidIdentityPoolConfigurationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidIdentityPoolConfigurationException.prototype);
  }
};
var DeveloperUserAlreadyRegisteredException = class _DeveloperUserAlreadyRegisteredException extends CognitoIdentityServiceException {
  static shapeId = "com.amazonaws.cognitoidentity#DeveloperUserAlreadyRegisteredException";
  name = "DeveloperUserAlreadyRegisteredException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DeveloperUserAlreadyRegisteredException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DeveloperUserAlreadyRegisteredException.prototype);
  }
};
var ConcurrentModificationException2 = class _ConcurrentModificationException extends CognitoIdentityServiceException {
  static shapeId = "com.amazonaws.cognitoidentity#ConcurrentModificationException";
  name = "ConcurrentModificationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ConcurrentModificationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConcurrentModificationException.prototype);
  }
};

// node_modules/@aws-sdk/client-cognito-identity/dist-es/schemas/schemas_0.js
var _ACF = "AllowClassicFlow";
var _ARR = "AmbiguousRoleResolution";
var _AUI = "AllowUnauthenticatedIdentities";
var _CD2 = "CreationDate";
var _CI = "ClientId";
var _CIP = "CognitoIdentityProvider";
var _CIPI = "CreateIdentityPoolInput";
var _CIPL = "CognitoIdentityProviderList";
var _CIPo = "CognitoIdentityProviders";
var _CME2 = "ConcurrentModificationException";
var _Cl = "Claim";
var _DII = "DeleteIdentitiesInput";
var _DIPIe = "DescribeIdentityPoolInput";
var _DIPe = "DescribeIdentityPool";
var _DPN = "DeveloperProviderName";
var _DUARE = "DeveloperUserAlreadyRegisteredException";
var _DUIL = "DeveloperUserIdentifierList";
var _ESE = "ExternalServiceException";
var _GIPR = "GetIdentityPoolRoles";
var _GIPRI = "GetIdentityPoolRolesInput";
var _GIPRR = "GetIdentityPoolRolesResponse";
var _GOITFDII = "GetOpenIdTokenForDeveloperIdentityInput";
var _GPTAM = "GetPrincipalTagAttributeMap";
var _GPTAMI = "GetPrincipalTagAttributeMapInput";
var _GPTAMR = "GetPrincipalTagAttributeMapResponse";
var _ID = "IdentityDescription";
var _IEE = "InternalErrorException";
var _II = "IdentityId";
var _IIPCE = "InvalidIdentityPoolConfigurationException";
var _IITD = "IdentityIdsToDelete";
var _IP2 = "IdentityPool";
var _IPE = "InvalidParameterException";
var _IPI2 = "IdentityPoolId";
var _IPL2 = "IdentityPoolsList";
var _IPN2 = "IdentityPoolName";
var _IPNd = "IdentityProviderName";
var _IPSD = "IdentityPoolShortDescription";
var _IPT2 = "IdentityProviderToken";
var _IPTd = "IdentityPoolTags";
var _IPd = "IdentityPools";
var _L = "Logins";
var _LDIR = "LookupDeveloperIdentityResponse";
var _LEE2 = "LimitExceededException";
var _LIP = "ListIdentityPools";
var _LIPI = "ListIdentityPoolsInput";
var _LIPR = "ListIdentityPoolsResponse";
var _LM = "LoginsMap";
var _LMD = "LastModifiedDate";
var _LTFRR = "ListTagsForResourceResponse";
var _LTR = "LoginsToRemove";
var _MR = "MaxResults";
var _MRL = "MappingRulesList";
var _MRa = "MappingRule";
var _MT = "MatchType";
var _NAE = "NotAuthorizedException";
var _NT = "NextToken";
var _OICPARN = "OpenIdConnectProviderARNs";
var _PN2 = "ProviderName";
var _PT2 = "PrincipalTags";
var _R2 = "Roles";
var _RA2 = "ResourceArn";
var _RARN = "RoleARN";
var _RC = "RulesConfiguration";
var _RCE = "ResourceConflictException";
var _RCT = "RulesConfigurationType";
var _RM2 = "RoleMappings";
var _RMM = "RoleMappingMap";
var _RMo = "RoleMapping";
var _RNFE = "ResourceNotFoundException";
var _Ru = "Rules";
var _SIPRI = "SetIdentityPoolRolesInput";
var _SLP = "SupportedLoginProviders";
var _SPARN = "SamlProviderARNs";
var _SPTAMI = "SetPrincipalTagAttributeMapInput";
var _SPTAMR = "SetPrincipalTagAttributeMapResponse";
var _SSTC = "ServerSideTokenCheck";
var _TD = "TokenDuration";
var _TK2 = "TagKeys";
var _TMRE = "TooManyRequestsException";
var _TRI = "TagResourceInput";
var _Ta2 = "Tags";
var _Ty2 = "Type";
var _UD2 = "UseDefaults";
var _UIIn = "UnlinkIdentityInput";
var _URI = "UntagResourceInput";
var _V = "Value";
var _c2 = "client";
var _e2 = "error";
var _hE2 = "httpError";
var _m2 = "message";
var _s2 = "smithy.ts.sdk.synthetic.com.amazonaws.cognitoidentity";
var _se2 = "server";
var n02 = "com.amazonaws.cognitoidentity";
var _s_registry2 = new TypeRegistry(_s2);
var CognitoIdentityServiceException$ = [-3, _s2, "CognitoIdentityServiceException", 0, [], []];
_s_registry2.registerError(CognitoIdentityServiceException$, CognitoIdentityServiceException);
var n0_registry2 = new TypeRegistry(n02);
var ConcurrentModificationException$2 = [
  -3,
  n02,
  _CME2,
  { [_e2]: _c2, [_hE2]: 400 },
  [_m2],
  [0]
];
n0_registry2.registerError(ConcurrentModificationException$2, ConcurrentModificationException2);
var DeveloperUserAlreadyRegisteredException$ = [
  -3,
  n02,
  _DUARE,
  { [_e2]: _c2, [_hE2]: 400 },
  [_m2],
  [0]
];
n0_registry2.registerError(DeveloperUserAlreadyRegisteredException$, DeveloperUserAlreadyRegisteredException);
var ExternalServiceException$ = [
  -3,
  n02,
  _ESE,
  { [_e2]: _c2, [_hE2]: 400 },
  [_m2],
  [0]
];
n0_registry2.registerError(ExternalServiceException$, ExternalServiceException);
var InternalErrorException$ = [
  -3,
  n02,
  _IEE,
  { [_e2]: _se2 },
  [_m2],
  [0]
];
n0_registry2.registerError(InternalErrorException$, InternalErrorException);
var InvalidIdentityPoolConfigurationException$ = [
  -3,
  n02,
  _IIPCE,
  { [_e2]: _c2, [_hE2]: 400 },
  [_m2],
  [0]
];
n0_registry2.registerError(InvalidIdentityPoolConfigurationException$, InvalidIdentityPoolConfigurationException);
var InvalidParameterException$ = [
  -3,
  n02,
  _IPE,
  { [_e2]: _c2, [_hE2]: 400 },
  [_m2],
  [0]
];
n0_registry2.registerError(InvalidParameterException$, InvalidParameterException);
var LimitExceededException$2 = [
  -3,
  n02,
  _LEE2,
  { [_e2]: _c2, [_hE2]: 400 },
  [_m2],
  [0]
];
n0_registry2.registerError(LimitExceededException$2, LimitExceededException2);
var NotAuthorizedException$ = [
  -3,
  n02,
  _NAE,
  { [_e2]: _c2, [_hE2]: 403 },
  [_m2],
  [0]
];
n0_registry2.registerError(NotAuthorizedException$, NotAuthorizedException);
var ResourceConflictException$ = [
  -3,
  n02,
  _RCE,
  { [_e2]: _c2, [_hE2]: 409 },
  [_m2],
  [0]
];
n0_registry2.registerError(ResourceConflictException$, ResourceConflictException);
var ResourceNotFoundException$ = [
  -3,
  n02,
  _RNFE,
  { [_e2]: _c2, [_hE2]: 404 },
  [_m2],
  [0]
];
n0_registry2.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var TooManyRequestsException$ = [
  -3,
  n02,
  _TMRE,
  { [_e2]: _c2, [_hE2]: 429 },
  [_m2],
  [0]
];
n0_registry2.registerError(TooManyRequestsException$, TooManyRequestsException);
var errorTypeRegistries2 = [
  _s_registry2,
  n0_registry2
];
var IdentityProviderToken = [0, n02, _IPT2, 8, 0];
var CognitoIdentityProvider$ = [
  3,
  n02,
  _CIP,
  0,
  [_PN2, _CI, _SSTC],
  [0, 0, 2]
];
var CreateIdentityPoolInput$ = [
  3,
  n02,
  _CIPI,
  0,
  [_IPN2, _AUI, _ACF, _SLP, _DPN, _OICPARN, _CIPo, _SPARN, _IPTd],
  [0, 2, 2, 128 | 0, 0, 64 | 0, () => CognitoIdentityProviderList, 64 | 0, 128 | 0],
  2
];
var DeleteIdentitiesInput$ = [
  3,
  n02,
  _DII,
  0,
  [_IITD],
  [64 | 0],
  1
];
var DescribeIdentityPoolInput$ = [
  3,
  n02,
  _DIPIe,
  0,
  [_IPI2],
  [0],
  1
];
var GetIdentityPoolRolesInput$ = [
  3,
  n02,
  _GIPRI,
  0,
  [_IPI2],
  [0],
  1
];
var GetIdentityPoolRolesResponse$ = [
  3,
  n02,
  _GIPRR,
  0,
  [_IPI2, _R2, _RM2],
  [0, 128 | 0, () => RoleMappingMap]
];
var GetOpenIdTokenForDeveloperIdentityInput$ = [
  3,
  n02,
  _GOITFDII,
  0,
  [_IPI2, _L, _II, _PT2, _TD],
  [0, [() => LoginsMap, 0], 0, 128 | 0, 1],
  2
];
var GetPrincipalTagAttributeMapInput$ = [
  3,
  n02,
  _GPTAMI,
  0,
  [_IPI2, _IPNd],
  [0, 0],
  2
];
var GetPrincipalTagAttributeMapResponse$ = [
  3,
  n02,
  _GPTAMR,
  0,
  [_IPI2, _IPNd, _UD2, _PT2],
  [0, 0, 2, 128 | 0]
];
var IdentityDescription$ = [
  3,
  n02,
  _ID,
  0,
  [_II, _L, _CD2, _LMD],
  [0, 64 | 0, 4, 4]
];
var IdentityPool$ = [
  3,
  n02,
  _IP2,
  0,
  [_IPI2, _IPN2, _AUI, _ACF, _SLP, _DPN, _OICPARN, _CIPo, _SPARN, _IPTd],
  [0, 0, 2, 2, 128 | 0, 0, 64 | 0, () => CognitoIdentityProviderList, 64 | 0, 128 | 0],
  3
];
var IdentityPoolShortDescription$ = [
  3,
  n02,
  _IPSD,
  0,
  [_IPI2, _IPN2],
  [0, 0]
];
var ListIdentityPoolsInput$ = [
  3,
  n02,
  _LIPI,
  0,
  [_MR, _NT],
  [1, 0],
  1
];
var ListIdentityPoolsResponse$ = [
  3,
  n02,
  _LIPR,
  0,
  [_IPd, _NT],
  [() => IdentityPoolsList, 0]
];
var ListTagsForResourceResponse$ = [
  3,
  n02,
  _LTFRR,
  0,
  [_Ta2],
  [128 | 0]
];
var LookupDeveloperIdentityResponse$ = [
  3,
  n02,
  _LDIR,
  0,
  [_II, _DUIL, _NT],
  [0, 64 | 0, 0]
];
var MappingRule$ = [
  3,
  n02,
  _MRa,
  0,
  [_Cl, _MT, _V, _RARN],
  [0, 0, 0, 0],
  4
];
var RoleMapping$ = [
  3,
  n02,
  _RMo,
  0,
  [_Ty2, _ARR, _RC],
  [0, 0, () => RulesConfigurationType$],
  1
];
var RulesConfigurationType$ = [
  3,
  n02,
  _RCT,
  0,
  [_Ru],
  [() => MappingRulesList],
  1
];
var SetIdentityPoolRolesInput$ = [
  3,
  n02,
  _SIPRI,
  0,
  [_IPI2, _R2, _RM2],
  [0, 128 | 0, () => RoleMappingMap],
  2
];
var SetPrincipalTagAttributeMapInput$ = [
  3,
  n02,
  _SPTAMI,
  0,
  [_IPI2, _IPNd, _UD2, _PT2],
  [0, 0, 2, 128 | 0],
  2
];
var SetPrincipalTagAttributeMapResponse$ = [
  3,
  n02,
  _SPTAMR,
  0,
  [_IPI2, _IPNd, _UD2, _PT2],
  [0, 0, 2, 128 | 0]
];
var TagResourceInput$ = [
  3,
  n02,
  _TRI,
  0,
  [_RA2, _Ta2],
  [0, 128 | 0],
  2
];
var UnlinkIdentityInput$ = [
  3,
  n02,
  _UIIn,
  0,
  [_II, _L, _LTR],
  [0, [() => LoginsMap, 0], 64 | 0],
  3
];
var UntagResourceInput$ = [
  3,
  n02,
  _URI,
  0,
  [_RA2, _TK2],
  [0, 64 | 0],
  2
];
var CognitoIdentityProviderList = [
  1,
  n02,
  _CIPL,
  0,
  () => CognitoIdentityProvider$
];
var DeveloperUserIdentifierList = 64 | 0;
var IdentityIdList = 64 | 0;
var IdentityPoolsList = [
  1,
  n02,
  _IPL2,
  0,
  () => IdentityPoolShortDescription$
];
var IdentityPoolTagsListType = 64 | 0;
var LoginsList = 64 | 0;
var MappingRulesList = [
  1,
  n02,
  _MRL,
  0,
  () => MappingRule$
];
var OIDCProviderList = 64 | 0;
var SAMLProviderList = 64 | 0;
var IdentityPoolTagsType = 128 | 0;
var IdentityProviders = 128 | 0;
var LoginsMap = [
  2,
  n02,
  _LM,
  0,
  [
    0,
    0
  ],
  [
    () => IdentityProviderToken,
    0
  ]
];
var PrincipalTags = 128 | 0;
var RoleMappingMap = [
  2,
  n02,
  _RMM,
  0,
  0,
  () => RoleMapping$
];
var RolesMap = 128 | 0;
var DescribeIdentityPool$ = [
  9,
  n02,
  _DIPe,
  0,
  () => DescribeIdentityPoolInput$,
  () => IdentityPool$
];
var GetIdentityPoolRoles$ = [
  9,
  n02,
  _GIPR,
  0,
  () => GetIdentityPoolRolesInput$,
  () => GetIdentityPoolRolesResponse$
];
var GetPrincipalTagAttributeMap$ = [
  9,
  n02,
  _GPTAM,
  0,
  () => GetPrincipalTagAttributeMapInput$,
  () => GetPrincipalTagAttributeMapResponse$
];
var ListIdentityPools$ = [
  9,
  n02,
  _LIP,
  0,
  () => ListIdentityPoolsInput$,
  () => ListIdentityPoolsResponse$
];

// node_modules/@aws-sdk/client-cognito-identity/dist-es/runtimeConfig.shared.js
var getRuntimeConfig3 = (config) => {
  return {
    apiVersion: "2014-06-30",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver2,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultCognitoIdentityHttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      },
      {
        schemeId: "smithy.api#noAuth",
        identityProvider: (ipc) => ipc.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
        signer: new NoAuthSigner()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsJson1_1Protocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.cognitoidentity",
      errorTypeRegistries: errorTypeRegistries2,
      xmlNamespace: "http://cognito-identity.amazonaws.com/doc/2014-06-30/",
      version: "2014-06-30",
      serviceTarget: "AWSCognitoIdentityService"
    },
    serviceId: config?.serviceId ?? "Cognito Identity",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-cognito-identity/dist-es/runtimeConfig.js
var getRuntimeConfig4 = (config) => {
  emitWarningIfUnsupportedVersion2(process.version);
  const defaultsMode = resolveDefaultsModeConfig(config);
  const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
  const clientSharedValues = getRuntimeConfig3(config);
  emitWarningIfUnsupportedVersion(process.version);
  const loaderConfig = {
    profile: config?.profile,
    logger: clientSharedValues.logger
  };
  return {
    ...clientSharedValues,
    ...config,
    runtime: "node",
    defaultsMode,
    authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
    bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
    credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
    defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 3e5),
    defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: package_default2.version }),
    maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
    region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
    requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
    retryMode: config?.retryMode ?? loadConfig({
      ...NODE_RETRY_MODE_CONFIG_OPTIONS,
      default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
    }, config),
    streamCollector: config?.streamCollector ?? streamCollector,
    useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
  };
};

// node_modules/@aws-sdk/client-cognito-identity/dist-es/auth/httpAuthExtensionConfiguration.js
var getHttpAuthExtensionConfiguration2 = (runtimeConfig) => {
  const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
  let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
  let _credentials = runtimeConfig.credentials;
  return {
    setHttpAuthScheme(httpAuthScheme) {
      const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
      if (index === -1) {
        _httpAuthSchemes.push(httpAuthScheme);
      } else {
        _httpAuthSchemes.splice(index, 1, httpAuthScheme);
      }
    },
    httpAuthSchemes() {
      return _httpAuthSchemes;
    },
    setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
      _httpAuthSchemeProvider = httpAuthSchemeProvider;
    },
    httpAuthSchemeProvider() {
      return _httpAuthSchemeProvider;
    },
    setCredentials(credentials) {
      _credentials = credentials;
    },
    credentials() {
      return _credentials;
    }
  };
};
var resolveHttpAuthRuntimeConfig2 = (config) => {
  return {
    httpAuthSchemes: config.httpAuthSchemes(),
    httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
    credentials: config.credentials()
  };
};

// node_modules/@aws-sdk/client-cognito-identity/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions2 = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration2(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig2(extensionConfiguration));
};

// node_modules/@aws-sdk/client-cognito-identity/dist-es/CognitoIdentityClient.js
var CognitoIdentityClient = class extends Client {
  config;
  constructor(...[configuration]) {
    const _config_0 = getRuntimeConfig4(configuration || {});
    super(_config_0);
    this.initConfig = _config_0;
    const _config_1 = resolveClientEndpointParameters2(_config_0);
    const _config_2 = resolveUserAgentConfig(_config_1);
    const _config_3 = resolveRetryConfig(_config_2);
    const _config_4 = resolveRegionConfig(_config_3);
    const _config_5 = resolveHostHeaderConfig(_config_4);
    const _config_6 = resolveEndpointConfig(_config_5);
    const _config_7 = resolveHttpAuthSchemeConfig2(_config_6);
    const _config_8 = resolveRuntimeExtensions2(_config_7, configuration?.extensions || []);
    this.config = _config_8;
    this.middlewareStack.use(getSchemaSerdePlugin(this.config));
    this.middlewareStack.use(getUserAgentPlugin(this.config));
    this.middlewareStack.use(getRetryPlugin(this.config));
    this.middlewareStack.use(getContentLengthPlugin(this.config));
    this.middlewareStack.use(getHostHeaderPlugin(this.config));
    this.middlewareStack.use(getLoggerPlugin(this.config));
    this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
    this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
      httpAuthSchemeParametersProvider: defaultCognitoIdentityHttpAuthSchemeParametersProvider,
      identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
        "aws.auth#sigv4": config.credentials
      })
    }));
    this.middlewareStack.use(getHttpSigningPlugin(this.config));
  }
  destroy() {
    super.destroy();
  }
};

// node_modules/@aws-sdk/client-cognito-identity/dist-es/commandBuilder.js
var command2 = makeBuilder(commonParams2, "AWSCognitoIdentityService", "CognitoIdentityClient", getEndpointPlugin);
var _ep02 = {};
var _mw02 = (Command, cs, config, o2) => [];

// node_modules/@aws-sdk/client-cognito-identity/dist-es/commands/DescribeIdentityPoolCommand.js
var DescribeIdentityPoolCommand = class extends command2(_ep02, _mw02, "DescribeIdentityPool", DescribeIdentityPool$) {
};

// node_modules/@aws-sdk/client-cognito-identity/dist-es/commands/GetIdentityPoolRolesCommand.js
var GetIdentityPoolRolesCommand = class extends command2(_ep02, _mw02, "GetIdentityPoolRoles", GetIdentityPoolRoles$) {
};

// node_modules/@aws-sdk/client-cognito-identity/dist-es/commands/GetPrincipalTagAttributeMapCommand.js
var GetPrincipalTagAttributeMapCommand = class extends command2(_ep02, _mw02, "GetPrincipalTagAttributeMap", GetPrincipalTagAttributeMap$) {
};

// node_modules/@aws-sdk/client-cognito-identity/dist-es/commands/ListIdentityPoolsCommand.js
var ListIdentityPoolsCommand = class extends command2(_ep02, _mw02, "ListIdentityPools", ListIdentityPools$) {
};

// node_modules/@aws-sdk/client-cognito-identity-provider/dist-es/auth/httpAuthSchemeProvider.js
var defaultCognitoIdentityProviderHttpAuthSchemeParametersProvider = async (config, context, input) => {
  return {
    operation: getSmithyContext(context).operation,
    region: await normalizeProvider(config.region)() || (() => {
      throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
    })()
  };
};
function createAwsAuthSigv4HttpAuthOption3(authParameters) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: {
      name: "cognito-idp",
      region: authParameters.region
    },
    propertiesExtractor: (config, context) => ({
      signingProperties: {
        config,
        context
      }
    })
  };
}
function createSmithyApiNoAuthHttpAuthOption2(authParameters) {
  return {
    schemeId: "smithy.api#noAuth"
  };
}
var defaultCognitoIdentityProviderHttpAuthSchemeProvider = (authParameters) => {
  const options = [];
  switch (authParameters.operation) {
    case "AssociateSoftwareToken":
      {
        options.push(createSmithyApiNoAuthHttpAuthOption2(authParameters));
        break;
      }
      ;
    case "ChangePassword":
      {
        options.push(createSmithyApiNoAuthHttpAuthOption2(authParameters));
        break;
      }
      ;
    case "CompleteWebAuthnRegistration":
      {
        options.push(createSmithyApiNoAuthHttpAuthOption2(authParameters));
        break;
      }
      ;
    case "ConfirmDevice":
      {
        options.push(createSmithyApiNoAuthHttpAuthOption2(authParameters));
        break;
      }
      ;
    case "ConfirmForgotPassword":
      {
        options.push(createSmithyApiNoAuthHttpAuthOption2(authParameters));
        break;
      }
      ;
    case "ConfirmSignUp":
      {
        options.push(createSmithyApiNoAuthHttpAuthOption2(authParameters));
        break;
      }
      ;
    case "DeleteUser":
      {
        options.push(createSmithyApiNoAuthHttpAuthOption2(authParameters));
        break;
      }
      ;
    case "DeleteUserAttributes":
      {
        options.push(createSmithyApiNoAuthHttpAuthOption2(authParameters));
        break;
      }
      ;
    case "DeleteWebAuthnCredential":
      {
        options.push(createSmithyApiNoAuthHttpAuthOption2(authParameters));
        break;
      }
      ;
    case "ForgetDevice":
      {
        options.push(createSmithyApiNoAuthHttpAuthOption2(authParameters));
        break;
      }
      ;
    case "ForgotPassword":
      {
        options.push(createSmithyApiNoAuthHttpAuthOption2(authParameters));
        break;
      }
      ;
    case "GetDevice":
      {
        options.push(createSmithyApiNoAuthHttpAuthOption2(authParameters));
        break;
      }
      ;
    case "GetTokensFromRefreshToken":
      {
        options.push(createSmithyApiNoAuthHttpAuthOption2(authParameters));
        break;
      }
      ;
    case "GetUser":
      {
        options.push(createSmithyApiNoAuthHttpAuthOption2(authParameters));
        break;
      }
      ;
    case "GetUserAttributeVerificationCode":
      {
        options.push(createSmithyApiNoAuthHttpAuthOption2(authParameters));
        break;
      }
      ;
    case "GetUserAuthFactors":
      {
        options.push(createSmithyApiNoAuthHttpAuthOption2(authParameters));
        break;
      }
      ;
    case "GlobalSignOut":
      {
        options.push(createSmithyApiNoAuthHttpAuthOption2(authParameters));
        break;
      }
      ;
    case "InitiateAuth":
      {
        options.push(createSmithyApiNoAuthHttpAuthOption2(authParameters));
        break;
      }
      ;
    case "ListDevices":
      {
        options.push(createSmithyApiNoAuthHttpAuthOption2(authParameters));
        break;
      }
      ;
    case "ListUserSessions":
      {
        options.push(createSmithyApiNoAuthHttpAuthOption2(authParameters));
        break;
      }
      ;
    case "ListWebAuthnCredentials":
      {
        options.push(createSmithyApiNoAuthHttpAuthOption2(authParameters));
        break;
      }
      ;
    case "ResendConfirmationCode":
      {
        options.push(createSmithyApiNoAuthHttpAuthOption2(authParameters));
        break;
      }
      ;
    case "RespondToAuthChallenge":
      {
        options.push(createSmithyApiNoAuthHttpAuthOption2(authParameters));
        break;
      }
      ;
    case "RevokeToken":
      {
        options.push(createSmithyApiNoAuthHttpAuthOption2(authParameters));
        break;
      }
      ;
    case "RevokeUserSession":
      {
        options.push(createSmithyApiNoAuthHttpAuthOption2(authParameters));
        break;
      }
      ;
    case "SetUserMFAPreference":
      {
        options.push(createSmithyApiNoAuthHttpAuthOption2(authParameters));
        break;
      }
      ;
    case "SetUserSettings":
      {
        options.push(createSmithyApiNoAuthHttpAuthOption2(authParameters));
        break;
      }
      ;
    case "SignUp":
      {
        options.push(createSmithyApiNoAuthHttpAuthOption2(authParameters));
        break;
      }
      ;
    case "StartWebAuthnRegistration":
      {
        options.push(createSmithyApiNoAuthHttpAuthOption2(authParameters));
        break;
      }
      ;
    case "UpdateAuthEventFeedback":
      {
        options.push(createSmithyApiNoAuthHttpAuthOption2(authParameters));
        break;
      }
      ;
    case "UpdateDeviceStatus":
      {
        options.push(createSmithyApiNoAuthHttpAuthOption2(authParameters));
        break;
      }
      ;
    case "UpdateUserAttributes":
      {
        options.push(createSmithyApiNoAuthHttpAuthOption2(authParameters));
        break;
      }
      ;
    case "VerifySoftwareToken":
      {
        options.push(createSmithyApiNoAuthHttpAuthOption2(authParameters));
        break;
      }
      ;
    case "VerifyUserAttribute":
      {
        options.push(createSmithyApiNoAuthHttpAuthOption2(authParameters));
        break;
      }
      ;
    default: {
      options.push(createAwsAuthSigv4HttpAuthOption3(authParameters));
    }
  }
  return options;
};
var resolveHttpAuthSchemeConfig3 = (config) => {
  const config_0 = resolveAwsSdkSigV4Config(config);
  return Object.assign(config_0, {
    authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
  });
};

// node_modules/@aws-sdk/client-cognito-identity-provider/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters3 = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "cognito-idp"
  });
};
var commonParams3 = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-cognito-identity-provider/package.json
var package_default3 = {
  name: "@aws-sdk/client-cognito-identity-provider",
  version: "3.1178.0",
  description: "AWS SDK for JavaScript Cognito Identity Provider Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-cognito-identity-provider",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-cognito-identity-provider"
  },
  files: [
    "dist-*/**"
  ],
  sideEffects: false,
  main: "./dist-cjs/index.js",
  module: "./dist-es/index.js",
  browser: {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.browser"
  },
  types: "./dist-types/index.d.ts",
  typesVersions: {
    "<4.5": {
      "dist-types/*": [
        "dist-types/ts3.4/*"
      ]
    }
  },
  "react-native": {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.native"
  },
  scripts: {
    build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
    "build:cjs": "node ../../scripts/compilation/inline",
    "build:es": "premove dist-es && tsc -p tsconfig.es.json",
    "build:include:deps": 'yarn g:turbo run build -F="$npm_package_name"',
    "build:types": "premove dist-types && tsc -p tsconfig.types.json",
    "build:types:downlevel": "downlevel-dts dist-types dist-types/ts3.4",
    clean: "premove dist-cjs dist-es dist-types",
    "extract:docs": "api-extractor run --local",
    "generate:client": "node ../../scripts/generate-clients/single-service",
    "test:index": "tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"
  },
  dependencies: {
    "@aws-sdk/core": "^3.981.2",
    "@aws-sdk/credential-provider-node": "^3.972.99",
    "@aws-sdk/types": "^3.975.1",
    "@smithy/core": "^3.41.1",
    "@smithy/fetch-http-handler": "^5.8.1",
    "@smithy/node-http-handler": "^4.14.2",
    "@smithy/types": "^4.20.0",
    tslib: "^2.6.2"
  },
  devDependencies: {
    "@tsconfig/node20": "20.1.8",
    "@types/node": "^20.14.8",
    concurrently: "7.0.0",
    "downlevel-dts": "0.10.1",
    premove: "4.0.0",
    typescript: "~7.0.2"
  },
  engines: {
    node: ">=20.0.0"
  }
};

// node_modules/@aws-sdk/client-cognito-identity-provider/dist-es/endpoint/bdd.js
var m3 = "ref";
var a3 = -1;
var b3 = true;
var c3 = "isSet";
var d3 = "PartitionResult";
var e3 = "booleanEquals";
var f3 = "getAttr";
var g3 = "stringEquals";
var h3 = { [m3]: "Endpoint" };
var i3 = { [m3]: d3 };
var j3 = { [m3]: "Region" };
var k3 = {};
var l3 = [j3];
var _data3 = {
  conditions: [
    [c3, [h3]],
    [c3, l3],
    ["aws.partition", l3, d3],
    [e3, [{ [m3]: "UseFIPS" }, b3]],
    [e3, [{ fn: f3, argv: [i3, "supportsFIPS"] }, b3]],
    [e3, [{ [m3]: "UseDualStack" }, b3]],
    [e3, [{ fn: f3, argv: [i3, "supportsDualStack"] }, b3]],
    [g3, [{ fn: f3, argv: [i3, "name"] }, "aws"]],
    [g3, [j3, "us-east-1"]],
    [g3, [j3, "us-east-2"]],
    [g3, [j3, "us-west-1"]],
    [g3, [j3, "us-west-2"]]
  ],
  results: [
    [a3],
    [a3, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a3, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [h3, k3],
    ["https://cognito-idp-fips.us-east-1.amazonaws.com", k3],
    ["https://cognito-idp-fips.us-east-2.amazonaws.com", k3],
    ["https://cognito-idp-fips.us-west-1.amazonaws.com", k3],
    ["https://cognito-idp-fips.us-west-2.amazonaws.com", k3],
    ["https://cognito-idp-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k3],
    [a3, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://cognito-idp-fips.{Region}.{PartitionResult#dnsSuffix}", k3],
    [a3, "FIPS is enabled but this partition does not support FIPS"],
    ["https://cognito-idp.{Region}.amazonaws.com", k3],
    ["https://cognito-idp.{Region}.{PartitionResult#dualStackDnsSuffix}", k3],
    [a3, "DualStack is enabled but this partition does not support DualStack"],
    ["https://cognito-idp.{Region}.{PartitionResult#dnsSuffix}", k3],
    [a3, "Invalid Configuration: Missing Region"]
  ]
};
var root3 = 2;
var r3 = 1e8;
var nodes3 = new Int32Array([
  -1,
  1,
  -1,
  0,
  17,
  3,
  1,
  4,
  r3 + 16,
  2,
  5,
  r3 + 16,
  3,
  9,
  6,
  5,
  7,
  r3 + 15,
  6,
  8,
  r3 + 14,
  7,
  r3 + 12,
  r3 + 13,
  4,
  11,
  10,
  5,
  r3 + 9,
  r3 + 11,
  5,
  12,
  r3 + 10,
  6,
  13,
  r3 + 9,
  8,
  r3 + 4,
  14,
  9,
  r3 + 5,
  15,
  10,
  r3 + 6,
  16,
  11,
  r3 + 7,
  r3 + 8,
  3,
  r3 + 1,
  18,
  5,
  r3 + 2,
  r3 + 3
]);
var bdd3 = BinaryDecisionDiagram.from(nodes3, root3, _data3.conditions, _data3.results);

// node_modules/@aws-sdk/client-cognito-identity-provider/dist-es/endpoint/endpointResolver.js
var cache3 = new EndpointCache({
  size: 50,
  params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
});
var defaultEndpointResolver3 = (endpointParams, context = {}) => {
  return cache3.get(endpointParams, () => decideEndpoint(bdd3, {
    endpointParams,
    logger: context.logger
  }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

// node_modules/@aws-sdk/client-cognito-identity-provider/dist-es/models/CognitoIdentityProviderServiceException.js
var CognitoIdentityProviderServiceException = class _CognitoIdentityProviderServiceException extends ServiceException {
  static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.cognitoidentityprovider#CognitoIdentityProviderServiceException";
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _CognitoIdentityProviderServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-cognito-identity-provider/dist-es/models/errors.js
var AccessDeniedException = class _AccessDeniedException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#AccessDeniedException";
  name = "AccessDeniedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "AccessDeniedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AccessDeniedException.prototype);
  }
};
var InternalErrorException2 = class _InternalErrorException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#InternalErrorException";
  name = "InternalErrorException";
  $fault = "server";
  constructor(opts) {
    super({
      name: "InternalErrorException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _InternalErrorException.prototype);
  }
};
var InvalidParameterException2 = class _InvalidParameterException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#InvalidParameterException";
  name = "InvalidParameterException";
  $fault = "client";
  reasonCode;
  constructor(opts) {
    super({
      name: "InvalidParameterException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidParameterException.prototype);
    this.reasonCode = opts.reasonCode;
  }
};
var NotAuthorizedException2 = class _NotAuthorizedException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#NotAuthorizedException";
  name = "NotAuthorizedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NotAuthorizedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NotAuthorizedException.prototype);
  }
};
var OperationNotEnabledException = class _OperationNotEnabledException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#OperationNotEnabledException";
  name = "OperationNotEnabledException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "OperationNotEnabledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OperationNotEnabledException.prototype);
  }
};
var ResourceNotFoundException2 = class _ResourceNotFoundException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#ResourceNotFoundException";
  name = "ResourceNotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ResourceNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceNotFoundException.prototype);
  }
};
var TooManyRequestsException2 = class _TooManyRequestsException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#TooManyRequestsException";
  name = "TooManyRequestsException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TooManyRequestsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyRequestsException.prototype);
  }
};
var UserImportInProgressException = class _UserImportInProgressException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#UserImportInProgressException";
  name = "UserImportInProgressException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UserImportInProgressException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UserImportInProgressException.prototype);
  }
};
var InternalServerException = class _InternalServerException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#InternalServerException";
  name = "InternalServerException";
  $fault = "server";
  constructor(opts) {
    super({
      name: "InternalServerException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _InternalServerException.prototype);
  }
};
var LimitExceededException3 = class _LimitExceededException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#LimitExceededException";
  name = "LimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "LimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _LimitExceededException.prototype);
  }
};
var UserNotFoundException = class _UserNotFoundException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#UserNotFoundException";
  name = "UserNotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UserNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UserNotFoundException.prototype);
  }
};
var InvalidLambdaResponseException = class _InvalidLambdaResponseException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#InvalidLambdaResponseException";
  name = "InvalidLambdaResponseException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidLambdaResponseException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidLambdaResponseException.prototype);
  }
};
var TooManyFailedAttemptsException = class _TooManyFailedAttemptsException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#TooManyFailedAttemptsException";
  name = "TooManyFailedAttemptsException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TooManyFailedAttemptsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyFailedAttemptsException.prototype);
  }
};
var UnexpectedLambdaException = class _UnexpectedLambdaException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#UnexpectedLambdaException";
  name = "UnexpectedLambdaException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UnexpectedLambdaException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnexpectedLambdaException.prototype);
  }
};
var UserLambdaValidationException = class _UserLambdaValidationException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#UserLambdaValidationException";
  name = "UserLambdaValidationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UserLambdaValidationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UserLambdaValidationException.prototype);
  }
};
var CodeDeliveryFailureException = class _CodeDeliveryFailureException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#CodeDeliveryFailureException";
  name = "CodeDeliveryFailureException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CodeDeliveryFailureException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CodeDeliveryFailureException.prototype);
  }
};
var InvalidPasswordException = class _InvalidPasswordException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#InvalidPasswordException";
  name = "InvalidPasswordException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidPasswordException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidPasswordException.prototype);
  }
};
var InvalidSmsRoleAccessPolicyException = class _InvalidSmsRoleAccessPolicyException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#InvalidSmsRoleAccessPolicyException";
  name = "InvalidSmsRoleAccessPolicyException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidSmsRoleAccessPolicyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidSmsRoleAccessPolicyException.prototype);
  }
};
var InvalidSmsRoleTrustRelationshipException = class _InvalidSmsRoleTrustRelationshipException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#InvalidSmsRoleTrustRelationshipException";
  name = "InvalidSmsRoleTrustRelationshipException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidSmsRoleTrustRelationshipException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidSmsRoleTrustRelationshipException.prototype);
  }
};
var PreconditionNotMetException = class _PreconditionNotMetException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#PreconditionNotMetException";
  name = "PreconditionNotMetException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "PreconditionNotMetException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PreconditionNotMetException.prototype);
  }
};
var UnsupportedUserStateException = class _UnsupportedUserStateException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#UnsupportedUserStateException";
  name = "UnsupportedUserStateException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UnsupportedUserStateException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnsupportedUserStateException.prototype);
  }
};
var UsernameExistsException = class _UsernameExistsException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#UsernameExistsException";
  name = "UsernameExistsException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UsernameExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UsernameExistsException.prototype);
  }
};
var UserNotConfirmedException = class _UserNotConfirmedException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#UserNotConfirmedException";
  name = "UserNotConfirmedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UserNotConfirmedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UserNotConfirmedException.prototype);
  }
};
var AliasExistsException = class _AliasExistsException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#AliasExistsException";
  name = "AliasExistsException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "AliasExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AliasExistsException.prototype);
  }
};
var InvalidUserPoolConfigurationException = class _InvalidUserPoolConfigurationException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#InvalidUserPoolConfigurationException";
  name = "InvalidUserPoolConfigurationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidUserPoolConfigurationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidUserPoolConfigurationException.prototype);
  }
};
var FeatureUnavailableInTierException = class _FeatureUnavailableInTierException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#FeatureUnavailableInTierException";
  name = "FeatureUnavailableInTierException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "FeatureUnavailableInTierException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _FeatureUnavailableInTierException.prototype);
  }
};
var InvalidEmailRoleAccessPolicyException = class _InvalidEmailRoleAccessPolicyException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#InvalidEmailRoleAccessPolicyException";
  name = "InvalidEmailRoleAccessPolicyException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidEmailRoleAccessPolicyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidEmailRoleAccessPolicyException.prototype);
  }
};
var MFAMethodNotFoundException = class _MFAMethodNotFoundException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#MFAMethodNotFoundException";
  name = "MFAMethodNotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "MFAMethodNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MFAMethodNotFoundException.prototype);
  }
};
var PasswordResetRequiredException = class _PasswordResetRequiredException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#PasswordResetRequiredException";
  name = "PasswordResetRequiredException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "PasswordResetRequiredException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PasswordResetRequiredException.prototype);
  }
};
var UnsupportedOperationException = class _UnsupportedOperationException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#UnsupportedOperationException";
  name = "UnsupportedOperationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UnsupportedOperationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnsupportedOperationException.prototype);
  }
};
var UserPoolAddOnNotEnabledException = class _UserPoolAddOnNotEnabledException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#UserPoolAddOnNotEnabledException";
  name = "UserPoolAddOnNotEnabledException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UserPoolAddOnNotEnabledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UserPoolAddOnNotEnabledException.prototype);
  }
};
var CodeMismatchException = class _CodeMismatchException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#CodeMismatchException";
  name = "CodeMismatchException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CodeMismatchException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CodeMismatchException.prototype);
  }
};
var ExpiredCodeException = class _ExpiredCodeException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#ExpiredCodeException";
  name = "ExpiredCodeException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ExpiredCodeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ExpiredCodeException.prototype);
  }
};
var PasswordHistoryPolicyViolationException = class _PasswordHistoryPolicyViolationException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#PasswordHistoryPolicyViolationException";
  name = "PasswordHistoryPolicyViolationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "PasswordHistoryPolicyViolationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PasswordHistoryPolicyViolationException.prototype);
  }
};
var SoftwareTokenMFANotFoundException = class _SoftwareTokenMFANotFoundException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#SoftwareTokenMFANotFoundException";
  name = "SoftwareTokenMFANotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "SoftwareTokenMFANotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SoftwareTokenMFANotFoundException.prototype);
  }
};
var ConcurrentModificationException3 = class _ConcurrentModificationException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#ConcurrentModificationException";
  name = "ConcurrentModificationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ConcurrentModificationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConcurrentModificationException.prototype);
  }
};
var ForbiddenException = class _ForbiddenException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#ForbiddenException";
  name = "ForbiddenException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ForbiddenException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ForbiddenException.prototype);
  }
};
var WebAuthnChallengeNotFoundException = class _WebAuthnChallengeNotFoundException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#WebAuthnChallengeNotFoundException";
  name = "WebAuthnChallengeNotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "WebAuthnChallengeNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _WebAuthnChallengeNotFoundException.prototype);
  }
};
var WebAuthnClientMismatchException = class _WebAuthnClientMismatchException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#WebAuthnClientMismatchException";
  name = "WebAuthnClientMismatchException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "WebAuthnClientMismatchException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _WebAuthnClientMismatchException.prototype);
  }
};
var WebAuthnCredentialNotSupportedException = class _WebAuthnCredentialNotSupportedException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#WebAuthnCredentialNotSupportedException";
  name = "WebAuthnCredentialNotSupportedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "WebAuthnCredentialNotSupportedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _WebAuthnCredentialNotSupportedException.prototype);
  }
};
var WebAuthnNotEnabledException = class _WebAuthnNotEnabledException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#WebAuthnNotEnabledException";
  name = "WebAuthnNotEnabledException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "WebAuthnNotEnabledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _WebAuthnNotEnabledException.prototype);
  }
};
var WebAuthnOriginNotAllowedException = class _WebAuthnOriginNotAllowedException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#WebAuthnOriginNotAllowedException";
  name = "WebAuthnOriginNotAllowedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "WebAuthnOriginNotAllowedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _WebAuthnOriginNotAllowedException.prototype);
  }
};
var WebAuthnRelyingPartyMismatchException = class _WebAuthnRelyingPartyMismatchException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#WebAuthnRelyingPartyMismatchException";
  name = "WebAuthnRelyingPartyMismatchException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "WebAuthnRelyingPartyMismatchException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _WebAuthnRelyingPartyMismatchException.prototype);
  }
};
var DeviceKeyExistsException = class _DeviceKeyExistsException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#DeviceKeyExistsException";
  name = "DeviceKeyExistsException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DeviceKeyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DeviceKeyExistsException.prototype);
  }
};
var GroupExistsException = class _GroupExistsException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#GroupExistsException";
  name = "GroupExistsException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "GroupExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _GroupExistsException.prototype);
  }
};
var DuplicateProviderException = class _DuplicateProviderException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#DuplicateProviderException";
  name = "DuplicateProviderException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DuplicateProviderException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DuplicateProviderException.prototype);
  }
};
var ManagedLoginBrandingExistsException = class _ManagedLoginBrandingExistsException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#ManagedLoginBrandingExistsException";
  name = "ManagedLoginBrandingExistsException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ManagedLoginBrandingExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ManagedLoginBrandingExistsException.prototype);
  }
};
var TermsExistsException = class _TermsExistsException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#TermsExistsException";
  name = "TermsExistsException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TermsExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TermsExistsException.prototype);
  }
};
var TierChangeNotAllowedException = class _TierChangeNotAllowedException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#TierChangeNotAllowedException";
  name = "TierChangeNotAllowedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TierChangeNotAllowedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TierChangeNotAllowedException.prototype);
  }
};
var UserPoolTaggingException = class _UserPoolTaggingException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#UserPoolTaggingException";
  name = "UserPoolTaggingException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UserPoolTaggingException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UserPoolTaggingException.prototype);
  }
};
var InvalidOAuthFlowException = class _InvalidOAuthFlowException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#InvalidOAuthFlowException";
  name = "InvalidOAuthFlowException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidOAuthFlowException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidOAuthFlowException.prototype);
  }
};
var ScopeDoesNotExistException = class _ScopeDoesNotExistException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#ScopeDoesNotExistException";
  name = "ScopeDoesNotExistException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ScopeDoesNotExistException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ScopeDoesNotExistException.prototype);
  }
};
var UnsupportedIdentityProviderException = class _UnsupportedIdentityProviderException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#UnsupportedIdentityProviderException";
  name = "UnsupportedIdentityProviderException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UnsupportedIdentityProviderException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnsupportedIdentityProviderException.prototype);
  }
};
var RefreshTokenReuseException = class _RefreshTokenReuseException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#RefreshTokenReuseException";
  name = "RefreshTokenReuseException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "RefreshTokenReuseException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _RefreshTokenReuseException.prototype);
  }
};
var UnauthorizedException = class _UnauthorizedException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#UnauthorizedException";
  name = "UnauthorizedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UnauthorizedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnauthorizedException.prototype);
  }
};
var UnsupportedTokenTypeException = class _UnsupportedTokenTypeException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#UnsupportedTokenTypeException";
  name = "UnsupportedTokenTypeException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UnsupportedTokenTypeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnsupportedTokenTypeException.prototype);
  }
};
var WebAuthnConfigurationMissingException = class _WebAuthnConfigurationMissingException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#WebAuthnConfigurationMissingException";
  name = "WebAuthnConfigurationMissingException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "WebAuthnConfigurationMissingException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _WebAuthnConfigurationMissingException.prototype);
  }
};
var CachedCIMDURLDoesNotExistException = class _CachedCIMDURLDoesNotExistException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#CachedCIMDURLDoesNotExistException";
  name = "CachedCIMDURLDoesNotExistException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CachedCIMDURLDoesNotExistException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CachedCIMDURLDoesNotExistException.prototype);
  }
};
var ServiceQuotaExceededException = class _ServiceQuotaExceededException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#ServiceQuotaExceededException";
  name = "ServiceQuotaExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ServiceQuotaExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceQuotaExceededException.prototype);
  }
};
var EnableSoftwareTokenMFAException = class _EnableSoftwareTokenMFAException extends CognitoIdentityProviderServiceException {
  static shapeId = "com.amazonaws.cognitoidentityprovider#EnableSoftwareTokenMFAException";
  name = "EnableSoftwareTokenMFAException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "EnableSoftwareTokenMFAException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EnableSoftwareTokenMFAException.prototype);
  }
};

// node_modules/@aws-sdk/client-cognito-identity-provider/dist-es/schemas/schemas_0.js
var _A2 = "Actions";
var _AA = "ApplicationArn";
var _AACUO = "AllowAdminCreateUserOnly";
var _AAl = "AliasAttributes";
var _AAu = "AuthenticatorAttachment";
var _AC = "AvailableChallenges";
var _ACSUR = "AdminConfirmSignUpRequest";
var _ACT = "AnalyticsConfigurationType";
var _ACTc = "AcrConfigurationType";
var _ACUC = "AdminCreateUserConfig";
var _ACUCT = "AdminCreateUserConfigType";
var _ACUR = "AdminCreateUserRequest";
var _ACc = "AcrConfiguration";
var _ACn = "AnalyticsConfiguration";
var _ADE = "AccessDeniedException";
var _ADT = "AttributeDataType";
var _ADUAR = "AdminDeleteUserAttributesRequest";
var _AEE = "AliasExistsException";
var _AEI = "AnalyticsEndpointId";
var _AF = "AuthFlow";
var _AFAF = "AllowedFirstAuthFactors";
var _AGT = "AuthenticatedGrantTypes";
var _AGUAFRd = "AdminGetUserAuthFactorsResponse";
var _AGURd = "AdminGetUserResponse";
var _AI2 = "ApplicationId";
var _AIAR = "AdminInitiateAuthRequest";
var _AIARd = "AdminInitiateAuthResponse";
var _ALCT = "AcrLevelConfigType";
var _ALTt = "AttributeListType";
var _AM = "AnalyticsMetadata";
var _AMT = "AnalyticsMetadataType";
var _AMc = "AcrMapping";
var _AMt = "AttributeMapping";
var _AN2 = "AttributeName";
var _AOAF = "AllowedOAuthFlows";
var _AOAFUPC = "AllowedOAuthFlowsUserPoolClient";
var _AOAS = "AllowedOAuthScopes";
var _AP2 = "AuthParameters";
var _APT = "AuthParametersType";
var _AR = "AuthenticationResult";
var _ARS = "AccountRecoverySetting";
var _ARST = "AccountRecoverySettingType";
var _ART = "AuthenticationResultType";
var _ARTACR = "AdminRespondToAuthChallengeRequest";
var _ARTACRd = "AdminRespondToAuthChallengeResponse";
var _ARUPR = "AdminResetUserPasswordRequest";
var _ARVBU = "AttributesRequireVerificationBeforeUpdate";
var _AS = "AllowedScopes";
var _ASAF = "AdvancedSecurityAdditionalFlows";
var _ASAFT = "AdvancedSecurityAdditionalFlowsType";
var _ASM = "AdvancedSecurityMode";
var _ASV = "AuthSessionValidity";
var _ATG = "AttributesToGet";
var _ATPN = "ActorTokenProviderName";
var _ATT = "ActorTokenType";
var _ATV = "AccessTokenValidity";
var _ATc = "AccessToken";
var _ATct = "ActorToken";
var _ATt = "AttributeType";
var _ATu = "AuthenticatorTransports";
var _AUUAR = "AdminUpdateUserAttributesRequest";
var _AV = "AcrValue";
var _AVA = "AutoVerifiedAttributes";
var _AVT = "AttributeValueType";
var _Ar = "Arn";
var _At = "Attributes";
var _Au = "Audiences";
var _BIPRL = "BlockedIPRangeList";
var _CAC = "CreateAuthChallenge";
var _CAM = "CustomAuthMode";
var _CAa = "CallerArn";
var _CAr = "CreatedAt";
var _CC = "ConfirmationCode";
var _CCAT = "CompromisedCredentialsActionsType";
var _CCIMDPR = "CreateCIMDPolicyRequest";
var _CCIMDURLDNEE = "CachedCIMDURLDoesNotExistException";
var _CCRCT = "CompromisedCredentialsRiskConfigurationType";
var _CD3 = "ContextData";
var _CDFE = "CodeDeliveryFailureException";
var _CDT = "ContextDataType";
var _CDa = "CacheDuration";
var _CDr = "CreationDate";
var _CDu = "CustomDomain";
var _CELVCT = "CustomEmailLambdaVersionConfigType";
var _CES = "CustomEmailSender";
var _CFPR = "ConfirmForgotPasswordRequest";
var _CI2 = "ClientId";
var _CIMDPI = "CIMDPolicyId";
var _CIMDPT = "CIMDPolicyType";
var _CIPR = "CreateIdentityProviderRequest";
var _CIT = "ClientIdType";
var _CIr = "CredentialId";
var _CM = "ClientMetadata";
var _CME3 = "CodeMismatchException";
var _CMEo = "ConcurrentModificationException";
var _CMu = "CustomMessage";
var _CN = "ChallengeName";
var _CNl = "ClientName";
var _CP2 = "ChallengeParameters";
var _CR = "ChallengeResponses";
var _CROND = "ChallengeRequiredOnNewDevice";
var _CRTh = "ChallengeResponsesType";
var _CS = "ClientSecret";
var _CSA = "ClientSecretArn";
var _CSMSLVCT = "CustomSMSLambdaVersionConfigType";
var _CSMSS = "CustomSMSSender";
var _CSN = "ConfigurationSetName";
var _CST = "ClientSecretType";
var _CSUR = "ConfirmSignUpRequest";
var _CSVH = "CSVHeader";
var _CSa = "CaseSensitive";
var _CSo = "ConfigurationSet";
var _CT2 = "ClientType";
var _CTR = "CreateTermsRequest";
var _CUAF = "ConfiguredUserAuthFactors";
var _CUPCR = "CreateUserPoolClientRequest";
var _CUPR = "CreateUserPoolRequest";
var _CUPRR = "CreateUserPoolReplicaRequest";
var _CURL = "CallbackURLs";
var _DAC = "DefineAuthChallenge";
var _DC = "DeviceConfiguration";
var _DCT = "DcrConfigurationType";
var _DCTe = "DeviceConfigurationType";
var _DCc = "DcrConfiguration";
var _DDM = "DesiredDeliveryMediums";
var _DEO = "DefaultEmailOption";
var _DGK = "DeviceGroupKey";
var _DK = "DeviceKey";
var _DKEE = "DeviceKeyExistsException";
var _DM = "DeliveryMedium";
var _DOA = "DeveloperOnlyAttribute";
var _DOROUP = "DeviceOnlyRememberedOnUserPrompt";
var _DP2 = "DeletionProtection";
var _DPE = "DuplicateProviderException";
var _DRURI = "DefaultRedirectURI";
var _DUAR = "DeleteUserAttributesRequest";
var _DUPCRe = "DescribeUserPoolClientRequest";
var _DUPCRes = "DescribeUserPoolClientResponse";
var _DUPCe = "DescribeUserPoolClient";
var _DUPRe = "DescribeUserPoolRequest";
var _DUPRes = "DescribeUserPoolResponse";
var _DUPe = "DescribeUserPool";
var _Desc = "Description";
var _Do2 = "Domain";
var _E = "Enabled";
var _EA = "EventAction";
var _EAF = "ExplicitAuthFlows";
var _EC = "EmailConfiguration";
var _ECE = "ExpiredCodeException";
var _ECF = "EmailConfigurationFailure";
var _ECT = "EmailConfigurationType";
var _EDn2 = "EncodedData";
var _EFv = "EventFilter";
var _EIx = "ExternalId";
var _EIxp = "ExpiresIn";
var _EM = "EmailMessage";
var _EMBL = "EmailMessageByLink";
var _EMC = "EmailMfaConfiguration";
var _EMCT = "EmailMfaConfigType";
var _ENOU = "EstimatedNumberOfUsers";
var _EPAUCD = "EnablePropagateAdditionalUserContextData";
var _ES = "EnableStatus";
var _ESA = "EmailSendingAccount";
var _ESBL = "EmailSubjectByLink";
var _ESCT = "EumsSmsConfigurationType";
var _ESTMFAE = "EnableSoftwareTokenMFAException";
var _ESm = "EmailSubject";
var _ESu = "EumsSms";
var _ETR = "EnableTokenRevocation";
var _EVM = "EmailVerificationMessage";
var _EVS = "EmailVerificationSubject";
var _En = "Enforcement";
var _F2 = "From";
var _FAC = "ForceAliasCreation";
var _FCN = "FriendlyCredentialName";
var _FCa = "FactorConfiguration";
var _FE = "ForbiddenException";
var _FPR = "ForgotPasswordRequest";
var _FUITE = "FeatureUnavailableInTierException";
var _Fe = "Feature";
var _Fi = "Filter";
var _G = "Groups";
var _GCSVHRe = "GetCSVHeaderResponse";
var _GCTR = "GetClientTokenRequest";
var _GDTR = "GetDerivedTokenRequest";
var _GDTRe = "GetDerivedTokenResponse";
var _GDTTMT = "GetDerivedTokenTokenModelType";
var _GEE = "GroupExistsException";
var _GLT = "GroupListType";
var _GN2 = "GroupName";
var _GS = "GenerateSecret";
var _GT = "GroupType";
var _GTFRTR = "GetTokensFromRefreshTokenRequest";
var _GUAFRe = "GetUserAuthFactorsResponse";
var _GUAVCR = "GetUserAttributeVerificationCodeRequest";
var _GUPMC = "GetUserPoolMfaConfig";
var _GUPMCR = "GetUserPoolMfaConfigRequest";
var _GUPMCRe = "GetUserPoolMfaConfigResponse";
var _GURe = "GetUserResponse";
var _HH = "HttpHeaders";
var _HHL = "HttpHeaderList";
var _HHt = "HttpHeader";
var _IA2 = "IpAddress";
var _IAR = "InitiateAuthRequest";
var _IARn = "InitiateAuthResponse";
var _IC = "IssuerConfiguration";
var _ICT = "IssuerConfigurationType";
var _IEE2 = "InternalErrorException";
var _IEI = "InEntityId";
var _IERAPE = "InvalidEmailRoleAccessPolicyException";
var _IF = "InboundFederation";
var _IFLT = "InboundFederationLambdaType";
var _II2 = "IdpIdentifiers";
var _ILRE = "InvalidLambdaResponseException";
var _IMT = "InviteMessageTemplate";
var _IOAFE = "InvalidOAuthFlowException";
var _IPE2 = "InvalidParameterException";
var _IPEn = "InvalidPasswordException";
var _IPT3 = "IdentityProviderType";
var _ISE = "InternalServerException";
var _ISRAPE = "InvalidSmsRoleAccessPolicyException";
var _ISRTRE = "InvalidSmsRoleTrustRelationshipException";
var _IT2 = "IdToken";
var _ITI = "InTemplateId";
var _ITT = "IssuedTokenType";
var _ITV = "IdTokenValidity";
var _ITs = "IssuedToken";
var _IUPCE = "InvalidUserPoolConfigurationException";
var _Id = "Id";
var _KC = "KeyConfiguration";
var _KCT = "KeyConfigurationType";
var _KKA = "KmsKeyArn";
var _KMSKID = "KMSKeyID";
var _KT = "KeyType";
var _L2 = "Limit";
var _LAa = "LambdaArn";
var _LC = "LambdaConfig";
var _LCT = "LambdaConfigType";
var _LCi = "LimitClass";
var _LDT = "LimitDefinitionType";
var _LEE3 = "LimitExceededException";
var _LG = "ListGroups";
var _LGR = "ListGroupsRequest";
var _LGRi = "ListGroupsResponse";
var _LMD2 = "LastModifiedDate";
var _LTFRRi = "ListTagsForResourceResponse";
var _LUP = "ListUserPools";
var _LUPC = "ListUserPoolClients";
var _LUPCR = "ListUserPoolClientsRequest";
var _LUPCRi = "ListUserPoolClientsResponse";
var _LUPR = "ListUserPoolsRequest";
var _LUPRi2 = "ListUserPoolsResponse";
var _LUR = "ListUsersRequest";
var _LURL = "LogoutURLs";
var _LV = "LambdaVersion";
var _Li2 = "Links";
var _M2 = "Message";
var _MAe = "MessageAction";
var _MC = "MfaConfiguration";
var _MFAMNFE = "MFAMethodNotFoundException";
var _MFAO = "MFAOptions";
var _MFAOLT = "MFAOptionListType";
var _MFAOT = "MFAOptionType";
var _ML = "MinimumLength";
var _MLBEE = "ManagedLoginBrandingExistsException";
var _MLa = "MaxLength";
var _MLi = "MinLength";
var _MR2 = "MaxResults";
var _MTT = "MessageTemplateType";
var _MV2 = "MinValue";
var _MVa2 = "MaxValue";
var _Mu = "Mutable";
var _NAC = "NumberAttributeConstraints";
var _NACT = "NumberAttributeConstraintsType";
var _NAE2 = "NotAuthorizedException";
var _NDM = "NewDeviceMetadata";
var _NDMT = "NewDeviceMetadataType";
var _NT2 = "NextToken";
var _Na = "Name";
var _ODE = "OpenDcrEnabled";
var _ODGT = "OpenDcrGrantTypes";
var _OI2 = "OriginationIdentity";
var _ONEE = "OperationNotEnabledException";
var _P2 = "Password";
var _PA2 = "PreAuthentication";
var _PAo = "PostAuthentication";
var _PC = "PostConfirmation";
var _PD2 = "ProviderDetails";
var _PHPVE = "PasswordHistoryPolicyViolationException";
var _PHS = "PasswordHistorySize";
var _PMS = "PreferredMfaSetting";
var _PN3 = "PolicyName";
var _PNME = "PreconditionNotMetException";
var _PNo2 = "PoolName";
var _PNr = "ProviderName";
var _PPT = "PasswordPolicyType";
var _PPa = "PasswordPolicy";
var _PRRE = "PasswordResetRequiredException";
var _PSIAWSSM = "PublishSecretsInAWSSecretsManager";
var _PSU = "PreSignUp";
var _PT3 = "PasswordType";
var _PTG = "PreTokenGeneration";
var _PTGC = "PreTokenGenerationConfig";
var _PTGVCT = "PreTokenGenerationVersionConfigType";
var _PTa = "PaginationToken";
var _PTr = "ProviderType";
var _PUEE = "PreventUserExistenceErrors";
var _Po = "Policies";
var _Pr2 = "Precedence";
var _Pri = "Priority";
var _RA3 = "RoleArn";
var _RAe = "ReadAttributes";
var _RAes = "ResourceArn";
var _RCCR = "ResendConfirmationCodeRequest";
var _RECT = "RiskExceptionConfigurationType";
var _RGPS = "RetryGracePeriodSeconds";
var _RLe = "RequireLowercase";
var _RM3 = "RecoveryMechanisms";
var _RMT = "RecoveryMechanismsType";
var _RN2 = "RegionName";
var _RNFE2 = "ResourceNotFoundException";
var _RNe2 = "RequireNumbers";
var _ROT = "RecoveryOptionType";
var _RPI = "RelyingPartyId";
var _RR2 = "ReplicaRegions";
var _RSeq = "RequireSymbols";
var _RT = "RefreshToken";
var _RTACR = "RespondToAuthChallengeRequest";
var _RTACRe = "RespondToAuthChallengeResponse";
var _RTEA = "ReplyToEmailAddress";
var _RTR = "RefreshTokenRotation";
var _RTRE = "RefreshTokenReuseException";
var _RTRT = "RefreshTokenRotationType";
var _RTT2 = "RequestedTokenType";
var _RTV2 = "RefreshTokenValidity";
var _RU2 = "RequireUppercase";
var _Re = "Region";
var _Req = "Required";
var _Res2 = "Resources";
var _S = "Session";
var _SA = "SourceArn";
var _SAC = "StringAttributeConstraints";
var _SACT = "StringAttributeConstraintsType";
var _SALT = "SchemaAttributesListType";
var _SAM = "SmsAuthenticationMessage";
var _SAT = "SchemaAttributeType";
var _SAc = "SchemaAttributes";
var _SCA = "SnsCallerArn";
var _SCF = "SmsConfigurationFailure";
var _SCTm = "SmsConfigurationType";
var _SCm = "SmsConfiguration";
var _SDNEE = "ScopeDoesNotExistException";
var _SH = "SecretHash";
var _SHT = "SecretHashType";
var _SIP = "SupportedIdentityProviders";
var _SIPRL = "SkippedIPRangeList";
var _SIPT = "SignInPolicyType";
var _SIPi = "SignInPolicy";
var _SM2 = "SmsMessage";
var _SMC = "SmsMfaConfiguration";
var _SMCT = "SmsMfaConfigType";
var _SMSM = "SMSMessage";
var _SN = "ServerName";
var _SP = "ServerPath";
var _SQEE = "ServiceQuotaExceededException";
var _SRn = "SnsRegion";
var _ST2 = "SessionType";
var _STMC = "SoftwareTokenMfaConfiguration";
var _STMCT = "SoftwareTokenMfaConfigType";
var _STMFANFE = "SoftwareTokenMFANotFoundException";
var _STPN = "SubjectTokenProviderName";
var _STT = "SubjectTokenType";
var _STu = "SubjectToken";
var _SUR = "SignUpRequest";
var _SVM = "SmsVerificationMessage";
var _Sc = "Scopes";
var _Sch = "Schema";
var _Sec = "Secret";
var _St2 = "Status";
var _Su = "Subject";
var _TCNAE = "TierChangeNotAllowedException";
var _TEE = "TermsExistsException";
var _TI = "TermsId";
var _TK3 = "TagKeys";
var _TMFAE = "TooManyFailedAttemptsException";
var _TMRE2 = "TooManyRequestsException";
var _TMT = "TokenModelType";
var _TN2 = "TermsName";
var _TP = "TemporaryPassword";
var _TPVD = "TemporaryPasswordValidityDays";
var _TRR = "TagResourceRequest";
var _TS = "TermsSource";
var _TT2 = "TokenType";
var _TTe = "TermsType";
var _TVU = "TokenValidityUnits";
var _TVUT = "TokenValidityUnitsType";
var _Ta3 = "Tags";
var _Ty3 = "Type";
var _U2 = "Username";
var _UA = "UserAttributes";
var _UAN = "UserAttributeNames";
var _UAUS = "UserAttributeUpdateSettings";
var _UAUST = "UserAttributeUpdateSettingsType";
var _UAVD = "UnusedAccountValidityDays";
var _UAs = "UsernameAttributes";
var _UC = "UsernameConfiguration";
var _UCD = "UserCreateDate";
var _UCDT = "UserContextDataType";
var _UCDs = "UserContextData";
var _UCIMDPR = "UpdateCIMDPolicyRequest";
var _UCT = "UsernameConfigurationType";
var _UDS = "UserDataShared";
var _UE = "UnauthorizedException";
var _UEE2 = "UsernameExistsException";
var _UIIPE = "UserImportInProgressException";
var _UIPE = "UnsupportedIdentityProviderException";
var _UIPR2 = "UpdateIdentityProviderRequest";
var _ULE = "UnexpectedLambdaException";
var _ULMD = "UserLastModifiedDate";
var _ULVE = "UserLambdaValidationException";
var _UM = "UserMigration";
var _UMFASL = "UserMFASettingList";
var _UNCE = "UserNotConfirmedException";
var _UNFE = "UserNotFoundException";
var _UOE = "UnsupportedOperationException";
var _UP = "UserPool";
var _UPAO = "UserPoolAddOns";
var _UPAONEE = "UserPoolAddOnNotEnabledException";
var _UPAOT = "UserPoolAddOnsType";
var _UPC = "UserPoolClient";
var _UPCD = "UserPoolClientDescription";
var _UPCLT = "UserPoolClientListType";
var _UPCT = "UserPoolClientType";
var _UPCs = "UserPoolClients";
var _UPDT = "UserPoolDescriptionType";
var _UPI = "UserPoolId";
var _UPLT = "UserPoolListType";
var _UPPT = "UserPoolPolicyType";
var _UPT = "UserPoolTags";
var _UPTE = "UserPoolTaggingException";
var _UPTs = "UserPoolTier";
var _UPTse = "UserPoolType";
var _UPs = "UserPools";
var _URLP = "URLPatterns";
var _URR2 = "UntagResourceRequest";
var _US = "UserStatus";
var _UT2 = "UsernameType";
var _UTR = "UpdateTermsRequest";
var _UTTE = "UnsupportedTokenTypeException";
var _UUAR = "UpdateUserAttributesRequest";
var _UUPCR = "UpdateUserPoolClientRequest";
var _UUPR = "UpdateUserPoolRequest";
var _UUSE = "UnsupportedUserStateException";
var _UV = "UserVerification";
var _V2 = "Value";
var _VACR = "VerifyAuthChallengeResponse";
var _VD = "ValidationData";
var _VMT = "VerificationMessageTemplate";
var _VMTT = "VerificationMessageTemplateType";
var _WA = "WriteAttributes";
var _WAC = "WebAuthnConfiguration";
var _WACD = "WebAuthnCredentialDescription";
var _WACME = "WebAuthnClientMismatchException";
var _WACMEe = "WebAuthnConfigurationMissingException";
var _WACNFE = "WebAuthnChallengeNotFoundException";
var _WACNSE = "WebAuthnCredentialNotSupportedException";
var _WACT = "WebAuthnConfigurationType";
var _WANEE = "WebAuthnNotEnabledException";
var _WAONAE = "WebAuthnOriginNotAllowedException";
var _WARPME = "WebAuthnRelyingPartyMismatchException";
var _c3 = "client";
var _e3 = "error";
var _hE3 = "httpError";
var _hN = "headerName";
var _hV = "headerValue";
var _m3 = "message";
var _rC = "reasonCode";
var _s3 = "smithy.ts.sdk.synthetic.com.amazonaws.cognitoidentityprovider";
var _se3 = "server";
var n03 = "com.amazonaws.cognitoidentityprovider";
var _s_registry3 = new TypeRegistry(_s3);
var CognitoIdentityProviderServiceException$ = [-3, _s3, "CognitoIdentityProviderServiceException", 0, [], []];
_s_registry3.registerError(CognitoIdentityProviderServiceException$, CognitoIdentityProviderServiceException);
var n0_registry3 = new TypeRegistry(n03);
var AccessDeniedException$ = [
  -3,
  n03,
  _ADE,
  { [_e3]: _c3, [_hE3]: 403 },
  [_m3],
  [0]
];
n0_registry3.registerError(AccessDeniedException$, AccessDeniedException);
var AliasExistsException$ = [
  -3,
  n03,
  _AEE,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(AliasExistsException$, AliasExistsException);
var CachedCIMDURLDoesNotExistException$ = [
  -3,
  n03,
  _CCIMDURLDNEE,
  { [_e3]: _c3, [_hE3]: 404 },
  [_m3],
  [0]
];
n0_registry3.registerError(CachedCIMDURLDoesNotExistException$, CachedCIMDURLDoesNotExistException);
var CodeDeliveryFailureException$ = [
  -3,
  n03,
  _CDFE,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(CodeDeliveryFailureException$, CodeDeliveryFailureException);
var CodeMismatchException$ = [
  -3,
  n03,
  _CME3,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(CodeMismatchException$, CodeMismatchException);
var ConcurrentModificationException$3 = [
  -3,
  n03,
  _CMEo,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(ConcurrentModificationException$3, ConcurrentModificationException3);
var DeviceKeyExistsException$ = [
  -3,
  n03,
  _DKEE,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(DeviceKeyExistsException$, DeviceKeyExistsException);
var DuplicateProviderException$ = [
  -3,
  n03,
  _DPE,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(DuplicateProviderException$, DuplicateProviderException);
var EnableSoftwareTokenMFAException$ = [
  -3,
  n03,
  _ESTMFAE,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(EnableSoftwareTokenMFAException$, EnableSoftwareTokenMFAException);
var ExpiredCodeException$ = [
  -3,
  n03,
  _ECE,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(ExpiredCodeException$, ExpiredCodeException);
var FeatureUnavailableInTierException$ = [
  -3,
  n03,
  _FUITE,
  { [_e3]: _c3, [_hE3]: 403 },
  [_m3],
  [0]
];
n0_registry3.registerError(FeatureUnavailableInTierException$, FeatureUnavailableInTierException);
var ForbiddenException$ = [
  -3,
  n03,
  _FE,
  { [_e3]: _c3, [_hE3]: 403 },
  [_m3],
  [0]
];
n0_registry3.registerError(ForbiddenException$, ForbiddenException);
var GroupExistsException$ = [
  -3,
  n03,
  _GEE,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(GroupExistsException$, GroupExistsException);
var InternalErrorException$2 = [
  -3,
  n03,
  _IEE2,
  { [_e3]: _se3 },
  [_m3],
  [0]
];
n0_registry3.registerError(InternalErrorException$2, InternalErrorException2);
var InternalServerException$ = [
  -3,
  n03,
  _ISE,
  { [_e3]: _se3 },
  [_m3],
  [0]
];
n0_registry3.registerError(InternalServerException$, InternalServerException);
var InvalidEmailRoleAccessPolicyException$ = [
  -3,
  n03,
  _IERAPE,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(InvalidEmailRoleAccessPolicyException$, InvalidEmailRoleAccessPolicyException);
var InvalidLambdaResponseException$ = [
  -3,
  n03,
  _ILRE,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(InvalidLambdaResponseException$, InvalidLambdaResponseException);
var InvalidOAuthFlowException$ = [
  -3,
  n03,
  _IOAFE,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(InvalidOAuthFlowException$, InvalidOAuthFlowException);
var InvalidParameterException$2 = [
  -3,
  n03,
  _IPE2,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3, _rC],
  [0, 0]
];
n0_registry3.registerError(InvalidParameterException$2, InvalidParameterException2);
var InvalidPasswordException$ = [
  -3,
  n03,
  _IPEn,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(InvalidPasswordException$, InvalidPasswordException);
var InvalidSmsRoleAccessPolicyException$ = [
  -3,
  n03,
  _ISRAPE,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(InvalidSmsRoleAccessPolicyException$, InvalidSmsRoleAccessPolicyException);
var InvalidSmsRoleTrustRelationshipException$ = [
  -3,
  n03,
  _ISRTRE,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(InvalidSmsRoleTrustRelationshipException$, InvalidSmsRoleTrustRelationshipException);
var InvalidUserPoolConfigurationException$ = [
  -3,
  n03,
  _IUPCE,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(InvalidUserPoolConfigurationException$, InvalidUserPoolConfigurationException);
var LimitExceededException$3 = [
  -3,
  n03,
  _LEE3,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(LimitExceededException$3, LimitExceededException3);
var ManagedLoginBrandingExistsException$ = [
  -3,
  n03,
  _MLBEE,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(ManagedLoginBrandingExistsException$, ManagedLoginBrandingExistsException);
var MFAMethodNotFoundException$ = [
  -3,
  n03,
  _MFAMNFE,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(MFAMethodNotFoundException$, MFAMethodNotFoundException);
var NotAuthorizedException$2 = [
  -3,
  n03,
  _NAE2,
  { [_e3]: _c3, [_hE3]: 403 },
  [_m3],
  [0]
];
n0_registry3.registerError(NotAuthorizedException$2, NotAuthorizedException2);
var OperationNotEnabledException$ = [
  -3,
  n03,
  _ONEE,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(OperationNotEnabledException$, OperationNotEnabledException);
var PasswordHistoryPolicyViolationException$ = [
  -3,
  n03,
  _PHPVE,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(PasswordHistoryPolicyViolationException$, PasswordHistoryPolicyViolationException);
var PasswordResetRequiredException$ = [
  -3,
  n03,
  _PRRE,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(PasswordResetRequiredException$, PasswordResetRequiredException);
var PreconditionNotMetException$ = [
  -3,
  n03,
  _PNME,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(PreconditionNotMetException$, PreconditionNotMetException);
var RefreshTokenReuseException$ = [
  -3,
  n03,
  _RTRE,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(RefreshTokenReuseException$, RefreshTokenReuseException);
var ResourceNotFoundException$2 = [
  -3,
  n03,
  _RNFE2,
  { [_e3]: _c3, [_hE3]: 404 },
  [_m3],
  [0]
];
n0_registry3.registerError(ResourceNotFoundException$2, ResourceNotFoundException2);
var ScopeDoesNotExistException$ = [
  -3,
  n03,
  _SDNEE,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(ScopeDoesNotExistException$, ScopeDoesNotExistException);
var ServiceQuotaExceededException$ = [
  -3,
  n03,
  _SQEE,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(ServiceQuotaExceededException$, ServiceQuotaExceededException);
var SoftwareTokenMFANotFoundException$ = [
  -3,
  n03,
  _STMFANFE,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(SoftwareTokenMFANotFoundException$, SoftwareTokenMFANotFoundException);
var TermsExistsException$ = [
  -3,
  n03,
  _TEE,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(TermsExistsException$, TermsExistsException);
var TierChangeNotAllowedException$ = [
  -3,
  n03,
  _TCNAE,
  { [_e3]: _c3, [_hE3]: 403 },
  [_m3],
  [0]
];
n0_registry3.registerError(TierChangeNotAllowedException$, TierChangeNotAllowedException);
var TooManyFailedAttemptsException$ = [
  -3,
  n03,
  _TMFAE,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(TooManyFailedAttemptsException$, TooManyFailedAttemptsException);
var TooManyRequestsException$2 = [
  -3,
  n03,
  _TMRE2,
  { [_e3]: _c3, [_hE3]: 429 },
  [_m3],
  [0]
];
n0_registry3.registerError(TooManyRequestsException$2, TooManyRequestsException2);
var UnauthorizedException$ = [
  -3,
  n03,
  _UE,
  { [_e3]: _c3, [_hE3]: 401 },
  [_m3],
  [0]
];
n0_registry3.registerError(UnauthorizedException$, UnauthorizedException);
var UnexpectedLambdaException$ = [
  -3,
  n03,
  _ULE,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(UnexpectedLambdaException$, UnexpectedLambdaException);
var UnsupportedIdentityProviderException$ = [
  -3,
  n03,
  _UIPE,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(UnsupportedIdentityProviderException$, UnsupportedIdentityProviderException);
var UnsupportedOperationException$ = [
  -3,
  n03,
  _UOE,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(UnsupportedOperationException$, UnsupportedOperationException);
var UnsupportedTokenTypeException$ = [
  -3,
  n03,
  _UTTE,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(UnsupportedTokenTypeException$, UnsupportedTokenTypeException);
var UnsupportedUserStateException$ = [
  -3,
  n03,
  _UUSE,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(UnsupportedUserStateException$, UnsupportedUserStateException);
var UserImportInProgressException$ = [
  -3,
  n03,
  _UIIPE,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(UserImportInProgressException$, UserImportInProgressException);
var UserLambdaValidationException$ = [
  -3,
  n03,
  _ULVE,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(UserLambdaValidationException$, UserLambdaValidationException);
var UsernameExistsException$ = [
  -3,
  n03,
  _UEE2,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(UsernameExistsException$, UsernameExistsException);
var UserNotConfirmedException$ = [
  -3,
  n03,
  _UNCE,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(UserNotConfirmedException$, UserNotConfirmedException);
var UserNotFoundException$ = [
  -3,
  n03,
  _UNFE,
  { [_e3]: _c3, [_hE3]: 404 },
  [_m3],
  [0]
];
n0_registry3.registerError(UserNotFoundException$, UserNotFoundException);
var UserPoolAddOnNotEnabledException$ = [
  -3,
  n03,
  _UPAONEE,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(UserPoolAddOnNotEnabledException$, UserPoolAddOnNotEnabledException);
var UserPoolTaggingException$ = [
  -3,
  n03,
  _UPTE,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(UserPoolTaggingException$, UserPoolTaggingException);
var WebAuthnChallengeNotFoundException$ = [
  -3,
  n03,
  _WACNFE,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(WebAuthnChallengeNotFoundException$, WebAuthnChallengeNotFoundException);
var WebAuthnClientMismatchException$ = [
  -3,
  n03,
  _WACME,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(WebAuthnClientMismatchException$, WebAuthnClientMismatchException);
var WebAuthnConfigurationMissingException$ = [
  -3,
  n03,
  _WACMEe,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(WebAuthnConfigurationMissingException$, WebAuthnConfigurationMissingException);
var WebAuthnCredentialNotSupportedException$ = [
  -3,
  n03,
  _WACNSE,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(WebAuthnCredentialNotSupportedException$, WebAuthnCredentialNotSupportedException);
var WebAuthnNotEnabledException$ = [
  -3,
  n03,
  _WANEE,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(WebAuthnNotEnabledException$, WebAuthnNotEnabledException);
var WebAuthnOriginNotAllowedException$ = [
  -3,
  n03,
  _WAONAE,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(WebAuthnOriginNotAllowedException$, WebAuthnOriginNotAllowedException);
var WebAuthnRelyingPartyMismatchException$ = [
  -3,
  n03,
  _WARPME,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(WebAuthnRelyingPartyMismatchException$, WebAuthnRelyingPartyMismatchException);
var errorTypeRegistries3 = [
  _s_registry3,
  n0_registry3
];
var AttributeValueType = [0, n03, _AVT, 8, 0];
var ClientIdType = [0, n03, _CIT, 8, 0];
var ClientSecretType = [0, n03, _CST, 8, 0];
var GetDerivedTokenTokenModelType = [0, n03, _GDTTMT, 8, 0];
var PasswordType = [0, n03, _PT3, 8, 0];
var SecretHashType = [0, n03, _SHT, 8, 0];
var SessionType = [0, n03, _ST2, 8, 0];
var TokenModelType = [0, n03, _TMT, 8, 0];
var UsernameType = [0, n03, _UT2, 8, 0];
var AccountRecoverySettingType$ = [
  3,
  n03,
  _ARST,
  0,
  [_RM3],
  [() => RecoveryMechanismsType]
];
var AcrLevelConfigType$ = [
  3,
  n03,
  _ALCT,
  0,
  [_AV],
  [0],
  1
];
var AdminConfirmSignUpRequest$ = [
  3,
  n03,
  _ACSUR,
  0,
  [_UPI, _U2, _CM],
  [0, [() => UsernameType, 0], 128 | 0],
  2
];
var AdminCreateUserConfigType$ = [
  3,
  n03,
  _ACUCT,
  0,
  [_AACUO, _UAVD, _IMT],
  [2, 1, () => MessageTemplateType$]
];
var AdminCreateUserRequest$ = [
  3,
  n03,
  _ACUR,
  0,
  [_UPI, _U2, _UA, _VD, _TP, _FAC, _MAe, _DDM, _CM],
  [0, [() => UsernameType, 0], [() => AttributeListType, 0], [() => AttributeListType, 0], [() => PasswordType, 0], 2, 0, 64 | 0, 128 | 0],
  2
];
var AdminDeleteUserAttributesRequest$ = [
  3,
  n03,
  _ADUAR,
  0,
  [_UPI, _U2, _UAN],
  [0, [() => UsernameType, 0], 64 | 0],
  3
];
var AdminGetUserAuthFactorsResponse$ = [
  3,
  n03,
  _AGUAFRd,
  0,
  [_U2, _PMS, _UMFASL, _CUAF],
  [[() => UsernameType, 0], 0, 64 | 0, 64 | 0],
  1
];
var AdminGetUserResponse$ = [
  3,
  n03,
  _AGURd,
  0,
  [_U2, _UA, _UCD, _ULMD, _E, _US, _MFAO, _PMS, _UMFASL],
  [[() => UsernameType, 0], [() => AttributeListType, 0], 4, 4, 2, 0, () => MFAOptionListType, 0, 64 | 0],
  1
];
var AdminInitiateAuthRequest$ = [
  3,
  n03,
  _AIAR,
  0,
  [_UPI, _CI2, _AF, _AP2, _CM, _AM, _CD3, _S],
  [0, [() => ClientIdType, 0], 0, [() => AuthParametersType, 0], 128 | 0, () => AnalyticsMetadataType$, () => ContextDataType$, [() => SessionType, 0]],
  3
];
var AdminInitiateAuthResponse$ = [
  3,
  n03,
  _AIARd,
  0,
  [_CN, _S, _CP2, _AR, _AC],
  [0, [() => SessionType, 0], 128 | 0, [() => AuthenticationResultType$, 0], 64 | 0]
];
var AdminResetUserPasswordRequest$ = [
  3,
  n03,
  _ARUPR,
  0,
  [_UPI, _U2, _CM],
  [0, [() => UsernameType, 0], 128 | 0],
  2
];
var AdminRespondToAuthChallengeRequest$ = [
  3,
  n03,
  _ARTACR,
  0,
  [_UPI, _CI2, _CN, _CR, _S, _AM, _CD3, _CM],
  [0, [() => ClientIdType, 0], 0, [() => ChallengeResponsesType, 0], [() => SessionType, 0], () => AnalyticsMetadataType$, () => ContextDataType$, 128 | 0],
  3
];
var AdminRespondToAuthChallengeResponse$ = [
  3,
  n03,
  _ARTACRd,
  0,
  [_CN, _S, _CP2, _AR, _AC],
  [0, [() => SessionType, 0], 128 | 0, [() => AuthenticationResultType$, 0], 64 | 0]
];
var AdminUpdateUserAttributesRequest$ = [
  3,
  n03,
  _AUUAR,
  0,
  [_UPI, _U2, _UA, _CM],
  [0, [() => UsernameType, 0], [() => AttributeListType, 0], 128 | 0],
  3
];
var AdvancedSecurityAdditionalFlowsType$ = [
  3,
  n03,
  _ASAFT,
  0,
  [_CAM],
  [0]
];
var AnalyticsConfigurationType$ = [
  3,
  n03,
  _ACT,
  0,
  [_AI2, _AA, _RA3, _EIx, _UDS],
  [0, 0, 0, 0, 2]
];
var AnalyticsMetadataType$ = [
  3,
  n03,
  _AMT,
  0,
  [_AEI],
  [0]
];
var AttributeType$ = [
  3,
  n03,
  _ATt,
  0,
  [_Na, _V2],
  [0, [() => AttributeValueType, 0]],
  1
];
var AuthenticationResultType$ = [
  3,
  n03,
  _ART,
  0,
  [_ATc, _EIxp, _TT2, _RT, _IT2, _NDM],
  [[() => TokenModelType, 0], 1, 0, [() => TokenModelType, 0], [() => TokenModelType, 0], () => NewDeviceMetadataType$]
];
var CIMDPolicyType$ = [
  3,
  n03,
  _CIMDPT,
  0,
  [_UPI, _CIMDPI, _PN3, _CI2, _CDa, _URLP, _CDr, _LMD2],
  [0, 0, 0, [() => ClientIdType, 0], 1, 64 | 0, 4, 4],
  3
];
var CompromisedCredentialsActionsType$ = [
  3,
  n03,
  _CCAT,
  0,
  [_EA],
  [0],
  1
];
var CompromisedCredentialsRiskConfigurationType$ = [
  3,
  n03,
  _CCRCT,
  0,
  [_A2, _EFv],
  [() => CompromisedCredentialsActionsType$, 64 | 0],
  1
];
var ConfirmForgotPasswordRequest$ = [
  3,
  n03,
  _CFPR,
  0,
  [_CI2, _U2, _CC, _P2, _SH, _AM, _UCDs, _CM],
  [[() => ClientIdType, 0], [() => UsernameType, 0], 0, [() => PasswordType, 0], [() => SecretHashType, 0], () => AnalyticsMetadataType$, [() => UserContextDataType$, 0], 128 | 0],
  4
];
var ConfirmSignUpRequest$ = [
  3,
  n03,
  _CSUR,
  0,
  [_CI2, _U2, _CC, _SH, _FAC, _AM, _UCDs, _CM, _S],
  [[() => ClientIdType, 0], [() => UsernameType, 0], 0, [() => SecretHashType, 0], 2, () => AnalyticsMetadataType$, [() => UserContextDataType$, 0], 128 | 0, [() => SessionType, 0]],
  3
];
var ContextDataType$ = [
  3,
  n03,
  _CDT,
  0,
  [_IA2, _SN, _SP, _HH, _EDn2],
  [0, 0, 0, () => HttpHeaderList, 0],
  4
];
var CreateCIMDPolicyRequest$ = [
  3,
  n03,
  _CCIMDPR,
  0,
  [_UPI, _CI2, _PN3, _URLP, _CDa],
  [0, [() => ClientIdType, 0], 0, 64 | 0, 1],
  4
];
var CreateIdentityProviderRequest$ = [
  3,
  n03,
  _CIPR,
  0,
  [_UPI, _PNr, _PTr, _PD2, _AMt, _II2, _AMc],
  [0, 0, 0, 128 | 0, 128 | 0, 64 | 0, 128 | 0],
  4
];
var CreateTermsRequest$ = [
  3,
  n03,
  _CTR,
  0,
  [_UPI, _CI2, _TN2, _TS, _En, _Li2],
  [0, [() => ClientIdType, 0], 0, 0, 0, 128 | 0],
  5
];
var CreateUserPoolClientRequest$ = [
  3,
  n03,
  _CUPCR,
  0,
  [_UPI, _CNl, _GS, _CS, _RTV2, _ATV, _ITV, _TVU, _RAe, _WA, _EAF, _SIP, _CURL, _LURL, _DRURI, _AOAF, _AOAS, _AOAFUPC, _ACn, _PUEE, _ETR, _EPAUCD, _ASV, _RTR, _PSIAWSSM],
  [0, 0, 2, [() => ClientSecretType, 0], 1, 1, 1, () => TokenValidityUnitsType$, 64 | 0, 64 | 0, 64 | 0, 64 | 0, 64 | 0, 64 | 0, 0, 64 | 0, 64 | 0, 2, () => AnalyticsConfigurationType$, 0, 2, 2, 1, () => RefreshTokenRotationType$, 2],
  2
];
var CreateUserPoolReplicaRequest$ = [
  3,
  n03,
  _CUPRR,
  0,
  [_UPI, _RN2, _UPT],
  [0, 0, 128 | 0],
  2
];
var CreateUserPoolRequest$ = [
  3,
  n03,
  _CUPR,
  0,
  [_PNo2, _Po, _DP2, _LC, _AVA, _AAl, _UAs, _SVM, _EVM, _EVS, _VMT, _SAM, _MC, _UAUS, _DC, _EC, _SCm, _UPT, _ACUC, _Sch, _UPAO, _DCc, _UC, _ARS, _UPTs, _KC, _IC, _ACc],
  [0, () => UserPoolPolicyType$, 0, () => LambdaConfigType$, 64 | 0, 64 | 0, 64 | 0, 0, 0, 0, () => VerificationMessageTemplateType$, 0, 0, () => UserAttributeUpdateSettingsType$, () => DeviceConfigurationType$, () => EmailConfigurationType$, () => SmsConfigurationType$, 128 | 0, () => AdminCreateUserConfigType$, () => SchemaAttributesListType, () => UserPoolAddOnsType$, () => DcrConfigurationType$, () => UsernameConfigurationType$, () => AccountRecoverySettingType$, 0, () => KeyConfigurationType$, () => IssuerConfigurationType$, () => AcrConfigurationType],
  1
];
var CustomEmailLambdaVersionConfigType$ = [
  3,
  n03,
  _CELVCT,
  0,
  [_LV, _LAa],
  [0, 0],
  2
];
var CustomSMSLambdaVersionConfigType$ = [
  3,
  n03,
  _CSMSLVCT,
  0,
  [_LV, _LAa],
  [0, 0],
  2
];
var DcrConfigurationType$ = [
  3,
  n03,
  _DCT,
  0,
  [_ES, _ODE, _AGT, _ODGT, _AS],
  [0, 2, 64 | 0, 64 | 0, 64 | 0]
];
var DeleteUserAttributesRequest$ = [
  3,
  n03,
  _DUAR,
  0,
  [_UAN, _ATc],
  [64 | 0, [() => TokenModelType, 0]],
  2
];
var DescribeUserPoolClientRequest$ = [
  3,
  n03,
  _DUPCRe,
  0,
  [_UPI, _CI2],
  [0, [() => ClientIdType, 0]],
  2
];
var DescribeUserPoolClientResponse$ = [
  3,
  n03,
  _DUPCRes,
  0,
  [_UPC],
  [[() => UserPoolClientType$, 0]]
];
var DescribeUserPoolRequest$ = [
  3,
  n03,
  _DUPRe,
  0,
  [_UPI],
  [0],
  1
];
var DescribeUserPoolResponse$ = [
  3,
  n03,
  _DUPRes,
  0,
  [_UP],
  [() => UserPoolType$]
];
var DeviceConfigurationType$ = [
  3,
  n03,
  _DCTe,
  0,
  [_CROND, _DOROUP],
  [2, 2]
];
var EmailConfigurationType$ = [
  3,
  n03,
  _ECT,
  0,
  [_SA, _RTEA, _ESA, _F2, _CSo],
  [0, 0, 0, 0, 0]
];
var EmailMfaConfigType$ = [
  3,
  n03,
  _EMCT,
  0,
  [_M2, _Su],
  [0, 0]
];
var EumsSmsConfigurationType$ = [
  3,
  n03,
  _ESCT,
  0,
  [_CAa, _EIx, _OI2, _CSN, _IEI, _ITI, _Re],
  [0, 0, 0, 0, 0, 0, 0],
  1
];
var ForgotPasswordRequest$ = [
  3,
  n03,
  _FPR,
  0,
  [_CI2, _U2, _SH, _UCDs, _AM, _CM],
  [[() => ClientIdType, 0], [() => UsernameType, 0], [() => SecretHashType, 0], [() => UserContextDataType$, 0], () => AnalyticsMetadataType$, 128 | 0],
  2
];
var GetClientTokenRequest$ = [
  3,
  n03,
  _GCTR,
  0,
  [_CI2, _Sec, _Sc, _CM],
  [[() => ClientIdType, 0], [() => ClientSecretType, 0], 64 | 0, 128 | 0],
  2
];
var GetCSVHeaderResponse$ = [
  3,
  n03,
  _GCSVHRe,
  0,
  [_UPI, _CSVH],
  [0, 64 | 0]
];
var GetDerivedTokenRequest$ = [
  3,
  n03,
  _GDTR,
  0,
  [_CI2, _STu, _STT, _CS, _STPN, _ATct, _ATT, _ATPN, _Sc, _Au, _Res2, _RTT2],
  [[() => ClientIdType, 0], [() => GetDerivedTokenTokenModelType, 0], 0, [() => ClientSecretType, 0], 0, [() => GetDerivedTokenTokenModelType, 0], 0, 0, 64 | 0, 64 | 0, 64 | 0, 0],
  3
];
var GetDerivedTokenResponse$ = [
  3,
  n03,
  _GDTRe,
  0,
  [_ITs, _ITT, _TT2, _EIxp, _Sc],
  [[() => TokenModelType, 0], 0, 0, 1, 64 | 0],
  3
];
var GetTokensFromRefreshTokenRequest$ = [
  3,
  n03,
  _GTFRTR,
  0,
  [_RT, _CI2, _CS, _DK, _CM],
  [[() => TokenModelType, 0], [() => ClientIdType, 0], [() => ClientSecretType, 0], 0, 128 | 0],
  2
];
var GetUserAttributeVerificationCodeRequest$ = [
  3,
  n03,
  _GUAVCR,
  0,
  [_ATc, _AN2, _CM],
  [[() => TokenModelType, 0], 0, 128 | 0],
  2
];
var GetUserAuthFactorsResponse$ = [
  3,
  n03,
  _GUAFRe,
  0,
  [_U2, _PMS, _UMFASL, _CUAF],
  [[() => UsernameType, 0], 0, 64 | 0, 64 | 0],
  1
];
var GetUserPoolMfaConfigRequest$ = [
  3,
  n03,
  _GUPMCR,
  0,
  [_UPI],
  [0],
  1
];
var GetUserPoolMfaConfigResponse$ = [
  3,
  n03,
  _GUPMCRe,
  0,
  [_SMC, _STMC, _EMC, _MC, _WAC],
  [() => SmsMfaConfigType$, () => SoftwareTokenMfaConfigType$, () => EmailMfaConfigType$, 0, () => WebAuthnConfigurationType$]
];
var GetUserResponse$ = [
  3,
  n03,
  _GURe,
  0,
  [_U2, _UA, _MFAO, _PMS, _UMFASL],
  [[() => UsernameType, 0], [() => AttributeListType, 0], () => MFAOptionListType, 0, 64 | 0],
  2
];
var GroupType$ = [
  3,
  n03,
  _GT,
  0,
  [_GN2, _UPI, _Desc, _RA3, _Pr2, _LMD2, _CDr],
  [0, 0, 0, 0, 1, 4, 4]
];
var HttpHeader$ = [
  3,
  n03,
  _HHt,
  0,
  [_hN, _hV],
  [0, 0]
];
var IdentityProviderType$ = [
  3,
  n03,
  _IPT3,
  0,
  [_UPI, _PNr, _PTr, _PD2, _AMt, _II2, _AMc, _LMD2, _CDr],
  [0, 0, 0, 128 | 0, 128 | 0, 64 | 0, 128 | 0, 4, 4]
];
var InboundFederationLambdaType$ = [
  3,
  n03,
  _IFLT,
  0,
  [_LV, _LAa],
  [0, 0],
  2
];
var InitiateAuthRequest$ = [
  3,
  n03,
  _IAR,
  0,
  [_AF, _CI2, _AP2, _CM, _AM, _UCDs, _S],
  [0, [() => ClientIdType, 0], [() => AuthParametersType, 0], 128 | 0, () => AnalyticsMetadataType$, [() => UserContextDataType$, 0], [() => SessionType, 0]],
  2
];
var InitiateAuthResponse$ = [
  3,
  n03,
  _IARn,
  0,
  [_CN, _S, _CP2, _AR, _AC],
  [0, [() => SessionType, 0], 128 | 0, [() => AuthenticationResultType$, 0], 64 | 0]
];
var IssuerConfigurationType$ = [
  3,
  n03,
  _ICT,
  0,
  [_Ty3],
  [0]
];
var KeyConfigurationType$ = [
  3,
  n03,
  _KCT,
  0,
  [_KT, _KKA],
  [0, 0]
];
var LambdaConfigType$ = [
  3,
  n03,
  _LCT,
  0,
  [_PSU, _CMu, _PC, _PA2, _PAo, _DAC, _CAC, _VACR, _PTG, _UM, _PTGC, _CSMSS, _CES, _KMSKID, _IF],
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, () => PreTokenGenerationVersionConfigType$, () => CustomSMSLambdaVersionConfigType$, () => CustomEmailLambdaVersionConfigType$, 0, () => InboundFederationLambdaType$]
];
var LimitDefinitionType$ = [
  3,
  n03,
  _LDT,
  0,
  [_LCi, _At],
  [0, 128 | 0],
  2
];
var ListGroupsRequest$ = [
  3,
  n03,
  _LGR,
  0,
  [_UPI, _L2, _NT2],
  [0, 1, 0],
  1
];
var ListGroupsResponse$ = [
  3,
  n03,
  _LGRi,
  0,
  [_G, _NT2],
  [() => GroupListType, 0]
];
var ListTagsForResourceResponse$2 = [
  3,
  n03,
  _LTFRRi,
  0,
  [_Ta3],
  [128 | 0]
];
var ListUserPoolClientsRequest$ = [
  3,
  n03,
  _LUPCR,
  0,
  [_UPI, _MR2, _NT2, _CT2],
  [0, 1, 0, 0],
  1
];
var ListUserPoolClientsResponse$ = [
  3,
  n03,
  _LUPCRi,
  0,
  [_UPCs, _NT2],
  [[() => UserPoolClientListType, 0], 0]
];
var ListUserPoolsRequest$ = [
  3,
  n03,
  _LUPR,
  0,
  [_MR2, _NT2],
  [1, 0],
  1
];
var ListUserPoolsResponse$ = [
  3,
  n03,
  _LUPRi2,
  0,
  [_UPs, _NT2],
  [() => UserPoolListType, 0]
];
var ListUsersRequest$ = [
  3,
  n03,
  _LUR,
  0,
  [_UPI, _ATG, _L2, _PTa, _Fi],
  [0, 64 | 0, 1, 0, 0],
  1
];
var MessageTemplateType$ = [
  3,
  n03,
  _MTT,
  0,
  [_SMSM, _EM, _ESm],
  [0, 0, 0]
];
var MFAOptionType$ = [
  3,
  n03,
  _MFAOT,
  0,
  [_DM, _AN2],
  [0, 0]
];
var NewDeviceMetadataType$ = [
  3,
  n03,
  _NDMT,
  0,
  [_DK, _DGK],
  [0, 0]
];
var NumberAttributeConstraintsType$ = [
  3,
  n03,
  _NACT,
  0,
  [_MV2, _MVa2],
  [0, 0]
];
var PasswordPolicyType$ = [
  3,
  n03,
  _PPT,
  0,
  [_ML, _RU2, _RLe, _RNe2, _RSeq, _PHS, _TPVD],
  [1, 2, 2, 2, 2, 1, 1]
];
var PreTokenGenerationVersionConfigType$ = [
  3,
  n03,
  _PTGVCT,
  0,
  [_LV, _LAa],
  [0, 0],
  2
];
var RecoveryOptionType$ = [
  3,
  n03,
  _ROT,
  0,
  [_Pri, _Na],
  [1, 0],
  2
];
var RefreshTokenRotationType$ = [
  3,
  n03,
  _RTRT,
  0,
  [_Fe, _RGPS],
  [0, 1],
  1
];
var ResendConfirmationCodeRequest$ = [
  3,
  n03,
  _RCCR,
  0,
  [_CI2, _U2, _SH, _UCDs, _AM, _CM],
  [[() => ClientIdType, 0], [() => UsernameType, 0], [() => SecretHashType, 0], [() => UserContextDataType$, 0], () => AnalyticsMetadataType$, 128 | 0],
  2
];
var RespondToAuthChallengeRequest$ = [
  3,
  n03,
  _RTACR,
  0,
  [_CI2, _CN, _S, _CR, _AM, _UCDs, _CM],
  [[() => ClientIdType, 0], 0, [() => SessionType, 0], [() => ChallengeResponsesType, 0], () => AnalyticsMetadataType$, [() => UserContextDataType$, 0], 128 | 0],
  2
];
var RespondToAuthChallengeResponse$ = [
  3,
  n03,
  _RTACRe,
  0,
  [_CN, _S, _CP2, _AR, _AC],
  [0, [() => SessionType, 0], 128 | 0, [() => AuthenticationResultType$, 0], 64 | 0]
];
var RiskExceptionConfigurationType$ = [
  3,
  n03,
  _RECT,
  0,
  [_BIPRL, _SIPRL],
  [64 | 0, 64 | 0]
];
var SchemaAttributeType$ = [
  3,
  n03,
  _SAT,
  0,
  [_Na, _ADT, _DOA, _Mu, _Req, _NAC, _SAC],
  [0, 0, 2, 2, 2, () => NumberAttributeConstraintsType$, () => StringAttributeConstraintsType$]
];
var SignInPolicyType$ = [
  3,
  n03,
  _SIPT,
  0,
  [_AFAF],
  [64 | 0]
];
var SignUpRequest$ = [
  3,
  n03,
  _SUR,
  0,
  [_CI2, _U2, _SH, _P2, _UA, _VD, _AM, _UCDs, _CM],
  [[() => ClientIdType, 0], [() => UsernameType, 0], [() => SecretHashType, 0], [() => PasswordType, 0], [() => AttributeListType, 0], [() => AttributeListType, 0], () => AnalyticsMetadataType$, [() => UserContextDataType$, 0], 128 | 0],
  2
];
var SmsConfigurationType$ = [
  3,
  n03,
  _SCTm,
  0,
  [_SCA, _EIx, _SRn, _ESu],
  [0, 0, 0, () => EumsSmsConfigurationType$]
];
var SmsMfaConfigType$ = [
  3,
  n03,
  _SMCT,
  0,
  [_SAM, _SCm],
  [0, () => SmsConfigurationType$]
];
var SoftwareTokenMfaConfigType$ = [
  3,
  n03,
  _STMCT,
  0,
  [_E],
  [2]
];
var StringAttributeConstraintsType$ = [
  3,
  n03,
  _SACT,
  0,
  [_MLi, _MLa],
  [0, 0]
];
var TagResourceRequest$ = [
  3,
  n03,
  _TRR,
  0,
  [_RAes, _Ta3],
  [0, 128 | 0],
  2
];
var TermsType$ = [
  3,
  n03,
  _TTe,
  0,
  [_TI, _UPI, _CI2, _TN2, _TS, _En, _Li2, _CDr, _LMD2],
  [0, 0, [() => ClientIdType, 0], 0, 0, 0, 128 | 0, 4, 4],
  9
];
var TokenValidityUnitsType$ = [
  3,
  n03,
  _TVUT,
  0,
  [_ATc, _IT2, _RT],
  [0, 0, 0]
];
var UntagResourceRequest$ = [
  3,
  n03,
  _URR2,
  0,
  [_RAes, _TK3],
  [0, 64 | 0],
  2
];
var UpdateCIMDPolicyRequest$ = [
  3,
  n03,
  _UCIMDPR,
  0,
  [_UPI, _CIMDPI, _CI2, _URLP, _PN3, _CDa],
  [0, 0, [() => ClientIdType, 0], 64 | 0, 0, 1],
  4
];
var UpdateIdentityProviderRequest$ = [
  3,
  n03,
  _UIPR2,
  0,
  [_UPI, _PNr, _PD2, _AMt, _II2, _AMc],
  [0, 0, 128 | 0, 128 | 0, 64 | 0, 128 | 0],
  2
];
var UpdateTermsRequest$ = [
  3,
  n03,
  _UTR,
  0,
  [_TI, _UPI, _TN2, _TS, _En, _Li2],
  [0, 0, 0, 0, 0, 128 | 0],
  2
];
var UpdateUserAttributesRequest$ = [
  3,
  n03,
  _UUAR,
  0,
  [_UA, _ATc, _CM],
  [[() => AttributeListType, 0], [() => TokenModelType, 0], 128 | 0],
  2
];
var UpdateUserPoolClientRequest$ = [
  3,
  n03,
  _UUPCR,
  0,
  [_UPI, _CI2, _CNl, _RTV2, _ATV, _ITV, _TVU, _RAe, _WA, _EAF, _SIP, _CURL, _LURL, _DRURI, _AOAF, _AOAS, _AOAFUPC, _ACn, _PUEE, _ETR, _EPAUCD, _ASV, _RTR, _PSIAWSSM],
  [0, [() => ClientIdType, 0], 0, 1, 1, 1, () => TokenValidityUnitsType$, 64 | 0, 64 | 0, 64 | 0, 64 | 0, 64 | 0, 64 | 0, 0, 64 | 0, 64 | 0, 2, () => AnalyticsConfigurationType$, 0, 2, 2, 1, () => RefreshTokenRotationType$, 2],
  2
];
var UpdateUserPoolRequest$ = [
  3,
  n03,
  _UUPR,
  0,
  [_UPI, _Po, _DP2, _LC, _AVA, _SVM, _EVM, _EVS, _VMT, _SAM, _UAUS, _MC, _DC, _EC, _SCm, _UPT, _ACUC, _UPAO, _DCc, _ARS, _PNo2, _UPTs, _KC, _IC, _ACc],
  [0, () => UserPoolPolicyType$, 0, () => LambdaConfigType$, 64 | 0, 0, 0, 0, () => VerificationMessageTemplateType$, 0, () => UserAttributeUpdateSettingsType$, 0, () => DeviceConfigurationType$, () => EmailConfigurationType$, () => SmsConfigurationType$, 128 | 0, () => AdminCreateUserConfigType$, () => UserPoolAddOnsType$, () => DcrConfigurationType$, () => AccountRecoverySettingType$, 0, 0, () => KeyConfigurationType$, () => IssuerConfigurationType$, () => AcrConfigurationType],
  1
];
var UserAttributeUpdateSettingsType$ = [
  3,
  n03,
  _UAUST,
  0,
  [_ARVBU],
  [64 | 0]
];
var UserContextDataType$ = [
  3,
  n03,
  _UCDT,
  8,
  [_IA2, _EDn2],
  [0, 0]
];
var UsernameConfigurationType$ = [
  3,
  n03,
  _UCT,
  0,
  [_CSa],
  [2],
  1
];
var UserPoolAddOnsType$ = [
  3,
  n03,
  _UPAOT,
  0,
  [_ASM, _ASAF],
  [0, () => AdvancedSecurityAdditionalFlowsType$],
  1
];
var UserPoolClientDescription$ = [
  3,
  n03,
  _UPCD,
  0,
  [_CI2, _UPI, _CNl],
  [[() => ClientIdType, 0], 0, 0]
];
var UserPoolClientType$ = [
  3,
  n03,
  _UPCT,
  0,
  [_UPI, _CNl, _CI2, _CS, _CSA, _LMD2, _CDr, _RTV2, _ATV, _ITV, _TVU, _RAe, _WA, _EAF, _SIP, _CURL, _LURL, _DRURI, _AOAF, _AOAS, _AOAFUPC, _ACn, _PUEE, _ETR, _EPAUCD, _ASV, _RTR, _CT2],
  [0, 0, [() => ClientIdType, 0], [() => ClientSecretType, 0], 0, 4, 4, 1, 1, 1, () => TokenValidityUnitsType$, 64 | 0, 64 | 0, 64 | 0, 64 | 0, 64 | 0, 64 | 0, 0, 64 | 0, 64 | 0, 2, () => AnalyticsConfigurationType$, 0, 2, 2, 1, () => RefreshTokenRotationType$, 0]
];
var UserPoolDescriptionType$ = [
  3,
  n03,
  _UPDT,
  0,
  [_Id, _Na, _LC, _St2, _LMD2, _CDr, _RR2],
  [0, 0, () => LambdaConfigType$, 0, 4, 4, 64 | 0]
];
var UserPoolPolicyType$ = [
  3,
  n03,
  _UPPT,
  0,
  [_PPa, _SIPi],
  [() => PasswordPolicyType$, () => SignInPolicyType$]
];
var UserPoolType$ = [
  3,
  n03,
  _UPTse,
  0,
  [_Id, _Na, _Po, _DP2, _LC, _St2, _LMD2, _CDr, _SAc, _AVA, _AAl, _UAs, _SVM, _EVM, _EVS, _VMT, _SAM, _UAUS, _MC, _DC, _ENOU, _EC, _SCm, _UPT, _SCF, _ECF, _Do2, _CDu, _ACUC, _UPAO, _DCc, _UC, _Ar, _ARS, _UPTs, _KC, _IC, _ACc],
  [0, 0, () => UserPoolPolicyType$, 0, () => LambdaConfigType$, 0, 4, 4, () => SchemaAttributesListType, 64 | 0, 64 | 0, 64 | 0, 0, 0, 0, () => VerificationMessageTemplateType$, 0, () => UserAttributeUpdateSettingsType$, 0, () => DeviceConfigurationType$, 1, () => EmailConfigurationType$, () => SmsConfigurationType$, 128 | 0, 0, 0, 0, 0, () => AdminCreateUserConfigType$, () => UserPoolAddOnsType$, () => DcrConfigurationType$, () => UsernameConfigurationType$, 0, () => AccountRecoverySettingType$, 0, () => KeyConfigurationType$, () => IssuerConfigurationType$, () => AcrConfigurationType]
];
var VerificationMessageTemplateType$ = [
  3,
  n03,
  _VMTT,
  0,
  [_SM2, _EM, _ESm, _EMBL, _ESBL, _DEO],
  [0, 0, 0, 0, 0, 0]
];
var WebAuthnConfigurationType$ = [
  3,
  n03,
  _WACT,
  0,
  [_RPI, _UV, _FCa],
  [0, 0, 0]
];
var WebAuthnCredentialDescription$ = [
  3,
  n03,
  _WACD,
  0,
  [_CIr, _FCN, _RPI, _ATu, _CAr, _AAu],
  [0, 0, 0, 64 | 0, 4, 0],
  5
];
var AliasAttributesListType = 64 | 0;
var AllowedFirstAuthFactorsListType = 64 | 0;
var AttributeListType = [
  1,
  n03,
  _ALTt,
  0,
  [
    () => AttributeType$,
    0
  ]
];
var AttributeNameListType = 64 | 0;
var AttributesRequireVerificationBeforeUpdateType = 64 | 0;
var AudienceListType = 64 | 0;
var AvailableChallengeListType = 64 | 0;
var BlockedIPRangeListType = 64 | 0;
var CallbackURLsListType = 64 | 0;
var ClientPermissionListType = 64 | 0;
var ConfiguredUserAuthFactorsListType = 64 | 0;
var DeliveryMediumListType = 64 | 0;
var EventFiltersType = 64 | 0;
var ExplicitAuthFlowsListType = 64 | 0;
var GroupListType = [
  1,
  n03,
  _GLT,
  0,
  () => GroupType$
];
var HttpHeaderList = [
  1,
  n03,
  _HHL,
  0,
  () => HttpHeader$
];
var IdpIdentifiersListType = 64 | 0;
var ListOfStringTypes = 64 | 0;
var LogoutURLsListType = 64 | 0;
var MFAOptionListType = [
  1,
  n03,
  _MFAOLT,
  0,
  () => MFAOptionType$
];
var OAuthFlowsType = 64 | 0;
var RecoveryMechanismsType = [
  1,
  n03,
  _RMT,
  0,
  () => RecoveryOptionType$
];
var ReplicaRegionsType = 64 | 0;
var ResourceListType = 64 | 0;
var SchemaAttributesListType = [
  1,
  n03,
  _SALT,
  0,
  () => SchemaAttributeType$
];
var ScopeListType = 64 | 0;
var SearchedAttributeNamesListType = 64 | 0;
var SkippedIPRangeListType = 64 | 0;
var SupportedIdentityProvidersListType = 64 | 0;
var URLPatternListType = 64 | 0;
var UserMFASettingListType = 64 | 0;
var UsernameAttributesListType = 64 | 0;
var UserPoolClientListType = [
  1,
  n03,
  _UPCLT,
  0,
  [
    () => UserPoolClientDescription$,
    0
  ]
];
var UserPoolListType = [
  1,
  n03,
  _UPLT,
  0,
  () => UserPoolDescriptionType$
];
var UserPoolTagsListType = 64 | 0;
var VerifiedAttributesListType = 64 | 0;
var WebAuthnAuthenticatorTransportsList = 64 | 0;
var AcrConfigurationType = [
  2,
  n03,
  _ACTc,
  0,
  0,
  () => AcrLevelConfigType$
];
var AcrMappingType = 128 | 0;
var AttributeMappingType = 128 | 0;
var AuthParametersType = [
  2,
  n03,
  _APT,
  8,
  0,
  0
];
var ChallengeParametersType = 128 | 0;
var ChallengeResponsesType = [
  2,
  n03,
  _CRTh,
  8,
  0,
  0
];
var ClientMetadataType = 128 | 0;
var LinksType = 128 | 0;
var ProviderDetailsType = 128 | 0;
var StringToStringMapType = 128 | 0;
var UserPoolTagsType = 128 | 0;
var DescribeUserPool$ = [
  9,
  n03,
  _DUPe,
  0,
  () => DescribeUserPoolRequest$,
  () => DescribeUserPoolResponse$
];
var DescribeUserPoolClient$ = [
  9,
  n03,
  _DUPCe,
  0,
  () => DescribeUserPoolClientRequest$,
  () => DescribeUserPoolClientResponse$
];
var GetUserPoolMfaConfig$ = [
  9,
  n03,
  _GUPMC,
  0,
  () => GetUserPoolMfaConfigRequest$,
  () => GetUserPoolMfaConfigResponse$
];
var ListGroups$ = [
  9,
  n03,
  _LG,
  0,
  () => ListGroupsRequest$,
  () => ListGroupsResponse$
];
var ListUserPoolClients$ = [
  9,
  n03,
  _LUPC,
  0,
  () => ListUserPoolClientsRequest$,
  () => ListUserPoolClientsResponse$
];
var ListUserPools$ = [
  9,
  n03,
  _LUP,
  0,
  () => ListUserPoolsRequest$,
  () => ListUserPoolsResponse$
];

// node_modules/@aws-sdk/client-cognito-identity-provider/dist-es/runtimeConfig.shared.js
var getRuntimeConfig5 = (config) => {
  return {
    apiVersion: "2016-04-18",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver3,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultCognitoIdentityProviderHttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      },
      {
        schemeId: "smithy.api#noAuth",
        identityProvider: (ipc) => ipc.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
        signer: new NoAuthSigner()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsJson1_1Protocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.cognitoidentityprovider",
      errorTypeRegistries: errorTypeRegistries3,
      xmlNamespace: "http://cognito-idp.amazonaws.com/doc/2016-04-18/",
      version: "2016-04-18",
      serviceTarget: "AWSCognitoIdentityProviderService"
    },
    serviceId: config?.serviceId ?? "Cognito Identity Provider",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-cognito-identity-provider/dist-es/runtimeConfig.js
var getRuntimeConfig6 = (config) => {
  emitWarningIfUnsupportedVersion2(process.version);
  const defaultsMode = resolveDefaultsModeConfig(config);
  const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
  const clientSharedValues = getRuntimeConfig5(config);
  emitWarningIfUnsupportedVersion(process.version);
  const loaderConfig = {
    profile: config?.profile,
    logger: clientSharedValues.logger
  };
  return {
    ...clientSharedValues,
    ...config,
    runtime: "node",
    defaultsMode,
    authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
    bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
    credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
    defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 3e5),
    defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: package_default3.version }),
    maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
    region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
    requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
    retryMode: config?.retryMode ?? loadConfig({
      ...NODE_RETRY_MODE_CONFIG_OPTIONS,
      default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
    }, config),
    streamCollector: config?.streamCollector ?? streamCollector,
    useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
  };
};

// node_modules/@aws-sdk/client-cognito-identity-provider/dist-es/auth/httpAuthExtensionConfiguration.js
var getHttpAuthExtensionConfiguration3 = (runtimeConfig) => {
  const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
  let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
  let _credentials = runtimeConfig.credentials;
  return {
    setHttpAuthScheme(httpAuthScheme) {
      const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
      if (index === -1) {
        _httpAuthSchemes.push(httpAuthScheme);
      } else {
        _httpAuthSchemes.splice(index, 1, httpAuthScheme);
      }
    },
    httpAuthSchemes() {
      return _httpAuthSchemes;
    },
    setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
      _httpAuthSchemeProvider = httpAuthSchemeProvider;
    },
    httpAuthSchemeProvider() {
      return _httpAuthSchemeProvider;
    },
    setCredentials(credentials) {
      _credentials = credentials;
    },
    credentials() {
      return _credentials;
    }
  };
};
var resolveHttpAuthRuntimeConfig3 = (config) => {
  return {
    httpAuthSchemes: config.httpAuthSchemes(),
    httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
    credentials: config.credentials()
  };
};

// node_modules/@aws-sdk/client-cognito-identity-provider/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions3 = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration3(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig3(extensionConfiguration));
};

// node_modules/@aws-sdk/client-cognito-identity-provider/dist-es/CognitoIdentityProviderClient.js
var CognitoIdentityProviderClient = class extends Client {
  config;
  constructor(...[configuration]) {
    const _config_0 = getRuntimeConfig6(configuration || {});
    super(_config_0);
    this.initConfig = _config_0;
    const _config_1 = resolveClientEndpointParameters3(_config_0);
    const _config_2 = resolveUserAgentConfig(_config_1);
    const _config_3 = resolveRetryConfig(_config_2);
    const _config_4 = resolveRegionConfig(_config_3);
    const _config_5 = resolveHostHeaderConfig(_config_4);
    const _config_6 = resolveEndpointConfig(_config_5);
    const _config_7 = resolveHttpAuthSchemeConfig3(_config_6);
    const _config_8 = resolveRuntimeExtensions3(_config_7, configuration?.extensions || []);
    this.config = _config_8;
    this.middlewareStack.use(getSchemaSerdePlugin(this.config));
    this.middlewareStack.use(getUserAgentPlugin(this.config));
    this.middlewareStack.use(getRetryPlugin(this.config));
    this.middlewareStack.use(getContentLengthPlugin(this.config));
    this.middlewareStack.use(getHostHeaderPlugin(this.config));
    this.middlewareStack.use(getLoggerPlugin(this.config));
    this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
    this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
      httpAuthSchemeParametersProvider: defaultCognitoIdentityProviderHttpAuthSchemeParametersProvider,
      identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
        "aws.auth#sigv4": config.credentials
      })
    }));
    this.middlewareStack.use(getHttpSigningPlugin(this.config));
  }
  destroy() {
    super.destroy();
  }
};

// node_modules/@aws-sdk/client-cognito-identity-provider/dist-es/commandBuilder.js
var command3 = makeBuilder(commonParams3, "AWSCognitoIdentityProviderService", "CognitoIdentityProviderClient", getEndpointPlugin);
var _ep03 = {};
var _mw03 = (Command, cs, config, o2) => [];

// node_modules/@aws-sdk/client-cognito-identity-provider/dist-es/commands/DescribeUserPoolClientCommand.js
var DescribeUserPoolClientCommand = class extends command3(_ep03, _mw03, "DescribeUserPoolClient", DescribeUserPoolClient$) {
};

// node_modules/@aws-sdk/client-cognito-identity-provider/dist-es/commands/DescribeUserPoolCommand.js
var DescribeUserPoolCommand = class extends command3(_ep03, _mw03, "DescribeUserPool", DescribeUserPool$) {
};

// node_modules/@aws-sdk/client-cognito-identity-provider/dist-es/commands/GetUserPoolMfaConfigCommand.js
var GetUserPoolMfaConfigCommand = class extends command3(_ep03, _mw03, "GetUserPoolMfaConfig", GetUserPoolMfaConfig$) {
};

// node_modules/@aws-sdk/client-cognito-identity-provider/dist-es/commands/ListGroupsCommand.js
var ListGroupsCommand = class extends command3(_ep03, _mw03, "ListGroups", ListGroups$) {
};

// node_modules/@aws-sdk/client-cognito-identity-provider/dist-es/commands/ListUserPoolClientsCommand.js
var ListUserPoolClientsCommand = class extends command3(_ep03, _mw03, "ListUserPoolClients", ListUserPoolClients$) {
};

// node_modules/@aws-sdk/client-cognito-identity-provider/dist-es/commands/ListUserPoolsCommand.js
var ListUserPoolsCommand = class extends command3(_ep03, _mw03, "ListUserPools", ListUserPools$) {
};

// src/aws/read.ts
var NoRegionError = class extends Error {
};
var DETAILS_FILTER = ["Role", "User", "Group", "LocalManagedPolicy"];
var PAGE_SIZE = 60;
async function readAccount(request) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const profile = request.profile !== void 0 ? { profile: request.profile } : {};
  const regions = request.regions.length > 0 ? request.regions : [await defaultRegion(profile)];
  const failures = [];
  const iam = new IAMClient({ ...profile, region: regions[0] });
  const details = await readAuthorizationDetails(iam, failures);
  const cognito = [];
  for (const region of regions) {
    const identity = new CognitoIdentityClient({ ...profile, region });
    const idp = new CognitoIdentityProviderClient({ ...profile, region });
    const failed = (call2, error) => failures.push({ Call: call2, Region: region, Message: describeError(error) });
    cognito.push({ Region: region, IdentityPools: await readIdentityPools(identity, region, failed), UserPools: await readUserPools(idp, region, failed) });
  }
  const roles = details.RoleDetailList;
  const accountId = roles.map((r4) => /^arn:[^:]+:iam::(\d{12}):/.exec(r4.Arn ?? "")?.[1]).find((id) => id !== void 0);
  return { snapshot: { ...failures.length > 0 ? { Incomplete: failures } : {}, ...details, Cognito: cognito }, failures, accountId };
}
async function defaultRegion(profile) {
  try {
    const region = await new CognitoIdentityClient(profile).config.region();
    if (typeof region === "string" && region !== "") return region;
  } catch {
  }
  throw new NoRegionError("--aws needs a region: pass --region (repeatable) or set AWS_REGION (or `region` in the profile).");
}
async function readAuthorizationDetails(iam, failures) {
  const out = { RoleDetailList: [], GroupDetailList: [], UserDetailList: [], Policies: [] };
  let marker;
  for (let page = 1; ; page++) {
    let result;
    try {
      result = await iam.send(new GetAccountAuthorizationDetailsCommand({ Filter: [...DETAILS_FILTER], MaxItems: 100, ...marker !== void 0 ? { Marker: marker } : {} }));
    } catch (error) {
      failures.push({ Call: `iam:GetAccountAuthorizationDetails (page ${page})`, Message: describeError(error) });
      return out;
    }
    for (const key of Object.keys(out)) out[key].push(...result[key] ?? []);
    if (!result.IsTruncated || result.Marker === void 0) return out;
    marker = result.Marker;
  }
}
async function readIdentityPools(client, region, failed) {
  const pools = [];
  const ids = await pages("cognito-identity:ListIdentityPools", region, failed, async (NextToken) => {
    const page = await client.send(new ListIdentityPoolsCommand({ MaxResults: PAGE_SIZE, ...NextToken ? { NextToken } : {} }));
    return { items: (page.IdentityPools ?? []).map((p2) => p2.IdentityPoolId).filter(isString), next: page.NextToken };
  });
  for (const IdentityPoolId of ids) {
    const described = await call(`cognito-identity:DescribeIdentityPool ${IdentityPoolId}`, failed, () => client.send(new DescribeIdentityPoolCommand({ IdentityPoolId })));
    if (!described) continue;
    const roles = await call(`cognito-identity:GetIdentityPoolRoles ${IdentityPoolId}`, failed, () => client.send(new GetIdentityPoolRolesCommand({ IdentityPoolId })));
    const maps = [];
    for (const IdentityProviderName of providerNames(described)) {
      const map = await call(
        `cognito-identity:GetPrincipalTagAttributeMap ${IdentityPoolId} ${IdentityProviderName}`,
        failed,
        () => client.send(new GetPrincipalTagAttributeMapCommand({ IdentityPoolId, IdentityProviderName }))
      );
      if (map) maps.push({ IdentityProviderName, UseDefaults: map.UseDefaults ?? false, ...map.PrincipalTags ? { PrincipalTags: map.PrincipalTags } : {} });
    }
    pools.push({
      ...withoutMetadata(described),
      ...roles?.Roles ? { Roles: roles.Roles } : {},
      ...roles?.RoleMappings ? { RoleMappings: roles.RoleMappings } : {},
      ...maps.length > 0 ? { PrincipalTagAttributeMaps: maps } : {}
    });
  }
  return pools;
}
function providerNames(pool) {
  const names = (pool.CognitoIdentityProviders ?? []).map((p2) => p2.ProviderName).filter(isString);
  return [.../* @__PURE__ */ new Set([...names, ...Object.keys(pool.SupportedLoginProviders ?? {})])];
}
async function readUserPools(client, region, failed) {
  const pools = [];
  const ids = await pages("cognito-idp:ListUserPools", region, failed, async (NextToken) => {
    const page = await client.send(new ListUserPoolsCommand({ MaxResults: PAGE_SIZE, ...NextToken ? { NextToken } : {} }));
    return { items: (page.UserPools ?? []).map((p2) => p2.Id).filter(isString), next: page.NextToken };
  });
  for (const UserPoolId of ids) {
    const described = await call(`cognito-idp:DescribeUserPool ${UserPoolId}`, failed, () => client.send(new DescribeUserPoolCommand({ UserPoolId })));
    if (!described?.UserPool) continue;
    const clientIds = await pages(`cognito-idp:ListUserPoolClients ${UserPoolId}`, region, failed, async (NextToken) => {
      const page = await client.send(new ListUserPoolClientsCommand({ UserPoolId, MaxResults: PAGE_SIZE, ...NextToken ? { NextToken } : {} }));
      return { items: (page.UserPoolClients ?? []).map((c4) => c4.ClientId).filter(isString), next: page.NextToken };
    });
    const clients = [];
    for (const ClientId of clientIds) {
      const read = await call(`cognito-idp:DescribeUserPoolClient ${ClientId}`, failed, () => client.send(new DescribeUserPoolClientCommand({ UserPoolId, ClientId })));
      if (!read?.UserPoolClient) continue;
      const { ClientSecret, ...described2 } = read.UserPoolClient;
      clients.push({ ...described2, ...ClientSecret !== void 0 ? { GenerateSecret: true } : {} });
    }
    const groups = await listGroups(client, UserPoolId, region, failed);
    const mfa = await call(`cognito-idp:GetUserPoolMfaConfig ${UserPoolId}`, failed, () => client.send(new GetUserPoolMfaConfigCommand({ UserPoolId })));
    pools.push({ ...described.UserPool, Clients: clients, Groups: groups, ...mfa ? { MfaConfig: withoutMetadata(mfa) } : {} });
  }
  return pools;
}
async function listGroups(client, UserPoolId, region, failed) {
  const groups = [];
  await pages(`cognito-idp:ListGroups ${UserPoolId}`, region, failed, async (NextToken) => {
    const page = await client.send(new ListGroupsCommand({ UserPoolId, Limit: PAGE_SIZE, ...NextToken ? { NextToken } : {} }));
    groups.push(...page.Groups ?? []);
    return { items: [], next: page.NextToken };
  });
  return groups;
}
async function pages(name, region, failed, page) {
  const items = [];
  let token;
  for (let n2 = 1; ; n2++) {
    try {
      const result = await page(token);
      items.push(...result.items);
      if (!result.next) return items;
      token = result.next;
    } catch (error) {
      failed(`${name} (${region}, page ${n2})`, error);
      return items;
    }
  }
}
async function call(name, failed, send) {
  try {
    return await send();
  } catch (error) {
    failed(name, error);
    return void 0;
  }
}
function withoutMetadata(output) {
  const { $metadata: _metadata, ...rest } = output;
  return rest;
}
function isString(value) {
  return typeof value === "string";
}
var KNOWN_ERRORS = {
  AccessDenied: "access denied",
  AccessDeniedException: "access denied",
  NotAuthorizedException: "access denied",
  UnauthorizedOperation: "access denied",
  ExpiredToken: "the credentials have expired (refresh them, e.g. `aws sso login`)",
  ExpiredTokenException: "the credentials have expired (refresh them, e.g. `aws sso login`)",
  InvalidClientTokenId: "the credentials are not valid",
  UnrecognizedClientException: "the credentials are not valid",
  SignatureDoesNotMatch: "the credentials are not valid (signature mismatch)",
  CredentialsProviderError: "no AWS credentials found (environment, shared config and credentials files, SSO, instance or container role)",
  Throttling: "throttled, still after the SDK retried",
  ThrottlingException: "throttled, still after the SDK retried",
  TooManyRequestsException: "throttled, still after the SDK retried"
};
function describeError(error) {
  const name = error instanceof Error ? error.name : "Error";
  const message = (error instanceof Error ? error.message : String(error)).split("\n")[0].trim();
  const what = KNOWN_ERRORS[name];
  if (what) return `${what} (${name}${message && message !== name ? `: ${message}` : ""})`;
  return `${name}${message && message !== name ? `: ${message}` : ""}`;
}
export {
  NoRegionError,
  describeError,
  readAccount
};
