// cognito-iam-lint: built by build/build.mjs from src/ and rules/; do not edit.
import { createRequire as __cilCreateRequire } from 'node:module';
const require = __cilCreateRequire(import.meta.url);
import {
  compareNotificationKeys,
  compileIgnore,
  lint,
  ruleMetadata,
  sortNotifications,
  toolVersion
} from "./chunks/chunk-ABTWKKYN.js";
import {
  AWS_SERVICES,
  failureLine,
  unreadCalls
} from "./chunks/chunk-ATQT3MMO.js";
import {
  FIX_DIALECTS,
  MAX_FILE_BYTES,
  MissingDataError,
  SEVERITIES,
  boundedEditDistance,
  buildIdentityModel,
  compileGlob,
  describe,
  exposureOf,
  grantsOf,
  isGlobRefusal,
  isWithin,
  knownString,
  mayBeUnauthenticated,
  nodeFileSystem,
  parseText,
  pathApiFor,
  readS3Resource,
  readStdinBounded,
  readTextFile,
  rebaser,
  rules,
  safeRealpath,
  userPoolClientFor,
  userPoolFor
} from "./chunks/chunk-RKEA7363.js";
import "./chunks/chunk-SBWCWIWY.js";
import {
  __commonJS,
  __toESM
} from "./chunks/chunk-S6IGY6PS.js";

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result2 = "", cursor = 0;
      do {
        result2 += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result2 + string.substring(cursor);
    };
    var createColors2 = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors2();
    module.exports.createColors = createColors2;
  }
});

// src/cli/main.ts
import { dirname as dirname2, join as join2, resolve as resolve2 } from "node:path";

