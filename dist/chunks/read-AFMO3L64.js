// cognito-iam-lint: built by build/build.mjs from src/ and rules/; do not edit.
import { createRequire as __cilCreateRequire } from 'node:module';
const require = __cilCreateRequire(import.meta.url);
import {
  AwsJson1_1Protocol,
  AwsQueryProtocol,
  AwsRestJsonProtocol,
  AwsSdkSigV4Signer,
  NODE_AUTH_SCHEME_PREFERENCE_OPTIONS,
  resolveAwsSdkSigV4Config
} from "./chunk-QPR6TDU3.js";
import {
  DEFAULT_SERVICES
} from "./chunk-ATQT3MMO.js";
import "./chunk-SBWCWIWY.js";
import {
  Sha256Node
} from "./chunk-GEC7F46N.js";
import {
  ENV_KEY,
  ENV_SECRET,
  fromEnv
} from "./chunk-4LKICEQI.js";
import {
  NodeHttpHandler
} from "./chunk-2O424ADK.js";
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
} from "./chunk-MM4KMYC2.js";
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
} from "./chunk-NBL2H4I5.js";
import {
  HttpRequest,
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
import "./chunk-S6IGY6PS.js";

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
  const { ENV_CMDS_FULL_URI, ENV_CMDS_RELATIVE_URI, fromContainerMetadata, fromInstanceMetadata } = await import("./dist-es-M7SB4TER.js");
  if (process.env[ENV_CMDS_RELATIVE_URI] || process.env[ENV_CMDS_FULL_URI]) {
    init.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata");
    const { fromHttp } = await import("./dist-es-BQRUN2KX.js");
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
        forceRefreshLock = chain2(options).then((c6) => {
          credentials = c6;
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
          passiveLock = chain2(options).then((c6) => {
            credentials = c6;
          }).catch(() => {
          }).finally(() => {
            passiveLock = void 0;
          });
        }
      } else {
        activeLock = chain2(options).then((c6) => {
          credentials = c6;
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
    const { fromSSO } = await import("./dist-es-VGIXEHC3.js");
    return fromSSO(init)(awsIdentityProperties);
  },
  async (awsIdentityProperties) => {
    init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromIni");
    const { fromIni } = await import("./dist-es-M2UK7CHC.js");
    return fromIni(init)(awsIdentityProperties);
  },
  async (awsIdentityProperties) => {
    init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromProcess");
    const { fromProcess } = await import("./dist-es-PRZFO35Y.js");
    return fromProcess(init)(awsIdentityProperties);
  },
  async (awsIdentityProperties) => {
    init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromTokenFile");
    const { fromTokenFile } = await import("./dist-es-O6ML6VZF.js");
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

// node_modules/@aws-sdk/middleware-sdk-api-gateway/dist-es/index.js
function acceptHeaderMiddleware() {
  return (next) => async (args) => {
    const { request } = args;
    if (HttpRequest.isInstance(request)) {
      if (request.headers?.accept === void 0) {
        request.headers.accept = "application/json";
      }
    }
    return next({
      ...args,
      request
    });
  };
}
var acceptHeaderMiddlewareOptions = {
  step: "build",
  tags: ["SET_ACCEPT_HEADER", "ACCEPT_HEADER"],
  name: "acceptHeaderMiddleware",
  override: true
};
var getAcceptHeaderPlugin = (unused) => ({
  applyToStack: (clientStack) => {
    clientStack.add(acceptHeaderMiddleware(), acceptHeaderMiddlewareOptions);
  }
});

// node_modules/@aws-sdk/client-api-gateway/dist-es/auth/httpAuthSchemeProvider.js
var defaultAPIGatewayHttpAuthSchemeParametersProvider = async (config, context, input) => {
  return {
    operation: getSmithyContext(context).operation,
    region: await normalizeProvider(config.region)() || (() => {
      throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
    })()
  };
};
function createAwsAuthSigv4HttpAuthOption4(authParameters) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: {
      name: "apigateway",
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
var defaultAPIGatewayHttpAuthSchemeProvider = (authParameters) => {
  const options = [];
  switch (authParameters.operation) {
    default: {
      options.push(createAwsAuthSigv4HttpAuthOption4(authParameters));
    }
  }
  return options;
};
var resolveHttpAuthSchemeConfig4 = (config) => {
  const config_0 = resolveAwsSdkSigV4Config(config);
  return Object.assign(config_0, {
    authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
  });
};

// node_modules/@aws-sdk/client-api-gateway/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters4 = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "apigateway"
  });
};
var commonParams4 = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-api-gateway/package.json
var package_default4 = {
  name: "@aws-sdk/client-api-gateway",
  version: "3.1142.0",
  description: "AWS SDK for JavaScript Api Gateway Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-api-gateway",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-api-gateway"
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
    "test:e2e": "yarn g:vitest run -c vitest.config.e2e.mts",
    "test:e2e:watch": "yarn g:vitest watch -c vitest.config.e2e.mts",
    "test:index": "tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"
  },
  dependencies: {
    "@aws-sdk/core": "^3.978.1",
    "@aws-sdk/credential-provider-node": "^3.972.84",
    "@aws-sdk/middleware-sdk-api-gateway": "^3.972.30",
    "@aws-sdk/types": "^3.974.6",
    "@smithy/core": "^3.35.0",
    "@smithy/fetch-http-handler": "^5.8.0",
    "@smithy/node-http-handler": "^4.12.1",
    "@smithy/types": "^4.19.0",
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

// node_modules/@aws-sdk/client-api-gateway/dist-es/endpoint/bdd.js
var k4 = "ref";
var a4 = -1;
var b4 = true;
var c4 = "isSet";
var d4 = "PartitionResult";
var e4 = "booleanEquals";
var f4 = "getAttr";
var g4 = { [k4]: "Endpoint" };
var h4 = { [k4]: d4 };
var i4 = {};
var j4 = [{ [k4]: "Region" }];
var _data4 = {
  conditions: [
    [c4, [g4]],
    [c4, j4],
    ["aws.partition", j4, d4],
    [e4, [{ [k4]: "UseFIPS" }, b4]],
    [e4, [{ [k4]: "UseDualStack" }, b4]],
    [e4, [{ fn: f4, argv: [h4, "supportsDualStack"] }, b4]],
    [e4, [{ fn: f4, argv: [h4, "supportsFIPS"] }, b4]]
  ],
  results: [
    [a4],
    [a4, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a4, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [g4, i4],
    ["https://apigateway-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i4],
    [a4, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://apigateway-fips.{Region}.{PartitionResult#dnsSuffix}", i4],
    [a4, "FIPS is enabled but this partition does not support FIPS"],
    ["https://apigateway.{Region}.{PartitionResult#dualStackDnsSuffix}", i4],
    [a4, "DualStack is enabled but this partition does not support DualStack"],
    ["https://apigateway.{Region}.{PartitionResult#dnsSuffix}", i4],
    [a4, "Invalid Configuration: Missing Region"]
  ]
};
var root4 = 2;
var r4 = 1e8;
var nodes4 = new Int32Array([
  -1,
  1,
  -1,
  0,
  12,
  3,
  1,
  4,
  r4 + 11,
  2,
  5,
  r4 + 11,
  3,
  8,
  6,
  4,
  7,
  r4 + 10,
  5,
  r4 + 8,
  r4 + 9,
  4,
  10,
  9,
  6,
  r4 + 6,
  r4 + 7,
  5,
  11,
  r4 + 5,
  6,
  r4 + 4,
  r4 + 5,
  3,
  r4 + 1,
  13,
  4,
  r4 + 2,
  r4 + 3
]);
var bdd4 = BinaryDecisionDiagram.from(nodes4, root4, _data4.conditions, _data4.results);

// node_modules/@aws-sdk/client-api-gateway/dist-es/endpoint/endpointResolver.js
var cache4 = new EndpointCache({
  size: 50,
  params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
});
var defaultEndpointResolver4 = (endpointParams, context = {}) => {
  return cache4.get(endpointParams, () => decideEndpoint(bdd4, {
    endpointParams,
    logger: context.logger
  }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

// node_modules/@aws-sdk/client-api-gateway/dist-es/models/APIGatewayServiceException.js
var APIGatewayServiceException = class _APIGatewayServiceException extends ServiceException {
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _APIGatewayServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-api-gateway/dist-es/models/errors.js
var BadRequestException = class _BadRequestException extends APIGatewayServiceException {
  name = "BadRequestException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "BadRequestException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _BadRequestException.prototype);
  }
};
var ConflictException = class _ConflictException extends APIGatewayServiceException {
  name = "ConflictException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ConflictException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConflictException.prototype);
  }
};
var LimitExceededException4 = class _LimitExceededException extends APIGatewayServiceException {
  name = "LimitExceededException";
  $fault = "client";
  retryAfterSeconds;
  constructor(opts) {
    super({
      name: "LimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _LimitExceededException.prototype);
    this.retryAfterSeconds = opts.retryAfterSeconds;
  }
};
var NotFoundException = class _NotFoundException extends APIGatewayServiceException {
  name = "NotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NotFoundException.prototype);
  }
};
var TooManyRequestsException3 = class _TooManyRequestsException extends APIGatewayServiceException {
  name = "TooManyRequestsException";
  $fault = "client";
  retryAfterSeconds;
  constructor(opts) {
    super({
      name: "TooManyRequestsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyRequestsException.prototype);
    this.retryAfterSeconds = opts.retryAfterSeconds;
  }
};
var UnauthorizedException2 = class _UnauthorizedException extends APIGatewayServiceException {
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
var ServiceUnavailableException = class _ServiceUnavailableException extends APIGatewayServiceException {
  name = "ServiceUnavailableException";
  $fault = "server";
  retryAfterSeconds;
  constructor(opts) {
    super({
      name: "ServiceUnavailableException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceUnavailableException.prototype);
    this.retryAfterSeconds = opts.retryAfterSeconds;
  }
};

// node_modules/@aws-sdk/client-api-gateway/dist-es/schemas/schemas_0.js
var _A3 = "Account";
var _AK = "ApiKey";
var _AKI = "ApiKeyIds";
var _AKp = "ApiKeys";
var _ALS = "AccessLogSettings";
var _AS2 = "ApiStage";
var _Ac = "Accept";
var _Au2 = "Authorizer";
var _Aut = "Authorizers";
var _BPM = "BasePathMapping";
var _BPMa = "BasePathMappings";
var _BRE = "BadRequestException";
var _CA2 = "CreateAuthorizer";
var _CAK = "CreateApiKey";
var _CAKR = "CreateApiKeyRequest";
var _CAR = "CreateAuthorizerRequest";
var _CBPM = "CreateBasePathMapping";
var _CBPMR = "CreateBasePathMappingRequest";
var _CC2 = "ClientCertificate";
var _CCl = "ClientCertificates";
var _CD4 = "Content-Disposition";
var _CDN = "CreateDomainName";
var _CDNAA = "CreateDomainNameAccessAssociation";
var _CDNAAR = "CreateDomainNameAccessAssociationRequest";
var _CDNR = "CreateDomainNameRequest";
var _CDP = "CreateDocumentationPart";
var _CDPR = "CreateDocumentationPartRequest";
var _CDR = "CreateDeploymentRequest";
var _CDV = "CreateDocumentationVersion";
var _CDVR = "CreateDocumentationVersionRequest";
var _CDr2 = "CreateDeployment";
var _CE2 = "ConflictException";
var _CM2 = "CreateModel";
var _CMR = "CreateModelRequest";
var _CR2 = "CreateResource";
var _CRA = "CreateRestApi";
var _CRAR = "CreateRestApiRequest";
var _CRR = "CreateResourceRequest";
var _CRV = "CreateRequestValidator";
var _CRVR = "CreateRequestValidatorRequest";
var _CS2 = "CanarySettings";
var _CSR = "CreateStageRequest";
var _CSr = "CreateStage";
var _CT3 = "Content-Type";
var _CUP = "CreateUsagePlan";
var _CUPK = "CreateUsagePlanKey";
var _CUPKR = "CreateUsagePlanKeyRequest";
var _CUPR2 = "CreateUsagePlanRequest";
var _CVL = "CreateVpcLink";
var _CVLR = "CreateVpcLinkRequest";
var _D2 = "Deployment";
var _DA = "DeleteAuthorizer";
var _DAK = "DeleteApiKey";
var _DAKR = "DeleteApiKeyRequest";
var _DAR = "DeleteAuthorizerRequest";
var _DBPM = "DeleteBasePathMapping";
var _DBPMR = "DeleteBasePathMappingRequest";
var _DCC = "DeleteClientCertificate";
var _DCCR = "DeleteClientCertificateRequest";
var _DCS = "DeploymentCanarySettings";
var _DD = "DeleteDeployment";
var _DDN = "DeleteDomainName";
var _DDNAA = "DeleteDomainNameAccessAssociation";
var _DDNAAR = "DeleteDomainNameAccessAssociationRequest";
var _DDNR = "DeleteDomainNameRequest";
var _DDP = "DeleteDocumentationPart";
var _DDPR = "DeleteDocumentationPartRequest";
var _DDR = "DeleteDeploymentRequest";
var _DDV = "DeleteDocumentationVersion";
var _DDVR = "DeleteDocumentationVersionRequest";
var _DGR = "DeleteGatewayResponse";
var _DGRR = "DeleteGatewayResponseRequest";
var _DI = "DeleteIntegration";
var _DIR = "DeleteIntegrationRequest";
var _DIRR = "DeleteIntegrationResponseRequest";
var _DIRe = "DeleteIntegrationResponse";
var _DM2 = "DeleteMethod";
var _DMR = "DeleteMethodRequest";
var _DMRR = "DeleteMethodResponseRequest";
var _DMRe = "DeleteModelRequest";
var _DMRel = "DeleteMethodResponse";
var _DMe = "DeleteModel";
var _DN = "DomainName";
var _DNAA = "DomainNameAccessAssociation";
var _DNAAo = "DomainNameAccessAssociations";
var _DNo = "DomainNames";
var _DP3 = "DocumentationPart";
var _DPI = "DocumentationPartIds";
var _DPL = "DocumentationPartLocation";
var _DPo = "DocumentationParts";
var _DR2 = "DeleteResource";
var _DRA = "DeleteRestApi";
var _DRAR = "DeleteRestApiRequest";
var _DRR = "DeleteResourceRequest";
var _DRV = "DeleteRequestValidator";
var _DRVR = "DeleteRequestValidatorRequest";
var _DS = "DeleteStage";
var _DSR = "DeleteStageRequest";
var _DUP = "DeleteUsagePlan";
var _DUPK = "DeleteUsagePlanKey";
var _DUPKR = "DeleteUsagePlanKeyRequest";
var _DUPR = "DeleteUsagePlanRequest";
var _DV2 = "DocumentationVersion";
var _DVL = "DeleteVpcLink";
var _DVLR = "DeleteVpcLinkRequest";
var _DVo = "DocumentationVersions";
var _De = "Deployments";
var _EC2 = "EndpointConfiguration";
var _ER2 = "ExportResponse";
var _FSAC = "FlushStageAuthorizersCache";
var _FSACR = "FlushStageAuthorizersCacheRequest";
var _FSC = "FlushStageCache";
var _FSCR = "FlushStageCacheRequest";
var _GA = "GetAccount";
var _GAK = "GetApiKey";
var _GAKR = "GetApiKeyRequest";
var _GAKRe = "GetApiKeysRequest";
var _GAKe = "GetApiKeys";
var _GAR = "GetAccountRequest";
var _GARe = "GetAuthorizerRequest";
var _GARet = "GetAuthorizersRequest";
var _GAe = "GetAuthorizer";
var _GAet = "GetAuthorizers";
var _GBPM = "GetBasePathMapping";
var _GBPMR = "GetBasePathMappingRequest";
var _GBPMRe = "GetBasePathMappingsRequest";
var _GBPMe = "GetBasePathMappings";
var _GCC = "GenerateClientCertificate";
var _GCCR = "GenerateClientCertificateRequest";
var _GCCRe = "GetClientCertificateRequest";
var _GCCRet = "GetClientCertificatesRequest";
var _GCCe = "GetClientCertificate";
var _GCCet = "GetClientCertificates";
var _GD2 = "GetDeployment";
var _GDN = "GetDomainName";
var _GDNAA = "GetDomainNameAccessAssociations";
var _GDNAAR = "GetDomainNameAccessAssociationsRequest";
var _GDNR = "GetDomainNameRequest";
var _GDNRe = "GetDomainNamesRequest";
var _GDNe = "GetDomainNames";
var _GDP = "GetDocumentationPart";
var _GDPR = "GetDocumentationPartRequest";
var _GDPRe = "GetDocumentationPartsRequest";
var _GDPe = "GetDocumentationParts";
var _GDR = "GetDeploymentRequest";
var _GDRe = "GetDeploymentsRequest";
var _GDV = "GetDocumentationVersion";
var _GDVR = "GetDocumentationVersionRequest";
var _GDVRe = "GetDocumentationVersionsRequest";
var _GDVe = "GetDocumentationVersions";
var _GDe = "GetDeployments";
var _GE = "GetExport";
var _GER = "GetExportRequest";
var _GGR = "GetGatewayResponse";
var _GGRR = "GetGatewayResponseRequest";
var _GGRRe = "GetGatewayResponsesRequest";
var _GGRe = "GetGatewayResponses";
var _GI2 = "GetIntegration";
var _GIR = "GetIntegrationRequest";
var _GIRR = "GetIntegrationResponseRequest";
var _GIRe = "GetIntegrationResponse";
var _GM = "GetMethod";
var _GMR = "GetMethodRequest";
var _GMRR = "GetMethodResponseRequest";
var _GMRe = "GetModelRequest";
var _GMRet = "GetModelsRequest";
var _GMRete = "GetMethodResponse";
var _GMT = "GetModelTemplate";
var _GMTR = "GetModelTemplateRequest";
var _GMe = "GetModel";
var _GMet = "GetModels";
var _GR = "GatewayResponse";
var _GRA = "GetRestApi";
var _GRAR = "GetRestApiRequest";
var _GRARe = "GetRestApisRequest";
var _GRAe = "GetRestApis";
var _GRR = "GetResourceRequest";
var _GRRe = "GetResourcesRequest";
var _GRV = "GetRequestValidator";
var _GRVR = "GetRequestValidatorRequest";
var _GRVRe = "GetRequestValidatorsRequest";
var _GRVe = "GetRequestValidators";
var _GRa = "GatewayResponses";
var _GRe = "GetResource";
var _GRet = "GetResources";
var _GS2 = "GetSdk";
var _GSR = "GetSdkRequest";
var _GSRe = "GetStageRequest";
var _GSRet = "GetStagesRequest";
var _GST = "GetSdkType";
var _GSTR = "GetSdkTypeRequest";
var _GSTRe = "GetSdkTypesRequest";
var _GSTe = "GetSdkTypes";
var _GSe = "GetStage";
var _GSet = "GetStages";
var _GT2 = "GetTags";
var _GTR = "GetTagsRequest";
var _GU = "GetUsage";
var _GUP = "GetUsagePlan";
var _GUPK = "GetUsagePlanKey";
var _GUPKR = "GetUsagePlanKeyRequest";
var _GUPKRe = "GetUsagePlanKeysRequest";
var _GUPKe = "GetUsagePlanKeys";
var _GUPR = "GetUsagePlanRequest";
var _GUPRe = "GetUsagePlansRequest";
var _GUPe = "GetUsagePlans";
var _GUR = "GetUsageRequest";
var _GVL = "GetVpcLink";
var _GVLR = "GetVpcLinkRequest";
var _GVLRe = "GetVpcLinksRequest";
var _GVLe = "GetVpcLinks";
var _I = "Integration";
var _IAK = "ImportApiKeys";
var _IAKR = "ImportApiKeysRequest";
var _IDP = "ImportDocumentationParts";
var _IDPR = "ImportDocumentationPartsRequest";
var _IR2 = "IntegrationResponse";
var _IRA = "ImportRestApi";
var _IRAR = "ImportRestApiRequest";
var _LEE4 = "LimitExceededException";
var _LOA = "ListOfAuthorizer";
var _LOAK = "ListOfApiKey";
var _LOAS = "ListOfApiStage";
var _LOBPM = "ListOfBasePathMapping";
var _LOCC = "ListOfClientCertificate";
var _LOD = "ListOfDeployment";
var _LODN = "ListOfDomainName";
var _LODNAA = "ListOfDomainNameAccessAssociation";
var _LODP = "ListOfDocumentationPart";
var _LODV = "ListOfDocumentationVersion";
var _LOGR = "ListOfGatewayResponse";
var _LOM = "ListOfModel";
var _LOPO = "ListOfPatchOperation";
var _LOR = "ListOfResource";
var _LORA = "ListOfRestApi";
var _LORV = "ListOfRequestValidator";
var _LOS = "ListOfStage";
var _LOSCP = "ListOfSdkConfigurationProperty";
var _LOSK = "ListOfStageKeys";
var _LOST = "ListOfSdkType";
var _LOU = "ListOfUsage";
var _LOUP = "ListOfUsagePlan";
var _LOUPK = "ListOfUsagePlanKey";
var _LOVL = "ListOfVpcLink";
var _M3 = "Method";
var _MOASTS = "MapOfApiStageThrottleSettings";
var _MOIR = "MapOfIntegrationResponse";
var _MOKU = "MapOfKeyUsages";
var _MOM = "MapOfMethod";
var _MOMR = "MapOfMethodResponse";
var _MOMS = "MapOfMethodSettings";
var _MOMSa = "MapOfMethodSnapshot";
var _MOSTL = "MapOfStringToList";
var _MR3 = "MethodResponse";
var _MS2 = "MethodSetting";
var _MSe = "MethodSnapshot";
var _MTA = "MutualTlsAuthentication";
var _MTAI = "MutualTlsAuthenticationInput";
var _Mo = "Model";
var _Mod = "Models";
var _NFE = "NotFoundException";
var _PGR = "PutGatewayResponse";
var _PGRR = "PutGatewayResponseRequest";
var _PI2 = "PutIntegration";
var _PIR = "PutIntegrationRequest";
var _PIRR = "PutIntegrationResponseRequest";
var _PIRu = "PutIntegrationResponse";
var _PM = "PutMethod";
var _PMR = "PutMethodRequest";
var _PMRR = "PutMethodResponseRequest";
var _PMRu = "PutMethodResponse";
var _PO = "PatchOperation";
var _PRA = "PutRestApi";
var _PRAR = "PutRestApiRequest";
var _PTMOMS = "PathToMapOfMethodSnapshot";
var _QS = "QuotaSettings";
var _R3 = "Resource";
var _RA4 = "Retry-After";
var _RAe2 = "RestApi";
var _RAes2 = "RestApis";
var _RDNAA = "RejectDomainNameAccessAssociation";
var _RDNAAR = "RejectDomainNameAccessAssociationRequest";
var _RV = "RequestValidator";
var _RVe = "RequestValidators";
var _Re2 = "Resources";
var _S2 = "Stage";
var _SCP = "SdkConfigurationProperty";
var _SK2 = "StageKey";
var _SR = "SdkResponse";
var _ST3 = "SdkType";
var _STd = "SdkTypes";
var _SUE = "ServiceUnavailableException";
var _St3 = "Stages";
var _T2 = "Tags";
var _TC = "TlsConfig";
var _TIA = "TestInvokeAuthorizer";
var _TIAR = "TestInvokeAuthorizerRequest";
var _TIARe = "TestInvokeAuthorizerResponse";
var _TIM = "TestInvokeMethod";
var _TIMR = "TestInvokeMethodRequest";
var _TIMRe = "TestInvokeMethodResponse";
var _TMRE3 = "TooManyRequestsException";
var _TR = "TagResource";
var _TRR2 = "TagResourceRequest";
var _TS2 = "ThrottleSettings";
var _Te = "Template";
var _U3 = "Usage";
var _UA2 = "UpdateAccount";
var _UAK = "UpdateApiKey";
var _UAKR = "UpdateApiKeyRequest";
var _UAR = "UpdateAccountRequest";
var _UARp = "UpdateAuthorizerRequest";
var _UAp = "UpdateAuthorizer";
var _UBPM = "UpdateBasePathMapping";
var _UBPMR = "UpdateBasePathMappingRequest";
var _UCC = "UpdateClientCertificate";
var _UCCR = "UpdateClientCertificateRequest";
var _UD3 = "UpdateDeployment";
var _UDN = "UpdateDomainName";
var _UDNR = "UpdateDomainNameRequest";
var _UDP = "UpdateDocumentationPart";
var _UDPR = "UpdateDocumentationPartRequest";
var _UDR = "UpdateDeploymentRequest";
var _UDV = "UpdateDocumentationVersion";
var _UDVR = "UpdateDocumentationVersionRequest";
var _UE2 = "UnauthorizedException";
var _UGR = "UpdateGatewayResponse";
var _UGRR = "UpdateGatewayResponseRequest";
var _UI2 = "UpdateIntegration";
var _UIR = "UpdateIntegrationRequest";
var _UIRR = "UpdateIntegrationResponseRequest";
var _UIRp = "UpdateIntegrationResponse";
var _UM2 = "UpdateMethod";
var _UMR = "UpdateMethodRequest";
var _UMRR = "UpdateMethodResponseRequest";
var _UMRp = "UpdateModelRequest";
var _UMRpd = "UpdateMethodResponse";
var _UMp = "UpdateModel";
var _UP2 = "UsagePlan";
var _UPK = "UsagePlanKey";
var _UPKs = "UsagePlanKeys";
var _UPs2 = "UsagePlans";
var _UR = "UntagResource";
var _URA = "UpdateRestApi";
var _URAR = "UpdateRestApiRequest";
var _URR3 = "UntagResourceRequest";
var _URRp = "UpdateResourceRequest";
var _URV = "UpdateRequestValidator";
var _URVR = "UpdateRequestValidatorRequest";
var _URp = "UpdateResource";
var _US2 = "UpdateStage";
var _USR = "UpdateStageRequest";
var _UU = "UpdateUsage";
var _UUP = "UpdateUsagePlan";
var _UUPR2 = "UpdateUsagePlanRequest";
var _UUR2 = "UpdateUsageRequest";
var _UVL = "UpdateVpcLink";
var _UVLR = "UpdateVpcLinkRequest";
var _VL = "VpcLink";
var _VLp = "VpcLinks";
var _a = "accepts";
var _aAS = "accessAssociationSource";
var _aAST = "accessAssociationSourceType";
var _aC = "authorizerCredentials";
var _aCd = "additionalContext";
var _aI = "apiId";
var _aIu = "authorizerId";
var _aK = "apiKey";
var _aKR = "apiKeyRequired";
var _aKS = "apiKeySource";
var _aKV = "apiKeyVersion";
var _aLS = "accessLogSettings";
var _aRTIS = "authorizerResultTtlInSeconds";
var _aS = "apiStages";
var _aSM = "apiStatusMessage";
var _aSp = "apiSummary";
var _aSpi = "apiStatus";
var _aSu = "authorizationScopes";
var _aT = "authType";
var _aTu = "authorizationType";
var _aU = "authorizerUri";
var _au = "authorization";
var _b = "body";
var _bL = "burstLimit";
var _bMT = "binaryMediaTypes";
var _bP = "basePath";
var _c4 = "client";
var _cA = "certificateArn";
var _cB = "certificateBody";
var _cC = "certificateChain";
var _cCE = "cacheClusterEnabled";
var _cCI = "clientCertificateId";
var _cCS = "cacheClusterSize";
var _cCSa = "cacheClusterStatus";
var _cD = "createdDate";
var _cDE = "cacheDataEncrypted";
var _cDo = "contentDisposition";
var _cE = "cachingEnabled";
var _cF = "cloneFrom";
var _cH = "contentHandling";
var _cI = "customerId";
var _cIo = "connectionId";
var _cKP = "cacheKeyParameters";
var _cN = "certificateName";
var _cNa = "cacheNamespace";
var _cP = "configurationProperties";
var _cPK = "certificatePrivateKey";
var _cRA = "cloudwatchRoleArn";
var _cS = "canarySettings";
var _cSl = "clientStatus";
var _cT = "contentType";
var _cTIS = "cacheTtlInSeconds";
var _cTo = "connectionType";
var _cUD = "certificateUploadDate";
var _cl = "claims";
var _cr = "credentials";
var _d = "description";
var _dA = "destinationArn";
var _dDN = "distributionDomainName";
var _dEAE = "disableExecuteApiEndpoint";
var _dHZI = "distributionHostedZoneId";
var _dI = "deploymentId";
var _dN = "domainName";
var _dNA = "domainNameArn";
var _dNAAA = "domainNameAccessAssociationArn";
var _dNI = "domainNameId";
var _dNS = "domainNameStatus";
var _dNSM = "domainNameStatusMessage";
var _dPI = "documentationPartId";
var _dR = "defaultResponse";
var _dTE = "dataTraceEnabled";
var _dV = "documentationVersion";
var _dVe = "defaultValue";
var _e4 = "error";
var _eAM = "endpointAccessMode";
var _eC = "endpointConfiguration";
var _eD = "expirationDate";
var _eDn = "endDate";
var _eT = "exportType";
var _em = "embed";
var _en = "enabled";
var _f = "format";
var _fN = "friendlyName";
var _fOW = "failOnWarnings";
var _fa = "failonwarnings";
var _fe = "features";
var _fl = "flatten";
var _fr = "from";
var _gDI = "generateDistinctId";
var _h = "headers";
var _hE4 = "httpError";
var _hH = "httpHeader";
var _hL = "httpLabel";
var _hM = "httpMethod";
var _hQ = "httpQuery";
var _ht = "http";
var _i = "id";
var _iAT = "ipAddressType";
var _iHM = "integrationHttpMethod";
var _iR = "integrationResponses";
var _iS = "identitySource";
var _iSV = "insecureSkipVerification";
var _iT = "integrationTarget";
var _iV = "includeValue";
var _iVE = "identityValidationExpression";
var _iVn = "includeValues";
var _id = "ids";
var _it = "items";
var _ite = "item";
var _jN = "jsonName";
var _kI = "keyId";
var _kT = "keyType";
var _l = "location";
var _lL = "loggingLevel";
var _lS = "locationStatus";
var _lUD = "lastUpdatedDate";
var _la = "latency";
var _li = "limit";
var _lo = "log";
var _m4 = "message";
var _mCS = "minimumCompressionSize";
var _mE = "metricsEnabled";
var _mI = "methodIntegration";
var _mN = "modelName";
var _mP = "managementPolicy";
var _mR = "methodResponses";
var _mS = "methodSettings";
var _mTA = "mutualTlsAuthentication";
var _mVH = "multiValueHeaders";
var _me = "method";
var _mo = "mode";
var _n = "name";
var _nQ = "nameQuery";
var _o = "op";
var _oN = "operationName";
var _oVCA = "ownershipVerificationCertificateArn";
var _of = "offset";
var _p = "position";
var _pARN = "providerARNs";
var _pB = "passthroughBehavior";
var _pC = "productCode";
var _pEC = "pemEncodedCertificate";
var _pI = "parentId";
var _pIr = "principalId";
var _pO = "patchOperations";
var _pP = "pathPart";
var _pT = "percentTraffic";
var _pWQS = "pathWithQueryString";
var _pa = "path";
var _par = "parameters";
var _pe = "period";
var _po = "policy";
var _pr = "properties";
var _q = "quota";
var _r = "required";
var _rA = "resourceArn";
var _rAFCC = "requireAuthorizationForCacheControl";
var _rAI = "restApiId";
var _rAS = "retryAfterSeconds";
var _rCA = "regionalCertificateArn";
var _rCN = "regionalCertificateName";
var _rDN = "regionalDomainName";
var _rHM = "requestHttpMethod";
var _rHZI = "regionalHostedZoneId";
var _rI = "resourceId";
var _rL = "rateLimit";
var _rM = "routingMode";
var _rMe = "requestModels";
var _rMes = "responseModels";
var _rMeso = "resourceMethods";
var _rO = "resourceOwner";
var _rP = "responseParameters";
var _rPe = "requestParameters";
var _rRI = "rootResourceId";
var _rT = "responseType";
var _rTM = "responseTransferMode";
var _rTe = "responseTemplates";
var _rTeq = "requestTemplates";
var _rVI = "requestValidatorId";
var _s4 = "smithy.ts.sdk.synthetic.com.amazonaws.apigateway";
var _sC = "statusCode";
var _sD = "stageDescription";
var _sDt = "startDate";
var _sK = "stageKeys";
var _sM = "statusMessage";
var _sN = "stageName";
var _sP = "securityPolicy";
var _sPe = "selectionPattern";
var _sT = "sdkType";
var _sV = "stageVariables";
var _sVO = "stageVariableOverrides";
var _sc = "schema";
var _se4 = "server";
var _st = "stage";
var _sta = "status";
var _t = "tags";
var _tA = "targetArns";
var _tBL = "throttlingBurstLimit";
var _tC = "tlsConfig";
var _tE = "tracingEnabled";
var _tIM = "timeoutInMillis";
var _tK = "tagKeys";
var _tRL = "throttlingRateLimit";
var _tS = "throttleSettings";
var _tU = "truststoreUri";
var _tV = "truststoreVersion";
var _tW = "truststoreWarnings";
var _th = "throttle";
var _ty = "type";
var _typ = "types";
var _u = "uri";
var _uCCHS = "unauthorizedCacheControlHeaderStrategy";
var _uPI = "usagePlanId";
var _uSC = "useStageCache";
var _v = "value";
var _vEI = "vpcEndpointIds";
var _vLI = "vpcLinkId";
var _vRB = "validateRequestBody";
var _vRP = "validateRequestParameters";
var _va = "variables";
var _val = "values";
var _ve = "version";
var _w = "warnings";
var _wAA = "webAclArn";
var n04 = "com.amazonaws.apigateway";
var _s_registry4 = new TypeRegistry(_s4);
var APIGatewayServiceException$ = [-3, _s4, "APIGatewayServiceException", 0, [], []];
_s_registry4.registerError(APIGatewayServiceException$, APIGatewayServiceException);
var n0_registry4 = new TypeRegistry(n04);
var BadRequestException$ = [
  -3,
  n04,
  _BRE,
  { [_e4]: _c4, [_hE4]: 400 },
  [_m4],
  [0]
];
n0_registry4.registerError(BadRequestException$, BadRequestException);
var ConflictException$ = [
  -3,
  n04,
  _CE2,
  { [_e4]: _c4, [_hE4]: 409 },
  [_m4],
  [0]
];
n0_registry4.registerError(ConflictException$, ConflictException);
var LimitExceededException$4 = [
  -3,
  n04,
  _LEE4,
  { [_e4]: _c4, [_hE4]: 429 },
  [_rAS, _m4],
  [[0, { [_hH]: _RA4 }], 0]
];
n0_registry4.registerError(LimitExceededException$4, LimitExceededException4);
var NotFoundException$ = [
  -3,
  n04,
  _NFE,
  { [_e4]: _c4, [_hE4]: 404 },
  [_m4],
  [0]
];
n0_registry4.registerError(NotFoundException$, NotFoundException);
var ServiceUnavailableException$ = [
  -3,
  n04,
  _SUE,
  { [_e4]: _se4, [_hE4]: 503 },
  [_rAS, _m4],
  [[0, { [_hH]: _RA4 }], 0]
];
n0_registry4.registerError(ServiceUnavailableException$, ServiceUnavailableException);
var TooManyRequestsException$3 = [
  -3,
  n04,
  _TMRE3,
  { [_e4]: _c4, [_hE4]: 429 },
  [_rAS, _m4],
  [[0, { [_hH]: _RA4 }], 0]
];
n0_registry4.registerError(TooManyRequestsException$3, TooManyRequestsException3);
var UnauthorizedException$2 = [
  -3,
  n04,
  _UE2,
  { [_e4]: _c4, [_hE4]: 401 },
  [_m4],
  [0]
];
n0_registry4.registerError(UnauthorizedException$2, UnauthorizedException2);
var errorTypeRegistries4 = [
  _s_registry4,
  n0_registry4
];
var AccessLogSettings$ = [
  3,
  n04,
  _ALS,
  0,
  [_f, _dA],
  [0, 0]
];
var Account$ = [
  3,
  n04,
  _A3,
  0,
  [_cRA, _tS, _fe, _aKV],
  [0, () => ThrottleSettings$, 64 | 0, 0]
];
var ApiKey$ = [
  3,
  n04,
  _AK,
  0,
  [_i, _v, _n, _cI, _d, _en, _cD, _lUD, _sK, _t],
  [0, 0, 0, 0, 0, 2, 4, 4, 64 | 0, 128 | 0]
];
var ApiKeyIds$ = [
  3,
  n04,
  _AKI,
  0,
  [_id, _w],
  [64 | 0, 64 | 0]
];
var ApiKeys$ = [
  3,
  n04,
  _AKp,
  0,
  [_w, _it, _p],
  [64 | 0, [() => ListOfApiKey, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var ApiStage$ = [
  3,
  n04,
  _AS2,
  0,
  [_aI, _st, _th],
  [0, 0, () => MapOfApiStageThrottleSettings]
];
var Authorizer$ = [
  3,
  n04,
  _Au2,
  0,
  [_i, _n, _ty, _pARN, _aT, _aU, _aC, _iS, _iVE, _aRTIS],
  [0, 0, 0, 64 | 0, 0, 0, 0, 0, 0, 1]
];
var Authorizers$ = [
  3,
  n04,
  _Aut,
  0,
  [_it, _p],
  [[() => ListOfAuthorizer, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var BasePathMapping$ = [
  3,
  n04,
  _BPM,
  0,
  [_bP, _rAI, _st],
  [0, 0, 0]
];
var BasePathMappings$ = [
  3,
  n04,
  _BPMa,
  0,
  [_it, _p],
  [[() => ListOfBasePathMapping, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var CanarySettings$ = [
  3,
  n04,
  _CS2,
  0,
  [_pT, _dI, _sVO, _uSC],
  [1, 0, 128 | 0, 2]
];
var ClientCertificate$ = [
  3,
  n04,
  _CC2,
  0,
  [_cCI, _d, _pEC, _cD, _eD, _t],
  [0, 0, 0, 4, 4, 128 | 0]
];
var ClientCertificates$ = [
  3,
  n04,
  _CCl,
  0,
  [_it, _p],
  [[() => ListOfClientCertificate, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var CreateApiKeyRequest$ = [
  3,
  n04,
  _CAKR,
  0,
  [_n, _d, _en, _gDI, _v, _sK, _cI, _t],
  [0, 0, 2, 2, 0, () => ListOfStageKeys, 0, 128 | 0]
];
var CreateAuthorizerRequest$ = [
  3,
  n04,
  _CAR,
  0,
  [_rAI, _n, _ty, _pARN, _aT, _aU, _aC, _iS, _iVE, _aRTIS],
  [[0, 1], 0, 0, 64 | 0, 0, 0, 0, 0, 0, 1],
  3
];
var CreateBasePathMappingRequest$ = [
  3,
  n04,
  _CBPMR,
  0,
  [_dN, _rAI, _dNI, _bP, _st],
  [[0, 1], 0, [0, { [_hQ]: _dNI }], 0, 0],
  2
];
var CreateDeploymentRequest$ = [
  3,
  n04,
  _CDR,
  0,
  [_rAI, _sN, _sD, _d, _cCE, _cCS, _va, _cS, _tE],
  [[0, 1], 0, 0, 0, 2, 0, 128 | 0, () => DeploymentCanarySettings$, 2],
  1
];
var CreateDocumentationPartRequest$ = [
  3,
  n04,
  _CDPR,
  0,
  [_rAI, _l, _pr],
  [[0, 1], () => DocumentationPartLocation$, 0],
  3
];
var CreateDocumentationVersionRequest$ = [
  3,
  n04,
  _CDVR,
  0,
  [_rAI, _dV, _sN, _d],
  [[0, 1], 0, 0, 0],
  2
];
var CreateDomainNameAccessAssociationRequest$ = [
  3,
  n04,
  _CDNAAR,
  0,
  [_dNA, _aAST, _aAS, _t],
  [0, 0, 0, 128 | 0],
  3
];
var CreateDomainNameRequest$ = [
  3,
  n04,
  _CDNR,
  0,
  [_dN, _cN, _cB, _cPK, _cC, _cA, _rCN, _rCA, _eC, _t, _sP, _eAM, _mTA, _oVCA, _po, _rM],
  [0, 0, 0, 0, 0, 0, 0, 0, () => EndpointConfiguration$, 128 | 0, 0, 0, () => MutualTlsAuthenticationInput$, 0, 0, 0],
  1
];
var CreateModelRequest$ = [
  3,
  n04,
  _CMR,
  0,
  [_rAI, _n, _cT, _d, _sc],
  [[0, 1], 0, 0, 0, 0],
  3
];
var CreateRequestValidatorRequest$ = [
  3,
  n04,
  _CRVR,
  0,
  [_rAI, _n, _vRB, _vRP],
  [[0, 1], 0, 2, 2],
  1
];
var CreateResourceRequest$ = [
  3,
  n04,
  _CRR,
  0,
  [_rAI, _pI, _pP],
  [[0, 1], [0, 1], 0],
  3
];
var CreateRestApiRequest$ = [
  3,
  n04,
  _CRAR,
  0,
  [_n, _d, _ve, _cF, _bMT, _mCS, _aKS, _eC, _po, _t, _dEAE, _sP, _eAM],
  [0, 0, 0, 0, 64 | 0, 1, 0, () => EndpointConfiguration$, 0, 128 | 0, 2, 0, 0],
  1
];
var CreateStageRequest$ = [
  3,
  n04,
  _CSR,
  0,
  [_rAI, _sN, _dI, _d, _cCE, _cCS, _va, _dV, _cS, _tE, _t],
  [[0, 1], 0, 0, 0, 2, 0, 128 | 0, 0, () => CanarySettings$, 2, 128 | 0],
  3
];
var CreateUsagePlanKeyRequest$ = [
  3,
  n04,
  _CUPKR,
  0,
  [_uPI, _kI, _kT],
  [[0, 1], 0, 0],
  3
];
var CreateUsagePlanRequest$ = [
  3,
  n04,
  _CUPR2,
  0,
  [_n, _d, _aS, _th, _q, _t],
  [0, 0, () => ListOfApiStage, () => ThrottleSettings$, () => QuotaSettings$, 128 | 0],
  1
];
var CreateVpcLinkRequest$ = [
  3,
  n04,
  _CVLR,
  0,
  [_n, _tA, _d, _t],
  [0, 64 | 0, 0, 128 | 0],
  2
];
var DeleteApiKeyRequest$ = [
  3,
  n04,
  _DAKR,
  0,
  [_aK],
  [[0, 1]],
  1
];
var DeleteAuthorizerRequest$ = [
  3,
  n04,
  _DAR,
  0,
  [_rAI, _aIu],
  [[0, 1], [0, 1]],
  2
];
var DeleteBasePathMappingRequest$ = [
  3,
  n04,
  _DBPMR,
  0,
  [_dN, _bP, _dNI],
  [[0, 1], [0, 1], [0, { [_hQ]: _dNI }]],
  2
];
var DeleteClientCertificateRequest$ = [
  3,
  n04,
  _DCCR,
  0,
  [_cCI],
  [[0, 1]],
  1
];
var DeleteDeploymentRequest$ = [
  3,
  n04,
  _DDR,
  0,
  [_rAI, _dI],
  [[0, 1], [0, 1]],
  2
];
var DeleteDocumentationPartRequest$ = [
  3,
  n04,
  _DDPR,
  0,
  [_rAI, _dPI],
  [[0, 1], [0, 1]],
  2
];
var DeleteDocumentationVersionRequest$ = [
  3,
  n04,
  _DDVR,
  0,
  [_rAI, _dV],
  [[0, 1], [0, 1]],
  2
];
var DeleteDomainNameAccessAssociationRequest$ = [
  3,
  n04,
  _DDNAAR,
  0,
  [_dNAAA],
  [[0, 1]],
  1
];
var DeleteDomainNameRequest$ = [
  3,
  n04,
  _DDNR,
  0,
  [_dN, _dNI],
  [[0, 1], [0, { [_hQ]: _dNI }]],
  1
];
var DeleteGatewayResponseRequest$ = [
  3,
  n04,
  _DGRR,
  0,
  [_rAI, _rT],
  [[0, 1], [0, 1]],
  2
];
var DeleteIntegrationRequest$ = [
  3,
  n04,
  _DIR,
  0,
  [_rAI, _rI, _hM],
  [[0, 1], [0, 1], [0, 1]],
  3
];
var DeleteIntegrationResponseRequest$ = [
  3,
  n04,
  _DIRR,
  0,
  [_rAI, _rI, _hM, _sC],
  [[0, 1], [0, 1], [0, 1], [0, 1]],
  4
];
var DeleteMethodRequest$ = [
  3,
  n04,
  _DMR,
  0,
  [_rAI, _rI, _hM],
  [[0, 1], [0, 1], [0, 1]],
  3
];
var DeleteMethodResponseRequest$ = [
  3,
  n04,
  _DMRR,
  0,
  [_rAI, _rI, _hM, _sC],
  [[0, 1], [0, 1], [0, 1], [0, 1]],
  4
];
var DeleteModelRequest$ = [
  3,
  n04,
  _DMRe,
  0,
  [_rAI, _mN],
  [[0, 1], [0, 1]],
  2
];
var DeleteRequestValidatorRequest$ = [
  3,
  n04,
  _DRVR,
  0,
  [_rAI, _rVI],
  [[0, 1], [0, 1]],
  2
];
var DeleteResourceRequest$ = [
  3,
  n04,
  _DRR,
  0,
  [_rAI, _rI],
  [[0, 1], [0, 1]],
  2
];
var DeleteRestApiRequest$ = [
  3,
  n04,
  _DRAR,
  0,
  [_rAI],
  [[0, 1]],
  1
];
var DeleteStageRequest$ = [
  3,
  n04,
  _DSR,
  0,
  [_rAI, _sN],
  [[0, 1], [0, 1]],
  2
];
var DeleteUsagePlanKeyRequest$ = [
  3,
  n04,
  _DUPKR,
  0,
  [_uPI, _kI],
  [[0, 1], [0, 1]],
  2
];
var DeleteUsagePlanRequest$ = [
  3,
  n04,
  _DUPR,
  0,
  [_uPI],
  [[0, 1]],
  1
];
var DeleteVpcLinkRequest$ = [
  3,
  n04,
  _DVLR,
  0,
  [_vLI],
  [[0, 1]],
  1
];
var Deployment$ = [
  3,
  n04,
  _D2,
  0,
  [_i, _d, _cD, _aSp],
  [0, 0, 4, () => PathToMapOfMethodSnapshot]
];
var DeploymentCanarySettings$ = [
  3,
  n04,
  _DCS,
  0,
  [_pT, _sVO, _uSC],
  [1, 128 | 0, 2]
];
var Deployments$ = [
  3,
  n04,
  _De,
  0,
  [_it, _p],
  [[() => ListOfDeployment, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var DocumentationPart$ = [
  3,
  n04,
  _DP3,
  0,
  [_i, _l, _pr],
  [0, () => DocumentationPartLocation$, 0]
];
var DocumentationPartIds$ = [
  3,
  n04,
  _DPI,
  0,
  [_id, _w],
  [64 | 0, 64 | 0]
];
var DocumentationPartLocation$ = [
  3,
  n04,
  _DPL,
  0,
  [_ty, _pa, _me, _sC, _n],
  [0, 0, 0, 0, 0],
  1
];
var DocumentationParts$ = [
  3,
  n04,
  _DPo,
  0,
  [_it, _p],
  [[() => ListOfDocumentationPart, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var DocumentationVersion$ = [
  3,
  n04,
  _DV2,
  0,
  [_ve, _cD, _d],
  [0, 4, 0]
];
var DocumentationVersions$ = [
  3,
  n04,
  _DVo,
  0,
  [_it, _p],
  [[() => ListOfDocumentationVersion, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var DomainName$ = [
  3,
  n04,
  _DN,
  0,
  [_dN, _dNI, _dNA, _cN, _cA, _cUD, _rDN, _rHZI, _rCN, _rCA, _dDN, _dHZI, _eC, _dNS, _dNSM, _sP, _eAM, _t, _mTA, _oVCA, _mP, _po, _rM],
  [0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, () => EndpointConfiguration$, 0, 0, 0, 0, 128 | 0, () => MutualTlsAuthentication$, 0, 0, 0, 0]
];
var DomainNameAccessAssociation$ = [
  3,
  n04,
  _DNAA,
  0,
  [_dNAAA, _dNA, _aAST, _aAS, _t],
  [0, 0, 0, 0, 128 | 0]
];
var DomainNameAccessAssociations$ = [
  3,
  n04,
  _DNAAo,
  0,
  [_it, _p],
  [[() => ListOfDomainNameAccessAssociation, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var DomainNames$ = [
  3,
  n04,
  _DNo,
  0,
  [_it, _p],
  [[() => ListOfDomainName, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var EndpointConfiguration$ = [
  3,
  n04,
  _EC2,
  0,
  [_typ, _iAT, _vEI],
  [64 | 0, 0, 64 | 0]
];
var ExportResponse$ = [
  3,
  n04,
  _ER2,
  0,
  [_cT, _cDo, _b],
  [[0, { [_hH]: _CT3 }], [0, { [_hH]: _CD4 }], [21, 16]]
];
var FlushStageAuthorizersCacheRequest$ = [
  3,
  n04,
  _FSACR,
  0,
  [_rAI, _sN],
  [[0, 1], [0, 1]],
  2
];
var FlushStageCacheRequest$ = [
  3,
  n04,
  _FSCR,
  0,
  [_rAI, _sN],
  [[0, 1], [0, 1]],
  2
];
var GatewayResponse$ = [
  3,
  n04,
  _GR,
  0,
  [_rT, _sC, _rP, _rTe, _dR],
  [0, 0, 128 | 0, 128 | 0, 2]
];
var GatewayResponses$ = [
  3,
  n04,
  _GRa,
  0,
  [_it, _p],
  [[() => ListOfGatewayResponse, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var GenerateClientCertificateRequest$ = [
  3,
  n04,
  _GCCR,
  0,
  [_d, _t],
  [0, 128 | 0]
];
var GetAccountRequest$ = [
  3,
  n04,
  _GAR,
  0,
  [],
  []
];
var GetApiKeyRequest$ = [
  3,
  n04,
  _GAKR,
  0,
  [_aK, _iV],
  [[0, 1], [2, { [_hQ]: _iV }]],
  1
];
var GetApiKeysRequest$ = [
  3,
  n04,
  _GAKRe,
  0,
  [_p, _li, _nQ, _cI, _iVn],
  [[0, { [_hQ]: _p }], [1, { [_hQ]: _li }], [0, { [_hQ]: _n }], [0, { [_hQ]: _cI }], [2, { [_hQ]: _iVn }]]
];
var GetAuthorizerRequest$ = [
  3,
  n04,
  _GARe,
  0,
  [_rAI, _aIu],
  [[0, 1], [0, 1]],
  2
];
var GetAuthorizersRequest$ = [
  3,
  n04,
  _GARet,
  0,
  [_rAI, _p, _li],
  [[0, 1], [0, { [_hQ]: _p }], [1, { [_hQ]: _li }]],
  1
];
var GetBasePathMappingRequest$ = [
  3,
  n04,
  _GBPMR,
  0,
  [_dN, _bP, _dNI],
  [[0, 1], [0, 1], [0, { [_hQ]: _dNI }]],
  2
];
var GetBasePathMappingsRequest$ = [
  3,
  n04,
  _GBPMRe,
  0,
  [_dN, _dNI, _p, _li],
  [[0, 1], [0, { [_hQ]: _dNI }], [0, { [_hQ]: _p }], [1, { [_hQ]: _li }]],
  1
];
var GetClientCertificateRequest$ = [
  3,
  n04,
  _GCCRe,
  0,
  [_cCI],
  [[0, 1]],
  1
];
var GetClientCertificatesRequest$ = [
  3,
  n04,
  _GCCRet,
  0,
  [_p, _li],
  [[0, { [_hQ]: _p }], [1, { [_hQ]: _li }]]
];
var GetDeploymentRequest$ = [
  3,
  n04,
  _GDR,
  0,
  [_rAI, _dI, _em],
  [[0, 1], [0, 1], [64 | 0, { [_hQ]: _em }]],
  2
];
var GetDeploymentsRequest$ = [
  3,
  n04,
  _GDRe,
  0,
  [_rAI, _p, _li],
  [[0, 1], [0, { [_hQ]: _p }], [1, { [_hQ]: _li }]],
  1
];
var GetDocumentationPartRequest$ = [
  3,
  n04,
  _GDPR,
  0,
  [_rAI, _dPI],
  [[0, 1], [0, 1]],
  2
];
var GetDocumentationPartsRequest$ = [
  3,
  n04,
  _GDPRe,
  0,
  [_rAI, _ty, _nQ, _pa, _p, _li, _lS],
  [[0, 1], [0, { [_hQ]: _ty }], [0, { [_hQ]: _n }], [0, { [_hQ]: _pa }], [0, { [_hQ]: _p }], [1, { [_hQ]: _li }], [0, { [_hQ]: _lS }]],
  1
];
var GetDocumentationVersionRequest$ = [
  3,
  n04,
  _GDVR,
  0,
  [_rAI, _dV],
  [[0, 1], [0, 1]],
  2
];
var GetDocumentationVersionsRequest$ = [
  3,
  n04,
  _GDVRe,
  0,
  [_rAI, _p, _li],
  [[0, 1], [0, { [_hQ]: _p }], [1, { [_hQ]: _li }]],
  1
];
var GetDomainNameAccessAssociationsRequest$ = [
  3,
  n04,
  _GDNAAR,
  0,
  [_p, _li, _rO],
  [[0, { [_hQ]: _p }], [1, { [_hQ]: _li }], [0, { [_hQ]: _rO }]]
];
var GetDomainNameRequest$ = [
  3,
  n04,
  _GDNR,
  0,
  [_dN, _dNI],
  [[0, 1], [0, { [_hQ]: _dNI }]],
  1
];
var GetDomainNamesRequest$ = [
  3,
  n04,
  _GDNRe,
  0,
  [_p, _li, _rO],
  [[0, { [_hQ]: _p }], [1, { [_hQ]: _li }], [0, { [_hQ]: _rO }]]
];
var GetExportRequest$ = [
  3,
  n04,
  _GER,
  0,
  [_rAI, _sN, _eT, _par, _a],
  [[0, 1], [0, 1], [0, 1], [128 | 0, 64], [0, { [_hH]: _Ac }]],
  3
];
var GetGatewayResponseRequest$ = [
  3,
  n04,
  _GGRR,
  0,
  [_rAI, _rT],
  [[0, 1], [0, 1]],
  2
];
var GetGatewayResponsesRequest$ = [
  3,
  n04,
  _GGRRe,
  0,
  [_rAI, _p, _li],
  [[0, 1], [0, { [_hQ]: _p }], [1, { [_hQ]: _li }]],
  1
];
var GetIntegrationRequest$ = [
  3,
  n04,
  _GIR,
  0,
  [_rAI, _rI, _hM],
  [[0, 1], [0, 1], [0, 1]],
  3
];
var GetIntegrationResponseRequest$ = [
  3,
  n04,
  _GIRR,
  0,
  [_rAI, _rI, _hM, _sC],
  [[0, 1], [0, 1], [0, 1], [0, 1]],
  4
];
var GetMethodRequest$ = [
  3,
  n04,
  _GMR,
  0,
  [_rAI, _rI, _hM],
  [[0, 1], [0, 1], [0, 1]],
  3
];
var GetMethodResponseRequest$ = [
  3,
  n04,
  _GMRR,
  0,
  [_rAI, _rI, _hM, _sC],
  [[0, 1], [0, 1], [0, 1], [0, 1]],
  4
];
var GetModelRequest$ = [
  3,
  n04,
  _GMRe,
  0,
  [_rAI, _mN, _fl],
  [[0, 1], [0, 1], [2, { [_hQ]: _fl }]],
  2
];
var GetModelsRequest$ = [
  3,
  n04,
  _GMRet,
  0,
  [_rAI, _p, _li],
  [[0, 1], [0, { [_hQ]: _p }], [1, { [_hQ]: _li }]],
  1
];
var GetModelTemplateRequest$ = [
  3,
  n04,
  _GMTR,
  0,
  [_rAI, _mN],
  [[0, 1], [0, 1]],
  2
];
var GetRequestValidatorRequest$ = [
  3,
  n04,
  _GRVR,
  0,
  [_rAI, _rVI],
  [[0, 1], [0, 1]],
  2
];
var GetRequestValidatorsRequest$ = [
  3,
  n04,
  _GRVRe,
  0,
  [_rAI, _p, _li],
  [[0, 1], [0, { [_hQ]: _p }], [1, { [_hQ]: _li }]],
  1
];
var GetResourceRequest$ = [
  3,
  n04,
  _GRR,
  0,
  [_rAI, _rI, _em],
  [[0, 1], [0, 1], [64 | 0, { [_hQ]: _em }]],
  2
];
var GetResourcesRequest$ = [
  3,
  n04,
  _GRRe,
  0,
  [_rAI, _p, _li, _em],
  [[0, 1], [0, { [_hQ]: _p }], [1, { [_hQ]: _li }], [64 | 0, { [_hQ]: _em }]],
  1
];
var GetRestApiRequest$ = [
  3,
  n04,
  _GRAR,
  0,
  [_rAI],
  [[0, 1]],
  1
];
var GetRestApisRequest$ = [
  3,
  n04,
  _GRARe,
  0,
  [_p, _li],
  [[0, { [_hQ]: _p }], [1, { [_hQ]: _li }]]
];
var GetSdkRequest$ = [
  3,
  n04,
  _GSR,
  0,
  [_rAI, _sN, _sT, _par],
  [[0, 1], [0, 1], [0, 1], [128 | 0, 64]],
  3
];
var GetSdkTypeRequest$ = [
  3,
  n04,
  _GSTR,
  0,
  [_i],
  [[0, 1]],
  1
];
var GetSdkTypesRequest$ = [
  3,
  n04,
  _GSTRe,
  0,
  [_p, _li],
  [[0, { [_hQ]: _p }], [1, { [_hQ]: _li }]]
];
var GetStageRequest$ = [
  3,
  n04,
  _GSRe,
  0,
  [_rAI, _sN],
  [[0, 1], [0, 1]],
  2
];
var GetStagesRequest$ = [
  3,
  n04,
  _GSRet,
  0,
  [_rAI, _dI],
  [[0, 1], [0, { [_hQ]: _dI }]],
  1
];
var GetTagsRequest$ = [
  3,
  n04,
  _GTR,
  0,
  [_rA, _p, _li],
  [[0, 1], [0, { [_hQ]: _p }], [1, { [_hQ]: _li }]],
  1
];
var GetUsagePlanKeyRequest$ = [
  3,
  n04,
  _GUPKR,
  0,
  [_uPI, _kI],
  [[0, 1], [0, 1]],
  2
];
var GetUsagePlanKeysRequest$ = [
  3,
  n04,
  _GUPKRe,
  0,
  [_uPI, _p, _li, _nQ],
  [[0, 1], [0, { [_hQ]: _p }], [1, { [_hQ]: _li }], [0, { [_hQ]: _n }]],
  1
];
var GetUsagePlanRequest$ = [
  3,
  n04,
  _GUPR,
  0,
  [_uPI],
  [[0, 1]],
  1
];
var GetUsagePlansRequest$ = [
  3,
  n04,
  _GUPRe,
  0,
  [_p, _kI, _li],
  [[0, { [_hQ]: _p }], [0, { [_hQ]: _kI }], [1, { [_hQ]: _li }]]
];
var GetUsageRequest$ = [
  3,
  n04,
  _GUR,
  0,
  [_uPI, _sDt, _eDn, _kI, _p, _li],
  [[0, 1], [0, { [_hQ]: _sDt }], [0, { [_hQ]: _eDn }], [0, { [_hQ]: _kI }], [0, { [_hQ]: _p }], [1, { [_hQ]: _li }]],
  3
];
var GetVpcLinkRequest$ = [
  3,
  n04,
  _GVLR,
  0,
  [_vLI],
  [[0, 1]],
  1
];
var GetVpcLinksRequest$ = [
  3,
  n04,
  _GVLRe,
  0,
  [_p, _li],
  [[0, { [_hQ]: _p }], [1, { [_hQ]: _li }]]
];
var ImportApiKeysRequest$ = [
  3,
  n04,
  _IAKR,
  0,
  [_b, _f, _fOW],
  [[21, 16], [0, { [_hQ]: _f }], [2, { [_hQ]: _fa }]],
  2
];
var ImportDocumentationPartsRequest$ = [
  3,
  n04,
  _IDPR,
  0,
  [_rAI, _b, _mo, _fOW],
  [[0, 1], [21, 16], [0, { [_hQ]: _mo }], [2, { [_hQ]: _fa }]],
  2
];
var ImportRestApiRequest$ = [
  3,
  n04,
  _IRAR,
  0,
  [_b, _fOW, _par],
  [[21, 16], [2, { [_hQ]: _fa }], [128 | 0, 64]],
  1
];
var Integration$ = [
  3,
  n04,
  _I,
  0,
  [_ty, _hM, _u, _cTo, _cIo, _cr, _rPe, _rTeq, _pB, _cH, _tIM, _cNa, _cKP, _iR, _tC, _rTM, _iT],
  [0, 0, 0, 0, 0, 0, 128 | 0, 128 | 0, 0, 0, 1, 0, 64 | 0, () => MapOfIntegrationResponse, () => TlsConfig$, 0, 0]
];
var IntegrationResponse$ = [
  3,
  n04,
  _IR2,
  0,
  [_sC, _sPe, _rP, _rTe, _cH],
  [0, 0, 128 | 0, 128 | 0, 0]
];
var Method$ = [
  3,
  n04,
  _M3,
  0,
  [_hM, _aTu, _aIu, _aKR, _rVI, _oN, _rPe, _rMe, _mR, _mI, _aSu],
  [0, 0, 0, 2, 0, 0, 128 | 2, 128 | 0, () => MapOfMethodResponse, () => Integration$, 64 | 0]
];
var MethodResponse$ = [
  3,
  n04,
  _MR3,
  0,
  [_sC, _rP, _rMes],
  [0, 128 | 2, 128 | 0]
];
var MethodSetting$ = [
  3,
  n04,
  _MS2,
  0,
  [_mE, _lL, _dTE, _tBL, _tRL, _cE, _cTIS, _cDE, _rAFCC, _uCCHS],
  [2, 0, 2, 1, 1, 2, 1, 2, 2, 0]
];
var MethodSnapshot$ = [
  3,
  n04,
  _MSe,
  0,
  [_aTu, _aKR],
  [0, 2]
];
var Model$ = [
  3,
  n04,
  _Mo,
  0,
  [_i, _n, _d, _sc, _cT],
  [0, 0, 0, 0, 0]
];
var Models$ = [
  3,
  n04,
  _Mod,
  0,
  [_it, _p],
  [[() => ListOfModel, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var MutualTlsAuthentication$ = [
  3,
  n04,
  _MTA,
  0,
  [_tU, _tV, _tW],
  [0, 0, 64 | 0]
];
var MutualTlsAuthenticationInput$ = [
  3,
  n04,
  _MTAI,
  0,
  [_tU, _tV],
  [0, 0]
];
var PatchOperation$ = [
  3,
  n04,
  _PO,
  0,
  [_o, _pa, _v, _fr],
  [0, 0, 0, 0]
];
var PutGatewayResponseRequest$ = [
  3,
  n04,
  _PGRR,
  0,
  [_rAI, _rT, _sC, _rP, _rTe],
  [[0, 1], [0, 1], 0, 128 | 0, 128 | 0],
  2
];
var PutIntegrationRequest$ = [
  3,
  n04,
  _PIR,
  0,
  [_rAI, _rI, _hM, _ty, _iHM, _u, _cTo, _cIo, _cr, _rPe, _rTeq, _pB, _cNa, _cKP, _cH, _tIM, _tC, _rTM, _iT],
  [[0, 1], [0, 1], [0, { [_hL]: 1, [_jN]: _rHM }], 0, [0, { [_jN]: _hM }], 0, 0, 0, 0, 128 | 0, 128 | 0, 0, 0, 64 | 0, 0, 1, () => TlsConfig$, 0, 0],
  4
];
var PutIntegrationResponseRequest$ = [
  3,
  n04,
  _PIRR,
  0,
  [_rAI, _rI, _hM, _sC, _sPe, _rP, _rTe, _cH],
  [[0, 1], [0, 1], [0, 1], [0, 1], 0, 128 | 0, 128 | 0, 0],
  4
];
var PutMethodRequest$ = [
  3,
  n04,
  _PMR,
  0,
  [_rAI, _rI, _hM, _aTu, _aIu, _aKR, _oN, _rPe, _rMe, _rVI, _aSu],
  [[0, 1], [0, 1], [0, 1], 0, 0, 2, 0, 128 | 2, 128 | 0, 0, 64 | 0],
  4
];
var PutMethodResponseRequest$ = [
  3,
  n04,
  _PMRR,
  0,
  [_rAI, _rI, _hM, _sC, _rP, _rMes],
  [[0, 1], [0, 1], [0, 1], [0, 1], 128 | 2, 128 | 0],
  4
];
var PutRestApiRequest$ = [
  3,
  n04,
  _PRAR,
  0,
  [_rAI, _b, _mo, _fOW, _par],
  [[0, 1], [21, 16], [0, { [_hQ]: _mo }], [2, { [_hQ]: _fa }], [128 | 0, 64]],
  2
];
var QuotaSettings$ = [
  3,
  n04,
  _QS,
  0,
  [_li, _of, _pe],
  [1, 1, 0]
];
var RejectDomainNameAccessAssociationRequest$ = [
  3,
  n04,
  _RDNAAR,
  0,
  [_dNAAA, _dNA],
  [[0, { [_hQ]: _dNAAA }], [0, { [_hQ]: _dNA }]],
  2
];
var RequestValidator$ = [
  3,
  n04,
  _RV,
  0,
  [_i, _n, _vRB, _vRP],
  [0, 0, 2, 2]
];
var RequestValidators$ = [
  3,
  n04,
  _RVe,
  0,
  [_it, _p],
  [[() => ListOfRequestValidator, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var Resource$ = [
  3,
  n04,
  _R3,
  0,
  [_i, _pI, _pP, _pa, _rMeso],
  [0, 0, 0, 0, () => MapOfMethod]
];
var Resources$ = [
  3,
  n04,
  _Re2,
  0,
  [_it, _p],
  [[() => ListOfResource, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var RestApi$ = [
  3,
  n04,
  _RAe2,
  0,
  [_i, _n, _d, _cD, _ve, _w, _bMT, _mCS, _aKS, _eC, _po, _t, _dEAE, _rRI, _sP, _eAM, _aSpi, _aSM],
  [0, 0, 0, 4, 0, 64 | 0, 64 | 0, 1, 0, () => EndpointConfiguration$, 0, 128 | 0, 2, 0, 0, 0, 0, 0]
];
var RestApis$ = [
  3,
  n04,
  _RAes2,
  0,
  [_it, _p],
  [[() => ListOfRestApi, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var SdkConfigurationProperty$ = [
  3,
  n04,
  _SCP,
  0,
  [_n, _fN, _d, _r, _dVe],
  [0, 0, 0, 2, 0]
];
var SdkResponse$ = [
  3,
  n04,
  _SR,
  0,
  [_cT, _cDo, _b],
  [[0, { [_hH]: _CT3 }], [0, { [_hH]: _CD4 }], [21, 16]]
];
var SdkType$ = [
  3,
  n04,
  _ST3,
  0,
  [_i, _fN, _d, _cP],
  [0, 0, 0, () => ListOfSdkConfigurationProperty]
];
var SdkTypes$ = [
  3,
  n04,
  _STd,
  0,
  [_it],
  [[() => ListOfSdkType, { [_jN]: _ite }]]
];
var Stage$ = [
  3,
  n04,
  _S2,
  0,
  [_dI, _cCI, _sN, _d, _cCE, _cCS, _cCSa, _mS, _va, _dV, _aLS, _cS, _tE, _wAA, _t, _cD, _lUD],
  [0, 0, 0, 0, 2, 0, 0, () => MapOfMethodSettings, 128 | 0, 0, () => AccessLogSettings$, () => CanarySettings$, 2, 0, 128 | 0, 4, 4]
];
var StageKey$ = [
  3,
  n04,
  _SK2,
  0,
  [_rAI, _sN],
  [0, 0]
];
var Stages$ = [
  3,
  n04,
  _St3,
  0,
  [_ite],
  [() => ListOfStage]
];
var TagResourceRequest$2 = [
  3,
  n04,
  _TRR2,
  0,
  [_rA, _t],
  [[0, 1], 128 | 0],
  2
];
var Tags$ = [
  3,
  n04,
  _T2,
  0,
  [_t],
  [128 | 0]
];
var Template$ = [
  3,
  n04,
  _Te,
  0,
  [_v],
  [0]
];
var TestInvokeAuthorizerRequest$ = [
  3,
  n04,
  _TIAR,
  0,
  [_rAI, _aIu, _h, _mVH, _pWQS, _b, _sV, _aCd],
  [[0, 1], [0, 1], 128 | 0, [2, n04, _MOSTL, 0, 0, 64 | 0], 0, 0, 128 | 0, 128 | 0],
  2
];
var TestInvokeAuthorizerResponse$ = [
  3,
  n04,
  _TIARe,
  0,
  [_cSl, _lo, _la, _pIr, _po, _au, _cl],
  [1, 0, 1, 0, 0, [2, n04, _MOSTL, 0, 0, 64 | 0], 128 | 0]
];
var TestInvokeMethodRequest$ = [
  3,
  n04,
  _TIMR,
  0,
  [_rAI, _rI, _hM, _pWQS, _b, _h, _mVH, _cCI, _sV],
  [[0, 1], [0, 1], [0, 1], 0, 0, 128 | 0, [2, n04, _MOSTL, 0, 0, 64 | 0], 0, 128 | 0],
  3
];
var TestInvokeMethodResponse$ = [
  3,
  n04,
  _TIMRe,
  0,
  [_sta, _b, _h, _mVH, _lo, _la],
  [1, 0, 128 | 0, [2, n04, _MOSTL, 0, 0, 64 | 0], 0, 1]
];
var ThrottleSettings$ = [
  3,
  n04,
  _TS2,
  0,
  [_bL, _rL],
  [1, 1]
];
var TlsConfig$ = [
  3,
  n04,
  _TC,
  0,
  [_iSV],
  [2]
];
var UntagResourceRequest$2 = [
  3,
  n04,
  _URR3,
  0,
  [_rA, _tK],
  [[0, 1], [64 | 0, { [_hQ]: _tK }]],
  2
];
var UpdateAccountRequest$ = [
  3,
  n04,
  _UAR,
  0,
  [_pO],
  [() => ListOfPatchOperation]
];
var UpdateApiKeyRequest$ = [
  3,
  n04,
  _UAKR,
  0,
  [_aK, _pO],
  [[0, 1], () => ListOfPatchOperation],
  1
];
var UpdateAuthorizerRequest$ = [
  3,
  n04,
  _UARp,
  0,
  [_rAI, _aIu, _pO],
  [[0, 1], [0, 1], () => ListOfPatchOperation],
  2
];
var UpdateBasePathMappingRequest$ = [
  3,
  n04,
  _UBPMR,
  0,
  [_dN, _bP, _dNI, _pO],
  [[0, 1], [0, 1], [0, { [_hQ]: _dNI }], () => ListOfPatchOperation],
  2
];
var UpdateClientCertificateRequest$ = [
  3,
  n04,
  _UCCR,
  0,
  [_cCI, _pO],
  [[0, 1], () => ListOfPatchOperation],
  1
];
var UpdateDeploymentRequest$ = [
  3,
  n04,
  _UDR,
  0,
  [_rAI, _dI, _pO],
  [[0, 1], [0, 1], () => ListOfPatchOperation],
  2
];
var UpdateDocumentationPartRequest$ = [
  3,
  n04,
  _UDPR,
  0,
  [_rAI, _dPI, _pO],
  [[0, 1], [0, 1], () => ListOfPatchOperation],
  2
];
var UpdateDocumentationVersionRequest$ = [
  3,
  n04,
  _UDVR,
  0,
  [_rAI, _dV, _pO],
  [[0, 1], [0, 1], () => ListOfPatchOperation],
  2
];
var UpdateDomainNameRequest$ = [
  3,
  n04,
  _UDNR,
  0,
  [_dN, _dNI, _pO],
  [[0, 1], [0, { [_hQ]: _dNI }], () => ListOfPatchOperation],
  1
];
var UpdateGatewayResponseRequest$ = [
  3,
  n04,
  _UGRR,
  0,
  [_rAI, _rT, _pO],
  [[0, 1], [0, 1], () => ListOfPatchOperation],
  2
];
var UpdateIntegrationRequest$ = [
  3,
  n04,
  _UIR,
  0,
  [_rAI, _rI, _hM, _pO],
  [[0, 1], [0, 1], [0, 1], () => ListOfPatchOperation],
  3
];
var UpdateIntegrationResponseRequest$ = [
  3,
  n04,
  _UIRR,
  0,
  [_rAI, _rI, _hM, _sC, _pO],
  [[0, 1], [0, 1], [0, 1], [0, 1], () => ListOfPatchOperation],
  4
];
var UpdateMethodRequest$ = [
  3,
  n04,
  _UMR,
  0,
  [_rAI, _rI, _hM, _pO],
  [[0, 1], [0, 1], [0, 1], () => ListOfPatchOperation],
  3
];
var UpdateMethodResponseRequest$ = [
  3,
  n04,
  _UMRR,
  0,
  [_rAI, _rI, _hM, _sC, _pO],
  [[0, 1], [0, 1], [0, 1], [0, 1], () => ListOfPatchOperation],
  4
];
var UpdateModelRequest$ = [
  3,
  n04,
  _UMRp,
  0,
  [_rAI, _mN, _pO],
  [[0, 1], [0, 1], () => ListOfPatchOperation],
  2
];
var UpdateRequestValidatorRequest$ = [
  3,
  n04,
  _URVR,
  0,
  [_rAI, _rVI, _pO],
  [[0, 1], [0, 1], () => ListOfPatchOperation],
  2
];
var UpdateResourceRequest$ = [
  3,
  n04,
  _URRp,
  0,
  [_rAI, _rI, _pO],
  [[0, 1], [0, 1], () => ListOfPatchOperation],
  2
];
var UpdateRestApiRequest$ = [
  3,
  n04,
  _URAR,
  0,
  [_rAI, _pO],
  [[0, 1], () => ListOfPatchOperation],
  1
];
var UpdateStageRequest$ = [
  3,
  n04,
  _USR,
  0,
  [_rAI, _sN, _pO],
  [[0, 1], [0, 1], () => ListOfPatchOperation],
  2
];
var UpdateUsagePlanRequest$ = [
  3,
  n04,
  _UUPR2,
  0,
  [_uPI, _pO],
  [[0, 1], () => ListOfPatchOperation],
  1
];
var UpdateUsageRequest$ = [
  3,
  n04,
  _UUR2,
  0,
  [_uPI, _kI, _pO],
  [[0, 1], [0, 1], () => ListOfPatchOperation],
  2
];
var UpdateVpcLinkRequest$ = [
  3,
  n04,
  _UVLR,
  0,
  [_vLI, _pO],
  [[0, 1], () => ListOfPatchOperation],
  1
];
var Usage$ = [
  3,
  n04,
  _U3,
  0,
  [_uPI, _sDt, _eDn, _it, _p],
  [0, 0, 0, [[2, n04, _MOKU, 0, 0, [1, n04, _LOU, 0, 64 | 1]], { [_jN]: _val }], [0, { [_hQ]: _p }]]
];
var UsagePlan$ = [
  3,
  n04,
  _UP2,
  0,
  [_i, _n, _d, _aS, _th, _q, _pC, _t],
  [0, 0, 0, () => ListOfApiStage, () => ThrottleSettings$, () => QuotaSettings$, 0, 128 | 0]
];
var UsagePlanKey$ = [
  3,
  n04,
  _UPK,
  0,
  [_i, _ty, _v, _n],
  [0, 0, 0, 0]
];
var UsagePlanKeys$ = [
  3,
  n04,
  _UPKs,
  0,
  [_it, _p],
  [[() => ListOfUsagePlanKey, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var UsagePlans$ = [
  3,
  n04,
  _UPs2,
  0,
  [_it, _p],
  [[() => ListOfUsagePlan, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var VpcLink$ = [
  3,
  n04,
  _VL,
  0,
  [_i, _n, _d, _tA, _sta, _sM, _t],
  [0, 0, 0, 64 | 0, 0, 0, 128 | 0]
];
var VpcLinks$ = [
  3,
  n04,
  _VLp,
  0,
  [_it, _p],
  [[() => ListOfVpcLink, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var __Unit = "unit";
var ListOfApiKey = [
  1,
  n04,
  _LOAK,
  0,
  () => ApiKey$
];
var ListOfApiStage = [
  1,
  n04,
  _LOAS,
  0,
  () => ApiStage$
];
var ListOfARNs = 64 | 0;
var ListOfAuthorizer = [
  1,
  n04,
  _LOA,
  0,
  () => Authorizer$
];
var ListOfBasePathMapping = [
  1,
  n04,
  _LOBPM,
  0,
  () => BasePathMapping$
];
var ListOfClientCertificate = [
  1,
  n04,
  _LOCC,
  0,
  () => ClientCertificate$
];
var ListOfDeployment = [
  1,
  n04,
  _LOD,
  0,
  () => Deployment$
];
var ListOfDocumentationPart = [
  1,
  n04,
  _LODP,
  0,
  () => DocumentationPart$
];
var ListOfDocumentationVersion = [
  1,
  n04,
  _LODV,
  0,
  () => DocumentationVersion$
];
var ListOfDomainName = [
  1,
  n04,
  _LODN,
  0,
  () => DomainName$
];
var ListOfDomainNameAccessAssociation = [
  1,
  n04,
  _LODNAA,
  0,
  () => DomainNameAccessAssociation$
];
var ListOfEndpointType = 64 | 0;
var ListOfGatewayResponse = [
  1,
  n04,
  _LOGR,
  0,
  () => GatewayResponse$
];
var ListOfLong = 64 | 1;
var ListOfModel = [
  1,
  n04,
  _LOM,
  0,
  () => Model$
];
var ListOfPatchOperation = [
  1,
  n04,
  _LOPO,
  0,
  () => PatchOperation$
];
var ListOfRequestValidator = [
  1,
  n04,
  _LORV,
  0,
  () => RequestValidator$
];
var ListOfResource = [
  1,
  n04,
  _LOR,
  0,
  () => Resource$
];
var ListOfRestApi = [
  1,
  n04,
  _LORA,
  0,
  () => RestApi$
];
var ListOfSdkConfigurationProperty = [
  1,
  n04,
  _LOSCP,
  0,
  () => SdkConfigurationProperty$
];
var ListOfSdkType = [
  1,
  n04,
  _LOST,
  0,
  () => SdkType$
];
var ListOfStage = [
  1,
  n04,
  _LOS,
  0,
  () => Stage$
];
var ListOfStageKeys = [
  1,
  n04,
  _LOSK,
  0,
  () => StageKey$
];
var ListOfString = 64 | 0;
var ListOfUsage = [
  1,
  n04,
  _LOU,
  0,
  64 | 1
];
var ListOfUsagePlan = [
  1,
  n04,
  _LOUP,
  0,
  () => UsagePlan$
];
var ListOfUsagePlanKey = [
  1,
  n04,
  _LOUPK,
  0,
  () => UsagePlanKey$
];
var ListOfVpcLink = [
  1,
  n04,
  _LOVL,
  0,
  () => VpcLink$
];
var MapOfApiStageThrottleSettings = [
  2,
  n04,
  _MOASTS,
  0,
  0,
  () => ThrottleSettings$
];
var MapOfIntegrationResponse = [
  2,
  n04,
  _MOIR,
  0,
  0,
  () => IntegrationResponse$
];
var MapOfKeyUsages = [
  2,
  n04,
  _MOKU,
  0,
  0,
  [1, n04, _LOU, 0, 64 | 1]
];
var MapOfMethod = [
  2,
  n04,
  _MOM,
  0,
  0,
  () => Method$
];
var MapOfMethodResponse = [
  2,
  n04,
  _MOMR,
  0,
  0,
  () => MethodResponse$
];
var MapOfMethodSettings = [
  2,
  n04,
  _MOMS,
  0,
  0,
  () => MethodSetting$
];
var MapOfMethodSnapshot = [
  2,
  n04,
  _MOMSa,
  0,
  0,
  () => MethodSnapshot$
];
var MapOfStringToBoolean = 128 | 2;
var MapOfStringToList = [
  2,
  n04,
  _MOSTL,
  0,
  0,
  64 | 0
];
var MapOfStringToString = 128 | 0;
var PathToMapOfMethodSnapshot = [
  2,
  n04,
  _PTMOMS,
  0,
  0,
  () => MapOfMethodSnapshot
];
var CreateApiKey$ = [
  9,
  n04,
  _CAK,
  { [_ht]: ["POST", "/apikeys", 201] },
  () => CreateApiKeyRequest$,
  () => ApiKey$
];
var CreateAuthorizer$ = [
  9,
  n04,
  _CA2,
  { [_ht]: ["POST", "/restapis/{restApiId}/authorizers", 201] },
  () => CreateAuthorizerRequest$,
  () => Authorizer$
];
var CreateBasePathMapping$ = [
  9,
  n04,
  _CBPM,
  { [_ht]: ["POST", "/domainnames/{domainName}/basepathmappings", 201] },
  () => CreateBasePathMappingRequest$,
  () => BasePathMapping$
];
var CreateDeployment$ = [
  9,
  n04,
  _CDr2,
  { [_ht]: ["POST", "/restapis/{restApiId}/deployments", 201] },
  () => CreateDeploymentRequest$,
  () => Deployment$
];
var CreateDocumentationPart$ = [
  9,
  n04,
  _CDP,
  { [_ht]: ["POST", "/restapis/{restApiId}/documentation/parts", 201] },
  () => CreateDocumentationPartRequest$,
  () => DocumentationPart$
];
var CreateDocumentationVersion$ = [
  9,
  n04,
  _CDV,
  { [_ht]: ["POST", "/restapis/{restApiId}/documentation/versions", 201] },
  () => CreateDocumentationVersionRequest$,
  () => DocumentationVersion$
];
var CreateDomainName$ = [
  9,
  n04,
  _CDN,
  { [_ht]: ["POST", "/domainnames", 201] },
  () => CreateDomainNameRequest$,
  () => DomainName$
];
var CreateDomainNameAccessAssociation$ = [
  9,
  n04,
  _CDNAA,
  { [_ht]: ["POST", "/domainnameaccessassociations", 201] },
  () => CreateDomainNameAccessAssociationRequest$,
  () => DomainNameAccessAssociation$
];
var CreateModel$ = [
  9,
  n04,
  _CM2,
  { [_ht]: ["POST", "/restapis/{restApiId}/models", 201] },
  () => CreateModelRequest$,
  () => Model$
];
var CreateRequestValidator$ = [
  9,
  n04,
  _CRV,
  { [_ht]: ["POST", "/restapis/{restApiId}/requestvalidators", 201] },
  () => CreateRequestValidatorRequest$,
  () => RequestValidator$
];
var CreateResource$ = [
  9,
  n04,
  _CR2,
  { [_ht]: ["POST", "/restapis/{restApiId}/resources/{parentId}", 201] },
  () => CreateResourceRequest$,
  () => Resource$
];
var CreateRestApi$ = [
  9,
  n04,
  _CRA,
  { [_ht]: ["POST", "/restapis", 201] },
  () => CreateRestApiRequest$,
  () => RestApi$
];
var CreateStage$ = [
  9,
  n04,
  _CSr,
  { [_ht]: ["POST", "/restapis/{restApiId}/stages", 201] },
  () => CreateStageRequest$,
  () => Stage$
];
var CreateUsagePlan$ = [
  9,
  n04,
  _CUP,
  { [_ht]: ["POST", "/usageplans", 201] },
  () => CreateUsagePlanRequest$,
  () => UsagePlan$
];
var CreateUsagePlanKey$ = [
  9,
  n04,
  _CUPK,
  { [_ht]: ["POST", "/usageplans/{usagePlanId}/keys", 201] },
  () => CreateUsagePlanKeyRequest$,
  () => UsagePlanKey$
];
var CreateVpcLink$ = [
  9,
  n04,
  _CVL,
  { [_ht]: ["POST", "/vpclinks", 202] },
  () => CreateVpcLinkRequest$,
  () => VpcLink$
];
var DeleteApiKey$ = [
  9,
  n04,
  _DAK,
  { [_ht]: ["DELETE", "/apikeys/{apiKey}", 202] },
  () => DeleteApiKeyRequest$,
  () => __Unit
];
var DeleteAuthorizer$ = [
  9,
  n04,
  _DA,
  { [_ht]: ["DELETE", "/restapis/{restApiId}/authorizers/{authorizerId}", 202] },
  () => DeleteAuthorizerRequest$,
  () => __Unit
];
var DeleteBasePathMapping$ = [
  9,
  n04,
  _DBPM,
  { [_ht]: ["DELETE", "/domainnames/{domainName}/basepathmappings/{basePath}", 202] },
  () => DeleteBasePathMappingRequest$,
  () => __Unit
];
var DeleteClientCertificate$ = [
  9,
  n04,
  _DCC,
  { [_ht]: ["DELETE", "/clientcertificates/{clientCertificateId}", 202] },
  () => DeleteClientCertificateRequest$,
  () => __Unit
];
var DeleteDeployment$ = [
  9,
  n04,
  _DD,
  { [_ht]: ["DELETE", "/restapis/{restApiId}/deployments/{deploymentId}", 202] },
  () => DeleteDeploymentRequest$,
  () => __Unit
];
var DeleteDocumentationPart$ = [
  9,
  n04,
  _DDP,
  { [_ht]: ["DELETE", "/restapis/{restApiId}/documentation/parts/{documentationPartId}", 202] },
  () => DeleteDocumentationPartRequest$,
  () => __Unit
];
var DeleteDocumentationVersion$ = [
  9,
  n04,
  _DDV,
  { [_ht]: ["DELETE", "/restapis/{restApiId}/documentation/versions/{documentationVersion}", 202] },
  () => DeleteDocumentationVersionRequest$,
  () => __Unit
];
var DeleteDomainName$ = [
  9,
  n04,
  _DDN,
  { [_ht]: ["DELETE", "/domainnames/{domainName}", 202] },
  () => DeleteDomainNameRequest$,
  () => __Unit
];
var DeleteDomainNameAccessAssociation$ = [
  9,
  n04,
  _DDNAA,
  { [_ht]: ["DELETE", "/domainnameaccessassociations/{domainNameAccessAssociationArn}", 202] },
  () => DeleteDomainNameAccessAssociationRequest$,
  () => __Unit
];
var DeleteGatewayResponse$ = [
  9,
  n04,
  _DGR,
  { [_ht]: ["DELETE", "/restapis/{restApiId}/gatewayresponses/{responseType}", 202] },
  () => DeleteGatewayResponseRequest$,
  () => __Unit
];
var DeleteIntegration$ = [
  9,
  n04,
  _DI,
  { [_ht]: ["DELETE", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/integration", 204] },
  () => DeleteIntegrationRequest$,
  () => __Unit
];
var DeleteIntegrationResponse$ = [
  9,
  n04,
  _DIRe,
  { [_ht]: ["DELETE", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/integration/responses/{statusCode}", 204] },
  () => DeleteIntegrationResponseRequest$,
  () => __Unit
];
var DeleteMethod$ = [
  9,
  n04,
  _DM2,
  { [_ht]: ["DELETE", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}", 204] },
  () => DeleteMethodRequest$,
  () => __Unit
];
var DeleteMethodResponse$ = [
  9,
  n04,
  _DMRel,
  { [_ht]: ["DELETE", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/responses/{statusCode}", 204] },
  () => DeleteMethodResponseRequest$,
  () => __Unit
];
var DeleteModel$ = [
  9,
  n04,
  _DMe,
  { [_ht]: ["DELETE", "/restapis/{restApiId}/models/{modelName}", 202] },
  () => DeleteModelRequest$,
  () => __Unit
];
var DeleteRequestValidator$ = [
  9,
  n04,
  _DRV,
  { [_ht]: ["DELETE", "/restapis/{restApiId}/requestvalidators/{requestValidatorId}", 202] },
  () => DeleteRequestValidatorRequest$,
  () => __Unit
];
var DeleteResource$ = [
  9,
  n04,
  _DR2,
  { [_ht]: ["DELETE", "/restapis/{restApiId}/resources/{resourceId}", 202] },
  () => DeleteResourceRequest$,
  () => __Unit
];
var DeleteRestApi$ = [
  9,
  n04,
  _DRA,
  { [_ht]: ["DELETE", "/restapis/{restApiId}", 202] },
  () => DeleteRestApiRequest$,
  () => __Unit
];
var DeleteStage$ = [
  9,
  n04,
  _DS,
  { [_ht]: ["DELETE", "/restapis/{restApiId}/stages/{stageName}", 202] },
  () => DeleteStageRequest$,
  () => __Unit
];
var DeleteUsagePlan$ = [
  9,
  n04,
  _DUP,
  { [_ht]: ["DELETE", "/usageplans/{usagePlanId}", 202] },
  () => DeleteUsagePlanRequest$,
  () => __Unit
];
var DeleteUsagePlanKey$ = [
  9,
  n04,
  _DUPK,
  { [_ht]: ["DELETE", "/usageplans/{usagePlanId}/keys/{keyId}", 202] },
  () => DeleteUsagePlanKeyRequest$,
  () => __Unit
];
var DeleteVpcLink$ = [
  9,
  n04,
  _DVL,
  { [_ht]: ["DELETE", "/vpclinks/{vpcLinkId}", 202] },
  () => DeleteVpcLinkRequest$,
  () => __Unit
];
var FlushStageAuthorizersCache$ = [
  9,
  n04,
  _FSAC,
  { [_ht]: ["DELETE", "/restapis/{restApiId}/stages/{stageName}/cache/authorizers", 202] },
  () => FlushStageAuthorizersCacheRequest$,
  () => __Unit
];
var FlushStageCache$ = [
  9,
  n04,
  _FSC,
  { [_ht]: ["DELETE", "/restapis/{restApiId}/stages/{stageName}/cache/data", 202] },
  () => FlushStageCacheRequest$,
  () => __Unit
];
var GenerateClientCertificate$ = [
  9,
  n04,
  _GCC,
  { [_ht]: ["POST", "/clientcertificates", 201] },
  () => GenerateClientCertificateRequest$,
  () => ClientCertificate$
];
var GetAccount$ = [
  9,
  n04,
  _GA,
  { [_ht]: ["GET", "/account", 200] },
  () => GetAccountRequest$,
  () => Account$
];
var GetApiKey$ = [
  9,
  n04,
  _GAK,
  { [_ht]: ["GET", "/apikeys/{apiKey}", 200] },
  () => GetApiKeyRequest$,
  () => ApiKey$
];
var GetApiKeys$ = [
  9,
  n04,
  _GAKe,
  { [_ht]: ["GET", "/apikeys", 200] },
  () => GetApiKeysRequest$,
  () => ApiKeys$
];
var GetAuthorizer$ = [
  9,
  n04,
  _GAe,
  { [_ht]: ["GET", "/restapis/{restApiId}/authorizers/{authorizerId}", 200] },
  () => GetAuthorizerRequest$,
  () => Authorizer$
];
var GetAuthorizers$ = [
  9,
  n04,
  _GAet,
  { [_ht]: ["GET", "/restapis/{restApiId}/authorizers", 200] },
  () => GetAuthorizersRequest$,
  () => Authorizers$
];
var GetBasePathMapping$ = [
  9,
  n04,
  _GBPM,
  { [_ht]: ["GET", "/domainnames/{domainName}/basepathmappings/{basePath}", 200] },
  () => GetBasePathMappingRequest$,
  () => BasePathMapping$
];
var GetBasePathMappings$ = [
  9,
  n04,
  _GBPMe,
  { [_ht]: ["GET", "/domainnames/{domainName}/basepathmappings", 200] },
  () => GetBasePathMappingsRequest$,
  () => BasePathMappings$
];
var GetClientCertificate$ = [
  9,
  n04,
  _GCCe,
  { [_ht]: ["GET", "/clientcertificates/{clientCertificateId}", 200] },
  () => GetClientCertificateRequest$,
  () => ClientCertificate$
];
var GetClientCertificates$ = [
  9,
  n04,
  _GCCet,
  { [_ht]: ["GET", "/clientcertificates", 200] },
  () => GetClientCertificatesRequest$,
  () => ClientCertificates$
];
var GetDeployment$ = [
  9,
  n04,
  _GD2,
  { [_ht]: ["GET", "/restapis/{restApiId}/deployments/{deploymentId}", 200] },
  () => GetDeploymentRequest$,
  () => Deployment$
];
var GetDeployments$ = [
  9,
  n04,
  _GDe,
  { [_ht]: ["GET", "/restapis/{restApiId}/deployments", 200] },
  () => GetDeploymentsRequest$,
  () => Deployments$
];
var GetDocumentationPart$ = [
  9,
  n04,
  _GDP,
  { [_ht]: ["GET", "/restapis/{restApiId}/documentation/parts/{documentationPartId}", 200] },
  () => GetDocumentationPartRequest$,
  () => DocumentationPart$
];
var GetDocumentationParts$ = [
  9,
  n04,
  _GDPe,
  { [_ht]: ["GET", "/restapis/{restApiId}/documentation/parts", 200] },
  () => GetDocumentationPartsRequest$,
  () => DocumentationParts$
];
var GetDocumentationVersion$ = [
  9,
  n04,
  _GDV,
  { [_ht]: ["GET", "/restapis/{restApiId}/documentation/versions/{documentationVersion}", 200] },
  () => GetDocumentationVersionRequest$,
  () => DocumentationVersion$
];
var GetDocumentationVersions$ = [
  9,
  n04,
  _GDVe,
  { [_ht]: ["GET", "/restapis/{restApiId}/documentation/versions", 200] },
  () => GetDocumentationVersionsRequest$,
  () => DocumentationVersions$
];
var GetDomainName$ = [
  9,
  n04,
  _GDN,
  { [_ht]: ["GET", "/domainnames/{domainName}", 200] },
  () => GetDomainNameRequest$,
  () => DomainName$
];
var GetDomainNameAccessAssociations$ = [
  9,
  n04,
  _GDNAA,
  { [_ht]: ["GET", "/domainnameaccessassociations", 200] },
  () => GetDomainNameAccessAssociationsRequest$,
  () => DomainNameAccessAssociations$
];
var GetDomainNames$ = [
  9,
  n04,
  _GDNe,
  { [_ht]: ["GET", "/domainnames", 200] },
  () => GetDomainNamesRequest$,
  () => DomainNames$
];
var GetExport$ = [
  9,
  n04,
  _GE,
  { [_ht]: ["GET", "/restapis/{restApiId}/stages/{stageName}/exports/{exportType}", 200] },
  () => GetExportRequest$,
  () => ExportResponse$
];
var GetGatewayResponse$ = [
  9,
  n04,
  _GGR,
  { [_ht]: ["GET", "/restapis/{restApiId}/gatewayresponses/{responseType}", 200] },
  () => GetGatewayResponseRequest$,
  () => GatewayResponse$
];
var GetGatewayResponses$ = [
  9,
  n04,
  _GGRe,
  { [_ht]: ["GET", "/restapis/{restApiId}/gatewayresponses", 200] },
  () => GetGatewayResponsesRequest$,
  () => GatewayResponses$
];
var GetIntegration$ = [
  9,
  n04,
  _GI2,
  { [_ht]: ["GET", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/integration", 200] },
  () => GetIntegrationRequest$,
  () => Integration$
];
var GetIntegrationResponse$ = [
  9,
  n04,
  _GIRe,
  { [_ht]: ["GET", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/integration/responses/{statusCode}", 200] },
  () => GetIntegrationResponseRequest$,
  () => IntegrationResponse$
];
var GetMethod$ = [
  9,
  n04,
  _GM,
  { [_ht]: ["GET", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}", 200] },
  () => GetMethodRequest$,
  () => Method$
];
var GetMethodResponse$ = [
  9,
  n04,
  _GMRete,
  { [_ht]: ["GET", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/responses/{statusCode}", 200] },
  () => GetMethodResponseRequest$,
  () => MethodResponse$
];
var GetModel$ = [
  9,
  n04,
  _GMe,
  { [_ht]: ["GET", "/restapis/{restApiId}/models/{modelName}", 200] },
  () => GetModelRequest$,
  () => Model$
];
var GetModels$ = [
  9,
  n04,
  _GMet,
  { [_ht]: ["GET", "/restapis/{restApiId}/models", 200] },
  () => GetModelsRequest$,
  () => Models$
];
var GetModelTemplate$ = [
  9,
  n04,
  _GMT,
  { [_ht]: ["GET", "/restapis/{restApiId}/models/{modelName}/default_template", 200] },
  () => GetModelTemplateRequest$,
  () => Template$
];
var GetRequestValidator$ = [
  9,
  n04,
  _GRV,
  { [_ht]: ["GET", "/restapis/{restApiId}/requestvalidators/{requestValidatorId}", 200] },
  () => GetRequestValidatorRequest$,
  () => RequestValidator$
];
var GetRequestValidators$ = [
  9,
  n04,
  _GRVe,
  { [_ht]: ["GET", "/restapis/{restApiId}/requestvalidators", 200] },
  () => GetRequestValidatorsRequest$,
  () => RequestValidators$
];
var GetResource$ = [
  9,
  n04,
  _GRe,
  { [_ht]: ["GET", "/restapis/{restApiId}/resources/{resourceId}", 200] },
  () => GetResourceRequest$,
  () => Resource$
];
var GetResources$ = [
  9,
  n04,
  _GRet,
  { [_ht]: ["GET", "/restapis/{restApiId}/resources", 200] },
  () => GetResourcesRequest$,
  () => Resources$
];
var GetRestApi$ = [
  9,
  n04,
  _GRA,
  { [_ht]: ["GET", "/restapis/{restApiId}", 200] },
  () => GetRestApiRequest$,
  () => RestApi$
];
var GetRestApis$ = [
  9,
  n04,
  _GRAe,
  { [_ht]: ["GET", "/restapis", 200] },
  () => GetRestApisRequest$,
  () => RestApis$
];
var GetSdk$ = [
  9,
  n04,
  _GS2,
  { [_ht]: ["GET", "/restapis/{restApiId}/stages/{stageName}/sdks/{sdkType}", 200] },
  () => GetSdkRequest$,
  () => SdkResponse$
];
var GetSdkType$ = [
  9,
  n04,
  _GST,
  { [_ht]: ["GET", "/sdktypes/{id}", 200] },
  () => GetSdkTypeRequest$,
  () => SdkType$
];
var GetSdkTypes$ = [
  9,
  n04,
  _GSTe,
  { [_ht]: ["GET", "/sdktypes", 200] },
  () => GetSdkTypesRequest$,
  () => SdkTypes$
];
var GetStage$ = [
  9,
  n04,
  _GSe,
  { [_ht]: ["GET", "/restapis/{restApiId}/stages/{stageName}", 200] },
  () => GetStageRequest$,
  () => Stage$
];
var GetStages$ = [
  9,
  n04,
  _GSet,
  { [_ht]: ["GET", "/restapis/{restApiId}/stages", 200] },
  () => GetStagesRequest$,
  () => Stages$
];
var GetTags$ = [
  9,
  n04,
  _GT2,
  { [_ht]: ["GET", "/tags/{resourceArn}", 200] },
  () => GetTagsRequest$,
  () => Tags$
];
var GetUsage$ = [
  9,
  n04,
  _GU,
  { [_ht]: ["GET", "/usageplans/{usagePlanId}/usage", 200] },
  () => GetUsageRequest$,
  () => Usage$
];
var GetUsagePlan$ = [
  9,
  n04,
  _GUP,
  { [_ht]: ["GET", "/usageplans/{usagePlanId}", 200] },
  () => GetUsagePlanRequest$,
  () => UsagePlan$
];
var GetUsagePlanKey$ = [
  9,
  n04,
  _GUPK,
  { [_ht]: ["GET", "/usageplans/{usagePlanId}/keys/{keyId}", 200] },
  () => GetUsagePlanKeyRequest$,
  () => UsagePlanKey$
];
var GetUsagePlanKeys$ = [
  9,
  n04,
  _GUPKe,
  { [_ht]: ["GET", "/usageplans/{usagePlanId}/keys", 200] },
  () => GetUsagePlanKeysRequest$,
  () => UsagePlanKeys$
];
var GetUsagePlans$ = [
  9,
  n04,
  _GUPe,
  { [_ht]: ["GET", "/usageplans", 200] },
  () => GetUsagePlansRequest$,
  () => UsagePlans$
];
var GetVpcLink$ = [
  9,
  n04,
  _GVL,
  { [_ht]: ["GET", "/vpclinks/{vpcLinkId}", 200] },
  () => GetVpcLinkRequest$,
  () => VpcLink$
];
var GetVpcLinks$ = [
  9,
  n04,
  _GVLe,
  { [_ht]: ["GET", "/vpclinks", 200] },
  () => GetVpcLinksRequest$,
  () => VpcLinks$
];
var ImportApiKeys$ = [
  9,
  n04,
  _IAK,
  { [_ht]: ["POST", "/apikeys?mode=import", 201] },
  () => ImportApiKeysRequest$,
  () => ApiKeyIds$
];
var ImportDocumentationParts$ = [
  9,
  n04,
  _IDP,
  { [_ht]: ["PUT", "/restapis/{restApiId}/documentation/parts", 200] },
  () => ImportDocumentationPartsRequest$,
  () => DocumentationPartIds$
];
var ImportRestApi$ = [
  9,
  n04,
  _IRA,
  { [_ht]: ["POST", "/restapis?mode=import", 201] },
  () => ImportRestApiRequest$,
  () => RestApi$
];
var PutGatewayResponse$ = [
  9,
  n04,
  _PGR,
  { [_ht]: ["PUT", "/restapis/{restApiId}/gatewayresponses/{responseType}", 201] },
  () => PutGatewayResponseRequest$,
  () => GatewayResponse$
];
var PutIntegration$ = [
  9,
  n04,
  _PI2,
  { [_ht]: ["PUT", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/integration", 201] },
  () => PutIntegrationRequest$,
  () => Integration$
];
var PutIntegrationResponse$ = [
  9,
  n04,
  _PIRu,
  { [_ht]: ["PUT", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/integration/responses/{statusCode}", 201] },
  () => PutIntegrationResponseRequest$,
  () => IntegrationResponse$
];
var PutMethod$ = [
  9,
  n04,
  _PM,
  { [_ht]: ["PUT", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}", 201] },
  () => PutMethodRequest$,
  () => Method$
];
var PutMethodResponse$ = [
  9,
  n04,
  _PMRu,
  { [_ht]: ["PUT", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/responses/{statusCode}", 201] },
  () => PutMethodResponseRequest$,
  () => MethodResponse$
];
var PutRestApi$ = [
  9,
  n04,
  _PRA,
  { [_ht]: ["PUT", "/restapis/{restApiId}", 200] },
  () => PutRestApiRequest$,
  () => RestApi$
];
var RejectDomainNameAccessAssociation$ = [
  9,
  n04,
  _RDNAA,
  { [_ht]: ["POST", "/rejectdomainnameaccessassociations", 202] },
  () => RejectDomainNameAccessAssociationRequest$,
  () => __Unit
];
var TagResource$ = [
  9,
  n04,
  _TR,
  { [_ht]: ["PUT", "/tags/{resourceArn}", 204] },
  () => TagResourceRequest$2,
  () => __Unit
];
var TestInvokeAuthorizer$ = [
  9,
  n04,
  _TIA,
  { [_ht]: ["POST", "/restapis/{restApiId}/authorizers/{authorizerId}", 200] },
  () => TestInvokeAuthorizerRequest$,
  () => TestInvokeAuthorizerResponse$
];
var TestInvokeMethod$ = [
  9,
  n04,
  _TIM,
  { [_ht]: ["POST", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}", 200] },
  () => TestInvokeMethodRequest$,
  () => TestInvokeMethodResponse$
];
var UntagResource$ = [
  9,
  n04,
  _UR,
  { [_ht]: ["DELETE", "/tags/{resourceArn}", 204] },
  () => UntagResourceRequest$2,
  () => __Unit
];
var UpdateAccount$ = [
  9,
  n04,
  _UA2,
  { [_ht]: ["PATCH", "/account", 200] },
  () => UpdateAccountRequest$,
  () => Account$
];
var UpdateApiKey$ = [
  9,
  n04,
  _UAK,
  { [_ht]: ["PATCH", "/apikeys/{apiKey}", 200] },
  () => UpdateApiKeyRequest$,
  () => ApiKey$
];
var UpdateAuthorizer$ = [
  9,
  n04,
  _UAp,
  { [_ht]: ["PATCH", "/restapis/{restApiId}/authorizers/{authorizerId}", 200] },
  () => UpdateAuthorizerRequest$,
  () => Authorizer$
];
var UpdateBasePathMapping$ = [
  9,
  n04,
  _UBPM,
  { [_ht]: ["PATCH", "/domainnames/{domainName}/basepathmappings/{basePath}", 200] },
  () => UpdateBasePathMappingRequest$,
  () => BasePathMapping$
];
var UpdateClientCertificate$ = [
  9,
  n04,
  _UCC,
  { [_ht]: ["PATCH", "/clientcertificates/{clientCertificateId}", 200] },
  () => UpdateClientCertificateRequest$,
  () => ClientCertificate$
];
var UpdateDeployment$ = [
  9,
  n04,
  _UD3,
  { [_ht]: ["PATCH", "/restapis/{restApiId}/deployments/{deploymentId}", 200] },
  () => UpdateDeploymentRequest$,
  () => Deployment$
];
var UpdateDocumentationPart$ = [
  9,
  n04,
  _UDP,
  { [_ht]: ["PATCH", "/restapis/{restApiId}/documentation/parts/{documentationPartId}", 200] },
  () => UpdateDocumentationPartRequest$,
  () => DocumentationPart$
];
var UpdateDocumentationVersion$ = [
  9,
  n04,
  _UDV,
  { [_ht]: ["PATCH", "/restapis/{restApiId}/documentation/versions/{documentationVersion}", 200] },
  () => UpdateDocumentationVersionRequest$,
  () => DocumentationVersion$
];
var UpdateDomainName$ = [
  9,
  n04,
  _UDN,
  { [_ht]: ["PATCH", "/domainnames/{domainName}", 200] },
  () => UpdateDomainNameRequest$,
  () => DomainName$
];
var UpdateGatewayResponse$ = [
  9,
  n04,
  _UGR,
  { [_ht]: ["PATCH", "/restapis/{restApiId}/gatewayresponses/{responseType}", 200] },
  () => UpdateGatewayResponseRequest$,
  () => GatewayResponse$
];
var UpdateIntegration$ = [
  9,
  n04,
  _UI2,
  { [_ht]: ["PATCH", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/integration", 200] },
  () => UpdateIntegrationRequest$,
  () => Integration$
];
var UpdateIntegrationResponse$ = [
  9,
  n04,
  _UIRp,
  { [_ht]: ["PATCH", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/integration/responses/{statusCode}", 200] },
  () => UpdateIntegrationResponseRequest$,
  () => IntegrationResponse$
];
var UpdateMethod$ = [
  9,
  n04,
  _UM2,
  { [_ht]: ["PATCH", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}", 200] },
  () => UpdateMethodRequest$,
  () => Method$
];
var UpdateMethodResponse$ = [
  9,
  n04,
  _UMRpd,
  { [_ht]: ["PATCH", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/responses/{statusCode}", 201] },
  () => UpdateMethodResponseRequest$,
  () => MethodResponse$
];
var UpdateModel$ = [
  9,
  n04,
  _UMp,
  { [_ht]: ["PATCH", "/restapis/{restApiId}/models/{modelName}", 200] },
  () => UpdateModelRequest$,
  () => Model$
];
var UpdateRequestValidator$ = [
  9,
  n04,
  _URV,
  { [_ht]: ["PATCH", "/restapis/{restApiId}/requestvalidators/{requestValidatorId}", 200] },
  () => UpdateRequestValidatorRequest$,
  () => RequestValidator$
];
var UpdateResource$ = [
  9,
  n04,
  _URp,
  { [_ht]: ["PATCH", "/restapis/{restApiId}/resources/{resourceId}", 200] },
  () => UpdateResourceRequest$,
  () => Resource$
];
var UpdateRestApi$ = [
  9,
  n04,
  _URA,
  { [_ht]: ["PATCH", "/restapis/{restApiId}", 200] },
  () => UpdateRestApiRequest$,
  () => RestApi$
];
var UpdateStage$ = [
  9,
  n04,
  _US2,
  { [_ht]: ["PATCH", "/restapis/{restApiId}/stages/{stageName}", 200] },
  () => UpdateStageRequest$,
  () => Stage$
];
var UpdateUsage$ = [
  9,
  n04,
  _UU,
  { [_ht]: ["PATCH", "/usageplans/{usagePlanId}/keys/{keyId}/usage", 200] },
  () => UpdateUsageRequest$,
  () => Usage$
];
var UpdateUsagePlan$ = [
  9,
  n04,
  _UUP,
  { [_ht]: ["PATCH", "/usageplans/{usagePlanId}", 200] },
  () => UpdateUsagePlanRequest$,
  () => UsagePlan$
];
var UpdateVpcLink$ = [
  9,
  n04,
  _UVL,
  { [_ht]: ["PATCH", "/vpclinks/{vpcLinkId}", 200] },
  () => UpdateVpcLinkRequest$,
  () => VpcLink$
];

// node_modules/@aws-sdk/client-api-gateway/dist-es/runtimeConfig.shared.js
var getRuntimeConfig7 = (config) => {
  return {
    apiVersion: "2015-07-09",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver4,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultAPIGatewayHttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsRestJsonProtocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.apigateway",
      errorTypeRegistries: errorTypeRegistries4,
      version: "2015-07-09",
      serviceTarget: "BackplaneControlService"
    },
    serviceId: config?.serviceId ?? "API Gateway",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-api-gateway/dist-es/runtimeConfig.js
var getRuntimeConfig8 = (config) => {
  emitWarningIfUnsupportedVersion2(process.version);
  const defaultsMode = resolveDefaultsModeConfig(config);
  const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
  const clientSharedValues = getRuntimeConfig7(config);
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
    defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: package_default4.version }),
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

// node_modules/@aws-sdk/client-api-gateway/dist-es/auth/httpAuthExtensionConfiguration.js
var getHttpAuthExtensionConfiguration4 = (runtimeConfig) => {
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
var resolveHttpAuthRuntimeConfig4 = (config) => {
  return {
    httpAuthSchemes: config.httpAuthSchemes(),
    httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
    credentials: config.credentials()
  };
};

// node_modules/@aws-sdk/client-api-gateway/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions4 = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration4(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig4(extensionConfiguration));
};

// node_modules/@aws-sdk/client-api-gateway/dist-es/APIGatewayClient.js
var APIGatewayClient = class extends Client {
  config;
  constructor(...[configuration]) {
    const _config_0 = getRuntimeConfig8(configuration || {});
    super(_config_0);
    this.initConfig = _config_0;
    const _config_1 = resolveClientEndpointParameters4(_config_0);
    const _config_2 = resolveUserAgentConfig(_config_1);
    const _config_3 = resolveRetryConfig(_config_2);
    const _config_4 = resolveRegionConfig(_config_3);
    const _config_5 = resolveHostHeaderConfig(_config_4);
    const _config_6 = resolveEndpointConfig(_config_5);
    const _config_7 = resolveHttpAuthSchemeConfig4(_config_6);
    const _config_8 = resolveRuntimeExtensions4(_config_7, configuration?.extensions || []);
    this.config = _config_8;
    this.middlewareStack.use(getSchemaSerdePlugin(this.config));
    this.middlewareStack.use(getUserAgentPlugin(this.config));
    this.middlewareStack.use(getRetryPlugin(this.config));
    this.middlewareStack.use(getContentLengthPlugin(this.config));
    this.middlewareStack.use(getHostHeaderPlugin(this.config));
    this.middlewareStack.use(getLoggerPlugin(this.config));
    this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
    this.middlewareStack.use(getAcceptHeaderPlugin(this.config));
    this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
      httpAuthSchemeParametersProvider: defaultAPIGatewayHttpAuthSchemeParametersProvider,
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

// node_modules/@aws-sdk/client-api-gateway/dist-es/commandBuilder.js
var command4 = makeBuilder(commonParams4, "BackplaneControlService", "APIGatewayClient", getEndpointPlugin);
var _ep04 = {};
var _mw04 = (Command, cs, config, o2) => [];

// node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetAuthorizersCommand.js
var GetAuthorizersCommand = class extends command4(_ep04, _mw04, "GetAuthorizers", GetAuthorizers$) {
};

// node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetResourcesCommand.js
var GetResourcesCommand = class extends command4(_ep04, _mw04, "GetResources", GetResources$) {
};

// node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetRestApisCommand.js
var GetRestApisCommand = class extends command4(_ep04, _mw04, "GetRestApis", GetRestApis$) {
};

// node_modules/@aws-sdk/client-apigatewayv2/dist-es/auth/httpAuthSchemeProvider.js
var defaultApiGatewayV2HttpAuthSchemeParametersProvider = async (config, context, input) => {
  return {
    operation: getSmithyContext(context).operation,
    region: await normalizeProvider(config.region)() || (() => {
      throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
    })()
  };
};
function createAwsAuthSigv4HttpAuthOption5(authParameters) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: {
      name: "apigateway",
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
var defaultApiGatewayV2HttpAuthSchemeProvider = (authParameters) => {
  const options = [];
  switch (authParameters.operation) {
    default: {
      options.push(createAwsAuthSigv4HttpAuthOption5(authParameters));
    }
  }
  return options;
};
var resolveHttpAuthSchemeConfig5 = (config) => {
  const config_0 = resolveAwsSdkSigV4Config(config);
  return Object.assign(config_0, {
    authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
  });
};

// node_modules/@aws-sdk/client-apigatewayv2/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters5 = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "apigateway"
  });
};
var commonParams5 = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-apigatewayv2/package.json
var package_default5 = {
  name: "@aws-sdk/client-apigatewayv2",
  version: "3.1178.0",
  description: "AWS SDK for JavaScript Apigatewayv2 Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-apigatewayv2",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-apigatewayv2"
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

// node_modules/@aws-sdk/client-apigatewayv2/dist-es/endpoint/bdd.js
var k5 = "ref";
var a5 = -1;
var b5 = true;
var c5 = "isSet";
var d5 = "PartitionResult";
var e5 = "booleanEquals";
var f5 = "getAttr";
var g5 = { [k5]: "Endpoint" };
var h5 = { [k5]: d5 };
var i5 = {};
var j5 = [{ [k5]: "Region" }];
var _data5 = {
  conditions: [
    [c5, [g5]],
    [c5, j5],
    ["aws.partition", j5, d5],
    [e5, [{ [k5]: "UseFIPS" }, b5]],
    [e5, [{ [k5]: "UseDualStack" }, b5]],
    [e5, [{ fn: f5, argv: [h5, "supportsDualStack"] }, b5]],
    [e5, [{ fn: f5, argv: [h5, "supportsFIPS"] }, b5]]
  ],
  results: [
    [a5],
    [a5, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a5, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [g5, i5],
    ["https://apigateway-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i5],
    [a5, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://apigateway-fips.{Region}.{PartitionResult#dnsSuffix}", i5],
    [a5, "FIPS is enabled but this partition does not support FIPS"],
    ["https://apigateway.{Region}.{PartitionResult#dualStackDnsSuffix}", i5],
    [a5, "DualStack is enabled but this partition does not support DualStack"],
    ["https://apigateway.{Region}.{PartitionResult#dnsSuffix}", i5],
    [a5, "Invalid Configuration: Missing Region"]
  ]
};
var root5 = 2;
var r5 = 1e8;
var nodes5 = new Int32Array([
  -1,
  1,
  -1,
  0,
  12,
  3,
  1,
  4,
  r5 + 11,
  2,
  5,
  r5 + 11,
  3,
  8,
  6,
  4,
  7,
  r5 + 10,
  5,
  r5 + 8,
  r5 + 9,
  4,
  10,
  9,
  6,
  r5 + 6,
  r5 + 7,
  5,
  11,
  r5 + 5,
  6,
  r5 + 4,
  r5 + 5,
  3,
  r5 + 1,
  13,
  4,
  r5 + 2,
  r5 + 3
]);
var bdd5 = BinaryDecisionDiagram.from(nodes5, root5, _data5.conditions, _data5.results);

// node_modules/@aws-sdk/client-apigatewayv2/dist-es/endpoint/endpointResolver.js
var cache5 = new EndpointCache({
  size: 50,
  params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
});
var defaultEndpointResolver5 = (endpointParams, context = {}) => {
  return cache5.get(endpointParams, () => decideEndpoint(bdd5, {
    endpointParams,
    logger: context.logger
  }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

// node_modules/@aws-sdk/client-apigatewayv2/dist-es/models/ApiGatewayV2ServiceException.js
var ApiGatewayV2ServiceException = class _ApiGatewayV2ServiceException extends ServiceException {
  static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.apigatewayv2#ApiGatewayV2ServiceException";
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _ApiGatewayV2ServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-apigatewayv2/dist-es/models/errors.js
var AccessDeniedException2 = class _AccessDeniedException extends ApiGatewayV2ServiceException {
  static shapeId = "com.amazonaws.apigatewayv2#AccessDeniedException";
  name = "AccessDeniedException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AccessDeniedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AccessDeniedException.prototype);
    this.Message = opts.Message;
  }
};
var BadRequestException2 = class _BadRequestException extends ApiGatewayV2ServiceException {
  static shapeId = "com.amazonaws.apigatewayv2#BadRequestException";
  name = "BadRequestException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "BadRequestException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _BadRequestException.prototype);
    this.Message = opts.Message;
  }
};
var ConflictException2 = class _ConflictException extends ApiGatewayV2ServiceException {
  static shapeId = "com.amazonaws.apigatewayv2#ConflictException";
  name = "ConflictException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ConflictException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConflictException.prototype);
    this.Message = opts.Message;
  }
};
var NotFoundException2 = class _NotFoundException extends ApiGatewayV2ServiceException {
  static shapeId = "com.amazonaws.apigatewayv2#NotFoundException";
  name = "NotFoundException";
  $fault = "client";
  Message;
  ResourceType;
  constructor(opts) {
    super({
      name: "NotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NotFoundException.prototype);
    this.Message = opts.Message;
    this.ResourceType = opts.ResourceType;
  }
};
var TooManyRequestsException4 = class _TooManyRequestsException extends ApiGatewayV2ServiceException {
  static shapeId = "com.amazonaws.apigatewayv2#TooManyRequestsException";
  name = "TooManyRequestsException";
  $fault = "client";
  LimitType;
  Message;
  constructor(opts) {
    super({
      name: "TooManyRequestsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyRequestsException.prototype);
    this.LimitType = opts.LimitType;
    this.Message = opts.Message;
  }
};

// node_modules/@aws-sdk/client-apigatewayv2/dist-es/schemas/schemas_0.js
var _A4 = "Api";
var _AC2 = "AllowCredentials";
var _ACA = "AuthorizerCredentialsArn";
var _ACI = "AppClientId";
var _ACMM = "ACMManaged";
var _ACc2 = "AccentColor";
var _AD = "AutoDeployed";
var _ADE2 = "AccessDeniedException";
var _ADu = "AutoDeploy";
var _AE = "ApiEndpoint";
var _AGDN = "ApiGatewayDomainName";
var _AGM = "ApiGatewayManaged";
var _AH = "AllowHeaders";
var _AI3 = "ApiId";
var _AIu = "AuthorizerId";
var _AKR = "ApiKeyRequired";
var _AKSE = "ApiKeySelectionExpression";
var _ALS2 = "AccessLogSettings";
var _AM2 = "ApiMapping";
var _AMI = "ApiMappingId";
var _AMK = "ApiMappingKey";
var _AMSE = "ApiMappingSelectionExpression";
var _AMc2 = "AcmManaged";
var _AMl = "AllowMethods";
var _AO = "AllowOrigins";
var _AOn = "AnyOf";
var _APFV = "AuthorizerPayloadFormatVersion";
var _ARTIS = "AuthorizerResultTtlInSeconds";
var _AS3 = "AuthorizationScopes";
var _AT2 = "AuthorizerType";
var _ATu2 = "AuthorizationType";
var _AU = "AuthorizerUri";
var _Ac2 = "Actions";
var _Au3 = "Authorization";
var _Aud = "Audience";
var _Aut2 = "Authorizer";
var _B = "Body";
var _BC = "BackgroundColor";
var _BRE2 = "BadRequestException";
var _Ba = "Basepath";
var _C = "Cors";
var _CA3 = "CertificateArn";
var _CAM2 = "CreateApiMapping";
var _CAMR = "CreateApiMappingRequest";
var _CAMRr = "CreateApiMappingResponse";
var _CAR2 = "CreateApiRequest";
var _CARr = "CreateApiResponse";
var _CARre = "CreateAuthorizerRequest";
var _CARrea = "CreateAuthorizerResponse";
var _CAr2 = "CredentialsArn";
var _CAre = "CreateApi";
var _CArea = "CreateAuthorizer";
var _CC3 = "CorsConfiguration";
var _CCI = "ClientCertificateId";
var _CCo = "CognitoConfig";
var _CCu = "CustomColors";
var _CD5 = "CreatedDate";
var _CDN2 = "CreateDomainName";
var _CDNR2 = "CreateDomainNameRequest";
var _CDNRr = "CreateDomainNameResponse";
var _CDR2 = "CreateDeploymentRequest";
var _CDRr = "CreateDeploymentResponse";
var _CDr3 = "CreateDeployment";
var _CE3 = "ConflictException";
var _CHS = "ContentHandlingStrategy";
var _CI3 = "ConnectionId";
var _CIR = "CreateIntegrationRequest";
var _CIRR = "CreateIntegrationResponseRequest";
var _CIRRr = "CreateIntegrationResponseResponse";
var _CIRr = "CreateIntegrationResult";
var _CIRre = "CreateIntegrationResponse";
var _CIr2 = "CreateIntegration";
var _CM3 = "CreateModel";
var _CMR2 = "CreateModelRequest";
var _CMRr = "CreateModelResponse";
var _CN2 = "CertificateName";
var _CP3 = "CreatePortal";
var _CPP = "CreatePortalProduct";
var _CPPR = "CreatePortalProductRequest";
var _CPPRr = "CreatePortalProductResponse";
var _CPPRre = "CreateProductPageRequest";
var _CPPRrea = "CreateProductPageResponse";
var _CPPr = "CreateProductPage";
var _CPR = "CreatePortalRequest";
var _CPREP = "CreateProductRestEndpointPage";
var _CPREPR = "CreateProductRestEndpointPageRequest";
var _CPREPRr = "CreateProductRestEndpointPageResponse";
var _CPRr = "CreatePortalResponse";
var _CR3 = "CreateRoute";
var _CRR2 = "CreateRouteRequest";
var _CRRR = "CreateRouteResponseRequest";
var _CRRRr = "CreateRouteResponseResponse";
var _CRRRre = "CreateRoutingRuleRequest";
var _CRRRrea = "CreateRoutingRuleResponse";
var _CRRr = "CreateRouteResult";
var _CRRre = "CreateRouteResponse";
var _CRRrea = "CreateRoutingRule";
var _CS3 = "CreateStage";
var _CSR2 = "CreateStageRequest";
var _CSRr = "CreateStageResponse";
var _CT4 = "ConnectionType";
var _CTo = "ContentType";
var _CUD = "CertificateUploadDate";
var _CVL2 = "CreateVpcLink";
var _CVLR2 = "CreateVpcLinkRequest";
var _CVLRr = "CreateVpcLinkResponse";
var _Co = "Conditions";
var _Con = "Contents";
var _D3 = "Description";
var _DA2 = "DestinationArn";
var _DALS = "DeleteAccessLogSettings";
var _DALSR = "DeleteAccessLogSettingsRequest";
var _DAM = "DeleteApiMapping";
var _DAMR = "DeleteApiMappingRequest";
var _DAR2 = "DeleteApiRequest";
var _DARe = "DeleteAuthorizerRequest";
var _DAe = "DeleteApi";
var _DAel = "DeleteAuthorizer";
var _DC2 = "DisplayContent";
var _DCC2 = "DeleteCorsConfiguration";
var _DCCR2 = "DeleteCorsConfigurationRequest";
var _DCO = "DisplayContentOverrides";
var _DD2 = "DeleteDeployment";
var _DDN2 = "DeleteDomainName";
var _DDNR2 = "DeleteDomainNameRequest";
var _DDR2 = "DeleteDeploymentRequest";
var _DEAE = "DisableExecuteApiEndpoint";
var _DI2 = "DeploymentId";
var _DIR2 = "DeleteIntegrationRequest";
var _DIRR2 = "DeleteIntegrationResponseRequest";
var _DIRe2 = "DeleteIntegrationResponse";
var _DIe = "DeleteIntegration";
var _DM3 = "DeleteModel";
var _DME = "DetailedMetricsEnabled";
var _DMR2 = "DeleteModelRequest";
var _DN2 = "DomainName";
var _DNA = "DomainNameArn";
var _DNC = "DomainNameConfigurations";
var _DNCo = "DomainNameConfiguration";
var _DNI = "DomainNameId";
var _DNS = "DomainNameStatus";
var _DNSM = "DomainNameStatusMessage";
var _DNi = "DisplayName";
var _DO = "DisplayOrder";
var _DP4 = "DeletePortal";
var _DPP = "DeletePortalProduct";
var _DPPR = "DeletePortalProductRequest";
var _DPPRe = "DeleteProductPageRequest";
var _DPPSP = "DeletePortalProductSharingPolicy";
var _DPPSPR = "DeletePortalProductSharingPolicyRequest";
var _DPPe = "DeleteProductPage";
var _DPR = "DeletePortalRequest";
var _DPREP = "DeleteProductRestEndpointPage";
var _DPREPR = "DeleteProductRestEndpointPageRequest";
var _DPRi = "DisablePortalRequest";
var _DPi = "DisablePortal";
var _DR3 = "DeleteRoute";
var _DRR2 = "DeleteRouteRequest";
var _DRRP = "DeleteRouteRequestParameter";
var _DRRPR = "DeleteRouteRequestParameterRequest";
var _DRRR = "DeleteRouteResponseRequest";
var _DRRRe = "DeleteRoutingRuleRequest";
var _DRRe = "DeleteRouteResponse";
var _DRRel = "DeleteRoutingRule";
var _DRS = "DefaultRouteSettings";
var _DRSR = "DeleteRouteSettingsRequest";
var _DRSe = "DeleteRouteSettings";
var _DS2 = "DeploymentStatus";
var _DSM = "DeploymentStatusMessage";
var _DSR2 = "DeleteStageRequest";
var _DSV = "DisableSchemaValidation";
var _DSe = "DeleteStage";
var _DTE = "DataTraceEnabled";
var _DVL2 = "DeleteVpcLink";
var _DVLR2 = "DeleteVpcLinkRequest";
var _DVLRe = "DeleteVpcLinkResponse";
var _De2 = "Deployment";
var _E2 = "Endpoint";
var _EA2 = "ExportApi";
var _EAR = "ExportApiRequest";
var _EARx = "ExportApiResponse";
var _EC3 = "EndpointConfiguration";
var _ECR = "EndpointConfigurationRequest";
var _ECRn = "EndpointConfigurationResponse";
var _EDC = "EndpointDisplayContent";
var _EDCR = "EndpointDisplayContentResponse";
var _EH = "ExposeHeaders";
var _ESR = "EnableSimpleResponses";
var _ET2 = "EndpointType";
var _EV = "ExportVersion";
var _EVC = "ErrorValidationColor";
var _Ex = "Exception";
var _F3 = "Format";
var _FOW = "FailOnWarnings";
var _GA2 = "GetApi";
var _GAM = "GetApiMapping";
var _GAMR = "GetApiMappingRequest";
var _GAMRe = "GetApiMappingResponse";
var _GAMRet = "GetApiMappingsRequest";
var _GAMRetp = "GetApiMappingsResponse";
var _GAMe = "GetApiMappings";
var _GAR2 = "GetApiRequest";
var _GARe2 = "GetApiResponse";
var _GARet2 = "GetApisRequest";
var _GARetp = "GetApisResponse";
var _GARetu = "GetAuthorizerRequest";
var _GARetut = "GetAuthorizerResponse";
var _GARetuth = "GetAuthorizersRequest";
var _GARetutho = "GetAuthorizersResponse";
var _GAe2 = "GetApis";
var _GAet2 = "GetAuthorizer";
var _GAetu = "GetAuthorizers";
var _GD3 = "GetDeployment";
var _GDN2 = "GetDomainName";
var _GDNR2 = "GetDomainNameRequest";
var _GDNRe2 = "GetDomainNameResponse";
var _GDNRet = "GetDomainNamesRequest";
var _GDNReto = "GetDomainNamesResponse";
var _GDNe2 = "GetDomainNames";
var _GDR2 = "GetDeploymentRequest";
var _GDRe2 = "GetDeploymentResponse";
var _GDRet = "GetDeploymentsRequest";
var _GDRete = "GetDeploymentsResponse";
var _GDe2 = "GetDeployments";
var _GI3 = "GetIntegration";
var _GIR2 = "GetIntegrationRequest";
var _GIRR2 = "GetIntegrationResponseRequest";
var _GIRRe = "GetIntegrationResponseResponse";
var _GIRRet = "GetIntegrationResponsesRequest";
var _GIRRetn = "GetIntegrationResponsesResponse";
var _GIRe2 = "GetIntegrationResult";
var _GIRet = "GetIntegrationsRequest";
var _GIRetn = "GetIntegrationsResponse";
var _GIRetnt = "GetIntegrationResponse";
var _GIRetnte = "GetIntegrationResponses";
var _GIe = "GetIntegrations";
var _GM2 = "GetModel";
var _GMR2 = "GetModelRequest";
var _GMRe2 = "GetModelResponse";
var _GMRet2 = "GetModelsRequest";
var _GMReto = "GetModelsResponse";
var _GMT2 = "GetModelTemplate";
var _GMTR2 = "GetModelTemplateRequest";
var _GMTRe = "GetModelTemplateResponse";
var _GMe2 = "GetModels";
var _GP = "GetPortal";
var _GPP = "GetPortalProduct";
var _GPPR = "GetPortalProductRequest";
var _GPPRe = "GetPortalProductResponse";
var _GPPRet = "GetProductPageRequest";
var _GPPRetr = "GetProductPageResponse";
var _GPPSP = "GetPortalProductSharingPolicy";
var _GPPSPR = "GetPortalProductSharingPolicyRequest";
var _GPPSPRe = "GetPortalProductSharingPolicyResponse";
var _GPPe = "GetProductPage";
var _GPR = "GetPortalRequest";
var _GPREP = "GetProductRestEndpointPage";
var _GPREPR = "GetProductRestEndpointPageRequest";
var _GPREPRe = "GetProductRestEndpointPageResponse";
var _GPRe = "GetPortalResponse";
var _GR2 = "GetRoute";
var _GRR2 = "GetRouteRequest";
var _GRRR = "GetRouteResponseRequest";
var _GRRRe = "GetRouteResponseResponse";
var _GRRRet = "GetRouteResponsesRequest";
var _GRRReto = "GetRouteResponsesResponse";
var _GRRRetou = "GetRoutingRuleRequest";
var _GRRRetout = "GetRoutingRuleResponse";
var _GRRe2 = "GetRouteResult";
var _GRRet = "GetRoutesRequest";
var _GRReto = "GetRoutesResponse";
var _GRRetou = "GetRouteResponse";
var _GRRetout = "GetRouteResponses";
var _GRRetouti = "GetRoutingRule";
var _GRe2 = "GetRoutes";
var _GS3 = "GetStage";
var _GSR2 = "GetStageRequest";
var _GSRe2 = "GetStageResponse";
var _GSRet2 = "GetStagesRequest";
var _GSRett = "GetStagesResponse";
var _GSe2 = "GetStages";
var _GT3 = "GetTags";
var _GTR2 = "GetTagsRequest";
var _GTRe = "GetTagsResponse";
var _GVL2 = "GetVpcLink";
var _GVLR2 = "GetVpcLinkRequest";
var _GVLRe2 = "GetVpcLinkResponse";
var _GVLRet = "GetVpcLinksRequest";
var _GVLRetp = "GetVpcLinksResponse";
var _GVLe2 = "GetVpcLinks";
var _H = "Header";
var _HC = "HeaderColor";
var _HZI = "HostedZoneId";
var _I2 = "Items";
var _IA3 = "InvokeApi";
var _IAR2 = "ImportApiRequest";
var _IARm = "ImportApiResponse";
var _IAT = "IpAddressType";
var _IAm = "ImportApi";
var _IE = "IncludeExtensions";
var _II3 = "ImportInfo";
var _IIn = "IntegrationId";
var _IM = "IntegrationMethod";
var _IP3 = "IdentifierParts";
var _IPPA = "IncludedPortalProductArns";
var _IR3 = "IntegrationResponse";
var _IRDC = "IncludeRawDisplayContent";
var _IRI = "IntegrationResponseId";
var _IRK = "IntegrationResponseKey";
var _IRSE = "IntegrationResponseSelectionExpression";
var _IS = "IdentitySource";
var _ISn = "IntegrationSubtype";
var _IT3 = "IntegrationType";
var _IU = "IntegrationUri";
var _IVE = "IdentityValidationExpression";
var _In = "Integration";
var _Is = "Issuer";
var _JC = "JwtConfiguration";
var _JWTC = "JWTConfiguration";
var _LDSM = "LastDeploymentStatusMessage";
var _LL = "LoggingLevel";
var _LLU = "LogoLastUploaded";
var _LM2 = "LastModified";
var _LP = "LastPublished";
var _LPD = "LastPublishedDescription";
var _LPP = "ListPortalProducts";
var _LPPR = "ListPortalProductsRequest";
var _LPPRi = "ListPortalProductsResponse";
var _LPPRis = "ListProductPagesRequest";
var _LPPRist = "ListProductPagesResponse";
var _LPPi = "ListProductPages";
var _LPR = "ListPortalsRequest";
var _LPREP = "ListProductRestEndpointPages";
var _LPREPR = "ListProductRestEndpointPagesRequest";
var _LPREPRi = "ListProductRestEndpointPagesResponse";
var _LPRi = "ListPortalsResponse";
var _LPi = "ListPortals";
var _LRR = "ListRoutingRules";
var _LRRR = "ListRoutingRulesRequest";
var _LRRRi = "ListRoutingRulesResponse";
var _LT = "LimitType";
var _LU = "LogoUri";
var _LUD2 = "LastUpdatedDate";
var _M4 = "Message";
var _MA = "MaxAge";
var _MBP = "MatchBasePaths";
var _MH = "MatchHeaders";
var _MI2 = "ModelId";
var _MR4 = "MaxResults";
var _MSE = "ModelSelectionExpression";
var _MTA2 = "MutualTlsAuthentication";
var _MTAI2 = "MutualTlsAuthenticationInput";
var _Me = "Method";
var _Mo2 = "Model";
var _N2 = "Name";
var _NC = "NavigationColor";
var _NFE2 = "NotFoundException";
var _NT3 = "NextToken";
var _No2 = "None";
var _O = "Overrides";
var _ON = "OperationName";
var _OPA = "OverviewPageArn";
var _OT = "OutputType";
var _OVCA = "OwnershipVerificationCertificateArn";
var _P3 = "Priority";
var _PA3 = "PortalArn";
var _PB2 = "PassthroughBehavior";
var _PC2 = "PortalContent";
var _PCa = "ParameterConstraints";
var _PD3 = "PolicyDocument";
var _PDDN = "PortalDefaultDomainName";
var _PDHZI = "PortalDomainHostedZoneId";
var _PFV = "PayloadFormatVersion";
var _PI3 = "PortalId";
var _PP2 = "PreviewPortal";
var _PPA = "PortalProductArn";
var _PPAr = "ProductPageArn";
var _PPAro = "ProductPageArns";
var _PPI = "PortalProductId";
var _PPIr = "ProductPageId";
var _PPPSP = "PutPortalProductSharingPolicy";
var _PPPSPR = "PutPortalProductSharingPolicyRequest";
var _PPPSPRu = "PutPortalProductSharingPolicyResponse";
var _PPR = "PreviewPortalRequest";
var _PPRr = "PreviewPortalResponse";
var _PPRu = "PublishPortalRequest";
var _PPRub = "PublishPortalResponse";
var _PPS = "PortalProductSummary";
var _PPSNB = "ProductPageSummaryNoBody";
var _PPu = "PublishPortal";
var _PREPA = "ProductRestEndpointPageArn";
var _PREPAr = "ProductRestEndpointPageArns";
var _PREPI = "ProductRestEndpointPageId";
var _PREPSNB = "ProductRestEndpointPageSummaryNoBody";
var _PRR = "PutRoutingRule";
var _PRRR = "PutRoutingRuleRequest";
var _PRRRu = "PutRoutingRuleResponse";
var _PS = "PublishStatus";
var _PSo = "PortalSummary";
var _PSr = "PreviewStatus";
var _PT4 = "ProtocolType";
var _PTa2 = "PageTitle";
var _PTo = "PortalTheme";
var _PU = "PreviewUrl";
var _Pa2 = "Path";
var _Pr3 = "Preview";
var _R4 = "Required";
var _RA5 = "ResourceArn";
var _RAC = "ResetAuthorizersCache";
var _RACR = "ResetAuthorizersCacheRequest";
var _RAI = "RestApiId";
var _RAMN = "RumAppMonitorName";
var _RAR = "ReimportApiRequest";
var _RARe = "ReimportApiResponse";
var _RAe3 = "ReimportApi";
var _RDC = "RawDisplayContent";
var _REI = "RestEndpointIdentifier";
var _RI2 = "RouteId";
var _RK = "RouteKey";
var _RM4 = "RoutingMode";
var _RMe = "RequestModels";
var _RMes = "ResponseModels";
var _RO2 = "ResourceOwner";
var _ROAI = "ResourceOwnerAccountId";
var _RP2 = "RequestParameters";
var _RPK = "RequestParameterKey";
var _RPe = "ResponseParameters";
var _RPo = "RouteParameters";
var _RR3 = "RoutingRules";
var _RRA = "RoutingRuleArn";
var _RRAIA = "RoutingRuleActionInvokeApi";
var _RRAo = "RoutingRuleAction";
var _RRC = "RoutingRuleCondition";
var _RRI = "RouteResponseId";
var _RRIo = "RoutingRuleId";
var _RRK = "RouteResponseKey";
var _RRMBP = "RoutingRuleMatchBasePaths";
var _RRMH = "RoutingRuleMatchHeaders";
var _RRMHV = "RoutingRuleMatchHeaderValue";
var _RRSE = "RouteResponseSelectionExpression";
var _RRo = "RouteResponse";
var _RRou = "RoutingRule";
var _RS = "RouteSettings";
var _RSE = "RouteSelectionExpression";
var _RSM = "RouteSettingsMap";
var _RT2 = "ResourceType";
var _RTe = "RequestTemplates";
var _RTes = "ResponseTemplates";
var _Ro2 = "Route";
var _S3 = "Stage";
var _SBP = "StripBasePath";
var _SE = "StatusException";
var _SGI = "SecurityGroupIds";
var _SI = "SubnetIds";
var _SN2 = "StageName";
var _SNTV = "ServerNameToVerify";
var _SNe = "SectionName";
var _SP2 = "SecurityPolicy";
var _SV = "StageVariables";
var _Sc2 = "Schema";
var _Se = "Section";
var _Sp = "Specification";
var _St4 = "Status";
var _T3 = "Tags";
var _TBL = "ThrottlingBurstLimit";
var _TC2 = "TlsConfig";
var _TCI = "TlsConfigInput";
var _TCe = "TextColor";
var _TIM2 = "TimeoutInMillis";
var _TIS = "TryItState";
var _TK4 = "TagKeys";
var _TMRE4 = "TooManyRequestsException";
var _TR2 = "TagResource";
var _TRL = "ThrottlingRateLimit";
var _TRR3 = "TagResourceRequest";
var _TRRa = "TagResourceResponse";
var _TSE = "TemplateSelectionExpression";
var _TU = "TruststoreUri";
var _TV = "TruststoreVersion";
var _TW = "TruststoreWarnings";
var _Ta4 = "Target";
var _Th = "Theme";
var _Ti = "Title";
var _UA3 = "UpdateApi";
var _UAM = "UpdateApiMapping";
var _UAMR = "UpdateApiMappingRequest";
var _UAMRp = "UpdateApiMappingResponse";
var _UAR2 = "UpdateApiRequest";
var _UARp2 = "UpdateApiResponse";
var _UARpd = "UpdateAuthorizerRequest";
var _UARpda = "UpdateAuthorizerResponse";
var _UAp2 = "UpdateAuthorizer";
var _UD4 = "UpdateDeployment";
var _UDN2 = "UpdateDomainName";
var _UDNR2 = "UpdateDomainNameRequest";
var _UDNRp = "UpdateDomainNameResponse";
var _UDR2 = "UpdateDeploymentRequest";
var _UDRp = "UpdateDeploymentResponse";
var _UI3 = "UpdateIntegration";
var _UIR2 = "UpdateIntegrationRequest";
var _UIRR2 = "UpdateIntegrationResponseRequest";
var _UIRRp = "UpdateIntegrationResponseResponse";
var _UIRp2 = "UpdateIntegrationResult";
var _UIRpd = "UpdateIntegrationResponse";
var _UM3 = "UpdateModel";
var _UMR2 = "UpdateModelRequest";
var _UMRp2 = "UpdateModelResponse";
var _UP3 = "UpdatePortal";
var _UPA = "UserPoolArn";
var _UPD = "UserPoolDomain";
var _UPP = "UpdatePortalProduct";
var _UPPR = "UpdatePortalProductRequest";
var _UPPRp = "UpdatePortalProductResponse";
var _UPPRpd = "UpdateProductPageRequest";
var _UPPRpda = "UpdateProductPageResponse";
var _UPPp = "UpdateProductPage";
var _UPR2 = "UpdatePortalRequest";
var _UPREP = "UpdateProductRestEndpointPage";
var _UPREPR = "UpdateProductRestEndpointPageRequest";
var _UPREPRp = "UpdateProductRestEndpointPageResponse";
var _UPRp = "UpdatePortalResponse";
var _UR2 = "UntagResource";
var _URR4 = "UntagResourceRequest";
var _URRR = "UpdateRouteResponseRequest";
var _URRRp = "UpdateRouteResponseResponse";
var _URRp2 = "UpdateRouteRequest";
var _URRpd = "UpdateRouteResult";
var _URRpda = "UpdateRouteResponse";
var _URp2 = "UpdateRoute";
var _US3 = "UpdateStage";
var _USR2 = "UpdateStageRequest";
var _USRp = "UpdateStageResponse";
var _UVL2 = "UpdateVpcLink";
var _UVLR2 = "UpdateVpcLinkRequest";
var _UVLRp = "UpdateVpcLinkResponse";
var _V3 = "Version";
var _VG = "ValueGlob";
var _VL2 = "VpcLink";
var _VLI = "VpcLinkId";
var _VLS = "VpcLinkStatus";
var _VLSM = "VpcLinkStatusMessage";
var _VLV = "VpcLinkVersion";
var _Va2 = "Value";
var _W = "Warnings";
var _a2 = "authorization";
var _aC2 = "allowCredentials";
var _aCA = "authorizerCredentialsArn";
var _aCI = "appClientId";
var _aCc = "accentColor";
var _aD = "autoDeployed";
var _aDu = "autoDeploy";
var _aE = "apiEndpoint";
var _aGDN = "apiGatewayDomainName";
var _aGM = "apiGatewayManaged";
var _aH = "allowHeaders";
var _aI2 = "apiId";
var _aIu2 = "authorizerId";
var _aKR2 = "apiKeyRequired";
var _aKSE = "apiKeySelectionExpression";
var _aLS2 = "accessLogSettings";
var _aM = "allowMethods";
var _aMI = "apiMappingId";
var _aMK = "apiMappingKey";
var _aMSE = "apiMappingSelectionExpression";
var _aMc = "acmManaged";
var _aO = "allowOrigins";
var _aOn = "anyOf";
var _aPFV = "authorizerPayloadFormatVersion";
var _aRTIS2 = "authorizerResultTtlInSeconds";
var _aS2 = "authorizationScopes";
var _aT2 = "authorizerType";
var _aTu2 = "authorizationType";
var _aU2 = "authorizerUri";
var _ac = "actions";
var _au2 = "audience";
var _b2 = "body";
var _bC = "backgroundColor";
var _ba = "basepath";
var _c5 = "client";
var _cA2 = "certificateArn";
var _cAr = "credentialsArn";
var _cC2 = "corsConfiguration";
var _cCI2 = "clientCertificateId";
var _cCo = "cognitoConfig";
var _cCu = "customColors";
var _cD2 = "createdDate";
var _cHS = "contentHandlingStrategy";
var _cI2 = "connectionId";
var _cN2 = "certificateName";
var _cT2 = "connectionType";
var _cTo2 = "contentType";
var _cUD2 = "certificateUploadDate";
var _co = "conditions";
var _con = "contents";
var _d2 = "description";
var _dA2 = "destinationArn";
var _dC = "displayContent";
var _dEAE2 = "disableExecuteApiEndpoint";
var _dI2 = "deploymentId";
var _dME = "detailedMetricsEnabled";
var _dN2 = "domainName";
var _dNA2 = "domainNameArn";
var _dNC = "domainNameConfigurations";
var _dNI2 = "domainNameId";
var _dNS2 = "domainNameStatus";
var _dNSM2 = "domainNameStatusMessage";
var _dNi = "displayName";
var _dO = "displayOrder";
var _dRS = "defaultRouteSettings";
var _dS = "deploymentStatus";
var _dSM = "deploymentStatusMessage";
var _dSV = "disableSchemaValidation";
var _dTE2 = "dataTraceEnabled";
var _e5 = "error";
var _eC2 = "endpointConfiguration";
var _eH = "exposeHeaders";
var _eSR = "enableSimpleResponses";
var _eT2 = "endpointType";
var _eV = "exportVersion";
var _eVC = "errorValidationColor";
var _en2 = "endpoint";
var _ex = "exception";
var _f2 = "format";
var _fOW2 = "failOnWarnings";
var _h2 = "header";
var _hC = "headerColor";
var _hE5 = "httpError";
var _hQ2 = "httpQuery";
var _hZI = "hostedZoneId";
var _ht2 = "http";
var _i2 = "items";
var _iA = "invokeApi";
var _iAT2 = "ipAddressType";
var _iE = "includeExtensions";
var _iI = "importInfo";
var _iIn = "integrationId";
var _iM = "integrationMethod";
var _iP = "identifierParts";
var _iPPA = "includedPortalProductArns";
var _iRDC = "includeRawDisplayContent";
var _iRI = "integrationResponseId";
var _iRK = "integrationResponseKey";
var _iRSE = "integrationResponseSelectionExpression";
var _iS2 = "identitySource";
var _iSn = "integrationSubtype";
var _iT2 = "integrationType";
var _iU = "integrationUri";
var _iVE2 = "identityValidationExpression";
var _is = "issuer";
var _jC = "jwtConfiguration";
var _jN2 = "jsonName";
var _lDSM = "lastDeploymentStatusMessage";
var _lL2 = "loggingLevel";
var _lLU = "logoLastUploaded";
var _lM = "lastModified";
var _lOA = "__listOfApi";
var _lOAM = "__listOfApiMapping";
var _lOAi = "__listOfAuthorizer";
var _lOD = "__listOfDeployment";
var _lODN = "__listOfDomainName";
var _lOI = "__listOfIntegration";
var _lOIR = "__listOfIntegrationResponse";
var _lOM = "__listOfModel";
var _lOPPS = "__listOfPortalProductSummary";
var _lOPPSNB = "__listOfProductPageSummaryNoBody";
var _lOPREPSNB = "__listOfProductRestEndpointPageSummaryNoBody";
var _lOPS = "__listOfPortalSummary";
var _lOR = "__listOfRoute";
var _lORR = "__listOfRouteResponse";
var _lORRA = "__listOfRoutingRuleAction";
var _lORRC = "__listOfRoutingRuleCondition";
var _lORRMHV = "__listOfRoutingRuleMatchHeaderValue";
var _lORRi = "__listOfRoutingRule";
var _lOS = "__listOfSection";
var _lOSi = "__listOfStage";
var _lOVL = "__listOfVpcLink";
var _lP = "lastPublished";
var _lPD = "lastPublishedDescription";
var _lT = "limitType";
var _lU = "logoUri";
var _lUD2 = "lastUpdatedDate";
var _m5 = "message";
var _mA = "maxAge";
var _mBP = "matchBasePaths";
var _mH = "matchHeaders";
var _mI2 = "modelId";
var _mR2 = "maxResults";
var _mSE = "modelSelectionExpression";
var _mTA2 = "mutualTlsAuthentication";
var _me2 = "method";
var _n2 = "name";
var _nC = "navigationColor";
var _nT = "nextToken";
var _no = "none";
var _o2 = "overrides";
var _oN2 = "operationName";
var _oPA = "overviewPageArn";
var _oT = "outputType";
var _oVCA2 = "ownershipVerificationCertificateArn";
var _p2 = "priority";
var _pA = "portalArn";
var _pB2 = "passthroughBehavior";
var _pC2 = "portalContent";
var _pD = "policyDocument";
var _pDDN = "portalDefaultDomainName";
var _pDHZI = "portalDomainHostedZoneId";
var _pFV = "payloadFormatVersion";
var _pI2 = "portalId";
var _pPA = "portalProductArn";
var _pPAr = "productPageArn";
var _pPAro = "productPageArns";
var _pPI = "portalProductId";
var _pPIr = "productPageId";
var _pREPA = "productRestEndpointPageArn";
var _pREPAr = "productRestEndpointPageArns";
var _pREPI = "productRestEndpointPageId";
var _pS = "publishStatus";
var _pSr = "previewStatus";
var _pT2 = "protocolType";
var _pTa = "pageTitle";
var _pU = "previewUrl";
var _pa2 = "path";
var _pr2 = "preview";
var _r2 = "required";
var _rAI2 = "restApiId";
var _rAMN = "rumAppMonitorName";
var _rDC = "rawDisplayContent";
var _rEI = "restEndpointIdentifier";
var _rI2 = "routeId";
var _rK = "routeKey";
var _rM2 = "routingMode";
var _rMe2 = "requestModels";
var _rMes2 = "responseModels";
var _rO2 = "resourceOwner";
var _rOAI = "resourceOwnerAccountId";
var _rP2 = "requestParameters";
var _rPe2 = "responseParameters";
var _rR = "routingRules";
var _rRA = "routingRuleArn";
var _rRI2 = "routeResponseId";
var _rRIo = "routingRuleId";
var _rRK = "routeResponseKey";
var _rRSE = "routeResponseSelectionExpression";
var _rS = "routeSettings";
var _rSE = "routeSelectionExpression";
var _rT2 = "resourceType";
var _rTe2 = "requestTemplates";
var _rTes = "responseTemplates";
var _s5 = "smithy.ts.sdk.synthetic.com.amazonaws.apigatewayv2";
var _sBP = "stripBasePath";
var _sE = "statusException";
var _sGI = "securityGroupIds";
var _sI = "subnetIds";
var _sN2 = "stageName";
var _sNTV = "serverNameToVerify";
var _sNe = "sectionName";
var _sP2 = "securityPolicy";
var _sV2 = "stageVariables";
var _sc2 = "schema";
var _st2 = "stage";
var _sta2 = "status";
var _t2 = "tags";
var _tBL2 = "throttlingBurstLimit";
var _tC2 = "tlsConfig";
var _tCe = "textColor";
var _tIM2 = "timeoutInMillis";
var _tIS = "tryItState";
var _tK2 = "tagKeys";
var _tRL2 = "throttlingRateLimit";
var _tSE = "templateSelectionExpression";
var _tU2 = "truststoreUri";
var _tV2 = "truststoreVersion";
var _tW2 = "truststoreWarnings";
var _ta = "target";
var _th2 = "theme";
var _ti = "title";
var _uPA = "userPoolArn";
var _uPD = "userPoolDomain";
var _v2 = "version";
var _vG = "valueGlob";
var _vLI2 = "vpcLinkId";
var _vLS = "vpcLinkStatus";
var _vLSM = "vpcLinkStatusMessage";
var _vLV = "vpcLinkVersion";
var _va2 = "value";
var _w2 = "warnings";
var n05 = "com.amazonaws.apigatewayv2";
var _s_registry5 = new TypeRegistry(_s5);
var ApiGatewayV2ServiceException$ = [-3, _s5, "ApiGatewayV2ServiceException", 0, [], []];
_s_registry5.registerError(ApiGatewayV2ServiceException$, ApiGatewayV2ServiceException);
var n0_registry5 = new TypeRegistry(n05);
var AccessDeniedException$2 = [
  -3,
  n05,
  _ADE2,
  { [_e5]: _c5, [_hE5]: 403 },
  [_M4],
  [[0, { [_jN2]: _m5 }]]
];
n0_registry5.registerError(AccessDeniedException$2, AccessDeniedException2);
var BadRequestException$2 = [
  -3,
  n05,
  _BRE2,
  { [_e5]: _c5, [_hE5]: 400 },
  [_M4],
  [[0, { [_jN2]: _m5 }]]
];
n0_registry5.registerError(BadRequestException$2, BadRequestException2);
var ConflictException$2 = [
  -3,
  n05,
  _CE3,
  { [_e5]: _c5, [_hE5]: 409 },
  [_M4],
  [[0, { [_jN2]: _m5 }]]
];
n0_registry5.registerError(ConflictException$2, ConflictException2);
var NotFoundException$2 = [
  -3,
  n05,
  _NFE2,
  { [_e5]: _c5, [_hE5]: 404 },
  [_M4, _RT2],
  [[0, { [_jN2]: _m5 }], [0, { [_jN2]: _rT2 }]]
];
n0_registry5.registerError(NotFoundException$2, NotFoundException2);
var TooManyRequestsException$4 = [
  -3,
  n05,
  _TMRE4,
  { [_e5]: _c5, [_hE5]: 429 },
  [_LT, _M4],
  [[0, { [_jN2]: _lT }], [0, { [_jN2]: _m5 }]]
];
n0_registry5.registerError(TooManyRequestsException$4, TooManyRequestsException4);
var errorTypeRegistries5 = [
  _s_registry5,
  n0_registry5
];
var AccessLogSettings$2 = [
  3,
  n05,
  _ALS2,
  0,
  [_DA2, _F3],
  [[0, { [_jN2]: _dA2 }], [0, { [_jN2]: _f2 }]]
];
var ACMManaged$ = [
  3,
  n05,
  _ACMM,
  0,
  [_CA3, _DN2],
  [[0, { [_jN2]: _cA2 }], [0, { [_jN2]: _dN2 }]],
  2
];
var Api$ = [
  3,
  n05,
  _A4,
  0,
  [_N2, _PT4, _RSE, _AE, _AGM, _AI3, _AKSE, _CC3, _CD5, _D3, _DSV, _DEAE, _II3, _IAT, _T3, _V3, _W],
  [[0, { [_jN2]: _n2 }], [0, { [_jN2]: _pT2 }], [0, { [_jN2]: _rSE }], [0, { [_jN2]: _aE }], [2, { [_jN2]: _aGM }], [0, { [_jN2]: _aI2 }], [0, { [_jN2]: _aKSE }], [() => Cors$, { [_jN2]: _cC2 }], [5, { [_jN2]: _cD2 }], [0, { [_jN2]: _d2 }], [2, { [_jN2]: _dSV }], [2, { [_jN2]: _dEAE2 }], [64 | 0, { [_jN2]: _iI }], [0, { [_jN2]: _iAT2 }], [128 | 0, { [_jN2]: _t2 }], [0, { [_jN2]: _v2 }], [64 | 0, { [_jN2]: _w2 }]],
  3
];
var ApiMapping$ = [
  3,
  n05,
  _AM2,
  0,
  [_AI3, _S3, _AMI, _AMK],
  [[0, { [_jN2]: _aI2 }], [0, { [_jN2]: _st2 }], [0, { [_jN2]: _aMI }], [0, { [_jN2]: _aMK }]],
  2
];
var Authorization$ = [
  3,
  n05,
  _Au3,
  0,
  [_CCo, _No2],
  [[() => CognitoConfig$, { [_jN2]: _cCo }], [() => None$, { [_jN2]: _no }]]
];
var Authorizer$2 = [
  3,
  n05,
  _Aut2,
  0,
  [_N2, _ACA, _AIu, _APFV, _ARTIS, _AT2, _AU, _ESR, _IS, _IVE, _JC],
  [[0, { [_jN2]: _n2 }], [0, { [_jN2]: _aCA }], [0, { [_jN2]: _aIu2 }], [0, { [_jN2]: _aPFV }], [1, { [_jN2]: _aRTIS2 }], [0, { [_jN2]: _aT2 }], [0, { [_jN2]: _aU2 }], [2, { [_jN2]: _eSR }], [64 | 0, { [_jN2]: _iS2 }], [0, { [_jN2]: _iVE2 }], [() => JWTConfiguration$, { [_jN2]: _jC }]],
  1
];
var CognitoConfig$ = [
  3,
  n05,
  _CCo,
  0,
  [_ACI, _UPA, _UPD],
  [[0, { [_jN2]: _aCI }], [0, { [_jN2]: _uPA }], [0, { [_jN2]: _uPD }]],
  3
];
var Cors$ = [
  3,
  n05,
  _C,
  0,
  [_AC2, _AH, _AMl, _AO, _EH, _MA],
  [[2, { [_jN2]: _aC2 }], [64 | 0, { [_jN2]: _aH }], [64 | 0, { [_jN2]: _aM }], [64 | 0, { [_jN2]: _aO }], [64 | 0, { [_jN2]: _eH }], [1, { [_jN2]: _mA }]]
];
var CreateApiMappingRequest$ = [
  3,
  n05,
  _CAMR,
  0,
  [_AI3, _DN2, _S3, _AMK],
  [[0, { [_jN2]: _aI2 }], [0, 1], [0, { [_jN2]: _st2 }], [0, { [_jN2]: _aMK }]],
  3
];
var CreateApiMappingResponse$ = [
  3,
  n05,
  _CAMRr,
  0,
  [_AI3, _AMI, _AMK, _S3],
  [[0, { [_jN2]: _aI2 }], [0, { [_jN2]: _aMI }], [0, { [_jN2]: _aMK }], [0, { [_jN2]: _st2 }]]
];
var CreateApiRequest$ = [
  3,
  n05,
  _CAR2,
  0,
  [_N2, _PT4, _AKSE, _CC3, _CAr2, _D3, _DSV, _DEAE, _IAT, _RK, _RSE, _T3, _Ta4, _V3],
  [[0, { [_jN2]: _n2 }], [0, { [_jN2]: _pT2 }], [0, { [_jN2]: _aKSE }], [() => Cors$, { [_jN2]: _cC2 }], [0, { [_jN2]: _cAr }], [0, { [_jN2]: _d2 }], [2, { [_jN2]: _dSV }], [2, { [_jN2]: _dEAE2 }], [0, { [_jN2]: _iAT2 }], [0, { [_jN2]: _rK }], [0, { [_jN2]: _rSE }], [128 | 0, { [_jN2]: _t2 }], [0, { [_jN2]: _ta }], [0, { [_jN2]: _v2 }]],
  2
];
var CreateApiResponse$ = [
  3,
  n05,
  _CARr,
  0,
  [_AE, _AGM, _AI3, _AKSE, _CC3, _CD5, _D3, _DSV, _DEAE, _II3, _IAT, _N2, _PT4, _RSE, _T3, _V3, _W],
  [[0, { [_jN2]: _aE }], [2, { [_jN2]: _aGM }], [0, { [_jN2]: _aI2 }], [0, { [_jN2]: _aKSE }], [() => Cors$, { [_jN2]: _cC2 }], [5, { [_jN2]: _cD2 }], [0, { [_jN2]: _d2 }], [2, { [_jN2]: _dSV }], [2, { [_jN2]: _dEAE2 }], [64 | 0, { [_jN2]: _iI }], [0, { [_jN2]: _iAT2 }], [0, { [_jN2]: _n2 }], [0, { [_jN2]: _pT2 }], [0, { [_jN2]: _rSE }], [128 | 0, { [_jN2]: _t2 }], [0, { [_jN2]: _v2 }], [64 | 0, { [_jN2]: _w2 }]]
];
var CreateAuthorizerRequest$2 = [
  3,
  n05,
  _CARre,
  0,
  [_AI3, _AT2, _IS, _N2, _ACA, _APFV, _ARTIS, _AU, _ESR, _IVE, _JC],
  [[0, 1], [0, { [_jN2]: _aT2 }], [64 | 0, { [_jN2]: _iS2 }], [0, { [_jN2]: _n2 }], [0, { [_jN2]: _aCA }], [0, { [_jN2]: _aPFV }], [1, { [_jN2]: _aRTIS2 }], [0, { [_jN2]: _aU2 }], [2, { [_jN2]: _eSR }], [0, { [_jN2]: _iVE2 }], [() => JWTConfiguration$, { [_jN2]: _jC }]],
  4
];
var CreateAuthorizerResponse$ = [
  3,
  n05,
  _CARrea,
  0,
  [_ACA, _AIu, _APFV, _ARTIS, _AT2, _AU, _ESR, _IS, _IVE, _JC, _N2],
  [[0, { [_jN2]: _aCA }], [0, { [_jN2]: _aIu2 }], [0, { [_jN2]: _aPFV }], [1, { [_jN2]: _aRTIS2 }], [0, { [_jN2]: _aT2 }], [0, { [_jN2]: _aU2 }], [2, { [_jN2]: _eSR }], [64 | 0, { [_jN2]: _iS2 }], [0, { [_jN2]: _iVE2 }], [() => JWTConfiguration$, { [_jN2]: _jC }], [0, { [_jN2]: _n2 }]]
];
var CreateDeploymentRequest$2 = [
  3,
  n05,
  _CDR2,
  0,
  [_AI3, _D3, _SN2],
  [[0, 1], [0, { [_jN2]: _d2 }], [0, { [_jN2]: _sN2 }]],
  1
];
var CreateDeploymentResponse$ = [
  3,
  n05,
  _CDRr,
  0,
  [_AD, _CD5, _DI2, _DS2, _DSM, _D3],
  [[2, { [_jN2]: _aD }], [5, { [_jN2]: _cD2 }], [0, { [_jN2]: _dI2 }], [0, { [_jN2]: _dS }], [0, { [_jN2]: _dSM }], [0, { [_jN2]: _d2 }]]
];
var CreateDomainNameRequest$2 = [
  3,
  n05,
  _CDNR2,
  0,
  [_DN2, _DNC, _MTA2, _RM4, _T3],
  [[0, { [_jN2]: _dN2 }], [() => DomainNameConfigurations, { [_jN2]: _dNC }], [() => MutualTlsAuthenticationInput$2, { [_jN2]: _mTA2 }], [0, { [_jN2]: _rM2 }], [128 | 0, { [_jN2]: _t2 }]],
  1
];
var CreateDomainNameResponse$ = [
  3,
  n05,
  _CDNRr,
  0,
  [_AMSE, _DN2, _DNA, _DNC, _MTA2, _RM4, _T3],
  [[0, { [_jN2]: _aMSE }], [0, { [_jN2]: _dN2 }], [0, { [_jN2]: _dNA2 }], [() => DomainNameConfigurations, { [_jN2]: _dNC }], [() => MutualTlsAuthentication$2, { [_jN2]: _mTA2 }], [0, { [_jN2]: _rM2 }], [128 | 0, { [_jN2]: _t2 }]]
];
var CreateIntegrationRequest$ = [
  3,
  n05,
  _CIR,
  0,
  [_AI3, _IT3, _CI3, _CT4, _CHS, _CAr2, _D3, _IM, _ISn, _IU, _PB2, _PFV, _RP2, _RTe, _RPe, _TSE, _TIM2, _TC2],
  [[0, 1], [0, { [_jN2]: _iT2 }], [0, { [_jN2]: _cI2 }], [0, { [_jN2]: _cT2 }], [0, { [_jN2]: _cHS }], [0, { [_jN2]: _cAr }], [0, { [_jN2]: _d2 }], [0, { [_jN2]: _iM }], [0, { [_jN2]: _iSn }], [0, { [_jN2]: _iU }], [0, { [_jN2]: _pB2 }], [0, { [_jN2]: _pFV }], [128 | 0, { [_jN2]: _rP2 }], [128 | 0, { [_jN2]: _rTe2 }], [[2, n05, _RPe, 0, 0, 128 | 0], { [_jN2]: _rPe2 }], [0, { [_jN2]: _tSE }], [1, { [_jN2]: _tIM2 }], [() => TlsConfigInput$, { [_jN2]: _tC2 }]],
  2
];
var CreateIntegrationResponseRequest$ = [
  3,
  n05,
  _CIRR,
  0,
  [_AI3, _IIn, _IRK, _CHS, _RPe, _RTes, _TSE],
  [[0, 1], [0, 1], [0, { [_jN2]: _iRK }], [0, { [_jN2]: _cHS }], [128 | 0, { [_jN2]: _rPe2 }], [128 | 0, { [_jN2]: _rTes }], [0, { [_jN2]: _tSE }]],
  3
];
var CreateIntegrationResponseResponse$ = [
  3,
  n05,
  _CIRRr,
  0,
  [_CHS, _IRI, _IRK, _RPe, _RTes, _TSE],
  [[0, { [_jN2]: _cHS }], [0, { [_jN2]: _iRI }], [0, { [_jN2]: _iRK }], [128 | 0, { [_jN2]: _rPe2 }], [128 | 0, { [_jN2]: _rTes }], [0, { [_jN2]: _tSE }]]
];
var CreateIntegrationResult$ = [
  3,
  n05,
  _CIRr,
  0,
  [_AGM, _CI3, _CT4, _CHS, _CAr2, _D3, _IIn, _IM, _IRSE, _ISn, _IT3, _IU, _PB2, _PFV, _RP2, _RTe, _RPe, _TSE, _TIM2, _TC2],
  [[2, { [_jN2]: _aGM }], [0, { [_jN2]: _cI2 }], [0, { [_jN2]: _cT2 }], [0, { [_jN2]: _cHS }], [0, { [_jN2]: _cAr }], [0, { [_jN2]: _d2 }], [0, { [_jN2]: _iIn }], [0, { [_jN2]: _iM }], [0, { [_jN2]: _iRSE }], [0, { [_jN2]: _iSn }], [0, { [_jN2]: _iT2 }], [0, { [_jN2]: _iU }], [0, { [_jN2]: _pB2 }], [0, { [_jN2]: _pFV }], [128 | 0, { [_jN2]: _rP2 }], [128 | 0, { [_jN2]: _rTe2 }], [[2, n05, _RPe, 0, 0, 128 | 0], { [_jN2]: _rPe2 }], [0, { [_jN2]: _tSE }], [1, { [_jN2]: _tIM2 }], [() => TlsConfig$2, { [_jN2]: _tC2 }]]
];
var CreateModelRequest$2 = [
  3,
  n05,
  _CMR2,
  0,
  [_AI3, _N2, _Sc2, _CTo, _D3],
  [[0, 1], [0, { [_jN2]: _n2 }], [0, { [_jN2]: _sc2 }], [0, { [_jN2]: _cTo2 }], [0, { [_jN2]: _d2 }]],
  3
];
var CreateModelResponse$ = [
  3,
  n05,
  _CMRr,
  0,
  [_CTo, _D3, _MI2, _N2, _Sc2],
  [[0, { [_jN2]: _cTo2 }], [0, { [_jN2]: _d2 }], [0, { [_jN2]: _mI2 }], [0, { [_jN2]: _n2 }], [0, { [_jN2]: _sc2 }]]
];
var CreatePortalProductRequest$ = [
  3,
  n05,
  _CPPR,
  0,
  [_DNi, _D3, _T3],
  [[0, { [_jN2]: _dNi }], [0, { [_jN2]: _d2 }], [128 | 0, { [_jN2]: _t2 }]],
  1
];
var CreatePortalProductResponse$ = [
  3,
  n05,
  _CPPRr,
  0,
  [_D3, _DNi, _DO, _LM2, _PPA, _PPI, _T3],
  [[0, { [_jN2]: _d2 }], [0, { [_jN2]: _dNi }], [() => DisplayOrder$, { [_jN2]: _dO }], [5, { [_jN2]: _lM }], [0, { [_jN2]: _pPA }], [0, { [_jN2]: _pPI }], [128 | 0, { [_jN2]: _t2 }]]
];
var CreatePortalRequest$ = [
  3,
  n05,
  _CPR,
  0,
  [_Au3, _EC3, _PC2, _IPPA, _LU, _RAMN, _T3],
  [[() => Authorization$, { [_jN2]: _a2 }], [() => EndpointConfigurationRequest$, { [_jN2]: _eC2 }], [() => PortalContent$, { [_jN2]: _pC2 }], [64 | 0, { [_jN2]: _iPPA }], [0, { [_jN2]: _lU }], [0, { [_jN2]: _rAMN }], [128 | 0, { [_jN2]: _t2 }]],
  3
];
var CreatePortalResponse$ = [
  3,
  n05,
  _CPRr,
  0,
  [_Au3, _EC3, _IPPA, _LM2, _LP, _LPD, _PA3, _PC2, _PI3, _PS, _RAMN, _SE, _T3],
  [[() => Authorization$, { [_jN2]: _a2 }], [() => EndpointConfigurationResponse$, { [_jN2]: _eC2 }], [64 | 0, { [_jN2]: _iPPA }], [5, { [_jN2]: _lM }], [5, { [_jN2]: _lP }], [0, { [_jN2]: _lPD }], [0, { [_jN2]: _pA }], [() => PortalContent$, { [_jN2]: _pC2 }], [0, { [_jN2]: _pI2 }], [0, { [_jN2]: _pS }], [0, { [_jN2]: _rAMN }], [() => StatusException$, { [_jN2]: _sE }], [128 | 0, { [_jN2]: _t2 }]]
];
var CreateProductPageRequest$ = [
  3,
  n05,
  _CPPRre,
  0,
  [_DC2, _PPI],
  [[() => DisplayContent$, { [_jN2]: _dC }], [0, 1]],
  2
];
var CreateProductPageResponse$ = [
  3,
  n05,
  _CPPRrea,
  0,
  [_DC2, _LM2, _PPAr, _PPIr],
  [[() => DisplayContent$, { [_jN2]: _dC }], [5, { [_jN2]: _lM }], [0, { [_jN2]: _pPAr }], [0, { [_jN2]: _pPIr }]]
];
var CreateProductRestEndpointPageRequest$ = [
  3,
  n05,
  _CPREPR,
  0,
  [_PPI, _REI, _DC2, _TIS],
  [[0, 1], [() => RestEndpointIdentifier$, { [_jN2]: _rEI }], [() => EndpointDisplayContent$, { [_jN2]: _dC }], [0, { [_jN2]: _tIS }]],
  2
];
var CreateProductRestEndpointPageResponse$ = [
  3,
  n05,
  _CPREPRr,
  0,
  [_DC2, _LM2, _PREPA, _PREPI, _REI, _St4, _SE, _TIS],
  [[() => EndpointDisplayContentResponse$, { [_jN2]: _dC }], [5, { [_jN2]: _lM }], [0, { [_jN2]: _pREPA }], [0, { [_jN2]: _pREPI }], [() => RestEndpointIdentifier$, { [_jN2]: _rEI }], [0, { [_jN2]: _sta2 }], [() => StatusException$, { [_jN2]: _sE }], [0, { [_jN2]: _tIS }]]
];
var CreateRouteRequest$ = [
  3,
  n05,
  _CRR2,
  0,
  [_AI3, _RK, _AKR, _AS3, _ATu2, _AIu, _MSE, _ON, _RMe, _RP2, _RRSE, _Ta4],
  [[0, 1], [0, { [_jN2]: _rK }], [2, { [_jN2]: _aKR2 }], [64 | 0, { [_jN2]: _aS2 }], [0, { [_jN2]: _aTu2 }], [0, { [_jN2]: _aIu2 }], [0, { [_jN2]: _mSE }], [0, { [_jN2]: _oN2 }], [128 | 0, { [_jN2]: _rMe2 }], [() => RouteParameters, { [_jN2]: _rP2 }], [0, { [_jN2]: _rRSE }], [0, { [_jN2]: _ta }]],
  2
];
var CreateRouteResponseRequest$ = [
  3,
  n05,
  _CRRR,
  0,
  [_AI3, _RI2, _RRK, _MSE, _RMes, _RPe],
  [[0, 1], [0, 1], [0, { [_jN2]: _rRK }], [0, { [_jN2]: _mSE }], [128 | 0, { [_jN2]: _rMes2 }], [() => RouteParameters, { [_jN2]: _rPe2 }]],
  3
];
var CreateRouteResponseResponse$ = [
  3,
  n05,
  _CRRRr,
  0,
  [_MSE, _RMes, _RPe, _RRI, _RRK],
  [[0, { [_jN2]: _mSE }], [128 | 0, { [_jN2]: _rMes2 }], [() => RouteParameters, { [_jN2]: _rPe2 }], [0, { [_jN2]: _rRI2 }], [0, { [_jN2]: _rRK }]]
];
var CreateRouteResult$ = [
  3,
  n05,
  _CRRr,
  0,
  [_AGM, _AKR, _AS3, _ATu2, _AIu, _MSE, _ON, _RMe, _RP2, _RI2, _RK, _RRSE, _Ta4],
  [[2, { [_jN2]: _aGM }], [2, { [_jN2]: _aKR2 }], [64 | 0, { [_jN2]: _aS2 }], [0, { [_jN2]: _aTu2 }], [0, { [_jN2]: _aIu2 }], [0, { [_jN2]: _mSE }], [0, { [_jN2]: _oN2 }], [128 | 0, { [_jN2]: _rMe2 }], [() => RouteParameters, { [_jN2]: _rP2 }], [0, { [_jN2]: _rI2 }], [0, { [_jN2]: _rK }], [0, { [_jN2]: _rRSE }], [0, { [_jN2]: _ta }]]
];
var CreateRoutingRuleRequest$ = [
  3,
  n05,
  _CRRRre,
  0,
  [_Ac2, _Co, _DN2, _P3, _DNI],
  [[() => __listOfRoutingRuleAction, { [_jN2]: _ac }], [() => __listOfRoutingRuleCondition, { [_jN2]: _co }], [0, 1], [1, { [_jN2]: _p2 }], [0, { [_hQ2]: _dNI2 }]],
  4
];
var CreateRoutingRuleResponse$ = [
  3,
  n05,
  _CRRRrea,
  0,
  [_Ac2, _Co, _P3, _RRA, _RRIo],
  [[() => __listOfRoutingRuleAction, { [_jN2]: _ac }], [() => __listOfRoutingRuleCondition, { [_jN2]: _co }], [1, { [_jN2]: _p2 }], [0, { [_jN2]: _rRA }], [0, { [_jN2]: _rRIo }]]
];
var CreateStageRequest$2 = [
  3,
  n05,
  _CSR2,
  0,
  [_AI3, _SN2, _ALS2, _ADu, _CCI, _DRS, _DI2, _D3, _RS, _SV, _T3],
  [[0, 1], [0, { [_jN2]: _sN2 }], [() => AccessLogSettings$2, { [_jN2]: _aLS2 }], [2, { [_jN2]: _aDu }], [0, { [_jN2]: _cCI2 }], [() => RouteSettings$, { [_jN2]: _dRS }], [0, { [_jN2]: _dI2 }], [0, { [_jN2]: _d2 }], [() => RouteSettingsMap, { [_jN2]: _rS }], [128 | 0, { [_jN2]: _sV2 }], [128 | 0, { [_jN2]: _t2 }]],
  2
];
var CreateStageResponse$ = [
  3,
  n05,
  _CSRr,
  0,
  [_ALS2, _AGM, _ADu, _CCI, _CD5, _DRS, _DI2, _D3, _LDSM, _LUD2, _RS, _SN2, _SV, _T3],
  [[() => AccessLogSettings$2, { [_jN2]: _aLS2 }], [2, { [_jN2]: _aGM }], [2, { [_jN2]: _aDu }], [0, { [_jN2]: _cCI2 }], [5, { [_jN2]: _cD2 }], [() => RouteSettings$, { [_jN2]: _dRS }], [0, { [_jN2]: _dI2 }], [0, { [_jN2]: _d2 }], [0, { [_jN2]: _lDSM }], [5, { [_jN2]: _lUD2 }], [() => RouteSettingsMap, { [_jN2]: _rS }], [0, { [_jN2]: _sN2 }], [128 | 0, { [_jN2]: _sV2 }], [128 | 0, { [_jN2]: _t2 }]]
];
var CreateVpcLinkRequest$2 = [
  3,
  n05,
  _CVLR2,
  0,
  [_N2, _SI, _SGI, _T3],
  [[0, { [_jN2]: _n2 }], [64 | 0, { [_jN2]: _sI }], [64 | 0, { [_jN2]: _sGI }], [128 | 0, { [_jN2]: _t2 }]],
  2
];
var CreateVpcLinkResponse$ = [
  3,
  n05,
  _CVLRr,
  0,
  [_CD5, _N2, _SGI, _SI, _T3, _VLI, _VLS, _VLSM, _VLV],
  [[5, { [_jN2]: _cD2 }], [0, { [_jN2]: _n2 }], [64 | 0, { [_jN2]: _sGI }], [64 | 0, { [_jN2]: _sI }], [128 | 0, { [_jN2]: _t2 }], [0, { [_jN2]: _vLI2 }], [0, { [_jN2]: _vLS }], [0, { [_jN2]: _vLSM }], [0, { [_jN2]: _vLV }]]
];
var CustomColors$ = [
  3,
  n05,
  _CCu,
  0,
  [_ACc2, _BC, _EVC, _HC, _NC, _TCe],
  [[0, { [_jN2]: _aCc }], [0, { [_jN2]: _bC }], [0, { [_jN2]: _eVC }], [0, { [_jN2]: _hC }], [0, { [_jN2]: _nC }], [0, { [_jN2]: _tCe }]],
  6
];
var DeleteAccessLogSettingsRequest$ = [
  3,
  n05,
  _DALSR,
  0,
  [_AI3, _SN2],
  [[0, 1], [0, 1]],
  2
];
var DeleteApiMappingRequest$ = [
  3,
  n05,
  _DAMR,
  0,
  [_AMI, _DN2],
  [[0, 1], [0, 1]],
  2
];
var DeleteApiRequest$ = [
  3,
  n05,
  _DAR2,
  0,
  [_AI3],
  [[0, 1]],
  1
];
var DeleteAuthorizerRequest$2 = [
  3,
  n05,
  _DARe,
  0,
  [_AI3, _AIu],
  [[0, 1], [0, 1]],
  2
];
var DeleteCorsConfigurationRequest$ = [
  3,
  n05,
  _DCCR2,
  0,
  [_AI3],
  [[0, 1]],
  1
];
var DeleteDeploymentRequest$2 = [
  3,
  n05,
  _DDR2,
  0,
  [_AI3, _DI2],
  [[0, 1], [0, 1]],
  2
];
var DeleteDomainNameRequest$2 = [
  3,
  n05,
  _DDNR2,
  0,
  [_DN2],
  [[0, 1]],
  1
];
var DeleteIntegrationRequest$2 = [
  3,
  n05,
  _DIR2,
  0,
  [_AI3, _IIn],
  [[0, 1], [0, 1]],
  2
];
var DeleteIntegrationResponseRequest$2 = [
  3,
  n05,
  _DIRR2,
  0,
  [_AI3, _IIn, _IRI],
  [[0, 1], [0, 1], [0, 1]],
  3
];
var DeleteModelRequest$2 = [
  3,
  n05,
  _DMR2,
  0,
  [_AI3, _MI2],
  [[0, 1], [0, 1]],
  2
];
var DeletePortalProductRequest$ = [
  3,
  n05,
  _DPPR,
  0,
  [_PPI],
  [[0, 1]],
  1
];
var DeletePortalProductSharingPolicyRequest$ = [
  3,
  n05,
  _DPPSPR,
  0,
  [_PPI],
  [[0, 1]],
  1
];
var DeletePortalRequest$ = [
  3,
  n05,
  _DPR,
  0,
  [_PI3],
  [[0, 1]],
  1
];
var DeleteProductPageRequest$ = [
  3,
  n05,
  _DPPRe,
  0,
  [_PPI, _PPIr],
  [[0, 1], [0, 1]],
  2
];
var DeleteProductRestEndpointPageRequest$ = [
  3,
  n05,
  _DPREPR,
  0,
  [_PPI, _PREPI],
  [[0, 1], [0, 1]],
  2
];
var DeleteRouteRequest$ = [
  3,
  n05,
  _DRR2,
  0,
  [_AI3, _RI2],
  [[0, 1], [0, 1]],
  2
];
var DeleteRouteRequestParameterRequest$ = [
  3,
  n05,
  _DRRPR,
  0,
  [_AI3, _RPK, _RI2],
  [[0, 1], [0, 1], [0, 1]],
  3
];
var DeleteRouteResponseRequest$ = [
  3,
  n05,
  _DRRR,
  0,
  [_AI3, _RI2, _RRI],
  [[0, 1], [0, 1], [0, 1]],
  3
];
var DeleteRouteSettingsRequest$ = [
  3,
  n05,
  _DRSR,
  0,
  [_AI3, _RK, _SN2],
  [[0, 1], [0, 1], [0, 1]],
  3
];
var DeleteRoutingRuleRequest$ = [
  3,
  n05,
  _DRRRe,
  0,
  [_DN2, _RRIo, _DNI],
  [[0, 1], [0, 1], [0, { [_hQ2]: _dNI2 }]],
  2
];
var DeleteStageRequest$2 = [
  3,
  n05,
  _DSR2,
  0,
  [_AI3, _SN2],
  [[0, 1], [0, 1]],
  2
];
var DeleteVpcLinkRequest$2 = [
  3,
  n05,
  _DVLR2,
  0,
  [_VLI],
  [[0, 1]],
  1
];
var DeleteVpcLinkResponse$ = [
  3,
  n05,
  _DVLRe,
  0,
  [],
  []
];
var Deployment$2 = [
  3,
  n05,
  _De2,
  0,
  [_AD, _CD5, _DI2, _DS2, _DSM, _D3],
  [[2, { [_jN2]: _aD }], [5, { [_jN2]: _cD2 }], [0, { [_jN2]: _dI2 }], [0, { [_jN2]: _dS }], [0, { [_jN2]: _dSM }], [0, { [_jN2]: _d2 }]]
];
var DisablePortalRequest$ = [
  3,
  n05,
  _DPRi,
  0,
  [_PI3],
  [[0, 1]],
  1
];
var DisplayContent$ = [
  3,
  n05,
  _DC2,
  0,
  [_B, _Ti],
  [[0, { [_jN2]: _b2 }], [0, { [_jN2]: _ti }]],
  2
];
var DisplayContentOverrides$ = [
  3,
  n05,
  _DCO,
  0,
  [_B, _E2, _ON],
  [[0, { [_jN2]: _b2 }], [0, { [_jN2]: _en2 }], [0, { [_jN2]: _oN2 }]]
];
var DisplayOrder$ = [
  3,
  n05,
  _DO,
  0,
  [_Con, _OPA, _PPAro],
  [[() => __listOfSection, { [_jN2]: _con }], [0, { [_jN2]: _oPA }], [64 | 0, { [_jN2]: _pPAro }]]
];
var DomainName$2 = [
  3,
  n05,
  _DN2,
  0,
  [_DN2, _AMSE, _DNA, _DNC, _MTA2, _RM4, _T3],
  [[0, { [_jN2]: _dN2 }], [0, { [_jN2]: _aMSE }], [0, { [_jN2]: _dNA2 }], [() => DomainNameConfigurations, { [_jN2]: _dNC }], [() => MutualTlsAuthentication$2, { [_jN2]: _mTA2 }], [0, { [_jN2]: _rM2 }], [128 | 0, { [_jN2]: _t2 }]],
  1
];
var DomainNameConfiguration$ = [
  3,
  n05,
  _DNCo,
  0,
  [_AGDN, _CA3, _CN2, _CUD, _DNS, _DNSM, _ET2, _HZI, _IAT, _SP2, _OVCA],
  [[0, { [_jN2]: _aGDN }], [0, { [_jN2]: _cA2 }], [0, { [_jN2]: _cN2 }], [5, { [_jN2]: _cUD2 }], [0, { [_jN2]: _dNS2 }], [0, { [_jN2]: _dNSM2 }], [0, { [_jN2]: _eT2 }], [0, { [_jN2]: _hZI }], [0, { [_jN2]: _iAT2 }], [0, { [_jN2]: _sP2 }], [0, { [_jN2]: _oVCA2 }]]
];
var EndpointConfigurationRequest$ = [
  3,
  n05,
  _ECR,
  0,
  [_AMc2, _No2],
  [[() => ACMManaged$, { [_jN2]: _aMc }], [() => None$, { [_jN2]: _no }]]
];
var EndpointConfigurationResponse$ = [
  3,
  n05,
  _ECRn,
  0,
  [_PDDN, _PDHZI, _CA3, _DN2],
  [[0, { [_jN2]: _pDDN }], [0, { [_jN2]: _pDHZI }], [0, { [_jN2]: _cA2 }], [0, { [_jN2]: _dN2 }]],
  2
];
var EndpointDisplayContent$ = [
  3,
  n05,
  _EDC,
  0,
  [_No2, _O],
  [[() => None$, { [_jN2]: _no }], [() => DisplayContentOverrides$, { [_jN2]: _o2 }]]
];
var EndpointDisplayContentResponse$ = [
  3,
  n05,
  _EDCR,
  0,
  [_E2, _B, _ON],
  [[0, { [_jN2]: _en2 }], [0, { [_jN2]: _b2 }], [0, { [_jN2]: _oN2 }]],
  1
];
var ExportApiRequest$ = [
  3,
  n05,
  _EAR,
  0,
  [_AI3, _OT, _Sp, _EV, _IE, _SN2],
  [[0, 1], [0, { [_hQ2]: _oT }], [0, 1], [0, { [_hQ2]: _eV }], [2, { [_hQ2]: _iE }], [0, { [_hQ2]: _sN2 }]],
  3
];
var ExportApiResponse$ = [
  3,
  n05,
  _EARx,
  0,
  [_b2],
  [[21, 16]]
];
var GetApiMappingRequest$ = [
  3,
  n05,
  _GAMR,
  0,
  [_AMI, _DN2],
  [[0, 1], [0, 1]],
  2
];
var GetApiMappingResponse$ = [
  3,
  n05,
  _GAMRe,
  0,
  [_AI3, _AMI, _AMK, _S3],
  [[0, { [_jN2]: _aI2 }], [0, { [_jN2]: _aMI }], [0, { [_jN2]: _aMK }], [0, { [_jN2]: _st2 }]]
];
var GetApiMappingsRequest$ = [
  3,
  n05,
  _GAMRet,
  0,
  [_DN2, _MR4, _NT3],
  [[0, 1], [0, { [_hQ2]: _mR2 }], [0, { [_hQ2]: _nT }]],
  1
];
var GetApiMappingsResponse$ = [
  3,
  n05,
  _GAMRetp,
  0,
  [_I2, _NT3],
  [[() => __listOfApiMapping, { [_jN2]: _i2 }], [0, { [_jN2]: _nT }]]
];
var GetApiRequest$ = [
  3,
  n05,
  _GAR2,
  0,
  [_AI3],
  [[0, 1]],
  1
];
var GetApiResponse$ = [
  3,
  n05,
  _GARe2,
  0,
  [_AE, _AGM, _AI3, _AKSE, _CC3, _CD5, _D3, _DSV, _DEAE, _II3, _IAT, _N2, _PT4, _RSE, _T3, _V3, _W],
  [[0, { [_jN2]: _aE }], [2, { [_jN2]: _aGM }], [0, { [_jN2]: _aI2 }], [0, { [_jN2]: _aKSE }], [() => Cors$, { [_jN2]: _cC2 }], [5, { [_jN2]: _cD2 }], [0, { [_jN2]: _d2 }], [2, { [_jN2]: _dSV }], [2, { [_jN2]: _dEAE2 }], [64 | 0, { [_jN2]: _iI }], [0, { [_jN2]: _iAT2 }], [0, { [_jN2]: _n2 }], [0, { [_jN2]: _pT2 }], [0, { [_jN2]: _rSE }], [128 | 0, { [_jN2]: _t2 }], [0, { [_jN2]: _v2 }], [64 | 0, { [_jN2]: _w2 }]]
];
var GetApisRequest$ = [
  3,
  n05,
  _GARet2,
  0,
  [_MR4, _NT3],
  [[0, { [_hQ2]: _mR2 }], [0, { [_hQ2]: _nT }]]
];
var GetApisResponse$ = [
  3,
  n05,
  _GARetp,
  0,
  [_I2, _NT3],
  [[() => __listOfApi, { [_jN2]: _i2 }], [0, { [_jN2]: _nT }]]
];
var GetAuthorizerRequest$2 = [
  3,
  n05,
  _GARetu,
  0,
  [_AI3, _AIu],
  [[0, 1], [0, 1]],
  2
];
var GetAuthorizerResponse$ = [
  3,
  n05,
  _GARetut,
  0,
  [_ACA, _AIu, _APFV, _ARTIS, _AT2, _AU, _ESR, _IS, _IVE, _JC, _N2],
  [[0, { [_jN2]: _aCA }], [0, { [_jN2]: _aIu2 }], [0, { [_jN2]: _aPFV }], [1, { [_jN2]: _aRTIS2 }], [0, { [_jN2]: _aT2 }], [0, { [_jN2]: _aU2 }], [2, { [_jN2]: _eSR }], [64 | 0, { [_jN2]: _iS2 }], [0, { [_jN2]: _iVE2 }], [() => JWTConfiguration$, { [_jN2]: _jC }], [0, { [_jN2]: _n2 }]]
];
var GetAuthorizersRequest$2 = [
  3,
  n05,
  _GARetuth,
  0,
  [_AI3, _MR4, _NT3],
  [[0, 1], [0, { [_hQ2]: _mR2 }], [0, { [_hQ2]: _nT }]],
  1
];
var GetAuthorizersResponse$ = [
  3,
  n05,
  _GARetutho,
  0,
  [_I2, _NT3],
  [[() => __listOfAuthorizer, { [_jN2]: _i2 }], [0, { [_jN2]: _nT }]]
];
var GetDeploymentRequest$2 = [
  3,
  n05,
  _GDR2,
  0,
  [_AI3, _DI2],
  [[0, 1], [0, 1]],
  2
];
var GetDeploymentResponse$ = [
  3,
  n05,
  _GDRe2,
  0,
  [_AD, _CD5, _DI2, _DS2, _DSM, _D3],
  [[2, { [_jN2]: _aD }], [5, { [_jN2]: _cD2 }], [0, { [_jN2]: _dI2 }], [0, { [_jN2]: _dS }], [0, { [_jN2]: _dSM }], [0, { [_jN2]: _d2 }]]
];
var GetDeploymentsRequest$2 = [
  3,
  n05,
  _GDRet,
  0,
  [_AI3, _MR4, _NT3],
  [[0, 1], [0, { [_hQ2]: _mR2 }], [0, { [_hQ2]: _nT }]],
  1
];
var GetDeploymentsResponse$ = [
  3,
  n05,
  _GDRete,
  0,
  [_I2, _NT3],
  [[() => __listOfDeployment, { [_jN2]: _i2 }], [0, { [_jN2]: _nT }]]
];
var GetDomainNameRequest$2 = [
  3,
  n05,
  _GDNR2,
  0,
  [_DN2],
  [[0, 1]],
  1
];
var GetDomainNameResponse$ = [
  3,
  n05,
  _GDNRe2,
  0,
  [_AMSE, _DN2, _DNA, _DNC, _MTA2, _RM4, _T3],
  [[0, { [_jN2]: _aMSE }], [0, { [_jN2]: _dN2 }], [0, { [_jN2]: _dNA2 }], [() => DomainNameConfigurations, { [_jN2]: _dNC }], [() => MutualTlsAuthentication$2, { [_jN2]: _mTA2 }], [0, { [_jN2]: _rM2 }], [128 | 0, { [_jN2]: _t2 }]]
];
var GetDomainNamesRequest$2 = [
  3,
  n05,
  _GDNRet,
  0,
  [_MR4, _NT3],
  [[0, { [_hQ2]: _mR2 }], [0, { [_hQ2]: _nT }]]
];
var GetDomainNamesResponse$ = [
  3,
  n05,
  _GDNReto,
  0,
  [_I2, _NT3],
  [[() => __listOfDomainName, { [_jN2]: _i2 }], [0, { [_jN2]: _nT }]]
];
var GetIntegrationRequest$2 = [
  3,
  n05,
  _GIR2,
  0,
  [_AI3, _IIn],
  [[0, 1], [0, 1]],
  2
];
var GetIntegrationResponseRequest$2 = [
  3,
  n05,
  _GIRR2,
  0,
  [_AI3, _IIn, _IRI],
  [[0, 1], [0, 1], [0, 1]],
  3
];
var GetIntegrationResponseResponse$ = [
  3,
  n05,
  _GIRRe,
  0,
  [_CHS, _IRI, _IRK, _RPe, _RTes, _TSE],
  [[0, { [_jN2]: _cHS }], [0, { [_jN2]: _iRI }], [0, { [_jN2]: _iRK }], [128 | 0, { [_jN2]: _rPe2 }], [128 | 0, { [_jN2]: _rTes }], [0, { [_jN2]: _tSE }]]
];
var GetIntegrationResponsesRequest$ = [
  3,
  n05,
  _GIRRet,
  0,
  [_AI3, _IIn, _MR4, _NT3],
  [[0, 1], [0, 1], [0, { [_hQ2]: _mR2 }], [0, { [_hQ2]: _nT }]],
  2
];
var GetIntegrationResponsesResponse$ = [
  3,
  n05,
  _GIRRetn,
  0,
  [_I2, _NT3],
  [[() => __listOfIntegrationResponse, { [_jN2]: _i2 }], [0, { [_jN2]: _nT }]]
];
var GetIntegrationResult$ = [
  3,
  n05,
  _GIRe2,
  0,
  [_AGM, _CI3, _CT4, _CHS, _CAr2, _D3, _IIn, _IM, _IRSE, _ISn, _IT3, _IU, _PB2, _PFV, _RP2, _RTe, _RPe, _TSE, _TIM2, _TC2],
  [[2, { [_jN2]: _aGM }], [0, { [_jN2]: _cI2 }], [0, { [_jN2]: _cT2 }], [0, { [_jN2]: _cHS }], [0, { [_jN2]: _cAr }], [0, { [_jN2]: _d2 }], [0, { [_jN2]: _iIn }], [0, { [_jN2]: _iM }], [0, { [_jN2]: _iRSE }], [0, { [_jN2]: _iSn }], [0, { [_jN2]: _iT2 }], [0, { [_jN2]: _iU }], [0, { [_jN2]: _pB2 }], [0, { [_jN2]: _pFV }], [128 | 0, { [_jN2]: _rP2 }], [128 | 0, { [_jN2]: _rTe2 }], [[2, n05, _RPe, 0, 0, 128 | 0], { [_jN2]: _rPe2 }], [0, { [_jN2]: _tSE }], [1, { [_jN2]: _tIM2 }], [() => TlsConfig$2, { [_jN2]: _tC2 }]]
];
var GetIntegrationsRequest$ = [
  3,
  n05,
  _GIRet,
  0,
  [_AI3, _MR4, _NT3],
  [[0, 1], [0, { [_hQ2]: _mR2 }], [0, { [_hQ2]: _nT }]],
  1
];
var GetIntegrationsResponse$ = [
  3,
  n05,
  _GIRetn,
  0,
  [_I2, _NT3],
  [[() => __listOfIntegration, { [_jN2]: _i2 }], [0, { [_jN2]: _nT }]]
];
var GetModelRequest$2 = [
  3,
  n05,
  _GMR2,
  0,
  [_AI3, _MI2],
  [[0, 1], [0, 1]],
  2
];
var GetModelResponse$ = [
  3,
  n05,
  _GMRe2,
  0,
  [_CTo, _D3, _MI2, _N2, _Sc2],
  [[0, { [_jN2]: _cTo2 }], [0, { [_jN2]: _d2 }], [0, { [_jN2]: _mI2 }], [0, { [_jN2]: _n2 }], [0, { [_jN2]: _sc2 }]]
];
var GetModelsRequest$2 = [
  3,
  n05,
  _GMRet2,
  0,
  [_AI3, _MR4, _NT3],
  [[0, 1], [0, { [_hQ2]: _mR2 }], [0, { [_hQ2]: _nT }]],
  1
];
var GetModelsResponse$ = [
  3,
  n05,
  _GMReto,
  0,
  [_I2, _NT3],
  [[() => __listOfModel, { [_jN2]: _i2 }], [0, { [_jN2]: _nT }]]
];
var GetModelTemplateRequest$2 = [
  3,
  n05,
  _GMTR2,
  0,
  [_AI3, _MI2],
  [[0, 1], [0, 1]],
  2
];
var GetModelTemplateResponse$ = [
  3,
  n05,
  _GMTRe,
  0,
  [_Va2],
  [[0, { [_jN2]: _va2 }]]
];
var GetPortalProductRequest$ = [
  3,
  n05,
  _GPPR,
  0,
  [_PPI, _ROAI],
  [[0, 1], [0, { [_hQ2]: _rOAI }]],
  1
];
var GetPortalProductResponse$ = [
  3,
  n05,
  _GPPRe,
  0,
  [_D3, _DNi, _DO, _LM2, _PPA, _PPI, _T3],
  [[0, { [_jN2]: _d2 }], [0, { [_jN2]: _dNi }], [() => DisplayOrder$, { [_jN2]: _dO }], [5, { [_jN2]: _lM }], [0, { [_jN2]: _pPA }], [0, { [_jN2]: _pPI }], [128 | 0, { [_jN2]: _t2 }]]
];
var GetPortalProductSharingPolicyRequest$ = [
  3,
  n05,
  _GPPSPR,
  0,
  [_PPI],
  [[0, 1]],
  1
];
var GetPortalProductSharingPolicyResponse$ = [
  3,
  n05,
  _GPPSPRe,
  0,
  [_PD3, _PPI],
  [[0, { [_jN2]: _pD }], [0, { [_jN2]: _pPI }]]
];
var GetPortalRequest$ = [
  3,
  n05,
  _GPR,
  0,
  [_PI3],
  [[0, 1]],
  1
];
var GetPortalResponse$ = [
  3,
  n05,
  _GPRe,
  0,
  [_Au3, _EC3, _IPPA, _LM2, _LP, _LPD, _PA3, _PC2, _PI3, _Pr3, _PS, _RAMN, _SE, _T3],
  [[() => Authorization$, { [_jN2]: _a2 }], [() => EndpointConfigurationResponse$, { [_jN2]: _eC2 }], [64 | 0, { [_jN2]: _iPPA }], [5, { [_jN2]: _lM }], [5, { [_jN2]: _lP }], [0, { [_jN2]: _lPD }], [0, { [_jN2]: _pA }], [() => PortalContent$, { [_jN2]: _pC2 }], [0, { [_jN2]: _pI2 }], [() => Preview$, { [_jN2]: _pr2 }], [0, { [_jN2]: _pS }], [0, { [_jN2]: _rAMN }], [() => StatusException$, { [_jN2]: _sE }], [128 | 0, { [_jN2]: _t2 }]]
];
var GetProductPageRequest$ = [
  3,
  n05,
  _GPPRet,
  0,
  [_PPI, _PPIr, _ROAI],
  [[0, 1], [0, 1], [0, { [_hQ2]: _rOAI }]],
  2
];
var GetProductPageResponse$ = [
  3,
  n05,
  _GPPRetr,
  0,
  [_DC2, _LM2, _PPAr, _PPIr],
  [[() => DisplayContent$, { [_jN2]: _dC }], [5, { [_jN2]: _lM }], [0, { [_jN2]: _pPAr }], [0, { [_jN2]: _pPIr }]]
];
var GetProductRestEndpointPageRequest$ = [
  3,
  n05,
  _GPREPR,
  0,
  [_PPI, _PREPI, _IRDC, _ROAI],
  [[0, 1], [0, 1], [0, { [_hQ2]: _iRDC }], [0, { [_hQ2]: _rOAI }]],
  2
];
var GetProductRestEndpointPageResponse$ = [
  3,
  n05,
  _GPREPRe,
  0,
  [_DC2, _LM2, _PREPA, _PREPI, _RDC, _REI, _St4, _SE, _TIS],
  [[() => EndpointDisplayContentResponse$, { [_jN2]: _dC }], [5, { [_jN2]: _lM }], [0, { [_jN2]: _pREPA }], [0, { [_jN2]: _pREPI }], [0, { [_jN2]: _rDC }], [() => RestEndpointIdentifier$, { [_jN2]: _rEI }], [0, { [_jN2]: _sta2 }], [() => StatusException$, { [_jN2]: _sE }], [0, { [_jN2]: _tIS }]]
];
var GetRouteRequest$ = [
  3,
  n05,
  _GRR2,
  0,
  [_AI3, _RI2],
  [[0, 1], [0, 1]],
  2
];
var GetRouteResponseRequest$ = [
  3,
  n05,
  _GRRR,
  0,
  [_AI3, _RI2, _RRI],
  [[0, 1], [0, 1], [0, 1]],
  3
];
var GetRouteResponseResponse$ = [
  3,
  n05,
  _GRRRe,
  0,
  [_MSE, _RMes, _RPe, _RRI, _RRK],
  [[0, { [_jN2]: _mSE }], [128 | 0, { [_jN2]: _rMes2 }], [() => RouteParameters, { [_jN2]: _rPe2 }], [0, { [_jN2]: _rRI2 }], [0, { [_jN2]: _rRK }]]
];
var GetRouteResponsesRequest$ = [
  3,
  n05,
  _GRRRet,
  0,
  [_AI3, _RI2, _MR4, _NT3],
  [[0, 1], [0, 1], [0, { [_hQ2]: _mR2 }], [0, { [_hQ2]: _nT }]],
  2
];
var GetRouteResponsesResponse$ = [
  3,
  n05,
  _GRRReto,
  0,
  [_I2, _NT3],
  [[() => __listOfRouteResponse, { [_jN2]: _i2 }], [0, { [_jN2]: _nT }]]
];
var GetRouteResult$ = [
  3,
  n05,
  _GRRe2,
  0,
  [_AGM, _AKR, _AS3, _ATu2, _AIu, _MSE, _ON, _RMe, _RP2, _RI2, _RK, _RRSE, _Ta4],
  [[2, { [_jN2]: _aGM }], [2, { [_jN2]: _aKR2 }], [64 | 0, { [_jN2]: _aS2 }], [0, { [_jN2]: _aTu2 }], [0, { [_jN2]: _aIu2 }], [0, { [_jN2]: _mSE }], [0, { [_jN2]: _oN2 }], [128 | 0, { [_jN2]: _rMe2 }], [() => RouteParameters, { [_jN2]: _rP2 }], [0, { [_jN2]: _rI2 }], [0, { [_jN2]: _rK }], [0, { [_jN2]: _rRSE }], [0, { [_jN2]: _ta }]]
];
var GetRoutesRequest$ = [
  3,
  n05,
  _GRRet,
  0,
  [_AI3, _MR4, _NT3],
  [[0, 1], [0, { [_hQ2]: _mR2 }], [0, { [_hQ2]: _nT }]],
  1
];
var GetRoutesResponse$ = [
  3,
  n05,
  _GRReto,
  0,
  [_I2, _NT3],
  [[() => __listOfRoute, { [_jN2]: _i2 }], [0, { [_jN2]: _nT }]]
];
var GetRoutingRuleRequest$ = [
  3,
  n05,
  _GRRRetou,
  0,
  [_DN2, _RRIo, _DNI],
  [[0, 1], [0, 1], [0, { [_hQ2]: _dNI2 }]],
  2
];
var GetRoutingRuleResponse$ = [
  3,
  n05,
  _GRRRetout,
  0,
  [_Ac2, _Co, _P3, _RRA, _RRIo],
  [[() => __listOfRoutingRuleAction, { [_jN2]: _ac }], [() => __listOfRoutingRuleCondition, { [_jN2]: _co }], [1, { [_jN2]: _p2 }], [0, { [_jN2]: _rRA }], [0, { [_jN2]: _rRIo }]]
];
var GetStageRequest$2 = [
  3,
  n05,
  _GSR2,
  0,
  [_AI3, _SN2],
  [[0, 1], [0, 1]],
  2
];
var GetStageResponse$ = [
  3,
  n05,
  _GSRe2,
  0,
  [_ALS2, _AGM, _ADu, _CCI, _CD5, _DRS, _DI2, _D3, _LDSM, _LUD2, _RS, _SN2, _SV, _T3],
  [[() => AccessLogSettings$2, { [_jN2]: _aLS2 }], [2, { [_jN2]: _aGM }], [2, { [_jN2]: _aDu }], [0, { [_jN2]: _cCI2 }], [5, { [_jN2]: _cD2 }], [() => RouteSettings$, { [_jN2]: _dRS }], [0, { [_jN2]: _dI2 }], [0, { [_jN2]: _d2 }], [0, { [_jN2]: _lDSM }], [5, { [_jN2]: _lUD2 }], [() => RouteSettingsMap, { [_jN2]: _rS }], [0, { [_jN2]: _sN2 }], [128 | 0, { [_jN2]: _sV2 }], [128 | 0, { [_jN2]: _t2 }]]
];
var GetStagesRequest$2 = [
  3,
  n05,
  _GSRet2,
  0,
  [_AI3, _MR4, _NT3],
  [[0, 1], [0, { [_hQ2]: _mR2 }], [0, { [_hQ2]: _nT }]],
  1
];
var GetStagesResponse$ = [
  3,
  n05,
  _GSRett,
  0,
  [_I2, _NT3],
  [[() => __listOfStage, { [_jN2]: _i2 }], [0, { [_jN2]: _nT }]]
];
var GetTagsRequest$2 = [
  3,
  n05,
  _GTR2,
  0,
  [_RA5],
  [[0, 1]],
  1
];
var GetTagsResponse$ = [
  3,
  n05,
  _GTRe,
  0,
  [_T3],
  [[128 | 0, { [_jN2]: _t2 }]]
];
var GetVpcLinkRequest$2 = [
  3,
  n05,
  _GVLR2,
  0,
  [_VLI],
  [[0, 1]],
  1
];
var GetVpcLinkResponse$ = [
  3,
  n05,
  _GVLRe2,
  0,
  [_CD5, _N2, _SGI, _SI, _T3, _VLI, _VLS, _VLSM, _VLV],
  [[5, { [_jN2]: _cD2 }], [0, { [_jN2]: _n2 }], [64 | 0, { [_jN2]: _sGI }], [64 | 0, { [_jN2]: _sI }], [128 | 0, { [_jN2]: _t2 }], [0, { [_jN2]: _vLI2 }], [0, { [_jN2]: _vLS }], [0, { [_jN2]: _vLSM }], [0, { [_jN2]: _vLV }]]
];
var GetVpcLinksRequest$2 = [
  3,
  n05,
  _GVLRet,
  0,
  [_MR4, _NT3],
  [[0, { [_hQ2]: _mR2 }], [0, { [_hQ2]: _nT }]]
];
var GetVpcLinksResponse$ = [
  3,
  n05,
  _GVLRetp,
  0,
  [_I2, _NT3],
  [[() => __listOfVpcLink, { [_jN2]: _i2 }], [0, { [_jN2]: _nT }]]
];
var IdentifierParts$ = [
  3,
  n05,
  _IP3,
  0,
  [_Me, _Pa2, _RAI, _S3],
  [[0, { [_jN2]: _me2 }], [0, { [_jN2]: _pa2 }], [0, { [_jN2]: _rAI2 }], [0, { [_jN2]: _st2 }]],
  4
];
var ImportApiRequest$ = [
  3,
  n05,
  _IAR2,
  0,
  [_B, _Ba, _FOW],
  [[0, { [_jN2]: _b2 }], [0, { [_hQ2]: _ba }], [2, { [_hQ2]: _fOW2 }]],
  1
];
var ImportApiResponse$ = [
  3,
  n05,
  _IARm,
  0,
  [_AE, _AGM, _AI3, _AKSE, _CC3, _CD5, _D3, _DSV, _DEAE, _II3, _IAT, _N2, _PT4, _RSE, _T3, _V3, _W],
  [[0, { [_jN2]: _aE }], [2, { [_jN2]: _aGM }], [0, { [_jN2]: _aI2 }], [0, { [_jN2]: _aKSE }], [() => Cors$, { [_jN2]: _cC2 }], [5, { [_jN2]: _cD2 }], [0, { [_jN2]: _d2 }], [2, { [_jN2]: _dSV }], [2, { [_jN2]: _dEAE2 }], [64 | 0, { [_jN2]: _iI }], [0, { [_jN2]: _iAT2 }], [0, { [_jN2]: _n2 }], [0, { [_jN2]: _pT2 }], [0, { [_jN2]: _rSE }], [128 | 0, { [_jN2]: _t2 }], [0, { [_jN2]: _v2 }], [64 | 0, { [_jN2]: _w2 }]]
];
var Integration$2 = [
  3,
  n05,
  _In,
  0,
  [_AGM, _CI3, _CT4, _CHS, _CAr2, _D3, _IIn, _IM, _IRSE, _ISn, _IT3, _IU, _PB2, _PFV, _RP2, _RTe, _RPe, _TSE, _TIM2, _TC2],
  [[2, { [_jN2]: _aGM }], [0, { [_jN2]: _cI2 }], [0, { [_jN2]: _cT2 }], [0, { [_jN2]: _cHS }], [0, { [_jN2]: _cAr }], [0, { [_jN2]: _d2 }], [0, { [_jN2]: _iIn }], [0, { [_jN2]: _iM }], [0, { [_jN2]: _iRSE }], [0, { [_jN2]: _iSn }], [0, { [_jN2]: _iT2 }], [0, { [_jN2]: _iU }], [0, { [_jN2]: _pB2 }], [0, { [_jN2]: _pFV }], [128 | 0, { [_jN2]: _rP2 }], [128 | 0, { [_jN2]: _rTe2 }], [[2, n05, _RPe, 0, 0, 128 | 0], { [_jN2]: _rPe2 }], [0, { [_jN2]: _tSE }], [1, { [_jN2]: _tIM2 }], [() => TlsConfig$2, { [_jN2]: _tC2 }]]
];
var IntegrationResponse$2 = [
  3,
  n05,
  _IR3,
  0,
  [_IRK, _CHS, _IRI, _RPe, _RTes, _TSE],
  [[0, { [_jN2]: _iRK }], [0, { [_jN2]: _cHS }], [0, { [_jN2]: _iRI }], [128 | 0, { [_jN2]: _rPe2 }], [128 | 0, { [_jN2]: _rTes }], [0, { [_jN2]: _tSE }]],
  1
];
var JWTConfiguration$ = [
  3,
  n05,
  _JWTC,
  0,
  [_Aud, _Is],
  [[64 | 0, { [_jN2]: _au2 }], [0, { [_jN2]: _is }]]
];
var ListPortalProductsRequest$ = [
  3,
  n05,
  _LPPR,
  0,
  [_MR4, _NT3, _RO2],
  [[0, { [_hQ2]: _mR2 }], [0, { [_hQ2]: _nT }], [0, { [_hQ2]: _rO2 }]]
];
var ListPortalProductsResponse$ = [
  3,
  n05,
  _LPPRi,
  0,
  [_I2, _NT3],
  [[() => __listOfPortalProductSummary, { [_jN2]: _i2 }], [0, { [_jN2]: _nT }]]
];
var ListPortalsRequest$ = [
  3,
  n05,
  _LPR,
  0,
  [_MR4, _NT3],
  [[0, { [_hQ2]: _mR2 }], [0, { [_hQ2]: _nT }]]
];
var ListPortalsResponse$ = [
  3,
  n05,
  _LPRi,
  0,
  [_I2, _NT3],
  [[() => __listOfPortalSummary, { [_jN2]: _i2 }], [0, { [_jN2]: _nT }]]
];
var ListProductPagesRequest$ = [
  3,
  n05,
  _LPPRis,
  0,
  [_PPI, _MR4, _NT3, _ROAI],
  [[0, 1], [0, { [_hQ2]: _mR2 }], [0, { [_hQ2]: _nT }], [0, { [_hQ2]: _rOAI }]],
  1
];
var ListProductPagesResponse$ = [
  3,
  n05,
  _LPPRist,
  0,
  [_I2, _NT3],
  [[() => __listOfProductPageSummaryNoBody, { [_jN2]: _i2 }], [0, { [_jN2]: _nT }]]
];
var ListProductRestEndpointPagesRequest$ = [
  3,
  n05,
  _LPREPR,
  0,
  [_PPI, _MR4, _NT3, _ROAI],
  [[0, 1], [0, { [_hQ2]: _mR2 }], [0, { [_hQ2]: _nT }], [0, { [_hQ2]: _rOAI }]],
  1
];
var ListProductRestEndpointPagesResponse$ = [
  3,
  n05,
  _LPREPRi,
  0,
  [_I2, _NT3],
  [[() => __listOfProductRestEndpointPageSummaryNoBody, { [_jN2]: _i2 }], [0, { [_jN2]: _nT }]]
];
var ListRoutingRulesRequest$ = [
  3,
  n05,
  _LRRR,
  0,
  [_DN2, _DNI, _MR4, _NT3],
  [[0, 1], [0, { [_hQ2]: _dNI2 }], [1, { [_hQ2]: _mR2 }], [0, { [_hQ2]: _nT }]],
  1
];
var ListRoutingRulesResponse$ = [
  3,
  n05,
  _LRRRi,
  0,
  [_NT3, _RR3],
  [[0, { [_jN2]: _nT }], [() => __listOfRoutingRule, { [_jN2]: _rR }]]
];
var Model$2 = [
  3,
  n05,
  _Mo2,
  0,
  [_N2, _CTo, _D3, _MI2, _Sc2],
  [[0, { [_jN2]: _n2 }], [0, { [_jN2]: _cTo2 }], [0, { [_jN2]: _d2 }], [0, { [_jN2]: _mI2 }], [0, { [_jN2]: _sc2 }]],
  1
];
var MutualTlsAuthentication$2 = [
  3,
  n05,
  _MTA2,
  0,
  [_TU, _TV, _TW],
  [[0, { [_jN2]: _tU2 }], [0, { [_jN2]: _tV2 }], [64 | 0, { [_jN2]: _tW2 }]]
];
var MutualTlsAuthenticationInput$2 = [
  3,
  n05,
  _MTAI2,
  0,
  [_TU, _TV],
  [[0, { [_jN2]: _tU2 }], [0, { [_jN2]: _tV2 }]]
];
var None$ = [
  3,
  n05,
  _No2,
  0,
  [],
  []
];
var ParameterConstraints$ = [
  3,
  n05,
  _PCa,
  0,
  [_R4],
  [[2, { [_jN2]: _r2 }]]
];
var PortalContent$ = [
  3,
  n05,
  _PC2,
  0,
  [_DNi, _Th, _D3],
  [[0, { [_jN2]: _dNi }], [() => PortalTheme$, { [_jN2]: _th2 }], [0, { [_jN2]: _d2 }]],
  2
];
var PortalProductSummary$ = [
  3,
  n05,
  _PPS,
  0,
  [_D3, _DNi, _LM2, _PPA, _PPI, _T3],
  [[0, { [_jN2]: _d2 }], [0, { [_jN2]: _dNi }], [5, { [_jN2]: _lM }], [0, { [_jN2]: _pPA }], [0, { [_jN2]: _pPI }], [128 | 0, { [_jN2]: _t2 }]],
  5
];
var PortalSummary$ = [
  3,
  n05,
  _PSo,
  0,
  [_Au3, _EC3, _IPPA, _LM2, _PA3, _PC2, _PI3, _LP, _LPD, _Pr3, _PS, _RAMN, _SE, _T3],
  [[() => Authorization$, { [_jN2]: _a2 }], [() => EndpointConfigurationResponse$, { [_jN2]: _eC2 }], [64 | 0, { [_jN2]: _iPPA }], [5, { [_jN2]: _lM }], [0, { [_jN2]: _pA }], [() => PortalContent$, { [_jN2]: _pC2 }], [0, { [_jN2]: _pI2 }], [5, { [_jN2]: _lP }], [0, { [_jN2]: _lPD }], [() => Preview$, { [_jN2]: _pr2 }], [0, { [_jN2]: _pS }], [0, { [_jN2]: _rAMN }], [() => StatusException$, { [_jN2]: _sE }], [128 | 0, { [_jN2]: _t2 }]],
  7
];
var PortalTheme$ = [
  3,
  n05,
  _PTo,
  0,
  [_CCu, _LLU],
  [[() => CustomColors$, { [_jN2]: _cCu }], [5, { [_jN2]: _lLU }]],
  1
];
var Preview$ = [
  3,
  n05,
  _Pr3,
  0,
  [_PSr, _PU, _SE],
  [[0, { [_jN2]: _pSr }], [0, { [_jN2]: _pU }], [() => StatusException$, { [_jN2]: _sE }]],
  1
];
var PreviewPortalRequest$ = [
  3,
  n05,
  _PPR,
  0,
  [_PI3],
  [[0, 1]],
  1
];
var PreviewPortalResponse$ = [
  3,
  n05,
  _PPRr,
  0,
  [],
  []
];
var ProductPageSummaryNoBody$ = [
  3,
  n05,
  _PPSNB,
  0,
  [_LM2, _PTa2, _PPAr, _PPIr],
  [[5, { [_jN2]: _lM }], [0, { [_jN2]: _pTa }], [0, { [_jN2]: _pPAr }], [0, { [_jN2]: _pPIr }]],
  4
];
var ProductRestEndpointPageSummaryNoBody$ = [
  3,
  n05,
  _PREPSNB,
  0,
  [_E2, _LM2, _PREPA, _PREPI, _REI, _St4, _TIS, _ON, _SE],
  [[0, { [_jN2]: _en2 }], [5, { [_jN2]: _lM }], [0, { [_jN2]: _pREPA }], [0, { [_jN2]: _pREPI }], [() => RestEndpointIdentifier$, { [_jN2]: _rEI }], [0, { [_jN2]: _sta2 }], [0, { [_jN2]: _tIS }], [0, { [_jN2]: _oN2 }], [() => StatusException$, { [_jN2]: _sE }]],
  7
];
var PublishPortalRequest$ = [
  3,
  n05,
  _PPRu,
  0,
  [_PI3, _D3],
  [[0, 1], [0, { [_jN2]: _d2 }]],
  1
];
var PublishPortalResponse$ = [
  3,
  n05,
  _PPRub,
  0,
  [],
  []
];
var PutPortalProductSharingPolicyRequest$ = [
  3,
  n05,
  _PPPSPR,
  0,
  [_PD3, _PPI],
  [[0, { [_jN2]: _pD }], [0, 1]],
  2
];
var PutPortalProductSharingPolicyResponse$ = [
  3,
  n05,
  _PPPSPRu,
  0,
  [],
  []
];
var PutRoutingRuleRequest$ = [
  3,
  n05,
  _PRRR,
  0,
  [_Ac2, _Co, _DN2, _P3, _RRIo, _DNI],
  [[() => __listOfRoutingRuleAction, { [_jN2]: _ac }], [() => __listOfRoutingRuleCondition, { [_jN2]: _co }], [0, 1], [1, { [_jN2]: _p2 }], [0, 1], [0, { [_hQ2]: _dNI2 }]],
  5
];
var PutRoutingRuleResponse$ = [
  3,
  n05,
  _PRRRu,
  0,
  [_Ac2, _Co, _P3, _RRA, _RRIo],
  [[() => __listOfRoutingRuleAction, { [_jN2]: _ac }], [() => __listOfRoutingRuleCondition, { [_jN2]: _co }], [1, { [_jN2]: _p2 }], [0, { [_jN2]: _rRA }], [0, { [_jN2]: _rRIo }]]
];
var ReimportApiRequest$ = [
  3,
  n05,
  _RAR,
  0,
  [_AI3, _B, _Ba, _FOW],
  [[0, 1], [0, { [_jN2]: _b2 }], [0, { [_hQ2]: _ba }], [2, { [_hQ2]: _fOW2 }]],
  2
];
var ReimportApiResponse$ = [
  3,
  n05,
  _RARe,
  0,
  [_AE, _AGM, _AI3, _AKSE, _CC3, _CD5, _D3, _DSV, _DEAE, _II3, _IAT, _N2, _PT4, _RSE, _T3, _V3, _W],
  [[0, { [_jN2]: _aE }], [2, { [_jN2]: _aGM }], [0, { [_jN2]: _aI2 }], [0, { [_jN2]: _aKSE }], [() => Cors$, { [_jN2]: _cC2 }], [5, { [_jN2]: _cD2 }], [0, { [_jN2]: _d2 }], [2, { [_jN2]: _dSV }], [2, { [_jN2]: _dEAE2 }], [64 | 0, { [_jN2]: _iI }], [0, { [_jN2]: _iAT2 }], [0, { [_jN2]: _n2 }], [0, { [_jN2]: _pT2 }], [0, { [_jN2]: _rSE }], [128 | 0, { [_jN2]: _t2 }], [0, { [_jN2]: _v2 }], [64 | 0, { [_jN2]: _w2 }]]
];
var ResetAuthorizersCacheRequest$ = [
  3,
  n05,
  _RACR,
  0,
  [_AI3, _SN2],
  [[0, 1], [0, 1]],
  2
];
var RestEndpointIdentifier$ = [
  3,
  n05,
  _REI,
  0,
  [_IP3],
  [[() => IdentifierParts$, { [_jN2]: _iP }]]
];
var Route$ = [
  3,
  n05,
  _Ro2,
  0,
  [_RK, _AGM, _AKR, _AS3, _ATu2, _AIu, _MSE, _ON, _RMe, _RP2, _RI2, _RRSE, _Ta4],
  [[0, { [_jN2]: _rK }], [2, { [_jN2]: _aGM }], [2, { [_jN2]: _aKR2 }], [64 | 0, { [_jN2]: _aS2 }], [0, { [_jN2]: _aTu2 }], [0, { [_jN2]: _aIu2 }], [0, { [_jN2]: _mSE }], [0, { [_jN2]: _oN2 }], [128 | 0, { [_jN2]: _rMe2 }], [() => RouteParameters, { [_jN2]: _rP2 }], [0, { [_jN2]: _rI2 }], [0, { [_jN2]: _rRSE }], [0, { [_jN2]: _ta }]],
  1
];
var RouteResponse$ = [
  3,
  n05,
  _RRo,
  0,
  [_RRK, _MSE, _RMes, _RPe, _RRI],
  [[0, { [_jN2]: _rRK }], [0, { [_jN2]: _mSE }], [128 | 0, { [_jN2]: _rMes2 }], [() => RouteParameters, { [_jN2]: _rPe2 }], [0, { [_jN2]: _rRI2 }]],
  1
];
var RouteSettings$ = [
  3,
  n05,
  _RS,
  0,
  [_DTE, _DME, _LL, _TBL, _TRL],
  [[2, { [_jN2]: _dTE2 }], [2, { [_jN2]: _dME }], [0, { [_jN2]: _lL2 }], [1, { [_jN2]: _tBL2 }], [1, { [_jN2]: _tRL2 }]]
];
var RoutingRule$ = [
  3,
  n05,
  _RRou,
  0,
  [_Ac2, _Co, _P3, _RRA, _RRIo],
  [[() => __listOfRoutingRuleAction, { [_jN2]: _ac }], [() => __listOfRoutingRuleCondition, { [_jN2]: _co }], [1, { [_jN2]: _p2 }], [0, { [_jN2]: _rRA }], [0, { [_jN2]: _rRIo }]]
];
var RoutingRuleAction$ = [
  3,
  n05,
  _RRAo,
  0,
  [_IA3],
  [[() => RoutingRuleActionInvokeApi$, { [_jN2]: _iA }]],
  1
];
var RoutingRuleActionInvokeApi$ = [
  3,
  n05,
  _RRAIA,
  0,
  [_AI3, _S3, _SBP],
  [[0, { [_jN2]: _aI2 }], [0, { [_jN2]: _st2 }], [2, { [_jN2]: _sBP }]],
  2
];
var RoutingRuleCondition$ = [
  3,
  n05,
  _RRC,
  0,
  [_MBP, _MH],
  [[() => RoutingRuleMatchBasePaths$, { [_jN2]: _mBP }], [() => RoutingRuleMatchHeaders$, { [_jN2]: _mH }]]
];
var RoutingRuleMatchBasePaths$ = [
  3,
  n05,
  _RRMBP,
  0,
  [_AOn],
  [[64 | 0, { [_jN2]: _aOn }]],
  1
];
var RoutingRuleMatchHeaders$ = [
  3,
  n05,
  _RRMH,
  0,
  [_AOn],
  [[() => __listOfRoutingRuleMatchHeaderValue, { [_jN2]: _aOn }]],
  1
];
var RoutingRuleMatchHeaderValue$ = [
  3,
  n05,
  _RRMHV,
  0,
  [_H, _VG],
  [[0, { [_jN2]: _h2 }], [0, { [_jN2]: _vG }]],
  2
];
var Section$ = [
  3,
  n05,
  _Se,
  0,
  [_PREPAr, _SNe],
  [[64 | 0, { [_jN2]: _pREPAr }], [0, { [_jN2]: _sNe }]],
  2
];
var Stage$2 = [
  3,
  n05,
  _S3,
  0,
  [_SN2, _ALS2, _AGM, _ADu, _CCI, _CD5, _DRS, _DI2, _D3, _LDSM, _LUD2, _RS, _SV, _T3],
  [[0, { [_jN2]: _sN2 }], [() => AccessLogSettings$2, { [_jN2]: _aLS2 }], [2, { [_jN2]: _aGM }], [2, { [_jN2]: _aDu }], [0, { [_jN2]: _cCI2 }], [5, { [_jN2]: _cD2 }], [() => RouteSettings$, { [_jN2]: _dRS }], [0, { [_jN2]: _dI2 }], [0, { [_jN2]: _d2 }], [0, { [_jN2]: _lDSM }], [5, { [_jN2]: _lUD2 }], [() => RouteSettingsMap, { [_jN2]: _rS }], [128 | 0, { [_jN2]: _sV2 }], [128 | 0, { [_jN2]: _t2 }]],
  1
];
var StatusException$ = [
  3,
  n05,
  _SE,
  0,
  [_Ex, _M4],
  [[0, { [_jN2]: _ex }], [0, { [_jN2]: _m5 }]]
];
var TagResourceRequest$3 = [
  3,
  n05,
  _TRR3,
  0,
  [_RA5, _T3],
  [[0, 1], [128 | 0, { [_jN2]: _t2 }]],
  1
];
var TagResourceResponse$ = [
  3,
  n05,
  _TRRa,
  0,
  [],
  []
];
var TlsConfig$2 = [
  3,
  n05,
  _TC2,
  0,
  [_SNTV],
  [[0, { [_jN2]: _sNTV }]]
];
var TlsConfigInput$ = [
  3,
  n05,
  _TCI,
  0,
  [_SNTV],
  [[0, { [_jN2]: _sNTV }]]
];
var UntagResourceRequest$3 = [
  3,
  n05,
  _URR4,
  0,
  [_RA5, _TK4],
  [[0, 1], [64 | 0, { [_hQ2]: _tK2 }]],
  2
];
var UpdateApiMappingRequest$ = [
  3,
  n05,
  _UAMR,
  0,
  [_AI3, _AMI, _DN2, _AMK, _S3],
  [[0, { [_jN2]: _aI2 }], [0, 1], [0, 1], [0, { [_jN2]: _aMK }], [0, { [_jN2]: _st2 }]],
  3
];
var UpdateApiMappingResponse$ = [
  3,
  n05,
  _UAMRp,
  0,
  [_AI3, _AMI, _AMK, _S3],
  [[0, { [_jN2]: _aI2 }], [0, { [_jN2]: _aMI }], [0, { [_jN2]: _aMK }], [0, { [_jN2]: _st2 }]]
];
var UpdateApiRequest$ = [
  3,
  n05,
  _UAR2,
  0,
  [_AI3, _AKSE, _CC3, _CAr2, _D3, _DSV, _DEAE, _IAT, _N2, _RK, _RSE, _Ta4, _V3],
  [[0, 1], [0, { [_jN2]: _aKSE }], [() => Cors$, { [_jN2]: _cC2 }], [0, { [_jN2]: _cAr }], [0, { [_jN2]: _d2 }], [2, { [_jN2]: _dSV }], [2, { [_jN2]: _dEAE2 }], [0, { [_jN2]: _iAT2 }], [0, { [_jN2]: _n2 }], [0, { [_jN2]: _rK }], [0, { [_jN2]: _rSE }], [0, { [_jN2]: _ta }], [0, { [_jN2]: _v2 }]],
  1
];
var UpdateApiResponse$ = [
  3,
  n05,
  _UARp2,
  0,
  [_AE, _AGM, _AI3, _AKSE, _CC3, _CD5, _D3, _DSV, _DEAE, _II3, _IAT, _N2, _PT4, _RSE, _T3, _V3, _W],
  [[0, { [_jN2]: _aE }], [2, { [_jN2]: _aGM }], [0, { [_jN2]: _aI2 }], [0, { [_jN2]: _aKSE }], [() => Cors$, { [_jN2]: _cC2 }], [5, { [_jN2]: _cD2 }], [0, { [_jN2]: _d2 }], [2, { [_jN2]: _dSV }], [2, { [_jN2]: _dEAE2 }], [64 | 0, { [_jN2]: _iI }], [0, { [_jN2]: _iAT2 }], [0, { [_jN2]: _n2 }], [0, { [_jN2]: _pT2 }], [0, { [_jN2]: _rSE }], [128 | 0, { [_jN2]: _t2 }], [0, { [_jN2]: _v2 }], [64 | 0, { [_jN2]: _w2 }]]
];
var UpdateAuthorizerRequest$2 = [
  3,
  n05,
  _UARpd,
  0,
  [_AI3, _AIu, _ACA, _APFV, _ARTIS, _AT2, _AU, _ESR, _IS, _IVE, _JC, _N2],
  [[0, 1], [0, 1], [0, { [_jN2]: _aCA }], [0, { [_jN2]: _aPFV }], [1, { [_jN2]: _aRTIS2 }], [0, { [_jN2]: _aT2 }], [0, { [_jN2]: _aU2 }], [2, { [_jN2]: _eSR }], [64 | 0, { [_jN2]: _iS2 }], [0, { [_jN2]: _iVE2 }], [() => JWTConfiguration$, { [_jN2]: _jC }], [0, { [_jN2]: _n2 }]],
  2
];
var UpdateAuthorizerResponse$ = [
  3,
  n05,
  _UARpda,
  0,
  [_ACA, _AIu, _APFV, _ARTIS, _AT2, _AU, _ESR, _IS, _IVE, _JC, _N2],
  [[0, { [_jN2]: _aCA }], [0, { [_jN2]: _aIu2 }], [0, { [_jN2]: _aPFV }], [1, { [_jN2]: _aRTIS2 }], [0, { [_jN2]: _aT2 }], [0, { [_jN2]: _aU2 }], [2, { [_jN2]: _eSR }], [64 | 0, { [_jN2]: _iS2 }], [0, { [_jN2]: _iVE2 }], [() => JWTConfiguration$, { [_jN2]: _jC }], [0, { [_jN2]: _n2 }]]
];
var UpdateDeploymentRequest$2 = [
  3,
  n05,
  _UDR2,
  0,
  [_AI3, _DI2, _D3],
  [[0, 1], [0, 1], [0, { [_jN2]: _d2 }]],
  2
];
var UpdateDeploymentResponse$ = [
  3,
  n05,
  _UDRp,
  0,
  [_AD, _CD5, _DI2, _DS2, _DSM, _D3],
  [[2, { [_jN2]: _aD }], [5, { [_jN2]: _cD2 }], [0, { [_jN2]: _dI2 }], [0, { [_jN2]: _dS }], [0, { [_jN2]: _dSM }], [0, { [_jN2]: _d2 }]]
];
var UpdateDomainNameRequest$2 = [
  3,
  n05,
  _UDNR2,
  0,
  [_DN2, _DNC, _MTA2, _RM4],
  [[0, 1], [() => DomainNameConfigurations, { [_jN2]: _dNC }], [() => MutualTlsAuthenticationInput$2, { [_jN2]: _mTA2 }], [0, { [_jN2]: _rM2 }]],
  1
];
var UpdateDomainNameResponse$ = [
  3,
  n05,
  _UDNRp,
  0,
  [_AMSE, _DN2, _DNA, _DNC, _MTA2, _RM4, _T3],
  [[0, { [_jN2]: _aMSE }], [0, { [_jN2]: _dN2 }], [0, { [_jN2]: _dNA2 }], [() => DomainNameConfigurations, { [_jN2]: _dNC }], [() => MutualTlsAuthentication$2, { [_jN2]: _mTA2 }], [0, { [_jN2]: _rM2 }], [128 | 0, { [_jN2]: _t2 }]]
];
var UpdateIntegrationRequest$2 = [
  3,
  n05,
  _UIR2,
  0,
  [_AI3, _IIn, _CI3, _CT4, _CHS, _CAr2, _D3, _IM, _ISn, _IT3, _IU, _PB2, _PFV, _RP2, _RTe, _RPe, _TSE, _TIM2, _TC2],
  [[0, 1], [0, 1], [0, { [_jN2]: _cI2 }], [0, { [_jN2]: _cT2 }], [0, { [_jN2]: _cHS }], [0, { [_jN2]: _cAr }], [0, { [_jN2]: _d2 }], [0, { [_jN2]: _iM }], [0, { [_jN2]: _iSn }], [0, { [_jN2]: _iT2 }], [0, { [_jN2]: _iU }], [0, { [_jN2]: _pB2 }], [0, { [_jN2]: _pFV }], [128 | 0, { [_jN2]: _rP2 }], [128 | 0, { [_jN2]: _rTe2 }], [[2, n05, _RPe, 0, 0, 128 | 0], { [_jN2]: _rPe2 }], [0, { [_jN2]: _tSE }], [1, { [_jN2]: _tIM2 }], [() => TlsConfigInput$, { [_jN2]: _tC2 }]],
  2
];
var UpdateIntegrationResponseRequest$2 = [
  3,
  n05,
  _UIRR2,
  0,
  [_AI3, _IIn, _IRI, _CHS, _IRK, _RPe, _RTes, _TSE],
  [[0, 1], [0, 1], [0, 1], [0, { [_jN2]: _cHS }], [0, { [_jN2]: _iRK }], [128 | 0, { [_jN2]: _rPe2 }], [128 | 0, { [_jN2]: _rTes }], [0, { [_jN2]: _tSE }]],
  3
];
var UpdateIntegrationResponseResponse$ = [
  3,
  n05,
  _UIRRp,
  0,
  [_CHS, _IRI, _IRK, _RPe, _RTes, _TSE],
  [[0, { [_jN2]: _cHS }], [0, { [_jN2]: _iRI }], [0, { [_jN2]: _iRK }], [128 | 0, { [_jN2]: _rPe2 }], [128 | 0, { [_jN2]: _rTes }], [0, { [_jN2]: _tSE }]]
];
var UpdateIntegrationResult$ = [
  3,
  n05,
  _UIRp2,
  0,
  [_AGM, _CI3, _CT4, _CHS, _CAr2, _D3, _IIn, _IM, _IRSE, _ISn, _IT3, _IU, _PB2, _PFV, _RP2, _RTe, _RPe, _TSE, _TIM2, _TC2],
  [[2, { [_jN2]: _aGM }], [0, { [_jN2]: _cI2 }], [0, { [_jN2]: _cT2 }], [0, { [_jN2]: _cHS }], [0, { [_jN2]: _cAr }], [0, { [_jN2]: _d2 }], [0, { [_jN2]: _iIn }], [0, { [_jN2]: _iM }], [0, { [_jN2]: _iRSE }], [0, { [_jN2]: _iSn }], [0, { [_jN2]: _iT2 }], [0, { [_jN2]: _iU }], [0, { [_jN2]: _pB2 }], [0, { [_jN2]: _pFV }], [128 | 0, { [_jN2]: _rP2 }], [128 | 0, { [_jN2]: _rTe2 }], [[2, n05, _RPe, 0, 0, 128 | 0], { [_jN2]: _rPe2 }], [0, { [_jN2]: _tSE }], [1, { [_jN2]: _tIM2 }], [() => TlsConfig$2, { [_jN2]: _tC2 }]]
];
var UpdateModelRequest$2 = [
  3,
  n05,
  _UMR2,
  0,
  [_AI3, _MI2, _CTo, _D3, _N2, _Sc2],
  [[0, 1], [0, 1], [0, { [_jN2]: _cTo2 }], [0, { [_jN2]: _d2 }], [0, { [_jN2]: _n2 }], [0, { [_jN2]: _sc2 }]],
  2
];
var UpdateModelResponse$ = [
  3,
  n05,
  _UMRp2,
  0,
  [_CTo, _D3, _MI2, _N2, _Sc2],
  [[0, { [_jN2]: _cTo2 }], [0, { [_jN2]: _d2 }], [0, { [_jN2]: _mI2 }], [0, { [_jN2]: _n2 }], [0, { [_jN2]: _sc2 }]]
];
var UpdatePortalProductRequest$ = [
  3,
  n05,
  _UPPR,
  0,
  [_PPI, _D3, _DNi, _DO],
  [[0, 1], [0, { [_jN2]: _d2 }], [0, { [_jN2]: _dNi }], [() => DisplayOrder$, { [_jN2]: _dO }]],
  1
];
var UpdatePortalProductResponse$ = [
  3,
  n05,
  _UPPRp,
  0,
  [_D3, _DNi, _DO, _LM2, _PPA, _PPI, _T3],
  [[0, { [_jN2]: _d2 }], [0, { [_jN2]: _dNi }], [() => DisplayOrder$, { [_jN2]: _dO }], [5, { [_jN2]: _lM }], [0, { [_jN2]: _pPA }], [0, { [_jN2]: _pPI }], [128 | 0, { [_jN2]: _t2 }]]
];
var UpdatePortalRequest$ = [
  3,
  n05,
  _UPR2,
  0,
  [_PI3, _Au3, _EC3, _IPPA, _LU, _PC2, _RAMN],
  [[0, 1], [() => Authorization$, { [_jN2]: _a2 }], [() => EndpointConfigurationRequest$, { [_jN2]: _eC2 }], [64 | 0, { [_jN2]: _iPPA }], [0, { [_jN2]: _lU }], [() => PortalContent$, { [_jN2]: _pC2 }], [0, { [_jN2]: _rAMN }]],
  1
];
var UpdatePortalResponse$ = [
  3,
  n05,
  _UPRp,
  0,
  [_Au3, _EC3, _IPPA, _LM2, _LP, _LPD, _PA3, _PC2, _PI3, _Pr3, _PS, _RAMN, _SE, _T3],
  [[() => Authorization$, { [_jN2]: _a2 }], [() => EndpointConfigurationResponse$, { [_jN2]: _eC2 }], [64 | 0, { [_jN2]: _iPPA }], [5, { [_jN2]: _lM }], [5, { [_jN2]: _lP }], [0, { [_jN2]: _lPD }], [0, { [_jN2]: _pA }], [() => PortalContent$, { [_jN2]: _pC2 }], [0, { [_jN2]: _pI2 }], [() => Preview$, { [_jN2]: _pr2 }], [0, { [_jN2]: _pS }], [0, { [_jN2]: _rAMN }], [() => StatusException$, { [_jN2]: _sE }], [128 | 0, { [_jN2]: _t2 }]]
];
var UpdateProductPageRequest$ = [
  3,
  n05,
  _UPPRpd,
  0,
  [_PPI, _PPIr, _DC2],
  [[0, 1], [0, 1], [() => DisplayContent$, { [_jN2]: _dC }]],
  2
];
var UpdateProductPageResponse$ = [
  3,
  n05,
  _UPPRpda,
  0,
  [_DC2, _LM2, _PPAr, _PPIr],
  [[() => DisplayContent$, { [_jN2]: _dC }], [5, { [_jN2]: _lM }], [0, { [_jN2]: _pPAr }], [0, { [_jN2]: _pPIr }]]
];
var UpdateProductRestEndpointPageRequest$ = [
  3,
  n05,
  _UPREPR,
  0,
  [_PPI, _PREPI, _DC2, _TIS],
  [[0, 1], [0, 1], [() => EndpointDisplayContent$, { [_jN2]: _dC }], [0, { [_jN2]: _tIS }]],
  2
];
var UpdateProductRestEndpointPageResponse$ = [
  3,
  n05,
  _UPREPRp,
  0,
  [_DC2, _LM2, _PREPA, _PREPI, _REI, _St4, _SE, _TIS],
  [[() => EndpointDisplayContentResponse$, { [_jN2]: _dC }], [5, { [_jN2]: _lM }], [0, { [_jN2]: _pREPA }], [0, { [_jN2]: _pREPI }], [() => RestEndpointIdentifier$, { [_jN2]: _rEI }], [0, { [_jN2]: _sta2 }], [() => StatusException$, { [_jN2]: _sE }], [0, { [_jN2]: _tIS }]]
];
var UpdateRouteRequest$ = [
  3,
  n05,
  _URRp2,
  0,
  [_AI3, _RI2, _AKR, _AS3, _ATu2, _AIu, _MSE, _ON, _RMe, _RP2, _RK, _RRSE, _Ta4],
  [[0, 1], [0, 1], [2, { [_jN2]: _aKR2 }], [64 | 0, { [_jN2]: _aS2 }], [0, { [_jN2]: _aTu2 }], [0, { [_jN2]: _aIu2 }], [0, { [_jN2]: _mSE }], [0, { [_jN2]: _oN2 }], [128 | 0, { [_jN2]: _rMe2 }], [() => RouteParameters, { [_jN2]: _rP2 }], [0, { [_jN2]: _rK }], [0, { [_jN2]: _rRSE }], [0, { [_jN2]: _ta }]],
  2
];
var UpdateRouteResponseRequest$ = [
  3,
  n05,
  _URRR,
  0,
  [_AI3, _RI2, _RRI, _MSE, _RMes, _RPe, _RRK],
  [[0, 1], [0, 1], [0, 1], [0, { [_jN2]: _mSE }], [128 | 0, { [_jN2]: _rMes2 }], [() => RouteParameters, { [_jN2]: _rPe2 }], [0, { [_jN2]: _rRK }]],
  3
];
var UpdateRouteResponseResponse$ = [
  3,
  n05,
  _URRRp,
  0,
  [_MSE, _RMes, _RPe, _RRI, _RRK],
  [[0, { [_jN2]: _mSE }], [128 | 0, { [_jN2]: _rMes2 }], [() => RouteParameters, { [_jN2]: _rPe2 }], [0, { [_jN2]: _rRI2 }], [0, { [_jN2]: _rRK }]]
];
var UpdateRouteResult$ = [
  3,
  n05,
  _URRpd,
  0,
  [_AGM, _AKR, _AS3, _ATu2, _AIu, _MSE, _ON, _RMe, _RP2, _RI2, _RK, _RRSE, _Ta4],
  [[2, { [_jN2]: _aGM }], [2, { [_jN2]: _aKR2 }], [64 | 0, { [_jN2]: _aS2 }], [0, { [_jN2]: _aTu2 }], [0, { [_jN2]: _aIu2 }], [0, { [_jN2]: _mSE }], [0, { [_jN2]: _oN2 }], [128 | 0, { [_jN2]: _rMe2 }], [() => RouteParameters, { [_jN2]: _rP2 }], [0, { [_jN2]: _rI2 }], [0, { [_jN2]: _rK }], [0, { [_jN2]: _rRSE }], [0, { [_jN2]: _ta }]]
];
var UpdateStageRequest$2 = [
  3,
  n05,
  _USR2,
  0,
  [_AI3, _SN2, _ALS2, _ADu, _CCI, _DRS, _DI2, _D3, _RS, _SV],
  [[0, 1], [0, 1], [() => AccessLogSettings$2, { [_jN2]: _aLS2 }], [2, { [_jN2]: _aDu }], [0, { [_jN2]: _cCI2 }], [() => RouteSettings$, { [_jN2]: _dRS }], [0, { [_jN2]: _dI2 }], [0, { [_jN2]: _d2 }], [() => RouteSettingsMap, { [_jN2]: _rS }], [128 | 0, { [_jN2]: _sV2 }]],
  2
];
var UpdateStageResponse$ = [
  3,
  n05,
  _USRp,
  0,
  [_ALS2, _AGM, _ADu, _CCI, _CD5, _DRS, _DI2, _D3, _LDSM, _LUD2, _RS, _SN2, _SV, _T3],
  [[() => AccessLogSettings$2, { [_jN2]: _aLS2 }], [2, { [_jN2]: _aGM }], [2, { [_jN2]: _aDu }], [0, { [_jN2]: _cCI2 }], [5, { [_jN2]: _cD2 }], [() => RouteSettings$, { [_jN2]: _dRS }], [0, { [_jN2]: _dI2 }], [0, { [_jN2]: _d2 }], [0, { [_jN2]: _lDSM }], [5, { [_jN2]: _lUD2 }], [() => RouteSettingsMap, { [_jN2]: _rS }], [0, { [_jN2]: _sN2 }], [128 | 0, { [_jN2]: _sV2 }], [128 | 0, { [_jN2]: _t2 }]]
];
var UpdateVpcLinkRequest$2 = [
  3,
  n05,
  _UVLR2,
  0,
  [_VLI, _N2],
  [[0, 1], [0, { [_jN2]: _n2 }]],
  1
];
var UpdateVpcLinkResponse$ = [
  3,
  n05,
  _UVLRp,
  0,
  [_CD5, _N2, _SGI, _SI, _T3, _VLI, _VLS, _VLSM, _VLV],
  [[5, { [_jN2]: _cD2 }], [0, { [_jN2]: _n2 }], [64 | 0, { [_jN2]: _sGI }], [64 | 0, { [_jN2]: _sI }], [128 | 0, { [_jN2]: _t2 }], [0, { [_jN2]: _vLI2 }], [0, { [_jN2]: _vLS }], [0, { [_jN2]: _vLSM }], [0, { [_jN2]: _vLV }]]
];
var VpcLink$2 = [
  3,
  n05,
  _VL2,
  0,
  [_N2, _SGI, _SI, _VLI, _CD5, _T3, _VLS, _VLSM, _VLV],
  [[0, { [_jN2]: _n2 }], [64 | 0, { [_jN2]: _sGI }], [64 | 0, { [_jN2]: _sI }], [0, { [_jN2]: _vLI2 }], [5, { [_jN2]: _cD2 }], [128 | 0, { [_jN2]: _t2 }], [0, { [_jN2]: _vLS }], [0, { [_jN2]: _vLSM }], [0, { [_jN2]: _vLV }]],
  4
];
var __Unit2 = "unit";
var __listOf__string = 64 | 0;
var __listOf__stringMin20Max2048 = 64 | 0;
var __listOfApi = [
  1,
  n05,
  _lOA,
  0,
  [
    () => Api$,
    0
  ]
];
var __listOfApiMapping = [
  1,
  n05,
  _lOAM,
  0,
  [
    () => ApiMapping$,
    0
  ]
];
var __listOfAuthorizer = [
  1,
  n05,
  _lOAi,
  0,
  [
    () => Authorizer$2,
    0
  ]
];
var __listOfDeployment = [
  1,
  n05,
  _lOD,
  0,
  [
    () => Deployment$2,
    0
  ]
];
var __listOfDomainName = [
  1,
  n05,
  _lODN,
  0,
  [
    () => DomainName$2,
    0
  ]
];
var __listOfIntegration = [
  1,
  n05,
  _lOI,
  0,
  [
    () => Integration$2,
    0
  ]
];
var __listOfIntegrationResponse = [
  1,
  n05,
  _lOIR,
  0,
  [
    () => IntegrationResponse$2,
    0
  ]
];
var __listOfModel = [
  1,
  n05,
  _lOM,
  0,
  [
    () => Model$2,
    0
  ]
];
var __listOfPortalProductSummary = [
  1,
  n05,
  _lOPPS,
  0,
  [
    () => PortalProductSummary$,
    0
  ]
];
var __listOfPortalSummary = [
  1,
  n05,
  _lOPS,
  0,
  [
    () => PortalSummary$,
    0
  ]
];
var __listOfProductPageSummaryNoBody = [
  1,
  n05,
  _lOPPSNB,
  0,
  [
    () => ProductPageSummaryNoBody$,
    0
  ]
];
var __listOfProductRestEndpointPageSummaryNoBody = [
  1,
  n05,
  _lOPREPSNB,
  0,
  [
    () => ProductRestEndpointPageSummaryNoBody$,
    0
  ]
];
var __listOfRoute = [
  1,
  n05,
  _lOR,
  0,
  [
    () => Route$,
    0
  ]
];
var __listOfRouteResponse = [
  1,
  n05,
  _lORR,
  0,
  [
    () => RouteResponse$,
    0
  ]
];
var __listOfRoutingRule = [
  1,
  n05,
  _lORRi,
  0,
  [
    () => RoutingRule$,
    0
  ]
];
var __listOfRoutingRuleAction = [
  1,
  n05,
  _lORRA,
  0,
  [
    () => RoutingRuleAction$,
    0
  ]
];
var __listOfRoutingRuleCondition = [
  1,
  n05,
  _lORRC,
  0,
  [
    () => RoutingRuleCondition$,
    0
  ]
];
var __listOfRoutingRuleMatchHeaderValue = [
  1,
  n05,
  _lORRMHV,
  0,
  [
    () => RoutingRuleMatchHeaderValue$,
    0
  ]
];
var __listOfSection = [
  1,
  n05,
  _lOS,
  0,
  [
    () => Section$,
    0
  ]
];
var __listOfSelectionKey = 64 | 0;
var __listOfStage = [
  1,
  n05,
  _lOSi,
  0,
  [
    () => Stage$2,
    0
  ]
];
var __listOfVpcLink = [
  1,
  n05,
  _lOVL,
  0,
  [
    () => VpcLink$2,
    0
  ]
];
var AuthorizationScopes = 64 | 0;
var CorsHeaderList = 64 | 0;
var CorsMethodList = 64 | 0;
var CorsOriginList = 64 | 0;
var DomainNameConfigurations = [
  1,
  n05,
  _DNC,
  0,
  [
    () => DomainNameConfiguration$,
    0
  ]
];
var IdentitySourceList = 64 | 0;
var SecurityGroupIdList = 64 | 0;
var SubnetIdList = 64 | 0;
var IntegrationParameters = 128 | 0;
var ResponseParameters = [
  2,
  n05,
  _RPe,
  0,
  0,
  128 | 0
];
var RouteModels = 128 | 0;
var RouteParameters = [
  2,
  n05,
  _RPo,
  0,
  [
    0,
    0
  ],
  [
    () => ParameterConstraints$,
    0
  ]
];
var RouteSettingsMap = [
  2,
  n05,
  _RSM,
  0,
  [
    0,
    0
  ],
  [
    () => RouteSettings$,
    0
  ]
];
var StageVariablesMap = 128 | 0;
var Tags = 128 | 0;
var TemplateMap = 128 | 0;
var CreateApi$ = [
  9,
  n05,
  _CAre,
  { [_ht2]: ["POST", "/v2/apis", 201] },
  () => CreateApiRequest$,
  () => CreateApiResponse$
];
var CreateApiMapping$ = [
  9,
  n05,
  _CAM2,
  { [_ht2]: ["POST", "/v2/domainnames/{DomainName}/apimappings", 201] },
  () => CreateApiMappingRequest$,
  () => CreateApiMappingResponse$
];
var CreateAuthorizer$2 = [
  9,
  n05,
  _CArea,
  { [_ht2]: ["POST", "/v2/apis/{ApiId}/authorizers", 201] },
  () => CreateAuthorizerRequest$2,
  () => CreateAuthorizerResponse$
];
var CreateDeployment$2 = [
  9,
  n05,
  _CDr3,
  { [_ht2]: ["POST", "/v2/apis/{ApiId}/deployments", 201] },
  () => CreateDeploymentRequest$2,
  () => CreateDeploymentResponse$
];
var CreateDomainName$2 = [
  9,
  n05,
  _CDN2,
  { [_ht2]: ["POST", "/v2/domainnames", 201] },
  () => CreateDomainNameRequest$2,
  () => CreateDomainNameResponse$
];
var CreateIntegration$ = [
  9,
  n05,
  _CIr2,
  { [_ht2]: ["POST", "/v2/apis/{ApiId}/integrations", 201] },
  () => CreateIntegrationRequest$,
  () => CreateIntegrationResult$
];
var CreateIntegrationResponse$ = [
  9,
  n05,
  _CIRre,
  { [_ht2]: ["POST", "/v2/apis/{ApiId}/integrations/{IntegrationId}/integrationresponses", 201] },
  () => CreateIntegrationResponseRequest$,
  () => CreateIntegrationResponseResponse$
];
var CreateModel$2 = [
  9,
  n05,
  _CM3,
  { [_ht2]: ["POST", "/v2/apis/{ApiId}/models", 201] },
  () => CreateModelRequest$2,
  () => CreateModelResponse$
];
var CreatePortal$ = [
  9,
  n05,
  _CP3,
  { [_ht2]: ["POST", "/v2/portals", 201] },
  () => CreatePortalRequest$,
  () => CreatePortalResponse$
];
var CreatePortalProduct$ = [
  9,
  n05,
  _CPP,
  { [_ht2]: ["POST", "/v2/portalproducts", 201] },
  () => CreatePortalProductRequest$,
  () => CreatePortalProductResponse$
];
var CreateProductPage$ = [
  9,
  n05,
  _CPPr,
  { [_ht2]: ["POST", "/v2/portalproducts/{PortalProductId}/productpages", 201] },
  () => CreateProductPageRequest$,
  () => CreateProductPageResponse$
];
var CreateProductRestEndpointPage$ = [
  9,
  n05,
  _CPREP,
  { [_ht2]: ["POST", "/v2/portalproducts/{PortalProductId}/productrestendpointpages", 201] },
  () => CreateProductRestEndpointPageRequest$,
  () => CreateProductRestEndpointPageResponse$
];
var CreateRoute$ = [
  9,
  n05,
  _CR3,
  { [_ht2]: ["POST", "/v2/apis/{ApiId}/routes", 201] },
  () => CreateRouteRequest$,
  () => CreateRouteResult$
];
var CreateRouteResponse$ = [
  9,
  n05,
  _CRRre,
  { [_ht2]: ["POST", "/v2/apis/{ApiId}/routes/{RouteId}/routeresponses", 201] },
  () => CreateRouteResponseRequest$,
  () => CreateRouteResponseResponse$
];
var CreateRoutingRule$ = [
  9,
  n05,
  _CRRrea,
  { [_ht2]: ["POST", "/v2/domainnames/{DomainName}/routingrules", 201] },
  () => CreateRoutingRuleRequest$,
  () => CreateRoutingRuleResponse$
];
var CreateStage$2 = [
  9,
  n05,
  _CS3,
  { [_ht2]: ["POST", "/v2/apis/{ApiId}/stages", 201] },
  () => CreateStageRequest$2,
  () => CreateStageResponse$
];
var CreateVpcLink$2 = [
  9,
  n05,
  _CVL2,
  { [_ht2]: ["POST", "/v2/vpclinks", 201] },
  () => CreateVpcLinkRequest$2,
  () => CreateVpcLinkResponse$
];
var DeleteAccessLogSettings$ = [
  9,
  n05,
  _DALS,
  { [_ht2]: ["DELETE", "/v2/apis/{ApiId}/stages/{StageName}/accesslogsettings", 204] },
  () => DeleteAccessLogSettingsRequest$,
  () => __Unit2
];
var DeleteApi$ = [
  9,
  n05,
  _DAe,
  { [_ht2]: ["DELETE", "/v2/apis/{ApiId}", 204] },
  () => DeleteApiRequest$,
  () => __Unit2
];
var DeleteApiMapping$ = [
  9,
  n05,
  _DAM,
  { [_ht2]: ["DELETE", "/v2/domainnames/{DomainName}/apimappings/{ApiMappingId}", 204] },
  () => DeleteApiMappingRequest$,
  () => __Unit2
];
var DeleteAuthorizer$2 = [
  9,
  n05,
  _DAel,
  { [_ht2]: ["DELETE", "/v2/apis/{ApiId}/authorizers/{AuthorizerId}", 204] },
  () => DeleteAuthorizerRequest$2,
  () => __Unit2
];
var DeleteCorsConfiguration$ = [
  9,
  n05,
  _DCC2,
  { [_ht2]: ["DELETE", "/v2/apis/{ApiId}/cors", 204] },
  () => DeleteCorsConfigurationRequest$,
  () => __Unit2
];
var DeleteDeployment$2 = [
  9,
  n05,
  _DD2,
  { [_ht2]: ["DELETE", "/v2/apis/{ApiId}/deployments/{DeploymentId}", 204] },
  () => DeleteDeploymentRequest$2,
  () => __Unit2
];
var DeleteDomainName$2 = [
  9,
  n05,
  _DDN2,
  { [_ht2]: ["DELETE", "/v2/domainnames/{DomainName}", 204] },
  () => DeleteDomainNameRequest$2,
  () => __Unit2
];
var DeleteIntegration$2 = [
  9,
  n05,
  _DIe,
  { [_ht2]: ["DELETE", "/v2/apis/{ApiId}/integrations/{IntegrationId}", 204] },
  () => DeleteIntegrationRequest$2,
  () => __Unit2
];
var DeleteIntegrationResponse$2 = [
  9,
  n05,
  _DIRe2,
  { [_ht2]: ["DELETE", "/v2/apis/{ApiId}/integrations/{IntegrationId}/integrationresponses/{IntegrationResponseId}", 204] },
  () => DeleteIntegrationResponseRequest$2,
  () => __Unit2
];
var DeleteModel$2 = [
  9,
  n05,
  _DM3,
  { [_ht2]: ["DELETE", "/v2/apis/{ApiId}/models/{ModelId}", 204] },
  () => DeleteModelRequest$2,
  () => __Unit2
];
var DeletePortal$ = [
  9,
  n05,
  _DP4,
  { [_ht2]: ["DELETE", "/v2/portals/{PortalId}", 204] },
  () => DeletePortalRequest$,
  () => __Unit2
];
var DeletePortalProduct$ = [
  9,
  n05,
  _DPP,
  { [_ht2]: ["DELETE", "/v2/portalproducts/{PortalProductId}", 204] },
  () => DeletePortalProductRequest$,
  () => __Unit2
];
var DeletePortalProductSharingPolicy$ = [
  9,
  n05,
  _DPPSP,
  { [_ht2]: ["DELETE", "/v2/portalproducts/{PortalProductId}/sharingpolicy", 204] },
  () => DeletePortalProductSharingPolicyRequest$,
  () => __Unit2
];
var DeleteProductPage$ = [
  9,
  n05,
  _DPPe,
  { [_ht2]: ["DELETE", "/v2/portalproducts/{PortalProductId}/productpages/{ProductPageId}", 204] },
  () => DeleteProductPageRequest$,
  () => __Unit2
];
var DeleteProductRestEndpointPage$ = [
  9,
  n05,
  _DPREP,
  { [_ht2]: ["DELETE", "/v2/portalproducts/{PortalProductId}/productrestendpointpages/{ProductRestEndpointPageId}", 204] },
  () => DeleteProductRestEndpointPageRequest$,
  () => __Unit2
];
var DeleteRoute$ = [
  9,
  n05,
  _DR3,
  { [_ht2]: ["DELETE", "/v2/apis/{ApiId}/routes/{RouteId}", 204] },
  () => DeleteRouteRequest$,
  () => __Unit2
];
var DeleteRouteRequestParameter$ = [
  9,
  n05,
  _DRRP,
  { [_ht2]: ["DELETE", "/v2/apis/{ApiId}/routes/{RouteId}/requestparameters/{RequestParameterKey}", 204] },
  () => DeleteRouteRequestParameterRequest$,
  () => __Unit2
];
var DeleteRouteResponse$ = [
  9,
  n05,
  _DRRe,
  { [_ht2]: ["DELETE", "/v2/apis/{ApiId}/routes/{RouteId}/routeresponses/{RouteResponseId}", 204] },
  () => DeleteRouteResponseRequest$,
  () => __Unit2
];
var DeleteRouteSettings$ = [
  9,
  n05,
  _DRSe,
  { [_ht2]: ["DELETE", "/v2/apis/{ApiId}/stages/{StageName}/routesettings/{RouteKey}", 204] },
  () => DeleteRouteSettingsRequest$,
  () => __Unit2
];
var DeleteRoutingRule$ = [
  9,
  n05,
  _DRRel,
  { [_ht2]: ["DELETE", "/v2/domainnames/{DomainName}/routingrules/{RoutingRuleId}", 204] },
  () => DeleteRoutingRuleRequest$,
  () => __Unit2
];
var DeleteStage$2 = [
  9,
  n05,
  _DSe,
  { [_ht2]: ["DELETE", "/v2/apis/{ApiId}/stages/{StageName}", 204] },
  () => DeleteStageRequest$2,
  () => __Unit2
];
var DeleteVpcLink$2 = [
  9,
  n05,
  _DVL2,
  { [_ht2]: ["DELETE", "/v2/vpclinks/{VpcLinkId}", 202] },
  () => DeleteVpcLinkRequest$2,
  () => DeleteVpcLinkResponse$
];
var DisablePortal$ = [
  9,
  n05,
  _DPi,
  { [_ht2]: ["DELETE", "/v2/portals/{PortalId}/publish", 204] },
  () => DisablePortalRequest$,
  () => __Unit2
];
var ExportApi$ = [
  9,
  n05,
  _EA2,
  { [_ht2]: ["GET", "/v2/apis/{ApiId}/exports/{Specification}", 200] },
  () => ExportApiRequest$,
  () => ExportApiResponse$
];
var GetApi$ = [
  9,
  n05,
  _GA2,
  { [_ht2]: ["GET", "/v2/apis/{ApiId}", 200] },
  () => GetApiRequest$,
  () => GetApiResponse$
];
var GetApiMapping$ = [
  9,
  n05,
  _GAM,
  { [_ht2]: ["GET", "/v2/domainnames/{DomainName}/apimappings/{ApiMappingId}", 200] },
  () => GetApiMappingRequest$,
  () => GetApiMappingResponse$
];
var GetApiMappings$ = [
  9,
  n05,
  _GAMe,
  { [_ht2]: ["GET", "/v2/domainnames/{DomainName}/apimappings", 200] },
  () => GetApiMappingsRequest$,
  () => GetApiMappingsResponse$
];
var GetApis$ = [
  9,
  n05,
  _GAe2,
  { [_ht2]: ["GET", "/v2/apis", 200] },
  () => GetApisRequest$,
  () => GetApisResponse$
];
var GetAuthorizer$2 = [
  9,
  n05,
  _GAet2,
  { [_ht2]: ["GET", "/v2/apis/{ApiId}/authorizers/{AuthorizerId}", 200] },
  () => GetAuthorizerRequest$2,
  () => GetAuthorizerResponse$
];
var GetAuthorizers$2 = [
  9,
  n05,
  _GAetu,
  { [_ht2]: ["GET", "/v2/apis/{ApiId}/authorizers", 200] },
  () => GetAuthorizersRequest$2,
  () => GetAuthorizersResponse$
];
var GetDeployment$2 = [
  9,
  n05,
  _GD3,
  { [_ht2]: ["GET", "/v2/apis/{ApiId}/deployments/{DeploymentId}", 200] },
  () => GetDeploymentRequest$2,
  () => GetDeploymentResponse$
];
var GetDeployments$2 = [
  9,
  n05,
  _GDe2,
  { [_ht2]: ["GET", "/v2/apis/{ApiId}/deployments", 200] },
  () => GetDeploymentsRequest$2,
  () => GetDeploymentsResponse$
];
var GetDomainName$2 = [
  9,
  n05,
  _GDN2,
  { [_ht2]: ["GET", "/v2/domainnames/{DomainName}", 200] },
  () => GetDomainNameRequest$2,
  () => GetDomainNameResponse$
];
var GetDomainNames$2 = [
  9,
  n05,
  _GDNe2,
  { [_ht2]: ["GET", "/v2/domainnames", 200] },
  () => GetDomainNamesRequest$2,
  () => GetDomainNamesResponse$
];
var GetIntegration$2 = [
  9,
  n05,
  _GI3,
  { [_ht2]: ["GET", "/v2/apis/{ApiId}/integrations/{IntegrationId}", 200] },
  () => GetIntegrationRequest$2,
  () => GetIntegrationResult$
];
var GetIntegrationResponse$2 = [
  9,
  n05,
  _GIRetnt,
  { [_ht2]: ["GET", "/v2/apis/{ApiId}/integrations/{IntegrationId}/integrationresponses/{IntegrationResponseId}", 200] },
  () => GetIntegrationResponseRequest$2,
  () => GetIntegrationResponseResponse$
];
var GetIntegrationResponses$ = [
  9,
  n05,
  _GIRetnte,
  { [_ht2]: ["GET", "/v2/apis/{ApiId}/integrations/{IntegrationId}/integrationresponses", 200] },
  () => GetIntegrationResponsesRequest$,
  () => GetIntegrationResponsesResponse$
];
var GetIntegrations$ = [
  9,
  n05,
  _GIe,
  { [_ht2]: ["GET", "/v2/apis/{ApiId}/integrations", 200] },
  () => GetIntegrationsRequest$,
  () => GetIntegrationsResponse$
];
var GetModel$2 = [
  9,
  n05,
  _GM2,
  { [_ht2]: ["GET", "/v2/apis/{ApiId}/models/{ModelId}", 200] },
  () => GetModelRequest$2,
  () => GetModelResponse$
];
var GetModels$2 = [
  9,
  n05,
  _GMe2,
  { [_ht2]: ["GET", "/v2/apis/{ApiId}/models", 200] },
  () => GetModelsRequest$2,
  () => GetModelsResponse$
];
var GetModelTemplate$2 = [
  9,
  n05,
  _GMT2,
  { [_ht2]: ["GET", "/v2/apis/{ApiId}/models/{ModelId}/template", 200] },
  () => GetModelTemplateRequest$2,
  () => GetModelTemplateResponse$
];
var GetPortal$ = [
  9,
  n05,
  _GP,
  { [_ht2]: ["GET", "/v2/portals/{PortalId}", 200] },
  () => GetPortalRequest$,
  () => GetPortalResponse$
];
var GetPortalProduct$ = [
  9,
  n05,
  _GPP,
  { [_ht2]: ["GET", "/v2/portalproducts/{PortalProductId}", 200] },
  () => GetPortalProductRequest$,
  () => GetPortalProductResponse$
];
var GetPortalProductSharingPolicy$ = [
  9,
  n05,
  _GPPSP,
  { [_ht2]: ["GET", "/v2/portalproducts/{PortalProductId}/sharingpolicy", 200] },
  () => GetPortalProductSharingPolicyRequest$,
  () => GetPortalProductSharingPolicyResponse$
];
var GetProductPage$ = [
  9,
  n05,
  _GPPe,
  { [_ht2]: ["GET", "/v2/portalproducts/{PortalProductId}/productpages/{ProductPageId}", 200] },
  () => GetProductPageRequest$,
  () => GetProductPageResponse$
];
var GetProductRestEndpointPage$ = [
  9,
  n05,
  _GPREP,
  { [_ht2]: ["GET", "/v2/portalproducts/{PortalProductId}/productrestendpointpages/{ProductRestEndpointPageId}", 200] },
  () => GetProductRestEndpointPageRequest$,
  () => GetProductRestEndpointPageResponse$
];
var GetRoute$ = [
  9,
  n05,
  _GR2,
  { [_ht2]: ["GET", "/v2/apis/{ApiId}/routes/{RouteId}", 200] },
  () => GetRouteRequest$,
  () => GetRouteResult$
];
var GetRouteResponse$ = [
  9,
  n05,
  _GRRetou,
  { [_ht2]: ["GET", "/v2/apis/{ApiId}/routes/{RouteId}/routeresponses/{RouteResponseId}", 200] },
  () => GetRouteResponseRequest$,
  () => GetRouteResponseResponse$
];
var GetRouteResponses$ = [
  9,
  n05,
  _GRRetout,
  { [_ht2]: ["GET", "/v2/apis/{ApiId}/routes/{RouteId}/routeresponses", 200] },
  () => GetRouteResponsesRequest$,
  () => GetRouteResponsesResponse$
];
var GetRoutes$ = [
  9,
  n05,
  _GRe2,
  { [_ht2]: ["GET", "/v2/apis/{ApiId}/routes", 200] },
  () => GetRoutesRequest$,
  () => GetRoutesResponse$
];
var GetRoutingRule$ = [
  9,
  n05,
  _GRRetouti,
  { [_ht2]: ["GET", "/v2/domainnames/{DomainName}/routingrules/{RoutingRuleId}", 200] },
  () => GetRoutingRuleRequest$,
  () => GetRoutingRuleResponse$
];
var GetStage$2 = [
  9,
  n05,
  _GS3,
  { [_ht2]: ["GET", "/v2/apis/{ApiId}/stages/{StageName}", 200] },
  () => GetStageRequest$2,
  () => GetStageResponse$
];
var GetStages$2 = [
  9,
  n05,
  _GSe2,
  { [_ht2]: ["GET", "/v2/apis/{ApiId}/stages", 200] },
  () => GetStagesRequest$2,
  () => GetStagesResponse$
];
var GetTags$2 = [
  9,
  n05,
  _GT3,
  { [_ht2]: ["GET", "/v2/tags/{ResourceArn}", 200] },
  () => GetTagsRequest$2,
  () => GetTagsResponse$
];
var GetVpcLink$2 = [
  9,
  n05,
  _GVL2,
  { [_ht2]: ["GET", "/v2/vpclinks/{VpcLinkId}", 200] },
  () => GetVpcLinkRequest$2,
  () => GetVpcLinkResponse$
];
var GetVpcLinks$2 = [
  9,
  n05,
  _GVLe2,
  { [_ht2]: ["GET", "/v2/vpclinks", 200] },
  () => GetVpcLinksRequest$2,
  () => GetVpcLinksResponse$
];
var ImportApi$ = [
  9,
  n05,
  _IAm,
  { [_ht2]: ["PUT", "/v2/apis", 201] },
  () => ImportApiRequest$,
  () => ImportApiResponse$
];
var ListPortalProducts$ = [
  9,
  n05,
  _LPP,
  { [_ht2]: ["GET", "/v2/portalproducts", 200] },
  () => ListPortalProductsRequest$,
  () => ListPortalProductsResponse$
];
var ListPortals$ = [
  9,
  n05,
  _LPi,
  { [_ht2]: ["GET", "/v2/portals", 200] },
  () => ListPortalsRequest$,
  () => ListPortalsResponse$
];
var ListProductPages$ = [
  9,
  n05,
  _LPPi,
  { [_ht2]: ["GET", "/v2/portalproducts/{PortalProductId}/productpages", 200] },
  () => ListProductPagesRequest$,
  () => ListProductPagesResponse$
];
var ListProductRestEndpointPages$ = [
  9,
  n05,
  _LPREP,
  { [_ht2]: ["GET", "/v2/portalproducts/{PortalProductId}/productrestendpointpages", 200] },
  () => ListProductRestEndpointPagesRequest$,
  () => ListProductRestEndpointPagesResponse$
];
var ListRoutingRules$ = [
  9,
  n05,
  _LRR,
  { [_ht2]: ["GET", "/v2/domainnames/{DomainName}/routingrules", 200] },
  () => ListRoutingRulesRequest$,
  () => ListRoutingRulesResponse$
];
var PreviewPortal$ = [
  9,
  n05,
  _PP2,
  { [_ht2]: ["POST", "/v2/portals/{PortalId}/preview", 202] },
  () => PreviewPortalRequest$,
  () => PreviewPortalResponse$
];
var PublishPortal$ = [
  9,
  n05,
  _PPu,
  { [_ht2]: ["POST", "/v2/portals/{PortalId}/publish", 202] },
  () => PublishPortalRequest$,
  () => PublishPortalResponse$
];
var PutPortalProductSharingPolicy$ = [
  9,
  n05,
  _PPPSP,
  { [_ht2]: ["PUT", "/v2/portalproducts/{PortalProductId}/sharingpolicy", 200] },
  () => PutPortalProductSharingPolicyRequest$,
  () => PutPortalProductSharingPolicyResponse$
];
var PutRoutingRule$ = [
  9,
  n05,
  _PRR,
  { [_ht2]: ["PUT", "/v2/domainnames/{DomainName}/routingrules/{RoutingRuleId}", 200] },
  () => PutRoutingRuleRequest$,
  () => PutRoutingRuleResponse$
];
var ReimportApi$ = [
  9,
  n05,
  _RAe3,
  { [_ht2]: ["PUT", "/v2/apis/{ApiId}", 201] },
  () => ReimportApiRequest$,
  () => ReimportApiResponse$
];
var ResetAuthorizersCache$ = [
  9,
  n05,
  _RAC,
  { [_ht2]: ["DELETE", "/v2/apis/{ApiId}/stages/{StageName}/cache/authorizers", 204] },
  () => ResetAuthorizersCacheRequest$,
  () => __Unit2
];
var TagResource$2 = [
  9,
  n05,
  _TR2,
  { [_ht2]: ["POST", "/v2/tags/{ResourceArn}", 201] },
  () => TagResourceRequest$3,
  () => TagResourceResponse$
];
var UntagResource$2 = [
  9,
  n05,
  _UR2,
  { [_ht2]: ["DELETE", "/v2/tags/{ResourceArn}", 204] },
  () => UntagResourceRequest$3,
  () => __Unit2
];
var UpdateApi$ = [
  9,
  n05,
  _UA3,
  { [_ht2]: ["PATCH", "/v2/apis/{ApiId}", 200] },
  () => UpdateApiRequest$,
  () => UpdateApiResponse$
];
var UpdateApiMapping$ = [
  9,
  n05,
  _UAM,
  { [_ht2]: ["PATCH", "/v2/domainnames/{DomainName}/apimappings/{ApiMappingId}", 200] },
  () => UpdateApiMappingRequest$,
  () => UpdateApiMappingResponse$
];
var UpdateAuthorizer$2 = [
  9,
  n05,
  _UAp2,
  { [_ht2]: ["PATCH", "/v2/apis/{ApiId}/authorizers/{AuthorizerId}", 200] },
  () => UpdateAuthorizerRequest$2,
  () => UpdateAuthorizerResponse$
];
var UpdateDeployment$2 = [
  9,
  n05,
  _UD4,
  { [_ht2]: ["PATCH", "/v2/apis/{ApiId}/deployments/{DeploymentId}", 200] },
  () => UpdateDeploymentRequest$2,
  () => UpdateDeploymentResponse$
];
var UpdateDomainName$2 = [
  9,
  n05,
  _UDN2,
  { [_ht2]: ["PATCH", "/v2/domainnames/{DomainName}", 200] },
  () => UpdateDomainNameRequest$2,
  () => UpdateDomainNameResponse$
];
var UpdateIntegration$2 = [
  9,
  n05,
  _UI3,
  { [_ht2]: ["PATCH", "/v2/apis/{ApiId}/integrations/{IntegrationId}", 200] },
  () => UpdateIntegrationRequest$2,
  () => UpdateIntegrationResult$
];
var UpdateIntegrationResponse$2 = [
  9,
  n05,
  _UIRpd,
  { [_ht2]: ["PATCH", "/v2/apis/{ApiId}/integrations/{IntegrationId}/integrationresponses/{IntegrationResponseId}", 200] },
  () => UpdateIntegrationResponseRequest$2,
  () => UpdateIntegrationResponseResponse$
];
var UpdateModel$2 = [
  9,
  n05,
  _UM3,
  { [_ht2]: ["PATCH", "/v2/apis/{ApiId}/models/{ModelId}", 200] },
  () => UpdateModelRequest$2,
  () => UpdateModelResponse$
];
var UpdatePortal$ = [
  9,
  n05,
  _UP3,
  { [_ht2]: ["PATCH", "/v2/portals/{PortalId}", 200] },
  () => UpdatePortalRequest$,
  () => UpdatePortalResponse$
];
var UpdatePortalProduct$ = [
  9,
  n05,
  _UPP,
  { [_ht2]: ["PATCH", "/v2/portalproducts/{PortalProductId}", 200] },
  () => UpdatePortalProductRequest$,
  () => UpdatePortalProductResponse$
];
var UpdateProductPage$ = [
  9,
  n05,
  _UPPp,
  { [_ht2]: ["PATCH", "/v2/portalproducts/{PortalProductId}/productpages/{ProductPageId}", 200] },
  () => UpdateProductPageRequest$,
  () => UpdateProductPageResponse$
];
var UpdateProductRestEndpointPage$ = [
  9,
  n05,
  _UPREP,
  { [_ht2]: ["PATCH", "/v2/portalproducts/{PortalProductId}/productrestendpointpages/{ProductRestEndpointPageId}", 200] },
  () => UpdateProductRestEndpointPageRequest$,
  () => UpdateProductRestEndpointPageResponse$
];
var UpdateRoute$ = [
  9,
  n05,
  _URp2,
  { [_ht2]: ["PATCH", "/v2/apis/{ApiId}/routes/{RouteId}", 200] },
  () => UpdateRouteRequest$,
  () => UpdateRouteResult$
];
var UpdateRouteResponse$ = [
  9,
  n05,
  _URRpda,
  { [_ht2]: ["PATCH", "/v2/apis/{ApiId}/routes/{RouteId}/routeresponses/{RouteResponseId}", 200] },
  () => UpdateRouteResponseRequest$,
  () => UpdateRouteResponseResponse$
];
var UpdateStage$2 = [
  9,
  n05,
  _US3,
  { [_ht2]: ["PATCH", "/v2/apis/{ApiId}/stages/{StageName}", 200] },
  () => UpdateStageRequest$2,
  () => UpdateStageResponse$
];
var UpdateVpcLink$2 = [
  9,
  n05,
  _UVL2,
  { [_ht2]: ["PATCH", "/v2/vpclinks/{VpcLinkId}", 200] },
  () => UpdateVpcLinkRequest$2,
  () => UpdateVpcLinkResponse$
];

// node_modules/@aws-sdk/client-apigatewayv2/dist-es/runtimeConfig.shared.js
var getRuntimeConfig9 = (config) => {
  return {
    apiVersion: "2018-11-29",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver5,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultApiGatewayV2HttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsRestJsonProtocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.apigatewayv2",
      errorTypeRegistries: errorTypeRegistries5,
      version: "2018-11-29",
      serviceTarget: "ApiGatewayV2"
    },
    serviceId: config?.serviceId ?? "ApiGatewayV2",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-apigatewayv2/dist-es/runtimeConfig.js
var getRuntimeConfig10 = (config) => {
  emitWarningIfUnsupportedVersion2(process.version);
  const defaultsMode = resolveDefaultsModeConfig(config);
  const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
  const clientSharedValues = getRuntimeConfig9(config);
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
    defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 9e5),
    defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: package_default5.version }),
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

// node_modules/@aws-sdk/client-apigatewayv2/dist-es/auth/httpAuthExtensionConfiguration.js
var getHttpAuthExtensionConfiguration5 = (runtimeConfig) => {
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
var resolveHttpAuthRuntimeConfig5 = (config) => {
  return {
    httpAuthSchemes: config.httpAuthSchemes(),
    httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
    credentials: config.credentials()
  };
};

// node_modules/@aws-sdk/client-apigatewayv2/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions5 = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration5(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig5(extensionConfiguration));
};

// node_modules/@aws-sdk/client-apigatewayv2/dist-es/ApiGatewayV2Client.js
var ApiGatewayV2Client = class extends Client {
  config;
  constructor(...[configuration]) {
    const _config_0 = getRuntimeConfig10(configuration || {});
    super(_config_0);
    this.initConfig = _config_0;
    const _config_1 = resolveClientEndpointParameters5(_config_0);
    const _config_2 = resolveUserAgentConfig(_config_1);
    const _config_3 = resolveRetryConfig(_config_2);
    const _config_4 = resolveRegionConfig(_config_3);
    const _config_5 = resolveHostHeaderConfig(_config_4);
    const _config_6 = resolveEndpointConfig(_config_5);
    const _config_7 = resolveHttpAuthSchemeConfig5(_config_6);
    const _config_8 = resolveRuntimeExtensions5(_config_7, configuration?.extensions || []);
    this.config = _config_8;
    this.middlewareStack.use(getSchemaSerdePlugin(this.config));
    this.middlewareStack.use(getUserAgentPlugin(this.config));
    this.middlewareStack.use(getRetryPlugin(this.config));
    this.middlewareStack.use(getContentLengthPlugin(this.config));
    this.middlewareStack.use(getHostHeaderPlugin(this.config));
    this.middlewareStack.use(getLoggerPlugin(this.config));
    this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
    this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
      httpAuthSchemeParametersProvider: defaultApiGatewayV2HttpAuthSchemeParametersProvider,
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

// node_modules/@aws-sdk/client-apigatewayv2/dist-es/commandBuilder.js
var command5 = makeBuilder(commonParams5, "ApiGatewayV2", "ApiGatewayV2Client", getEndpointPlugin);
var _ep05 = {};
var _mw05 = (Command, cs, config, o2) => [];

// node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/GetApisCommand.js
var GetApisCommand = class extends command5(_ep05, _mw05, "GetApis", GetApis$) {
};

// node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/GetAuthorizersCommand.js
var GetAuthorizersCommand2 = class extends command5(_ep05, _mw05, "GetAuthorizers", GetAuthorizers$2) {
};

// node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/GetRoutesCommand.js
var GetRoutesCommand = class extends command5(_ep05, _mw05, "GetRoutes", GetRoutes$) {
};

// src/aws/read.ts
var NoRegionError = class extends Error {
};
var DETAILS_FILTER = ["Role", "User", "Group", "LocalManagedPolicy"];
var PAGE_SIZE = 60;
var API_PAGE_SIZE = 500;
async function readAccount(request) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const profile = request.profile !== void 0 ? { profile: request.profile } : {};
  const regions = request.regions.length > 0 ? request.regions : [await defaultRegion(profile)];
  const services = new Set(request.services ?? DEFAULT_SERVICES);
  const failures = [];
  const details = services.has("iam") ? await readAuthorizationDetails(new IAMClient({ ...profile, region: regions[0] }), failures) : { RoleDetailList: [], GroupDetailList: [], UserDetailList: [], Policies: [] };
  const cognito = [];
  const apiGateway = [];
  for (const region of regions) {
    const failed = (call2, error) => failures.push({ Call: call2, Region: region, Message: describeError(error) });
    if (services.has("cognito")) {
      const identity = new CognitoIdentityClient({ ...profile, region });
      const idp = new CognitoIdentityProviderClient({ ...profile, region });
      cognito.push({
        Region: region,
        IdentityPools: await readIdentityPools(identity, region, failed),
        UserPools: await readUserPools(idp, region, failed)
      });
    }
    if (services.has("apigateway")) {
      const rest = new APIGatewayClient({ ...profile, region });
      const http = new ApiGatewayV2Client({ ...profile, region });
      apiGateway.push({
        Region: region,
        RestApis: await readRestApis(rest, region, failed),
        HttpApis: await readHttpApis(http, region, failed)
      });
    }
  }
  const roles = details.RoleDetailList;
  const accountId = roles.map((r6) => /^arn:[^:]+:iam::(\d{12}):/.exec(r6.Arn ?? "")?.[1]).find((id) => id !== void 0);
  const snapshot = {
    ...failures.length > 0 ? { Incomplete: failures } : {},
    ...details,
    Cognito: cognito,
    ...services.has("apigateway") ? { ApiGateway: apiGateway } : {}
  };
  return { snapshot, failures, accountId };
}
async function defaultRegion(profile) {
  try {
    const region = await new CognitoIdentityClient(profile).config.region();
    if (typeof region === "string" && region !== "") return region;
  } catch {
  }
  throw new NoRegionError(
    "--aws needs a region: pass --region (repeatable) or set AWS_REGION (or `region` in the profile)."
  );
}
async function readAuthorizationDetails(iam, failures) {
  const out = { RoleDetailList: [], GroupDetailList: [], UserDetailList: [], Policies: [] };
  let marker;
  for (let page = 1; ; page++) {
    let result;
    try {
      result = await iam.send(
        new GetAccountAuthorizationDetailsCommand({
          Filter: [...DETAILS_FILTER],
          MaxItems: 100,
          ...marker !== void 0 ? { Marker: marker } : {}
        })
      );
    } catch (error) {
      failures.push({ Call: `iam:GetAccountAuthorizationDetails (page ${page})`, Message: describeError(error) });
      return out;
    }
    for (const key of Object.keys(out))
      out[key].push(...result[key] ?? []);
    if (!result.IsTruncated || result.Marker === void 0) return out;
    marker = result.Marker;
  }
}
async function readIdentityPools(client, region, failed) {
  const pools = [];
  const ids = await pages("cognito-identity:ListIdentityPools", region, failed, async (NextToken) => {
    const page = await client.send(
      new ListIdentityPoolsCommand({ MaxResults: PAGE_SIZE, ...NextToken ? { NextToken } : {} })
    );
    return { items: (page.IdentityPools ?? []).map((p2) => p2.IdentityPoolId).filter(isString), next: page.NextToken };
  });
  for (const IdentityPoolId of ids) {
    const described = await call(
      `cognito-identity:DescribeIdentityPool ${IdentityPoolId}`,
      failed,
      () => client.send(new DescribeIdentityPoolCommand({ IdentityPoolId }))
    );
    if (!described) continue;
    const roles = await call(
      `cognito-identity:GetIdentityPoolRoles ${IdentityPoolId}`,
      failed,
      () => client.send(new GetIdentityPoolRolesCommand({ IdentityPoolId }))
    );
    const maps = [];
    for (const IdentityProviderName of providerNames(described)) {
      const map = await call(
        `cognito-identity:GetPrincipalTagAttributeMap ${IdentityPoolId} ${IdentityProviderName}`,
        failed,
        () => client.send(new GetPrincipalTagAttributeMapCommand({ IdentityPoolId, IdentityProviderName }))
      );
      if (map)
        maps.push({
          IdentityProviderName,
          UseDefaults: map.UseDefaults ?? false,
          ...map.PrincipalTags ? { PrincipalTags: map.PrincipalTags } : {}
        });
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
    const page = await client.send(
      new ListUserPoolsCommand({ MaxResults: PAGE_SIZE, ...NextToken ? { NextToken } : {} })
    );
    return { items: (page.UserPools ?? []).map((p2) => p2.Id).filter(isString), next: page.NextToken };
  });
  for (const UserPoolId of ids) {
    const described = await call(
      `cognito-idp:DescribeUserPool ${UserPoolId}`,
      failed,
      () => client.send(new DescribeUserPoolCommand({ UserPoolId }))
    );
    if (!described?.UserPool) continue;
    const clientIds = await pages(
      `cognito-idp:ListUserPoolClients ${UserPoolId}`,
      region,
      failed,
      async (NextToken) => {
        const page = await client.send(
          new ListUserPoolClientsCommand({ UserPoolId, MaxResults: PAGE_SIZE, ...NextToken ? { NextToken } : {} })
        );
        return { items: (page.UserPoolClients ?? []).map((c6) => c6.ClientId).filter(isString), next: page.NextToken };
      }
    );
    const clients = [];
    for (const ClientId of clientIds) {
      const read = await call(
        `cognito-idp:DescribeUserPoolClient ${ClientId}`,
        failed,
        () => client.send(new DescribeUserPoolClientCommand({ UserPoolId, ClientId }))
      );
      if (!read?.UserPoolClient) continue;
      const { ClientSecret, ...described2 } = read.UserPoolClient;
      clients.push({ ...described2, ...ClientSecret !== void 0 ? { GenerateSecret: true } : {} });
    }
    const groups = await listGroups(client, UserPoolId, region, failed);
    const mfa = await call(
      `cognito-idp:GetUserPoolMfaConfig ${UserPoolId}`,
      failed,
      () => client.send(new GetUserPoolMfaConfigCommand({ UserPoolId }))
    );
    pools.push({
      ...described.UserPool,
      Clients: clients,
      Groups: groups,
      ...mfa ? { MfaConfig: withoutMetadata(mfa) } : {}
    });
  }
  return pools;
}
async function listGroups(client, UserPoolId, region, failed) {
  const groups = [];
  await pages(`cognito-idp:ListGroups ${UserPoolId}`, region, failed, async (NextToken) => {
    const page = await client.send(
      new ListGroupsCommand({ UserPoolId, Limit: PAGE_SIZE, ...NextToken ? { NextToken } : {} })
    );
    groups.push(...page.Groups ?? []);
    return { items: [], next: page.NextToken };
  });
  return groups;
}
async function readRestApis(client, region, failed) {
  const apis = [];
  await pages("apigateway:GetRestApis", region, failed, async (position) => {
    const page = await client.send(new GetRestApisCommand({ limit: API_PAGE_SIZE, ...position ? { position } : {} }));
    apis.push(...(page.items ?? []).map((api) => ({ ...api })));
    return { items: [], next: page.position };
  });
  for (const api of apis) {
    const restApiId = api.id;
    if (typeof restApiId !== "string") continue;
    const resources = [];
    await pages(`apigateway:GetResources ${restApiId}`, region, failed, async (position) => {
      const page = await client.send(
        new GetResourcesCommand({
          restApiId,
          embed: ["methods"],
          limit: API_PAGE_SIZE,
          ...position ? { position } : {}
        })
      );
      resources.push(...page.items ?? []);
      return { items: [], next: page.position };
    });
    const authorizers = [];
    await pages(`apigateway:GetAuthorizers ${restApiId}`, region, failed, async (position) => {
      const page = await client.send(
        new GetAuthorizersCommand({ restApiId, limit: API_PAGE_SIZE, ...position ? { position } : {} })
      );
      authorizers.push(...page.items ?? []);
      return { items: [], next: page.position };
    });
    Object.assign(api, { Resources: resources, Authorizers: authorizers });
  }
  return apis;
}
async function readHttpApis(client, region, failed) {
  const apis = [];
  await pages("apigateway:GetApis", region, failed, async (NextToken) => {
    const page = await client.send(
      new GetApisCommand({ MaxResults: String(API_PAGE_SIZE), ...NextToken ? { NextToken } : {} })
    );
    apis.push(...(page.Items ?? []).map((api) => ({ ...api })));
    return { items: [], next: page.NextToken };
  });
  for (const api of apis) {
    const ApiId = api.ApiId;
    if (typeof ApiId !== "string") continue;
    const routes = [];
    await pages(`apigateway:GetRoutes ${ApiId}`, region, failed, async (NextToken) => {
      const page = await client.send(
        new GetRoutesCommand({ ApiId, MaxResults: String(API_PAGE_SIZE), ...NextToken ? { NextToken } : {} })
      );
      routes.push(...page.Items ?? []);
      return { items: [], next: page.NextToken };
    });
    const authorizers = [];
    await pages(`apigateway:GetAuthorizers ${ApiId}`, region, failed, async (NextToken) => {
      const page = await client.send(
        new GetAuthorizersCommand2({
          ApiId,
          MaxResults: String(API_PAGE_SIZE),
          ...NextToken ? { NextToken } : {}
        })
      );
      authorizers.push(...page.Items ?? []);
      return { items: [], next: page.NextToken };
    });
    Object.assign(api, { Routes: routes, Authorizers: authorizers });
  }
  return apis;
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
