// cognito-iam-lint: built by build/build.mjs from src/ and rules/; do not edit.
import { createRequire as __cilCreateRequire } from 'node:module';
const require = __cilCreateRequire(import.meta.url);
import {
  IdentityModel,
  MAX_FILE_BYTES,
  MissingDataError,
  SEVERITIES,
  __commonJS,
  __toESM,
  boundedEditDistance,
  compareNotificationKeys,
  compileGlob,
  compileIgnore,
  describe,
  exposureOf,
  findingResourceOf,
  grantsOf,
  isGlobRefusal,
  isWithin,
  knownString,
  lint,
  mayBeUnauthenticated,
  nodeFileSystem,
  parseText,
  pathApiFor,
  readS3Resource,
  readStdinBounded,
  readTextFile,
  rebaser,
  ruleMetadata,
  rules,
  safeRealpath,
  sortNotifications,
  toolVersion,
  userPoolClientFor,
  userPoolFor
} from "./chunks/chunk-A6CWUES2.js";

// ../main/node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "../main/node_modules/picocolors/picocolors.js"(exports, module) {
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
  if (first) throw new ConfigError(`${displayName}:${first.range.start.line}:${first.range.start.column}: ${first.message}`);
  const data = doc.data ?? {};
  const validator = config_validator_default;
  if (!validator(data)) {
    const error = mostSpecific(validator.errors ?? []);
    const pointer = error ? effectivePointer(error) : "";
    const key = tokens(pointer).join(".");
    const which = error && (error.keyword === "additionalProperties" || propertyNameOf(error) !== void 0) ? "key" : "value";
    const range2 = doc.locate(pointer, which);
    throw new ConfigError(`${displayName}:${range2.start.line}:${range2.start.column}: ${key ? `\`${key}\` ` : ""}${describeError(error)}`);
  }
  const config = data;
  for (const id of Object.keys(config.rules ?? {})) {
    if (!knownRuleIds.has(id)) {
      const range2 = doc.locate(`/rules/${id.replace(/~/g, "~0").replace(/\//g, "~1")}`, "key");
      throw new ConfigError(`${displayName}:${range2.start.line}:${range2.start.column}: \`rules.${id}\` names no rule (${didYouMean(id, knownRuleIds, code)}see --list-rules).`);
    }
  }
  checkGlobs(displayName, doc, config);
  for (const [index, suppression2] of (config.suppressions ?? []).entries()) {
    const at = (key) => {
      const range2 = doc.locate(`/suppressions/${index}/${key}`);
      return `${displayName}:${range2.start.line}:${range2.start.column}: \`suppressions.${index}.${key}\``;
    };
    if (!ruleSelectorKnown(suppression2.rule, knownRuleIds)) {
      throw new ConfigError(`${at("rule")} names no rule (${didYouMean(suppression2.rule, knownRuleIds, code)}see --list-rules).`);
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
  for (const key of ["include", "exclude"]) (config[key] ?? []).forEach((g, i) => globs.push([`/${key}/${i}`, g]));
  (config.suppressions ?? []).forEach((s, i) => {
    if (typeof s.files === "string") globs.push([`/suppressions/${i}/files`, s.files]);
    else s.files.forEach((g, j) => globs.push([`/suppressions/${i}/files/${j}`, g]));
  });
  for (const error of compileIgnore(config.ignores ?? []).errors) {
    const pointer = `/ignores/${error.line - 1}`;
    const range2 = doc.locate(pointer);
    throw new ConfigError(`${displayName}:${range2.start.line}:${range2.start.column}: \`${tokens(pointer).join(".")}\`: the glob ${error.refused}.`);
  }
  for (const [pointer, glob] of globs) {
    const compiled = compileGlob(glob);
    if (isGlobRefusal(compiled)) {
      const range2 = doc.locate(pointer);
      throw new ConfigError(`${displayName}:${range2.start.line}:${range2.start.column}: \`${tokens(pointer).join(".")}\`: the glob ${compiled.refused}.`);
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
  return [...errors].sort((a, b) => depth(b) - depth(a) || Number(a.keyword === "oneOf") - Number(b.keyword === "oneOf"))[0];
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
      if (/^\/suppressions\/\d+\/rule$/.test(error.instancePath)) return "must be a rule ID, an area (`trust/*`) or `*`.";
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
    throw new BaselineError(`not valid JSON (${error instanceof Error ? error.message.split("\n")[0] : String(error)}).`);
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) throw new BaselineError("not a baseline: expected a JSON object with `version` and `entries`.");
  const object = data;
  if (object.version !== BASELINE_VERSION) {
    throw new BaselineError(
      object.version === void 0 ? "not a baseline: `version` is missing." : `unsupported baseline version ${JSON.stringify(object.version)} (this cognito-iam-lint reads version ${BASELINE_VERSION}; write it again with --write-baseline).`
    );
  }
  if (!Array.isArray(object.entries)) throw new BaselineError("not a baseline: `entries` must be a list.");
  const entries = object.entries.map((raw, index) => {
    const at = `entries[${index}]`;
    if (raw === null || typeof raw !== "object" || Array.isArray(raw)) throw new BaselineError(`${at} must be an object.`);
    const entry = raw;
    for (const key of ["fingerprint", "ruleId", "file", "message"]) {
      if (typeof entry[key] !== "string" || entry[key] === "") throw new BaselineError(`${at}.${key} must be a non-empty string.`);
    }
    if (entry.resource !== void 0 && typeof entry.resource !== "string") throw new BaselineError(`${at}.resource must be a string.`);
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

// src/reporters/shared.ts
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
  const path = finding2.resource?.cdkPath;
  return path === void 0 ? finding2.message : `${finding2.message} [construct ${path}]`;
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
  properties.push(["title", n.ruleId !== void 0 ? `${NOTIFICATION_TITLE[n.kind]} (${n.ruleId})` : NOTIFICATION_TITLE[n.kind]]);
  return workflowCommand(n.level === "error" ? "error" : "warning", properties, n.message);
}
function summaryCommand(report, open, commands) {
  const counts = countBySeverity(open);
  const breakdown = SEVERITIES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`);
  const problems = open.length === 0 ? "No problems" : `${plural(open.length, "problem")} (${breakdown.join(", ")})`;
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
var HTML_VIEWER_SCRIPT = '/*! cognito-iam-lint HTML report viewer. Bundles:\n\n@dagrejs/dagre@3.1.4 (MIT)\n\nCopyright (c) 2012-2014 Chris Pettitt\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\nof this software and associated documentation files (the "Software"), to deal\nin the Software without restriction, including without limitation the rights\nto use, copy, modify, merge, publish, distribute, sublicense, and/or sell\ncopies of the Software, and to permit persons to whom the Software is\nfurnished to do so, subject to the following conditions:\n\nThe above copyright notice and this permission notice shall be included in\nall copies or substantial portions of the Software.\n\nTHE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR\nIMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,\nFITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE\nAUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER\nLIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,\nOUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN\nTHE SOFTWARE.\n\n@dagrejs/graphlib@4.0.8 (MIT)\n\nCopyright (c) 2012-2014 Chris Pettitt\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\nof this software and associated documentation files (the "Software"), to deal\nin the Software without restriction, including without limitation the rights\nto use, copy, modify, merge, publish, distribute, sublicense, and/or sell\ncopies of the Software, and to permit persons to whom the Software is\nfurnished to do so, subject to the following conditions:\n\nThe above copyright notice and this permission notice shall be included in\nall copies or substantial portions of the Software.\n\nTHE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR\nIMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,\nFITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE\nAUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER\nLIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,\nOUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN\nTHE SOFTWARE.\n*/\n"use strict";(()=>{var Pe=Object.defineProperty,ht=(e,t,n)=>t in e?Pe(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n,ft=(e,t)=>{for(var n in t)Pe(e,n,{get:t[n],enumerable:!0})},gt=(e,t,n)=>ht(e,typeof t!="symbol"?t+"":t,n),pt={};ft(pt,{Graph:()=>R,alg:()=>ae});var mt=Object.defineProperty,$e=(e,t)=>{for(var n in t)mt(e,n,{get:t[n],enumerable:!0})},le=class{constructor(e){this._isDirected=!0,this._isMultigraph=!1,this._isCompound=!1,this._nodes={},this._in={},this._preds={},this._out={},this._sucs={},this._edgeObjs={},this._edgeLabels={},this._nodeCount=0,this._edgeCount=0,this._defaultNodeLabelFn=()=>{},this._defaultEdgeLabelFn=()=>{},e&&(this._isDirected="directed"in e?e.directed:!0,this._isMultigraph="multigraph"in e?e.multigraph:!1,this._isCompound="compound"in e?e.compound:!1),this._isCompound&&(this._parent={},this._children={},this._children["\\0"]={})}isDirected(){return this._isDirected}isMultigraph(){return this._isMultigraph}isCompound(){return this._isCompound}setGraph(e){return this._label=e,this}graph(){return this._label}setDefaultNodeLabel(e){return typeof e!="function"?this._defaultNodeLabelFn=()=>e:this._defaultNodeLabelFn=e,this}nodeCount(){return this._nodeCount}nodes(){return Object.keys(this._nodes)}sources(){return this.nodes().filter(e=>Object.keys(this._in[e]).length===0)}sinks(){return this.nodes().filter(e=>Object.keys(this._out[e]).length===0)}setNodes(e,t){return e.forEach(n=>{t!==void 0?this.setNode(n,t):this.setNode(n)}),this}setNode(e,t){return e in this._nodes?(arguments.length>1&&(this._nodes[e]=t),this):(this._nodes[e]=arguments.length>1?t:this._defaultNodeLabelFn(e),this._isCompound&&(this._parent[e]="\\0",this._children[e]={},this._children["\\0"][e]=!0),this._in[e]={},this._preds[e]={},this._out[e]={},this._sucs[e]={},++this._nodeCount,this)}node(e){return this._nodes[e]}hasNode(e){return e in this._nodes}removeNode(e){if(e in this._nodes){let t=n=>this.removeEdge(this._edgeObjs[n]);delete this._nodes[e],this._isCompound&&(this._removeFromParentsChildList(e),delete this._parent[e],this.children(e).forEach(n=>{this.setParent(n)}),delete this._children[e]),Object.keys(this._in[e]).forEach(t),delete this._in[e],delete this._preds[e],Object.keys(this._out[e]).forEach(t),delete this._out[e],delete this._sucs[e],--this._nodeCount}return this}setParent(e,t){if(!this._isCompound)throw new Error("Cannot set parent in a non-compound graph");if(t===void 0)t="\\0";else{t+="";for(let n=t;n!==void 0;n=this.parent(n))if(n===e)throw new Error("Setting "+t+" as parent of "+e+" would create a cycle");this.setNode(t)}return this.setNode(e),this._removeFromParentsChildList(e),this._parent[e]=t,this._children[t][e]=!0,this}parent(e){if(this._isCompound){let t=this._parent[e];if(t!=="\\0")return t}}children(e="\\0"){if(this._isCompound){let t=this._children[e];if(t)return Object.keys(t)}else{if(e==="\\0")return this.nodes();if(this.hasNode(e))return[]}return[]}predecessors(e){let t=this._preds[e];if(t)return Object.keys(t)}successors(e){let t=this._sucs[e];if(t)return Object.keys(t)}neighbors(e){let t=this.predecessors(e);if(t){let n=new Set(t),r=this.successors(e);if(r)for(let o of r)n.add(o);return Array.from(n.values())}}isLeaf(e){var t;let n;return this.isDirected()?n=this.successors(e):n=this.neighbors(e),((t=n?.length)!=null?t:0)===0}filterNodes(e){let t=new this.constructor({directed:this._isDirected,multigraph:this._isMultigraph,compound:this._isCompound});t.setGraph(this.graph()),Object.entries(this._nodes).forEach(([o,i])=>{e(o)&&t.setNode(o,i)}),Object.values(this._edgeObjs).forEach(o=>{t.hasNode(o.v)&&t.hasNode(o.w)&&t.setEdge(o,this.edge(o))});let n={},r=o=>{let i=this.parent(o);return!i||t.hasNode(i)?(n[o]=i,i):i in n?n[i]:r(i)};return this._isCompound&&t.nodes().forEach(o=>t.setParent(o,r(o))),t}setDefaultEdgeLabel(e){return typeof e!="function"?this._defaultEdgeLabelFn=()=>e:this._defaultEdgeLabelFn=e,this}edgeCount(){return this._edgeCount}edges(){return Object.values(this._edgeObjs)}setPath(e,t){return e.reduce((n,r)=>(t!==void 0?this.setEdge(n,r,t):this.setEdge(n,r),r)),this}setEdge(e,t,n,r){let o,i,s,l,d=!1;typeof e=="object"&&e!==null&&"v"in e?(o=e.v,i=e.w,s=e.name,arguments.length===2&&(l=t,d=!0)):(o=e,i=t,s=r,arguments.length>2&&(l=n,d=!0)),o=""+o,i=""+i,s!==void 0&&(s=""+s);let a=q(this._isDirected,o,i,s);if(a in this._edgeLabels)return d&&(this._edgeLabels[a]=l),this;if(s!==void 0&&!this._isMultigraph)throw new Error("Cannot set a named edge when isMultigraph = false");this.setNode(o),this.setNode(i),this._edgeLabels[a]=d?l:this._defaultEdgeLabelFn(o,i,s);let u=vt(this._isDirected,o,i,s);return o=u.v,i=u.w,Object.freeze(u),this._edgeObjs[a]=u,me(this._preds[i],o),me(this._sucs[o],i),this._in[i][a]=u,this._out[o][a]=u,this._edgeCount++,this}edge(e,t,n){let r=arguments.length===1?ee(this._isDirected,e):q(this._isDirected,e,t,n);return this._edgeLabels[r]}edgeAsObj(e,t,n){let r=arguments.length===1?this.edge(e):this.edge(e,t,n);return typeof r!="object"||r===null?{label:r}:r}hasEdge(e,t,n){return(arguments.length===1?ee(this._isDirected,e):q(this._isDirected,e,t,n))in this._edgeLabels}removeEdge(e,t,n){let r=arguments.length===1?ee(this._isDirected,e):q(this._isDirected,e,t,n),o=this._edgeObjs[r];if(o){let i=o.v,s=o.w;delete this._edgeLabels[r],delete this._edgeObjs[r],ve(this._preds[s],i),ve(this._sucs[i],s),delete this._in[s][r],delete this._out[i][r],this._edgeCount--}return this}inEdges(e,t){return this.isDirected()?this.filterEdges(this._in[e],e,t):this.nodeEdges(e,t)}outEdges(e,t){return this.isDirected()?this.filterEdges(this._out[e],e,t):this.nodeEdges(e,t)}nodeEdges(e,t){if(e in this._nodes)return this.filterEdges({...this._in[e],...this._out[e]},e,t)}_removeFromParentsChildList(e){delete this._children[this._parent[e]][e]}filterEdges(e,t,n){if(!e)return;let r=Object.values(e);return n?r.filter(o=>o.v===t&&o.w===n||o.v===n&&o.w===t):r}};function me(e,t){e[t]?e[t]++:e[t]=1}function ve(e,t){e[t]!==void 0&&!--e[t]&&delete e[t]}function q(e,t,n,r){let o=""+t,i=""+n;if(!e&&o>i){let s=o;o=i,i=s}return o+""+i+""+(r===void 0?"\\0":r)}function vt(e,t,n,r){let o=""+t,i=""+n;if(!e&&o>i){let l=o;o=i,i=l}let s={v:o,w:i};return r&&(s.name=r),s}function ee(e,t){return q(e,t.v,t.w,t.name)}var bt={};$e(bt,{read:()=>_t,write:()=>wt});function wt(e){let t={options:{directed:e.isDirected(),multigraph:e.isMultigraph(),compound:e.isCompound()},nodes:yt(e),edges:Et(e)},n=e.graph();return n!==void 0&&(t.value=structuredClone(n)),t}function yt(e){return e.nodes().map(t=>{let n=e.node(t),r=e.parent(t),o={v:t};return n!==void 0&&(o.value=n),r!==void 0&&(o.parent=r),o})}function Et(e){return e.edges().map(t=>{let n=e.edge(t),r={v:t.v,w:t.w};return t.name!==void 0&&(r.name=t.name),n!==void 0&&(r.value=n),r})}function _t(e){let t=new le(e.options);return e.value!==void 0&&t.setGraph(e.value),e.nodes.forEach(n=>{t.setNode(n.v,n.value),n.parent&&t.setParent(n.v,n.parent)}),e.edges.forEach(n=>{t.setEdge({v:n.v,w:n.w,name:n.name},n.value)}),t}var ae={};$e(ae,{CycleException:()=>K,bellmanFord:()=>Ae,components:()=>Nt,dijkstra:()=>H,dijkstraAll:()=>jt,findCycles:()=>Mt,floydWarshall:()=>Ct,isAcyclic:()=>Tt,postorder:()=>Rt,preorder:()=>Pt,prim:()=>$t,shortestPaths:()=>At,tarjan:()=>Be,topsort:()=>Ve});var kt=()=>1;function Ae(e,t,n,r){return xt(e,String(t),n||kt,r||function(o){var i;return(i=e.outEdges(o))!=null?i:[]})}function xt(e,t,n,r){let o={},i,s=0,l=e.nodes(),d=function(h){let c=o[h.v],f=o[h.w];if(!c||!f)return;let g=n(h);c.distance+g<f.distance&&(o[h.w]={distance:c.distance+g,predecessor:h.v},i=!0)},a=function(){l.forEach(function(h){r(h).forEach(function(c){let f=c.v===h?c.v:c.w,g=f===c.v?c.w:c.v;d({v:f,w:g})})})};l.forEach(function(h){let c=h===t?0:Number.POSITIVE_INFINITY;o[h]={distance:c,predecessor:""}});let u=l.length;for(let h=1;h<u&&(i=!1,s++,a(),!!i);h++);if(s===u-1&&(i=!1,a(),i))throw new Error("The graph contains a negative weight cycle");return o}function Nt(e){let t={},n=[],r;function o(i){var s,l;i in t||(t[i]=!0,r.push(i),(s=e.successors(i))==null||s.forEach(o),(l=e.predecessors(i))==null||l.forEach(o))}return e.nodes().forEach(function(i){r=[],o(i),r.length&&n.push(r)}),n}var De=class{constructor(){this._arr=[],this._keyIndices={}}size(){return this._arr.length}keys(){return this._arr.map(e=>e.key)}has(e){return e in this._keyIndices}priority(e){let t=this._keyIndices[e];if(t!==void 0)return this._arr[t].priority}min(){if(this.size()===0)throw new Error("Queue underflow");return this._arr[0].key}add(e,t){let n=this._keyIndices,r=String(e);if(!(r in n)){let o=this._arr,i=o.length;return n[r]=i,o.push({key:r,priority:t}),this._decrease(i),!0}return!1}removeMin(){if(this.size()===0)throw new Error("Queue underflow");this._swap(0,this._arr.length-1);let e=this._arr.pop();return delete this._keyIndices[e.key],this._heapify(0),e.key}decrease(e,t){let n=this._keyIndices[e];if(n===void 0)throw new Error(`Key not found: ${e}`);let r=this._arr[n].priority;if(t>r)throw new Error(`New priority is greater than current priority. Key: ${e} Old: ${r} New: ${t}`);this._arr[n].priority=t,this._decrease(n)}_heapify(e){let t=this._arr,n=2*e,r=n+1,o=e;n<t.length&&(o=t[n].priority<t[o].priority?n:o,r<t.length&&(o=t[r].priority<t[o].priority?r:o),o!==e&&(this._swap(e,o),this._heapify(o)))}_decrease(e){let t=this._arr,n=t[e].priority,r;for(;e!==0&&(r=e>>1,!(t[r].priority<n));)this._swap(e,r),e=r}_swap(e,t){let n=this._arr,r=this._keyIndices,o=n[e],i=n[t];n[e]=i,n[t]=o,r[i.key]=e,r[o.key]=t}},Ot=()=>1;function H(e,t,n,r){let o=function(i){var s;return(s=e.outEdges(i))!=null?s:[]};return It(e,String(t),n||Ot,r||o)}function It(e,t,n,r){let o={},i=new De,s,l,d=function(a){let u=a.v!==s?a.v:a.w,h=o[u];if(!h)return;let c=n(a),f=l.distance+c;if(c<0)throw new Error("dijkstra does not allow negative edge weights. Bad edge: "+a+" Weight: "+c);f<h.distance&&(h.distance=f,h.predecessor=s,i.decrease(u,f))};for(e.nodes().forEach(function(a){let u=a===t?0:Number.POSITIVE_INFINITY;o[a]={distance:u,predecessor:""},i.add(a,u)});i.size()>0;){s=i.removeMin();let a=o[s];if(!a||a.distance===Number.POSITIVE_INFINITY)break;l=a,r(s).forEach(d)}return o}function jt(e,t,n){return e.nodes().reduce(function(r,o){return r[o]=H(e,o,t,n),r},{})}function Be(e){let t=0,n=[],r={},o=[];function i(s){var l;let d=r[s]={onStack:!0,lowlink:t,index:t++};if(n.push(s),(l=e.successors(s))==null||l.forEach(function(a){if(a in r){let u=r[a];u!=null&&u.onStack&&(d.lowlink=Math.min(d.lowlink,u.index))}else{i(a);let u=r[a];u&&(d.lowlink=Math.min(d.lowlink,u.lowlink))}}),d.lowlink===d.index){let a=[],u;do{u=n.pop();let h=r[u];h&&(h.onStack=!1),a.push(u)}while(s!==u);o.push(a)}}return e.nodes().forEach(function(s){s in r||i(s)}),o}function Mt(e){return Be(e).filter(function(t){var n;let r=t[0];return r?t.length>1||t.length===1&&((n=e.outEdges(r,r))!=null?n:[]).length>0:!1})}var Lt=()=>1;function Ct(e,t,n){return St(e,t||Lt,n||function(r){var o;return(o=e.outEdges(r))!=null?o:[]})}function St(e,t,n){let r={},o=e.nodes();return o.forEach(function(i){let s={};r[i]=s,s[i]={distance:0,predecessor:""},o.forEach(function(l){i!==l&&(s[l]={distance:Number.POSITIVE_INFINITY,predecessor:""})}),n(i).forEach(function(l){let d=l.v===i?l.w:l.v,a=t(l);s[d]={distance:a,predecessor:i}})}),o.forEach(function(i){let s=r[i];s&&o.forEach(function(l){let d=r[l];d&&o.forEach(function(a){let u=d[i],h=s[a],c=d[a];if(u&&h&&c){let f=u.distance+h.distance;f<c.distance&&(c.distance=f,c.predecessor=h.predecessor)}})})}),r}var K=class extends Error{constructor(e){super(e),this.name="CycleException"}};function Ve(e){let t={},n={},r=[];function o(i){var s;if(i in n)throw new K;i in t||(n[i]=!0,t[i]=!0,(s=e.predecessors(i))==null||s.forEach(o),delete n[i],r.push(i))}if(e.sinks().forEach(o),Object.keys(t).length!==e.nodeCount())throw new K;return r}function Tt(e){try{Ve(e)}catch(t){if(t instanceof K)return!1;throw t}return!0}function Ft(e,t,n,r,o){Array.isArray(t)||(t=[t]);let i=(l=>{var d;return(d=e.isDirected()?e.successors(l):e.neighbors(l))!=null?d:[]}),s={};return t.forEach(function(l){if(!e.hasNode(l))throw new Error("Graph does not have node: "+l);o=Ye(e,l,n==="post",s,i,r,o)}),o}function Ye(e,t,n,r,o,i,s){return t in r||(r[t]=!0,n||(s=i(s,t)),o(t).forEach(function(l){s=Ye(e,l,n,r,o,i,s)}),n&&(s=i(s,t))),s}function Ge(e,t,n){return Ft(e,t,n,function(r,o){return r.push(o),r},[])}function Rt(e,t){return Ge(e,t,"post")}function Pt(e,t){return Ge(e,t,"pre")}function $t(e,t){var n;let r=new le,o={},i=new De,s;function l(u){let h=u.v===s?u.w:u.v,c=i.priority(h);if(c!==void 0){let f=t(u);f<c&&(o[h]=s,i.decrease(h,f))}}if(e.nodeCount()===0)return r;e.nodes().forEach(function(u){i.add(u,Number.POSITIVE_INFINITY),r.setNode(u)});let d=e.nodes()[0];d!==void 0&&i.decrease(d,0);let a=!1;for(;i.size()>0;){if(s=i.removeMin(),s in o)r.setEdge(s,o[s]);else{if(a)throw new Error("Input graph is not connected: "+e);a=!0}(n=e.nodeEdges(s))==null||n.forEach(l)}return r}function At(e,t,n,r){return Dt(e,t,n,r??(o=>{var i;return(i=e.outEdges(o))!=null?i:[]}))}function Dt(e,t,n,r){if(n===void 0)return H(e,t,n,r);let o=!1,i=e.nodes();for(let s=0;s<i.length;s++){let l=i[s];if(l===void 0)continue;let d=r(l);for(let a=0;a<d.length;a++){let u=d[a];if(!u)continue;let h=u.v===l?u.v:u.w,c=h===u.v?u.w:u.v;n({v:h,w:c})<0&&(o=!0)}if(o)return Ae(e,t,n,r)}return H(e,t,n,r)}var R=le;function Y(e,t,n,r){let o=r;for(;e.hasNode(o);)o=de(r);return n.dummy=t,e.setNode(o,n),o}function Bt(e){let t=new R().setGraph(e.graph());return e.nodes().forEach(n=>t.setNode(n,e.node(n))),e.edges().forEach(n=>{let r=t.edge(n.v,n.w)||{weight:0,minlen:1},o=e.edge(n);t.setEdge(n.v,n.w,{weight:r.weight+o.weight,minlen:Math.max(r.minlen,o.minlen)})}),t}function qe(e){let t=new R({multigraph:e.isMultigraph()}).setGraph(e.graph());return e.nodes().forEach(n=>{e.children(n).length||t.setNode(n,e.node(n))}),e.edges().forEach(n=>{t.setEdge(n,e.edge(n))}),t}function be(e,t){let n=e.x,r=e.y,o=t.x-n,i=t.y-r,s=e.width/2,l=e.height/2;if(!o&&!i)throw new Error("Not possible to find intersection inside of the rectangle");let d,a;return o===0||Math.abs(i)*s>Math.abs(o)*l?(i<0&&(l=-l),d=l*o/i,a=l):(o<0&&(s=-s),d=s,a=s*i/o),{x:n+d,y:r+a}}function W(e){let t=z(He(e)+1).map(()=>[]);return e.nodes().forEach(n=>{let r=e.node(n),o=r.rank;o!==void 0&&(t[o]||(t[o]=[]),t[o][r.order]=n)}),t}function Vt(e){let t=e.nodes().map(r=>{let o=e.node(r).rank;return o===void 0?Number.MAX_VALUE:o}),n=P(Math.min,t);e.nodes().forEach(r=>{let o=e.node(r);Object.hasOwn(o,"rank")&&(o.rank-=n)})}function Yt(e){let t=e.nodes().map(s=>e.node(s).rank).filter(s=>s!==void 0),n=P(Math.min,t),r=[];e.nodes().forEach(s=>{let l=e.node(s).rank-n;r[l]||(r[l]=[]),r[l].push(s)});let o=0,i=e.graph().nodeRankFactor;Array.from(r).forEach((s,l)=>{s===void 0&&l%i!==0?--o:s!==void 0&&o&&s.forEach(d=>e.node(d).rank+=o)})}function we(e,t,n,r){let o={width:0,height:0};return arguments.length>=4&&(o.rank=n,o.order=r),Y(e,"border",o,t)}function Gt(e,t=ze){let n=[];for(let r=0;r<e.length;r+=t){let o=e.slice(r,r+t);n.push(o)}return n}var ze=65535;function P(e,t){if(t.length>ze){let n=Gt(t);return e(...n.map(r=>e(...r)))}else return e(...t)}function He(e){let t=e.nodes().map(n=>{let r=e.node(n).rank;return r===void 0?Number.MIN_VALUE:r});return P(Math.max,t)}function qt(e,t){let n={lhs:[],rhs:[]};return e.forEach(r=>{t(r)?n.lhs.push(r):n.rhs.push(r)}),n}function zt(e,t){return t()}var Ht=0;function de(e){let t=++Ht;return e+(""+t)}function z(e,t,n=1){t==null&&(t=e,e=0);let r=i=>i<t;n<0&&(r=i=>t<i);let o=[];for(let i=e;r(i);i+=n)o.push(i);return o}function X(e,t){let n={};for(let r of t)e[r]!==void 0&&(n[r]=e[r]);return n}function J(e,t){let n;return typeof t=="string"?n=r=>r[t]:n=t,Object.entries(e).reduce((r,[o,i])=>(r[o]=n(i,o),r),{})}function Kt(e,t){return e.reduce((n,r,o)=>(n[r]=t[o],n),{})}var U="\\0";function Ke(e,t,n){var r,o,i,s,l,d;if(!(e&&t&&n&&t.dummy==="edge"&&n.dummy==="edge"&&t.edgeObj&&n.edgeObj&&e[t.edgeObj.v]&&e[n.edgeObj.v]&&e[t.edgeObj.w]&&e[n.edgeObj.w]))return 0;let a=!0;t.edgeObj.w===n.edgeObj.w&&(a=!1);let u=a?(o=(r=e[t.edgeObj.v])==null?void 0:r.rank)!=null?o:NaN+1:(s=(i=e[t.edgeObj.w])==null?void 0:i.rank)!=null?s:NaN-1,h=Object.entries(e).find(b=>{var x,w;return((x=b[1].edgeObj)==null?void 0:x.v)===t.edgeObj.v&&((w=b[1].edgeObj)==null?void 0:w.w)===t.edgeObj.w&&b[1].rank===u}),c=Object.entries(e).find(b=>{var x,w;return((x=b[1].edgeObj)==null?void 0:x.v)===n.edgeObj.v&&((w=b[1].edgeObj)==null?void 0:w.w)===n.edgeObj.w&&b[1].rank===u});if(!h||!c)return 0;let f=(l=h[1].order)!=null?l:NaN,g=(d=c[1].order)!=null?d:NaN;return isNaN(f-g)?0:f-g}var Xt=class{constructor(){gt(this,"_sentinel");let e={};e._next=e._prev=e,this._sentinel=e}dequeue(){let e=this._sentinel,t=e._prev;if(t!==e)return ye(t),t}enqueue(e){let t=this._sentinel;e._prev&&e._next&&ye(e),e._next=t._next,t._next._prev=e,t._next=e,e._prev=t}toString(){let e=[],t=this._sentinel,n=t._prev;for(;n!==t;)e.push(JSON.stringify(n,Wt)),n=n._prev;return"["+e.join(", ")+"]"}};function ye(e){e._prev._next=e._next,e._next._prev=e._prev,delete e._next,delete e._prev}function Wt(e,t){if(e!=="_next"&&e!=="_prev")return t}var Jt=Xt,Ut=()=>1;function Qt(e,t){if(e.nodeCount()<=1)return[];let n=en(e,t||Ut);return Zt(n.graph,n.buckets,n.zeroIdx).flatMap(r=>e.outEdges(r.v,r.w)||[])}function Zt(e,t,n){var r;let o=[],i=t[t.length-1],s=t[0],l;for(;e.nodeCount();){for(;l=s.dequeue();)te(e,t,n,l);for(;l=i.dequeue();)te(e,t,n,l);if(e.nodeCount()){for(let d=t.length-2;d>0;--d)if(l=(r=t[d])==null?void 0:r.dequeue(),l){o=o.concat(te(e,t,n,l,!0)||[]);break}}}return o}function te(e,t,n,r,o){let i=[],s=o?i:void 0;return(e.inEdges(r.v)||[]).forEach(l=>{let d=e.edge(l),a=e.node(l.v);o&&i.push({v:l.v,w:l.w}),a.out-=d,se(t,n,a)}),(e.outEdges(r.v)||[]).forEach(l=>{let d=e.edge(l),a=l.w,u=e.node(a);u.in-=d,se(t,n,u)}),e.removeNode(r.v),s}function en(e,t){let n=new R,r=0,o=0;e.nodes().forEach(l=>{n.setNode(l,{v:l,in:0,out:0})}),e.edges().forEach(l=>{let d=n.edge(l.v,l.w)||0,a=t(l),u=d+a;n.setEdge(l.v,l.w,u);let h=n.node(l.v),c=n.node(l.w);o=Math.max(o,h.out+=a),r=Math.max(r,c.in+=a)});let i=tn(o+r+3).map(()=>new Jt),s=r+1;return n.nodes().forEach(l=>{se(i,s,n.node(l))}),{graph:n,buckets:i,zeroIdx:s}}function se(e,t,n){var r,o,i;n.out?n.in?(i=e[n.out-n.in+t])==null||i.enqueue(n):(o=e[e.length-1])==null||o.enqueue(n):(r=e[0])==null||r.enqueue(n)}function tn(e){let t=[];for(let n=0;n<e;n++)t.push(n);return t}function nn(e,t){(e.graph().acyclicer==="greedy"?Qt(e,n(e)):rn(e,t??null)).forEach(r=>{let o=e.edge(r);e.removeEdge(r),o.forwardName=r.name,o.reversed=!0,e.setEdge(r.w,r.v,o,de("rev"))});function n(r){return o=>r.edge(o).weight}}function rn(e,t){let n=[],r={},o={};function i(d){Object.hasOwn(o,d)||(o[d]=!0,r[d]=!0,e.outEdges(d).forEach(a=>{Object.hasOwn(r,a.w)?n.push(a):i(a.w)}),delete r[d])}function s(d){var a;Object.hasOwn(o,d)||(o[d]=!0,r[d]=!0,(a=e.outEdges(d))==null||a.forEach(u=>{var h,c;Object.hasOwn(r,u.w)||((h=t.node(d))==null?void 0:h.rank)>((c=t.node(u.w))==null?void 0:c.rank)&&sn(e,u.w,u)?n.push(u):s(u.w)}),delete r[d])}let l=i;return t&&typeof t.node=="function"&&(l=s),e.sources().forEach(l),e.nodes().forEach(l),n}function on(e){e.edges().forEach(t=>{let n=e.edge(t);if(n.reversed){e.removeEdge(t);let r=n.forwardName;delete n.reversed,delete n.forwardName,e.setEdge(t.w,t.v,n,r)}})}function sn(e,t,n){let r=new Set;function o(i){var s;if(e.sources().includes(i))return!0;r.add(i);for(let l of(s=e.inEdges(i))!=null?s:[])if(!(l.v===n.v&&l.w===n.w)&&!r.has(l.v)&&o(l.v))return!0;return!1}return o(t)}function ln(e){e.graph().dummyChains=[],e.edges().forEach(t=>an(e,t))}function an(e,t){let n=t.v,r=e.node(n).rank,o=t.w,i=e.node(o).rank,s=t.name,l=e.edge(t),d=l.labelRank;if(i===r+1)return;e.removeEdge(t);let a,u,h;for(h=0,++r;r<i;++h,++r)l.points=[],u={width:0,height:0,edgeLabel:l,edgeObj:t,rank:r},a=Y(e,"edge",u,"_d"),r===d&&(u.width=l.width,u.height=l.height,u.dummy="edge-label",u.labelpos=l.labelpos),e.setEdge(n,a,{weight:l.weight},s),h===0&&e.graph().dummyChains.push(a),n=a;e.setEdge(n,o,{weight:l.weight},s)}function dn(e){e.graph().dummyChains.forEach(t=>{let n=e.node(t),r=n.edgeLabel,o;for(e.setEdge(n.edgeObj,r);n.dummy;)o=e.successors(t)[0],e.removeNode(t),r.points.push({x:n.x,y:n.y}),n.dummy==="edge-label"&&(r.x=n.x,r.y=n.y,r.width=n.width,r.height=n.height),t=o,n=e.node(t)})}function ue(e){let t={};function n(r){let o=e.node(r);if(Object.hasOwn(t,r))return o.rank;t[r]=!0;let i=e.outEdges(r),s=i?i.map(d=>d==null?Number.POSITIVE_INFINITY:n(d.w)-e.edge(d).minlen):[],l=P(Math.min,s);return l===Number.POSITIVE_INFINITY&&(l=0),o.rank=l}e.sources().forEach(n)}function V(e,t){return e.node(t.w).rank-e.node(t.v).rank-e.edge(t).minlen}var Xe=un;function un(e){let t=new R({directed:!1}),n=e.nodes();if(n.length===0)throw new Error("Graph must have at least one node");let r=n[0],o=e.nodeCount();t.setNode(r,{});let i,s;for(;cn(t,e)<o&&(i=hn(t,e),!!i);)s=t.hasNode(i.v)?V(e,i):-V(e,i),fn(t,e,s);return t}function cn(e,t){function n(r){let o=t.nodeEdges(r);o&&o.forEach(i=>{let s=i.v,l=r===s?i.w:s;!e.hasNode(l)&&!V(t,i)&&(e.setNode(l,{}),e.setEdge(r,l,{}),n(l))})}return e.nodes().forEach(n),e.nodeCount()}function hn(e,t){return t.edges().reduce((n,r)=>{let o=Number.POSITIVE_INFINITY;return e.hasNode(r.v)!==e.hasNode(r.w)&&(o=V(t,r)),o<n[0]?[o,r]:n},[Number.POSITIVE_INFINITY,null])[1]}function fn(e,t,n){e.nodes().forEach(r=>t.node(r).rank+=n)}var{preorder:gn,postorder:pn}=ae,mn=B;B.initLowLimValues=he;B.initCutValues=ce;B.calcCutValue=We;B.leaveEdge=Ue;B.enterEdge=Qe;B.exchangeEdges=Ze;function B(e){e=Bt(e),ue(e);let t=Xe(e);he(t),ce(t,e);let n,r;for(;n=Ue(t);)r=Qe(t,e,n),Ze(t,e,n,r)}function ce(e,t){let n=pn(e,e.nodes());n=n.slice(0,n.length-1),n.forEach(r=>vn(e,t,r))}function vn(e,t,n){let r=e.node(n).parent,o=e.edge(n,r);o.cutvalue=We(e,t,n)}function We(e,t,n){let r=e.node(n).parent,o=!0,i=t.edge(n,r),s;i||(o=!1,i=t.edge(r,n)),s=i.weight;let l=t.inEdges(n)||[],d=t.outEdges(n)||[],a=l.length,u=a+d.length;for(let h=0;h<u;h++){let c=h<a?l[h]:d[h-a],f=c.v===n;if(h>=a&&c.w===n)continue;let g=f?c.w:c.v;if(g!==r){let b=f===o,x=t.edge(c).weight;s+=b?x:-x;let w=e.edge(n,g);if(w){let p=w.cutvalue;s+=b?-p:p}}}return s}function he(e,t){arguments.length<2&&(t=e.nodes()[0]),Je(e,{},1,t)}function Je(e,t,n,r,o){let i=n,s=e.node(r);t[r]=!0;let l=e.neighbors(r);return l&&l.forEach(d=>{Object.hasOwn(t,d)||(n=Je(e,t,n,d,r))}),s.low=i,s.lim=n++,o?s.parent=o:delete s.parent,n}function Ue(e){return e.edges().find(t=>e.edge(t).cutvalue<0)}function Qe(e,t,n){let r=n.v,o=n.w;t.hasEdge(r,o)||(r=n.w,o=n.v);let i=e.node(r),s=e.node(o),l=i,d=!1;return i.lim>s.lim&&(l=s,d=!0),t.edges().filter(a=>d===Ee(e,e.node(a.v),l)&&d!==Ee(e,e.node(a.w),l)).reduce((a,u)=>V(t,u)<V(t,a)?u:a)}function Ze(e,t,n,r){let o=n.v,i=n.w;e.removeEdge(o,i),e.setEdge(r.v,r.w,{}),he(e),ce(e,t),bn(e,t)}function bn(e,t){let n=e.nodes().find(o=>!e.node(o).parent);if(!n)return;let r=gn(e,[n]);r=r.slice(1),r.forEach(o=>{let i=e.node(o).parent,s=t.edge(o,i),l=!1;s||(s=t.edge(i,o),l=!0),t.node(o).rank=t.node(i).rank+(l?s.minlen:-s.minlen)})}function Ee(e,t,n){return n.low<=t.lim&&t.lim<=n.lim}var wn=yn;function yn(e){let t=e.graph().ranker;if(typeof t=="function")return t(e);switch(t){case"network-simplex":_e(e);break;case"tight-tree":_n(e);break;case"longest-path":En(e);break;case"none":break;default:_e(e)}}var En=ue;function _n(e){ue(e),Xe(e)}function _e(e){mn(e)}var kn=xn;function xn(e){let t=On(e),n=e.graph();Array.isArray(n.dummyChains)&&n.dummyChains.forEach(r=>{let o=e.node(r),i=o.edgeObj,s=Nn(e,t,i.v,i.w),l=s.path,d=s.lca,a=0,u=l[a],h=!0;for(;r!==i.w;){if(o=e.node(r),h){for(;(u=l[a])!==d&&e.node(u).maxRank<o.rank;)a++;u===d&&(h=!1)}if(!h){for(;a<l.length-1&&e.node(l[a+1]).minRank<=o.rank;)a++;u=l[a]}u!==void 0&&e.setParent(r,u),r=e.successors(r)[0]}})}function Nn(e,t,n,r){let o=[],i=[],s=Math.min(t[n].low,t[r].low),l=Math.max(t[n].lim,t[r].lim),d;d=n;do d=e.parent(d),o.push(d);while(d&&(t[d].low>s||l>t[d].lim));let a=d,u=r;for(;(u=e.parent(u))!==a;)i.push(u);return{path:o.concat(i.reverse()),lca:a}}function On(e){let t={},n=0;function r(o){let i=n;e.children(o).forEach(r),t[o]={low:i,lim:n++}}return e.children(U).forEach(r),t}function In(e){let t=Y(e,"root",{},"_root"),n=jn(e),r=Object.values(n),o=P(Math.max,r)-1,i=2*o+1;e.graph().nestingRoot=t,e.edges().forEach(l=>e.edge(l).minlen*=i);let s=Mn(e)+1;e.children(U).forEach(l=>{et(e,t,i,s,o,n,l)}),e.graph().nodeRankFactor=i}function et(e,t,n,r,o,i,s){var l;let d=e.children(s);if(!d.length){s!==t&&e.setEdge(t,s,{weight:0,minlen:n});return}let a=we(e,"_bt"),u=we(e,"_bb"),h=e.node(s);e.setParent(a,s),h.borderTop=a,e.setParent(u,s),h.borderBottom=u,d.forEach(c=>{var f;et(e,t,n,r,o,i,c);let g=e.node(c),b=g.borderTop?g.borderTop:c,x=g.borderBottom?g.borderBottom:c,w=g.borderTop?r:2*r,p=b!==x?1:o-((f=i[s])!=null?f:0)+1;e.setEdge(a,b,{weight:w,minlen:p,nestingEdge:!0}),e.setEdge(x,u,{weight:w,minlen:p,nestingEdge:!0})}),e.parent(s)||e.setEdge(t,a,{weight:0,minlen:o+((l=i[s])!=null?l:0)})}function jn(e){let t={};function n(r,o){let i=e.children(r);i&&i.length&&i.forEach(s=>n(s,o+1)),t[r]=o}return e.children(U).forEach(r=>n(r,1)),t}function Mn(e){return e.edges().reduce((t,n)=>t+e.edge(n).weight,0)}function Ln(e){let t=e.graph();e.removeNode(t.nestingRoot),delete t.nestingRoot,e.edges().forEach(n=>{e.edge(n).nestingEdge&&e.removeEdge(n)})}var Cn=Sn;function Sn(e){function t(n){let r=e.children(n),o=e.node(n);if(r.length&&r.forEach(t),o&&Object.hasOwn(o,"minRank")){o.borderLeft=[],o.borderRight=[];for(let i=o.minRank,s=o.maxRank+1;i<s;++i)ke(e,"borderLeft","_bl",n,o,i),ke(e,"borderRight","_br",n,o,i)}}e.children(U).forEach(t)}function ke(e,t,n,r,o,i){let s={width:0,height:0,rank:i,borderType:t},l=o[t][i-1],d=Y(e,"border",s,n);o[t][i]=d,e.setParent(d,r),l&&e.setEdge(l,d,{weight:1})}function Tn(e){var t;let n=(t=e.graph().rankdir)==null?void 0:t.toLowerCase();(n==="lr"||n==="rl")&&tt(e)}function Fn(e){var t;let n=(t=e.graph().rankdir)==null?void 0:t.toLowerCase();(n==="bt"||n==="rl")&&Rn(e),(n==="lr"||n==="rl")&&(Pn(e),tt(e))}function tt(e){e.nodes().forEach(t=>xe(e.node(t))),e.edges().forEach(t=>xe(e.edge(t)))}function xe(e){let t=e.width;e.width=e.height,e.height=t}function Rn(e){e.nodes().forEach(t=>ne(e.node(t))),e.edges().forEach(t=>{var n;let r=e.edge(t);(n=r.points)==null||n.forEach(ne),Object.hasOwn(r,"y")&&ne(r)})}function ne(e){e.y=-e.y}function Pn(e){e.nodes().forEach(t=>re(e.node(t))),e.edges().forEach(t=>{var n;let r=e.edge(t);(n=r.points)==null||n.forEach(re),Object.hasOwn(r,"x")&&re(r)})}function re(e){let t=e.x;e.x=e.y,e.y=t}function $n(e,t=null){let n={},r=e.nodes().filter(a=>!e.children(a).length),o=r.map(a=>e.node(a).rank),i=P(Math.max,o),s=z(i+1).map(()=>[]);function l(a){if(n[a])return;n[a]=!0;let u=e.node(a);s[u.rank].push(a);let h=e.successors(a);h&&[...h].sort((c,f)=>d(c,f)).forEach(l)}r.sort((a,u)=>e.node(a).rank-e.node(u).rank).forEach(l);function d(a,u){let h=e.node(a),c=e.node(u);return Ke(t,h,c)}return s}function An(e,t){let n=0;for(let r=1;r<t.length;++r)n+=Dn(e,t[r-1],t[r]);return n}function Dn(e,t,n){let r=Kt(n,n.map((a,u)=>u)),o=t.flatMap(a=>{let u=e.outEdges(a);return u?u.map(h=>({pos:r[h.w],weight:e.edge(h).weight})).sort((h,c)=>h.pos-c.pos):[]}),i=1;for(;i<n.length;)i<<=1;let s=2*i-1;i-=1;let l=new Array(s).fill(0),d=0;return o.forEach(a=>{let u=a.pos+i;l[u]+=a.weight;let h=0;for(;u>0;)u%2&&(h+=l[u+1]),u=u-1>>1,l[u]+=a.weight;d+=a.weight*h}),d}function Bn(e,t=[]){return t.map(n=>{let r=e.inEdges(n);if(!r||!r.length)return{v:n};{let o=r.reduce((i,s)=>{let l=e.edge(s),d=e.node(s.v);return{sum:i.sum+l.weight*d.order,weight:i.weight+l.weight}},{sum:0,weight:0});return{v:n,barycenter:o.sum/o.weight,weight:o.weight}}})}function Vn(e,t){let n={};e.forEach((o,i)=>{let s={indegree:0,in:[],out:[],vs:[o.v],i};o.barycenter!==void 0&&(s.barycenter=o.barycenter,s.weight=o.weight),n[o.v]=s}),t.edges().forEach(o=>{let i=n[o.v],s=n[o.w];i!==void 0&&s!==void 0&&(s.indegree++,i.out.push(s))});let r=Object.values(n).filter(o=>!o.indegree);return Yn(r)}function Yn(e){let t=[];function n(o){return i=>{i.merged||(i.barycenter===void 0||o.barycenter===void 0||i.barycenter>=o.barycenter)&&Gn(o,i)}}function r(o){return i=>{i.in.push(o),--i.indegree===0&&e.push(i)}}for(;e.length;){let o=e.pop();t.push(o),o.in.reverse().forEach(n(o)),o.out.forEach(r(o))}return t.filter(o=>!o.merged).map(o=>X(o,["vs","i","barycenter","weight"]))}function Gn(e,t){let n=0,r=0;e.weight&&(n+=e.barycenter*e.weight,r+=e.weight),t.weight&&(n+=t.barycenter*t.weight,r+=t.weight),e.vs=t.vs.concat(e.vs),e.barycenter=n/r,e.weight=r,e.i=Math.min(t.i,e.i),t.merged=!0}function qn(e,t,n,r,o){let i={},s=null,l=null,d=o;typeof t=="boolean"?(d=t,i={}):t&&(i=t,s=n??null,l=r??null);let a=qt(e,w=>Object.hasOwn(w,"barycenter")),u=a.lhs,h=a.rhs.sort((w,p)=>p.i-w.i),c=[],f=0,g=0,b=0;u.sort(zn(l,s,!!d));for(let[w,p]of Object.entries(i)){let y=u.findIndex(E=>E.vs[0]===w);u.splice(y+1,0,p)}b=Ne(c,h,b),u.forEach(w=>{b+=w.vs.length,c.push(w.vs),f+=w.barycenter*w.weight,g+=w.weight,b=Ne(c,h,b)});let x={vs:c.flat(1)};return g&&(x.barycenter=f/g,x.weight=g),x}function Ne(e,t,n){let r;for(;t.length&&(r=t[t.length-1]).i<=n;)t.pop(),e.push(r.vs),n++;return n}function zn(e,t,n){return(r,o)=>{if(r.barycenter<o.barycenter)return-1;if(r.barycenter>o.barycenter)return 1;if(e&&(typeof r.vs[0]=="string"||typeof o.vs[0]=="string")){let i=e.node(r.vs[0]),s=e.node(o.vs[0]),l=Ke(t,i,s);if(l!==0)return l}return n?o.i-r.i:r.i-o.i}}function nt(e,t,n,r,o){var i,s,l,d,a,u,h,c,f,g,b;let x=null,w=o;typeof r=="boolean"?(w=r,x=null):r!==void 0&&(x=r);let p=e.children(t),y=e.node(t),E=y?y.borderLeft:void 0,v=y?y.borderRight:void 0,I={};E&&(p=p.filter(M=>M!==E&&M!==v));let O=Bn(e,p);O.forEach(M=>{if(e.children(M.v).length){let{result:L}=nt(e,M.v,n,x,w);I[M.v]=L,Object.hasOwn(L,"barycenter")&&Kn(M,L)}});let N=Vn(O,n);Hn(N,I);let j={},T=!1;for(let M=0;M<N.length;M++)for(let L=M+1;L<N.length;L++)if(!(!N[M]||!N[L]||!((i=N[M])!=null&&i.barycenter)||!((s=N[L])!=null&&s.barycenter))&&((l=N[M])==null?void 0:l.barycenter)===N[L].barycenter){let k=(a=(d=N[M])==null?void 0:d.vs[0])!=null?a:"",_=(h=(u=N[L])==null?void 0:u.vs[0])!=null?h:"",S=e.node(k),D=e.node(_);if(S.dummy==="edge"&&D.dummy==="edge"&&((c=S.edgeObj)==null?void 0:c.v)===((f=D.edgeObj)==null?void 0:f.v)&&((g=S.edgeObj)==null?void 0:g.w)===((b=D.edgeObj)==null?void 0:b.w))if(S.edgeLabel.reversed){j[_]=N[M],N.splice(M,1),M--;break}else j[k]||(j[k]=N[L],N.splice(L,1),L--);else T=!0}let C=qn(N,j,x,e,w);if(E&&v){C.vs=[E,C.vs,v].flat(1);let M=e.predecessors(E);if(M&&M.length){let L=e.node(M[0]),k=e.predecessors(v),_=e.node(k[0]);Object.hasOwn(C,"barycenter")||(C.barycenter=0,C.weight=0),C.barycenter=(C.barycenter*C.weight+L.order+_.order)/(C.weight+2),C.weight+=2}}return Object.defineProperty(C,"result",{value:C,enumerable:!1,configurable:!0,writable:!0}),Object.defineProperty(C,"usedBias",{value:T,enumerable:!1,configurable:!0,writable:!0}),C}function Hn(e,t){e.forEach(n=>{n.vs=n.vs.flatMap(r=>t[r]?t[r].vs:r)})}function Kn(e,t){e.barycenter!==void 0?(e.barycenter=(e.barycenter*e.weight+t.barycenter*t.weight)/(e.weight+t.weight),e.weight+=t.weight):(e.barycenter=t.barycenter,e.weight=t.weight)}function Xn(e,t,n,r){r||(r=e.nodes());let o=Wn(e),i=new R({compound:!0}).setGraph({root:o}).setDefaultNodeLabel(s=>e.node(s));return r.forEach(s=>{let l=e.node(s),d=e.parent(s);if(l.rank===t||l.minRank<=t&&t<=l.maxRank){i.setNode(s),i.setParent(s,d||o);let a=e[n](s);a&&a.forEach(u=>{let h=u.v===s?u.w:u.v,c=i.edge(h,s),f=c!==void 0?c.weight:0;i.setEdge(h,s,{weight:e.edge(u).weight+f})}),Object.hasOwn(l,"minRank")&&i.setNode(s,{borderLeft:l.borderLeft[t],borderRight:l.borderRight[t]})}}),i}function Wn(e){let t;for(;e.hasNode(t=de("_root")););return t}function Jn(e,t,n){let r={},o;n.forEach(i=>{let s=e.parent(i),l,d;for(;s;){if(l=e.parent(s),l?(d=r[l],r[l]=s):(d=o,o=s),d&&d!==s){t.setEdge(d,s);return}s=l}})}function rt(e,t={},n=null){if(typeof t.customOrder=="function"){t.customOrder(e,rt);return}let r=He(e),o=Oe(e,z(1,r+1),"inEdges"),i=Oe(e,z(r,-1,-1),"outEdges"),s=$n(e,n);if(Ie(e,s),t.disableOptimalOrderHeuristic)return;let l=Number.POSITIVE_INFINITY,d,a=t.constraints||[];for(let u=0,h=0;h<4;++u,++h){Un(u%2?o:i,u%4>=2,a,n),s=W(e);let c=An(e,s);c<l?(h=0,d=Object.assign({},s),l=c):c===l&&(d=structuredClone(s))}Ie(e,d)}function Oe(e,t,n){let r=new Map,o=(i,s)=>{r.has(i)||r.set(i,[]),r.get(i).push(s)};for(let i of e.nodes()){let s=e.node(i);if(typeof s.rank=="number"&&o(s.rank,i),typeof s.minRank=="number"&&typeof s.maxRank=="number")for(let l=s.minRank;l<=s.maxRank;l++)l!==s.rank&&o(l,i)}return t.map(function(i){return Xn(e,i,n,r.get(i)||[])})}function Un(e,t,n,r){let o=!0,i=new R;e.forEach(function(s){n.forEach(u=>i.setEdge(u.left,u.right));let l=s.graph().root,{result:d,usedBias:a}=nt(s,l,i,r,o);t&&a&&(o=!o),d.vs.forEach((u,h)=>s.node(u).order=h),Jn(s,i,d.vs)})}function Ie(e,t){Object.values(t).forEach(n=>n.forEach((r,o)=>e.node(r).order=o))}function Qn(e,t){let n={};function r(o,i){let s=0,l=0,d=o.length,a=i[i.length-1];return i.forEach((u,h)=>{let c=er(e,u),f=c?e.node(c).order:d;(c||u===a)&&(i.slice(l,h+1).forEach(g=>{let b=e.predecessors(g);b&&b.forEach(x=>{let w=e.node(x),p=w.order;(p<s||f<p)&&!(w.dummy&&e.node(g).dummy)&&ot(n,x,g)})}),l=h+1,s=f)}),i}return t.length&&t.reduce(r),n}function Zn(e,t){let n={};function r(s){var l;return((l=e.node(s))==null?void 0:l.dummy)==="border"}if(!e.nodes().some(r))return n;function o(s,l,d,a,u){z(l,d).forEach(h=>{let c=s[h];if(c!==void 0&&e.node(c).dummy){let f=e.predecessors(c);f&&f.forEach(g=>{if(g===void 0)return;let b=e.node(g);b.dummy&&(b.order<a||b.order>u)&&ot(n,g,c)})}})}function i(s,l){let d=-1,a=-1,u=0;return l.forEach((h,c)=>{if(r(h)){let f=e.predecessors(h);if(f&&f.length){let g=f[0];if(g===void 0)return;a=e.node(g).order,o(l,u,c,d,a),u=c,d=a}}o(l,u,l.length,a,s.length)}),l}return t.length&&t.reduce(i),n}function er(e,t){if(e.node(t).dummy){let n=e.predecessors(t);if(n)return n.find(r=>e.node(r).dummy)}}function ot(e,t,n){if(t>n){let o=t;t=n,n=o}let r=e[t];r||(e[t]=r={}),r[n]=!0}function tr(e,t,n){if(t>n){let o=t;t=n,n=o}let r=e[t];return r!==void 0&&Object.hasOwn(r,n)}function nr(e,t,n,r,o){let i={},s={},l={};return t.forEach(d=>{d.forEach((a,u)=>{i[a]=a,s[a]=a,l[a]=u})}),t.forEach(d=>{let a=-1,u=-1,h=!1,c=d,f=d.findIndex(g=>o?.includes(g)||je(g,e,o));f>0&&(c=[d[f],...d.slice(0,f),...d.slice(f+1)],h=!0),c.forEach(g=>{var b;let x=r(g);if(x&&x.length){o!=null&&o.includes(g)&&(x=x.filter(y=>je(y,e,o)));let w=x.sort((y,E)=>{let v=l[y],I=l[E];return(v!==void 0?v:0)-(I!==void 0?I:0)}),p=(w.length-1)/2;for(let y=Math.floor(p),E=Math.ceil(p);y<=E;++y){let v=w[y];if(v===void 0)continue;let I=l[v];if(I!==void 0&&s[g]===g&&a<I&&l[v]!==u&&!tr(n,g,v)){let O=i[v];O!==void 0&&(s[v]=g,s[g]=i[g]=O,a=I,h&&(a=-1,u=(b=l[v])!=null?b:-1,h=!1))}}}})}),{root:i,align:s}}function rr(e,t,n,r,o=!1){let i={},s=or(e,t,n,o),l=o?"borderLeft":"borderRight";function d(f,g){let b=s.nodes().slice(),x={},w=b.pop();for(;w;){if(x[w])f(w);else{x[w]=!0,b.push(w);for(let p of g(w))b.push(p)}w=b.pop()}}function a(f){let g=s.inEdges(f);g?i[f]=g.reduce((b,x)=>{var w;let p=(w=i[x.v])!=null?w:0,y=s.edge(x);return Math.max(b,p+(y!==void 0?y:0))},0):i[f]=0}function u(f){let g=s.outEdges(f),b=Number.POSITIVE_INFINITY;g&&(b=g.reduce((w,p)=>{let y=i[p.w],E=s.edge(p);return Math.min(w,(y!==void 0?y:0)-(E!==void 0?E:0))},Number.POSITIVE_INFINITY));let x=e.node(f);b!==Number.POSITIVE_INFINITY&&x.borderType!==l&&(i[f]=Math.max(i[f]!==void 0?i[f]:0,b))}function h(f){return s.predecessors(f)||[]}function c(f){return s.successors(f)||[]}return d(a,h),d(u,c),Object.keys(r).forEach(f=>{var g;let b=n[f];b!==void 0&&(i[f]=(g=i[b])!=null?g:0)}),i}function or(e,t,n,r){let o=new R,i=e.graph(),s=dr(i.nodesep,i.edgesep,r);return t.forEach(l=>{let d;l.forEach(a=>{let u=n[a];if(u!==void 0){if(o.setNode(u),d!==void 0){let h=n[d];if(h!==void 0){let c=o.edge(h,u);o.setEdge(h,u,Math.max(s(e,a,d),c||0))}}d=a}})}),o}function ir(e,t){return Object.values(t).reduce((n,r)=>{let o=Number.NEGATIVE_INFINITY,i=Number.POSITIVE_INFINITY;Object.entries(r).forEach(([l,d])=>{let a=ur(e,l)/2;o=Math.max(d+a,o),i=Math.min(d-a,i)});let s=o-i;return s<n[0]&&(n=[s,r]),n},[Number.POSITIVE_INFINITY,null])[1]}function sr(e,t){let n=Object.values(t),r=P(Math.min,n),o=P(Math.max,n);["u","d"].forEach(i=>{["l","r"].forEach(s=>{let l=i+s,d=e[l];if(!d||d===t)return;let a=Object.values(d),u=r-P(Math.min,a);s!=="l"&&(u=o-P(Math.max,a)),u&&(e[l]=J(d,h=>h+u))})})}function lr(e,t=void 0){let n=e.ul;return n?J(n,(r,o)=>{var i,s;if(t){let d=t.toLowerCase(),a=e[d];if(a&&a[o]!==void 0)return a[o]}let l=Object.values(e).map(d=>{let a=d[o];return a!==void 0?a:0}).sort((d,a)=>d-a);return(((i=l[1])!=null?i:0)+((s=l[2])!=null?s:0))/2}):{}}function ar(e,t){let n=W(e),r=Object.assign(Qn(e,n),Zn(e,n)),o={},i;["u","d"].forEach(l=>{i=l==="u"?n:Object.values(n).reverse(),["l","r"].forEach(d=>{d==="r"&&(i=i.map(h=>Object.values(h).reverse()));let a=nr(e,i,r,h=>(l==="u"?e.predecessors(h):e.successors(h))||[],t),u=rr(e,i,a.root,a.align,d==="r");d==="r"&&(u=J(u,h=>-h)),o[l+d]=u})});let s=ir(e,o);return sr(o,s),lr(o,e.graph().align)}function dr(e,t,n){return(r,o,i)=>{let s=r.node(o),l=r.node(i),d=0,a;if(d+=s.width/2,Object.hasOwn(s,"labelpos"))switch(s.labelpos.toLowerCase()){case"l":a=-s.width/2;break;case"r":a=s.width/2;break}if(a&&(d+=n?a:-a),a=void 0,d+=(s.dummy?t:e)/2,d+=(l.dummy?t:e)/2,d+=l.width/2,Object.hasOwn(l,"labelpos"))switch(l.labelpos.toLowerCase()){case"l":a=l.width/2;break;case"r":a=-l.width/2;break}return a&&(d+=n?a:-a),d}}function ur(e,t){return e.node(t).width}function je(e,t,n){var r;if(!n)return!1;let o=(r=t.node(e))==null?void 0:r.edgeObj;if(!o||t.node(e).edgeLabel.reversed)return!1;let i=n.indexOf(o?.v),s=n.indexOf(o?.w);return i!==-1&&s!==-1&&i===(s+1)%n.length||i===(s-1)%n.length}function cr(e,t){e=qe(e),hr(e),Object.entries(ar(e,t)).forEach(([n,r])=>e.node(n).x=r)}function hr(e){let t=W(e),n=e.graph(),r=n.ranksep,o=n.rankalign,i=0;t.forEach(s=>{let l=s.reduce((d,a)=>{var u;let h=(u=e.node(a).height)!=null?u:0;return d>h?d:h},0);s.forEach(d=>{let a=e.node(d);o==="top"?a.y=i+a.height/2:o==="bottom"?a.y=i+l-a.height/2:a.y=i+l/2}),i+=l+r})}var Me=new WeakMap;function it(e,t={}){return st(e,zt,t),e}function Le(e,t,n){let r=t;for(;r!==void 0;){let o=e.parent(r);if(o===n)return r;r=o}}function st(e,t,n){var r;let o=e.nodes().filter(p=>e.children(p).length),i={};o.forEach(p=>{let y=e.node(p);if(y&&y.rankdir){let E=new R({multigraph:!0,compound:!0});E.setGraph({rankdir:y.rankdir});let v=e.children(p);v.forEach(k=>{let _={...e.node(k)};E.setNode(k,_);let S=e.parent(k);S&&S!==p&&v.includes(S)&&E.setParent(k,S)});let I=new Set;e.edges().forEach(k=>{let _=Le(e,k.v,p),S=Le(e,k.w,p);if(_===k.v&&S===k.w)E.setEdge(k,{...e.edge(k)});else if(_&&S&&_!==S){let D=`${_}\\0${S}`;I.has(D)||(I.add(D),E.setEdge(_,S,{...e.edge(k)}))}}),st(E,t,n);let O=Re(E);Se(O,t,n,null),Te(E,O);let N=1/0,j=1/0,T=-1/0,C=-1/0;E.nodes().forEach(k=>{if(k===p)return;let _=E.node(k);_&&typeof _.x=="number"&&typeof _.y=="number"&&typeof _.width=="number"&&typeof _.height=="number"&&(N=Math.min(N,_.x-_.width/2),T=Math.max(T,_.x+_.width/2),j=Math.min(j,_.y-_.height/2),C=Math.max(C,_.y+_.height/2))}),(!isFinite(N)||!isFinite(j)||!isFinite(T)||!isFinite(C))&&(N=j=0,T=C=0);let M=T-N,L=C-j;i[p]={minX:N,minY:j,maxX:T,maxY:C,width:M,height:L,offsetX:N,offsetY:j},y._dagreClusterSubgraph=E}});let s=[],l=p=>{let y=[],E=(e.children(p)||[]).filter(v=>v!==p);for(;E.length>0;){let v=E.shift();y.push(v),(e.children(v)||[]).filter(I=>I!==v).forEach(I=>E.push(I))}return y},d=new Map;o.forEach(p=>{let y=e.node(p);y&&y.rankdir&&i[p]&&d.set(p,(e.children(p)||[]).filter(E=>E!==p))});let a=new Set([...d.values()].flat()),u=new Map;d.forEach((p,y)=>{a.has(y)||u.set(y,l(y))});let h=new Set([...u.values()].flat()),c=p=>{for(let[y,E]of u)if(E.includes(p))return y;return p},f=[];e.edges().forEach(p=>{(h.has(p.v)||h.has(p.w))&&f.push({edge:p,label:e.edge(p)})});let g=new Map;h.forEach(p=>{let y=e.parent(p);g.set(p,typeof y=="string"?y:void 0)}),u.forEach((p,y)=>{let E=e.node(y),v=[];p.forEach(N=>{let j=e.node(N);j&&(v.push({id:N,node:j,parent:g.get(N)}),e.removeNode(N))});let I=f.filter(({edge:N})=>p.includes(N.v)||p.includes(N.w)),O=i[y];E&&(s.push({clusterId:y,subgraph:E._dagreClusterSubgraph,bounds:O,children:p,removedNodes:v,removedEdges:I}),E.width=O.width,E.height=O.height)});let b=new Set;f.forEach(({edge:p,label:y})=>{let E=c(p.v),v=c(p.w);if(E!==v&&e.hasNode(E)&&e.hasNode(v)){let I=`${E}\\0${v}`;b.has(I)||(b.add(I),e.setEdge(E,v,{...y,width:0,height:0}))}});let x=Re(e),w=Se(x,t,n,(r=Me.get(e))!=null?r:null);Me.set(e,w),Te(e,x),b.forEach(p=>{let y=p.indexOf("\\0"),E=p.slice(0,y),v=p.slice(y+1);e.hasEdge(E,v)&&e.removeEdge(E,v)}),s.forEach(({clusterId:p,subgraph:y,bounds:E,removedNodes:v,removedEdges:I})=>{var O,N;let j=e.node(p),T=(O=j?.x)!=null?O:0,C=(N=j?.y)!=null?N:0,M=(E.minX+E.maxX)/2,L=(E.minY+E.maxY)/2;v.forEach(({id:k,node:_,parent:S})=>{e.setNode(k,_),S!==void 0&&e.setParent(k,S)}),I.forEach(({edge:k,label:_})=>{e.setEdge(k,_)}),y.nodes().forEach(k=>{if(k===p)return;let _=y.node(k),S=e.node(k);S&&_&&typeof _.x=="number"&&typeof _.y=="number"&&(S.x=T+(_.x-M),S.y=C+(_.y-L))}),Ce(e,y,T-M,C-L),delete j._dagreClusterSubgraph}),o.forEach(p=>{var y,E;let v=e.node(p),I=i[p];if(v&&v.rankdir&&v._dagreClusterSubgraph&&I){let O=v._dagreClusterSubgraph,N=(y=v.x)!=null?y:0,j=(E=v.y)!=null?E:0,T=(I.minX+I.maxX)/2,C=(I.minY+I.maxY)/2;O.nodes().forEach(M=>{if(M===p)return;let L=O.node(M),k=e.node(M);if(k&&L&&typeof L.x=="number"&&typeof L.y=="number"){let _=L.x-T,S=L.y-C;k.x=N+_,k.y=j+S}}),Ce(e,O,N-T,j-C),delete v._dagreClusterSubgraph}})}function Ce(e,t,n,r){t.edges().forEach(o=>{if(!e.hasEdge(o))return;let i=t.edge(o),s=e.edge(o);s.points=i.points.map(l=>({x:l.x+n,y:l.y+r})),Object.hasOwn(i,"x")&&(s.x=i.x+n,s.y=i.y+r)})}function Se(e,t,n,r=null){var o,i;let s=n?.useDynamic!==!1,l=s&&(o=r?.graph)!=null?o:null,d=s&&(i=r?.rawNodes)!=null?i:null;t("    makeSpaceForEdgeLabels",()=>yr(e)),t("    removeSelfEdges",()=>Mr(e)),t("    acyclic",()=>nn(e,l)),t("    nestingGraph.run",()=>In(e)),t("    rank",()=>wn(qe(e))),t("    injectEdgeLabelProxies",()=>Er(e)),t("    removeEmptyRanks",()=>Yt(e)),t("    nestingGraph.cleanup",()=>Ln(e)),t("    normalizeRanks",()=>Vt(e)),t("    assignRankMinMax",()=>_r(e)),t("    removeEdgeLabelProxies",()=>kr(e)),t("    normalize.run",()=>ln(e)),t("    parentDummyChains",()=>kn(e)),t("    addBorderSegments",()=>Cn(e)),t("    order",()=>rt(e,n,d)),t("    insertSelfEdges",()=>Lr(e)),t("    adjustCoordinateSystem",()=>Tn(e)),t("    position",()=>cr(e,n.corePath)),t("    positionSelfEdges",()=>Cr(e));let a=JSON.parse(JSON.stringify(e._nodes));return t("    removeBorderNodes",()=>jr(e)),t("    normalize.undo",()=>dn(e)),t("    fixupEdgeLabelCoords",()=>Or(e)),t("    undoCoordinateSystem",()=>Fn(e)),t("    translateGraph",()=>xr(e)),t("    assignNodeIntersects",()=>Nr(e)),t("    reversePoints",()=>Ir(e)),t("    acyclic.undo",()=>on(e)),{graph:e,rawNodes:a}}function Te(e,t){e.nodes().forEach(n=>{let r=e.node(n),o=t.node(n);r&&(r.x=o.x,r.y=o.y,r.order=o.order,r.rank=o.rank,t.children(n).length&&(r.width=o.width,r.height=o.height))}),e.edges().forEach(n=>{let r=e.edge(n),o=t.edge(n);r.points=o.points,Object.hasOwn(o,"x")&&(r.x=o.x,r.y=o.y)}),e.graph().width=t.graph().width,e.graph().height=t.graph().height}var fr=["nodesep","edgesep","ranksep","marginx","marginy"],gr={ranksep:50,edgesep:20,nodesep:50,rankdir:"TB",rankalign:"center"},pr=["acyclicer","ranker","rankdir","align","rankalign"],mr=["width","height","rank"],Fe={width:0,height:0},vr=["minlen","weight","width","height","labeloffset"],br={minlen:1,weight:1,width:0,height:0,labeloffset:10,labelpos:"r"},wr=["labelpos"];function Re(e){let t=new R({multigraph:!0,compound:!0}),n=ie(e.graph());return t.setGraph(Object.assign({},gr,oe(n,fr),X(n,pr))),e.nodes().forEach(r=>{let o=ie(e.node(r)),i=oe(o,mr);Object.keys(Fe).forEach(l=>{i[l]===void 0&&(i[l]=Fe[l])}),t.setNode(r,i);let s=e.parent(r);s!==void 0&&t.setParent(r,s)}),e.edges().forEach(r=>{let o=ie(e.edge(r));t.setEdge(r,Object.assign({},br,oe(o,vr),X(o,wr)))}),t}function yr(e){let t=e.graph();t.ranksep/=2,e.edges().forEach(n=>{var r;let o=e.edge(n);o.minlen*=2,((r=o.labelpos)!=null?r:"r").toLowerCase()!=="c"&&(t.rankdir==="TB"||t.rankdir==="BT"?o.width+=o.labeloffset:o.height+=o.labeloffset)})}function Er(e){e.edges().forEach(t=>{let n=e.edge(t);if(n.width&&n.height){let r=e.node(t.v),o={rank:(e.node(t.w).rank-r.rank)/2+r.rank,e:t};Y(e,"edge-proxy",o,"_ep")}})}function _r(e){let t=0;e.nodes().forEach(n=>{let r=e.node(n);r.borderTop&&(r.minRank=e.node(r.borderTop).rank,r.maxRank=e.node(r.borderBottom).rank,t=Math.max(t,r.maxRank))}),e.graph().maxRank=t}function kr(e){e.nodes().forEach(t=>{let n=e.node(t);if(n.dummy==="edge-proxy"){let r=n;e.edge(r.e).labelRank=n.rank,e.removeNode(t)}})}function xr(e){let t=Number.POSITIVE_INFINITY,n=0,r=Number.POSITIVE_INFINITY,o=0,i=e.graph(),s=i.marginx||0,l=i.marginy||0;function d(a){let u=a.x,h=a.y,c=a.width,f=a.height;t=Math.min(t,u-c/2),n=Math.max(n,u+c/2),r=Math.min(r,h-f/2),o=Math.max(o,h+f/2)}e.nodes().forEach(a=>d(e.node(a))),e.edges().forEach(a=>{let u=e.edge(a);Object.hasOwn(u,"x")&&d(u)}),t-=s,r-=l,e.nodes().forEach(a=>{let u=e.node(a);u.x-=t,u.y-=r}),e.edges().forEach(a=>{let u=e.edge(a);u.points.forEach(h=>{h.x-=t,h.y-=r}),Object.hasOwn(u,"x")&&(u.x-=t),Object.hasOwn(u,"y")&&(u.y-=r)}),i.width=n-t+s,i.height=o-r+l}function Nr(e){e.edges().forEach(t=>{if(t.v===t.w)return;let n=e.edge(t),r=e.node(t.v),o=e.node(t.w),i,s;n.points?(i=n.points[0],s=n.points[n.points.length-1]):(n.points=[],i=o,s=r),n.points.unshift(be(r,i)),n.points.push(be(o,s))})}function Or(e){e.edges().forEach(t=>{let n=e.edge(t);if(Object.hasOwn(n,"x"))switch((n.labelpos==="l"||n.labelpos==="r")&&(n.width-=n.labeloffset),n.labelpos){case"l":n.x-=n.width/2+n.labeloffset;break;case"r":n.x+=n.width/2+n.labeloffset;break}})}function Ir(e){e.edges().forEach(t=>{let n=e.edge(t);n.reversed&&n.points.reverse()})}function jr(e){e.nodes().forEach(t=>{if(e.children(t).length){let n=e.node(t),r=e.node(n.borderTop),o=e.node(n.borderBottom),i=e.node(n.borderLeft[n.borderLeft.length-1]),s=e.node(n.borderRight[n.borderRight.length-1]);n.width=Math.abs(s.x-i.x),n.height=Math.abs(o.y-r.y),n.x=i.x+n.width/2,n.y=r.y+n.height/2}}),e.nodes().forEach(t=>{e.node(t).dummy==="border"&&e.removeNode(t)})}function Mr(e){e.edges().forEach(t=>{if(t.v===t.w){let n=e.node(t.v);n.selfEdges||(n.selfEdges=[]),n.selfEdges.push({e:t,label:e.edge(t)}),e.removeEdge(t)}})}function Lr(e){W(e).forEach(t=>{let n=0;t.forEach((r,o)=>{let i=e.node(r);typeof i.rank!="number"&&(i.rank=0),i.order=o+n,(i.selfEdges||[]).forEach(s=>{Y(e,"selfedge",{width:s.label.width,height:s.label.height,rank:i.rank,order:o+ ++n,e:s.e,edgeLabel:s.label},"_se"),(!Array.isArray(s.label.points)||s.label.points.length!==7)&&(s.label.points=[{x:0,y:-10},{x:0,y:-10},{x:0,y:0},{x:0,y:10},{x:0,y:10},{x:0,y:0},{x:0,y:0}])}),delete i.selfEdges})})}function Cr(e){e.nodes().forEach(t=>{let n=e.node(t),r=o=>typeof o=="number"&&isFinite(o);if(n.dummy==="selfedge"){let o=n,i=e.node(o.e.v),s=r(i?.x)?i.x:0,l=r(i?.y)?i.y:0,d=r(i?.width)?i.width:0,a=r(i?.height)?i.height:0,u=r(n.x)?n.x:s,h=r(n.y)?n.y:l,c=d/2,f=a/2;o.edgeLabel.points=[{x:u+c,y:h-f},{x:u+c,y:h-f},{x:u,y:h},{x:u-c,y:h+f},{x:u-c,y:h+f},{x:u,y:h},{x:u,y:h}],o.edgeLabel.x=u,o.edgeLabel.y=h,e.setEdge(o.e,o.edgeLabel),e.removeNode(t)}else n&&Array.isArray(n.selfEdges)&&n.selfEdges.forEach(o=>{if(!Array.isArray(o.label.points)||o.label.points.length!==7){let i=r(n.x)?n.x:0,s=r(n.y)?n.y:0,l=r(n.width)?n.width:0,d=r(n.height)?n.height:0,a=l/2,u=d/2;o.label.points=[{x:i+a,y:s-u},{x:i+a,y:s-u},{x:i,y:s},{x:i-a,y:s+u},{x:i-a,y:s+u},{x:i,y:s},{x:i,y:s}]}})})}function oe(e,t){return J(X(e,t),Number)}function ie(e){let t={};return e&&Object.entries(e).forEach(([n,r])=>{typeof n=="string"&&(n=n.toLowerCase()),t[n]=r}),t}var fe=/^\\s{0,3}(?:([-*+])|(\\d{1,9})[.)])\\s+(.*)$/;function lt(e){let t=e.replace(/\\r\\n?/g,`\n`).split(`\n`),n=[],r=0,o=s=>s===void 0||s.trim()==="",i=s=>/^\\s{0,3}(#{1,6}\\s|```|~~~|>|\\|)/.test(s)||fe.test(s);for(;r<t.length;){let s=t[r];if(o(s)){r++;continue}let l=/^\\s{0,3}(```|~~~)/.exec(s);if(l){let h=[];for(r++;r<t.length&&!t[r].trimStart().startsWith(l[1]);)h.push(t[r++]);r++,n.push({t:"pre",v:h.join(`\n`)});continue}let d=/^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$/.exec(s);if(d){n.push({t:"h",level:d[1].length,c:A(d[2])}),r++;continue}if(/^\\s{0,3}\\|/.test(s)){let h=[];for(;r<t.length&&/^\\s{0,3}\\|/.test(t[r]);)h.push(Sr(t[r++]));let c=h[1]?.every(b=>/^:?-+:?$/.test(b.trim())),f=c?h[0]:[],g=c?h.slice(2):h;n.push({t:"table",head:f.map(A),rows:g.map(b=>b.map(A))});continue}if(/^\\s{0,3}>/.test(s)){let h=[];for(;r<t.length&&/^\\s{0,3}>/.test(t[r]);)h.push(t[r++].replace(/^\\s{0,3}>\\s?/,""));n.push({t:"quote",c:A(h.join(" "))});continue}let a=fe.exec(s);if(a){let h=a[2]!==void 0,c=[],f=[];for(;r<t.length;){let g=t[r],b=fe.exec(g);if(b&&b[2]!==void 0===h)f.length&&c.push(A(f.join(" "))),f=[b[3]];else if(!o(g)&&/^\\s+\\S/.test(g))f.push(g.trim());else if(!(o(g)&&/^\\s+\\S/.test(t[r+1]??"")))break;r++}f.length&&c.push(A(f.join(" "))),n.push({t:h?"ol":"ul",items:c});continue}let u=[];for(;r<t.length&&!o(t[r])&&(u.length===0||!i(t[r]));)u.push(t[r++].trim());n.push({t:"p",c:A(u.join(" "))})}return n}function Sr(e){let t=[],n="",r=!1,o=e.trim().replace(/^\\|/,"").replace(/\\|$/,"");for(let i=0;i<o.length;i++){let s=o[i];s==="\\\\"&&o[i+1]==="|"?(n+="|",i++):s==="`"?(r=!r,n+=s):s==="|"&&!r?(t.push(n.trim()),n=""):n+=s}return t.push(n.trim()),t}function Tr(e){let t=e.trim();return/^https?:\\/\\/[^\\s]+$/i.test(t)?t:void 0}function A(e){let t=[],n="",r=()=>{n&&t.push({t:"text",v:n}),n=""},o=0;for(;o<e.length;){let i=e[o];if(i==="\\\\"&&o+1<e.length&&/[\\\\`*_[\\]()#|!<>-]/.test(e[o+1])){n+=e[o+1],o+=2;continue}if(i==="`"){let s=/^`+/.exec(e.slice(o))[0],l=e.indexOf(s,o+s.length);if(l>0){r(),t.push({t:"code",v:e.slice(o+s.length,l).replace(/^ (.*) $/,"$1")}),o=l+s.length;continue}}if(i==="*"||i==="_"){let s=e.startsWith(i+i,o),l=s?i+i:i,d=Fr(e,l,o+l.length),a=i==="_"&&/\\w/.test(e[o-1]??"");if(d>o+l.length&&!a){r(),t.push({t:s?"strong":"em",c:A(e.slice(o+l.length,d))}),o=d+l.length;continue}}if(i==="["){let s=Rr(e,o);if(s>0&&e[s+1]==="("){let l=Pr(e,s+1);if(l>0){r();let d=Tr(e.slice(s+2,l).split(/\\s+"/)[0]);t.push({t:"link",c:A(e.slice(o+1,s)),...d!==void 0?{href:d}:{}}),o=l+1;continue}}}n+=i,o++}return r(),t}function Fr(e,t,n){let r=n;for(;r<e.length;){if(e[r]==="`"){let o=e.indexOf("`",r+1);if(o<0)return-1;r=o+1;continue}if(e.startsWith(t,r)&&e[r-1]!==" "&&(t.length===2||e[r+1]!==t))return r;r++}return-1}function Rr(e,t){let n=0;for(let r=t;r<e.length;r++)if(e[r]==="`"){let o=e.indexOf("`",r+1);if(o<0)return-1;r=o}else if(e[r]==="[")n++;else if(e[r]==="]"&&--n===0)return r;return-1}function Pr(e,t){let n=0;for(let r=t;r<e.length;r++)if(e[r]==="(")n++;else if(e[r]===")"&&--n===0)return r;return-1}var ge=["critical","high","medium","low","info"],Z=e=>ge.indexOf(e),$r="http://www.w3.org/2000/svg",Q=30,at=34;function m(e,t={},...n){let r=document.createElement(e);for(let[o,i]of Object.entries(t))r.setAttribute(o,i);for(let o of n)o&&r.append(o);return r}function F(e,t={},...n){let r=document.createElementNS($r,e);for(let[o,i]of Object.entries(t))r.setAttribute(o,String(i));for(let o of n)o&&r.append(o);return r}function G(e,t){return e.length>t?`${e.slice(0,t-1)}\\u2026`:e}function pe(e){let t=e.split("`");return t.length%2===0?[document.createTextNode(e)]:t.map((n,r)=>r%2===1?m("code",{},n):document.createTextNode(n))}function ut(e){return m("span",{class:`badge sev-${e}`},e)}function $(e){return e.map(t=>{switch(t.t){case"text":return document.createTextNode(t.v);case"code":return m("code",{},t.v);case"strong":return m("strong",{},...$(t.c));case"em":return m("em",{},...$(t.c));case"link":return t.href!==void 0?m("a",{href:t.href,rel:"noopener noreferrer",target:"_blank"},...$(t.c)):m("span",{},...$(t.c))}})}function Ar(e){let t=m("div",{class:"rule-page"});for(let n of lt(e))t.append(Dr(n));return t}function Dr(e){switch(e.t){case"h":return m(`h${Math.min(6,e.level+3)}`,{},...$(e.c));case"p":return m("p",{},...$(e.c));case"pre":return m("pre",{},m("code",{},e.v));case"quote":return m("blockquote",{},...$(e.c));case"ul":case"ol":return m(e.t,{},...e.items.map(t=>m("li",{},...$(t))));case"table":return m("table",{class:"md-table"},e.head.length>0&&m("thead",{},m("tr",{},...e.head.map(t=>m("th",{},...$(t))))),m("tbody",{},...e.rows.map(t=>m("tr",{},...t.map(n=>m("td",{},...$(n)))))))}}function Br(e,t,n){let r=e.graph;if(!r||r.nodes.length===0)return;let o=new R({multigraph:!1});o.setGraph({rankdir:"LR",nodesep:16,ranksep:50,edgesep:10,marginx:12,marginy:12}),o.setDefaultEdgeLabel(()=>({}));for(let c of r.nodes){let f=Math.max(G(c.label,Q).length,G(c.detail??"",Q+6).length*.85);o.setNode(c.id,{width:Math.max(110,f*7.4+28),height:46})}for(let c of r.edges){let f=G(c.label,at);o.setEdge(c.from,c.to,{width:f.length*6.2+6,height:14,labelpos:"c"})}it(o);let i=o.graph(),s=Math.ceil(i.width??0),l=Math.ceil(i.height??0),d=F("svg",{viewBox:`0 0 ${s} ${l}`,width:s,height:l,role:"group","aria-label":"Who can reach what"});d.append(F("defs",{},...["plain","exposed","hl"].map(c=>F("marker",{id:`arrow-${c}`,viewBox:"0 0 10 10",refX:9,refY:5,markerWidth:7,markerHeight:7,orient:"auto-start-reverse"},F("path",{d:"M0,0 L10,5 L0,10 z",class:`arrowhead ${c}`})))));let a=new Map,u=new Map;for(let c of r.edges){let f=o.edge(c.from,c.to),b=(f.points??[]).map((p,y)=>`${y===0?"M":"L"}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(" "),x=["edge",c.exposed?"exposed":"",c.severity?`sev-${c.severity}`:""].filter(Boolean).join(" "),w=F("g",{class:x,"data-id":c.id,"data-from":c.from,"data-to":c.to,...c.severity?{"data-severity":c.severity}:{}},F("title",{},c.label),F("path",{d:b,class:"line","marker-end":`url(#arrow-${c.exposed?"exposed":"plain"})`}),F("path",{d:b,class:"hit"}),f.x!==void 0&&f.y!==void 0&&F("text",{x:f.x.toFixed(1),y:(f.y+4).toFixed(1),class:"edge-label","text-anchor":"middle"},G(c.label,at)));c.findings.length>0&&(w.setAttribute("tabindex","0"),w.addEventListener("click",()=>n(c.id,"edge"))),u.set(c.id,w),d.append(w)}for(let c of r.nodes){let f=o.node(c.id),g=f.x-f.width/2,b=f.y-f.height/2,x=["node",`kind-${c.kind}`,c.exposed?"exposed":"",c.severity?`sev-${c.severity}`:""].filter(Boolean).join(" "),w=F("g",{class:x,"data-id":c.id,"data-label":c.label,tabindex:"0",role:"button",...c.severity?{"data-severity":c.severity}:{}},F("title",{},`${c.label}${c.detail?` (${c.detail})`:""}${c.findings.length?`: ${c.findings.length} finding(s)`:""}`),F("rect",{x:g.toFixed(1),y:b.toFixed(1),width:f.width.toFixed(1),height:f.height,rx:c.kind==="internet"?23:6,class:"box"}),F("text",{x:(g+10).toFixed(1),y:(b+19).toFixed(1),class:"label"},G(c.label,Q)),F("text",{x:(g+10).toFixed(1),y:(b+36).toFixed(1),class:"detail"},G(c.detail??ct(c.kind),Q+6)),c.severity&&F("circle",{cx:(g+f.width-9).toFixed(1),cy:(b+9).toFixed(1),r:6,class:"sev-dot"}));w.addEventListener("click",()=>n(c.id,"node")),w.addEventListener("keydown",p=>{(p.key==="Enter"||p.key===" ")&&(p.preventDefault(),n(c.id,"node"))}),a.set(c.id,w),d.append(w)}t.append(d);let h=t.clientWidth/s;return h<1&&h>=.6&&(d.style.width="100%",d.style.height="auto"),{nodes:a,edges:u,root:d}}function ct(e){return e.replace(/-/g," ")}function Vr(e,t){let n=new Map;for(let i of e)n.set(i.to,[...n.get(i.to)??[],i.from]);let r=new Set,o=[t];for(;o.length>0;){let i=o.pop();r.has(i)||(r.add(i),o.push(...n.get(i)??[]))}return r}function Yr(e,t){let n=new Map,r=["internet"],o=new Set(r);for(;r.length>0;){let s=r.shift();if(s===t)break;for(let l of e)l.from===s&&!o.has(l.to)&&(o.add(l.to),n.set(l.to,s),r.push(l.to))}if(!o.has(t)||t==="internet")return;let i=[t];for(;i[0]!=="internet";)i.unshift(n.get(i[0]));return i}var Gr=[{key:"severity",title:"Severity"},{key:"rule",title:"Rule"},{key:"location",title:"Location"},{key:"resource",title:"Resource"},{key:"message",title:"Finding"}];function qr(e){let t=(n,r)=>n<r?-1:n>r?1:0;switch(e){case"severity":return(n,r)=>Z(n.severity)-Z(r.severity);case"rule":return(n,r)=>t(n.ruleId,r.ruleId);case"location":return(n,r)=>t(n.file,r.file)||n.line-r.line||n.column-r.column;case"resource":return(n,r)=>t(n.resource??"",r.resource??"");case"message":return(n,r)=>t(n.message,r.message)}}function zr(e,t,n){let r=t.get(e.ruleId),o=m("details",{class:"rule-docs"},m("summary",{},"Rule page"));return o.addEventListener("toggle",()=>{o.open&&o.childElementCount===1&&(o.append(r?.docs!==void 0?Ar(r.docs):m("p",{},r?.description??"")),r&&o.append(m("p",{class:"muted"},"Online: ",m("a",{href:r.url,rel:"noopener noreferrer",target:"_blank"},r.url))))}),m("tr",{"data-severity":e.severity,"data-rule":e.ruleId},m("td",{},ut(e.severity)),m("td",{},m("code",{class:"rule"},e.ruleId)),m("td",{class:"location"},`${e.file}:${e.line}:${e.column}`),m("td",{},e.resource??""),m("td",{},m("div",{class:"message"},...pe(e.message)),e.fix!==void 0&&m("div",{class:"fix"},m("strong",{},"Fix: "),...pe(e.fix)),n&&m("div",{class:"fix"},m("strong",{},e.status==="baseline"?"In the baseline":"Suppressed: "),e.justification??""),o))}function dt(e,t,n,r){let o={sort:void 0,descending:!1},i=m("tbody"),s=Gr.map(({key:u,title:h})=>{let c=m("button",{type:"button",class:"sort"},h),f=m("th",{scope:"col","data-key":u,"aria-sort":"none"},c);return c.addEventListener("click",()=>{o.descending=o.sort===u?!o.descending:!1,o.sort=u;for(let g of s)g.setAttribute("aria-sort",g===f?o.descending?"descending":"ascending":"none");a(d)}),f}),l=m("table",{class:"findings"},m("caption",{},r),m("thead",{},m("tr",{},...s)),i),d=()=>!0,a=u=>{d=u;let h=e.filter(u);if(o.sort){let c=qr(o.sort);h=[...h].sort((f,g)=>o.descending?-c(f,g):c(f,g))}i.replaceChildren(...h.map(c=>zr(c,t,n))),h.length===0&&i.append(m("tr",{},m("td",{colspan:"5",class:"muted"},"No finding matches.")))};return a(d),{table:l,render:a}}function Hr(){let e=document.getElementById("report-data"),t=document.getElementById("app");if(!e||!t)return;let n=JSON.parse(e.textContent??"{}"),r=new Map(n.rules.map(v=>[v.id,v]));t.replaceChildren(),t.append(m("header",{},m("h1",{},"Identity architecture report"),m("p",{class:"summary"},n.summary),m("p",{class:"muted"},`${n.tool} \\xB7 ${n.files.length} file(s): ${n.files.join(", ")}`))),n.notifications.length>0&&t.append(m("ul",{class:"notes"},...n.notifications.map(v=>m("li",{},v))));let o=m("section",{class:"graph-section","aria-label":"Graph"}),i=m("p",{class:"legend muted"},"Arrows show how access flows; red arrows start at ",m("strong",{},"Anyone on the internet"),". A dot marks the worst open finding of a box. Select a box to list its findings and highlight what makes it reachable."),s=m("div",{class:"graph",id:"graph"}),l=m("aside",{class:"details",id:"details","aria-live":"polite"},m("p",{class:"muted"},"Nothing selected."));o.append(m("h2",{},"Who can reach what"),i,m("div",{class:"graph-row"},s,l)),t.append(o);let d=n.graph,a=new Map((d?.nodes??[]).map(v=>[v.id,v])),u;u=Br(n,s,(v,I)=>{if(!d||!u)return;let O=I==="edge"?d.edges.find(k=>k.id===v):void 0,N=O?O.from:v,j=Vr(d.edges,N);O||j.add(v),u.root.classList.add("has-selection");for(let[k,_]of u.nodes)_.classList.toggle("on-path",j.has(k)||O!==void 0&&k===O.to),_.classList.toggle("selected",k===v);for(let[k,_]of u.edges){let S=d.edges.find(D=>D.id===k);_.classList.toggle("on-path",j.has(S.from)&&j.has(S.to)||k===v),_.classList.toggle("selected",k===v)}let T=(O??a.get(v))?.findings??[],C=O?`${a.get(O.from)?.label??""} \\u2192 ${a.get(O.to)?.label??""}`:a.get(v)?.label??"",L=Yr(d.edges,N)?.map(k=>a.get(k)?.label??k);O&&L&&L.push(a.get(O.to)?.label??O.to),l.replaceChildren(m("h3",{},C),m("p",{class:"muted"},O?O.label:a.get(v)?.detail??ct(a.get(v)?.kind??"target")),L?m("p",{class:"way-in"},m("strong",{},"Reachable: "),L.join(" \\u2192 ")):m("p",{class:"muted"},"Not reachable from the internet in the linted files."),T.length===0?m("p",{class:"muted"},"No finding here."):m("ul",{class:"node-findings"},...T.map(k=>{let _=n.findings[k];return m("li",{"data-status":_.status},ut(_.severity)," ",m("code",{class:"rule"},_.ruleId),_.status!=="open"?` (${_.status}) `:" ",...pe(_.message))})))}),u||s.append(m("p",{class:"muted"},d?"No identity architecture was found in the linted files.":"This report was made without the graph."));let c=n.findings.filter(v=>v.status==="open"),f=n.findings.filter(v=>v.status!=="open"),g=m("select",{id:"filter-severity","aria-label":"Severity at least"},m("option",{value:""},"any severity"),...ge.map(v=>m("option",{value:v},`${v} and worse`))),b=m("input",{type:"search",id:"filter-rule",placeholder:"rule","aria-label":"Rule contains"}),x=m("input",{type:"search",id:"filter-file",placeholder:"file","aria-label":"File contains"}),w=m("input",{type:"search",id:"filter-resource",placeholder:"resource","aria-label":"Resource contains"}),p=dt(c,r,!1,`${c.length} open finding(s)`),y=dt(f,r,!0,`${f.length} suppressed or baseline-accepted finding(s)`),E=()=>{let v=g.value===""?ge.length:Z(g.value),I=(N,j)=>j.value===""||(N??"").toLowerCase().includes(j.value.toLowerCase()),O=N=>Z(N.severity)<=v&&I(N.ruleId,b)&&I(N.file,x)&&I(N.resource,w);p.render(O),y.render(O)};for(let v of[g,b,x,w])v.addEventListener("input",E);t.append(m("section",{class:"table-section"},m("h2",{},"Findings"),m("div",{class:"filters"},g,b,x,w),p.table),f.length>0?m("section",{class:"table-section accepted"},m("h2",{},"Accepted findings"),y.table):"")}Hr();})();\n';

// src/reporters/html/graph.ts
var INTERNET_ID = "internet";
function reportGraphOf(inputs, findings) {
  return buildReportGraph(new IdentityModel(inputs), findings);
}
var MAX_ACTIONS_NAMED = 3;
function buildReportGraph(model, findings) {
  const nodes = /* @__PURE__ */ new Map();
  const edges = /* @__PURE__ */ new Map();
  const nodesByResource = /* @__PURE__ */ new Map();
  const edgesByResource = /* @__PURE__ */ new Map();
  const addNode = (kind, id, label, detail) => {
    if (!nodes.has(id)) nodes.set(id, { id, kind, label, ...detail !== void 0 ? { detail } : {}, findings: /* @__PURE__ */ new Set() });
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
        const target = targetOf(model, value, addNode, entityNode, (resource2, node) => hang(nodesByResource, resource2, node));
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
      if (nodes.has(`group:${resourceKey(slot.via.resource)}`)) addEdge(`group:${resourceKey(slot.via.resource)}`, role, "group role", slot.via);
      continue;
    }
    if (!slot.pool) continue;
    addEdge(entityNode("identity-pool", slot.pool), role, slot.slot === "unauthenticated" ? "guest" : slot.slot === "rules" ? "rule-mapped" : "authenticated", slot.via);
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
    if (verb !== "OPTIONS" && mayBeUnauthenticated(method.authorizationType.value)) addEdge(internet(), apiNode(method.api), `${verb ?? "?"} ${method.path}`);
  }
  for (const route of httpRoutes) {
    if (!route.api) continue;
    hang(nodesByResource, route.resource, apiNode(route.api));
    const key = knownString(route.routeKey.value) ?? "?";
    if (!key.startsWith("OPTIONS ") && mayBeUnauthenticated(route.authorizationType.value)) addEdge(internet(), apiNode(route.api), key);
  }
  for (const resource2 of model.apiEntities.restResources) if (resource2.api) hang(nodesByResource, resource2.resource, apiNode(resource2.api));
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
    if (bucket) return { id: entityNode("bucket", bucket), ...s3.kind === "object" ? { key: `/${s3.key.replace(/\u0000/g, "*")}` } : {} };
  }
  const referenced = firstResource(value);
  if (referenced) {
    const api = [...model.apiEntities.restApis, ...model.apiEntities.httpApis].find((a) => a.templateResource === referenced);
    if (api) return { id: entityNode("api", api) };
    if (value.kind === "resource") {
      const resource2 = findingResourceOf(referenced);
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
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
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
    rules: report.rules.filter((r) => used.has(r.id)).map((r) => ({ id: r.id, description: r.description, ...r.docs !== void 0 ? { docs: r.docs } : {}, url: ruleDocsUrl(r.id) })),
    notifications: report.notifications.map((n) => `${n.level}: ${n.file ? `${n.file}${n.range ? `:${n.range.start.line}` : ""}: ` : ""}${n.message}`)
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
var STYLE = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1d2125;--muted:#5c6670;--line:#c8ced4;--box:#f5f7f9;--accent:#0b5cad;--exposed:#c92a2a;--hl:#7048e8;
--critical:#a51d2d;--high:#d9480f;--medium:#b7791f;--low:#1971c2;--info:#6c757d}
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
.graph{flex:1 1 auto;overflow:auto;max-height:78vh;border:1px solid var(--line);border-radius:6px;background:var(--bg)}
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
@media print{body{font-size:11px;background:#fff;color:#000}.filters,.rule-docs summary,th button.sort::after{display:none}
.graph,.details{max-height:none;overflow:visible;border:none}.graph svg{max-width:100%;height:auto}
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
    type: r.type,
    cdkPath: r.cdkPath,
    stack: r.stack,
    cdkSource: r.cdkSource ? { file: r.cdkSource.file, line: r.cdkSource.line, column: r.cdkSource.column } : void 0
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
  return text.replace(/[\\`*_{}[\]()<>#+!|~&]/g, (ch) => ch === "<" ? "&lt;" : ch === ">" ? "&gt;" : ch === "&" ? "&amp;" : `\\${ch}`);
}
function markdownCell(message) {
  const oneLine = printable(message.replace(/\s+/g, " "));
  const parts = oneLine.split("`");
  const balanced = parts.length % 2 === 1;
  return parts.map((part, i) => balanced && i % 2 === 1 ? `\`${part.replace(/\|/g, "\\|")}\`` : escapeText(balanced ? part : i === 0 ? part : `\`${part}`)).join("");
}
function location(finding2, base) {
  const place = `${finding2.file}:${finding2.range.start.line}`;
  if (base === void 0 || /^[a-z]+:/i.test(finding2.file) || finding2.file.startsWith("../")) return escapeText(printable(place));
  const path = finding2.file.split("/").map(encodeURIComponent).join("/");
  return `[${escapeText(printable(place))}](${base}/${path}#L${finding2.range.start.line})`;
}
function formatMarkdown(report, options = {}) {
  const open = report.findings.filter((f) => findingStatus(f) === "open");
  const counts = countBySeverity(open);
  const suppressed = report.findings.filter((f) => findingStatus(f) === "suppressed").length;
  const baseline = report.findings.filter((f) => findingStatus(f) === "baseline").length;
  const out = [];
  const headline = open.length === 0 ? "\u2714 No problems" : `\u2716 ${plural(open.length, "problem")} (${SEVERITIES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`).join(", ")})`;
  out.push(`### cognito-iam-lint: ${headline}`, "");
  const failOn = report.summary.failOn;
  if (failOn !== void 0) {
    const failing = failingFindings(report.findings, failOn).length;
    out.push(failOn === "none" ? "The run does not fail on findings (`--fail-on none`)." : failing > 0 ? `The run fails: ${plural(failing, "finding")} at or above \`${failOn}\`.` : `The run passes: nothing at or above \`${failOn}\`.`, "");
  }
  out.push("| Severity | Open |", "| --- | ---: |");
  for (const severity of SEVERITIES) out.push(`| ${severity} | ${counts[severity]} |`);
  out.push("");
  const accepted = [suppressed > 0 ? `${suppressed} suppressed` : "", baseline > 0 ? `${baseline} in the baseline` : ""].filter(Boolean);
  if (accepted.length > 0) out.push(`Not counted: ${accepted.join(", ")}.`, "");
  if (open.length > 0) {
    const max = options.maxFindings ?? DEFAULT_MAX_FINDINGS;
    const ranked = bySeverity(open).slice(0, max);
    out.push("| Severity | Rule | Where | Finding |", "| --- | --- | --- | --- |");
    for (const f of ranked) {
      const resource2 = f.resource ? ` (${markdownCell(`\`${f.resource.logicalId}\``)})` : "";
      out.push(`| ${f.severity} | \`${f.ruleId}\` | ${location(f, options.sourceLinkBase)}${resource2} | ${markdownCell(findingMessage(f))} |`);
    }
    out.push("");
    if (open.length > ranked.length) out.push(`\u2026and ${plural(open.length - ranked.length, "more finding")}: the annotations and the SARIF report list them all.`, "");
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
  { id: "internal", name: "InternalError", text: "A rule failed while running; its findings for the affected input are missing." },
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
function generatedHelpMarkdown(rule2) {
  const parts = [sentence(rule2.description), `**How to fix:** ${sentence(rule2.fix)}`];
  if (rule2.references.length > 0) {
    parts.push(["**References**", "", ...rule2.references.map((url) => `- <${url}>`)].join("\n"));
  }
  return parts.join("\n\n");
}
function generatedHelpText(rule2) {
  const parts = [sentence(rule2.description), `How to fix: ${sentence(rule2.fix)}`];
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
    const qualified = resource2.cdkPath ?? (resource2.stack ? `${resource2.stack}/${resource2.logicalId}` : resource2.logicalId);
    location2.logicalLocations = [{ name: resource2.logicalId, fullyQualifiedName: qualified, kind: "resource" }];
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
        physicalLocation: { artifactLocation: sourceLocation(source.file), region: { startLine: source.line, startColumn: source.column } },
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
  for (const finding2 of findings) if (!rulesById.has(finding2.ruleId)) rulesById.set(finding2.ruleId, fallbackRule(finding2));
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
    invocation.toolExecutionNotifications = report.notifications.map((n) => toolNotification(n, ruleIndexes, artifacts));
  }
  const run2 = {
    tool: {
      driver: {
        name: "cognito-iam-lint",
        version: report.tool.version,
        semanticVersion: report.tool.version,
        informationUri: INFORMATION_URI,
        rules: rules2.map(descriptor),
        notifications: NOTIFICATION_DESCRIPTORS.map((d) => ({ id: d.id, name: d.name, shortDescription: { text: d.text } }))
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
      out.push(c.dim(`    resource: ${printable(finding2.resource.logicalId)}${where}`));
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
    out.push(c.bold(c.red(`\u2716 No problems in ${plural(report.summary.filesLinted, "file")}, but the run is incomplete: ${plural(errors, "error")} (see Notifications).`)));
  } else if (open.length === 0) {
    out.push(c.bold(c.green(`\u2714 No problems in ${plural(report.summary.filesLinted, "file")}.`)));
  } else {
    const counts = countBySeverity(open);
    const breakdown = SEVERITIES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`).join(", ");
    const files = new Set(open.map((f) => f.file)).size;
    const verdict = failOnVerdict(report);
    const line = `\u2716 ${plural(open.length, "problem")} (${breakdown}) in ${files} of ${plural(report.summary.filesLinted, "file")} linted${verdict ? ` \xB7 ${verdict}` : ""}`;
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
  shard: { type: "string" },
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
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}; got '${v.format}'.`);
  const failOn = v["fail-on"];
  if (failOn !== void 0 && failOn !== "none" && !SEVERITIES.includes(failOn)) {
    throw new UsageError(`--fail-on must be one of ${SEVERITIES.join(", ")}, none; got '${failOn}'.`);
  }
  const maxTotal = v["max-total-mb"];
  if (maxTotal !== void 0 && !/^[0-9]+(\.[0-9]+)?$/.test(maxTotal)) {
    throw new UsageError(`--max-total-mb expects a number of megabytes; got '${maxTotal}'.`);
  }
  if (v["stdin-filename"] !== void 0 && !parsed.positionals.includes("-")) {
    throw new UsageError("--stdin-filename names standard input, but '-' is not among the paths (add '-' to read standard input; see --help).");
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
  for (const [flag, value] of [["--output", v.output], ["--baseline", v.baseline], ["--write-baseline", v["write-baseline"]], ["--explain", v.explain]]) {
    if (value === "") throw new UsageError(`${flag} needs a value.`);
  }
  for (const flag of ["include", "exclude"]) {
    for (const glob of v[flag] ?? []) {
      const compiled = compileGlob(glob.replace(/^\.\//, ""));
      if (isGlobRefusal(compiled)) throw new UsageError(`--${flag}: the glob ${compiled.refused}.`);
    }
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
    color: v["no-color"] ? false : v.color,
    verbose: v.verbose ?? false,
    listRules: v["list-rules"] ?? false,
    version: v.version ?? false,
    help: v.help ?? false
  };
}
var MAX_SHARDS = 1e4;
function parseShard(value) {
  const match = /^([0-9]{1,6})\/([0-9]{1,6})$/.exec(value);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!(index >= 1 && index <= count && count <= MAX_SHARDS)) {
    throw new UsageError(`--shard expects i/n with 1 <= i <= n <= ${MAX_SHARDS} (2/3: the second of three shares); got '${value}'.`);
  }
  return { index, count };
}
function describeParseError(error) {
  const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
  const code2 = typeof error === "object" && error !== null ? error.code : void 0;
  const unknown = /^Unknown option '([^']*)'/.exec(message)?.[1];
  if (code2 !== "ERR_PARSE_ARGS_UNKNOWN_OPTION" || unknown === void 0) return message;
  const known = Object.entries(OPTIONS).flatMap(([name, option]) => ["--" + name, ..."short" in option ? ["-" + option.short] : []]);
  return `unknown option '${unknown}' (${didYouMean(unknown, known)}see --help).`;
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
    parsed = parseArgs2({ args: argv, allowPositionals: true, strict: true, options: { output: { type: "string", short: "o" }, help: { type: "boolean", short: "h" } } });
  } catch (error) {
    throw new UsageError(`merge: ${error instanceof Error ? error.message.split("\n")[0] : String(error)} (see merge --help).`);
  }
  if (parsed.values.help) {
    io.stdout(MERGE_HELP + "\n");
    return EXIT_OK;
  }
  const files = parsed.positionals;
  const output = parsed.values.output;
  if (files.length === 0) throw new UsageError("merge: name the reports to merge (cognito-iam-lint merge shard-1.sarif shard-2.sarif -o all.sarif).");
  if (output === "") throw new UsageError("merge: --output needs a value.");
  if (output !== void 0) {
    const target = realPath(io, output);
    const input = files.find((file) => realPath(io, file) === target);
    if (input !== void 0) throw new UsageError(`merge: --output ${displayPath(io.cwd, output)} is one of the reports to merge: refusing to overwrite it.`);
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
      if (code2 === "EFBIG") throw new UsageError(`${name}: larger than ${MAX_REPORT_BYTES / 1024 / 1024} MB; not read.`);
      throw new UsageError(`${name}: cannot read it (${error instanceof Error ? error.message.split("\n")[0] : String(error)}).`);
    }
    total += text.length;
    if (total > MAX_TOTAL_BYTES) throw new UsageError(`${name}: the reports together are larger than ${MAX_TOTAL_BYTES / 1024 / 1024} MB; not merged.`);
    return { id, ...identify(name, text) };
  });
  const first = inputs[0];
  for (const input of inputs.slice(1)) {
    if (input.kind !== first.kind) {
      throw new UsageError(`${input.name} is ${KIND_NAMES[input.kind]} but ${first.name} is ${KIND_NAMES[first.kind]}: merge reports of one kind.`);
    }
    if (input.version !== first.version) {
      throw new UsageError(`${input.name} was written by cognito-iam-lint ${input.version} but ${first.name} by ${first.version}: merge the reports of one version.`);
    }
  }
  return inputs;
}
var MergeError = class extends UsageError {
};
function identify(name, text) {
  const body = text.replace(/^\uFEFF/, "");
  if (nestingDepth(body) > MAX_DEPTH) throw new UsageError(`${name}: nested more than ${MAX_DEPTH} deep: not a cognito-iam-lint report.`);
  let data;
  try {
    data = JSON.parse(body);
  } catch (error) {
    throw new UsageError(`${name}: not valid JSON (${error instanceof Error ? error.message.split("\n")[0] : String(error)}).`);
  }
  const notOurs = `${name}: not a cognito-iam-lint SARIF log, JSON report or baseline.`;
  if (!isObject(data)) throw new UsageError(notOurs);
  if (data.version === "2.1.0" && Array.isArray(data.runs)) {
    const run2 = data.runs.length === 1 ? data.runs[0] : void 0;
    const driver = isObject(run2) && isObject(run2.tool) && isObject(run2.tool.driver) ? run2.tool.driver : void 0;
    if (driver?.name !== "cognito-iam-lint") throw new UsageError(`${name}: a SARIF log, but not one run of cognito-iam-lint.`);
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
      throw new MergeError(`${other.name} and ${input.name} both lint ${file}: they are not shards of one run (or a report was given twice).`);
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
      const id = JSON.stringify([note.key.file, note.key.line, note.key.column, note.key.kind, note.key.ruleId, note.key.message, note.key.level]);
      if (owners.owns(note.key.file, input) || note.key.kind === "internal") {
        if (!kept.has(id)) kept.set(id, note);
        continue;
      }
      const entry = everywhere.get(id) ?? { note, shards: /* @__PURE__ */ new Set() };
      entry.shards.add(input.id);
      everywhere.set(id, entry);
    }
  }
  for (const [id, { note, shards }] of everywhere) if (shards.size === perInput.length && !kept.has(id)) kept.set(id, note);
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
    const shardFindings = array(data.findings, name, "findings").map((f, i) => ({ file: str(obj(f, name, `findings[${i}]`).file, name, `findings[${i}].file`), value: f }));
    for (const f of new Set(shardFindings.map((f2) => f2.file))) owners.claim(f, input);
    findings.push(...shardFindings);
    notes.push({ input, notes: array(data.notifications, name, "notifications").map((n, i) => ({ key: jsonNoteKey(n, name, i), value: n })) });
    if (JSON.stringify(data.rules) !== rules2) throw new MergeError(`${name} ran other rules than ${first.name} (another config?): not shards of one run.`);
    const s = obj(data.summary, name, "summary");
    if (s.failOn !== failOn) throw new MergeError(`${name} was judged with --fail-on ${String(s.failOn ?? "(none: a baseline run)")} but ${first.name} with ${String(failOn ?? "(none: a baseline run)")}: not shards of one run.`);
    summary.filesLinted += num(s.filesLinted, name, "summary.filesLinted");
    const counts = obj(s.findings, name, "summary.findings");
    for (const severity of SEVERITY_KEYS) summary.findings[severity] += num(counts[severity], name, `summary.findings.${severity}`);
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
    if (JSON.stringify({ ...driver2, rules: void 0 }) !== sameDriver) throw new MergeError(`${name}: its tool.driver differs from ${first.name}'s: not shards of one run.`);
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
    const invocation2 = obj(array(run3.invocations ?? [{}], name, "runs[0].invocations")[0] ?? {}, name, "runs[0].invocations[0]");
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
    if (typeof copy.ruleIndex === "number" && copy.ruleIndex >= 0) copy.ruleIndex = ruleIndex.get(copy.ruleId) ?? -1;
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
    executionSuccessful: !mergedNotes.some((n) => n.descriptor?.id === "internal" && n.level === "error"),
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
  return obj(obj(location2.physicalLocation, name, `${at}.physicalLocation`).artifactLocation, name, `${at}.physicalLocation.artifactLocation`);
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
function runCli(io) {
  try {
    return run(io);
  } catch (error) {
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
    io.stderr(`cognito-iam-lint: internal error, please report it: ${printableLines(error instanceof Error ? error.stack ?? error.message : String(error))}
`);
    return EXIT_USAGE;
  }
}
function run(io) {
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
  checkOutputTargets(io, args);
  const configPath = configFileOf(io, args);
  const loaded = configPath !== void 0 ? loadConfig(io, configPath, args.config === void 0) : void 0;
  const config = args.reportUnusedSuppressions ? { ...loaded, reportUnusedSuppressions: true } : loaded;
  const baseline = args.baseline !== void 0 ? readBaseline(io, args.baseline) : void 0;
  const baselineDir = baselineFolder(io, args);
  const ignores = args.noIgnore ? [] : readIgnoreFile(io, configPath);
  const paths = args.paths.length > 0 ? args.paths : ["."];
  const stdinNeeded = paths.includes("-");
  if (stdinNeeded && !args.stdinFilename) throw new UsageError("reading '-' (stdin) needs --stdin-filename <name>.");
  const stdinRead = stdinNeeded ? readStdin(io) : void 0;
  const stdin = stdinRead === void 0 ? void 0 : typeof stdinRead === "string" ? { text: stdinRead } : { bytes: stdinRead };
  const { report: lintedAsIs, inputs, linted: share } = lint(paths, {
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
    ...args.shard ? { shard: args.shard } : {}
  });
  const explicit = new Set([...paths, ...args.parameterFiles].map((p) => displayPath(io.cwd, p)));
  for (const skip of inputs.skipped) {
    if (explicit.has(skip.file) || skip.refused || skip.lost) io.stderr(`cognito-iam-lint: ${printable(skip.file)}: ${printable(skip.reason)}
`);
  }
  const undeclared = undeclaredParameters(inputs, args.parameters);
  for (const note of undeclared) io.stderr(`cognito-iam-lint: warning: ${printable(note.message)}
`);
  const linted = undeclared.length > 0 ? { ...lintedAsIs, notifications: sortNotifications([...lintedAsIs.notifications, ...undeclared]) } : lintedAsIs;
  const missing = inputs.skipped.some((s) => s.missing);
  if (inputs.documents.length === 0 && missing) return EXIT_USAGE;
  if (inputs.documents.length === 0 && inputs.skipped.length > 0 && inputs.skipped.every((s) => s.ignored)) return EXIT_OK;
  if (inputs.documents.length === 0 && !args.allowNoInput) {
    io.stderr("cognito-iam-lint: nothing to lint: no CloudFormation template, cdk.out assembly or IAM policy JSON found.\n");
    return EXIT_USAGE;
  }
  checkOutputsAreNotInputs(io, args, inputs, configPath);
  const readable = inputs.documents.filter((d) => d.syntaxErrors.length === 0 || d.data !== void 0);
  const textOnConsole = args.format === "text" && args.output === void 0;
  if (!textOnConsole) {
    for (const doc of share.documents) {
      const error = doc.syntaxErrors[0];
      if (error) io.stderr(`cognito-iam-lint: ${printable(doc.file)}:${error.range.start.line}:${error.range.start.column}: ${printable(error.message)}
`);
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
  const consoleText = formatReport(report, args.format, { ...options, color: args.output === void 0 ? color : false });
  if (args.output !== void 0) writeOutput(io, args.output, consoleText, "the report");
  else io.stdout(consoleText);
  for (const target of args.reports) writeOutput(io, target.file, formatReport(report, target.format, { ...options, color: false }), "the report");
  if (args.writeBaseline !== void 0) {
    const written = createBaseline(linted, toBaseline);
    writeOutput(io, args.writeBaseline, formatBaseline(written), "the baseline");
    io.stderr(`cognito-iam-lint: wrote ${plural(written.entries.length, "finding")} to the baseline ${printable(displayPath(io.cwd, args.writeBaseline))}.
`);
  }
  if (missing) return EXIT_USAGE;
  if (inputs.documents.length > 0 && readable.length === 0) return EXIT_USAGE;
  if (inputs.skipped.some((s) => s.lost)) return EXIT_FINDINGS;
  if (args.writeBaseline !== void 0) return EXIT_OK;
  return failingFindings(report.findings, threshold).length > 0 ? EXIT_FINDINGS : EXIT_OK;
}
function githubSourceLinkBase(env) {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env;
  if (!server || !repository || !sha) return void 0;
  if (!/^https:\/\/[A-Za-z0-9.-]+(:\d+)?$/.test(server) || !/^[\w.-]+\/[\w.-]+$/.test(repository) || !/^[0-9a-f]{40,64}$/.test(sha)) return void 0;
  return `${server}/${repository}/blob/${sha}`;
}
function checkOutputTargets(io, args) {
  const targets = [];
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
function checkOutputsAreNotInputs(io, args, inputs, configPath) {
  const read = /* @__PURE__ */ new Map();
  const add = (path) => {
    if (path === "-" || path === "<stdin>") return;
    const real = realPath(io, path);
    if (!read.has(real)) read.set(real, path);
  };
  for (const doc of inputs.documents) add(doc.file);
  for (const template of inputs.templates) if (template.assembly) add(template.assembly.manifestFile);
  for (const path of [...args.paths, ...args.parameterFiles]) add(path);
  if (configPath !== void 0) add(configPath);
  const targets = [];
  if (args.output !== void 0) targets.push(["--output", args.output]);
  for (const report of args.reports) targets.push([`--report ${report.format}=\u2026`, report.file]);
  if (args.writeBaseline !== void 0) targets.push(["--write-baseline", args.writeBaseline]);
  for (const [flag, file] of targets) {
    const input = read.get(realPath(io, file));
    if (input === void 0) continue;
    const shown = displayPath(io.cwd, file);
    const same = displayPath(io.cwd, input);
    throw new UsageError(`${flag} ${shown} is an input of this run${same === shown ? "" : ` (${same})`}: refusing to overwrite it.`);
  }
}
function readBaseline(io, file) {
  const path = resolve2(io.cwd, file);
  const shown = displayPath(io.cwd, path);
  if (!io.fs.stat(path)?.isFile) throw new UsageError(`${shown}: baseline file not found (create it with --write-baseline ${shown}).`);
  try {
    return parseBaseline(io.fs.readFile(path));
  } catch (error) {
    if (error instanceof BaselineError) throw new UsageError(`${shown}: ${error.message}`);
    throw new UsageError(`${shown}: cannot read the baseline (${error instanceof Error ? error.message.split("\n")[0] : String(error)}).`);
  }
}
function explain(ruleId) {
  const rule2 = rules.find((r) => r.meta.id === ruleId);
  if (!rule2) {
    throw new UsageError(`--explain: no rule '${ruleId}' (${didYouMean(ruleId, rules.map((r) => r.meta.id))}see --list-rules).`);
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
    if (code2 === "EFBIG") throw new UsageError(`-: standard input is larger than ${MAX_FILE_BYTES / (1024 * 1024)} MB; not read.`);
    throw new UsageError(`-: cannot read standard input (${error instanceof Error ? error.message : String(error)}).`);
  }
}
function baselineFolder(io, args) {
  const read = args.baseline !== void 0 ? dirname2(resolve2(io.cwd, args.baseline)) : void 0;
  const written = args.writeBaseline !== void 0 ? dirname2(resolve2(io.cwd, args.writeBaseline)) : void 0;
  if (read !== void 0 && written !== void 0 && read !== written) {
    throw new UsageError("--baseline and --write-baseline must be in one folder: fingerprints are relative to the baseline file's folder.");
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
  for (const template of inputs.templates) {
    const data = template.doc.data;
    if (template.resourcesPointer !== "/Resources" || typeof data !== "object" || data === null) continue;
    const parameters = data.Parameters;
    if (typeof parameters === "object" && parameters !== null && !Array.isArray(parameters)) for (const name of Object.keys(parameters)) declared.add(name);
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
  if (!stat.isFile) throw new ConfigError(`${shown}: the config file is not a regular file (a FIFO, socket or device); refused.`);
  if (discovered && stat.isSymbolicLink) {
    const real = safeRealpath(io.fs, path);
    const dir = dirname2(path);
    if (real === void 0 || !isWithin(pathApiFor(path), safeRealpath(io.fs, dir) ?? dir, real)) {
      throw new ConfigError(`${shown}: the config file is a symbolic link to outside ${displayPath(io.cwd, dir)}; not followed (name it with --config to use it).`);
    }
  }
  let text;
  try {
    text = io.fs.readFile(path, MAX_FILE_BYTES);
  } catch (error) {
    throw new ConfigError(`${shown}: cannot read the config file (${error instanceof Error ? error.message : String(error)}).`);
  }
  return parseConfig(shown, text, new Set(rules.map((r) => r.meta.id)));
}
function listRulesJson() {
  const metas = rules.map(ruleMetadata).map((m) => ({
    id: m.id,
    severity: m.severity,
    description: m.description,
    fix: m.fix,
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
import { basename as basename3, dirname as dirname3, join as join3 } from "node:path";
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
  if (existing?.isDirectory()) throw Object.assign(new Error(`EISDIR: illegal operation on a directory, open '${path}'`), { code: "EISDIR" });
  if (existing) fs.accessSync(target, fs.constants.W_OK);
  const temp = join3(dirname3(target), `.${basename3(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
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
process.exitCode = runCli({
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
