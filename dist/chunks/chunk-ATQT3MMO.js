// cognito-iam-lint: built by build/build.mjs from src/ and rules/; do not edit.
import { createRequire as __cilCreateRequire } from 'node:module';
const require = __cilCreateRequire(import.meta.url);
import {
  isPlainObject,
  joinPointer,
  splitPointer
} from "./chunk-SBWCWIWY.js";

// src/inputs/aws-apigateway.ts
var API_GATEWAY_KEY = "ApiGateway";
var REST_SKIP = /* @__PURE__ */ new Set([
  "id",
  "createdDate",
  "resourceMethods",
  "methodIntegration",
  "methodResponses",
  "parentId",
  "path",
  "restApiId",
  "resourceId",
  "Resources",
  "Authorizers",
  "authorizerId",
  "rootResourceId",
  "tags",
  "warnings"
]);
var HTTP_SKIP = /* @__PURE__ */ new Set([
  "ApiId",
  "ApiEndpoint",
  "CreatedDate",
  "RouteId",
  "AuthorizerId",
  "ApiGatewayManaged",
  "Routes",
  "Authorizers",
  "ImportInfo",
  "Warnings",
  "Tags"
]);
function apiGatewayResources(data, add) {
  const regions = data[API_GATEWAY_KEY];
  if (!Array.isArray(regions)) return;
  regions.forEach((region, r) => {
    if (!isPlainObject(region)) return;
    const regionAt = joinPointer("", API_GATEWAY_KEY, r);
    objects(region.RestApis).forEach((api, a) => restApi(api, joinPointer(regionAt, "RestApis", a), add));
    objects(region.HttpApis).forEach((api, a) => httpApi(api, joinPointer(regionAt, "HttpApis", a), add));
  });
}
function restApi(api, base, add) {
  if (typeof api.id !== "string") return;
  const apiId = api.id;
  const copied = copy(api, base, capitalise, REST_SKIP);
  add(apiId, "AWS::ApiGateway::RestApi", base, copied.properties, copied.at);
  const resources = objects(api.Resources);
  const rootIds = /* @__PURE__ */ new Set([
    api.rootResourceId,
    ...resources.filter((res) => res.parentId === void 0 && res.path === "/").map((res) => res.id)
  ]);
  const resourceRef = (id) => rootIds.has(id) ? { "Fn::GetAtt": [apiId, "RootResourceId"] } : { Ref: `${apiId}/${String(id)}` };
  objects(api.Authorizers).forEach((authorizer, i) => {
    if (typeof authorizer.id !== "string") return;
    const at = joinPointer(base, "Authorizers", i);
    const { properties, at: where } = copy(authorizer, at, capitalise, REST_SKIP);
    link(properties, where, "RestApiId", { Ref: apiId }, at);
    add(`${apiId}/${authorizer.id}`, "AWS::ApiGateway::Authorizer", at, properties, where);
  });
  resources.forEach((resource, i) => {
    if (typeof resource.id !== "string") return;
    const at = joinPointer(base, "Resources", i);
    if (!rootIds.has(resource.id)) {
      const { properties, at: where } = copy(resource, at, capitalise, REST_SKIP);
      link(properties, where, "RestApiId", { Ref: apiId }, at);
      link(properties, where, "ParentId", resourceRef(resource.parentId), joinPointer(at, "parentId"));
      add(`${apiId}/${resource.id}`, "AWS::ApiGateway::Resource", at, properties, where);
    }
    const methods = isPlainObject(resource.resourceMethods) ? resource.resourceMethods : {};
    for (const [verb, method] of Object.entries(methods)) {
      if (!isPlainObject(method)) continue;
      const methodAt = joinPointer(at, "resourceMethods", verb);
      const { properties, at: where } = copy(method, methodAt, capitalise, REST_SKIP);
      if (properties.HttpMethod === void 0) link(properties, where, "HttpMethod", verb, methodAt);
      link(properties, where, "RestApiId", { Ref: apiId }, methodAt);
      link(properties, where, "ResourceId", resourceRef(resource.id), at);
      if (typeof method.authorizerId === "string")
        link(
          properties,
          where,
          "AuthorizerId",
          { Ref: `${apiId}/${method.authorizerId}` },
          joinPointer(methodAt, "authorizerId")
        );
      add(
        `${apiId} ${verb} ${typeof resource.path === "string" ? resource.path : resource.id}`,
        "AWS::ApiGateway::Method",
        methodAt,
        properties,
        where
      );
    }
  });
}
function httpApi(api, base, add) {
  if (typeof api.ApiId !== "string") return;
  const apiId = api.ApiId;
  const copied = copy(api, base, (key) => key, HTTP_SKIP);
  add(apiId, "AWS::ApiGatewayV2::Api", base, copied.properties, copied.at);
  objects(api.Authorizers).forEach((authorizer, i) => {
    if (typeof authorizer.AuthorizerId !== "string") return;
    const at = joinPointer(base, "Authorizers", i);
    const { properties, at: where } = copy(authorizer, at, (key) => key, HTTP_SKIP);
    link(properties, where, "ApiId", { Ref: apiId }, at);
    add(`${apiId}/${authorizer.AuthorizerId}`, "AWS::ApiGatewayV2::Authorizer", at, properties, where);
  });
  objects(api.Routes).forEach((route, i) => {
    if (typeof route.RouteId !== "string") return;
    const at = joinPointer(base, "Routes", i);
    const { properties, at: where } = copy(route, at, (key) => key, HTTP_SKIP);
    link(properties, where, "ApiId", { Ref: apiId }, at);
    if (typeof route.AuthorizerId === "string")
      link(
        properties,
        where,
        "AuthorizerId",
        { Ref: `${apiId}/${route.AuthorizerId}` },
        joinPointer(at, "AuthorizerId")
      );
    add(`${apiId}/${route.RouteId}`, "AWS::ApiGatewayV2::Route", at, properties, where);
  });
}
function link(properties, at, name, value, pointer) {
  properties[name] = value;
  at.set(name, pointer);
}
function capitalise(key) {
  return key.charAt(0).toUpperCase() + key.slice(1);
}
function copy(description, base, rename, skip) {
  const properties = {};
  const at = /* @__PURE__ */ new Map();
  for (const [key, value] of Object.entries(description)) {
    if (skip.has(key)) continue;
    const name = rename(key);
    Object.defineProperty(properties, name, { value, writable: true, enumerable: true, configurable: true });
    at.set(name, joinPointer(base, key));
  }
  return { properties, at };
}
function objects(value) {
  return Array.isArray(value) ? value.filter(isPlainObject) : [];
}