// src/generated/config-validator.js
var config_validator_default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://cognito-iam-lint.dev/schemas/config.schema.json", "title": "cognito-iam-lint configuration (.cognito-iam-lint.yaml / .cognito-iam-lint.json)", "type": "object", "additionalProperties": false, "properties": { "$schema": { "type": "string" }, "rules": { "description": `Per-rule settings by rule ID: "off", a severity that replaces the rule's own, or {severity}.`, "type": "object", "propertyNames": { "pattern": "^[a-z0-9-]+/[a-z0-9-]+$" }, "additionalProperties": { "oneOf": [{ "$ref": "#/definitions/severityOrOff" }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/severityOrOff" } } }] } }, "failOn": { "description": "Lowest severity that fails the run (exit 1); like --fail-on.", "enum": ["critical", "high", "medium", "low", "info", "none"] }, "include": { "description": "Glob patterns (minimatch) of files to lint, relative to the folder of this config file.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "exclude": { "description": "Glob patterns (minimatch) of files never to lint, relative to the folder of this config file; exclude wins over include.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "ignores": { "description": "Ignore patterns in gitignore syntax (as in .cognito-iam-lintignore: `!` re-includes, a trailing `/` matches directories, a leading `/` anchors), relative to the folder of this config file. Ignored files are not walked into; named on the command line, they are reported as ignored and not linted (unless --no-ignore).", "type": "array", "items": { "type": "string" } }, "parameters": { "description": "Template parameter values, like --parameter KEY=VALUE.", "type": "object", "additionalProperties": { "type": ["string", "number", "boolean"] } }, "suppressions": { "description": "Suppressions kept outside the templates, for reviewers: each names the rule, the files (and optionally the resource) and gives a reason. Reports show them as suppressions of kind `external`.", "type": "array", "items": { "$ref": "#/definitions/externalSuppression" } }, "reportUnusedSuppressions": { "description": "Warn about in-source and external suppressions that matched no finding; like --report-unused-suppressions.", "type": "boolean" } }, "definitions": { "severityOrOff": { "enum": ["off", "critical", "high", "medium", "low", "info"] }, "externalSuppression": { "type": "object", "additionalProperties": false, "required": ["rule", "files", "reason"], "properties": { "rule": { "description": "A rule ID, every rule of an area (`trust/*`) or every rule (`*`).", "type": "string", "pattern": "^(\\*|[a-z0-9-]+/(\\*|[a-z0-9-]+))$" }, "files": { "description": "Glob (minimatch), or list of globs, of the files it covers: relative to the folder of this config file.", "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }] }, "resource": { "description": "CloudFormation logical ID, or CDK construct path (which also covers the constructs below it). Without it, every finding of the rule in the files.", "type": "string", "minLength": 1 }, "reason": { "description": "Why the finding is accepted; every report shows it (SARIF `justification`).", "type": "string", "pattern": "\\S" }, "expires": { "description": "Last day (YYYY-MM-DD, UTC) on which the suppression applies; after it the finding is back.", "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$" } } } } };
var schema12 = { "enum": ["off", "critical", "high", "medium", "low", "info"] };
var func2 = Object.prototype.hasOwnProperty;
var pattern0 = new RegExp("^[a-z0-9-]+/[a-z0-9-]+$", "u");
var pattern1 = new RegExp("^(\\*|[a-z0-9-]+/(\\*|[a-z0-9-]+))$", "u");
var pattern2 = new RegExp("\\S", "u");
var pattern3 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data1 = data.rules;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          const _errs6 = errors;
          if (typeof key1 === "string") {
            if (!pattern0.test(key1)) {
              const err2 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9-]+/[a-z0-9-]+$" }, message: 'must match pattern "^[a-z0-9-]+/[a-z0-9-]+$"', propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          }
          var valid1 = _errs6 === errors;
          if (!valid1) {
            const err3 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        for (const key2 in data1) {
          let data2 = data1[key2];
          const _errs9 = errors;
          let valid3 = false;
          let passing0 = null;
          const _errs10 = errors;
          if (!(data2 === "off" || data2 === "critical" || data2 === "high" || data2 === "medium" || data2 === "low" || data2 === "info")) {
            const err4 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/severityOrOff/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
          var _valid0 = _errs10 === errors;
          if (_valid0) {
            valid3 = true;
            passing0 = 0;
          }
          const _errs12 = errors;
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            for (const key3 in data2) {
              if (!(key3 === "severity")) {
                const err5 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data2.severity !== void 0) {
              let data3 = data2.severity;
              if (!(data3 === "off" || data3 === "critical" || data3 === "high" || data3 === "medium" || data3 === "low" || data3 === "info")) {
                const err6 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", schemaPath: "#/definitions/severityOrOff/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
          } else {
            const err7 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          var _valid0 = _errs12 === errors;
          if (_valid0 && valid3) {
            valid3 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid3 = true;
              passing0 = 1;
            }
          }
          if (!valid3) {
            const err8 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          } else {
            errors = _errs9;
            if (vErrors !== null) {
              if (_errs9) {
                vErrors.length = _errs9;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.failOn !== void 0) {
      let data4 = data.failOn;
      if (!(data4 === "critical" || data4 === "high" || data4 === "medium" || data4 === "low" || data4 === "info" || data4 === "none")) {
        const err10 = { instancePath: instancePath + "/failOn", schemaPath: "#/properties/failOn/enum", keyword: "enum", params: { allowedValues: schema11.properties.failOn.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.include !== void 0) {
      let data5 = data.include;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (typeof data6 === "string") {
            if (data6.length < 1) {
              const err11 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/properties/include/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/properties/include/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/include", schemaPath: "#/properties/include/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.exclude !== void 0) {
      let data7 = data.exclude;
      if (Array.isArray(data7)) {
        const len1 = data7.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data8 = data7[i1];
          if (typeof data8 === "string") {
            if (data8.length < 1) {
              const err14 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/properties/exclude/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.ignores !== void 0) {
      let data9 = data.ignores;
      if (Array.isArray(data9)) {
        const len2 = data9.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (typeof data9[i2] !== "string") {
            const err17 = { instancePath: instancePath + "/ignores/" + i2, schemaPath: "#/properties/ignores/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/ignores", schemaPath: "#/properties/ignores/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.parameters !== void 0) {
      let data11 = data.parameters;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        for (const key4 in data11) {
          let data12 = data11[key4];
          if (typeof data12 !== "string" && !(typeof data12 == "number") && typeof data12 !== "boolean") {
            const err19 = { instancePath: instancePath + "/parameters/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/parameters/additionalProperties/type", keyword: "type", params: { type: schema11.properties.parameters.additionalProperties.type }, message: "must be string,number,boolean" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.suppressions !== void 0) {
      let data13 = data.suppressions;
      if (Array.isArray(data13)) {
        const len3 = data13.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data14 = data13[i3];
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            if (data14.rule === void 0) {
              const err21 = { instancePath: instancePath + "/suppressions/" + i3, schemaPath: "#/definitions/externalSuppression/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'" };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (data14.files === void 0) {
              const err22 = { instancePath: instancePath + "/suppressions/" + i3, schemaPath: "#/definitions/externalSuppression/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'" };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (data14.reason === void 0) {
              const err23 = { instancePath: instancePath + "/suppressions/" + i3, schemaPath: "#/definitions/externalSuppression/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            for (const key5 in data14) {
              if (!(key5 === "rule" || key5 === "files" || key5 === "resource" || key5 === "reason" || key5 === "expires")) {
                const err24 = { instancePath: instancePath + "/suppressions/" + i3, schemaPath: "#/definitions/externalSuppression/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data14.rule !== void 0) {
              let data15 = data14.rule;
              if (typeof data15 === "string") {
                if (!pattern1.test(data15)) {
                  const err25 = { instancePath: instancePath + "/suppressions/" + i3 + "/rule", schemaPath: "#/definitions/externalSuppression/properties/rule/pattern", keyword: "pattern", params: { pattern: "^(\\*|[a-z0-9-]+/(\\*|[a-z0-9-]+))$" }, message: 'must match pattern "^(\\*|[a-z0-9-]+/(\\*|[a-z0-9-]+))$"' };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              } else {
                const err26 = { instancePath: instancePath + "/suppressions/" + i3 + "/rule", schemaPath: "#/definitions/externalSuppression/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data14.files !== void 0) {
              let data16 = data14.files;
              const _errs44 = errors;
              let valid18 = false;
              let passing1 = null;
              const _errs45 = errors;
              if (typeof data16 === "string") {
                if (data16.length < 1) {
                  const err27 = { instancePath: instancePath + "/suppressions/" + i3 + "/files", schemaPath: "#/definitions/externalSuppression/properties/files/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              } else {
                const err28 = { instancePath: instancePath + "/suppressions/" + i3 + "/files", schemaPath: "#/definitions/externalSuppression/properties/files/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
              var _valid1 = _errs45 === errors;
              if (_valid1) {
                valid18 = true;
                passing1 = 0;
              }
              const _errs47 = errors;
              if (Array.isArray(data16)) {
                if (data16.length < 1) {
                  const err29 = { instancePath: instancePath + "/suppressions/" + i3 + "/files", schemaPath: "#/definitions/externalSuppression/properties/files/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
                const len4 = data16.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data17 = data16[i4];
                  if (typeof data17 === "string") {
                    if (data17.length < 1) {
                      const err30 = { instancePath: instancePath + "/suppressions/" + i3 + "/files/" + i4, schemaPath: "#/definitions/externalSuppression/properties/files/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err30];
                      } else {
                        vErrors.push(err30);
                      }
                      errors++;
                    }
                  } else {
                    const err31 = { instancePath: instancePath + "/suppressions/" + i3 + "/files/" + i4, schemaPath: "#/definitions/externalSuppression/properties/files/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
              } else {
                const err32 = { instancePath: instancePath + "/suppressions/" + i3 + "/files", schemaPath: "#/definitions/externalSuppression/properties/files/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
              var _valid1 = _errs47 === errors;
              if (_valid1 && valid18) {
                valid18 = false;
                passing1 = [passing1, 1];
              } else {
                if (_valid1) {
                  valid18 = true;
                  passing1 = 1;
                }
              }
              if (!valid18) {
                const err33 = { instancePath: instancePath + "/suppressions/" + i3 + "/files", schemaPath: "#/definitions/externalSuppression/properties/files/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              } else {
                errors = _errs44;
                if (vErrors !== null) {
                  if (_errs44) {
                    vErrors.length = _errs44;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data14.resource !== void 0) {
              let data18 = data14.resource;
              if (typeof data18 === "string") {
                if (data18.length < 1) {
                  const err34 = { instancePath: instancePath + "/suppressions/" + i3 + "/resource", schemaPath: "#/definitions/externalSuppression/properties/resource/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              } else {
                const err35 = { instancePath: instancePath + "/suppressions/" + i3 + "/resource", schemaPath: "#/definitions/externalSuppression/properties/resource/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data14.reason !== void 0) {
              let data19 = data14.reason;
              if (typeof data19 === "string") {
                if (!pattern2.test(data19)) {
                  const err36 = { instancePath: instancePath + "/suppressions/" + i3 + "/reason", schemaPath: "#/definitions/externalSuppression/properties/reason/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
              } else {
                const err37 = { instancePath: instancePath + "/suppressions/" + i3 + "/reason", schemaPath: "#/definitions/externalSuppression/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data14.expires !== void 0) {
              let data20 = data14.expires;
              if (typeof data20 === "string") {
                if (!pattern3.test(data20)) {
                  const err38 = { instancePath: instancePath + "/suppressions/" + i3 + "/expires", schemaPath: "#/definitions/externalSuppression/properties/expires/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
              } else {
                const err39 = { instancePath: instancePath + "/suppressions/" + i3 + "/expires", schemaPath: "#/definitions/externalSuppression/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
          } else {
            const err40 = { instancePath: instancePath + "/suppressions/" + i3, schemaPath: "#/definitions/externalSuppression/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
      } else {
        const err41 = { instancePath: instancePath + "/suppressions", schemaPath: "#/properties/suppressions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.reportUnusedSuppressions !== void 0) {
      if (typeof data.reportUnusedSuppressions !== "boolean") {
        const err42 = { instancePath: instancePath + "/reportUnusedSuppressions", schemaPath: "#/properties/reportUnusedSuppressions/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
  } else {
    const err43 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err43];
    } else {
      vErrors.push(err43);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/util/suggest.ts
function closestName(word, candidates) {
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  let best;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = boundedEditDistance(word.toLowerCase(), candidate.toLowerCase(), limit);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
function didYouMean(word, candidates, quote = (name) => `'${name}'`) {
  const name = closestName(word, candidates);
  return name === void 0 ? "" : `did you mean ${quote(name)}? `;
}

// src/config/load.ts
var CONFIG_FILE_NAMES = [".cognito-iam-lint.yaml", ".cognito-iam-lint.yml", ".cognito-iam-lint.json"];
var IGNORE_FILE_NAME = ".cognito-iam-lintignore";
var ConfigError = class extends Error {
};
function findConfigFile(fs2, cwd, join4, dirname4) {
  return findUpward(fs2, cwd, CONFIG_FILE_NAMES, join4, dirname4);
}
function findUpward(fs2, start, names, join4, dirname4) {
  let dir = start;
  for (let i = 0; i < 64; i++) {
    for (const name of names) {
      const candidate = join4(dir, name);
      const stat = fs2.stat(candidate);
      if (stat && !stat.isDirectory) return candidate;
    }
    const parent = dirname4(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
  return void 0;
}
var code = (name) => `\`${name}\``;
function parseConfig(displayName, text, knownRuleIds) {
  const doc = parseText(displayName, text);
  const first = doc.syntaxErrors[0];
  if (first)
    throw new ConfigError(`${displayName}:${first.range.start.line}:${first.range.start.column}: ${first.message}`);
  const data = doc.data ?? {};
  const validator = config_validator_default;
  if (!validator(data)) {
    const error = mostSpecific(validator.errors ?? []);
    const pointer = error ? effectivePointer(error) : "";
    const key = tokens(pointer).join(".");
    const which = error && (error.keyword === "additionalProperties" || propertyNameOf(error) !== void 0) ? "key" : "value";
    const range2 = doc.locate(pointer, which);
    throw new ConfigError(
      `${displayName}:${range2.start.line}:${range2.start.column}: ${key ? `\`${key}\` ` : ""}${describeError(error)}`
    );
  }
  const config = data;
  for (const id of Object.keys(config.rules ?? {})) {
    if (!knownRuleIds.has(id)) {
      const range2 = doc.locate(`/rules/${id.replace(/~/g, "~0").replace(/\//g, "~1")}`, "key");
      throw new ConfigError(
        `${displayName}:${range2.start.line}:${range2.start.column}: \`rules.${id}\` names no rule (${didYouMean(id, knownRuleIds, code)}see --list-rules).`
      );
    }
  }
  checkGlobs(displayName, doc, config);
  for (const [index, suppression2] of (config.suppressions ?? []).entries()) {
    const at = (key) => {
      const range2 = doc.locate(`/suppressions/${index}/${key}`);
      return `${displayName}:${range2.start.line}:${range2.start.column}: \`suppressions.${index}.${key}\``;
    };
    if (!ruleSelectorKnown(suppression2.rule, knownRuleIds)) {
      throw new ConfigError(
        `${at("rule")} names no rule (${didYouMean(suppression2.rule, knownRuleIds, code)}see --list-rules).`
      );
    }
    if (suppression2.expires !== void 0 && !isCalendarDate(suppression2.expires)) {
      throw new ConfigError(`${at("expires")} is not a date (YYYY-MM-DD).`);
    }
  }
  if (config.parameters) {
    config.parameters = Object.fromEntries(Object.entries(config.parameters).map(([k, v]) => [k, String(v)]));
  }
  return config;
}
function checkGlobs(displayName, doc, config) {
  const globs = [];
  for (const key of ["include", "exclude"])
    (config[key] ?? []).forEach((g, i) => globs.push([`/${key}/${i}`, g]));
  (config.suppressions ?? []).forEach((s, i) => {
    if (typeof s.files === "string") globs.push([`/suppressions/${i}/files`, s.files]);
    else s.files.forEach((g, j) => globs.push([`/suppressions/${i}/files/${j}`, g]));
  });
  for (const error of compileIgnore(config.ignores ?? []).errors) {
    const pointer = `/ignores/${error.line - 1}`;
    const range2 = doc.locate(pointer);
    throw new ConfigError(
      `${displayName}:${range2.start.line}:${range2.start.column}: \`${tokens(pointer).join(".")}\`: the glob ${error.refused}.`
    );
  }
  for (const [pointer, glob] of globs) {
    const compiled = compileGlob(glob);
    if (isGlobRefusal(compiled)) {
      const range2 = doc.locate(pointer);
      throw new ConfigError(
        `${displayName}:${range2.start.line}:${range2.start.column}: \`${tokens(pointer).join(".")}\`: the glob ${compiled.refused}.`
      );
    }
  }
}
function ruleSelectorKnown(selector, knownRuleIds) {
  if (selector === "*") return true;
  if (selector.endsWith("/*")) {
    const area = selector.slice(0, -1);
    return [...knownRuleIds].some((id) => id.startsWith(area));
  }
  return knownRuleIds.has(selector);
}
function isCalendarDate(text) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = /* @__PURE__ */ new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
function mostSpecific(errors) {
  const depth = (e) => tokens(effectivePointer(e)).length;
  return [...errors].sort(
    (a, b) => depth(b) - depth(a) || Number(a.keyword === "oneOf") - Number(b.keyword === "oneOf")
  )[0];
}
function propertyNameOf(error) {
  const withName = error;
  if (typeof withName.propertyName === "string") return withName.propertyName;
  const params = error.params;
  return error.keyword === "propertyNames" && typeof params.propertyName === "string" ? params.propertyName : void 0;
}
function effectivePointer(error) {
  const escape = (t) => t.replace(/~/g, "~0").replace(/\//g, "~1");
  if (error.keyword === "additionalProperties") {
    return `${error.instancePath}/${escape(String(error.params.additionalProperty))}`;
  }
  const name = propertyNameOf(error);
  return name !== void 0 ? `${error.instancePath}/${escape(name)}` : error.instancePath;
}
function tokens(pointer) {
  return pointer.slice(1).split("/").filter(Boolean).map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function describeError(error) {
  if (!error) return "is invalid.";
  switch (error.keyword) {
    case "additionalProperties":
      return "is not a known setting.";
    case "enum":
      return `must be one of ${(error.params.allowedValues ?? []).join(", ")}.`;
    case "type":
      return `must be ${error.params.type}.`;
    case "required":
      return `needs \`${String(error.params.missingProperty)}\`.`;
    case "propertyNames":
    case "pattern":
      if (propertyNameOf(error) !== void 0) return "is not a rule ID (`<area>/<name>`, lower case).";
      if (/^\/suppressions\/\d+\/rule$/.test(error.instancePath))
        return "must be a rule ID, an area (`trust/*`) or `*`.";
      if (/^\/suppressions\/\d+\/reason$/.test(error.instancePath)) return "must say why the finding is accepted.";
      if (/^\/suppressions\/\d+\/expires$/.test(error.instancePath)) return "is not a date (YYYY-MM-DD).";
      return `${error.message ?? "is invalid"}.`;
    default:
      return `${error.message ?? "is invalid"}.`;
  }
}

// src/util/printable.ts
var UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
var NAMED = { "	": "\\t", "\n": "\\n", "\r": "\\r" };
function hex(code2, width) {
  return code2.toString(16).padStart(width, "0");
}
function escapeCharacter(ch) {
  const named = NAMED[ch];
  if (named !== void 0) return named;
  const code2 = ch.charCodeAt(0);
  return code2 <= 255 ? `\\x${hex(code2, 2)}` : `\\u${hex(code2, 4)}`;
}
function printable(value) {
  const shown = value.replace(UNSAFE, escapeCharacter).replace(/##\[/g, "##\\x5b");
  const lead = shown.length - shown.trimStart().length;
  return shown.startsWith("::", lead) ? `${shown.slice(0, lead)}\\x3a${shown.slice(lead + 1)}` : shown;
}
function printableLines(text) {
  return text.split(/\r\n|\r|\n|\u2028|\u2029/).map(printable).join("\n");
}
var JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function asciiSafeJson(json) {
  return json.replace(JSON_UNSAFE, (ch) => `\\u${hex(ch.charCodeAt(0), 4)}`);
}

// src/engine/baseline.ts
var BASELINE_VERSION = 1;
var BaselineError = class extends Error {
};
var compare = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function compareEntries(a, b) {
  return compare(a.file, b.file) || compare(a.ruleId, b.ruleId) || compare(a.resource ?? "", b.resource ?? "") || compare(a.message, b.message) || compare(a.fingerprint, b.fingerprint);
}
function entryOf(finding2, file) {
  return {
    fingerprint: finding2.fingerprint,
    ruleId: finding2.ruleId,
    file: file(finding2.file),
    ...finding2.resource ? { resource: finding2.resource.logicalId } : {},
    message: finding2.message
  };
}
function createBaseline(report, file = (path) => path) {
  const entries = report.findings.filter((f) => f.suppressions.length === 0).map((f) => entryOf(f, file)).sort(compareEntries);
  return { version: BASELINE_VERSION, toolVersion: report.tool.version, entries };
}
function formatBaseline(baseline) {
  const ordered = {
    version: baseline.version,
    toolVersion: baseline.toolVersion,
    entries: [...baseline.entries].sort(compareEntries).map((e) => ({
      fingerprint: e.fingerprint,
      ruleId: e.ruleId,
      file: e.file,
      ...e.resource !== void 0 ? { resource: e.resource } : {},
      message: e.message
    }))
  };
  return asciiSafeJson(JSON.stringify(ordered, null, 2)) + "\n";
}
function parseBaseline(text) {
  let data;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new BaselineError(
      `not valid JSON (${error instanceof Error ? error.message.split("\n")[0] : String(error)}).`
    );
  }
  if (data === null || typeof data !== "object" || Array.isArray(data))
    throw new BaselineError("not a baseline: expected a JSON object with `version` and `entries`.");
  const object = data;
  if (object.version !== BASELINE_VERSION) {
    throw new BaselineError(
      object.version === void 0 ? "not a baseline: `version` is missing." : `unsupported baseline version ${JSON.stringify(object.version)} (this cognito-iam-lint reads version ${BASELINE_VERSION}; write it again with --write-baseline).`
    );
  }
  if (!Array.isArray(object.entries)) throw new BaselineError("not a baseline: `entries` must be a list.");
  const entries = object.entries.map((raw, index) => {
    const at = `entries[${index}]`;
    if (raw === null || typeof raw !== "object" || Array.isArray(raw))
      throw new BaselineError(`${at} must be an object.`);
    const entry = raw;
    for (const key of ["fingerprint", "ruleId", "file", "message"]) {
      if (typeof entry[key] !== "string" || entry[key] === "")
        throw new BaselineError(`${at}.${key} must be a non-empty string.`);
    }
    if (entry.resource !== void 0 && typeof entry.resource !== "string")
      throw new BaselineError(`${at}.resource must be a string.`);
    return {
      fingerprint: entry.fingerprint,
      ruleId: entry.ruleId,
      file: entry.file,
      ...typeof entry.resource === "string" ? { resource: entry.resource } : {},
      message: entry.message
    };
  });
  return {
    version: BASELINE_VERSION,
    toolVersion: typeof object.toolVersion === "string" ? object.toolVersion : "unknown",
    entries
  };
}
function applyBaseline(report, baseline) {
  const remaining = /* @__PURE__ */ new Map();
  for (const entry of baseline.entries) {
    const list = remaining.get(entry.fingerprint);
    if (list) list.push(entry);
    else remaining.set(entry.fingerprint, [entry]);
  }
  const findings = report.findings.map((finding2) => {
    const list = remaining.get(finding2.fingerprint);
    const matched = list !== void 0 && list.length > 0;
    if (matched) list.shift();
    return { ...finding2, baselineState: matched ? "unchanged" : "new" };
  });
  const absent = [...remaining.values()].flat().sort(compareEntries);
  return { report: { ...report, findings }, absent };
}

// src/reporters/common/index.ts
function findingStatus(finding2) {
  if (finding2.suppressions.length > 0) return "suppressed";
  if (finding2.baselineState === "unchanged") return "baseline";
  return "open";
}
function sarifLevel(severity) {
  switch (severity) {
    case "critical":
    case "high":
      return "error";
    case "medium":
      return "warning";
    case "low":
    case "info":
      return "note";
  }
}
function countBySeverity(findings) {
  const counts = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  for (const finding2 of findings) counts[finding2.severity] += 1;
  return counts;
}
function problemsBySeverity(open) {
  const counts = countBySeverity(open);
  const breakdown = SEVERITIES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`);
  return `${plural(open.length, "problem")} (${breakdown.join(", ")})`;
}
function plural(count, singular, pluralForm = `${singular}s`) {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var REPOSITORY_URL = "https://github.com/cognito-iam-lint/cognito-iam-lint";
function ruleDocsUrl(ruleId) {
  return `${REPOSITORY_URL}/blob/main/rules/${ruleId.split("/").map(encodeURIComponent).join("/")}.md`;
}
function failingFindings(findings, threshold) {
  if (threshold === "none") return [];
  const limit = SEVERITIES.indexOf(threshold);
  return findings.filter((f) => findingStatus(f) === "open" && SEVERITIES.indexOf(f.severity) <= limit);
}
function failOnVerdict(report) {
  const threshold = report.summary.failOn;
  if (threshold === void 0) return void 0;
  const fails = failingFindings(report.findings, threshold).length > 0;
  return `${fails ? "fails" : "passes"} --fail-on ${threshold}`;
}
function findingMessage(finding2) {
  const resource2 = finding2.resource;
  if (resource2?.cdkPath !== void 0) return `${finding2.message} [construct ${resource2.cdkPath}]`;
  if (resource2?.amplify) return `${finding2.message} [${amplifyName(resource2.amplify)}]`;
  return finding2.message;
}
function amplifyName(amplify) {
  return `Amplify ${amplify.category} resource ${amplify.resource}`;
}
function frameText(frame) {
  return `${frame.file}:${frame.line}:${frame.column}`;
}
function bySeverity(findings) {
  return [...findings].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
}

// src/reporters/github.ts
var ANNOTATIONS_PER_LEVEL = 10;
var COMMAND = {
  error: "error",
  warning: "warning",
  note: "notice"
};
function escapeData(value) {
  return printable(value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
}
function escapeProperty(value) {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function workflowCommand(level, properties, message) {
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(value)}`).join(",");
  return `::${level} ${props}::${escapeData(message)}`;
}
function command(finding2) {
  const { start, end } = finding2.range;
  const properties = [
    ["file", finding2.file],
    ["line", String(start.line)]
  ];
  if (start.line === end.line) properties.push(["col", String(start.column)]);
  properties.push(["endLine", String(end.line)]);
  if (start.line === end.line) properties.push(["endColumn", String(end.column)]);
  properties.push(["title", finding2.ruleId]);
  return workflowCommand(COMMAND[sarifLevel(finding2.severity)], properties, findingMessage(finding2));
}
var NOTIFICATION_TITLE = {
  input: "cognito-iam-lint input problem",
  internal: "cognito-iam-lint internal error",
  unresolved: "cognito-iam-lint unresolved value"
};
function notificationCommand(n) {
  const properties = [];
  if (n.file !== void 0) {
    properties.push(["file", n.file]);
    if (n.range) properties.push(["line", String(n.range.start.line)], ["col", String(n.range.start.column)]);
  }
  properties.push([
    "title",
    n.ruleId !== void 0 ? `${NOTIFICATION_TITLE[n.kind]} (${n.ruleId})` : NOTIFICATION_TITLE[n.kind]
  ]);
  return workflowCommand(n.level === "error" ? "error" : "warning", properties, n.message);
}
function summaryCommand(report, open, commands) {
  const problems = open.length === 0 ? "No problems" : problemsBySeverity(open);
  const verdict = failOnVerdict(report);
  let text = `${problems} in ${plural(report.summary.filesLinted, "file")} linted${verdict ? `; ${verdict}` : ""}.`;
  const over = ["error", "warning", "notice"].filter(
    (level) => commands.filter((c) => c.startsWith(`::${level} `)).length + (level === "notice" ? 1 : 0) > ANNOTATIONS_PER_LEVEL
  );
  if (over.length > 0) {
    text += ` GitHub shows ${ANNOTATIONS_PER_LEVEL} annotations of each level per step; more ${over.join(" and ")} annotations are in this step's log.`;
  }
  return workflowCommand("notice", [["title", "cognito-iam-lint"]], text);
}
function formatGithub(report) {
  const open = report.findings.filter((f) => findingStatus(f) === "open");
  const errors = report.notifications.filter((n) => n.level === "error").map(notificationCommand);
  const warnings = report.notifications.filter((n) => n.level === "warning").map(notificationCommand);
  const commands = [...errors, ...bySeverity(open).map(command), ...warnings];
  commands.push(summaryCommand(report, open, commands));
  return commands.join("\n") + "\n";
}

// src/generated/html-viewer.js
var HTML_VIEWER_SCRIPT = '/*! cognito-iam-lint HTML report viewer. Bundles:\n\n@dagrejs/dagre@3.1.4 (MIT)\n\nCopyright (c) 2012-2014 Chris Pettitt\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\nof this software and associated documentation files (the "Software"), to deal\nin the Software without restriction, including without limitation the rights\nto use, copy, modify, merge, publish, distribute, sublicense, and/or sell\ncopies of the Software, and to permit persons to whom the Software is\nfurnished to do so, subject to the following conditions:\n\nThe above copyright notice and this permission notice shall be included in\nall copies or substantial portions of the Software.\n\nTHE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR\nIMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,\nFITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE\nAUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER\nLIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,\nOUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN\nTHE SOFTWARE.\n\n@dagrejs/graphlib@4.0.8 (MIT)\n\nCopyright (c) 2012-2014 Chris Pettitt\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\nof this software and associated documentation files (the "Software"), to deal\nin the Software without restriction, including without limitation the rights\nto use, copy, modify, merge, publish, distribute, sublicense, and/or sell\ncopies of the Software, and to permit persons to whom the Software is\nfurnished to do so, subject to the following conditions:\n\nThe above copyright notice and this permission notice shall be included in\nall copies or substantial portions of the Software.\n\nTHE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR\nIMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,\nFITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE\nAUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER\nLIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,\nOUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN\nTHE SOFTWARE.\n*/\n"use strict";(()=>{var Ge=Object.defineProperty,vt=(e,t,n)=>t in e?Ge(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n,bt=(e,t)=>{for(var n in t)Ge(e,n,{get:t[n],enumerable:!0})},yt=(e,t,n)=>vt(e,typeof t!="symbol"?t+"":t,n),wt={};bt(wt,{Graph:()=>A,alg:()=>ue});var Et=Object.defineProperty,Ve=(e,t)=>{for(var n in t)Et(e,n,{get:t[n],enumerable:!0})},ce=class{constructor(e){this._isDirected=!0,this._isMultigraph=!1,this._isCompound=!1,this._nodes={},this._in={},this._preds={},this._out={},this._sucs={},this._edgeObjs={},this._edgeLabels={},this._nodeCount=0,this._edgeCount=0,this._defaultNodeLabelFn=()=>{},this._defaultEdgeLabelFn=()=>{},e&&(this._isDirected="directed"in e?e.directed:!0,this._isMultigraph="multigraph"in e?e.multigraph:!1,this._isCompound="compound"in e?e.compound:!1),this._isCompound&&(this._parent={},this._children={},this._children["\\0"]={})}isDirected(){return this._isDirected}isMultigraph(){return this._isMultigraph}isCompound(){return this._isCompound}setGraph(e){return this._label=e,this}graph(){return this._label}setDefaultNodeLabel(e){return typeof e!="function"?this._defaultNodeLabelFn=()=>e:this._defaultNodeLabelFn=e,this}nodeCount(){return this._nodeCount}nodes(){return Object.keys(this._nodes)}sources(){return this.nodes().filter(e=>Object.keys(this._in[e]).length===0)}sinks(){return this.nodes().filter(e=>Object.keys(this._out[e]).length===0)}setNodes(e,t){return e.forEach(n=>{t!==void 0?this.setNode(n,t):this.setNode(n)}),this}setNode(e,t){return e in this._nodes?(arguments.length>1&&(this._nodes[e]=t),this):(this._nodes[e]=arguments.length>1?t:this._defaultNodeLabelFn(e),this._isCompound&&(this._parent[e]="\\0",this._children[e]={},this._children["\\0"][e]=!0),this._in[e]={},this._preds[e]={},this._out[e]={},this._sucs[e]={},++this._nodeCount,this)}node(e){return this._nodes[e]}hasNode(e){return e in this._nodes}removeNode(e){if(e in this._nodes){let t=n=>this.removeEdge(this._edgeObjs[n]);delete this._nodes[e],this._isCompound&&(this._removeFromParentsChildList(e),delete this._parent[e],this.children(e).forEach(n=>{this.setParent(n)}),delete this._children[e]),Object.keys(this._in[e]).forEach(t),delete this._in[e],delete this._preds[e],Object.keys(this._out[e]).forEach(t),delete this._out[e],delete this._sucs[e],--this._nodeCount}return this}setParent(e,t){if(!this._isCompound)throw new Error("Cannot set parent in a non-compound graph");if(t===void 0)t="\\0";else{t+="";for(let n=t;n!==void 0;n=this.parent(n))if(n===e)throw new Error("Setting "+t+" as parent of "+e+" would create a cycle");this.setNode(t)}return this.setNode(e),this._removeFromParentsChildList(e),this._parent[e]=t,this._children[t][e]=!0,this}parent(e){if(this._isCompound){let t=this._parent[e];if(t!=="\\0")return t}}children(e="\\0"){if(this._isCompound){let t=this._children[e];if(t)return Object.keys(t)}else{if(e==="\\0")return this.nodes();if(this.hasNode(e))return[]}return[]}predecessors(e){let t=this._preds[e];if(t)return Object.keys(t)}successors(e){let t=this._sucs[e];if(t)return Object.keys(t)}neighbors(e){let t=this.predecessors(e);if(t){let n=new Set(t),r=this.successors(e);if(r)for(let o of r)n.add(o);return Array.from(n.values())}}isLeaf(e){var t;let n;return this.isDirected()?n=this.successors(e):n=this.neighbors(e),((t=n?.length)!=null?t:0)===0}filterNodes(e){let t=new this.constructor({directed:this._isDirected,multigraph:this._isMultigraph,compound:this._isCompound});t.setGraph(this.graph()),Object.entries(this._nodes).forEach(([o,i])=>{e(o)&&t.setNode(o,i)}),Object.values(this._edgeObjs).forEach(o=>{t.hasNode(o.v)&&t.hasNode(o.w)&&t.setEdge(o,this.edge(o))});let n={},r=o=>{let i=this.parent(o);return!i||t.hasNode(i)?(n[o]=i,i):i in n?n[i]:r(i)};return this._isCompound&&t.nodes().forEach(o=>t.setParent(o,r(o))),t}setDefaultEdgeLabel(e){return typeof e!="function"?this._defaultEdgeLabelFn=()=>e:this._defaultEdgeLabelFn=e,this}edgeCount(){return this._edgeCount}edges(){return Object.values(this._edgeObjs)}setPath(e,t){return e.reduce((n,r)=>(t!==void 0?this.setEdge(n,r,t):this.setEdge(n,r),r)),this}setEdge(e,t,n,r){let o,i,s,l,d=!1;typeof e=="object"&&e!==null&&"v"in e?(o=e.v,i=e.w,s=e.name,arguments.length===2&&(l=t,d=!0)):(o=e,i=t,s=r,arguments.length>2&&(l=n,d=!0)),o=""+o,i=""+i,s!==void 0&&(s=""+s);let a=K(this._isDirected,o,i,s);if(a in this._edgeLabels)return d&&(this._edgeLabels[a]=l),this;if(s!==void 0&&!this._isMultigraph)throw new Error("Cannot set a named edge when isMultigraph = false");this.setNode(o),this.setNode(i),this._edgeLabels[a]=d?l:this._defaultEdgeLabelFn(o,i,s);let c=_t(this._isDirected,o,i,s);return o=c.v,i=c.w,Object.freeze(c),this._edgeObjs[a]=c,Ee(this._preds[i],o),Ee(this._sucs[o],i),this._in[i][a]=c,this._out[o][a]=c,this._edgeCount++,this}edge(e,t,n){let r=arguments.length===1?re(this._isDirected,e):K(this._isDirected,e,t,n);return this._edgeLabels[r]}edgeAsObj(e,t,n){let r=arguments.length===1?this.edge(e):this.edge(e,t,n);return typeof r!="object"||r===null?{label:r}:r}hasEdge(e,t,n){return(arguments.length===1?re(this._isDirected,e):K(this._isDirected,e,t,n))in this._edgeLabels}removeEdge(e,t,n){let r=arguments.length===1?re(this._isDirected,e):K(this._isDirected,e,t,n),o=this._edgeObjs[r];if(o){let i=o.v,s=o.w;delete this._edgeLabels[r],delete this._edgeObjs[r],_e(this._preds[s],i),_e(this._sucs[i],s),delete this._in[s][r],delete this._out[i][r],this._edgeCount--}return this}inEdges(e,t){return this.isDirected()?this.filterEdges(this._in[e],e,t):this.nodeEdges(e,t)}outEdges(e,t){return this.isDirected()?this.filterEdges(this._out[e],e,t):this.nodeEdges(e,t)}nodeEdges(e,t){if(e in this._nodes)return this.filterEdges({...this._in[e],...this._out[e]},e,t)}_removeFromParentsChildList(e){delete this._children[this._parent[e]][e]}filterEdges(e,t,n){if(!e)return;let r=Object.values(e);return n?r.filter(o=>o.v===t&&o.w===n||o.v===n&&o.w===t):r}};function Ee(e,t){e[t]?e[t]++:e[t]=1}function _e(e,t){e[t]!==void 0&&!--e[t]&&delete e[t]}function K(e,t,n,r){let o=""+t,i=""+n;if(!e&&o>i){let s=o;o=i,i=s}return o+""+i+""+(r===void 0?"\\0":r)}function _t(e,t,n,r){let o=""+t,i=""+n;if(!e&&o>i){let l=o;o=i,i=l}let s={v:o,w:i};return r&&(s.name=r),s}function re(e,t){return K(e,t.v,t.w,t.name)}var xt={};Ve(xt,{read:()=>It,write:()=>kt});function kt(e){let t={options:{directed:e.isDirected(),multigraph:e.isMultigraph(),compound:e.isCompound()},nodes:Nt(e),edges:Ot(e)},n=e.graph();return n!==void 0&&(t.value=structuredClone(n)),t}function Nt(e){return e.nodes().map(t=>{let n=e.node(t),r=e.parent(t),o={v:t};return n!==void 0&&(o.value=n),r!==void 0&&(o.parent=r),o})}function Ot(e){return e.edges().map(t=>{let n=e.edge(t),r={v:t.v,w:t.w};return t.name!==void 0&&(r.name=t.name),n!==void 0&&(r.value=n),r})}function It(e){let t=new ce(e.options);return e.value!==void 0&&t.setGraph(e.value),e.nodes.forEach(n=>{t.setNode(n.v,n.value),n.parent&&t.setParent(n.v,n.parent)}),e.edges.forEach(n=>{t.setEdge({v:n.v,w:n.w,name:n.name},n.value)}),t}var ue={};Ve(ue,{CycleException:()=>W,bellmanFord:()=>Ye,components:()=>Mt,dijkstra:()=>X,dijkstraAll:()=>Ct,findCycles:()=>Ft,floydWarshall:()=>Rt,isAcyclic:()=>$t,postorder:()=>Bt,preorder:()=>Gt,prim:()=>Vt,shortestPaths:()=>Yt,tarjan:()=>He,topsort:()=>Ke});var jt=()=>1;function Ye(e,t,n,r){return Lt(e,String(t),n||jt,r||function(o){var i;return(i=e.outEdges(o))!=null?i:[]})}function Lt(e,t,n,r){let o={},i,s=0,l=e.nodes(),d=function(h){let u=o[h.v],f=o[h.w];if(!u||!f)return;let m=n(h);u.distance+m<f.distance&&(o[h.w]={distance:u.distance+m,predecessor:h.v},i=!0)},a=function(){l.forEach(function(h){r(h).forEach(function(u){let f=u.v===h?u.v:u.w,m=f===u.v?u.w:u.v;d({v:f,w:m})})})};l.forEach(function(h){let u=h===t?0:Number.POSITIVE_INFINITY;o[h]={distance:u,predecessor:""}});let c=l.length;for(let h=1;h<c&&(i=!1,s++,a(),!!i);h++);if(s===c-1&&(i=!1,a(),i))throw new Error("The graph contains a negative weight cycle");return o}function Mt(e){let t={},n=[],r;function o(i){var s,l;i in t||(t[i]=!0,r.push(i),(s=e.successors(i))==null||s.forEach(o),(l=e.predecessors(i))==null||l.forEach(o))}return e.nodes().forEach(function(i){r=[],o(i),r.length&&n.push(r)}),n}var ze=class{constructor(){this._arr=[],this._keyIndices={}}size(){return this._arr.length}keys(){return this._arr.map(e=>e.key)}has(e){return e in this._keyIndices}priority(e){let t=this._keyIndices[e];if(t!==void 0)return this._arr[t].priority}min(){if(this.size()===0)throw new Error("Queue underflow");return this._arr[0].key}add(e,t){let n=this._keyIndices,r=String(e);if(!(r in n)){let o=this._arr,i=o.length;return n[r]=i,o.push({key:r,priority:t}),this._decrease(i),!0}return!1}removeMin(){if(this.size()===0)throw new Error("Queue underflow");this._swap(0,this._arr.length-1);let e=this._arr.pop();return delete this._keyIndices[e.key],this._heapify(0),e.key}decrease(e,t){let n=this._keyIndices[e];if(n===void 0)throw new Error(`Key not found: ${e}`);let r=this._arr[n].priority;if(t>r)throw new Error(`New priority is greater than current priority. Key: ${e} Old: ${r} New: ${t}`);this._arr[n].priority=t,this._decrease(n)}_heapify(e){let t=this._arr,n=2*e,r=n+1,o=e;n<t.length&&(o=t[n].priority<t[o].priority?n:o,r<t.length&&(o=t[r].priority<t[o].priority?r:o),o!==e&&(this._swap(e,o),this._heapify(o)))}_decrease(e){let t=this._arr,n=t[e].priority,r;for(;e!==0&&(r=e>>1,!(t[r].priority<n));)this._swap(e,r),e=r}_swap(e,t){let n=this._arr,r=this._keyIndices,o=n[e],i=n[t];n[e]=i,n[t]=o,r[i.key]=e,r[o.key]=t}},Tt=()=>1;function X(e,t,n,r){let o=function(i){var s;return(s=e.outEdges(i))!=null?s:[]};return St(e,String(t),n||Tt,r||o)}function St(e,t,n,r){let o={},i=new ze,s,l,d=function(a){let c=a.v!==s?a.v:a.w,h=o[c];if(!h)return;let u=n(a),f=l.distance+u;if(u<0)throw new Error("dijkstra does not allow negative edge weights. Bad edge: "+a+" Weight: "+u);f<h.distance&&(h.distance=f,h.predecessor=s,i.decrease(c,f))};for(e.nodes().forEach(function(a){let c=a===t?0:Number.POSITIVE_INFINITY;o[a]={distance:c,predecessor:""},i.add(a,c)});i.size()>0;){s=i.removeMin();let a=o[s];if(!a||a.distance===Number.POSITIVE_INFINITY)break;l=a,r(s).forEach(d)}return o}function Ct(e,t,n){return e.nodes().reduce(function(r,o){return r[o]=X(e,o,t,n),r},{})}function He(e){let t=0,n=[],r={},o=[];function i(s){var l;let d=r[s]={onStack:!0,lowlink:t,index:t++};if(n.push(s),(l=e.successors(s))==null||l.forEach(function(a){if(a in r){let c=r[a];c!=null&&c.onStack&&(d.lowlink=Math.min(d.lowlink,c.index))}else{i(a);let c=r[a];c&&(d.lowlink=Math.min(d.lowlink,c.lowlink))}}),d.lowlink===d.index){let a=[],c;do{c=n.pop();let h=r[c];h&&(h.onStack=!1),a.push(c)}while(s!==c);o.push(a)}}return e.nodes().forEach(function(s){s in r||i(s)}),o}function Ft(e){return He(e).filter(function(t){var n;let r=t[0];return r?t.length>1||t.length===1&&((n=e.outEdges(r,r))!=null?n:[]).length>0:!1})}var Pt=()=>1;function Rt(e,t,n){return At(e,t||Pt,n||function(r){var o;return(o=e.outEdges(r))!=null?o:[]})}function At(e,t,n){let r={},o=e.nodes();return o.forEach(function(i){let s={};r[i]=s,s[i]={distance:0,predecessor:""},o.forEach(function(l){i!==l&&(s[l]={distance:Number.POSITIVE_INFINITY,predecessor:""})}),n(i).forEach(function(l){let d=l.v===i?l.w:l.v,a=t(l);s[d]={distance:a,predecessor:i}})}),o.forEach(function(i){let s=r[i];s&&o.forEach(function(l){let d=r[l];d&&o.forEach(function(a){let c=d[i],h=s[a],u=d[a];if(c&&h&&u){let f=c.distance+h.distance;f<u.distance&&(u.distance=f,u.predecessor=h.predecessor)}})})}),r}var W=class extends Error{constructor(e){super(e),this.name="CycleException"}};function Ke(e){let t={},n={},r=[];function o(i){var s;if(i in n)throw new W;i in t||(n[i]=!0,t[i]=!0,(s=e.predecessors(i))==null||s.forEach(o),delete n[i],r.push(i))}if(e.sinks().forEach(o),Object.keys(t).length!==e.nodeCount())throw new W;return r}function $t(e){try{Ke(e)}catch(t){if(t instanceof W)return!1;throw t}return!0}function Dt(e,t,n,r,o){Array.isArray(t)||(t=[t]);let i=(l=>{var d;return(d=e.isDirected()?e.successors(l):e.neighbors(l))!=null?d:[]}),s={};return t.forEach(function(l){if(!e.hasNode(l))throw new Error("Graph does not have node: "+l);o=qe(e,l,n==="post",s,i,r,o)}),o}function qe(e,t,n,r,o,i,s){return t in r||(r[t]=!0,n||(s=i(s,t)),o(t).forEach(function(l){s=qe(e,l,n,r,o,i,s)}),n&&(s=i(s,t))),s}function Xe(e,t,n){return Dt(e,t,n,function(r,o){return r.push(o),r},[])}function Bt(e,t){return Xe(e,t,"post")}function Gt(e,t){return Xe(e,t,"pre")}function Vt(e,t){var n;let r=new ce,o={},i=new ze,s;function l(c){let h=c.v===s?c.w:c.v,u=i.priority(h);if(u!==void 0){let f=t(c);f<u&&(o[h]=s,i.decrease(h,f))}}if(e.nodeCount()===0)return r;e.nodes().forEach(function(c){i.add(c,Number.POSITIVE_INFINITY),r.setNode(c)});let d=e.nodes()[0];d!==void 0&&i.decrease(d,0);let a=!1;for(;i.size()>0;){if(s=i.removeMin(),s in o)r.setEdge(s,o[s]);else{if(a)throw new Error("Input graph is not connected: "+e);a=!0}(n=e.nodeEdges(s))==null||n.forEach(l)}return r}function Yt(e,t,n,r){return zt(e,t,n,r??(o=>{var i;return(i=e.outEdges(o))!=null?i:[]}))}function zt(e,t,n,r){if(n===void 0)return X(e,t,n,r);let o=!1,i=e.nodes();for(let s=0;s<i.length;s++){let l=i[s];if(l===void 0)continue;let d=r(l);for(let a=0;a<d.length;a++){let c=d[a];if(!c)continue;let h=c.v===l?c.v:c.w,u=h===c.v?c.w:c.v;n({v:h,w:u})<0&&(o=!0)}if(o)return Ye(e,t,n,r)}return X(e,t,n,r)}var A=ce;function z(e,t,n,r){let o=r;for(;e.hasNode(o);)o=he(r);return n.dummy=t,e.setNode(o,n),o}function Ht(e){let t=new A().setGraph(e.graph());return e.nodes().forEach(n=>t.setNode(n,e.node(n))),e.edges().forEach(n=>{let r=t.edge(n.v,n.w)||{weight:0,minlen:1},o=e.edge(n);t.setEdge(n.v,n.w,{weight:r.weight+o.weight,minlen:Math.max(r.minlen,o.minlen)})}),t}function We(e){let t=new A({multigraph:e.isMultigraph()}).setGraph(e.graph());return e.nodes().forEach(n=>{e.children(n).length||t.setNode(n,e.node(n))}),e.edges().forEach(n=>{t.setEdge(n,e.edge(n))}),t}function xe(e,t){let n=e.x,r=e.y,o=t.x-n,i=t.y-r,s=e.width/2,l=e.height/2;if(!o&&!i)throw new Error("Not possible to find intersection inside of the rectangle");let d,a;return o===0||Math.abs(i)*s>Math.abs(o)*l?(i<0&&(l=-l),d=l*o/i,a=l):(o<0&&(s=-s),d=s,a=s*i/o),{x:n+d,y:r+a}}function J(e){let t=q(Je(e)+1).map(()=>[]);return e.nodes().forEach(n=>{let r=e.node(n),o=r.rank;o!==void 0&&(t[o]||(t[o]=[]),t[o][r.order]=n)}),t}function Kt(e){let t=e.nodes().map(r=>{let o=e.node(r).rank;return o===void 0?Number.MAX_VALUE:o}),n=D(Math.min,t);e.nodes().forEach(r=>{let o=e.node(r);Object.hasOwn(o,"rank")&&(o.rank-=n)})}function qt(e){let t=e.nodes().map(s=>e.node(s).rank).filter(s=>s!==void 0),n=D(Math.min,t),r=[];e.nodes().forEach(s=>{let l=e.node(s).rank-n;r[l]||(r[l]=[]),r[l].push(s)});let o=0,i=e.graph().nodeRankFactor;Array.from(r).forEach((s,l)=>{s===void 0&&l%i!==0?--o:s!==void 0&&o&&s.forEach(d=>e.node(d).rank+=o)})}function ke(e,t,n,r){let o={width:0,height:0};return arguments.length>=4&&(o.rank=n,o.order=r),z(e,"border",o,t)}function Xt(e,t=Ze){let n=[];for(let r=0;r<e.length;r+=t){let o=e.slice(r,r+t);n.push(o)}return n}var Ze=65535;function D(e,t){if(t.length>Ze){let n=Xt(t);return e(...n.map(r=>e(...r)))}else return e(...t)}function Je(e){let t=e.nodes().map(n=>{let r=e.node(n).rank;return r===void 0?Number.MIN_VALUE:r});return D(Math.max,t)}function Wt(e,t){let n={lhs:[],rhs:[]};return e.forEach(r=>{t(r)?n.lhs.push(r):n.rhs.push(r)}),n}function Zt(e,t){return t()}var Jt=0;function he(e){let t=++Jt;return e+(""+t)}function q(e,t,n=1){t==null&&(t=e,e=0);let r=i=>i<t;n<0&&(r=i=>t<i);let o=[];for(let i=e;r(i);i+=n)o.push(i);return o}function Z(e,t){let n={};for(let r of t)e[r]!==void 0&&(n[r]=e[r]);return n}function U(e,t){let n;return typeof t=="string"?n=r=>r[t]:n=t,Object.entries(e).reduce((r,[o,i])=>(r[o]=n(i,o),r),{})}function Ut(e,t){return e.reduce((n,r,o)=>(n[r]=t[o],n),{})}var Q="\\0";function Ue(e,t,n){var r,o,i,s,l,d;if(!(e&&t&&n&&t.dummy==="edge"&&n.dummy==="edge"&&t.edgeObj&&n.edgeObj&&e[t.edgeObj.v]&&e[n.edgeObj.v]&&e[t.edgeObj.w]&&e[n.edgeObj.w]))return 0;let a=!0;t.edgeObj.w===n.edgeObj.w&&(a=!1);let c=a?(o=(r=e[t.edgeObj.v])==null?void 0:r.rank)!=null?o:NaN+1:(s=(i=e[t.edgeObj.w])==null?void 0:i.rank)!=null?s:NaN-1,h=Object.entries(e).find(v=>{var x,b;return((x=v[1].edgeObj)==null?void 0:x.v)===t.edgeObj.v&&((b=v[1].edgeObj)==null?void 0:b.w)===t.edgeObj.w&&v[1].rank===c}),u=Object.entries(e).find(v=>{var x,b;return((x=v[1].edgeObj)==null?void 0:x.v)===n.edgeObj.v&&((b=v[1].edgeObj)==null?void 0:b.w)===n.edgeObj.w&&v[1].rank===c});if(!h||!u)return 0;let f=(l=h[1].order)!=null?l:NaN,m=(d=u[1].order)!=null?d:NaN;return isNaN(f-m)?0:f-m}var Qt=class{constructor(){yt(this,"_sentinel");let e={};e._next=e._prev=e,this._sentinel=e}dequeue(){let e=this._sentinel,t=e._prev;if(t!==e)return Ne(t),t}enqueue(e){let t=this._sentinel;e._prev&&e._next&&Ne(e),e._next=t._next,t._next._prev=e,t._next=e,e._prev=t}toString(){let e=[],t=this._sentinel,n=t._prev;for(;n!==t;)e.push(JSON.stringify(n,en)),n=n._prev;return"["+e.join(", ")+"]"}};function Ne(e){e._prev._next=e._next,e._next._prev=e._prev,delete e._next,delete e._prev}function en(e,t){if(e!=="_next"&&e!=="_prev")return t}var tn=Qt,nn=()=>1;function rn(e,t){if(e.nodeCount()<=1)return[];let n=sn(e,t||nn);return on(n.graph,n.buckets,n.zeroIdx).flatMap(r=>e.outEdges(r.v,r.w)||[])}function on(e,t,n){var r;let o=[],i=t[t.length-1],s=t[0],l;for(;e.nodeCount();){for(;l=s.dequeue();)oe(e,t,n,l);for(;l=i.dequeue();)oe(e,t,n,l);if(e.nodeCount()){for(let d=t.length-2;d>0;--d)if(l=(r=t[d])==null?void 0:r.dequeue(),l){o=o.concat(oe(e,t,n,l,!0)||[]);break}}}return o}function oe(e,t,n,r,o){let i=[],s=o?i:void 0;return(e.inEdges(r.v)||[]).forEach(l=>{let d=e.edge(l),a=e.node(l.v);o&&i.push({v:l.v,w:l.w}),a.out-=d,de(t,n,a)}),(e.outEdges(r.v)||[]).forEach(l=>{let d=e.edge(l),a=l.w,c=e.node(a);c.in-=d,de(t,n,c)}),e.removeNode(r.v),s}function sn(e,t){let n=new A,r=0,o=0;e.nodes().forEach(l=>{n.setNode(l,{v:l,in:0,out:0})}),e.edges().forEach(l=>{let d=n.edge(l.v,l.w)||0,a=t(l),c=d+a;n.setEdge(l.v,l.w,c);let h=n.node(l.v),u=n.node(l.w);o=Math.max(o,h.out+=a),r=Math.max(r,u.in+=a)});let i=ln(o+r+3).map(()=>new tn),s=r+1;return n.nodes().forEach(l=>{de(i,s,n.node(l))}),{graph:n,buckets:i,zeroIdx:s}}function de(e,t,n){var r,o,i;n.out?n.in?(i=e[n.out-n.in+t])==null||i.enqueue(n):(o=e[e.length-1])==null||o.enqueue(n):(r=e[0])==null||r.enqueue(n)}function ln(e){let t=[];for(let n=0;n<e;n++)t.push(n);return t}function an(e,t){(e.graph().acyclicer==="greedy"?rn(e,n(e)):dn(e,t??null)).forEach(r=>{let o=e.edge(r);e.removeEdge(r),o.forwardName=r.name,o.reversed=!0,e.setEdge(r.w,r.v,o,he("rev"))});function n(r){return o=>r.edge(o).weight}}function dn(e,t){let n=[],r={},o={};function i(d){Object.hasOwn(o,d)||(o[d]=!0,r[d]=!0,e.outEdges(d).forEach(a=>{Object.hasOwn(r,a.w)?n.push(a):i(a.w)}),delete r[d])}function s(d){var a;Object.hasOwn(o,d)||(o[d]=!0,r[d]=!0,(a=e.outEdges(d))==null||a.forEach(c=>{var h,u;Object.hasOwn(r,c.w)||((h=t.node(d))==null?void 0:h.rank)>((u=t.node(c.w))==null?void 0:u.rank)&&un(e,c.w,c)?n.push(c):s(c.w)}),delete r[d])}let l=i;return t&&typeof t.node=="function"&&(l=s),e.sources().forEach(l),e.nodes().forEach(l),n}function cn(e){e.edges().forEach(t=>{let n=e.edge(t);if(n.reversed){e.removeEdge(t);let r=n.forwardName;delete n.reversed,delete n.forwardName,e.setEdge(t.w,t.v,n,r)}})}function un(e,t,n){let r=new Set;function o(i){var s;if(e.sources().includes(i))return!0;r.add(i);for(let l of(s=e.inEdges(i))!=null?s:[])if(!(l.v===n.v&&l.w===n.w)&&!r.has(l.v)&&o(l.v))return!0;return!1}return o(t)}function hn(e){e.graph().dummyChains=[],e.edges().forEach(t=>fn(e,t))}function fn(e,t){let n=t.v,r=e.node(n).rank,o=t.w,i=e.node(o).rank,s=t.name,l=e.edge(t),d=l.labelRank;if(i===r+1)return;e.removeEdge(t);let a,c,h;for(h=0,++r;r<i;++h,++r)l.points=[],c={width:0,height:0,edgeLabel:l,edgeObj:t,rank:r},a=z(e,"edge",c,"_d"),r===d&&(c.width=l.width,c.height=l.height,c.dummy="edge-label",c.labelpos=l.labelpos),e.setEdge(n,a,{weight:l.weight},s),h===0&&e.graph().dummyChains.push(a),n=a;e.setEdge(n,o,{weight:l.weight},s)}function gn(e){e.graph().dummyChains.forEach(t=>{let n=e.node(t),r=n.edgeLabel,o;for(e.setEdge(n.edgeObj,r);n.dummy;)o=e.successors(t)[0],e.removeNode(t),r.points.push({x:n.x,y:n.y}),n.dummy==="edge-label"&&(r.x=n.x,r.y=n.y,r.width=n.width,r.height=n.height),t=o,n=e.node(t)})}function fe(e){let t={};function n(r){let o=e.node(r);if(Object.hasOwn(t,r))return o.rank;t[r]=!0;let i=e.outEdges(r),s=i?i.map(d=>d==null?Number.POSITIVE_INFINITY:n(d.w)-e.edge(d).minlen):[],l=D(Math.min,s);return l===Number.POSITIVE_INFINITY&&(l=0),o.rank=l}e.sources().forEach(n)}function Y(e,t){return e.node(t.w).rank-e.node(t.v).rank-e.edge(t).minlen}var Qe=pn;function pn(e){let t=new A({directed:!1}),n=e.nodes();if(n.length===0)throw new Error("Graph must have at least one node");let r=n[0],o=e.nodeCount();t.setNode(r,{});let i,s;for(;mn(t,e)<o&&(i=vn(t,e),!!i);)s=t.hasNode(i.v)?Y(e,i):-Y(e,i),bn(t,e,s);return t}function mn(e,t){function n(r){let o=t.nodeEdges(r);o&&o.forEach(i=>{let s=i.v,l=r===s?i.w:s;!e.hasNode(l)&&!Y(t,i)&&(e.setNode(l,{}),e.setEdge(r,l,{}),n(l))})}return e.nodes().forEach(n),e.nodeCount()}function vn(e,t){return t.edges().reduce((n,r)=>{let o=Number.POSITIVE_INFINITY;return e.hasNode(r.v)!==e.hasNode(r.w)&&(o=Y(t,r)),o<n[0]?[o,r]:n},[Number.POSITIVE_INFINITY,null])[1]}function bn(e,t,n){e.nodes().forEach(r=>t.node(r).rank+=n)}var{preorder:yn,postorder:wn}=ue,En=V;V.initLowLimValues=pe;V.initCutValues=ge;V.calcCutValue=et;V.leaveEdge=nt;V.enterEdge=rt;V.exchangeEdges=ot;function V(e){e=Ht(e),fe(e);let t=Qe(e);pe(t),ge(t,e);let n,r;for(;n=nt(t);)r=rt(t,e,n),ot(t,e,n,r)}function ge(e,t){let n=wn(e,e.nodes());n=n.slice(0,n.length-1),n.forEach(r=>_n(e,t,r))}function _n(e,t,n){let r=e.node(n).parent,o=e.edge(n,r);o.cutvalue=et(e,t,n)}function et(e,t,n){let r=e.node(n).parent,o=!0,i=t.edge(n,r),s;i||(o=!1,i=t.edge(r,n)),s=i.weight;let l=t.inEdges(n)||[],d=t.outEdges(n)||[],a=l.length,c=a+d.length;for(let h=0;h<c;h++){let u=h<a?l[h]:d[h-a],f=u.v===n;if(h>=a&&u.w===n)continue;let m=f?u.w:u.v;if(m!==r){let v=f===o,x=t.edge(u).weight;s+=v?x:-x;let b=e.edge(n,m);if(b){let g=b.cutvalue;s+=v?-g:g}}}return s}function pe(e,t){arguments.length<2&&(t=e.nodes()[0]),tt(e,{},1,t)}function tt(e,t,n,r,o){let i=n,s=e.node(r);t[r]=!0;let l=e.neighbors(r);return l&&l.forEach(d=>{Object.hasOwn(t,d)||(n=tt(e,t,n,d,r))}),s.low=i,s.lim=n++,o?s.parent=o:delete s.parent,n}function nt(e){return e.edges().find(t=>e.edge(t).cutvalue<0)}function rt(e,t,n){let r=n.v,o=n.w;t.hasEdge(r,o)||(r=n.w,o=n.v);let i=e.node(r),s=e.node(o),l=i,d=!1;return i.lim>s.lim&&(l=s,d=!0),t.edges().filter(a=>d===Oe(e,e.node(a.v),l)&&d!==Oe(e,e.node(a.w),l)).reduce((a,c)=>Y(t,c)<Y(t,a)?c:a)}function ot(e,t,n,r){let o=n.v,i=n.w;e.removeEdge(o,i),e.setEdge(r.v,r.w,{}),pe(e),ge(e,t),xn(e,t)}function xn(e,t){let n=e.nodes().find(o=>!e.node(o).parent);if(!n)return;let r=yn(e,[n]);r=r.slice(1),r.forEach(o=>{let i=e.node(o).parent,s=t.edge(o,i),l=!1;s||(s=t.edge(i,o),l=!0),t.node(o).rank=t.node(i).rank+(l?s.minlen:-s.minlen)})}function Oe(e,t,n){return n.low<=t.lim&&t.lim<=n.lim}var kn=Nn;function Nn(e){let t=e.graph().ranker;if(typeof t=="function")return t(e);switch(t){case"network-simplex":Ie(e);break;case"tight-tree":In(e);break;case"longest-path":On(e);break;case"none":break;default:Ie(e)}}var On=fe;function In(e){fe(e),Qe(e)}function Ie(e){En(e)}var jn=Ln;function Ln(e){let t=Tn(e),n=e.graph();Array.isArray(n.dummyChains)&&n.dummyChains.forEach(r=>{let o=e.node(r),i=o.edgeObj,s=Mn(e,t,i.v,i.w),l=s.path,d=s.lca,a=0,c=l[a],h=!0;for(;r!==i.w;){if(o=e.node(r),h){for(;(c=l[a])!==d&&e.node(c).maxRank<o.rank;)a++;c===d&&(h=!1)}if(!h){for(;a<l.length-1&&e.node(l[a+1]).minRank<=o.rank;)a++;c=l[a]}c!==void 0&&e.setParent(r,c),r=e.successors(r)[0]}})}function Mn(e,t,n,r){let o=[],i=[],s=Math.min(t[n].low,t[r].low),l=Math.max(t[n].lim,t[r].lim),d;d=n;do d=e.parent(d),o.push(d);while(d&&(t[d].low>s||l>t[d].lim));let a=d,c=r;for(;(c=e.parent(c))!==a;)i.push(c);return{path:o.concat(i.reverse()),lca:a}}function Tn(e){let t={},n=0;function r(o){let i=n;e.children(o).forEach(r),t[o]={low:i,lim:n++}}return e.children(Q).forEach(r),t}function Sn(e){let t=z(e,"root",{},"_root"),n=Cn(e),r=Object.values(n),o=D(Math.max,r)-1,i=2*o+1;e.graph().nestingRoot=t,e.edges().forEach(l=>e.edge(l).minlen*=i);let s=Fn(e)+1;e.children(Q).forEach(l=>{it(e,t,i,s,o,n,l)}),e.graph().nodeRankFactor=i}function it(e,t,n,r,o,i,s){var l;let d=e.children(s);if(!d.length){s!==t&&e.setEdge(t,s,{weight:0,minlen:n});return}let a=ke(e,"_bt"),c=ke(e,"_bb"),h=e.node(s);e.setParent(a,s),h.borderTop=a,e.setParent(c,s),h.borderBottom=c,d.forEach(u=>{var f;it(e,t,n,r,o,i,u);let m=e.node(u),v=m.borderTop?m.borderTop:u,x=m.borderBottom?m.borderBottom:u,b=m.borderTop?r:2*r,g=v!==x?1:o-((f=i[s])!=null?f:0)+1;e.setEdge(a,v,{weight:b,minlen:g,nestingEdge:!0}),e.setEdge(x,c,{weight:b,minlen:g,nestingEdge:!0})}),e.parent(s)||e.setEdge(t,a,{weight:0,minlen:o+((l=i[s])!=null?l:0)})}function Cn(e){let t={};function n(r,o){let i=e.children(r);i&&i.length&&i.forEach(s=>n(s,o+1)),t[r]=o}return e.children(Q).forEach(r=>n(r,1)),t}function Fn(e){return e.edges().reduce((t,n)=>t+e.edge(n).weight,0)}function Pn(e){let t=e.graph();e.removeNode(t.nestingRoot),delete t.nestingRoot,e.edges().forEach(n=>{e.edge(n).nestingEdge&&e.removeEdge(n)})}var Rn=An;function An(e){function t(n){let r=e.children(n),o=e.node(n);if(r.length&&r.forEach(t),o&&Object.hasOwn(o,"minRank")){o.borderLeft=[],o.borderRight=[];for(let i=o.minRank,s=o.maxRank+1;i<s;++i)je(e,"borderLeft","_bl",n,o,i),je(e,"borderRight","_br",n,o,i)}}e.children(Q).forEach(t)}function je(e,t,n,r,o,i){let s={width:0,height:0,rank:i,borderType:t},l=o[t][i-1],d=z(e,"border",s,n);o[t][i]=d,e.setParent(d,r),l&&e.setEdge(l,d,{weight:1})}function $n(e){var t;let n=(t=e.graph().rankdir)==null?void 0:t.toLowerCase();(n==="lr"||n==="rl")&&st(e)}function Dn(e){var t;let n=(t=e.graph().rankdir)==null?void 0:t.toLowerCase();(n==="bt"||n==="rl")&&Bn(e),(n==="lr"||n==="rl")&&(Gn(e),st(e))}function st(e){e.nodes().forEach(t=>Le(e.node(t))),e.edges().forEach(t=>Le(e.edge(t)))}function Le(e){let t=e.width;e.width=e.height,e.height=t}function Bn(e){e.nodes().forEach(t=>ie(e.node(t))),e.edges().forEach(t=>{var n;let r=e.edge(t);(n=r.points)==null||n.forEach(ie),Object.hasOwn(r,"y")&&ie(r)})}function ie(e){e.y=-e.y}function Gn(e){e.nodes().forEach(t=>se(e.node(t))),e.edges().forEach(t=>{var n;let r=e.edge(t);(n=r.points)==null||n.forEach(se),Object.hasOwn(r,"x")&&se(r)})}function se(e){let t=e.x;e.x=e.y,e.y=t}function Vn(e,t=null){let n={},r=e.nodes().filter(a=>!e.children(a).length),o=r.map(a=>e.node(a).rank),i=D(Math.max,o),s=q(i+1).map(()=>[]);function l(a){if(n[a])return;n[a]=!0;let c=e.node(a);s[c.rank].push(a);let h=e.successors(a);h&&[...h].sort((u,f)=>d(u,f)).forEach(l)}r.sort((a,c)=>e.node(a).rank-e.node(c).rank).forEach(l);function d(a,c){let h=e.node(a),u=e.node(c);return Ue(t,h,u)}return s}function Yn(e,t){let n=0;for(let r=1;r<t.length;++r)n+=zn(e,t[r-1],t[r]);return n}function zn(e,t,n){let r=Ut(n,n.map((a,c)=>c)),o=t.flatMap(a=>{let c=e.outEdges(a);return c?c.map(h=>({pos:r[h.w],weight:e.edge(h).weight})).sort((h,u)=>h.pos-u.pos):[]}),i=1;for(;i<n.length;)i<<=1;let s=2*i-1;i-=1;let l=new Array(s).fill(0),d=0;return o.forEach(a=>{let c=a.pos+i;l[c]+=a.weight;let h=0;for(;c>0;)c%2&&(h+=l[c+1]),c=c-1>>1,l[c]+=a.weight;d+=a.weight*h}),d}function Hn(e,t=[]){return t.map(n=>{let r=e.inEdges(n);if(!r||!r.length)return{v:n};{let o=r.reduce((i,s)=>{let l=e.edge(s),d=e.node(s.v);return{sum:i.sum+l.weight*d.order,weight:i.weight+l.weight}},{sum:0,weight:0});return{v:n,barycenter:o.sum/o.weight,weight:o.weight}}})}function Kn(e,t){let n={};e.forEach((o,i)=>{let s={indegree:0,in:[],out:[],vs:[o.v],i};o.barycenter!==void 0&&(s.barycenter=o.barycenter,s.weight=o.weight),n[o.v]=s}),t.edges().forEach(o=>{let i=n[o.v],s=n[o.w];i!==void 0&&s!==void 0&&(s.indegree++,i.out.push(s))});let r=Object.values(n).filter(o=>!o.indegree);return qn(r)}function qn(e){let t=[];function n(o){return i=>{i.merged||(i.barycenter===void 0||o.barycenter===void 0||i.barycenter>=o.barycenter)&&Xn(o,i)}}function r(o){return i=>{i.in.push(o),--i.indegree===0&&e.push(i)}}for(;e.length;){let o=e.pop();t.push(o),o.in.reverse().forEach(n(o)),o.out.forEach(r(o))}return t.filter(o=>!o.merged).map(o=>Z(o,["vs","i","barycenter","weight"]))}function Xn(e,t){let n=0,r=0;e.weight&&(n+=e.barycenter*e.weight,r+=e.weight),t.weight&&(n+=t.barycenter*t.weight,r+=t.weight),e.vs=t.vs.concat(e.vs),e.barycenter=n/r,e.weight=r,e.i=Math.min(t.i,e.i),t.merged=!0}function Wn(e,t,n,r,o){let i={},s=null,l=null,d=o;typeof t=="boolean"?(d=t,i={}):t&&(i=t,s=n??null,l=r??null);let a=Wt(e,b=>Object.hasOwn(b,"barycenter")),c=a.lhs,h=a.rhs.sort((b,g)=>g.i-b.i),u=[],f=0,m=0,v=0;c.sort(Zn(l,s,!!d));for(let[b,g]of Object.entries(i)){let y=c.findIndex(w=>w.vs[0]===b);c.splice(y+1,0,g)}v=Me(u,h,v),c.forEach(b=>{v+=b.vs.length,u.push(b.vs),f+=b.barycenter*b.weight,m+=b.weight,v=Me(u,h,v)});let x={vs:u.flat(1)};return m&&(x.barycenter=f/m,x.weight=m),x}function Me(e,t,n){let r;for(;t.length&&(r=t[t.length-1]).i<=n;)t.pop(),e.push(r.vs),n++;return n}function Zn(e,t,n){return(r,o)=>{if(r.barycenter<o.barycenter)return-1;if(r.barycenter>o.barycenter)return 1;if(e&&(typeof r.vs[0]=="string"||typeof o.vs[0]=="string")){let i=e.node(r.vs[0]),s=e.node(o.vs[0]),l=Ue(t,i,s);if(l!==0)return l}return n?o.i-r.i:r.i-o.i}}function lt(e,t,n,r,o){var i,s,l,d,a,c,h,u,f,m,v;let x=null,b=o;typeof r=="boolean"?(b=r,x=null):r!==void 0&&(x=r);let g=e.children(t),y=e.node(t),w=y?y.borderLeft:void 0,k=y?y.borderRight:void 0,M={};w&&(g=g.filter(N=>N!==w&&N!==k));let C=Hn(e,g);C.forEach(N=>{if(e.children(N.v).length){let{result:L}=lt(e,N.v,n,x,b);M[N.v]=L,Object.hasOwn(L,"barycenter")&&Un(N,L)}});let O=Kn(C,n);Jn(O,M);let E={},T=!1;for(let N=0;N<O.length;N++)for(let L=N+1;L<O.length;L++)if(!(!O[N]||!O[L]||!((i=O[N])!=null&&i.barycenter)||!((s=O[L])!=null&&s.barycenter))&&((l=O[N])==null?void 0:l.barycenter)===O[L].barycenter){let j=(a=(d=O[N])==null?void 0:d.vs[0])!=null?a:"",I=(h=(c=O[L])==null?void 0:c.vs[0])!=null?h:"",S=e.node(j),$=e.node(I);if(S.dummy==="edge"&&$.dummy==="edge"&&((u=S.edgeObj)==null?void 0:u.v)===((f=$.edgeObj)==null?void 0:f.v)&&((m=S.edgeObj)==null?void 0:m.w)===((v=$.edgeObj)==null?void 0:v.w))if(S.edgeLabel.reversed){E[I]=O[N],O.splice(N,1),N--;break}else E[j]||(E[j]=O[L],O.splice(L,1),L--);else T=!0}let _=Wn(O,E,x,e,b);if(w&&k){_.vs=[w,_.vs,k].flat(1);let N=e.predecessors(w);if(N&&N.length){let L=e.node(N[0]),j=e.predecessors(k),I=e.node(j[0]);Object.hasOwn(_,"barycenter")||(_.barycenter=0,_.weight=0),_.barycenter=(_.barycenter*_.weight+L.order+I.order)/(_.weight+2),_.weight+=2}}return Object.defineProperty(_,"result",{value:_,enumerable:!1,configurable:!0,writable:!0}),Object.defineProperty(_,"usedBias",{value:T,enumerable:!1,configurable:!0,writable:!0}),_}function Jn(e,t){e.forEach(n=>{n.vs=n.vs.flatMap(r=>t[r]?t[r].vs:r)})}function Un(e,t){e.barycenter!==void 0?(e.barycenter=(e.barycenter*e.weight+t.barycenter*t.weight)/(e.weight+t.weight),e.weight+=t.weight):(e.barycenter=t.barycenter,e.weight=t.weight)}function Qn(e,t,n,r){r||(r=e.nodes());let o=er(e),i=new A({compound:!0}).setGraph({root:o}).setDefaultNodeLabel(s=>e.node(s));return r.forEach(s=>{let l=e.node(s),d=e.parent(s);if(l.rank===t||l.minRank<=t&&t<=l.maxRank){i.setNode(s),i.setParent(s,d||o);let a=e[n](s);a&&a.forEach(c=>{let h=c.v===s?c.w:c.v,u=i.edge(h,s),f=u!==void 0?u.weight:0;i.setEdge(h,s,{weight:e.edge(c).weight+f})}),Object.hasOwn(l,"minRank")&&i.setNode(s,{borderLeft:l.borderLeft[t],borderRight:l.borderRight[t]})}}),i}function er(e){let t;for(;e.hasNode(t=he("_root")););return t}function tr(e,t,n){let r={},o;n.forEach(i=>{let s=e.parent(i),l,d;for(;s;){if(l=e.parent(s),l?(d=r[l],r[l]=s):(d=o,o=s),d&&d!==s){t.setEdge(d,s);return}s=l}})}function at(e,t={},n=null){if(typeof t.customOrder=="function"){t.customOrder(e,at);return}let r=Je(e),o=Te(e,q(1,r+1),"inEdges"),i=Te(e,q(r,-1,-1),"outEdges"),s=Vn(e,n);if(Se(e,s),t.disableOptimalOrderHeuristic)return;let l=Number.POSITIVE_INFINITY,d,a=t.constraints||[];for(let c=0,h=0;h<4;++c,++h){nr(c%2?o:i,c%4>=2,a,n),s=J(e);let u=Yn(e,s);u<l?(h=0,d=Object.assign({},s),l=u):u===l&&(d=structuredClone(s))}Se(e,d)}function Te(e,t,n){let r=new Map,o=(i,s)=>{r.has(i)||r.set(i,[]),r.get(i).push(s)};for(let i of e.nodes()){let s=e.node(i);if(typeof s.rank=="number"&&o(s.rank,i),typeof s.minRank=="number"&&typeof s.maxRank=="number")for(let l=s.minRank;l<=s.maxRank;l++)l!==s.rank&&o(l,i)}return t.map(function(i){return Qn(e,i,n,r.get(i)||[])})}function nr(e,t,n,r){let o=!0,i=new A;e.forEach(function(s){n.forEach(c=>i.setEdge(c.left,c.right));let l=s.graph().root,{result:d,usedBias:a}=lt(s,l,i,r,o);t&&a&&(o=!o),d.vs.forEach((c,h)=>s.node(c).order=h),tr(s,i,d.vs)})}function Se(e,t){Object.values(t).forEach(n=>n.forEach((r,o)=>e.node(r).order=o))}function rr(e,t){let n={};function r(o,i){let s=0,l=0,d=o.length,a=i[i.length-1];return i.forEach((c,h)=>{let u=ir(e,c),f=u?e.node(u).order:d;(u||c===a)&&(i.slice(l,h+1).forEach(m=>{let v=e.predecessors(m);v&&v.forEach(x=>{let b=e.node(x),g=b.order;(g<s||f<g)&&!(b.dummy&&e.node(m).dummy)&&dt(n,x,m)})}),l=h+1,s=f)}),i}return t.length&&t.reduce(r),n}function or(e,t){let n={};function r(s){var l;return((l=e.node(s))==null?void 0:l.dummy)==="border"}if(!e.nodes().some(r))return n;function o(s,l,d,a,c){q(l,d).forEach(h=>{let u=s[h];if(u!==void 0&&e.node(u).dummy){let f=e.predecessors(u);f&&f.forEach(m=>{if(m===void 0)return;let v=e.node(m);v.dummy&&(v.order<a||v.order>c)&&dt(n,m,u)})}})}function i(s,l){let d=-1,a=-1,c=0;return l.forEach((h,u)=>{if(r(h)){let f=e.predecessors(h);if(f&&f.length){let m=f[0];if(m===void 0)return;a=e.node(m).order,o(l,c,u,d,a),c=u,d=a}}o(l,c,l.length,a,s.length)}),l}return t.length&&t.reduce(i),n}function ir(e,t){if(e.node(t).dummy){let n=e.predecessors(t);if(n)return n.find(r=>e.node(r).dummy)}}function dt(e,t,n){if(t>n){let o=t;t=n,n=o}let r=e[t];r||(e[t]=r={}),r[n]=!0}function sr(e,t,n){if(t>n){let o=t;t=n,n=o}let r=e[t];return r!==void 0&&Object.hasOwn(r,n)}function lr(e,t,n,r,o){let i={},s={},l={};return t.forEach(d=>{d.forEach((a,c)=>{i[a]=a,s[a]=a,l[a]=c})}),t.forEach(d=>{let a=-1,c=-1,h=!1,u=d,f=d.findIndex(m=>o?.includes(m)||Ce(m,e,o));f>0&&(u=[d[f],...d.slice(0,f),...d.slice(f+1)],h=!0),u.forEach(m=>{var v;let x=r(m);if(x&&x.length){o!=null&&o.includes(m)&&(x=x.filter(y=>Ce(y,e,o)));let b=x.sort((y,w)=>{let k=l[y],M=l[w];return(k!==void 0?k:0)-(M!==void 0?M:0)}),g=(b.length-1)/2;for(let y=Math.floor(g),w=Math.ceil(g);y<=w;++y){let k=b[y];if(k===void 0)continue;let M=l[k];if(M!==void 0&&s[m]===m&&a<M&&l[k]!==c&&!sr(n,m,k)){let C=i[k];C!==void 0&&(s[k]=m,s[m]=i[m]=C,a=M,h&&(a=-1,c=(v=l[k])!=null?v:-1,h=!1))}}}})}),{root:i,align:s}}function ar(e,t,n,r,o=!1){let i={},s=dr(e,t,n,o),l=o?"borderLeft":"borderRight";function d(f,m){let v=s.nodes().slice(),x={},b=v.pop();for(;b;){if(x[b])f(b);else{x[b]=!0,v.push(b);for(let g of m(b))v.push(g)}b=v.pop()}}function a(f){let m=s.inEdges(f);m?i[f]=m.reduce((v,x)=>{var b;let g=(b=i[x.v])!=null?b:0,y=s.edge(x);return Math.max(v,g+(y!==void 0?y:0))},0):i[f]=0}function c(f){let m=s.outEdges(f),v=Number.POSITIVE_INFINITY;m&&(v=m.reduce((b,g)=>{let y=i[g.w],w=s.edge(g);return Math.min(b,(y!==void 0?y:0)-(w!==void 0?w:0))},Number.POSITIVE_INFINITY));let x=e.node(f);v!==Number.POSITIVE_INFINITY&&x.borderType!==l&&(i[f]=Math.max(i[f]!==void 0?i[f]:0,v))}function h(f){return s.predecessors(f)||[]}function u(f){return s.successors(f)||[]}return d(a,h),d(c,u),Object.keys(r).forEach(f=>{var m;let v=n[f];v!==void 0&&(i[f]=(m=i[v])!=null?m:0)}),i}function dr(e,t,n,r){let o=new A,i=e.graph(),s=gr(i.nodesep,i.edgesep,r);return t.forEach(l=>{let d;l.forEach(a=>{let c=n[a];if(c!==void 0){if(o.setNode(c),d!==void 0){let h=n[d];if(h!==void 0){let u=o.edge(h,c);o.setEdge(h,c,Math.max(s(e,a,d),u||0))}}d=a}})}),o}function cr(e,t){return Object.values(t).reduce((n,r)=>{let o=Number.NEGATIVE_INFINITY,i=Number.POSITIVE_INFINITY;Object.entries(r).forEach(([l,d])=>{let a=pr(e,l)/2;o=Math.max(d+a,o),i=Math.min(d-a,i)});let s=o-i;return s<n[0]&&(n=[s,r]),n},[Number.POSITIVE_INFINITY,null])[1]}function ur(e,t){let n=Object.values(t),r=D(Math.min,n),o=D(Math.max,n);["u","d"].forEach(i=>{["l","r"].forEach(s=>{let l=i+s,d=e[l];if(!d||d===t)return;let a=Object.values(d),c=r-D(Math.min,a);s!=="l"&&(c=o-D(Math.max,a)),c&&(e[l]=U(d,h=>h+c))})})}function hr(e,t=void 0){let n=e.ul;return n?U(n,(r,o)=>{var i,s;if(t){let d=t.toLowerCase(),a=e[d];if(a&&a[o]!==void 0)return a[o]}let l=Object.values(e).map(d=>{let a=d[o];return a!==void 0?a:0}).sort((d,a)=>d-a);return(((i=l[1])!=null?i:0)+((s=l[2])!=null?s:0))/2}):{}}function fr(e,t){let n=J(e),r=Object.assign(rr(e,n),or(e,n)),o={},i;["u","d"].forEach(l=>{i=l==="u"?n:Object.values(n).reverse(),["l","r"].forEach(d=>{d==="r"&&(i=i.map(h=>Object.values(h).reverse()));let a=lr(e,i,r,h=>(l==="u"?e.predecessors(h):e.successors(h))||[],t),c=ar(e,i,a.root,a.align,d==="r");d==="r"&&(c=U(c,h=>-h)),o[l+d]=c})});let s=cr(e,o);return ur(o,s),hr(o,e.graph().align)}function gr(e,t,n){return(r,o,i)=>{let s=r.node(o),l=r.node(i),d=0,a;if(d+=s.width/2,Object.hasOwn(s,"labelpos"))switch(s.labelpos.toLowerCase()){case"l":a=-s.width/2;break;case"r":a=s.width/2;break}if(a&&(d+=n?a:-a),a=void 0,d+=(s.dummy?t:e)/2,d+=(l.dummy?t:e)/2,d+=l.width/2,Object.hasOwn(l,"labelpos"))switch(l.labelpos.toLowerCase()){case"l":a=l.width/2;break;case"r":a=-l.width/2;break}return a&&(d+=n?a:-a),d}}function pr(e,t){return e.node(t).width}function Ce(e,t,n){var r;if(!n)return!1;let o=(r=t.node(e))==null?void 0:r.edgeObj;if(!o||t.node(e).edgeLabel.reversed)return!1;let i=n.indexOf(o?.v),s=n.indexOf(o?.w);return i!==-1&&s!==-1&&i===(s+1)%n.length||i===(s-1)%n.length}function mr(e,t){e=We(e),vr(e),Object.entries(fr(e,t)).forEach(([n,r])=>e.node(n).x=r)}function vr(e){let t=J(e),n=e.graph(),r=n.ranksep,o=n.rankalign,i=0;t.forEach(s=>{let l=s.reduce((d,a)=>{var c;let h=(c=e.node(a).height)!=null?c:0;return d>h?d:h},0);s.forEach(d=>{let a=e.node(d);o==="top"?a.y=i+a.height/2:o==="bottom"?a.y=i+l-a.height/2:a.y=i+l/2}),i+=l+r})}var Fe=new WeakMap;function ct(e,t={}){return ut(e,Zt,t),e}function Pe(e,t,n){let r=t;for(;r!==void 0;){let o=e.parent(r);if(o===n)return r;r=o}}function ut(e,t,n){var r;let o=e.nodes().filter(g=>e.children(g).length),i={};o.forEach(g=>{let y=e.node(g);if(y&&y.rankdir){let w=new A({multigraph:!0,compound:!0});w.setGraph({rankdir:y.rankdir});let k=e.children(g);k.forEach(j=>{let I={...e.node(j)};w.setNode(j,I);let S=e.parent(j);S&&S!==g&&k.includes(S)&&w.setParent(j,S)});let M=new Set;e.edges().forEach(j=>{let I=Pe(e,j.v,g),S=Pe(e,j.w,g);if(I===j.v&&S===j.w)w.setEdge(j,{...e.edge(j)});else if(I&&S&&I!==S){let $=`${I}\\0${S}`;M.has($)||(M.add($),w.setEdge(I,S,{...e.edge(j)}))}}),ut(w,t,n);let C=Be(w);Ae(C,t,n,null),$e(w,C);let O=1/0,E=1/0,T=-1/0,_=-1/0;w.nodes().forEach(j=>{if(j===g)return;let I=w.node(j);I&&typeof I.x=="number"&&typeof I.y=="number"&&typeof I.width=="number"&&typeof I.height=="number"&&(O=Math.min(O,I.x-I.width/2),T=Math.max(T,I.x+I.width/2),E=Math.min(E,I.y-I.height/2),_=Math.max(_,I.y+I.height/2))}),(!isFinite(O)||!isFinite(E)||!isFinite(T)||!isFinite(_))&&(O=E=0,T=_=0);let N=T-O,L=_-E;i[g]={minX:O,minY:E,maxX:T,maxY:_,width:N,height:L,offsetX:O,offsetY:E},y._dagreClusterSubgraph=w}});let s=[],l=g=>{let y=[],w=(e.children(g)||[]).filter(k=>k!==g);for(;w.length>0;){let k=w.shift();y.push(k),(e.children(k)||[]).filter(M=>M!==k).forEach(M=>w.push(M))}return y},d=new Map;o.forEach(g=>{let y=e.node(g);y&&y.rankdir&&i[g]&&d.set(g,(e.children(g)||[]).filter(w=>w!==g))});let a=new Set([...d.values()].flat()),c=new Map;d.forEach((g,y)=>{a.has(y)||c.set(y,l(y))});let h=new Set([...c.values()].flat()),u=g=>{for(let[y,w]of c)if(w.includes(g))return y;return g},f=[];e.edges().forEach(g=>{(h.has(g.v)||h.has(g.w))&&f.push({edge:g,label:e.edge(g)})});let m=new Map;h.forEach(g=>{let y=e.parent(g);m.set(g,typeof y=="string"?y:void 0)}),c.forEach((g,y)=>{let w=e.node(y),k=[];g.forEach(O=>{let E=e.node(O);E&&(k.push({id:O,node:E,parent:m.get(O)}),e.removeNode(O))});let M=f.filter(({edge:O})=>g.includes(O.v)||g.includes(O.w)),C=i[y];w&&(s.push({clusterId:y,subgraph:w._dagreClusterSubgraph,bounds:C,children:g,removedNodes:k,removedEdges:M}),w.width=C.width,w.height=C.height)});let v=new Set;f.forEach(({edge:g,label:y})=>{let w=u(g.v),k=u(g.w);if(w!==k&&e.hasNode(w)&&e.hasNode(k)){let M=`${w}\\0${k}`;v.has(M)||(v.add(M),e.setEdge(w,k,{...y,width:0,height:0}))}});let x=Be(e),b=Ae(x,t,n,(r=Fe.get(e))!=null?r:null);Fe.set(e,b),$e(e,x),v.forEach(g=>{let y=g.indexOf("\\0"),w=g.slice(0,y),k=g.slice(y+1);e.hasEdge(w,k)&&e.removeEdge(w,k)}),s.forEach(({clusterId:g,subgraph:y,bounds:w,removedNodes:k,removedEdges:M})=>{var C,O;let E=e.node(g),T=(C=E?.x)!=null?C:0,_=(O=E?.y)!=null?O:0,N=(w.minX+w.maxX)/2,L=(w.minY+w.maxY)/2;k.forEach(({id:j,node:I,parent:S})=>{e.setNode(j,I),S!==void 0&&e.setParent(j,S)}),M.forEach(({edge:j,label:I})=>{e.setEdge(j,I)}),y.nodes().forEach(j=>{if(j===g)return;let I=y.node(j),S=e.node(j);S&&I&&typeof I.x=="number"&&typeof I.y=="number"&&(S.x=T+(I.x-N),S.y=_+(I.y-L))}),Re(e,y,T-N,_-L),delete E._dagreClusterSubgraph}),o.forEach(g=>{var y,w;let k=e.node(g),M=i[g];if(k&&k.rankdir&&k._dagreClusterSubgraph&&M){let C=k._dagreClusterSubgraph,O=(y=k.x)!=null?y:0,E=(w=k.y)!=null?w:0,T=(M.minX+M.maxX)/2,_=(M.minY+M.maxY)/2;C.nodes().forEach(N=>{if(N===g)return;let L=C.node(N),j=e.node(N);if(j&&L&&typeof L.x=="number"&&typeof L.y=="number"){let I=L.x-T,S=L.y-_;j.x=O+I,j.y=E+S}}),Re(e,C,O-T,E-_),delete k._dagreClusterSubgraph}})}function Re(e,t,n,r){t.edges().forEach(o=>{if(!e.hasEdge(o))return;let i=t.edge(o),s=e.edge(o);s.points=i.points.map(l=>({x:l.x+n,y:l.y+r})),Object.hasOwn(i,"x")&&(s.x=i.x+n,s.y=i.y+r)})}function Ae(e,t,n,r=null){var o,i;let s=n?.useDynamic!==!1,l=s&&(o=r?.graph)!=null?o:null,d=s&&(i=r?.rawNodes)!=null?i:null;t("    makeSpaceForEdgeLabels",()=>Nr(e)),t("    removeSelfEdges",()=>Fr(e)),t("    acyclic",()=>an(e,l)),t("    nestingGraph.run",()=>Sn(e)),t("    rank",()=>kn(We(e))),t("    injectEdgeLabelProxies",()=>Or(e)),t("    removeEmptyRanks",()=>qt(e)),t("    nestingGraph.cleanup",()=>Pn(e)),t("    normalizeRanks",()=>Kt(e)),t("    assignRankMinMax",()=>Ir(e)),t("    removeEdgeLabelProxies",()=>jr(e)),t("    normalize.run",()=>hn(e)),t("    parentDummyChains",()=>jn(e)),t("    addBorderSegments",()=>Rn(e)),t("    order",()=>at(e,n,d)),t("    insertSelfEdges",()=>Pr(e)),t("    adjustCoordinateSystem",()=>$n(e)),t("    position",()=>mr(e,n.corePath)),t("    positionSelfEdges",()=>Rr(e));let a=JSON.parse(JSON.stringify(e._nodes));return t("    removeBorderNodes",()=>Cr(e)),t("    normalize.undo",()=>gn(e)),t("    fixupEdgeLabelCoords",()=>Tr(e)),t("    undoCoordinateSystem",()=>Dn(e)),t("    translateGraph",()=>Lr(e)),t("    assignNodeIntersects",()=>Mr(e)),t("    reversePoints",()=>Sr(e)),t("    acyclic.undo",()=>cn(e)),{graph:e,rawNodes:a}}function $e(e,t){e.nodes().forEach(n=>{let r=e.node(n),o=t.node(n);r&&(r.x=o.x,r.y=o.y,r.order=o.order,r.rank=o.rank,t.children(n).length&&(r.width=o.width,r.height=o.height))}),e.edges().forEach(n=>{let r=e.edge(n),o=t.edge(n);r.points=o.points,Object.hasOwn(o,"x")&&(r.x=o.x,r.y=o.y)}),e.graph().width=t.graph().width,e.graph().height=t.graph().height}var br=["nodesep","edgesep","ranksep","marginx","marginy"],yr={ranksep:50,edgesep:20,nodesep:50,rankdir:"TB",rankalign:"center"},wr=["acyclicer","ranker","rankdir","align","rankalign"],Er=["width","height","rank"],De={width:0,height:0},_r=["minlen","weight","width","height","labeloffset"],xr={minlen:1,weight:1,width:0,height:0,labeloffset:10,labelpos:"r"},kr=["labelpos"];function Be(e){let t=new A({multigraph:!0,compound:!0}),n=ae(e.graph());return t.setGraph(Object.assign({},yr,le(n,br),Z(n,wr))),e.nodes().forEach(r=>{let o=ae(e.node(r)),i=le(o,Er);Object.keys(De).forEach(l=>{i[l]===void 0&&(i[l]=De[l])}),t.setNode(r,i);let s=e.parent(r);s!==void 0&&t.setParent(r,s)}),e.edges().forEach(r=>{let o=ae(e.edge(r));t.setEdge(r,Object.assign({},xr,le(o,_r),Z(o,kr)))}),t}function Nr(e){let t=e.graph();t.ranksep/=2,e.edges().forEach(n=>{var r;let o=e.edge(n);o.minlen*=2,((r=o.labelpos)!=null?r:"r").toLowerCase()!=="c"&&(t.rankdir==="TB"||t.rankdir==="BT"?o.width+=o.labeloffset:o.height+=o.labeloffset)})}function Or(e){e.edges().forEach(t=>{let n=e.edge(t);if(n.width&&n.height){let r=e.node(t.v),o={rank:(e.node(t.w).rank-r.rank)/2+r.rank,e:t};z(e,"edge-proxy",o,"_ep")}})}function Ir(e){let t=0;e.nodes().forEach(n=>{let r=e.node(n);r.borderTop&&(r.minRank=e.node(r.borderTop).rank,r.maxRank=e.node(r.borderBottom).rank,t=Math.max(t,r.maxRank))}),e.graph().maxRank=t}function jr(e){e.nodes().forEach(t=>{let n=e.node(t);if(n.dummy==="edge-proxy"){let r=n;e.edge(r.e).labelRank=n.rank,e.removeNode(t)}})}function Lr(e){let t=Number.POSITIVE_INFINITY,n=0,r=Number.POSITIVE_INFINITY,o=0,i=e.graph(),s=i.marginx||0,l=i.marginy||0;function d(a){let c=a.x,h=a.y,u=a.width,f=a.height;t=Math.min(t,c-u/2),n=Math.max(n,c+u/2),r=Math.min(r,h-f/2),o=Math.max(o,h+f/2)}e.nodes().forEach(a=>d(e.node(a))),e.edges().forEach(a=>{let c=e.edge(a);Object.hasOwn(c,"x")&&d(c)}),t-=s,r-=l,e.nodes().forEach(a=>{let c=e.node(a);c.x-=t,c.y-=r}),e.edges().forEach(a=>{let c=e.edge(a);c.points.forEach(h=>{h.x-=t,h.y-=r}),Object.hasOwn(c,"x")&&(c.x-=t),Object.hasOwn(c,"y")&&(c.y-=r)}),i.width=n-t+s,i.height=o-r+l}function Mr(e){e.edges().forEach(t=>{if(t.v===t.w)return;let n=e.edge(t),r=e.node(t.v),o=e.node(t.w),i,s;n.points?(i=n.points[0],s=n.points[n.points.length-1]):(n.points=[],i=o,s=r),n.points.unshift(xe(r,i)),n.points.push(xe(o,s))})}function Tr(e){e.edges().forEach(t=>{let n=e.edge(t);if(Object.hasOwn(n,"x"))switch((n.labelpos==="l"||n.labelpos==="r")&&(n.width-=n.labeloffset),n.labelpos){case"l":n.x-=n.width/2+n.labeloffset;break;case"r":n.x+=n.width/2+n.labeloffset;break}})}function Sr(e){e.edges().forEach(t=>{let n=e.edge(t);n.reversed&&n.points.reverse()})}function Cr(e){e.nodes().forEach(t=>{if(e.children(t).length){let n=e.node(t),r=e.node(n.borderTop),o=e.node(n.borderBottom),i=e.node(n.borderLeft[n.borderLeft.length-1]),s=e.node(n.borderRight[n.borderRight.length-1]);n.width=Math.abs(s.x-i.x),n.height=Math.abs(o.y-r.y),n.x=i.x+n.width/2,n.y=r.y+n.height/2}}),e.nodes().forEach(t=>{e.node(t).dummy==="border"&&e.removeNode(t)})}function Fr(e){e.edges().forEach(t=>{if(t.v===t.w){let n=e.node(t.v);n.selfEdges||(n.selfEdges=[]),n.selfEdges.push({e:t,label:e.edge(t)}),e.removeEdge(t)}})}function Pr(e){J(e).forEach(t=>{let n=0;t.forEach((r,o)=>{let i=e.node(r);typeof i.rank!="number"&&(i.rank=0),i.order=o+n,(i.selfEdges||[]).forEach(s=>{z(e,"selfedge",{width:s.label.width,height:s.label.height,rank:i.rank,order:o+ ++n,e:s.e,edgeLabel:s.label},"_se"),(!Array.isArray(s.label.points)||s.label.points.length!==7)&&(s.label.points=[{x:0,y:-10},{x:0,y:-10},{x:0,y:0},{x:0,y:10},{x:0,y:10},{x:0,y:0},{x:0,y:0}])}),delete i.selfEdges})})}function Rr(e){e.nodes().forEach(t=>{let n=e.node(t),r=o=>typeof o=="number"&&isFinite(o);if(n.dummy==="selfedge"){let o=n,i=e.node(o.e.v),s=r(i?.x)?i.x:0,l=r(i?.y)?i.y:0,d=r(i?.width)?i.width:0,a=r(i?.height)?i.height:0,c=r(n.x)?n.x:s,h=r(n.y)?n.y:l,u=d/2,f=a/2;o.edgeLabel.points=[{x:c+u,y:h-f},{x:c+u,y:h-f},{x:c,y:h},{x:c-u,y:h+f},{x:c-u,y:h+f},{x:c,y:h},{x:c,y:h}],o.edgeLabel.x=c,o.edgeLabel.y=h,e.setEdge(o.e,o.edgeLabel),e.removeNode(t)}else n&&Array.isArray(n.selfEdges)&&n.selfEdges.forEach(o=>{if(!Array.isArray(o.label.points)||o.label.points.length!==7){let i=r(n.x)?n.x:0,s=r(n.y)?n.y:0,l=r(n.width)?n.width:0,d=r(n.height)?n.height:0,a=l/2,c=d/2;o.label.points=[{x:i+a,y:s-c},{x:i+a,y:s-c},{x:i,y:s},{x:i-a,y:s+c},{x:i-a,y:s+c},{x:i,y:s},{x:i,y:s}]}})})}function le(e,t){return U(Z(e,t),Number)}function ae(e){let t={};return e&&Object.entries(e).forEach(([n,r])=>{typeof n=="string"&&(n=n.toLowerCase()),t[n]=r}),t}var me=/^\\s{0,3}(?:([-*+])|(\\d{1,9})[.)])\\s+(.*)$/;function ht(e){let t=e.replace(/\\r\\n?/g,`\n`).split(`\n`),n=[],r=0,o=s=>s===void 0||s.trim()==="",i=s=>/^\\s{0,3}(#{1,6}\\s|```|~~~|>|\\|)/.test(s)||me.test(s);for(;r<t.length;){let s=t[r];if(o(s)){r++;continue}let l=/^\\s{0,3}(```|~~~)/.exec(s);if(l){let h=[];for(r++;r<t.length&&!t[r].trimStart().startsWith(l[1]);)h.push(t[r++]);r++,n.push({t:"pre",v:h.join(`\n`)});continue}let d=/^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$/.exec(s);if(d){n.push({t:"h",level:d[1].length,c:G(d[2])}),r++;continue}if(/^\\s{0,3}\\|/.test(s)){let h=[];for(;r<t.length&&/^\\s{0,3}\\|/.test(t[r]);)h.push(Ar(t[r++]));let u=h[1]?.every(v=>/^:?-+:?$/.test(v.trim())),f=u?h[0]:[],m=u?h.slice(2):h;n.push({t:"table",head:f.map(G),rows:m.map(v=>v.map(G))});continue}if(/^\\s{0,3}>/.test(s)){let h=[];for(;r<t.length&&/^\\s{0,3}>/.test(t[r]);)h.push(t[r++].replace(/^\\s{0,3}>\\s?/,""));n.push({t:"quote",c:G(h.join(" "))});continue}let a=me.exec(s);if(a){let h=a[2]!==void 0,u=[],f=[];for(;r<t.length;){let m=t[r],v=me.exec(m);if(v&&v[2]!==void 0===h)f.length&&u.push(G(f.join(" "))),f=[v[3]];else if(!o(m)&&/^\\s+\\S/.test(m))f.push(m.trim());else if(!(o(m)&&/^\\s+\\S/.test(t[r+1]??"")))break;r++}f.length&&u.push(G(f.join(" "))),n.push({t:h?"ol":"ul",items:u});continue}let c=[];for(;r<t.length&&!o(t[r])&&(c.length===0||!i(t[r]));)c.push(t[r++].trim());n.push({t:"p",c:G(c.join(" "))})}return n}function Ar(e){let t=[],n="",r=!1,o=e.trim().replace(/^\\|/,"").replace(/\\|$/,"");for(let i=0;i<o.length;i++){let s=o[i];s==="\\\\"&&o[i+1]==="|"?(n+="|",i++):s==="`"?(r=!r,n+=s):s==="|"&&!r?(t.push(n.trim()),n=""):n+=s}return t.push(n.trim()),t}function $r(e){let t=e.trim();return/^https?:\\/\\/[^\\s]+$/i.test(t)?t:void 0}function G(e){let t=[],n="",r=()=>{n&&t.push({t:"text",v:n}),n=""},o=0;for(;o<e.length;){let i=e[o];if(i==="\\\\"&&o+1<e.length&&/[\\\\`*_[\\]()#|!<>-]/.test(e[o+1])){n+=e[o+1],o+=2;continue}if(i==="`"){let s=/^`+/.exec(e.slice(o))[0],l=e.indexOf(s,o+s.length);if(l>0){r(),t.push({t:"code",v:e.slice(o+s.length,l).replace(/^ (.*) $/,"$1")}),o=l+s.length;continue}}if(i==="*"||i==="_"){let s=e.startsWith(i+i,o),l=s?i+i:i,d=Dr(e,l,o+l.length),a=i==="_"&&/\\w/.test(e[o-1]??"");if(d>o+l.length&&!a){r(),t.push({t:s?"strong":"em",c:G(e.slice(o+l.length,d))}),o=d+l.length;continue}}if(i==="["){let s=Br(e,o);if(s>0&&e[s+1]==="("){let l=Gr(e,s+1);if(l>0){r();let d=$r(e.slice(s+2,l).split(/\\s+"/)[0]);t.push({t:"link",c:G(e.slice(o+1,s)),...d!==void 0?{href:d}:{}}),o=l+1;continue}}}n+=i,o++}return r(),t}function Dr(e,t,n){let r=n;for(;r<e.length;){if(e[r]==="`"){let o=e.indexOf("`",r+1);if(o<0)return-1;r=o+1;continue}if(e.startsWith(t,r)&&e[r-1]!==" "&&(t.length===2||e[r+1]!==t))return r;r++}return-1}function Br(e,t){let n=0;for(let r=t;r<e.length;r++)if(e[r]==="`"){let o=e.indexOf("`",r+1);if(o<0)return-1;r=o}else if(e[r]==="[")n++;else if(e[r]==="]"&&--n===0)return r;return-1}function Gr(e,t){let n=0;for(let r=t;r<e.length;r++)if(e[r]==="(")n++;else if(e[r]===")"&&--n===0)return r;return-1}var ve=["critical","high","medium","low","info"],ne=e=>ve.indexOf(e),Vr="http://www.w3.org/2000/svg",ee=40,ft=34;function p(e,t={},...n){let r=document.createElement(e);for(let[o,i]of Object.entries(t))r.setAttribute(o,i);for(let o of n)o&&r.append(o);return r}function F(e,t={},...n){let r=document.createElementNS(Vr,e);for(let[o,i]of Object.entries(t))r.setAttribute(o,String(i));for(let o of n)o&&r.append(o);return r}function H(e,t){return e.length>t?`${e.slice(0,t-1)}\\u2026`:e}function be(e){let t=e.split("`");return t.length%2===0?[document.createTextNode(e)]:t.map((n,r)=>r%2===1?p("code",{},n):document.createTextNode(n))}function pt(e){return p("span",{class:`badge sev-${e}`},e)}function B(e){return e.map(t=>{switch(t.t){case"text":return document.createTextNode(t.v);case"code":return p("code",{},t.v);case"strong":return p("strong",{},...B(t.c));case"em":return p("em",{},...B(t.c));case"link":return t.href!==void 0?p("a",{href:t.href,rel:"noopener noreferrer",target:"_blank"},...B(t.c)):p("span",{},...B(t.c))}})}function Yr(e){let t=p("div",{class:"rule-page"});for(let n of ht(e))t.append(zr(n));return t}function zr(e){switch(e.t){case"h":return p(`h${Math.min(6,e.level+3)}`,{},...B(e.c));case"p":return p("p",{},...B(e.c));case"pre":return p("pre",{},p("code",{},e.v));case"quote":return p("blockquote",{},...B(e.c));case"ul":case"ol":return p(e.t,{},...e.items.map(t=>p("li",{},...B(t))));case"table":return p("table",{class:"md-table"},e.head.length>0&&p("thead",{},p("tr",{},...e.head.map(t=>p("th",{},...B(t))))),p("tbody",{},...e.rows.map(t=>p("tr",{},...t.map(n=>p("td",{},...B(n)))))))}}var te=10,Hr=16,Kr=46;function qr(e){let t=F("svg",{width:0,height:0,"aria-hidden":"true",style:"position:absolute;visibility:hidden"}),n=F("text",{});return t.append(n),e.append(t),{width:(r,o)=>(n.setAttribute("class",o),n.textContent=r,n.getComputedTextLength()),done:()=>t.remove()}}function Xr(e,t,n){let r=e.graph;if(!r||r.nodes.length===0)return;let o=new A({multigraph:!1});o.setGraph({rankdir:"LR",nodesep:16,ranksep:50,edgesep:10,marginx:12,marginy:12}),o.setDefaultEdgeLabel(()=>({}));let i=qr(t);for(let u of r.nodes){let f=i.width(H(u.label,ee),"label"),m=i.width(H(u.detail??ye(u.kind),ee+6),"detail");o.setNode(u.id,{width:Math.ceil(Math.max(110,te+Math.max(f,m)+(u.severity?Hr:0)+te)),height:Kr})}for(let u of r.edges)o.setEdge(u.from,u.to,{width:Math.ceil(i.width(H(u.label,ft),"edge-label")+8),height:14,labelpos:"c"});i.done(),ct(o);let s=o.graph(),l=Math.ceil(s.width??0),d=Math.ceil(s.height??0),a=F("svg",{viewBox:`0 0 ${l} ${d}`,width:l,height:d,role:"group","aria-label":"Who can reach what"});a.append(F("defs",{},...["plain","exposed","hl"].map(u=>F("marker",{id:`arrow-${u}`,viewBox:"0 0 10 10",refX:9,refY:5,markerWidth:7,markerHeight:7,orient:"auto-start-reverse"},F("path",{d:"M0,0 L10,5 L0,10 z",class:`arrowhead ${u}`})))));let c=new Map,h=new Map;for(let u of r.edges){let f=o.edge(u.from,u.to),v=(f.points??[]).map((g,y)=>`${y===0?"M":"L"}${g.x.toFixed(1)},${g.y.toFixed(1)}`).join(" "),x=["edge",u.exposed?"exposed":"",u.severity?`sev-${u.severity}`:""].filter(Boolean).join(" "),b=F("g",{class:x,"data-id":u.id,"data-from":u.from,"data-to":u.to,...u.severity?{"data-severity":u.severity}:{}},F("title",{},u.label),F("path",{d:v,class:"line","marker-end":`url(#arrow-${u.exposed?"exposed":"plain"})`}),F("path",{d:v,class:"hit"}),f.x!==void 0&&f.y!==void 0&&F("text",{x:f.x.toFixed(1),y:(f.y+4).toFixed(1),class:"edge-label","text-anchor":"middle"},H(u.label,ft)));u.findings.length>0&&(b.setAttribute("tabindex","0"),b.setAttribute("role","button"),b.addEventListener("click",()=>n(u.id,"edge")),b.addEventListener("keydown",g=>{(g.key==="Enter"||g.key===" ")&&(g.preventDefault(),n(u.id,"edge"))})),h.set(u.id,b),a.append(b)}for(let u of r.nodes){let f=o.node(u.id),m=f.x-f.width/2,v=f.y-f.height/2,x=["node",`kind-${u.kind}`,u.exposed?"exposed":"",u.severity?`sev-${u.severity}`:""].filter(Boolean).join(" "),b=F("g",{class:x,"data-id":u.id,"data-label":u.label,tabindex:"0",role:"button",...u.severity?{"data-severity":u.severity}:{}},F("title",{},`${u.label}${u.detail?` (${u.detail})`:""}${u.findings.length?`: ${u.findings.length} finding(s)`:""}`),F("rect",{x:m.toFixed(1),y:v.toFixed(1),width:f.width.toFixed(1),height:f.height,rx:u.kind==="internet"?23:6,class:"box"}),F("text",{x:(m+te).toFixed(1),y:(v+19).toFixed(1),class:"label"},H(u.label,ee)),F("text",{x:(m+te).toFixed(1),y:(v+36).toFixed(1),class:"detail"},H(u.detail??ye(u.kind),ee+6)),u.severity&&F("circle",{cx:(m+f.width-9).toFixed(1),cy:(v+9).toFixed(1),r:6,class:"sev-dot"}));b.addEventListener("click",()=>n(u.id,"node")),b.addEventListener("keydown",g=>{(g.key==="Enter"||g.key===" ")&&(g.preventDefault(),n(u.id,"node"))}),c.set(u.id,b),a.append(b)}return t.append(a),{nodes:c,edges:h,root:a,width:l,height:d}}var Wr=.1,Zr=3;function Jr(e,t,n){let r=1,o=(d,a={x:e.clientWidth/2,y:e.clientHeight/2})=>{d=Math.min(Zr,Math.max(Wr,d));let c=(e.scrollLeft+a.x)/r,h=(e.scrollTop+a.y)/r;r=d,t.root.setAttribute("width",(t.width*r).toFixed(1)),t.root.setAttribute("height",(t.height*r).toFixed(1)),e.scrollLeft=c*r-a.x,e.scrollTop=h*r-a.y,n.textContent=`${Math.round(r*100)}%`,e.dataset.scale=r.toFixed(4)},i={fit:()=>{let d=parseFloat(getComputedStyle(e).maxHeight),a=Number.isFinite(d)?d:e.clientHeight,c=h=>Math.max(50,h-4);o(Math.min(1,c(e.clientWidth)/t.width,c(a)/t.height)),e.scrollLeft=0,e.scrollTop=0},set:(d,a)=>o(d,a),by:(d,a)=>o(r*d,a),reveal:d=>{let a=t.nodes.get(d)?.querySelector("rect");if(!a)return;let c=(Number(a.getAttribute("x"))+Number(a.getAttribute("width"))/2)*r,h=(Number(a.getAttribute("y"))+Number(a.getAttribute("height"))/2)*r;e.scrollLeft=c-e.clientWidth/2,e.scrollTop=h-e.clientHeight/2}};e.addEventListener("wheel",d=>{if(!d.ctrlKey&&!d.metaKey)return;d.preventDefault();let a=e.getBoundingClientRect();i.by(d.deltaY<0?1.15:1/1.15,{x:d.clientX-a.left,y:d.clientY-a.top})},{passive:!1});let s;e.addEventListener("pointerdown",d=>{d.button!==0||d.target.closest(".node, .edge[data-severity]")||(s={x:d.clientX,y:d.clientY,left:e.scrollLeft,top:e.scrollTop,id:d.pointerId},e.setPointerCapture(d.pointerId),e.classList.add("dragging"))}),e.addEventListener("pointermove",d=>{!s||d.pointerId!==s.id||(e.scrollLeft=s.left-(d.clientX-s.x),e.scrollTop=s.top-(d.clientY-s.y))});let l=d=>{!s||d.pointerId!==s.id||(s=void 0,e.classList.remove("dragging"))};return e.addEventListener("pointerup",l),e.addEventListener("pointercancel",l),e.addEventListener("keydown",d=>{if(d.ctrlKey||d.metaKey||d.altKey)return;let c={"+":()=>i.by(1.25),"=":()=>i.by(1.25),"-":()=>i.by(.8),0:()=>i.set(1),f:()=>i.fit(),F:()=>i.fit()}[d.key];c&&(d.preventDefault(),c())}),o(1),i}function Ur(e,t){let n=(r,o,i,s)=>{let l=p("button",{type:"button",class:s,"aria-label":o,title:o},r);return l.addEventListener("click",()=>{let d=e();d&&i(d)}),l};return p("div",{class:"graph-tools",role:"toolbar","aria-label":"Zoom","aria-controls":"graph"},n("\\u2212","Zoom out (\\u2212)",r=>r.by(.8),"zoom-out"),t,n("+","Zoom in (+)",r=>r.by(1.25),"zoom-in"),n("Fit","Fit the graph to the frame (F)",r=>r.fit(),"zoom-fit"),n("100%","Actual size (0)",r=>r.set(1),"zoom-reset"),p("span",{class:"muted hint"},"Drag or scroll to pan; Ctrl + wheel zooms."))}function ye(e){return e.replace(/-/g," ")}function Qr(e,t){let n=new Map;for(let i of e)n.set(i.to,[...n.get(i.to)??[],i.from]);let r=new Set,o=[t];for(;o.length>0;){let i=o.pop();r.has(i)||(r.add(i),o.push(...n.get(i)??[]))}return r}function eo(e,t){let n=new Map,r=["internet"],o=new Set(r);for(;r.length>0;){let s=r.shift();if(s===t)break;for(let l of e)l.from===s&&!o.has(l.to)&&(o.add(l.to),n.set(l.to,s),r.push(l.to))}if(!o.has(t)||t==="internet")return;let i=[t];for(;i[0]!=="internet";)i.unshift(n.get(i[0]));return i}var to=[{key:"severity",title:"Severity"},{key:"rule",title:"Rule"},{key:"location",title:"Location"},{key:"resource",title:"Resource"},{key:"message",title:"Finding"}];function no(e){let t=(n,r)=>n<r?-1:n>r?1:0;switch(e){case"severity":return(n,r)=>ne(n.severity)-ne(r.severity);case"rule":return(n,r)=>t(n.ruleId,r.ruleId);case"location":return(n,r)=>t(n.file,r.file)||n.line-r.line||n.column-r.column;case"resource":return(n,r)=>t(n.resource??"",r.resource??"");case"message":return(n,r)=>t(n.message,r.message)}}function ro(e,t,n,r){let o=r(e),i=o&&p("button",{type:"button",class:"show-in-graph"},"Show in graph");i&&o&&i.addEventListener("click",o);let s=t.get(e.ruleId),l=p("details",{class:"rule-docs"},p("summary",{},"Rule page"));return l.addEventListener("toggle",()=>{l.open&&l.childElementCount===1&&(l.append(s?.docs!==void 0?Yr(s.docs):p("p",{},s?.description??"")),s&&l.append(p("p",{class:"muted"},"Online: ",p("a",{href:s.url,rel:"noopener noreferrer",target:"_blank"},s.url))))}),p("tr",{"data-severity":e.severity,"data-rule":e.ruleId},p("td",{},pt(e.severity)),p("td",{},p("code",{class:"rule"},e.ruleId)),p("td",{class:"location"},`${e.file}:${e.line}:${e.column}`),p("td",{class:"resource"},e.resource??"",i&&p("br"),i),p("td",{},p("div",{class:"message"},...be(e.message)),e.fix!==void 0&&p("div",{class:"fix"},p("strong",{},"Fix: "),...be(e.fix)),n&&p("div",{class:"fix"},p("strong",{},e.status==="baseline"?"In the baseline":"Suppressed: "),e.justification??""),l))}function gt(e,t,n,r,o){let i={sort:void 0,descending:!1},s=p("tbody"),l=to.map(({key:h,title:u})=>{let f=p("button",{type:"button",class:"sort"},u),m=p("th",{scope:"col","data-key":h,"aria-sort":"none"},f);return f.addEventListener("click",()=>{i.descending=i.sort===h?!i.descending:!1,i.sort=h;for(let v of l)v.setAttribute("aria-sort",v===m?i.descending?"descending":"ascending":"none");c(a)}),m}),d=p("table",{class:"findings"},p("caption",{},r),p("thead",{},p("tr",{},...l)),s),a=()=>!0,c=h=>{a=h;let u=e.filter(h);if(i.sort){let f=no(i.sort);u=[...u].sort((m,v)=>i.descending?-f(m,v):f(m,v))}s.replaceChildren(...u.map(f=>ro(f,t,n,o))),u.length===0&&s.append(p("tr",{},p("td",{colspan:"5",class:"muted"},"No finding matches.")))};return c(a),{table:d,render:c}}function oo(){let e=document.getElementById("report-data"),t=document.getElementById("app");if(!e||!t)return;let n=JSON.parse(e.textContent??"{}"),r=new Map(n.rules.map(E=>[E.id,E]));t.replaceChildren(),t.append(p("header",{},p("h1",{},"Identity architecture report"),p("p",{class:"summary"},n.summary),p("p",{class:"muted"},`${n.tool} \\xB7 ${n.files.length} file(s): ${n.files.join(", ")}`))),n.notifications.length>0&&t.append(p("ul",{class:"notes"},...n.notifications.map(E=>p("li",{},E))));let o=p("section",{class:"graph-section","aria-label":"Graph"}),i=p("p",{class:"legend muted"},"Arrows show how access flows; red arrows start at ",p("strong",{},"Anyone on the internet"),". A dot marks the worst open finding of a box. Select a box to list its findings and highlight what makes it reachable."),s=p("div",{class:"graph",id:"graph",tabindex:"0","aria-label":"Graph: + and \\u2212 zoom, 0 shows it at 100%, F fits it, the arrow keys pan"}),l=p("output",{class:"zoom-level","aria-live":"polite"},"100%"),d,a=p("aside",{class:"details",id:"details","aria-live":"polite"},p("p",{class:"muted"},"Nothing selected."));o.append(p("h2",{},"Who can reach what"),i,Ur(()=>d,l),p("div",{class:"graph-row"},s,a)),t.append(o);let c=n.graph,h=new Map((c?.nodes??[]).map(E=>[E.id,E])),u,f=(E,T)=>{if(!c||!u)return;let _=T==="edge"?c.edges.find(P=>P.id===E):void 0,N=_?_.from:E,L=Qr(c.edges,N);_||L.add(E),u.root.classList.add("has-selection");for(let[P,R]of u.nodes)R.classList.toggle("on-path",L.has(P)||_!==void 0&&P===_.to),R.classList.toggle("selected",P===E);for(let[P,R]of u.edges){let we=c.edges.find(mt=>mt.id===P);R.classList.toggle("on-path",L.has(we.from)&&L.has(we.to)||P===E),R.classList.toggle("selected",P===E)}let j=(_??h.get(E))?.findings??[],I=_?`${h.get(_.from)?.label??""} \\u2192 ${h.get(_.to)?.label??""}`:h.get(E)?.label??"",$=eo(c.edges,N)?.map(P=>h.get(P)?.label??P);_&&$&&$.push(h.get(_.to)?.label??_.to),a.replaceChildren(p("h3",{},I),p("p",{class:"muted"},_?_.label:h.get(E)?.detail??ye(h.get(E)?.kind??"target")),$?p("p",{class:"way-in"},p("strong",{},"Reachable: "),$.join(" \\u2192 ")):p("p",{class:"muted"},"Not reachable from the internet in the linted files."),j.length===0?p("p",{class:"muted"},"No finding here."):p("ul",{class:"node-findings"},...j.map(P=>{let R=n.findings[P];return p("li",{"data-status":R.status},pt(R.severity)," ",p("code",{class:"rule"},R.ruleId),R.status!=="open"?` (${R.status}) `:" ",...be(R.message))})))};u=Xr(n,s,f),u?(d=Jr(s,u,l),u.width>s.clientWidth&&s.clientWidth/u.width>=.6&&d.fit()):o.querySelector(".graph-tools")?.remove(),u||s.append(p("p",{class:"muted"},c?"No identity architecture was found in the linted files.":"This report was made without the graph."));let m=n.findings.filter(E=>E.status==="open"),v=n.findings.filter(E=>E.status!=="open"),x=p("select",{id:"filter-severity","aria-label":"Severity at least"},p("option",{value:""},"any severity"),...ve.map(E=>p("option",{value:E},`${E} and worse`))),b=p("input",{type:"search",id:"filter-rule",placeholder:"rule","aria-label":"Rule contains"}),g=p("input",{type:"search",id:"filter-file",placeholder:"file","aria-label":"File contains"}),y=p("input",{type:"search",id:"filter-resource",placeholder:"resource","aria-label":"Resource contains"}),w=new Map;for(let[E,T]of[["node",c?.nodes??[]],["edge",c?.edges??[]]])for(let _ of T)for(let N of _.findings)n.findings[N]&&!w.has(n.findings[N])&&w.set(n.findings[N],{id:_.id,kind:E});let k=E=>{let T=w.get(E);if(!(!T||!u))return()=>{f(T.id,T.kind);let _=T.kind==="node"?T.id:c?.edges.find(N=>N.id===T.id)?.from;o.scrollIntoView({block:"start"}),_&&(d?.reveal(_),u?.nodes.get(_)?.focus({preventScroll:!0}))}},M=gt(m,r,!1,`${m.length} open finding(s)`,k),C=gt(v,r,!0,`${v.length} suppressed or baseline-accepted finding(s)`,k),O=()=>{let E=x.value===""?ve.length:ne(x.value),T=(N,L)=>L.value===""||(N??"").toLowerCase().includes(L.value.toLowerCase()),_=N=>ne(N.severity)<=E&&T(N.ruleId,b)&&T(N.file,g)&&T(N.resource,y);M.render(_),C.render(_)};for(let E of[x,b,g,y])E.addEventListener("input",O);t.append(p("section",{class:"table-section"},p("h2",{},"Findings"),p("div",{class:"filters"},x,b,g,y),M.table),v.length>0?p("section",{class:"table-section accepted"},p("h2",{},"Accepted findings"),C.table):"")}oo();})();\n';

// src/reporters/html/graph.ts
var INTERNET_ID = "internet";
function reportGraphOf(inputs, findings) {
  return buildReportGraph(buildIdentityModel(inputs), findings);
}
var MAX_ACTIONS_NAMED = 3;
function buildReportGraph(model, findings) {
  const nodes = /* @__PURE__ */ new Map();
  const edges = /* @__PURE__ */ new Map();
  const nodesByResource = /* @__PURE__ */ new Map();
  const edgesByResource = /* @__PURE__ */ new Map();
  const addNode = (kind, id, label, detail) => {
    if (!nodes.has(id))
      nodes.set(id, { id, kind, label, ...detail !== void 0 ? { detail } : {}, findings: /* @__PURE__ */ new Set() });
    return id;
  };
  const entityNode = (kind, entity, detail) => {
    const id = `${kind}:${resourceKey(entity.resource)}`;
    addNode(kind, id, entity.name, detail ?? entity.resource.type);
    hang(nodesByResource, entity.resource, id);
    return id;
  };
  const addEdge = (from, to, label, via) => {
    const id = `${from}\u2192${to}`;
    let edge = edges.get(id);
    if (!edge) {
      edge = { id, from, to, labels: [], findings: /* @__PURE__ */ new Set() };
      edges.set(id, edge);
    }
    if (label && !edge.labels.includes(label)) edge.labels.push(label);
    if (via) hang(edgesByResource, via.resource, id);
    return id;
  };
  const internet = () => addNode("internet", INTERNET_ID, "Anyone on the internet", "no account needed");
  const { userPools, clients, groups } = model.userPoolEntities;
  for (const pool of userPools) {
    const id = entityNode("user-pool", pool);
    if (pool.selfSignUp !== false) addEdge(internet(), id, pool.selfSignUp === true ? "sign-up" : "sign-up?");
  }
  for (const client of clients) {
    const id = entityNode("app-client", client);
    if (client.userPool) addEdge(entityNode("user-pool", client.userPool), id, "app client");
  }
  for (const group of groups) {
    const id = entityNode("group", group);
    if (group.userPool) addEdge(entityNode("user-pool", group.userPool), id, "group");
  }
  for (const pool of model.identityPools) {
    const id = entityNode("identity-pool", pool);
    const guests = pool.allowUnauthenticated;
    if (guests.kind !== "absent" && !(guests.kind === "known" && guests.value === false)) {
      addEdge(internet(), id, guests.kind === "known" && guests.value === true ? "guest" : "guest?");
    }
    for (const provider of pool.cognitoProviders) {
      const client = userPoolClientFor(model, provider.clientId);
      const userPool = userPoolFor(model, provider.providerName);
      if (client) addEdge(entityNode("app-client", client), id, "signs in");
      else if (userPool) addEdge(entityNode("user-pool", userPool), id, "signs in");
    }
  }
  const identityPoolRoles = new Set(model.identityPoolRoles());
  for (const role of model.roles) {
    const exposure = identityPoolRoles.has(role) ? exposureOf(model, role) : void 0;
    const id = entityNode("role", role, exposure ? `${exposure.label} exposure` : role.resource.type);
    if (exposure?.reasons.some((reason) => reason.kind === "no-aud")) addEdge(internet(), id, "no aud");
    for (const grant of grantsOf(role)) {
      if (grant.actions.length === 0) continue;
      const actions = actionsLabel(grant.actions.map((a) => a.id));
      const values = grant.statement.notResource ? void 0 : grant.statement.resource?.values.map((v) => v.value);
      for (const value of values ?? [{ kind: "known", value: "*" }]) {
        const target = targetOf(
          model,
          value,
          addNode,
          entityNode,
          (resource2, node) => hang(nodesByResource, resource2, node)
        );
        addEdge(id, target.id, target.key ? `${actions} on ${target.key}` : actions);
      }
    }
  }
  for (const record of model.policies) {
    for (const role of record.roles) hang(nodesByResource, record.owner.resource, `role:${resourceKey(role.resource)}`);
  }
  for (const slot of model.slots) {
    if (!slot.role) continue;
    const role = `role:${resourceKey(slot.role.resource)}`;
    if (slot.slot === "group") {
      if (nodes.has(`group:${resourceKey(slot.via.resource)}`))
        addEdge(`group:${resourceKey(slot.via.resource)}`, role, "group role", slot.via);
      continue;
    }
    if (!slot.pool) continue;
    addEdge(
      entityNode("identity-pool", slot.pool),
      role,
      slot.slot === "unauthenticated" ? "guest" : slot.slot === "rules" ? "rule-mapped" : "authenticated",
      slot.via
    );
  }
  const { restApis, httpApis, restMethods, httpRoutes, restAuthorizers, httpAuthorizers } = model.apiEntities;
  for (const api of [...restApis, ...httpApis]) entityNode("api", api);
  const apiNode = (api) => `api:${resourceKey(api.resource)}`;
  for (const authorizer of [...restAuthorizers, ...httpAuthorizers]) {
    const id = entityNode("authorizer", authorizer, authorizerType(authorizer));
    const poolResources = authorizer.kind === "rest-authorizer" ? authorizer.providerArns.userPools : authorizer.jwt?.issuerUserPool ? [authorizer.jwt.issuerUserPool] : [];
    for (const resource2 of poolResources) {
      const pool = userPools.find((p) => p.templateResource === resource2);
      if (pool) addEdge(entityNode("user-pool", pool), id, "tokens");
    }
    if (authorizer.api) addEdge(id, apiNode(authorizer.api), "guards");
  }
  for (const method of restMethods) {
    if (!method.api) continue;
    hang(nodesByResource, method.resource, apiNode(method.api));
    const verb = knownString(method.httpMethod.value);
    if (verb !== "OPTIONS" && mayBeUnauthenticated(method.authorizationType.value))
      addEdge(internet(), apiNode(method.api), `${verb ?? "?"} ${method.path}`);
  }
  for (const route of httpRoutes) {
    if (!route.api) continue;
    hang(nodesByResource, route.resource, apiNode(route.api));
    const key = knownString(route.routeKey.value) ?? "?";
    if (!key.startsWith("OPTIONS ") && mayBeUnauthenticated(route.authorizationType.value))
      addEdge(internet(), apiNode(route.api), key);
  }
  for (const resource2 of model.apiEntities.restResources)
    if (resource2.api) hang(nodesByResource, resource2.resource, apiNode(resource2.api));
  const named = new Set(findings.flatMap((f) => f.resource ? [resourceKey(f.resource)] : []));
  for (const bucket of model.buckets) if (named.has(resourceKey(bucket.resource))) entityNode("bucket", bucket);
  findings.forEach((finding2, index) => {
    if (!finding2.resource) return;
    const key = resourceKey(finding2.resource);
    for (const id of nodesByResource.get(key) ?? []) nodes.get(id)?.findings.add(index);
    for (const id of edgesByResource.get(key) ?? []) edges.get(id)?.findings.add(index);
  });
  const reachable = reachableFrom(INTERNET_ID, [...edges.values()]);
  return {
    nodes: [...nodes.values()].map((n) => ({
      id: n.id,
      kind: n.kind,
      label: n.label,
      ...n.detail !== void 0 ? { detail: n.detail } : {},
      ...withFindings(n.findings, findings),
      exposed: reachable.has(n.id)
    })),
    edges: [...edges.values()].map((e) => ({
      id: e.id,
      from: e.from,
      to: e.to,
      label: e.labels.join("; "),
      ...withFindings(e.findings, findings),
      exposed: reachable.has(e.from)
    }))
  };
}
function resourceKey(resource2) {
  return `${resource2.stack ?? ""}:${resource2.logicalId}`;
}
function hang(index, resource2, id) {
  const key = resourceKey(resource2);
  const list = index.get(key) ?? [];
  if (!list.includes(id)) list.push(id);
  index.set(key, list);
}
function withFindings(indices, findings) {
  const sorted = [...indices].sort((a, b) => a - b);
  let worst;
  for (const i of sorted) {
    const finding2 = findings[i];
    if (findingStatus(finding2) !== "open") continue;
    const rank = SEVERITIES.indexOf(finding2.severity);
    if (worst === void 0 || rank < worst) worst = rank;
  }
  return { findings: sorted, ...worst !== void 0 ? { severity: SEVERITIES[worst] } : {} };
}
function reachableFrom(start, edges) {
  const next = /* @__PURE__ */ new Map();
  for (const e of edges) next.set(e.from, [...next.get(e.from) ?? [], e.to]);
  const seen = /* @__PURE__ */ new Set();
  const queue = next.has(start) ? [start] : [];
  while (queue.length > 0) {
    const id = queue.pop();
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...next.get(id) ?? []);
  }
  return seen;
}
function actionsLabel(ids) {
  const unique = [...new Set(ids)];
  if (unique.length <= MAX_ACTIONS_NAMED) return unique.join(", ");
  const services = [...new Set(unique.map((id) => id.split(":")[0]))];
  return `${unique.length} actions (${services.join(", ")})`;
}
function authorizerType(authorizer) {
  const type = knownString(authorizer.type.value);
  return type ? `${type} authorizer` : "authorizer";
}
function targetOf(model, value, addNode, entityNode, hangOn) {
  const s3 = readS3Resource(value);
  if (s3.kind === "any") return { id: addNode("target", "target:*", "*", "every resource") };
  if ((s3.kind === "bucket" || s3.kind === "object" || s3.kind === "pattern") && s3.bucket.resource) {
    const bucket = model.buckets.find((b) => b.templateResource === s3.bucket.resource);
    if (bucket)
      return {
        id: entityNode("bucket", bucket),
        ...s3.kind === "object" ? { key: `/${s3.key.replace(/\u0000/g, "*")}` } : {}
      };
  }
  const referenced = firstResource(value);
  if (referenced) {
    const api = [...model.apiEntities.restApis, ...model.apiEntities.httpApis].find(
      (a) => a.templateResource === referenced
    );
    if (api) return { id: entityNode("api", api) };
    const resource2 = value.kind === "resource" ? model.resourceAt(referenced.source) : void 0;
    if (resource2) {
      const id = addNode("target", `target:${resourceKey(resource2)}`, referenced.logicalId, referenced.type);
      hangOn(resource2, id);
      return { id };
    }
  }
  const text = describe(value);
  return { id: addNode("target", `target:${text}`, text, "resource") };
}
function firstResource(value) {
  if (value.kind === "resource") return value.resource;
  if (value.kind === "concat") {
    for (const part of value.parts) {
      const found = firstResource(part);
      if (found) return found;
    }
  }
  return void 0;
}

// src/reporters/html/index.ts
var CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";
function formatHtml(report, options = {}) {
  const data = pageData(report, options.graph);
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    "<title>cognito-iam-lint report</title>",
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    '<main id="app"><noscript>This report draws its content with JavaScript; open it in a browser with scripts enabled, or use --format text or json.</noscript></main>',
    `<script type="application/json" id="report-data">${jsonForScript(data)}</script>`,
    `<script>${HTML_VIEWER_SCRIPT}</script>`,
    "</body>",
    "</html>",
    ""
  ].join("\n");
}
function jsonForScript(value) {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
function pageData(report, graph) {
  const open = report.findings.filter((f) => findingStatus(f) === "open");
  const counts = countBySeverity(open);
  const verdict = failOnVerdict(report);
  const summary = open.length === 0 ? `No open problems in ${plural(report.summary.filesLinted, "file")}` : `${plural(open.length, "open problem")} (${SEVERITIES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`).join(", ")}) in ${plural(report.summary.filesLinted, "file")}`;
  const used = new Set(report.findings.map((f) => f.ruleId));
  return {
    tool: `${report.tool.name} ${report.tool.version}`,
    files: report.files,
    summary: verdict ? `${summary} \xB7 ${verdict}` : summary,
    ...graph ? { graph } : {},
    findings: report.findings.map(pageFinding),
    // Only the pages a finding links to: the report stays small.
    rules: report.rules.filter((r) => used.has(r.id)).map((r) => ({
      id: r.id,
      description: r.description,
      ...r.docs !== void 0 ? { docs: r.docs } : {},
      url: ruleDocsUrl(r.id)
    })),
    notifications: report.notifications.map(
      (n) => `${n.level}: ${n.file ? `${n.file}${n.range ? `:${n.range.start.line}` : ""}: ` : ""}${n.message}`
    )
  };
}
function pageFinding(finding2) {
  const status = findingStatus(finding2);
  const justification = finding2.suppressions.map((s) => s.justification).join(" / ");
  return {
    severity: finding2.severity,
    status,
    ruleId: finding2.ruleId,
    message: findingMessage(finding2),
    file: finding2.file,
    line: finding2.range.start.line,
    column: finding2.range.start.column,
    ...finding2.resource ? { resource: finding2.resource.logicalId } : {},
    ...finding2.fix !== void 0 ? { fix: finding2.fix } : {},
    ...justification ? { justification } : {}
  };
}
var LIGHT = `--bg:#fff;--fg:#1d2125;--muted:#5c6670;--line:#c8ced4;--box:#f5f7f9;--accent:#0b5cad;--exposed:#c92a2a;--hl:#7048e8;
--critical:#a51d2d;--high:#d9480f;--medium:#b7791f;--low:#1971c2;--info:#6c757d`;
var STYLE = `
:root{color-scheme:light dark;${LIGHT}}
@media (prefers-color-scheme:dark){:root{--bg:#16191d;--fg:#e6e9ec;--muted:#9aa4ae;--line:#4a525a;--box:#22272d;--accent:#6cb2ff;--exposed:#ff6b6b;--hl:#b197fc;
--critical:#ff6b81;--high:#ff922b;--medium:#ffd43b;--low:#4dabf7;--info:#adb5bd}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{max-width:1800px;margin:0 auto;padding:16px 20px 40px}
h1{font-size:1.5rem;margin:0 0 4px}h2{font-size:1.2rem;margin:28px 0 8px}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.92em}
pre{background:var(--box);padding:8px;overflow:auto;border-radius:4px}
a{color:var(--accent)}
.muted{color:var(--muted)}.summary{font-size:1.05rem;font-weight:600;margin:4px 0}
.notes{color:var(--muted);font-size:.9em}
.graph-row{display:flex;gap:12px;align-items:flex-start}
.graph{flex:1 1 auto;min-width:0;overflow:auto;max-height:78vh;border:1px solid var(--line);border-radius:6px;background:var(--bg);cursor:grab}
.graph.dragging{cursor:grabbing;user-select:none}.graph:focus-visible{outline:2px solid var(--hl);outline-offset:2px}.graph svg{display:block}
.graph-tools{display:flex;gap:6px;align-items:center;flex-wrap:wrap;margin:0 0 6px}
.graph-tools button{font:inherit;min-width:2.2em;padding:2px 8px;background:var(--box);color:var(--fg);border:1px solid var(--line);border-radius:4px;cursor:pointer}
.graph-tools button:focus-visible,.show-in-graph:focus-visible{outline:2px solid var(--hl);outline-offset:1px}
.zoom-level{min-width:3.5em;text-align:center;font-variant-numeric:tabular-nums}.graph-tools .hint{font-size:.88em}
.show-in-graph{all:unset;cursor:pointer;color:var(--accent);text-decoration:underline;font-size:.88em}
.details{flex:0 0 300px;border:1px solid var(--line);border-radius:6px;padding:10px 12px;max-height:78vh;overflow:auto}
.details h3{margin:0 0 4px;font-size:1rem;word-break:break-all}
.node-findings{padding-left:18px}.node-findings li{margin:6px 0}
.way-in{font-size:.92em;word-break:break-word}
svg text{fill:var(--fg);font:12px system-ui,sans-serif}
svg .detail{fill:var(--muted);font-size:10.5px}
svg .edge-label{fill:var(--muted);font-size:10px;paint-order:stroke;stroke:var(--bg);stroke-width:3px}
.node{cursor:pointer}.node .box{fill:var(--box);stroke:var(--line);stroke-width:1.2}
.node.exposed .box{stroke:var(--exposed);stroke-dasharray:4 2}
.node.kind-internet .box{fill:var(--exposed);stroke:var(--exposed)}.node.kind-internet text{fill:#fff}
.node.kind-role .box{stroke-width:1.6}
.node[data-severity] .box{stroke-width:2.6;stroke-dasharray:none}
.node:focus{outline:none}.node:focus .box,.node.selected .box{stroke:var(--hl);stroke-width:3.2}
.edge .line{fill:none;stroke:var(--line);stroke-width:1.4}.edge .hit{fill:none;stroke:transparent;stroke-width:10}
.edge.exposed .line{stroke:var(--exposed);stroke-width:1.8}
.edge[data-severity]{cursor:pointer}.edge[data-severity] .line{stroke-width:2.6}
.arrowhead.plain{fill:var(--line)}.arrowhead.exposed{fill:var(--exposed)}.arrowhead.hl{fill:var(--hl)}
.has-selection .node:not(.on-path){opacity:.28}.has-selection .edge:not(.on-path){opacity:.18}
.has-selection .edge.on-path .line{stroke:var(--hl);stroke-width:2.8}
.sev-dot{stroke:var(--bg);stroke-width:1.5}
.sev-critical .sev-dot{fill:var(--critical)}.sev-high .sev-dot{fill:var(--high)}.sev-medium .sev-dot{fill:var(--medium)}.sev-low .sev-dot{fill:var(--low)}.sev-info .sev-dot{fill:var(--info)}
.node.sev-critical .box{stroke:var(--critical)}.node.sev-high .box{stroke:var(--high)}.node.sev-medium .box{stroke:var(--medium)}.node.sev-low .box{stroke:var(--low)}.node.sev-info .box{stroke:var(--info)}
.edge.sev-critical .line{stroke:var(--critical)}.edge.sev-high .line{stroke:var(--high)}.edge.sev-medium .line{stroke:var(--medium)}.edge.sev-low .line{stroke:var(--low)}
.badge{display:inline-block;min-width:4.8em;text-align:center;border-radius:3px;padding:0 5px;font-size:.8em;font-weight:700;color:#fff;text-transform:uppercase}
.badge.sev-critical{background:var(--critical)}.badge.sev-high{background:var(--high)}.badge.sev-medium{background:var(--medium);color:#000}.badge.sev-low{background:var(--low)}.badge.sev-info{background:var(--info)}
.filters{display:flex;gap:8px;flex-wrap:wrap;margin:0 0 8px}
.filters input,.filters select{font:inherit;padding:3px 6px;background:var(--bg);color:var(--fg);border:1px solid var(--line);border-radius:4px}
table.findings{border-collapse:collapse;width:100%}
table.findings caption{text-align:left;color:var(--muted);padding:4px 0}
table.findings th,table.findings td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
table.findings td.location{font-family:ui-monospace,monospace;font-size:.88em;overflow-wrap:anywhere;min-width:16ch}
th button.sort{all:unset;cursor:pointer;font-weight:700}
th[aria-sort=ascending] button.sort::after{content:" \\25B2"}th[aria-sort=descending] button.sort::after{content:" \\25BC"}
.fix{margin-top:4px;color:var(--muted)}
.rule-docs summary{cursor:pointer;color:var(--accent);margin-top:4px}
.rule-page{border-left:3px solid var(--line);padding-left:10px;margin-top:6px}
.md-table{border-collapse:collapse}.md-table th,.md-table td{border:1px solid var(--line);padding:3px 6px}
@media (max-width:900px){.graph-row{flex-direction:column}.details{flex-basis:auto;width:100%}}
@media print{:root{color-scheme:light;${LIGHT}}body{font-size:11px;background:#fff;color:#000}.filters,.graph-tools,.show-in-graph,.rule-docs summary,th button.sort::after{display:none}
.graph,.details{max-height:none;overflow:visible;border:none}.graph svg{width:100%;height:auto}
.graph-row{display:block}tr{break-inside:avoid}a{color:inherit}}
`;

// src/reporters/json.ts
function defined(value) {
  for (const key of Object.keys(value)) if (value[key] === void 0) delete value[key];
  return value;
}
function range(r) {
  return {
    start: { line: r.start.line, column: r.start.column },
    end: { line: r.end.line, column: r.end.column }
  };
}
function resource(r) {
  return defined({
    logicalId: r.logicalId,
    address: r.address,
    type: r.type,
    cdkPath: r.cdkPath,
    stack: r.stack,
    cdkSource: r.cdkSource ? { file: r.cdkSource.file, line: r.cdkSource.line, column: r.cdkSource.column } : void 0,
    amplify: r.amplify ? { category: r.amplify.category, resource: r.amplify.resource } : void 0
  });
}
function suppression(s) {
  return { kind: s.kind, justification: s.justification };
}
function finding(f) {
  return defined({
    ruleId: f.ruleId,
    messageId: f.messageId,
    severity: f.severity,
    message: findingMessage(f),
    file: f.file,
    range: range(f.range),
    resource: f.resource ? resource(f.resource) : void 0,
    fingerprint: f.fingerprint,
    lineHash: f.lineHash,
    fix: f.fix,
    when: f.when,
    suppressions: f.suppressions.map(suppression),
    baselineState: f.baselineState
  });
}
function notification(n) {
  return defined({
    level: n.level,
    kind: n.kind,
    message: n.message,
    ruleId: n.ruleId,
    file: n.file,
    range: n.range ? range(n.range) : void 0
  });
}
function rule(r) {
  return defined({
    id: r.id,
    description: r.description,
    severity: r.severity,
    fix: r.fix,
    fixIn: r.fixIn ? defined({ terraform: r.fixIn.terraform, serverless: r.fixIn.serverless }) : void 0,
    references: [...r.references],
    docs: r.docs,
    tags: [...r.tags]
  });
}
function formatJson(report) {
  const ordered = {
    tool: { name: report.tool.name, version: report.tool.version },
    files: [...report.files],
    findings: report.findings.map(finding),
    notifications: report.notifications.map(notification),
    rules: report.rules.map(rule),
    summary: {
      filesLinted: report.summary.filesLinted,
      findings: {
        critical: report.summary.findings.critical,
        high: report.summary.findings.high,
        medium: report.summary.findings.medium,
        low: report.summary.findings.low,
        info: report.summary.findings.info
      },
      suppressed: report.summary.suppressed,
      ...report.summary.failOn !== void 0 ? { failOn: report.summary.failOn } : {}
    }
  };
  return asciiSafeJson(JSON.stringify(ordered, null, 2)) + "\n";
}

// src/reporters/markdown.ts
var DEFAULT_MAX_FINDINGS = 20;
function escapeText(text) {
  return text.replace(
    /[\\`*_{}[\]()<>#+!|~&]/g,
    (ch) => ch === "<" ? "&lt;" : ch === ">" ? "&gt;" : ch === "&" ? "&amp;" : `\\${ch}`
  );
}
function markdownCell(message) {
  const oneLine = printable(message.replace(/\s+/g, " "));
  const parts = oneLine.split("`");
  const balanced = parts.length % 2 === 1;
  return parts.map(
    (part, i) => balanced && i % 2 === 1 ? `\`${part.replace(/\|/g, "\\|")}\`` : escapeText(balanced ? part : i === 0 ? part : `\`${part}`)
  ).join("");
}
function location(finding2, base) {
  const place = `${finding2.file}:${finding2.range.start.line}`;
  if (base === void 0 || /^[a-z]+:/i.test(finding2.file) || finding2.file.startsWith("../"))
    return escapeText(printable(place));
  const path = finding2.file.split("/").map(encodeURIComponent).join("/");
  return `[${escapeText(printable(place))}](${base}/${path}#L${finding2.range.start.line})`;
}
function formatMarkdown(report, options = {}) {
  const open = report.findings.filter((f) => findingStatus(f) === "open");
  const counts = countBySeverity(open);
  const suppressed = report.findings.filter((f) => findingStatus(f) === "suppressed").length;
  const baseline = report.findings.filter((f) => findingStatus(f) === "baseline").length;
  const out = [];
  const headline = open.length === 0 ? "\u2714 No problems" : `\u2716 ${problemsBySeverity(open)}`;
  out.push(`### cognito-iam-lint: ${headline}`, "");
  const failOn = report.summary.failOn;
  if (failOn !== void 0) {
    const failing = failingFindings(report.findings, failOn).length;
    out.push(
      failOn === "none" ? "The run does not fail on findings (`--fail-on none`)." : failing > 0 ? `The run fails: ${plural(failing, "finding")} at or above \`${failOn}\`.` : `The run passes: nothing at or above \`${failOn}\`.`,
      ""
    );
  }
  out.push("| Severity | Open |", "| --- | ---: |");
  for (const severity of SEVERITIES) out.push(`| ${severity} | ${counts[severity]} |`);
  out.push("");
  const accepted = [
    suppressed > 0 ? `${suppressed} suppressed` : "",
    baseline > 0 ? `${baseline} in the baseline` : ""
  ].filter(Boolean);
  if (accepted.length > 0) out.push(`Not counted: ${accepted.join(", ")}.`, "");
  if (open.length > 0) {
    const max = options.maxFindings ?? DEFAULT_MAX_FINDINGS;
    const ranked = bySeverity(open).slice(0, max);
    out.push("| Severity | Rule | Where | Finding |", "| --- | --- | --- | --- |");
    for (const f of ranked) {
      const resource2 = f.resource ? ` (${markdownCell(`\`${f.resource.address ?? f.resource.logicalId}\``)})` : "";
      const fix = f.fix ? `<br>**Fix:** ${markdownCell(f.fix)}` : "";
      out.push(
        `| ${f.severity} | \`${f.ruleId}\` | ${location(f, options.sourceLinkBase)}${resource2} | ${markdownCell(findingMessage(f))}${fix} |`
      );
    }
    out.push("");
    if (open.length > ranked.length)
      out.push(
        `\u2026and ${plural(open.length - ranked.length, "more finding")}: the annotations and the SARIF report list them all.`,
        ""
      );
  }
  return out.join("\n");
}

// src/reporters/sarif.ts
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var INFORMATION_URI = REPOSITORY_URL;
var SRCROOT = "%SRCROOT%";
var FINGERPRINT_KEY = "cognitoIamLint/v1";
var MAX_DESCRIPTION = 1024;
var MAX_TAGS = 10;
var SECURITY_SEVERITY = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "3.0",
  info: "0.0"
};
var NOTIFICATION_DESCRIPTORS = [
  {
    id: "unresolved",
    name: "UnresolvedValue",
    text: "A value a rule needed could not be resolved; the rule stayed silent where it could not decide."
  },
  {
    id: "internal",
    name: "InternalError",
    text: "A rule failed while running; its findings for the affected input are missing."
  },
  {
    id: "input",
    name: "InputProblem",
    text: "An input was skipped or could only be read in part, or a suppression written in it does not apply (no reason, an unknown rule, expired) or matched no finding."
  }
];
function ruleName(id) {
  return id.split(/[^A-Za-z0-9]+/).filter((part) => part.length > 0).map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join("");
}
function pathToUri(path) {
  return path.split("/").map(
    (segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)
  ).join("/");
}
function truncate(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}
function sentence(text) {
  const trimmed = text.trim();
  return /[.!?:]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
function markdownToText(markdown) {
  const lines = [];
  let inFence = false;
  for (const raw of markdown.replace(/\r\n?/g, "\n").split("\n")) {
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      lines.push(`    ${raw}`);
      continue;
    }
    let line = raw.replace(/^\s{0,3}#{1,6}\s+/, "").replace(/^\s{0,3}>\s?/, "").replace(/^(\s*)[*+]\s+/, "$1- ");
    line = line.replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1").replace(
      /\[([^\]]+)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g,
      (_m, text, url) => text === url ? url : `${text} (${url})`
    ).replace(/<(https?:\/\/[^>]+)>/g, "$1").replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2").replace(/`([^`]+)`/g, "$1");
    lines.push(line);
  }
  return lines.join("\n").replace(/\n{3,}/g, "\n\n").trim();
}
function fixForms(rule2) {
  const forms = [{ label: "How to fix", text: sentence(rule2.fix) }];
  for (const dialect of FIX_DIALECTS) {
    const text = rule2.fixIn?.[dialect];
    if (text !== void 0) forms.push({ label: `In ${FIX_DIALECT_NAMES[dialect]}`, text: sentence(text) });
  }
  return forms;
}
var FIX_DIALECT_NAMES = {
  terraform: "Terraform",
  serverless: "the Serverless Framework"
};
function generatedHelpMarkdown(rule2) {
  const parts = [sentence(rule2.description), ...fixForms(rule2).map((f) => `**${f.label}:** ${f.text}`)];
  if (rule2.references.length > 0) {
    parts.push(["**References**", "", ...rule2.references.map((url) => `- <${url}>`)].join("\n"));
  }
  return parts.join("\n\n");
}
function generatedHelpText(rule2) {
  const parts = [sentence(rule2.description), ...fixForms(rule2).map((f) => `${f.label}: ${f.text}`)];
  if (rule2.references.length > 0) parts.push(["References:", ...rule2.references.map((url) => `- ${url}`)].join("\n"));
  return parts.join("\n\n");
}
function descriptor(rule2) {
  const tags = [.../* @__PURE__ */ new Set(["security", ...rule2.tags])].slice(0, MAX_TAGS);
  const out = {
    id: rule2.id,
    name: ruleName(rule2.id),
    shortDescription: { text: truncate(rule2.description, MAX_DESCRIPTION) },
    fullDescription: { text: truncate(`${sentence(rule2.description)} ${sentence(rule2.fix)}`, MAX_DESCRIPTION) },
    help: rule2.docs ? { text: markdownToText(rule2.docs), markdown: rule2.docs } : { text: generatedHelpText(rule2), markdown: generatedHelpMarkdown(rule2) }
  };
  out.helpUri = ruleDocsUrl(rule2.id);
  out.defaultConfiguration = { level: sarifLevel(rule2.severity) };
  out.properties = { tags, precision: "high", "security-severity": SECURITY_SEVERITY[rule2.severity] };
  return out;
}
function fallbackRule(finding2) {
  return {
    id: finding2.ruleId,
    description: `Findings of rule ${finding2.ruleId}`,
    severity: finding2.severity,
    fix: finding2.fix ?? "See the rule documentation.",
    references: [],
    tags: []
  };
}
function region(range2) {
  return {
    startLine: range2.start.line,
    startColumn: range2.start.column,
    endLine: range2.end.line,
    endColumn: range2.end.column
  };
}
var Artifacts = class {
  list = [];
  index = /* @__PURE__ */ new Map();
  /** `analyzed`: the file is one the run read (report.files), i.e. an analysis target. */
  add(file, analyzed) {
    if (this.index.has(file)) return;
    this.index.set(file, this.list.length);
    const artifact = { location: { uri: pathToUri(file), uriBaseId: SRCROOT } };
    if (analyzed) artifact.roles = ["analysisTarget"];
    this.list.push(artifact);
  }
  location(file) {
    const location2 = { uri: pathToUri(file), uriBaseId: SRCROOT };
    const index = this.index.get(file);
    if (index !== void 0) location2.index = index;
    return location2;
  }
};
function sourceLocation(file) {
  if (!file.startsWith("/") && !/^[A-Za-z]:\//.test(file)) return { uri: pathToUri(file), uriBaseId: SRCROOT };
  const drive = /^[A-Za-z]:/.exec(file)?.[0];
  return { uri: drive ? `file:///${drive}${pathToUri(file.slice(2))}` : `file://${pathToUri(file)}` };
}
function result(finding2, ruleIndex, artifacts) {
  const location2 = {
    physicalLocation: { artifactLocation: artifacts.location(finding2.file), region: region(finding2.range) }
  };
  const resource2 = finding2.resource;
  if (resource2) {
    const name = resource2.address ?? resource2.logicalId;
    const qualified = resource2.cdkPath ?? (resource2.amplify ? `${resource2.amplify.category}/${resource2.amplify.resource}/${name}` : resource2.stack ? `${resource2.stack}/${name}` : name);
    location2.logicalLocations = [{ name, fullyQualifiedName: qualified, kind: "resource" }];
  }
  const out = {
    ruleId: finding2.ruleId,
    ruleIndex,
    level: sarifLevel(finding2.severity),
    message: { text: findingMessage(finding2) },
    locations: [location2],
    partialFingerprints: { primaryLocationLineHash: finding2.lineHash, [FINGERPRINT_KEY]: finding2.fingerprint }
  };
  const source = resource2?.cdkSource;
  if (source) {
    out.relatedLocations = [
      {
        id: 1,
        physicalLocation: {
          artifactLocation: sourceLocation(source.file),
          region: { startLine: source.line, startColumn: source.column }
        },
        message: { text: `The CDK app creates construct ${resource2.cdkPath ?? resource2.logicalId} here.` }
      }
    ];
  }
  if (finding2.suppressions.length > 0) {
    out.suppressions = finding2.suppressions.map((s) => ({
      kind: s.kind,
      status: "accepted",
      justification: s.justification
    }));
  }
  if (finding2.baselineState) out.baselineState = finding2.baselineState;
  out.properties = { severity: finding2.severity, ...finding2.when ? { when: finding2.when } : {} };
  return out;
}
function toolNotification(n, ruleIndexes, artifacts) {
  const out = {
    level: n.level,
    message: { text: n.message },
    descriptor: { id: n.kind, index: NOTIFICATION_DESCRIPTORS.findIndex((d) => d.id === n.kind) }
  };
  if (n.ruleId) {
    const index = ruleIndexes.get(n.ruleId);
    out.associatedRule = index === void 0 ? { id: n.ruleId } : { id: n.ruleId, index };
  }
  if (n.file) {
    const physicalLocation = { artifactLocation: artifacts.location(n.file) };
    if (n.range) physicalLocation.region = region(n.range);
    out.locations = [{ physicalLocation }];
  }
  return out;
}
function formatSarif(report, options = {}) {
  const includeSuppressed = options.includeSuppressed ?? true;
  const findings = report.findings.filter((f) => includeSuppressed || findingStatus(f) !== "suppressed");
  const rulesById = /* @__PURE__ */ new Map();
  for (const rule2 of report.rules) rulesById.set(rule2.id, rule2);
  for (const finding2 of findings)
    if (!rulesById.has(finding2.ruleId)) rulesById.set(finding2.ruleId, fallbackRule(finding2));
  const rules2 = [...rulesById.values()].sort((a, b) => compareStrings(a.id, b.id));
  const ruleIndexes = new Map(rules2.map((rule2, index) => [rule2.id, index]));
  const artifacts = new Artifacts();
  for (const file of report.files) artifacts.add(file, true);
  for (const file of [...new Set(findings.map((f) => f.file))].sort(compareStrings)) artifacts.add(file, false);
  const results = findings.map((f) => result(f, ruleIndexes.get(f.ruleId) ?? -1, artifacts));
  const invocation = {
    // A crashed rule means findings may be missing: the run did not fully succeed, even though
    // everything that did run is reported.
    executionSuccessful: !report.notifications.some((n) => n.kind === "internal" && n.level === "error")
  };
  if (report.notifications.length > 0) {
    invocation.toolExecutionNotifications = report.notifications.map(
      (n) => toolNotification(n, ruleIndexes, artifacts)
    );
  }
  const run2 = {
    tool: {
      driver: {
        name: "cognito-iam-lint",
        version: report.tool.version,
        semanticVersion: report.tool.version,
        informationUri: INFORMATION_URI,
        rules: rules2.map(descriptor),
        notifications: NOTIFICATION_DESCRIPTORS.map((d) => ({
          id: d.id,
          name: d.name,
          shortDescription: { text: d.text }
        }))
      }
    },
    invocations: [invocation],
    originalUriBaseIds: {
      [SRCROOT]: { description: { text: "The directory cognito-iam-lint ran in; result paths are relative to it." } }
    },
    artifacts: artifacts.list,
    results,
    // The category GitHub keys alerts by: one analysis per tool, replaced on each upload.
    automationDetails: { id: "cognito-iam-lint/" },
    columnKind: "utf16CodeUnits"
  };
  const log = { $schema: SARIF_SCHEMA_URI, version: "2.1.0", runs: [run2] };
  return asciiSafeJson(JSON.stringify(log, null, 2)) + "\n";
}

// src/reporters/text.ts
var import_picocolors = __toESM(require_picocolors(), 1);
function paintSeverity(c, severity, text) {
  switch (severity) {
    case "critical":
      return c.bold(c.magenta(text));
    case "high":
      return c.red(text);
    case "medium":
      return c.yellow(text);
    case "low":
      return c.cyan(text);
    case "info":
      return c.gray(text);
  }
}
function paintLevel(c, level, text) {
  switch (level) {
    case "error":
      return c.red(text);
    case "warning":
      return c.yellow(text);
    case "note":
      return c.gray(text);
  }
}
function padded(text, width) {
  return text.padEnd(width);
}
function groupByFile(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const finding2 of findings) {
    const group = groups.get(finding2.file);
    if (group) group.push(finding2);
    else groups.set(finding2.file, [finding2]);
  }
  return groups;
}
function formatFileGroup(c, file, findings) {
  const lineWidth = Math.max(...findings.map((f) => String(f.range.start.line).length));
  const columnWidth = Math.max(...findings.map((f) => String(f.range.start.column).length));
  const severityWidth = Math.max(...findings.map((f) => f.severity.length));
  const ruleWidth = Math.max(...findings.map((f) => f.ruleId.length));
  const out = [c.bold(c.underline(printable(file)))];
  for (const finding2 of findings) {
    const position = `${String(finding2.range.start.line).padStart(lineWidth)}:${String(finding2.range.start.column).padEnd(columnWidth)}`;
    out.push(
      `  ${c.dim(position)}  ${paintSeverity(c, finding2.severity, padded(finding2.severity, severityWidth))}  ${padded(finding2.ruleId, ruleWidth)}  ${printable(findingMessage(finding2))}`
    );
    if (finding2.resource) {
      const source = finding2.resource.cdkSource;
      const where = source ? `, created at ${printable(frameText(source))}` : "";
      out.push(c.dim(`    resource: ${printable(finding2.resource.address ?? finding2.resource.logicalId)}${where}`));
    }
    if (finding2.fix) out.push(c.dim(`    fix: ${printable(finding2.fix)}`));
    const status = findingStatus(finding2);
    if (status === "suppressed") {
      const reasons = finding2.suppressions.map((s) => printable(s.justification)).join("; ");
      out.push(c.yellow(`    suppressed: ${reasons}`));
    } else if (status === "baseline") {
      out.push(c.yellow("    baseline: accepted earlier (unchanged since the baseline)"));
    }
  }
  return out;
}
function notificationPlace(notification2) {
  if (!notification2.file) return "-";
  if (!notification2.range) return printable(notification2.file);
  return `${printable(notification2.file)}:${notification2.range.start.line}:${notification2.range.start.column}`;
}
function formatNotifications(c, notifications) {
  const levelWidth = Math.max(...notifications.map((n) => n.level.length));
  const kindWidth = Math.max(...notifications.map((n) => n.kind.length));
  const placeWidth = Math.max(...notifications.map((n) => notificationPlace(n).length));
  const out = [c.bold(c.underline("Notifications"))];
  for (const n of notifications) {
    const rule2 = n.ruleId ? c.dim(` (${printable(n.ruleId)})`) : "";
    out.push(
      `  ${paintLevel(c, n.level, padded(n.level, levelWidth))}  ${padded(n.kind, kindWidth)}  ${c.dim(padded(notificationPlace(n), placeWidth))}  ${printable(n.message)}${rule2}`
    );
  }
  return out;
}
function formatAbsent(c, absent) {
  const out = [c.bold(c.underline("In the baseline, not found any more"))];
  for (const entry of absent) {
    out.push(
      `  ${printable(entry.file)}  ${printable(entry.ruleId)}${entry.resource ? `  ${printable(entry.resource)}` : ""}  ${c.dim(printable(entry.message))}`
    );
  }
  return out;
}
function formatSummary(c, report, open, absent) {
  const out = [];
  const errors = report.notifications.filter((n) => n.level === "error").length;
  if (open.length === 0 && errors > 0) {
    out.push(
      c.bold(
        c.red(
          `\u2716 No problems in ${plural(report.summary.filesLinted, "file")}, but the run is incomplete: ${plural(errors, "error")} (see Notifications).`
        )
      )
    );
  } else if (open.length === 0) {
    out.push(c.bold(c.green(`\u2714 No problems in ${plural(report.summary.filesLinted, "file")}.`)));
  } else {
    const counts = countBySeverity(open);
    const files = new Set(open.map((f) => f.file)).size;
    const verdict = failOnVerdict(report);
    const line = `\u2716 ${problemsBySeverity(open)} in ${files} of ${plural(report.summary.filesLinted, "file")} linted${verdict ? ` \xB7 ${verdict}` : ""}`;
    const fails = verdict ? verdict.startsWith("fails") : counts.critical + counts.high > 0;
    out.push(c.bold(fails ? c.red(line) : c.yellow(line)));
  }
  const suppressed = report.findings.filter((f) => findingStatus(f) === "suppressed").length;
  const baseline = report.findings.filter((f) => findingStatus(f) === "baseline").length;
  const accepted = [];
  if (suppressed > 0) accepted.push(`${suppressed} suppressed`);
  if (baseline > 0) accepted.push(`${baseline} accepted by the baseline`);
  if (accepted.length > 0) out.push(c.dim(`  Not counted: ${accepted.join(", ")}.`));
  if (absent !== void 0) {
    const fresh = open.filter((f) => f.baselineState === "new").length;
    const gone = absent.length === 0 ? "0 absent" : `${absent.length} absent (fixed or changed: --write-baseline drops them)`;
    out.push(c.dim(`  Baseline: ${fresh} new, ${baseline} unchanged, ${gone}.`));
  }
  return out;
}
function formatText(report, options) {
  const c = (0, import_picocolors.createColors)(options.color);
  const showSuppressed = options.showSuppressed === true;
  const listed = report.findings.filter((f) => showSuppressed || findingStatus(f) === "open");
  const open = report.findings.filter((f) => findingStatus(f) === "open");
  const blocks = [];
  for (const [file, findings] of groupByFile(listed)) blocks.push(formatFileGroup(c, file, findings));
  const notifications = options.verbose ? report.notifications : report.notifications.filter((n) => n.level !== "note");
  if (notifications.length > 0) blocks.push(formatNotifications(c, notifications));
  if (options.verbose && options.baselineAbsent && options.baselineAbsent.length > 0) {
    blocks.push(formatAbsent(c, options.baselineAbsent));
  }
  const summary = formatSummary(c, report, open, options.baselineAbsent);
  const hidden = report.notifications.length - notifications.length;
  if (hidden > 0) summary.push(c.dim(`  ${plural(hidden, "notification")} not shown (--verbose lists them).`));
  const first = listed[0];
  if (first) summary.push(c.dim(`  Why and how to fix: cognito-iam-lint --explain ${printable(first.ruleId)}`));
  blocks.push(summary);
  return blocks.map((block) => block.join("\n")).join("\n\n") + "\n";
}

// src/reporters/index.ts
var REPORT_FORMATS = ["text", "json", "sarif", "github", "markdown", "html"];
function formatReport(report, format, options = {}) {
  switch (format) {
    case "text":
      return formatText(report, { ...options, color: options.color ?? false });
    case "json":
      return formatJson(report);
    case "sarif":
      return formatSarif(report, options);
    case "github":
      return formatGithub(report);
    case "markdown":
      return formatMarkdown(report, options);
    case "html":
      return formatHtml(report, options);
  }
}

// src/cli/args.ts
import { parseArgs } from "node:util";
var UsageError = class extends Error {
};
var FORMATS = REPORT_FORMATS;
var HELP = `Usage: cognito-iam-lint [options] [paths...]
       cognito-iam-lint merge <report>... [-o <file>]

Lint the identity architecture of AWS apps: CloudFormation/SAM templates (YAML or JSON),
CDK synth output (cdk.out) and raw IAM policy JSON. Default path: the current directory.

Options:
  -f, --format <format>                  Output format: text (default), json, sarif, github
                                         (workflow commands), markdown (a CI job summary) or
                                         html (one self-contained page: graph and findings)
  -o, --output <file>                    Write the --format report to a file instead of stdout
      --report <format>=<file>           Also write a report in another format to a file
                                         (repeatable): --report sarif=results.sarif
      --fail-on <severity|none>          Exit 1 when a finding is at or above this severity:
                                         critical, high, medium, low, info, none (default: high)
      --baseline <file>                  Fail only on findings that are not in this baseline
      --write-baseline <file>            Record the current findings as the baseline and exit 0
      --sarif-omit-suppressed            Leave suppressed findings out of SARIF (GitHub code
                                         scanning does not read SARIF suppressions)
      --report-unused-suppressions       Warn about suppressions that matched no finding
      --allow-no-input                   Exit 0 when no path is something to lint (pre-commit)
      --explain <rule-id>                Print the documentation page of a rule and exit
  -c, --config <file>                    Config file (default: .cognito-iam-lint.yaml/.yml/.json,
                                         searched upward from the working directory)
      --no-config                        Ignore config files
      --no-ignore                        Lint what .cognito-iam-lintignore and the config's
                                         \`ignores\` would leave out
      --include <glob>                   Only lint files matching the glob (repeatable)
      --exclude <glob>                   Never lint files matching the glob (repeatable)
  -p, --parameter <KEY=VALUE>            Template parameter value (repeatable)
      --parameters-file <file>           Parameter file: [{"ParameterKey": \u2026, "ParameterValue": \u2026}]
      --stdin-filename <name>            Name to report for '-' (stdin); its extension picks JSON/YAML
      --shard <i>/<n>                    Lint only share i of n (a CI matrix job); linked templates
                                         and a cloud assembly stay in one share. Join the shares'
                                         SARIF, JSON reports or baselines with \`merge\`
      --max-total-mb <n>                 Read at most n MB of input files in all (default: 100);
                                         files past it are named on stderr and the run fails
  -j, --jobs <n>                         Parse and lint in n worker threads (1: none, all in the
                                         main thread). Default: 1, or one per core but one on
                                         machines of 4 or more cores for inputs of 64 files and
                                         2 MB or more. The report is the same either way
      --aws                              Read the AWS account (the SDK's default credentials) and
                                         lint its roles, policies and Cognito pools (read-only calls)
      --profile <name>                   With --aws: the profile of the shared AWS config files
      --region <region>                  With --aws: a region whose Cognito pools are read
                                         (repeatable; default: AWS_REGION or the profile's)
      --aws-services <list>              With --aws: what is read, of iam,cognito,apigateway
                                         (comma-separated; default: iam,cognito)
      --save-account <file>              With --aws: write what was read to a file, which
                                         \`cognito-iam-lint <file>\` lints offline with the same findings
      --allow-partial                    An account read in part (--aws, or a saved snapshot
                                         that records failed calls): exit as usual (default: 2)
      --color / --no-color               Force colours on or off (default: on for a TTY without NO_COLOR)
      --verbose                          Also list notes (unresolved values), suppressed and
                                         baseline-accepted findings, absent baseline entries
      --list-rules                       List the rules with their severities and exit
                                         (-f json: a JSON array of the rules' metadata)
  -v, --version                          Print the version and exit
  -h, --help                             Print this help and exit

Exit codes: 0 no finding at or above --fail-on (suppressed and baseline findings never count)
\xB7 1 at least one, or a file could not be read \xB7 2 usage error, a named path that does not exist, invalid config or
baseline, or nothing could be linted.`;
var OPTIONS = {
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  report: { type: "string", multiple: true },
  baseline: { type: "string" },
  "write-baseline": { type: "string" },
  "sarif-omit-suppressed": { type: "boolean" },
  "report-unused-suppressions": { type: "boolean" },
  "allow-no-input": { type: "boolean" },
  explain: { type: "string" },
  "fail-on": { type: "string" },
  config: { type: "string", short: "c" },
  "no-config": { type: "boolean" },
  "no-ignore": { type: "boolean" },
  include: { type: "string", multiple: true },
  exclude: { type: "string", multiple: true },
  parameter: { type: "string", short: "p", multiple: true },
  "parameters-file": { type: "string", multiple: true },
  "stdin-filename": { type: "string" },
  "max-total-mb": { type: "string" },
  jobs: { type: "string", short: "j" },
  shard: { type: "string" },
  aws: { type: "boolean" },
  profile: { type: "string" },
  region: { type: "string", multiple: true },
  "save-account": { type: "string" },
  "aws-services": { type: "string" },
  "allow-partial": { type: "boolean" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  verbose: { type: "boolean" },
  "list-rules": { type: "boolean" },
  version: { type: "boolean", short: "v" },
  help: { type: "boolean", short: "h" }
};
function parseCliArgs(argv) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
  const v = parsed.values;
  const format = v.format ?? "text";
  if (!FORMATS.includes(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(", ")}; got '${v.format}'.`);
  const failOn = v["fail-on"];
  if (failOn !== void 0 && failOn !== "none" && !SEVERITIES.includes(failOn)) {
    throw new UsageError(`--fail-on must be one of ${SEVERITIES.join(", ")}, none; got '${failOn}'.`);
  }
  const maxTotal = v["max-total-mb"];
  if (maxTotal !== void 0 && !/^[0-9]+(\.[0-9]+)?$/.test(maxTotal)) {
    throw new UsageError(`--max-total-mb expects a number of megabytes; got '${maxTotal}'.`);
  }
  if (v["stdin-filename"] !== void 0 && !parsed.positionals.includes("-")) {
    throw new UsageError(
      "--stdin-filename names standard input, but '-' is not among the paths (add '-' to read standard input; see --help)."
    );
  }
  const parameters = /* @__PURE__ */ new Map();
  for (const entry of v.parameter ?? []) {
    const eq = entry.indexOf("=");
    if (eq <= 0) throw new UsageError(`--parameter expects KEY=VALUE; got '${entry}'.`);
    parameters.set(entry.slice(0, eq), entry.slice(eq + 1));
  }
  const reports = [];
  for (const entry of v.report ?? []) {
    const eq = entry.indexOf("=");
    const reportFormat = entry.slice(0, eq);
    if (eq <= 0 || eq === entry.length - 1 || !FORMATS.includes(reportFormat)) {
      throw new UsageError(`--report expects FORMAT=FILE with FORMAT one of ${FORMATS.join(", ")}; got '${entry}'.`);
    }
    reports.push({ format: reportFormat, file: entry.slice(eq + 1) });
  }
  for (const [flag, value] of [
    ["--output", v.output],
    ["--baseline", v.baseline],
    ["--write-baseline", v["write-baseline"]],
    ["--explain", v.explain]
  ]) {
    if (value === "") throw new UsageError(`${flag} needs a value.`);
  }
  for (const flag of ["include", "exclude"]) {
    for (const glob of v[flag] ?? []) {
      const compiled = compileGlob(glob.replace(/^\.\//, ""));
      if (isGlobRefusal(compiled)) throw new UsageError(`--${flag}: the glob ${compiled.refused}.`);
    }
  }
  if (!v.aws) {
    for (const flag of ["profile", "region", "save-account", "aws-services"]) {
      if (v[flag] !== void 0) throw new UsageError(`--${flag} goes with --aws (read an AWS account); see --help.`);
    }
  }
  for (const [flag, value] of [
    ["--profile", v.profile],
    ["--save-account", v["save-account"]],
    ...(v.region ?? []).map((r) => ["--region", r])
  ]) {
    if (value === "") throw new UsageError(`${flag} needs a value.`);
  }
  return {
    paths: parsed.positionals,
    format,
    output: v.output,
    reports,
    baseline: v.baseline,
    writeBaseline: v["write-baseline"],
    sarifOmitSuppressed: v["sarif-omit-suppressed"] ?? false,
    reportUnusedSuppressions: v["report-unused-suppressions"] ?? false,
    allowNoInput: v["allow-no-input"] ?? false,
    explain: v.explain,
    failOn,
    config: v.config,
    noConfig: v["no-config"] ?? false,
    noIgnore: v["no-ignore"] ?? false,
    include: v.include ?? [],
    exclude: v.exclude ?? [],
    parameters,
    parameterFiles: v["parameters-file"] ?? [],
    stdinFilename: v["stdin-filename"],
    shard: v.shard === void 0 ? void 0 : parseShard(v.shard),
    maxTotalBytes: maxTotal === void 0 ? void 0 : Math.floor(Number(maxTotal) * 1024 * 1024),
    jobs: v.jobs === void 0 ? void 0 : parseJobs(v.jobs),
    aws: v.aws ?? false,
    profile: v.profile,
    regions: v.region ?? [],
    awsServices: v["aws-services"] === void 0 ? void 0 : parseAwsServices(v["aws-services"]),
    saveAccount: v["save-account"],
    allowPartial: v["allow-partial"] ?? false,
    color: v["no-color"] ? false : v.color,
    verbose: v.verbose ?? false,
    listRules: v["list-rules"] ?? false,
    version: v.version ?? false,
    help: v.help ?? false
  };
}
var MAX_JOBS = 64;
function parseJobs(value) {
  const jobs = /^[0-9]+$/.test(value) ? Number(value) : NaN;
  if (!(jobs >= 1 && jobs <= MAX_JOBS))
    throw new UsageError(`--jobs expects a number of threads from 1 to ${MAX_JOBS}; got '${value}'.`);
  return jobs;
}
var MAX_SHARDS = 1e4;
function parseShard(value) {
  const match = /^([0-9]{1,6})\/([0-9]{1,6})$/.exec(value);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!(index >= 1 && index <= count && count <= MAX_SHARDS)) {
    throw new UsageError(
      `--shard expects i/n with 1 <= i <= n <= ${MAX_SHARDS} (2/3: the second of three shares); got '${value}'.`
    );
  }
  return { index, count };
}
function describeParseError(error) {
  const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
  const code2 = typeof error === "object" && error !== null ? error.code : void 0;
  const unknown = /^Unknown option '([^']*)'/.exec(message)?.[1];
  if (code2 !== "ERR_PARSE_ARGS_UNKNOWN_OPTION" || unknown === void 0) return message;
  const known = Object.entries(OPTIONS).flatMap(([name, option]) => [
    "--" + name,
    ..."short" in option ? ["-" + option.short] : []
  ]);
  return `unknown option '${unknown}' (${didYouMean(unknown, known)}see --help).`;
}
function parseAwsServices(value) {
  const names = value.split(",").map((name) => name.trim().toLowerCase()).filter((name) => name !== "");
  const unknown = names.find((name) => !AWS_SERVICES.includes(name));
  if (unknown !== void 0)
    throw new UsageError(`--aws-services: unknown service \`${unknown}\` (known: ${AWS_SERVICES.join(", ")}).`);
  if (names.length === 0) throw new UsageError("--aws-services needs a value.");
  return [...new Set(names)];
}

// src/cli/io.ts
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
var EXIT_OK = 0;
var EXIT_FINDINGS = 1;
var EXIT_USAGE = 2;
function realPath(io, path) {
  const full = resolve(io.cwd, path);
  const real = safeRealpath(io.fs, full);
  if (real !== void 0) return real;
  const dir = safeRealpath(io.fs, dirname(full));
  return dir === void 0 ? full : join(dir, basename(full));
}
function writeOutput(io, file, text, what) {
  const target = isAbsolute(file) ? file : join(io.cwd, file);
  try {
    io.writeFile(target, text);
  } catch (error) {
    throw new UsageError(`${displayPath(io.cwd, target)}: cannot write ${what} (${describeWriteError(error)}).`);
  }
}
function describeWriteError(error) {
  const code2 = typeof error === "object" && error !== null && "code" in error ? error.code : void 0;
  switch (code2) {
    case "ENOENT":
      return "no such directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    default:
      return error instanceof Error ? error.message.split("\n")[0] : String(error);
  }
}
function displayPath(cwd, path) {
  if (path === "-") return path;
  const rel = relative(cwd, resolve(cwd, path)).split("\\").join("/");
  return rel === "" ? "." : rel;
}

// src/cli/aws.ts
async function readAwsAccount(io, args) {
  const { readAccount, NoRegionError } = await import("./chunks/read-AFMO3L64.js");
  let read;
  try {
    read = await readAccount({
      ...args.profile !== void 0 ? { profile: args.profile } : {},
      regions: args.regions,
      ...args.awsServices !== void 0 ? { services: args.awsServices } : {}
    });
  } catch (error) {
    if (error instanceof NoRegionError) throw new UsageError(error.message);
    throw error;
  }
  for (const failure of read.failures) io.stderr(`cognito-iam-lint: aws: ${printable(failureLine(failure))}
`);
  const text = JSON.stringify(read.snapshot, null, 2) + "\n";
  const file = args.saveAccount !== void 0 ? displayPath(io.cwd, args.saveAccount) : `aws-account-${read.accountId ?? "unknown"}.json`;
  return { file, text };
}
function saveAccount(io, target, account) {
  writeOutput(io, target, account.text, "the account");
  io.stderr(`cognito-iam-lint: wrote the account to ${printable(account.file)}.
`);
}

// src/cli/merge.ts
import { parseArgs as parseArgs2 } from "node:util";
var MERGE_HELP = `Usage: cognito-iam-lint merge <report>... [-o <file>]

Join the reports of a run split with --shard i/n into the report the single run writes: SARIF
logs, JSON reports (-f json) or baselines (--write-baseline), all of one kind and one version.
Give every shard's report, each once.

Options:
  -o, --output <file>    Write the merged report to a file instead of stdout
  -h, --help             Print this help and exit`;
var MAX_REPORT_BYTES = 256 * 1024 * 1024;
var MAX_TOTAL_BYTES = 1024 * 1024 * 1024;
var MAX_DEPTH = 100;
var KIND_NAMES = { sarif: "a SARIF log", json: "a JSON report", baseline: "a baseline" };
function runMerge(io, argv) {
  let parsed;
  try {
    parsed = parseArgs2({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { output: { type: "string", short: "o" }, help: { type: "boolean", short: "h" } }
    });
  } catch (error) {
    throw new UsageError(
      `merge: ${error instanceof Error ? error.message.split("\n")[0] : String(error)} (see merge --help).`
    );
  }
  if (parsed.values.help) {
    io.stdout(MERGE_HELP + "\n");
    return EXIT_OK;
  }
  const files = parsed.positionals;
  const output = parsed.values.output;
  if (files.length === 0)
    throw new UsageError(
      "merge: name the reports to merge (cognito-iam-lint merge shard-1.sarif shard-2.sarif -o all.sarif)."
    );
  if (output === "") throw new UsageError("merge: --output needs a value.");
  if (output !== void 0) {
    const target = realPath(io, output);
    const input = files.find((file) => realPath(io, file) === target);
    if (input !== void 0)
      throw new UsageError(
        `merge: --output ${displayPath(io.cwd, output)} is one of the reports to merge: refusing to overwrite it.`
      );
  }
  const inputs = readInputs(io, files);
  const text = mergeInputs(inputs);
  if (output !== void 0) writeOutput(io, output, text, "the merged report");
  else io.stdout(text);
  return EXIT_OK;
}
function readInputs(io, files) {
  let total = 0;
  const inputs = files.map((file, id) => {
    const name = displayPath(io.cwd, file);
    const path = realPath(io, file);
    const stat = io.fs.stat(path);
    if (!stat) throw new UsageError(`${name}: no such file.`);
    if (!stat.isFile) throw new UsageError(`${name}: not a regular file.`);
    let text;
    try {
      text = io.fs.readFile(path, MAX_REPORT_BYTES);
    } catch (error) {
      const code2 = typeof error === "object" && error !== null ? error.code : void 0;
      if (code2 === "EFBIG")
        throw new UsageError(`${name}: larger than ${MAX_REPORT_BYTES / 1024 / 1024} MB; not read.`);
      throw new UsageError(
        `${name}: cannot read it (${error instanceof Error ? error.message.split("\n")[0] : String(error)}).`
      );
    }
    total += text.length;
    if (total > MAX_TOTAL_BYTES)
      throw new UsageError(
        `${name}: the reports together are larger than ${MAX_TOTAL_BYTES / 1024 / 1024} MB; not merged.`
      );
    return { id, ...identify(name, text) };
  });
  const first = inputs[0];
  for (const input of inputs.slice(1)) {
    if (input.kind !== first.kind) {
      throw new UsageError(
        `${input.name} is ${KIND_NAMES[input.kind]} but ${first.name} is ${KIND_NAMES[first.kind]}: merge reports of one kind.`
      );
    }
    if (input.version !== first.version) {
      throw new UsageError(
        `${input.name} was written by cognito-iam-lint ${input.version} but ${first.name} by ${first.version}: merge the reports of one version.`
      );
    }
  }
  return inputs;
}
var MergeError = class extends UsageError {
};
function identify(name, text) {
  const body = text.replace(/^\uFEFF/, "");
  if (nestingDepth(body) > MAX_DEPTH)
    throw new UsageError(`${name}: nested more than ${MAX_DEPTH} deep: not a cognito-iam-lint report.`);
  let data;
  try {
    data = JSON.parse(body);
  } catch (error) {
    throw new UsageError(
      `${name}: not valid JSON (${error instanceof Error ? error.message.split("\n")[0] : String(error)}).`
    );
  }
  const notOurs = `${name}: not a cognito-iam-lint SARIF log, JSON report or baseline.`;
  if (!isObject(data)) throw new UsageError(notOurs);
  if (data.version === "2.1.0" && Array.isArray(data.runs)) {
    const run2 = data.runs.length === 1 ? data.runs[0] : void 0;
    const driver = isObject(run2) && isObject(run2.tool) && isObject(run2.tool.driver) ? run2.tool.driver : void 0;
    if (driver?.name !== "cognito-iam-lint")
      throw new UsageError(`${name}: a SARIF log, but not one run of cognito-iam-lint.`);
    return { name, kind: "sarif", version: str(driver.version, name, "runs[0].tool.driver.version"), data };
  }
  if (isObject(data.tool) && data.tool.name === "cognito-iam-lint" && Array.isArray(data.findings)) {
    return { name, kind: "json", version: str(data.tool.version, name, "tool.version"), data };
  }
  if (typeof data.version === "number" && Array.isArray(data.entries)) {
    return { name, kind: "baseline", version: str(data.toolVersion, name, "toolVersion"), data };
  }
  throw new UsageError(notOurs);
}
function nestingDepth(text) {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92) i++;
      else if (ch === 34) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 123 || ch === 91) max = Math.max(max, ++depth);
    else if (ch === 125 || ch === 93) depth--;
  }
  return max;
}
function mergeInputs(inputs) {
  switch (inputs[0].kind) {
    case "baseline":
      return mergeBaselines(inputs);
    case "json":
      return writeJson(mergeJsonReports(inputs));
    case "sarif":
      return writeJson(mergeSarifLogs(inputs));
  }
}
function writeJson(data) {
  return asciiSafeJson(JSON.stringify(data, null, 2)) + "\n";
}
var Owners = class {
  owner = /* @__PURE__ */ new Map();
  claim(file, input) {
    const other = this.owner.get(file);
    if (other !== void 0 && other.id !== input.id) {
      throw new MergeError(
        `${other.name} and ${input.name} both lint ${file}: they are not shards of one run (or a report was given twice).`
      );
    }
    this.owner.set(file, input);
  }
  owns(file, input) {
    return file !== void 0 && this.owner.get(file)?.id === input.id;
  }
};
function mergeNotifications(perInput, owners) {
  const kept = /* @__PURE__ */ new Map();
  const everywhere = /* @__PURE__ */ new Map();
  for (const { input, notes } of perInput) {
    for (const note of notes) {
      const id = JSON.stringify([
        note.key.file,
        note.key.line,
        note.key.column,
        note.key.kind,
        note.key.ruleId,
        note.key.message,
        note.key.level
      ]);
      if (owners.owns(note.key.file, input) || note.key.kind === "internal") {
        if (!kept.has(id)) kept.set(id, note);
        continue;
      }
      const entry = everywhere.get(id) ?? { note, shards: /* @__PURE__ */ new Set() };
      entry.shards.add(input.id);
      everywhere.set(id, entry);
    }
  }
  for (const [id, { note, shards }] of everywhere)
    if (shards.size === perInput.length && !kept.has(id)) kept.set(id, note);
  return [...kept.values()].sort((a, b) => compareNotificationKeys(a.key, b.key)).map((note) => note.value);
}
function sortByFile(items) {
  return items.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0).map((item) => item.value);
}
function mergeBaselines(inputs) {
  const owners = new Owners();
  const baselines = inputs.map((input) => {
    let baseline;
    try {
      baseline = parseBaseline(JSON.stringify(input.data));
    } catch (error) {
      if (error instanceof BaselineError) throw new MergeError(`${input.name}: ${error.message}`);
      throw error;
    }
    for (const file of new Set(baseline.entries.map((e) => e.file))) owners.claim(file, input);
    return baseline;
  });
  return formatBaseline({ ...baselines[0], entries: baselines.flatMap((b) => b.entries) });
}
var SEVERITY_KEYS = ["critical", "high", "medium", "low", "info"];
function mergeJsonReports(inputs) {
  const owners = new Owners();
  const first = inputs[0];
  const rules2 = JSON.stringify(first.data.rules);
  const failOn = first.data.summary?.failOn;
  const files = [];
  const findings = [];
  const notes = [];
  const summary = { filesLinted: 0, findings: { critical: 0, high: 0, medium: 0, low: 0, info: 0 }, suppressed: 0 };
  for (const input of inputs) {
    const { data, name } = input;
    const own = strings(data.files, name, "files");
    for (const file of own) owners.claim(file, input);
    files.push(...own);
    const shardFindings = array(data.findings, name, "findings").map((f, i) => ({
      file: str(obj(f, name, `findings[${i}]`).file, name, `findings[${i}].file`),
      value: f
    }));
    for (const f of new Set(shardFindings.map((f2) => f2.file))) owners.claim(f, input);
    findings.push(...shardFindings);
    notes.push({
      input,
      notes: array(data.notifications, name, "notifications").map((n, i) => ({
        key: jsonNoteKey(n, name, i),
        value: n
      }))
    });
    if (JSON.stringify(data.rules) !== rules2)
      throw new MergeError(`${name} ran other rules than ${first.name} (another config?): not shards of one run.`);
    const s = obj(data.summary, name, "summary");
    if (s.failOn !== failOn)
      throw new MergeError(
        `${name} was judged with --fail-on ${String(s.failOn ?? "(none: a baseline run)")} but ${first.name} with ${String(failOn ?? "(none: a baseline run)")}: not shards of one run.`
      );
    summary.filesLinted += num(s.filesLinted, name, "summary.filesLinted");
    const counts = obj(s.findings, name, "summary.findings");
    for (const severity of SEVERITY_KEYS)
      summary.findings[severity] += num(counts[severity], name, `summary.findings.${severity}`);
    summary.suppressed += num(s.suppressed, name, "summary.suppressed");
  }
  return {
    ...first.data,
    files: [...new Set(files)].sort(),
    findings: sortByFile(findings),
    notifications: mergeNotifications(notes, owners),
    summary: { ...summary, ...failOn !== void 0 ? { failOn } : {} }
  };
}
function jsonNoteKey(value, name, index) {
  const at = `notifications[${index}]`;
  const n = obj(value, name, at);
  const range2 = n.range === void 0 ? void 0 : obj(obj(n.range, name, `${at}.range`).start, name, `${at}.range.start`);
  return {
    file: optionalStr(n.file, name, `${at}.file`),
    line: range2 ? num(range2.line, name, `${at}.range.start.line`) : void 0,
    column: range2 ? num(range2.column, name, `${at}.range.start.column`) : void 0,
    kind: str(n.kind, name, `${at}.kind`),
    ruleId: optionalStr(n.ruleId, name, `${at}.ruleId`),
    message: str(n.message, name, `${at}.message`),
    level: str(n.level, name, `${at}.level`)
  };
}
var SRCROOT2 = "%SRCROOT%";
function mergeSarifLogs(inputs) {
  const owners = new Owners();
  const first = inputs[0];
  const firstRun = sarifRun(first);
  const driverOf = (run3, name) => obj(obj(run3.tool, name, "runs[0].tool").driver, name, "runs[0].tool.driver");
  const sameDriver = JSON.stringify({ ...driverOf(firstRun, first.name), rules: void 0 });
  const rules2 = /* @__PURE__ */ new Map();
  const analyzed = /* @__PURE__ */ new Map();
  const others = /* @__PURE__ */ new Map();
  const results = [];
  const notes = [];
  for (const input of inputs) {
    const { name } = input;
    const run3 = sarifRun(input);
    const driver2 = driverOf(run3, name);
    if (JSON.stringify({ ...driver2, rules: void 0 }) !== sameDriver)
      throw new MergeError(`${name}: its tool.driver differs from ${first.name}'s: not shards of one run.`);
    array(driver2.rules, name, "runs[0].tool.driver.rules").forEach((rule2, i) => {
      const id = str(obj(rule2, name, `rules[${i}]`).id, name, `rules[${i}].id`);
      if (!rules2.has(id)) rules2.set(id, rule2);
    });
    array(run3.artifacts ?? [], name, "runs[0].artifacts").forEach((value, i) => {
      const artifact = obj(value, name, `artifacts[${i}]`);
      const file = uriPath(obj(artifact.location, name, `artifacts[${i}].location`), name, `artifacts[${i}].location`);
      const roles = artifact.roles === void 0 ? [] : array(artifact.roles, name, `artifacts[${i}].roles`);
      if (roles.includes("analysisTarget")) {
        owners.claim(file, input);
        analyzed.set(file, artifact);
      } else if (!others.has(file)) others.set(file, artifact);
    });
    const own = array(run3.results ?? [], name, "runs[0].results").map((value, i) => {
      const result2 = obj(value, name, `results[${i}]`);
      str(result2.ruleId, name, `results[${i}].ruleId`);
      return { file: uriPath(resultLocation(result2, name, i), name, `results[${i}] location`), value: result2 };
    });
    for (const file of new Set(own.map((r) => r.file))) owners.claim(file, input);
    results.push(...own);
    const invocation2 = obj(
      array(run3.invocations ?? [{}], name, "runs[0].invocations")[0] ?? {},
      name,
      "runs[0].invocations[0]"
    );
    const shardNotes = array(invocation2.toolExecutionNotifications ?? [], name, "toolExecutionNotifications");
    notes.push({ input, notes: shardNotes.map((n, i) => ({ key: sarifNoteKey(n, name, i), value: n })) });
  }
  const ruleIds = [...rules2.keys()].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const artifactFiles = [...[...analyzed.keys()].sort(), ...[...others.keys()].filter((f) => !analyzed.has(f)).sort()];
  const artifactIndex = new Map(artifactFiles.map((file, i) => [file, i]));
  const reindex = (location2) => {
    if (location2.uriBaseId !== SRCROOT2 || typeof location2.uri !== "string") return;
    const index = artifactIndex.get(decodeUri(location2.uri));
    if (index === void 0) delete location2.index;
    else location2.index = index;
  };
  const mergedResults = sortByFile(results).map((result2) => {
    const copy = structuredClone(result2);
    if (typeof copy.ruleIndex === "number" && copy.ruleIndex >= 0)
      copy.ruleIndex = ruleIndex.get(copy.ruleId) ?? -1;
    reindex(resultLocation(copy, "", 0));
    return copy;
  });
  const mergedNotes = mergeNotifications(notes, owners).map((note) => {
    const copy = structuredClone(note);
    const rule2 = isObject(copy.associatedRule) ? copy.associatedRule : void 0;
    if (rule2 && typeof rule2.id === "string") {
      const index = ruleIndex.get(rule2.id);
      if (index === void 0) delete rule2.index;
      else rule2.index = index;
    }
    const location2 = noteLocation(copy);
    if (location2) reindex(location2);
    return copy;
  });
  const invocation = {
    // As formatSarif: a rule crash means findings may be missing.
    executionSuccessful: !mergedNotes.some(
      (n) => n.descriptor?.id === "internal" && n.level === "error"
    ),
    ...mergedNotes.length > 0 ? { toolExecutionNotifications: mergedNotes } : {}
  };
  const driver = driverOf(firstRun, first.name);
  const run2 = {
    ...firstRun,
    tool: { ...firstRun.tool, driver: { ...driver, rules: ruleIds.map((id) => rules2.get(id)) } },
    invocations: [invocation],
    artifacts: artifactFiles.map((file) => analyzed.get(file) ?? others.get(file)),
    results: mergedResults
  };
  return { ...first.data, runs: [run2] };
}
function sarifRun(input) {
  return obj(input.data.runs[0], input.name, "runs[0]");
}
function resultLocation(result2, name, index) {
  const at = `results[${index}].locations[0]`;
  const location2 = obj(array(result2.locations, name, `results[${index}].locations`)[0], name, at);
  return obj(
    obj(location2.physicalLocation, name, `${at}.physicalLocation`).artifactLocation,
    name,
    `${at}.physicalLocation.artifactLocation`
  );
}
function noteLocation(note) {
  const location2 = Array.isArray(note.locations) ? note.locations[0] : void 0;
  const physical = isObject(location2) && isObject(location2.physicalLocation) ? location2.physicalLocation : void 0;
  return physical && isObject(physical.artifactLocation) ? physical.artifactLocation : void 0;
}
function sarifNoteKey(value, name, index) {
  const at = `toolExecutionNotifications[${index}]`;
  const n = obj(value, name, at);
  const location2 = noteLocation(n);
  const physical = location2 ? n.locations[0].physicalLocation : void 0;
  const region2 = physical?.region === void 0 ? void 0 : obj(physical.region, name, `${at} region`);
  const rule2 = n.associatedRule === void 0 ? void 0 : obj(n.associatedRule, name, `${at}.associatedRule`);
  return {
    file: location2 ? uriPath(location2, name, `${at} location`) : void 0,
    line: region2 ? num(region2.startLine, name, `${at} region.startLine`) : void 0,
    column: region2 ? num(region2.startColumn, name, `${at} region.startColumn`) : void 0,
    kind: str(obj(n.descriptor, name, `${at}.descriptor`).id, name, `${at}.descriptor.id`),
    ruleId: rule2 ? str(rule2.id, name, `${at}.associatedRule.id`) : void 0,
    message: str(obj(n.message, name, `${at}.message`).text, name, `${at}.message.text`),
    level: str(n.level, name, `${at}.level`)
  };
}
function uriPath(location2, name, at) {
  const uri = str(location2.uri, name, `${at}.uri`);
  try {
    return decodeUri(uri);
  } catch {
    throw new MergeError(`${name}: ${at}.uri is not a valid URI reference.`);
  }
}
function decodeUri(uri) {
  return uri.split("/").map(decodeURIComponent).join("/");
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function obj(value, name, at) {
  if (!isObject(value)) throw new MergeError(`${name}: ${at} must be an object.`);
  return value;
}
function array(value, name, at) {
  if (!Array.isArray(value)) throw new MergeError(`${name}: ${at} must be a list.`);
  return value;
}
function str(value, name, at) {
  if (typeof value !== "string") throw new MergeError(`${name}: ${at} must be a string.`);
  return value;
}
function optionalStr(value, name, at) {
  return value === void 0 ? void 0 : str(value, name, at);
}
function strings(value, name, at) {
  return array(value, name, at).map((item, i) => str(item, name, `${at}[${i}]`));
}
function num(value, name, at) {
  if (typeof value !== "number" || !Number.isFinite(value)) throw new MergeError(`${name}: ${at} must be a number.`);
  return value;
}

// src/cli/main.ts
function runCli(io, account) {
  try {
    return run(io, account);
  } catch (error) {
    return reportError(io, error);
  }
}
async function runCliAsync(io) {
  let args;
  try {
    args = parseCliArgs(io.argv);
  } catch {
    return runCli(io);
  }
  if (io.argv[0] === "merge" || !args.aws || args.help || args.version || args.listRules || args.explain !== void 0)
    return runCli(io);
  try {
    checkOutputTargets(io, args);
    return runCli(io, await readAwsAccount(io, args));
  } catch (error) {
    return reportError(io, error);
  }
}
function reportError(io, error) {
  if (error instanceof UsageError || error instanceof ConfigError) {
    io.stderr(`cognito-iam-lint: ${printable(error.message)}
`);
    return EXIT_USAGE;
  }
  if (error instanceof MissingDataError) {
    io.stderr(`${error.message}
`);
    return EXIT_USAGE;
  }
  io.stderr(
    `cognito-iam-lint: internal error, please report it: ${printableLines(error instanceof Error ? error.stack ?? error.message : String(error))}
`
  );
  return EXIT_USAGE;
}
function run(io, account) {
  if (io.argv[0] === "merge") return runMerge(io, io.argv.slice(1));
  const args = parseCliArgs(io.argv);
  if (args.help) {
    io.stdout(HELP + "\n");
    return EXIT_OK;
  }
  if (args.version) {
    io.stdout(toolVersion() + "\n");
    return EXIT_OK;
  }
  if (args.listRules) {
    io.stdout(args.format === "json" ? listRulesJson() : listRules());
    return EXIT_OK;
  }
  if (args.explain !== void 0) {
    io.stdout(explain(args.explain));
    return EXIT_OK;
  }
  if (args.aws && account === void 0) throw new Error("--aws: the account must be read first (runCliAsync).");
  checkOutputTargets(io, args);
  const configPath = configFileOf(io, args);
  const loaded = configPath !== void 0 ? loadConfig(io, configPath, args.config === void 0) : void 0;
  const config = args.reportUnusedSuppressions ? { ...loaded, reportUnusedSuppressions: true } : loaded;
  const baseline = args.baseline !== void 0 ? readBaseline(io, args.baseline) : void 0;
  const baselineDir = baselineFolder(io, args);
  const ignores = args.noIgnore ? [] : readIgnoreFile(io, configPath);
  const paths = args.paths.length > 0 || account ? args.paths : ["."];
  const stdinNeeded = paths.includes("-");
  if (stdinNeeded && !args.stdinFilename) throw new UsageError("reading '-' (stdin) needs --stdin-filename <name>.");
  const stdinRead = stdinNeeded ? readStdin(io) : void 0;
  const stdin = stdinRead === void 0 ? void 0 : typeof stdinRead === "string" ? { text: stdinRead } : { bytes: stdinRead };
  const {
    report: lintedAsIs,
    inputs,
    linted: share
  } = lint(paths, {
    fs: io.fs,
    cwd: io.cwd,
    ...config ? { config: args.noIgnore ? withoutIgnores(config) : config } : {},
    // The config's globs are relative to its folder; fingerprints to the baseline's.
    ...configPath !== void 0 ? { configDir: dirname2(configPath) } : {},
    ...baselineDir !== void 0 ? { fingerprintDir: baselineDir } : {},
    ignores,
    ...args.include.length ? { include: args.include } : {},
    ...args.exclude.length ? { exclude: args.exclude } : {},
    ...stdin !== void 0 ? { stdin: { ...stdin, filename: args.stdinFilename } } : {},
    parameters: args.parameters,
    parameterFiles: args.parameterFiles,
    ...args.maxTotalBytes !== void 0 ? { maxTotalBytes: args.maxTotalBytes } : {},
    now: io.now,
    ...args.shard ? { shard: args.shard } : {},
    ...args.jobs !== void 0 ? { jobs: args.jobs } : {},
    ...account ? { documents: [{ file: account.file, text: account.text }] } : {}
  });
  const explicit = new Set([...paths, ...args.parameterFiles].map((p) => displayPath(io.cwd, p)));
  for (const skip of inputs.skipped) {
    if (explicit.has(skip.file) || skip.refused || skip.lost)
      io.stderr(`cognito-iam-lint: ${printable(skip.file)}: ${printable(skip.reason)}
`);
  }
  const undeclared = undeclaredParameters(inputs, args.parameters);
  for (const note of undeclared) io.stderr(`cognito-iam-lint: warning: ${printable(note.message)}
`);
  const unread = [];
  for (const doc of inputs.documents) {
    for (const call of unreadCalls(doc)) {
      if (doc.file !== account?.file)
        io.stderr(`cognito-iam-lint: ${printable(doc.file)}: not read from the account: ${printable(call.line)}
`);
      unread.push({
        level: "error",
        kind: "input",
        message: `Not read from the account: ${call.line}`,
        file: doc.file,
        range: doc.locate(call.pointer)
      });
    }
  }
  const extra = [...undeclared, ...unread];
  const linted = extra.length > 0 ? { ...lintedAsIs, notifications: sortNotifications([...lintedAsIs.notifications, ...extra]) } : lintedAsIs;
  const missing = inputs.skipped.some((s) => s.missing);
  if (inputs.documents.length === 0 && missing) return EXIT_USAGE;
  if (inputs.documents.length === 0 && inputs.skipped.length > 0 && inputs.skipped.every((s) => s.ignored))
    return EXIT_OK;
  if (inputs.documents.length === 0 && !args.allowNoInput) {
    io.stderr(
      "cognito-iam-lint: nothing to lint: no CloudFormation template, cdk.out assembly or IAM policy JSON found.\n"
    );
    return EXIT_USAGE;
  }
  checkOutputsAreNotInputs(io, args, inputs, configPath, account);
  if (account && args.saveAccount !== void 0) saveAccount(io, args.saveAccount, account);
  const readable = inputs.documents.filter((d) => d.syntaxErrors.length === 0 || d.data !== void 0);
  const textOnConsole = args.format === "text" && args.output === void 0;
  if (!textOnConsole) {
    for (const doc of share.documents) {
      const error = doc.syntaxErrors[0];
      if (error)
        io.stderr(
          `cognito-iam-lint: ${printable(doc.file)}:${error.range.start.line}:${error.range.start.column}: ${printable(error.message)}
`
        );
    }
  }
  let report = linted;
  let absent;
  const fromBaseline = baselineDir !== void 0 ? rebaser(pathApiFor(io.cwd), baselineDir, io.cwd) : (file) => file;
  const toBaseline = baselineDir !== void 0 ? rebaser(pathApiFor(io.cwd), io.cwd, baselineDir) : (file) => file;
  if (baseline) {
    ({ report, absent } = applyBaseline(linted, baseline));
    absent = absent.map((entry) => ({ ...entry, file: fromBaseline(entry.file) }));
  }
  const threshold = args.failOn ?? config?.failOn ?? "high";
  if (args.writeBaseline === void 0) report = { ...report, summary: { ...report.summary, failOn: threshold } };
  const color = args.color ?? colorFromEnvironment(io.env, io.stdoutIsTTY && textOnConsole);
  const sourceLinkBase = githubSourceLinkBase(io.env);
  const options = {
    ...sourceLinkBase !== void 0 ? { sourceLinkBase } : {},
    verbose: args.verbose,
    // --verbose lists what the summary only counts: suppressed and baseline-accepted findings.
    showSuppressed: args.verbose,
    includeSuppressed: !args.sarifOmitSuppressed,
    ...absent ? { baselineAbsent: absent } : {},
    // The HTML report draws the model: built again, once, only when that format is asked for.
    ...args.format === "html" || args.reports.some((r) => r.format === "html") ? { graph: reportGraphOf(inputs, report.findings) } : {}
  };
  const consoleText = formatReport(report, args.format, {
    ...options,
    color: args.output === void 0 ? color : false
  });
  if (args.output !== void 0) writeOutput(io, args.output, consoleText, "the report");
  else io.stdout(consoleText);
  for (const target of args.reports)
    writeOutput(io, target.file, formatReport(report, target.format, { ...options, color: false }), "the report");
  if (args.writeBaseline !== void 0) {
    const written = createBaseline(linted, toBaseline);
    writeOutput(io, args.writeBaseline, formatBaseline(written), "the baseline");
    io.stderr(
      `cognito-iam-lint: wrote ${plural(written.entries.length, "finding")} to the baseline ${printable(displayPath(io.cwd, args.writeBaseline))}.
`
    );
  }
  if (missing) return EXIT_USAGE;
  if (inputs.documents.length > 0 && readable.length === 0) return EXIT_USAGE;
  if (unread.length > 0) {
    const calls = plural(unread.length, "call");
    if (!args.allowPartial) {
      io.stderr(
        `cognito-iam-lint: the account was read in part (${calls} failed, listed above): the findings cover what was read; exit 2 (--allow-partial accepts a partial read).
`
      );
      return EXIT_USAGE;
    }
    io.stderr(
      `cognito-iam-lint: warning: the account was read in part (${calls} failed, listed above); --allow-partial accepts it.
`
    );
  }
  if (inputs.skipped.some((s) => s.lost)) return EXIT_FINDINGS;
  if (args.writeBaseline !== void 0) return EXIT_OK;
  return failingFindings(report.findings, threshold).length > 0 ? EXIT_FINDINGS : EXIT_OK;
}
function githubSourceLinkBase(env) {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env;
  if (!server || !repository || !sha) return void 0;
  if (!/^https:\/\/[A-Za-z0-9.-]+(:\d+)?$/.test(server) || !/^[\w.-]+\/[\w.-]+$/.test(repository) || !/^[0-9a-f]{40,64}$/.test(sha))
    return void 0;
  return `${server}/${repository}/blob/${sha}`;
}
function checkOutputTargets(io, args) {
  const targets = [];
  if (args.saveAccount !== void 0) targets.push(["--save-account", args.saveAccount]);
  if (args.output !== void 0) targets.push(["--output", args.output]);
  for (const report of args.reports) targets.push([`--report ${report.format}=\u2026`, report.file]);
  if (args.writeBaseline !== void 0) targets.push(["--write-baseline", args.writeBaseline]);
  const seen = /* @__PURE__ */ new Map();
  for (const [flag, file] of targets) {
    const full = realPath(io, file);
    const earlier = seen.get(full);
    if (earlier !== void 0) throw new UsageError(`${flag} and ${earlier} both write ${displayPath(io.cwd, file)}.`);
    seen.set(full, flag);
  }
  if (args.baseline !== void 0) {
    const overwriter = seen.get(realPath(io, args.baseline));
    if (overwriter !== void 0 && overwriter !== "--write-baseline") {
      throw new UsageError(`${overwriter} would overwrite the --baseline file ${displayPath(io.cwd, args.baseline)}.`);
    }
  }
}
function checkOutputsAreNotInputs(io, args, inputs, configPath, account) {
  const read = /* @__PURE__ */ new Map();
  const add = (path) => {
    if (path === "-" || path === "<stdin>") return;
    const real = realPath(io, path);
    if (!read.has(real)) read.set(real, path);
  };
  for (const doc of inputs.documents) if (doc.file !== account?.file) add(doc.file);
  for (const template of inputs.dialects.cloudformation) if (template.assembly) add(template.assembly.manifestFile);
  for (const path of [...args.paths, ...args.parameterFiles]) add(path);
  if (configPath !== void 0) add(configPath);
  const targets = [];
  if (args.saveAccount !== void 0) targets.push(["--save-account", args.saveAccount]);
  if (args.output !== void 0) targets.push(["--output", args.output]);
  for (const report of args.reports) targets.push([`--report ${report.format}=\u2026`, report.file]);
  if (args.writeBaseline !== void 0) targets.push(["--write-baseline", args.writeBaseline]);
  for (const [flag, file] of targets) {
    const input = read.get(realPath(io, file));
    if (input === void 0) continue;
    const shown = displayPath(io.cwd, file);
    const same = displayPath(io.cwd, input);
    throw new UsageError(
      `${flag} ${shown} is an input of this run${same === shown ? "" : ` (${same})`}: refusing to overwrite it.`
    );
  }
}
function readBaseline(io, file) {
  const path = resolve2(io.cwd, file);
  const shown = displayPath(io.cwd, path);
  if (!io.fs.stat(path)?.isFile)
    throw new UsageError(`${shown}: baseline file not found (create it with --write-baseline ${shown}).`);
  try {
    return parseBaseline(io.fs.readFile(path));
  } catch (error) {
    if (error instanceof BaselineError) throw new UsageError(`${shown}: ${error.message}`);
    throw new UsageError(
      `${shown}: cannot read the baseline (${error instanceof Error ? error.message.split("\n")[0] : String(error)}).`
    );
  }
}
function explain(ruleId) {
  const rule2 = rules.find((r) => r.meta.id === ruleId);
  if (!rule2) {
    throw new UsageError(
      `--explain: no rule '${ruleId}' (${didYouMean(
        ruleId,
        rules.map((r) => r.meta.id)
      )}see --list-rules).`
    );
  }
  return ruleExplanation(ruleMetadata(rule2));
}
function ruleExplanation(meta) {
  const page = meta.docs ?? [
    `# ${meta.id}`,
    meta.description,
    `Severity: **${meta.severity}**`,
    `## How to fix

${meta.fix}`,
    // The Terraform and Serverless forms, under the headings a page gives them.
    ...meta.fixIn?.terraform ? [`### Terraform

${meta.fixIn.terraform}`] : [],
    ...meta.fixIn?.serverless ? [`### Serverless Framework

${meta.fixIn.serverless}`] : [],
    ...meta.references.length > 0 ? [`## References

${meta.references.map((url) => `- <${url}>`).join("\n")}`] : []
  ].join("\n\n");
  return page.endsWith("\n") ? page : `${page}
`;
}
function readStdin(io) {
  try {
    return io.readStdin();
  } catch (error) {
    const code2 = typeof error === "object" && error !== null ? error.code : void 0;
    if (code2 === "EFBIG")
      throw new UsageError(`-: standard input is larger than ${MAX_FILE_BYTES / (1024 * 1024)} MB; not read.`);
    throw new UsageError(`-: cannot read standard input (${error instanceof Error ? error.message : String(error)}).`);
  }
}
function baselineFolder(io, args) {
  const read = args.baseline !== void 0 ? dirname2(resolve2(io.cwd, args.baseline)) : void 0;
  const written = args.writeBaseline !== void 0 ? dirname2(resolve2(io.cwd, args.writeBaseline)) : void 0;
  if (read !== void 0 && written !== void 0 && read !== written) {
    throw new UsageError(
      "--baseline and --write-baseline must be in one folder: fingerprints are relative to the baseline file's folder."
    );
  }
  return read ?? written;
}
function readIgnoreFile(io, configPath) {
  const file = configPath !== void 0 ? join2(dirname2(configPath), IGNORE_FILE_NAME) : findUpward(io.fs, io.cwd, [IGNORE_FILE_NAME], join2, dirname2);
  if (file === void 0 || io.fs.stat(file) === void 0) return [];
  const shown = displayPath(io.cwd, file);
  const read = readTextFile(io.fs, file);
  if (!read.ok) throw new ConfigError(`${shown}: cannot read the ignore file (${read.reason}).`);
  const { list, errors } = compileIgnore(read.text.split("\n"));
  const error = errors[0];
  if (error) throw new ConfigError(`${shown}:${error.line}: the glob ${error.refused}.`);
  return [{ base: dirname2(file), list }];
}
function withoutIgnores(config) {
  const { ignores: _ignores, ...rest } = config;
  return rest;
}
function undeclaredParameters(inputs, given) {
  if (given.size === 0) return [];
  const declared = /* @__PURE__ */ new Set();
  for (const template of inputs.dialects.cloudformation) {
    for (const name of template.options ?? []) declared.add(name);
    const data = template.doc.data;
    if (template.resourcesPointer !== "/Resources" || typeof data !== "object" || data === null) continue;
    const parameters = data.Parameters;
    if (typeof parameters === "object" && parameters !== null && !Array.isArray(parameters))
      for (const name of Object.keys(parameters)) declared.add(name);
  }
  return [...given.keys()].filter((name) => !declared.has(name)).map((name) => ({
    level: "warning",
    kind: "input",
    message: `--parameter ${name}: no template of this run declares a parameter \`${name}\` (${didYouMean(name, declared, (n) => `\`${n}\``)}see the templates' Parameters).`
  }));
}
function configFileOf(io, args) {
  if (args.noConfig) return void 0;
  return args.config !== void 0 ? resolve2(io.cwd, args.config) : findConfigFile(io.fs, io.cwd, join2, dirname2);
}
function loadConfig(io, path, discovered) {
  const shown = displayPath(io.cwd, path);
  const stat = io.fs.stat(path);
  if (!stat) throw new ConfigError(`${shown}: config file not found.`);
  if (!stat.isFile)
    throw new ConfigError(`${shown}: the config file is not a regular file (a FIFO, socket or device); refused.`);
  if (discovered && stat.isSymbolicLink) {
    const real = safeRealpath(io.fs, path);
    const dir = dirname2(path);
    if (real === void 0 || !isWithin(pathApiFor(path), safeRealpath(io.fs, dir) ?? dir, real)) {
      throw new ConfigError(
        `${shown}: the config file is a symbolic link to outside ${displayPath(io.cwd, dir)}; not followed (name it with --config to use it).`
      );
    }
  }
  let text;
  try {
    text = io.fs.readFile(path, MAX_FILE_BYTES);
  } catch (error) {
    throw new ConfigError(
      `${shown}: cannot read the config file (${error instanceof Error ? error.message : String(error)}).`
    );
  }
  return parseConfig(shown, text, new Set(rules.map((r) => r.meta.id)));
}
function listRulesJson() {
  const metas = rules.map(ruleMetadata).map((m) => ({
    id: m.id,
    severity: m.severity,
    description: m.description,
    fix: m.fix,
    ...m.fixIn ? { fixIn: m.fixIn } : {},
    tags: m.tags,
    references: m.references,
    docsUrl: ruleDocsUrl(m.id)
  }));
  return JSON.stringify(metas, null, 2) + "\n";
}
function listRules() {
  const metas = rules.map(ruleMetadata);
  const width = Math.max(...metas.map((m) => m.id.length));
  return metas.map((m) => `${m.id.padEnd(width)}  ${m.severity.padEnd(8)}  ${m.description}`).join("\n") + "\n";
}
function colorFromEnvironment(env, tty) {
  if (env.NO_COLOR !== void 0) return false;
  const force = env.FORCE_COLOR;
  if (force !== void 0) return force !== "0" && force.toLowerCase() !== "false";
  return tty;
}

// src/cli/write-file.ts
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import { basename as basename2, dirname as dirname3, join as join3 } from "node:path";
function destination(path) {
  try {
    return fs.realpathSync(path);
  } catch {
    return path;
  }
}
function writeFileAtomic(path, text) {
  const target = destination(path);
  const existing = statOrUndefined(target);
  if (existing?.isDirectory())
    throw Object.assign(new Error(`EISDIR: illegal operation on a directory, open '${path}'`), { code: "EISDIR" });
  if (existing) fs.accessSync(target, fs.constants.W_OK);
  const temp = join3(dirname3(target), `.${basename2(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  const fd = fs.openSync(temp, "wx", existing ? existing.mode & 4095 : 438);
  try {
    try {
      fs.writeFileSync(fd, text);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
  } catch (error) {
    try {
      fs.unlinkSync(temp);
    } catch {
    }
    throw error;
  }
}
function statOrUndefined(path) {
  try {
    return fs.statSync(path);
  } catch {
    return void 0;
  }
}

// src/cli/entry.ts
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await runCliAsync({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  // Bounded like a file: the CLI turns the EFBIG past the bound into a one-line error.
  readStdin: () => readStdinBounded(MAX_FILE_BYTES),
  // Temporary file then rename: a failed write never leaves a truncated report or baseline.
  writeFile: writeFileAtomic,
  fs: nodeFileSystem,
  now: /* @__PURE__ */ new Date()
});
