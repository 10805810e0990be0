// cognito-iam-lint: built by build/build.mjs from src/ and rules/; do not edit.
import { createRequire as __cilCreateRequire } from 'node:module';
const require = __cilCreateRequire(import.meta.url);
import {
  accountTemplate,
  isAccountSnapshot,
  isPlainObject,
  own
} from "./chunk-N6DSH3DT.js";
import {
  MAX_FILE_BYTES,
  TransferredDocument,
  decodeRead,
  displayPath,
  isInside,
  isWithin,
  nodeFileSystem,
  parseJson,
  parseRead,
  parseText,
  pathApiFor,
  readBudget,
  readTextFile,
  rebaser,
  safeReaddir,
  safeRealpath,
  safeStat,
  setDataProperty,
  toSlashes
} from "./chunk-M6TIPZE5.js";
import {
  UNKNOWN_TAG_KEY,
  joinPointer,
  splitPointer
} from "./chunk-E426XDER.js";

// src/engine/rule.ts
function defineRule(rule) {
  return rule;
}
function formatMessage(template, data) {
  return template.replace(
    /\{\{\s*([\w-]+)\s*\}\}/g,
    (whole, name) => data && Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : whole
  );
}

// src/parsers/source.ts
function childRef(ref2, ...tokens) {
  return { doc: ref2.doc, pointer: joinPointer(ref2.pointer, ...tokens) };
}
function valueAtPointer(data, pointer) {
  let node = data;
  for (const token2 of splitPointer(pointer)) {
    if (Array.isArray(node)) {
      const index2 = Number(token2);
      if (!Number.isInteger(index2)) return void 0;
      node = node[index2];
    } else if (isPlainObject(node)) {
      if (!Object.prototype.hasOwnProperty.call(node, token2)) return void 0;
      node = node[token2];
    } else {
      return void 0;
    }
  }
  return node;
}
function anchorOf(ref2) {
  const outer = ref2.doc.embeddedIn;
  if (outer) return anchorOf({ doc: outer.doc, pointer: outer.pointer });
  const view = ref2.doc.viewOf;
  return view ? { doc: view.doc, pointer: view.original(ref2.pointer) } : ref2;
}

// src/values/resolved.ts
var known = (value) => ({ kind: "known", value });
var unknown = (reason2) => ({ kind: "unknown", reason: reason2 });
var ABSENT = { kind: "absent" };
function alternatives(value) {
  if (value.kind !== "anyOf") return [value];
  return value.options.flatMap(alternatives);
}
function scalarAlternatives(value) {
  const out = [];
  for (const alt of alternatives(value)) {
    if (alt.kind === "list") out.push(...alt.items.flatMap(scalarAlternatives));
    else out.push(alt);
  }
  return out;
}
function knownString(value) {
  if (value.kind === "known" && value.value !== null) return String(value.value);
  if (value.kind === "concat") {
    let out = "";
    for (const part of value.parts) {
      const s = knownString(part);
      if (s === void 0) return void 0;
      out += s;
    }
    return out;
  }
  if (value.kind === "anyOf") {
    const options = alternatives(value).map(knownString);
    const first = options[0];
    return first !== void 0 && options.every((o) => o === first) ? first : void 0;
  }
  return void 0;
}
function isKnownTrue(value) {
  const s = knownString(value);
  return s !== void 0 && s.toLowerCase() === "true";
}
function isKnownFalseOrAbsent(value) {
  if (value.kind === "absent") return true;
  if (value.kind === "anyOf") return alternatives(value).every(isKnownFalseOrAbsent);
  const s = knownString(value);
  return s !== void 0 && s.toLowerCase() === "false";
}
function isTrueOrUnknown(value) {
  return !isKnownFalseOrAbsent(value);
}
function containsUnknown(value) {
  switch (value.kind) {
    case "unknown":
      return true;
    case "concat":
      return value.parts.some(containsUnknown);
    case "anyOf":
      return value.options.some(containsUnknown);
    case "list":
      return value.items.some(containsUnknown);
    default:
      return false;
  }
}
var HOLE = "\0";
function templateText(value) {
  switch (value.kind) {
    case "known":
      return value.value === null ? void 0 : String(value.value);
    case "concat": {
      let out = "";
      for (const part of value.parts) {
        const text = templateText(part);
        out += text === void 0 ? HOLE : text;
      }
      return out;
    }
    case "resource":
    case "unknown":
      return HOLE;
    default:
      return void 0;
  }
}
function describe(value) {
  switch (value.kind) {
    case "known":
      return String(value.value);
    case "resource":
      return value.attribute ? `\${${value.resource.logicalId}.${value.attribute}}` : `\${${value.resource.logicalId}}`;
    case "concat":
      return value.parts.map(describe).join("");
    case "anyOf":
      return value.options.map(describe).join(" | ");
    case "list":
      return `[${value.items.map(describe).join(", ")}]`;
    case "absent":
      return "(absent)";
    case "unknown":
      return /^AWS::\w+$/.test(value.reason) ? `\${${value.reason}}` : "<?>";
  }
}
var sizes = /* @__PURE__ */ new WeakMap();
function resolvedSize(value) {
  switch (value.kind) {
    case "known":
      return { nodes: 1, chars: value.value === null ? 0 : String(value.value).length };
    case "concat":
    case "anyOf":
    case "list": {
      const cached2 = sizes.get(value);
      if (cached2) return cached2;
      const children = value.kind === "concat" ? value.parts : value.kind === "anyOf" ? value.options : value.items;
      let nodes = 1;
      let chars = 0;
      for (const child of children) {
        const size2 = resolvedSize(child);
        nodes += size2.nodes;
        chars += size2.chars;
      }
      const size = { nodes, chars };
      sizes.set(value, size);
      return size;
    }
    default:
      return { nodes: 1, chars: 0 };
  }
}

// src/iam/match.ts
function matchIamPattern(pattern, value, options = {}) {
  const p = options.caseInsensitive ? pattern.toLowerCase() : pattern;
  const v = options.caseInsensitive ? value.toLowerCase() : value;
  return globMatch(p, v);
}
function compileIamPattern(pattern, options = {}) {
  const p = options.caseInsensitive ? pattern.toLowerCase() : pattern;
  const firstStar = p.indexOf("*");
  if (firstStar === -1) {
    if (!p.includes("?")) return (v) => v === p;
    return (v) => v.length === p.length && fixedMatch(p, 0, v, 0, p.length);
  }
  const lastStar = p.lastIndexOf("*");
  const suffixLength = p.length - lastStar - 1;
  let minLength = 0;
  for (let i = 0; i < p.length; i++) if (p[i] !== "*") minLength++;
  return (v) => v.length >= minLength && fixedMatch(p, 0, v, 0, firstStar) && fixedMatch(p, lastStar + 1, v, v.length - suffixLength, suffixLength) && globMatch(p, v);
}
function fixedMatch(p, pi, v, vi, length) {
  for (let k = 0; k < length; k++) {
    const pc = p.charCodeAt(pi + k);
    if (pc !== 63 && pc !== v.charCodeAt(vi + k)) return false;
  }
  return true;
}
function globMatch(p, v) {
  let pi = 0;
  let vi = 0;
  let starP = -1;
  let starV = 0;
  while (vi < v.length) {
    const pc = p[pi];
    if (pc === "*") {
      starP = pi++;
      starV = vi;
    } else if (pc !== void 0 && (pc === "?" || pc === v[vi])) {
      pi++;
      vi++;
    } else if (starP !== -1) {
      pi = starP + 1;
      vi = ++starV;
    } else {
      return false;
    }
  }
  while (p[pi] === "*") pi++;
  return pi === p.length;
}
function actionMatches(pattern, action) {
  return matchIamPattern(pattern, action, { caseInsensitive: true });
}
var SEGMENT_WILDCARD = "";
function iamPatternsOverlap(a, b) {
  const p = a.replace(/\*+/g, "*");
  const q = b.replace(/\*+/g, "*");
  const width = q.length + 1;
  const seen = new Uint8Array((p.length + 1) * width);
  const stack = [0];
  while (stack.length > 0) {
    const state = stack.pop();
    if (seen[state]) continue;
    seen[state] = 1;
    const i = Math.floor(state / width);
    const j = state % width;
    if (i === p.length && j === q.length) return true;
    const pc = p[i];
    const qc = q[j];
    const pRun = pc === "*" || pc === SEGMENT_WILDCARD;
    const qRun = qc === "*" || qc === SEGMENT_WILDCARD;
    if (pRun) stack.push(state + width);
    if (qRun) stack.push(state + 1);
    if (pc !== void 0 && qc !== void 0 && sharesCharacter(pc, qc)) {
      stack.push((pRun ? i : i + 1) * width + (qRun ? j : j + 1));
    }
  }
  return false;
}
function sharesCharacter(a, b) {
  const aAny = a === "*" || a === "?" || a === SEGMENT_WILDCARD;
  const bAny = b === "*" || b === "?" || b === SEGMENT_WILDCARD;
  if (aAny && bAny) return true;
  if (aAny) return a !== SEGMENT_WILDCARD || b !== ":";
  if (bAny) return b !== SEGMENT_WILDCARD || a !== ":";
  return a === b;
}

// src/iam/trust.ts
var IDENTITY_POOL_HOST = /^cognito-identity([.-][a-z0-9-]+)*\.amazonaws\.com(\.cn)?$/i;
function isIdentityPoolHost(host) {
  return IDENTITY_POOL_HOST.test(host);
}
var ASSUME_ROLE_WITH_WEB_IDENTITY = "sts:AssumeRoleWithWebIdentity";
function identityPoolPrincipals(statement) {
  const out = [];
  for (const entry of statement.principal?.entries ?? []) {
    if (entry.type !== "Federated") continue;
    const hosts = scalarAlternatives(entry.value.value).map(knownString);
    if (hosts.length > 0 && hosts.every((host) => host !== void 0 && isIdentityPoolHost(host))) out.push(entry.value);
  }
  return out;
}
function statementCoversAction(statement, action) {
  if (statement.action) {
    return statement.action.values.some(
      (v) => scalarAlternatives(v.value).some((alt) => {
        const pattern = knownString(alt);
        return pattern !== void 0 && actionMatches(pattern, action);
      })
    );
  }
  if (statement.notAction) {
    const listed2 = statement.notAction.values.some(
      (v) => scalarAlternatives(v.value).some((alt) => {
        const pattern = knownString(alt);
        return pattern === void 0 || actionMatches(pattern, action);
      })
    );
    return !listed2;
  }
  return false;
}
function identityPoolTrustStatements(trust) {
  if (!trust) return [];
  return trust.statements.filter(
    (s) => s.effect === "Allow" && identityPoolPrincipals(s).length > 0 && statementCoversAction(s, ASSUME_ROLE_WITH_WEB_IDENTITY)
  );
}
function identityPoolConditionKey(entry) {
  const colon = entry.keyLower.lastIndexOf(":");
  if (colon === -1) return void 0;
  const host = entry.keyLower.slice(0, colon);
  const name = entry.keyLower.slice(colon + 1);
  if (!isIdentityPoolHost(host)) return void 0;
  return name === "aud" || name === "amr" || name === "sub" ? name : void 0;
}
function conditionsOn(statement, key2) {
  return statement.conditions.filter((c) => identityPoolConditionKey(c) === key2);
}
var RESTRICTING_STRING_OPERATORS = /* @__PURE__ */ new Set(["StringEquals", "StringLike", "StringEqualsIgnoreCase"]);
function hasWildcard(value) {
  return value.includes("*") || value.includes("?");
}
function audEntryWeakness(entry) {
  const op = entry.operator;
  if (op.set === "ForAllValues") return "for-all-values";
  if (op.ifExists) return "if-exists";
  if (op.base.startsWith("StringNot")) return "negated";
  if (!RESTRICTING_STRING_OPERATORS.has(op.base)) return "operator";
  if (op.base === "StringLike") {
    for (const v of entry.values) {
      for (const alt of scalarAlternatives(v.value)) {
        if (fixedParts(alt).some(hasWildcard)) return "wildcard";
      }
    }
  }
  return void 0;
}
function fixedParts(value) {
  if (value.kind === "concat") return value.parts.flatMap(fixedParts);
  const s = knownString(value);
  return s === void 0 ? [] : [s];
}
function audEntryRestricts(entry) {
  return audEntryWeakness(entry) === void 0;
}
function assessAud(statement) {
  const entries = conditionsOn(statement, "aud");
  if (entries.some((e) => audEntryWeakness(e) === void 0)) return { status: "restricted", entries };
  if (denyRestrictsAud(statement.document)) return { status: "restricted", entries };
  if (entries.length === 0) return { status: "missing", entries };
  const weakEntry = entries[0];
  return { status: "weak", entries, weakEntry, weakness: audEntryWeakness(weakEntry) };
}
function denyRestrictsAud(document) {
  return document.statements.some(
    (s) => s.effect === "Deny" && identityPoolPrincipals(s).length > 0 && statementCoversAction(s, ASSUME_ROLE_WITH_WEB_IDENTITY) && s.conditions.every((c) => identityPoolConditionKey(c) === "aud") && conditionsOn(s, "aud").some(
      (e) => (e.operator.base === "StringNotEquals" || e.operator.base === "StringNotLike") && !e.operator.ifExists && e.operator.set === void 0 && e.values.length > 0 && e.values.every(
        (v) => scalarAlternatives(v.value).every((alt) => {
          const s2 = knownString(alt);
          return s2 === void 0 || !hasWildcard(s2);
        })
      )
    )
  );
}
var triNot = (a) => a === "unknown" ? "unknown" : !a;
function triAnd(values) {
  let unknownSeen = false;
  for (const v of values) {
    if (v === false) return false;
    if (v === "unknown") unknownSeen = true;
  }
  return unknownSeen ? "unknown" : true;
}
function triOr(values) {
  let unknownSeen = false;
  for (const v of values) {
    if (v === true) return true;
    if (v === "unknown") unknownSeen = true;
  }
  return unknownSeen ? "unknown" : false;
}
var STRING_OPERATORS = {
  StringEquals: { negated: false, like: false, ignoreCase: false },
  StringNotEquals: { negated: true, like: false, ignoreCase: false },
  StringEqualsIgnoreCase: { negated: false, like: false, ignoreCase: true },
  StringNotEqualsIgnoreCase: { negated: true, like: false, ignoreCase: true },
  StringLike: { negated: false, like: true, ignoreCase: false },
  StringNotLike: { negated: true, like: true, ignoreCase: false }
};
var GUEST_AMR = ["unauthenticated"];
var OTHER_PROVIDER = "";
function amrEntryHolds(entry, amr) {
  const results = preparedWorlds(entry).map((world) => amrEntryHoldsFor(entry, world, amr));
  if (results.length === 0) return "unknown";
  if (results.every((r) => r === true)) return true;
  if (results.every((r) => r === false)) return false;
  return "unknown";
}
var MAX_WORLDS = 64;
function valueWorlds(entry) {
  let worlds = [[]];
  for (const v of entry.values) {
    worlds = extendWorlds(worlds, worldsOf(v.value));
    if (worlds.length > MAX_WORLDS) return [];
  }
  return worlds;
}
function worldsOf(value) {
  if (value.kind === "anyOf") return value.options.flatMap(worldsOf).slice(0, MAX_WORLDS + 1);
  if (value.kind === "list") {
    let worlds = [[]];
    for (const item of value.items) worlds = extendWorlds(worlds, worldsOf(item)).slice(0, MAX_WORLDS + 1);
    return worlds;
  }
  return [[value]];
}
function extendWorlds(worlds, options) {
  if (options.length === 1) {
    for (const world of worlds) for (const item of options[0]) world.push(item);
    return worlds;
  }
  const next = [];
  for (const world of worlds) for (const option of options) next.push([...world, ...option]);
  return next;
}
function preparedWorlds(entry) {
  let prepared = preparedEntries.get(entry);
  if (prepared === void 0) {
    const kind = STRING_OPERATORS[entry.operator.base];
    prepared = valueWorlds(entry).map((values) => {
      const patterns = [];
      let unknownValue2 = false;
      for (const value of values) {
        const s = knownString(value);
        if (s === void 0) {
          if (value.kind !== "absent") unknownValue2 = true;
        } else patterns.push(s);
      }
      let matches = () => false;
      if (kind?.like) {
        const matchers = patterns.map((p) => compileIamPattern(p));
        matches = (value) => matchers.some((m) => m(value));
      } else if (kind) {
        const listed2 = new Set(kind.ignoreCase ? patterns.map((p) => p.toLowerCase()) : patterns);
        matches = (value) => listed2.has(kind.ignoreCase ? value.toLowerCase() : value);
      }
      return { patterns, unknownValue: unknownValue2, matches };
    });
    preparedEntries.set(entry, prepared);
  }
  return prepared;
}
var preparedEntries = /* @__PURE__ */ new WeakMap();
function amrEntryHoldsFor(entry, world, amr) {
  const op = entry.operator;
  const { patterns, unknownValue: unknownValue2 } = world;
  if (op.base === "Null") {
    if (unknownValue2 || patterns.length !== 1) return "unknown";
    const wantsAbsent = patterns[0].toLowerCase() === "true";
    return op.set === "ForAllValues" ? true : !wantsAbsent;
  }
  const kind = STRING_OPERATORS[op.base];
  if (!kind) return "unknown";
  const matchesListed = (value) => world.matches(value) ? true : unknownValue2 ? "unknown" : false;
  const valueHolds = (value) => kind.negated ? triNot(matchesListed(value)) : matchesListed(value);
  if (op.set === "ForAnyValue") return triOr(amr.map(valueHolds));
  if (op.set === "ForAllValues") return triAnd(amr.map(valueHolds));
  if (amr.length === 1) return valueHolds(amr[0]);
  return "unknown";
}
function providerCandidates(entries) {
  const out = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    for (const v of entry.values) {
      for (const alt of scalarAlternatives(v.value)) {
        const s = knownString(alt);
        if (s === void 0 || s === "authenticated" || s === "unauthenticated") continue;
        out.set(s.replace(/[*?]/g, "x"), s);
      }
    }
  }
  return out;
}
function denyStatementsOnAmr(document) {
  return document.statements.filter(
    (s) => s.effect === "Deny" && identityPoolPrincipals(s).length > 0 && statementCoversAction(s, ASSUME_ROLE_WITH_WEB_IDENTITY) && s.conditions.every((c) => identityPoolConditionKey(c) === "amr")
  );
}
function summarise(statements, guests, signedIn, anyProvider) {
  if (statements === 0) return "none";
  if (guests === "unknown" || signedIn === "unknown") return "unknown";
  if (guests && signedIn) return "any";
  if (guests) return "unauthenticated";
  if (!signedIn) return "none";
  if (anyProvider === true) return "authenticated";
  return anyProvider === false ? "providers" : "unknown";
}
function amrAdmissionOf(statements) {
  const entriesByStatement = statements.map((s) => conditionsOn(s, "amr"));
  const entries = entriesByStatement.flat();
  const tested = statements.length > 0 && entriesByStatement.every((e) => e.length > 0);
  const documents2 = [...new Set(statements.map((s) => s.document))];
  const denies = documents2.flatMap(denyStatementsOnAmr);
  const candidates = providerCandidates([...entries, ...denies.flatMap((d) => conditionsOn(d, "amr"))]);
  const admitted = (amr) => {
    const allowed = triOr(statements.map((s, i) => triAnd(entriesByStatement[i].map((e) => amrEntryHolds(e, amr)))));
    const denied = triOr(denies.map((d) => triAnd(conditionsOn(d, "amr").map((e) => amrEntryHolds(e, amr)))));
    return triAnd([allowed, triNot(denied)]);
  };
  const guests = admitted(GUEST_AMR);
  const anyProvider = admitted(["authenticated", OTHER_PROVIDER]);
  const providers = [];
  const perProvider = [anyProvider];
  for (const [concrete, written] of candidates) {
    const result = admitted(["authenticated", concrete]);
    perProvider.push(result);
    if (result === true) providers.push(written);
  }
  const signedIn = triOr(perProvider);
  return { tested, guests, signedIn, anyProvider, providers, admits: summarise(statements.length, guests, signedIn, anyProvider), entries };
}
function amrAdmission(statement) {
  let admission = statementAdmissions.get(statement);
  if (admission === void 0) {
    admission = amrAdmissionOf([statement]);
    statementAdmissions.set(statement, admission);
  }
  return admission;
}
var statementAdmissions = /* @__PURE__ */ new WeakMap();
var trustAdmissions = /* @__PURE__ */ new WeakMap();
function trustAmrAdmission(trust) {
  if (trust === void 0) return amrAdmissionOf([]);
  let admission = trustAdmissions.get(trust);
  if (admission === void 0) {
    admission = amrAdmissionOf(identityPoolTrustStatements(trust));
    trustAdmissions.set(trust, admission);
  }
  return admission;
}
function amrOperatorProblem(entry) {
  const op = entry.operator;
  if (op.set === "ForAllValues") return "for-all-values";
  if (op.ifExists) return "if-exists";
  if (!STRING_OPERATORS[op.base]) return "other";
  if (STRING_OPERATORS[op.base].negated) return "negated";
  if (op.set === void 0) return "single-valued";
  return void 0;
}

// src/generated/policy-validators.js
var identityPolicy = validate11;
var schema12 = { "description": "Entry point: an identity-based policy (attached to a user, group or role: AWS::IAM::Policy, AWS::IAM::ManagedPolicy, AWS::IAM::Role Policies). Statements name no Principal. See https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_identity-vs-resource.html", "if": { "$ref": "#/definitions/fnIf" }, "then": { "properties": { "Fn::If": { "items": [true], "additionalItems": { "if": { "$ref": "#/definitions/noValue" }, "then": true, "else": { "$ref": "#/definitions/identityPolicy" } } } } }, "else": { "if": { "$ref": "#/definitions/intrinsic" }, "then": true, "else": { "$ref": "#/definitions/identityPolicyObject" } } };
var wrapper0 = { validate: validate11 };
var pattern0 = new RegExp("^(Ref|Condition|Fn::.+|cognito-iam-lint::UnknownTag)$", "u");
var schema16 = { "description": "policy = { Version?, Id?, Statement }: no other top-level key.", "type": "object", "properties": { "Version": { "$ref": "#/definitions/version" }, "Id": { "$ref": "#/definitions/string" }, "Statement": { "$ref": "#/definitions/identityStatementList" } }, "required": ["Statement"], "additionalProperties": false };
var schema17 = { "description": "Only the two published grammar versions; an absent Version is valid (but leaves policy variables unexpanded). https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html", "if": { "$ref": "#/definitions/intrinsic" }, "then": true, "else": { "enum": ["2012-10-17", "2008-10-17"] } };
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (Object.keys(data).length > 1) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        if (Object.keys(data).length < 1) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        } else {
          for (const key0 in data) {
            const _errs4 = errors;
            if (typeof key0 === "string") {
              if (!pattern0.test(key0)) {
                const err2 = {};
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            }
            var valid2 = _errs4 === errors;
            if (!valid2) {
              const err3 = {};
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
              break;
            }
          }
          if (valid2) {
            if (data.Ref !== void 0) {
              const _errs5 = errors;
              if (typeof data.Ref !== "string") {
                const err4 = {};
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
              var valid3 = _errs5 === errors;
            } else {
              var valid3 = true;
            }
            if (valid3) {
              if (data.Condition !== void 0) {
                const _errs7 = errors;
                if (typeof data.Condition !== "string") {
                  const err5 = {};
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
                var valid3 = _errs7 === errors;
              } else {
                var valid3 = true;
              }
            }
          }
        }
      }
    } else {
      const err6 = {};
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  if (!_valid0) {
    const _errs9 = errors;
    if (!(data === "2012-10-17" || data === "2008-10-17")) {
      const err7 = { instancePath, schemaPath: "#/else/enum", keyword: "enum", params: { allowedValues: schema17.else.enum }, message: "must be equal to one of the allowed values", schema: schema17.else.enum, parentSchema: schema17.else, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    var _valid0 = _errs9 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err8 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema17.if, parentSchema: schema17, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
var schema19 = { "description": "A string, or an intrinsic function standing for one.", "if": { "$ref": "#/definitions/intrinsic" }, "then": true, "else": { "type": "string" } };
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (Object.keys(data).length > 1) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        if (Object.keys(data).length < 1) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        } else {
          for (const key0 in data) {
            const _errs4 = errors;
            if (typeof key0 === "string") {
              if (!pattern0.test(key0)) {
                const err2 = {};
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            }
            var valid2 = _errs4 === errors;
            if (!valid2) {
              const err3 = {};
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
              break;
            }
          }
          if (valid2) {
            if (data.Ref !== void 0) {
              const _errs5 = errors;
              if (typeof data.Ref !== "string") {
                const err4 = {};
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
              var valid3 = _errs5 === errors;
            } else {
              var valid3 = true;
            }
            if (valid3) {
              if (data.Condition !== void 0) {
                const _errs7 = errors;
                if (typeof data.Condition !== "string") {
                  const err5 = {};
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
                var valid3 = _errs7 === errors;
              } else {
                var valid3 = true;
              }
            }
          }
        }
      }
    } else {
      const err6 = {};
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  if (!_valid0) {
    const _errs9 = errors;
    if (typeof data !== "string") {
      const err7 = { instancePath, schemaPath: "#/else/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.else.type, parentSchema: schema19.else, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    var _valid0 = _errs9 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err8 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema19.if, parentSchema: schema19, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate15.errors = vErrors;
  return errors === 0;
}
var schema21 = { "description": "Statement: one statement object or a list of them (the grammar lets a single value drop its brackets).", "if": { "$ref": "#/definitions/fnIf" }, "then": { "properties": { "Fn::If": { "items": [true], "additionalItems": { "if": { "$ref": "#/definitions/noValue" }, "then": true, "else": { "$ref": "#/definitions/identityStatementList" } } } } }, "else": { "if": { "$ref": "#/definitions/intrinsic" }, "then": true, "else": { "if": { "type": "array" }, "then": { "items": { "$ref": "#/definitions/identityStatement" } }, "else": { "$ref": "#/definitions/identityStatement" } } } };
var wrapper1 = { validate: validate17 };
var schema25 = { "description": 'One statement, or a Fn::If choosing between statements (a {"Ref": "AWS::NoValue"} branch drops it).', "if": { "$ref": "#/definitions/fnIf" }, "then": { "properties": { "Fn::If": { "items": [true], "additionalItems": { "if": { "$ref": "#/definitions/noValue" }, "then": true, "else": { "$ref": "#/definitions/identityStatement" } } } } }, "else": { "if": { "$ref": "#/definitions/intrinsic" }, "then": true, "else": { "$ref": "#/definitions/identityStatementObject" } } };
var wrapper2 = { validate: validate18 };
var schema29 = { "description": "Identity-based statement: no Principal/NotPrincipal (the principal is whoever the policy is attached to; IAM rejects it with 'Has prohibited field Principal'), an alphanumeric Sid, exactly one of Resource/NotResource.", "allOf": [{ "$ref": "#/definitions/statementCommon" }, { "properties": { "Principal": false, "NotPrincipal": false, "Sid": { "$ref": "#/definitions/alphanumericSid" } } }, { "$ref": "#/definitions/oneOfResourceOrNotResource" }] };
var schema48 = { "description": `IAM (identity and trust policies) accepts only A-Z, a-z and 0-9 in a Sid; the empty string is accepted (AWS's own Cognito trust policies use "Sid": ""). Resource policies of other services accept any string. https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html. Non-strings (intrinsics) are not checked: pattern applies to strings only.`, "pattern": "^[A-Za-z0-9]*$" };
var schema49 = { "description": "Exactly one of Resource and NotResource (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html).", "if": { "required": ["Resource"] }, "then": { "properties": { "NotResource": false } }, "else": { "required": ["NotResource"] } };
var schema30 = { "description": "statement = { Sid?, (Principal|NotPrincipal)?, Effect, (Action|NotAction), (Resource|NotResource)?, Condition? }: no other key. Which of Principal and Resource are required or forbidden depends on the policy type.", "type": "object", "properties": { "Sid": { "$ref": "#/definitions/string" }, "Effect": { "$ref": "#/definitions/effect" }, "Principal": { "$ref": "#/definitions/principal" }, "NotPrincipal": { "$ref": "#/definitions/principal" }, "Action": { "$ref": "#/definitions/stringList" }, "NotAction": { "$ref": "#/definitions/stringList" }, "Resource": { "$ref": "#/definitions/stringList" }, "NotResource": { "$ref": "#/definitions/stringList" }, "Condition": { "$ref": "#/definitions/condition" } }, "required": ["Effect"], "additionalProperties": false, "allOf": [{ "$ref": "#/definitions/oneOfActionOrNotAction" }] };
var schema31 = { "description": "Exactly one of Action and NotAction (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html). Written as if/then/else so that the error names the element at fault.", "if": { "required": ["Action"] }, "then": { "properties": { "NotAction": false } }, "else": { "required": ["NotAction"] } };
var func2 = Object.prototype.hasOwnProperty;
var schema32 = { "description": "Allow or Deny, case-sensitive. https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_effect.html", "if": { "$ref": "#/definitions/intrinsic" }, "then": true, "else": { "enum": ["Allow", "Deny"] } };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (Object.keys(data).length > 1) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        if (Object.keys(data).length < 1) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        } else {
          for (const key0 in data) {
            const _errs4 = errors;
            if (typeof key0 === "string") {
              if (!pattern0.test(key0)) {
                const err2 = {};
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            }
            var valid2 = _errs4 === errors;
            if (!valid2) {
              const err3 = {};
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
              break;
            }
          }
          if (valid2) {
            if (data.Ref !== void 0) {
              const _errs5 = errors;
              if (typeof data.Ref !== "string") {
                const err4 = {};
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
              var valid3 = _errs5 === errors;
            } else {
              var valid3 = true;
            }
            if (valid3) {
              if (data.Condition !== void 0) {
                const _errs7 = errors;
                if (typeof data.Condition !== "string") {
                  const err5 = {};
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
                var valid3 = _errs7 === errors;
              } else {
                var valid3 = true;
              }
            }
          }
        }
      }
    } else {
      const err6 = {};
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  if (!_valid0) {
    const _errs9 = errors;
    if (!(data === "Allow" || data === "Deny")) {
      const err7 = { instancePath, schemaPath: "#/else/enum", keyword: "enum", params: { allowedValues: schema32.else.enum }, message: "must be equal to one of the allowed values", schema: schema32.else.enum, parentSchema: schema32.else, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    var _valid0 = _errs9 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err8 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema32.if, parentSchema: schema32, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
var schema34 = { "description": '"*" (everyone) or a map of principal type to one name or a list of names. https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html', "if": { "$ref": "#/definitions/intrinsic" }, "then": true, "else": { "if": { "type": "string" }, "then": { "const": "*" }, "else": { "$ref": "#/definitions/principalMap" } } };
var schema36 = { "description": "Principal types: AWS (accounts, users, roles, sessions), Federated (web identity / SAML / OIDC providers, e.g. cognito-identity.amazonaws.com), Service, CanonicalUser.", "type": "object", "properties": { "AWS": { "$ref": "#/definitions/stringList" }, "Federated": { "$ref": "#/definitions/stringList" }, "Service": { "$ref": "#/definitions/stringList" }, "CanonicalUser": { "$ref": "#/definitions/stringList" } }, "additionalProperties": false };
var schema37 = { "description": "One string or a list of strings (Action, Resource, principal names).", "if": { "type": "array" }, "then": { "items": { "$ref": "#/definitions/string" } }, "else": { "$ref": "#/definitions/string" } };
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (!Array.isArray(data)) {
    const err0 = {};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs3 = errors;
    if (Array.isArray(data)) {
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        if (!validate15(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData })) {
          vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
          errors = vErrors.length;
        }
      }
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    ifClause0 = "then";
  } else {
    const _errs5 = errors;
    if (!validate15(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs5 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
  }
  if (!valid0) {
    const err1 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema37.if, parentSchema: schema37, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "AWS" || key0 === "Federated" || key0 === "Service" || key0 === "CanonicalUser")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.AWS !== void 0) {
      if (!validate26(data.AWS, { instancePath: instancePath + "/AWS", parentData: data, parentDataProperty: "AWS", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.Federated !== void 0) {
      if (!validate26(data.Federated, { instancePath: instancePath + "/Federated", parentData: data, parentDataProperty: "Federated", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.Service !== void 0) {
      if (!validate26(data.Service, { instancePath: instancePath + "/Service", parentData: data, parentDataProperty: "Service", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.CanonicalUser !== void 0) {
      if (!validate26(data.CanonicalUser, { instancePath: instancePath + "/CanonicalUser", parentData: data, parentDataProperty: "CanonicalUser", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (Object.keys(data).length > 1) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        if (Object.keys(data).length < 1) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        } else {
          for (const key0 in data) {
            const _errs4 = errors;
            if (typeof key0 === "string") {
              if (!pattern0.test(key0)) {
                const err2 = {};
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            }
            var valid2 = _errs4 === errors;
            if (!valid2) {
              const err3 = {};
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
              break;
            }
          }
          if (valid2) {
            if (data.Ref !== void 0) {
              const _errs5 = errors;
              if (typeof data.Ref !== "string") {
                const err4 = {};
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
              var valid3 = _errs5 === errors;
            } else {
              var valid3 = true;
            }
            if (valid3) {
              if (data.Condition !== void 0) {
                const _errs7 = errors;
                if (typeof data.Condition !== "string") {
                  const err5 = {};
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
                var valid3 = _errs7 === errors;
              } else {
                var valid3 = true;
              }
            }
          }
        }
      }
    } else {
      const err6 = {};
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  if (!_valid0) {
    const _errs9 = errors;
    const _errs10 = errors;
    let valid4 = true;
    const _errs11 = errors;
    if (typeof data !== "string") {
      const err7 = {};
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    var _valid1 = _errs11 === errors;
    errors = _errs10;
    if (vErrors !== null) {
      if (_errs10) {
        vErrors.length = _errs10;
      } else {
        vErrors = null;
      }
    }
    let ifClause0;
    if (_valid1) {
      const _errs13 = errors;
      if ("*" !== data) {
        const err8 = { instancePath, schemaPath: "#/else/then/const", keyword: "const", params: { allowedValue: "*" }, message: "must be equal to constant", schema: "*", parentSchema: schema34.else.then, data };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      var _valid1 = _errs13 === errors;
      valid4 = _valid1;
      ifClause0 = "then";
    } else {
      const _errs14 = errors;
      if (!validate25(data, { instancePath, parentData, parentDataProperty, rootData })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
      var _valid1 = _errs14 === errors;
      valid4 = _valid1;
      ifClause0 = "else";
    }
    if (!valid4) {
      const err9 = { instancePath, schemaPath: "#/else/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema34.else.if, parentSchema: schema34.else, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    var _valid0 = _errs9 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err10 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema34.if, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
var schema38 = { "description": "Condition block, or a Fn::If choosing between whole Condition blocks. https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html", "if": { "$ref": "#/definitions/fnIf" }, "then": { "properties": { "Fn::If": { "items": [true], "additionalItems": { "if": { "$ref": "#/definitions/noValue" }, "then": true, "else": { "$ref": "#/definitions/condition" } } } } }, "else": { "if": { "$ref": "#/definitions/intrinsic" }, "then": true, "else": { "$ref": "#/definitions/conditionBlock" } } };
var wrapper3 = { validate: validate40 };
var schema42 = { "description": "condition operator -> { condition key -> value(s) }. Operators (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html): StringEquals, StringNotEquals, StringEqualsIgnoreCase, StringNotEqualsIgnoreCase, StringLike, StringNotLike; NumericEquals, NumericNotEquals, NumericLessThan, NumericLessThanEquals, NumericGreaterThan, NumericGreaterThanEquals; DateEquals, DateNotEquals, DateLessThan, DateLessThanEquals, DateGreaterThan, DateGreaterThanEquals; Bool; BinaryEquals; IpAddress, NotIpAddress; ArnEquals, ArnNotEquals, ArnLike, ArnNotLike; each may take the IfExists suffix; Null (never IfExists). Any of them may take a ForAllValues: or ForAnyValue: prefix (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_multi-value-conditions.html).", "type": "object", "propertyNames": { "pattern": "^(ForAllValues:|ForAnyValue:)?((String(Not)?Equals(IgnoreCase)?|String(Not)?Like|Numeric(Not)?Equals|Numeric(LessThan|GreaterThan)(Equals)?|Date(Not)?Equals|Date(LessThan|GreaterThan)(Equals)?|Bool|BinaryEquals|(Not)?IpAddress|Arn(Not)?(Equals|Like))(IfExists)?|Null)$" }, "additionalProperties": { "$ref": "#/definitions/conditionKeyMap" } };
var pattern8 = new RegExp("^(ForAllValues:|ForAnyValue:)?((String(Not)?Equals(IgnoreCase)?|String(Not)?Like|Numeric(Not)?Equals|Numeric(LessThan|GreaterThan)(Equals)?|Date(Not)?Equals|Date(LessThan|GreaterThan)(Equals)?|Bool|BinaryEquals|(Not)?IpAddress|Arn(Not)?(Equals|Like))(IfExists)?|Null)$", "u");
var schema43 = { "description": "condition key -> one value or a list of values.", "if": { "$ref": "#/definitions/intrinsic" }, "then": true, "else": { "type": "object", "additionalProperties": { "$ref": "#/definitions/conditionValue" } } };
var schema45 = { "description": "A string, number or boolean, or a list of them.", "if": { "type": "array" }, "then": { "items": { "$ref": "#/definitions/conditionScalar" } }, "else": { "$ref": "#/definitions/conditionScalar" } };
var schema46 = { "if": { "$ref": "#/definitions/intrinsic" }, "then": true, "else": { "type": ["string", "number", "boolean"] } };
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (Object.keys(data).length > 1) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        if (Object.keys(data).length < 1) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        } else {
          for (const key0 in data) {
            const _errs4 = errors;
            if (typeof key0 === "string") {
              if (!pattern0.test(key0)) {
                const err2 = {};
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            }
            var valid2 = _errs4 === errors;
            if (!valid2) {
              const err3 = {};
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
              break;
            }
          }
          if (valid2) {
            if (data.Ref !== void 0) {
              const _errs5 = errors;
              if (typeof data.Ref !== "string") {
                const err4 = {};
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
              var valid3 = _errs5 === errors;
            } else {
              var valid3 = true;
            }
            if (valid3) {
              if (data.Condition !== void 0) {
                const _errs7 = errors;
                if (typeof data.Condition !== "string") {
                  const err5 = {};
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
                var valid3 = _errs7 === errors;
              } else {
                var valid3 = true;
              }
            }
          }
        }
      }
    } else {
      const err6 = {};
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  if (!_valid0) {
    const _errs9 = errors;
    if (typeof data !== "string" && !(typeof data == "number" && isFinite(data)) && typeof data !== "boolean") {
      const err7 = { instancePath, schemaPath: "#/else/type", keyword: "type", params: { type: schema46.else.type }, message: "must be string,number,boolean", schema: schema46.else.type, parentSchema: schema46.else, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    var _valid0 = _errs9 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err8 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema46.if, parentSchema: schema46, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate44.errors = vErrors;
  return errors === 0;
}
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (!Array.isArray(data)) {
    const err0 = {};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs3 = errors;
    if (Array.isArray(data)) {
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        if (!validate44(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData })) {
          vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
          errors = vErrors.length;
        }
      }
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    ifClause0 = "then";
  } else {
    const _errs5 = errors;
    if (!validate44(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs5 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
  }
  if (!valid0) {
    const err1 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema45.if, parentSchema: schema45, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate43.errors = vErrors;
  return errors === 0;
}
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (Object.keys(data).length > 1) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        if (Object.keys(data).length < 1) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        } else {
          for (const key0 in data) {
            const _errs4 = errors;
            if (typeof key0 === "string") {
              if (!pattern0.test(key0)) {
                const err2 = {};
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            }
            var valid2 = _errs4 === errors;
            if (!valid2) {
              const err3 = {};
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
              break;
            }
          }
          if (valid2) {
            if (data.Ref !== void 0) {
              const _errs5 = errors;
              if (typeof data.Ref !== "string") {
                const err4 = {};
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
              var valid3 = _errs5 === errors;
            } else {
              var valid3 = true;
            }
            if (valid3) {
              if (data.Condition !== void 0) {
                const _errs7 = errors;
                if (typeof data.Condition !== "string") {
                  const err5 = {};
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
                var valid3 = _errs7 === errors;
              } else {
                var valid3 = true;
              }
            }
          }
        }
      }
    } else {
      const err6 = {};
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  if (!_valid0) {
    const _errs9 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key1 in data) {
        if (!validate43(data[key1], { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key1, rootData })) {
          vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
          errors = vErrors.length;
        }
      }
    } else {
      const err7 = { instancePath, schemaPath: "#/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.else.type, parentSchema: schema43.else, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    var _valid0 = _errs9 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err8 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema43.if, parentSchema: schema43, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate42.errors = vErrors;
  return errors === 0;
}
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === "string") {
        if (!pattern8.test(key0)) {
          const err0 = { instancePath, schemaPath: "#/propertyNames/pattern", keyword: "pattern", params: { pattern: "^(ForAllValues:|ForAnyValue:)?((String(Not)?Equals(IgnoreCase)?|String(Not)?Like|Numeric(Not)?Equals|Numeric(LessThan|GreaterThan)(Equals)?|Date(Not)?Equals|Date(LessThan|GreaterThan)(Equals)?|Bool|BinaryEquals|(Not)?IpAddress|Arn(Not)?(Equals|Like))(IfExists)?|Null)$" }, message: 'must match pattern "^(ForAllValues:|ForAnyValue:)?((String(Not)?Equals(IgnoreCase)?|String(Not)?Like|Numeric(Not)?Equals|Numeric(LessThan|GreaterThan)(Equals)?|Date(Not)?Equals|Date(LessThan|GreaterThan)(Equals)?|Bool|BinaryEquals|(Not)?IpAddress|Arn(Not)?(Equals|Like))(IfExists)?|Null)$"', schema: "^(ForAllValues:|ForAnyValue:)?((String(Not)?Equals(IgnoreCase)?|String(Not)?Like|Numeric(Not)?Equals|Numeric(LessThan|GreaterThan)(Equals)?|Date(Not)?Equals|Date(LessThan|GreaterThan)(Equals)?|Bool|BinaryEquals|(Not)?IpAddress|Arn(Not)?(Equals|Like))(IfExists)?|Null)$", parentSchema: schema42.propertyNames, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err1 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema42.propertyNames, parentSchema: schema42, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      if (!validate42(data[key1], { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key1, rootData })) {
        vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (Object.keys(data).length > 1) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        let missing0;
        if (data["Fn::If"] === void 0 && (missing0 = "Fn::If")) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        } else {
          if (data["Fn::If"] !== void 0) {
            let data0 = data["Fn::If"];
            const _errs4 = errors;
            if (errors === _errs4) {
              if (Array.isArray(data0)) {
                if (data0.length > 3) {
                  const err2 = {};
                  if (vErrors === null) {
                    vErrors = [err2];
                  } else {
                    vErrors.push(err2);
                  }
                  errors++;
                } else {
                  if (data0.length < 3) {
                    const err3 = {};
                    if (vErrors === null) {
                      vErrors = [err3];
                    } else {
                      vErrors.push(err3);
                    }
                    errors++;
                  }
                }
              } else {
                const err4 = {};
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
          }
        }
      }
    } else {
      const err5 = {};
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs6 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data["Fn::If"] !== void 0) {
        let data1 = data["Fn::If"];
        if (Array.isArray(data1)) {
          const len0 = data1.length;
          var valid4 = len0 <= 1;
          if (!valid4) {
            for (let i0 = 1; i0 < len0; i0++) {
              let data2 = data1[i0];
              const _errs8 = errors;
              const _errs9 = errors;
              let valid5 = true;
              const _errs10 = errors;
              const _errs11 = errors;
              if (errors === _errs11) {
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                  if (Object.keys(data2).length > 1) {
                    const err6 = {};
                    if (vErrors === null) {
                      vErrors = [err6];
                    } else {
                      vErrors.push(err6);
                    }
                    errors++;
                  } else {
                    let missing1;
                    if (data2.Ref === void 0 && (missing1 = "Ref")) {
                      const err7 = {};
                      if (vErrors === null) {
                        vErrors = [err7];
                      } else {
                        vErrors.push(err7);
                      }
                      errors++;
                    } else {
                      if (data2.Ref !== void 0) {
                        if ("AWS::NoValue" !== data2.Ref) {
                          const err8 = {};
                          if (vErrors === null) {
                            vErrors = [err8];
                          } else {
                            vErrors.push(err8);
                          }
                          errors++;
                        }
                      }
                    }
                  }
                } else {
                  const err9 = {};
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              }
              var _valid1 = _errs10 === errors;
              errors = _errs9;
              if (vErrors !== null) {
                if (_errs9) {
                  vErrors.length = _errs9;
                } else {
                  vErrors = null;
                }
              }
              if (!_valid1) {
                const _errs14 = errors;
                if (!wrapper3.validate(data2, { instancePath: instancePath + "/Fn::If/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
                  vErrors = vErrors === null ? wrapper3.validate.errors : vErrors.concat(wrapper3.validate.errors);
                  errors = vErrors.length;
                }
                var _valid1 = _errs14 === errors;
                valid5 = _valid1;
              }
              if (!valid5) {
                const err10 = { instancePath: instancePath + "/Fn::If/" + i0, schemaPath: "#/then/properties/Fn%3A%3AIf/additionalItems/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema38.then.properties["Fn::If"].additionalItems.if, parentSchema: schema38.then.properties["Fn::If"].additionalItems, data: data2 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
              var valid4 = _errs8 === errors;
            }
          }
        }
      }
    }
    var _valid0 = _errs6 === errors;
    valid0 = _valid0;
    ifClause0 = "then";
  } else {
    const _errs15 = errors;
    const _errs16 = errors;
    let valid9 = true;
    const _errs17 = errors;
    const _errs18 = errors;
    if (errors === _errs18) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (Object.keys(data).length > 1) {
          const err11 = {};
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        } else {
          if (Object.keys(data).length < 1) {
            const err12 = {};
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          } else {
            for (const key0 in data) {
              const _errs20 = errors;
              if (typeof key0 === "string") {
                if (!pattern0.test(key0)) {
                  const err13 = {};
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              }
              var valid11 = _errs20 === errors;
              if (!valid11) {
                const err14 = {};
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
                break;
              }
            }
            if (valid11) {
              if (data.Ref !== void 0) {
                const _errs21 = errors;
                if (typeof data.Ref !== "string") {
                  const err15 = {};
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
                var valid12 = _errs21 === errors;
              } else {
                var valid12 = true;
              }
              if (valid12) {
                if (data.Condition !== void 0) {
                  const _errs23 = errors;
                  if (typeof data.Condition !== "string") {
                    const err16 = {};
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                  var valid12 = _errs23 === errors;
                } else {
                  var valid12 = true;
                }
              }
            }
          }
        }
      } else {
        const err17 = {};
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    var _valid2 = _errs17 === errors;
    errors = _errs16;
    if (vErrors !== null) {
      if (_errs16) {
        vErrors.length = _errs16;
      } else {
        vErrors = null;
      }
    }
    if (!_valid2) {
      const _errs25 = errors;
      if (!validate41(data, { instancePath, parentData, parentDataProperty, rootData })) {
        vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
        errors = vErrors.length;
      }
      var _valid2 = _errs25 === errors;
      valid9 = _valid2;
    }
    if (!valid9) {
      const err18 = { instancePath, schemaPath: "#/else/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema38.else.if, parentSchema: schema38.else, data };
      if (vErrors === null) {
        vErrors = [err18];
      } else {
        vErrors.push(err18);
      }
      errors++;
    }
    var _valid0 = _errs15 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
  }
  if (!valid0) {
    const err19 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema38.if, parentSchema: schema38, data };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate40.errors = vErrors;
  return errors === 0;
}
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs3 = errors;
  let valid2 = true;
  const _errs4 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.Action === void 0 && (missing0 = "Action")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs4 === errors;
  errors = _errs3;
  if (vErrors !== null) {
    if (_errs3) {
      vErrors.length = _errs3;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.NotAction !== void 0) {
        const err1 = { instancePath: instancePath + "/NotAction", schemaPath: "#/definitions/oneOfActionOrNotAction/then/properties/NotAction/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema31.then.properties.NotAction, data: data.NotAction };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    var _valid0 = _errs5 === errors;
    valid2 = _valid0;
    ifClause0 = "then";
  } else {
    const _errs6 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.NotAction === void 0) {
        const err2 = { instancePath, schemaPath: "#/definitions/oneOfActionOrNotAction/else/required", keyword: "required", params: { missingProperty: "NotAction" }, message: "must have required property 'NotAction'", schema: schema31.else.required, parentSchema: schema31.else, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    var _valid0 = _errs6 === errors;
    valid2 = _valid0;
    ifClause0 = "else";
  }
  if (!valid2) {
    const err3 = { instancePath, schemaPath: "#/definitions/oneOfActionOrNotAction/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema31.if, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Effect === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Effect" }, message: "must have required property 'Effect'", schema: schema30.required, parentSchema: schema30, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema30.properties, key0)) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema30, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.Sid !== void 0) {
      if (!validate15(data.Sid, { instancePath: instancePath + "/Sid", parentData: data, parentDataProperty: "Sid", rootData })) {
        vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
        errors = vErrors.length;
      }
    }
    if (data.Effect !== void 0) {
      if (!validate22(data.Effect, { instancePath: instancePath + "/Effect", parentData: data, parentDataProperty: "Effect", rootData })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.Principal !== void 0) {
      if (!validate24(data.Principal, { instancePath: instancePath + "/Principal", parentData: data, parentDataProperty: "Principal", rootData })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.NotPrincipal !== void 0) {
      if (!validate24(data.NotPrincipal, { instancePath: instancePath + "/NotPrincipal", parentData: data, parentDataProperty: "NotPrincipal", rootData })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.Action !== void 0) {
      if (!validate26(data.Action, { instancePath: instancePath + "/Action", parentData: data, parentDataProperty: "Action", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.NotAction !== void 0) {
      if (!validate26(data.NotAction, { instancePath: instancePath + "/NotAction", parentData: data, parentDataProperty: "NotAction", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.Resource !== void 0) {
      if (!validate26(data.Resource, { instancePath: instancePath + "/Resource", parentData: data, parentDataProperty: "Resource", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.NotResource !== void 0) {
      if (!validate26(data.NotResource, { instancePath: instancePath + "/NotResource", parentData: data, parentDataProperty: "NotResource", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.Condition !== void 0) {
      if (!validate40(data.Condition, { instancePath: instancePath + "/Condition", parentData: data, parentDataProperty: "Condition", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema30.type, parentSchema: schema30, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
var pattern11 = new RegExp("^[A-Za-z0-9]*$", "u");
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!validate20(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Principal !== void 0) {
      const err0 = { instancePath: instancePath + "/Principal", schemaPath: "#/allOf/1/properties/Principal/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema29.allOf[1].properties.Principal, data: data.Principal };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.NotPrincipal !== void 0) {
      const err1 = { instancePath: instancePath + "/NotPrincipal", schemaPath: "#/allOf/1/properties/NotPrincipal/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema29.allOf[1].properties.NotPrincipal, data: data.NotPrincipal };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.Sid !== void 0) {
      let data2 = data.Sid;
      if (typeof data2 === "string") {
        if (!pattern11.test(data2)) {
          const err2 = { instancePath: instancePath + "/Sid", schemaPath: "#/definitions/alphanumericSid/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9]*$" }, message: 'must match pattern "^[A-Za-z0-9]*$"', schema: "^[A-Za-z0-9]*$", parentSchema: schema48, data: data2 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
  }
  const _errs6 = errors;
  let valid4 = true;
  const _errs7 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.Resource === void 0 && (missing0 = "Resource")) {
      const err3 = {};
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
  }
  var _valid0 = _errs7 === errors;
  errors = _errs6;
  if (vErrors !== null) {
    if (_errs6) {
      vErrors.length = _errs6;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs8 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.NotResource !== void 0) {
        const err4 = { instancePath: instancePath + "/NotResource", schemaPath: "#/definitions/oneOfResourceOrNotResource/then/properties/NotResource/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema49.then.properties.NotResource, data: data.NotResource };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    var _valid0 = _errs8 === errors;
    valid4 = _valid0;
    ifClause0 = "then";
  } else {
    const _errs9 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.NotResource === void 0) {
        const err5 = { instancePath, schemaPath: "#/definitions/oneOfResourceOrNotResource/else/required", keyword: "required", params: { missingProperty: "NotResource" }, message: "must have required property 'NotResource'", schema: schema49.else.required, parentSchema: schema49.else, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    var _valid0 = _errs9 === errors;
    valid4 = _valid0;
    ifClause0 = "else";
  }
  if (!valid4) {
    const err6 = { instancePath, schemaPath: "#/definitions/oneOfResourceOrNotResource/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema49.if, parentSchema: schema49, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate19.errors = vErrors;
  return errors === 0;
}
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (Object.keys(data).length > 1) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        let missing0;
        if (data["Fn::If"] === void 0 && (missing0 = "Fn::If")) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        } else {
          if (data["Fn::If"] !== void 0) {
            let data0 = data["Fn::If"];
            const _errs4 = errors;
            if (errors === _errs4) {
              if (Array.isArray(data0)) {
                if (data0.length > 3) {
                  const err2 = {};
                  if (vErrors === null) {
                    vErrors = [err2];
                  } else {
                    vErrors.push(err2);
                  }
                  errors++;
                } else {
                  if (data0.length < 3) {
                    const err3 = {};
                    if (vErrors === null) {
                      vErrors = [err3];
                    } else {
                      vErrors.push(err3);
                    }
                    errors++;
                  }
                }
              } else {
                const err4 = {};
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
          }
        }
      }
    } else {
      const err5 = {};
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs6 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data["Fn::If"] !== void 0) {
        let data1 = data["Fn::If"];
        if (Array.isArray(data1)) {
          const len0 = data1.length;
          var valid4 = len0 <= 1;
          if (!valid4) {
            for (let i0 = 1; i0 < len0; i0++) {
              let data2 = data1[i0];
              const _errs8 = errors;
              const _errs9 = errors;
              let valid5 = true;
              const _errs10 = errors;
              const _errs11 = errors;
              if (errors === _errs11) {
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                  if (Object.keys(data2).length > 1) {
                    const err6 = {};
                    if (vErrors === null) {
                      vErrors = [err6];
                    } else {
                      vErrors.push(err6);
                    }
                    errors++;
                  } else {
                    let missing1;
                    if (data2.Ref === void 0 && (missing1 = "Ref")) {
                      const err7 = {};
                      if (vErrors === null) {
                        vErrors = [err7];
                      } else {
                        vErrors.push(err7);
                      }
                      errors++;
                    } else {
                      if (data2.Ref !== void 0) {
                        if ("AWS::NoValue" !== data2.Ref) {
                          const err8 = {};
                          if (vErrors === null) {
                            vErrors = [err8];
                          } else {
                            vErrors.push(err8);
                          }
                          errors++;
                        }
                      }
                    }
                  }
                } else {
                  const err9 = {};
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              }
              var _valid1 = _errs10 === errors;
              errors = _errs9;
              if (vErrors !== null) {
                if (_errs9) {
                  vErrors.length = _errs9;
                } else {
                  vErrors = null;
                }
              }
              if (!_valid1) {
                const _errs14 = errors;
                if (!wrapper2.validate(data2, { instancePath: instancePath + "/Fn::If/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
                  vErrors = vErrors === null ? wrapper2.validate.errors : vErrors.concat(wrapper2.validate.errors);
                  errors = vErrors.length;
                }
                var _valid1 = _errs14 === errors;
                valid5 = _valid1;
              }
              if (!valid5) {
                const err10 = { instancePath: instancePath + "/Fn::If/" + i0, schemaPath: "#/then/properties/Fn%3A%3AIf/additionalItems/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema25.then.properties["Fn::If"].additionalItems.if, parentSchema: schema25.then.properties["Fn::If"].additionalItems, data: data2 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
              var valid4 = _errs8 === errors;
            }
          }
        }
      }
    }
    var _valid0 = _errs6 === errors;
    valid0 = _valid0;
    ifClause0 = "then";
  } else {
    const _errs15 = errors;
    const _errs16 = errors;
    let valid9 = true;
    const _errs17 = errors;
    const _errs18 = errors;
    if (errors === _errs18) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (Object.keys(data).length > 1) {
          const err11 = {};
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        } else {
          if (Object.keys(data).length < 1) {
            const err12 = {};
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          } else {
            for (const key0 in data) {
              const _errs20 = errors;
              if (typeof key0 === "string") {
                if (!pattern0.test(key0)) {
                  const err13 = {};
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              }
              var valid11 = _errs20 === errors;
              if (!valid11) {
                const err14 = {};
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
                break;
              }
            }
            if (valid11) {
              if (data.Ref !== void 0) {
                const _errs21 = errors;
                if (typeof data.Ref !== "string") {
                  const err15 = {};
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
                var valid12 = _errs21 === errors;
              } else {
                var valid12 = true;
              }
              if (valid12) {
                if (data.Condition !== void 0) {
                  const _errs23 = errors;
                  if (typeof data.Condition !== "string") {
                    const err16 = {};
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                  var valid12 = _errs23 === errors;
                } else {
                  var valid12 = true;
                }
              }
            }
          }
        }
      } else {
        const err17 = {};
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    var _valid2 = _errs17 === errors;
    errors = _errs16;
    if (vErrors !== null) {
      if (_errs16) {
        vErrors.length = _errs16;
      } else {
        vErrors = null;
      }
    }
    if (!_valid2) {
      const _errs25 = errors;
      if (!validate19(data, { instancePath, parentData, parentDataProperty, rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
      var _valid2 = _errs25 === errors;
      valid9 = _valid2;
    }
    if (!valid9) {
      const err18 = { instancePath, schemaPath: "#/else/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema25.else.if, parentSchema: schema25.else, data };
      if (vErrors === null) {
        vErrors = [err18];
      } else {
        vErrors.push(err18);
      }
      errors++;
    }
    var _valid0 = _errs15 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
  }
  if (!valid0) {
    const err19 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema25.if, parentSchema: schema25, data };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate18.errors = vErrors;
  return errors === 0;
}
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (Object.keys(data).length > 1) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        let missing0;
        if (data["Fn::If"] === void 0 && (missing0 = "Fn::If")) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        } else {
          if (data["Fn::If"] !== void 0) {
            let data0 = data["Fn::If"];
            const _errs4 = errors;
            if (errors === _errs4) {
              if (Array.isArray(data0)) {
                if (data0.length > 3) {
                  const err2 = {};
                  if (vErrors === null) {
                    vErrors = [err2];
                  } else {
                    vErrors.push(err2);
                  }
                  errors++;
                } else {
                  if (data0.length < 3) {
                    const err3 = {};
                    if (vErrors === null) {
                      vErrors = [err3];
                    } else {
                      vErrors.push(err3);
                    }
                    errors++;
                  }
                }
              } else {
                const err4 = {};
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
          }
        }
      }
    } else {
      const err5 = {};
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs6 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data["Fn::If"] !== void 0) {
        let data1 = data["Fn::If"];
        if (Array.isArray(data1)) {
          const len0 = data1.length;
          var valid4 = len0 <= 1;
          if (!valid4) {
            for (let i0 = 1; i0 < len0; i0++) {
              let data2 = data1[i0];
              const _errs8 = errors;
              const _errs9 = errors;
              let valid5 = true;
              const _errs10 = errors;
              const _errs11 = errors;
              if (errors === _errs11) {
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                  if (Object.keys(data2).length > 1) {
                    const err6 = {};
                    if (vErrors === null) {
                      vErrors = [err6];
                    } else {
                      vErrors.push(err6);
                    }
                    errors++;
                  } else {
                    let missing1;
                    if (data2.Ref === void 0 && (missing1 = "Ref")) {
                      const err7 = {};
                      if (vErrors === null) {
                        vErrors = [err7];
                      } else {
                        vErrors.push(err7);
                      }
                      errors++;
                    } else {
                      if (data2.Ref !== void 0) {
                        if ("AWS::NoValue" !== data2.Ref) {
                          const err8 = {};
                          if (vErrors === null) {
                            vErrors = [err8];
                          } else {
                            vErrors.push(err8);
                          }
                          errors++;
                        }
                      }
                    }
                  }
                } else {
                  const err9 = {};
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              }
              var _valid1 = _errs10 === errors;
              errors = _errs9;
              if (vErrors !== null) {
                if (_errs9) {
                  vErrors.length = _errs9;
                } else {
                  vErrors = null;
                }
              }
              if (!_valid1) {
                const _errs14 = errors;
                if (!wrapper1.validate(data2, { instancePath: instancePath + "/Fn::If/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
                  vErrors = vErrors === null ? wrapper1.validate.errors : vErrors.concat(wrapper1.validate.errors);
                  errors = vErrors.length;
                }
                var _valid1 = _errs14 === errors;
                valid5 = _valid1;
              }
              if (!valid5) {
                const err10 = { instancePath: instancePath + "/Fn::If/" + i0, schemaPath: "#/then/properties/Fn%3A%3AIf/additionalItems/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema21.then.properties["Fn::If"].additionalItems.if, parentSchema: schema21.then.properties["Fn::If"].additionalItems, data: data2 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
              var valid4 = _errs8 === errors;
            }
          }
        }
      }
    }
    var _valid0 = _errs6 === errors;
    valid0 = _valid0;
    ifClause0 = "then";
  } else {
    const _errs15 = errors;
    const _errs16 = errors;
    let valid9 = true;
    const _errs17 = errors;
    const _errs18 = errors;
    if (errors === _errs18) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (Object.keys(data).length > 1) {
          const err11 = {};
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        } else {
          if (Object.keys(data).length < 1) {
            const err12 = {};
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          } else {
            for (const key0 in data) {
              const _errs20 = errors;
              if (typeof key0 === "string") {
                if (!pattern0.test(key0)) {
                  const err13 = {};
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              }
              var valid11 = _errs20 === errors;
              if (!valid11) {
                const err14 = {};
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
                break;
              }
            }
            if (valid11) {
              if (data.Ref !== void 0) {
                const _errs21 = errors;
                if (typeof data.Ref !== "string") {
                  const err15 = {};
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
                var valid12 = _errs21 === errors;
              } else {
                var valid12 = true;
              }
              if (valid12) {
                if (data.Condition !== void 0) {
                  const _errs23 = errors;
                  if (typeof data.Condition !== "string") {
                    const err16 = {};
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                  var valid12 = _errs23 === errors;
                } else {
                  var valid12 = true;
                }
              }
            }
          }
        }
      } else {
        const err17 = {};
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    var _valid2 = _errs17 === errors;
    errors = _errs16;
    if (vErrors !== null) {
      if (_errs16) {
        vErrors.length = _errs16;
      } else {
        vErrors = null;
      }
    }
    if (!_valid2) {
      const _errs25 = errors;
      const _errs26 = errors;
      let valid13 = true;
      const _errs27 = errors;
      if (!Array.isArray(data)) {
        const err18 = {};
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      var _valid3 = _errs27 === errors;
      errors = _errs26;
      if (vErrors !== null) {
        if (_errs26) {
          vErrors.length = _errs26;
        } else {
          vErrors = null;
        }
      }
      let ifClause1;
      if (_valid3) {
        const _errs29 = errors;
        if (Array.isArray(data)) {
          const len2 = data.length;
          for (let i1 = 0; i1 < len2; i1++) {
            if (!validate18(data[i1], { instancePath: instancePath + "/" + i1, parentData: data, parentDataProperty: i1, rootData })) {
              vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
              errors = vErrors.length;
            }
          }
        }
        var _valid3 = _errs29 === errors;
        valid13 = _valid3;
        ifClause1 = "then";
      } else {
        const _errs31 = errors;
        if (!validate18(data, { instancePath, parentData, parentDataProperty, rootData })) {
          vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
          errors = vErrors.length;
        }
        var _valid3 = _errs31 === errors;
        valid13 = _valid3;
        ifClause1 = "else";
      }
      if (!valid13) {
        const err19 = { instancePath, schemaPath: "#/else/else/if", keyword: "if", params: { failingKeyword: ifClause1 }, message: 'must match "' + ifClause1 + '" schema', schema: schema21.else.else.if, parentSchema: schema21.else.else, data };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      var _valid2 = _errs25 === errors;
      valid9 = _valid2;
    }
    if (!valid9) {
      const err20 = { instancePath, schemaPath: "#/else/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema21.else.if, parentSchema: schema21.else, data };
      if (vErrors === null) {
        vErrors = [err20];
      } else {
        vErrors.push(err20);
      }
      errors++;
    }
    var _valid0 = _errs15 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
  }
  if (!valid0) {
    const err21 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema21.if, parentSchema: schema21, data };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate17.errors = vErrors;
  return errors === 0;
}
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Statement === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Statement" }, message: "must have required property 'Statement'", schema: schema16.required, parentSchema: schema16, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "Version" || key0 === "Id" || key0 === "Statement")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.Version !== void 0) {
      if (!validate13(data.Version, { instancePath: instancePath + "/Version", parentData: data, parentDataProperty: "Version", rootData })) {
        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
        errors = vErrors.length;
      }
    }
    if (data.Id !== void 0) {
      if (!validate15(data.Id, { instancePath: instancePath + "/Id", parentData: data, parentDataProperty: "Id", rootData })) {
        vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
        errors = vErrors.length;
      }
    }
    if (data.Statement !== void 0) {
      if (!validate17(data.Statement, { instancePath: instancePath + "/Statement", parentData: data, parentDataProperty: "Statement", rootData })) {
        vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.type, parentSchema: schema16, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (Object.keys(data).length > 1) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        let missing0;
        if (data["Fn::If"] === void 0 && (missing0 = "Fn::If")) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        } else {
          if (data["Fn::If"] !== void 0) {
            let data0 = data["Fn::If"];
            const _errs4 = errors;
            if (errors === _errs4) {
              if (Array.isArray(data0)) {
                if (data0.length > 3) {
                  const err2 = {};
                  if (vErrors === null) {
                    vErrors = [err2];
                  } else {
                    vErrors.push(err2);
                  }
                  errors++;
                } else {
                  if (data0.length < 3) {
                    const err3 = {};
                    if (vErrors === null) {
                      vErrors = [err3];
                    } else {
                      vErrors.push(err3);
                    }
                    errors++;
                  }
                }
              } else {
                const err4 = {};
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
          }
        }
      }
    } else {
      const err5 = {};
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs6 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data["Fn::If"] !== void 0) {
        let data1 = data["Fn::If"];
        if (Array.isArray(data1)) {
          const len0 = data1.length;
          var valid4 = len0 <= 1;
          if (!valid4) {
            for (let i0 = 1; i0 < len0; i0++) {
              let data2 = data1[i0];
              const _errs8 = errors;
              const _errs9 = errors;
              let valid5 = true;
              const _errs10 = errors;
              const _errs11 = errors;
              if (errors === _errs11) {
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                  if (Object.keys(data2).length > 1) {
                    const err6 = {};
                    if (vErrors === null) {
                      vErrors = [err6];
                    } else {
                      vErrors.push(err6);
                    }
                    errors++;
                  } else {
                    let missing1;
                    if (data2.Ref === void 0 && (missing1 = "Ref")) {
                      const err7 = {};
                      if (vErrors === null) {
                        vErrors = [err7];
                      } else {
                        vErrors.push(err7);
                      }
                      errors++;
                    } else {
                      if (data2.Ref !== void 0) {
                        if ("AWS::NoValue" !== data2.Ref) {
                          const err8 = {};
                          if (vErrors === null) {
                            vErrors = [err8];
                          } else {
                            vErrors.push(err8);
                          }
                          errors++;
                        }
                      }
                    }
                  }
                } else {
                  const err9 = {};
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              }
              var _valid1 = _errs10 === errors;
              errors = _errs9;
              if (vErrors !== null) {
                if (_errs9) {
                  vErrors.length = _errs9;
                } else {
                  vErrors = null;
                }
              }
              if (!_valid1) {
                const _errs14 = errors;
                if (!wrapper0.validate(data2, { instancePath: instancePath + "/Fn::If/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
                  vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
                  errors = vErrors.length;
                }
                var _valid1 = _errs14 === errors;
                valid5 = _valid1;
              }
              if (!valid5) {
                const err10 = { instancePath: instancePath + "/Fn::If/" + i0, schemaPath: "#/then/properties/Fn%3A%3AIf/additionalItems/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema12.then.properties["Fn::If"].additionalItems.if, parentSchema: schema12.then.properties["Fn::If"].additionalItems, data: data2 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
              var valid4 = _errs8 === errors;
            }
          }
        }
      }
    }
    var _valid0 = _errs6 === errors;
    valid0 = _valid0;
    ifClause0 = "then";
  } else {
    const _errs15 = errors;
    const _errs16 = errors;
    let valid9 = true;
    const _errs17 = errors;
    const _errs18 = errors;
    if (errors === _errs18) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (Object.keys(data).length > 1) {
          const err11 = {};
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        } else {
          if (Object.keys(data).length < 1) {
            const err12 = {};
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          } else {
            for (const key0 in data) {
              const _errs20 = errors;
              if (typeof key0 === "string") {
                if (!pattern0.test(key0)) {
                  const err13 = {};
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              }
              var valid11 = _errs20 === errors;
              if (!valid11) {
                const err14 = {};
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
                break;
              }
            }
            if (valid11) {
              if (data.Ref !== void 0) {
                const _errs21 = errors;
                if (typeof data.Ref !== "string") {
                  const err15 = {};
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
                var valid12 = _errs21 === errors;
              } else {
                var valid12 = true;
              }
              if (valid12) {
                if (data.Condition !== void 0) {
                  const _errs23 = errors;
                  if (typeof data.Condition !== "string") {
                    const err16 = {};
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                  var valid12 = _errs23 === errors;
                } else {
                  var valid12 = true;
                }
              }
            }
          }
        }
      } else {
        const err17 = {};
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    var _valid2 = _errs17 === errors;
    errors = _errs16;
    if (vErrors !== null) {
      if (_errs16) {
        vErrors.length = _errs16;
      } else {
        vErrors = null;
      }
    }
    if (!_valid2) {
      const _errs25 = errors;
      if (!validate12(data, { instancePath, parentData, parentDataProperty, rootData })) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
        errors = vErrors.length;
      }
      var _valid2 = _errs25 === errors;
      valid9 = _valid2;
    }
    if (!valid9) {
      const err18 = { instancePath, schemaPath: "#/else/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema12.else.if, parentSchema: schema12.else, data };
      if (vErrors === null) {
        vErrors = [err18];
      } else {
        vErrors.push(err18);
      }
      errors++;
    }
    var _valid0 = _errs15 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
  }
  if (!valid0) {
    const err19 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema12.if, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var trustPolicy = validate57;
var schema50 = { "description": "Entry point: a role trust policy (AssumeRolePolicyDocument). Statements must name a Principal and must not have Resource: IAM rejects it with 'Has prohibited field Resource'. See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html", "if": { "$ref": "#/definitions/fnIf" }, "then": { "properties": { "Fn::If": { "items": [true], "additionalItems": { "if": { "$ref": "#/definitions/noValue" }, "then": true, "else": { "$ref": "#/definitions/trustPolicy" } } } } }, "else": { "if": { "$ref": "#/definitions/intrinsic" }, "then": true, "else": { "$ref": "#/definitions/trustPolicyObject" } } };
var wrapper4 = { validate: validate57 };
var schema54 = { "description": "policy = { Version?, Id?, Statement }: no other top-level key.", "type": "object", "properties": { "Version": { "$ref": "#/definitions/version" }, "Id": { "$ref": "#/definitions/string" }, "Statement": { "$ref": "#/definitions/trustStatementList" } }, "required": ["Statement"], "additionalProperties": false };
var schema55 = { "description": "Statement: one statement object or a list of them (the grammar lets a single value drop its brackets).", "if": { "$ref": "#/definitions/fnIf" }, "then": { "properties": { "Fn::If": { "items": [true], "additionalItems": { "if": { "$ref": "#/definitions/noValue" }, "then": true, "else": { "$ref": "#/definitions/trustStatementList" } } } } }, "else": { "if": { "$ref": "#/definitions/intrinsic" }, "then": true, "else": { "if": { "type": "array" }, "then": { "items": { "$ref": "#/definitions/trustStatement" } }, "else": { "$ref": "#/definitions/trustStatement" } } } };
var wrapper5 = { validate: validate61 };
var schema59 = { "description": 'One statement, or a Fn::If choosing between statements (a {"Ref": "AWS::NoValue"} branch drops it).', "if": { "$ref": "#/definitions/fnIf" }, "then": { "properties": { "Fn::If": { "items": [true], "additionalItems": { "if": { "$ref": "#/definitions/noValue" }, "then": true, "else": { "$ref": "#/definitions/trustStatement" } } } } }, "else": { "if": { "$ref": "#/definitions/intrinsic" }, "then": true, "else": { "$ref": "#/definitions/trustStatementObject" } } };
var wrapper6 = { validate: validate62 };
var schema63 = { "description": "Trust statement: exactly one of Principal/NotPrincipal, no Resource/NotResource (the resource is the role itself; IAM rejects it with 'Has prohibited field Resource'), an alphanumeric Sid.", "allOf": [{ "$ref": "#/definitions/statementCommon" }, { "properties": { "Resource": false, "NotResource": false, "Sid": { "$ref": "#/definitions/alphanumericSid" } } }, { "$ref": "#/definitions/oneOfPrincipalOrNotPrincipal" }] };
var schema65 = { "description": "Exactly one of Principal and NotPrincipal (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html).", "if": { "required": ["Principal"] }, "then": { "properties": { "NotPrincipal": false } }, "else": { "required": ["NotPrincipal"] } };
function validate63(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!validate20(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Resource !== void 0) {
      const err0 = { instancePath: instancePath + "/Resource", schemaPath: "#/allOf/1/properties/Resource/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema63.allOf[1].properties.Resource, data: data.Resource };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.NotResource !== void 0) {
      const err1 = { instancePath: instancePath + "/NotResource", schemaPath: "#/allOf/1/properties/NotResource/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema63.allOf[1].properties.NotResource, data: data.NotResource };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.Sid !== void 0) {
      let data2 = data.Sid;
      if (typeof data2 === "string") {
        if (!pattern11.test(data2)) {
          const err2 = { instancePath: instancePath + "/Sid", schemaPath: "#/definitions/alphanumericSid/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9]*$" }, message: 'must match pattern "^[A-Za-z0-9]*$"', schema: "^[A-Za-z0-9]*$", parentSchema: schema48, data: data2 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
  }
  const _errs6 = errors;
  let valid4 = true;
  const _errs7 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.Principal === void 0 && (missing0 = "Principal")) {
      const err3 = {};
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
  }
  var _valid0 = _errs7 === errors;
  errors = _errs6;
  if (vErrors !== null) {
    if (_errs6) {
      vErrors.length = _errs6;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs8 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.NotPrincipal !== void 0) {
        const err4 = { instancePath: instancePath + "/NotPrincipal", schemaPath: "#/definitions/oneOfPrincipalOrNotPrincipal/then/properties/NotPrincipal/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema65.then.properties.NotPrincipal, data: data.NotPrincipal };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    var _valid0 = _errs8 === errors;
    valid4 = _valid0;
    ifClause0 = "then";
  } else {
    const _errs9 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.NotPrincipal === void 0) {
        const err5 = { instancePath, schemaPath: "#/definitions/oneOfPrincipalOrNotPrincipal/else/required", keyword: "required", params: { missingProperty: "NotPrincipal" }, message: "must have required property 'NotPrincipal'", schema: schema65.else.required, parentSchema: schema65.else, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    var _valid0 = _errs9 === errors;
    valid4 = _valid0;
    ifClause0 = "else";
  }
  if (!valid4) {
    const err6 = { instancePath, schemaPath: "#/definitions/oneOfPrincipalOrNotPrincipal/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema65.if, parentSchema: schema65, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate63.errors = vErrors;
  return errors === 0;
}
function validate62(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (Object.keys(data).length > 1) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        let missing0;
        if (data["Fn::If"] === void 0 && (missing0 = "Fn::If")) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        } else {
          if (data["Fn::If"] !== void 0) {
            let data0 = data["Fn::If"];
            const _errs4 = errors;
            if (errors === _errs4) {
              if (Array.isArray(data0)) {
                if (data0.length > 3) {
                  const err2 = {};
                  if (vErrors === null) {
                    vErrors = [err2];
                  } else {
                    vErrors.push(err2);
                  }
                  errors++;
                } else {
                  if (data0.length < 3) {
                    const err3 = {};
                    if (vErrors === null) {
                      vErrors = [err3];
                    } else {
                      vErrors.push(err3);
                    }
                    errors++;
                  }
                }
              } else {
                const err4 = {};
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
          }
        }
      }
    } else {
      const err5 = {};
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs6 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data["Fn::If"] !== void 0) {
        let data1 = data["Fn::If"];
        if (Array.isArray(data1)) {
          const len0 = data1.length;
          var valid4 = len0 <= 1;
          if (!valid4) {
            for (let i0 = 1; i0 < len0; i0++) {
              let data2 = data1[i0];
              const _errs8 = errors;
              const _errs9 = errors;
              let valid5 = true;
              const _errs10 = errors;
              const _errs11 = errors;
              if (errors === _errs11) {
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                  if (Object.keys(data2).length > 1) {
                    const err6 = {};
                    if (vErrors === null) {
                      vErrors = [err6];
                    } else {
                      vErrors.push(err6);
                    }
                    errors++;
                  } else {
                    let missing1;
                    if (data2.Ref === void 0 && (missing1 = "Ref")) {
                      const err7 = {};
                      if (vErrors === null) {
                        vErrors = [err7];
                      } else {
                        vErrors.push(err7);
                      }
                      errors++;
                    } else {
                      if (data2.Ref !== void 0) {
                        if ("AWS::NoValue" !== data2.Ref) {
                          const err8 = {};
                          if (vErrors === null) {
                            vErrors = [err8];
                          } else {
                            vErrors.push(err8);
                          }
                          errors++;
                        }
                      }
                    }
                  }
                } else {
                  const err9 = {};
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              }
              var _valid1 = _errs10 === errors;
              errors = _errs9;
              if (vErrors !== null) {
                if (_errs9) {
                  vErrors.length = _errs9;
                } else {
                  vErrors = null;
                }
              }
              if (!_valid1) {
                const _errs14 = errors;
                if (!wrapper6.validate(data2, { instancePath: instancePath + "/Fn::If/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
                  vErrors = vErrors === null ? wrapper6.validate.errors : vErrors.concat(wrapper6.validate.errors);
                  errors = vErrors.length;
                }
                var _valid1 = _errs14 === errors;
                valid5 = _valid1;
              }
              if (!valid5) {
                const err10 = { instancePath: instancePath + "/Fn::If/" + i0, schemaPath: "#/then/properties/Fn%3A%3AIf/additionalItems/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema59.then.properties["Fn::If"].additionalItems.if, parentSchema: schema59.then.properties["Fn::If"].additionalItems, data: data2 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
              var valid4 = _errs8 === errors;
            }
          }
        }
      }
    }
    var _valid0 = _errs6 === errors;
    valid0 = _valid0;
    ifClause0 = "then";
  } else {
    const _errs15 = errors;
    const _errs16 = errors;
    let valid9 = true;
    const _errs17 = errors;
    const _errs18 = errors;
    if (errors === _errs18) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (Object.keys(data).length > 1) {
          const err11 = {};
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        } else {
          if (Object.keys(data).length < 1) {
            const err12 = {};
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          } else {
            for (const key0 in data) {
              const _errs20 = errors;
              if (typeof key0 === "string") {
                if (!pattern0.test(key0)) {
                  const err13 = {};
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              }
              var valid11 = _errs20 === errors;
              if (!valid11) {
                const err14 = {};
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
                break;
              }
            }
            if (valid11) {
              if (data.Ref !== void 0) {
                const _errs21 = errors;
                if (typeof data.Ref !== "string") {
                  const err15 = {};
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
                var valid12 = _errs21 === errors;
              } else {
                var valid12 = true;
              }
              if (valid12) {
                if (data.Condition !== void 0) {
                  const _errs23 = errors;
                  if (typeof data.Condition !== "string") {
                    const err16 = {};
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                  var valid12 = _errs23 === errors;
                } else {
                  var valid12 = true;
                }
              }
            }
          }
        }
      } else {
        const err17 = {};
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    var _valid2 = _errs17 === errors;
    errors = _errs16;
    if (vErrors !== null) {
      if (_errs16) {
        vErrors.length = _errs16;
      } else {
        vErrors = null;
      }
    }
    if (!_valid2) {
      const _errs25 = errors;
      if (!validate63(data, { instancePath, parentData, parentDataProperty, rootData })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
      var _valid2 = _errs25 === errors;
      valid9 = _valid2;
    }
    if (!valid9) {
      const err18 = { instancePath, schemaPath: "#/else/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema59.else.if, parentSchema: schema59.else, data };
      if (vErrors === null) {
        vErrors = [err18];
      } else {
        vErrors.push(err18);
      }
      errors++;
    }
    var _valid0 = _errs15 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
  }
  if (!valid0) {
    const err19 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema59.if, parentSchema: schema59, data };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate62.errors = vErrors;
  return errors === 0;
}
function validate61(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (Object.keys(data).length > 1) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        let missing0;
        if (data["Fn::If"] === void 0 && (missing0 = "Fn::If")) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        } else {
          if (data["Fn::If"] !== void 0) {
            let data0 = data["Fn::If"];
            const _errs4 = errors;
            if (errors === _errs4) {
              if (Array.isArray(data0)) {
                if (data0.length > 3) {
                  const err2 = {};
                  if (vErrors === null) {
                    vErrors = [err2];
                  } else {
                    vErrors.push(err2);
                  }
                  errors++;
                } else {
                  if (data0.length < 3) {
                    const err3 = {};
                    if (vErrors === null) {
                      vErrors = [err3];
                    } else {
                      vErrors.push(err3);
                    }
                    errors++;
                  }
                }
              } else {
                const err4 = {};
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
          }
        }
      }
    } else {
      const err5 = {};
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs6 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data["Fn::If"] !== void 0) {
        let data1 = data["Fn::If"];
        if (Array.isArray(data1)) {
          const len0 = data1.length;
          var valid4 = len0 <= 1;
          if (!valid4) {
            for (let i0 = 1; i0 < len0; i0++) {
              let data2 = data1[i0];
              const _errs8 = errors;
              const _errs9 = errors;
              let valid5 = true;
              const _errs10 = errors;
              const _errs11 = errors;
              if (errors === _errs11) {
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                  if (Object.keys(data2).length > 1) {
                    const err6 = {};
                    if (vErrors === null) {
                      vErrors = [err6];
                    } else {
                      vErrors.push(err6);
                    }
                    errors++;
                  } else {
                    let missing1;
                    if (data2.Ref === void 0 && (missing1 = "Ref")) {
                      const err7 = {};
                      if (vErrors === null) {
                        vErrors = [err7];
                      } else {
                        vErrors.push(err7);
                      }
                      errors++;
                    } else {
                      if (data2.Ref !== void 0) {
                        if ("AWS::NoValue" !== data2.Ref) {
                          const err8 = {};
                          if (vErrors === null) {
                            vErrors = [err8];
                          } else {
                            vErrors.push(err8);
                          }
                          errors++;
                        }
                      }
                    }
                  }
                } else {
                  const err9 = {};
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              }
              var _valid1 = _errs10 === errors;
              errors = _errs9;
              if (vErrors !== null) {
                if (_errs9) {
                  vErrors.length = _errs9;
                } else {
                  vErrors = null;
                }
              }
              if (!_valid1) {
                const _errs14 = errors;
                if (!wrapper5.validate(data2, { instancePath: instancePath + "/Fn::If/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
                  vErrors = vErrors === null ? wrapper5.validate.errors : vErrors.concat(wrapper5.validate.errors);
                  errors = vErrors.length;
                }
                var _valid1 = _errs14 === errors;
                valid5 = _valid1;
              }
              if (!valid5) {
                const err10 = { instancePath: instancePath + "/Fn::If/" + i0, schemaPath: "#/then/properties/Fn%3A%3AIf/additionalItems/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema55.then.properties["Fn::If"].additionalItems.if, parentSchema: schema55.then.properties["Fn::If"].additionalItems, data: data2 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
              var valid4 = _errs8 === errors;
            }
          }
        }
      }
    }
    var _valid0 = _errs6 === errors;
    valid0 = _valid0;
    ifClause0 = "then";
  } else {
    const _errs15 = errors;
    const _errs16 = errors;
    let valid9 = true;
    const _errs17 = errors;
    const _errs18 = errors;
    if (errors === _errs18) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (Object.keys(data).length > 1) {
          const err11 = {};
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        } else {
          if (Object.keys(data).length < 1) {
            const err12 = {};
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          } else {
            for (const key0 in data) {
              const _errs20 = errors;
              if (typeof key0 === "string") {
                if (!pattern0.test(key0)) {
                  const err13 = {};
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              }
              var valid11 = _errs20 === errors;
              if (!valid11) {
                const err14 = {};
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
                break;
              }
            }
            if (valid11) {
              if (data.Ref !== void 0) {
                const _errs21 = errors;
                if (typeof data.Ref !== "string") {
                  const err15 = {};
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
                var valid12 = _errs21 === errors;
              } else {
                var valid12 = true;
              }
              if (valid12) {
                if (data.Condition !== void 0) {
                  const _errs23 = errors;
                  if (typeof data.Condition !== "string") {
                    const err16 = {};
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                  var valid12 = _errs23 === errors;
                } else {
                  var valid12 = true;
                }
              }
            }
          }
        }
      } else {
        const err17 = {};
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    var _valid2 = _errs17 === errors;
    errors = _errs16;
    if (vErrors !== null) {
      if (_errs16) {
        vErrors.length = _errs16;
      } else {
        vErrors = null;
      }
    }
    if (!_valid2) {
      const _errs25 = errors;
      const _errs26 = errors;
      let valid13 = true;
      const _errs27 = errors;
      if (!Array.isArray(data)) {
        const err18 = {};
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      var _valid3 = _errs27 === errors;
      errors = _errs26;
      if (vErrors !== null) {
        if (_errs26) {
          vErrors.length = _errs26;
        } else {
          vErrors = null;
        }
      }
      let ifClause1;
      if (_valid3) {
        const _errs29 = errors;
        if (Array.isArray(data)) {
          const len2 = data.length;
          for (let i1 = 0; i1 < len2; i1++) {
            if (!validate62(data[i1], { instancePath: instancePath + "/" + i1, parentData: data, parentDataProperty: i1, rootData })) {
              vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
              errors = vErrors.length;
            }
          }
        }
        var _valid3 = _errs29 === errors;
        valid13 = _valid3;
        ifClause1 = "then";
      } else {
        const _errs31 = errors;
        if (!validate62(data, { instancePath, parentData, parentDataProperty, rootData })) {
          vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
          errors = vErrors.length;
        }
        var _valid3 = _errs31 === errors;
        valid13 = _valid3;
        ifClause1 = "else";
      }
      if (!valid13) {
        const err19 = { instancePath, schemaPath: "#/else/else/if", keyword: "if", params: { failingKeyword: ifClause1 }, message: 'must match "' + ifClause1 + '" schema', schema: schema55.else.else.if, parentSchema: schema55.else.else, data };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      var _valid2 = _errs25 === errors;
      valid9 = _valid2;
    }
    if (!valid9) {
      const err20 = { instancePath, schemaPath: "#/else/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema55.else.if, parentSchema: schema55.else, data };
      if (vErrors === null) {
        vErrors = [err20];
      } else {
        vErrors.push(err20);
      }
      errors++;
    }
    var _valid0 = _errs15 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
  }
  if (!valid0) {
    const err21 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema55.if, parentSchema: schema55, data };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate61.errors = vErrors;
  return errors === 0;
}
function validate58(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Statement === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Statement" }, message: "must have required property 'Statement'", schema: schema54.required, parentSchema: schema54, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "Version" || key0 === "Id" || key0 === "Statement")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema54, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.Version !== void 0) {
      if (!validate13(data.Version, { instancePath: instancePath + "/Version", parentData: data, parentDataProperty: "Version", rootData })) {
        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
        errors = vErrors.length;
      }
    }
    if (data.Id !== void 0) {
      if (!validate15(data.Id, { instancePath: instancePath + "/Id", parentData: data, parentDataProperty: "Id", rootData })) {
        vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
        errors = vErrors.length;
      }
    }
    if (data.Statement !== void 0) {
      if (!validate61(data.Statement, { instancePath: instancePath + "/Statement", parentData: data, parentDataProperty: "Statement", rootData })) {
        vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.type, parentSchema: schema54, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate58.errors = vErrors;
  return errors === 0;
}
function validate57(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (Object.keys(data).length > 1) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        let missing0;
        if (data["Fn::If"] === void 0 && (missing0 = "Fn::If")) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        } else {
          if (data["Fn::If"] !== void 0) {
            let data0 = data["Fn::If"];
            const _errs4 = errors;
            if (errors === _errs4) {
              if (Array.isArray(data0)) {
                if (data0.length > 3) {
                  const err2 = {};
                  if (vErrors === null) {
                    vErrors = [err2];
                  } else {
                    vErrors.push(err2);
                  }
                  errors++;
                } else {
                  if (data0.length < 3) {
                    const err3 = {};
                    if (vErrors === null) {
                      vErrors = [err3];
                    } else {
                      vErrors.push(err3);
                    }
                    errors++;
                  }
                }
              } else {
                const err4 = {};
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
          }
        }
      }
    } else {
      const err5 = {};
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs6 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data["Fn::If"] !== void 0) {
        let data1 = data["Fn::If"];
        if (Array.isArray(data1)) {
          const len0 = data1.length;
          var valid4 = len0 <= 1;
          if (!valid4) {
            for (let i0 = 1; i0 < len0; i0++) {
              let data2 = data1[i0];
              const _errs8 = errors;
              const _errs9 = errors;
              let valid5 = true;
              const _errs10 = errors;
              const _errs11 = errors;
              if (errors === _errs11) {
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                  if (Object.keys(data2).length > 1) {
                    const err6 = {};
                    if (vErrors === null) {
                      vErrors = [err6];
                    } else {
                      vErrors.push(err6);
                    }
                    errors++;
                  } else {
                    let missing1;
                    if (data2.Ref === void 0 && (missing1 = "Ref")) {
                      const err7 = {};
                      if (vErrors === null) {
                        vErrors = [err7];
                      } else {
                        vErrors.push(err7);
                      }
                      errors++;
                    } else {
                      if (data2.Ref !== void 0) {
                        if ("AWS::NoValue" !== data2.Ref) {
                          const err8 = {};
                          if (vErrors === null) {
                            vErrors = [err8];
                          } else {
                            vErrors.push(err8);
                          }
                          errors++;
                        }
                      }
                    }
                  }
                } else {
                  const err9 = {};
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              }
              var _valid1 = _errs10 === errors;
              errors = _errs9;
              if (vErrors !== null) {
                if (_errs9) {
                  vErrors.length = _errs9;
                } else {
                  vErrors = null;
                }
              }
              if (!_valid1) {
                const _errs14 = errors;
                if (!wrapper4.validate(data2, { instancePath: instancePath + "/Fn::If/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
                  vErrors = vErrors === null ? wrapper4.validate.errors : vErrors.concat(wrapper4.validate.errors);
                  errors = vErrors.length;
                }
                var _valid1 = _errs14 === errors;
                valid5 = _valid1;
              }
              if (!valid5) {
                const err10 = { instancePath: instancePath + "/Fn::If/" + i0, schemaPath: "#/then/properties/Fn%3A%3AIf/additionalItems/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema50.then.properties["Fn::If"].additionalItems.if, parentSchema: schema50.then.properties["Fn::If"].additionalItems, data: data2 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
              var valid4 = _errs8 === errors;
            }
          }
        }
      }
    }
    var _valid0 = _errs6 === errors;
    valid0 = _valid0;
    ifClause0 = "then";
  } else {
    const _errs15 = errors;
    const _errs16 = errors;
    let valid9 = true;
    const _errs17 = errors;
    const _errs18 = errors;
    if (errors === _errs18) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (Object.keys(data).length > 1) {
          const err11 = {};
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        } else {
          if (Object.keys(data).length < 1) {
            const err12 = {};
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          } else {
            for (const key0 in data) {
              const _errs20 = errors;
              if (typeof key0 === "string") {
                if (!pattern0.test(key0)) {
                  const err13 = {};
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              }
              var valid11 = _errs20 === errors;
              if (!valid11) {
                const err14 = {};
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
                break;
              }
            }
            if (valid11) {
              if (data.Ref !== void 0) {
                const _errs21 = errors;
                if (typeof data.Ref !== "string") {
                  const err15 = {};
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
                var valid12 = _errs21 === errors;
              } else {
                var valid12 = true;
              }
              if (valid12) {
                if (data.Condition !== void 0) {
                  const _errs23 = errors;
                  if (typeof data.Condition !== "string") {
                    const err16 = {};
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                  var valid12 = _errs23 === errors;
                } else {
                  var valid12 = true;
                }
              }
            }
          }
        }
      } else {
        const err17 = {};
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    var _valid2 = _errs17 === errors;
    errors = _errs16;
    if (vErrors !== null) {
      if (_errs16) {
        vErrors.length = _errs16;
      } else {
        vErrors = null;
      }
    }
    if (!_valid2) {
      const _errs25 = errors;
      if (!validate58(data, { instancePath, parentData, parentDataProperty, rootData })) {
        vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
        errors = vErrors.length;
      }
      var _valid2 = _errs25 === errors;
      valid9 = _valid2;
    }
    if (!valid9) {
      const err18 = { instancePath, schemaPath: "#/else/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema50.else.if, parentSchema: schema50.else, data };
      if (vErrors === null) {
        vErrors = [err18];
      } else {
        vErrors.push(err18);
      }
      errors++;
    }
    var _valid0 = _errs15 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
  }
  if (!valid0) {
    const err19 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema50.if, parentSchema: schema50, data };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate57.errors = vErrors;
  return errors === 0;
}
var resourcePolicy = validate70;
var schema66 = { "description": "Entry point: a resource-based policy (S3 bucket, KMS key, SNS topic, SQS queue, ...). Statements must name a Principal and a Resource. See https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_identity-vs-resource.html", "if": { "$ref": "#/definitions/fnIf" }, "then": { "properties": { "Fn::If": { "items": [true], "additionalItems": { "if": { "$ref": "#/definitions/noValue" }, "then": true, "else": { "$ref": "#/definitions/resourcePolicy" } } } } }, "else": { "if": { "$ref": "#/definitions/intrinsic" }, "then": true, "else": { "$ref": "#/definitions/resourcePolicyObject" } } };
var wrapper7 = { validate: validate70 };
var schema70 = { "description": "policy = { Version?, Id?, Statement }: no other top-level key.", "type": "object", "properties": { "Version": { "$ref": "#/definitions/version" }, "Id": { "$ref": "#/definitions/string" }, "Statement": { "$ref": "#/definitions/resourceStatementList" } }, "required": ["Statement"], "additionalProperties": false };
var schema71 = { "description": "Statement: one statement object or a list of them (the grammar lets a single value drop its brackets).", "if": { "$ref": "#/definitions/fnIf" }, "then": { "properties": { "Fn::If": { "items": [true], "additionalItems": { "if": { "$ref": "#/definitions/noValue" }, "then": true, "else": { "$ref": "#/definitions/resourceStatementList" } } } } }, "else": { "if": { "$ref": "#/definitions/intrinsic" }, "then": true, "else": { "if": { "type": "array" }, "then": { "items": { "$ref": "#/definitions/resourceStatement" } }, "else": { "$ref": "#/definitions/resourceStatement" } } } };
var wrapper8 = { validate: validate74 };
var schema75 = { "description": 'One statement, or a Fn::If choosing between statements (a {"Ref": "AWS::NoValue"} branch drops it).', "if": { "$ref": "#/definitions/fnIf" }, "then": { "properties": { "Fn::If": { "items": [true], "additionalItems": { "if": { "$ref": "#/definitions/noValue" }, "then": true, "else": { "$ref": "#/definitions/resourceStatement" } } } } }, "else": { "if": { "$ref": "#/definitions/intrinsic" }, "then": true, "else": { "$ref": "#/definitions/resourceStatementObject" } } };
var wrapper9 = { validate: validate75 };
function validate76(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!validate20(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
    errors = vErrors.length;
  }
  const _errs3 = errors;
  let valid2 = true;
  const _errs4 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.Principal === void 0 && (missing0 = "Principal")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs4 === errors;
  errors = _errs3;
  if (vErrors !== null) {
    if (_errs3) {
      vErrors.length = _errs3;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.NotPrincipal !== void 0) {
        const err1 = { instancePath: instancePath + "/NotPrincipal", schemaPath: "#/definitions/oneOfPrincipalOrNotPrincipal/then/properties/NotPrincipal/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema65.then.properties.NotPrincipal, data: data.NotPrincipal };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    var _valid0 = _errs5 === errors;
    valid2 = _valid0;
    ifClause0 = "then";
  } else {
    const _errs6 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.NotPrincipal === void 0) {
        const err2 = { instancePath, schemaPath: "#/definitions/oneOfPrincipalOrNotPrincipal/else/required", keyword: "required", params: { missingProperty: "NotPrincipal" }, message: "must have required property 'NotPrincipal'", schema: schema65.else.required, parentSchema: schema65.else, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    var _valid0 = _errs6 === errors;
    valid2 = _valid0;
    ifClause0 = "else";
  }
  if (!valid2) {
    const err3 = { instancePath, schemaPath: "#/definitions/oneOfPrincipalOrNotPrincipal/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema65.if, parentSchema: schema65, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  const _errs9 = errors;
  let valid5 = true;
  const _errs10 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing1;
    if (data.Resource === void 0 && (missing1 = "Resource")) {
      const err4 = {};
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
  }
  var _valid1 = _errs10 === errors;
  errors = _errs9;
  if (vErrors !== null) {
    if (_errs9) {
      vErrors.length = _errs9;
    } else {
      vErrors = null;
    }
  }
  let ifClause1;
  if (_valid1) {
    const _errs11 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.NotResource !== void 0) {
        const err5 = { instancePath: instancePath + "/NotResource", schemaPath: "#/definitions/oneOfResourceOrNotResource/then/properties/NotResource/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema49.then.properties.NotResource, data: data.NotResource };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    var _valid1 = _errs11 === errors;
    valid5 = _valid1;
    ifClause1 = "then";
  } else {
    const _errs12 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.NotResource === void 0) {
        const err6 = { instancePath, schemaPath: "#/definitions/oneOfResourceOrNotResource/else/required", keyword: "required", params: { missingProperty: "NotResource" }, message: "must have required property 'NotResource'", schema: schema49.else.required, parentSchema: schema49.else, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    var _valid1 = _errs12 === errors;
    valid5 = _valid1;
    ifClause1 = "else";
  }
  if (!valid5) {
    const err7 = { instancePath, schemaPath: "#/definitions/oneOfResourceOrNotResource/if", keyword: "if", params: { failingKeyword: ifClause1 }, message: 'must match "' + ifClause1 + '" schema', schema: schema49.if, parentSchema: schema49, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate76.errors = vErrors;
  return errors === 0;
}
function validate75(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (Object.keys(data).length > 1) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        let missing0;
        if (data["Fn::If"] === void 0 && (missing0 = "Fn::If")) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        } else {
          if (data["Fn::If"] !== void 0) {
            let data0 = data["Fn::If"];
            const _errs4 = errors;
            if (errors === _errs4) {
              if (Array.isArray(data0)) {
                if (data0.length > 3) {
                  const err2 = {};
                  if (vErrors === null) {
                    vErrors = [err2];
                  } else {
                    vErrors.push(err2);
                  }
                  errors++;
                } else {
                  if (data0.length < 3) {
                    const err3 = {};
                    if (vErrors === null) {
                      vErrors = [err3];
                    } else {
                      vErrors.push(err3);
                    }
                    errors++;
                  }
                }
              } else {
                const err4 = {};
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
          }
        }
      }
    } else {
      const err5 = {};
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs6 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data["Fn::If"] !== void 0) {
        let data1 = data["Fn::If"];
        if (Array.isArray(data1)) {
          const len0 = data1.length;
          var valid4 = len0 <= 1;
          if (!valid4) {
            for (let i0 = 1; i0 < len0; i0++) {
              let data2 = data1[i0];
              const _errs8 = errors;
              const _errs9 = errors;
              let valid5 = true;
              const _errs10 = errors;
              const _errs11 = errors;
              if (errors === _errs11) {
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                  if (Object.keys(data2).length > 1) {
                    const err6 = {};
                    if (vErrors === null) {
                      vErrors = [err6];
                    } else {
                      vErrors.push(err6);
                    }
                    errors++;
                  } else {
                    let missing1;
                    if (data2.Ref === void 0 && (missing1 = "Ref")) {
                      const err7 = {};
                      if (vErrors === null) {
                        vErrors = [err7];
                      } else {
                        vErrors.push(err7);
                      }
                      errors++;
                    } else {
                      if (data2.Ref !== void 0) {
                        if ("AWS::NoValue" !== data2.Ref) {
                          const err8 = {};
                          if (vErrors === null) {
                            vErrors = [err8];
                          } else {
                            vErrors.push(err8);
                          }
                          errors++;
                        }
                      }
                    }
                  }
                } else {
                  const err9 = {};
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              }
              var _valid1 = _errs10 === errors;
              errors = _errs9;
              if (vErrors !== null) {
                if (_errs9) {
                  vErrors.length = _errs9;
                } else {
                  vErrors = null;
                }
              }
              if (!_valid1) {
                const _errs14 = errors;
                if (!wrapper9.validate(data2, { instancePath: instancePath + "/Fn::If/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
                  vErrors = vErrors === null ? wrapper9.validate.errors : vErrors.concat(wrapper9.validate.errors);
                  errors = vErrors.length;
                }
                var _valid1 = _errs14 === errors;
                valid5 = _valid1;
              }
              if (!valid5) {
                const err10 = { instancePath: instancePath + "/Fn::If/" + i0, schemaPath: "#/then/properties/Fn%3A%3AIf/additionalItems/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema75.then.properties["Fn::If"].additionalItems.if, parentSchema: schema75.then.properties["Fn::If"].additionalItems, data: data2 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
              var valid4 = _errs8 === errors;
            }
          }
        }
      }
    }
    var _valid0 = _errs6 === errors;
    valid0 = _valid0;
    ifClause0 = "then";
  } else {
    const _errs15 = errors;
    const _errs16 = errors;
    let valid9 = true;
    const _errs17 = errors;
    const _errs18 = errors;
    if (errors === _errs18) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (Object.keys(data).length > 1) {
          const err11 = {};
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        } else {
          if (Object.keys(data).length < 1) {
            const err12 = {};
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          } else {
            for (const key0 in data) {
              const _errs20 = errors;
              if (typeof key0 === "string") {
                if (!pattern0.test(key0)) {
                  const err13 = {};
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              }
              var valid11 = _errs20 === errors;
              if (!valid11) {
                const err14 = {};
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
                break;
              }
            }
            if (valid11) {
              if (data.Ref !== void 0) {
                const _errs21 = errors;
                if (typeof data.Ref !== "string") {
                  const err15 = {};
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
                var valid12 = _errs21 === errors;
              } else {
                var valid12 = true;
              }
              if (valid12) {
                if (data.Condition !== void 0) {
                  const _errs23 = errors;
                  if (typeof data.Condition !== "string") {
                    const err16 = {};
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                  var valid12 = _errs23 === errors;
                } else {
                  var valid12 = true;
                }
              }
            }
          }
        }
      } else {
        const err17 = {};
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    var _valid2 = _errs17 === errors;
    errors = _errs16;
    if (vErrors !== null) {
      if (_errs16) {
        vErrors.length = _errs16;
      } else {
        vErrors = null;
      }
    }
    if (!_valid2) {
      const _errs25 = errors;
      if (!validate76(data, { instancePath, parentData, parentDataProperty, rootData })) {
        vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
        errors = vErrors.length;
      }
      var _valid2 = _errs25 === errors;
      valid9 = _valid2;
    }
    if (!valid9) {
      const err18 = { instancePath, schemaPath: "#/else/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema75.else.if, parentSchema: schema75.else, data };
      if (vErrors === null) {
        vErrors = [err18];
      } else {
        vErrors.push(err18);
      }
      errors++;
    }
    var _valid0 = _errs15 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
  }
  if (!valid0) {
    const err19 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema75.if, parentSchema: schema75, data };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate75.errors = vErrors;
  return errors === 0;
}
function validate74(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (Object.keys(data).length > 1) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        let missing0;
        if (data["Fn::If"] === void 0 && (missing0 = "Fn::If")) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        } else {
          if (data["Fn::If"] !== void 0) {
            let data0 = data["Fn::If"];
            const _errs4 = errors;
            if (errors === _errs4) {
              if (Array.isArray(data0)) {
                if (data0.length > 3) {
                  const err2 = {};
                  if (vErrors === null) {
                    vErrors = [err2];
                  } else {
                    vErrors.push(err2);
                  }
                  errors++;
                } else {
                  if (data0.length < 3) {
                    const err3 = {};
                    if (vErrors === null) {
                      vErrors = [err3];
                    } else {
                      vErrors.push(err3);
                    }
                    errors++;
                  }
                }
              } else {
                const err4 = {};
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
          }
        }
      }
    } else {
      const err5 = {};
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs6 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data["Fn::If"] !== void 0) {
        let data1 = data["Fn::If"];
        if (Array.isArray(data1)) {
          const len0 = data1.length;
          var valid4 = len0 <= 1;
          if (!valid4) {
            for (let i0 = 1; i0 < len0; i0++) {
              let data2 = data1[i0];
              const _errs8 = errors;
              const _errs9 = errors;
              let valid5 = true;
              const _errs10 = errors;
              const _errs11 = errors;
              if (errors === _errs11) {
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                  if (Object.keys(data2).length > 1) {
                    const err6 = {};
                    if (vErrors === null) {
                      vErrors = [err6];
                    } else {
                      vErrors.push(err6);
                    }
                    errors++;
                  } else {
                    let missing1;
                    if (data2.Ref === void 0 && (missing1 = "Ref")) {
                      const err7 = {};
                      if (vErrors === null) {
                        vErrors = [err7];
                      } else {
                        vErrors.push(err7);
                      }
                      errors++;
                    } else {
                      if (data2.Ref !== void 0) {
                        if ("AWS::NoValue" !== data2.Ref) {
                          const err8 = {};
                          if (vErrors === null) {
                            vErrors = [err8];
                          } else {
                            vErrors.push(err8);
                          }
                          errors++;
                        }
                      }
                    }
                  }
                } else {
                  const err9 = {};
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              }
              var _valid1 = _errs10 === errors;
              errors = _errs9;
              if (vErrors !== null) {
                if (_errs9) {
                  vErrors.length = _errs9;
                } else {
                  vErrors = null;
                }
              }
              if (!_valid1) {
                const _errs14 = errors;
                if (!wrapper8.validate(data2, { instancePath: instancePath + "/Fn::If/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
                  vErrors = vErrors === null ? wrapper8.validate.errors : vErrors.concat(wrapper8.validate.errors);
                  errors = vErrors.length;
                }
                var _valid1 = _errs14 === errors;
                valid5 = _valid1;
              }
              if (!valid5) {
                const err10 = { instancePath: instancePath + "/Fn::If/" + i0, schemaPath: "#/then/properties/Fn%3A%3AIf/additionalItems/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema71.then.properties["Fn::If"].additionalItems.if, parentSchema: schema71.then.properties["Fn::If"].additionalItems, data: data2 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
              var valid4 = _errs8 === errors;
            }
          }
        }
      }
    }
    var _valid0 = _errs6 === errors;
    valid0 = _valid0;
    ifClause0 = "then";
  } else {
    const _errs15 = errors;
    const _errs16 = errors;
    let valid9 = true;
    const _errs17 = errors;
    const _errs18 = errors;
    if (errors === _errs18) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (Object.keys(data).length > 1) {
          const err11 = {};
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        } else {
          if (Object.keys(data).length < 1) {
            const err12 = {};
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          } else {
            for (const key0 in data) {
              const _errs20 = errors;
              if (typeof key0 === "string") {
                if (!pattern0.test(key0)) {
                  const err13 = {};
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              }
              var valid11 = _errs20 === errors;
              if (!valid11) {
                const err14 = {};
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
                break;
              }
            }
            if (valid11) {
              if (data.Ref !== void 0) {
                const _errs21 = errors;
                if (typeof data.Ref !== "string") {
                  const err15 = {};
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
                var valid12 = _errs21 === errors;
              } else {
                var valid12 = true;
              }
              if (valid12) {
                if (data.Condition !== void 0) {
                  const _errs23 = errors;
                  if (typeof data.Condition !== "string") {
                    const err16 = {};
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                  var valid12 = _errs23 === errors;
                } else {
                  var valid12 = true;
                }
              }
            }
          }
        }
      } else {
        const err17 = {};
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    var _valid2 = _errs17 === errors;
    errors = _errs16;
    if (vErrors !== null) {
      if (_errs16) {
        vErrors.length = _errs16;
      } else {
        vErrors = null;
      }
    }
    if (!_valid2) {
      const _errs25 = errors;
      const _errs26 = errors;
      let valid13 = true;
      const _errs27 = errors;
      if (!Array.isArray(data)) {
        const err18 = {};
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      var _valid3 = _errs27 === errors;
      errors = _errs26;
      if (vErrors !== null) {
        if (_errs26) {
          vErrors.length = _errs26;
        } else {
          vErrors = null;
        }
      }
      let ifClause1;
      if (_valid3) {
        const _errs29 = errors;
        if (Array.isArray(data)) {
          const len2 = data.length;
          for (let i1 = 0; i1 < len2; i1++) {
            if (!validate75(data[i1], { instancePath: instancePath + "/" + i1, parentData: data, parentDataProperty: i1, rootData })) {
              vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
              errors = vErrors.length;
            }
          }
        }
        var _valid3 = _errs29 === errors;
        valid13 = _valid3;
        ifClause1 = "then";
      } else {
        const _errs31 = errors;
        if (!validate75(data, { instancePath, parentData, parentDataProperty, rootData })) {
          vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
          errors = vErrors.length;
        }
        var _valid3 = _errs31 === errors;
        valid13 = _valid3;
        ifClause1 = "else";
      }
      if (!valid13) {
        const err19 = { instancePath, schemaPath: "#/else/else/if", keyword: "if", params: { failingKeyword: ifClause1 }, message: 'must match "' + ifClause1 + '" schema', schema: schema71.else.else.if, parentSchema: schema71.else.else, data };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      var _valid2 = _errs25 === errors;
      valid9 = _valid2;
    }
    if (!valid9) {
      const err20 = { instancePath, schemaPath: "#/else/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema71.else.if, parentSchema: schema71.else, data };
      if (vErrors === null) {
        vErrors = [err20];
      } else {
        vErrors.push(err20);
      }
      errors++;
    }
    var _valid0 = _errs15 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
  }
  if (!valid0) {
    const err21 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema71.if, parentSchema: schema71, data };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate74.errors = vErrors;
  return errors === 0;
}
function validate71(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Statement === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Statement" }, message: "must have required property 'Statement'", schema: schema70.required, parentSchema: schema70, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "Version" || key0 === "Id" || key0 === "Statement")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema70, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.Version !== void 0) {
      if (!validate13(data.Version, { instancePath: instancePath + "/Version", parentData: data, parentDataProperty: "Version", rootData })) {
        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
        errors = vErrors.length;
      }
    }
    if (data.Id !== void 0) {
      if (!validate15(data.Id, { instancePath: instancePath + "/Id", parentData: data, parentDataProperty: "Id", rootData })) {
        vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
        errors = vErrors.length;
      }
    }
    if (data.Statement !== void 0) {
      if (!validate74(data.Statement, { instancePath: instancePath + "/Statement", parentData: data, parentDataProperty: "Statement", rootData })) {
        vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema70.type, parentSchema: schema70, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate71.errors = vErrors;
  return errors === 0;
}
function validate70(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (Object.keys(data).length > 1) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        let missing0;
        if (data["Fn::If"] === void 0 && (missing0 = "Fn::If")) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        } else {
          if (data["Fn::If"] !== void 0) {
            let data0 = data["Fn::If"];
            const _errs4 = errors;
            if (errors === _errs4) {
              if (Array.isArray(data0)) {
                if (data0.length > 3) {
                  const err2 = {};
                  if (vErrors === null) {
                    vErrors = [err2];
                  } else {
                    vErrors.push(err2);
                  }
                  errors++;
                } else {
                  if (data0.length < 3) {
                    const err3 = {};
                    if (vErrors === null) {
                      vErrors = [err3];
                    } else {
                      vErrors.push(err3);
                    }
                    errors++;
                  }
                }
              } else {
                const err4 = {};
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
          }
        }
      }
    } else {
      const err5 = {};
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs6 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data["Fn::If"] !== void 0) {
        let data1 = data["Fn::If"];
        if (Array.isArray(data1)) {
          const len0 = data1.length;
          var valid4 = len0 <= 1;
          if (!valid4) {
            for (let i0 = 1; i0 < len0; i0++) {
              let data2 = data1[i0];
              const _errs8 = errors;
              const _errs9 = errors;
              let valid5 = true;
              const _errs10 = errors;
              const _errs11 = errors;
              if (errors === _errs11) {
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                  if (Object.keys(data2).length > 1) {
                    const err6 = {};
                    if (vErrors === null) {
                      vErrors = [err6];
                    } else {
                      vErrors.push(err6);
                    }
                    errors++;
                  } else {
                    let missing1;
                    if (data2.Ref === void 0 && (missing1 = "Ref")) {
                      const err7 = {};
                      if (vErrors === null) {
                        vErrors = [err7];
                      } else {
                        vErrors.push(err7);
                      }
                      errors++;
                    } else {
                      if (data2.Ref !== void 0) {
                        if ("AWS::NoValue" !== data2.Ref) {
                          const err8 = {};
                          if (vErrors === null) {
                            vErrors = [err8];
                          } else {
                            vErrors.push(err8);
                          }
                          errors++;
                        }
                      }
                    }
                  }
                } else {
                  const err9 = {};
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              }
              var _valid1 = _errs10 === errors;
              errors = _errs9;
              if (vErrors !== null) {
                if (_errs9) {
                  vErrors.length = _errs9;
                } else {
                  vErrors = null;
                }
              }
              if (!_valid1) {
                const _errs14 = errors;
                if (!wrapper7.validate(data2, { instancePath: instancePath + "/Fn::If/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
                  vErrors = vErrors === null ? wrapper7.validate.errors : vErrors.concat(wrapper7.validate.errors);
                  errors = vErrors.length;
                }
                var _valid1 = _errs14 === errors;
                valid5 = _valid1;
              }
              if (!valid5) {
                const err10 = { instancePath: instancePath + "/Fn::If/" + i0, schemaPath: "#/then/properties/Fn%3A%3AIf/additionalItems/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema66.then.properties["Fn::If"].additionalItems.if, parentSchema: schema66.then.properties["Fn::If"].additionalItems, data: data2 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
              var valid4 = _errs8 === errors;
            }
          }
        }
      }
    }
    var _valid0 = _errs6 === errors;
    valid0 = _valid0;
    ifClause0 = "then";
  } else {
    const _errs15 = errors;
    const _errs16 = errors;
    let valid9 = true;
    const _errs17 = errors;
    const _errs18 = errors;
    if (errors === _errs18) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (Object.keys(data).length > 1) {
          const err11 = {};
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        } else {
          if (Object.keys(data).length < 1) {
            const err12 = {};
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          } else {
            for (const key0 in data) {
              const _errs20 = errors;
              if (typeof key0 === "string") {
                if (!pattern0.test(key0)) {
                  const err13 = {};
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              }
              var valid11 = _errs20 === errors;
              if (!valid11) {
                const err14 = {};
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
                break;
              }
            }
            if (valid11) {
              if (data.Ref !== void 0) {
                const _errs21 = errors;
                if (typeof data.Ref !== "string") {
                  const err15 = {};
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
                var valid12 = _errs21 === errors;
              } else {
                var valid12 = true;
              }
              if (valid12) {
                if (data.Condition !== void 0) {
                  const _errs23 = errors;
                  if (typeof data.Condition !== "string") {
                    const err16 = {};
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                  var valid12 = _errs23 === errors;
                } else {
                  var valid12 = true;
                }
              }
            }
          }
        }
      } else {
        const err17 = {};
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    var _valid2 = _errs17 === errors;
    errors = _errs16;
    if (vErrors !== null) {
      if (_errs16) {
        vErrors.length = _errs16;
      } else {
        vErrors = null;
      }
    }
    if (!_valid2) {
      const _errs25 = errors;
      if (!validate71(data, { instancePath, parentData, parentDataProperty, rootData })) {
        vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
        errors = vErrors.length;
      }
      var _valid2 = _errs25 === errors;
      valid9 = _valid2;
    }
    if (!valid9) {
      const err18 = { instancePath, schemaPath: "#/else/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema66.else.if, parentSchema: schema66.else, data };
      if (vErrors === null) {
        vErrors = [err18];
      } else {
        vErrors.push(err18);
      }
      errors++;
    }
    var _valid0 = _errs15 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
  }
  if (!valid0) {
    const err19 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema66.if, parentSchema: schema66, data };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate70.errors = vErrors;
  return errors === 0;
}

// src/util/edit-distance.ts
var rowA = new Int32Array(64);
var rowB = new Int32Array(64);
function boundedEditDistance(a, b, limit) {
  const over = limit + 1;
  if (Math.abs(a.length - b.length) > limit) return over;
  if (a === b) return 0;
  if (rowA.length <= b.length + 1) {
    rowA = new Int32Array(2 * (b.length + 1));
    rowB = new Int32Array(2 * (b.length + 1));
  }
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= b.length; j++) previous[j] = j <= limit ? j : over;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    current[from - 1] = from === 1 && i <= limit ? i : over;
    let rowMin = current[from - 1];
    for (let j = from; j <= to; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost, over);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (to < b.length) current[to + 1] = over;
    if (rowMin > limit) return over;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length], over);
}

// src/iam/intrinsic-shape.ts
function intrinsicName(value) {
  if (!isPlainObject(value)) return void 0;
  const keys = Object.keys(value);
  if (keys.length !== 1) return void 0;
  const key2 = keys[0];
  if (key2 === "Ref" || key2 === "Condition" || key2.startsWith("Fn::") || key2 === UNKNOWN_TAG_KEY) return key2;
  return void 0;
}
function intrinsicKey(value) {
  if (!isPlainObject(value)) return void 0;
  const keys = Object.keys(value);
  if (keys.length !== 1) return void 0;
  const key2 = keys[0];
  if (key2 === "Ref" || key2 === "Condition") return typeof value[key2] === "string" ? key2 : void 0;
  if (key2.startsWith("Fn::") && key2.length > 4 || key2 === UNKNOWN_TAG_KEY) return key2;
  return void 0;
}
function isIntrinsicShape(value) {
  return intrinsicKey(value) !== void 0;
}
function isNoValue(value) {
  return intrinsicKey(value) === "Ref" && value["Ref"] === "AWS::NoValue";
}
function fnIfShape(value) {
  if (intrinsicKey(value) !== "Fn::If") return void 0;
  const args = value["Fn::If"];
  if (!Array.isArray(args) || args.length !== 3) return void 0;
  const condition = args[0];
  return { condition: typeof condition === "string" ? condition : void 0, branches: [args[1], args[2]] };
}

// src/iam/grammar.ts
var MANAGED_POLICY_MAX_LENGTH = 6144;
var ROLE_INLINE_POLICIES_MAX_LENGTH = 10240;
var TRUST_POLICY_MAX_LENGTH = 4096;
var DEFAULT_MAX_LENGTH = {
  identity: MANAGED_POLICY_MAX_LENGTH,
  trust: TRUST_POLICY_MAX_LENGTH,
  resource: null
};
var KIND_NAME = {
  identity: "identity-based policy",
  trust: "role trust policy",
  resource: "resource-based policy"
};
var MAX_DEPTH = 64;
var VALIDATORS = { identity: identityPolicy, trust: trustPolicy, resource: resourcePolicy };
function checkPolicyGrammar(document, kind, options = {}) {
  const shapeProblem = shapeOf(document);
  if (shapeProblem !== void 0) return [shapeProblem];
  const validate = VALIDATORS[kind];
  validate(document);
  const problems = fromAjvErrors(validate.errors ?? [], document, kind);
  problems.push(...duplicateSids(document));
  const limit = options.maxLength === void 0 ? DEFAULT_MAX_LENGTH[kind] : options.maxLength;
  if (limit !== null) {
    const size = measure(document);
    if (size !== void 0 && size.length > limit) {
      const what = options.maxLength === void 0 ? kind === "identity" ? "a managed policy" : `a ${KIND_NAME[kind]}` : "this policy";
      problems.push({
        pointer: "",
        which: "value",
        code: "size",
        variant: String(limit),
        message: `Policy is ${size.exact ? "" : "at least "}${fmt(size.length)} characters long without whitespace; ${what} may have at most ${fmt(limit)}.`
      });
    }
  }
  const sorted = problems.length > 1 ? sortByDocumentOrder(problems, documentOrder(document)) : problems;
  return sorted.map(({ pointer, which, message, code, variant }) => ({ pointer, which, message, code, ...variant !== void 0 ? { variant } : {} }));
}
function policyTextLength(document) {
  return measure(document)?.length;
}
function placeOf(document, pointer) {
  const tokens = splitPointer(pointer);
  let place = settle({ role: "policy", listItem: false }, document);
  let node = document;
  for (let i = 0; i < tokens.length; i++) {
    const token2 = tokens[i];
    if (token2 === "Fn::If" && fnIfShape(node) !== void 0) {
      const branch = tokens[i + 1];
      if (branch !== "1" && branch !== "2") return { role: "other", listItem: false };
      node = fnIfShape(node).branches[Number(branch) - 1];
      place = settle(place, node);
      i++;
      continue;
    }
    const child = childOf(node, token2);
    if (Array.isArray(node)) {
      place = place.role === "element" && place.element === "Statement" ? { role: "statement", listItem: true } : { ...place, listItem: true };
    } else {
      switch (place.role) {
        case "policy":
          place = { role: "element", element: token2, listItem: false };
          break;
        case "statement":
          place = { role: "element", element: token2, listItem: false };
          break;
        case "element":
          if (place.element === "Principal" || place.element === "NotPrincipal") {
            place = { role: "principalType", element: place.element, principalType: token2, listItem: false };
          } else if (place.element === "Condition") {
            place = { role: "conditionOperator", element: "Condition", operator: token2, listItem: false };
          } else {
            place = { role: "other", listItem: false };
          }
          break;
        case "conditionOperator":
          place = { ...place, role: "conditionValue", conditionKey: token2, listItem: false };
          break;
        default:
          place = { role: "other", listItem: false };
      }
    }
    node = child;
    place = settle(place, node);
  }
  return place;
}
function settle(place, node) {
  if (place.role === "element" && place.element === "Statement" && !place.listItem && isPlainObject(node) && !isIntrinsicShape(node)) {
    return { role: "statement", listItem: false };
  }
  return place;
}
function hasOwn(node, key2) {
  return isPlainObject(node) && Object.prototype.hasOwnProperty.call(node, key2);
}
function childOf(node, token2) {
  if (Array.isArray(node)) return node[Number(token2)];
  if (isPlainObject(node) && Object.prototype.hasOwnProperty.call(node, token2)) return node[token2];
  return void 0;
}
var CASCADE_KEYWORDS = /* @__PURE__ */ new Set(["if", "anyOf", "oneOf", "allOf", "not", "propertyNames", "$ref"]);
function fromAjvErrors(errors, document, kind) {
  const problems = [];
  for (const error of errors) {
    if (CASCADE_KEYWORDS.has(error.keyword)) {
      if (error.keyword === "if" || error.keyword === "propertyNames" || hasErrorBelow(errors, error)) continue;
    }
    const problem = toProblem(error, document, kind);
    if (problem !== void 0) problems.push(problem);
  }
  return suppressConsequences(dedupe(problems));
}
function hasErrorBelow(errors, parent) {
  return errors.some(
    (e) => e !== parent && !CASCADE_KEYWORDS.has(e.keyword) && (e.instancePath === parent.instancePath || e.instancePath.startsWith(parent.instancePath + "/"))
  );
}
function toProblem(error, document, kind) {
  const pointer = normalisePointer(error.instancePath);
  const data = error.data;
  switch (error.keyword) {
    case "additionalProperties": {
      const key2 = String(error.params.additionalProperty);
      const allowed = Object.keys(propertiesOf(error.parentSchema)).filter((name) => !hasOwn(data, name));
      const suggestion = suggest(key2, allowed);
      return {
        pointer: joinPointer(pointer, key2),
        which: "key",
        code: "unknown-key",
        message: unknownKeyMessage(placeOf(document, pointer), key2, suggestion),
        parent: pointer,
        suggestion
      };
    }
    case "false schema":
      return prohibitedKey(pointer, kind);
    case "required":
      return missingElement(pointer, String(error.params.missingProperty), kind);
    case "enum": {
      const place = placeOf(document, pointer);
      if (place.element === "Effect") {
        return { pointer, which: "value", code: "effect", message: `\`Effect\` must be \`Allow\` or \`Deny\` (case-sensitive); found ${found(data)}.` };
      }
      if (place.element === "Version") {
        return { pointer, which: "value", code: "version", message: `\`Version\` must be \`2012-10-17\` or \`2008-10-17\`; found ${found(data)}.` };
      }
      return generic(pointer, error);
    }
    case "const": {
      const place = placeOf(document, pointer);
      if (place.role === "element" && (place.element === "Principal" || place.element === "NotPrincipal")) {
        return {
          pointer,
          which: "value",
          code: "principal",
          message: `\`${place.element}\` must be \`"*"\` or an object of principal types such as \`{"AWS": \u2026}\` or \`{"Federated": \u2026}\`; found ${found(data)}.`
        };
      }
      return generic(pointer, error);
    }
    case "pattern": {
      if (error.propertyName !== void 0) {
        return conditionOperatorProblem(joinPointer(pointer, error.propertyName), error.propertyName, String(error.params.pattern));
      }
      const place = placeOf(document, pointer);
      if (place.element === "Sid") {
        return {
          pointer,
          which: "value",
          code: "sid-format",
          message: `In ${article(KIND_NAME[kind])} a \`Sid\` may contain only letters and digits (A-Z, a-z, 0-9); found ${found(data)}.`
        };
      }
      return generic(pointer, error);
    }
    case "type":
      return typeProblem(pointer, placeOf(document, pointer), data);
    default:
      return generic(pointer, error);
  }
}
function normalisePointer(instancePath) {
  return joinPointer("", ...splitPointer(instancePath));
}
function propertiesOf(schema) {
  if (isPlainObject(schema) && isPlainObject(schema["properties"])) return schema["properties"];
  return {};
}
function unknownKeyMessage(place, key2, suggestion) {
  const hint = suggestion === void 0 ? void 0 : `did you mean \`${suggestion}\`?`;
  if (place.role === "policy") {
    return `Policy key \`${key2}\` is not part of the IAM grammar; ${hint ?? "a policy has only `Version`, `Id` and `Statement`."}`;
  }
  if (place.role === "statement") {
    return `Statement key \`${key2}\` is not part of the IAM grammar${hint === void 0 ? "." : `; ${hint}`}`;
  }
  if (place.role === "element" && (place.element === "Principal" || place.element === "NotPrincipal")) {
    return `Principal type \`${key2}\` is not part of the IAM grammar; ${hint ?? "use `AWS`, `Federated`, `Service` or `CanonicalUser`."}`;
  }
  return `Key \`${key2}\` is not part of the IAM grammar${hint === void 0 ? "." : `; ${hint}`}`;
}
var COUNTERPART = {
  NotAction: "Action",
  NotPrincipal: "Principal",
  NotResource: "Resource"
};
function prohibitedKey(pointer, kind) {
  const key2 = splitPointer(pointer).at(-1) ?? "";
  if (kind === "identity" && (key2 === "Principal" || key2 === "NotPrincipal")) {
    return {
      pointer,
      which: "key",
      code: "principal-in-identity",
      message: `Statement has \`${key2}\`, which an identity-based policy cannot have (IAM rejects it: the principal is whoever the policy is attached to).`
    };
  }
  if (kind === "trust" && (key2 === "Resource" || key2 === "NotResource")) {
    return {
      pointer,
      which: "key",
      code: "resource-in-trust",
      message: `Statement has \`${key2}\`, which a role trust policy cannot have (IAM rejects it: the resource is the role itself).`
    };
  }
  const counterpart = COUNTERPART[key2];
  if (counterpart !== void 0) {
    return { pointer, which: "key", code: "exclusive-elements", message: `Statement has both \`${counterpart}\` and \`${key2}\`; use one of them.` };
  }
  return { pointer, which: "key", code: "unknown-key", message: `Key \`${key2}\` is not allowed here.` };
}
function missingElement(pointer, missing2, kind) {
  let message;
  if (missing2 === "Statement") message = "Policy has no `Statement`.";
  else if (missing2 === "Effect") message = "Statement has no `Effect`; it must say `Allow` or `Deny`.";
  else if (missing2 === "NotAction") message = "Statement has neither `Action` nor `NotAction`.";
  else if (COUNTERPART[missing2] !== void 0) {
    message = `Statement has neither \`${COUNTERPART[missing2]}\` nor \`${missing2}\`, which ${article(KIND_NAME[kind])} statement requires.`;
  } else message = `Statement has no \`${missing2}\`.`;
  return { pointer, which: "value", code: "missing-element", variant: missing2, message, parent: pointer, missing: [missing2, COUNTERPART[missing2] ?? missing2] };
}
var STRING_LIST_ELEMENTS = /* @__PURE__ */ new Set(["Action", "NotAction", "Resource", "NotResource"]);
function typeProblem(pointer, place, data) {
  const what = found(data);
  const problem = (message, code = "type") => ({ pointer, which: "value", code, message });
  switch (place.role) {
    case "policy":
      return problem(`A policy document must be an object; found ${what}.`);
    case "statement":
      return problem(`A statement must be an object; found ${what}.`);
    case "principalType":
      return place.listItem ? problem(`Each \`${place.principalType}\` principal must be a string; found ${what}.`) : problem(`\`${place.element}\` \`${place.principalType}\` must be a string or a list of strings; found ${what}.`);
    case "conditionOperator":
      return problem(`Condition operator \`${place.operator}\` must map condition keys to values; found ${what}.`);
    case "conditionValue":
      return place.listItem ? problem(`Each value of condition key \`${place.conditionKey}\` under \`${place.operator}\` must be a string, number or boolean; found ${what}.`, "condition-value") : problem(
        `The value of condition key \`${place.conditionKey}\` under \`${place.operator}\` must be a string, number or boolean, or a list of them; found ${what}.`,
        "condition-value"
      );
    case "element": {
      const element2 = place.element ?? "";
      if (element2 === "Statement") return problem(`\`Statement\` must be a statement object or a list of them; found ${what}.`);
      if (STRING_LIST_ELEMENTS.has(element2)) {
        return place.listItem ? problem(`Each \`${element2}\` entry must be a string; found ${what}.`) : problem(`\`${element2}\` must be a string or a list of strings; found ${what}.`);
      }
      if (element2 === "Principal" || element2 === "NotPrincipal") {
        return problem(`\`${element2}\` must be \`"*"\` or an object of principal types such as \`{"AWS": \u2026}\`; found ${what}.`);
      }
      if (element2 === "Condition") return problem(`\`Condition\` must be an object of condition operators; found ${what}.`);
      return problem(`\`${element2}\` must be a string; found ${what}.`);
    }
    default:
      return problem(`The value at \`${pointer}\` has the wrong type for the IAM grammar; found ${what}.`);
  }
}
function generic(pointer, error) {
  return { pointer, which: "value", code: "type", variant: error.keyword, message: `The value at \`${pointer || "/"}\` does not match the IAM grammar: it ${error.message ?? "is invalid"}.` };
}
function dedupe(problems) {
  const seen = /* @__PURE__ */ new Set();
  return problems.filter((p) => {
    const id = `${p.which}\0${p.code}\0${p.pointer}\0${p.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
function suppressConsequences(problems) {
  const gone = problems.filter((p) => p.which === "key" && (p.code === "principal-in-identity" || p.code === "resource-in-trust" || p.code === "exclusive-elements")).map((p) => p.pointer);
  const misspelt = problems.filter((p) => p.code === "unknown-key" && p.suggestion !== void 0);
  return problems.filter((p) => {
    if (gone.some((g) => p.which === "value" && p.pointer === g || p.pointer.startsWith(g + "/"))) return false;
    if (p.code === "missing-element" && misspelt.some((m) => m.parent === p.parent && p.missing?.includes(m.suggestion))) return false;
    return true;
  });
}
var OPERATOR_BASES = [
  "StringEquals",
  "StringNotEquals",
  "StringEqualsIgnoreCase",
  "StringNotEqualsIgnoreCase",
  "StringLike",
  "StringNotLike",
  "NumericEquals",
  "NumericNotEquals",
  "NumericLessThan",
  "NumericLessThanEquals",
  "NumericGreaterThan",
  "NumericGreaterThanEquals",
  "DateEquals",
  "DateNotEquals",
  "DateLessThan",
  "DateLessThanEquals",
  "DateGreaterThan",
  "DateGreaterThanEquals",
  "Bool",
  "BinaryEquals",
  "IpAddress",
  "NotIpAddress",
  "ArnEquals",
  "ArnNotEquals",
  "ArnLike",
  "ArnNotLike",
  "Null"
];
var operatorNames;
function knownOperators(pattern) {
  if (operatorNames === void 0) {
    const valid = new RegExp(pattern, "u");
    const all = [];
    for (const prefix of ["", "ForAllValues:", "ForAnyValue:"]) {
      for (const base of OPERATOR_BASES) for (const suffix of ["", "IfExists"]) all.push(prefix + base + suffix);
    }
    operatorNames = all.filter((name) => valid.test(name));
  }
  return operatorNames;
}
function conditionOperatorProblem(pointer, operator, pattern) {
  const base = `\`${operator}\` is not an IAM condition operator`;
  let message;
  if (/^(ForAllValues:|ForAnyValue:)?NullIfExists$/.test(operator)) {
    message = `${base}: \`Null\` does not take the \`IfExists\` suffix.`;
  } else {
    const suggestion = suggest(operator, knownOperators(pattern));
    message = suggestion === void 0 ? `${base}.` : `${base}; did you mean \`${suggestion}\`?`;
  }
  return { pointer, which: "key", code: "condition-operator", message };
}
function statementsOf(document) {
  const out = [];
  const branches = (value, pointer, choices, next) => {
    const fnIf = fnIfShape(value);
    if (fnIf === void 0) return false;
    fnIf.branches.forEach((branch, i) => {
      if (!isNoValue(branch)) next(branch, joinPointer(pointer, "Fn::If", i + 1), [...choices, { at: pointer, condition: fnIf.condition, branch: i }]);
    });
    return true;
  };
  const statement = (value, pointer, choices) => {
    if (branches(value, pointer, choices, statement) || isIntrinsicShape(value)) return;
    if (isPlainObject(value)) out.push({ statement: value, pointer, choices });
  };
  const list = (value, pointer, choices) => {
    if (branches(value, pointer, choices, list) || isIntrinsicShape(value)) return;
    if (Array.isArray(value)) value.forEach((item, i) => statement(item, joinPointer(pointer, i), choices));
    else statement(value, pointer, choices);
  };
  const policy = (value, pointer, choices) => {
    if (branches(value, pointer, choices, policy) || isIntrinsicShape(value)) return;
    if (isPlainObject(value) && Object.prototype.hasOwnProperty.call(value, "Statement")) list(value["Statement"], joinPointer(pointer, "Statement"), choices);
  };
  policy(document, "", []);
  return out;
}
function exclusive(a, b) {
  return a.choices.some(
    (x) => b.choices.some((y) => x.branch !== y.branch && (x.at === y.at || x.condition !== void 0 && x.condition === y.condition))
  );
}
function duplicateSids(document) {
  const problems = [];
  const seen = [];
  for (const at of statementsOf(document)) {
    if (!Object.prototype.hasOwnProperty.call(at.statement, "Sid")) continue;
    const sid = at.statement["Sid"];
    if (typeof sid !== "string" || sid === "") continue;
    const first = seen.find((other) => other.statement["Sid"] === sid && !exclusive(other, at));
    if (first !== void 0) {
      problems.push({
        pointer: joinPointer(at.pointer, "Sid"),
        which: "value",
        code: "duplicate-sid",
        message: `\`Sid\` \`${sid}\` is already used by the statement at \`${first.pointer}\`; a Sid must be unique within a policy.`
      });
    }
    seen.push(at);
  }
  return problems;
}
var NotJson = class extends Error {
};
function measure(document) {
  let exact = true;
  const length = (value, depth) => {
    if (depth > MAX_DEPTH) throw new NotJson();
    if (isNoValue(value)) {
      exact = false;
      return null;
    }
    const fnIf = fnIfShape(value);
    if (fnIf !== void 0) {
      exact = false;
      const [a, b] = fnIf.branches.map((branch) => length(branch, depth + 1));
      return a === null || b === null || a === void 0 || b === void 0 ? null : Math.min(a, b);
    }
    if (intrinsicKey(value) !== void 0) {
      exact = false;
      return 0;
    }
    switch (typeof value) {
      case "string":
      case "boolean":
        return JSON.stringify(value).length;
      case "number":
        return (Number.isFinite(value) ? JSON.stringify(value) : "null").length;
      case "object": {
        if (value === null) return 4;
        const parts = [];
        if (Array.isArray(value)) {
          for (const item of value) {
            const n = length(item, depth + 1);
            if (n !== null) parts.push(n);
          }
        } else {
          for (const [key2, item] of Object.entries(value)) {
            const n = length(item, depth + 1);
            if (n !== null) parts.push(JSON.stringify(key2).length + 1 + n);
          }
        }
        return 2 + parts.reduce((sum, n) => sum + n, 0) + Math.max(0, parts.length - 1);
      }
      default:
        throw new NotJson();
    }
  };
  try {
    return { length: length(document, 0) ?? 0, exact };
  } catch (error) {
    if (error instanceof NotJson || error instanceof RangeError) return void 0;
    throw error;
  }
}
function shapeOf(document) {
  const ancestors = /* @__PURE__ */ new Set();
  const path2 = [];
  const visit = (value, depth) => {
    if (typeof value !== "object" || value === null) return void 0;
    if (ancestors.has(value) || depth > MAX_DEPTH) {
      return {
        pointer: joinPointer("", ...path2),
        which: "value",
        code: "type",
        variant: ancestors.has(value) ? "cycle" : "depth",
        message: ancestors.has(value) ? "This value contains itself (a YAML alias loop), which no policy can." : `The policy is nested more than ${MAX_DEPTH} levels deep here.`
      };
    }
    ancestors.add(value);
    const child = (token2, item) => {
      path2.push(token2);
      const problem2 = visit(item, depth + 1);
      path2.pop();
      return problem2;
    };
    let problem;
    if (Array.isArray(value)) value.every((item, i) => (problem = child(i, item)) === void 0);
    else Object.entries(value).every(([key2, item]) => (problem = child(key2, item)) === void 0);
    ancestors.delete(value);
    return problem;
  };
  return visit(document, 0);
}
function documentOrder(document) {
  const order = /* @__PURE__ */ new Map();
  const visit = (value, pointer) => {
    order.set(pointer, order.size);
    if (typeof value !== "object" || value === null) return;
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, joinPointer(pointer, i)));
    else for (const [key2, item] of Object.entries(value)) visit(item, joinPointer(pointer, key2));
  };
  visit(document, "");
  return order;
}
var ELEMENT_ORDER = ["Statement", "Sid", "Effect", "Principal", "Action", "Resource", "Condition"];
function sortByDocumentOrder(problems, order) {
  const rank = (pointer) => {
    let p = pointer;
    while (!order.has(p) && p !== "") p = p.slice(0, p.lastIndexOf("/"));
    return order.get(p) ?? 0;
  };
  const elementRank = (problem) => problem.missing === void 0 ? -1 : ELEMENT_ORDER.indexOf(problem.missing[1] ?? "");
  return problems.map((problem, index2) => ({ problem, index: index2, rank: rank(problem.pointer) })).sort(
    (a, b) => a.rank - b.rank || (a.problem.which === b.problem.which ? 0 : a.problem.which === "key" ? -1 : 1) || elementRank(a.problem) - elementRank(b.problem) || a.index - b.index
  ).map((entry) => entry.problem);
}
function found(value) {
  if (typeof value === "string") {
    if (value === "") return "an empty string";
    return `\`${value.length > 80 ? `${value.slice(0, 77)}\u2026` : value}\``;
  }
  if (typeof value === "number" || typeof value === "boolean") return `\`${String(value)}\``;
  if (value === null) return "`null`";
  if (Array.isArray(value)) return "a list";
  if (isPlainObject(value)) return isIntrinsicShape(value) ? `a \`${intrinsicKey(value)}\` function` : "an object";
  return "nothing";
}
function article(noun) {
  return /^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`;
}
function fmt(n) {
  return n.toLocaleString("en-US");
}
function suggest(word, candidates) {
  const lower = word.toLowerCase();
  const sameCase = candidates.find((c) => c.toLowerCase() === lower);
  if (sameCase !== void 0) return sameCase;
  const limit = Math.min(2, Math.ceil(word.length / 3) - 1);
  let best;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const d = boundedEditDistance(lower, candidate.toLowerCase(), limit);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

// src/dialects/cloudformation/intrinsics.ts
var MAX_DEPTH2 = 64;
var MAX_RESOLVED_NODES = 1e4;
var MAX_RESOLVED_CHARS = 1e6;
var TOO_LARGE = "value too large to resolve";
function overBound(nodes, chars) {
  return nodes > MAX_RESOLVED_NODES || chars > MAX_RESOLVED_CHARS;
}
function bounded(value) {
  const size = resolvedSize(value);
  return overBound(size.nodes, size.chars) ? unknown(TOO_LARGE) : value;
}
var PSEUDO_PARAMETERS = /* @__PURE__ */ new Set([
  "AWS::AccountId",
  "AWS::NotificationARNs",
  "AWS::NoValue",
  "AWS::Partition",
  "AWS::Region",
  "AWS::StackId",
  "AWS::StackName",
  "AWS::URLSuffix"
]);
var Resolver = class {
  constructor(universe) {
    this.universe = universe;
  }
  universe;
  active = /* @__PURE__ */ new Set();
  memo = /* @__PURE__ */ new Map();
  /** Resolve the node at `pointer` of `stack`'s document. */
  resolveAt(stack, pointer, depth = 0) {
    return this.once(`${stack.key}\0${pointer}`, () => {
      const value = valueAtPointer(stack.doc.data, pointer);
      return value === void 0 ? ABSENT : this.resolve(stack, value, depth);
    });
  }
  /**
   * `compute()` once per `key` for the life of the resolver; a key reached again while it is
   * being computed is a cycle. `depth` is passed on through references (not restarted at each),
   * so a chain of thousands of references ends at MAX_DEPTH rather than overflowing the stack.
   */
  once(key2, compute) {
    const cached2 = this.memo.get(key2);
    if (cached2) return cached2;
    if (this.active.has(key2)) return unknown("circular reference");
    this.active.add(key2);
    try {
      const result = compute();
      this.memo.set(key2, result);
      return result;
    } finally {
      this.active.delete(key2);
    }
  }
  /** Resolve a value taken from `stack`'s document. */
  resolve(stack, value, depth = 0) {
    return bounded(this.resolveNode(stack, value, depth));
  }
  resolveNode(stack, value, depth) {
    if (depth > MAX_DEPTH2) return unknown("expression nested too deeply");
    if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
      return known(value);
    }
    if (Array.isArray(value)) {
      return { kind: "list", items: value.map((item) => this.resolve(stack, item, depth + 1)) };
    }
    const fn = intrinsicName(value);
    if (!fn || !isPlainObject(value)) return unknown("an object where a value was expected");
    const arg = own(value, fn);
    switch (fn) {
      case "Ref":
        return typeof arg === "string" ? this.ref(stack, arg, depth) : unknown("Ref with a non-string argument");
      case "Fn::GetAtt":
        return this.getAtt(stack, arg, depth);
      case "Fn::Sub":
        return this.sub(stack, arg, depth);
      case "Fn::Join":
        return this.join(stack, arg, depth);
      case "Fn::If":
        return this.if(stack, arg, depth);
      case "Fn::Select":
        return this.select(stack, arg, depth);
      case "Fn::Split":
        return this.split(stack, arg, depth);
      case "Fn::ImportValue":
        return this.importValue(stack, arg, depth);
      case "Fn::GetStackOutput":
        return this.getStackOutput(stack, arg, depth);
      case "Fn::FindInMap":
        return this.findInMap(stack, arg, depth);
      case UNKNOWN_TAG_KEY:
        return unknown(`unknown YAML tag ${String(arg)}`);
      default:
        return unknown(`${fn} is not evaluated statically`);
    }
  }
  ref(stack, name, depth) {
    if (PSEUDO_PARAMETERS.has(name)) return this.pseudo(stack, name);
    const resource = stack.resources.get(name);
    if (resource) return { kind: "resource", resource };
    if (stack.input.undeployed?.has(name)) return ABSENT;
    const parameter = stack.parameters.get(name);
    if (parameter) return this.once(`${stack.key}\0${parameter.pointer}\0value`, () => this.parameter(stack, name, depth + 1));
    return unknown(`Ref to ${name}, which is not in this template`);
  }
  pseudo(stack, name) {
    const assembly = stack.input.assembly;
    switch (name) {
      case "AWS::NoValue":
        return ABSENT;
      case "AWS::Region":
        return assembly?.region ? known(assembly.region) : unknown("AWS::Region");
      case "AWS::AccountId":
        return assembly?.account ? known(assembly.account) : unknown("AWS::AccountId");
      case "AWS::StackName":
        return assembly ? known(stack.name) : unknown("AWS::StackName");
      case "AWS::Partition": {
        const region = assembly?.region;
        if (!region) return unknown("AWS::Partition");
        return known(region.startsWith("cn-") ? "aws-cn" : region.startsWith("us-gov-") ? "aws-us-gov" : "aws");
      }
      case "AWS::URLSuffix": {
        const region = assembly?.region;
        if (!region) return unknown("AWS::URLSuffix");
        return known(region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com");
      }
      default:
        return unknown(name);
    }
  }
  /**
   * A parameter is certain only when the user gave its value (or the parent stack passes it).
   * Its default is only one alternative: the deployer may pass anything else.
   */
  parameter(stack, name, depth) {
    const given = stack.input.parameterValues.get(name);
    const parameter = stack.parameters.get(name);
    if (parameter.type?.startsWith("AWS::SSM::Parameter::Value<")) return unknown(`parameter ${name} is read from SSM Parameter Store at deploy time`);
    if (given !== void 0) return this.typedParameter(parameter.type, given);
    const parent = this.universe.nestedParent(stack);
    if (parent) {
      const stackResource = parent.stack.resources.get(parent.logicalId);
      if (stackResource) {
        const pointer = joinPointer(stackResource.propertiesPointer, "Parameters", name);
        const passed = this.resolveAt(parent.stack, pointer, depth + 1);
        if (passed.kind !== "absent") return passed;
      }
    }
    const why = `parameter ${name} has no given value`;
    if (!parameter.hasDefault) return unknown(why);
    const fallback = this.resolve(stack, parameter.default, depth + 1);
    const typed = typeof parameter.default === "string" ? this.typedParameter(parameter.type, parameter.default) : fallback;
    return { kind: "anyOf", options: [typed, unknown(why)] };
  }
  typedParameter(type, value) {
    if (type && (type.startsWith("List<") || type === "CommaDelimitedList")) {
      return { kind: "list", items: value === "" ? [] : value.split(",").map((v) => known(v.trim())) };
    }
    return known(value);
  }
  getAtt(stack, arg, depth) {
    let logicalId;
    let attribute;
    if (Array.isArray(arg)) [logicalId, attribute] = arg;
    else if (typeof arg === "string") {
      const dot = arg.indexOf(".");
      [logicalId, attribute] = dot === -1 ? [arg, void 0] : [arg.slice(0, dot), arg.slice(dot + 1)];
    }
    if (typeof attribute !== "string") {
      const resolvedAttribute = attribute === void 0 ? void 0 : knownString(this.resolve(stack, attribute, depth + 1));
      if (resolvedAttribute === void 0) return unknown("Fn::GetAtt with a computed attribute");
      attribute = resolvedAttribute;
    }
    if (typeof logicalId !== "string") return unknown("Fn::GetAtt with a computed resource");
    const resource = stack.resources.get(logicalId);
    if (!resource && stack.input.undeployed?.has(logicalId)) return ABSENT;
    if (!resource) return unknown(`Fn::GetAtt of ${logicalId}, which is not in this template`);
    const attr = attribute;
    if (resource.type === "AWS::CloudFormation::Stack" && attr.startsWith("Outputs.")) {
      const child = this.universe.nestedChild(stack, logicalId);
      if (!child) return unknown(`output ${attr} of nested stack ${logicalId}, whose template was not read`);
      return this.output(child, attr.slice("Outputs.".length), depth);
    }
    return { kind: "resource", resource, attribute: attr };
  }
  output(stack, name, depth) {
    const pointer = stack.outputs.get(name);
    if (!pointer) return unknown(`output ${name} of stack ${stack.name} does not exist`);
    return this.resolveAt(stack, pointer, depth + 1);
  }
  sub(stack, arg, depth) {
    let text = arg;
    let variables = {};
    if (Array.isArray(arg)) {
      text = arg[0];
      if (isPlainObject(arg[1])) variables = arg[1];
    }
    if (typeof text !== "string") return unknown("Fn::Sub with a computed template");
    const parts = [];
    const resolvedVariables = /* @__PURE__ */ new Map();
    let literal2 = "";
    let i = 0;
    while (i < text.length) {
      const start = text.indexOf("${", i);
      if (start === -1) {
        literal2 += text.slice(i);
        break;
      }
      const end = text.indexOf("}", start + 2);
      if (end === -1) {
        literal2 += text.slice(i);
        break;
      }
      literal2 += text.slice(i, start);
      const name = text.slice(start + 2, end);
      i = end + 1;
      if (name.startsWith("!")) {
        literal2 += "${" + name.slice(1) + "}";
        continue;
      }
      if (literal2) parts.push(known(literal2));
      literal2 = "";
      const variable = name.trim();
      let part = resolvedVariables.get(variable);
      if (!part) {
        part = this.subVariable(stack, variable, variables, depth);
        resolvedVariables.set(variable, part);
      }
      parts.push(part);
    }
    if (literal2) parts.push(known(literal2));
    return concat(parts);
  }
  subVariable(stack, name, variables, depth) {
    if (Object.prototype.hasOwnProperty.call(variables, name)) return this.resolve(stack, variables[name], depth + 1);
    if (PSEUDO_PARAMETERS.has(name)) return this.pseudo(stack, name);
    if (stack.resources.has(name) || stack.parameters.has(name) || stack.input.undeployed?.has(name)) return this.ref(stack, name, depth);
    const dot = name.indexOf(".");
    const owner = name.slice(0, dot);
    if (dot > 0 && (stack.resources.has(owner) || stack.input.undeployed?.has(owner))) return this.getAtt(stack, name, depth);
    return unknown(`\${${name}} in Fn::Sub names nothing in this template`);
  }
  join(stack, arg, depth) {
    if (!Array.isArray(arg) || arg.length !== 2) return unknown("malformed Fn::Join");
    const delimiter = knownString(this.resolve(stack, arg[0], depth + 1));
    if (delimiter === void 0) return unknown("Fn::Join with a computed delimiter");
    const list = this.resolve(stack, arg[1], depth + 1);
    if (list.kind === "unknown" && list.reason === TOO_LARGE) return list;
    if (list.kind !== "list") return unknown("Fn::Join of a list that is not known");
    const parts = [];
    list.items.forEach((item, index2) => {
      if (index2 > 0 && delimiter) parts.push(known(delimiter));
      parts.push(item);
    });
    return concat(parts);
  }
  if(stack, arg, depth) {
    if (!Array.isArray(arg) || arg.length !== 3) return unknown("malformed Fn::If");
    return { kind: "anyOf", options: [this.resolve(stack, arg[1], depth + 1), this.resolve(stack, arg[2], depth + 1)] };
  }
  select(stack, arg, depth) {
    if (!Array.isArray(arg) || arg.length !== 2) return unknown("malformed Fn::Select");
    const index2 = Number(knownString(this.resolve(stack, arg[0], depth + 1)));
    const list = this.resolve(stack, arg[1], depth + 1);
    if (!Number.isInteger(index2) || list.kind !== "list") return unknown("Fn::Select of a value that is not known");
    return list.items[index2] ?? unknown("Fn::Select index out of range");
  }
  split(stack, arg, depth) {
    if (!Array.isArray(arg) || arg.length !== 2) return unknown("malformed Fn::Split");
    const delimiter = knownString(this.resolve(stack, arg[0], depth + 1));
    const source = knownString(this.resolve(stack, arg[1], depth + 1));
    if (delimiter === void 0 || source === void 0 || delimiter === "") return unknown("Fn::Split of a value that is not known");
    if (occurrences(source, delimiter, MAX_RESOLVED_NODES) >= MAX_RESOLVED_NODES) return unknown(TOO_LARGE);
    return { kind: "list", items: source.split(delimiter).map(known) };
  }
  importValue(stack, arg, depth) {
    const name = knownString(this.resolve(stack, arg, depth + 1));
    if (name === void 0) return unknown("Fn::ImportValue of a computed export name");
    const exporters = this.universe.exporters(stack, name);
    if (exporters.length === 0) return unknown(`Fn::ImportValue ${name}: no stack in this run exports it`);
    if (exporters.length > 1) {
      return { kind: "anyOf", options: exporters.map((e) => this.resolveAt(e.stack, e.valuePointer, depth + 1)) };
    }
    const only = exporters[0];
    return this.resolveAt(only.stack, only.valuePointer, depth + 1);
  }
  getStackOutput(stack, arg, depth) {
    if (!isPlainObject(arg)) return unknown("malformed Fn::GetStackOutput");
    const stackName = knownString(this.resolve(stack, own(arg, "StackName"), depth + 1));
    const outputName = knownString(this.resolve(stack, own(arg, "OutputName"), depth + 1));
    const regionValue = own(arg, "Region");
    const region = regionValue === void 0 ? void 0 : knownString(this.resolve(stack, regionValue, depth + 1));
    if (stackName === void 0 || outputName === void 0) return unknown("Fn::GetStackOutput with computed names");
    const producer = this.universe.stackByName(stack, stackName, region);
    if (!producer) return unknown(`Fn::GetStackOutput: stack ${stackName} is not in this run`);
    return this.output(producer, outputName, depth);
  }
  findInMap(stack, arg, depth) {
    if (!Array.isArray(arg) || arg.length < 3) return unknown("malformed Fn::FindInMap");
    const keys = arg.slice(0, 3).map((k) => knownString(this.resolve(stack, k, depth + 1)));
    const [map, top, second] = keys;
    if (map === void 0) return unknown("Fn::FindInMap with a computed map name");
    if (top !== void 0 && second !== void 0) {
      const pointer = joinPointer("/Mappings", map, top, second);
      if (valueAtPointer(stack.doc.data, pointer) === void 0) return unknown(`Fn::FindInMap: ${keys.join("/")} is not in Mappings`);
      return this.resolveAt(stack, pointer, depth + 1);
    }
    const pointers = this.mapEntries(stack, map, top, second);
    if (pointers.length === 0 || pointers.length > MAX_MAP_ALTERNATIVES) return unknown("Fn::FindInMap with computed keys");
    const options = pointers.map((pointer) => this.resolveAt(stack, pointer, depth + 1));
    return options.length === 1 ? options[0] : { kind: "anyOf", options };
  }
  /** Pointers of the values of `map` at (`top`, `second`), where an undefined key stands for every key at its level. */
  mapEntries(stack, map, top, second) {
    const mapNode = valueAtPointer(stack.doc.data, joinPointer("/Mappings", map));
    if (!isPlainObject(mapNode)) return [];
    const out = [];
    for (const topKey of top === void 0 ? Object.keys(mapNode) : [top]) {
      const level = own(mapNode, topKey);
      if (!isPlainObject(level)) continue;
      for (const secondKey of second === void 0 ? Object.keys(level) : [second]) {
        if (Object.prototype.hasOwnProperty.call(level, secondKey)) out.push(joinPointer("/Mappings", map, topKey, secondKey));
      }
    }
    return out;
  }
};
var MAX_MAP_ALTERNATIVES = 64;
function occurrences(text, needle, limit) {
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1 && count < limit; at = text.indexOf(needle, at + needle.length)) count++;
  return count;
}
function concat(parts) {
  const { nodes, chars } = resolvedSize({ kind: "concat", parts });
  if (overBound(nodes, chars)) return unknown(TOO_LARGE);
  const merged = [];
  const add = (part) => {
    if (part.kind === "concat") {
      part.parts.forEach(add);
      return;
    }
    const last = merged[merged.length - 1];
    if (part.kind === "known" && last?.kind === "known") {
      merged[merged.length - 1] = known(String(last.value ?? "") + String(part.value ?? ""));
    } else {
      merged.push(part);
    }
  };
  parts.forEach(add);
  if (merged.length === 0) return known("");
  if (merged.length === 1) return merged[0];
  return { kind: "concat", parts: merged };
}

// src/iam/document.ts
var plainResolver = (value) => plainValue(value);
function plainValue(value) {
  if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean") return known(value);
  if (Array.isArray(value)) return { kind: "list", items: value.map(plainValue) };
  return unknown("an object where a value was expected");
}
function structuralAlternatives(value, pointer, depth = 0) {
  if (depth > 16) return [];
  if (intrinsicName(value) === "Fn::If" && isPlainObject(value)) {
    const arg = own(value, "Fn::If");
    if (!Array.isArray(arg) || arg.length !== 3) return [];
    const out = [];
    for (const branch of [1, 2]) {
      const branchValue = arg[branch];
      if (isPlainObject(branchValue) && own(branchValue, "Ref") === "AWS::NoValue") continue;
      out.push(...structuralAlternatives(branchValue, joinPointer(pointer, "Fn::If", branch), depth + 1));
    }
    return out;
  }
  return [{ value, pointer }];
}
function parseOperator(raw) {
  let rest = raw;
  let set;
  const colon = rest.indexOf(":");
  if (colon !== -1) {
    const prefix = rest.slice(0, colon);
    if (prefix === "ForAllValues" || prefix === "ForAnyValue") set = prefix;
    rest = rest.slice(colon + 1);
  }
  const ifExists = rest.endsWith("IfExists");
  if (ifExists) rest = rest.slice(0, -"IfExists".length);
  return { raw, base: rest, set, ifExists };
}
function normalisePolicy(raw, options) {
  const statements = [];
  const document = {
    kind: options.kind,
    source: options.source,
    raw,
    name: options.name,
    version: ABSENT,
    statements,
    ...options.asWritten ? { asWritten: options.asWritten } : {}
  };
  const alternatives2 = structuralAlternatives(raw, options.source.pointer);
  let version = ABSENT;
  for (const alternative of alternatives2) {
    if (!isPlainObject(alternative.value)) continue;
    const docRef = { doc: options.source.doc, pointer: alternative.pointer };
    if (Object.prototype.hasOwnProperty.call(alternative.value, "Version")) {
      version = options.resolve(own(alternative.value, "Version"), joinPointer(alternative.pointer, "Version"));
    }
    const statementNode = own(alternative.value, "Statement");
    for (const list of structuralAlternatives(statementNode, joinPointer(alternative.pointer, "Statement"))) {
      const items = Array.isArray(list.value) ? list.value.map((value, index2) => ({ value, pointer: joinPointer(list.pointer, index2) })) : [list];
      for (const item of items) {
        for (const statement of structuralAlternatives(item.value, item.pointer)) {
          if (!isPlainObject(statement.value)) continue;
          statements.push(normaliseStatement(document, statement.value, childRefAt(docRef, statement.pointer), options.resolve));
        }
      }
    }
  }
  document.version = version;
  return document;
}
function childRefAt(ref2, pointer) {
  return { doc: ref2.doc, pointer };
}
function normaliseStatement(document, node, source, resolve) {
  const effectValue = own(node, "Effect");
  const sid = own(node, "Sid");
  const conditionNode = own(node, "Condition");
  const conditions = [];
  let conditionSource;
  if (conditionNode !== void 0) {
    conditionSource = childRef(source, "Condition");
    for (const block of structuralAlternatives(conditionNode, conditionSource.pointer)) {
      if (!isPlainObject(block.value)) continue;
      for (const [operator, keys] of Object.entries(block.value)) {
        const operatorSource = { doc: source.doc, pointer: joinPointer(block.pointer, operator) };
        for (const keysAlt of structuralAlternatives(keys, operatorSource.pointer)) {
          if (!isPlainObject(keysAlt.value)) continue;
          for (const [key2, value] of Object.entries(keysAlt.value)) {
            const keySource = { doc: source.doc, pointer: joinPointer(keysAlt.pointer, key2) };
            conditions.push({
              operator: parseOperator(operator),
              key: key2,
              keyLower: key2.toLowerCase(),
              values: elementValues(value, keySource, resolve),
              source: keySource,
              operatorSource
            });
          }
        }
      }
    }
  }
  return {
    document,
    source,
    sid: typeof sid === "string" ? sid : void 0,
    effect: effectValue === "Allow" || effectValue === "Deny" ? effectValue : void 0,
    principal: principalSpec(own(node, "Principal"), childRef(source, "Principal"), resolve),
    notPrincipal: principalSpec(own(node, "NotPrincipal"), childRef(source, "NotPrincipal"), resolve),
    action: element(node, "Action", source, resolve),
    notAction: element(node, "NotAction", source, resolve),
    resource: element(node, "Resource", source, resolve),
    notResource: element(node, "NotResource", source, resolve),
    conditions,
    conditionSource
  };
}
function element(node, key2, statement, resolve) {
  if (!Object.prototype.hasOwnProperty.call(node, key2)) return void 0;
  const source = childRef(statement, key2);
  return { source, values: elementValues(node[key2], source, resolve) };
}
function elementValues(value, source, resolve) {
  if (Array.isArray(value)) {
    return value.flatMap((item, index2) => elementValues(item, childRef(source, index2), resolve));
  }
  const resolved = resolve(value, source.pointer);
  if (resolved.kind === "list") return resolved.items.map((item) => ({ value: item, source }));
  if (resolved.kind === "absent") return [];
  return [{ value: resolved, source }];
}
function principalSpec(value, source, resolve) {
  if (value === void 0) return void 0;
  const entries = [];
  for (const alt of structuralAlternatives(value, source.pointer)) {
    const altSource = { doc: source.doc, pointer: alt.pointer };
    if (isPlainObject(alt.value) && intrinsicName(alt.value) === void 0) {
      for (const [type, principals] of Object.entries(alt.value)) {
        for (const v of elementValues(principals, childRef(altSource, type), resolve)) entries.push({ type, value: v });
      }
    } else {
      for (const v of elementValues(alt.value, altSource, resolve)) entries.push({ type: "*", value: v });
    }
  }
  return { source, entries };
}

// src/iam/encoded.ts
function policyNode(raw, source) {
  if (typeof raw !== "string") return { data: raw, source };
  const decoded = decodePolicyString(raw);
  if (decoded === void 0) return { data: raw, source };
  return { data: decoded, source: { doc: pinnedDocument(source.doc, source.pointer, decoded), pointer: "" } };
}
function decodePolicyString(text) {
  const attempts = [text];
  try {
    attempts.push(decodeURIComponent(text));
  } catch {
  }
  for (const attempt of attempts) {
    try {
      return JSON.parse(attempt);
    } catch {
    }
  }
  return void 0;
}
function pinnedDocument(doc, pointer, data) {
  let range2;
  return {
    file: doc.file,
    format: doc.format,
    data,
    syntaxErrors: [],
    duplicateKeys: [],
    unknownTags: [],
    size: 0,
    text: doc.text,
    embeddedIn: { doc, pointer },
    locate: () => range2 ??= doc.locate(pointer)
  };
}

// src/dialects/cloudformation/policy-text.ts
var TEXT_PART_KEY = "Fn::cognito-iam-lint::TextPart";
var MAX_DEPTH3 = 16;
function readTemplatePolicy(raw, source, resolve, name) {
  const reading = { source, resolve, parts: [], regions: [], notes: [], name };
  const data = convert(raw, "", reading, 0);
  if (data === raw) return { data: raw, source, resolve, asWritten: void 0, notes: reading.notes };
  const parts = reading.parts;
  return {
    data,
    source: { doc: textView(source, data, reading.regions), pointer: "" },
    resolve: (value, pointer) => {
      const index2 = textPartIndex(value);
      return index2 !== void 0 ? parts[index2] ?? unknown("policy text part") : resolve(value, pointer);
    },
    asWritten: { value: raw, source },
    notes: reading.notes
  };
}
function textPartIndex(value) {
  if (!isPlainObject(value) || intrinsicName(value) !== TEXT_PART_KEY) return void 0;
  const index2 = own(value, TEXT_PART_KEY);
  return typeof index2 === "number" ? index2 : void 0;
}
function convert(node, pointer, reading, depth) {
  if (depth > MAX_DEPTH3) return node;
  const at = { doc: reading.source.doc, pointer: reading.source.pointer + pointer };
  if (typeof node === "string") return literalText(node, pointer, at, reading);
  const fn = intrinsicName(node);
  if (fn === void 0 || !isPlainObject(node)) return node;
  if (fn === "Fn::If") {
    const args = own(node, "Fn::If");
    if (!Array.isArray(args) || args.length !== 3) return node;
    const branches = [1, 2].map((i) => convert(args[i], joinPointer(pointer, "Fn::If", i), reading, depth + 1));
    if (branches[0] === args[1] && branches[1] === args[2]) return node;
    return { "Fn::If": [args[0], branches[0], branches[1]] };
  }
  if (fn === "Ref" && own(node, "Ref") === "AWS::NoValue") return node;
  const value = reading.resolve(node, at.pointer);
  const options = alternatives(value);
  const texts = options.filter(isText);
  if (texts.length === 0) {
    if (options.some((o) => o.kind === "unknown")) {
      reading.notes.push({ message: `The document of ${reading.name} is not statically known (${reasonOf(options)}), so no rule judged it.`, at });
    }
    return node;
  }
  if (texts.length < options.length) {
    reading.notes.push({ message: `Some values of the document of ${reading.name} are not statically known (${reasonOf(options)}); only its JSON text alternatives were judged.`, at });
  }
  reading.regions.push({ pointer, mapping: void 0 });
  const documents2 = texts.map((text) => assembledText(text, at, reading));
  return documents2.reduceRight((rest, doc) => rest === void 0 ? doc : { "Fn::If": ["(alternative)", doc, rest] }, void 0);
}
function isText(value) {
  return value.kind === "known" && typeof value.value === "string" || value.kind === "concat";
}
function reasonOf(options) {
  const reasons = options.flatMap((o) => o.kind === "unknown" ? [o.reason] : []);
  return [...new Set(reasons)].join("; ") || "not text";
}
function literalText(text, pointer, at, reading) {
  const decoded = decodePolicyString(text);
  if (decoded === void 0) return text;
  reading.regions.push({ pointer, mapping: literalMapping(text, at) });
  return decoded;
}
var OPEN = "\uE000";
var CLOSE = "\uE001";
var PLACEHOLDER = /\uE000(\d+)\uE001/g;
function assembledText(value, at, reading) {
  const holes = [];
  let text = "";
  for (const part of value.kind === "concat" ? value.parts : [value]) {
    if (part.kind === "known" && part.value !== null) {
      text += String(part.value).replace(/[\uE000\uE001]/g, "\uFFFD");
    } else {
      text += `${OPEN}${holes.length}${CLOSE}`;
      holes.push(part);
    }
  }
  const unknownDocument = (why) => {
    reading.notes.push({ message: `The JSON text of ${reading.name} ${why}, so no rule judged it.`, at });
    return marker(reading, unknown(`the JSON text of ${reading.name} ${why}`));
  };
  const { text: quoted, spliced } = quoteSplicedHoles(text);
  let parsed2;
  try {
    parsed2 = JSON.parse(quoted);
  } catch {
    if (holes.length === 0) return text;
    return unknownDocument(`does not read as JSON once its parts that are not statically known (${holes.map(describePart).join(", ")}) are filled in`);
  }
  const data = withMarkers(parsed2, holes, reading, 0);
  const structural = splicedIntoStructure(data, new Set(spliced.map((i) => holes[i])), reading);
  if (structural !== void 0) return unknownDocument(`splices ${describePart(structural)} in where statements or conditions go`);
  for (const index2 of new Set(spliced)) {
    reading.notes.push({
      message: `In the JSON text of ${reading.name}, ${describePart(holes[index2])} is spliced in as a whole JSON value; the rest of the document is judged without it.`,
      at
    });
  }
  return data;
}
function describePart(value) {
  const text = describe(value);
  return value.kind === "unknown" && text === "<?>" ? `a value that is not statically known (${value.reason})` : `\`${text}\``;
}
function marker(reading, value) {
  reading.parts.push(value);
  return { [TEXT_PART_KEY]: reading.parts.length - 1 };
}
function quoteSplicedHoles(text) {
  let out = "";
  const spliced = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      out += ch;
      if (ch === "\\") {
        out += text[i + 1] ?? "";
        i++;
      } else if (ch === '"') inString = false;
    } else if (ch === OPEN) {
      const end = text.indexOf(CLOSE, i);
      const token2 = text.slice(i, end + 1);
      out += `"${token2}"`;
      spliced.push(Number(token2.slice(1, -1)));
      i = end;
    } else {
      if (ch === '"') inString = true;
      out += ch;
    }
  }
  return { text: out, spliced };
}
function withMarkers(node, holes, reading, depth) {
  if (typeof node === "string") {
    if (!node.includes(OPEN)) return node;
    const parts = [];
    let last = 0;
    for (const match2 of node.matchAll(PLACEHOLDER)) {
      if (match2.index > last) parts.push(known(node.slice(last, match2.index)));
      parts.push(holes[Number(match2[1])] ?? unknown("policy text part"));
      last = match2.index + match2[0].length;
    }
    if (last < node.length) parts.push(known(node.slice(last)));
    return marker(reading, concat(parts));
  }
  if (depth > 64 || node === null || typeof node !== "object") return node;
  if (Array.isArray(node)) return node.map((item) => withMarkers(item, holes, reading, depth + 1));
  const out = {};
  for (const [key2, value] of Object.entries(node)) {
    const k = key2.replace(PLACEHOLDER, HOLE);
    Object.defineProperty(out, k, { value: withMarkers(value, holes, reading, depth + 1), writable: true, enumerable: true, configurable: true });
  }
  return out;
}
function splicedIntoStructure(data, spliced, reading) {
  if (spliced.size === 0) return void 0;
  const isSpliced = (node) => {
    const index2 = textPartIndex(node);
    const value = index2 === void 0 ? void 0 : reading.parts[index2];
    return value !== void 0 && spliced.has(value) ? value : void 0;
  };
  if (isSpliced(data)) return isSpliced(data);
  if (!isPlainObject(data)) return void 0;
  const statementNode = own(data, "Statement");
  if (isSpliced(statementNode)) return isSpliced(statementNode);
  const statements = Array.isArray(statementNode) ? statementNode : [statementNode];
  for (const statement of statements) {
    if (isSpliced(statement)) return isSpliced(statement);
    if (!isPlainObject(statement)) continue;
    const condition = own(statement, "Condition");
    if (isSpliced(condition)) return isSpliced(condition);
    if (!isPlainObject(condition)) continue;
    for (const block of Object.values(condition)) if (isSpliced(block)) return isSpliced(block);
  }
  return void 0;
}
function literalMapping(text, at) {
  const inner = parseJson(at.doc.file, text);
  if (inner.syntaxErrors.length > 0) return void 0;
  const fileLines = at.doc.text.split(/\r\n|\r|\n/);
  const start = at.doc.locate(at.pointer).start;
  const textLines = text.split("\n");
  if (textLines.length === 1) {
    const line = fileLines[start.line - 1] ?? "";
    for (const offset of [start.column - 1, start.column]) {
      if (line.startsWith(text, offset)) return { inner, lines: [{ line: start.line, columnOffset: offset }] };
    }
    return void 0;
  }
  const lines = blockLines(textLines, fileLines, start.line);
  return lines ? { inner, lines } : void 0;
}
function blockLines(textLines, fileLines, first) {
  const firstLine = fileLines[first];
  if (firstLine === void 0) return void 0;
  const indent = firstLine.length - firstLine.trimStart().length;
  const lines = [];
  for (let i = 0; i < textLines.length; i++) {
    const want = textLines[i];
    const have = fileLines[first + i];
    if (want === "" && i === textLines.length - 1) break;
    if (want === "" && have !== void 0 && have.trim() === "") {
      lines.push({ line: first + i + 1, columnOffset: indent });
      continue;
    }
    if (have === void 0 || have.slice(0, indent).trim() !== "" || have.slice(indent) !== want) return void 0;
    lines.push({ line: first + i + 1, columnOffset: indent });
  }
  return lines;
}
function textView(source, data, regions) {
  const outer = source.doc;
  const regionOf = (pointer) => {
    let best;
    for (const region of regions) {
      const inside = pointer === region.pointer || pointer.startsWith(region.pointer + "/");
      if (inside && (!best || region.pointer.length > best.pointer.length)) best = region;
    }
    return best;
  };
  return {
    file: outer.file,
    format: outer.format,
    data,
    syntaxErrors: [],
    duplicateKeys: [],
    unknownTags: [],
    size: 0,
    text: outer.text,
    embeddedIn: { doc: outer, pointer: source.pointer },
    locate: (pointer, which) => {
      const region = regionOf(pointer);
      if (!region) return outer.locate(source.pointer + pointer, which);
      const whole = outer.locate(source.pointer + region.pointer);
      if (!region.mapping) return whole;
      const innerPointer = pointer.slice(region.pointer.length);
      if (splitPointer(innerPointer).some((t) => t.includes(HOLE))) return whole;
      const range2 = region.mapping.inner.locate(innerPointer, which);
      const map = (p) => {
        const line = region.mapping.lines[p.line - 1];
        return line ? { line: line.line, column: line.columnOffset + p.column } : void 0;
      };
      const startAt = map(range2.start);
      const endAt = map(range2.end);
      return startAt && endAt ? { start: startAt, end: endAt } : whole;
    }
  };
}

// src/dialects/iam-json/raw-iam.ts
function readRawIam(documents2, parts) {
  for (const doc of documents2) {
    const data = doc.data;
    if (!isPlainObject(data)) continue;
    const reader = new RawReader(doc, parts);
    if (Array.isArray(own(data, "RoleDetailList")) || Array.isArray(own(data, "Policies")) || Array.isArray(own(data, "UserDetailList"))) {
      reader.authorizationDetails(data);
    } else if (isPlainObject(own(data, "Role"))) {
      reader.role(own(data, "Role"), "/Role");
    } else if (isPlainObject(own(data, "PolicyVersion"))) {
      reader.standalone(own(own(data, "PolicyVersion"), "Document"), "/PolicyVersion/Document", baseName(doc.file), "managed");
    } else if (Object.prototype.hasOwnProperty.call(data, "PolicyDocument")) {
      reader.rolePolicy(data);
    } else if (Object.prototype.hasOwnProperty.call(data, "Statement")) {
      reader.bare(data);
    }
  }
}
function baseName(file2) {
  const name = file2.slice(file2.lastIndexOf("/") + 1);
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(0, dot) : name;
}
var RawReader = class {
  constructor(doc, parts) {
    this.doc = doc;
    this.parts = parts;
  }
  doc;
  parts;
  entity(name, type, pointer) {
    const resource = { logicalId: name, type, stack: this.doc.file };
    const list = this.parts.rawEntities.get(this.doc) ?? [];
    list.push({ pointer, resource });
    this.parts.rawEntities.set(this.doc, list);
    return { name, source: { doc: this.doc, pointer }, resource };
  }
  /** A policy document node that may be an object or a URL-encoded JSON string. */
  document(raw, pointer, kind, name) {
    const { data, source } = policyNode(raw, { doc: this.doc, pointer });
    if (source.doc !== this.doc) this.parts.rawEntities.set(source.doc, []);
    if (!isPlainObject(data)) return void 0;
    return normalisePolicy(data, { kind, name, source, resolve: plainResolver });
  }
  record(owner, policyType, document, roles) {
    if (!document) return void 0;
    if (document.source.doc !== this.doc) this.parts.rawEntities.get(document.source.doc).push({ pointer: "", resource: owner.resource });
    const record = { document, owner, policyType, roles };
    this.parts.policies.push(record);
    return record;
  }
  /** A role; `trustAt` overrides where the trust policy is (a bare trust policy file is the document itself). */
  role(node, pointer, trustAt) {
    const roleName = typeof node.RoleName === "string" ? node.RoleName : baseName(this.doc.file);
    const entity = this.entity(roleName, "IAM::Role", pointer);
    const role = {
      ...entity,
      kind: "role",
      trust: void 0,
      policies: [],
      managedPolicyArns: [],
      roleName,
      arn: typeof node.Arn === "string" ? node.Arn : void 0
    };
    const trustRaw = trustAt ? trustAt.raw : own(node, "AssumeRolePolicyDocument");
    const trustPointer = trustAt ? trustAt.pointer : joinPointer(pointer, "AssumeRolePolicyDocument");
    const trust = this.document(trustRaw, trustPointer, "trust", `${roleName} trust policy`);
    if (trust) {
      role.trust = trust;
      this.record(entity, "trust", trust, [role]);
    }
    const inline = own(node, "RolePolicyList");
    if (Array.isArray(inline)) {
      inline.forEach((p, i) => {
        if (!isPlainObject(p)) return;
        const name = typeof p.PolicyName === "string" ? p.PolicyName : `${roleName} inline policy ${i + 1}`;
        const record = this.record(entity, "role-inline", this.document(own(p, "PolicyDocument"), joinPointer(pointer, "RolePolicyList", i, "PolicyDocument"), "identity", name), [role]);
        if (record) role.policies.push({ record, via: "raw-inline" });
      });
    }
    const attached = own(node, "AttachedManagedPolicies");
    if (Array.isArray(attached)) {
      attached.forEach((p, i) => {
        if (isPlainObject(p) && typeof p.PolicyArn === "string") {
          role.managedPolicyArns.push({ value: { kind: "known", value: p.PolicyArn }, source: { doc: this.doc, pointer: joinPointer(pointer, "AttachedManagedPolicies", i) } });
        }
      });
    }
    this.parts.roles.push(role);
    return role;
  }
  rolePolicy(data) {
    const name = typeof data.PolicyName === "string" ? data.PolicyName : baseName(this.doc.file);
    const owner = this.entity(name, "IAM::Policy", "");
    this.record(owner, "role-inline", this.document(own(data, "PolicyDocument"), "/PolicyDocument", "identity", name), []);
  }
  standalone(raw, pointer, name, policyType) {
    const owner = this.entity(name, "IAM::Policy", pointer === "" ? "" : pointer);
    this.record(owner, policyType, this.document(raw, pointer, "identity", name), []);
  }
  /** A bare document: a trust policy when it lets a principal assume a role, else resource or identity policy. */
  bare(data) {
    const kind = bareDocumentKind(data);
    const name = baseName(this.doc.file);
    if (kind === "trust") {
      this.role({ RoleName: name }, "", { raw: data, pointer: "" });
      return;
    }
    const owner = this.entity(name, "IAM::Policy", "");
    this.record(owner, "raw", normalisePolicy(data, { kind, name, source: { doc: this.doc, pointer: "" }, resolve: plainResolver }), []);
  }
  authorizationDetails(data) {
    const managed = /* @__PURE__ */ new Map();
    const policies = own(data, "Policies");
    if (Array.isArray(policies)) {
      policies.forEach((p, i) => {
        if (!isPlainObject(p)) return;
        const versions = own(p, "PolicyVersionList");
        if (!Array.isArray(versions)) return;
        const index2 = versions.findIndex((v) => isPlainObject(v) && v.IsDefaultVersion === true);
        if (index2 === -1) return;
        const name = typeof p.PolicyName === "string" ? p.PolicyName : `policy ${i + 1}`;
        const pointer = joinPointer("/Policies", i, "PolicyVersionList", index2, "Document");
        if (typeof p.Arn === "string") managed.set(p.Arn, { doc: versions[index2].Document, pointer, name });
      });
    }
    const roles = own(data, "RoleDetailList");
    const managedRecords = /* @__PURE__ */ new Map();
    const managedRecord = (arn) => {
      if (!managedRecords.has(arn)) {
        const m = managed.get(arn);
        const owner = m ? this.entity(m.name, "IAM::ManagedPolicy", m.pointer) : void 0;
        const type = arn.startsWith("arn:aws:iam::aws:policy/") ? "aws-managed" : "managed";
        managedRecords.set(arn, m && owner ? this.record(owner, type, this.document(m.doc, m.pointer, "identity", m.name), []) : void 0);
      }
      return managedRecords.get(arn);
    };
    if (Array.isArray(roles)) {
      roles.forEach((r, i) => {
        if (!isPlainObject(r)) return;
        const role = this.role(r, joinPointer("/RoleDetailList", i));
        for (const { value } of role.managedPolicyArns) {
          const arn = value.kind === "known" ? String(value.value) : "";
          const record = managedRecord(arn);
          if (record) {
            record.roles.push(role);
            role.policies.push({ record, via: "raw-managed" });
          }
        }
      });
    }
    for (const arn of managed.keys()) if (!arn.startsWith("arn:aws:iam::aws:policy/")) managedRecord(arn);
    for (const listName of ["UserDetailList", "GroupDetailList"]) {
      const list = own(data, listName);
      if (!Array.isArray(list)) continue;
      const policyListKey = listName === "UserDetailList" ? "UserPolicyList" : "GroupPolicyList";
      list.forEach((entry, i) => {
        if (!isPlainObject(entry)) return;
        const inline = own(entry, policyListKey);
        if (!Array.isArray(inline)) return;
        inline.forEach((p, j) => {
          if (!isPlainObject(p)) return;
          const name = typeof p.PolicyName === "string" ? p.PolicyName : `${listName} ${i} policy ${j}`;
          const pointer = joinPointer("/" + listName, i, policyListKey, j, "PolicyDocument");
          const owner = this.entity(name, "IAM::Policy", joinPointer("/" + listName, i, policyListKey, j));
          this.record(owner, "raw", this.document(own(p, "PolicyDocument"), pointer, "identity", name), []);
        });
      });
    }
  }
};
function bareDocumentKind(data) {
  const statements = own(data, "Statement");
  const list = Array.isArray(statements) ? statements : [statements];
  let principal = false;
  for (const s of list) {
    if (!isPlainObject(s)) continue;
    if (own(s, "Principal") === void 0 && own(s, "NotPrincipal") === void 0) continue;
    principal = true;
    const actions = own(s, "Action");
    const names = (Array.isArray(actions) ? actions : [actions]).filter((a) => typeof a === "string");
    if (names.some((a) => /^sts:(AssumeRole|AssumeRoleWith\w+|TagSession|SetSourceIdentity)$/i.test(a)) && own(s, "Resource") === void 0) {
      return "trust";
    }
  }
  return principal ? "resource" : "identity";
}

// src/data/built-data.ts
import { closeSync, openSync, readFileSync as readFileSync2, readSync } from "node:fs";
import { join as join2 } from "node:path";

// src/util/package-root.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var root;
function packageRoot() {
  if (root !== void 0) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    if (existsSync(join(dir, "package.json"))) {
      root = dir;
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cognito-iam-lint: no package.json above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

// src/data/built-data.ts
var MissingDataError = class extends Error {
};
function builtDataPath(relativePath) {
  return join2(packageRoot(), "dist", "data", relativePath);
}
function missing(relativePath) {
  return new MissingDataError(
    `cognito-iam-lint: its data file dist/data/${relativePath} is missing: reinstall the package (in a checkout, run \`npm run build\`).`
  );
}
function readBuiltData(relativePath) {
  let text;
  try {
    text = readFileSync2(builtDataPath(relativePath), "utf8");
  } catch {
    throw missing(relativePath);
  }
  return JSON.parse(text);
}
function readBuiltDataRange(relativePath, offset, length) {
  let fd;
  try {
    fd = openSync(builtDataPath(relativePath), "r");
  } catch {
    throw missing(relativePath);
  }
  try {
    const buffer = Buffer.alloc(length);
    readSync(fd, buffer, 0, length, offset);
    return JSON.parse(buffer.toString("utf8"));
  } finally {
    closeSync(fd);
  }
}

// src/data/managed-policies.ts
var DOCUMENTS = "managed-policies/documents.jsonl";
var ranges;
var arnByName;
var documents = /* @__PURE__ */ new Map();
function index() {
  ranges ??= new Map(Object.entries(readBuiltData("managed-policies/index.json")));
  return ranges;
}
function isAwsManagedPolicyArn(arn) {
  return /^arn:aws(-[a-z-]+)?:iam::aws:policy\//.test(arn);
}
function awsManagedPolicyDocument(arn) {
  if (!isAwsManagedPolicyArn(arn)) return void 0;
  const normalised = arn.replace(/^arn:aws(-[a-z-]+)?:/, "arn:aws:");
  if (!documents.has(normalised)) {
    const range2 = index().get(normalised);
    documents.set(normalised, range2 === void 0 ? void 0 : readBuiltDataRange(DOCUMENTS, range2[0], range2[1]));
  }
  return documents.get(normalised);
}
function awsManagedPolicyArnByName(name) {
  if (!arnByName) {
    arnByName = /* @__PURE__ */ new Map();
    for (const arn of index().keys()) arnByName.set(arn.slice(arn.lastIndexOf("/") + 1), arn);
  }
  return arnByName.get(name);
}

// src/dialects/cloudformation/sam-functions.ts
var SAM_ROLE_SERVICE = {
  "AWS::Serverless::Function": "lambda.amazonaws.com",
  "AWS::Serverless::StateMachine": "states.amazonaws.com"
};
function samGeneratedRole(resource, entity, context) {
  const service = SAM_ROLE_SERVICE[resource.type];
  if (service === void 0 || !generatesRole(resource, context.resolver)) return void 0;
  const roleName = `${resource.logicalId}Role`;
  const policiesPointer = joinPointer(resource.propertiesPointer, "Policies");
  const role = {
    ...entity,
    name: roleName,
    kind: "role",
    trust: serviceTrust(resource, service, roleName),
    policies: [],
    managedPolicyArns: [],
    // SAM leaves the name to CloudFormation (a generated one), so nothing can name this role statically.
    roleName: void 0,
    arn: void 0
  };
  const raw = own(resource.properties, "Policies");
  if (raw === void 0) return role;
  const entries = [];
  for (const top of structuralAlternatives(raw, policiesPointer)) {
    if (Array.isArray(top.value)) top.value.forEach((value, index2) => entries.push({ value, pointer: joinPointer(top.pointer, index2), index: index2 }));
    else entries.push({ value: top.value, pointer: top.pointer, index: 0 });
  }
  for (const entry of entries) {
    for (const branch of structuralAlternatives(entry.value, entry.pointer)) {
      readEntry(role, resource, branch.value, { doc: resource.stack.doc, pointer: branch.pointer }, entry.index, context);
    }
  }
  return role;
}
function generatesRole(resource, resolver) {
  const role = resolver.resolveAt(resource.stack, joinPointer(resource.propertiesPointer, "Role"));
  return alternatives(role).some((alt) => alt.kind === "absent");
}
function serviceTrust(resource, service, roleName) {
  const raw = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { Service: [service] }, Action: ["sts:AssumeRole"] }] };
  return normalisePolicy(raw, {
    kind: "trust",
    name: `${roleName} trust policy`,
    source: { doc: pinnedDocument(resource.stack.doc, resource.pointer, raw), pointer: "" },
    resolve: plainResolver
  });
}
function readEntry(role, resource, value, source, index2, context) {
  const of = `\`Policies\` of \`${resource.logicalId}\``;
  if (typeof value === "string") {
    const arn = value.startsWith("arn:") ? value : awsManagedPolicyArnByName(value);
    if (arn === void 0) {
      context.notes.push({ message: `\`${value}\` in ${of} is neither a policy ARN nor an AWS managed policy this linter knows, so no rule judged it.`, at: source });
      return;
    }
    role.managedPolicyArns.push({ value: known(arn), source });
    return;
  }
  if (intrinsicName(value) !== void 0) {
    const resolved = context.resolver.resolveAt(resource.stack, source.pointer);
    role.managedPolicyArns.push({ value: resolved, source });
    return;
  }
  if (!isPlainObject(value)) return;
  if (Object.prototype.hasOwnProperty.call(value, "Statement")) {
    const record = {
      document: context.readPolicy(value, source, `${role.name}Policy${index2}`),
      owner: role,
      policyType: "role-inline",
      roles: [role]
    };
    context.policies.push(record);
    role.policies.push({ record, via: "inline" });
    return;
  }
  const keys = Object.keys(value);
  const what = keys.length === 1 ? `the SAM policy template \`${keys[0]}\`` : "an entry that is neither a policy document nor a SAM policy template";
  context.notes.push({ message: `${of} holds ${what}, which this linter does not expand, so no rule judged what it grants.`, at: source });
}

// src/dialects/cloudformation/stack.ts
function findingResourceOf(resource) {
  return {
    logicalId: resource.logicalId,
    type: resource.type,
    stack: resource.stack.name,
    ...resource.cdkPath !== void 0 ? { cdkPath: resource.cdkPath } : {},
    ...resource.cdkSource !== void 0 ? { cdkSource: resource.cdkSource } : {}
  };
}
function buildStack(input) {
  const data = input.doc.data;
  const root2 = isPlainObject(data) ? data : {};
  const resourcesNode = input.resourcesPointer === "" ? root2 : own(root2, "Resources");
  const resources = /* @__PURE__ */ new Map();
  const parameters = /* @__PURE__ */ new Map();
  const outputs = /* @__PURE__ */ new Map();
  const exports = [];
  const stack = {
    input,
    doc: input.doc,
    name: input.stackName,
    key: input.stackKey,
    resources,
    parameters,
    outputs,
    exports,
    mappings: input.resourcesPointer === "" ? {} : asObject(own(root2, "Mappings")) ?? {},
    templateMetadata: input.resourcesPointer === "" ? void 0 : asObject(own(root2, "Metadata"))
  };
  if (isPlainObject(resourcesNode)) {
    for (const [logicalId, body] of Object.entries(resourcesNode)) {
      if (!isPlainObject(body)) continue;
      const type = own(body, "Type");
      if (typeof type !== "string") continue;
      const pointer = joinPointer(input.resourcesPointer, logicalId);
      const metadata = asObject(own(body, "Metadata"));
      const pathFromMetadata = metadata ? own(metadata, "aws:cdk:path") : void 0;
      resources.set(logicalId, {
        logicalId,
        type,
        stack,
        pointer,
        properties: asObject(own(body, "Properties")) ?? {},
        propertiesPointer: joinPointer(pointer, "Properties"),
        metadata,
        cdkPath: typeof pathFromMetadata === "string" ? pathFromMetadata : input.cdkPaths.get(logicalId),
        cdkSource: input.cdkSources?.get(logicalId),
        source: { doc: input.doc, pointer }
      });
    }
  }
  if (input.resourcesPointer !== "") {
    const params = asObject(own(root2, "Parameters"));
    for (const [name, body] of Object.entries(params ?? {})) {
      const spec = asObject(body) ?? {};
      const type = own(spec, "Type");
      parameters.set(name, {
        name,
        pointer: joinPointer("/Parameters", name),
        type: typeof type === "string" ? type : void 0,
        default: own(spec, "Default"),
        hasDefault: Object.prototype.hasOwnProperty.call(spec, "Default")
      });
    }
    const outs = asObject(own(root2, "Outputs"));
    for (const [name, body] of Object.entries(outs ?? {})) {
      const spec = asObject(body);
      if (!spec || !Object.prototype.hasOwnProperty.call(spec, "Value")) continue;
      const valuePointer = joinPointer("/Outputs", name, "Value");
      outputs.set(name, valuePointer);
      const exp = asObject(own(spec, "Export"));
      if (exp && Object.prototype.hasOwnProperty.call(exp, "Name")) {
        exports.push({ namePointer: joinPointer("/Outputs", name, "Export", "Name"), valuePointer });
      }
    }
  }
  return stack;
}
function asObject(value) {
  return isPlainObject(value) ? value : void 0;
}
function resourceContaining(stack, pointer) {
  const prefix = stack.input.resourcesPointer + "/";
  if (!pointer.startsWith(prefix)) return void 0;
  const rest = pointer.slice(prefix.length);
  const slash = rest.indexOf("/");
  const token2 = (slash === -1 ? rest : rest.slice(0, slash)).replace(/~1/g, "/").replace(/~0/g, "~");
  return stack.resources.get(token2);
}

// src/dialects/cloudformation/universe.ts
var StackIndex = class {
  constructor(stacks) {
    this.stacks = stacks;
    for (const stack of stacks) this.byKey.set(stack.key, stack);
    for (const stack of stacks) {
      const nested = stack.input.nestedIn;
      if (nested) this.children.set(`${nested.parentStackKey}\0${nested.logicalId}`, stack);
    }
  }
  stacks;
  byKey = /* @__PURE__ */ new Map();
  children = /* @__PURE__ */ new Map();
  exportIndex;
  /** Set by the model once the resolver exists (export names may themselves be intrinsics). */
  resolver;
  nestedChild(stack, logicalId) {
    return this.children.get(`${stack.key}\0${logicalId}`);
  }
  nestedParent(stack) {
    const nested = stack.input.nestedIn;
    if (!nested) return void 0;
    const parent = this.byKey.get(nested.parentStackKey);
    return parent ? { stack: parent, logicalId: nested.logicalId } : void 0;
  }
  exporters(from, name) {
    if (!this.exportIndex) this.exportIndex = this.buildExportIndex();
    return (this.exportIndex.get(name) ?? []).filter((e) => sameScope(from, e.stack));
  }
  stackByName(from, stackName, region) {
    return this.stacks.find(
      (s) => sameScope(from, s) && !s.input.nestedIn && s.name === stackName && (region === void 0 || s.input.assembly?.region === void 0 || s.input.assembly.region === region)
    );
  }
  buildExportIndex() {
    const index2 = /* @__PURE__ */ new Map();
    for (const stack of this.stacks) {
      for (const exp of stack.exports) {
        const name = this.resolver ? knownString(this.resolver.resolveAt(stack, exp.namePointer)) : void 0;
        if (name === void 0) continue;
        const list = index2.get(name) ?? [];
        list.push({ stack, valuePointer: exp.valuePointer });
        index2.set(name, list);
      }
    }
    return index2;
  }
};
function sameScope(a, b) {
  return (a.input.assembly?.rootDir ?? "") === (b.input.assembly?.rootDir ?? "");
}

// src/dialects/cloudformation/build.ts
var RESOURCE_POLICY_PROPERTY = {
  "AWS::S3::BucketPolicy": "PolicyDocument",
  "AWS::SNS::TopicPolicy": "PolicyDocument",
  "AWS::SQS::QueuePolicy": "PolicyDocument",
  "AWS::KMS::Key": "KeyPolicy"
};
function buildModelParts(inputs) {
  const stacks = inputs.templates.map(buildStack);
  const index2 = new StackIndex(stacks);
  const resolver = new Resolver(index2);
  index2.resolver = resolver;
  const parts = { stacks, resolver, roles: [], policies: [], identityPools: [], slots: [], rawEntities: /* @__PURE__ */ new Map(), notes: [] };
  const rolesByResource = /* @__PURE__ */ new Map();
  const pendingAttachments = [];
  const pendingSlots = [];
  for (const stack of stacks) {
    const resolve = (value) => resolver.resolve(stack, value);
    for (const resource of stack.resources.values()) {
      const entity = templateEntity(resource);
      switch (resource.type) {
        case "AWS::IAM::Role": {
          const role = buildTemplateRole(resource, entity, resolve, resolver, parts);
          rolesByResource.set(resource, role);
          break;
        }
        case "AWS::IAM::Policy":
        case "AWS::IAM::ManagedPolicy": {
          const managed = resource.type === "AWS::IAM::ManagedPolicy";
          const record = policyRecord(parts, entity, managed ? "managed" : "inline-resource", "identity", resource, "PolicyDocument", resolve, policyResourceName(resource));
          if (record) pendingAttachments.push({ record, values: listValues(resolver, resource, "Roles"), via: managed ? "managed-policy-resource" : "policy-resource" });
          break;
        }
        case "AWS::IAM::RolePolicy": {
          const record = policyRecord(parts, entity, "inline-resource", "identity", resource, "PolicyDocument", resolve, policyResourceName(resource));
          if (record) pendingAttachments.push({ record, values: listValues(resolver, resource, "RoleName"), via: "policy-resource" });
          break;
        }
        case "AWS::Serverless::Function":
        case "AWS::Serverless::StateMachine": {
          const role = samGeneratedRole(resource, entity, {
            resolver,
            readPolicy: (raw, source, name) => templatePolicy(parts, raw, source, "identity", name, resolve),
            policies: parts.policies,
            notes: parts.notes
          });
          if (role) parts.roles.push(role);
          break;
        }
        case "AWS::Cognito::IdentityPool":
          parts.identityPools.push(buildIdentityPool(resource, entity, resolver));
          break;
        case "AWS::Cognito::IdentityPoolRoleAttachment":
          pendingSlots.push(() => attachmentSlots(resource, entity, resolver, parts, rolesByResource));
          break;
        case "AWS::Cognito::UserPoolGroup":
          pendingSlots.push(() => groupSlots(resource, entity, resolver, parts, rolesByResource));
          break;
        default: {
          const property = RESOURCE_POLICY_PROPERTY[resource.type];
          if (property) policyRecord(parts, entity, "resource", "resource", resource, property, resolve, `${resource.logicalId} ${property}`);
        }
      }
    }
  }
  readRawIam(inputs.iamDocuments, parts);
  const rolesByName = /* @__PURE__ */ new Map();
  for (const role of parts.roles) if (role.roleName) rolesByName.set(role.roleName, role);
  for (const pending of pendingAttachments) {
    for (const { value } of pending.values) {
      for (const alt of scalarAlternatives(value)) {
        const role = roleFromValue(alt, rolesByResource, rolesByName, parts.roles);
        if (role && !pending.record.roles.includes(role)) {
          pending.record.roles.push(role);
          role.policies.push({ record: pending.record, via: pending.via });
        }
      }
    }
  }
  for (const role of parts.roles) {
    for (const { value } of role.managedPolicyArns) {
      for (const alt of scalarAlternatives(value)) {
        if (alt.kind !== "resource" || alt.resource.type !== "AWS::IAM::ManagedPolicy") continue;
        const record = parts.policies.find((p) => p.owner.templateResource === alt.resource);
        if (record && !record.roles.includes(role)) {
          record.roles.push(role);
          role.policies.push({ record, via: "managed-policy-resource" });
        }
      }
    }
  }
  for (const link of pendingSlots) link();
  return parts;
}
function templateEntity(resource) {
  return {
    name: resource.logicalId,
    source: resource.source,
    resource: findingResourceOf(resource),
    templateResource: resource
  };
}
function policyResourceName(resource) {
  for (const property of ["PolicyName", "ManagedPolicyName"]) {
    const value = own(resource.properties, property);
    if (typeof value === "string") return value;
  }
  return resource.logicalId;
}
function policyRecord(parts, owner, policyType, kind, resource, property, resolve, name) {
  const raw = own(resource.properties, property);
  if (raw === void 0) return void 0;
  const source = { doc: resource.stack.doc, pointer: joinPointer(resource.propertiesPointer, property) };
  const record = { document: templatePolicy(parts, raw, source, kind, name, resolve), owner, policyType, roles: [] };
  parts.policies.push(record);
  return record;
}
function templatePolicy(parts, raw, source, kind, name, resolve) {
  const read = readTemplatePolicy(raw, source, resolve, `\`${name}\``);
  parts.notes.push(...read.notes);
  return normalisePolicy(read.data, { kind, name, source: read.source, resolve: read.resolve, ...read.asWritten ? { asWritten: read.asWritten } : {} });
}
function buildTemplateRole(resource, entity, resolve, resolver, parts) {
  const props = resource.properties;
  const role = {
    ...entity,
    kind: "role",
    trust: void 0,
    policies: [],
    managedPolicyArns: listValues(resolver, resource, "ManagedPolicyArns"),
    roleName: knownString(resolver.resolveAt(resource.stack, joinPointer(resource.propertiesPointer, "RoleName"))),
    arn: void 0
  };
  const trustRecord = policyRecord(parts, entity, "trust", "trust", resource, "AssumeRolePolicyDocument", resolve, `${resource.logicalId} trust policy`);
  if (trustRecord) {
    role.trust = trustRecord.document;
    trustRecord.roles.push(role);
  }
  const inline = own(props, "Policies");
  if (Array.isArray(inline)) {
    inline.forEach((policy, i) => {
      if (!isPlainObject(policy) || !Object.prototype.hasOwnProperty.call(policy, "PolicyDocument")) return;
      const pointer = joinPointer(resource.propertiesPointer, "Policies", i, "PolicyDocument");
      const name = typeof policy.PolicyName === "string" ? policy.PolicyName : `${resource.logicalId} inline policy ${i + 1}`;
      const record = {
        document: templatePolicy(parts, policy.PolicyDocument, { doc: resource.stack.doc, pointer }, "identity", name, resolve),
        owner: entity,
        policyType: "role-inline",
        roles: [role]
      };
      parts.policies.push(record);
      role.policies.push({ record, via: "inline" });
    });
  }
  parts.roles.push(role);
  return role;
}
function listValues(resolver, resource, property) {
  const raw = own(resource.properties, property);
  if (raw === void 0) return [];
  const base = { doc: resource.stack.doc, pointer: joinPointer(resource.propertiesPointer, property) };
  if (Array.isArray(raw)) {
    return raw.map((_, i) => {
      const source = childRef(base, i);
      return { value: resolver.resolveAt(resource.stack, source.pointer), source };
    });
  }
  const value = resolver.resolveAt(resource.stack, base.pointer);
  if (value.kind === "list") return value.items.map((item) => ({ value: item, source: base }));
  return [{ value, source: base }];
}
function buildIdentityPool(resource, entity, resolver) {
  const at = (name) => ({ doc: resource.stack.doc, pointer: joinPointer(resource.propertiesPointer, name) });
  const providers = [];
  const rawProviders = own(resource.properties, "CognitoIdentityProviders");
  if (Array.isArray(rawProviders)) {
    rawProviders.forEach((_, i) => {
      const source = childRef(at("CognitoIdentityProviders"), i);
      const field = (name) => resolver.resolveAt(resource.stack, joinPointer(source.pointer, name));
      providers.push({ providerName: field("ProviderName"), clientId: field("ClientId"), serverSideTokenCheck: field("ServerSideTokenCheck"), source });
    });
  }
  return {
    ...entity,
    kind: "identity-pool",
    allowUnauthenticated: resolver.resolveAt(resource.stack, at("AllowUnauthenticatedIdentities").pointer),
    allowUnauthenticatedSource: at("AllowUnauthenticatedIdentities"),
    allowClassicFlow: resolver.resolveAt(resource.stack, at("AllowClassicFlow").pointer),
    allowClassicFlowSource: at("AllowClassicFlow"),
    cognitoProviders: providers,
    ...resource.stack.input.physicalIds ? { poolId: resource.logicalId } : {}
  };
}
function roleFromValue(value, byResource, byName, roles) {
  if (value.kind === "resource") return byResource.get(value.resource);
  const text = knownString(value);
  if (text === void 0) return void 0;
  if (text.startsWith("arn:")) {
    const byArn = roles.find((r) => r.arn === text);
    if (byArn) return byArn;
    const name = text.slice(text.lastIndexOf("/") + 1);
    return byName.get(name);
  }
  return byName.get(text);
}
function poolFromValue(value, parts) {
  if (value.kind !== "resource" || value.attribute !== void 0 && value.attribute !== "Id") return void 0;
  return parts.identityPools.find((p) => p.templateResource === value.resource);
}
function attachmentSlots(resource, entity, resolver, parts, rolesByResource) {
  const stack = resource.stack;
  const poolValue = resolver.resolveAt(stack, joinPointer(resource.propertiesPointer, "IdentityPoolId"));
  const pool = poolFromValue(poolValue, parts);
  const rolesByName = new Map(parts.roles.filter((r) => r.roleName).map((r) => [r.roleName, r]));
  const addSlot = (slot, pointer) => {
    const roleValue = resolver.resolveAt(stack, pointer);
    if (roleValue.kind === "absent") return;
    const candidates = scalarAlternatives(roleValue).filter((v) => v.kind !== "absent");
    const roles2 = candidates.map((v) => roleFromValue(v, rolesByResource, rolesByName, parts.roles));
    const distinct = [...new Set(roles2)];
    for (const role of distinct.length ? distinct : [void 0]) {
      parts.slots.push({ slot, pool, poolValue, role, roleValue, source: { doc: stack.doc, pointer }, via: entity });
    }
  };
  const roles = own(resource.properties, "Roles");
  if (isPlainObject(roles)) {
    for (const key2 of Object.keys(roles)) {
      if (key2 === "authenticated" || key2 === "unauthenticated") addSlot(key2, joinPointer(resource.propertiesPointer, "Roles", key2));
    }
  }
  const mappings = own(resource.properties, "RoleMappings");
  if (isPlainObject(mappings)) {
    for (const [key2, mapping] of Object.entries(mappings)) {
      if (!isPlainObject(mapping)) continue;
      const rules2 = own(own(mapping, "RulesConfiguration") ?? {}, "Rules");
      if (!Array.isArray(rules2)) continue;
      rules2.forEach(
        (_, i) => addSlot("rules", joinPointer(resource.propertiesPointer, "RoleMappings", key2, "RulesConfiguration", "Rules", i, "RoleARN"))
      );
    }
  }
}
function groupSlots(resource, entity, resolver, parts, rolesByResource) {
  const stack = resource.stack;
  const pointer = joinPointer(resource.propertiesPointer, "RoleArn");
  const roleValue = resolver.resolveAt(stack, pointer);
  if (roleValue.kind === "absent") return;
  const rolesByName = new Map(parts.roles.filter((r) => r.roleName).map((r) => [r.roleName, r]));
  const role = scalarAlternatives(roleValue).map((v) => roleFromValue(v, rolesByResource, rolesByName, parts.roles)).find(Boolean);
  const userPool = resolver.resolveAt(stack, joinPointer(resource.propertiesPointer, "UserPoolId"));
  const pools = userPool.kind === "resource" ? parts.identityPools.filter((p) => poolAcceptsUserPool(p, userPool.resource)) : [];
  const source = { doc: stack.doc, pointer };
  if (pools.length === 0) {
    parts.slots.push({ slot: "group", pool: void 0, poolValue: { kind: "unknown", reason: "no identity pool in this run accepts the group's user pool" }, role, roleValue, source, via: entity });
  }
  for (const pool of pools) {
    const poolValue = { kind: "resource", resource: pool.templateResource };
    parts.slots.push({ slot: "group", pool, poolValue, role, roleValue, source, via: entity });
  }
}
function poolAcceptsUserPool(pool, userPool) {
  return pool.cognitoProviders.some((p) => referencesResource(p.providerName, userPool) || physicalProvider(p.providerName, userPool.stack)?.userPool === userPool);
}
function physicalProvider(value, stack) {
  if (!stack.input.physicalIds) return void 0;
  const match2 = /^cognito-idp\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?\/([^:/]+)(?::([^:/]+))?$/.exec(knownString(value) ?? "");
  if (!match2) return void 0;
  const byId = (id, type) => {
    const resource = id !== void 0 ? stack.resources.get(id) : void 0;
    return resource?.type === type ? resource : void 0;
  };
  return { userPool: byId(match2[1], "AWS::Cognito::UserPool"), client: byId(match2[2], "AWS::Cognito::UserPoolClient") };
}
function referencesResource(value, resource) {
  switch (value.kind) {
    case "resource":
      return value.resource === resource;
    case "concat":
      return value.parts.some((p) => referencesResource(p, resource));
    case "anyOf":
      return value.options.some((p) => referencesResource(p, resource));
    case "list":
      return value.items.some((p) => referencesResource(p, resource));
    default:
      return false;
  }
}

// src/dialects/cloudformation/user-pools.ts
function buildUserPoolEntities(stacks, resolver) {
  const userPools = [];
  const clients = [];
  const groups = [];
  const principalTags = [];
  const pending = [];
  const poolByResource = /* @__PURE__ */ new Map();
  const poolFor = (value) => {
    const only = singleResource(value);
    return only && (only.attribute === void 0 || only.attribute === "UserPoolId") ? poolByResource.get(only.resource) : void 0;
  };
  for (const stack of stacks) {
    for (const resource of stack.resources.values()) {
      const read = new PropertyReader(resolver, resource);
      switch (resource.type) {
        case "AWS::Cognito::UserPool": {
          const pool = buildUserPool(resource, read);
          userPools.push(pool);
          poolByResource.set(resource, pool);
          break;
        }
        case "AWS::Cognito::UserPoolClient":
          pending.push(() => {
            const userPoolId = read.value("UserPoolId");
            const client = {
              ...templateEntity(resource),
              kind: "user-pool-client",
              templateResource: resource,
              userPoolId,
              userPool: poolFor(userPoolId.value),
              allowedOAuthFlowsUserPoolClient: read.value("AllowedOAuthFlowsUserPoolClient"),
              allowedOAuthFlows: read.list("AllowedOAuthFlows"),
              allowedOAuthScopes: read.list("AllowedOAuthScopes"),
              explicitAuthFlows: read.list("ExplicitAuthFlows"),
              preventUserExistenceErrors: read.value("PreventUserExistenceErrors"),
              callbackURLs: read.list("CallbackURLs"),
              logoutURLs: read.list("LogoutURLs"),
              defaultRedirectURI: read.value("DefaultRedirectURI"),
              readAttributes: read.list("ReadAttributes"),
              writeAttributes: read.list("WriteAttributes"),
              supportedIdentityProviders: read.list("SupportedIdentityProviders"),
              generateSecret: read.value("GenerateSecret")
            };
            clients.push(client);
            client.userPool?.clients.push(client);
          });
          break;
        case "AWS::Cognito::UserPoolGroup":
          pending.push(() => {
            const userPoolId = read.value("UserPoolId");
            const group = {
              ...templateEntity(resource),
              kind: "user-pool-group",
              templateResource: resource,
              groupName: read.value("GroupName"),
              userPoolId,
              userPool: poolFor(userPoolId.value),
              roleArn: read.value("RoleArn"),
              precedence: read.value("Precedence")
            };
            groups.push(group);
            group.userPool?.groups.push(group);
          });
          break;
        case "AWS::Cognito::IdentityPoolPrincipalTag":
          pending.push(() => principalTags.push(buildPrincipalTagMapping(resource, read, poolByResource)));
          break;
      }
    }
  }
  for (const link of pending) link();
  return { userPools, clients, groups, principalTags };
}
function buildUserPool(resource, read) {
  const allowAdminCreateUserOnly = read.value("AdminCreateUserConfig", "AllowAdminCreateUserOnly");
  const policy = read.node("Policies", "PasswordPolicy");
  const schema = readSchema(read);
  return {
    ...templateEntity(resource),
    kind: "user-pool",
    templateResource: resource,
    allowAdminCreateUserOnly,
    selfSignUp: not(triBoolean(allowAdminCreateUserOnly.value, false)),
    mfaConfiguration: read.value("MfaConfiguration"),
    enabledMfas: read.list("EnabledMfas"),
    passwordPolicy: {
      state: policy.state === "object" ? "present" : policy.state === "absent" ? "absent" : "unknown",
      source: policy.source,
      minimumLength: read.value("Policies", "PasswordPolicy", "MinimumLength"),
      requireLowercase: read.value("Policies", "PasswordPolicy", "RequireLowercase"),
      requireUppercase: read.value("Policies", "PasswordPolicy", "RequireUppercase"),
      requireNumbers: read.value("Policies", "PasswordPolicy", "RequireNumbers"),
      requireSymbols: read.value("Policies", "PasswordPolicy", "RequireSymbols"),
      temporaryPasswordValidityDays: read.value("Policies", "PasswordPolicy", "TemporaryPasswordValidityDays")
    },
    schema: schema.attributes,
    schemaKnown: schema.known,
    schemaSource: read.source("Schema"),
    usernameAttributes: read.list("UsernameAttributes"),
    aliasAttributes: read.list("AliasAttributes"),
    clients: [],
    groups: []
  };
}
function readSchema(read) {
  const node = read.node("Schema");
  if (node.state === "absent") return { attributes: [], known: true };
  if (node.state !== "array") return { attributes: [], known: false };
  const attributes = [];
  let known2 = true;
  node.raw.forEach((_, i) => {
    const entry = read.node("Schema", i);
    if (entry.state === "absent") return;
    if (entry.state !== "object") {
      known2 = false;
      return;
    }
    const name = knownString(read.value("Schema", i, "Name").value);
    if (name === void 0) {
      known2 = false;
      return;
    }
    const custom = name.startsWith("custom:") || !STANDARD_ATTRIBUTES.has(name);
    attributes.push({
      name,
      claim: custom && !name.startsWith("custom:") ? `custom:${name}` : name,
      custom,
      required: triBoolean(read.value("Schema", i, "Required").value, false),
      mutable: triBoolean(read.value("Schema", i, "Mutable").value, true),
      developerOnly: triBoolean(read.value("Schema", i, "DeveloperOnlyAttribute").value, false),
      source: entry.source
    });
  });
  return { attributes, known: known2 };
}
function buildPrincipalTagMapping(resource, read, poolByResource) {
  const identityPoolId = read.value("IdentityPoolId");
  const identityPool = singleResource(identityPoolId.value);
  const identityProviderName = read.value("IdentityProviderName");
  const named = physicalProvider(identityProviderName.value, resource.stack)?.userPool;
  const referenced = [...referencedResources(identityProviderName.value), ...named ? [named] : []];
  const userPool = referenced.map((r) => poolByResource.get(r)).find((p) => p !== void 0);
  const tagsNode = read.node("PrincipalTags");
  const principalTags = [];
  let principalTagsKnown = tagsNode.state === "absent" || tagsNode.state === "object";
  if (tagsNode.state === "object") {
    for (const tag of Object.keys(tagsNode.raw)) {
      const claim = read.value("PrincipalTags", tag);
      if (claim.value.kind === "absent") continue;
      if (knownString(claim.value) === void 0) principalTagsKnown = false;
      principalTags.push({ tag, claim: claim.value, source: claim.source });
    }
  }
  return {
    ...templateEntity(resource),
    kind: "principal-tag-mapping",
    templateResource: resource,
    identityPoolId,
    identityPoolResource: identityPool?.resource.type === "AWS::Cognito::IdentityPool" ? identityPool.resource : void 0,
    identityProviderName,
    userPool,
    principalTags,
    principalTagsKnown,
    principalTagsSource: read.source("PrincipalTags"),
    useDefaults: read.value("UseDefaults")
  };
}
var PropertyReader = class {
  constructor(resolver, resource) {
    this.resolver = resolver;
    this.resource = resource;
  }
  resolver;
  resource;
  source(...path2) {
    return childRef({ doc: this.resource.stack.doc, pointer: this.resource.propertiesPointer }, ...path2);
  }
  /** The raw node at `path` under `Properties`, without looking through intrinsics except `AWS::NoValue`. */
  node(...path2) {
    let node = this.resource.properties;
    for (let i = 0; i < path2.length; i++) {
      const token2 = path2[i];
      if (Array.isArray(node) && typeof token2 === "number") node = node[token2];
      else if (isPlainObject(node) && intrinsicName(node) === void 0) node = own(node, String(token2));
      else node = void 0;
      const source2 = this.source(...path2.slice(0, i + 1));
      if (node === void 0) return { state: "absent", source: this.source(...path2) };
      if (intrinsicName(node) !== void 0) {
        const value = this.resolver.resolveAt(this.resource.stack, source2.pointer);
        if (value.kind === "absent") return { state: "absent", source: this.source(...path2) };
        const whole = i === path2.length - 1;
        return { state: "computed", source: this.source(...path2), reason: `${path2.slice(0, i + 1).join(".")} is computed by ${intrinsicName(node)}`, whole };
      }
    }
    const source = this.source(...path2);
    if (Array.isArray(node)) return { state: "array", raw: node, source };
    if (isPlainObject(node)) return { state: "object", raw: node, source };
    return { state: "scalar", raw: node, source };
  }
  /** A scalar property: its resolved value; unknown when an intrinsic on the way hides it. */
  value(...path2) {
    const node = this.node(...path2);
    const source = this.source(...path2);
    switch (node.state) {
      case "absent":
        return { value: ABSENT, source, present: false };
      case "computed":
        return {
          value: node.whole ? this.resolver.resolveAt(this.resource.stack, source.pointer) : unknown(node.reason),
          source,
          present: true
        };
      default:
        return { value: this.resolver.resolveAt(this.resource.stack, source.pointer), source, present: true };
    }
  }
  /** A list property: its entries with their nodes. */
  list(...path2) {
    const base = this.value(...path2);
    if (base.value.kind === "absent") return { ...base, items: [], known: true };
    const node = this.node(...path2);
    if (node.state === "array") {
      const items = [];
      node.raw.forEach((_, i) => {
        const source = childRef(base.source, i);
        const value2 = this.resolver.resolveAt(this.resource.stack, source.pointer);
        if (value2.kind === "absent") return;
        if (value2.kind === "list") value2.items.forEach((item) => items.push({ value: item, source }));
        else items.push({ value: value2, source });
      });
      return { ...base, items, known: true };
    }
    const value = base.value;
    if (value.kind === "list") return { ...base, items: value.items.filter((v) => v.kind !== "absent").map((v) => ({ value: v, source: base.source })), known: true };
    if (value.kind === "known") return { ...base, items: [{ value, source: base.source }], known: true };
    return { ...base, items: [], known: false };
  }
};
function singleResource(value) {
  const alts = alternatives(value);
  const first = alts[0];
  if (!first || first.kind !== "resource") return void 0;
  if (!alts.every((a) => a.kind === "resource" && a.resource === first.resource && a.attribute === first.attribute)) return void 0;
  return { resource: first.resource, attribute: first.attribute };
}
function referencedResources(value) {
  switch (value.kind) {
    case "resource":
      return [value.resource];
    case "concat":
      return value.parts.flatMap(referencedResources);
    case "anyOf":
      return value.options.flatMap(referencedResources);
    case "list":
      return value.items.flatMap(referencedResources);
    default:
      return [];
  }
}
function triBoolean(value, whenAbsent) {
  let result;
  for (const alt of alternatives(value)) {
    let b;
    if (alt.kind === "absent") b = whenAbsent;
    else {
      const s = knownString(alt)?.toLowerCase();
      if (s === "true") b = true;
      else if (s === "false") b = false;
      else return "unknown";
    }
    if (result !== void 0 && result !== b) return "unknown";
    result = b;
  }
  return result ?? "unknown";
}
function not(value) {
  return value === "unknown" ? "unknown" : !value;
}
function or(...values) {
  if (values.includes(true)) return true;
  return values.includes("unknown") ? "unknown" : false;
}
function and(...values) {
  if (values.includes(false)) return false;
  return values.includes("unknown") ? "unknown" : true;
}
function judgeAlternatives(value, test) {
  let fires = false;
  for (const alt of alternatives(value)) {
    const verdict = test(alt);
    if (verdict === "unknown") return "unknown";
    if (verdict === "fires") fires = true;
  }
  return fires ? "fires" : "clean";
}
function judgeString(value, test) {
  return judgeAlternatives(value, (alt) => {
    if (alt.kind === "absent") return test(void 0) ? "fires" : "clean";
    const text = knownString(alt);
    if (text === void 0) return "unknown";
    return test(text) ? "fires" : "clean";
  });
}
function writtenText(source) {
  const node = valueAtPointer(source.doc.data, source.pointer);
  if (typeof node === "string") return node;
  if (!isPlainObject(node) || intrinsicName(node) !== "Fn::Sub") return void 0;
  const arg = own(node, "Fn::Sub");
  const text = Array.isArray(arg) ? arg[0] : arg;
  return typeof text === "string" ? text : void 0;
}
function describeUserPool(pool, start = false) {
  return `${start ? "User" : "user"} pool \`${pool.name}\``;
}
function describeClient(client, start = false) {
  const name = `${start ? "App" : "app"} client \`${client.name}\``;
  return client.userPool ? `${name} of ${describeUserPool(client.userPool)}` : name;
}
var STANDARD_ATTRIBUTES = /* @__PURE__ */ new Set([
  "address",
  "birthdate",
  "email",
  "family_name",
  "gender",
  "given_name",
  "locale",
  "middle_name",
  "name",
  "nickname",
  "phone_number",
  "picture",
  "preferred_username",
  "profile",
  "sub",
  "updated_at",
  "website",
  "zoneinfo"
]);
var TOKEN_CLAIMS = /* @__PURE__ */ new Set(["aud", "iss", "token_use", "auth_time", "exp", "iat", "jti", "origin_jti", "event_id"]);
var VERIFICATION_ATTRIBUTES = /* @__PURE__ */ new Set(["email_verified", "phone_number_verified"]);
function userWritability(client, claim) {
  const clientName = `app client \`${client.name}\``;
  const pool = client.userPool;
  const poolName2 = pool ? `user pool \`${pool.name}\`` : "its user pool";
  if (TOKEN_CLAIMS.has(claim)) return { writable: false, because: `\`${claim}\` is a token claim Cognito sets` };
  if (claim === "sub" || claim === "identities") return { writable: false, because: `\`${claim}\` is set by Cognito` };
  if (claim.startsWith("dev:")) return { writable: false, because: `\`${claim}\` is a developer-only attribute` };
  const selfSignUp = pool ? pool.selfSignUp : "unknown";
  if (claim === "cognito:username") {
    const noUsernameAttributes = !pool || !pool.usernameAttributes.known ? "unknown" : not(listTri(pool.usernameAttributes.items, () => true));
    const writable2 = and(selfSignUp, noUsernameAttributes);
    return { writable: writable2, because: `\`cognito:username\` is the user name chosen at sign-up when ${poolName2} allows self sign-up and has no UsernameAttributes` };
  }
  if (claim.startsWith("cognito:")) return { writable: false, because: `\`${claim}\` is set by Cognito` };
  const schemaEntry = pool?.schema.find((a) => a.claim === claim);
  const schemaKnown = pool !== void 0 && pool.schemaKnown;
  if (schemaEntry && schemaEntry.developerOnly === true) return { writable: false, because: `\`${claim}\` is a developer-only attribute of ${poolName2}` };
  const standard = STANDARD_ATTRIBUTES.has(claim);
  const verification = VERIFICATION_ATTRIBUTES.has(claim);
  const custom = claim.startsWith("custom:");
  if (!standard && !verification && !custom) return { writable: false, because: `\`${claim}\` is not a user attribute` };
  if (custom && schemaKnown && !schemaEntry) return { writable: false, because: `${poolName2} has no attribute \`${claim}\`` };
  let listed2;
  let listedBecause;
  if (client.writeAttributes.value.kind === "absent") {
    listed2 = standard;
    listedBecause = standard ? `${clientName} has no WriteAttributes, so it may write every standard attribute` : `${clientName} has no WriteAttributes, which then covers standard attributes only`;
  } else if (!client.writeAttributes.known) {
    listed2 = "unknown";
    listedBecause = `the WriteAttributes of ${clientName} are not statically known`;
  } else {
    listed2 = listTri(client.writeAttributes.items, (s) => s === claim);
    listedBecause = listed2 === true ? `${clientName} lists \`${claim}\` in WriteAttributes` : listed2 === false ? `${clientName} does not list \`${claim}\` in WriteAttributes` : `some WriteAttributes of ${clientName} are not statically known`;
  }
  const required = verification ? false : schemaEntry ? schemaEntry.required : schemaKnown ? false : "unknown";
  const mayWrite = or(listed2, required);
  if (mayWrite === false) return { writable: false, because: listedBecause };
  const mutable = schemaEntry ? schemaEntry.mutable : schemaKnown ? true : "unknown";
  const writable = and(mayWrite, or(mutable, selfSignUp));
  const reason2 = required === true && listed2 !== true ? `\`${claim}\` is a required attribute of ${poolName2} (always writable)` : listedBecause;
  if (writable === false) {
    return { writable, because: `\`${claim}\` is immutable and ${poolName2} does not allow self sign-up (only administrators create users)` };
  }
  if (writable === true) {
    return { writable, because: mutable === true ? reason2 : `${reason2}; it is immutable, but ${poolName2} allows self sign-up, so the user sets it when signing up` };
  }
  const open = [];
  if (listed2 === "unknown") open.push(`the WriteAttributes of ${clientName}`);
  if (!pool) open.push("the user pool (not in this run)");
  else {
    if (required === "unknown" || mutable === "unknown") open.push(`the Schema of ${poolName2}`);
    if (selfSignUp === "unknown" && mutable !== true) open.push(`the sign-up setting of ${poolName2}`);
  }
  return { writable, because: `whether a user can set \`${claim}\` depends on ${open.join(" and ") || "values"} that are not statically known` };
}
function listTri(items, test) {
  let uncertain = false;
  for (const item of items) {
    const s = knownString(item.value);
    if (s === void 0) {
      if (alternatives(item.value).some((a) => a.kind !== "absent")) uncertain = true;
      continue;
    }
    if (test(s)) return true;
  }
  return uncertain ? "unknown" : false;
}

// src/analysis/user-pool-links.ts
function userPoolFor(model, value) {
  const only = singleResource(value);
  if (!only || only.attribute !== void 0 && only.attribute !== "UserPoolId") return void 0;
  return model.userPoolEntities.userPools.find((p) => p.templateResource === only.resource);
}
function userPoolClientFor(model, value) {
  const only = singleResource(value);
  if (!only || only.attribute !== void 0 && only.attribute !== "ClientId") return void 0;
  return model.userPoolEntities.clients.find((c) => c.templateResource === only.resource);
}
function userPoolReferencesIn(model, value) {
  const resources = referencedResources(value);
  const stacks = new Set(model.userPoolEntities.userPools.map((p) => p.templateResource.stack));
  for (const stack of stacks) {
    const named = physicalProvider(value, stack);
    if (named?.userPool) resources.push(named.userPool);
    if (named?.client) resources.push(named.client);
  }
  return {
    userPool: model.userPoolEntities.userPools.find((p) => resources.includes(p.templateResource)),
    client: model.userPoolEntities.clients.find((c) => resources.includes(c.templateResource))
  };
}
function identityPoolsUsingUserPool(model, userPool) {
  return poolsByUserPool(model).get(userPool.templateResource) ?? NO_POOLS;
}
var NO_POOLS = [];
var poolsIndex = /* @__PURE__ */ new WeakMap();
function poolsByUserPool(model) {
  let index2 = poolsIndex.get(model);
  if (!index2) {
    index2 = /* @__PURE__ */ new Map();
    for (const pool of model.identityPools) {
      const stack = pool.templateResource?.stack;
      const resources = new Set(
        pool.cognitoProviders.flatMap((p) => {
          const named = stack ? physicalProvider(p.providerName, stack)?.userPool : void 0;
          return named ? [...referencedResources(p.providerName), named] : referencedResources(p.providerName);
        })
      );
      for (const resource of resources) {
        const pools = index2.get(resource);
        if (pools) pools.push(pool);
        else index2.set(resource, [pool]);
      }
    }
    poolsIndex.set(model, index2);
  }
  return index2;
}
function identityPoolOfMapping(model, mapping) {
  return mapping.identityPoolResource ? model.identityPools.find((p) => p.templateResource === mapping.identityPoolResource) : void 0;
}

// src/dialects/cloudformation/apis.ts
var SAM_API = "AWS::Serverless::Api";
var SAM_HTTP_API = "AWS::Serverless::HttpApi";
var SAM_FUNCTION = "AWS::Serverless::Function";
var USER_POOL = "AWS::Cognito::UserPool";
var USER_POOL_CLIENT = "AWS::Cognito::UserPoolClient";
var IMPLICIT_REST_API = "ServerlessRestApi";
var IMPLICIT_HTTP_API = "ServerlessHttpApi";
var OPENAPI_METHODS = /* @__PURE__ */ new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace", "x-amazon-apigateway-any-method"]);
function ref(stack, pointer) {
  return { doc: stack.doc, pointer };
}
function fieldAt(ctx, pointer) {
  const source = ref(ctx.stack, pointer);
  const ssm = ssmParameterIn(ctx.stack, valueAtPointer(ctx.stack.doc.data, pointer), 0);
  if (ssm) return { value: unknownValue(`parameter ${ssm} is read from SSM Parameter Store`), source };
  return { value: ctx.resolver.resolveAt(ctx.stack, pointer), source };
}
function ssmParameterIn(stack, node, depth) {
  if (depth > 16 || node === null || typeof node !== "object") return void 0;
  const isSsm = (name) => stack.parameters.get(name)?.type?.startsWith("AWS::SSM::Parameter::Value") === true;
  if (Array.isArray(node)) {
    for (const item of node) {
      const found2 = ssmParameterIn(stack, item, depth + 1);
      if (found2) return found2;
    }
    return void 0;
  }
  const record = node;
  const refName = own(record, "Ref");
  if (typeof refName === "string" && isSsm(refName)) return refName;
  const sub = own(record, "Fn::Sub");
  const text = typeof sub === "string" ? sub : Array.isArray(sub) && typeof sub[0] === "string" ? sub[0] : void 0;
  if (text !== void 0) {
    for (const match2 of text.matchAll(/\$\{([^!}][^}]*)\}/g)) {
      if (isSsm(match2[1].trim())) return match2[1].trim();
    }
  }
  for (const value of Object.values(record)) {
    const found2 = ssmParameterIn(stack, value, depth + 1);
    if (found2) return found2;
  }
  return void 0;
}
function propField(ctx, resource, ...tokens) {
  return fieldAt(ctx, joinPointer(resource.propertiesPointer, ...tokens));
}
function keyIgnoringCase(object, name) {
  if (Object.prototype.hasOwnProperty.call(object, name)) return name;
  const lower = name.toLowerCase();
  return Object.keys(object).find((k) => k.toLowerCase() === lower);
}
function upperKnown(field) {
  const value = mapKnown(field.value, (s) => s.toUpperCase());
  return { value, source: field.source };
}
function mapKnown(value, map) {
  if (value.kind === "known" && typeof value.value === "string") return { kind: "known", value: map(value.value) };
  if (value.kind === "anyOf") return { kind: "anyOf", options: value.options.map((o) => mapKnown(o, map)) };
  return value;
}
function apiKeyOf(ctx, pointer, value) {
  if (value.kind === "resource") return `resource:${value.resource.stack.key}#${value.resource.logicalId}`;
  const text = knownString(value);
  if (text !== void 0) return `id:${text}`;
  const raw = valueAtPointer(ctx.stack.doc.data, pointer);
  if (raw === void 0) return void 0;
  return `expr:${ctx.stack.key}:${JSON.stringify(raw)}`;
}
function resourceKey(resource) {
  return `resource:${resource.stack.key}#${resource.logicalId}`;
}
function innerEntity(name, source, resource, templateResource) {
  return { name, source, resource, ...templateResource ? { templateResource } : {} };
}
function listEntries(ctx, pointer, value) {
  const raw = valueAtPointer(ctx.stack.doc.data, pointer);
  if (Array.isArray(raw)) return raw.map((_, i) => fieldAt(ctx, joinPointer(pointer, i)));
  if (value.kind === "unknown") return [{ value, source: ref(ctx.stack, pointer) }];
  if (value.kind === "absent") return [];
  if (value.kind === "list") return value.items.map((item) => ({ value: item, source: ref(ctx.stack, pointer) }));
  return [{ value, source: ref(ctx.stack, pointer) }];
}
function userPoolsIn(entries) {
  const out = [];
  for (const entry of entries) {
    for (const alt of alternatives(entry.value)) {
      const pool = referencedResource(alt, USER_POOL);
      if (pool && !out.includes(pool)) out.push(pool);
    }
  }
  return out;
}
function providerArns(ctx, pointer) {
  const { value } = fieldAt(ctx, pointer);
  const entries = listEntries(ctx, pointer, value);
  return { present: value.kind !== "absent", source: ref(ctx.stack, pointer), value, entries, userPools: userPoolsIn(entries) };
}
function jwtConfiguration(ctx, pointer, caseInsensitive) {
  const raw = valueAtPointer(ctx.stack.doc.data, pointer);
  const present = raw !== void 0;
  const object = isPlainObject(raw) && !intrinsicName(raw) ? raw : void 0;
  const key2 = (name) => (object && caseInsensitive ? keyIgnoringCase(object, name) : void 0) ?? name;
  const readable = present && object !== void 0;
  const issuerPointer = joinPointer(pointer, key2("Issuer"));
  const audiencePointer = joinPointer(pointer, key2("Audience"));
  const issuer = readable ? fieldAt(ctx, issuerPointer) : { value: present ? unknownValue("JwtConfiguration is not an object") : ABSENT, source: ref(ctx.stack, issuerPointer) };
  const audience = readable ? fieldAt(ctx, audiencePointer) : { value: present ? unknownValue("JwtConfiguration is not an object") : ABSENT, source: ref(ctx.stack, audiencePointer) };
  const entries = readable ? listEntries(ctx, audiencePointer, audience.value) : [];
  const audienceEntries = entries.map((entry) => {
    let client;
    let userPool;
    for (const alt of alternatives(entry.value)) {
      if (alt.kind !== "resource") continue;
      if (alt.resource.type === USER_POOL_CLIENT && (alt.attribute === void 0 || alt.attribute === "ClientId")) client = alt.resource;
      if (alt.resource.type === USER_POOL) userPool = alt.resource;
    }
    const clientUserPool = client ? ctx.resolver.resolveAt(client.stack, joinPointer(client.propertiesPointer, "UserPoolId")) : void 0;
    return { ...entry, client, clientUserPool, userPool };
  });
  return {
    present,
    source: ref(ctx.stack, pointer),
    issuer,
    issuerUserPool: issuerUserPool(issuer.value),
    issuerUserPoolId: issuerUserPoolId(issuer.value),
    audience,
    audienceEntries
  };
}
function unknownValue(reason2) {
  return { kind: "unknown", reason: reason2 };
}
function buildApiEntities(stacks, resolver) {
  const out = {
    restApis: [],
    httpApis: [],
    restResources: [],
    restMethods: [],
    httpRoutes: [],
    restAuthorizers: [],
    httpAuthorizers: [],
    operations: [],
    samEvents: []
  };
  const restByResource = /* @__PURE__ */ new Map();
  const httpByResource = /* @__PURE__ */ new Map();
  const restAuthorizerByResource = /* @__PURE__ */ new Map();
  const httpAuthorizerByResource = /* @__PURE__ */ new Map();
  for (const stack of stacks) {
    const ctx = { stack, resolver };
    for (const resource of stack.resources.values()) {
      switch (resource.type) {
        case "AWS::ApiGateway::RestApi": {
          const api = newRestApi(templateEntity(resource), "resource", resourceKey(resource));
          api.definition = readDefinition(ctx, api, resource, "Body", "BodyS3Location", out);
          restByResource.set(resource, api);
          out.restApis.push(api);
          break;
        }
        case SAM_API: {
          const api = newRestApi(templateEntity(resource), "sam", resourceKey(resource));
          api.definition = readDefinition(ctx, api, resource, "DefinitionBody", "DefinitionUri", out);
          api.samAuth = readSamAuth(ctx, api, resource, out);
          restByResource.set(resource, api);
          out.restApis.push(api);
          break;
        }
        case "AWS::ApiGatewayV2::Api": {
          const api = newHttpApi(templateEntity(resource), "resource", resourceKey(resource), propField(ctx, resource, "ProtocolType"));
          api.definition = readDefinition(ctx, api, resource, "Body", "BodyS3Location", out);
          if (api.protocolType.value.kind === "absent" && api.definition.state !== "none") {
            api.protocolType = { value: { kind: "known", value: "HTTP" }, source: api.protocolType.source };
          }
          httpByResource.set(resource, api);
          out.httpApis.push(api);
          break;
        }
        case SAM_HTTP_API: {
          const api = newHttpApi(templateEntity(resource), "sam", resourceKey(resource), {
            value: { kind: "known", value: "HTTP" },
            source: resource.source
          });
          api.definition = readDefinition(ctx, api, resource, "DefinitionBody", "DefinitionUri", out);
          api.samAuth = readSamAuth(ctx, api, resource, out);
          httpByResource.set(resource, api);
          out.httpApis.push(api);
          break;
        }
      }
    }
  }
  const restApiFor = (value) => value.kind === "resource" && (value.attribute === void 0 || value.attribute === "RestApiId") ? restByResource.get(value.resource) : void 0;
  const httpApiFor = (value) => value.kind === "resource" && (value.attribute === void 0 || value.attribute === "ApiId") ? httpByResource.get(value.resource) : void 0;
  for (const stack of stacks) {
    const ctx = { stack, resolver };
    for (const resource of stack.resources.values()) {
      if (resource.type === "AWS::ApiGateway::Authorizer") {
        const apiField = propField(ctx, resource, "RestApiId");
        const api = restApiFor(apiField.value);
        const authorizer = {
          ...templateEntity(resource),
          kind: "rest-authorizer",
          origin: "resource",
          api,
          apiValue: apiField.value,
          apiRef: expressionText(ctx, apiField),
          apiKey: api?.key ?? apiKeyOf(ctx, apiField.source.pointer, apiField.value),
          type: upperKnown(propField(ctx, resource, "Type")),
          providerArns: providerArns(ctx, joinPointer(resource.propertiesPointer, "ProviderARNs")),
          identitySource: propField(ctx, resource, "IdentitySource"),
          authorizationScopes: { value: ABSENT, source: ref(stack, joinPointer(resource.propertiesPointer, "AuthorizationScopes")) },
          propertiesSource: ref(stack, resource.propertiesPointer)
        };
        api?.authorizers.push(authorizer);
        restAuthorizerByResource.set(resource, authorizer);
        out.restAuthorizers.push(authorizer);
      } else if (resource.type === "AWS::ApiGatewayV2::Authorizer") {
        const apiField = propField(ctx, resource, "ApiId");
        const api = httpApiFor(apiField.value);
        const type = upperKnown(propField(ctx, resource, "AuthorizerType"));
        const jwtPointer = joinPointer(resource.propertiesPointer, "JwtConfiguration");
        const isJwt = alternatives(type.value).some((v) => knownString(v) === "JWT") || valueAtPointer(stack.doc.data, jwtPointer) !== void 0;
        const authorizer = {
          ...templateEntity(resource),
          kind: "http-authorizer",
          origin: "resource",
          api,
          apiValue: apiField.value,
          apiRef: expressionText(ctx, apiField),
          apiKey: api?.key ?? apiKeyOf(ctx, apiField.source.pointer, apiField.value),
          type,
          jwt: isJwt ? jwtConfiguration(ctx, jwtPointer, false) : void 0,
          identitySource: propField(ctx, resource, "IdentitySource"),
          authorizationScopes: { value: ABSENT, source: ref(stack, joinPointer(resource.propertiesPointer, "AuthorizationScopes")) },
          propertiesSource: ref(stack, resource.propertiesPointer)
        };
        api?.authorizers.push(authorizer);
        httpAuthorizerByResource.set(resource, authorizer);
        out.httpAuthorizers.push(authorizer);
      }
    }
  }
  const restResourceByResource = /* @__PURE__ */ new Map();
  for (const stack of stacks) {
    const ctx = { stack, resolver };
    for (const resource of stack.resources.values()) {
      if (resource.type !== "AWS::ApiGateway::Resource") continue;
      const apiField = propField(ctx, resource, "RestApiId");
      const api = restApiFor(apiField.value);
      const node = {
        ...templateEntity(resource),
        kind: "rest-resource",
        api,
        apiValue: apiField.value,
        apiRef: expressionText(ctx, apiField),
        pathPart: propField(ctx, resource, "PathPart"),
        parent: propField(ctx, resource, "ParentId"),
        path: "<?>",
        pathKnown: false
      };
      restResourceByResource.set(resource, node);
      api?.restResources.push(node);
      out.restResources.push(node);
    }
  }
  for (const node of restResourceByResource.values()) {
    const { path: path2, known: known2 } = resourcePath(node, restResourceByResource, /* @__PURE__ */ new Set());
    node.path = path2;
    node.pathKnown = known2;
  }
  for (const stack of stacks) {
    const ctx = { stack, resolver };
    for (const resource of stack.resources.values()) {
      if (resource.type === "AWS::ApiGateway::Method") {
        const apiField = propField(ctx, resource, "RestApiId");
        const api = restApiFor(apiField.value);
        const resourceField = propField(ctx, resource, "ResourceId");
        const { node, path: path2 } = methodPath(resourceField.value, restResourceByResource);
        const authorizerId = propField(ctx, resource, "AuthorizerId");
        const method = {
          ...templateEntity(resource),
          kind: "rest-method",
          api,
          apiValue: apiField.value,
          apiRef: expressionText(ctx, apiField),
          apiKey: api?.key ?? apiKeyOf(ctx, apiField.source.pointer, apiField.value),
          httpMethod: upperKnown(propField(ctx, resource, "HttpMethod")),
          restResource: node,
          path: path2,
          authorizationType: upperKnown(propField(ctx, resource, "AuthorizationType")),
          authorizerId,
          authorizer: resourceOf(authorizerId.value, restAuthorizerByResource, ["AuthorizerId"]),
          authorizationScopes: propField(ctx, resource, "AuthorizationScopes"),
          apiKeyRequired: propField(ctx, resource, "ApiKeyRequired"),
          propertiesSource: ref(stack, resource.propertiesPointer)
        };
        api?.methods.push(method);
        out.restMethods.push(method);
      } else if (resource.type === "AWS::ApiGatewayV2::Route") {
        const apiField = propField(ctx, resource, "ApiId");
        const api = httpApiFor(apiField.value);
        const authorizerId = propField(ctx, resource, "AuthorizerId");
        const route = {
          ...templateEntity(resource),
          kind: "http-route",
          api,
          apiValue: apiField.value,
          apiRef: expressionText(ctx, apiField),
          apiKey: api?.key ?? apiKeyOf(ctx, apiField.source.pointer, apiField.value),
          routeKey: propField(ctx, resource, "RouteKey"),
          authorizationType: upperKnown(propField(ctx, resource, "AuthorizationType")),
          authorizerId,
          authorizer: resourceOf(authorizerId.value, httpAuthorizerByResource, ["AuthorizerId"]),
          authorizationScopes: propField(ctx, resource, "AuthorizationScopes"),
          propertiesSource: ref(stack, resource.propertiesPointer)
        };
        api?.routes.push(route);
        out.httpRoutes.push(route);
      }
    }
  }
  for (const stack of stacks) {
    readSamEvents({ stack, resolver }, restByResource, httpByResource, out);
  }
  return out;
}
function newRestApi(entity, origin, key2) {
  return {
    ...entity,
    kind: "rest-api",
    origin,
    key: key2,
    definition: { state: "none", source: void 0, securitySchemes: [], operations: [] },
    authorizers: [],
    restResources: [],
    methods: [],
    samAuth: void 0,
    samEvents: []
  };
}
function newHttpApi(entity, origin, key2, protocolType) {
  return {
    ...entity,
    kind: "http-api",
    origin,
    key: key2,
    protocolType,
    definition: { state: "none", source: void 0, securitySchemes: [], operations: [] },
    authorizers: [],
    routes: [],
    samAuth: void 0,
    samEvents: []
  };
}
function resourceOf(value, map, attributes) {
  for (const alt of alternatives(value)) {
    if (alt.kind === "resource" && (alt.attribute === void 0 || attributes.includes(alt.attribute))) {
      const found2 = map.get(alt.resource);
      if (found2) return found2;
    }
  }
  return void 0;
}
function resourcePath(node, byResource, seen) {
  if (node.pathKnown || node.path !== "<?>") return { path: node.path, known: node.pathKnown };
  const partText = knownString(node.pathPart.value);
  const part = partText ?? "<?>";
  if (seen.has(node)) return { path: `<?>/${part}`, known: false };
  seen.add(node);
  const parent = node.parent.value;
  let prefix;
  if (parent.kind === "resource" && parent.attribute === "RootResourceId") prefix = { path: "", known: true };
  else if (parent.kind === "resource" && parent.resource.type === "AWS::ApiGateway::Resource" && (parent.attribute === void 0 || parent.attribute === "ResourceId")) {
    const parentNode = byResource.get(parent.resource);
    prefix = parentNode ? resourcePath(parentNode, byResource, seen) : { path: "<?>", known: false };
  } else prefix = { path: "<?>", known: false };
  const result = { path: `${prefix.path === "/" ? "" : prefix.path}/${part}`, known: prefix.known && partText !== void 0 };
  node.path = result.path;
  node.pathKnown = result.known;
  return result;
}
function methodPath(value, byResource) {
  if (value.kind === "resource" && value.attribute === "RootResourceId") return { node: void 0, path: "/" };
  if (value.kind === "resource" && value.resource.type === "AWS::ApiGateway::Resource") {
    const node = byResource.get(value.resource);
    if (node) return { node, path: node.path };
  }
  return { node: void 0, path: "<?>" };
}
function readDefinition(ctx, api, resource, bodyProperty, externalProperty, out) {
  const bodyPointer = joinPointer(resource.propertiesPointer, bodyProperty);
  const raw = own(resource.properties, bodyProperty);
  const source = ref(ctx.stack, bodyPointer);
  if (raw === void 0) {
    const external = own(resource.properties, externalProperty);
    if (external === void 0) return { state: "none", source: void 0, securitySchemes: [], operations: [] };
    return { state: "external", source: ref(ctx.stack, joinPointer(resource.propertiesPointer, externalProperty)), securitySchemes: [], operations: [] };
  }
  if (!isPlainObject(raw) || intrinsicName(raw)) return { state: "unknown", source, securitySchemes: [], operations: [] };
  const definition = { state: "inline", source, securitySchemes: [], operations: [] };
  const schemesPointer = isPlainObject(own(raw, "securityDefinitions")) ? joinPointer(bodyPointer, "securityDefinitions") : isPlainObject(own(raw, "components")) && isPlainObject(own(own(raw, "components"), "securitySchemes")) ? joinPointer(bodyPointer, "components", "securitySchemes") : void 0;
  const schemes = schemesPointer ? valueAtPointer(ctx.stack.doc.data, schemesPointer) : {};
  for (const [name, scheme] of Object.entries(schemes)) {
    if (!isPlainObject(scheme)) continue;
    const schemePointer = joinPointer(schemesPointer, name);
    const authType = knownString(ctx.resolver.resolveAt(ctx.stack, joinPointer(schemePointer, "x-amazon-apigateway-authtype")))?.toLowerCase();
    const authorizerRaw = own(scheme, "x-amazon-apigateway-authorizer");
    let authorizer;
    if (isPlainObject(authorizerRaw)) {
      const authPointer = joinPointer(schemePointer, "x-amazon-apigateway-authorizer");
      const entity = innerEntity(name, ref(ctx.stack, schemePointer), api.resource, resource);
      const type = upperKnown(fieldAt(ctx, joinPointer(authPointer, "type")));
      if (api.kind === "rest-api") {
        const restAuthorizer = {
          ...entity,
          kind: "rest-authorizer",
          origin: "openapi",
          api,
          apiValue: { kind: "resource", resource },
          apiRef: api.name,
          apiKey: api.key,
          type,
          providerArns: providerArns(ctx, joinPointer(authPointer, "providerARNs")),
          identitySource: fieldAt(ctx, joinPointer(authPointer, "identitySource")),
          authorizationScopes: { value: ABSENT, source: ref(ctx.stack, joinPointer(authPointer, "authorizationScopes")) },
          propertiesSource: ref(ctx.stack, authPointer)
        };
        api.authorizers.push(restAuthorizer);
        out.restAuthorizers.push(restAuthorizer);
        authorizer = restAuthorizer;
      } else {
        const isJwt = alternatives(type.value).some((v) => knownString(v) === "JWT");
        const httpAuthorizer = {
          ...entity,
          kind: "http-authorizer",
          origin: "openapi",
          api,
          apiValue: { kind: "resource", resource },
          apiRef: api.name,
          apiKey: api.key,
          type,
          jwt: isJwt ? jwtConfiguration(ctx, joinPointer(authPointer, "jwtConfiguration"), true) : void 0,
          identitySource: fieldAt(ctx, joinPointer(authPointer, "identitySource")),
          authorizationScopes: { value: ABSENT, source: ref(ctx.stack, joinPointer(authPointer, "authorizationScopes")) },
          propertiesSource: ref(ctx.stack, authPointer)
        };
        api.authorizers.push(httpAuthorizer);
        out.httpAuthorizers.push(httpAuthorizer);
        authorizer = httpAuthorizer;
      }
    }
    definition.securitySchemes.push({ name, source: ref(ctx.stack, schemePointer), authType, authorizer });
  }
  const readSecurity = (pointer) => {
    const node = valueAtPointer(ctx.stack.doc.data, pointer);
    if (!Array.isArray(node)) return void 0;
    return node.map((requirement, i) => {
      if (!isPlainObject(requirement)) return [];
      return Object.keys(requirement).map((schemeName) => {
        const entryPointer = joinPointer(pointer, i, schemeName);
        return {
          name: schemeName,
          scheme: definition.securitySchemes.find((s) => s.name === schemeName),
          scopes: ctx.resolver.resolveAt(ctx.stack, entryPointer),
          source: ref(ctx.stack, entryPointer)
        };
      });
    });
  };
  const globalSecurityPointer = joinPointer(bodyPointer, "security");
  const globalSecurity = readSecurity(globalSecurityPointer);
  const paths = own(raw, "paths");
  if (isPlainObject(paths)) {
    for (const [path2, item] of Object.entries(paths)) {
      if (!isPlainObject(item)) continue;
      for (const [methodKey, operation] of Object.entries(item)) {
        if (!OPENAPI_METHODS.has(methodKey.toLowerCase()) || !isPlainObject(operation)) continue;
        const opPointer = joinPointer(bodyPointer, "paths", path2, methodKey);
        const ownSecurity = readSecurity(joinPointer(opPointer, "security"));
        const method = methodKey.toLowerCase() === "x-amazon-apigateway-any-method" ? "ANY" : methodKey.toUpperCase();
        const op = {
          ...innerEntity(`${method} ${path2}`, ref(ctx.stack, opPointer), api.resource, resource),
          kind: "api-operation",
          api,
          method,
          path: path2,
          security: ownSecurity ?? globalSecurity,
          securitySource: ownSecurity ? ref(ctx.stack, joinPointer(opPointer, "security")) : globalSecurity ? ref(ctx.stack, globalSecurityPointer) : void 0
        };
        definition.operations.push(op);
        out.operations.push(op);
      }
    }
  }
  return definition;
}
function samAuthLayers(stack, resource, globalsSection) {
  const layers = [];
  if (resource && isPlainObject(own(resource.properties, "Auth"))) layers.push(joinPointer(resource.propertiesPointer, "Auth"));
  if (stack.input.resourcesPointer === "/Resources") {
    const globals = valueAtPointer(stack.doc.data, joinPointer("/Globals", globalsSection, "Auth"));
    if (isPlainObject(globals)) layers.push(joinPointer("/Globals", globalsSection, "Auth"));
  }
  return layers;
}
function readSamAuth(ctx, api, resource, out) {
  const layers = samAuthLayers(ctx.stack, resource, api.kind === "rest-api" ? "Api" : "HttpApi");
  if (layers.length === 0) return void 0;
  const data = ctx.stack.doc.data;
  const layered = (key2) => {
    for (const layer of layers) {
      const pointer = joinPointer(layer, key2);
      if (valueAtPointer(data, pointer) !== void 0) return fieldAt(ctx, pointer);
    }
    return { value: ABSENT, source: ref(ctx.stack, joinPointer(layers[0], key2)) };
  };
  const names = [];
  let readable = true;
  let definingLayer;
  for (const layer of layers) {
    const authorizersPointer = joinPointer(layer, "Authorizers");
    const authorizers = valueAtPointer(data, authorizersPointer);
    if (authorizers === void 0) continue;
    if (!isPlainObject(authorizers) || intrinsicName(authorizers)) {
      readable = false;
      continue;
    }
    definingLayer ??= layer;
    for (const [name, body] of Object.entries(authorizers)) {
      if (names.includes(name) || !isPlainObject(body)) continue;
      names.push(name);
      const pointer = joinPointer(authorizersPointer, name);
      const entity = innerEntity(name, ref(ctx.stack, pointer), api.resource, resource);
      if (api.kind === "rest-api") {
        const authorizer = samRestAuthorizer(ctx, api, entity, pointer, body);
        api.authorizers.push(authorizer);
        out.restAuthorizers.push(authorizer);
      } else {
        const authorizer = samHttpAuthorizer(ctx, api, entity, pointer, body);
        api.authorizers.push(authorizer);
        out.httpAuthorizers.push(authorizer);
      }
    }
  }
  return {
    source: ref(ctx.stack, definingLayer ?? layers[0]),
    defaultAuthorizer: layered("DefaultAuthorizer"),
    addDefaultAuthorizerToCorsPreflight: layered("AddDefaultAuthorizerToCorsPreflight"),
    apiKeyRequired: layered("ApiKeyRequired"),
    authorizerNames: names,
    authorizersReadable: readable
  };
}
function samRestAuthorizer(ctx, api, entity, pointer, body) {
  const isCognito = own(body, "UserPoolArn") !== void 0;
  const payloadType = knownString(ctx.resolver.resolveAt(ctx.stack, joinPointer(pointer, "FunctionPayloadType")))?.toUpperCase() ?? "TOKEN";
  const identity = own(body, "Identity");
  const header = isPlainObject(identity) ? knownString(ctx.resolver.resolveAt(ctx.stack, joinPointer(pointer, "Identity", "Header"))) : void 0;
  return {
    ...entity,
    kind: "rest-authorizer",
    origin: "sam",
    api,
    apiValue: api.templateResource ? { kind: "resource", resource: api.templateResource } : unknownValue("implicit API"),
    apiRef: api.name,
    apiKey: api.key,
    type: { value: { kind: "known", value: isCognito ? "COGNITO_USER_POOLS" : payloadType }, source: ref(ctx.stack, pointer) },
    providerArns: providerArns(ctx, joinPointer(pointer, "UserPoolArn")),
    // SAM always reads a header for Cognito and TOKEN authorizers (`Identity.Header`, default `Authorization`).
    identitySource: {
      value: isCognito || payloadType === "TOKEN" ? { kind: "known", value: `method.request.header.${header ?? "Authorization"}` } : ABSENT,
      source: ref(ctx.stack, joinPointer(pointer, "Identity"))
    },
    authorizationScopes: fieldAt(ctx, joinPointer(pointer, "AuthorizationScopes")),
    propertiesSource: ref(ctx.stack, pointer)
  };
}
function samHttpAuthorizer(ctx, api, entity, pointer, body) {
  const jwtKey = keyIgnoringCase(body, "JwtConfiguration");
  const isJwt = jwtKey !== void 0 || own(body, "FunctionArn") === void 0;
  return {
    ...entity,
    kind: "http-authorizer",
    origin: "sam",
    api,
    apiValue: api.templateResource ? { kind: "resource", resource: api.templateResource } : unknownValue("implicit API"),
    apiRef: api.name,
    apiKey: api.key,
    type: { value: { kind: "known", value: isJwt ? "JWT" : "REQUEST" }, source: ref(ctx.stack, pointer) },
    jwt: isJwt ? jwtConfiguration(ctx, joinPointer(pointer, jwtKey ?? "JwtConfiguration"), true) : void 0,
    identitySource: fieldAt(ctx, joinPointer(pointer, "IdentitySource")),
    authorizationScopes: fieldAt(ctx, joinPointer(pointer, "AuthorizationScopes")),
    propertiesSource: ref(ctx.stack, pointer)
  };
}
function readSamEvents(ctx, restByResource, httpByResource, out) {
  const { stack } = ctx;
  let implicitRest;
  let implicitHttp;
  const implicit = (type, firstUse) => {
    const globalsPointer = joinPointer("/Globals", type);
    const hasGlobals = stack.input.resourcesPointer === "/Resources" && valueAtPointer(stack.doc.data, globalsPointer) !== void 0;
    const logicalId = type === "Api" ? IMPLICIT_REST_API : IMPLICIT_HTTP_API;
    const entity = {
      name: logicalId,
      source: hasGlobals ? ref(stack, globalsPointer) : firstUse,
      resource: { logicalId, type: type === "Api" ? SAM_API : SAM_HTTP_API, stack: stack.name }
    };
    const key2 = `implicit:${stack.key}#${logicalId}`;
    if (type === "Api") {
      if (!implicitRest) {
        implicitRest = newRestApi(entity, "sam-implicit", key2);
        implicitRest.samAuth = readSamAuth(ctx, implicitRest, void 0, out);
        out.restApis.push(implicitRest);
      }
      return implicitRest;
    }
    if (!implicitHttp) {
      implicitHttp = newHttpApi(entity, "sam-implicit", key2, { value: { kind: "known", value: "HTTP" }, source: entity.source });
      implicitHttp.samAuth = readSamAuth(ctx, implicitHttp, void 0, out);
      out.httpApis.push(implicitHttp);
    }
    return implicitHttp;
  };
  for (const resource of stack.resources.values()) {
    if (resource.type !== SAM_FUNCTION) continue;
    const events = own(resource.properties, "Events");
    if (!isPlainObject(events)) continue;
    for (const [eventName, event] of Object.entries(events)) {
      if (!isPlainObject(event)) continue;
      const eventType = own(event, "Type");
      if (eventType !== "Api" && eventType !== "HttpApi") continue;
      const eventPointer = joinPointer(resource.propertiesPointer, "Events", eventName);
      const propsPointer = joinPointer(eventPointer, "Properties");
      const at = (...tokens) => fieldAt(ctx, joinPointer(propsPointer, ...tokens));
      const apiField = at(eventType === "Api" ? "RestApiId" : "ApiId");
      let api;
      if (apiField.value.kind === "absent") api = implicit(eventType, ref(stack, eventPointer));
      else if (apiField.value.kind === "resource" && apiField.value.attribute === void 0) {
        api = eventType === "Api" ? restByResource.get(apiField.value.resource) : httpByResource.get(apiField.value.resource);
      }
      let path2 = at("Path");
      let method = at("Method");
      if (eventType === "HttpApi" && path2.value.kind === "absent" && method.value.kind === "absent") {
        path2 = { value: { kind: "known", value: "$default" }, source: path2.source };
        method = { value: { kind: "known", value: "ANY" }, source: method.source };
      }
      method = upperKnown(method);
      const pathText = knownString(path2.value) ?? "<?>";
      const methodText = knownString(method.value) ?? "<?>";
      const label = pathText === "$default" ? "$default" : `${methodText === "X-AMAZON-APIGATEWAY-ANY-METHOD" ? "ANY" : methodText} ${pathText}`;
      const samEvent = {
        name: `${resource.logicalId}.${eventName}`,
        source: ref(stack, eventPointer),
        resource: templateEntity(resource).resource,
        templateResource: resource,
        kind: "sam-event",
        eventType,
        functionName: resource.logicalId,
        eventName,
        api,
        apiValue: apiField.value,
        apiRef: expressionText(ctx, apiField),
        path: path2,
        method,
        label,
        authorizer: at("Auth", "Authorizer"),
        authorizationScopes: at("Auth", "AuthorizationScopes"),
        propertiesSource: ref(stack, propsPointer)
      };
      api?.samEvents.push(samEvent);
      out.samEvents.push(samEvent);
    }
  }
}
function referencedResource(value, type) {
  switch (value.kind) {
    case "resource":
      return value.resource.type === type ? value.resource : void 0;
    case "concat":
      for (const part of value.parts) {
        const found2 = referencedResource(part, type);
        if (found2) return found2;
      }
      return void 0;
    case "anyOf":
      for (const option of value.options) {
        const found2 = referencedResource(option, type);
        if (found2) return found2;
      }
      return void 0;
    default:
      return void 0;
  }
}
function knownAlternatives(value) {
  const values = [];
  let absent = false;
  let unknown2 = false;
  for (const alt of alternatives(value)) {
    if (alt.kind === "absent") absent = true;
    else {
      const text = knownString(alt);
      if (text === void 0) unknown2 = true;
      else values.push(text);
    }
  }
  return { values, absent, unknown: unknown2 };
}
function describeOpenAuthorization(authorizationType) {
  if (authorizationType.value.kind === "absent") return "no `AuthorizationType` (API Gateway then uses `NONE`)";
  const { values, unknown: unknown2 } = knownAlternatives(authorizationType.value);
  return values.length === 1 && !unknown2 ? "`AuthorizationType: NONE`" : "an `AuthorizationType` that may be `NONE`";
}
function mayBeUnauthenticated(authorizationType) {
  const { values, absent } = knownAlternatives(authorizationType);
  return absent || values.some((v) => v.toUpperCase() === "NONE");
}
function mayBe(value, want) {
  return knownAlternatives(value).values.some((v) => v.toUpperCase() === want.toUpperCase());
}
function certainlyNot(value, other) {
  const { values, absent, unknown: unknown2 } = knownAlternatives(value);
  return !unknown2 && !absent && values.length > 0 && values.every((v) => v.toUpperCase() !== other.toUpperCase());
}
function methodLabel(method) {
  const verb2 = knownString(method.httpMethod.value);
  if (method.path !== "<?>" && verb2 !== void 0) return `${verb2} ${method.path}`;
  return verb2 !== void 0 ? `${method.name} (${verb2})` : method.name;
}
function methodSubject(method) {
  const api = method.apiValue.kind === "absent" ? "" : ` of API \`${apiName(method)}\``;
  return `Method \`${methodLabel(method)}\`${api}`;
}
function routeLabel(route) {
  return knownString(route.routeKey.value) ?? describe(route.routeKey.value);
}
function apiName(entity) {
  return entity.api ? entity.api.name : entity.apiRef;
}
function expressionText(ctx, field) {
  const value = field.value;
  if (value.kind === "absent") return "(none)";
  if (value.kind === "resource") return value.attribute ? `${value.resource.logicalId}.${value.attribute}` : value.resource.logicalId;
  const text = knownString(value);
  if (text !== void 0) return text;
  const raw = valueAtPointer(ctx.stack.doc.data, field.source.pointer);
  const render2 = (node, depth) => {
    if (depth > 3) return "\u2026";
    if (typeof node === "string" || typeof node === "number" || typeof node === "boolean") return String(node);
    if (Array.isArray(node)) return `[${node.map((n) => render2(n, depth + 1)).join(", ")}]`;
    const fn = intrinsicName(node);
    if (fn && isPlainObject(node)) return `${fn} ${render2(own(node, fn), depth + 1)}`;
    return describe(value);
  };
  return render2(raw, 0);
}
function authorizerLabel(authorizer) {
  const where = authorizer.origin === "resource" ? "" : authorizer.origin === "sam" ? " (SAM `Auth.Authorizers`)" : " (OpenAPI security scheme)";
  const kind = authorizer.kind === "http-authorizer" ? "HTTP API" : "API";
  return `\`${authorizer.name}\`${where} of ${kind} \`${apiName(authorizer)}\``;
}
function restApiHasAuthorizer(entities, method) {
  const byKey = method.apiKey !== void 0 && entities.restAuthorizers.some((a) => a.apiKey === method.apiKey);
  if (byKey) return "yes";
  const api = method.api;
  if (!api) return "unknown";
  if (api.authorizers.length > 0) return "yes";
  if (api.definition.state === "external" || api.definition.state === "unknown") return "unknown";
  if (api.samAuth && !api.samAuth.authorizersReadable) return "unknown";
  return "no";
}
function jwtAuthorizersOfRoute(entities, route) {
  return entities.httpAuthorizers.filter(
    (a) => (route.api !== void 0 ? a.api === route.api : a.apiKey !== void 0 && a.apiKey === route.apiKey) && mayBe(a.type.value, "JWT")
  );
}
function isCognitoIssuer(value) {
  return alternatives(value).some((alt) => referencedResource(alt, USER_POOL) !== void 0 || /cognito-idp/i.test(fixedText(alt)));
}
function fixedText(value) {
  switch (value.kind) {
    case "known":
      return value.value === null ? "" : String(value.value);
    case "concat":
      return value.parts.map(fixedText).join("");
    default:
      return "";
  }
}
function issuerUserPool(value) {
  return referencedResource(value, USER_POOL);
}
var USER_POOL_ID = /^[a-z]{2}(-[a-z]+)+-\d_[0-9A-Za-z]+$/;
function isUserPoolIdText(text) {
  return USER_POOL_ID.test(text);
}
function issuerUserPoolId(value) {
  const text = knownString(value);
  if (text === void 0) return void 0;
  const last = text.slice(text.lastIndexOf("/") + 1);
  return isUserPoolIdText(last) ? last : void 0;
}
var literal = (text) => [...text].map((ch) => ({ test: (c) => c === ch, repeat: false }));
var charClass = (re) => ({ test: (c) => re.test(c), repeat: true });
var REGION_ATOMS = [charClass(/[a-z0-9-]/)];
var POOL_ID_ATOMS = [charClass(/[a-z0-9-]/), ...literal("_"), charClass(/[0-9A-Za-z]/)];
var ISSUER_GRAMMARS = [".amazonaws.com/", ".amazonaws.com.cn/"].map((suffix) => [
  ...literal("https://cognito-idp."),
  ...REGION_ATOMS,
  ...literal(suffix),
  ...POOL_ID_ATOMS
]);
var USER_POOL_ARN_GRAMMAR = [
  ...literal("arn:aws"),
  { test: (c) => /[a-z-]/.test(c), repeat: true },
  ...literal(":cognito-idp:"),
  ...REGION_ATOMS,
  ...literal(":"),
  charClass(/[0-9]/),
  ...literal(":userpool/"),
  ...POOL_ID_ATOMS
];
var USER_POOL_ARN_GRAMMARS = [
  USER_POOL_ARN_GRAMMAR,
  [...literal("arn:aws"), ...USER_POOL_ARN_GRAMMAR.slice(8)]
];
var SAMPLE_REGION = "us-east-1";
var SAMPLE_POOL_ID = "us-east-1_Sample000";
function userPoolSample(value) {
  if (value.resource.type !== USER_POOL) return void 0;
  switch (value.attribute) {
    case void 0:
    case "UserPoolId":
      return SAMPLE_POOL_ID;
    case "Arn":
      return `arn:aws:cognito-idp:${SAMPLE_REGION}:123456789012:userpool/${SAMPLE_POOL_ID}`;
    case "ProviderURL":
      return `https://cognito-idp.${SAMPLE_REGION}.amazonaws.com/${SAMPLE_POOL_ID}`;
    case "ProviderName":
      return `cognito-idp.${SAMPLE_REGION}.amazonaws.com/${SAMPLE_POOL_ID}`;
    default:
      return void 0;
  }
}
function segments(value) {
  switch (value.kind) {
    case "known":
      return value.value === null ? void 0 : [String(value.value)];
    case "resource": {
      const sample = userPoolSample(value);
      return [sample ?? null];
    }
    case "concat": {
      const out = [];
      for (const part of value.parts) {
        if (part.kind === "known" || part.kind === "resource" || part.kind === "concat") {
          const inner = segments(part);
          if (!inner) out.push(null);
          else out.push(...inner);
        } else out.push(null);
      }
      return out;
    }
    case "unknown":
      return [null];
    default:
      return void 0;
  }
}
var ALPHABET = Array.from({ length: 127 - 32 }, (_, i) => String.fromCharCode(32 + i));
function step(grammar, states, c) {
  const next = /* @__PURE__ */ new Set();
  for (const s of states) {
    if (s < grammar.length && grammar[s].test(c)) next.add(s + 1);
    if (s > 0 && grammar[s - 1].repeat && grammar[s - 1].test(c)) next.add(s);
  }
  return next;
}
function canMatch(grammar, parts) {
  let states = /* @__PURE__ */ new Set([0]);
  for (const part of parts) {
    if (part === null) {
      const closure = new Set(states);
      const queue = [...states];
      while (queue.length > 0) {
        const s = queue.pop();
        for (const c of ALPHABET) {
          for (const t of step(grammar, /* @__PURE__ */ new Set([s]), c)) {
            if (!closure.has(t)) {
              closure.add(t);
              queue.push(t);
            }
          }
        }
      }
      states = closure;
    } else {
      for (const c of part) {
        states = step(grammar, states, c);
        if (states.size === 0) return false;
      }
    }
  }
  return states.has(grammar.length);
}
function judge(value, grammars) {
  const parts = segments(value);
  if (!parts) return "unknown";
  if (parts.every((p) => p === null)) return "unknown";
  return grammars.some((g) => canMatch(g, parts)) ? "valid" : "invalid";
}
function judgeCognitoIssuer(value) {
  return judge(value, ISSUER_GRAMMARS);
}
function judgeUserPoolArn(value) {
  return judge(value, USER_POOL_ARN_GRAMMARS);
}
function issuerDefect(value) {
  const refersToArn = (v) => v.kind === "resource" && v.resource.type === USER_POOL && v.attribute === "Arn" || v.kind === "concat" && v.parts.some(refersToArn);
  const text = (segments(value) ?? []).map((s) => s ?? "").join("");
  if (refersToArn(value) || /:userpool\//.test(text)) return "arn";
  if (/^http:\/\//i.test(text)) return "http";
  if (text.endsWith("/")) return "trailingSlash";
  if (/cognito-idp\.amazonaws\.com/i.test(text)) return "noRegion";
  return "malformed";
}

// src/analysis/exposure.ts
function triOr2(values) {
  let open = false;
  for (const v of values) {
    if (v === true) return true;
    if (v === "unknown") open = true;
  }
  return open ? "unknown" : false;
}
function triAnd2(values) {
  let open = false;
  for (const v of values) {
    if (v === false) return false;
    if (v === "unknown") open = true;
  }
  return open ? "unknown" : true;
}
function perModel() {
  const cache3 = /* @__PURE__ */ new WeakMap();
  return (model, key2, make) => {
    let byKey = cache3.get(model);
    if (!byKey) cache3.set(model, byKey = /* @__PURE__ */ new WeakMap());
    let value = byKey.get(key2);
    if (value === void 0) byKey.set(key2, value = make());
    return value;
  };
}
var mappingsCache = /* @__PURE__ */ new WeakMap();
function roleMappingsOf(model) {
  let mappings = mappingsCache.get(model);
  if (!mappings) {
    mappings = [];
    for (const stack of model.stacks) {
      for (const resource of stack.resources.values()) {
        if (resource.type !== "AWS::Cognito::IdentityPoolRoleAttachment") continue;
        mappings.push(...readMappings(model, resource));
      }
    }
    mappingsCache.set(model, mappings);
  }
  return mappings;
}
function roleMappingsOfPool(model, pool) {
  return roleMappingsOf(model).filter((m) => m.pool === pool);
}
function readMappings(model, resource) {
  const stack = resource.stack;
  const base = { doc: stack.doc, pointer: resource.propertiesPointer };
  const attachment = {
    name: resource.logicalId,
    source: resource.source,
    resource: findingResourceOf(resource),
    templateResource: resource
  };
  const pool = model.identityPoolFor(model.resolver.resolveAt(stack, childRef(base, "IdentityPoolId").pointer));
  const raw = own(resource.properties, "RoleMappings");
  if (!isPlainObject(raw)) return [];
  const out = [];
  for (const [key2, body] of Object.entries(raw)) {
    if (!isPlainObject(body)) continue;
    const source = childRef(base, "RoleMappings", key2);
    const at = (...path2) => childRef(source, ...path2);
    const resolve = (ref2) => model.resolver.resolveAt(stack, ref2.pointer);
    const hasProvider = Object.prototype.hasOwnProperty.call(body, "IdentityProvider");
    const rules2 = [];
    const rulesNode = own(isPlainObject(own(body, "RulesConfiguration")) ? own(body, "RulesConfiguration") : {}, "Rules");
    if (Array.isArray(rulesNode)) {
      rulesNode.forEach((rule, index2) => {
        if (!isPlainObject(rule)) return;
        const ruleSource = at("RulesConfiguration", "Rules", index2);
        const roleSource = childRef(ruleSource, "RoleARN");
        const slot = model.slots.find((s) => s.source.doc === stack.doc && s.source.pointer === roleSource.pointer);
        rules2.push({
          index: index2,
          claim: resolve(childRef(ruleSource, "Claim")),
          claimSource: childRef(ruleSource, "Claim"),
          matchType: resolve(childRef(ruleSource, "MatchType")),
          value: resolve(childRef(ruleSource, "Value")),
          source: ruleSource,
          roleValue: resolve(roleSource),
          roleSource,
          role: slot?.role
        });
      });
    }
    out.push({
      attachment,
      pool,
      key: key2,
      source,
      identityProvider: hasProvider ? resolve(at("IdentityProvider")) : { kind: "known", value: key2 },
      identityProviderSource: hasProvider ? at("IdentityProvider") : source,
      type: resolve(at("Type")),
      typeSource: at("Type"),
      ambiguousRoleResolution: resolve(at("AmbiguousRoleResolution")),
      ambiguousRoleResolutionSource: at("AmbiguousRoleResolution"),
      rules: rules2
    });
  }
  return out;
}
function mappingUserPool(model, mapping) {
  const { userPool, client } = userPoolReferencesIn(model, mapping.identityProvider);
  let cognito;
  if (userPool || client) cognito = true;
  else {
    const text = knownString(mapping.identityProvider);
    if (text !== void 0) cognito = /^cognito-idp\./i.test(text);
    else {
      const first = mapping.identityProvider.kind === "concat" ? mapping.identityProvider.parts[0] : void 0;
      const prefix = first ? knownString(first) : void 0;
      cognito = prefix !== void 0 && /^cognito-idp\./i.test(prefix) ? true : "unknown";
    }
  }
  return { userPool: userPool ?? client?.userPool, client, cognito };
}
function mappingRuleWritability(model, mapping, rule) {
  const { userPool, client, cognito } = mappingUserPool(model, mapping);
  const claim = knownString(rule.claim);
  if (cognito === false) return { writable: "unknown", because: "the provider is not a Cognito user pool", clients: [], userPool: void 0 };
  if (claim === void 0) return { writable: "unknown", because: "the claim is not statically known", clients: [], userPool };
  const clients = client ? [client] : userPool ? userPool.clients : [];
  if (clients.length === 0 && setByCognito(claim)) {
    return { writable: false, because: `\`${claim}\` is set by Cognito`, clients, userPool };
  }
  if (clients.length === 0) {
    return { writable: "unknown", because: "no app client of the provider is in the linted files", clients, userPool };
  }
  const results = clients.map((c) => userWritability(c, claim));
  const writable = triOr2(results.map((r) => r.writable));
  const decisive = results.find((r) => r.writable === writable) ?? results[0];
  return { writable, because: decisive.because, clients, userPool };
}
function setByCognito(claim) {
  return TOKEN_CLAIMS.has(claim) || claim === "sub" || claim === "identities" || claim.startsWith("cognito:") && claim !== "cognito:username";
}
function trustAdmitsPool(model, role, pool) {
  return triOr2(
    identityPoolTrustStatements(role.trust).map((statement) => {
      const aud = assessAud(statement);
      if (aud.status !== "restricted") return true;
      const restricting = aud.entries.filter(audEntryRestricts);
      if (restricting.length === 0) return "unknown";
      return triAnd2(restricting.map((entry) => triOr2(entry.values.flatMap((v) => scalarAlternatives(v.value)).map((v) => valueIsPool(model, v, pool)))));
    })
  );
}
function valueIsPool(model, value, pool) {
  if (value.kind === "resource") {
    const named = model.identityPoolFor(value);
    if (named) return named === pool;
    return "unknown";
  }
  return "unknown";
}
function audPools(model, role) {
  const pools = /* @__PURE__ */ new Set();
  let others = false;
  for (const statement of identityPoolTrustStatements(role.trust)) {
    for (const entry of conditionsOn(statement, "aud").filter(audEntryRestricts)) {
      for (const v of entry.values) {
        for (const alt of scalarAlternatives(v.value)) {
          const pool = model.identityPoolFor(alt);
          if (pool) pools.add(pool);
          else others = true;
        }
      }
    }
  }
  return { pools: [...pools], others };
}
var signUpCache = perModel();
function poolSignUp(model, pool) {
  return signUpCache(model, pool, () => {
    const inRun = model.identityPools.includes(pool);
    const userPools = inRun ? model.userPoolEntities.userPools.filter((up) => poolAcceptsUserPool(pool, up.templateResource)) : [];
    const reasons = [];
    for (const up of userPools) {
      reasons.push({ value: up.selfSignUp, opener: { via: "self-sign-up", userPool: up.name } });
    }
    const unmatched = pool.cognitoProviders.filter((p) => userPoolReferencesIn(model, p.providerName).userPool === void 0);
    if (unmatched.length > 0) reasons.push({ value: "unknown" });
    const social = socialProviders(model, pool);
    if (social.value !== false) reasons.push({ value: social.value, opener: { via: "social", providers: social.names } });
    const value = triOr2(reasons.map((r) => r.value));
    return { publicSignUp: value, opener: value === true ? reasons.find((r) => r.value === true)?.opener : void 0, userPools };
  });
}
function socialProviders(model, pool) {
  const resource = pool.templateResource;
  if (!resource) return { value: false, names: [] };
  const pointer = joinPointer(resource.propertiesPointer, "SupportedLoginProviders");
  const raw = own(resource.properties, "SupportedLoginProviders");
  if (raw === void 0) return { value: false, names: [] };
  if (isPlainObject(raw) && !Object.keys(raw).some((k) => k === "Ref" || k.startsWith("Fn::"))) {
    const names = Object.keys(raw).filter((k) => model.resolver.resolveAt(resource.stack, joinPointer(pointer, k)).kind !== "absent");
    if (names.length === 0) return { value: false, names };
    return { value: true, names };
  }
  const value = model.resolver.resolveAt(resource.stack, pointer);
  return { value: value.kind === "absent" ? false : "unknown", names: [] };
}
var EXPOSURE_LEVELS = ["guest", "public-sign-up", "authenticated", "group", "internal"];
var DORMANT_GUEST_GRANT = " The grant is dormant until the basic (classic) flow is enabled or the scope-down changes.";
var EXPOSURE_LABELS = {
  guest: "guest",
  "public-sign-up": "public sign-up",
  authenticated: "authenticated",
  group: "group",
  internal: "internal"
};
var exposureCache = perModel();
function exposureOf(model, role) {
  return exposureCache(model, role, () => computeExposure(model, role));
}
function exposurePhrase(exposure, options = {}) {
  const reason2 = (options.guest ? exposure.guestReason : void 0) ?? exposure.reasons[0];
  return reason2?.detail ?? "an identity-pool role";
}
function holderOf(exposure) {
  if (exposure.reasons[0]?.kind === "dormant") return "user who obtains it";
  const level = exposure.level;
  return level === "guest" ? "visitor" : level === "group" ? "member of the group" : "signed-in user";
}
function wordExposure(facts) {
  const pool = facts.pool ? `identity pool \`${facts.pool.name}\`` : "an identity pool outside the linted files";
  switch (facts.kind) {
    case "unauthenticated-slot":
      return facts.poolGuests === true ? `the guest role of ${pool}` : `the unauthenticated role of ${pool}, which may allow guests`;
    case "no-aud": {
      if (facts.amr?.guests === true) return "which any identity pool's guests can assume because its trust does not pin `aud`";
      if (facts.amr?.guests === false) return "which anyone can assume by signing in to an identity pool of their own because its trust does not pin `aud`";
      return "which users of any identity pool can assume because its trust does not pin `aud`";
    }
    case "classic-flow-guest": {
      const because = facts.amr?.tested ? "its `amr` condition admits `unauthenticated`" : "its trust has no `amr` condition";
      return `which guests of ${pool} can pick through the basic (classic) flow because ${because}`;
    }
    case "authenticated-slot":
      return `the authenticated role of ${pool}${facts.opener ? `, open to ${signerUp(facts.opener)}` : ""}`;
    case "classic-flow":
      return facts.opener ? `which ${signerUp(facts.opener)} can pick through the basic (classic) flow of ${pool}` : `which any signed-in user of ${pool} can pick through the basic (classic) flow`;
    case "rules-mapping": {
      if (facts.claim === void 0) return `a role that a Rules mapping of ${pool} chooses`;
      const who = facts.claimWritable === false ? "users cannot set" : facts.claimWritable === true ? `${facts.opener ? signerUp(facts.opener) : "any signed-in user"} can set` : "users may be able to set";
      return `the role a Rules mapping of ${pool} chooses on \`${facts.claim}\`, a claim ${who}`;
    }
    case "group-role":
      return `the role of user pool group \`${facts.slot?.via.name ?? "?"}\``;
    case "unattached":
      return "which no identity pool in the linted files hands out";
    case "dormant":
      return `which no user can obtain today because ${dormancyWords(facts.dormancy, pool)}`;
    case "not-identity-pool-role":
      return "which is not an identity-pool role";
  }
}
function signerUp(opener) {
  return opener.via === "self-sign-up" ? `anyone who signs up to user pool \`${opener.userPool}\`` : opener.providers.length > 0 ? `anyone who signs in with ${opener.providers.map((n) => `\`${n}\``).join(" or ")}` : "anyone with a social login";
}
function dormancyWords(dormancy, pool) {
  switch (dormancy) {
    case "pool-refuses-guests":
      return `${pool} does not allow guests`;
    case "trust-refuses-guests":
      return `its trust refuses the guest tokens of ${pool}`;
    case "trust-refuses-signed-in":
      return `its trust refuses the signed-in tokens of ${pool}`;
    default:
      return `its trust does not admit ${pool}`;
  }
}
var reason = (facts) => ({ ...facts, detail: wordExposure(facts) });
function computeExposure(model, role) {
  const statements = identityPoolTrustStatements(role.trust);
  const amr = trustAmrAdmission(role.trust);
  if (statements.length === 0) {
    const only = reason({ level: "internal", kind: "not-identity-pool-role" });
    return { level: "internal", label: EXPOSURE_LABELS.internal, pools: [], slots: [], reasons: [only], guestRole: false, guestReason: void 0, guestScopedDown: false, amr, unobtainable: false };
  }
  const reasons = [];
  const openAud = statements.some((s) => assessAud(s).status !== "restricted");
  if (openAud) reasons.push(reason({ level: "guest", kind: "no-aud", amr }));
  for (const slot of model.slotsOfRole(role)) {
    const pool = slot.pool;
    if (pool && trustAdmitsPool(model, role, pool) === false) continue;
    const where = { ...pool ? { pool } : {}, slot };
    switch (slot.slot) {
      case "unauthenticated":
        if (pool && amr.guests !== false && isTrueOrUnknown(pool.allowUnauthenticated)) {
          reasons.push(reason({ level: "guest", kind: "unauthenticated-slot", ...where, poolGuests: isKnownTrue(pool.allowUnauthenticated) ? true : "unknown" }));
        }
        break;
      case "authenticated": {
        if (amr.signedIn === false) break;
        const signUp = pool ? poolSignUp(model, pool) : void 0;
        const opener = signUp?.publicSignUp === true ? signUp.opener : void 0;
        reasons.push(reason({ level: signUp?.publicSignUp === true ? "public-sign-up" : "authenticated", kind: "authenticated-slot", ...where, ...opener ? { opener } : {} }));
        break;
      }
      case "rules": {
        if (amr.signedIn === false) break;
        reasons.push(reason(rulesFacts(model, slot)));
        break;
      }
      case "group":
        if (amr.signedIn === false) break;
        reasons.push(reason({ level: "group", kind: "group-role", ...where }));
        break;
    }
  }
  const named = audPools(model, role);
  for (const pool of named.pools) {
    if (!isTrueOrUnknown(pool.allowClassicFlow)) continue;
    if (amr.guests === true && isTrueOrUnknown(pool.allowUnauthenticated)) {
      reasons.push(reason({ level: "guest", kind: "classic-flow-guest", pool, amr }));
    }
    if (amr.signedIn === true) {
      const signUp = poolSignUp(model, pool);
      const opener = signUp.publicSignUp === true ? signUp.opener : void 0;
      reasons.push(reason({ level: signUp.publicSignUp === true ? "public-sign-up" : "authenticated", kind: "classic-flow", pool, ...opener ? { opener } : {} }));
    }
  }
  if (reasons.length === 0) {
    const inert = model.slotsOfRole(role)[0];
    reasons.push(
      reason(
        inert ? { level: "authenticated", kind: "dormant", ...inert.pool ? { pool: inert.pool } : {}, slot: inert, dormancy: dormancyOf(inert, amr) } : { level: "authenticated", kind: "unattached" }
      )
    );
  }
  reasons.sort((a, b) => EXPOSURE_LEVELS.indexOf(a.level) - EXPOSURE_LEVELS.indexOf(b.level));
  const level = reasons[0].level;
  const top = reasons.filter((r) => r.level === level);
  const guestReasons = reasons.filter((r) => r.kind === "unauthenticated-slot" || r.kind === "classic-flow-guest" || r.kind === "no-aud" && amr.guests === true);
  const guestRole = guestReasons.length > 0;
  const guestScopedDown = guestRole && !openAud && !named.others && guestReasons.every((r) => r.kind === "unauthenticated-slot" && r.pool !== void 0 && isKnownFalseOrAbsent(r.pool.allowClassicFlow)) && named.pools.every((p) => isKnownFalseOrAbsent(p.allowClassicFlow));
  return {
    level,
    label: EXPOSURE_LABELS[level],
    pools: [...new Set(top.flatMap((r) => r.pool ? [r.pool] : []))],
    slots: [...new Set(top.flatMap((r) => r.slot ? [r.slot] : []))],
    reasons,
    guestRole,
    guestReason: guestReasons[0],
    guestScopedDown,
    amr,
    unobtainable: reasons.length === 1 && reasons[0].kind === "dormant" && !named.others
  };
}
function dormancyOf(slot, amr) {
  if (slot.slot === "unauthenticated") return amr.guests === false ? "trust-refuses-guests" : "pool-refuses-guests";
  return amr.signedIn === false ? "trust-refuses-signed-in" : "trust-excludes-pool";
}
function rulesFacts(model, slot) {
  const mapping = roleMappingsOf(model).find((m) => m.rules.some((r) => r.roleSource.doc === slot.source.doc && r.roleSource.pointer === slot.source.pointer));
  const rule = mapping?.rules.find((r) => r.roleSource.pointer === slot.source.pointer);
  const pool = slot.pool;
  const base = { kind: "rules-mapping", ...pool ? { pool } : {}, slot };
  if (!mapping || !rule) return { ...base, level: "authenticated" };
  const claim = knownString(rule.claim) ?? describe(rule.claim);
  const writability = mappingRuleWritability(model, mapping, rule);
  if (writability.writable === false) return { ...base, level: "group", claim, claimWritable: false };
  if (writability.writable === true) {
    const userPool = writability.userPool;
    if (userPool?.selfSignUp === true) {
      return { ...base, level: "public-sign-up", claim, claimWritable: true, opener: { via: "self-sign-up", userPool: userPool.name } };
    }
    return { ...base, level: "authenticated", claim, claimWritable: true };
  }
  return { ...base, level: "authenticated", claim, claimWritable: "unknown" };
}

// src/data/privilege-escalation.json
var privilege_escalation_default = {
  $comment: "Single IAM actions (each `why` is a verb phrase completing \"lets its holder \u2026\") that let a principal gain permissions it was not given. One list for the whole linter: policy/privilege-escalation reports them outside identity-pool roles, role/admin-access inside. Loaded by src/data/privilege-escalation.ts. Each entry cites the published methods it comes from (keys of `sources`); an entry belongs here when holding that one action, on every resource, is enough to take over another principal's or a compute resource's permissions, or it is the one IAM permission every 'pass a role to a service' method needs (iam:PassRole). Combinations that need several actions are represented by their IAM half. `excluded` records actions the sources list that were considered and left out, with the reason. Action names as the Service Authorization Reference spells them (a test checks every one is in the action catalog).",
  sources: {
    rhino: {
      title: "Rhino Security Labs: AWS IAM Privilege Escalation \u2013 Methods and Mitigation (Spencer Gietzen, 2018), methods 1\u201321",
      url: "https://rhinosecuritylabs.com/aws/aws-privilege-escalation-methods-mitigation/"
    },
    "rhino-2": {
      title: "Rhino Security Labs: AWS IAM Privilege Escalation \u2013 Methods and Mitigation, Part 2 (Lambda layers, SageMaker)",
      url: "https://rhinosecuritylabs.com/aws/aws-privilege-escalation-methods-mitigation-part-2/"
    },
    "rhino-repo": {
      title: "RhinoSecurityLabs/AWS-IAM-Privilege-Escalation: the methods with their required permissions",
      url: "https://github.com/RhinoSecurityLabs/AWS-IAM-Privilege-Escalation"
    },
    "iam-vulnerable": {
      title: "Bishop Fox iam-vulnerable: 31 privilege-escalation paths, by category",
      url: "https://github.com/BishopFox/iam-vulnerable"
    },
    pathfinding: {
      title: "Datadog pathfinding.cloud: catalogue of AWS IAM privilege-escalation paths (data/paths/aws)",
      url: "https://pathfinding.cloud/"
    }
  },
  actions: [
    {
      action: "iam:CreatePolicyVersion",
      why: "write a new default version, with any permissions, of a managed policy attached to it (`--set-as-default` needs no other permission)",
      sources: ["rhino", "iam-vulnerable", "pathfinding"]
    },
    {
      action: "iam:SetDefaultPolicyVersion",
      why: "make an older, broader version of a managed policy the one in force",
      sources: ["rhino", "iam-vulnerable"]
    },
    {
      action: "iam:PassRole",
      why: "hand any role to a service it drives (EC2, Lambda, Glue, CloudFormation, Data Pipeline, SageMaker, CodeBuild\u2026) and act with that role's permissions",
      sources: ["rhino", "rhino-2", "iam-vulnerable", "pathfinding"]
    },
    {
      action: "iam:CreateAccessKey",
      why: "create access keys for another IAM user and act as that user",
      sources: ["rhino", "iam-vulnerable", "pathfinding"]
    },
    {
      action: "iam:CreateLoginProfile",
      why: "set a console password for another IAM user that has none and sign in as that user",
      sources: ["rhino", "iam-vulnerable"]
    },
    {
      action: "iam:UpdateLoginProfile",
      why: "change another IAM user's console password and sign in as that user",
      sources: ["rhino", "iam-vulnerable"]
    },
    {
      action: "iam:AttachUserPolicy",
      why: "attach any managed policy, such as AdministratorAccess, to a user",
      sources: ["rhino", "iam-vulnerable"]
    },
    {
      action: "iam:AttachGroupPolicy",
      why: "attach any managed policy, such as AdministratorAccess, to a group",
      sources: ["rhino", "iam-vulnerable"]
    },
    {
      action: "iam:AttachRolePolicy",
      why: "attach any managed policy, such as AdministratorAccess, to a role",
      sources: ["rhino", "iam-vulnerable"]
    },
    {
      action: "iam:PutUserPolicy",
      why: "write an inline policy with any permissions into a user",
      sources: ["rhino", "iam-vulnerable"]
    },
    {
      action: "iam:PutGroupPolicy",
      why: "write an inline policy with any permissions into a group",
      sources: ["rhino", "iam-vulnerable"]
    },
    {
      action: "iam:PutRolePolicy",
      why: "write an inline policy with any permissions into a role",
      sources: ["rhino", "iam-vulnerable"]
    },
    {
      action: "iam:AddUserToGroup",
      why: "add a user to any group, such as an administrators' group",
      sources: ["rhino", "iam-vulnerable"]
    },
    {
      action: "iam:UpdateAssumeRolePolicy",
      why: "rewrite a role's trust policy so that it may assume the role",
      sources: ["rhino", "iam-vulnerable", "pathfinding"]
    },
    {
      action: "lambda:UpdateFunctionCode",
      why: "replace the code of an existing function, which then runs with the function's execution role",
      sources: ["rhino", "iam-vulnerable", "pathfinding"]
    },
    {
      action: "lambda:UpdateFunctionConfiguration",
      why: "add a layer to an existing function that overrides its code, which then runs with the function's execution role",
      sources: ["rhino-2", "rhino-repo"]
    },
    {
      action: "glue:UpdateDevEndpoint",
      why: "set an SSH key on an existing Glue development endpoint and use the endpoint's role",
      sources: ["rhino", "iam-vulnerable"]
    },
    {
      action: "sagemaker:CreatePresignedNotebookInstanceUrl",
      why: "open an existing SageMaker notebook and use the notebook's role",
      sources: ["rhino-2", "rhino-repo", "iam-vulnerable"]
    },
    {
      action: "ssm:SendCommand",
      why: "run commands on managed EC2 instances and take their instance-profile credentials",
      sources: ["iam-vulnerable"]
    },
    {
      action: "ssm:StartSession",
      why: "open a shell on managed EC2 instances and take their instance-profile credentials",
      sources: ["iam-vulnerable", "pathfinding"]
    },
    {
      action: "ec2-instance-connect:SendSSHPublicKey",
      why: "push an SSH key to EC2 instances, log in and take their instance-profile credentials",
      sources: ["iam-vulnerable"]
    },
    {
      action: "cloudformation:UpdateStack",
      why: "change an existing stack, which CloudFormation then deploys with the stack's service role",
      sources: ["iam-vulnerable"]
    }
  ],
  excluded: [
    {
      action: "sts:AssumeRole",
      why: "iam-vulnerable lists it, but it only reaches roles whose trust policy already admits the caller; the trust/ rules judge trust policies"
    },
    {
      action: "codestar:CreateProjectFromTemplate",
      why: "Rhino method 23 uses an undocumented API of AWS CodeStar, which is discontinued; the action is not in the Service Authorization Reference"
    },
    {
      action: "ec2:RunInstances, lambda:CreateFunction, glue:CreateDevEndpoint, cloudformation:CreateStack, datapipeline:CreatePipeline, sagemaker:CreateNotebookInstance",
      why: "the service halves of the pass-role methods: harmless without iam:PassRole, which is listed"
    }
  ]
};

// src/data/privilege-escalation.ts
var file = privilege_escalation_default;
var ACTIONS = Object.freeze(file.actions.map((a) => Object.freeze({ action: a.action, why: a.why })));
var BY_ID = new Map(ACTIONS.map((a) => [a.action.toLowerCase(), a]));
function isPrivilegeEscalationAction(actionId) {
  return BY_ID.has(actionId.toLowerCase());
}
function privilegeEscalationAction(actionId) {
  return BY_ID.get(actionId.toLowerCase());
}

// src/data/public-apis.json
var public_apis_default = {
  $comment: "API operations AWS serves without evaluating IAM policies: the caller needs no AWS credentials (Cognito Identity's 'public API' operations) or is authorised by a user pool token or session instead (Cognito user pool operations documented with 'Amazon Cognito doesn't evaluate IAM policies in requests for this API operation'). An IAM grant of one of them gives its holder nothing anyone on the internet does not already have, so the role/ and s3/ rules do not judge it as a grant. Loaded by src/data/public-apis.ts; each entry cites its API reference page (a test checks every action is in the action catalog).",
  actions: [
    { action: "cognito-identity:GetId", source: "https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_GetId.html" },
    { action: "cognito-identity:GetCredentialsForIdentity", source: "https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_GetCredentialsForIdentity.html" },
    { action: "cognito-identity:GetOpenIdToken", source: "https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_GetOpenIdToken.html" },
    { action: "cognito-identity:UnlinkIdentity", source: "https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_UnlinkIdentity.html" },
    { action: "cognito-idp:SignUp", source: "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SignUp.html" },
    { action: "cognito-idp:ConfirmSignUp", source: "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ConfirmSignUp.html" },
    { action: "cognito-idp:ResendConfirmationCode", source: "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ResendConfirmationCode.html" },
    { action: "cognito-idp:InitiateAuth", source: "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html" },
    { action: "cognito-idp:RespondToAuthChallenge", source: "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_RespondToAuthChallenge.html" },
    { action: "cognito-idp:ForgotPassword", source: "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ForgotPassword.html" },
    { action: "cognito-idp:ConfirmForgotPassword", source: "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ConfirmForgotPassword.html" },
    { action: "cognito-idp:ChangePassword", source: "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ChangePassword.html" },
    { action: "cognito-idp:GetUser", source: "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetUser.html" },
    { action: "cognito-idp:UpdateUserAttributes", source: "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateUserAttributes.html" },
    { action: "cognito-idp:DeleteUser", source: "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DeleteUser.html" },
    { action: "cognito-idp:GlobalSignOut", source: "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GlobalSignOut.html" }
  ]
};

// src/data/public-apis.ts
var PUBLIC = new Set(public_apis_default.actions.map((a) => a.action.toLowerCase()));
var SERVICES = new Set([...PUBLIC].map((id) => id.slice(0, id.indexOf(":"))));
function isPublicApiAction(action) {
  return SERVICES.has(action.service) && PUBLIC.has(action.id.toLowerCase());
}

// src/util/own-string.ts
function ownString(text) {
  return JSON.parse(JSON.stringify(text));
}

// src/iam/actions.ts
var catalogData;
var serviceList;
var services = /* @__PURE__ */ new Map();
var serviceFiles = /* @__PURE__ */ new Map();
function catalog() {
  catalogData ??= readBuiltData("iam/catalog.json");
  return catalogData;
}
function serviceData(key2) {
  let data = serviceFiles.get(key2);
  if (!data) {
    data = readBuiltData(`iam/services/${key2}.json`);
    serviceFiles.set(ownString(key2), data);
  }
  return data;
}
function serviceKeys() {
  if (!serviceList) {
    serviceList = new Set(catalog().services.map((s) => s.toLowerCase()));
  }
  return serviceList;
}
function actionsOf(service) {
  const key2 = service.toLowerCase();
  if (!services.has(key2)) {
    if (!serviceKeys().has(key2) || !/^[a-z0-9-]+$/.test(key2)) {
      services.set(ownString(key2), void 0);
    } else {
      const service2 = ownString(key2);
      services.set(
        service2,
        serviceData(key2).actions.map((a) => new CatalogAction(service2, a))
      );
    }
  }
  return services.get(key2);
}
var CatalogAction = class {
  service;
  name;
  id;
  lowerCaseName;
  lowerCaseId;
  publicApi;
  privilegeEscalation;
  accessLevels;
  resourceTypes;
  requiredResourceTypes;
  #raw;
  #conditionKeys;
  constructor(service, raw) {
    this.service = service;
    this.name = raw.name;
    this.id = `${service}:${raw.name}`;
    this.lowerCaseName = raw.name.toLowerCase();
    this.lowerCaseId = this.id.toLowerCase();
    this.publicApi = isPublicApiAction({ service, id: this.id });
    this.privilegeEscalation = isPrivilegeEscalationAction(this.id);
    this.accessLevels = accessLevelSet(raw.accessLevel);
    const types2 = raw.resourceTypes ?? [];
    this.resourceTypes = types2.length === 0 ? NO_TYPES : types2.map((r) => r.name);
    const required = types2.filter((r) => r.required === true);
    this.requiredResourceTypes = required.length === 0 ? NO_TYPES : required.map((r) => r.name);
    this.#raw = raw;
  }
  get conditionKeys() {
    this.#conditionKeys ??= actionConditionKeys(this.service, this.#raw);
    return this.#conditionKeys;
  }
};
var NO_TYPES = Object.freeze([]);
var accessLevelSets = /* @__PURE__ */ new Map();
function accessLevelSet(text) {
  let set = accessLevelSets.get(text);
  if (!set) {
    set = new Set(text.split(",").map((l) => l.trim()));
    accessLevelSets.set(text, set);
  }
  return set;
}
function resourceTypeTable(service) {
  return serviceKeys().has(service) ? serviceData(service).resourceTypes : {};
}
function resourceTypeEntry(service, name) {
  const table = resourceTypeTable(service);
  return table[name] ?? table[name.toLowerCase()];
}
function actionConditionKeys(service, action) {
  const keys = new Set(action.conditionKeys ?? []);
  for (const type of action.resourceTypes ?? []) {
    for (const k of type.conditionKeys ?? []) keys.add(k);
    for (const k of resourceTypeEntry(service, type.name)?.conditionKeys ?? []) keys.add(k);
  }
  return [...keys];
}
function resourceTypeArnFormats(service, type) {
  const arn = resourceTypeEntry(service, type)?.arn;
  return arn === void 0 ? void 0 : arn.split(/,\s*/).filter((f) => f !== "");
}
function expandActionPattern(pattern) {
  if (expansions.has(pattern)) return expansions.get(pattern);
  const expanded = expand(pattern);
  if (expansions.size < MAX_REMEMBERED_EXPANSIONS) expansions.set(ownString(pattern), expanded);
  return expanded;
}
var expansions = /* @__PURE__ */ new Map();
var MAX_REMEMBERED_EXPANSIONS = 4096;
function expand(pattern) {
  if (pattern === "*") return allActions();
  const colon = pattern.indexOf(":");
  if (colon <= 0) return void 0;
  const service = pattern.slice(0, colon);
  const matchesName = compileIamPattern(pattern.slice(colon + 1), { caseInsensitive: true });
  if (/[*?]/.test(service)) {
    return servicesMatching(service).flatMap((s) => actionsNamed(s, matchesName));
  }
  const actions = actionsOf(service);
  if (!actions) return void 0;
  return actionsNamed(service, matchesName);
}
function expandIn(service, namePattern) {
  return actionsNamed(service, compileIamPattern(namePattern, { caseInsensitive: true }));
}
function actionsNamed(service, matches) {
  return (actionsOf(service) ?? []).filter((a) => matches(a.lowerCaseName));
}
function servicesMatching(servicePattern) {
  const matches = compileIamPattern(servicePattern, { caseInsensitive: true });
  return [...serviceKeys()].filter((s) => matches(s));
}
function actionPatternSet(patterns) {
  const exact = /* @__PURE__ */ new Set();
  const byService = /* @__PURE__ */ new Map();
  const general = [];
  for (const pattern of new Set(patterns)) {
    const lower = pattern.toLowerCase();
    const colon = lower.indexOf(":");
    if (!/[*?]/.test(lower)) {
      exact.add(lower);
    } else if (colon > 0 && !/[*?]/.test(lower.slice(0, colon))) {
      const service = lower.slice(0, colon);
      const list = byService.get(service) ?? [];
      list.push(compileIamPattern(lower.slice(colon + 1)));
      byService.set(service, list);
    } else {
      general.push(compileIamPattern(lower));
    }
  }
  return (action) => {
    const id = action.lowerCaseId;
    if (exact.has(id)) return true;
    const forService = byService.get(action.service);
    if (forService !== void 0) {
      const name = id.slice(action.service.length + 1);
      if (forService.some((m) => m(name))) return true;
    }
    return general.some((m) => m(id));
  };
}
var everything;
function allActions() {
  everything ??= [...serviceKeys()].flatMap((s) => [...actionsOf(s) ?? []]);
  return everything;
}
var unassociated;
function conditionKeysOf(service) {
  const key2 = service.toLowerCase();
  return serviceKeys().has(key2) && /^[a-z0-9-]+$/.test(key2) ? serviceData(key2).conditionKeys : void 0;
}
var globalByName;
var globalByPrefix;
function getGlobalConditionKeyByName(lower) {
  indexGlobalKeys();
  return globalByName?.get(lower);
}
function getGlobalConditionKeyByPrefix(lowerPrefix) {
  indexGlobalKeys();
  return globalByPrefix?.get(lowerPrefix);
}
function indexGlobalKeys() {
  if (globalByName) return;
  globalByName = /* @__PURE__ */ new Map();
  globalByPrefix = /* @__PURE__ */ new Map();
  for (const k of catalog().globalConditionKeys) {
    const info = { key: k.key, type: k.type };
    globalByName.set(k.key.toLowerCase(), info);
    const slash = k.key.indexOf("/");
    if (slash > 0) globalByPrefix.set(k.key.slice(0, slash).toLowerCase(), info);
  }
}
function unassociatedPrefixes() {
  if (!unassociated) {
    unassociated = /* @__PURE__ */ new Map();
    for (const [prefix, owners] of Object.entries(catalog().unassociatedConditions)) unassociated.set(prefix.toLowerCase(), owners.map((s) => s.toLowerCase()));
  }
  return unassociated;
}
function keyMatches(catalogKey, key2) {
  const a = catalogKey.toLowerCase();
  const b = key2.toLowerCase();
  if (!/\$\{|</.test(a)) return a === b;
  let compiled = templatedKeys.get(a);
  if (!compiled) {
    const pattern = a.split(/(\$\{[^}]*\}|<[^>]*>)/).map((part, i) => i % 2 === 1 ? ".+" : escapeRegExp(part)).join("");
    compiled = new RegExp(`^${pattern}$`, "s");
    templatedKeys.set(a, compiled);
  }
  return compiled.test(b);
}
var templatedKeys = /* @__PURE__ */ new Map();
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function findConditionKey(key2) {
  const lower = key2.toLowerCase();
  if (!foundKeys.has(lower)) foundKeys.set(ownString(lower), lookupConditionKey(key2, lower));
  return foundKeys.get(lower);
}
var foundKeys = /* @__PURE__ */ new Map();
function actionCarriesConditionKey(action, key2) {
  if (!isAssignedServiceKey(key2)) return void 0;
  return action.conditionKeys.some((k) => keyMatches(k, key2));
}
var assignedKeys = /* @__PURE__ */ new Map();
function isAssignedServiceKey(key2) {
  const lower = key2.toLowerCase();
  let assigned = assignedKeys.get(lower);
  if (assigned === void 0) {
    const colon = lower.indexOf(":");
    const prefix = colon > 0 ? lower.slice(0, colon) : "";
    assigned = prefix !== "" && prefix !== "aws" && serviceKeys().has(prefix) && getGlobalConditionKeyByName(lower) === void 0 && (conditionKeysOf(prefix) ?? []).some((k) => keyMatches(k.key, key2)) && (actionsOf(prefix) ?? []).some((a) => a.conditionKeys.some((k) => keyMatches(k, key2)));
    assignedKeys.set(ownString(lower), assigned);
  }
  return assigned;
}
function lookupConditionKey(key2, lower) {
  const colon = lower.indexOf(":");
  if (colon <= 0) return void 0;
  const prefix = lower.slice(0, colon);
  if (prefix === "aws") {
    const exact = getGlobalConditionKeyByName(lower);
    if (exact) return { key: exact.key, type: exact.type };
    const slash = lower.indexOf("/");
    if (slash > colon && slash < lower.length - 1) {
      const byPrefix = getGlobalConditionKeyByPrefix(lower.slice(0, slash));
      if (byPrefix) return { key: byPrefix.key, type: byPrefix.type };
    }
  } else {
    const global = getGlobalConditionKeyByName(lower);
    if (global) return { key: global.key, type: global.type };
  }
  const owners = /* @__PURE__ */ new Set();
  if (serviceKeys().has(prefix)) owners.add(prefix);
  for (const [unassociatedPrefix, services2] of unassociatedPrefixes()) {
    if (keyMatches(unassociatedPrefix, prefix)) for (const s of services2) owners.add(s);
  }
  for (const owner of owners) {
    const found2 = conditionKeysOf(owner)?.find((k) => keyMatches(k.key, key2));
    if (found2) return found2;
  }
  return void 0;
}
function wholeServicesOf(pattern) {
  let services2 = wholeServices.get(pattern);
  if (services2 === void 0) {
    services2 = findWholeServices(pattern);
    if (wholeServices.size < MAX_REMEMBERED_EXPANSIONS) wholeServices.set(ownString(pattern), services2);
  }
  return services2;
}
var wholeServices = /* @__PURE__ */ new Map();
function findWholeServices(pattern) {
  if (!/[*?]/.test(pattern)) return [];
  if (pattern === "*") return [...serviceKeys()];
  const colon = pattern.indexOf(":");
  if (colon <= 0) return [];
  const servicePattern = pattern.slice(0, colon);
  const namePattern = pattern.slice(colon + 1);
  if (!/[*?]/.test(namePattern)) return [];
  const services2 = /[*?]/.test(servicePattern) ? servicesMatching(servicePattern) : serviceKeys().has(servicePattern.toLowerCase()) ? [servicePattern.toLowerCase()] : [];
  const matchesName = compileIamPattern(namePattern, { caseInsensitive: true });
  return services2.filter((s) => {
    const actions = actionsOf(s) ?? [];
    return actions.length > 0 && actions.every((a) => matchesName(a.lowerCaseName));
  });
}
function servicesOutside(excludedPatterns) {
  const key2 = excludedPatterns.join("\0");
  let services2 = outside.get(key2);
  if (services2 === void 0) {
    services2 = findServicesOutside(excludedPatterns);
    if (outside.size < MAX_REMEMBERED_EXPANSIONS && key2.length <= 64 * 1024) outside.set(ownString(key2), services2);
  }
  return services2;
}
var outside = /* @__PURE__ */ new Map();
function findServicesOutside(excludedPatterns) {
  if (excludedPatterns.includes("*")) return [];
  const excluded = actionPatternSet(excludedPatterns);
  return [...serviceKeys()].filter((s) => {
    const actions = actionsOf(s) ?? [];
    return actions.length > 0 && !actions.some(excluded);
  });
}
function closestAction(action) {
  if (suggestions.has(action)) return suggestions.get(action);
  const suggestion = findClosestAction(action);
  if (suggestions.size < MAX_REMEMBERED_EXPANSIONS) suggestions.set(ownString(action), suggestion);
  return suggestion;
}
var suggestions = /* @__PURE__ */ new Map();
function findClosestAction(action) {
  const colon = action.indexOf(":");
  if (colon <= 0) return void 0;
  const service = action.slice(0, colon).toLowerCase();
  const name = action.slice(colon + 1).toLowerCase();
  if (/[*?]/.test(service)) return void 0;
  if (/[*?]/.test(name)) {
    if (serviceKeys().has(service)) return void 0;
    const near = servicesNear(service).filter((s) => expandIn(s, name).length > 0);
    return near.length === 1 ? `${near[0]}:${action.slice(colon + 1)}` : void 0;
  }
  const searched = (actionsOf(service)?.length ?? 0) > 0 ? [service] : nearestServices(service);
  const target = `${service}:${name}`;
  const limit = Math.max(1, Math.min(3, Math.floor(action.length / 6)));
  let best;
  for (const s of searched) {
    for (const candidate of actionsOf(s) ?? []) {
      if (Math.abs(candidate.lowerCaseId.length - target.length) > limit) continue;
      const distance = boundedEditDistance(candidate.lowerCaseId, target, limit);
      if (distance <= limit && (!best || distance < best.distance)) best = { id: candidate.id, distance };
    }
  }
  return best?.id;
}
function servicesNear(service) {
  let near = nearServices.get(service);
  if (near === void 0) {
    near = [...serviceKeys()].filter((s) => boundedEditDistance(s, service, 2) <= 2);
    if (nearServices.size < MAX_REMEMBERED_EXPANSIONS) nearServices.set(ownString(service), near);
  }
  return near;
}
var nearServices = /* @__PURE__ */ new Map();
function nearestServices(service) {
  const near = servicesNear(service).map((s) => ({ s, d: boundedEditDistance(s, service, 2) }));
  const least = Math.min(...near.map((n) => n.d));
  return near.filter((n) => n.d === least).map((n) => n.s);
}

// src/iam/s3-resources.ts
var HOLE2 = "\0";
function readS3Resource(value) {
  const tokens = flatten(value);
  if (!tokens) return { kind: "unknown" };
  if (tokens.length === 1 && tokens[0] === "*") return { kind: "any" };
  let bucketResource;
  let text = "";
  for (const token2 of tokens) {
    if (typeof token2 === "string") {
      text += token2;
    } else if (token2.kind === "resource" && token2.resource.type === "AWS::S3::Bucket" && token2.attribute === "Arn" && text === "") {
      bucketResource = token2.resource;
      text += `arn:aws:s3:::${HOLE2}`;
    } else if (token2.kind === "resource" && token2.resource.type === "AWS::S3::Bucket" && !token2.attribute) {
      bucketResource ??= token2.resource;
      text += HOLE2;
    } else {
      text += HOLE2;
    }
  }
  const parts = text.split(":");
  if (parts.length < 6 || parts[0] !== "arn" || parts[2] !== "s3") return parts[0] === "arn" ? { kind: "other" } : text.includes(HOLE2) ? { kind: "unknown" } : { kind: "other" };
  const resourcePart = parts.slice(5).join(":");
  const slash = resourcePart.indexOf("/");
  const bucketText = slash === -1 ? resourcePart : resourcePart.slice(0, slash);
  const bucket = {
    text: bucketResource ? `\${${bucketResource.logicalId}}` : bucketText.includes(HOLE2) ? describe(value) : bucketText,
    ...bucketResource ? { resource: bucketResource } : {},
    ...!bucketText.includes(HOLE2) ? { literal: bucketText } : {}
  };
  if (slash === -1) return /[*?]/.test(bucketText) ? { kind: "pattern", bucket } : { kind: "bucket", bucket };
  const key2 = resourcePart.slice(slash + 1);
  return { kind: "object", bucket, key: key2.replaceAll(HOLE2, "<?>"), scope: keyScope(key2) };
}
function keyScope(key2) {
  if (isPerIdentityKey(key2)) return { kind: "per-identity" };
  const wildcard = key2.search(/[*?]/);
  const variable = key2.indexOf("${");
  if (variable !== -1 && (wildcard === -1 || variable < wildcard)) return { kind: "variable", prefix: key2.slice(0, variable) };
  const hole = key2.indexOf(HOLE2);
  const firstOpen = [wildcard, hole].filter((i) => i !== -1).reduce((a, b) => Math.min(a, b), key2.length);
  if (firstOpen === 0) return hole === 0 ? { kind: "unknown" } : { kind: "whole-bucket" };
  if (hole !== -1 && hole === firstOpen) {
    return { kind: "fixed-prefix", prefix: key2.slice(0, hole) };
  }
  return { kind: "fixed-prefix", prefix: key2.slice(0, firstOpen) };
}
function isPerIdentityKey(key2) {
  return key2.split("/").some((segment) => {
    const m = /^\$\{([^}]+):sub\}$/i.exec(segment);
    return m !== null && isIdentityPoolHost(m[1]);
  });
}
function flatten(value) {
  switch (value.kind) {
    case "known":
      return [String(value.value ?? "")];
    case "concat": {
      const out = [];
      for (const part of value.parts) {
        const inner = flatten(part);
        if (!inner) out.push(part);
        else out.push(...inner);
      }
      return out;
    }
    case "resource":
    case "unknown":
      return [value];
    default:
      return void 0;
  }
}

// src/iam/action-index.ts
var groupings = /* @__PURE__ */ new WeakMap();
function actionsByService(actions) {
  let grouped = groupings.get(actions);
  if (!grouped) {
    const out = /* @__PURE__ */ new Map();
    for (const a of actions) {
      const list = out.get(a.service);
      if (list) list.push(a);
      else out.set(a.service, [a]);
    }
    grouped = out;
    groupings.set(actions, grouped);
  }
  return grouped;
}
var NONE = [];
function actionsOfServiceIn(actions, service) {
  return actionsByService(actions).get(service) ?? NONE;
}
var remembered = /* @__PURE__ */ new WeakMap();
var MIN_REMEMBERED_LIST = 512;
var MAX_ANSWERS_PER_LIST = 256;
function rememberedFor(actions, key2, compute) {
  if (actions.length < MIN_REMEMBERED_LIST) return compute();
  let byKey = remembered.get(actions);
  if (!byKey) remembered.set(actions, byKey = /* @__PURE__ */ new Map());
  if (byKey.has(key2)) return byKey.get(key2);
  const answer = compute();
  if (byKey.size < MAX_ANSWERS_PER_LIST) byKey.set(ownString(key2), answer);
  return answer;
}
function filteredActions(actions, key2, filter2) {
  return rememberedFor(actions, `filter\0${key2}`, () => filter2(actions));
}

// src/iam/resource-scope.ts
var scopes = /* @__PURE__ */ new WeakMap();
var WELL_FORMED = new RegExp(`^arn(:[a-z0-9*?${SEGMENT_WILDCARD}-]*){4}:`);
var MAX_PATTERN_LENGTH = 1024;
function applicableActions(statement, actions, options = {}) {
  const scope = scopeOf(statement);
  const dropTypeless = options.typelessNeedEveryResource === true && !scope.star;
  const patterns = scope.patterns;
  if (patterns === void 0 && !dropTypeless) return actions;
  return filteredActions(
    actions,
    `resources\0${dropTypeless ? "strict" : "grant"}\0${(patterns ?? []).join("\0")}`,
    (list) => list.filter((action) => action.resourceTypes.length === 0 ? !dropTypeless : patterns === void 0 || appliesTo(action, patterns, scope.byType))
  );
}
function appliesTo(action, patterns, byType) {
  let ofService = byType.get(action.service);
  if (!ofService) byType.set(action.service, ofService = /* @__PURE__ */ new Map());
  for (const type of action.resourceTypes) {
    let fits = ofService.get(type);
    if (fits === void 0) {
      const formats2 = formatPatterns(action.service, type);
      fits = formats2 === void 0 || formats2.some((format) => patterns.some((resource) => mayOverlap(format, resource)));
      ofService.set(type, fits);
    }
    if (fits) return true;
  }
  return false;
}
function mayOverlap(format, resource) {
  const a = serviceSegment(format);
  const b = serviceSegment(resource);
  if (a !== void 0 && b !== void 0 && a !== b) return false;
  return iamPatternsOverlap(format, resource);
}
function serviceSegment(pattern) {
  const first = pattern.indexOf(":", 4);
  const second = first < 0 ? -1 : pattern.indexOf(":", first + 1);
  if (second < 0) return void 0;
  const service = pattern.slice(first + 1, second);
  return /[*?]/.test(pattern.slice(4, first)) || /[*?\u0001]/.test(service) ? void 0 : service;
}
function scopeOf(statement) {
  let scope = scopes.get(statement);
  if (!scope) {
    scope = readScope(statement);
    scopes.set(statement, scope);
  }
  return scope;
}
function readScope(statement) {
  const byType = /* @__PURE__ */ new Map();
  if (statement.notResource || !statement.resource) return { star: true, patterns: void 0, byType };
  const patterns = /* @__PURE__ */ new Set();
  let opaque = false;
  for (const value of statement.resource.values) {
    for (const alt of scalarAlternatives(value.value)) {
      if (alt.kind === "absent") continue;
      const text = templateText(alt);
      if (text === "*") return { star: true, patterns: void 0, byType };
      const s3 = text === void 0 || !text.startsWith("arn:") || /^arn:[^:]*:s3:::/.test(text) ? s3Pattern(alt) : void 0;
      if (s3 !== void 0) {
        patterns.add(s3);
        continue;
      }
      const pattern = text === void 0 || text.length > MAX_PATTERN_LENGTH ? void 0 : asPattern(text);
      if (pattern === void 0 || !WELL_FORMED.test(pattern)) opaque = true;
      else patterns.add(pattern);
    }
  }
  return { star: false, patterns: opaque || patterns.size === 0 ? void 0 : [...patterns], byType };
}
function s3Pattern(value) {
  const s3 = readS3Resource(value);
  if (s3.kind === "bucket") return `arn:${SEGMENT_WILDCARD}:s3:::${(s3.bucket.literal ?? "bucket").toLowerCase()}`;
  if (s3.kind === "object" && templateText(value)?.startsWith("arn:") !== true) return `arn:${SEGMENT_WILDCARD}:s3:::bucket/*`;
  return void 0;
}
function asPattern(text) {
  const t = text.replace(/\$\{[^}]*\}/g, HOLE);
  let colons2 = 0;
  for (const ch of t) if (ch === ":") colons2++;
  const bounded2 = t.startsWith("arn:") && colons2 >= 5;
  let out = "";
  colons2 = 0;
  for (const ch of t) {
    if (ch === ":") colons2++;
    out += ch === HOLE ? bounded2 && colons2 < 5 ? SEGMENT_WILDCARD : "*" : ch;
  }
  return out.toLowerCase();
}
var formats = /* @__PURE__ */ new Map();
function formatPatterns(service, type) {
  const key2 = `${service}\0${type}`;
  if (!formats.has(key2)) {
    const raw = resourceTypeArnFormats(service, type);
    const patterns = raw?.map((f) => asPattern(f));
    formats.set(key2, patterns && patterns.length > 0 && patterns.every((p) => /^arn:[^:]*:[^:]*:[^:]*:[^:]*:./.test(p)) ? patterns : void 0);
  }
  return formats.get(key2);
}

// src/iam/condition-keys.ts
var MATCHING_OPERATORS = /* @__PURE__ */ new Set([
  "StringEquals",
  "StringEqualsIgnoreCase",
  "StringLike",
  "NumericEquals",
  "NumericLessThan",
  "NumericLessThanEquals",
  "NumericGreaterThan",
  "NumericGreaterThanEquals",
  "DateEquals",
  "DateLessThan",
  "DateLessThanEquals",
  "DateGreaterThan",
  "DateGreaterThanEquals",
  "Bool",
  "BinaryEquals",
  "IpAddress",
  "ArnEquals",
  "ArnLike"
]);
function falseWhenAbsent(entry) {
  const { operator } = entry;
  if (operator.ifExists || operator.set === "ForAllValues") return false;
  if (operator.set === void 0 && operator.raw.includes(":")) return false;
  const alternatives2 = entry.values.flatMap((v) => scalarAlternatives(v.value));
  if (alternatives2.length === 0 || alternatives2.some((alt) => alt.kind === "absent")) return false;
  if (operator.base === "Null") {
    return operator.set === void 0 && alternatives2.every((alt) => alt.kind === "known" && alt.value === false || knownString(alt)?.toLowerCase() === "false");
  }
  return MATCHING_OPERATORS.has(operator.base);
}
function possibleActions(statement, actions) {
  return applicableActions(statement, actionsUnderConditions(statement, actions));
}
function actionsUnderConditions(statement, actions) {
  const judged2 = statement.conditions.filter((entry) => !inConditionalBranch(statement, entry) && falseWhenAbsent(entry));
  if (judged2.length === 0) return actions;
  const key2 = `conditions\0${judged2.map((entry) => entry.key).join("\0")}`;
  return filteredActions(actions, key2, (list) => list.filter((action) => !judged2.some((entry) => actionCarriesConditionKey(action, entry.key) === false)));
}
function inConditionalBranch(statement, entry) {
  const base = statement.conditionSource?.pointer ?? "";
  return entry.source.pointer.slice(base.length).split("/").includes("Fn::If");
}

// src/analysis/grants.ts
var cache = /* @__PURE__ */ new WeakMap();
var managedDocuments = /* @__PURE__ */ new WeakMap();
function grantsOf(role) {
  let grants = cache.get(role);
  if (!grants) {
    grants = grantsOfSources(documentsOf(role));
    cache.set(role, grants);
  }
  return grants;
}
var documentCache = /* @__PURE__ */ new WeakMap();
function grantsOfDocument(source) {
  let grants = documentCache.get(source.document);
  if (!grants) {
    grants = grantsOfSources([source]);
    documentCache.set(source.document, grants);
  }
  return grants;
}
function grantsOfSources(sources) {
  const denies = sources.flatMap(
    (source) => source.document.statements.filter((st) => st.effect === "Deny").map((statement) => ({ statement, source }))
  );
  return sources.flatMap(
    (source) => source.document.statements.filter((st) => st.effect === "Allow").map((statement) => grantOf(statement, source, denies))
  );
}
function documentsOf(role) {
  const out = [];
  for (const { record, via } of role.policies) {
    if (record.document.kind !== "identity") continue;
    const how = via === "inline" || via === "raw-inline" ? "inline policy" : "policy";
    out.push({ document: record.document, via: `${how} \`${record.document.name}\`` });
  }
  const attachedByName = new Set(role.policies.filter((p) => p.via === "raw-managed").map((p) => p.record.document.name));
  for (const { value, source } of role.managedPolicyArns) {
    for (const alt of scalarAlternatives(value)) {
      const arn = policyArnText(alt);
      if (arn === void 0 || !isAwsManagedPolicyArn(arn) || attachedByName.has(arn.slice(arn.lastIndexOf("/") + 1))) continue;
      const document = managedDocument(arn, source);
      if (document) out.push({ document, via: `AWS managed policy \`${arn.slice(arn.lastIndexOf("/") + 1)}\`` });
    }
  }
  return out;
}
function policyArnText(value) {
  if (value.kind === "concat") {
    let out = "";
    for (const part of value.parts) {
      const text = part.kind === "unknown" && part.reason === "AWS::Partition" ? "aws" : knownString(part);
      if (text === void 0) return void 0;
      out += text;
    }
    return out;
  }
  return knownString(value);
}
function managedDocument(arn, at) {
  const key2 = `${arn}\0${at.pointer}`;
  let byPlace = managedDocuments.get(at.doc);
  if (!byPlace) managedDocuments.set(at.doc, byPlace = /* @__PURE__ */ new Map());
  if (!byPlace.has(key2)) {
    const raw = awsManagedPolicyDocument(arn);
    byPlace.set(
      key2,
      raw === void 0 ? void 0 : normalisePolicy(raw, {
        kind: "identity",
        name: arn.slice(arn.lastIndexOf("/") + 1),
        source: { doc: pinnedDocument(at.doc, at.pointer, raw), pointer: "" },
        resolve: plainResolver
      })
    );
  }
  return byPlace.get(key2);
}
function grantOf(statement, source, denies) {
  let hasUnknownAction = false;
  const patterns = (values) => (values?.values ?? []).flatMap(
    (v) => scalarAlternatives(v.value).flatMap((alt) => {
      const s = knownString(alt);
      if (s === void 0) hasUnknownAction = true;
      return s === void 0 ? [] : [s];
    })
  );
  const { actions, unknownPatterns } = statement.action ? expansionOf("Action", patterns(statement.action)) : statement.notAction ? expansionOf("NotAction", patterns(statement.notAction)) : { actions: NO_ACTIONS, unknownPatterns: NO_PATTERNS };
  const denying = deniedPatterns(denies, statement);
  let named = actionsUnderConditions(statement, actions);
  let removed = [];
  if (denying.length > 0) ({ kept: named, removed } = withoutDenied(named, denying));
  const denials = removed.map(([index2, services2]) => ({ statement: denying[index2].deny.statement, source: denying[index2].deny.source, services: services2 }));
  const applicable = applicableActions(statement, named);
  const inapplicable = applicable.length === named.length ? NO_ACTIONS : leftOut(named, applicable);
  return { statement, source, actions: applicable, inapplicable, unknownPatterns, hasUnknownAction, denials };
}
function actionsAsWritten(grant) {
  if (grant.inapplicable.length === 0) return grant.actions;
  let joined = asWritten.get(grant);
  if (!joined) {
    joined = [...grant.actions, ...grant.inapplicable];
    asWritten.set(grant, joined);
  }
  return joined;
}
var asWritten = /* @__PURE__ */ new WeakMap();
function leftOut(named, applicable) {
  let byApplicable = leftOuts.get(named);
  if (!byApplicable) leftOuts.set(named, byApplicable = /* @__PURE__ */ new WeakMap());
  let rest = byApplicable.get(applicable);
  if (!rest) {
    const kept = new Set(applicable);
    rest = named.filter((a) => !kept.has(a));
    byApplicable.set(applicable, rest);
  }
  return rest;
}
var leftOuts = /* @__PURE__ */ new WeakMap();
var NO_ACTIONS = Object.freeze([]);
var NO_PATTERNS = Object.freeze([]);
function expansionOf(element2, patterns) {
  const key2 = `${element2}\0${patterns.join("\0")}`;
  let expansion = expansions2.get(key2);
  if (!expansion) {
    expansion = element2 === "Action" ? expandActions(patterns) : expandNotActions(patterns);
    if (heldActions + expansion.actions.length <= MAX_HELD_ACTIONS && key2.length <= MAX_KEY_LENGTH) {
      expansion = { actions: expansion.actions, unknownPatterns: expansion.unknownPatterns.map(ownString) };
      expansions2.set(ownString(key2), expansion);
      heldActions += expansion.actions.length;
    }
  }
  return expansion;
}
var expansions2 = /* @__PURE__ */ new Map();
var heldActions = 0;
var MAX_HELD_ACTIONS = 1e6;
var MAX_KEY_LENGTH = 64 * 1024;
function expandActions(patterns) {
  const actions = [];
  const unknownPatterns = [];
  const seen = /* @__PURE__ */ new Set();
  for (const pattern of patterns) {
    const expanded = expandActionPattern(pattern);
    if (!expanded || expanded.length === 0) unknownPatterns.push(pattern);
    for (const a of expanded ?? []) {
      if (seen.has(a.id)) continue;
      seen.add(a.id);
      if (!a.publicApi) actions.push(a);
    }
  }
  return { actions, unknownPatterns };
}
function expandNotActions(patterns) {
  const excluded = actionPatternSet(patterns);
  return { actions: (expandActionPattern("*") ?? []).filter((a) => !a.publicApi && !excluded(a)), unknownPatterns: NO_PATTERNS };
}
function deniedPatterns(denies, allow) {
  const allowResources = (allow.resource?.values ?? []).flatMap((v) => scalarAlternatives(v.value).map(knownString));
  const out = [];
  for (const denyStatement of denies) {
    const deny = denyStatement.statement;
    if (deny.conditions.length > 0 || deny.notResource) continue;
    const denyResources = (deny.resource?.values ?? []).flatMap((v) => scalarAlternatives(v.value).map(knownString));
    const covers = allowResources.length === 0 || allowResources.some((r) => r === void 0) ? denyResources.includes("*") : allowResources.every((r) => denyResources.some((d) => d !== void 0 && matchIamPattern(d, r)));
    if (!covers) continue;
    const patterns = [];
    for (const v of deny.action?.values ?? []) {
      for (const alt of scalarAlternatives(v.value)) {
        const pattern = knownString(alt);
        if (pattern !== void 0) patterns.push(pattern);
      }
    }
    if (patterns.length > 0) out.push({ deny: denyStatement, patterns });
  }
  return out;
}
function withoutDenied(named, denying) {
  const key2 = `deny\0${denying.map((d) => d.patterns.join("")).join("\0")}`;
  return rememberedFor(named, key2, () => {
    const sets = denying.map((d) => actionPatternSet(d.patterns));
    const removed = /* @__PURE__ */ new Map();
    const kept = named.filter((a) => {
      const by = sets.findIndex((names) => names(a));
      if (by < 0) return true;
      const services2 = removed.get(by) ?? /* @__PURE__ */ new Set();
      services2.add(a.service);
      removed.set(by, services2);
      return false;
    });
    return { kept, removed: [...removed] };
  });
}

// src/analysis/variables.ts
var SPECIAL = /* @__PURE__ */ new Set(["*", "?", "$"]);
function variableSpans(text) {
  const spans = [];
  let i = 0;
  while (i < text.length) {
    const start = text.indexOf("${", i);
    if (start === -1) break;
    let j = start + 2;
    let quoted = false;
    while (j < text.length && (quoted || text[j] !== "}")) {
      if (text[j] === "'") quoted = !quoted;
      j++;
    }
    if (j >= text.length) break;
    spans.push({ start, end: j + 1, inner: text.slice(start + 2, j) });
    i = j + 1;
  }
  return spans;
}
var PREPROCESSOR = /^(?:(?:self|opt|env|sls|cf|param):|ssm:\/|file\()/i;
function parseVariable(inner, before) {
  const written = "${" + inner + "}";
  if (inner.startsWith("!")) return { written, key: inner, defaultValue: void 0, malformed: false, kind: "escaped", before };
  const comma = inner.indexOf(",");
  const key2 = comma === -1 || SPECIAL.has(inner) ? inner.trim() : inner.slice(0, comma).trim();
  const kind = SPECIAL.has(key2) ? "iam" : PREPROCESSOR.test(key2) ? "preprocessor" : key2.includes("::") || !key2.includes(":") ? "cloudformation" : "iam";
  if (comma === -1 || SPECIAL.has(inner)) return { written, key: key2, defaultValue: void 0, malformed: false, kind, before };
  const quoted = /^'([^']*)'$/.exec(inner.slice(comma + 1).trim());
  return { written, key: key2, defaultValue: quoted ? quoted[1] : void 0, malformed: !quoted, kind, before };
}
function variablesIn(value) {
  const out = [];
  collect(value, "", out, 0);
  return out;
}
function collect(value, before, out, depth) {
  if (depth > 32) return void 0;
  switch (value.kind) {
    case "known": {
      if (value.value === null) return before;
      const text = String(value.value);
      for (const span of variableSpans(text)) {
        out.push(parseVariable(span.inner, before === void 0 ? void 0 : before + text.slice(0, span.start)));
      }
      return before === void 0 ? void 0 : before + text;
    }
    case "concat": {
      let current = before;
      for (const part of value.parts) current = collect(part, current, out, depth + 1);
      return current;
    }
    case "anyOf": {
      const after = value.options.map((option) => collect(option, before, out, depth + 1));
      const first = after[0];
      return after.every((a) => a === first) ? first : void 0;
    }
    case "list":
      for (const item of value.items) collect(item, "", out, depth + 1);
      return void 0;
    default:
      return void 0;
  }
}
function isSubstitutedKey(key2) {
  if (SPECIAL.has(key2)) return true;
  if (findConditionKey(key2)) return true;
  const colon = key2.lastIndexOf(":");
  if (colon <= 0) return false;
  const provider = key2.slice(0, colon);
  const name = key2.slice(colon + 1).toLowerCase();
  return provider.includes(".") && !/\s/.test(provider) && WEB_IDENTITY_KEYS.has(name);
}
var WEB_IDENTITY_KEYS = /* @__PURE__ */ new Set(["sub", "aud", "amr", "id", "user_id"]);
var SUBSTITUTING_OPERATORS = /* @__PURE__ */ new Set([
  "StringEquals",
  "StringNotEquals",
  "StringEqualsIgnoreCase",
  "StringNotEqualsIgnoreCase",
  "StringLike",
  "StringNotLike",
  "ArnEquals",
  "ArnLike",
  "ArnNotEquals",
  "ArnNotLike"
]);
var NON_SUBSTITUTING_OPERATORS = /* @__PURE__ */ new Set([
  "NumericEquals",
  "NumericNotEquals",
  "NumericLessThan",
  "NumericLessThanEquals",
  "NumericGreaterThan",
  "NumericGreaterThanEquals",
  "DateEquals",
  "DateNotEquals",
  "DateLessThan",
  "DateLessThanEquals",
  "DateGreaterThan",
  "DateGreaterThanEquals",
  "Bool",
  "BinaryEquals",
  "IpAddress",
  "NotIpAddress",
  "Null"
]);
function variableUses(statement) {
  const uses = [];
  const add = (values, element2, operator, judge2) => {
    for (const value of values) {
      for (const variable of variablesIn(value.value)) {
        uses.push({ variable, element: element2, operator, source: value.source, neverSubstituted: judge2(variable) });
      }
    }
  };
  for (const element2 of ["Resource", "NotResource"]) {
    const values = element2 === "Resource" ? statement.resource : statement.notResource;
    add(
      values?.values ?? [],
      element2,
      void 0,
      (v) => v.before !== void 0 && v.before.startsWith("arn:") && colons(v.before) < 5 ? "before-fifth-colon" : void 0
    );
  }
  for (const entry of statement.conditions) {
    const base = entry.operator.base;
    add(entry.values, "Condition", entry.operator.raw, () => NON_SUBSTITUTING_OPERATORS.has(base) && !SUBSTITUTING_OPERATORS.has(base) ? "operator" : void 0);
    for (const span of variableSpans(entry.key)) {
      uses.push({ variable: parseVariable(span.inner, void 0), element: "condition key", operator: entry.operator.raw, source: entry.source, neverSubstituted: "element" });
    }
  }
  add(statement.action?.values ?? [], "Action", void 0, () => "element");
  add(statement.notAction?.values ?? [], "NotAction", void 0, () => "element");
  add(statement.principal?.entries.map((e) => e.value) ?? [], "Principal", void 0, () => "element");
  add(statement.notPrincipal?.entries.map((e) => e.value) ?? [], "NotPrincipal", void 0, () => "element");
  if (statement.sid !== void 0) {
    const source = { doc: statement.source.doc, pointer: joinPointer(statement.source.pointer, "Sid") };
    for (const span of variableSpans(statement.sid)) {
      uses.push({ variable: parseVariable(span.inner, void 0), element: "Sid", operator: void 0, source, neverSubstituted: "element" });
    }
  }
  return uses;
}
function colons(text) {
  let n = 0;
  for (const c of text) if (c === ":") n++;
  return n;
}
function variableVersion(document) {
  const options = alternatives(document.version).map((v) => {
    if (v.kind === "absent") return "missing";
    if (v.kind === "known") return v.value === "2012-10-17" ? "2012-10-17" : v.value === "2008-10-17" ? "2008-10-17" : "other";
    return "unknown";
  });
  const first = options[0] ?? "unknown";
  return options.every((o) => o === first) ? first : "unknown";
}
function subEscapeProblems(document) {
  const problems = [];
  walk(document.raw, document.source.pointer, problems, 0);
  const out = problems.map((p) => ({ ...p, at: { doc: document.source.doc, pointer: p.pointer } }));
  const written = document.asWritten;
  if (written) {
    const more = [];
    walk(written.value, written.source.pointer, more, 0);
    const seen = new Set(problems.map((p) => `${p.kind}\0${p.pointer.slice(document.source.pointer.length)}\0${p.written}`));
    for (const p of more) {
      if (p.kind !== "unescaped-in-sub" || seen.has(`${p.kind}\0${p.pointer.slice(written.source.pointer.length)}\0${p.written}`)) continue;
      out.push({ ...p, at: { doc: written.source.doc, pointer: p.pointer } });
    }
  }
  return out;
}
function walk(node, pointer, problems, depth) {
  if (depth > 64) return;
  if (typeof node === "string") {
    for (const span of variableSpans(node)) {
      if (span.inner.startsWith("!")) problems.push({ kind: "escape-outside-sub", written: "${" + span.inner + "}", pointer });
    }
    return;
  }
  if (Array.isArray(node)) {
    node.forEach((item, i) => walk(item, joinPointer(pointer, i), problems, depth + 1));
    return;
  }
  if (!isPlainObject(node)) return;
  if (intrinsicName(node) === "Fn::Sub") {
    const arg = own(node, "Fn::Sub");
    const at = joinPointer(pointer, "Fn::Sub");
    if (typeof arg === "string") {
      subTemplate(arg, {}, at, problems);
    } else if (Array.isArray(arg)) {
      const map = isPlainObject(arg[1]) ? arg[1] : {};
      if (typeof arg[0] === "string") subTemplate(arg[0], map, joinPointer(at, 0), problems);
      else walk(arg[0], joinPointer(at, 0), problems, depth + 1);
      if (arg.length > 1) walk(arg[1], joinPointer(at, 1), problems, depth + 1);
    }
    return;
  }
  for (const [key2, value] of Object.entries(node)) walk(value, joinPointer(pointer, key2), problems, depth + 1);
}
function subTemplate(template, map, pointer, problems) {
  let i = 0;
  while (i < template.length) {
    const start = template.indexOf("${", i);
    if (start === -1) break;
    const end = template.indexOf("}", start + 2);
    if (end === -1) break;
    const name = template.slice(start + 2, end);
    i = end + 1;
    if (name.startsWith("!") || Object.prototype.hasOwnProperty.call(map, name.trim())) continue;
    if (name.includes(":") && !name.includes("::")) problems.push({ kind: "unescaped-in-sub", written: "${" + name + "}", pointer });
  }
}
function statementName(statement) {
  if (statement.sid !== void 0 && statement.sid.trim() !== "") return `statement \`${statement.sid}\``;
  const index2 = statement.document.statements.indexOf(statement);
  return `statement ${index2 + 1}`;
}
function statementAt(document, pointer) {
  let best;
  for (const statement of document.statements) {
    const p = statement.source.pointer;
    if ((pointer === p || pointer.startsWith(p + "/")) && (!best || p.length > best.source.pointer.length)) best = statement;
  }
  return best;
}
function policyLabel(document) {
  return document.kind === "trust" ? `\`${document.name}\`` : `policy \`${document.name}\``;
}
function formatList(items, max = 5) {
  const distinct = [...new Set(items)];
  if (distinct.length <= 1) return distinct.join("");
  if (distinct.length > max) return `${distinct.slice(0, max).join(", ")} and ${distinct.length - max} more`;
  return `${distinct.slice(0, -1).join(", ")} and ${distinct[distinct.length - 1]}`;
}
function documentsOutsideIdentityPools(model) {
  const out = [];
  const identityPoolRoles = new Set(model.identityPoolRoles());
  for (const role of model.roles) {
    if (identityPoolRoles.has(role) || role.arn !== void 0 && role.arn.includes(":role/aws-service-role/")) continue;
    for (const source of documentsOf(role)) out.push({ document: source.document, role, via: source.via });
  }
  for (const record of model.policies) {
    if (record.document.kind !== "identity" || record.policyType === "aws-managed" || record.roles.length > 0) continue;
    out.push({ document: record.document, role: void 0, via: policyLabel(record.document) });
  }
  return out;
}
function grantsIn(granting) {
  const ofRole = granting.role ? grantsOf(granting.role).filter((g) => g.source.document === granting.document) : [];
  const grants = ofRole.length > 0 ? ofRole : grantsOfDocument({ document: granting.document, via: granting.via });
  return new Map(grants.map((g) => [g.statement, g]));
}

// src/iam/wildcards.ts
function actionPatternsOf(element2) {
  const patterns = [];
  let unknownValue2 = false;
  for (const value of element2?.values ?? []) {
    for (const alt of scalarAlternatives(value.value)) {
      const text = knownString(alt);
      if (text === void 0) unknownValue2 = true;
      else patterns.push({ text, source: value.source });
    }
  }
  return { patterns, unknown: unknownValue2 };
}
function statementWildcards(statement, allowed) {
  const last = judged.get(statement);
  if (last && last.allowed === allowed) return last.wildcards;
  const wildcards = judgeWildcards(statement, allowed);
  judged.set(statement, { allowed, wildcards });
  return wildcards;
}
var judged = /* @__PURE__ */ new WeakMap();
function judgeWildcards(statement, allowed) {
  const remaining = allowed ? actionsByService(allowed) : void 0;
  const stillWhole = (service) => {
    const all = actionsOf(service) ?? [];
    return wholeEnough(all, remaining ? remaining.get(service) ?? [] : actionsUnderConditions(statement, all));
  };
  const action = actionPatternsOf(statement.action);
  const patterns = action.patterns.map((p) => ({ ...p, services: wholeServicesOf(p.text).filter(stillWhole) })).filter((p) => p.services.length > 0);
  let notAction;
  let undecidable = action.unknown;
  if (statement.notAction) {
    const excluded = actionPatternsOf(statement.notAction);
    if (excluded.unknown) undecidable = true;
    else {
      const texts = excluded.patterns.map((p) => p.text);
      const scope = resourceServices(statement);
      const services2 = servicesOutside(texts).filter((s) => (scope === "all" || scope.has(s)) && stillWhole(s));
      if (services2.length > 0) notAction = { excluded: texts, services: services2, source: statement.notAction.source };
    }
  }
  return { patterns, notAction, undecidable };
}
function wholeEnough(all, possible) {
  return possible.length === all.length || possible.some((a) => a.accessLevels.has("Write") || a.accessLevels.has("Tagging") || a.accessLevels.has("Permissions management"));
}
function resourceServices(statement) {
  if (statement.notResource) return "all";
  const services2 = /* @__PURE__ */ new Set();
  for (const value of statement.resource?.values ?? []) {
    for (const alt of scalarAlternatives(value.value)) {
      const text = fixedText2(alt);
      if (text === void 0) continue;
      if (text === "*") return "all";
      const parts = text.split(":");
      if (parts[0] !== "arn" || parts.length < 6) continue;
      const service = parts[2];
      if (/[*?]/.test(service)) return "all";
      if (service !== "" && !service.includes(UNKNOWN_PART)) services2.add(service.toLowerCase());
    }
  }
  return services2;
}
var UNKNOWN_PART = "\0";
function actionsOnResources(statement, actions) {
  return applicableActions(statement, actions, { typelessNeedEveryResource: true });
}
function fixedText2(value) {
  if (value.kind === "known") return value.value === null ? void 0 : String(value.value);
  if (value.kind === "concat") return value.parts.map((p) => p.kind === "known" && p.value !== null ? String(p.value) : UNKNOWN_PART).join("");
  return void 0;
}

// src/analysis/role-grants.ts
function actionPatterns(grant) {
  const element2 = grant.statement.action ?? grant.statement.notAction;
  return (element2?.values ?? []).flatMap((v) => scalarAlternatives(v.value).map(knownString)).filter((s) => s !== void 0);
}
function confinedToIdentity(grant) {
  const values = grant.statement.resource?.values ?? [];
  if (grant.statement.notResource || values.length === 0) return false;
  return values.every(
    (v) => scalarAlternatives(v.value).every((alt) => {
      const parsed2 = readS3Resource(alt);
      return parsed2.kind === "object" && parsed2.scope.kind === "per-identity";
    })
  );
}
function modifies(action) {
  return action.accessLevels.has("Write") || action.accessLevels.has("Permissions management");
}
function adminGrant(grant) {
  const reasons = [];
  const actions = [];
  const applicable = actionsOnResources(grant.statement, grant.actions);
  const covered = /* @__PURE__ */ new Set();
  if (grant.statement.notAction) {
    if (applicable.some(modifies)) {
      reasons.push("`NotAction` allows every action it does not list");
      actions.push(`everything except ${actionPatterns(grant).join(", ")}`);
    }
  }
  for (const pattern of grant.statement.action ? actionPatterns(grant) : []) {
    const services2 = new Set(wholeServicesOf(pattern));
    if (services2.size === 0 || !applicable.some((a) => services2.has(a.service) && modifies(a))) continue;
    reasons.push(pattern === "*" ? "every action of every service" : "a whole-service wildcard");
    actions.push(pattern);
    for (const s of services2) covered.add(s);
  }
  const confined = confinedToIdentity(grant);
  for (const action of grant.actions) {
    if (covered.has(action.service)) continue;
    if (action.privilegeEscalation) {
      reasons.push("privilege escalation");
      actions.push(action.id);
    } else if (action.accessLevels.has("Permissions management") && !confined) {
      reasons.push("permissions management");
      actions.push(action.id);
    }
  }
  return reasons.length > 0 ? { reasons: unique(reasons), actions: unique(actions) } : void 0;
}
function writeActions(actions) {
  return actions.filter((a) => a.accessLevels.has("Write") || a.accessLevels.has("Tagging"));
}
function unique(list) {
  return [...new Set(list)];
}
function formatActionList(ids) {
  const shown = ids.slice(0, 6).map((id) => `\`${id}\``);
  return ids.length > 6 ? `${shown.join(", ")} and ${ids.length - 6} more` : shown.join(", ");
}

// src/data/cognito-admin-actions.json
var cognito_admin_actions_default = {
  $comment: "Cognito administration actions that change who gets which credentials (RULES.md role/cognito-admin-actions). An identity-pool role that may call one on a pool its own users come from lets any holder promote themselves. Each entry: the action as the Service Authorization Reference spells it (a test checks every one is in the action catalog), the kind of pool it administers, `lets` \u2014 a verb phrase completing \"any signed-in user can \u2026\" (the rule's message uses it) \u2014 and `source`, the action's page of the Amazon Cognito API reference. Loaded by src/data/cognito-admin-actions.ts.",
  actions: [
    {
      action: "cognito-idp:AdminAddUserToGroup",
      pool: "user-pool",
      lets: "add themselves to any group of the pool and so get its role and `cognito:groups` claim",
      source: "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminAddUserToGroup.html"
    },
    {
      action: "cognito-idp:AdminCreateUser",
      pool: "user-pool",
      lets: "create users with attributes of their choosing even where only administrators may",
      source: "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminCreateUser.html"
    },
    {
      action: "cognito-idp:AdminSetUserPassword",
      pool: "user-pool",
      lets: "set any user's password and sign in as that user",
      source: "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminSetUserPassword.html"
    },
    {
      action: "cognito-idp:AdminUpdateUserAttributes",
      pool: "user-pool",
      lets: "rewrite any user's attributes (those a role mapping, a principal tag or the app's backend reads included)",
      source: "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminUpdateUserAttributes.html"
    },
    {
      action: "cognito-idp:AdminConfirmSignUp",
      pool: "user-pool",
      lets: "confirm any sign-up without its verification code",
      source: "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminConfirmSignUp.html"
    },
    {
      action: "cognito-idp:AdminEnableUser",
      pool: "user-pool",
      lets: "re-enable users an administrator disabled",
      source: "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminEnableUser.html"
    },
    {
      action: "cognito-idp:AdminLinkProviderForUser",
      pool: "user-pool",
      lets: "link an external sign-in they own to any user and sign in as that user",
      source: "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminLinkProviderForUser.html"
    },
    {
      action: "cognito-idp:AdminInitiateAuth",
      pool: "user-pool",
      lets: "start any user's server-side sign-in (the flow the pool reserves for trusted backends)",
      source: "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminInitiateAuth.html"
    },
    {
      action: "cognito-idp:AdminRespondToAuthChallenge",
      pool: "user-pool",
      lets: "answer the challenges of any user's server-side sign-in",
      source: "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminRespondToAuthChallenge.html"
    },
    {
      action: "cognito-idp:CreateGroup",
      pool: "user-pool",
      lets: "create groups with the role and precedence of their choosing",
      source: "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateGroup.html"
    },
    {
      action: "cognito-idp:UpdateGroup",
      pool: "user-pool",
      lets: "give a group another role or precedence",
      source: "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateGroup.html"
    },
    {
      action: "cognito-idp:UpdateUserPool",
      pool: "user-pool",
      lets: "change the pool's settings (open self sign-up, turn off MFA, replace its Lambda triggers)",
      source: "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateUserPool.html"
    },
    {
      action: "cognito-idp:CreateUserPoolClient",
      pool: "user-pool",
      lets: "create an app client with the auth flows and writable attributes of their choosing",
      source: "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html"
    },
    {
      action: "cognito-idp:UpdateUserPoolClient",
      pool: "user-pool",
      lets: "change an app client's auth flows and the attributes users may write",
      source: "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateUserPoolClient.html"
    },
    {
      action: "cognito-idp:CreateIdentityProvider",
      pool: "user-pool",
      lets: "add a SAML or OIDC identity provider they control and sign in through it",
      source: "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateIdentityProvider.html"
    },
    {
      action: "cognito-idp:UpdateIdentityProvider",
      pool: "user-pool",
      lets: "point an identity provider of the pool at one they control or change its attribute mapping",
      source: "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateIdentityProvider.html"
    },
    {
      action: "cognito-identity:SetIdentityPoolRoles",
      pool: "identity-pool",
      lets: "change which roles the pool hands out and how it maps users to them",
      source: "https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_SetIdentityPoolRoles.html"
    },
    {
      action: "cognito-identity:UpdateIdentityPool",
      pool: "identity-pool",
      lets: "change the pool's settings (allow guests, turn on the basic flow, accept other identity providers)",
      source: "https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_UpdateIdentityPool.html"
    },
    {
      action: "cognito-identity:SetPrincipalTagAttributeMap",
      pool: "identity-pool",
      lets: "change which token claims become the principal tags the pool's roles test",
      source: "https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_SetPrincipalTagAttributeMap.html"
    },
    {
      action: "cognito-identity:GetOpenIdTokenForDeveloperIdentity",
      pool: "identity-pool",
      lets: "obtain a token and credentials for any identity of the pool's developer provider as the app's authentication backend does",
      source: "https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_GetOpenIdTokenForDeveloperIdentity.html"
    },
    {
      action: "cognito-identity:MergeDeveloperIdentities",
      pool: "identity-pool",
      lets: "merge one developer identity into another and take over its identity ID",
      source: "https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_MergeDeveloperIdentities.html"
    }
  ]
};

// src/data/cognito-admin-actions.ts
var ACTIONS2 = Object.freeze(
  cognito_admin_actions_default.actions.map((a) => Object.freeze({ action: a.action, pool: a.pool, lets: a.lets, source: a.source }))
);
var BY_ID2 = new Map(ACTIONS2.map((a) => [a.action.toLowerCase(), a]));
function cognitoAdminActions() {
  return ACTIONS2;
}
function cognitoAdminAction(actionId) {
  return BY_ID2.get(actionId.toLowerCase());
}

// src/analysis/cognito-admin.ts
var poolsCache = /* @__PURE__ */ new WeakMap();
function poolsOfRole(model, role) {
  let byRole = poolsCache.get(model);
  if (!byRole) poolsCache.set(model, byRole = /* @__PURE__ */ new WeakMap());
  let pools = byRole.get(role);
  if (!pools) {
    const slots = model.slotsOfRole(role);
    const identityPools = /* @__PURE__ */ new Set([...slots.flatMap((s) => s.pool ? [s.pool] : []), ...audPools(model, role).pools]);
    const userPools = new Set(
      model.userPoolEntities.userPools.filter((up) => identityPoolsUsingUserPool(model, up).some((p) => identityPools.has(p)))
    );
    for (const slot of slots) {
      if (slot.slot !== "group") continue;
      const group = model.userPoolEntities.groups.find((g) => g.templateResource === slot.via.templateResource);
      if (group?.userPool) userPools.add(group.userPool);
    }
    pools = { identityPools, userPools };
    byRole.set(role, pools);
  }
  return pools;
}
function cognitoAdminUses(model, role, grant) {
  const uses = [];
  let targets;
  for (const action of grant.actions) {
    const entry = cognitoAdminAction(action.id);
    if (!entry) continue;
    targets ??= statementTargets(model, grant);
    const own2 = poolsOfRole(model, role);
    const reportable = targets[entry.pool].filter(
      (t) => t.kind === "any" || t.kind === "unknown" || t.kind === "user-pool" && own2.userPools.has(t.pool) || t.kind === "identity-pool" && own2.identityPools.has(t.pool)
    );
    if (reportable.length > 0) uses.push({ action, entry, targets: reportable });
  }
  return uses;
}
function statementTargets(model, grant) {
  const statement = grant.statement;
  if (statement.notResource || !statement.resource) {
    const any = { kind: "any", text: statement.notResource ? "everything but its NotResource" : "*" };
    return { "user-pool": [any], "identity-pool": [any] };
  }
  const out = { "user-pool": [], "identity-pool": [] };
  for (const value of statement.resource.values) {
    for (const alt of scalarAlternatives(value.value)) {
      if (alt.kind === "absent") continue;
      out["user-pool"].push(readTarget(model, alt, "user-pool"));
      out["identity-pool"].push(readTarget(model, alt, "identity-pool"));
    }
  }
  return out;
}
var ARN_SHAPE = {
  "user-pool": { service: "cognito-idp", type: "userpool" },
  "identity-pool": { service: "cognito-identity", type: "identitypool" }
};
function readTarget(model, value, kind) {
  if (value.kind === "resource") return poolOfReference(model, value, kind) ?? { kind: "other" };
  const text = templateText(value);
  if (text === void 0) return { kind: "unknown", text: describe(value) };
  const shown = text.replaceAll(HOLE, "<?>");
  if (text === "*") return { kind: "any", text };
  const parts = text.split(":");
  const { service, type } = ARN_SHAPE[kind];
  if (parts[0] !== "arn" || parts.length < 6) {
    if (text.replaceAll(HOLE, "") === "") return { kind: "unknown", text: "" };
    const sample = `arn:aws:${service}:us-east-1:111122223333:${type}/us-east-1_example`;
    if (!matchIamPattern(text.replaceAll(HOLE, "*"), sample)) return { kind: "other" };
    return text.includes(HOLE) ? { kind: "unknown", text: shown } : { kind: "any", text: shown };
  }
  const serviceSegment2 = parts[2].toLowerCase();
  if (!segmentMayBe(serviceSegment2, service)) return { kind: "other" };
  const resource = parts.slice(5).join(":");
  const prefix = `${type}/`;
  if (!resource.toLowerCase().startsWith(prefix)) {
    return /[*?]/.test(resource) || resource.includes(HOLE) ? { kind: "any", text: shown } : { kind: "other" };
  }
  const id = resource.slice(prefix.length);
  if (/[*?]/.test(id)) return { kind: "any", text: shown };
  if (id === HOLE && value.kind === "concat") {
    const last = value.parts[value.parts.length - 1];
    const pool = last?.kind === "resource" ? poolOfReference(model, last, kind) : void 0;
    if (pool) return pool;
  }
  return { kind: "unknown", text: shown };
}
function segmentMayBe(segment, expected) {
  if (segment === expected) return true;
  if (!/[*?\u0000]/.test(segment)) return false;
  const pattern = segment.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*|\u0000/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${pattern}$`).test(expected);
}
function poolOfReference(model, value, kind) {
  const { resource, attribute } = value;
  if (resource.type === "AWS::Cognito::UserPool") {
    if (kind !== "user-pool" || attribute !== void 0 && attribute !== "Arn" && attribute !== "UserPoolId") return { kind: "other" };
    const pool = model.userPoolEntities.userPools.find((p) => p.templateResource === resource);
    return pool ? { kind: "user-pool", pool } : { kind: "unknown", text: describe(value) };
  }
  if (resource.type === "AWS::Cognito::IdentityPool") {
    if (kind !== "identity-pool" || attribute !== void 0 && attribute !== "Id") return { kind: "other" };
    const pool = model.identityPools.find((p) => p.templateResource === resource);
    return pool ? { kind: "identity-pool", pool } : { kind: "unknown", text: describe(value) };
  }
  if (resource.type.startsWith("AWS::") && resource.type !== "AWS::CloudFormation::Stack" && resource.type !== "AWS::CloudFormation::CustomResource") {
    return { kind: "other" };
  }
  return { kind: "unknown", text: describe(value) };
}
function groupsWithRoles(model, pools) {
  const out = [];
  for (const pool of pools) {
    for (const group of pool.groups) {
      if (group.roleArn.value.kind === "absent") continue;
      const slot = model.slots.find((s) => s.slot === "group" && s.via.templateResource === group.templateResource && s.role);
      out.push({ group, name: knownString(group.groupName.value) ?? group.name, role: slot?.role });
    }
  }
  return out;
}

// src/analysis/granularity.ts
var DEFERS_TO = {
  "role/broad-read": ["role/admin-access"],
  "role/guest-write-access": ["role/admin-access", "role/cognito-admin-actions"],
  "role/cognito-admin-actions": ["role/admin-access"]
};
function reports(rule, model, role, grant) {
  switch (rule) {
    case "role/admin-access":
      return adminGrant(grant) !== void 0;
    case "role/cognito-admin-actions":
      return cognitoAdminUses(model, role, grant).length > 0;
  }
}
function reportedByParentRule(rule, model, role, grant) {
  return DEFERS_TO[rule].some((parent) => reports(parent, model, role, grant));
}

// src/analysis/s3-access.ts
var LIST_BUCKET = /* @__PURE__ */ new Set(["s3:listbucket", "s3:listbucketversions"]);
var TAG_KEYS = [/^s3:existingobjecttag\//, /^s3:requestobjecttag\//, /^aws:principaltag\//, /^aws:resourcetag\//];
function isListBucketAction(action) {
  return LIST_BUCKET.has(action.id.toLowerCase());
}
function isObjectAction(action) {
  return action.service === "s3" && action.resourceTypes.includes("object");
}
function isWriteAction(action) {
  return action.accessLevels.has("Write") || action.accessLevels.has("Tagging") || action.accessLevels.has("Permissions management");
}
function s3AccessOf(role) {
  let access = accessCache.get(role);
  if (!access) {
    access = readS3Access(role);
    accessCache.set(role, access);
  }
  return access;
}
var accessCache = /* @__PURE__ */ new WeakMap();
function readS3Access(role) {
  const out = [];
  for (const grant of grantsOf(role)) {
    const s3 = actionsOfServiceIn(grant.actions, "s3");
    const inapplicable = actionsOfServiceIn(grant.inapplicable, "s3");
    if (s3.length === 0 && inapplicable.length === 0) continue;
    const statement = grant.statement;
    const resources = statement.notResource ? [{ value: { value: { kind: "known", value: "*" }, source: statement.notResource.source }, parsed: { kind: "any" } }] : (statement.resource?.values ?? []).flatMap((v) => scalarAlternatives(v.value).map((alt) => ({ value: { value: alt, source: v.source }, parsed: readS3Resource(alt) })));
    const narrowedByTags = statement.conditions.some((c) => TAG_KEYS.some((re) => re.test(c.keyLower)));
    const otherConditions = statement.conditions.filter((c) => !TAG_KEYS.some((re) => re.test(c.keyLower)) && c.keyLower !== "s3:prefix");
    out.push({
      grant,
      statement,
      objectActions: s3.filter(isObjectAction),
      listActions: s3.filter(isListBucketAction),
      bucketActions: s3.filter((a) => !isObjectAction(a) && !isListBucketAction(a)),
      inapplicable,
      resources,
      narrowedByTags,
      otherConditions
    });
  }
  return out;
}
function prefixConditions(statement) {
  return statement.conditions.filter((c) => c.keyLower === "s3:prefix").map((entry) => ({ entry, values: entry.values.flatMap((v) => scalarAlternatives(v.value).map(knownString)) }));
}
function unscopedObjectAccess(access) {
  if (access.objectActions.length === 0 || access.narrowedByTags) return void 0;
  const writes = access.objectActions.filter(isWriteAction);
  const resources = [];
  const unresolved = [];
  let base;
  let wholeWrite = false;
  for (const { value, parsed: parsed2 } of access.resources) {
    if (parsed2.kind === "any" || parsed2.kind === "pattern" || parsed2.kind === "object" && parsed2.scope.kind === "whole-bucket") {
      base = writes.length > 0 ? "high" : base ?? "medium";
      wholeWrite ||= writes.length > 0;
      resources.push(value);
    } else if (parsed2.kind === "object" && parsed2.scope.kind === "variable") {
      base = writes.length > 0 ? "high" : base ?? "medium";
      resources.push(value);
    } else if (parsed2.kind === "object" && parsed2.scope.kind === "fixed-prefix" && writes.length > 0) {
      base ??= "medium";
      resources.push(value);
    } else if (parsed2.kind === "object" && parsed2.scope.kind === "unknown") {
      unresolved.push(value);
    }
  }
  return base ? { base, resources, writes, wholeWrite, unresolved } : unresolved.length ? { base: "medium", resources: [], writes, wholeWrite: false, unresolved } : void 0;
}

// src/core/types.ts
var SEVERITIES = ["critical", "high", "medium", "low", "info"];

// src/analysis/severity.ts
function stepUp(severity) {
  return SEVERITIES[Math.max(0, SEVERITIES.indexOf(severity) - 1)];
}
function stepDown(severity) {
  return SEVERITIES[Math.min(SEVERITIES.length - 1, SEVERITIES.indexOf(severity) + 1)];
}
function mildest(a, b) {
  return SEVERITIES.indexOf(a) >= SEVERITIES.indexOf(b) ? a : b;
}
function scaledSeverity(base, exposure) {
  if (exposure.unobtainable) return mildest(base, "low");
  switch (exposure.level) {
    case "guest":
    case "public-sign-up":
      return stepUp(base);
    case "group":
      return mildest(base, "low");
    default:
      return base;
  }
}

// src/iam/guest-scope-down.ts
import { readFileSync as readFileSync3 } from "node:fs";
import { join as join3 } from "node:path";
var scopeDown;
function load() {
  if (!scopeDown) {
    const data = JSON.parse(readFileSync3(join3(packageRoot(), "src", "data", "guest-scope-down.json"), "utf8"));
    const patterns = [...data.inlineSessionPolicyActions];
    const managed = awsManagedPolicyDocument("arn:aws:iam::aws:policy/AmazonCognitoUnAuthedIdentitiesSessionPolicy");
    for (const statement of managed?.Statement ?? []) {
      if (statement.Effect !== "Allow") continue;
      patterns.push(...Array.isArray(statement.Action) ? statement.Action : statement.Action ? [statement.Action] : []);
    }
    scopeDown = { services: new Set(data.inlineSessionPolicyServices), patterns };
  }
  return scopeDown;
}
function survivesGuestScopeDown(action) {
  const { services: services2, patterns } = load();
  const service = action.slice(0, action.indexOf(":")).toLowerCase();
  return services2.has(service) || patterns.some((p) => actionMatches(p, action));
}

// src/data/guest-documented.json
var guest_documented_default = {
  $comment: "Guest (unauthenticated identity-pool) grants that AWS documents as the intended use of a guest role, which role/guest-write-access reports as info instead of high (RULES.md role/guest-write-access). Each pattern lists its actions and the ARN resource parts (after `arn:<partition>:<service>:<region>:<account>:`) that name one specific resource: `{Name}` is one identifier, which must be written or be an unknown part of a template (`${BotId}`), never a wildcard; a trailing `*` is anything under that resource. `resources: []` is for actions that support no resource type in the Service Authorization Reference, which IAM can only grant on `*` (a test checks this against the action catalog). Loaded by src/data/guest-documented.ts.",
  patterns: [
    {
      kind: "telemetry",
      actions: ["rum:PutRumEvents"],
      resources: ["appmonitor/{Name}"],
      sources: [
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-RUM-get-started-authorization.html",
        "https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AmazonCognitoUnauthenticatedIdentities.html",
        "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncloudwatchrum.html"
      ]
    },
    {
      kind: "telemetry",
      actions: ["mobiletargeting:PutEvents", "mobiletargeting:UpdateEndpoint"],
      resources: ["apps/{AppId}", "apps/{AppId}/*"],
      sources: [
        "https://docs.aws.amazon.com/pinpoint/latest/developerguide/security_iam_id-based-policy-examples.html",
        "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonpinpoint.html"
      ]
    },
    {
      kind: "telemetry",
      actions: ["mobileanalytics:PutEvents", "personalize:PutEvents"],
      resources: [],
      sources: [
        "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonmobileanalytics.html",
        "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonpersonalize.html",
        "https://docs.aws.amazon.com/personalize/latest/dg/recording-events.html"
      ]
    },
    {
      kind: "lex",
      actions: ["lex:PostText", "lex:PostContent", "lex:RecognizeText", "lex:RecognizeUtterance", "lex:StartConversation"],
      resources: ["bot-alias/{BotId}/{BotAliasId}", "bot:{BotName}:{BotAliasOrVersion}"],
      sources: [
        "https://github.com/aws-samples/aws-lex-web-ui (the Lex web UI: a Cognito identity pool whose unauthenticated role may talk to the one bot)",
        "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonlexv2.html (bot alias: bot-alias/${BotId}/${BotAliasId}; Lex V1 bot alias and bot version: bot:${BotName}:${BotAlias} and bot:${BotName}:${BotVersion})"
      ]
    }
  ]
};

// src/iam/guest-documented.ts
var PATTERNS = guest_documented_default.patterns.map((p) => ({ ...p, matchers: p.resources.map(resourceMatcher) }));
var BY_ACTION = new Map(PATTERNS.flatMap((p) => p.actions.map((a) => [a.toLowerCase(), p])));
function resourceMatcher(template) {
  let source = "";
  for (const piece of template.split(/(\{[^}]+\}|\*)/)) {
    if (piece === "") continue;
    if (piece === "*") source += ".*";
    else if (piece.startsWith("{")) source += "[^/:*?]+";
    else source += piece.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`, "s");
}
function documentedGuestUseOfTexts(action, resourceTexts2) {
  const pattern = BY_ACTION.get(action.id.toLowerCase());
  if (!pattern) return void 0;
  if (pattern.resources.length === 0) return { kind: pattern.kind, resourceLess: true };
  if (!resourceTexts2) return void 0;
  for (const text of resourceTexts2) {
    if (text === void 0) return void 0;
    const parts = text.split(":");
    const service = parts[2];
    if (parts[0] === "arn" && parts.length >= 6 && service !== void 0 && /^[a-z0-9-]+$/i.test(service) && service.toLowerCase() !== action.service) continue;
    if (parts[0] !== "arn" || parts.length < 6 || service?.toLowerCase() !== action.service) return void 0;
    const rest = parts.slice(5).join(":");
    if (!pattern.matchers.some((m) => m.test(rest))) return void 0;
  }
  return { kind: pattern.kind, resourceLess: false };
}
function documentedGuestUse(action, resource) {
  return documentedGuestUseOfTexts(action, resource && resourceTexts(resource.values));
}
function* resourceTexts(values) {
  for (const value of values) for (const alt of scalarAlternatives(value.value)) yield templateText(alt);
}

// src/dialects/cloudformation/buckets.ts
function buildBuckets(stacks, resolver, entityOf) {
  const buckets = [];
  for (const stack of stacks) {
    for (const resource of stack.resources.values()) {
      if (resource.type !== "AWS::S3::Bucket") continue;
      const props = { doc: stack.doc, pointer: resource.propertiesPointer };
      const values = (pointer) => {
        const node = resolver.resolveAt(stack, pointer);
        if (node.kind === "absent") return [];
        const source = { doc: stack.doc, pointer };
        if (node.kind === "list") return node.items.map((item, i) => ({ value: item, source: childRef(source, i) }));
        return [{ value: node, source }];
      };
      const corsRules = [];
      const cors = own(resource.properties, "CorsConfiguration");
      const corsList = isPlainObject(cors) ? own(cors, "CorsRules") : void 0;
      if (Array.isArray(corsList)) {
        corsList.forEach((_, i) => {
          const pointer = joinPointer(resource.propertiesPointer, "CorsConfiguration", "CorsRules", i);
          corsRules.push({
            source: { doc: stack.doc, pointer },
            allowedOrigins: values(joinPointer(pointer, "AllowedOrigins")),
            allowedMethods: values(joinPointer(pointer, "AllowedMethods"))
          });
        });
      }
      const lifecycleRules = [];
      const lifecycle = own(resource.properties, "LifecycleConfiguration");
      const rules2 = isPlainObject(lifecycle) ? own(lifecycle, "Rules") : void 0;
      if (Array.isArray(rules2)) {
        rules2.forEach((rule, i) => {
          if (!isPlainObject(rule)) return;
          const pointer = joinPointer(resource.propertiesPointer, "LifecycleConfiguration", "Rules", i);
          const status = knownString(resolver.resolveAt(stack, joinPointer(pointer, "Status")));
          const filter2 = own(rule, "Filter");
          const prefixPointer = Object.prototype.hasOwnProperty.call(rule, "Prefix") ? joinPointer(pointer, "Prefix") : isPlainObject(filter2) && Object.prototype.hasOwnProperty.call(filter2, "Prefix") ? joinPointer(pointer, "Filter", "Prefix") : void 0;
          const prefixValue = prefixPointer ? resolver.resolveAt(stack, prefixPointer) : void 0;
          const prefixAlternatives = prefixValue ? scalarAlternatives(prefixValue).map(knownString) : [""];
          const prefix = prefixAlternatives.length === 1 ? prefixAlternatives[0] : void 0;
          lifecycleRules.push({
            source: { doc: stack.doc, pointer },
            enabled: status === void 0 ? "unknown" : status === "Enabled",
            prefix,
            expires: own(rule, "ExpirationInDays") !== void 0 || own(rule, "ExpirationDate") !== void 0,
            // S3 applies a tag or size filter on top of the prefix: objects without the tags never match.
            filtered: ["TagFilters", "ObjectSizeGreaterThan", "ObjectSizeLessThan"].some((k) => own(rule, k) !== void 0) || isPlainObject(filter2) && ["Tag", "And", "ObjectSizeGreaterThan", "ObjectSizeLessThan"].some((k) => own(filter2, k) !== void 0)
          });
        });
      }
      buckets.push({ ...entityOf(resource), kind: "bucket", templateResource: resource, corsRules, lifecycleRules, propertiesSource: props });
    }
  }
  return buckets;
}
function bucketsNamed(buckets, bucket, resolver, match2) {
  if (bucket.resource) return buckets.filter((b) => b.templateResource === bucket.resource);
  const literal2 = bucket.literal;
  if (literal2 === void 0) return [];
  return buckets.filter((b) => {
    if (literal2 === "*") return true;
    const name = knownString(resolver.resolveAt(b.templateResource.stack, joinPointer(b.templateResource.propertiesPointer, "BucketName")));
    return name !== void 0 && match2(literal2, name);
  });
}

// src/dialects/cloudformation/deployment.ts
function sameDeployment(a, b) {
  if (a === b) return true;
  const root2 = (s) => s.input.nestedIn?.parentStackKey ?? s.key;
  if (root2(a) === root2(b)) return true;
  return a.input.assembly !== void 0 && b.input.assembly !== void 0 && a.input.assembly.rootDir === b.input.assembly.rootDir;
}

// src/analysis/s3-writes.ts
function bucketWrites(model) {
  const out = [];
  for (const role of model.identityPoolRoles()) {
    const exposure = exposureOf(model, role);
    if (exposure.level === "internal") continue;
    for (const access of s3AccessOf(role)) {
      if (!access.objectActions.some(isWriteAction)) continue;
      for (const { parsed: parsed2 } of access.resources) {
        if (parsed2.kind === "pattern") {
          const matching = bucketsNamed(model.buckets.filter((b) => sameDeploymentAs(b, role)), parsed2.bucket, model.resolver, (p, v) => matchIamPattern(p, v));
          for (const bucket of matching) out.push({ bucket, role, guest: exposure.guestRole, prefix: "" });
        } else if (parsed2.kind === "any") {
          for (const bucket of model.buckets.filter((b) => sameDeploymentAs(b, role))) out.push({ bucket, role, guest: exposure.guestRole, prefix: "" });
        } else if (parsed2.kind === "object") {
          const prefix = parsed2.scope.kind === "fixed-prefix" ? parsed2.scope.prefix : parsed2.scope.kind === "variable" ? parsed2.scope.prefix : parsed2.scope.kind === "per-identity" ? parsed2.key.slice(0, parsed2.key.indexOf("${")) : parsed2.scope.kind === "whole-bucket" ? "" : void 0;
          if (prefix === void 0) continue;
          const candidates = parsed2.bucket.literal !== void 0 && /[*?]/.test(parsed2.bucket.literal) ? model.buckets.filter((b) => sameDeploymentAs(b, role)) : model.buckets;
          for (const bucket of bucketsNamed(candidates, parsed2.bucket, model.resolver, (p, v) => matchIamPattern(p, v))) {
            out.push({ bucket, role, guest: exposure.guestRole, prefix });
          }
        }
      }
    }
  }
  return out;
}
function sameDeploymentAs(bucket, role) {
  const stack = role.templateResource?.stack;
  return stack !== void 0 && sameDeployment(bucket.templateResource.stack, stack);
}

// src/iam/execute-api.ts
var token = (name) => `${name}`;
function grantCoversOperation(resource, operation) {
  const rendered = render(resource);
  if (rendered === void 0) return "unknown";
  const verb2 = operation.method === "ANY" ? "GET" : operation.method;
  const path2 = operation.path.replace(/\{[^}]+\}/g, "x").replace(/^\//, "");
  const arn = `arn:aws:execute-api:${token("AWS::Region")}:${token("AWS::AccountId")}:${token(`api:${operation.api.logicalId}`)}/${token("stage")}/${verb2}/${path2}`;
  return matchIamPattern(rendered, arn);
}
function render(value) {
  switch (value.kind) {
    case "known":
      return String(value.value ?? "");
    case "resource":
      if (value.resource.type === "AWS::ApiGateway::RestApi" || value.resource.type === "AWS::ApiGatewayV2::Api" || value.resource.type.startsWith("AWS::Serverless::")) {
        return value.attribute === void 0 || value.attribute === "RestApiId" || value.attribute === "ApiId" ? token(`api:${value.resource.logicalId}`) : void 0;
      }
      return void 0;
    case "concat": {
      let out = "";
      for (const part of value.parts) {
        const piece = render(part);
        if (piece === void 0) return void 0;
        out += piece;
      }
      return out;
    }
    case "unknown":
      if (value.reason === "AWS::Partition") return "aws";
      return /^AWS::(Region|AccountId)$/.test(value.reason) ? token(value.reason) : void 0;
    default:
      return void 0;
  }
}

// rules/apigateway/authorizer-misconfigured.ts
var HEADER_SOURCE = /^method\.request\.header\.[A-Za-z0-9!#$%&'*+.^_`|~-]+$/;
function arnMistake(value) {
  if (value.kind !== "resource" || value.resource.type !== USER_POOL || value.attribute === "Arn") return void 0;
  return value.attribute === void 0 ? "`Ref` of a user pool returns its ID" : `\`${value.attribute}\` of a user pool is not its ARN`;
}
function arnHint(values) {
  const mistakes = values.map(arnMistake).filter((m) => m !== void 0);
  return mistakes.length === 0 ? "" : `: ${formatList(mistakes)}; use \`Fn::GetAtt <pool>.Arn\``;
}
var authorizer_misconfigured_default = defineRule({
  meta: {
    id: "apigateway/authorizer-misconfigured",
    description: "Cognito user pool authorizers of REST APIs must name user pools, read a request header, and be wired to their methods",
    severity: "high",
    messages: {
      noProviderArns: "Cognito authorizer {{authorizer}} has no `ProviderARNs`: it names no user pool whose tokens it accepts.",
      emptyProviderArns: "Cognito authorizer {{authorizer}} has an empty `ProviderARNs` list: it names no user pool whose tokens it accepts.",
      notUserPoolArn: "Cognito authorizer {{authorizer}} lists `{{value}}`, which is not a user pool ARN (`arn:aws:cognito-idp:<region>:<account>:userpool/<poolId>`){{hint}}.",
      notUserPoolArns: "Cognito authorizer {{authorizer}} lists {{values}}, which are not user pool ARNs (`arn:aws:cognito-idp:<region>:<account>:userpool/<poolId>`){{hint}}.",
      identitySourceMissing: "{{type}} authorizer {{authorizer}} has no `IdentitySource`: it must name the request header that carries the token.",
      identitySourceNotHeader: "{{type}} authorizer {{authorizer}} reads the token from `{{value}}`, which is not a request header (`method.request.header.<name>`).",
      methodNoAuthorizer: "{{method}} uses `COGNITO_USER_POOLS` but names no `AuthorizerId`.",
      authorizerOfOtherApi: "{{method}} uses authorizer `{{authorizer}}`, which belongs to API `{{otherApi}}`.",
      authorizerWrongType: "{{method}} has `AuthorizationType: {{methodType}}` but its authorizer `{{authorizer}}` is a `{{authorizerType}}` authorizer."
    },
    fix: "Give the authorizer `Type: COGNITO_USER_POOLS`, `ProviderARNs: [!GetAtt UserPool.Arn]` and `IdentitySource: method.request.header.Authorization`, and give each method `AuthorizationType: COGNITO_USER_POOLS` with `AuthorizerId: !Ref` that authorizer of the same API.",
    references: [
      "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigateway-authorizer.html",
      "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigateway-method.html",
      "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-enable-cognito-user-pool.html",
      "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-api-cognitoauthorizer.html"
    ],
    tags: ["apigateway", "cognito"]
  },
  check(context) {
    const entities = context.model.apiEntities;
    for (const authorizer of entities.restAuthorizers) {
      const isCognito = mayBe(authorizer.type.value, "COGNITO_USER_POOLS");
      const label = authorizerLabel(authorizer);
      if (isCognito) {
        const arns = authorizer.providerArns;
        if (!arns.present) {
          context.report({ messageId: "noProviderArns", data: { authorizer: label }, at: arns.source });
        } else if (arns.value.kind === "list" && arns.value.items.length === 0) {
          context.report({ messageId: "emptyProviderArns", data: { authorizer: label }, at: arns.source });
        } else {
          const offenders = [];
          for (const entry of arns.entries) {
            const bad2 = alternatives(entry.value).find((alt) => judgeUserPoolArn(alt) === "invalid");
            if (bad2) {
              offenders.push({ value: bad2, entry });
            } else if (alternatives(entry.value).every((alt) => judgeUserPoolArn(alt) === "unknown")) {
              context.unresolved(`ProviderARNs entry of authorizer ${authorizer.name} could not be resolved`, entry.source);
            }
          }
          const [first] = offenders;
          if (first) {
            const values = offenders.map((o) => o.value);
            const hint = arnHint(values);
            const named = [...new Set(values.map((v) => describe(v)))];
            if (named.length === 1) {
              context.report({ messageId: "notUserPoolArn", data: { authorizer: label, value: named[0] ?? "", hint }, at: first.entry.source });
            } else {
              context.report({
                messageId: "notUserPoolArns",
                data: { authorizer: label, values: formatList(named.map((v) => `\`${v}\``), named.length), hint },
                at: first.entry.source
              });
            }
          }
        }
      }
      if (authorizer.origin !== "resource") continue;
      const isToken = mayBe(authorizer.type.value, "TOKEN");
      if (!isCognito && !isToken) continue;
      const type = isCognito ? "Cognito" : "TOKEN";
      const source = authorizer.identitySource;
      if (source.value.kind === "absent") {
        context.report({ messageId: "identitySourceMissing", data: { type, authorizer: label }, at: source.source });
        continue;
      }
      const bad = knownAlternatives(source.value).values.find((v) => !HEADER_SOURCE.test(v.trim()));
      if (bad !== void 0) context.report({ messageId: "identitySourceNotHeader", data: { type, authorizer: label, value: bad }, at: source.source });
    }
    for (const method of entities.restMethods) {
      const type = method.authorizationType.value;
      const usesCognito = mayBe(type, "COGNITO_USER_POOLS");
      const usesCustom = mayBe(type, "CUSTOM");
      if (!usesCognito && !usesCustom) continue;
      const data = { method: methodSubject(method) };
      if (method.authorizerId.value.kind === "absent") {
        if (usesCognito) context.report({ messageId: "methodNoAuthorizer", data, at: method.authorizerId.source });
        continue;
      }
      const authorizer = method.authorizer;
      if (!authorizer) continue;
      const otherApi = method.api && authorizer.api ? method.api !== authorizer.api : method.apiKey !== void 0 && authorizer.apiKey !== void 0 && method.apiKey !== authorizer.apiKey && !method.apiKey.startsWith("expr:") && !authorizer.apiKey.startsWith("expr:");
      if (otherApi) {
        context.report({
          messageId: "authorizerOfOtherApi",
          data: { ...data, authorizer: authorizer.name, otherApi: apiName(authorizer) },
          at: method.authorizerId.source
        });
        continue;
      }
      const authorizerType = knownString(authorizer.type.value);
      const methodType = knownString(type);
      if (authorizerType === void 0 || methodType === void 0) continue;
      const mismatch = methodType === "COGNITO_USER_POOLS" && certainlyNot(authorizer.type.value, "COGNITO_USER_POOLS") || methodType === "CUSTOM" && authorizerType === "COGNITO_USER_POOLS";
      if (mismatch) {
        context.report({
          messageId: "authorizerWrongType",
          data: { ...data, methodType, authorizer: authorizer.name, authorizerType },
          at: method.authorizerId.source
        });
      }
    }
  }
});

// rules/apigateway/iam-auth-open-to-guests.ts
var iam_auth_open_to_guests_default = defineRule({
  meta: {
    id: "apigateway/iam-auth-open-to-guests",
    description: "An API operation authorised by IAM must not be invocable by a guest (unauthenticated) role",
    severity: "high",
    messages: {
      open: "{{operation}} of API {{api}} requires IAM authorization, but role {{role}}, {{exposure}}, may `execute-api:Invoke` it through {{via}}: anyone on the internet can call it without signing in.{{dormant}}"
    },
    fix: "Narrow the guest role's `execute-api:Invoke` resource to the operations guests may call (`arn:aws:execute-api:<region>:<account>:<api>/<stage>/GET/public/*`), or use a Cognito authorizer for signed-in users.",
    references: [
      "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-control-access-using-iam-policies-to-invoke-api.html",
      "https://docs.aws.amazon.com/apigateway/latest/developerguide/permissions.html",
      "https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html"
    ],
    tags: ["apigateway", "cognito", "guest"]
  },
  check(context) {
    const operations = iamOperations(context.model);
    if (operations.length === 0) return;
    for (const role of context.model.identityPoolRoles()) {
      const exposure = exposureOf(context.model, role);
      if (!exposure.guestRole) continue;
      for (const grant of grantsOf(role)) {
        if (!grant.actions.some((a) => a.id.toLowerCase() === "execute-api:invoke")) continue;
        const resources = grant.statement.notResource ? [{ kind: "known", value: "*" }] : (grant.statement.resource?.values ?? []).flatMap((v) => scalarAlternatives(v.value));
        for (const operation of operations) {
          const roleStack = role.templateResource?.stack;
          if (!roleStack || !sameDeployment(roleStack, operation.api.stack)) continue;
          const verdicts = resources.map((r) => grantCoversOperation(r, operation));
          if (!verdicts.includes(true)) {
            if (verdicts.includes("unknown")) context.unresolved(`Role ${role.name}: the execute-api resource of its grant could not be resolved against ${operation.label}.`, grant.statement.source);
            continue;
          }
          const dormant = exposure.guestScopedDown && !survivesGuestScopeDown("execute-api:Invoke");
          context.report({
            messageId: "open",
            data: {
              operation: `\`${operation.label}\``,
              api: `\`${operation.apiName}\``,
              role: `\`${role.name}\``,
              exposure: exposurePhrase(exposure, { guest: true }),
              via: grant.source.via,
              dormant: dormant ? " In the enhanced flow Cognito's guest scope-down may drop this grant (AWS does not say whether `execute-api` is inside it); it is live as soon as the basic (classic) flow is enabled." : ""
            },
            at: operation.at,
            severity: dormant ? stepDown("high") : "high",
            key: `${role.name}`
          });
        }
      }
    }
  }
});
function iamOperations(model) {
  const out = [];
  const { restMethods, httpRoutes, restApis, httpApis } = model.apiEntities;
  for (const method of restMethods) {
    const verb2 = knownString(method.httpMethod.value);
    const api = method.api?.templateResource;
    if (knownString(method.authorizationType.value) !== "AWS_IAM" || !verb2 || !api || method.path === "<?>") continue;
    out.push({ api, method: verb2.toUpperCase(), path: method.path, label: methodLabel(method), apiName: method.api.name, at: method.authorizationType.source });
  }
  for (const route of httpRoutes) {
    const key2 = knownString(route.routeKey.value);
    const api = route.api?.templateResource;
    if (knownString(route.authorizationType.value) !== "AWS_IAM" || !key2 || !api) continue;
    const [verb2, path2] = key2 === "$default" ? ["ANY", "/"] : key2.split(" ");
    out.push({ api, method: (verb2 ?? "ANY").toUpperCase(), path: path2 ?? "/", label: routeLabel(route), apiName: route.api.name, at: route.authorizationType.source });
  }
  for (const api of [...restApis, ...httpApis]) {
    if (!api.templateResource) continue;
    for (const operation of api.definition.operations) {
      const sigv4 = operation.security?.some((alternative) => alternative.some((entry) => entry.scheme?.authType === "awssigv4"));
      if (!sigv4) continue;
      out.push({ api: api.templateResource, method: operation.method, path: operation.path, label: `${operation.method} ${operation.path}`, apiName: api.name, at: operation.securitySource ?? operation.source });
    }
  }
  return out;
}

// rules/apigateway/jwt-audience-invalid.ts
function poolOfValue(value) {
  if (!value) return void 0;
  if (value.kind === "resource" && value.resource.type === USER_POOL) return { resource: value.resource };
  const text = knownString(value);
  return text !== void 0 && isUserPoolIdText(text) ? { id: text } : void 0;
}
function issuerPool(jwt) {
  if (jwt.issuerUserPool) return { resource: jwt.issuerUserPool };
  return jwt.issuerUserPoolId ? { id: jwt.issuerUserPoolId } : void 0;
}
function differentPools(a, b) {
  if (!a || !b) return false;
  if ("resource" in a && "resource" in b) return a.resource !== b.resource;
  if ("id" in a && "id" in b) return a.id !== b.id;
  return false;
}
function poolName(pool) {
  return "resource" in pool ? pool.resource.logicalId : pool.id;
}
function namesUserPool(entry, alt) {
  if (entry.userPool && referencedResource(alt, USER_POOL)) return true;
  const text = knownString(alt);
  return text !== void 0 && (isUserPoolIdText(text) || text.includes(":userpool/"));
}
var jwt_audience_invalid_default = defineRule({
  meta: {
    id: "apigateway/jwt-audience-invalid",
    description: "A JWT authorizer must list the app client IDs it accepts, of the issuer's user pool",
    severity: "high",
    messages: {
      missing: "JWT authorizer {{authorizer}} has no `Audience`: API Gateway needs the app client IDs whose tokens it accepts.",
      empty: "JWT authorizer {{authorizer}} has an empty `Audience`: it names no app client whose tokens it accepts.",
      wildcard: "JWT authorizer {{authorizer}} lists `{{value}}` in `Audience`: AWS documents audience entries as values the token's `aud` or `client_id` must match, not patterns, so the entry either matches no token or was meant to accept tokens of any client.",
      userPool: "JWT authorizer {{authorizer}} lists `{{value}}` in `Audience`, which names the user pool, not an app client: Cognito tokens carry the app client ID in `aud` (ID token) or `client_id` (access token).",
      otherPool: "JWT authorizer {{authorizer}} lists app client `{{client}}` of user pool `{{clientPool}}` in `Audience`, but its issuer is user pool `{{issuerPool}}`: no token is valid for both."
    },
    fix: "Set `Audience` to the IDs of the app clients of the issuer's user pool (`[!Ref UserPoolClient]`).",
    references: [
      "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-apigatewayv2-authorizer-jwtconfiguration.html",
      "https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-jwt-authorizer.html",
      "https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-troubleshooting-jwt.html",
      "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-httpapi-oauth2authorizer.html"
    ],
    tags: ["apigateway", "cognito", "jwt"]
  },
  check(context) {
    for (const authorizer of context.model.apiEntities.httpAuthorizers) {
      const jwt = authorizer.jwt;
      if (!jwt) continue;
      const label = authorizerLabel(authorizer);
      const audience = jwt.audience.value;
      if (audience.kind === "absent") {
        context.report({ messageId: "missing", data: { authorizer: label }, at: jwt.source });
        continue;
      }
      if (audience.kind === "list" && audience.items.length === 0) {
        context.report({ messageId: "empty", data: { authorizer: label }, at: jwt.audience.source });
        continue;
      }
      if (audience.kind !== "list" && jwt.audienceEntries.every((e) => knownString(e.value) === void 0 && e.value.kind !== "resource")) {
        context.unresolved(`Audience of JWT authorizer ${authorizer.name} could not be resolved`, jwt.audience.source);
      }
      const cognito = isCognitoIssuer(jwt.issuer.value);
      const issuer = issuerPool(jwt);
      for (const entry of jwt.audienceEntries) {
        for (const alt of alternatives(entry.value)) {
          const text = knownString(alt);
          if (text !== void 0 && text.includes("*")) {
            context.report({ messageId: "wildcard", data: { authorizer: label, value: text }, at: entry.source });
            break;
          }
          if (!cognito) continue;
          if (namesUserPool(entry, alt)) {
            context.report({ messageId: "userPool", data: { authorizer: label, value: describe(alt) }, at: entry.source });
            break;
          }
          const clientPool = poolOfValue(entry.clientUserPool);
          if (entry.client && differentPools(clientPool, issuer)) {
            context.report({
              messageId: "otherPool",
              data: { authorizer: label, client: entry.client.logicalId, clientPool: poolName(clientPool), issuerPool: poolName(issuer) },
              at: entry.source
            });
            break;
          }
        }
      }
    }
  }
});

// rules/apigateway/jwt-issuer-invalid.ts
var jwt_issuer_invalid_default = defineRule({
  meta: {
    id: "apigateway/jwt-issuer-invalid",
    description: "A JWT authorizer for a Cognito user pool must use the issuer https://cognito-idp.<region>.amazonaws.com/<userPoolId>",
    severity: "high",
    messages: {
      arn: "JWT authorizer {{authorizer}} has issuer `{{issuer}}`, which uses the user pool ARN where the issuer needs the pool ID (`https://cognito-idp.<region>.amazonaws.com/<userPoolId>`): no token matches it.",
      http: "JWT authorizer {{authorizer}} has issuer `{{issuer}}` with `http://`: Cognito tokens carry `https://cognito-idp.<region>.amazonaws.com/<userPoolId>`, so no token matches it.",
      trailingSlash: "JWT authorizer {{authorizer}} has issuer `{{issuer}}` with a trailing slash: Cognito tokens carry `https://cognito-idp.<region>.amazonaws.com/<userPoolId>` exactly, so no token matches it.",
      noRegion: "JWT authorizer {{authorizer}} has issuer `{{issuer}}` without the region: Cognito tokens carry `https://cognito-idp.<region>.amazonaws.com/<userPoolId>`, so no token matches it.",
      malformed: "JWT authorizer {{authorizer}} has issuer `{{issuer}}`, which is not `https://cognito-idp.<region>.amazonaws.com/<userPoolId>`: no Cognito token matches it."
    },
    fix: "Use `!GetAtt <UserPool>.ProviderURL` or `!Sub https://cognito-idp.${AWS::Region}.amazonaws.com/${UserPool}` as the `Issuer`.",
    references: [
      "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-apigatewayv2-authorizer-jwtconfiguration.html",
      "https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-jwt-authorizer.html",
      "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cognito-userpool.html",
      "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-httpapi-oauth2authorizer.html"
    ],
    tags: ["apigateway", "cognito", "jwt"]
  },
  check(context) {
    for (const authorizer of context.model.apiEntities.httpAuthorizers) {
      const jwt = authorizer.jwt;
      if (!jwt || jwt.issuer.value.kind === "absent") continue;
      let undecided = false;
      for (const alt of alternatives(jwt.issuer.value)) {
        if (!isCognitoIssuer(alt)) continue;
        const verdict = judgeCognitoIssuer(alt);
        if (verdict === "invalid") {
          context.report({
            messageId: issuerDefect(alt),
            data: { authorizer: authorizerLabel(authorizer), issuer: describe(alt) },
            at: jwt.issuer.source
          });
          undecided = false;
          break;
        }
        if (verdict === "unknown") undecided = true;
      }
      if (undecided) context.unresolved(`issuer of JWT authorizer ${authorizer.name} could not be resolved`, jwt.issuer.source);
    }
  }
});

// rules/apigateway/method-no-auth.ts
var method_no_auth_default = defineRule({
  meta: {
    id: "apigateway/method-no-auth",
    description: "REST API methods other than OPTIONS must require authorization (AuthorizationType other than NONE)",
    severity: "high",
    messages: {
      open: "{{method}} has {{how}}{{authorizers}}: anyone who can reach the API can call it.",
      noAuthorizer: "{{method}} has {{how}}, and the API has no authorizer at all: anyone who can reach the API can call it.",
      apiKeyOnly: "{{method}} has {{how}} and relies on an API key (`ApiKeyRequired: true`), which identifies a client but does not authenticate anyone: whoever holds the key can call it."
    },
    fix: "Set `AuthorizationType` to `COGNITO_USER_POOLS` (with `AuthorizerId`), `CUSTOM` or `AWS_IAM`; keep `NONE` only for CORS preflight `OPTIONS` methods and endpoints that are public by design (suppress those with a reason).",
    references: [
      "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigateway-method.html",
      "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html",
      "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html",
      "https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors.html"
    ],
    tags: ["apigateway", "authorization"]
  },
  check(context) {
    const entities = context.model.apiEntities;
    for (const method of entities.restMethods) {
      const type = method.authorizationType;
      if (!mayBeUnauthenticated(type.value)) {
        if (knownAlternatives(type.value).unknown) context.unresolved(`AuthorizationType of method ${method.name} could not be resolved`, type.source);
        continue;
      }
      const verbs = knownAlternatives(method.httpMethod.value);
      if (verbs.values.length === 0) {
        context.unresolved(`HttpMethod of method ${method.name} could not be resolved`, method.httpMethod.source);
        continue;
      }
      if (verbs.values.every((v) => v.toUpperCase() === "OPTIONS")) continue;
      const data = { method: methodSubject(method), how: describeOpenAuthorization(type) };
      if (isKnownTrue(method.apiKeyRequired.value)) {
        context.report({ messageId: "apiKeyOnly", data, at: type.source, severity: "medium" });
        continue;
      }
      const hasAuthorizer = restApiHasAuthorizer(entities, method);
      if (hasAuthorizer === "no") {
        context.report({ messageId: "noAuthorizer", data, at: type.source, severity: "medium" });
        continue;
      }
      const names = (method.api?.authorizers ?? entities.restAuthorizers.filter((a) => a.apiKey !== void 0 && a.apiKey === method.apiKey)).map(
        (a) => `\`${a.name}\``
      );
      const authorizers = names.length > 0 ? ` although the API has authorizer ${names.join(", ")}` : "";
      context.report({ messageId: "open", data: { ...data, authorizers }, at: type.source, severity: "high" });
    }
  }
});

// rules/apigateway/route-no-auth.ts
var route_no_auth_default = defineRule({
  meta: {
    id: "apigateway/route-no-auth",
    description: "Routes of an HTTP API that has a JWT authorizer must require authorization, $default included",
    severity: "high",
    messages: {
      open: "Route `{{route}}` of HTTP API `{{api}}` has {{how}} although the API has JWT authorizer {{authorizers}}: anyone who can reach the API can call it.",
      openDefault: "Route `$default` of HTTP API `{{api}}` has {{how}} although the API has JWT authorizer {{authorizers}}: every request that matches no other route reaches its integration without a token."
    },
    fix: "Set `AuthorizationType: JWT` and `AuthorizerId` on the route (or `AWS_IAM` / `CUSTOM`); leave only `OPTIONS` routes open for CORS preflight.",
    references: [
      "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigatewayv2-route.html",
      "https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-jwt-authorizer.html",
      "https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-cors.html"
    ],
    tags: ["apigateway", "authorization"]
  },
  check(context) {
    const entities = context.model.apiEntities;
    for (const route of entities.httpRoutes) {
      const type = route.authorizationType;
      if (!mayBeUnauthenticated(type.value)) {
        if (knownAlternatives(type.value).unknown) context.unresolved(`AuthorizationType of route ${route.name} could not be resolved`, type.source);
        continue;
      }
      const keys = knownAlternatives(route.routeKey.value).values;
      if (keys.length === 0) {
        context.unresolved(`RouteKey of route ${route.name} could not be resolved`, route.routeKey.source);
        continue;
      }
      if (keys.every((k) => k.toUpperCase().startsWith("OPTIONS "))) continue;
      if (route.api && !mayBe(route.api.protocolType.value, "HTTP")) continue;
      const jwt = jwtAuthorizersOfRoute(entities, route);
      if (jwt.length === 0) continue;
      const data = {
        route: routeLabel(route),
        api: apiName(route),
        how: describeOpenAuthorization(type),
        authorizers: jwt.map((a) => `\`${a.name}\``).join(", ")
      };
      const isDefault = keys.length === 1 && keys[0] === "$default";
      context.report({ messageId: isDefault ? "openDefault" : "open", data, at: type.source });
    }
  }
});

// rules/apigateway/sam-no-default-authorizer.ts
function isCognitoSamAuthorizer(authorizer) {
  if (authorizer.origin !== "sam") return false;
  if (authorizer.kind === "rest-authorizer") return mayBe(authorizer.type.value, "COGNITO_USER_POOLS");
  return authorizer.jwt !== void 0 && isCognitoIssuer(authorizer.jwt.issuer.value);
}
function isOptions(event) {
  const { values } = knownAlternatives(event.method.value);
  return values.length > 0 && values.every((v) => v.toUpperCase() === "OPTIONS");
}
function securedByDefinition(api, event) {
  const path2 = knownString(event.path.value);
  const method = knownString(event.method.value)?.toUpperCase();
  if (path2 === void 0 || method === void 0) return false;
  return api.definition.operations.some(
    (op) => op.path === path2 && (op.method === method || op.method === "ANY" && (method === "ANY" || method === "X-AMAZON-APIGATEWAY-ANY-METHOD")) && op.security !== void 0 && op.security.length > 0 && op.security.every((requirement) => requirement.length > 0)
  );
}
var MAX_LISTED = 5;
var sam_no_default_authorizer_default = defineRule({
  meta: {
    id: "apigateway/sam-no-default-authorizer",
    description: "A SAM API with Cognito authorizers needs a DefaultAuthorizer, and events should not opt out with Authorizer: NONE",
    severity: "medium",
    messages: {
      noDefault: "API `{{api}}` defines Cognito authorizer {{authorizers}} but no `DefaultAuthorizer`, so function events that set no `Auth.Authorizer` are open to anyone: {{events}}.",
      explicitNone: "Function event `{{event}}` (`{{route}}` on API `{{api}}`) sets `Auth.Authorizer: NONE`, which removes the default authorizer `{{default}}`: anyone can call it."
    },
    fix: "Set `Auth.DefaultAuthorizer` on the API (and `AddDefaultAuthorizerToCorsPreflight: false` when it has CORS); give an event `Authorizer: NONE` only when the endpoint is public by design, and suppress the finding with a reason.",
    references: [
      "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-api-apiauth.html",
      "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-apifunctionauth.html",
      "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-httpapi-httpapiauth.html",
      "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-httpapifunctionauth.html"
    ],
    tags: ["apigateway", "sam", "authorization"]
  },
  check(context) {
    const { restApis, httpApis } = context.model.apiEntities;
    for (const api of [...restApis, ...httpApis]) {
      const auth = api.samAuth;
      if (!auth) continue;
      const defaultAuthorizer = auth.defaultAuthorizer.value;
      if (defaultAuthorizer.kind === "absent") {
        const cognito = api.authorizers.filter(isCognitoSamAuthorizer);
        if (cognito.length === 0) continue;
        const open = api.samEvents.filter((e) => e.authorizer.value.kind === "absent" && !isOptions(e) && !securedByDefinition(api, e));
        if (open.length === 0) continue;
        const listed2 = open.slice(0, MAX_LISTED).map((e) => `\`${e.label}\` (\`${e.name}\`)`);
        if (open.length > MAX_LISTED) listed2.push(`and ${open.length - MAX_LISTED} more`);
        context.report({
          messageId: "noDefault",
          data: { api: api.name, authorizers: cognito.map((a) => `\`${a.name}\``).join(", "), events: listed2.join(", ") },
          at: auth.source,
          resource: api.resource
        });
        continue;
      }
      for (const event of api.samEvents) {
        if (!mayBe(event.authorizer.value, "NONE") || isOptions(event)) continue;
        context.report({
          messageId: "explicitNone",
          data: { event: event.name, route: event.label, api: apiName(event), default: knownString(defaultAuthorizer) ?? describe(defaultAuthorizer) },
          at: event.authorizer.source
        });
      }
    }
  }
});

// rules/apigateway/scopes-need-access-token.ts
function setsScopes(value) {
  return alternatives(value).some((alt) => alt.kind === "list" ? alt.items.length > 0 : alt.kind === "known" && knownString(alt) !== "");
}
function scopesText(value) {
  const alt = alternatives(value).find((a) => a.kind === "list" || a.kind === "known");
  if (alt?.kind === "list") return alt.items.map((i) => `\`${describe(i)}\``).join(", ");
  return alt ? `\`${describe(alt)}\`` : `\`${describe(value)}\``;
}
function isCognitoRestAuthorizer(authorizer) {
  return authorizer?.kind === "rest-authorizer" && mayBe(authorizer.type.value, "COGNITO_USER_POOLS");
}
function samEventAuthorizer(event) {
  const api = event.api;
  if (!api) return void 0;
  const name = event.authorizer.value.kind === "absent" ? knownString(api.samAuth?.defaultAuthorizer.value ?? { kind: "absent" }) : knownString(event.authorizer.value);
  if (name === void 0) return void 0;
  return api.authorizers.find((a) => a.origin === "sam" && a.name === name);
}
var scopes_need_access_token_default = defineRule({
  meta: {
    id: "apigateway/scopes-need-access-token",
    description: "REST methods with AuthorizationScopes accept only Cognito access tokens, not ID tokens",
    severity: "info",
    messages: {
      method: "{{method}} requires scopes {{scopes}}: API Gateway then accepts only access tokens, so a client that sends the ID token gets 401 Unauthorized.",
      samAuthorizer: "Cognito authorizer `{{authorizer}}` of API `{{api}}` requires scopes {{scopes}} on every method that uses it: API Gateway then accepts only access tokens, so a client that sends the ID token gets 401 Unauthorized.",
      samEvent: "Function event `{{event}}` (`{{route}}` on API `{{api}}`) requires scopes {{scopes}}: API Gateway then accepts only access tokens, so a client that sends the ID token gets 401 Unauthorized.",
      operation: "{{route}} of API `{{api}}` requires scopes {{scopes}} of Cognito scheme `{{scheme}}`: API Gateway then accepts only access tokens, so a client that sends the ID token gets 401 Unauthorized."
    },
    fix: "Send the access token (not the ID token) in the `Authorization` header, or remove the scopes if the API is meant to accept ID tokens.",
    references: [
      "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigateway-method.html",
      "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-enable-cognito-user-pool.html",
      "https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-access-token.html",
      "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-api-cognitoauthorizer.html"
    ],
    tags: ["apigateway", "cognito"]
  },
  check(context) {
    const entities = context.model.apiEntities;
    for (const method of entities.restMethods) {
      if (!mayBe(method.authorizationType.value, "COGNITO_USER_POOLS")) continue;
      if (!setsScopes(method.authorizationScopes.value)) continue;
      context.report({
        messageId: "method",
        data: { method: methodSubject(method), scopes: scopesText(method.authorizationScopes.value) },
        at: method.authorizationScopes.source
      });
    }
    for (const authorizer of entities.restAuthorizers) {
      if (authorizer.origin !== "sam" || !isCognitoRestAuthorizer(authorizer)) continue;
      if (!setsScopes(authorizer.authorizationScopes.value)) continue;
      context.report({
        messageId: "samAuthorizer",
        data: { authorizer: authorizer.name, api: apiName(authorizer), scopes: scopesText(authorizer.authorizationScopes.value) },
        at: authorizer.authorizationScopes.source
      });
    }
    for (const event of entities.samEvents) {
      if (event.eventType !== "Api" || !setsScopes(event.authorizationScopes.value)) continue;
      if (!isCognitoRestAuthorizer(samEventAuthorizer(event))) continue;
      context.report({
        messageId: "samEvent",
        data: { event: event.name, route: event.label, api: apiName(event), scopes: scopesText(event.authorizationScopes.value) },
        at: event.authorizationScopes.source
      });
    }
    const reported = /* @__PURE__ */ new Set();
    for (const operation of entities.operations) {
      if (operation.api.kind !== "rest-api") continue;
      for (const requirement of operation.security ?? []) {
        for (const entry of requirement) {
          if (!isCognitoRestAuthorizer(entry.scheme?.authorizer) || !setsScopes(entry.scopes)) continue;
          const key2 = `${entry.source.doc.file}\0${entry.source.pointer}`;
          if (reported.has(key2)) continue;
          reported.add(key2);
          const inherited = !entry.source.pointer.includes("/paths/");
          context.report({
            messageId: "operation",
            data: {
              route: inherited ? "Every operation without its own `security`" : `Operation \`${operation.method} ${operation.path}\``,
              api: operation.api.name,
              scopes: scopesText(entry.scopes),
              scheme: entry.name
            },
            at: entry.source
          });
        }
      }
    }
  }
});

// rules/apigateway/index.ts
var apigateway_default = [
  authorizer_misconfigured_default,
  iam_auth_open_to_guests_default,
  jwt_audience_invalid_default,
  jwt_issuer_invalid_default,
  method_no_auth_default,
  route_no_auth_default,
  sam_no_default_authorizer_default,
  scopes_need_access_token_default
];

// rules/identity-pool/ambiguous-fallback.ts
var ambiguous_fallback_default = defineRule({
  meta: {
    id: "identity-pool/ambiguous-fallback",
    description: "Rules-based role mappings should deny users that match no rule",
    severity: "low",
    messages: {
      fallback: "The role mapping {{mapping}} of identity pool {{pool}} sends users of {{provider}} who match none of its rules to the default authenticated role{{role}}; `Deny` would fail closed."
    },
    fix: "Set `AmbiguousRoleResolution: Deny` on `Type: Rules` mappings, and add an explicit rule for users who should get a role (CDK `resolveAmbiguousRoles: false`).",
    references: [
      "https://docs.aws.amazon.com/cognito/latest/developerguide/role-based-access-control.html",
      "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cognito-identitypoolroleattachment-rolemapping.html",
      "https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_RoleMapping.html"
    ],
    tags: ["identity-pool", "cognito"]
  },
  check(context) {
    const { model } = context;
    for (const mapping of roleMappingsOf(model)) {
      const type = knownString(mapping.type);
      const resolution = knownString(mapping.ambiguousRoleResolution);
      if (type !== "Rules") {
        if (type === void 0 && mapping.type.kind !== "absent") context.unresolved(`Role mapping ${mapping.key} of ${mapping.attachment.name}: its Type is not statically known.`, mapping.typeSource);
        continue;
      }
      if (resolution !== "AuthenticatedRole") {
        if (resolution === void 0 && mapping.ambiguousRoleResolution.kind !== "absent") {
          context.unresolved(`Role mapping ${mapping.key} of ${mapping.attachment.name}: AmbiguousRoleResolution is not statically known.`, mapping.ambiguousRoleResolutionSource);
        }
        continue;
      }
      const pool = mapping.pool;
      const authenticated = pool ? model.slotsOfPool(pool).filter((s) => s.slot === "authenticated") : [];
      const roleNames2 = [...new Set(authenticated.map((s) => s.role ? s.role.name : describe(s.roleValue)))];
      context.report({
        messageId: "fallback",
        data: {
          mapping: `\`${mapping.key}\``,
          pool: pool ? `\`${pool.name}\`` : `\`${describe(model.resolver.resolveAt(mapping.attachment.templateResource.stack, `${mapping.attachment.templateResource.propertiesPointer}/IdentityPoolId`))}\``,
          provider: `\`${describe(mapping.identityProvider)}\``,
          role: roleNames2.length ? ` ${roleNames2.map((n) => `\`${n}\``).join(" or ")}` : ""
        },
        at: mapping.ambiguousRoleResolutionSource,
        resource: mapping.attachment.resource
      });
    }
  }
});

// rules/identity-pool/classic-flow.ts
var classic_flow_default = defineRule({
  meta: {
    id: "identity-pool/classic-flow",
    description: "Identity pools should not enable the basic (classic) authentication flow",
    severity: "medium",
    messages: {
      withGuests: "Identity pool {{pool}} enables the basic (classic) flow and allows guests: any client may call STS with any role that trusts the pool ({{roles}}), so each trust policy is the only guard, and guest credentials skip the session policy Cognito applies to guests in the enhanced flow.",
      signedInOnly: "Identity pool {{pool}} enables the basic (classic) flow: any signed-in client may call STS with any role that trusts the pool ({{roles}}), so each trust policy, not the pool's role mapping, decides who gets which role."
    },
    fix: "Set `AllowClassicFlow: false` (the default; CDK `allowClassicFlow: false`) unless a client really uses GetOpenIdToken and AssumeRoleWithWebIdentity itself.",
    references: [
      "https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flow.html",
      "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cognito-identitypool.html",
      "https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html"
    ],
    tags: ["identity-pool", "cognito"]
  },
  check(context) {
    const { model } = context;
    for (const pool of model.identityPools) {
      const flag = pool.allowClassicFlow;
      if (!isKnownTrue(flag)) {
        if (!isKnownFalseOrAbsent(flag)) {
          context.unresolved(`Identity pool ${pool.name}: AllowClassicFlow is not statically known.`, pool.allowClassicFlowSource);
        }
        continue;
      }
      const trusting = new Set(model.identityPoolRoles().filter((role) => audPools(model, role).pools.includes(pool)));
      for (const slot of model.slotsOfPool(pool)) if (slot.role && trustAdmitsPool(model, slot.role, pool) === true) trusting.add(slot.role);
      const roles = trusting.size ? [...trusting].map((r) => `\`${r.name}\``).join(", ") : "none in the linted files";
      context.report({
        messageId: isTrueOrUnknown(pool.allowUnauthenticated) ? "withGuests" : "signedInOnly",
        data: { pool: `\`${pool.name}\``, roles },
        at: pool.allowClassicFlowSource,
        resource: pool.resource
      });
    }
  }
});

// rules/identity-pool/guest-access.ts
var guest_access_default = defineRule({
  meta: {
    id: "identity-pool/guest-access",
    description: "Identity pools that allow guests hand AWS credentials to anyone on the internet",
    severity: "low",
    messages: {
      grant: "Identity pool {{pool}} gives anyone on the internet guest credentials for role {{role}}, whose riskiest grant is {{grant}}{{scope}}.",
      noGrants: "Identity pool {{pool}} gives anyone on the internet guest credentials for role {{role}}, which has no grants in the linted files.",
      managedOnly: "Identity pool {{pool}} gives anyone on the internet guest credentials for role {{role}}, whose grants come from managed policies {{policies}}{{scope}}.",
      unknownRole: "Identity pool {{pool}} gives anyone on the internet guest credentials for role {{role}}, which is not in the linted files{{scope}}.",
      noRole: "Identity pool {{pool}} allows guests, but no unauthenticated role is attached in the linted files, so guests get an identity ID and no AWS credentials."
    },
    fix: "Set `AllowUnauthenticatedIdentities: false` unless the app needs signed-out access, and keep the guest role to the few read or telemetry actions it needs.",
    references: [
      "https://docs.aws.amazon.com/cognito/latest/developerguide/identity-pools.html",
      "https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html",
      "https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flow.html",
      "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cognito-identitypool.html"
    ],
    tags: ["identity-pool", "cognito"]
  },
  check(context) {
    const { model } = context;
    for (const pool of model.identityPools) {
      const flag = pool.allowUnauthenticated;
      if (!isKnownTrue(flag)) {
        if (!isKnownFalseOrAbsent(flag)) {
          context.unresolved(`Identity pool ${pool.name}: AllowUnauthenticatedIdentities is not statically known.`, pool.allowUnauthenticatedSource);
        }
        continue;
      }
      const scope = isKnownFalseOrAbsent(pool.allowClassicFlow) ? " (in the enhanced flow Cognito narrows guest credentials with its session policy)" : " (with the basic flow on, guests get its full grants)";
      const base = { pool: `\`${pool.name}\``, scope };
      const at = pool.allowUnauthenticatedSource;
      const guestSlots = model.slotsOfPool(pool).filter((s) => s.slot === "unauthenticated");
      if (guestSlots.length === 0) {
        context.report({ messageId: "noRole", data: base, at, resource: pool.resource });
        continue;
      }
      const roles = [...new Set(guestSlots.map((s) => s.role))];
      const known2 = roles.filter((r) => r !== void 0);
      const roleNames2 = [
        ...known2.map((r) => `\`${r.name}\``),
        ...guestSlots.filter((s) => !s.role).map((s) => `\`${describe(s.roleValue)}\``)
      ].join(" or ");
      const data = { ...base, role: roleNames2 };
      if (known2.length === 0) {
        context.report({ messageId: "unknownRole", data, at, resource: pool.resource });
        continue;
      }
      const best = riskiestGrant(known2);
      if (best) {
        const owner = known2.length > 1 ? ` (role \`${best.role.name}\`)` : "";
        context.report({ messageId: "grant", data: { ...data, grant: `${best.text}${owner}` }, at, resource: pool.resource });
        continue;
      }
      const managed = known2.flatMap((r) => r.managedPolicyArns.map((m) => `\`${describe(m.value)}\``));
      if (managed.length > 0) {
        context.report({ messageId: "managedOnly", data: { ...data, policies: managed.join(", ") }, at, resource: pool.resource });
        continue;
      }
      context.report({ messageId: "noGrants", data, at, resource: pool.resource });
    }
  }
});
var WRITE_VERBS = /^(put|delete|create|update|write|attach|detach|pass|set|add|remove|modify|publish|send|upload|invoke|start|stop|terminate|run|execute|reset|restore|replace|associate|disassociate|enable|disable|import|copy|change|register|deregister|grant|revoke|tag|untag|batchwrite|batchdelete|abort|sign|encrypt|decrypt|generate|post|assume)/;
var READ_VERBS = /^(get|list|describe|head|search|query|scan|select|batchget|lookup|view|check|validate)/;
function actionRank(pattern) {
  const action = pattern.toLowerCase();
  if (action === "*") return 100;
  const colon = action.indexOf(":");
  const verb2 = colon === -1 ? action : action.slice(colon + 1);
  if (verb2 === "*") return 90;
  const wildcard = /[*?]/.exec(verb2);
  if (wildcard) {
    const prefix = verb2.slice(0, wildcard.index);
    if (prefix && READ_VERBS.test(prefix)) return 15;
    if (prefix && WRITE_VERBS.test(prefix)) return 55;
    return 60;
  }
  if (WRITE_VERBS.test(verb2)) return 50;
  if (READ_VERBS.test(verb2)) return 10;
  return 30;
}
function riskiestGrant(roles) {
  let best;
  for (const role of roles) {
    for (const { record } of role.policies) {
      if (record.document.kind !== "identity") continue;
      for (const statement of record.document.statements) {
        if (statement.effect !== "Allow") continue;
        const candidate = describeStatement(role, statement);
        if (candidate && (!best || candidate.rank > best.rank)) best = candidate;
      }
    }
  }
  return best;
}
function describeStatement(role, statement) {
  const resources = statement.resource?.values ?? [];
  const resourceText = resources.length ? ` on \`${describe(resources[0].value)}\`${resources.length > 1 ? ` and ${resources.length - 1} more` : ""}` : statement.notResource ? " on every resource but a few (`NotResource`)" : "";
  const everyResource2 = resources.some((r) => scalarAlternatives(r.value).some((v) => knownString(v) === "*"));
  if (statement.notAction) {
    const except = statement.notAction.values.map((v) => `\`${describe(v.value)}\``).join(", ");
    return { role, rank: 95 + (everyResource2 ? 1 : 0), text: `every action except ${except}${resourceText}` };
  }
  const actions = (statement.action?.values ?? []).flatMap((v) => scalarAlternatives(v.value).map((alt) => knownString(alt) ?? describe(alt))).filter((a) => canAllow(statement, a));
  if (actions.length === 0) return void 0;
  const ranked = actions.map((a) => ({ a, rank: actionRank(a) })).sort((x, y) => y.rank - x.rank);
  const top = ranked[0];
  const others = ranked.length > 1 ? ` (with ${ranked.length - 1} more action${ranked.length > 2 ? "s" : ""})` : "";
  return { role, rank: top.rank + (everyResource2 ? 1 : 0), text: `\`${top.a}\`${others}${resourceText}` };
}
function canAllow(statement, pattern) {
  const expanded = expandActionPattern(pattern);
  return !expanded || expanded.length === 0 || possibleActions(statement, expanded).length > 0;
}

// rules/identity-pool/no-token-check.ts
var no_token_check_default = defineRule({
  meta: {
    id: "identity-pool/no-token-check",
    description: "Identity pool user pool providers should enable ServerSideTokenCheck",
    severity: "low",
    messages: {
      disabled: "Identity pool {{pool}} accepts tokens of {{provider}} with `ServerSideTokenCheck: {{value}}`: tokens of users who signed out globally or were deleted still buy AWS credentials until they expire.",
      absent: "Identity pool {{pool}} accepts tokens of {{provider}} without `ServerSideTokenCheck` (the check runs only once it is set to true): tokens of users who signed out globally or were deleted still buy AWS credentials until they expire."
    },
    fix: "Set `ServerSideTokenCheck: true` on every `CognitoIdentityProviders` entry (CDK enables it unless `disableServerSideTokenCheck` is set).",
    references: [
      "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cognito-identitypool-cognitoidentityprovider.html",
      "https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_CognitoIdentityProvider.html"
    ],
    tags: ["identity-pool", "cognito"]
  },
  check(context) {
    for (const pool of context.model.identityPools) {
      for (const provider of pool.cognitoProviders) {
        const check = provider.serverSideTokenCheck;
        if (isKnownTrue(check)) continue;
        const data = { pool: `\`${pool.name}\``, provider: providerLabel(provider.providerName, pool.cognitoProviders.indexOf(provider)) };
        if (check.kind === "absent") {
          context.report({ messageId: "absent", data, at: provider.source, resource: pool.resource, key: provider.source.pointer });
        } else if (isKnownFalseOrAbsent(check)) {
          context.report({ messageId: "disabled", data: { ...data, value: describe(check) }, at: { doc: provider.source.doc, pointer: `${provider.source.pointer}/ServerSideTokenCheck` }, resource: pool.resource });
        } else {
          context.unresolved(`Identity pool ${pool.name}: ServerSideTokenCheck of ${providerLabel(provider.providerName, pool.cognitoProviders.indexOf(provider))} is not statically known.`, provider.source);
        }
      }
    }
  }
});
function providerLabel(name, index2) {
  if (name.kind === "unknown" || containsUnknown(name) && name.kind !== "concat") return `user pool provider ${index2 + 1}`;
  return `\`${describe(name)}\``;
}

// rules/identity-pool/unused-guest-role.ts
var unused_guest_role_default = defineRule({
  meta: {
    id: "identity-pool/unused-guest-role",
    description: "An unauthenticated role with grants should not be attached to an identity pool that does not allow guests",
    severity: "info",
    messages: {
      dormant: "Identity pool {{pool}} does not allow guests, yet role {{role}} is attached as its unauthenticated role with grants ({{policies}}) that anyone on the internet receives as soon as guest access is turned on."
    },
    fix: "Remove the `unauthenticated` entry from the role attachment (and the role) while guest access is off, or leave it without grants.",
    references: [
      "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cognito-identitypoolroleattachment.html",
      "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cognito-identitypool.html",
      "https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html"
    ],
    tags: ["identity-pool", "cognito"]
  },
  check(context) {
    const { model } = context;
    for (const slot of model.slots) {
      if (slot.slot !== "unauthenticated" || !slot.pool || !slot.role) continue;
      if (!isKnownFalseOrAbsent(slot.pool.allowUnauthenticated)) continue;
      if (trustAmrAdmission(slot.role.trust).guests === false) continue;
      const policies = grantNames(slot.role);
      if (policies.length === 0) continue;
      context.report({
        messageId: "dormant",
        data: { pool: `\`${slot.pool.name}\``, role: `\`${slot.role.name}\``, policies: policies.join(", ") },
        at: slot.source,
        key: slot.role.name
      });
    }
  }
});
function grantNames(role) {
  const names = [];
  for (const { record } of role.policies) {
    if (record.document.kind === "identity" && record.document.statements.some((s) => s.effect === "Allow")) names.push(`\`${record.document.name}\``);
  }
  for (const arn of role.managedPolicyArns) names.push(`\`${describe(arn.value)}\``);
  return names;
}

// rules/identity-pool/writable-claim-mapping.ts
var writable_claim_mapping_default = defineRule({
  meta: {
    id: "identity-pool/writable-claim-mapping",
    description: "Rules-based role mappings must not match claims that users can set themselves",
    severity: "critical",
    messages: {
      writable: "The role mapping {{mapping}} of identity pool {{pool}} gives role {{role}} to users whose `{{claim}}` {{match}}, but {{who}} can set `{{claim}}` themselves ({{because}}), so they pick the role."
    },
    fix: "Map roles on claims users cannot write (`cognito:groups` through groups only administrators manage, a custom attribute left out of every app client's `WriteAttributes`), or use token-based mapping with user pool groups.",
    references: [
      "https://docs.aws.amazon.com/cognito/latest/developerguide/role-based-access-control.html",
      "https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html",
      "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolClientType.html",
      "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cognito-identitypoolroleattachment-mappingrule.html"
    ],
    tags: ["identity-pool", "cognito"]
  },
  check(context) {
    const { model } = context;
    for (const mapping of roleMappingsOf(model)) {
      const type = knownString(mapping.type);
      if (type !== "Rules") continue;
      const { cognito } = mappingUserPool(model, mapping);
      if (cognito === false) continue;
      for (const rule of mapping.rules) {
        const result = mappingRuleWritability(model, mapping, rule);
        const claim = knownString(rule.claim);
        if (result.writable === "unknown" || claim === void 0) {
          context.unresolved(`Role mapping ${mapping.key} of ${mapping.attachment.name}, rule ${rule.index + 1}: whether users can set its claim is not statically known (${result.because}).`, rule.claimSource);
          continue;
        }
        if (!result.writable) continue;
        const selfSignUp = result.userPool?.selfSignUp === true;
        context.report({
          messageId: "writable",
          data: {
            mapping: `\`${mapping.key}\``,
            pool: mapping.pool ? `\`${mapping.pool.name}\`` : `\`${mapping.attachment.name}\``,
            role: rule.role ? `\`${rule.role.name}\`` : `\`${describe(rule.roleValue)}\``,
            claim,
            match: matchText(knownString(rule.matchType), describe(rule.value)),
            who: selfSignUp ? `anyone who signs up to user pool \`${result.userPool.name}\`` : "every user of the provider",
            because: result.because
          },
          at: rule.claimSource,
          resource: mapping.attachment.resource,
          key: `${mapping.key}#${rule.index}`
        });
      }
    }
  }
});
function matchText(matchType, value) {
  switch (matchType) {
    case "Equals":
      return `equals \`${value}\``;
    case "NotEqual":
      return `is not \`${value}\``;
    case "StartsWith":
      return `starts with \`${value}\``;
    case "Contains":
      return `contains \`${value}\``;
    default:
      return `matches \`${value}\``;
  }
}

// rules/identity-pool/writable-principal-tag.ts
var writable_principal_tag_default = defineRule({
  meta: {
    id: "identity-pool/writable-principal-tag",
    description: "Principal tags that policies rely on must not come from attributes users can set",
    severity: "high",
    messages: {
      writable: "Identity pool {{pool}} sets principal tag `{{tag}}` from `{{claim}}`, which {{who}} can set themselves ({{because}}), and {{uses}} relies on `aws:PrincipalTag/{{tag}}`, so users choose what it grants them."
    },
    fix: "Source principal tags that grant access from attributes no app client may write (remove them from `WriteAttributes`, make them admin-managed), or stop referencing the tag in policies.",
    references: [
      "https://docs.aws.amazon.com/cognito/latest/developerguide/attributes-for-access-control.html",
      "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cognito-identitypoolprincipaltag.html",
      "https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html"
    ],
    tags: ["identity-pool", "cognito", "abac"]
  },
  check(context) {
    const { model } = context;
    for (const mapping of model.userPoolEntities.principalTags) {
      const pool = identityPoolOfMapping(model, mapping);
      if (!pool) continue;
      const clients = clientsOf2(model, pool, mapping);
      for (const { tag, claim: claimValue, source } of mapping.principalTags) {
        const claim = knownString(claimValue);
        const uses = tagUses(model, pool, tag);
        if (uses.length === 0) continue;
        if (claim === void 0 || clients.length === 0) {
          context.unresolved(`Principal tag mapping ${mapping.name}: whether users can set the claim of tag ${tag} is not statically known.`, source);
          continue;
        }
        const results = clients.map((c) => userWritability(c, claim));
        const writable = results.some((r) => r.writable === true) ? true : results.some((r) => r.writable === "unknown") ? "unknown" : false;
        if (writable === "unknown") {
          context.unresolved(`Principal tag mapping ${mapping.name}: whether users can set ${claim} (tag ${tag}) is not statically known.`, source);
          continue;
        }
        if (!writable) continue;
        const because = results.find((r) => r.writable === true).because;
        const userPool = mapping.userPool;
        context.report({
          messageId: "writable",
          data: {
            pool: `\`${pool.name}\``,
            tag,
            claim,
            who: userPool?.selfSignUp === true ? `anyone who signs up to user pool \`${userPool.name}\`` : "every user of the provider",
            because,
            uses: uses.slice(0, 3).join(", ") + (uses.length > 3 ? ` and ${uses.length - 3} more` : "")
          },
          at: source,
          resource: mapping.resource,
          key: tag
        });
      }
    }
  }
});
function clientsOf2(model, pool, mapping) {
  const userPool = mapping.userPool ?? userPoolReferencesIn(model, mapping.identityProviderName.value).userPool;
  if (!userPool) return [];
  const listed2 = [];
  let complete = true;
  for (const provider of pool.cognitoProviders) {
    if (userPoolReferencesIn(model, provider.providerName).userPool !== userPool) continue;
    const client = userPoolClientFor(model, provider.clientId);
    if (client) listed2.push(client);
    else complete = false;
  }
  return complete && listed2.length > 0 ? listed2 : [...userPool.clients];
}
function tagUses(model, pool, tag) {
  const roles = /* @__PURE__ */ new Set();
  for (const slot of model.slotsOfPool(pool)) if (slot.role && slot.slot !== "unauthenticated") roles.add(slot.role);
  const key2 = `aws:principaltag/${tag.toLowerCase()}`;
  const variable = `\${${key2}}`;
  const out = [];
  for (const role of roles) {
    for (const { record } of role.policies) {
      const document = record.document;
      if (document.kind !== "identity") continue;
      const used = document.statements.some(
        (s) => s.conditions.some((c) => c.keyLower === key2 || c.values.some((v) => mentions(v.value, variable))) || (s.resource?.values ?? []).some((v) => mentions(v.value, variable)) || (s.notResource?.values ?? []).some((v) => mentions(v.value, variable))
      );
      if (used) out.push(`policy \`${document.name}\` of role \`${role.name}\``);
    }
  }
  return out;
}
function mentions(value, variable) {
  const text = fixedText3(value);
  return text.toLowerCase().includes(variable);
}
function fixedText3(value) {
  switch (value.kind) {
    case "known":
      return String(value.value ?? "");
    case "concat":
      return value.parts.map(fixedText3).join("\0");
    case "anyOf":
      return value.options.map(fixedText3).join("\0");
    case "list":
      return value.items.map(fixedText3).join("\0");
    default:
      return "\0";
  }
}

// rules/identity-pool/index.ts
var identity_pool_default = [ambiguous_fallback_default, classic_flow_default, guest_access_default, no_token_check_default, unused_guest_role_default, writable_claim_mapping_default, writable_principal_tag_default];

// rules/input/parse-error.ts
var parse_error_default = defineRule({
  meta: {
    id: "input/parse-error",
    description: "Every input file must be valid JSON or YAML, and every template a cdk.out manifest names must exist inside the assembly",
    severity: "high",
    messages: {
      syntax: "{{file}} cannot be read: {{detail}}.",
      input: "{{detail}}"
    },
    fix: "Fix the syntax at the reported position (or the manifest entry), then lint again: nothing in an unreadable file was checked.",
    references: ["https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-formats.html"],
    tags: ["input"]
  },
  check(context) {
    for (const doc of context.model.documents) {
      const error = doc.syntaxErrors[0];
      if (!error) continue;
      context.report({
        messageId: "syntax",
        data: { file: doc.file, detail: error.message.replace(/\.$/, "") },
        at: { doc, pointer: "" },
        range: error.range
      });
    }
    for (const problem of context.model.problems) {
      if (!problem.doc) continue;
      context.report({
        messageId: "input",
        data: { detail: problem.message },
        at: { doc: problem.doc, pointer: "" },
        range: problem.range,
        key: `${problem.code}:${problem.pointer}`
      });
    }
  }
});

// rules/input/index.ts
var input_default = [parse_error_default];

// rules/policy/allow-with-not.ts
var allow_with_not_default = defineRule({
  meta: {
    id: "policy/allow-with-not",
    description: "Allow statements should list what they grant, not what they leave out (NotAction, NotResource)",
    severity: "medium",
    messages: {
      notAction: "In {{where}}, `Allow` with `NotAction` grants every action except {{actions}}, including every action AWS adds later.",
      notActionScoped: "In {{where}}, `Allow` with `NotAction` grants every action on its resources except {{actions}}, including every action AWS adds later.",
      notResource: "In {{where}}, `Allow` with `NotResource` grants its actions on every resource except {{resources}}, including resources created later.",
      both: "In {{where}}, `Allow` with `NotAction` and `NotResource` grants every action except {{actions}} on every resource except {{resources}}."
    },
    fix: "List the actions (`Action`) and resources (`Resource`) the statement allows; to carve out exceptions, add a `Deny` statement.",
    references: [
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notresource.html"
    ],
    tags: ["policy"]
  },
  check(context) {
    for (const record of context.model.policies) {
      if (record.policyType === "aws-managed") continue;
      const { document } = record;
      for (const statement of document.statements) {
        if (statement.effect !== "Allow" || !statement.notAction && !statement.notResource) continue;
        if (listsEverything(statement.notAction) || listsEverything(statement.notResource)) continue;
        const element2 = statement.notAction ?? statement.notResource;
        const messageId = statement.notAction && statement.notResource ? "both" : statement.notAction ? resourceServices(statement) === "all" ? "notAction" : "notActionScoped" : "notResource";
        context.report({
          messageId,
          data: {
            where: `${policyLabel(document)}, ${statementName(statement)}`,
            actions: listed(statement.notAction),
            resources: listed(statement.notResource)
          },
          // The whole statement is the problem: point at its `NotAction` / `NotResource` key.
          at: element2.source,
          range: element2.source.doc.locate(element2.source.pointer, "key")
        });
      }
    }
  }
});
function listed(element2) {
  const values = (element2?.values ?? []).map((v) => `\`${describe(v.value)}\``);
  return values.length === 0 ? "nothing" : formatList(values);
}
function listsEverything(element2) {
  return (element2?.values ?? []).some((v) => knownString(v.value) === "*");
}

// rules/policy/privilege-escalation.ts
var privilege_escalation_default2 = defineRule({
  meta: {
    id: "policy/privilege-escalation",
    description: "Policies outside identity-pool roles must not allow privilege-escalation actions on every resource",
    severity: "high",
    messages: {
      role: "Role {{role}} may use {{actions}} on every resource through {{statement}} of {{policy}}, which lets it {{why}}.",
      policy: "The {{policy}} allows {{actions}} on every resource in {{statement}}, which lets its holder {{why}}."
    },
    fix: "Scope the action to the resources it is meant for (`arn:aws:iam::<account>:role/<the-role-to-pass>`, the function ARN), or remove it; for iam:PassRole also add an `iam:PassedToService` condition.",
    references: [
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege",
      "https://rhinosecuritylabs.com/aws/aws-privilege-escalation-methods-mitigation/",
      "https://github.com/BishopFox/iam-vulnerable",
      "https://pathfinding.cloud/"
    ],
    tags: ["policy", "privilege-escalation"]
  },
  check(context) {
    for (const granting of documentsOutsideIdentityPools(context.model)) {
      const { document, role, via } = granting;
      const grants = grantsIn(granting);
      for (const statement of document.statements) {
        if (statement.effect !== "Allow" || !statement.action) continue;
        const grant = grants.get(statement);
        const wildcards = statementWildcards(statement, grant && actionsAsWritten(grant));
        if (wildcards.patterns.length > 0 || wildcards.notAction) continue;
        let allowed;
        const found2 = /* @__PURE__ */ new Map();
        for (const pattern of actionPatternsOf(statement.action).patterns) {
          for (const action of expandActionPattern(pattern.text) ?? []) {
            if (!action.privilegeEscalation || found2.has(action.id)) continue;
            allowed ??= new Set((grant?.actions ?? []).map((a) => a.id));
            if (allowed.has(action.id)) found2.set(action.id, pattern);
          }
        }
        if (found2.size === 0) continue;
        const onEverything = everyResource(statement);
        if (onEverything === "unknown") {
          context.unresolved(`A resource of ${statementName(statement)} of ${via} could not be resolved; it may be \`*\`.`, statement.source);
          continue;
        }
        if (!onEverything) continue;
        const ids = [...found2.keys()];
        const first = found2.values().next().value;
        context.report({
          messageId: role ? "role" : "policy",
          data: {
            ...role ? { role: `\`${role.name}\`` } : {},
            actions: formatList(ids.map((id) => `\`${id}\``), 6),
            statement: statementName(statement),
            policy: via,
            why: whyOf(statement, ids)
          },
          at: first.source,
          ...role ? { key: `role:${role.name}` } : {}
        });
      }
    }
  }
});
function everyResource(statement) {
  if (statement.notResource) return true;
  let unknown2 = false;
  for (const value of statement.resource?.values ?? []) {
    for (const alt of scalarAlternatives(value.value)) {
      const text = knownString(alt);
      if (text === "*") return true;
      if (text === void 0 && alt.kind !== "resource" && alt.kind !== "concat") unknown2 = true;
    }
  }
  return unknown2 ? "unknown" : false;
}
function whyOf(statement, ids) {
  if (ids.length !== 1) return "gain permissions it was not given";
  const id = ids[0];
  if (id.toLowerCase() === "iam:passrole") {
    const services2 = passedToServices(statement);
    if (services2.length > 0) return `pass any role of the account to ${formatList(services2.map((s) => `\`${s}\``))} and act with that role's permissions wherever that service runs its work`;
  }
  return privilegeEscalationAction(id)?.why ?? "gain permissions it was not given";
}
function passedToServices(statement) {
  const out = [];
  for (const entry of statement.conditions) {
    if (entry.keyLower !== "iam:passedtoservice" || entry.operator.ifExists || entry.operator.set === "ForAllValues") continue;
    if (!["StringEquals", "StringLike", "StringEqualsIgnoreCase"].includes(entry.operator.base)) continue;
    for (const value of entry.values) for (const alt of scalarAlternatives(value.value)) out.push(knownString(alt) ?? "<unknown>");
  }
  return [...new Set(out)];
}

// rules/policy/unknown-action.ts
var unknown_action_default = defineRule({
  meta: {
    id: "policy/unknown-action",
    description: "Actions must exist in the AWS Service Authorization Reference",
    severity: "medium",
    messages: {
      unknown: "In {{where}}, no action of the AWS Service Authorization Reference matches {{actions}}, so {{it}} {{effect}} nothing."
    },
    fix: "Correct the action name (`service:ActionName`; look it up in the Service Authorization Reference) or remove it.",
    references: [
      "https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html"
    ],
    tags: ["policy"]
  },
  check(context) {
    for (const record of context.model.policies) {
      if (record.policyType === "aws-managed") continue;
      const { document } = record;
      for (const statement of document.statements) {
        const patterns = [...actionPatternsOf(statement.action).patterns, ...actionPatternsOf(statement.notAction).patterns];
        const unknown2 = [];
        for (const pattern of patterns) {
          if (pattern.text === "*") continue;
          const expanded = expandActionPattern(pattern.text);
          if (expanded === void 0 || expanded.length === 0) unknown2.push(pattern);
        }
        if (unknown2.length === 0) continue;
        const described = [...new Set(unknown2.map((p) => p.text))].map((text) => {
          const suggestion = closestAction(text);
          return suggestion ? `\`${text}\` (did you mean \`${suggestion}\`?)` : `\`${text}\``;
        });
        context.report({
          messageId: "unknown",
          data: {
            where: `${policyLabel(document)}, ${statementName(statement)}`,
            actions: formatList(described, 8),
            it: unknown2.length === 1 ? "that entry" : "those entries",
            effect: thirdPerson(verb(statement, unknown2), unknown2.length === 1)
          },
          at: unknown2[0].source
        });
      }
    }
  }
});
function verb(statement, unknown2) {
  const inNotAction = unknown2.every((p) => statement.notAction?.values.some((v) => v.source === p.source));
  if (inNotAction) return "exclude";
  return statement.effect === "Deny" ? "deny" : "allow";
}
function thirdPerson(verbBase, singular) {
  if (!singular) return verbBase;
  return verbBase === "deny" ? "denies" : `${verbBase}s`;
}

// rules/policy/variable-sub-escape.ts
var variable_sub_escape_default = defineRule({
  meta: {
    id: "policy/variable-sub-escape",
    description: "IAM policy variables must be escaped as ${!\u2026} inside Fn::Sub and only there",
    severity: "high",
    messages: {
      unescapedInSub: 'In {{where}}, `Fn::Sub` takes {{variables}} for {{references}}, so the deployment fails with "Unresolved resource dependencies"; write {{fixed}}.',
      escapeOutsideSub: "In {{where}}, {{variables}} {{is}} outside `Fn::Sub`, so the `!` stays in the policy and the variable never matches; write {{fixed}}."
    },
    fix: "Inside `Fn::Sub` write IAM variables as `${!cognito-identity.amazonaws.com:sub}`; everywhere else (plain strings, `Fn::Join` pieces) write them without `!`.",
    references: [
      "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-sub.html",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html"
    ],
    tags: ["policy", "variables", "cloudformation"]
  },
  check(context) {
    for (const record of context.model.policies) {
      if (record.policyType === "aws-managed") continue;
      const { document } = record;
      const groups = /* @__PURE__ */ new Map();
      for (const problem of subEscapeProblems(document)) {
        const key2 = `${problem.kind}\0${problem.at.doc.file}\0${problem.at.pointer}`;
        groups.set(key2, [...groups.get(key2) ?? [], problem]);
      }
      for (const group of groups.values()) {
        const first = group[0];
        const statement = statementAt(document, first.pointer);
        const where = statement ? `${policyLabel(document)}, ${statementName(statement)}` : policyLabel(document);
        const written = [...new Set(group.map((p) => p.written))];
        const fixed = written.map((w) => first.kind === "unescaped-in-sub" ? "${!" + w.slice(2) : "${" + w.slice(3));
        context.report({
          messageId: first.kind === "unescaped-in-sub" ? "unescapedInSub" : "escapeOutsideSub",
          data: {
            where,
            variables: formatList(written.map((w) => `\`${w}\``)),
            is: written.length === 1 ? "is" : "are",
            references: written.length === 1 ? "a CloudFormation reference" : "CloudFormation references",
            fixed: formatList(fixed.map((w) => `\`${w}\``))
          },
          at: first.at,
          key: first.kind
        });
      }
    }
  }
});

// rules/policy/variable-unknown.ts
var variable_unknown_default = defineRule({
  meta: {
    id: "policy/variable-unknown",
    description: "Policy variables must name a key IAM substitutes, in a place where IAM substitutes it",
    severity: "medium",
    messages: {
      unknownKey: "In {{where}}, {{variables}} {{name}} no request-context key that IAM substitutes, so the value never matches what was meant.",
      beforeFifthColon: "In {{where}}, {{variables}} {{stand}} in the ARN before its fifth colon, where IAM never substitutes variables.",
      operator: "In {{where}}, {{variables}} {{stand}} in the value of {{operators}}, whose values IAM never substitutes.",
      element: "In {{where}}, {{variables}} {{stand}} in {{elements}}, where IAM never substitutes variables.",
      notSubstitutedReference: "In {{where}}, {{variables}} {{look}}, but the string is no `Fn::Sub` template, so the policy keeps the text as written."
    },
    fix: "Name a key IAM substitutes (`${cognito-identity.amazonaws.com:sub}`, `${aws:username}`, `${aws:PrincipalTag/<tag>}`) and write it only in the resource part of an ARN or in a string or ARN condition value.",
    references: [
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html",
      "https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html"
    ],
    tags: ["policy", "variables"]
  },
  check(context) {
    for (const record of context.model.policies) {
      if (record.policyType === "aws-managed") continue;
      const { document } = record;
      if (variableVersion(document) !== "2012-10-17") continue;
      for (const statement of document.statements) {
        const all = variableUses(statement);
        const uses = all.filter((use) => use.variable.kind === "iam");
        const references = all.filter((use) => use.variable.kind === "cloudformation");
        if (uses.length === 0 && references.length === 0) continue;
        const where = `${policyLabel(document)}, ${statementName(statement)}`;
        const report = (messageId, group, extra = {}) => {
          if (group.length === 0) return;
          const variables = [...new Set(group.map((u) => u.variable.written))];
          const one = variables.length === 1;
          context.report({
            messageId,
            data: {
              where,
              variables: formatList(variables.map((v) => `\`${v}\``)),
              name: one ? "names" : "name",
              stand: one ? "stands" : "stand",
              look: one ? "looks like a CloudFormation reference" : "look like CloudFormation references",
              ...extra
            },
            at: group[0].source,
            key: messageId
          });
        };
        report("notSubstitutedReference", references);
        report("beforeFifthColon", uses.filter((u) => u.neverSubstituted === "before-fifth-colon"));
        const byOperator = uses.filter((u) => u.neverSubstituted === "operator");
        report("operator", byOperator, { operators: formatList(byOperator.map((u) => `\`${u.operator}\``)) });
        const byElement = uses.filter((u) => u.neverSubstituted === "element");
        report("element", byElement, { elements: formatList(byElement.map((u) => u.element === "condition key" ? "a condition key" : `\`${u.element}\``)) });
        report(
          "unknownKey",
          uses.filter((u) => u.neverSubstituted === void 0 && (u.variable.malformed || !isSubstitutedKey(u.variable.key)))
        );
      }
    }
  }
});

// rules/policy/variable-unsubstituted.ts
var variable_unsubstituted_default = defineRule({
  meta: {
    id: "policy/variable-unsubstituted",
    description: "Policies that use ${\u2026} variables must declare Version 2012-10-17",
    severity: "high",
    messages: {
      missing: "The {{policy}} has no `Version`: IAM reads {{variables}} in {{statements}} as literal text, so {{consequence}}.",
      old: "The {{policy}} declares `Version` `2008-10-17`: IAM reads {{variables}} in {{statements}} as literal text, so {{consequence}}."
    },
    fix: 'Add `"Version": "2012-10-17"` at the top of the policy document (CDK writes it for you in `PolicyDocument`).',
    references: [
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html"
    ],
    tags: ["policy", "variables"]
  },
  check(context) {
    for (const record of context.model.policies) {
      if (record.policyType === "aws-managed") continue;
      const { document } = record;
      const version = variableVersion(document);
      if (version === "2012-10-17" || version === "other") continue;
      const uses = document.statements.flatMap(
        (statement) => variableUses(statement).filter((use) => use.variable.kind === "iam" && (use.element === "Resource" || use.element === "NotResource" || use.element === "Condition")).map((use) => ({ use, statement }))
      );
      if (uses.length === 0) continue;
      if (version === "unknown") {
        context.unresolved(`The Version of ${policyLabel(document)} could not be resolved; its policy variables may be literal text.`, document.source);
        continue;
      }
      context.report({
        messageId: version === "missing" ? "missing" : "old",
        data: {
          policy: policyLabel(document),
          variables: formatList(uses.map((u) => `\`${u.use.variable.written}\``)),
          statements: formatList(uses.map((u) => statementName(u.statement))),
          consequence: consequence(uses.map((u) => u.statement.effect))
        },
        at: version === "missing" ? document.source : childRef(document.source, "Version")
      });
    }
  }
});
function consequence(effects) {
  const allow = effects.includes("Allow");
  const deny = effects.includes("Deny");
  if (allow && deny) return "the `Allow` grants nothing there and the `Deny` fails open";
  if (deny) return "the `Deny` fails open";
  return "the `Allow` grants nothing there";
}

// rules/policy/wildcard-action.ts
var wildcard_action_default = defineRule({
  meta: {
    id: "policy/wildcard-action",
    description: "Policies outside identity-pool roles must not allow * or every action of a service",
    severity: "high",
    messages: {
      roleEverything: "Role {{role}} may perform every action of every service through {{patterns}} in {{statement}} of {{policy}}{{except}}.",
      roleServices: "Role {{role}} may perform every action of {{services}} through {{patterns}} in {{statement}} of {{policy}}{{except}}.",
      roleNotAction: "Role {{role}} may perform every action of {{services}} through `NotAction` in {{statement}} of {{policy}}, which allows everything except {{excluded}}{{except}}.",
      policyEverything: "The {{policy}} allows every action of every service through {{patterns}} in {{statement}}{{except}}.",
      policyServices: "The {{policy}} allows every action of {{services}} through {{patterns}} in {{statement}}{{except}}.",
      policyNotAction: "The {{policy}} allows every action of {{services}} through `NotAction` in {{statement}}, which allows everything except {{excluded}}{{except}}."
    },
    fix: "List the actions the principal needs (`s3:GetObject`, `dynamodb:Query`) instead of `*` or `service:*`; IAM Access Analyzer can generate the list from CloudTrail.",
    references: [
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html"
    ],
    tags: ["policy", "least-privilege"]
  },
  check(context) {
    const everything2 = serviceKeys().size;
    for (const granting of documentsOutsideIdentityPools(context.model)) {
      const { document, role, via } = granting;
      const grants = grantsIn(granting);
      for (const statement of document.statements) {
        if (statement.effect !== "Allow") continue;
        const grant = grants.get(statement);
        const wildcards = statementWildcards(statement, grant && actionsAsWritten(grant));
        const base = { statement: statementName(statement), policy: via, ...role ? { role: `\`${role.name}\`` } : {} };
        const key2 = role ? `role:${role.name}` : void 0;
        if (wildcards.patterns.length > 0) {
          const all = wildcards.patterns.some((p) => p.services.length === everything2);
          const services2 = [...new Set(wildcards.patterns.flatMap((p) => p.services))].sort();
          context.report({
            messageId: all ? role ? "roleEverything" : "policyEverything" : role ? "roleServices" : "policyServices",
            data: {
              ...base,
              patterns: formatList(wildcards.patterns.map((p) => `\`${p.text}\``)),
              services: serviceList2(services2, everything2),
              except: exceptDenied(grant, services2)
            },
            at: wildcards.patterns[0].source,
            ...key2 ? { key: key2 } : {}
          });
        } else if (wildcards.notAction) {
          const notAction = wildcards.notAction;
          context.report({
            messageId: role ? "roleNotAction" : "policyNotAction",
            data: {
              ...base,
              services: serviceList2(notAction.services, everything2),
              excluded: formatList(notAction.excluded.map((p) => `\`${p}\``)),
              except: exceptDenied(grant, notAction.services)
            },
            at: notAction.source,
            range: notAction.source.doc.locate(notAction.source.pointer, "key"),
            ...key2 ? { key: key2 } : {}
          });
        } else if (wildcards.undecidable) {
          context.unresolved(`An action of ${statementName(statement)} of ${via} could not be resolved; it may be a wildcard.`, statement.source);
        }
      }
    }
  }
});
function exceptDenied(grant, services2) {
  const reported = new Set(services2);
  const denials = (grant?.denials ?? []).filter((d) => [...d.services].some((s) => reported.has(s)));
  if (denials.length === 0) return "";
  return `, except what ${formatList(denials.map((d) => `${statementName(d.statement)} of ${d.source.via}`))} ${denials.length === 1 ? "denies" : "deny"}`;
}
function serviceList2(services2, everything2) {
  if (services2.length > 5) return `${services2.length} of the ${everything2} services`;
  return formatList([...services2].sort().map((s) => `\`${s}\``));
}

// rules/policy/duplicate-key.ts
var duplicate_key_default = defineRule({
  meta: {
    id: "policy/duplicate-key",
    description: "A JSON or YAML object in a policy or template must not repeat a key",
    severity: "high",
    messages: {
      duplicate: "Key `{{key}}` appears more than once in the same object: reviewers read one value while AWS applies another."
    },
    fix: "Merge the two entries into one key (for policy statements, combine the values into a list).",
    references: [
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html",
      "https://www.rfc-editor.org/rfc/rfc8259#section-4"
    ],
    tags: ["policy"]
  },
  check(context) {
    for (const doc of context.model.documents) {
      for (const duplicate of doc.duplicateKeys) {
        context.report({
          messageId: "duplicate",
          data: { key: duplicate.key },
          at: { doc, pointer: duplicate.pointer },
          range: duplicate.range,
          key: duplicate.key
        });
      }
    }
  }
});

// rules/policy/invalid.ts
var invalid_default = defineRule({
  meta: {
    id: "policy/invalid",
    description: "Policy documents must follow the IAM policy grammar",
    severity: "high",
    messages: {
      grammar: "In {{policy}}: {{detail}}",
      roleInlineSize: "The inline policies of role {{role}} add up to {{length}} characters without whitespace; IAM allows at most {{limit}} per role, so the stack will fail to deploy."
    },
    fix: "Correct the element at the reported position so the document matches the IAM policy grammar (see the IAM JSON policy element reference).",
    references: [
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html"
    ],
    tags: ["policy"]
  },
  check(context) {
    for (const record of context.model.policies) {
      if (record.policyType === "aws-managed") continue;
      const { document } = record;
      const problems = checkPolicyGrammar(document.raw, document.kind, { ...lengthLimit(record) });
      for (const problem of problems) {
        if (problem.pointer.includes(HOLE)) continue;
        const pointer = document.source.pointer + problem.pointer;
        context.report({
          messageId: "grammar",
          data: { policy: `\`${document.name}\``, detail: problem.message },
          at: { doc: document.source.doc, pointer },
          ...problem.which === "key" ? { range: document.source.doc.locate(pointer, "key") } : {},
          resource: record.owner.resource,
          // Codes and values only: rewording a grammar message must not make baselined findings new.
          key: [problem.code, problem.which, ...problem.variant !== void 0 ? [problem.variant] : []].join(":")
        });
      }
    }
    for (const role of context.model.roles) {
      const inline = role.policies.filter((p) => p.via === "inline" || p.via === "policy-resource" || p.via === "raw-inline");
      const length = inline.reduce((sum, p) => sum + (policyTextLength(p.record.document.raw) ?? 0), 0);
      if (length > ROLE_INLINE_POLICIES_MAX_LENGTH) {
        context.report({
          messageId: "roleInlineSize",
          data: { role: `\`${role.name}\``, length, limit: ROLE_INLINE_POLICIES_MAX_LENGTH },
          at: role.source,
          resource: role.resource
        });
      }
    }
  }
});
function lengthLimit(record) {
  switch (record.policyType) {
    case "managed":
    case "trust":
    case "resource":
      return {};
    default:
      return { maxLength: null };
  }
}

// rules/policy/index.ts
var policy_default = [
  duplicate_key_default,
  invalid_default,
  variable_unsubstituted_default,
  variable_unknown_default,
  variable_sub_escape_default,
  unknown_action_default,
  wildcard_action_default,
  allow_with_not_default,
  privilege_escalation_default2
];

// rules/role/admin-access.ts
var SEVERITY_BY_EXPOSURE = {
  guest: "critical",
  "public-sign-up": "critical",
  authenticated: "high",
  group: "medium"
};
var admin_access_default = defineRule({
  meta: {
    id: "role/admin-access",
    description: "Identity-pool roles must not get administrator-level permissions (wildcards, permissions management, privilege escalation)",
    severity: "critical",
    messages: {
      admin: "Role {{role}}, {{exposure}}, may {{actions}} through {{via}} ({{reasons}}): every {{who}} holds these credentials in the browser.{{dormant}}"
    },
    fix: "Grant identity-pool roles only the specific actions the app calls, on the user's own resources; never `*`, `<service>:*`, IAM or policy-changing actions.",
    references: [
      "https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege",
      "https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html"
    ],
    tags: ["role", "cognito"]
  },
  check(context) {
    for (const role of context.model.identityPoolRoles()) {
      const exposure = exposureOf(context.model, role);
      const severity = exposure.unobtainable ? "medium" : SEVERITY_BY_EXPOSURE[exposure.level];
      if (!severity) continue;
      for (const grant of grantsOf(role)) {
        const admin = adminGrant(grant);
        if (!admin) continue;
        const dormant = exposure.level === "guest" && exposure.guestScopedDown && grant.actions.length > 0 && grant.actions.every((a) => !survivesGuestScopeDown(a.id));
        context.report({
          messageId: "admin",
          data: {
            role: `\`${role.name}\``,
            exposure: exposurePhrase(exposure),
            actions: admin.actions.slice(0, 6).map((a) => a.startsWith("everything") ? a : `\`${a}\``).join(", ") + (admin.actions.length > 6 ? ` and ${admin.actions.length - 6} more` : ""),
            via: grant.source.via,
            reasons: admin.reasons.join(", "),
            who: holderOf(exposure),
            dormant: dormant ? DORMANT_GUEST_GRANT : ""
          },
          at: grant.statement.source,
          severity: dormant ? stepDown(severity) : severity,
          key: role.name
        });
      }
    }
  }
});

// rules/role/broad-read.ts
function isBroadResource(resource) {
  if (resource === "*") return true;
  const parts = resource.split(":");
  if (parts.length < 6 || parts[0] !== "arn") return false;
  const resourcePart = parts.slice(5).join(":");
  return !resourcePart.includes(HOLE) && /^(\*|[^/:*?]+[/:]?\*)$/.test(resourcePart);
}
function narrowsToCaller(entry) {
  if (/^aws:(resourcetag|principaltag)\//.test(entry.keyLower)) return true;
  if (entry.keyLower !== "dynamodb:leadingkeys" || entry.operator.base.startsWith("StringNot")) return false;
  return entry.values.length > 0 && entry.values.every(
    (v) => scalarAlternatives(v.value).every((alt) => {
      const text = templateText(alt);
      return text !== void 0 && isPerIdentityKey(text);
    })
  );
}
function readsStoredResources(action) {
  if (!action.accessLevels.has("Read") && !action.accessLevels.has("List")) return false;
  if (action.service === "s3") return action.resourceTypes.length > 0 && !action.resourceTypes.includes("object") && !/^ListBucket/i.test(action.name);
  return action.requiredResourceTypes.length > 0;
}
var broad_read_default = defineRule({
  meta: {
    id: "role/broad-read",
    description: "Identity-pool roles should not read or list every resource of a service",
    severity: "medium",
    messages: {
      broad: "Role {{role}}, {{exposure}}, may {{actions}} on {{resources}} through {{via}}{{conditions}}: every {{who}} can read all of it, not only their own data.{{dormant}}"
    },
    fix: "Scope the resource to what the user owns (for DynamoDB, a `dynamodb:LeadingKeys` condition on `${cognito-identity.amazonaws.com:sub}`), or to the specific resources the app reads.",
    references: [
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_dynamodb_items.html",
      "https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html",
      "https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html",
      "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-points-policies.html"
    ],
    tags: ["role", "cognito"]
  },
  check(context) {
    for (const role of context.model.identityPoolRoles()) {
      const exposure = exposureOf(context.model, role);
      if (exposure.level === "internal") continue;
      for (const grant of grantsOf(role)) {
        if (reportedByParentRule("role/broad-read", context.model, role, grant)) continue;
        const resources = grant.statement.notResource ? ["*"] : (grant.statement.resource?.values ?? []).flatMap((v) => scalarAlternatives(v.value).map(templateText)).filter((s) => s !== void 0);
        const broad = resources.filter(isBroadResource);
        if (broad.length === 0) continue;
        const reads = grant.actions.filter(readsStoredResources);
        if (reads.length === 0) continue;
        if (grant.statement.conditions.some(narrowsToCaller)) continue;
        const others = [...new Set(grant.statement.conditions.map((c) => `\`${c.key}\``))];
        const dormant = exposure.level === "guest" && exposure.guestScopedDown && reads.every((a) => !survivesGuestScopeDown(a.id));
        context.report({
          messageId: "broad",
          data: {
            role: `\`${role.name}\``,
            exposure: exposurePhrase(exposure),
            actions: formatActionList(reads.map((a) => a.id)),
            resources: broad.map((r) => `\`${r.replaceAll(HOLE, "<?>")}\``).join(", "),
            dormant: dormant ? DORMANT_GUEST_GRANT : "",
            conditions: others.length ? ` (its condition on ${others.join(", ")} was not taken into account)` : "",
            via: grant.source.via,
            who: holderOf(exposure)
          },
          at: grant.statement.source,
          severity: dormant ? stepDown(scaledSeverity("medium", exposure)) : scaledSeverity("medium", exposure),
          key: role.name
        });
      }
    }
  }
});

// rules/role/cognito-admin-actions.ts
var SEVERITY_BY_EXPOSURE2 = {
  guest: "critical",
  "public-sign-up": "critical",
  authenticated: "high",
  group: "medium"
};
var ABILITIES_SHOWN = 3;
var cognito_admin_actions_default2 = defineRule({
  meta: {
    id: "role/cognito-admin-actions",
    description: "Identity-pool roles must not administer the user pools and identity pools their own users come from",
    severity: "critical",
    messages: {
      admin: "Role {{role}}, {{exposure}}, may {{actions}} on {{pools}} through {{via}}: any {{who}} can {{abilities}}.{{dormant}}"
    },
    fix: "Do Cognito administration in a backend function behind an authorizer that checks the caller's group (`cognito:groups`), never with the credentials an identity pool hands to the browser.",
    references: [
      "https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html",
      "https://docs.aws.amazon.com/cognito/latest/developerguide/role-based-access-control.html",
      "https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-user-groups.html",
      "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncognitouserpools.html",
      "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncognitoidentity.html",
      ...cognitoAdminActions().map((a) => a.source)
    ],
    tags: ["role", "cognito"]
  },
  check(context) {
    const model = context.model;
    for (const role of model.identityPoolRoles()) {
      const exposure = exposureOf(model, role);
      const severity = exposure.unobtainable ? "medium" : SEVERITY_BY_EXPOSURE2[exposure.level];
      if (!severity) continue;
      for (const grant of grantsOf(role)) {
        if (reportedByParentRule("role/cognito-admin-actions", model, role, grant)) continue;
        const uses = cognitoAdminUses(model, role, grant);
        if (uses.length === 0) continue;
        const dormant = exposure.level === "guest" && exposure.guestScopedDown && uses.every((u) => !survivesGuestScopeDown(u.action.id));
        context.report({
          messageId: "admin",
          data: {
            role: `\`${role.name}\``,
            exposure: exposurePhrase(exposure),
            actions: formatActionList(uses.map((u) => u.action.id)),
            pools: poolsPhrase(uses),
            via: grant.source.via,
            who: holderOf(exposure),
            abilities: abilitiesPhrase(model, role, uses),
            dormant: dormant ? DORMANT_GUEST_GRANT : ""
          },
          at: grant.statement.source,
          severity: dormant ? stepDown(severity) : severity,
          key: role.name
        });
      }
    }
  }
});
function poolsPhrase(uses) {
  const labels = [...new Set(uses.flatMap((u) => u.targets.map(targetLabel)))];
  return labels.length > 3 ? `${labels.slice(0, 3).join(", ")} and ${labels.length - 3} more` : andList(labels);
}
function targetLabel(target) {
  switch (target.kind) {
    case "user-pool":
      return `user pool \`${target.pool.name}\``;
    case "identity-pool":
      return `identity pool \`${target.pool.name}\``;
    case "any":
      return target.text === "*" ? "`*`" : target.text.startsWith("arn:") ? `\`${target.text}\`` : target.text;
    case "unknown":
      return target.text === "" ? "a pool that cannot be resolved" : `\`${target.text}\``;
    case "other":
      return "another resource";
  }
}
function abilitiesPhrase(model, role, uses) {
  const phrases = uses.map((use) => (use.entry.action === "cognito-idp:AdminAddUserToGroup" ? joinGroupPhrase(model, role, use) : void 0) ?? use.entry.lets);
  const unique2 = [...new Set(phrases)];
  return unique2.length > ABILITIES_SHOWN ? `${unique2.slice(0, ABILITIES_SHOWN).join(", ")} and more` : andList(unique2);
}
function andList(items) {
  return items.length > 1 ? `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}` : items[0] ?? "";
}
function joinGroupPhrase(model, role, use) {
  const named = use.targets.flatMap((t) => t.kind === "user-pool" ? [t.pool] : []);
  const wide = use.targets.some((t) => t.kind === "any" || t.kind === "unknown");
  const pools = /* @__PURE__ */ new Set([...named, ...wide ? poolsOfRole(model, role).userPools : []]);
  const groups = groupsWithRoles(model, pools).filter((g) => g.role !== role);
  const privileged = groups.find((g) => g.role !== void 0 && grantsOf(g.role).some((grant) => adminGrant(grant) !== void 0));
  const chosen = privileged ?? groups.find((g) => g.role !== void 0) ?? groups[0];
  if (!chosen) return void 0;
  if (!chosen.role) return `add themselves to group \`${chosen.name}\` (and its role)`;
  return privileged ? `add themselves to group \`${chosen.name}\`, whose role \`${chosen.role.name}\` has administrator-level permissions` : `add themselves to group \`${chosen.name}\` (and its role \`${chosen.role.name}\`)`;
}

// rules/role/guest-write-access.ts
var guest_write_access_default = defineRule({
  meta: {
    id: "role/guest-write-access",
    description: "Guest (unauthenticated) roles must not be allowed write or tagging actions",
    severity: "high",
    messages: {
      write: "Role {{role}}, {{exposure}}, may {{actions}} through {{via}}: anyone on the internet can do this without signing in.{{dormant}}",
      telemetry: "Role {{role}}, {{exposure}}, may {{actions}} on a specific resource through {{via}}: telemetry ingestion AWS documents for guests.",
      telemetryAnyResource: "Role {{role}}, {{exposure}}, may {{actions}} through {{via}}: telemetry ingestion AWS documents for guests, by actions that support no resource type (IAM grants them only on `*`).",
      lexBot: "Role {{role}}, {{exposure}}, may {{actions}} on one Amazon Lex bot alias or version through {{via}}: the Lex web UI pattern, a guest talking to one bot.",
      documented: "Role {{role}}, {{exposure}}, may {{actions}} through {{via}}: telemetry ingestion and talking to one Amazon Lex bot, the guest uses AWS documents."
    },
    fix: "Remove write and tagging actions from the guest role; give uploads to signed-in users under their own `${cognito-identity.amazonaws.com:sub}` prefix instead.",
    references: [
      "https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html",
      "https://docs.aws.amazon.com/cognito/latest/developerguide/identity-pools.html",
      "https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html",
      "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-RUM-get-started-authorization.html",
      "https://github.com/aws-samples/aws-lex-web-ui",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html"
    ],
    tags: ["role", "cognito", "guest"]
  },
  check(context) {
    for (const role of context.model.identityPoolRoles()) {
      const exposure = exposureOf(context.model, role);
      if (!exposure.guestRole) continue;
      for (const grant of grantsOf(role)) {
        if (reportedByParentRule("role/guest-write-access", context.model, role, grant)) continue;
        const writes = writeActions(grant.actions).filter((a) => a.id.toLowerCase() !== "execute-api:invoke");
        if (writes.length === 0) continue;
        const data = {
          role: `\`${role.name}\``,
          actions: formatActionList(writes.map((a) => a.id)),
          via: grant.source.via,
          exposure: exposurePhrase(exposure, { guest: true })
        };
        const uses = writes.map((a) => documentedGuestUse(a, grant.statement.resource));
        if (uses.every((u) => u !== void 0)) {
          const lex = uses.some((u) => u.kind === "lex");
          const telemetry = uses.some((u) => u.kind === "telemetry");
          const messageId = lex && telemetry ? "documented" : lex ? "lexBot" : uses.every((u) => u.resourceLess) ? "telemetryAnyResource" : "telemetry";
          context.report({ messageId, data, at: grant.statement.source, severity: "info", key: role.name });
          continue;
        }
        const dormant = exposure.guestScopedDown && writes.every((a) => !survivesGuestScopeDown(a.id));
        const severity = dormant ? stepDown("high") : "high";
        context.report({
          messageId: "write",
          data: { ...data, dormant: dormant ? DORMANT_GUEST_GRANT : "" },
          at: grant.statement.source,
          severity,
          key: role.name
        });
      }
    }
  }
});

// rules/role/index.ts
var role_default = [admin_access_default, broad_read_default, cognito_admin_actions_default2, guest_write_access_default];

// rules/s3/action-resource-mismatch.ts
var action_resource_mismatch_default = defineRule({
  meta: {
    id: "s3/action-resource-mismatch",
    description: "S3 object actions need object ARNs (`bucket/key`), bucket actions need bucket ARNs: otherwise the statement grants nothing",
    severity: "medium",
    messages: {
      objectOnBucket: "Role {{role}}: {{actions}} act on objects, but the statement names only the bucket ARN {{resources}}, so it grants nothing; add `/*` or the user's prefix to the resource.",
      bucketOnObject: "Role {{role}}: {{actions}} act on the bucket, but the statement names only object ARNs {{resources}}, so it grants nothing; use the bucket ARN with an `s3:prefix` condition."
    },
    fix: "Put object actions (`s3:GetObject`, `s3:PutObject`) on `arn:aws:s3:::<bucket>/<key pattern>` and `s3:ListBucket` on `arn:aws:s3:::<bucket>`, in separate statements.",
    references: [
      "https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-arn-format.html",
      "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html"
    ],
    tags: ["s3"]
  },
  check(context) {
    for (const role of context.model.roles) {
      for (const access of s3AccessOf(role)) {
        const kinds = new Set(access.resources.map((r) => r.parsed.kind));
        const names = (kind) => access.resources.filter((r) => r.parsed.kind === kind).map((r) => `\`${r.parsed.kind === "bucket" || r.parsed.kind === "object" ? r.parsed.kind === "object" ? `${r.parsed.bucket.text}/${r.parsed.key}` : r.parsed.bucket.text : ""}\``).join(", ");
        if (access.resources.length === 0) continue;
        const onlyBuckets = [...kinds].every((k) => k === "bucket");
        const onlyObjects = [...kinds].every((k) => k === "object");
        const named = new Set(
          (access.statement.action?.values ?? []).flatMap((v) => scalarAlternatives(v.value).map(knownString)).filter((p) => p !== void 0 && !/[*?]/.test(p)).map((p) => p.toLowerCase())
        );
        const objectOnly = [...access.objectActions, ...access.inapplicable.filter(isObjectAction)].filter((a) => !a.resourceTypes.includes("bucket") && named.has(a.id.toLowerCase()));
        const lists = [...access.listActions, ...access.inapplicable.filter(isListBucketAction)].filter((a) => named.has(a.id.toLowerCase()));
        if (onlyBuckets && objectOnly.length > 0) {
          context.report({
            messageId: "objectOnBucket",
            data: { role: `\`${role.name}\``, actions: formatActionList(objectOnly.map((a) => a.id)), resources: names("bucket") },
            at: access.statement.resource?.source ?? access.statement.source,
            key: role.name
          });
        } else if (onlyObjects && lists.length > 0) {
          context.report({
            messageId: "bucketOnObject",
            data: { role: `\`${role.name}\``, actions: formatActionList(lists.map((a) => a.id)), resources: names("object") },
            at: access.statement.resource?.source ?? access.statement.source,
            key: role.name
          });
        }
      }
    }
  }
});

// rules/s3/cors-wildcard-origin.ts
var WRITE_METHODS = /* @__PURE__ */ new Set(["PUT", "POST", "DELETE"]);
var cors_wildcard_origin_default = defineRule({
  meta: {
    id: "s3/cors-wildcard-origin",
    description: "A bucket that identity-pool roles write should not accept cross-origin writes from every origin",
    severity: "low",
    messages: {
      wildcard: 'Bucket {{bucket}}, written by role {{role}}, lets any website send {{methods}} requests (`AllowedOrigins: ["*"]`): a page on another origin can drive uploads with a visitor\'s credentials.'
    },
    fix: "List the app's own origins in `AllowedOrigins` (e.g. `https://app.example.com`), keeping `http://localhost:<port>` only for development stacks.",
    references: [
      "https://docs.aws.amazon.com/AmazonS3/latest/userguide/ManageCorsUsing.html",
      "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-corsrule.html"
    ],
    tags: ["s3", "cors"]
  },
  check(context) {
    const writers = /* @__PURE__ */ new Map();
    for (const write of bucketWrites(context.model)) {
      const key2 = `${write.bucket.source.doc.file}#${write.bucket.source.pointer}`;
      const entry = writers.get(key2) ?? { bucket: write.bucket, roles: [] };
      if (!entry.roles.includes(write.role.name)) entry.roles.push(write.role.name);
      writers.set(key2, entry);
    }
    for (const { bucket, roles } of writers.values()) {
      for (const rule of bucket.corsRules) {
        const star3 = rule.allowedOrigins.find((o) => scalarAlternatives(o.value).some((v) => knownString(v) === "*"));
        if (!star3) continue;
        const methods = rule.allowedMethods.flatMap((m) => scalarAlternatives(m.value).map(knownString)).filter((m) => m !== void 0 && WRITE_METHODS.has(m.toUpperCase()));
        if (methods.length === 0) continue;
        context.report({
          messageId: "wildcard",
          data: { bucket: `\`${bucket.name}\``, role: roles.map((r) => `\`${r}\``).join(", "), methods: methods.join("/") },
          at: star3.source
        });
      }
    }
  }
});

// rules/s3/list-not-scoped.ts
var list_not_scoped_default = defineRule({
  meta: {
    id: "s3/list-not-scoped",
    description: "Identity-pool roles may list a bucket only under their own prefix (an `s3:prefix` condition)",
    severity: "medium",
    messages: {
      noPrefix: "Role {{role}}, {{exposure}}, may {{actions}} on {{resources}} with no `s3:prefix` condition: every {{who}} lists every key in the bucket, including other users' file names.",
      openPrefix: "Role {{role}}, {{exposure}}, may {{actions}} with `s3:prefix` `{{value}}` under `{{operator}}`, which matches every key: every {{who}} lists the whole bucket.",
      ineffective: "Role {{role}}: `s3:prefix` `{{value}}` under `{{operator}}` is compared literally (no wildcards), so this list permission never matches; use `StringLike`."
    },
    fix: 'Add `"StringLike": {"s3:prefix": ["private/${cognito-identity.amazonaws.com:sub}/", "private/${cognito-identity.amazonaws.com:sub}/*"]}` to the `s3:ListBucket` statement.',
    references: [
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_s3_cognito-bucket.html",
      "https://docs.aws.amazon.com/AmazonS3/latest/userguide/amazon-s3-policy-keys.html"
    ],
    tags: ["s3", "cognito"]
  },
  check(context) {
    for (const role of context.model.identityPoolRoles()) {
      const exposure = exposureOf(context.model, role);
      if (exposure.level === "internal") continue;
      for (const access of s3AccessOf(role)) {
        if (access.listActions.length === 0) continue;
        const onBuckets = access.resources.filter((r) => r.parsed.kind === "bucket" || r.parsed.kind === "pattern" || r.parsed.kind === "any");
        if (onBuckets.length === 0) continue;
        const data = {
          role: `\`${role.name}\``,
          exposure: exposurePhrase(exposure),
          who: holderOf(exposure),
          actions: formatActionList(access.listActions.map((a) => a.id)),
          resources: onBuckets.map((r) => r.parsed.kind === "bucket" || r.parsed.kind === "pattern" ? `bucket \`${r.parsed.bucket.text}\`` : "`*`").join(", ")
        };
        const severity = scaledSeverity("medium", exposure);
        const conditions = prefixConditions(access.statement);
        if (conditions.length === 0) {
          context.report({ messageId: "noPrefix", data, at: access.statement.source, severity, key: role.name });
          continue;
        }
        for (const { entry, values } of conditions) {
          for (const value of values) {
            if (value === void 0) continue;
            if (entry.operator.base === "StringLike" && (value === "" || value.startsWith("*"))) {
              context.report({ messageId: "openPrefix", data: { ...data, value, operator: entry.operator.raw }, at: entry.source, severity, key: `${role.name}:${value}` });
            } else if ((entry.operator.base === "StringEquals" || entry.operator.base === "StringEqualsIgnoreCase") && value.includes("*")) {
              context.report({ messageId: "ineffective", data: { ...data, value, operator: entry.operator.raw }, at: entry.source, severity: "low", key: `${role.name}:${value}` });
            }
          }
        }
      }
    }
  }
});

// rules/s3/object-access-not-scoped.ts
var object_access_not_scoped_default = defineRule({
  meta: {
    id: "s3/object-access-not-scoped",
    description: "Identity-pool roles' S3 object access must be confined to each identity's own prefix (`${cognito-identity.amazonaws.com:sub}`)",
    severity: "high",
    messages: {
      unscoped: "Role {{role}}, {{exposure}}, may {{actions}} on {{resources}} through {{via}}: {{consequence}}{{conditions}}"
    },
    fix: "Put `${cognito-identity.amazonaws.com:sub}` in a path segment of its own: `arn:aws:s3:::<bucket>/private/${cognito-identity.amazonaws.com:sub}/*` (inside `Fn::Sub` write `${!cognito-identity.amazonaws.com:sub}`).",
    references: [
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_s3_cognito-bucket.html",
      "https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html"
    ],
    tags: ["s3", "cognito"]
  },
  check(context) {
    for (const role of context.model.identityPoolRoles()) {
      const exposure = exposureOf(context.model, role);
      if (exposure.level === "internal") continue;
      for (const access of s3AccessOf(role)) {
        const unscoped = unscopedObjectAccess(access);
        if (!unscoped) continue;
        for (const value of unscoped.unresolved) {
          context.unresolved(`Role ${role.name}: the key of S3 resource ${describe(value.value)} could not be resolved.`, value.source);
        }
        if (unscoped.resources.length === 0) continue;
        const { writes, wholeWrite, base } = unscoped;
        const shown = unscoped.resources.map((v) => describe(v.value));
        const consequence2 = wholeWrite ? `every ${holderOf(exposure)} can read, overwrite and delete every other user's objects.` : writes.length ? `every ${holderOf(exposure)} writes to the same shared keys and can overwrite the others' files.` : `every ${holderOf(exposure)} can read every other user's objects.`;
        const actions = (writes.length ? [...writes, ...access.objectActions.filter((a) => !writes.includes(a))] : access.objectActions).map((a) => a.id);
        context.report({
          messageId: "unscoped",
          data: {
            role: `\`${role.name}\``,
            exposure: exposurePhrase(exposure),
            actions: formatActionList(actions),
            resources: shown.map((r) => `\`${r}\``).join(", "),
            via: access.grant.source.via,
            consequence: consequence2,
            conditions: access.otherConditions.length ? ` (the statement's condition on ${[...new Set(access.otherConditions.map((c) => `\`${c.key}\``))].join(", ")} was not taken into account)` : ""
          },
          at: access.statement.source,
          severity: scaledSeverity(base, exposure),
          key: role.name
        });
      }
    }
  }
});

// rules/s3/shared-prefix-access.ts
var AMPLIFY_LEVELS = {
  "public/": "Amplify's public level: readable by every user of the app",
  "protected/": "Amplify's protected level: every user reads everyone's files, each writes only their own"
};
var shared_prefix_access_default = defineRule({
  meta: {
    id: "s3/shared-prefix-access",
    description: "Identity-pool roles that read a fixed prefix shared by every user: a design choice worth confirming",
    severity: "low",
    messages: {
      shared: "Role {{role}}, {{exposure}}, may read every object under `{{prefix}}` in bucket `{{bucket}}`, shared by all its users{{convention}}."
    },
    fix: "Keep only public content under the shared prefix; move user data under `private/${cognito-identity.amazonaws.com:sub}/`.",
    references: [
      "https://docs.amplify.aws/gen1/javascript/build-a-backend/storage/configure-access/",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_s3_cognito-bucket.html"
    ],
    tags: ["s3", "cognito"]
  },
  check(context) {
    for (const role of context.model.identityPoolRoles()) {
      const exposure = exposureOf(context.model, role);
      if (exposure.level === "internal") continue;
      const seen = /* @__PURE__ */ new Set();
      const report = (bucket, prefix, at) => {
        const normalised = prefix;
        const key2 = `${bucket}\0${normalised}`;
        if (seen.has(key2) || normalised === "") return;
        seen.add(key2);
        const convention = AMPLIFY_LEVELS[normalised];
        context.report({
          messageId: "shared",
          data: { role: `\`${role.name}\``, exposure: exposurePhrase(exposure), prefix: normalised, bucket, convention: convention ? ` (${convention})` : "" },
          at,
          key: `${role.name}:${bucket}:${normalised}`
        });
      };
      for (const access of s3AccessOf(role)) {
        if (access.objectActions.length > 0 && !access.objectActions.some(isWriteAction) && !access.narrowedByTags) {
          for (const { value, parsed: parsed2 } of access.resources) {
            if (parsed2.kind === "object" && parsed2.scope.kind === "fixed-prefix") report(parsed2.bucket.text, parsed2.scope.prefix, value.source);
          }
        }
        if (access.listActions.length > 0) {
          for (const { entry, values } of prefixConditions(access.statement)) {
            if (entry.operator.base !== "StringLike" && entry.operator.base !== "StringEquals") continue;
            for (const v of values) {
              if (v === void 0 || v === "" || v.startsWith("*") || v.includes("${")) continue;
              const prefix = v.replace(/\*+$/, "");
              const bucket = access.resources.find((r) => r.parsed.kind === "bucket" || r.parsed.kind === "pattern");
              report(bucket && (bucket.parsed.kind === "bucket" || bucket.parsed.kind === "pattern") ? bucket.parsed.bucket.text : "*", prefix, entry.source);
            }
          }
        }
      }
    }
  }
});

// rules/s3/upload-no-expiration.ts
var TEMPORARY = /^(tmp|temp|uploads?|incoming)\//i;
var upload_no_expiration_default = defineRule({
  meta: {
    id: "s3/upload-no-expiration",
    description: "Buckets that guests write, or temporary upload prefixes, need a lifecycle rule that expires the objects",
    severity: "low",
    messages: {
      guest: "Bucket {{bucket}} can be written{{where}} by {{guests}}, and no enabled lifecycle rule expires those objects: anonymous uploads pile up for ever (and are billed).",
      temporary: "Bucket {{bucket}} receives uploads under `{{prefix}}` from role {{role}}, and no enabled lifecycle rule expires them: temporary uploads never clean themselves up."
    },
    fix: 'Add a lifecycle rule: `LifecycleConfiguration: {Rules: [{Id: expire-uploads, Status: Enabled, Prefix: uploads/, ExpirationInDays: 1}]}` (CDK: `lifecycleRules: [{prefix: "uploads/", expiration: Duration.days(1)}]`).',
    references: [
      "https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lifecycle-mgmt.html",
      "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-rule.html"
    ],
    tags: ["s3"]
  },
  check(context) {
    const byBucket = /* @__PURE__ */ new Map();
    for (const write of bucketWrites(context.model)) {
      const temporary = TEMPORARY.test(write.prefix);
      if (!write.guest && !temporary) continue;
      const verdict = expires(write);
      if (verdict === true) continue;
      if (verdict === "unknown") {
        context.unresolved(`Bucket ${write.bucket.name}: whether a lifecycle rule expires \`${write.prefix || "*"}\` could not be resolved.`, write.bucket.propertiesSource);
        continue;
      }
      const entry = byBucket.get(write.bucket) ?? { guest: [], temporary: [] };
      (write.guest ? entry.guest : entry.temporary).push(write);
      byBucket.set(write.bucket, entry);
    }
    for (const [bucket, { guest, temporary }] of byBucket) {
      const writes = guest.length ? guest : temporary;
      const lifecycle = bucket.templateResource.properties["LifecycleConfiguration"] !== void 0;
      const at = lifecycle ? { doc: bucket.source.doc, pointer: `${bucket.templateResource.propertiesPointer}/LifecycleConfiguration` } : bucket.propertiesSource;
      const roles = [...new Set(writes.map((w) => `\`${w.role.name}\``))].join(", ");
      const prefixes = [...new Set(writes.map((w) => w.prefix))];
      const where = prefixes.includes("") ? "" : ` under ${prefixes.map((p) => `\`${p}\``).join(", ")}`;
      const data = { bucket: `\`${bucket.name}\``, role: roles, guests: guestRoles(context.model, guest), prefix: prefixes.join("`, `"), where };
      context.report({ messageId: guest.length ? "guest" : "temporary", data, at });
    }
  }
});
function guestRoles(model, writes) {
  const roles = [...new Set(writes.map((w) => w.role))];
  const named = roles.map((role) => ({ name: `\`${role.name}\``, why: exposurePhrase(exposureOf(model, role), { guest: true }) }));
  if (named.length === 1) return `role ${named[0].name}, ${named[0].why}`;
  return `roles ${named.map((r) => `${r.name} (${r.why})`).join(", ")}`;
}
function expires(write) {
  let open = false;
  for (const rule of write.bucket.lifecycleRules) {
    if (!rule.expires || rule.filtered) continue;
    if (rule.prefix === void 0) {
      open = true;
      continue;
    }
    if (!write.prefix.startsWith(rule.prefix)) continue;
    if (rule.enabled === true) return true;
    if (rule.enabled === "unknown") open = true;
  }
  return open ? "unknown" : false;
}

// rules/s3/index.ts
var s3_default = [action_resource_mismatch_default, cors_wildcard_origin_default, list_not_scoped_default, object_access_not_scoped_default, shared_prefix_access_default, upload_no_expiration_default];

// rules/trust/amr-operator.ts
var amr_operator_default = defineRule({
  meta: {
    id: "trust/amr-operator",
    description: "Identity-pool role trust must test the multivalued amr key with ForAnyValue:StringLike or ForAnyValue:StringEquals",
    severity: "medium",
    messages: {
      singleValued: "Role {{role}} tests the multivalued key `amr` with the single-valued operator `{{operator}}`: AWS requires a set operator for it, and does not document how `{{operator}}` compares a signed-in token, which carries `authenticated` plus provider names, with {{values}} (as written, the statement admits {{admits}}).",
      forAllValues: "Role {{role}} tests `amr` with `{{operator}}`, which is true for a token that carries no `amr` and false for any token with a value not in {{values}}, while real signed-in tokens carry `authenticated` plus the name of their provider (as written, the statement admits {{admits}}).",
      ifExists: "Role {{role}} tests `amr` with `{{operator}}`, which passes whenever the key is missing, so {{values}} is not required of the token (as written, the statement admits {{admits}}).",
      negated: "Role {{role}} tests `amr` with the negated operator `{{operator}}`, which admits every `amr` value except {{values}}, including provider names you have not thought of{{absent}} (as written, the statement admits {{admits}}).",
      other: "Role {{role}} tests `amr` with `{{operator}}`, which is not a string set operator, so it does not say which identities ({{values}}) may assume the role (as written, the statement admits {{admits}})."
    },
    fix: 'Write the condition as `"ForAnyValue:StringLike": {"cognito-identity.amazonaws.com:amr": "authenticated"}` (or `"unauthenticated"` for the guest role, or a provider name).',
    references: [
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_multi-value-conditions.html",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#condition-keys-wif",
      "https://docs.aws.amazon.com/cognito/latest/developerguide/role-trust-and-permissions.html",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html"
    ],
    tags: ["trust", "cognito"]
  },
  check(context) {
    for (const role of context.model.identityPoolRoles()) {
      for (const statement of identityPoolTrustStatements(role.trust)) {
        const admits = admitsText(amrAdmission(statement));
        for (const entry of conditionsOn(statement, "amr")) {
          const problem = amrOperatorProblem(entry);
          if (!problem) continue;
          const messageId = { "single-valued": "singleValued", "for-all-values": "forAllValues", "if-exists": "ifExists", "negated": "negated", "other": "other" }[problem];
          const values = entry.values.map((v) => `\`${describe(v.value)}\``).join(", ") || "no value";
          context.report({
            messageId,
            data: {
              role: `\`${role.name}\``,
              operator: entry.operator.raw,
              values,
              admits,
              // A single-valued negated operator is true when the key is missing; ForAnyValue: is false then.
              absent: entry.operator.set === "ForAnyValue" ? "" : ", and a token that carries no `amr` at all"
            },
            at: entry.source,
            resource: role.resource
          });
        }
      }
    }
  }
});
function admitsText(admission) {
  switch (admission.admits) {
    case "any":
      return "guests and signed-in users alike";
    case "authenticated":
      return "signed-in users only";
    case "providers":
      return `only users signed in through ${admission.providers.map((p) => `\`${p}\``).join(", ")}`;
    case "unauthenticated":
      return "guests only";
    case "none":
      return "no real token";
    case "unknown":
      return "tokens that depend on undocumented or unresolved behaviour";
  }
}

// rules/trust/amr-role-mismatch.ts
var amr_role_mismatch_default = defineRule({
  meta: {
    id: "trust/amr-role-mismatch",
    description: "An identity-pool role's amr condition must match the slot it is attached to",
    severity: "high",
    messages: {
      bothSlots: "Guests of identity pool {{pool}} receive role {{role}}, which is also its authenticated role, and its `amr` condition admits guest tokens: every visitor gets the signed-in permissions{{more}}.",
      signedInAdmitsGuests: "Role {{role}} is the {{slot}} of identity pool {{pool}}, but its `amr` condition admits guest tokens (`unauthenticated`): {{consequence}}{{more}}.",
      guestSlotBroken: "Role {{role}} is the unauthenticated (guest) role of identity pool {{pool}}, but its `amr` condition admits only signed-in tokens, so guests can never assume it and guest sign-in fails{{more}}.",
      signedInSlotBroken: "Role {{role}} is the {{slot}} of identity pool {{pool}}, but its `amr` condition admits only guest tokens, so signed-in users can never assume it{{more}}."
    },
    fix: "Give each slot its own role: `amr` = `authenticated` (or a provider name) for the authenticated role and mapped roles, `unauthenticated` for the guest role.",
    references: [
      "https://docs.aws.amazon.com/cognito/latest/developerguide/role-trust-and-permissions.html",
      "https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html",
      "https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flow.html",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#condition-keys-wif"
    ],
    tags: ["trust", "cognito"]
  },
  check(context) {
    const { model } = context;
    for (const role of model.identityPoolRoles()) {
      const amr = trustAmrAdmission(role.trust);
      if (!amr.tested) continue;
      const firstEntry = amr.entries[0];
      const byPool = /* @__PURE__ */ new Map();
      for (const slot of model.slotsOfRole(role)) {
        if (!slot.pool) continue;
        byPool.set(slot.pool, [...byPool.get(slot.pool) ?? [], slot]);
      }
      for (const [pool, slots] of byPool) {
        if (trustAdmitsPool(model, role, pool) === false) continue;
        const kinds = new Set(slots.map((s) => s.slot));
        const guestSlot = kinds.has("unauthenticated");
        const signedInSlots = slots.filter((s) => s.slot !== "unauthenticated");
        const found2 = [];
        const guestsPossible = isTrueOrUnknown(pool.allowUnauthenticated);
        if (guestSlot && kinds.has("authenticated") && amr.guests === true && amr.signedIn === true && guestsPossible) {
          found2.push({ messageId: "bothSlots", severity: "high", text: "it is in both slots and admits guests" });
        } else if (signedInSlots.length > 0 && amr.guests === true && amr.signedIn === true) {
          const slot = signedInSlots[0];
          found2.push({ messageId: "signedInAdmitsGuests", severity: "high", slot, text: `it is the ${slotName(slot)} and admits guest tokens` });
        }
        if (guestSlot && amr.guests === false && !isKnownFalseOrAbsent(pool.allowUnauthenticated)) {
          found2.push({ messageId: "guestSlotBroken", severity: "low", text: "as the guest role it admits only signed-in tokens" });
        }
        if (signedInSlots.length > 0 && amr.signedIn === false) {
          const slot = signedInSlots[0];
          found2.push({ messageId: "signedInSlotBroken", severity: "low", slot, text: `as the ${slotName(slot)} it admits only guest tokens` });
        }
        const open = guestSlot && amr.guests === "unknown" || signedInSlots.length > 0 && (amr.guests === "unknown" || amr.signedIn === "unknown");
        if (open) {
          context.unresolved(`Role ${role.name}: its amr condition could not be fully evaluated, so it was not completely compared with its slots in identity pool ${pool.name}.`, firstEntry.source);
        }
        if (found2.length === 0) continue;
        const [first, ...rest] = found2;
        context.report({
          messageId: first.messageId,
          data: {
            role: `\`${role.name}\``,
            pool: `\`${pool.name}\``,
            slot: first.slot ? slotName(first.slot) : "authenticated role",
            more: rest.length ? `; also, ${rest.map((r) => r.text).join("; ")}` : "",
            consequence: isKnownFalseOrAbsent(pool.allowClassicFlow) ? "only `AllowClassicFlow: false` keeps guests from picking it and getting signed-in permissions" : "a guest who picks the role through the basic (classic) flow gets signed-in permissions"
          },
          at: firstEntry.source,
          resource: role.resource,
          severity: found2.some((f) => f.severity === "high") ? "high" : "low",
          key: pool.name
        });
      }
    }
  }
});
function slotName(slot) {
  switch (slot.slot) {
    case "authenticated":
      return "authenticated role";
    case "unauthenticated":
      return "unauthenticated (guest) role";
    case "rules":
      return "role chosen by a role-mapping rule";
    case "group":
      return `role of user pool group \`${slot.via.name}\``;
  }
}

// rules/trust/aud-mismatch.ts
var SLOT_NAMES = {
  authenticated: "authenticated role",
  unauthenticated: "unauthenticated (guest) role",
  rules: "role chosen by a role-mapping rule",
  group: "role of a user pool group"
};
var aud_mismatch_default = defineRule({
  meta: {
    id: "trust/aud-mismatch",
    description: "An identity-pool role's trust must admit the identity pool it is attached to",
    severity: "high",
    messages: {
      mismatch: "Role {{role}} is the {{slot}} of identity pool {{pool}}, but its trust only admits tokens whose `aud` is {{aud}}: the pool cannot obtain credentials for it, and another pool can."
    },
    fix: "Set the trust condition `cognito-identity.amazonaws.com:aud` to the ID of the identity pool the role is attached to (in CloudFormation `!Ref <IdentityPool>`).",
    references: [
      "https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html",
      "https://docs.aws.amazon.com/cognito/latest/developerguide/role-based-access-control.html"
    ],
    tags: ["trust", "cognito"]
  },
  check(context) {
    const reported = /* @__PURE__ */ new Set();
    for (const slot of context.model.slots) {
      const { role, pool } = slot;
      if (!role || !pool) continue;
      const key2 = `${role.source.doc.file}#${role.source.pointer}|${pool.source.doc.file}#${pool.source.pointer}`;
      if (reported.has(key2)) continue;
      const entries = restrictingAudEntries(role);
      if (entries.length === 0) continue;
      const values = entries.flatMap((e) => e.values.flatMap((v) => scalarAlternatives(v.value)));
      if (values.some((v) => context.model.identityPoolFor(v) === pool)) continue;
      if (values.some((v) => containsUnknown(v) || !comparable(v, context.model))) {
        context.unresolved(`Role ${role.name}: the aud condition of its trust could not be resolved, so it was not compared with identity pool ${pool.name}.`, entries[0].source);
        continue;
      }
      reported.add(key2);
      context.report({
        messageId: "mismatch",
        data: {
          role: `\`${role.name}\``,
          slot: SLOT_NAMES[slot.slot],
          pool: `\`${pool.name}\``,
          aud: values.map((v) => describeAud(v, context.model.identityPoolFor(v))).join(", ")
        },
        at: entries[0].source,
        resource: role.resource,
        key: pool.name
      });
    }
  }
});
function restrictingAudEntries(role) {
  return identityPoolTrustStatements(role.trust).flatMap((s) => conditionsOn(s, "aud").filter(audEntryRestricts));
}
function describeAud(value, pool) {
  return pool ? `the ID of identity pool \`${pool.name}\`` : `\`${describe(value)}\``;
}
function comparable(value, model) {
  if (knownString(value) !== void 0) return true;
  return value.kind === "resource" && value.resource.type === "AWS::Cognito::IdentityPool";
}

// rules/trust/broad-principal.ts
var ASSUME_ACTIONS = ["sts:AssumeRole", "sts:AssumeRoleWithWebIdentity", "sts:AssumeRoleWithSAML"];
var WILDCARD_TYPES = /* @__PURE__ */ new Set(["*", "AWS", "Federated"]);
var PINNING_KEYS = /* @__PURE__ */ new Set(["aws:principalarn", "aws:principalaccount", "aws:principalorgid", "sts:externalid"]);
var broad_principal_default = defineRule({
  meta: {
    id: "trust/broad-principal",
    description: "A role trust must not allow every principal without a condition that pins the caller",
    severity: "critical",
    messages: {
      anyone: "Role {{role}} trusts {{principal}} with no condition that pins the caller (`aws:PrincipalArn`, `aws:PrincipalAccount`, `aws:PrincipalOrgID`, `sts:ExternalId` or an `aud`): {{who}} can assume it."
    },
    fix: "Name the principal that should assume the role (an account, role ARN or identity provider), or add a condition on `aws:PrincipalOrgID`, `aws:PrincipalAccount`, `aws:PrincipalArn`, `sts:ExternalId` or the provider's `aud`.",
    references: [
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html"
    ],
    tags: ["trust"]
  },
  check(context) {
    for (const role of context.model.roles) {
      for (const statement of role.trust?.statements ?? []) {
        if (statement.effect !== "Allow" || !statement.principal) continue;
        if (!ASSUME_ACTIONS.some((action) => statementCoversAction(statement, action))) continue;
        const wildcard = statement.principal.entries.find(
          (entry) => WILDCARD_TYPES.has(entry.type) && scalarAlternatives(entry.value.value).some((alt) => knownString(alt) === "*")
        );
        if (!wildcard || pinsCaller(statement)) continue;
        const principal = wildcard.type === "*" ? '`Principal: "*"`' : `\`{"${wildcard.type}": "*"}\``;
        const who = wildcard.type === "Federated" ? "a token from any identity provider" : wildcard.type === "*" ? "anyone, from any AWS account or identity provider," : "any AWS principal in any account";
        context.report({
          messageId: "anyone",
          data: { role: `\`${role.name}\``, principal, who },
          at: wildcard.value.source,
          resource: role.resource
        });
      }
    }
  }
});
function pinsCaller(statement) {
  return statement.conditions.some((entry) => {
    const key2 = entry.keyLower;
    const pinning = PINNING_KEYS.has(key2) || /:aud$/.test(key2);
    return pinning && restricts(entry);
  });
}
function restricts(entry) {
  const op = entry.operator;
  if (op.ifExists || op.set === "ForAllValues") return false;
  if (!/^(String(Equals|Like|EqualsIgnoreCase)|Arn(Equals|Like))$/.test(op.base)) return false;
  if (entry.values.length === 0) return false;
  return entry.values.every(
    (v) => scalarAlternatives(v.value).every((alt) => {
      const s = knownString(alt);
      return s === void 0 || !/^[*?]*$/.test(s);
    })
  );
}

// rules/trust/missing-amr.ts
var missing_amr_default = defineRule({
  meta: {
    id: "trust/missing-amr",
    description: "Identity-pool role trust should test cognito-identity.amazonaws.com:amr (authenticated or unauthenticated)",
    severity: "high",
    messages: {
      guestsCanAssume: "Role {{role}} does not test `cognito-identity.amazonaws.com:amr`, and {{pools}} {{allow}} guests and the basic (classic) flow: a guest token buys this role, because with the basic flow the client picks the role.",
      noPoolResolved: "Role {{role}} does not test `cognito-identity.amazonaws.com:amr`, and no identity pool it trusts could be read to rule out guests with the basic (classic) flow: a guest token may buy this role.",
      defenceInDepth: "Role {{role}} does not test `cognito-identity.amazonaws.com:amr`: {{pools}} {{have}} guest access or the basic (classic) flow turned off today, but the role relies on that alone; AWS recommends an `amr` condition on every identity-pool role."
    },
    fix: 'Add `"ForAnyValue:StringLike": {"cognito-identity.amazonaws.com:amr": "authenticated"}` (or `"unauthenticated"` for the guest role) to the trust statement.',
    references: [
      "https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html",
      "https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flow.html",
      "https://docs.aws.amazon.com/cognito/latest/developerguide/identity-pools-security-best-practices.html"
    ],
    tags: ["trust", "cognito"]
  },
  check(context) {
    for (const role of context.model.identityPoolRoles()) {
      for (const statement of identityPoolTrustStatements(role.trust)) {
        if (conditionsOn(statement, "amr").length > 0) continue;
        const pools = /* @__PURE__ */ new Set();
        for (const entry of conditionsOn(statement, "aud").filter(audEntryRestricts)) {
          for (const value of entry.values) {
            for (const alt of scalarAlternatives(value.value)) {
              const pool = context.model.identityPoolFor(alt);
              if (pool) pools.add(pool);
            }
          }
        }
        const data = { role: `\`${role.name}\`` };
        if (pools.size === 0) {
          context.report({ messageId: "noPoolResolved", data, at: statement.source, resource: role.resource, severity: "high" });
          continue;
        }
        const open = [...pools].filter((p) => isTrueOrUnknown(p.allowUnauthenticated) && isTrueOrUnknown(p.allowClassicFlow));
        const named = (list) => list.map((p) => `identity pool \`${p.name}\``).join(" and ");
        const verb2 = (list, singular, plural) => list.length === 1 ? singular : plural;
        if (open.length > 0) {
          context.report({ messageId: "guestsCanAssume", data: { ...data, pools: named(open), allow: verb2(open, "allows", "allow") }, at: statement.source, resource: role.resource, severity: "high" });
        } else {
          context.report({ messageId: "defenceInDepth", data: { ...data, pools: named([...pools]), have: verb2([...pools], "has", "have") }, at: statement.source, resource: role.resource, severity: "medium" });
        }
      }
    }
  }
});

// rules/trust/missing-aud.ts
var LEGACY = "IAM refuses to create such a trust today, so the role is either legacy or will not deploy";
var missing_aud_default = defineRule({
  meta: {
    id: "trust/missing-aud",
    description: "Identity-pool role trust must pin cognito-identity.amazonaws.com:aud to specific identity pools",
    severity: "critical",
    messages: {
      missing: `Role {{role}} can be assumed with a token from any identity pool in any account: its trust statement has no \`cognito-identity.amazonaws.com:aud\` condition (${LEGACY}).`,
      wildcard: `Role {{role}} can be assumed from any identity pool matching \`{{value}}\`: a wildcard \`aud\` under \`{{operator}}\` pins nothing (${LEGACY}).`,
      negated: `Role {{role}} tests \`aud\` with \`{{operator}}\`, which is true for every other identity pool and when the key is absent, so any pool in any account can assume it (${LEGACY}).`,
      ifExists: `Role {{role}} tests \`aud\` with \`{{operator}}\`, which passes when the key is absent, so the condition does not bind the role to its identity pools (${LEGACY}).`,
      forAllValues: `Role {{role}} tests \`aud\` with \`{{operator}}\`, which is true when the key is absent, so the condition does not bind the role to its identity pools (${LEGACY}).`,
      operator: `Role {{role}} tests \`aud\` with \`{{operator}}\`, which does not restrict the role to specific identity pools (${LEGACY}).`
    },
    fix: 'Add `"StringEquals": {"cognito-identity.amazonaws.com:aud": <your identity pool ID>}` to the trust statement (CDK: `new WebIdentityPrincipal("cognito-identity.amazonaws.com", {StringEquals: {"cognito-identity.amazonaws.com:aud": pool.identityPoolId}})`).',
    references: [
      "https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html",
      "https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_multi-value-conditions.html"
    ],
    tags: ["trust", "cognito"]
  },
  check(context) {
    for (const role of context.model.identityPoolRoles()) {
      for (const statement of identityPoolTrustStatements(role.trust)) {
        const aud = assessAud(statement);
        if (aud.status === "restricted") continue;
        const data = { role: `\`${role.name}\`` };
        if (aud.status === "missing" || !aud.weakEntry || !aud.weakness) {
          context.report({ messageId: "missing", data, at: statement.source, resource: role.resource });
          continue;
        }
        const entry = aud.weakEntry;
        const messageId = { "wildcard": "wildcard", "negated": "negated", "if-exists": "ifExists", "for-all-values": "forAllValues", "operator": "operator" }[aud.weakness];
        context.report({
          messageId,
          data: { ...data, operator: entry.operator.raw, value: entry.values.map((v) => describe(v.value)).join(", ") },
          at: entry.source,
          resource: role.resource
        });
      }
    }
  }
});

// rules/trust/missing-tag-session.ts
var missing_tag_session_default = defineRule({
  meta: {
    id: "trust/missing-tag-session",
    description: "Roles that receive identity-pool principal tags must allow sts:TagSession",
    severity: "medium",
    messages: {
      missing: "Identity pool {{pool}} maps principal tags ({{tags}}) for {{provider}}, but role {{role}}, {{how}}, does not allow `sts:TagSession` in the statement that allows `sts:AssumeRoleWithWebIdentity`: STS refuses to issue tagged credentials for it, so those users get no credentials."
    },
    fix: "Add `sts:TagSession` to the `Action` of the statement that trusts `cognito-identity.amazonaws.com` (CDK: `role.assumeRolePolicy?.addStatements(...)` or `new iam.SessionTagsPrincipal(principal)`).",
    references: [
      "https://docs.aws.amazon.com/cognito/latest/developerguide/using-attributes-for-access-control-policy-example.html",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html",
      "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cognito-identitypoolprincipaltag.html"
    ],
    tags: ["trust", "cognito", "abac"]
  },
  check(context) {
    const { model } = context;
    for (const mapping of model.userPoolEntities.principalTags) {
      const pool = identityPoolOfMapping(model, mapping);
      if (!pool) continue;
      const tags = mappedTags(mapping);
      if (tags === void 0) {
        context.unresolved(`Principal tag mapping ${mapping.name}: whether it maps any tag is not statically known.`, mapping.principalTagsKnown ? mapping.useDefaults.source : mapping.principalTagsSource);
        continue;
      }
      if (tags.length === 0) continue;
      for (const { role, how } of rolesOfProvider(model, pool, mapping)) {
        for (const statement of identityPoolTrustStatements(role.trust)) {
          if (statementCoversAction(statement, "sts:TagSession")) continue;
          if (statement.action?.values.some((v) => knownString(v.value) === void 0)) {
            context.unresolved(`Role ${role.name}: its trust actions are not statically known, so sts:TagSession was not checked.`, statement.source);
            continue;
          }
          context.report({
            messageId: "missing",
            data: {
              pool: `\`${pool.name}\``,
              tags: tags.join(", "),
              provider: `\`${describe(mapping.identityProviderName.value)}\``,
              role: `\`${role.name}\``,
              how
            },
            at: statement.source,
            resource: role.resource,
            key: mapping.name
          });
        }
      }
    }
  }
});
function mappedTags(mapping) {
  const useDefaults = triBoolean(mapping.useDefaults.value, false);
  const custom = mapping.principalTags.map((t) => `\`${t.tag}\``);
  if (useDefaults === true) return ["the default tags", ...custom];
  if (custom.length > 0) return custom;
  if (useDefaults === "unknown" || !mapping.principalTagsKnown) return void 0;
  return [];
}
function rolesOfProvider(model, pool, mapping) {
  const out = /* @__PURE__ */ new Map();
  for (const slot of model.slotsOfPool(pool)) {
    if (slot.slot === "authenticated" && slot.role && !out.has(slot.role)) out.set(slot.role, "its authenticated role");
  }
  for (const roleMapping of roleMappingsOfPool(model, pool)) {
    if (!sameProvider(model, roleMapping.identityProvider, mapping)) continue;
    for (const rule of roleMapping.rules) {
      if (rule.role && !out.has(rule.role)) out.set(rule.role, `chosen by its role-mapping rule ${rule.index + 1} for this provider`);
    }
  }
  for (const slot of model.slotsOfPool(pool)) {
    if (slot.slot !== "group" || !slot.role || out.has(slot.role)) continue;
    const group = model.userPoolEntities.groups.find((g) => g.templateResource === slot.via.templateResource);
    if (group && mapping.userPool && group.userPool === mapping.userPool) out.set(slot.role, `the role of user pool group \`${group.name}\``);
  }
  return [...out].map(([role, how]) => ({ role, how }));
}
function sameProvider(model, provider, mapping) {
  const userPool = userPoolReferencesIn(model, provider).userPool;
  if (userPool && mapping.userPool) return userPool === mapping.userPool;
  const a = knownString(provider);
  const b = knownString(mapping.identityProviderName.value);
  if (a === void 0 || b === void 0) return false;
  return a === b || a.startsWith(`${b}:`);
}

// rules/trust/unexpected-action.ts
var EXPECTED = /* @__PURE__ */ new Set(["sts:assumerolewithwebidentity", "sts:tagsession"]);
var unexpected_action_default = defineRule({
  meta: {
    id: "trust/unexpected-action",
    description: "An identity-pool principal should only be allowed sts:AssumeRoleWithWebIdentity and sts:TagSession",
    severity: "medium",
    messages: {
      assumeRole: "Role {{role}} allows the identity-pool principal {{actions}}, which a federated principal can never use: `sts:AssumeRole` takes IAM credentials, identity-pool tokens only work with `sts:AssumeRoleWithWebIdentity`.",
      wildcard: "Role {{role}} allows the identity-pool principal {{actions}}, a wildcard that matches far more than `sts:AssumeRoleWithWebIdentity` (and `sts:TagSession` for principal tags), the only actions its tokens can use.",
      other: "Role {{role}} allows the identity-pool principal {{actions}}, which identity-pool tokens have no use for: only `sts:AssumeRoleWithWebIdentity` (and `sts:TagSession` for principal tags) belong in this statement.",
      notAction: "Role {{role}} allows the identity-pool principal every action except {{actions}} through `NotAction`, instead of naming `sts:AssumeRoleWithWebIdentity`."
    },
    fix: "List only `sts:AssumeRoleWithWebIdentity` (plus `sts:TagSession` when the identity pool maps principal tags) in the statement that trusts `cognito-identity.amazonaws.com`.",
    references: [
      "https://docs.aws.amazon.com/cognito/latest/developerguide/role-trust-and-permissions.html",
      "https://docs.aws.amazon.com/cognito/latest/developerguide/using-attributes-for-access-control-policy-example.html",
      "https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html"
    ],
    tags: ["trust", "cognito"]
  },
  check(context) {
    for (const role of context.model.roles) {
      for (const statement of role.trust?.statements ?? []) {
        if (statement.effect !== "Allow" || identityPoolPrincipals(statement).length === 0) continue;
        const data = (actions) => ({ role: `\`${role.name}\``, actions });
        if (statement.notAction) {
          const listed2 = statement.notAction.values.map((v) => `\`${describe(v.value)}\``).join(", ") || "nothing";
          context.report({ messageId: "notAction", data: data(listed2), at: statement.notAction.source, resource: role.resource });
          continue;
        }
        const offending = [];
        for (const value of statement.action?.values ?? []) {
          for (const alt of scalarAlternatives(value.value)) {
            const action = knownString(alt);
            if (action === void 0) {
              context.unresolved(`Role ${role.name}: an action of its identity-pool trust statement could not be resolved.`, value.source);
              continue;
            }
            if (!EXPECTED.has(action.toLowerCase())) offending.push({ text: action, at: value });
          }
        }
        if (offending.length === 0) continue;
        const lower = offending.map((o) => o.text.toLowerCase());
        const messageId = lower.some((a) => a === "*" || a.includes("*") || a.includes("?")) ? "wildcard" : lower.includes("sts:assumerole") ? "assumeRole" : "other";
        context.report({
          messageId,
          data: data(offending.map((o) => `\`${o.text}\``).join(", ")),
          at: offending[0].at.source,
          resource: role.resource
        });
      }
    }
  }
});

// rules/trust/index.ts
var trust_default = [amr_operator_default, amr_role_mismatch_default, aud_mismatch_default, broad_principal_default, missing_amr_default, missing_aud_default, missing_tag_session_default, unexpected_action_default];

// rules/user-pool/client-implicit-flow.ts
var client_implicit_flow_default = defineRule({
  meta: {
    id: "user-pool/client-implicit-flow",
    description: "App clients should not allow the OAuth 2.0 implicit grant",
    severity: "low",
    messages: {
      implicit: "{{client}} allows the OAuth 2.0 implicit grant: the hosted UI returns tokens in the URL fragment of the redirect, where browser history, logs and scripts on the page can read them."
    },
    fix: "Remove `implicit` from `AllowedOAuthFlows` and use the authorization code grant with PKCE (`code`); in CDK set `oAuth.flows` to `{ authorizationCodeGrant: true }`.",
    references: [
      "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cognito-userpoolclient.html",
      "https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html",
      "https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_cognito.OAuthSettings.html",
      "https://datatracker.ietf.org/doc/html/rfc9700#section-2.1.2"
    ],
    tags: ["user-pool", "oauth"]
  },
  check(context) {
    for (const client of context.model.userPoolEntities.clients) {
      const oauth = triBoolean(client.allowedOAuthFlowsUserPoolClient.value, false);
      if (oauth === false) continue;
      const flows = client.allowedOAuthFlows;
      const verdicts = flows.items.map((item) => ({ item, verdict: judgeString(item.value, (flow) => flow === "implicit") }));
      const implicit = verdicts.filter((v) => v.verdict === "fires");
      if (oauth === "unknown") {
        if (implicit.length > 0) {
          context.unresolved(`App client ${client.name} lists the implicit grant, but whether AllowedOAuthFlowsUserPoolClient is true is not statically known.`, client.allowedOAuthFlowsUserPoolClient.source);
        }
        continue;
      }
      for (const { item } of implicit) {
        context.report({ messageId: "implicit", data: { client: describeClient(client, true) }, at: item.source, resource: client.resource });
      }
      if (implicit.length === 0 && (!flows.known || verdicts.some((v) => v.verdict === "unknown"))) {
        context.unresolved(`App client ${client.name}: AllowedOAuthFlows is not statically known, so the implicit grant was not checked.`, flows.source);
      }
    }
  }
});

// rules/user-pool/client-insecure-callback.ts
var client_insecure_callback_default = defineRule({
  meta: {
    id: "user-pool/client-insecure-callback",
    description: "App client callback and logout URLs must use HTTPS (http:// only for localhost)",
    severity: "medium",
    messages: {
      callback: "{{client}} accepts the callback URL `{{url}}` over plain HTTP: authorization codes and tokens reach it unencrypted, readable and replaceable by anyone on the network path.",
      logout: "{{client}} accepts the sign-out URL `{{url}}` over plain HTTP: users are sent to it unencrypted, where anyone on the network path can replace the page."
    },
    fix: "Use `https://` for every `CallbackURLs` and `LogoutURLs` entry; keep `http://` only for `http://localhost` during development (or a custom scheme such as `myapp://` for native apps).",
    references: [
      "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cognito-userpoolclient.html",
      "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html",
      "https://datatracker.ietf.org/doc/html/rfc6749#section-3.1.2.1",
      "https://datatracker.ietf.org/doc/html/rfc8252#section-7.3"
    ],
    tags: ["user-pool", "oauth"]
  },
  check(context) {
    for (const client of context.model.userPoolEntities.clients) {
      let check2 = function(list, messageId, property) {
        let undecided = !list.known;
        for (const item of list.items) {
          const verdict = judgeAlternatives(item.value, judgeUrl);
          if (verdict === "fires") {
            const insecure = alternatives(item.value).filter((alt) => judgeUrl(alt) === "fires");
            const written = insecure.length === 1 && insecure[0] === item.value ? writtenText(item.source) : void 0;
            const url = written ?? insecure.map(describe).join("` or `");
            context.report({ messageId, data: { client: describeClient(client, true), url }, at: item.source, resource: client.resource });
          } else if (verdict === "unknown") {
            undecided = true;
          }
        }
        if (undecided) context.unresolved(`App client ${client.name}: some ${property} are not statically known, so plain HTTP was not ruled out.`, list.source);
      };
      var check = check2;
      check2(client.callbackURLs, "callback", "CallbackURLs");
      check2(client.logoutURLs, "logout", "LogoutURLs");
    }
  }
});
function judgeUrl(value) {
  if (value.kind === "absent") return "clean";
  const parts = value.kind === "concat" ? [...value.parts] : [value];
  let prefix = "";
  let index2 = 0;
  for (; index2 < parts.length; index2++) {
    const part = parts[index2];
    if (part.kind !== "known") break;
    prefix += String(part.value ?? "");
  }
  const schemeEnd = prefix.indexOf("://");
  if (schemeEnd === -1) {
    if (index2 === parts.length) return "clean";
    return /^[a-z][a-z0-9+.-]*:/i.test(prefix) && !/^https?:/i.test(prefix) ? "clean" : "unknown";
  }
  if (prefix.slice(0, schemeEnd).toLowerCase() !== "http") return "clean";
  const pieces = [];
  let rest = prefix.slice(schemeEnd + 3);
  let ended = false;
  const take = (text) => {
    const cut = text.search(/[/?#]/);
    if (cut !== -1) {
      ended = true;
      text = text.slice(0, cut);
    }
    if (text) pieces.push({ text });
  };
  take(rest);
  for (; index2 < parts.length && !ended; index2++) {
    const part = parts[index2];
    if (part.kind === "known") take(String(part.value ?? ""));
    else pieces.push({ generated: part.kind === "resource" });
  }
  rest = pieces.map((p) => "text" in p ? p.text : "\0").join("");
  if (pieces.every((p) => "text" in p)) return isLoopback(hostOf(rest)) ? "clean" : "fires";
  if (pieces.some((p) => "generated" in p && p.generated)) return "fires";
  const couldBeLocalhost = pieces.every((p) => !("text" in p) || /^[0-9.:[\]]*$/.test(p.text) || "localhost".includes(p.text.toLowerCase().replace(/:[0-9]*$/, "")));
  return couldBeLocalhost ? "unknown" : "fires";
}
function isLoopback(host) {
  return host === "localhost" || host === "[::1]" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
function hostOf(authority) {
  const host = authority.slice(authority.lastIndexOf("@") + 1);
  if (host.startsWith("[")) return host.slice(0, host.indexOf("]") + 1).toLowerCase();
  const colon = host.indexOf(":");
  return (colon === -1 ? host : host.slice(0, colon)).toLowerCase();
}

// rules/user-pool/client-password-auth.ts
var PASSWORD_FLOWS = /* @__PURE__ */ new Set(["ALLOW_USER_PASSWORD_AUTH", "USER_PASSWORD_AUTH"]);
var client_password_auth_default = defineRule({
  meta: {
    id: "user-pool/client-password-auth",
    description: "App clients should sign users in with SRP, not by sending the password (USER_PASSWORD_AUTH)",
    severity: "low",
    messages: {
      passwordAuth: "{{client}} allows `{{flow}}`: the app sends the user's password to Cognito in the request instead of proving it with SRP."
    },
    fix: "Remove `ALLOW_USER_PASSWORD_AUTH` from `ExplicitAuthFlows` and sign in with `ALLOW_USER_SRP_AUTH` (the default of the AWS SDKs and Amplify); in CDK drop `authFlows.userPassword`.",
    references: [
      "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cognito-userpoolclient.html",
      "https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-authentication-flow-methods.html",
      "https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_cognito.AuthFlow.html"
    ],
    tags: ["user-pool"]
  },
  check(context) {
    for (const client of context.model.userPoolEntities.clients) {
      const flows = client.explicitAuthFlows;
      let undecided = !flows.known;
      for (const item of flows.items) {
        let flow;
        const verdict = judgeString(item.value, (text) => {
          if (text !== void 0 && PASSWORD_FLOWS.has(text)) flow = text;
          return text !== void 0 && PASSWORD_FLOWS.has(text);
        });
        if (verdict === "fires") {
          context.report({ messageId: "passwordAuth", data: { client: describeClient(client, true), flow }, at: item.source, resource: client.resource });
        } else if (verdict === "unknown") {
          undecided = true;
        }
      }
      if (undecided) context.unresolved(`App client ${client.name}: some ExplicitAuthFlows are not statically known, so USER_PASSWORD_AUTH was not ruled out.`, flows.source);
    }
  }
});

// rules/user-pool/client-user-existence-errors.ts
var client_user_existence_errors_default = defineRule({
  meta: {
    id: "user-pool/client-user-existence-errors",
    description: "App clients should set PreventUserExistenceErrors to ENABLED",
    severity: "low",
    messages: {
      missing: "{{client}} does not set `PreventUserExistenceErrors`, so it is `LEGACY`: sign-in, password reset and confirmation tell callers whether a user name exists.",
      legacy: "{{client}} sets `PreventUserExistenceErrors` to `{{value}}`: sign-in, password reset and confirmation tell callers whether a user name exists.",
      conditional: "{{client}} leaves `PreventUserExistenceErrors` at `LEGACY` in some deployments (one of its alternatives is not `ENABLED`): there, sign-in, password reset and confirmation tell callers whether a user name exists."
    },
    fix: "Set `PreventUserExistenceErrors: ENABLED` on the app client (CDK: `preventUserExistenceErrors: true`).",
    references: [
      "https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-managing-errors.html",
      "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cognito-userpoolclient.html",
      "https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_cognito.UserPoolClientOptions.html"
    ],
    tags: ["user-pool"]
  },
  check(context) {
    for (const client of context.model.userPoolEntities.clients) {
      const setting = client.preventUserExistenceErrors;
      const verdict = judgeString(setting.value, (value) => value !== "ENABLED");
      if (verdict === "unknown") {
        context.unresolved(`App client ${client.name}: PreventUserExistenceErrors is not statically known.`, setting.source);
        continue;
      }
      if (verdict === "clean") continue;
      const data = { client: describeClient(client, true) };
      if (setting.value.kind === "absent") {
        context.report({ messageId: "missing", data, at: { doc: client.templateResource.stack.doc, pointer: client.templateResource.propertiesPointer }, resource: client.resource });
      } else if (setting.value.kind === "known") {
        context.report({ messageId: "legacy", data: { ...data, value: String(setting.value.value) }, at: setting.source, resource: client.resource });
      } else {
        context.report({ messageId: "conditional", data, at: setting.source, resource: client.resource });
      }
    }
  }
});

// rules/user-pool/mfa-disabled.ts
var mfa_disabled_default = defineRule({
  meta: {
    id: "user-pool/mfa-disabled",
    description: "User pools should offer multi-factor authentication (MfaConfiguration OPTIONAL or ON)",
    severity: "low",
    messages: {
      missing: "{{pool}} does not set `MfaConfiguration`, so multi-factor authentication is off: a stolen or guessed password is enough to sign in.",
      off: "{{pool}} sets `MfaConfiguration` to `OFF`: a stolen or guessed password is enough to sign in.",
      conditional: "{{pool}} turns multi-factor authentication off in some deployments (`MfaConfiguration` is `OFF` or absent in one of its alternatives): there, a stolen or guessed password is enough to sign in."
    },
    fix: "Set `MfaConfiguration: OPTIONAL` (or `ON`) with `EnabledMfas: [SOFTWARE_TOKEN_MFA]`; in CDK `mfa: cognito.Mfa.OPTIONAL` with `mfaSecondFactor: { otp: true, sms: false }`.",
    references: [
      "https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa.html",
      "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cognito-userpool.html",
      "https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_cognito.UserPoolProps.html"
    ],
    tags: ["user-pool", "mfa"]
  },
  check(context) {
    for (const pool of context.model.userPoolEntities.userPools) {
      const setting = pool.mfaConfiguration;
      const verdict = judgeString(setting.value, (value) => value === void 0 || value === "OFF");
      if (verdict === "unknown") {
        context.unresolved(`User pool ${pool.name}: MfaConfiguration is not statically known.`, setting.source);
        continue;
      }
      if (verdict === "clean") continue;
      const data = { pool: describeUserPool(pool, true) };
      if (setting.value.kind === "absent") {
        context.report({ messageId: "missing", data, at: { doc: pool.templateResource.stack.doc, pointer: pool.templateResource.propertiesPointer }, resource: pool.resource });
      } else {
        const messageId = setting.value.kind === "known" ? "off" : "conditional";
        context.report({ messageId, data, at: setting.source, resource: pool.resource });
      }
    }
  }
});

// rules/user-pool/open-signup-privileged.ts
var open_signup_privileged_default = defineRule({
  meta: {
    id: "user-pool/open-signup-privileged",
    description: "A user pool with self sign-up must not lead to a privileged identity-pool role",
    severity: "high",
    messages: {
      privileged: "User pool {{userPool}} lets anyone sign up, and identity pool {{pool}} gives its users role {{role}} ({{how}}), which {{what}}: anyone on the internet can create an account and get that."
    },
    fix: "Turn self sign-up off (`AdminCreateUserConfig: {AllowAdminCreateUserOnly: true}`), or confine the role to the user's own resources and move privileged permissions to a group role.",
    references: [
      "https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-admin-create-user-policy.html",
      "https://docs.aws.amazon.com/cognito/latest/developerguide/role-based-access-control.html",
      "https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html"
    ],
    tags: ["user-pool", "cognito"]
  },
  check(context) {
    const { model } = context;
    for (const userPool of model.userPoolEntities.userPools) {
      if (userPool.selfSignUp !== true) continue;
      const at = userPool.allowAdminCreateUserOnly.source;
      for (const pool of identityPoolsUsingUserPool(model, userPool)) {
        for (const { role, how } of rolesOfSelfRegisteredUsers(context.model, pool)) {
          const what = privilege(role);
          if (!what) continue;
          context.report({
            messageId: "privileged",
            data: { userPool: `\`${userPool.name}\``, pool: `\`${pool.name}\``, role: `\`${role.name}\``, how, what },
            at,
            key: `${pool.name}:${role.name}`
          });
        }
      }
    }
  }
});
function rolesOfSelfRegisteredUsers(model, pool) {
  const out = [];
  for (const slot of model.slotsOfPool(pool)) {
    if (slot.slot === "authenticated" && slot.role) out.push({ role: slot.role, how: "its authenticated role" });
  }
  for (const mapping of roleMappingsOfPool(model, pool)) {
    for (const rule of mapping.rules) {
      if (!rule.role) continue;
      if (mappingRuleWritability(model, mapping, rule).writable === true) {
        out.push({ role: rule.role, how: "a role-mapping rule on a claim the user writes" });
      }
    }
  }
  return out.filter((entry, i) => out.findIndex((e) => e.role === entry.role) === i);
}
function privilege(role) {
  const admin = grantsOf(role).map(adminGrant).find(Boolean);
  if (admin) return `has administrator-level permissions (${admin.reasons.join(", ")}: ${admin.actions.slice(0, 3).join(", ")})`;
  const write = s3AccessOf(role).map(unscopedObjectAccess).find((u) => u && u.writes.length > 0 && u.resources.length > 0);
  if (write) return `may write S3 objects outside the user's own prefix (${write.writes.slice(0, 3).map((a) => a.id).join(", ")})`;
  return void 0;
}

// rules/user-pool/weak-password-policy.ts
var weak_password_policy_default = defineRule({
  meta: {
    id: "user-pool/weak-password-policy",
    description: "An explicit user pool password policy should require at least 8 characters, and 12 when it requires no character class",
    severity: "low",
    messages: {
      tooShort: "{{pool}} accepts passwords of {{length}} characters: its password policy sets `MinimumLength` under 8.",
      noCharacterClass: "{{pool}} accepts {{length}}-character passwords that need no lowercase letter, uppercase letter, number or symbol: under 12 characters, such passwords are easy to guess."
    },
    fix: "Set `MinimumLength` to 12 or more, or to at least 8 with `RequireLowercase`, `RequireUppercase`, `RequireNumbers` and `RequireSymbols`; or remove `PasswordPolicy` to get Cognito's default (8 characters, every class).",
    references: [
      "https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-policies.html",
      "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cognito-userpool-passwordpolicy.html",
      "https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_cognito.PasswordPolicy.html",
      "https://pages.nist.gov/800-63-4/sp800-63b.html#passwordver"
    ],
    tags: ["user-pool", "password"]
  },
  check(context) {
    for (const pool of context.model.userPoolEntities.userPools) {
      const policy = pool.passwordPolicy;
      if (policy.state === "absent") continue;
      if (policy.state === "unknown") {
        context.unresolved(`User pool ${pool.name}: its PasswordPolicy is not statically known.`, policy.source);
        continue;
      }
      const length = policy.minimumLength;
      const lengths = /* @__PURE__ */ new Set();
      const short = judgeLength(length.value, (n) => n < 8, lengths);
      const data = { pool: describeUserPool(pool, true) };
      if (short === "fires") {
        context.report({ messageId: "tooShort", data: { ...data, length: [...lengths].filter((n) => n < 8).sort((a, b) => a - b).join(" or ") }, at: length.source, resource: pool.resource });
        continue;
      }
      if (short === "unknown") {
        context.unresolved(`User pool ${pool.name}: the MinimumLength of its PasswordPolicy is not statically known.`, length.source);
        continue;
      }
      const under12 = [...lengths].filter((n) => n < 12);
      if (under12.length === 0) continue;
      const classes = [policy.requireLowercase, policy.requireUppercase, policy.requireNumbers, policy.requireSymbols].map((p) => triBoolean(p.value, false));
      if (classes.includes(true)) continue;
      if (classes.includes("unknown")) {
        context.unresolved(`User pool ${pool.name}: which character classes its PasswordPolicy requires is not statically known.`, policy.source);
        continue;
      }
      context.report({ messageId: "noCharacterClass", data: { ...data, length: under12.sort((a, b) => a - b).join(" or ") }, at: length.source, resource: pool.resource });
    }
  }
});
function judgeLength(value, test, seen) {
  return judgeAlternatives(value, (alt) => {
    const text = knownString(alt);
    const n = text === void 0 ? NaN : Number(text);
    if (!Number.isFinite(n)) return "unknown";
    seen.add(n);
    return test(n) ? "fires" : "clean";
  });
}

// rules/user-pool/index.ts
var user_pool_default = [client_implicit_flow_default, client_insecure_callback_default, client_password_auth_default, client_user_existence_errors_default, mfa_disabled_default, open_signup_privileged_default, weak_password_policy_default];

// rules/index.ts
var areas = [apigateway_default, identity_pool_default, input_default, policy_default, role_default, s3_default, trust_default, user_pool_default];
var rules = areas.flat().sort((a, b) => a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0);

// src/model/model.ts
var IdentityModel = class {
  documents;
  problems;
  stacks;
  roles;
  policies;
  identityPools;
  slots;
  resolver;
  /** User pools, app clients, groups, principal tags (src/dialects/cloudformation/user-pools.ts). */
  userPoolEntities;
  buckets;
  /** REST/HTTP/SAM APIs, methods, routes, authorizers (src/dialects/cloudformation/apis.ts). */
  apiEntities;
  /** What the model could not decide while reading (policy text that does not parse once filled in): `unresolved` notifications of the run. */
  notes;
  rawEntities;
  stackByDoc = /* @__PURE__ */ new Map();
  resourceInStack;
  constructor(contents) {
    const { parts } = contents;
    this.documents = contents.documents;
    this.problems = contents.problems;
    this.stacks = parts.stacks;
    this.roles = parts.roles;
    this.policies = parts.policies;
    this.identityPools = parts.identityPools;
    this.slots = parts.slots;
    this.resolver = parts.resolver;
    this.rawEntities = parts.rawEntities;
    this.notes = parts.notes;
    this.buckets = contents.buckets;
    this.userPoolEntities = contents.userPoolEntities;
    this.apiEntities = contents.apiEntities;
    this.resourceInStack = contents.resourceInStack;
    for (const stack of this.stacks) {
      this.stackByDoc.set(stack.doc, stack);
      if (stack.doc.viewOf) this.stackByDoc.set(stack.doc.viewOf.doc, stack);
    }
  }
  /** Roles whose trust lets identity-pool identities call `sts:AssumeRoleWithWebIdentity` (RULES.md "Identity-pool role"). */
  identityPoolRoles() {
    return this.roles.filter((role) => identityPoolTrustStatements(role.trust).length > 0);
  }
  /** The identity pool a value refers to (`Ref` of an `AWS::Cognito::IdentityPool`, possibly across stacks). */
  identityPoolFor(value) {
    if (value.kind === "known") return typeof value.value === "string" ? this.identityPools.find((pool) => pool.poolId === value.value) : void 0;
    if (value.kind !== "resource" || value.attribute !== void 0 && value.attribute !== "Id") return void 0;
    return this.identityPools.find((pool) => pool.templateResource === value.resource);
  }
  slotsOfRole(role) {
    return this.slots.filter((slot) => slot.role === role);
  }
  slotsOfPool(pool) {
    return this.slots.filter((slot) => slot.pool === pool);
  }
  /** The stack a template document belongs to. */
  stackOf(doc) {
    return this.stackByDoc.get(doc);
  }
  /** The resource a finding at `source` concerns: the template resource containing it, or the raw IAM entity. */
  resourceAt(source) {
    const stack = this.stackByDoc.get(source.doc);
    if (stack) return this.resourceInStack(stack, source);
    let best;
    for (const entry of this.rawEntities.get(source.doc) ?? []) {
      const contains = source.pointer === entry.pointer || entry.pointer === "" || source.pointer.startsWith(entry.pointer + "/");
      if (contains && (!best || entry.pointer.length > best.pointer.length)) best = entry;
    }
    return best?.resource;
  }
};

// src/dialects/index.ts
function buildIdentityModel(inputs) {
  const parts = buildModelParts(inputs);
  return new IdentityModel({
    documents: inputs.documents,
    problems: inputs.problems,
    parts,
    buckets: buildBuckets(parts.stacks, parts.resolver, templateEntity),
    userPoolEntities: buildUserPoolEntities(parts.stacks, parts.resolver),
    apiEntities: buildApiEntities(parts.stacks, parts.resolver),
    resourceInStack: (stack, source) => {
      const resource = resourceContaining(stack, source.pointer);
      return resource ? findingResourceOf(resource) : void 0;
    }
  });
}

// src/dialects/cloudformation/conditions.ts
var MAX_DEPTH4 = 64;
var UNKNOWN = { kind: "const", value: void 0 };
var StackConditions = class {
  constructor(stack, resolver) {
    this.stack = stack;
    const data = stack.doc.data;
    const section = isPlainObject(data) && stack.input.resourcesPointer !== "" ? own(data, "Conditions") : void 0;
    if (!isPlainObject(section)) return;
    for (const [name, body] of Object.entries(section)) this.formulas.set(name, this.read(body, resolver, 0));
  }
  stack;
  formulas = /* @__PURE__ */ new Map();
  atomsByKey = /* @__PURE__ */ new Map();
  /** Whether the template defines any condition at all. */
  get isEmpty() {
    return this.formulas.size === 0;
  }
  has(name) {
    return this.formulas.has(name);
  }
  names() {
    return [...this.formulas.keys()];
  }
  /** The truth of condition `name` under `assignment`; unknown for an undefined name or a cycle. */
  truth(name, assignment = EMPTY) {
    return this.evaluate({ kind: "ref", name }, assignment, /* @__PURE__ */ new Set(), 0);
  }
  /** The unknown atoms condition `name` depends on, in order of appearance. */
  atomsOf(name) {
    const out = [];
    const visited = /* @__PURE__ */ new Set();
    const visit = (formula, depth) => {
      if (depth > MAX_DEPTH4) return;
      switch (formula.kind) {
        case "atom":
          if (!out.includes(formula.atom)) out.push(formula.atom);
          return;
        case "and":
        case "or":
          formula.items.forEach((item) => visit(item, depth + 1));
          return;
        case "not":
          visit(formula.item, depth + 1);
          return;
        case "ref": {
          const target = this.formulas.get(formula.name);
          if (!target || visited.has(formula.name)) return;
          visited.add(formula.name);
          visit(target, depth + 1);
          return;
        }
        default:
          return;
      }
    };
    visit({ kind: "ref", name }, 0);
    return out;
  }
  evaluate(formula, assignment, active, depth) {
    if (depth > MAX_DEPTH4) return void 0;
    switch (formula.kind) {
      case "const":
        return formula.value;
      case "atom":
        return assignment.get(formula.atom.id);
      case "not": {
        const value = this.evaluate(formula.item, assignment, active, depth + 1);
        return value === void 0 ? void 0 : !value;
      }
      case "and":
      case "or": {
        const decisive = formula.kind === "or";
        let unknown2 = false;
        for (const item of formula.items) {
          const value = this.evaluate(item, assignment, active, depth + 1);
          if (value === decisive) return decisive;
          if (value === void 0) unknown2 = true;
        }
        return unknown2 ? void 0 : !decisive;
      }
      case "ref": {
        const target = this.formulas.get(formula.name);
        if (!target || active.has(formula.name)) return void 0;
        active.add(formula.name);
        try {
          return this.evaluate(target, assignment, active, depth + 1);
        } finally {
          active.delete(formula.name);
        }
      }
    }
  }
  read(body, resolver, depth) {
    if (depth > MAX_DEPTH4 || !isPlainObject(body)) return UNKNOWN;
    const keys = Object.keys(body);
    if (keys.length !== 1) return UNKNOWN;
    const fn = keys[0];
    const arg = own(body, fn);
    switch (fn) {
      case "Condition":
        return typeof arg === "string" ? { kind: "ref", name: arg } : UNKNOWN;
      case "Fn::Not":
        return Array.isArray(arg) && arg.length === 1 ? { kind: "not", item: this.read(arg[0], resolver, depth + 1) } : UNKNOWN;
      case "Fn::And":
      case "Fn::Or":
        return Array.isArray(arg) ? { kind: fn === "Fn::And" ? "and" : "or", items: arg.map((item) => this.read(item, resolver, depth + 1)) } : UNKNOWN;
      case "Fn::Equals":
        return Array.isArray(arg) && arg.length === 2 ? this.equals(arg[0], arg[1], resolver) : UNKNOWN;
      default:
        return UNKNOWN;
    }
  }
  equals(left, right, resolver) {
    const a = resolver.resolve(this.stack, left);
    const b = resolver.resolve(this.stack, right);
    const decided = compare(a, b);
    if (decided !== void 0) return { kind: "const", value: decided };
    const key2 = JSON.stringify([left, right]);
    let atom = this.atomsByKey.get(key2);
    if (!atom) {
      const parameter = parameterName(left) ?? parameterName(right);
      const literal2 = knownString(parameterName(left) !== void 0 ? b : a);
      atom = {
        id: `${this.stack.key}\0${this.atomsByKey.size}`,
        ...parameter !== void 0 ? { parameter: `${this.stack.key}\0${parameter}` } : {},
        ...literal2 !== void 0 ? { literal: literal2 } : {}
      };
      this.atomsByKey.set(key2, atom);
    }
    return { kind: "atom", atom };
  }
};
var EMPTY = /* @__PURE__ */ new Map();
function compare(a, b) {
  const left = knownAlternatives2(a);
  const right = knownAlternatives2(b);
  if (left === void 0 || right === void 0 || left.size === 0 || right.size === 0) return void 0;
  if (left.size === 1 && right.size === 1 && [...left][0] === [...right][0]) return true;
  for (const value of left) if (right.has(value)) return void 0;
  return false;
}
function knownAlternatives2(value) {
  const out = /* @__PURE__ */ new Set();
  for (const alt of alternatives(value)) {
    const s = knownString(alt);
    if (s === void 0) return void 0;
    out.add(s);
  }
  return out;
}
function parameterName(node) {
  if (!isPlainObject(node)) return void 0;
  const ref2 = own(node, "Ref");
  return typeof ref2 === "string" && Object.keys(node).length === 1 && !ref2.startsWith("AWS::") ? ref2 : void 0;
}
function assignmentsOf(atoms) {
  const out = [];
  const total = 1 << atoms.length;
  for (let bits = 0; bits < total; bits++) {
    const assignment = /* @__PURE__ */ new Map();
    const trueLiteral = /* @__PURE__ */ new Map();
    let possible = true;
    atoms.forEach((atom, index2) => {
      const value = (bits >> index2 & 1) === 1;
      assignment.set(atom.id, value);
      if (!value || atom.parameter === void 0 || atom.literal === void 0) return;
      const other = trueLiteral.get(atom.parameter);
      if (other !== void 0 && other !== atom.literal) possible = false;
      trueLiteral.set(atom.parameter, atom.literal);
    });
    if (possible) out.push(assignment);
  }
  return out;
}

// src/dialects/cloudformation/deployed-view.ts
var NO_VALUE = /* @__PURE__ */ Symbol("AWS::NoValue");
var MAX_DEPTH5 = 256;
function deployedView(doc, resourcesPointer, decide) {
  const root2 = doc.data;
  const undeployed = /* @__PURE__ */ new Set();
  if (!isPlainObject(root2) || !decidesAnything(root2, resourcesPointer, decide)) return { doc, undeployed };
  const origins = /* @__PURE__ */ new WeakMap();
  let changed = false;
  const rewrite = (value, pointer, depth) => {
    if (depth > MAX_DEPTH5 || value === null || typeof value !== "object") return value;
    if (Array.isArray(value)) {
      const out2 = [];
      const origin2 = { pointer };
      value.forEach((item, index2) => {
        const childPointer = joinPointer(pointer, index2);
        const { value: rewritten, pointer: from } = chosen(item, childPointer, depth + 1);
        if (rewritten === NO_VALUE) {
          changed = true;
          return;
        }
        if (from !== joinPointer(pointer, out2.length)) (origin2.moved ??= /* @__PURE__ */ new Map()).set(String(out2.length), from);
        out2.push(rewritten);
      });
      origins.set(out2, origin2);
      return out2;
    }
    const object = value;
    const out = {};
    const origin = { pointer };
    for (const key2 of Object.keys(object)) {
      const childPointer = joinPointer(pointer, key2);
      const { value: rewritten, pointer: from } = chosen(object[key2], childPointer, depth + 1);
      if (rewritten === NO_VALUE) {
        changed = true;
        continue;
      }
      if (from !== childPointer) (origin.moved ??= /* @__PURE__ */ new Map()).set(key2, from);
      setDataProperty(out, key2, rewritten);
    }
    origins.set(out, origin);
    return out;
  };
  const chosen = (value, pointer, depth) => {
    let node = value;
    let at = pointer;
    for (let hops = 0; hops < MAX_DEPTH5; hops++) {
      const branch = decidedBranch(node, decide);
      if (branch === void 0) break;
      changed = true;
      node = own(node, "Fn::If")[branch];
      at = joinPointer(at, "Fn::If", branch);
      if (isNoValue2(node)) return { value: NO_VALUE, pointer: at };
    }
    return { value: rewrite(node, at, depth), pointer: at };
  };
  const view = rewrite(root2, "", 0);
  const resources = resourcesPointer === "" ? view : own(view, "Resources");
  if (isPlainObject(resources)) {
    for (const [logicalId, body] of Object.entries(resources)) {
      if (isPlainObject(body) && conditionIsFalse(own(body, "Condition"), decide)) {
        delete resources[logicalId];
        undeployed.add(logicalId);
        changed = true;
      }
    }
  }
  const outputs = resourcesPointer === "" ? void 0 : own(view, "Outputs");
  if (isPlainObject(outputs)) {
    for (const [name, body] of Object.entries(outputs)) {
      if (isPlainObject(body) && conditionIsFalse(own(body, "Condition"), decide)) {
        delete outputs[name];
        changed = true;
      }
    }
  }
  if (!changed) return { doc, undeployed };
  const original = (pointer) => {
    let node = view;
    let out = "";
    for (const token2 of splitPointer(pointer)) {
      const origin = node !== null && typeof node === "object" ? origins.get(node) : void 0;
      if (origin) out = origin.moved?.get(token2) ?? joinPointer(origin.pointer, token2);
      else out = joinPointer(out, token2);
      node = node !== null && typeof node === "object" ? node[token2] : void 0;
    }
    return out;
  };
  return {
    undeployed,
    doc: {
      file: doc.file,
      format: doc.format,
      data: view,
      syntaxErrors: doc.syntaxErrors,
      duplicateKeys: doc.duplicateKeys,
      unknownTags: doc.unknownTags,
      size: doc.size,
      text: doc.text,
      locate: (pointer, which) => doc.locate(original(pointer), which),
      viewOf: { doc, original }
    }
  };
}
function decidesAnything(root2, resourcesPointer, decide) {
  const sections = resourcesPointer === "" ? [root2] : [own(root2, "Resources"), own(root2, "Outputs")];
  for (const section of sections) {
    if (!isPlainObject(section)) continue;
    for (const body of Object.values(section)) if (isPlainObject(body) && conditionIsFalse(own(body, "Condition"), decide)) return true;
  }
  const walk2 = (value, depth) => {
    if (depth > MAX_DEPTH5 || value === null || typeof value !== "object") return false;
    if (decidedBranch(value, decide) !== void 0) return true;
    const children = Array.isArray(value) ? value : Object.values(value);
    return children.some((child) => walk2(child, depth + 1));
  };
  return walk2(root2, 0);
}
function isNoValue2(value) {
  return isPlainObject(value) && Object.keys(value).length === 1 && own(value, "Ref") === "AWS::NoValue";
}
function decidedBranch(value, decide) {
  if (!isPlainObject(value) || Object.keys(value).length !== 1) return void 0;
  const arg = own(value, "Fn::If");
  if (!Array.isArray(arg) || arg.length !== 3 || typeof arg[0] !== "string") return void 0;
  const truth = decide(arg[0]);
  return truth === void 0 ? void 0 : truth ? 1 : 2;
}
function conditionIsFalse(condition, decide) {
  return typeof condition === "string" && decide(condition) === false;
}

// src/dialects/cloudformation/scenarios.ts
var MAX_OPEN_ATOMS = 5;
var MODEL_TYPE_PREFIXES = [
  "AWS::Cognito::",
  "AWS::IAM::",
  "AWS::S3::",
  "AWS::ApiGateway::",
  "AWS::ApiGatewayV2::",
  "AWS::Serverless::",
  "AWS::CloudFormation::Stack",
  "AWS::KMS::Key",
  "AWS::SNS::TopicPolicy",
  "AWS::SQS::QueuePolicy"
];
function planConditions(inputs) {
  if (inputs.templates.length < 2 && !inputs.templates.some(hasConditions)) return { base: [inputs], groups: [] };
  const stacks = inputs.templates.map(buildStack);
  const index2 = new StackIndex(stacks);
  const resolver = new Resolver(index2);
  index2.resolver = resolver;
  const conditions = /* @__PURE__ */ new Map();
  for (const stack of stacks) if (hasConditions(stack.input)) conditions.set(stack, new StackConditions(stack, resolver));
  const openAtoms = /* @__PURE__ */ new Map();
  for (const [stack, conds] of conditions) {
    const atoms = [...new Set(usedConditions(stack).flatMap((name) => conds.atomsOf(name)))];
    if (atoms.length > 0) openAtoms.set(stack, atoms);
  }
  const decided = (stack, assignment) => {
    const conds = conditions.get(stack);
    if (!conds) return stack.input;
    const view = deployedView(stack.doc, stack.input.resourcesPointer, (name) => conds.truth(name, assignment));
    if (view.doc === stack.doc) return stack.input;
    return { ...stack.input, doc: view.doc, undeployed: view.undeployed };
  };
  const baseParts = [];
  const withRawIam = [];
  const groupDocs = /* @__PURE__ */ new Set();
  const groups = [];
  const definedRoles = new Set(stacks.flatMap((stack) => roleNames(stack, resolver, "defined")));
  const namesOtherRole = (stack) => inputs.iamDocuments.length > 0 && roleNames(stack, resolver, "attached").some((name) => !definedRoles.has(name));
  for (const component of linkedGroups(stacks, index2, resolver)) {
    const atoms = [...new Set(component.flatMap((stack) => openAtoms.get(stack) ?? []))];
    if (atoms.length === 0) {
      if (component.some(namesOtherRole)) withRawIam.push(...component.map((stack) => decided(stack)));
      else baseParts.push(component.map((stack) => decided(stack)));
      continue;
    }
    const enumerated = atoms.slice(0, MAX_OPEN_ATOMS);
    const assignments = assignmentsOf(enumerated);
    const documents2 = component.map((stack) => stack.doc);
    documents2.forEach((doc) => groupDocs.add(doc));
    groups.push({
      size: assignments.length,
      scenario: (i) => ({ documents: documents2, templates: component.map((stack) => decided(stack, assignments[i])), iamDocuments: [], problems: [], skipped: [] }),
      files: documents2.map((doc) => doc.file),
      describe: describer(component, conditions, assignments),
      truncated: atoms.length > enumerated.length
    });
  }
  return { base: baseRuns(inputs, baseParts, withRawIam, groupDocs), groups };
}
function baseRuns(inputs, parts, withRawIam, groupDocs) {
  const partOf = /* @__PURE__ */ new Map();
  parts.forEach((part, i) => part.forEach((template) => partOf.set(template.doc.file, i)));
  const runs = parts.map((templates) => ({ documents: [], templates, iamDocuments: [], problems: [], skipped: [] }));
  const rest = { documents: [], templates: withRawIam, iamDocuments: inputs.iamDocuments, problems: [], skipped: inputs.skipped };
  const runOf = (file2) => {
    const i = partOf.get(file2);
    return i === void 0 ? rest : runs[i];
  };
  for (const doc of inputs.documents) if (!groupDocs.has(doc)) runOf(doc.file).documents.push(doc);
  for (const problem of inputs.problems) runOf(problem.doc?.file ?? problem.file).problems.push(problem);
  const used = runs.filter((run) => run.documents.length > 0 || run.problems.length > 0);
  const restUsed = rest.documents.length + rest.templates.length + rest.iamDocuments.length + rest.problems.length > 0;
  return restUsed || used.length === 0 ? [...used, rest] : used;
}
function hasConditions(input) {
  const data = input.doc.data;
  return input.resourcesPointer !== "" && isPlainObject(data) && isPlainObject(own(data, "Conditions"));
}
function usedConditions(stack) {
  const names = /* @__PURE__ */ new Map();
  const use = (name, rank) => {
    names.set(name, Math.min(rank, names.get(name) ?? rank));
  };
  const walk2 = (value, depth, rank) => {
    if (depth > 128 || value === null || typeof value !== "object") return;
    if (Array.isArray(value)) {
      value.forEach((item) => walk2(item, depth + 1, rank));
      return;
    }
    const node = value;
    const fnIf = own(node, "Fn::If");
    if (Array.isArray(fnIf) && typeof fnIf[0] === "string") use(fnIf[0], rank);
    for (const key2 of Object.keys(node)) walk2(node[key2], depth + 1, rank);
  };
  for (const resource of stack.resources.values()) {
    const rank = MODEL_TYPE_PREFIXES.findIndex((prefix) => resource.type.startsWith(prefix));
    if (rank === -1) continue;
    const body = valueAtPointer(stack.doc.data, resource.pointer);
    const condition = isPlainObject(body) ? own(body, "Condition") : void 0;
    if (typeof condition === "string") use(condition, rank);
    walk2(resource.properties, 0, rank);
  }
  return [...names].sort((a, b) => a[1] - b[1]).map(([name]) => name);
}
function linkedGroups(stacks, index2, resolver) {
  const parent = /* @__PURE__ */ new Map();
  const find = (key2) => {
    let root2 = key2;
    while (parent.get(root2) !== root2) root2 = parent.get(root2);
    return root2;
  };
  const union = (a, b) => {
    parent.set(find(a), find(b));
  };
  for (const stack of stacks) parent.set(stack.key, stack.key);
  const keys = new Set(stacks.map((s) => s.key));
  const byRoot = /* @__PURE__ */ new Map();
  for (const stack of stacks) {
    const assembly = stack.input.assembly;
    if (assembly) {
      const first = byRoot.get(assembly.rootDir);
      if (first) union(stack.key, first);
      else byRoot.set(assembly.rootDir, stack.key);
    } else if (stack.doc.text.includes("ImportValue")) {
      for (const name of importedNames(stack, resolver)) for (const exporter of index2.exporters(stack, name)) union(stack.key, exporter.stack.key);
    }
    const nested = stack.input.nestedIn;
    if (nested && keys.has(nested.parentStackKey)) union(stack.key, nested.parentStackKey);
  }
  const byRoleName = /* @__PURE__ */ new Map();
  for (const stack of stacks) for (const name of roleNames(stack, resolver, "defined")) byRoleName.set(name, stack.key);
  for (const stack of stacks) {
    for (const name of roleNames(stack, resolver, "attached")) {
      const owner = byRoleName.get(name);
      if (owner !== void 0) union(stack.key, owner);
    }
  }
  const groups = /* @__PURE__ */ new Map();
  for (const stack of stacks) {
    const root2 = find(stack.key);
    const list = groups.get(root2) ?? [];
    list.push(stack);
    groups.set(root2, list);
  }
  return [...groups.values()];
}
function roleNames(stack, resolver, which) {
  const names = [];
  for (const resource of stack.resources.values()) {
    const property = which === "defined" ? resource.type === "AWS::IAM::Role" && "RoleName" : resource.type === "AWS::IAM::RolePolicy" ? "RoleName" : (resource.type === "AWS::IAM::Policy" || resource.type === "AWS::IAM::ManagedPolicy") && "Roles";
    const pointers = property ? ["/" + property] : which === "attached" ? roleReferences(resource.type, resource.properties) : [];
    for (const pointer of pointers) names.push(...namesAt(stack, resolver, resource.propertiesPointer + pointer, which));
  }
  return names;
}
function roleReferences(type, properties) {
  if (type === "AWS::Cognito::UserPoolGroup") return ["/RoleArn"];
  if (type !== "AWS::Cognito::IdentityPoolRoleAttachment") return [];
  const pointers = [joinPointer("", "Roles", "authenticated"), joinPointer("", "Roles", "unauthenticated")];
  const mappings = own(properties, "RoleMappings");
  if (isPlainObject(mappings)) {
    for (const [key2, mapping] of Object.entries(mappings)) {
      const rules2 = isPlainObject(mapping) && isPlainObject(own(mapping, "RulesConfiguration")) ? own(own(mapping, "RulesConfiguration"), "Rules") : void 0;
      if (Array.isArray(rules2)) rules2.forEach((_, i) => pointers.push(joinPointer("", "RoleMappings", key2, "RulesConfiguration", "Rules", i, "RoleARN")));
    }
  }
  return pointers;
}
function namesAt(stack, resolver, pointer, which) {
  if (valueAtPointer(stack.doc.data, pointer) === void 0) return [];
  const names = [];
  for (const alt of scalarAlternatives(resolver.resolveAt(stack, pointer))) {
    const name = knownString(alt);
    if (name === void 0) continue;
    names.push(name);
    if (which === "attached" && name.startsWith("arn:")) names.push(name.slice(name.lastIndexOf("/") + 1));
  }
  return names;
}
function importedNames(stack, resolver) {
  const names = [];
  const walk2 = (value, depth) => {
    if (depth > 128 || value === null || typeof value !== "object") return;
    if (Array.isArray(value)) {
      value.forEach((item) => walk2(item, depth + 1));
      return;
    }
    const node = value;
    if (Object.prototype.hasOwnProperty.call(node, "Fn::ImportValue")) {
      for (const alt of alternatives(resolver.resolve(stack, node["Fn::ImportValue"]))) {
        const name = knownString(alt);
        if (name !== void 0) names.push(name);
      }
    }
    for (const key2 of Object.keys(node)) walk2(node[key2], depth + 1);
  };
  walk2(stack.doc.data, 0);
  return names;
}
function describer(stacks, conditions, assignments) {
  let literals;
  return (indices) => {
    if (indices.size >= assignments.length) return void 0;
    literals ??= conditionLiterals(stacks, conditions, assignments);
    const matches = (holds) => holds.every((h, i) => h === indices.has(i));
    const single = literals.find((l) => matches(l.holds));
    if (single) return `when condition ${single.text}`;
    for (let i = 0; i < literals.length; i++) {
      for (let j = i + 1; j < literals.length; j++) {
        if (matches(literals[i].holds.map((h, k) => h && literals[j].holds[k]))) return `when conditions ${literals[i].text} and ${literals[j].text}`;
      }
    }
    const names = [...new Set(literals.map((l) => l.text.replace(/ is (true|false)$/, "")))];
    return `only under some values of conditions ${names.join(", ")}`;
  };
}
function conditionLiterals(stacks, conditions, assignments) {
  const literals = [];
  for (const stack of stacks) {
    const conds = conditions.get(stack);
    if (!conds) continue;
    for (const name of usedConditions(stack)) {
      const truths = assignments.map((assignment) => conds.truth(name, assignment));
      if (truths.some((t) => t === void 0)) continue;
      for (const value of [true, false]) literals.push({ text: `\`${name}\` is ${value}`, holds: truths.map((t) => t === value) });
    }
  }
  return literals;
}
function linkedTemplateGroups(templates) {
  const stacks = templates.map(buildStack);
  const index2 = new StackIndex(stacks);
  const resolver = new Resolver(index2);
  index2.resolver = resolver;
  return linkedGroups(stacks, index2, resolver).map((group) => ({
    templates: group.map((stack) => stack.input),
    definedRoleNames: group.flatMap((stack) => roleNames(stack, resolver, "defined")),
    attachedRoleNames: group.flatMap((stack) => roleNames(stack, resolver, "attached"))
  }));
}

// src/inputs/light-document.ts
var LIGHT_DOCUMENT_CHARS = 8 * 1024 * 1024;
var LightDocument = class {
  constructor(first, reparse) {
    this.reparse = reparse;
    this.file = first.file;
    this.format = first.format;
    this.text = first.text;
    this.size = first.size;
    this.syntaxErrors = first.syntaxErrors;
    this.parsed = first;
  }
  reparse;
  file;
  format;
  text;
  size;
  syntaxErrors;
  parsed;
  /** A new parse of the text, not kept here: its owner drops it when done. */
  freshParse() {
    return this.reparse(this.file, this.text);
  }
  /** Drops the parse kept for readers of `data` (the next one parses again). */
  release() {
    this.parsed = void 0;
  }
  /** Whether a parse is kept (tests: a run of large files keeps none once linted). */
  holdsTree() {
    return this.parsed !== void 0;
  }
  tree() {
    return this.parsed ??= this.freshParse();
  }
  get data() {
    return this.tree().data;
  }
  get duplicateKeys() {
    return this.tree().duplicateKeys;
  }
  get unknownTags() {
    return this.tree().unknownTags;
  }
  locate(pointer, which) {
    return this.tree().locate(pointer, which);
  }
};
function lighten(doc, reparse, minChars) {
  if (doc.text.length < minChars || doc.syntaxErrors.length > 0 || doc.embeddedIn || doc.viewOf) return doc;
  return new LightDocument(doc, reparse);
}
function releaseParses(documents2) {
  for (const doc of documents2) if (doc instanceof LightDocument) doc.release();
}

// src/engine/groupwise-plan.ts
function groupwisePlan(inputs) {
  const { templates } = inputs;
  if (templates.length < 2 || inputs.iamDocuments.length > 0 || !templates.some((t) => t.doc instanceof LightDocument)) return void 0;
  if (templates.some((t) => t.assembly || t.nestedIn || t.physicalIds || t.doc.text.includes("ImportValue"))) return void 0;
  const groups = linkedGroupsOneByOne(templates);
  const scenarioGroups = /* @__PURE__ */ new Set();
  const baseFiles = /* @__PURE__ */ new Set();
  const scenarioDocs = /* @__PURE__ */ new Set();
  function* base() {
    let yielded = 0;
    for (const [i, group] of groups.entries()) {
      const plan = planConditions(groupInputs(inputs, group));
      if (plan.groups.length > 0) {
        scenarioGroups.add(i);
        for (const template of group) scenarioDocs.add(template.doc);
        continue;
      }
      for (const template of group) baseFiles.add(template.doc.file);
      for (const part of plan.base) {
        yielded++;
        yield part;
      }
    }
    const rest = {
      documents: inputs.documents.filter((doc) => !scenarioDocs.has(doc) && !baseFiles.has(doc.file)),
      templates: [],
      iamDocuments: [],
      problems: inputs.problems.filter((problem) => !baseFiles.has(problem.doc?.file ?? problem.file)),
      skipped: inputs.skipped
    };
    if (rest.documents.length + rest.problems.length > 0 || yielded === 0) yield rest;
  }
  function* scenarios() {
    for (const [i, group] of groups.entries()) if (scenarioGroups.has(i)) yield* planConditions(groupInputs(inputs, group, false)).groups;
  }
  return { base: base(), groups: scenarios() };
}
function linkedGroupsOneByOne(templates) {
  const links = templates.map((template) => {
    const [facts] = linkedTemplateGroups([parsed(template)]);
    return { defined: facts?.definedRoleNames ?? [], attached: facts?.attachedRoleNames ?? [] };
  });
  const parent = templates.map((_, i) => i);
  const find = (i) => parent[i] === i ? i : parent[i] = find(parent[i]);
  const byRoleName = /* @__PURE__ */ new Map();
  links.forEach(({ defined }, i) => defined.forEach((name) => byRoleName.set(name, i)));
  links.forEach(
    ({ attached }, i) => attached.forEach((name) => {
      const owner = byRoleName.get(name);
      if (owner !== void 0) parent[find(i)] = find(owner);
    })
  );
  const groups = /* @__PURE__ */ new Map();
  templates.forEach((template, i) => {
    const root2 = find(i);
    groups.set(root2, [...groups.get(root2) ?? [], template]);
  });
  return [...groups.values()];
}
function parsed(template) {
  return template.doc instanceof LightDocument ? { ...template, doc: template.doc.freshParse() } : template;
}
function groupInputs(inputs, group, withProblems = true) {
  const files = new Set(group.map((template) => template.doc.file));
  const templates = group.map(parsed);
  const fresh = new Map(group.map((template, i) => [template.doc, templates[i].doc]));
  return {
    documents: inputs.documents.filter((doc) => files.has(doc.file)).map((doc) => fresh.get(doc) ?? doc),
    templates,
    iamDocuments: [],
    problems: withProblems ? inputs.problems.filter((p) => files.has(p.doc?.file ?? p.file)).map((p) => p.doc && fresh.has(p.doc) ? { ...p, doc: fresh.get(p.doc) } : p) : [],
    skipped: []
  };
}

// src/engine/settings.ts
function effectiveSeverity(config, ruleId, fallback) {
  const setting = config?.rules?.[ruleId];
  if (setting === void 0) return fallback;
  if (setting === "off") return void 0;
  if (typeof setting === "string") return setting;
  if (setting.severity === "off") return void 0;
  return setting.severity ?? fallback;
}
function configuredSeverity(config, ruleId) {
  const setting = config?.rules?.[ruleId];
  if (setting === void 0 || setting === "off") return void 0;
  if (typeof setting === "string") return setting;
  return setting.severity === "off" ? void 0 : setting.severity;
}

// src/engine/fingerprint.ts
import { createHash } from "node:crypto";
function fingerprint(input) {
  const relative = input.resourcePointer !== void 0 && input.pointer.startsWith(input.resourcePointer) ? input.pointer.slice(input.resourcePointer.length) : input.pointer;
  const node = valueAtPointer(input.doc.data, input.pointer);
  const whole = input.pointer === input.resourcePointer || input.pointer === "";
  const parts = [
    "v1",
    input.ruleId,
    input.stack ?? (input.file ?? input.doc.file).replace(/\.(json|ya?ml|template|cfn)$/i, ""),
    input.logicalId ?? "",
    relative,
    canonicalJsonOfNode(node, whole),
    input.key ?? ""
  ];
  return createHash("sha256").update(JSON.stringify(parts)).digest("hex").slice(0, 32);
}
function canonicalJsonOfNode(node, withoutMetadataKey) {
  if (node === null || typeof node !== "object") return canonicalJson(node);
  const cache3 = withoutMetadataKey ? canonicalWithoutMetadata : canonicalWhole;
  let text = cache3.get(node);
  if (text === void 0) {
    text = canonicalJson(withoutMetadataKey ? withoutMetadata(node) : node);
    cache3.set(node, text);
  }
  return text;
}
var canonicalWhole = /* @__PURE__ */ new WeakMap();
var canonicalWithoutMetadata = /* @__PURE__ */ new WeakMap();
function canonicalJson(value, depth = 0) {
  if (depth > 64) return '"\u2026"';
  if (Array.isArray(value)) return "[" + value.map((v) => canonicalJson(v, depth + 1)).join(",") + "]";
  if (value !== null && typeof value === "object") {
    const entries = Object.keys(value).sort().map((k) => JSON.stringify(k) + ":" + canonicalJson(value[k], depth + 1));
    return "{" + entries.join(",") + "}";
  }
  return JSON.stringify(value) ?? "null";
}
function withoutMetadata(value) {
  if (value === null || typeof value !== "object" || Array.isArray(value) || !Object.prototype.hasOwnProperty.call(value, "Metadata")) return value;
  const { Metadata: _metadata, ...rest } = value;
  return rest;
}

// src/engine/line-hash.ts
var WINDOW = 100;
var BASE = 37;
var TAB = 9;
var LF = 10;
var CR = 13;
var SPACE = 32;
var END_OF_FILE = 65535;
var WEIGHT = BigInt.asUintN(64, BigInt(BASE) ** BigInt(WINDOW));
function limbsOf(value, into, at) {
  for (let i = 0; i < 4; i++) into[at + i] = Number(value >> BigInt(16 * i) & 0xffffn);
}
var ASCII_WEIGHTS = new Uint16Array(128 * 4);
for (let c = 0; c < 128; c++) limbsOf(BigInt.asUintN(64, WEIGHT * BigInt(c)), ASCII_WEIGHTS, c * 4);
function weightsOf(c, scratch) {
  if (c < 128) return ASCII_WEIGHTS;
  limbsOf(BigInt.asUintN(64, WEIGHT * BigInt(c)), scratch, 0);
  return scratch;
}
function hex(high, low) {
  return high === 0 ? low.toString(16) : high.toString(16) + low.toString(16).padStart(8, "0");
}
function lineHashIndex(text) {
  const window = new Uint16Array(WINDOW);
  const startsLine = new Uint32Array(WINDOW);
  const highs = [];
  const lows = [];
  const counts = [];
  const firstHigh = /* @__PURE__ */ new Map();
  const countByLow = /* @__PURE__ */ new Map();
  const otherCounts = /* @__PURE__ */ new Map();
  let h0 = 0;
  let h1 = 0;
  let h2 = 0;
  let h3 = 0;
  const outgoingWeight = new Uint16Array(4);
  let slot = 0;
  let line = 0;
  let atLineStart = true;
  let afterCR = false;
  const emit = () => {
    const high = h3 * 65536 + h2;
    const low = h1 * 65536 + h0;
    let count;
    const first = firstHigh.get(low);
    if (first === void 0 || first === high) {
      if (first === void 0) firstHigh.set(low, high);
      count = (countByLow.get(low) ?? 0) + 1;
      countByLow.set(low, count);
    } else {
      const key2 = hex(high, low);
      count = (otherCounts.get(key2) ?? 0) + 1;
      otherCounts.set(key2, count);
    }
    highs.push(high);
    lows.push(low);
    counts.push(count);
    startsLine[slot] = 0;
  };
  const roll = (code) => {
    const outgoing = window[slot];
    window[slot] = code;
    const weights = weightsOf(outgoing, outgoingWeight);
    const at = outgoing < 128 ? outgoing * 4 : 0;
    let t = h0 * BASE + code - weights[at];
    h0 = t & 65535;
    t = h1 * BASE + (t >> 16) - weights[at + 1];
    h1 = t & 65535;
    t = h2 * BASE + (t >> 16) - weights[at + 2];
    h2 = t & 65535;
    t = h3 * BASE + (t >> 16) - weights[at + 3];
    h3 = t & 65535;
    slot = slot === WINDOW - 1 ? 0 : slot + 1;
  };
  const feed = (input) => {
    if (input === SPACE || input === TAB || afterCR && input === LF) {
      afterCR = false;
      return;
    }
    afterCR = input === CR;
    const code = input === CR ? LF : input;
    if (startsLine[slot] !== 0) emit();
    if (atLineStart) {
      atLineStart = false;
      line += 1;
      startsLine[slot] = line;
    }
    if (code === LF) atLineStart = true;
    roll(code);
  };
  for (let i = 0; i < text.length; i++) feed(text.charCodeAt(i));
  feed(END_OF_FILE);
  for (let i = 0; i < WINDOW; i++) {
    if (startsLine[slot] !== 0) emit();
    roll(0);
  }
  return {
    lineCount: counts.length,
    at: (line2) => Number.isInteger(line2) && line2 >= 1 && line2 <= counts.length ? `${hex(highs[line2 - 1], lows[line2 - 1])}:${counts[line2 - 1]}` : void 0
  };
}

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str) => {
  let begs, beg, left, right = void 0, result;
  let ai = str.indexOf(a);
  let bi = str.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str.length;
    while (i >= 0 && !result) {
      if (i === ai) {
        begs.push(i);
        ai = str.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result = [left, right];
    }
  }
  return result;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str) {
  return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
  return str.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
  return str.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function balancedWithBudget(str, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str.slice(0, r[0]),
    body: str.slice(r[0] + 1, r[1]),
    post: str.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open.push(i);
    } else if (c === 125 && open.length) {
      open.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open.length; i++) {
    const at = open[i];
    out += masked.slice(last, at) + "\0";
    last = at + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str, budget) {
  budget.remaining -= str.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str.length - 1; i >= 0; i--) {
    const c = str.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str, str, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand2(str, options = {}) {
  if (!str) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str.slice(0, 2) === "{}") {
    str = "\\{\\}" + str.slice(2);
  }
  return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
  return "{" + str + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix) {
      if (!nonEmpty)
        nonEmpty = values.filter((v) => v);
      vs = nonEmpty;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = n.some(isPadded);
  const cost = pad ? width : 1;
  let length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad) {
        const need = width - c.length;
        if (need > 0) {
          const z = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str;
  for (; ; ) {
    const m = balancedWithBudget(str, masked, budget);
    if (!m) {
      return combine(acc, str, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal2 = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions2 = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions2) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal2();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal2();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal2();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal2();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal2();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal2();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal2();
    }
    acc = next;
    if (!m.post.length)
      break;
    str = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH2 = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH2) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/brace-expressions.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}", true],
  "[:alpha:]": ["\\p{L}\\p{Nl}", true],
  "[:ascii:]": ["\\x00-\\x7f", false],
  "[:blank:]": ["\\p{Zs}\\t", true],
  "[:cntrl:]": ["\\p{Cc}", true],
  "[:digit:]": ["\\p{Nd}", true],
  "[:graph:]": ["\\p{Z}\\p{C}", true, true],
  "[:lower:]": ["\\p{Ll}", true],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}", true],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f", true],
  "[:upper:]": ["\\p{Lu}", true],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}", true],
  "[:xdigit:]": ["A-Fa-f0-9", false]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var rangesToString = (ranges2) => ranges2.join("");
var parseClass = (glob, position) => {
  const pos = position;
  if (glob.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges2 = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let uflag = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob.length) {
    const c = glob.charAt(i);
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
        if (glob.startsWith(cls, i)) {
          if (rangeStart) {
            return ["$.", false, glob.length - pos, true];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges2.push(unip);
          uflag = uflag || u;
          continue WHILE;
        }
      }
    }
    escaping = false;
    if (rangeStart) {
      if (c > rangeStart) {
        ranges2.push(braceEscape(rangeStart) + "-" + braceEscape(c));
      } else if (c === rangeStart) {
        ranges2.push(braceEscape(c));
      }
      rangeStart = "";
      i++;
      continue;
    }
    if (glob.startsWith("-]", i + 1)) {
      ranges2.push(braceEscape(c + "-"));
      i += 2;
      continue;
    }
    if (glob.startsWith("-", i + 1)) {
      rangeStart = c;
      i += 2;
      continue;
    }
    ranges2.push(braceEscape(c));
    i++;
  }
  if (endPos < i) {
    return ["", false, 0, false];
  }
  if (!ranges2.length && !negs.length) {
    return ["$.", false, glob.length - pos, true];
  }
  if (negs.length === 0 && ranges2.length === 1 && /^\\?.$/.test(ranges2[0]) && !negate) {
    const r = ranges2[0].length === 2 ? ranges2[0].slice(-1) : ranges2[0];
    return [regexpEscape(r), false, endPos - pos, false];
  }
  const sranges = "[" + (negate ? "^" : "") + rangesToString(ranges2) + "]";
  const snegs = "[" + (negate ? "" : "^") + rangesToString(negs) + "]";
  const comb = ranges2.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges2.length ? sranges : snegs;
  return [comb, uflag, endPos - pos, true];
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/ast.js
var _a;
var types = /* @__PURE__ */ new Set(["!", "?", "+", "*", "@"]);
var isExtglobType = (c) => types.has(c);
var isExtglobAST = (c) => isExtglobType(c.type);
var adoptionMap = /* @__PURE__ */ new Map([
  ["!", ["@"]],
  ["?", ["?", "@"]],
  ["@", ["@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@"]]
]);
var adoptionWithSpaceMap = /* @__PURE__ */ new Map([
  ["!", ["?"]],
  ["@", ["?"]],
  ["+", ["?", "*"]]
]);
var adoptionAnyMap = /* @__PURE__ */ new Map([
  ["!", ["?", "@"]],
  ["?", ["?", "@"]],
  ["@", ["?", "@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@", "?", "*"]]
]);
var usurpMap = /* @__PURE__ */ new Map([
  ["!", /* @__PURE__ */ new Map([["!", "@"]])],
  [
    "?",
    /* @__PURE__ */ new Map([
      ["*", "*"],
      ["+", "*"]
    ])
  ],
  [
    "@",
    /* @__PURE__ */ new Map([
      ["!", "!"],
      ["?", "?"],
      ["@", "@"],
      ["*", "*"],
      ["+", "+"]
    ])
  ],
  [
    "+",
    /* @__PURE__ */ new Map([
      ["?", "*"],
      ["*", "*"]
    ])
  ]
]);
var startNoTraversal = "(?!(?:^|/)\\.\\.?(?:$|/))";
var startNoDot = "(?!\\.)";
var addPatternStart = /* @__PURE__ */ new Set(["[", "."]);
var justDots = /* @__PURE__ */ new Set(["..", "."]);
var reSpecials = new Set("().*{}+?[]^$\\!");
var regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var qmark = "[^/]";
var star = qmark + "*?";
var starNoEmpty = qmark + "+?";
var ID = 0;
var AST = class {
  type;
  #root;
  #hasMagic;
  #uflag = false;
  #parts = [];
  #parent;
  #parentIndex;
  #negs;
  #filledNegs = false;
  #options;
  #toString;
  // set to true if it's an extglob with no children
  // (which really means one child of '')
  #emptyExt = false;
  id = ++ID;
  get depth() {
    return (this.#parent?.depth ?? -1) + 1;
  }
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
    return {
      "@@type": "AST",
      id: this.id,
      type: this.type,
      root: this.#root.id,
      parent: this.#parent?.id,
      depth: this.depth,
      partsLength: this.#parts.length,
      parts: this.#parts
    };
  }
  constructor(type, parent, options = {}) {
    this.type = type;
    if (type)
      this.#hasMagic = true;
    this.#parent = parent;
    this.#root = this.#parent ? this.#parent.#root : this;
    this.#options = this.#root === this ? options : this.#root.#options;
    this.#negs = this.#root === this ? [] : this.#root.#negs;
    if (type === "!" && !this.#root.#filledNegs)
      this.#negs.push(this);
    this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
  }
  get hasMagic() {
    if (this.#hasMagic !== void 0)
      return this.#hasMagic;
    for (const p of this.#parts) {
      if (typeof p === "string")
        continue;
      if (p.type || p.hasMagic)
        return this.#hasMagic = true;
    }
    return this.#hasMagic;
  }
  // reconstructs the pattern
  toString() {
    return this.#toString !== void 0 ? this.#toString : !this.type ? this.#toString = this.#parts.map((p) => String(p)).join("") : this.#toString = this.type + "(" + this.#parts.map((p) => String(p)).join("|") + ")";
  }
  #fillNegs() {
    if (this !== this.#root)
      throw new Error("should only call on root");
    if (this.#filledNegs)
      return this;
    this.toString();
    this.#filledNegs = true;
    let n;
    while (n = this.#negs.pop()) {
      if (n.type !== "!")
        continue;
      let p = n;
      let pp = p.#parent;
      while (pp) {
        for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
          for (const part of n.#parts) {
            if (typeof part === "string") {
              throw new Error("string part in extglob AST??");
            }
            part.copyIn(pp.#parts[i]);
          }
        }
        p = pp;
        pp = p.#parent;
      }
    }
    return this;
  }
  push(...parts) {
    for (const p of parts) {
      if (p === "")
        continue;
      if (typeof p !== "string" && !(p instanceof _a && p.#parent === this)) {
        throw new Error("invalid part: " + p);
      }
      this.#parts.push(p);
    }
  }
  toJSON() {
    const ret = this.type === null ? this.#parts.slice().map((p) => typeof p === "string" ? p : p.toJSON()) : [this.type, ...this.#parts.map((p) => p.toJSON())];
    if (this.isStart() && !this.type)
      ret.unshift([]);
    if (this.isEnd() && (this === this.#root || this.#root.#filledNegs && this.#parent?.type === "!")) {
      ret.push({});
    }
    return ret;
  }
  isStart() {
    if (this.#root === this)
      return true;
    if (!this.#parent?.isStart())
      return false;
    if (this.#parentIndex === 0)
      return true;
    const p = this.#parent;
    for (let i = 0; i < this.#parentIndex; i++) {
      const pp = p.#parts[i];
      if (!(pp instanceof _a && pp.type === "!")) {
        return false;
      }
    }
    return true;
  }
  isEnd() {
    if (this.#root === this)
      return true;
    if (this.#parent?.type === "!")
      return true;
    if (!this.#parent?.isEnd())
      return false;
    if (!this.type)
      return this.#parent?.isEnd();
    const pl = this.#parent ? this.#parent.#parts.length : 0;
    return this.#parentIndex === pl - 1;
  }
  copyIn(part) {
    if (typeof part === "string")
      this.push(part);
    else
      this.push(part.clone(this));
  }
  clone(parent) {
    const c = new _a(this.type, parent);
    for (const p of this.#parts) {
      c.copyIn(p);
    }
    return c;
  }
  static #parseAST(str, ast, pos, opt, extDepth) {
    const maxDepth = opt.maxExtglobRecursion ?? 2;
    let escaping = false;
    let inBrace = false;
    let braceStart = -1;
    let braceNeg = false;
    if (ast.type === null) {
      let i2 = pos;
      let acc2 = "";
      while (i2 < str.length) {
        const c = str.charAt(i2++);
        if (escaping || c === "\\") {
          escaping = !escaping;
          acc2 += c;
          continue;
        }
        if (inBrace) {
          if (i2 === braceStart + 1) {
            if (c === "^" || c === "!") {
              braceNeg = true;
            }
          } else if (c === "]" && !(i2 === braceStart + 2 && braceNeg)) {
            inBrace = false;
          }
          acc2 += c;
          continue;
        } else if (c === "[") {
          inBrace = true;
          braceStart = i2;
          braceNeg = false;
          acc2 += c;
          continue;
        }
        const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i2) === "(" && extDepth <= maxDepth;
        if (doRecurse) {
          ast.push(acc2);
          acc2 = "";
          const ext2 = new _a(c, ast);
          i2 = _a.#parseAST(str, ext2, i2, opt, extDepth + 1);
          ast.push(ext2);
          continue;
        }
        acc2 += c;
      }
      ast.push(acc2);
      return i2;
    }
    let i = pos + 1;
    let part = new _a(null, ast);
    const parts = [];
    let acc = "";
    while (i < str.length) {
      const c = str.charAt(i++);
      if (escaping || c === "\\") {
        escaping = !escaping;
        acc += c;
        continue;
      }
      if (inBrace) {
        if (i === braceStart + 1) {
          if (c === "^" || c === "!") {
            braceNeg = true;
          }
        } else if (c === "]" && !(i === braceStart + 2 && braceNeg)) {
          inBrace = false;
        }
        acc += c;
        continue;
      } else if (c === "[") {
        inBrace = true;
        braceStart = i;
        braceNeg = false;
        acc += c;
        continue;
      }
      const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i) === "(" && /* c8 ignore start - the maxDepth is sufficient here */
      (extDepth <= maxDepth || ast && ast.#canAdoptType(c));
      if (doRecurse) {
        const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
        part.push(acc);
        acc = "";
        const ext2 = new _a(c, part);
        part.push(ext2);
        i = _a.#parseAST(str, ext2, i, opt, extDepth + depthAdd);
        continue;
      }
      if (c === "|") {
        part.push(acc);
        acc = "";
        parts.push(part);
        part = new _a(null, ast);
        continue;
      }
      if (c === ")") {
        if (acc === "" && ast.#parts.length === 0) {
          ast.#emptyExt = true;
        }
        part.push(acc);
        acc = "";
        ast.push(...parts, part);
        return i;
      }
      acc += c;
    }
    ast.type = null;
    ast.#hasMagic = void 0;
    ast.#parts = [str.substring(pos - 1)];
    return i;
  }
  #canAdoptWithSpace(child) {
    return this.#canAdopt(child, adoptionWithSpaceMap);
  }
  #canAdopt(child, map = adoptionMap) {
    if (!child || typeof child !== "object" || child.type !== null || child.#parts.length !== 1 || this.type === null) {
      return false;
    }
    const gc = child.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canAdoptType(gc.type, map);
  }
  #canAdoptType(c, map = adoptionAnyMap) {
    return !!map.get(this.type)?.includes(c);
  }
  #adoptWithSpace(child, index2) {
    const gc = child.#parts[0];
    const blank = new _a(null, gc, this.options);
    blank.#parts.push("");
    gc.push(blank);
    this.#adopt(child, index2);
  }
  #adopt(child, index2) {
    const gc = child.#parts[0];
    this.#parts.splice(index2, 1, ...gc.#parts);
    for (const p of gc.#parts) {
      if (typeof p === "object")
        p.#parent = this;
    }
    this.#toString = void 0;
  }
  #canUsurpType(c) {
    const m = usurpMap.get(this.type);
    return !!m?.has(c);
  }
  #canUsurp(child) {
    if (!child || typeof child !== "object" || child.type !== null || child.#parts.length !== 1 || this.type === null || this.#parts.length !== 1) {
      return false;
    }
    const gc = child.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canUsurpType(gc.type);
  }
  #usurp(child) {
    const m = usurpMap.get(this.type);
    const gc = child.#parts[0];
    const nt = m?.get(gc.type);
    if (!nt)
      return false;
    this.#parts = gc.#parts;
    for (const p of this.#parts) {
      if (typeof p === "object") {
        p.#parent = this;
      }
    }
    this.type = nt;
    this.#toString = void 0;
    this.#emptyExt = false;
  }
  static fromGlob(pattern, options = {}) {
    const ast = new _a(null, void 0, options);
    _a.#parseAST(pattern, ast, 0, options, 0);
    return ast;
  }
  // returns the regular expression if there's magic, or the unescaped
  // string if not.
  toMMPattern() {
    if (this !== this.#root)
      return this.#root.toMMPattern();
    const glob = this.toString();
    const [re, body, hasMagic, uflag] = this.toRegExpSource();
    const anyMagic = hasMagic || this.#hasMagic || this.#options.nocase && !this.#options.nocaseMagicOnly && glob.toUpperCase() !== glob.toLowerCase();
    if (!anyMagic) {
      return body;
    }
    const flags = (this.#options.nocase ? "i" : "") + (uflag ? "u" : "");
    return Object.assign(new RegExp(`^${re}$`, flags), {
      _src: re,
      _glob: glob
    });
  }
  get options() {
    return this.#options;
  }
  // returns the string match, the regexp source, whether there's magic
  // in the regexp (so a regular expression is required) and whether or
  // not the uflag is needed for the regular expression (for posix classes)
  // TODO: instead of injecting the start/end at this point, just return
  // the BODY of the regexp, along with the start/end portions suitable
  // for binding the start/end in either a joined full-path makeRe context
  // (where we bind to (^|/), or a standalone matchPart context (where
  // we bind to ^, and not /).  Otherwise slashes get duped!
  //
  // In part-matching mode, the start is:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: ^(?!\.\.?$)
  // - if dots allowed or not possible: ^
  // - if dots possible and not allowed: ^(?!\.)
  // end is:
  // - if not isEnd(): nothing
  // - else: $
  //
  // In full-path matching mode, we put the slash at the START of the
  // pattern, so start is:
  // - if first pattern: same as part-matching mode
  // - if not isStart(): nothing
  // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
  // - if dots allowed or not possible: /
  // - if dots possible and not allowed: /(?!\.)
  // end is:
  // - if last pattern, same as part-matching mode
  // - else nothing
  //
  // Always put the (?:$|/) on negated tails, though, because that has to be
  // there to bind the end of the negated pattern portion, and it's easier to
  // just stick it in now rather than try to inject it later in the middle of
  // the pattern.
  //
  // We can just always return the same end, and leave it up to the caller
  // to know whether it's going to be used joined or in parts.
  // And, if the start is adjusted slightly, can do the same there:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
  // - if dots allowed or not possible: (?:/|^)
  // - if dots possible and not allowed: (?:/|^)(?!\.)
  //
  // But it's better to have a simpler binding without a conditional, for
  // performance, so probably better to return both start options.
  //
  // Then the caller just ignores the end if it's not the first pattern,
  // and the start always gets applied.
  //
  // But that's always going to be $ if it's the ending pattern, or nothing,
  // so the caller can just attach $ at the end of the pattern when building.
  //
  // So the todo is:
  // - better detect what kind of start is needed
  // - return both flavors of starting pattern
  // - attach $ at the end of the pattern when creating the actual RegExp
  //
  // Ah, but wait, no, that all only applies to the root when the first pattern
  // is not an extglob. If the first pattern IS an extglob, then we need all
  // that dot prevention biz to live in the extglob portions, because eg
  // +(*|.x*) can match .xy but not .yx.
  //
  // So, return the two flavors if it's #root and the first child is not an
  // AST, otherwise leave it to the child AST to handle it, and there,
  // use the (?:^|/) style of start binding.
  //
  // Even simplified further:
  // - Since the start for a join is eg /(?!\.) and the start for a part
  // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
  // or start or whatever) and prepend ^ or / at the Regexp construction.
  toRegExpSource(allowDot) {
    const dot = allowDot ?? !!this.#options.dot;
    if (this.#root === this) {
      this.#flatten();
      this.#fillNegs();
    }
    if (!isExtglobAST(this)) {
      const noEmpty = this.isStart() && this.isEnd() && !this.#parts.some((s) => typeof s !== "string");
      const src = this.#parts.map((p) => {
        const [re, _, hasMagic, uflag] = typeof p === "string" ? _a.#parseGlob(p, this.#hasMagic, noEmpty) : p.toRegExpSource(allowDot);
        this.#hasMagic = this.#hasMagic || hasMagic;
        this.#uflag = this.#uflag || uflag;
        return re;
      }).join("");
      let start2 = "";
      if (this.isStart()) {
        if (typeof this.#parts[0] === "string") {
          const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
          if (!dotTravAllowed) {
            const aps = addPatternStart;
            const needNoTrav = (
              // dots are allowed, and the pattern starts with [ or .
              dot && aps.has(src.charAt(0)) || // the pattern starts with \., and then [ or .
              src.startsWith("\\.") && aps.has(src.charAt(2)) || // the pattern starts with \.\., and then [ or .
              src.startsWith("\\.\\.") && aps.has(src.charAt(4))
            );
            const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
            start2 = needNoTrav ? startNoTraversal : needNoDot ? startNoDot : "";
          }
        }
      }
      let end = "";
      if (this.isEnd() && this.#root.#filledNegs && this.#parent?.type === "!") {
        end = "(?:$|\\/)";
      }
      const final2 = start2 + src + end;
      return [
        final2,
        unescape(src),
        this.#hasMagic = !!this.#hasMagic,
        this.#uflag
      ];
    }
    const repeated = this.type === "*" || this.type === "+";
    const start = this.type === "!" ? "(?:(?!(?:" : "(?:";
    let body = this.#partsToRegExp(dot);
    if (this.isStart() && this.isEnd() && !body && this.type !== "!") {
      const s = this.toString();
      const me = this;
      me.#parts = [s];
      me.type = null;
      me.#hasMagic = void 0;
      return [s, unescape(this.toString()), false, false];
    }
    let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ? "" : this.#partsToRegExp(true);
    if (bodyDotAllowed === body) {
      bodyDotAllowed = "";
    }
    if (bodyDotAllowed) {
      body = `(?:${body})(?:${bodyDotAllowed})*?`;
    }
    let final = "";
    if (this.type === "!" && this.#emptyExt) {
      final = (this.isStart() && !dot ? startNoDot : "") + starNoEmpty;
    } else {
      const close = this.type === "!" ? (
        // !() must match something,but !(x) can match ''
        "))" + (this.isStart() && !dot && !allowDot ? startNoDot : "") + star + ")"
      ) : this.type === "@" ? ")" : this.type === "?" ? ")?" : this.type === "+" && bodyDotAllowed ? ")" : this.type === "*" && bodyDotAllowed ? `)?` : `)${this.type}`;
      final = start + body + close;
    }
    return [
      final,
      unescape(body),
      this.#hasMagic = !!this.#hasMagic,
      this.#uflag
    ];
  }
  #flatten() {
    if (!isExtglobAST(this)) {
      for (const p of this.#parts) {
        if (typeof p === "object") {
          p.#flatten();
        }
      }
    } else {
      let iterations = 0;
      let done = false;
      do {
        done = true;
        for (let i = 0; i < this.#parts.length; i++) {
          const c = this.#parts[i];
          if (typeof c === "object") {
            c.#flatten();
            if (this.#canAdopt(c)) {
              done = false;
              this.#adopt(c, i);
            } else if (this.#canAdoptWithSpace(c)) {
              done = false;
              this.#adoptWithSpace(c, i);
            } else if (this.#canUsurp(c)) {
              done = false;
              this.#usurp(c);
            }
          }
        }
      } while (!done && ++iterations < 10);
    }
    this.#toString = void 0;
  }
  #partsToRegExp(dot) {
    return this.#parts.map((p) => {
      if (typeof p === "string") {
        throw new Error("string type in extglob ast??");
      }
      const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
      this.#uflag = this.#uflag || uflag;
      return re;
    }).filter((p) => !(this.isStart() && this.isEnd()) || !!p).join("|");
  }
  static #parseGlob(glob, hasMagic, noEmpty = false) {
    let escaping = false;
    let re = "";
    let uflag = false;
    let inStar = false;
    for (let i = 0; i < glob.length; i++) {
      const c = glob.charAt(i);
      if (escaping) {
        escaping = false;
        re += (reSpecials.has(c) ? "\\" : "") + c;
        continue;
      }
      if (c === "*") {
        if (inStar)
          continue;
        inStar = true;
        re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star;
        hasMagic = true;
        continue;
      } else {
        inStar = false;
      }
      if (c === "\\") {
        if (i === glob.length - 1) {
          re += "\\\\";
        } else {
          escaping = true;
        }
        continue;
      }
      if (c === "[") {
        const [src, needUflag, consumed, magic] = parseClass(glob, i);
        if (consumed) {
          re += src;
          uflag = uflag || needUflag;
          i += consumed - 1;
          hasMagic = hasMagic || magic;
          continue;
        }
      }
      if (c === "?") {
        re += qmark;
        hasMagic = true;
        continue;
      }
      re += regExpEscape(c);
    }
    return [re, unescape(glob), !!hasMagic, uflag];
  }
};
_a = AST;

// node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&");
  }
  return windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
};

// node_modules/minimatch/dist/esm/index.js
var minimatch = (p, pattern, options = {}) => {
  assertValidPattern(pattern);
  if (!options.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return new Minimatch(pattern, options).match(p);
};
var starDotExtRE = /^\*+([^+@!?*[(]*)$/;
var starDotExtTest = (ext2) => (f) => !f.startsWith(".") && f.endsWith(ext2);
var starDotExtTestDot = (ext2) => (f) => f.endsWith(ext2);
var starDotExtTestNocase = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => !f.startsWith(".") && f.toLowerCase().endsWith(ext2);
};
var starDotExtTestNocaseDot = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => f.toLowerCase().endsWith(ext2);
};
var starDotStarRE = /^\*+\.\*+$/;
var starDotStarTest = (f) => !f.startsWith(".") && f.includes(".");
var starDotStarTestDot = (f) => f !== "." && f !== ".." && f.includes(".");
var dotStarRE = /^\.\*+$/;
var dotStarTest = (f) => f !== "." && f !== ".." && f.startsWith(".");
var starRE = /^\*+$/;
var starTest = (f) => f.length !== 0 && !f.startsWith(".");
var starTestDot = (f) => f.length !== 0 && f !== "." && f !== "..";
var qmarksRE = /^\?+([^+@!?*[(]*)?$/;
var qmarksTestNocase = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestNocaseDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTest = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTestNoExt = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && !f.startsWith(".");
};
var qmarksTestNoExtDot = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && f !== "." && f !== "..";
};
var defaultPlatform = typeof process === "object" && process ? typeof process.env === "object" && process.env && process.env.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep = defaultPlatform === "win32" ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var qmark2 = "[^/]";
var star2 = qmark2 + "*?";
var twoStarDot = "(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?";
var twoStarNoDot = "(?:(?!(?:\\/|^)\\.).)*?";
var filter = (pattern, options = {}) => (p) => minimatch(p, pattern, options);
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    AST: class AST extends orig.AST {
      /* c8 ignore start */
      constructor(type, parent, options = {}) {
        super(type, parent, ext(def, options));
      }
      /* c8 ignore stop */
      static fromGlob(pattern, options = {}) {
        return orig.AST.fromGlob(pattern, ext(def, options));
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
    match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  assertValidPattern(pattern);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  return expand2(pattern, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
var match = (list, pattern, options = {}) => {
  const mm = new Minimatch(pattern, options);
  list = list.filter((f) => mm.match(f));
  if (mm.options.nonull && !list.length) {
    list.push(pattern);
  }
  return list;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var regExpEscape2 = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  regexp;
  constructor(pattern, options = {}) {
    assertValidPattern(pattern);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
    this.pattern = pattern;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    const awe = "allowWindowsEscape";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[awe] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.regexp = null;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.make();
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  debug(..._) {
  }
  make() {
    const pattern = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.braceExpand())];
    if (options.debug) {
      this.debug = (...args) => console.error(...args);
    }
    this.debug(this.pattern, this.globSet);
    const rawGlobParts = this.globSet.map((s) => this.slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.debug(this.pattern, this.globParts);
    let set = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && !globMagic.test(s[3]);
        const isDrive = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, 4),
            ...s.slice(4).map((ss) => this.parse(ss))
          ];
        } else if (isDrive) {
          return [s[0], ...s.slice(1).map((ss) => this.parse(ss))];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.debug(this.pattern, set);
    this.set = set.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && typeof p[3] === "string" && /^[a-z]:$/i.test(p[3])) {
          p[2] = "?";
        }
      }
    }
    this.debug(this.pattern, this.set);
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      parts = parts.reduce((set, part) => {
        const prev = set[set.length - 1];
        if (part === "**" && prev === "**") {
          return set;
        }
        if (part === "..") {
          if (prev && prev !== ".." && prev !== "." && prev !== "**") {
            set.pop();
            return set;
          }
        }
        set.push(part);
        return set;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  levelTwoFileOptimize(parts) {
    if (!Array.isArray(parts)) {
      parts = this.slashSplit(parts);
    }
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      let dd = 0;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**" && !(this.isWindows && /^[a-z]:$/i.test(p))) {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd -= 2;
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        let dd = 0;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd -= 2;
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
  //
  // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
  // ^-- not valid because ** doens't follow symlinks
  secondPhasePreProcess(globParts) {
    for (let i = 0; i < globParts.length - 1; i++) {
      for (let j = i + 1; j < globParts.length; j++) {
        const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
        if (matched) {
          globParts[i] = [];
          globParts[j] = matched;
          break;
        }
      }
    }
    return globParts.filter((gs) => gs.length);
  }
  partsMatch(a, b, emptyGSMatch = false) {
    let ai = 0;
    let bi = 0;
    let result = [];
    let which = "";
    while (ai < a.length && bi < b.length) {
      if (a[ai] === b[bi]) {
        result.push(which === "b" ? b[bi] : a[ai]);
        ai++;
        bi++;
      } else if (emptyGSMatch && a[ai] === "**" && b[bi] === a[ai + 1]) {
        result.push(a[ai]);
        ai++;
      } else if (emptyGSMatch && b[bi] === "**" && a[ai] === b[bi + 1]) {
        result.push(b[bi]);
        bi++;
      } else if (a[ai] === "*" && b[bi] && (this.options.dot || !b[bi].startsWith(".")) && b[bi] !== "**") {
        if (which === "b")
          return false;
        which = "a";
        result.push(a[ai]);
        ai++;
        bi++;
      } else if (b[bi] === "*" && a[ai] && (this.options.dot || !a[ai].startsWith(".")) && a[ai] !== "**") {
        if (which === "a")
          return false;
        which = "b";
        result.push(b[bi]);
        ai++;
        bi++;
      } else {
        return false;
      }
    }
    return a.length === b.length && result;
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // set partial to true to test if, for example,
  // "/a/b" matches the start of "/*/b/*/d"
  // Partial means, if you run out of file before you run
  // out of pattern, then that's fine, as long as all
  // the parts match.
  matchOne(file2, pattern, partial = false) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    if (this.isWindows) {
      const fileDrive = typeof file2[0] === "string" && /^[a-z]:$/i.test(file2[0]);
      const fileUNC = !fileDrive && file2[0] === "" && file2[1] === "" && file2[2] === "?" && /^[a-z]:$/i.test(file2[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file2[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          pattern[pdi] = fd;
          patternStartIndex = pdi;
          fileStartIndex = fdi;
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      file2 = this.levelTwoFileOptimize(file2);
    }
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file2, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file2, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file2, pattern, partial, fileIndex, patternIndex) {
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const [head, body, tail] = partial ? [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1),
      []
    ] : [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1, lastgs),
      pattern.slice(lastgs + 1)
    ];
    if (head.length) {
      const fileHead = file2.slice(fileIndex, fileIndex + head.length);
      if (!this.#matchOne(fileHead, head, partial, 0, 0)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file2.length)
        return false;
      let tailStart = file2.length - tail.length;
      if (this.#matchOne(file2, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file2[file2.length - 1] !== "" || fileIndex + tail.length === file2.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file2, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i2 = fileIndex; i2 < file2.length - fileTailMatch; i2++) {
        const f = String(file2[i2]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    const bodySegments = [[[], 0]];
    let currentBody = bodySegments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        currentBody = [[], 0];
        bodySegments.push(currentBody);
      } else {
        currentBody[0].push(b);
        nonGsParts++;
      }
    }
    let i = bodySegments.length - 1;
    const fileLength = file2.length - fileTailMatch;
    for (const b of bodySegments) {
      b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
    }
    return !!this.#matchGlobStarBodySections(file2, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file2, bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      for (let i = fileIndex; i < file2.length; i++) {
        sawTail = true;
        const f = file2[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, after] = bs;
    while (fileIndex <= after) {
      const m = this.#matchOne(file2.slice(0, fileIndex + body.length), body, partial, fileIndex, 0);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file2, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
        if (sub !== false) {
          return sub;
        }
      }
      const f = file2[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file2, pattern, partial, fileIndex, patternIndex) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = file2.length, pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      this.debug("matchOne loop");
      let p = pattern[pi];
      let f = file2[fi];
      this.debug(pattern, p, f);
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      let hit;
      if (typeof p === "string") {
        hit = f === p;
        this.debug("string match", p, f, hit);
      } else {
        hit = p.test(f);
        this.debug("pattern match", p, f, hit);
      }
      if (!hit)
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file2[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    let m;
    let fastTest = null;
    if (m = pattern.match(starRE)) {
      fastTest = options.dot ? starTestDot : starTest;
    } else if (m = pattern.match(starDotExtRE)) {
      fastTest = (options.nocase ? options.dot ? starDotExtTestNocaseDot : starDotExtTestNocase : options.dot ? starDotExtTestDot : starDotExtTest)(m[1]);
    } else if (m = pattern.match(qmarksRE)) {
      fastTest = (options.nocase ? options.dot ? qmarksTestNocaseDot : qmarksTestNocase : options.dot ? qmarksTestDot : qmarksTest)(m);
    } else if (m = pattern.match(starDotStarRE)) {
      fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
    } else if (m = pattern.match(dotStarRE)) {
      fastTest = dotStarTest;
    }
    const re = AST.fromGlob(pattern, this.options).toMMPattern();
    if (fastTest && typeof re === "object") {
      Reflect.defineProperty(re, "test", { value: fastTest });
    }
    return re;
  }
  makeRe() {
    if (this.regexp || this.regexp === false)
      return this.regexp;
    const set = this.set;
    if (!set.length) {
      this.regexp = false;
      return this.regexp;
    }
    const options = this.options;
    const twoStar = options.noglobstar ? star2 : options.dot ? twoStarDot : twoStarNoDot;
    const flags = new Set(options.nocase ? ["i"] : []);
    let re = set.map((pattern) => {
      const pp = pattern.map((p) => {
        if (p instanceof RegExp) {
          for (const f of p.flags.split(""))
            flags.add(f);
        }
        return typeof p === "string" ? regExpEscape2(p) : p === GLOBSTAR ? GLOBSTAR : p._src;
      });
      pp.forEach((p, i) => {
        const next = pp[i + 1];
        const prev = pp[i - 1];
        if (p !== GLOBSTAR || prev === GLOBSTAR) {
          return;
        }
        if (prev === void 0) {
          if (next !== void 0 && next !== GLOBSTAR) {
            pp[i + 1] = "(?:\\/|" + twoStar + "\\/)?" + next;
          } else {
            pp[i] = twoStar;
          }
        } else if (next === void 0) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + ")?";
        } else if (next !== GLOBSTAR) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + "\\/)" + next;
          pp[i + 1] = GLOBSTAR;
        }
      });
      const filtered = pp.filter((p) => p !== GLOBSTAR);
      if (this.partial && filtered.length >= 1) {
        const prefixes = [];
        for (let i = 1; i <= filtered.length; i++) {
          prefixes.push(filtered.slice(0, i).join("/"));
        }
        return "(?:" + prefixes.join("|") + ")";
      }
      return filtered.join("/");
    }).join("|");
    const [open, close] = set.length > 1 ? ["(?:", ")"] : ["", ""];
    re = "^" + open + re + close + "$";
    if (this.partial) {
      re = "^(?:\\/|" + open + re.slice(1, -1) + close + ")$";
    }
    if (this.negate)
      re = "^(?!" + re + ").+$";
    try {
      this.regexp = new RegExp(re, [...flags].join(""));
    } catch {
      this.regexp = false;
    }
    return this.regexp;
  }
  slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    this.debug("match", f, this.pattern);
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options = this.options;
    if (this.isWindows) {
      f = f.split("\\").join("/");
    }
    const ff = this.slashSplit(f);
    this.debug(this.pattern, "split", ff);
    const set = this.set;
    this.debug(this.pattern, "set", set);
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (const pattern of set) {
      let file2 = ff;
      if (options.matchBase && pattern.length === 1) {
        file2 = [filename];
      }
      const hit = this.matchOne(file2, pattern, partial);
      if (hit) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// src/util/glob.ts
var MAX_GLOB_LENGTH = 1024;
var MAX_BRACE_EXPANSIONS = 1e3;
var MAX_EXPANDED_LENGTH = 16 * 1024;
function compileGlob(source) {
  if (source.length > MAX_GLOB_LENGTH) {
    return { refused: `is ${source.length.toLocaleString("en-US")} characters long; a glob may have at most ${MAX_GLOB_LENGTH.toLocaleString("en-US")}` };
  }
  if (source.startsWith("#")) return { source, match: () => false };
  let negate = false;
  let start = 0;
  while (source[start] === "!") {
    negate = !negate;
    start += 1;
  }
  const body = source.slice(start);
  if (hasExtglob(body)) {
    return { refused: "uses an extended glob (`+(\u2026)`, `@(\u2026)`, `!(\u2026)`, `*(\u2026)` or `?(\u2026)`), which is not supported: write the alternatives with braces, `{a,b}`" };
  }
  const expanded = braceExpand(body, { braceExpandMax: MAX_BRACE_EXPANSIONS + 1 });
  if (expanded.length > MAX_BRACE_EXPANSIONS) {
    return { refused: `expands (braces) to more than ${MAX_BRACE_EXPANSIONS.toLocaleString("en-US")} patterns` };
  }
  const total = expanded.reduce((sum, p) => sum + p.length, 0);
  if (total > MAX_EXPANDED_LENGTH) {
    return { refused: `expands (braces) to ${total.toLocaleString("en-US")} characters of patterns; at most ${MAX_EXPANDED_LENGTH.toLocaleString("en-US")} are matched` };
  }
  const alternatives2 = expanded.map(parsePattern);
  return {
    source,
    match(path2) {
      if (path2 === "") return body === "" !== negate;
      const parts = path2.split(/\/+/);
      return alternatives2.some((segments2) => matchSegments(segments2, parts)) !== negate;
    }
  };
}
function isGlobRefusal(glob) {
  return "refused" in glob;
}
function hasExtglob(pattern) {
  for (let i = 0; i < pattern.length - 1; i++) {
    if (pattern[i] === "\\") {
      i += 1;
      continue;
    }
    if ("+@!*?".includes(pattern[i]) && pattern[i + 1] === "(") return true;
  }
  return false;
}
function parsePattern(pattern) {
  const segments2 = pattern.split(/\/+/).map(parseSegment);
  return segments2.filter((s, i) => !(s.kind === "globstar" && segments2[i - 1]?.kind === "globstar"));
}
function parseSegment(text) {
  if (text === "**") return { kind: "globstar" };
  const tokens = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\\" && i + 1 < text.length) {
      tokens.push({ kind: "char", char: text[++i] });
    } else if (c === "*") {
      if (tokens[tokens.length - 1]?.kind !== "star") tokens.push({ kind: "star" });
    } else if (c === "?") {
      tokens.push({ kind: "any" });
    } else if (c === "[") {
      const parsed2 = parseClass2(text, i);
      if (parsed2) {
        tokens.push(parsed2.single !== void 0 ? { kind: "char", char: parsed2.single } : { kind: "class", test: parsed2.test });
        i = parsed2.end;
      } else {
        tokens.push({ kind: "char", char: c });
      }
    } else {
      tokens.push({ kind: "char", char: c });
    }
  }
  return { kind: "part", tokens, magic: tokens.some((t) => t.kind !== "char") };
}
var POSIX_CLASSES = {
  alnum: /[\p{L}\p{Nl}\p{Nd}]/u,
  alpha: /[\p{L}\p{Nl}]/u,
  ascii: /[\x00-\x7f]/,
  blank: /[\p{Zs}\t]/u,
  cntrl: new RegExp("\\p{Cc}", "u"),
  digit: new RegExp("\\p{Nd}", "u"),
  graph: /[^\p{Z}\p{C}]/u,
  lower: new RegExp("\\p{Ll}", "u"),
  print: new RegExp("\\p{C}", "u"),
  punct: new RegExp("\\p{P}", "u"),
  space: /[\p{Z}\t\r\n\v\f]/u,
  upper: new RegExp("\\p{Lu}", "u"),
  word: /[\p{L}\p{Nl}\p{Nd}\p{Pc}]/u,
  xdigit: /[A-Fa-f0-9]/
};
function parseClass2(text, open) {
  let i = open + 1;
  let negated = false;
  if (text[i] === "!" || text[i] === "^") {
    negated = true;
    i += 1;
  }
  const ranges2 = [];
  const named = [];
  let first = true;
  for (; i < text.length; i++) {
    let c = text[i];
    if (c === "]" && !first) {
      const end = i;
      const inClass = (ch) => ranges2.some(([lo, hi]) => ch >= lo && ch <= hi) || named.some((r) => r.test(ch));
      const single = !negated && named.length === 0 && ranges2.length === 1 && ranges2[0][0] === ranges2[0][1] ? ranges2[0][0] : void 0;
      return { test: (ch) => ch !== "/" && inClass(ch) !== negated, end, ...single !== void 0 ? { single } : {} };
    }
    first = false;
    if (c === "[" && text[i + 1] === ":") {
      const close = text.indexOf(":]", i + 2);
      const name = close >= 0 ? text.slice(i + 2, close) : "";
      const posix = POSIX_CLASSES[name];
      if (posix) {
        named.push(posix);
        i = close + 1;
        continue;
      }
    }
    if (c === "\\" && i + 1 < text.length) c = text[++i];
    if (text[i + 1] === "-" && i + 2 < text.length && text[i + 2] !== "]") {
      let hi = text[i + 2];
      i += 2;
      if (hi === "\\" && i + 1 < text.length) hi = text[++i];
      ranges2.push([c, hi]);
    } else {
      ranges2.push([c, c]);
    }
  }
  return void 0;
}
function matchSegments(pattern, path2) {
  const m = pattern.length;
  const n = path2.length;
  let next = Array.from({ length: n + 1 }, (_, j) => j === n);
  for (let i = m - 1; i >= 0; i--) {
    const segment = pattern[i];
    const row = new Array(n + 1).fill(false);
    for (let j = n; j >= 0; j--) {
      if (segment.kind === "globstar") {
        const consumes = j < n && path2[j] !== "." && path2[j] !== "..";
        row[j] = i === m - 1 ? consumes && (j + 1 === n || row[j + 1]) : next[j] || consumes && row[j + 1];
      } else {
        row[j] = j < n && next[j + 1] && matchPart(segment, path2[j]);
      }
    }
    next = row;
  }
  return next[0];
}
function matchPart(segment, name) {
  const tokens = segment.tokens;
  if (segment.magic && (name === "." || name === "..")) return false;
  if (name === "" && tokens.length > 0) return false;
  let t = 0;
  let s = 0;
  let starToken = -1;
  let starName = 0;
  while (s < name.length) {
    const token2 = tokens[t];
    if (token2 && token2.kind !== "star" && tokenMatches(token2, name[s])) {
      t += 1;
      s += 1;
    } else if (token2?.kind === "star") {
      starToken = t;
      starName = s;
      t += 1;
    } else if (starToken >= 0) {
      t = starToken + 1;
      starName += 1;
      s = starName;
    } else {
      return false;
    }
  }
  while (tokens[t]?.kind === "star") t += 1;
  return t === tokens.length;
}
function tokenMatches(token2, c) {
  if (token2.kind === "char") return token2.char === c;
  if (c === "/") return false;
  return token2.kind === "any" || token2.test(c);
}

// src/engine/suppressions.ts
var SUPPRESSION_METADATA_KEY = "cognito-iam-lint";
function suppressionMatches(suppression, ruleId) {
  if (suppression.rule === "*" || suppression.rule === ruleId) return true;
  return suppression.rule.endsWith("/*") && ruleId.startsWith(suppression.rule.slice(0, -1));
}
function isExpired(expires2, now) {
  const day = parseDay(expires2);
  return day !== void 0 && now.getTime() >= day + 24 * 60 * 60 * 1e3;
}
function parseDay(text) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return void 0;
  const date = /* @__PURE__ */ new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text ? date.getTime() : void 0;
}
function ruleKnown(rule, known2) {
  for (const id of known2) if (suppressionMatches({ rule }, id)) return true;
  return false;
}
function readSuppressions(metadata, owner, context) {
  const block = metadata ? own(metadata, SUPPRESSION_METADATA_KEY) : void 0;
  if (!isPlainObject(block)) return [];
  const list = own(block, "suppress");
  const listPointer = joinPointer(owner.pointer, "Metadata", SUPPRESSION_METADATA_KEY, "suppress");
  if (!Array.isArray(list)) {
    warn(context, `The \`${SUPPRESSION_METADATA_KEY}\` metadata ${owner.where} has no \`suppress\` list, so it suppresses nothing.`, {
      doc: owner.doc,
      pointer: joinPointer(owner.pointer, "Metadata", SUPPRESSION_METADATA_KEY)
    });
    return [];
  }
  const out = [];
  list.forEach((entry, index2) => {
    const source = { doc: owner.doc, pointer: joinPointer(listPointer, index2) };
    if (!isPlainObject(entry) || typeof entry.rule !== "string" || entry.rule.trim() === "") {
      warn(context, `A suppression ${owner.where} has no \`rule\`, so it does not apply.`, source);
      return;
    }
    const rule = entry.rule.trim();
    const reason2 = typeof entry.reason === "string" ? entry.reason.trim() : "";
    const expires2 = entry.expires instanceof Date ? entry.expires.toISOString().slice(0, 10) : typeof entry.expires === "string" || typeof entry.expires === "number" ? String(entry.expires) : void 0;
    const suppression = {
      kind: "inSource",
      rule,
      reason: reason2,
      ...expires2 !== void 0 ? { expires: expires2 } : {},
      where: owner.where,
      source,
      uses: 0
    };
    if (usable(suppression, context, source)) out.push(suppression);
  });
  return out;
}
function externalSuppressions(entries, context) {
  const out = [];
  (entries ?? []).forEach((entry, index2) => {
    const files = typeof entry.files === "string" ? [entry.files] : [...entry.files];
    const suppression = {
      kind: "external",
      rule: entry.rule,
      reason: typeof entry.reason === "string" ? entry.reason.trim() : "",
      ...entry.expires !== void 0 ? { expires: entry.expires } : {},
      where: `in the config file (suppressions[${index2}], files ${files.map((f) => `\`${f}\``).join(", ")}${entry.resource ? `, resource \`${entry.resource}\`` : ""})`,
      // The config loader refuses a glob that does not compile; one that slips through matches nothing.
      files: files.map(compileGlob).filter((glob) => !isGlobRefusal(glob)),
      ...context.configPath ? { view: context.configPath } : {},
      ...entry.resource !== void 0 ? { resource: entry.resource } : {},
      uses: 0
    };
    if (usable(suppression, context, void 0)) out.push(suppression);
  });
  return out;
}
function usable(s, context, source) {
  const what = `The suppression of \`${s.rule}\` ${s.where}`;
  if (!s.reason) {
    warn(context, `${what} has no reason, so it does not apply: say why the finding is accepted.`, source);
    return false;
  }
  if (!ruleKnown(s.rule, context.knownRuleIds)) {
    warn(context, `${what} names no rule (see --list-rules), so it does not apply.`, source);
    return false;
  }
  if (s.expires !== void 0) {
    if (parseDay(s.expires) === void 0) {
      warn(context, `${what} has an unreadable expiry date \`${s.expires}\` (YYYY-MM-DD), so it does not apply.`, source);
      return false;
    }
    if (isExpired(s.expires, context.now)) {
      warn(context, `${what} expired on ${s.expires} and no longer applies.`, source);
      return false;
    }
  }
  return true;
}
function warn(context, message, source) {
  context.notes.push(note(message, source));
}
function note(message, source) {
  return {
    level: "warning",
    kind: "input",
    message,
    ...source ? { file: source.doc.file, range: source.doc.locate(source.pointer) } : {}
  };
}
var SuppressionIndex = class {
  constructor(stacks, config, context) {
    this.context = context;
    for (const stack of stacks) {
      const template = readSuppressions(stack.templateMetadata, { doc: stack.doc, pointer: "", where: `in the template's Metadata` }, context);
      const resources = /* @__PURE__ */ new Map();
      for (const resource of stack.resources.values()) {
        const list = readSuppressions(resource.metadata, { doc: stack.doc, pointer: resource.pointer, where: `on resource \`${resource.logicalId}\`` }, context);
        if (list.length > 0) resources.set(resource.logicalId, list);
      }
      this.byStack.set(stack, { template, resources });
      this.all.push(...template, ...[...resources.values()].flat());
    }
    this.external = externalSuppressions(config, context);
    this.all.push(...this.external);
  }
  context;
  byStack = /* @__PURE__ */ new Map();
  external;
  all = [];
  /**
   * The suppressions that apply to a finding of `ruleId`, counting each as used. In source:
   * those of the resource holding the reported node, of the resource the finding names (when a
   * rule reports a policy statement on behalf of its role, both), and of the template. External:
   * those whose files, resource and rule match the finding as reported.
   */
  match(ruleId, finding, stack, holder) {
    const candidates = [];
    const local = stack ? this.byStack.get(stack) : void 0;
    if (local) {
      const ids = /* @__PURE__ */ new Set();
      if (holder) ids.add(holder.logicalId);
      if (finding.resource && stack?.resources.has(finding.resource.logicalId)) ids.add(finding.resource.logicalId);
      for (const id of ids) candidates.push(...local.resources.get(id) ?? []);
      candidates.push(...local.template);
    }
    for (const s of this.external) {
      if (externalCovers(s, finding.file, finding.resource)) candidates.push(s);
    }
    const matched = candidates.filter((s) => suppressionMatches(s, ruleId));
    for (const s of matched) s.uses += 1;
    return matched;
  }
  /**
   * Each suppression with the warning it earns when it matches no finding. The caller warns
   * once it has seen every run the suppression takes part in (a run per condition scenario).
   */
  usage() {
    return this.all.map((s) => ({
      used: s.uses > 0,
      unusedNote: note(`The suppression of \`${s.rule}\` ${s.where} matched no finding: remove it if the problem is fixed.`, s.source)
    }));
  }
};
function externalCovers(s, file2, resource) {
  const seen = s.view ? s.view(file2) : file2;
  if (!(s.files ?? []).some((glob) => glob.match(seen))) return false;
  if (s.resource === void 0) return true;
  if (!resource) return false;
  if (resource.logicalId === s.resource) return true;
  return resource.cdkPath !== void 0 && (resource.cdkPath === s.resource || resource.cdkPath.startsWith(`${s.resource.replace(/\/+$/, "")}/`));
}

// src/engine/run.ts
function runRules(model, rules2, options = {}) {
  const notifications = [];
  const findings = [];
  const enabled = rules2.filter((rule) => effectiveSeverity(options.config, rule.meta.id, rule.meta.severity) !== void 0);
  const suppressions = new SuppressionIndex(model.stacks, options.config?.suppressions, {
    now: options.now ?? /* @__PURE__ */ new Date(),
    knownRuleIds: new Set(rules2.map((rule) => rule.meta.id)),
    notes: notifications,
    ...options.paths ? { configPath: options.paths.config } : {}
  });
  const hashes = /* @__PURE__ */ new Map();
  for (const note2 of model.notes) {
    const at = anchorOf(note2.at);
    notifications.push({ level: "note", kind: "unresolved", message: note2.message, file: at.doc.file, range: note2.at.doc.locate(note2.at.pointer) });
  }
  for (const rule of enabled) {
    const override = configuredSeverity(options.config, rule.meta.id);
    const context = {
      model,
      report: (descriptor) => {
        findings.push(toFinding(model, rule, descriptor, override, suppressions, hashes, options.paths?.fingerprint));
      },
      unresolved: (message, at) => {
        notifications.push({
          level: "note",
          kind: "unresolved",
          ruleId: rule.meta.id,
          message,
          ...at ? { file: at.doc.file, range: at.doc.locate(at.pointer) } : {}
        });
      }
    };
    try {
      rule.check(context);
    } catch (error) {
      if (error instanceof MissingDataError) throw error;
      notifications.push({
        level: "error",
        kind: "internal",
        ruleId: rule.meta.id,
        message: `Rule ${rule.meta.id} failed: ${error instanceof Error ? error.message : String(error)}`
      });
    }
  }
  return {
    findings: sortFindings(dedupe2(findings)),
    notifications: dedupeNotifications(notifications),
    rules: [...enabled],
    suppressionUsage: suppressions.usage()
  };
}
function toFinding(model, rule, descriptor, override, suppressionIndex, hashes, fingerprintPath) {
  const { at } = descriptor;
  const range2 = descriptor.range ?? at.doc.locate(at.pointer);
  const anchor = anchorOf(at);
  const resource = descriptor.resource ?? model.resourceAt(anchor);
  const stack = model.stackOf(anchor.doc);
  const templateResource = stack ? resourceContaining(stack, anchor.pointer) : void 0;
  const template = rule.meta.messages[descriptor.messageId] ?? descriptor.messageId;
  let lines = hashes.get(anchor.doc);
  if (!lines) {
    lines = lineHashIndex(anchor.doc.text);
    hashes.set(anchor.doc, lines);
  }
  const suppressions = suppressionIndex.match(rule.meta.id, { file: anchor.doc.file, resource }, stack, templateResource).map((s) => ({ kind: s.kind, justification: s.reason }));
  return {
    ruleId: rule.meta.id,
    messageId: descriptor.messageId,
    severity: override ?? descriptor.severity ?? rule.meta.severity,
    message: formatMessage(template, descriptor.data),
    file: anchor.doc.file,
    range: range2,
    ...resource ? { resource } : {},
    fingerprint: fingerprint({
      ruleId: rule.meta.id,
      doc: anchor.doc,
      pointer: anchor.pointer,
      stack: stack?.input.assembly ? stack.name : void 0,
      ...fingerprintPath ? { file: fingerprintPath(anchor.doc.file) } : {},
      logicalId: resource?.logicalId,
      resourcePointer: templateResource?.pointer,
      key: descriptor.key
    }),
    lineHash: lines.at(range2.start.line) ?? "",
    fix: rule.meta.fix,
    suppressions
  };
}
function dedupe2(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((f) => {
    const key2 = [f.ruleId, f.file, f.range.start.line, f.range.start.column, f.range.end.line, f.range.end.column, f.message].join("\0");
    if (seen.has(key2)) return false;
    seen.add(key2);
    return true;
  });
}
function dedupeNotifications(notes) {
  const seen = /* @__PURE__ */ new Set();
  return notes.filter((n) => {
    const key2 = [n.kind, n.ruleId, n.file, n.range?.start.line, n.range?.start.column, n.message].join("\0");
    if (seen.has(key2)) return false;
    seen.add(key2);
    return true;
  });
}
var compare2 = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function sortFindings(findings) {
  return findings.sort(
    (a, b) => compare2(a.file, b.file) || compare2(a.range.start.line, b.range.start.line) || compare2(a.range.start.column, b.range.start.column) || compare2(a.ruleId, b.ruleId) || compare2(a.message, b.message)
  );
}

// src/engine/lint-plan.ts
function lintUnderConditions(inputs, rules2, options) {
  return lintPlan(groupwisePlan(inputs) ?? planConditions(inputs), rules2, options);
}
function lintPlan(plan, rules2, options) {
  const run = (scenario) => {
    options.onModel?.(scenario.documents.map((doc) => doc.file));
    return runRules(buildIdentityModel(scenario), rules2, options);
  };
  const findings = [];
  const notifications = [];
  const usage = [];
  let ruleSet = [];
  for (const part of plan.base) {
    const result = run(part);
    findings.push(...result.findings);
    notifications.push(...result.notifications);
    usage.push(...result.suppressionUsage);
    ruleSet = result.rules;
  }
  for (const group of plan.groups) {
    const results = Array.from({ length: group.size }, (_, i) => run(group.scenario(i)));
    findings.push(...mergeScenarios(group, results));
    notifications.push(...results.flatMap((r) => r.notifications));
    usage.push(...results.flatMap((r) => r.suppressionUsage));
    if (group.truncated) {
      notifications.push({
        level: "note",
        kind: "unresolved",
        // About the group's first file, so that it sorts with that file's notes (and a sharded run's merge finds its shard).
        ...group.files[0] !== void 0 ? { file: group.files[0] } : {},
        message: `${group.files.join(", ")}: more conditions depend on parameters with no given value than are enumerated; the others are judged with both branches (pass --parameter to decide them).`
      });
    }
  }
  if (options.config?.reportUnusedSuppressions) notifications.push(...unusedSuppressions(usage));
  return { findings: sortFindings(findings), notifications: byFile(dedupeNotifications(notifications)), rules: ruleSet };
}
function byFile(notes) {
  return notes.map((note2, i) => ({ note: note2, i })).sort((a, b) => compareFiles(a.note.file, b.note.file) || a.i - b.i).map(({ note: note2 }) => note2);
}
function compareFiles(a, b) {
  if (a === b) return 0;
  if (a === void 0) return 1;
  if (b === void 0) return -1;
  return a < b ? -1 : 1;
}
function mergeScenarios(group, results) {
  const exact = /* @__PURE__ */ new Map();
  results.forEach((result, index2) => {
    for (const finding of result.findings) {
      const key2 = [finding.fingerprint, finding.severity, finding.message, finding.range.start.line, finding.range.start.column].join("\0");
      const entry = exact.get(key2);
      if (entry) entry.scenarios.add(index2);
      else exact.set(key2, { finding, scenarios: /* @__PURE__ */ new Set([index2]) });
    }
  });
  const problems = /* @__PURE__ */ new Map();
  for (const entry of sortedByPosition([...exact.values()])) {
    const { finding } = entry;
    const key2 = [finding.ruleId, finding.file, finding.resource?.stack, finding.resource?.logicalId, finding.severity, finding.message].join("\0");
    const same = problems.get(key2) ?? [];
    const disjoint = same.find((other) => [...entry.scenarios].every((i) => !other.scenarios.has(i)));
    if (disjoint) for (const i of entry.scenarios) disjoint.scenarios.add(i);
    else same.push(entry);
    problems.set(key2, same);
  }
  return [...problems.values()].flat().map(({ finding, scenarios }) => {
    const when = group.describe(scenarios);
    return when === void 0 ? finding : { ...finding, message: withCondition(finding.message, when), when };
  });
}
function sortedByPosition(entries) {
  return entries.sort((a, b) => a.finding.range.start.line - b.finding.range.start.line || a.finding.range.start.column - b.finding.range.start.column);
}
function withCondition(message, when) {
  return `${message.replace(/\.$/, "")} (${when}).`;
}
function unusedSuppressions(usage) {
  const used = /* @__PURE__ */ new Set();
  const unused = /* @__PURE__ */ new Map();
  for (const { used: wasUsed, unusedNote } of usage) {
    const key2 = JSON.stringify(unusedNote);
    if (wasUsed) used.add(key2);
    else unused.set(key2, unusedNote);
  }
  return [...unused].filter(([key2]) => !used.has(key2)).map(([, note2]) => note2);
}

// src/engine/parse-pool.ts
import { existsSync as existsSync2 } from "node:fs";
import { availableParallelism } from "node:os";
import { join as join4 } from "node:path";
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
var PARALLEL_MIN_BYTES = 2 * 1024 * 1024;
var PARALLEL_MIN_FILES = 64;
var STALL_MS = 6e4;
function parseWorkers(jobs, files, cores = availableParallelism()) {
  const wanted = jobs ?? (isLargeInput(files) ? cores : 1);
  const workers = Math.min(wanted, files.length);
  return workers > 1 ? workers : 0;
}
function isLargeInput(files) {
  let bytes = 0;
  for (const file2 of files) bytes += file2.size;
  return files.length >= PARALLEL_MIN_FILES && bytes >= PARALLEL_MIN_BYTES;
}
function workerFile() {
  const file2 = join4(packageRoot(), "dist", "worker.js");
  return existsSync2(file2) ? file2 : void 0;
}
var ParsePool = class {
  /** `jobs`: --jobs (undefined: auto). */
  constructor(jobs) {
    this.jobs = jobs;
  }
  jobs;
  workers = [];
  signal = new Int32Array(new SharedArrayBuffer(4));
  /** Display name → job id, for the files sent and not yet used. */
  pending = /* @__PURE__ */ new Map();
  replies = /* @__PURE__ */ new Map();
  prefetch(files) {
    const fromSources = import.meta.url.endsWith(".ts");
    const file2 = workerFile();
    const count = file2 === void 0 || fromSources && this.jobs === void 0 ? 0 : parseWorkers(this.jobs, files);
    if (count === 0) return;
    const jobs = Array.from({ length: count }, () => []);
    files.forEach(({ path: path2, file: name }, id) => {
      this.pending.set(name, id);
      jobs[id % count].push({ id, path: path2, file: name });
    });
    for (const list of jobs) {
      const { port1, port2 } = new MessageChannel();
      const data = { port: port2, signal: this.signal };
      const worker = new Worker(file2, { workerData: data, transferList: [port2] });
      worker.on("error", () => {
      });
      worker.unref();
      port1.postMessage(list);
      this.workers.push({ worker, port: port1 });
    }
  }
  parse = (file2, text, format) => {
    const id = format === void 0 ? this.pending.get(file2) : void 0;
    if (id === void 0) return parseText(file2, text, format);
    this.pending.delete(file2);
    const reply = this.reply(id);
    if (reply.kind !== "parsed" || reply.parse.text !== text) return parseText(file2, text);
    return new TransferredDocument(reply.parse, () => parseText(file2, text));
  };
  /** Ends the workers (the load is done): what they have not parsed yet is not needed. */
  close() {
    for (const { worker, port } of this.workers) {
      port.close();
      void worker.terminate();
    }
    this.workers.length = 0;
    this.pending.clear();
    this.replies.clear();
  }
  reply(id) {
    for (; ; ) {
      const reply = this.replies.get(id);
      if (reply) {
        this.replies.delete(id);
        return reply;
      }
      const seen = Atomics.load(this.signal, 0);
      this.drain();
      if (this.replies.has(id)) continue;
      if (Atomics.wait(this.signal, 0, seen, STALL_MS) === "timed-out") {
        throw new Error(`a parsing worker (--jobs) sent nothing for ${STALL_MS / 1e3} s: given up.`);
      }
    }
  }
  drain() {
    for (const { port } of this.workers) {
      for (let received = receiveMessageOnPort(port); received !== void 0; received = receiveMessageOnPort(port)) {
        const reply = received.message;
        if (reply.kind === "failed") throw new Error(`a parsing worker (--jobs) failed: ${reply.message}`);
        this.replies.set(reply.id, reply);
      }
    }
  }
};

// src/engine/notification-order.ts
var compare3 = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function compareNotificationKeys(a, b) {
  return compare3(a.file ?? "", b.file ?? "") || compare3(a.line ?? 0, b.line ?? 0) || compare3(a.column ?? 0, b.column ?? 0) || compare3(a.kind, b.kind) || compare3(a.ruleId ?? "", b.ruleId ?? "") || compare3(a.message, b.message) || compare3(a.level, b.level);
}
function notificationKey(n) {
  return { file: n.file, line: n.range?.start.line, column: n.range?.start.column, kind: n.kind, ruleId: n.ruleId, message: n.message, level: n.level };
}
function sortNotifications(notes) {
  return [...notes].sort((a, b) => compareNotificationKeys(notificationKey(a), notificationKey(b)));
}

// src/engine/shard.ts
import { createHash as createHash2 } from "node:crypto";
function shardOfKey(key2, count) {
  let best = 1;
  let bestWeight = -1n;
  for (let i = 1; i <= count; i++) {
    const weight = BigInt("0x" + createHash2("sha256").update(`${key2}\0${i}`).digest("hex").slice(0, 16));
    if (weight > bestWeight) {
      best = i;
      bestWeight = weight;
    }
  }
  return best;
}
var ROLE_ARN = /arn:aws[a-z-]*:iam::(?:\$\{[^}\n]{0,128}\}|[^:"'\s$])*:role\/(?:[\w+=,.@/-]*\/)?([\w+=,.@-]+)/g;
function shardGroups(inputs) {
  const parent = /* @__PURE__ */ new Map();
  const find = (file2) => {
    if (!parent.has(file2)) parent.set(file2, file2);
    let root2 = file2;
    while (parent.get(root2) !== root2) root2 = parent.get(root2);
    let node = file2;
    while (parent.get(node) !== root2) {
      const next = parent.get(node);
      parent.set(node, root2);
      node = next;
    }
    return root2;
  };
  const union = (a, b) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  for (const doc of inputs.documents) find(doc.file);
  for (const problem of inputs.problems) find(problem.file);
  const definers = /* @__PURE__ */ new Map();
  const define = (name, file2) => {
    const list = definers.get(name) ?? [];
    list.push(file2);
    definers.set(name, list);
  };
  const attached = [];
  for (const group of linkedTemplateGroups(inputs.templates)) {
    const first = group.templates[0].doc.file;
    for (const template of group.templates) {
      union(first, template.doc.file);
      if (template.assembly && parent.has(template.assembly.manifestFile)) union(first, template.assembly.manifestFile);
    }
    const names = [...group.attachedRoleNames];
    for (const template of group.templates) for (const match2 of template.doc.text.matchAll(ROLE_ARN)) names.push(match2[1]);
    attached.push({ file: first, names });
    for (const name of group.definedRoleNames) define(name, first);
  }
  for (const doc of inputs.iamDocuments) {
    const parts = buildModelParts({ documents: [doc], templates: [], iamDocuments: [doc], problems: [], skipped: [] });
    for (const role of parts.roles) if (role.roleName) define(role.roleName, doc.file);
  }
  for (const { file: file2, names } of attached) for (const name of names) for (const definer of definers.get(name) ?? []) union(file2, definer);
  const groups = /* @__PURE__ */ new Map();
  for (const file2 of parent.keys()) {
    const root2 = find(file2);
    const group = groups.get(root2) ?? { key: root2, files: [] };
    group.files.push(file2);
    groups.set(root2, group);
  }
  return [...groups.values()].map((g) => ({ ...g, files: g.files.sort() })).sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}
function selectShard(inputs, shard) {
  const mine = /* @__PURE__ */ new Set();
  for (const group of shardGroups(inputs)) if (shardOfKey(group.key, shard.count) === shard.index) for (const file2 of group.files) mine.add(file2);
  return {
    documents: inputs.documents.filter((doc) => mine.has(doc.file)),
    templates: inputs.templates.filter((template) => mine.has(template.doc.file)),
    iamDocuments: inputs.iamDocuments.filter((doc) => mine.has(doc.file)),
    problems: inputs.problems.filter((problem) => mine.has(problem.file)),
    skipped: inputs.skipped
  };
}

// src/inputs/classify.ts
var SAM_TRANSFORM = "AWS::Serverless-2016-10-31";
function hasUsableData(doc) {
  if (doc.syntaxErrors.length === 0) return true;
  return isPlainObject(doc.data);
}
function namesSamTransform(transform) {
  if (typeof transform === "string") return transform === SAM_TRANSFORM;
  if (Array.isArray(transform)) return transform.some((t) => t === SAM_TRANSFORM);
  return false;
}
function isTemplate(data) {
  return isPlainObject(data.Resources) || "AWSTemplateFormatVersion" in data || namesSamTransform(data.Transform);
}
function isCdkManifest(data) {
  return "version" in data && isPlainObject(data.artifacts);
}
function isObjectArray(value) {
  return Array.isArray(value) && value.every(isPlainObject);
}
function isIamDocument(data) {
  if ("Statement" in data) return true;
  if (isPlainObject(data.Role) && "AssumeRolePolicyDocument" in data.Role) return true;
  if (isPlainObject(data.PolicyVersion) && "Document" in data.PolicyVersion) return true;
  if ("PolicyDocument" in data && ("PolicyName" in data || "RoleName" in data || "UserName" in data || "GroupName" in data)) {
    return true;
  }
  const details = ["RoleDetailList", "UserDetailList", "GroupDetailList", "Policies"];
  return details.some((key2) => key2 in data) && details.every((key2) => !(key2 in data) || isObjectArray(data[key2]));
}
function isResourcesFragment(data) {
  const values = Object.values(data);
  return values.length > 0 && values.every((value) => isPlainObject(value) && typeof value.Type === "string" && value.Type.startsWith("AWS::"));
}
function baseName2(file2) {
  const slash = Math.max(file2.lastIndexOf("/"), file2.lastIndexOf("\\"));
  return file2.slice(slash + 1);
}
function classifyDocument(doc) {
  const data = doc.data;
  if (!isPlainObject(data)) return "other";
  if (isTemplate(data)) return "template";
  if (isCdkManifest(data)) return "cdk-manifest";
  if (isAccountSnapshot(data)) return "aws-account";
  if (isIamDocument(data)) return "iam";
  if (isResourcesFragment(data)) return "resources-fragment";
  if (baseName2(doc.file) === "parameters.json") return "amplify-parameters";
  return "other";
}
function looksLikeLintInput(text) {
  return SNIFFS.some((sniff) => sniff(text));
}
var key = (name) => new RegExp(`(^|[\\s{,"'])${name}["']?[ \\t]*:`, "m");
var RESOURCES = key("Resources");
var TOP_LEVEL_RESOURCES = /^Resources[ \t]*:/m;
var JSON_RESOURCES_FIRST = /^\uFEFF?\s*\{\s*"Resources"\s*:/;
var AWS_TYPE = /\bType["']?[ \t]*:[ \t]*["']?AWS::/;
var POLICY = key("(Statement|AssumeRolePolicyDocument|PolicyDocument|RoleDetailList|UserDetailList|GroupDetailList)");
var ARTIFACTS = key("artifacts");
var VERSION = key("version");
var SNIFFS = [
  (text) => text.includes("AWSTemplateFormatVersion") || text.includes("AWS::Serverless-2016-10-31"),
  // `Resources:` and a resource type, in YAML (`Type: AWS::…`) or JSON (`"Type": "AWS::…"`).
  (text) => TOP_LEVEL_RESOURCES.test(text) || JSON_RESOURCES_FIRST.test(text) || RESOURCES.test(text) && AWS_TYPE.test(text),
  (text) => POLICY.test(text),
  // A cloud assembly manifest: `artifacts` beside `version`.
  (text) => ARTIFACTS.test(text) && VERSION.test(text)
];

// src/inputs/cdk-trace.ts
var MAX_TRACE_FRAMES = 64;
var MAX_FRAME_LENGTH = 2048;
var MAX_POSITION = 1e7;
var LOCATION = /^(.*):(\d{1,8}):(\d{1,8})$/;
function isLibraryFile(file2) {
  return /(^|\/)node_modules\//.test(file2) || /(^|\/)(aws-cdk-lib|constructs|@aws-cdk)\//.test(file2);
}
function filePath(raw) {
  let file2 = raw;
  if (file2.startsWith("file://")) {
    try {
      file2 = decodeURIComponent(file2.slice("file://".length));
    } catch {
      return void 0;
    }
    if (/^\/[A-Za-z]:\//.test(file2)) file2 = file2.slice(1);
  }
  file2 = file2.replace(/\\/g, "/");
  if (file2 === "" || file2.length > MAX_FRAME_LENGTH) return void 0;
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(file2)) return void 0;
  const absolute = file2.startsWith("/") || /^[A-Za-z]:\//.test(file2);
  if (!absolute && (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(file2) || /[<>]/.test(file2) || file2 === "native")) return void 0;
  if (!absolute && file2.split("/").includes("..")) return void 0;
  return file2;
}
function parseFrame(frame) {
  if (typeof frame !== "string" || frame.length > MAX_FRAME_LENGTH) return void 0;
  const text = frame.trim().replace(/^at\s+/, "");
  const open = text.endsWith(")") ? text.lastIndexOf(" (") : -1;
  const location = open >= 0 ? text.slice(open + 2, -1) : text;
  const match2 = LOCATION.exec(location);
  if (!match2) return void 0;
  const line = Number(match2[2]);
  const column = Number(match2[3]);
  if (line < 1 || column < 1 || line > MAX_POSITION || column > MAX_POSITION) return void 0;
  const file2 = filePath(match2[1]);
  return file2 === void 0 ? void 0 : { file: file2, line, column };
}
function firstUserFrame(trace) {
  if (!Array.isArray(trace)) return void 0;
  const frames = Math.min(trace.length, MAX_TRACE_FRAMES);
  for (let i = 0; i < frames; i++) {
    const frame = parseFrame(trace[i]);
    if (frame && !isLibraryFile(frame.file)) return frame;
  }
  return void 0;
}

// src/inputs/cdk-assembly.ts
var MAX_ASSEMBLY_DEPTH = 16;
var MAX_NESTED_STACK_DEPTH = 16;
var NESTED_TEMPLATE_SUFFIX = ".nested.template.json";
function isAssemblySideFile(name) {
  return name === "manifest.json" || name === "tree.json" || name === "cdk.out" || name === "validation-report.json" || name === "integ.json" || name.endsWith(".assets.json") || name.endsWith(".metadata.json");
}
function readAssembly(manifestPath, fs, parse, options = {}) {
  return new AssemblyReader(fs, parse, pathApiFor(manifestPath), options).read(manifestPath);
}
var AssemblyReader = class {
  constructor(fs, parse, path2, options) {
    this.fs = fs;
    this.parse = parse;
    this.path = path2;
    this.cache = options.cache ?? /* @__PURE__ */ new Map();
    this.budget = options.budget;
    this.display = options.display ?? toSlashes;
  }
  fs;
  parse;
  path;
  templates = [];
  documents = /* @__PURE__ */ new Set();
  problems = [];
  claimed = /* @__PURE__ */ new Set();
  /** Real path of each manifest read → the path it was read under: `ln -s . x` names one assembly endlessly. */
  visitedManifests = /* @__PURE__ */ new Map();
  /** Real path of each file read → the path it was first read under. */
  readFiles = /* @__PURE__ */ new Map();
  /** Real path of the root assembly directory: no file is read from outside it, whatever links say. */
  rootReal = "";
  cache;
  budget;
  display;
  read(manifestPath) {
    const rootDir = this.path.dirname(manifestPath);
    this.rootReal = safeRealpath(this.fs, rootDir) ?? rootDir;
    this.readManifest(manifestPath, 0, void 0, void 0);
    return {
      templates: this.templates,
      documents: [...this.documents],
      problems: this.problems,
      claimedFiles: this.claimed
    };
  }
  // ── files ────────────────────────────────────────────────────────────────────────────────
  /** Parses a file once; a document that failed to parse is recorded (it becomes a parse-error finding) and not returned. */
  load(path2) {
    const real = safeRealpath(this.fs, path2);
    if (real !== void 0) {
      if (!isWithin(this.path, this.rootReal, real)) {
        return { reason: "a symbolic link to outside the assembly directory, not followed", missing: false };
      }
      const first = this.readFiles.get(real);
      if (first !== void 0 && first !== path2) {
        return { reason: `the same file as ${this.display(first)}, already read; not read again`, missing: false };
      }
      this.readFiles.set(real, path2);
    }
    let doc = this.cache.get(path2);
    if (!doc) {
      const read = readTextFile(this.fs, path2, this.budget);
      if (!read.ok) return { reason: read.reason, missing: read.missing === true };
      doc = parseRead(this.parse, this.display(path2), read);
      this.cache.set(path2, doc);
    }
    this.claimed.add(path2);
    if (!hasUsableData(doc)) {
      this.documents.add(doc);
      return { unparseable: true };
    }
    return { doc };
  }
  problem(doc, pointer, code, message) {
    this.problems.push({ file: doc.file, range: doc.locate(pointer), code, pointer, message, doc });
  }
  /**
   * Resolves a file name a manifest or template holds, refusing absolute paths and anything that
   * leaves the assembly directory: cdk.out comes from the repository being linted, not from us.
   */
  resolveInside(dir, name) {
    if (name === "" || name.includes("\0") || this.path.isAbsolute(name) || /^[A-Za-z]:/.test(name)) return void 0;
    const target = this.path.join(dir, name);
    return isInside(this.path, dir, target) ? target : void 0;
  }
  // ── manifests ────────────────────────────────────────────────────────────────────────────
  readManifest(manifestPath, depth, rootDir, origin) {
    const real = safeRealpath(this.fs, manifestPath) ?? manifestPath;
    const first = this.visitedManifests.get(real);
    if (first !== void 0) {
      if (origin) {
        this.problem(origin.doc, origin.pointer, "assembly-repeated", `${this.path.basename(origin.doc.file)}: artifact \`${origin.artifactId}\` names assembly directory \`${this.display(this.path.dirname(manifestPath))}\`, the same assembly as \`${this.display(this.path.dirname(first))}\`, already read; it is not read again.`);
      }
      return;
    }
    this.visitedManifests.set(real, manifestPath);
    const loaded = this.load(manifestPath);
    const manifestName = this.path.basename(manifestPath);
    if ("reason" in loaded) {
      const what = loaded.missing ? "which has no manifest.json" : `whose manifest.json cannot be read (${loaded.reason})`;
      if (origin) {
        this.problem(origin.doc, origin.pointer, loaded.missing ? "assembly-missing" : "assembly-unreadable", `${this.path.basename(origin.doc.file)}: artifact \`${origin.artifactId}\` names assembly directory \`${this.display(this.path.dirname(manifestPath))}\`, ${what}.`);
      } else {
        this.problems.push({ file: this.display(manifestPath), range: START, code: "manifest-unreadable", pointer: "", message: `${manifestName}: ${loaded.reason}.` });
      }
      return;
    }
    if ("unparseable" in loaded) return;
    const manifest = loaded.doc;
    const data = manifest.data;
    if (!isPlainObject(data) || !isPlainObject(data.artifacts)) {
      this.problem(manifest, "", "not-a-manifest", `${manifestName}: not a cloud assembly manifest (no \`artifacts\` object).`);
      return;
    }
    const dir = this.path.dirname(manifestPath);
    const context = { dir, dirDisplay: this.display(dir), rootDir: rootDir ?? this.display(dir), manifest };
    const listing = safeNames(this.fs, dir);
    for (const name of listing) {
      if (isAssemblySideFile(name)) this.claimed.add(this.path.join(dir, name));
    }
    for (const [artifactId, artifact] of Object.entries(data.artifacts)) {
      if (!isPlainObject(artifact)) continue;
      const pointer = joinPointer("", "artifacts", artifactId);
      const properties = isPlainObject(artifact.properties) ? artifact.properties : {};
      switch (artifact.type) {
        case "aws:cloudformation:stack":
          this.readStack(context, artifactId, artifact, pointer);
          break;
        case "cdk:cloud-assembly": {
          const directoryName = properties.directoryName;
          const namePointer = joinPointer(pointer, "properties", "directoryName");
          if (typeof directoryName !== "string") {
            this.problem(manifest, pointer, "assembly-no-directory", `${manifestName}: artifact \`${artifactId}\` is a nested cloud assembly without a \`directoryName\`.`);
            break;
          }
          const subDir = this.resolveInside(dir, directoryName);
          if (!subDir) {
            this.problem(manifest, namePointer, "assembly-outside", `${manifestName}: artifact \`${artifactId}\` names assembly directory \`${directoryName}\`, which is outside the assembly directory.`);
            break;
          }
          if (depth + 1 > MAX_ASSEMBLY_DEPTH) {
            this.problem(manifest, namePointer, "assembly-too-deep", `${manifestName}: artifact \`${artifactId}\` nests cloud assemblies deeper than ${MAX_ASSEMBLY_DEPTH} levels; it is not read.`);
            break;
          }
          this.readManifest(this.path.join(subDir, "manifest.json"), depth + 1, context.rootDir, {
            doc: manifest,
            pointer: namePointer,
            artifactId
          });
          break;
        }
        default: {
          const file2 = properties.file;
          const target = typeof file2 === "string" ? this.resolveInside(dir, file2) : void 0;
          if (target) this.claimed.add(target);
        }
      }
    }
    for (const name of listing) {
      if (!name.endsWith(NESTED_TEMPLATE_SUFFIX)) continue;
      const file2 = this.path.join(dir, name);
      if (this.claimed.has(file2)) continue;
      const loaded2 = this.load(file2);
      if (!("doc" in loaded2)) continue;
      const artifactId = name.slice(0, -NESTED_TEMPLATE_SUFFIX.length);
      this.templates.push({
        doc: loaded2.doc,
        resourcesPointer: "/Resources",
        stackName: loaded2.doc.file,
        stackKey: `${context.dirDisplay}/${name}`,
        assembly: { dir: context.dirDisplay, manifestFile: manifest.file, artifactId, rootDir: context.rootDir },
        cdkPaths: /* @__PURE__ */ new Map(),
        parameterValues: /* @__PURE__ */ new Map()
      });
      this.documents.add(loaded2.doc);
    }
  }
  // ── stacks ───────────────────────────────────────────────────────────────────────────────
  readStack(context, artifactId, artifact, pointer) {
    const { dir, manifest } = context;
    const manifestName = this.path.basename(manifest.file);
    const properties = isPlainObject(artifact.properties) ? artifact.properties : {};
    const templateFile = properties.templateFile;
    const filePointer = joinPointer(pointer, "properties", "templateFile");
    if (typeof templateFile !== "string") {
      this.problem(manifest, pointer, "template-unnamed", `${manifestName}: stack artifact \`${artifactId}\` has no \`templateFile\`.`);
      return;
    }
    const file2 = this.resolveInside(dir, templateFile);
    if (!file2) {
      this.problem(manifest, filePointer, "template-outside", `${manifestName}: artifact \`${artifactId}\` names template \`${templateFile}\`, which is outside the assembly directory.`);
      return;
    }
    const loaded = this.load(file2);
    if ("reason" in loaded) {
      const why = loaded.missing ? "which does not exist" : `which cannot be read (${loaded.reason})`;
      this.problem(manifest, filePointer, loaded.missing ? "template-missing" : "template-unreadable", `${manifestName}: artifact \`${artifactId}\` names template \`${templateFile}\`, ${why}.`);
      return;
    }
    if ("unparseable" in loaded) return;
    const environment = parseEnvironment(artifact.environment);
    const assembly = {
      dir: context.dirDisplay,
      manifestFile: manifest.file,
      artifactId,
      ...environment,
      rootDir: context.rootDir
    };
    const root2 = {
      doc: loaded.doc,
      file: file2,
      stackKey: `${context.dirDisplay}/${artifactId}`,
      stackName: typeof properties.stackName === "string" && properties.stackName !== "" ? properties.stackName : artifactId,
      cdkPaths: /* @__PURE__ */ new Map(),
      cdkSources: /* @__PURE__ */ new Map()
    };
    const nodes = [root2];
    this.collectNested(root2, dir, 1, nodes, /* @__PURE__ */ new Set([file2]));
    assignConstructPaths(nodes, this.readStackMetadata(context, artifactId, artifact, pointer), (trace) => this.sourceOf(trace));
    for (const node of nodes) {
      this.documents.add(node.doc);
      this.templates.push({
        doc: node.doc,
        resourcesPointer: "/Resources",
        stackName: node.stackName,
        stackKey: node.stackKey,
        assembly,
        ...node.parent && node.logicalId ? { nestedIn: { parentStackKey: node.parent.stackKey, logicalId: node.logicalId } } : {},
        cdkPaths: node.cdkPaths,
        ...node.cdkSources.size > 0 ? { cdkSources: node.cdkSources } : {},
        parameterValues: /* @__PURE__ */ new Map()
      });
    }
  }
  /**
   * Where a creation trace says the app created a construct. A path under the working directory
   * is shown relative to it (CI synthesises and lints in one checkout); any other stays absolute,
   * as recorded on the machine that synthesised the app.
   */
  sourceOf(trace) {
    const frame = firstUserFrame(trace);
    if (!frame || !this.path.isAbsolute(frame.file)) return frame;
    const shown = this.display(frame.file);
    const outside2 = shown === ".." || shown.startsWith("../") || this.path.isAbsolute(shown) || /^[A-Za-z]:/.test(shown);
    return outside2 ? frame : { ...frame, file: shown };
  }
  /** Follows `AWS::CloudFormation::Stack` resources whose `aws:asset:path` names a nested template beside the parent. */
  collectNested(parent, dir, depth, nodes, visited) {
    const resources = isPlainObject(parent.doc.data) ? parent.doc.data.Resources : void 0;
    if (!isPlainObject(resources)) return;
    for (const [logicalId, resource] of Object.entries(resources)) {
      if (!isPlainObject(resource) || resource.Type !== "AWS::CloudFormation::Stack") continue;
      const metadata = resource.Metadata;
      const assetPath = isPlainObject(metadata) ? metadata["aws:asset:path"] : void 0;
      if (typeof assetPath !== "string" || !assetPath.endsWith(NESTED_TEMPLATE_SUFFIX)) continue;
      const pointer = joinPointer("", "Resources", logicalId, "Metadata", "aws:asset:path");
      const file2 = this.resolveInside(dir, assetPath);
      if (!file2) {
        this.problem(parent.doc, pointer, "nested-template-outside", `Nested stack \`${logicalId}\` names template \`${assetPath}\`, which is outside the assembly directory.`);
        continue;
      }
      if (/[\\/]/.test(assetPath)) {
        this.problem(parent.doc, pointer, "nested-template-not-beside", `Nested stack \`${logicalId}\` names template \`${assetPath}\`, which is not beside its parent template.`);
        continue;
      }
      if (visited.has(file2)) continue;
      if (depth > MAX_NESTED_STACK_DEPTH) {
        this.problem(parent.doc, pointer, "nested-too-deep", `Nested stack \`${logicalId}\` is nested deeper than ${MAX_NESTED_STACK_DEPTH} levels; its template is not read.`);
        continue;
      }
      visited.add(file2);
      const loaded = this.load(file2);
      if ("reason" in loaded) {
        const why = loaded.missing ? "which does not exist" : `which cannot be read (${loaded.reason})`;
        this.problem(parent.doc, pointer, loaded.missing ? "nested-template-missing" : "nested-template-unreadable", `Nested stack \`${logicalId}\` names template \`${assetPath}\`, ${why}.`);
        continue;
      }
      if ("unparseable" in loaded) continue;
      const child = {
        doc: loaded.doc,
        file: file2,
        stackKey: `${parent.stackKey}/${logicalId}`,
        // CloudFormation names nested stacks at deploy time (`<parent>-<logicalId>-<random>`); a name
        // with '/' can never be a real stack name, so `Fn::GetStackOutput` never matches it by mistake.
        stackName: `${parent.stackName}/${logicalId}`,
        parent,
        logicalId,
        cdkPaths: /* @__PURE__ */ new Map(),
        cdkSources: /* @__PURE__ */ new Map()
      };
      nodes.push(child);
      this.collectNested(child, dir, depth + 1, nodes, visited);
    }
  }
  /** Inline `metadata` of the artifact plus its `additionalMetadataFile` (schema ≥ 36 moves it there). */
  readStackMetadata(context, artifactId, artifact, pointer) {
    const result = { logicalIds: [], templateFiles: /* @__PURE__ */ new Map() };
    collectMetadata(artifact.metadata, result);
    const properties = isPlainObject(artifact.properties) ? artifact.properties : {};
    const [name, namePointer] = typeof artifact.additionalMetadataFile === "string" ? [artifact.additionalMetadataFile, joinPointer(pointer, "additionalMetadataFile")] : typeof properties.additionalMetadataFile === "string" ? [properties.additionalMetadataFile, joinPointer(pointer, "properties", "additionalMetadataFile")] : [void 0, pointer];
    if (name === void 0) return result;
    const manifestName = this.path.basename(context.manifest.file);
    const file2 = this.resolveInside(context.dir, name);
    if (!file2) {
      this.problem(context.manifest, namePointer, "metadata-outside", `${manifestName}: artifact \`${artifactId}\` names metadata file \`${name}\`, which is outside the assembly directory.`);
      return result;
    }
    const loaded = this.load(file2);
    if ("reason" in loaded) {
      const why = loaded.missing ? "which does not exist" : `which cannot be read (${loaded.reason})`;
      this.problem(context.manifest, namePointer, loaded.missing ? "metadata-missing" : "metadata-unreadable", `${manifestName}: artifact \`${artifactId}\` names metadata file \`${name}\`, ${why}.`);
      return result;
    }
    if ("doc" in loaded) collectMetadata(loaded.doc.data, result);
    return result;
  }
};
var START = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
function safeNames(fs, dir) {
  try {
    return fs.readdir(dir).sort(compareStrings);
  } catch {
    return [];
  }
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function parseEnvironment(environment) {
  if (typeof environment !== "string") return {};
  const match2 = /^aws:\/\/([^/]*)\/([^/]*)$/.exec(environment);
  if (!match2) return {};
  const out = {};
  const [, account, region] = match2;
  if (account && account !== "unknown-account") out.account = account;
  if (region && region !== "unknown-region") out.region = region;
  return out;
}
function collectMetadata(metadata, into) {
  if (!isPlainObject(metadata)) return;
  for (const [path2, entries] of Object.entries(metadata)) {
    if (!Array.isArray(entries)) continue;
    for (const entry of entries) {
      if (!isPlainObject(entry) || typeof entry.data !== "string") continue;
      if (entry.type === "aws:cdk:logicalId") {
        into.logicalIds.push(Array.isArray(entry.trace) ? { path: path2, logicalId: entry.data, trace: entry.trace } : { path: path2, logicalId: entry.data });
      } else if (entry.type === "aws:cdk:templateFile" && !into.templateFiles.has(entry.data)) into.templateFiles.set(entry.data, path2);
    }
  }
}
function templateKeys(doc) {
  const keys = /* @__PURE__ */ new Set();
  if (!isPlainObject(doc.data)) return keys;
  for (const section of ["Resources", "Parameters", "Outputs", "Conditions", "Mappings", "Rules"]) {
    const value = doc.data[section];
    if (isPlainObject(value)) for (const key2 of Object.keys(value)) keys.add(key2);
  }
  return keys;
}
var NESTED_STACK_RESOURCE_PATH = /^(.*)\.NestedStack\/[^/]+\.NestedStackResource$/;
function assignConstructPaths(nodes, metadata, sourceOf) {
  const [root2] = nodes;
  if (!root2) return;
  const entriesById = /* @__PURE__ */ new Map();
  for (const entry of metadata.logicalIds) {
    const list = entriesById.get(entry.logicalId);
    if (list === void 0) entriesById.set(entry.logicalId, [entry]);
    else list.push(entry);
  }
  for (const node of nodes.slice(1)) {
    const fromTemplateFile = metadata.templateFiles.get(fileName(node.file));
    if (fromTemplateFile !== void 0) {
      node.prefix = fromTemplateFile;
      continue;
    }
    const parentPrefix = node.parent?.prefix;
    for (const entry of (node.logicalId === void 0 ? void 0 : entriesById.get(node.logicalId)) ?? []) {
      if (parentPrefix !== void 0 && !entry.path.startsWith(parentPrefix + "/")) continue;
      const match2 = NESTED_STACK_RESOURCE_PATH.exec(entry.path);
      if (match2?.[1]) {
        node.prefix = match2[1];
        break;
      }
    }
  }
  const byPrefix = /* @__PURE__ */ new Map();
  for (const node of nodes) if (node.prefix !== void 0 && !byPrefix.has(node.prefix)) byPrefix.set(node.prefix, node);
  const ownerOf = (path2) => {
    for (let slash = path2.lastIndexOf("/"); slash >= 0; slash = slash === 0 ? -1 : path2.lastIndexOf("/", slash - 1)) {
      const owner = byPrefix.get(path2.slice(0, slash));
      if (owner !== void 0) return owner;
    }
    return root2;
  };
  for (const entry of metadata.logicalIds) {
    const owner = byPrefix.size === 0 ? root2 : ownerOf(entry.path);
    const path2 = entry.path.startsWith("/") ? entry.path.slice(1) : entry.path;
    if (owner.cdkPaths.has(entry.logicalId)) continue;
    owner.cdkPaths.set(entry.logicalId, path2);
    const source = entry.trace === void 0 ? void 0 : sourceOf(entry.trace);
    if (source) owner.cdkSources.set(entry.logicalId, source);
  }
  for (const node of nodes.slice(1)) {
    if (node.prefix !== void 0 || !node.parent) continue;
    const own2 = templateKeys(node.doc);
    const parentKeys = templateKeys(node.parent.doc);
    for (const [logicalId, path2] of node.parent.cdkPaths) {
      if (own2.has(logicalId) && !parentKeys.has(logicalId)) {
        node.cdkPaths.set(logicalId, path2);
        node.parent.cdkPaths.delete(logicalId);
        const source = node.parent.cdkSources.get(logicalId);
        if (source) node.cdkSources.set(logicalId, source);
        node.parent.cdkSources.delete(logicalId);
      }
    }
  }
}
function fileName(path2) {
  return toSlashes(path2).split("/").pop() ?? path2;
}

// src/inputs/load.ts
var DEFAULT_MAX_TOTAL_BYTES = 100 * 1024 * 1024;
var LINTABLE_EXTENSIONS = [".json", ".yaml", ".yml", ".template", ".cfn"];
function isSkippedDirectory(name) {
  return name === "node_modules" || name.startsWith(".") || name.startsWith("asset.");
}
function hasLintableExtension(name) {
  const lower = name.toLowerCase();
  return LINTABLE_EXTENSIONS.some((ext2) => lower.endsWith(ext2));
}
var NOT_LINTABLE = "not a CloudFormation template, Resources fragment, IAM policy document or cloud assembly manifest";
var IGNORED = "ignored because of a matching ignore pattern (use --no-ignore to lint it)";
function loadInputs(paths, options) {
  return new Loader(options, options.parser?.parse ?? parseText).load(paths);
}
var Loader = class _Loader {
  constructor(options, parse) {
    this.options = options;
    this.parse = parse;
    this.fs = options.fs;
    this.path = pathApiFor(options.cwd);
    this.cwd = this.path.resolve(options.cwd);
    this.budget = readBudget(options.maxTotalBytes ?? DEFAULT_MAX_TOTAL_BYTES);
    const view = (base) => rebaser(this.path, this.cwd, base ?? this.cwd);
    const compile = (patterns, base) => ({
      globs: (patterns ?? []).filter((p) => p !== "").map((p) => compileGlob(p.replace(/^\.\//, ""))).filter((g) => !isGlobRefusal(g)),
      view: view(base)
    });
    this.include = compile(options.include, options.includeBase);
    this.exclude = compile(options.exclude, options.excludeBase);
    this.ignores = (options.ignores ?? []).map(({ base, list }) => ({ list, view: view(base) }));
  }
  options;
  parse;
  fs;
  path;
  cwd;
  cache = /* @__PURE__ */ new Map();
  include;
  exclude;
  ignores;
  entries = [];
  seenFiles = /* @__PURE__ */ new Map();
  seenAssemblies = /* @__PURE__ */ new Set();
  claimed = /* @__PURE__ */ new Set();
  assemblyResults = /* @__PURE__ */ new Map();
  documents = [];
  documentSet = /* @__PURE__ */ new Set();
  templates = [];
  iamDocuments = [];
  problems = [];
  skipped = [];
  budget;
  userParameters = /* @__PURE__ */ new Map();
  /** The file on disk that `-` stands for (its `filename`), read from stdin instead. */
  stdinReplaces;
  amplifyParameters = /* @__PURE__ */ new Map();
  load(paths) {
    this.readParameters();
    for (const given of paths) this.collect(given);
    if (this.options.stdin && this.entries.some((e) => e.kind === "stdin")) this.stdinReplaces = this.stdinPath();
    this.readAssemblies();
    this.options.parser?.prefetch(this.filesToRead());
    for (const entry of this.entries) {
      if (entry.kind === "file") this.readFile(entry.path, entry.explicit);
      else if (entry.kind === "stdin") this.readStdin();
      else this.emitAssembly(entry.manifest);
    }
    for (const { file: file2, text } of this.options.documents ?? []) this.accept(this.parse(file2, text), { explicit: true, lintableName: true, fsPath: void 0 });
    return {
      documents: this.documents,
      templates: this.templates,
      iamDocuments: this.iamDocuments,
      problems: this.problems,
      skipped: this.skipped
    };
  }
  display(path2) {
    return displayPath(this.path, this.cwd, path2);
  }
  addDocument(doc) {
    if (this.documentSet.has(doc)) return;
    this.documentSet.add(doc);
    this.documents.push(doc);
  }
  // ── filters ──────────────────────────────────────────────────────────────────────────────
  /** The path and every directory above it, so `--exclude cdk.out` works like `--exclude 'cdk.out/**'`. */
  static candidates(display) {
    const parts = display.split("/");
    return parts.map((_, i) => parts.slice(0, i + 1).join("/"));
  }
  static matches(scoped, display) {
    const candidates = _Loader.candidates(scoped.view(display));
    return scoped.globs.some((m) => candidates.some((c) => m.match(c)));
  }
  isExcluded(display) {
    return this.exclude.globs.length > 0 && _Loader.matches(this.exclude, display);
  }
  isIncluded(display) {
    return this.include.globs.length === 0 || _Loader.matches(this.include, display);
  }
  /** Whether an ignore list ignores the path (the working directory itself never is). */
  isIgnored(display, isDirectory) {
    if (display === ".") return false;
    return this.ignores.some(({ list, view }) => list.ignores(view(display), isDirectory));
  }
  /** Why a file is filtered out, or undefined when it is selected. */
  filterReason(display) {
    if (this.isExcluded(display)) return "excluded by an --exclude pattern";
    if (!this.isIncluded(display)) return "not matched by any --include pattern";
    return void 0;
  }
  // ── pass 1: what to read ─────────────────────────────────────────────────────────────────
  collect(given) {
    if (given === "-") {
      if (!this.entries.some((e) => e.kind === "stdin")) this.entries.push({ kind: "stdin" });
      return;
    }
    const path2 = this.path.resolve(this.cwd, given);
    const stat = safeStat(this.fs, path2);
    if ("error" in stat) return void this.skipped.push({ file: this.display(path2), reason: stat.error, lost: true });
    if (!stat.stat) return void this.skipped.push({ file: this.display(path2), reason: "no such file or directory", missing: true });
    if (this.isIgnored(this.display(path2), stat.stat.isDirectory)) return void this.skipped.push({ file: this.display(path2), reason: IGNORED, ignored: true });
    if (stat.stat.isDirectory) return this.visitDirectory(path2, true, { real: safeRealpath(this.fs, path2) ?? path2, shown: this.display(path2) });
    if (!stat.stat.isFile) return void this.skipped.push({ file: this.display(path2), reason: "not a regular file" });
    if (this.isAssemblyManifest(path2)) return this.addAssembly(path2, true);
    this.addFile(path2, true, stat.stat.size);
  }
  /**
   * Why a walk refuses an entry it would otherwise read: a link whose target leaves `root` (the real
   * path of the directory the user named), or something that is not a regular file. A pull request
   * can add `ln -s ~/.aws/credentials x.json` or `ln -s /proc/self/pagemap x.json`; naming such a
   * file explicitly still lints it.
   */
  refusal(path2, stat, root2) {
    if (stat.isSymbolicLink) {
      const real = safeRealpath(this.fs, path2);
      if (real === void 0 || !isWithin(this.path, root2.real, real)) {
        return `symbolic link to outside ${root2.shown}: not followed (name it explicitly to lint it)`;
      }
    }
    if (!stat.isFile && !stat.isDirectory) return "not a regular file (a FIFO, socket or device): not read";
    return void 0;
  }
  /**
   * Why a linked directory the walk does not enter is named: it leads out of the root (what it holds
   * is not linted unless named), or back to a directory that contains it (a loop). A link to another
   * directory inside the root is passed over in silence: the walk reaches that directory itself.
   */
  linkedDirectoryRefusal(parent, link, root2) {
    const real = safeRealpath(this.fs, link);
    if (real === void 0 || !isWithin(this.path, root2.real, real)) {
      return `symbolic link to a directory outside ${root2.shown}: not followed (name it explicitly to lint it)`;
    }
    const parentReal = safeRealpath(this.fs, parent) ?? parent;
    if (isWithin(this.path, real, parentReal)) return "symbolic link to a directory that contains it (a loop): not followed";
    return void 0;
  }
  visitDirectory(dir, explicit, root2) {
    const manifest = this.path.join(dir, "manifest.json");
    const manifestStat = safeStat(this.fs, manifest);
    const manifestRefused = "stat" in manifestStat && manifestStat.stat ? this.refusal(manifest, manifestStat.stat, root2) : void 0;
    if (manifestRefused) {
      this.skipped.push({ file: this.display(manifest), reason: manifestRefused, refused: true });
    } else if ("stat" in manifestStat && manifestStat.stat?.isFile && this.isAssemblyManifest(manifest)) {
      return this.addAssembly(manifest, explicit);
    }
    const listing = safeReaddir(this.fs, dir);
    if ("error" in listing) return void this.skipped.push({ file: this.display(dir), reason: listing.error, lost: true });
    for (const name of listing.names.sort(compareStrings)) {
      const child = this.path.join(dir, name);
      const stat = safeStat(this.fs, child);
      if ("error" in stat) {
        this.skipped.push({ file: this.display(child), reason: stat.error, lost: true });
        continue;
      }
      if (!stat.stat) continue;
      if (stat.stat.isDirectory) {
        if (isSkippedDirectory(name) || this.isExcluded(this.display(child)) || this.isIgnored(this.display(child), true)) continue;
        if (stat.stat.isSymbolicLink) {
          const refused = this.linkedDirectoryRefusal(dir, child, root2);
          if (refused) this.skipped.push({ file: this.display(child), reason: refused, refused: true });
          continue;
        }
        this.visitDirectory(child, false, root2);
      } else if (hasLintableExtension(name) && !(manifestRefused && child === manifest) && !this.isIgnored(this.display(child), false)) {
        const refused = this.refusal(child, stat.stat, root2);
        if (refused === void 0) this.addFile(child, false, stat.stat.size);
        else if (!this.isExcluded(this.display(child))) this.skipped.push({ file: this.display(child), reason: refused, refused: true });
      }
    }
  }
  addAssembly(manifest, explicit) {
    if (this.seenAssemblies.has(manifest)) return;
    this.seenAssemblies.add(manifest);
    this.entries.push({ kind: "assembly", manifest, explicit });
  }
  addFile(path2, explicit, size) {
    const seen = this.seenFiles.get(path2);
    if (seen) {
      seen.explicit ||= explicit;
      return;
    }
    const entry = { kind: "file", path: path2, explicit, size };
    this.seenFiles.set(path2, entry);
    this.entries.push(entry);
  }
  /** Parses a file once per run; undefined when it cannot be read. */
  parseFile(path2) {
    const cached2 = this.cache.get(path2);
    if (cached2) return cached2;
    const read = readTextFile(this.fs, path2, this.budget);
    if (!read.ok) return void 0;
    const doc = parseRead(this.parse, this.display(path2), read);
    this.cache.set(path2, doc);
    return doc;
  }
  isAssemblyManifest(path2) {
    const doc = this.parseFile(path2);
    return doc !== void 0 && hasUsableData(doc) && classifyDocument(doc) === "cdk-manifest";
  }
  // ── pass 2: cloud assemblies ─────────────────────────────────────────────────────────────
  /** Reads every assembly before any file, so the files they claim are known when files are read. */
  readAssemblies() {
    const read = [];
    for (const entry of this.entries) {
      if (entry.kind !== "assembly") continue;
      const display = this.display(entry.manifest);
      if (this.isExcluded(display)) {
        if (entry.explicit) this.skipped.push({ file: display, reason: "excluded by an --exclude pattern" });
        continue;
      }
      const result = readAssembly(entry.manifest, this.fs, this.parse, {
        display: (p) => this.display(p),
        cache: this.cache,
        budget: this.budget
      });
      read.push({ manifest: entry.manifest, result });
    }
    const kept = read.filter(
      (a, i) => !read.some((b, j) => j !== i && b.result.claimedFiles.has(a.manifest) && !(j > i && a.result.claimedFiles.has(b.manifest)))
    );
    for (const { manifest, result } of kept) {
      for (const file2 of result.claimedFiles) this.claimed.add(file2);
      this.assemblyResults.set(manifest, result);
    }
  }
  emitAssembly(manifest) {
    const result = this.assemblyResults.get(manifest);
    if (!result) return;
    const selected = (file2) => this.filterReason(file2) === void 0 && !this.isIgnored(file2, false);
    for (const doc of result.documents) {
      if (selected(doc.file)) this.addDocument(doc);
    }
    for (const template of result.templates) {
      if (!selected(template.doc.file)) continue;
      this.templates.push(template.nestedIn ? template : { ...template, parameterValues: this.userParameters });
    }
    for (const problem of result.problems) {
      if (!this.isExcluded(problem.file)) this.problems.push(problem);
    }
  }
  // ── pass 3: files and stdin ──────────────────────────────────────────────────────────────
  /** The files readFile will read and parse, in its order (those it passes over or has parsed already left out). */
  filesToRead() {
    const files = [];
    for (const entry of this.entries) {
      if (entry.kind !== "file" || this.claimed.has(entry.path) || this.stdinReplaces === entry.path || this.cache.has(entry.path)) continue;
      const file2 = this.display(entry.path);
      if (this.filterReason(file2) === void 0) files.push({ path: entry.path, file: file2, size: entry.size });
    }
    return files;
  }
  readFile(path2, explicit) {
    if (this.claimed.has(path2)) return;
    const display = this.display(path2);
    if (this.stdinReplaces === path2) return;
    const filtered = this.filterReason(display);
    if (filtered) {
      if (explicit) this.skipped.push({ file: display, reason: filtered });
      return;
    }
    let doc = this.cache.get(path2);
    if (!doc) {
      const read = readTextFile(this.fs, path2, this.budget);
      if (!read.ok) {
        if (explicit || !read.binary) this.skipped.push({ file: display, reason: read.reason, ...read.binary || read.missing ? {} : { lost: true } });
        return;
      }
      doc = parseRead(this.parse, display, read);
      this.cache.set(path2, doc);
    }
    const name = this.path.basename(path2);
    this.accept(doc, { explicit, lintableName: hasLintableExtension(name), fsPath: path2 });
  }
  stdinPath() {
    const filename = this.options.stdin?.filename;
    return filename ? this.path.resolve(this.cwd, filename) : void 0;
  }
  readStdin() {
    const stdin = this.options.stdin;
    if (!stdin) return void this.skipped.push({ file: "-", reason: "no standard input was given" });
    const fsPath = this.stdinPath();
    const display = fsPath ? this.display(fsPath) : "<stdin>";
    const size = "bytes" in stdin ? stdin.bytes.length : stdin.text.length;
    if (size > MAX_FILE_BYTES) return void this.skipped.push({ file: display, reason: `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` });
    const read = "bytes" in stdin ? decodeRead(stdin.bytes) : { ok: true, text: stdin.text };
    if (!read.ok) return void this.skipped.push({ file: display, reason: read.binary ? "binary input" : read.reason, ...read.binary ? {} : { lost: true } });
    if (read.text.slice(0, 8192).includes("\0")) return void this.skipped.push({ file: display, reason: "binary input" });
    const doc = parseRead(this.parse, display, read);
    if (fsPath) this.cache.set(fsPath, doc);
    this.accept(doc, { explicit: true, lintableName: true, fsPath, stdin: true });
  }
  accept(doc, from) {
    const kind = hasUsableData(doc) ? classifyDocument(doc) : "other";
    if (doc.syntaxErrors.length > 0 && kind === "other") {
      if (from.explicit && !from.lintableName) this.skipped.push({ file: doc.file, reason: "not a JSON or YAML document" });
      else if (!from.explicit && !looksLikeLintInput(doc.text)) {
        this.skipped.push({ file: doc.file, reason: "does not parse and does not look like a template or IAM policy: skipped", notTemplate: true });
      } else this.addDocument(doc);
      return;
    }
    switch (kind) {
      case "template":
      case "resources-fragment": {
        const light = lighten(doc, this.parse, this.options.lightDocumentChars ?? LIGHT_DOCUMENT_CHARS);
        if (light !== doc) {
          releaseParses([light]);
          if (from.fsPath && this.cache.get(from.fsPath) === doc) this.cache.set(from.fsPath, light);
          doc = light;
        }
        this.addDocument(doc);
        this.templates.push({
          doc,
          resourcesPointer: kind === "template" ? "/Resources" : "",
          stackName: doc.file,
          stackKey: doc.file,
          cdkPaths: /* @__PURE__ */ new Map(),
          parameterValues: kind === "template" && from.fsPath ? this.parametersFor(from.fsPath) : this.userParameters
        });
        return;
      }
      case "iam":
        this.addDocument(doc);
        this.iamDocuments.push(doc);
        return;
      case "aws-account": {
        this.addDocument(doc);
        this.iamDocuments.push(doc);
        const template = accountTemplate(doc);
        if (template) this.templates.push(template);
        return;
      }
      case "cdk-manifest":
        if (from.stdin) this.skipped.push({ file: doc.file, reason: "a cloud assembly manifest is read from its directory, not from standard input" });
        return;
      case "amplify-parameters":
        if (from.explicit && from.fsPath && !this.claimed.has(from.fsPath) && !this.hasTemplateBeside(from.fsPath)) {
          this.skipped.push({ file: doc.file, reason: "an Amplify parameters.json with no template beside it" });
        }
        return;
      case "other":
        if (from.explicit) this.skipped.push({ file: doc.file, reason: NOT_LINTABLE });
        return;
    }
  }
  hasTemplateBeside(parametersFile) {
    const dir = this.path.dirname(parametersFile);
    const listing = safeReaddir(this.fs, dir);
    if ("error" in listing) return false;
    return listing.names.some((name) => {
      if (name === "parameters.json" || !hasLintableExtension(name)) return false;
      const doc = this.parseFile(this.path.join(dir, name));
      return doc !== void 0 && hasUsableData(doc) && classifyDocument(doc) === "template";
    });
  }
  // ── parameters ───────────────────────────────────────────────────────────────────────────
  /** Amplify's parameters.json beside the template, overridden by what the user gave. */
  parametersFor(templatePath) {
    const amplify = this.amplifyFor(this.path.dirname(templatePath), templatePath);
    if (!amplify || amplify.size === 0) return this.userParameters;
    return new Map([...amplify, ...this.userParameters]);
  }
  amplifyFor(dir, templatePath) {
    if (this.amplifyParameters.has(dir)) return this.amplifyParameters.get(dir);
    const file2 = this.path.join(dir, "parameters.json");
    let values;
    if (file2 !== templatePath) {
      const stat = safeStat(this.fs, file2);
      const doc = "stat" in stat && stat.stat?.isFile ? this.parseFile(file2) : void 0;
      if (doc && hasUsableData(doc) && classifyDocument(doc) === "amplify-parameters" && isPlainObject(doc.data)) {
        this.claimed.add(file2);
        const map = /* @__PURE__ */ new Map();
        for (const [key2, value] of Object.entries(doc.data)) {
          const text = parameterText(value);
          if (text !== void 0) map.set(key2, text);
        }
        values = map;
      }
    }
    this.amplifyParameters.set(dir, values);
    return values;
  }
  readParameters() {
    const merged = /* @__PURE__ */ new Map();
    for (const given of this.options.parameterFiles ?? []) {
      const path2 = this.path.resolve(this.cwd, given);
      const display = this.display(path2);
      const read = readTextFile(this.fs, path2, this.budget);
      if (!read.ok) {
        this.skipped.push({ file: display, reason: read.reason, ...read.missing ? { missing: true } : { lost: true } });
        continue;
      }
      const doc = parseRead(this.parse, display, read);
      this.cache.set(path2, doc);
      this.claimed.add(path2);
      if (!hasUsableData(doc) && !Array.isArray(doc.data)) {
        this.addDocument(doc);
        continue;
      }
      for (const [key2, value] of this.parameterFileEntries(doc)) merged.set(key2, value);
    }
    for (const [key2, value] of this.options.parameters ?? []) merged.set(key2, value);
    this.userParameters = merged;
  }
  /** `[{ParameterKey, ParameterValue}]` (aws cloudformation create-stack), `{Parameters: […]}`, or `{Parameters: {Key: Value}}` (CodePipeline). */
  parameterFileEntries(doc) {
    const out = [];
    const data = doc.data;
    let list = data;
    let base = "";
    if (isPlainObject(data) && "Parameters" in data) {
      list = data.Parameters;
      base = "/Parameters";
      if (isPlainObject(list)) {
        for (const [key2, value] of Object.entries(list)) {
          const text = parameterText(value);
          if (text === void 0) this.fileProblem(doc, joinPointer(base, key2), "parameter-no-value", `Parameter \`${key2}\` has no usable value.`);
          else out.push([key2, text]);
        }
        return out;
      }
    }
    if (!Array.isArray(list)) {
      this.fileProblem(doc, base, "parameters-not-a-list", "Not a CloudFormation parameter file: expected a list of {ParameterKey, ParameterValue}.");
      return out;
    }
    list.forEach((item, index2) => {
      const pointer = joinPointer(base, index2);
      if (!isPlainObject(item) || typeof item.ParameterKey !== "string") {
        this.fileProblem(doc, pointer, "parameter-no-key", "Parameter entry has no `ParameterKey`.");
        return;
      }
      if (item.UsePreviousValue === true && !("ParameterValue" in item)) return;
      const text = parameterText(item.ParameterValue);
      if (text === void 0) this.fileProblem(doc, pointer, "parameter-no-value", `Parameter \`${item.ParameterKey}\` has no usable \`ParameterValue\`.`);
      else out.push([item.ParameterKey, text]);
    });
    return out;
  }
  fileProblem(doc, pointer, code, message) {
    this.problems.push({ file: doc.file, range: doc.locate(pointer), code, pointer, message, doc });
  }
};
function parameterText(value) {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === "string" || typeof v === "number" || typeof v === "boolean")) {
    return value.map(String).join(",");
  }
  return void 0;
}

// src/rule-docs.ts
import { existsSync as existsSync3, readFileSync as readFileSync4 } from "node:fs";
import { join as join5 } from "node:path";
var cache2 = /* @__PURE__ */ new Map();
function ruleDocPath(ruleId) {
  return join5(packageRoot(), "rules", ...ruleId.split("/")) + ".md";
}
function ruleDocs(ruleId) {
  if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(ruleId)) return void 0;
  if (!cache2.has(ruleId)) {
    const path2 = ruleDocPath(ruleId);
    cache2.set(ruleId, existsSync3(path2) ? readFileSync4(path2, "utf8") : void 0);
  }
  return cache2.get(ruleId);
}

// src/util/ignore-file.ts
function compileIgnore(lines) {
  const rules2 = [];
  const errors = [];
  lines.forEach((raw, index2) => {
    const rule = compileLine(raw);
    if (rule === void 0) return;
    if ("refused" in rule) errors.push({ line: index2 + 1, refused: rule.refused });
    else rules2.push(rule);
  });
  return { list: { ignores: (path2, isDirectory) => ignored(rules2, path2, isDirectory) }, errors };
}
function compileLine(raw) {
  let line = raw.replace(/\r$/, "");
  let end = line.length;
  while (end > 0 && line[end - 1] === " " && line[end - 2] !== "\\") end -= 1;
  line = line.slice(0, end);
  if (line === "" || line.startsWith("#")) return void 0;
  let negate = false;
  if (line.startsWith("!")) {
    negate = true;
    line = line.slice(1);
  }
  let directoryOnly = false;
  if (line.endsWith("/") && !line.endsWith("\\/")) {
    directoryOnly = true;
    line = line.replace(/\/+$/, "");
  }
  if (line === "") return void 0;
  const anchored = line.includes("/");
  const body = line.replace(/^\/+/, "");
  const pattern = (anchored ? "" : "**/") + body.replace(/(?<!\\)[{}]/g, "\\$&");
  const glob = compileGlob(pattern);
  if (isGlobRefusal(glob)) return glob;
  return { glob, negate, directoryOnly };
}
function ignored(rules2, path2, isDirectory) {
  if (rules2.length === 0 || path2 === "" || path2 === ".") return false;
  const parts = path2.split("/").filter((p) => p !== "" && p !== ".");
  for (let i = 1; i <= parts.length; i++) {
    const candidate = parts.slice(0, i).join("/");
    const directory = i < parts.length || isDirectory;
    let verdict = false;
    for (const rule of rules2) {
      if (rule.directoryOnly && !directory) continue;
      if (rule.glob.match(candidate)) verdict = !rule.negate;
    }
    if (verdict) return true;
  }
  return false;
}

// src/version.ts
import { readFileSync as readFileSync5 } from "node:fs";
import { join as join6 } from "node:path";
var cached;
function toolVersion() {
  if (cached === void 0) {
    const pkg = JSON.parse(readFileSync5(join6(packageRoot(), "package.json"), "utf8"));
    cached = typeof pkg.version === "string" ? pkg.version : "0.0.0";
  }
  return cached;
}

// src/index.ts
function lint(paths, options) {
  const parameters = new Map(Object.entries(options.config?.parameters ?? {}));
  for (const [k, v] of options.parameters ?? []) parameters.set(k, v);
  const configDir = options.configDir ?? options.cwd;
  const configIgnores = options.config?.ignores?.length ? [{ base: configDir, list: compileIgnore(options.config.ignores).list }] : [];
  const parser = options.jobs === 1 || options.fs !== nodeFileSystem ? void 0 : new ParsePool(options.jobs);
  let inputs;
  try {
    inputs = loadInputs(paths, {
      fs: options.fs,
      cwd: options.cwd,
      // Globs from the command line are relative to the working directory; the config's to its folder.
      ...options.include ? { include: options.include } : options.config?.include ? { include: options.config.include, includeBase: configDir } : {},
      ...options.exclude ? { exclude: options.exclude } : options.config?.exclude ? { exclude: options.config.exclude, excludeBase: configDir } : {},
      ignores: [...options.ignores ?? [], ...configIgnores],
      ...options.stdin ? { stdin: options.stdin } : {},
      parameters,
      ...options.parameterFiles ? { parameterFiles: options.parameterFiles } : {},
      ...options.maxTotalBytes !== void 0 ? { maxTotalBytes: options.maxTotalBytes } : {},
      ...options.documents ? { documents: options.documents } : {},
      ...options.lightDocumentChars !== void 0 ? { lightDocumentChars: options.lightDocumentChars } : {},
      ...parser ? { parser } : {}
    });
  } finally {
    parser?.close();
  }
  const path2 = pathApiFor(options.cwd);
  const linted = options.shard ? selectShard(inputs, options.shard) : inputs;
  if (options.shard) releaseParses(inputs.documents);
  return {
    report: lintInputs(linted, {
      ...options,
      paths: { config: rebaser(path2, options.cwd, configDir), fingerprint: rebaser(path2, options.cwd, options.fingerprintDir ?? options.cwd) }
    }),
    inputs,
    linted
  };
}
function lintInputs(inputs, options = {}) {
  const result = lintUnderConditions(inputs, options.rules ?? rules, {
    ...options.config ? { config: options.config } : {},
    ...options.now ? { now: options.now } : {},
    ...options.paths ? { paths: options.paths } : {}
  });
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
  let suppressed = 0;
  for (const finding of result.findings) {
    if (finding.suppressions.length > 0) suppressed++;
    else counts[finding.severity]++;
  }
  return {
    tool: { name: "cognito-iam-lint", version: toolVersion() },
    files: [...new Set(inputs.documents.map((d) => d.file))].sort(),
    findings: result.findings,
    notifications: sortNotifications([...result.notifications, ...inputs.skipped.flatMap(unreadNotification)]),
    rules: result.rules.map(ruleMetadata).sort((a, b) => a.id < b.id ? -1 : 1),
    summary: { filesLinted: inputs.documents.length, findings: counts, suppressed }
  };
}
function unreadNotification(skip) {
  if (skip.missing) return [{ level: "error", kind: "input", message: `Not found: ${skip.reason}`, file: skip.file }];
  if (skip.ignored) return [{ level: "warning", kind: "input", message: "File ignored because of a matching ignore pattern (use --no-ignore to lint it).", file: skip.file }];
  if (skip.notTemplate) return [{ level: "note", kind: "input", message: "Skipped: it does not parse and does not look like a template or IAM policy.", file: skip.file }];
  if (!skip.lost && !skip.refused) return [];
  return [{ level: skip.lost ? "error" : "warning", kind: "input", message: `Not read: ${skip.reason}`, file: skip.file }];
}
function ruleMetadata(rule) {
  const docs = ruleDocs(rule.meta.id);
  return {
    id: rule.meta.id,
    description: rule.meta.description,
    severity: rule.meta.severity,
    fix: rule.meta.fix,
    references: rule.meta.references,
    ...docs !== void 0 ? { docs } : {},
    tags: rule.meta.tags ?? []
  };
}

export {
  compileGlob,
  isGlobRefusal,
  compileIgnore,
  boundedEditDistance,
  MissingDataError,
  compareNotificationKeys,
  sortNotifications,
  knownString,
  describe,
  findingResourceOf,
  userPoolFor,
  userPoolClientFor,
  mayBeUnauthenticated,
  exposureOf,
  readS3Resource,
  grantsOf,
  SEVERITIES,
  rules,
  buildIdentityModel,
  toolVersion,
  lint,
  lintInputs,
  ruleMetadata
};