// src/inputs/aws-account.ts
var COGNITO_KEY = "Cognito";
var AWS_SERVICES = ["iam", "cognito", "apigateway"];
var DEFAULT_SERVICES = ["iam", "cognito"];
function isAccountSnapshot(data) {
  const cognito = Object.prototype.hasOwnProperty.call(data, COGNITO_KEY) ? data[COGNITO_KEY] : void 0;
  return Array.isArray(cognito) && cognito.every(isPlainObject) && Array.isArray(data.RoleDetailList);
}
var INCOMPLETE_KEY = "Incomplete";
function failureLine(failure) {
  return `${failure.Call}: ${failure.Message}`;
}
function unreadCalls(doc) {
  const data = doc.data;
  if (!isPlainObject(data) || !isAccountSnapshot(data) || !Object.prototype.hasOwnProperty.call(data, INCOMPLETE_KEY))
    return [];
  const out = [];
  const entries = data[INCOMPLETE_KEY];
  if (!Array.isArray(entries))
    return [{ line: `\`${INCOMPLETE_KEY}\` is not a list of failed calls`, pointer: joinPointer("", INCOMPLETE_KEY) }];
  entries.forEach((entry, i) => {
    const pointer = joinPointer("", INCOMPLETE_KEY, i);
    const valid = isPlainObject(entry) && typeof entry.Call === "string" && typeof entry.Message === "string";
    out.push({
      line: valid ? failureLine(entry) : "a failed call (an entry without `Call` and `Message`)",
      pointer
    });
  });
  return out;
}
var NOT_PROPERTIES = /* @__PURE__ */ new Set([
  "CreationDate",
  "LastModifiedDate",
  "CreationDateTime",
  "Status",
  "EstimatedNumberOfUsers",
  "Arn",
  "Id",
  "Clients"
]);
function accountTemplate(doc) {
  const data = doc.data;
  if (!isPlainObject(data) || !isAccountSnapshot(data)) return void 0;
  const resources = {};
  const origins = /* @__PURE__ */ new Map();
  const add = (logicalId, type, base, properties, at) => {
    if (Object.prototype.hasOwnProperty.call(resources, logicalId)) return;
    resources[logicalId] = { Type: type, Properties: properties };
    origins.set(logicalId, { base, properties: at });
  };
  const regions = data[COGNITO_KEY];
  const clientIds = /* @__PURE__ */ new Set();
  for (const region of regions) {
    for (const pool of objects2(region.UserPools)) {
      for (const client of objects2(pool.Clients))
        if (typeof client.ClientId === "string") clientIds.add(client.ClientId);
    }
  }
  regions.forEach((region, r) => {
    const regionAt = joinPointer("", COGNITO_KEY, r);
    objects2(region.UserPools).forEach((pool, p) => {
      if (typeof pool.Id !== "string") return;
      const base = joinPointer(regionAt, "UserPools", p);
      const { properties, at } = copyProperties(pool, base, { Name: "UserPoolName", SchemaAttributes: "Schema" }, [
        "Groups",
        "MfaConfig"
      ]);
      if (isPlainObject(pool.MfaConfig)) mfaProperties(pool.MfaConfig, joinPointer(base, "MfaConfig"), properties, at);
      add(pool.Id, "AWS::Cognito::UserPool", base, properties, at);
      objects2(pool.Clients).forEach((client, c) => {
        if (typeof client.ClientId !== "string") return;
        const clientAt = joinPointer(base, "Clients", c);
        const copied = copyProperties(client, clientAt, {}, ["ClientId", "ClientSecret", "UserPoolId"]);
        copied.properties.UserPoolId = { Ref: pool.Id };
        copied.at.set("UserPoolId", joinPointer(clientAt, "UserPoolId"));
        add(client.ClientId, "AWS::Cognito::UserPoolClient", clientAt, copied.properties, copied.at);
      });
      objects2(pool.Groups).forEach((group, g) => {
        if (typeof group.GroupName !== "string") return;
        const groupAt = joinPointer(base, "Groups", g);
        const copied = copyProperties(group, groupAt, {}, ["UserPoolId"]);
        copied.properties.UserPoolId = { Ref: pool.Id };
        copied.at.set("UserPoolId", joinPointer(groupAt, "UserPoolId"));
        add(`${pool.Id}/${group.GroupName}`, "AWS::Cognito::UserPoolGroup", groupAt, copied.properties, copied.at);
      });
    });
    objects2(region.IdentityPools).forEach((pool, p) => {
      if (typeof pool.IdentityPoolId !== "string") return;
      const base = joinPointer(regionAt, "IdentityPools", p);
      const { properties, at } = copyProperties(pool, base, {}, [
        "IdentityPoolId",
        "Roles",
        "RoleMappings",
        "IdentityPoolTags",
        "PrincipalTagAttributeMaps"
      ]);
      if (Array.isArray(pool.CognitoIdentityProviders)) {
        properties.CognitoIdentityProviders = pool.CognitoIdentityProviders.map(
          (provider) => providerReference(provider, clientIds)
        );
      }
      add(pool.IdentityPoolId, "AWS::Cognito::IdentityPool", base, properties, at);
      objects2(pool.PrincipalTagAttributeMaps).forEach((map, m) => {
        if (typeof map.IdentityProviderName !== "string") return;
        if (map.UseDefaults !== true && !(isPlainObject(map.PrincipalTags) && Object.keys(map.PrincipalTags).length > 0))
          return;
        const mapAt = joinPointer(base, "PrincipalTagAttributeMaps", m);
        const copied = copyProperties(map, mapAt, {});
        copied.properties.IdentityPoolId = { Ref: pool.IdentityPoolId };
        copied.at.set("IdentityPoolId", joinPointer(base, "IdentityPoolId"));
        add(
          `${pool.IdentityPoolId} principal tags for ${map.IdentityProviderName}`,
          "AWS::Cognito::IdentityPoolPrincipalTag",
          mapAt,
          copied.properties,
          copied.at
        );
      });
      if (pool.Roles === void 0 && pool.RoleMappings === void 0) return;
      const attachment = { IdentityPoolId: { Ref: pool.IdentityPoolId } };
      const attachmentAt = /* @__PURE__ */ new Map([["IdentityPoolId", joinPointer(base, "IdentityPoolId")]]);
      for (const key of ["Roles", "RoleMappings"]) {
        if (pool[key] === void 0) continue;
        attachment[key] = pool[key];
        attachmentAt.set(key, joinPointer(base, key));
      }
      add(`${pool.IdentityPoolId} roles`, "AWS::Cognito::IdentityPoolRoleAttachment", base, attachment, attachmentAt);
    });
  });
  apiGatewayResources(data, add);
  if (origins.size === 0) return void 0;
  const view = { Resources: resources };
  const original = (pointer) => {
    const tokens = splitPointer(pointer);
    const origin = tokens[0] === "Resources" && tokens[1] !== void 0 ? origins.get(tokens[1]) : void 0;
    if (!origin) return "";
    if (tokens[2] !== "Properties" || tokens[3] === void 0) return origin.base;
    return joinPointer(origin.properties.get(tokens[3]) ?? origin.base, ...tokens.slice(4));
  };
  const template = {
    file: doc.file,
    format: doc.format,
    data: view,
    syntaxErrors: [],
    duplicateKeys: [],
    unknownTags: [],
    size: doc.size,
    text: doc.text,
    locate: (pointer, which) => doc.locate(original(pointer), which)
  };
  return {
    doc: template,
    resourcesPointer: "/Resources",
    stackName: doc.file,
    stackKey: `${doc.file}#${COGNITO_KEY}`,
    cdkPaths: /* @__PURE__ */ new Map(),
    parameterValues: /* @__PURE__ */ new Map(),
    physicalIds: true
  };
}
function objects2(value) {
  return Array.isArray(value) ? value.filter(isPlainObject) : [];
}
function copyProperties(description, base, renames, skip = []) {
  const properties = {};
  const at = /* @__PURE__ */ new Map();
  for (const [key, value] of Object.entries(description)) {
    if (NOT_PROPERTIES.has(key) || skip.includes(key)) continue;
    const name = Object.prototype.hasOwnProperty.call(renames, key) ? renames[key] : key;
    Object.defineProperty(properties, name, { value, writable: true, enumerable: true, configurable: true });
    at.set(name, joinPointer(base, key));
  }
  return { properties, at };
}
function mfaProperties(config, base, properties, at) {
  if (config.MfaConfiguration !== void 0) {
    properties.MfaConfiguration = config.MfaConfiguration;
    at.set("MfaConfiguration", joinPointer(base, "MfaConfiguration"));
  }
  const enabled = [];
  if (isPlainObject(config.SmsMfaConfiguration)) enabled.push("SMS_MFA");
  if (isPlainObject(config.SoftwareTokenMfaConfiguration) && config.SoftwareTokenMfaConfiguration.Enabled === true)
    enabled.push("SOFTWARE_TOKEN_MFA");
  if (isPlainObject(config.EmailMfaConfiguration)) enabled.push("EMAIL_OTP");
  properties.EnabledMfas = enabled;
  at.set("EnabledMfas", base);
}
function providerReference(provider, clientIds) {
  if (!isPlainObject(provider)) return provider;
  const out = { ...provider };
  if (typeof provider.ClientId === "string" && clientIds.has(provider.ClientId))
    out.ClientId = { Ref: provider.ClientId };
  return out;
}

export {
  AWS_SERVICES,
  DEFAULT_SERVICES,
  isAccountSnapshot,
  failureLine,
  unreadCalls,
  accountTemplate
};
