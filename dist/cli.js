// cognito-iam-lint: built by build/build.mjs from src/ and rules/; do not edit.
import { createRequire as __cilCreateRequire } from 'node:module';
const require = __cilCreateRequire(import.meta.url);
import {
  MAX_FILE_BYTES,
  MissingDataError,
  SEVERITIES,
  __commonJS,
  __toESM,
  compileGlob,
  isGlobRefusal,
  isWithin,
  lint,
  nodeFileSystem,
  parseText,
  pathApiFor,
  readStdinBounded,
  ruleMetadata,
  rules,
  safeRealpath,
  toolVersion
} from "./chunks/chunk-PMAA5HHZ.js";

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
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";

// src/generated/config-validator.js
var config_validator_default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://cognito-iam-lint.dev/schemas/config.schema.json", "title": "cognito-iam-lint configuration (.cognito-iam-lint.yaml / .cognito-iam-lint.json)", "type": "object", "additionalProperties": false, "properties": { "$schema": { "type": "string" }, "rules": { "description": `Per-rule settings by rule ID: "off", a severity that replaces the rule's own, or {severity}.`, "type": "object", "propertyNames": { "pattern": "^[a-z0-9-]+/[a-z0-9-]+$" }, "additionalProperties": { "oneOf": [{ "$ref": "#/definitions/severityOrOff" }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/severityOrOff" } } }] } }, "failOn": { "description": "Lowest severity that fails the run (exit 1); like --fail-on.", "enum": ["critical", "high", "medium", "low", "info", "none"] }, "include": { "description": "Glob patterns (minimatch) of files to lint, relative to the working directory.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "exclude": { "description": "Glob patterns (minimatch) of files never to lint; exclude wins over include.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "parameters": { "description": "Template parameter values, like --parameter KEY=VALUE.", "type": "object", "additionalProperties": { "type": ["string", "number", "boolean"] } }, "suppressions": { "description": "Suppressions kept outside the templates, for reviewers: each names the rule, the files (and optionally the resource) and gives a reason. Reports show them as suppressions of kind `external`.", "type": "array", "items": { "$ref": "#/definitions/externalSuppression" } }, "reportUnusedSuppressions": { "description": "Warn about in-source and external suppressions that matched no finding; like --report-unused-suppressions.", "type": "boolean" } }, "definitions": { "severityOrOff": { "enum": ["off", "critical", "high", "medium", "low", "info"] }, "externalSuppression": { "type": "object", "additionalProperties": false, "required": ["rule", "files", "reason"], "properties": { "rule": { "description": "A rule ID, every rule of an area (`trust/*`) or every rule (`*`).", "type": "string", "pattern": "^(\\*|[a-z0-9-]+/(\\*|[a-z0-9-]+))$" }, "files": { "description": "Glob (minimatch), or list of globs, of the files it covers: relative to the working directory, as reports show file paths.", "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }] }, "resource": { "description": "CloudFormation logical ID, or CDK construct path (which also covers the constructs below it). Without it, every finding of the rule in the files.", "type": "string", "minLength": 1 }, "reason": { "description": "Why the finding is accepted; every report shows it (SARIF `justification`).", "type": "string", "pattern": "\\S" }, "expires": { "description": "Last day (YYYY-MM-DD, UTC) on which the suppression applies; after it the finding is back.", "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$" } } } } };
var schema12 = { "enum": ["off", "critical", "high", "medium", "low", "info"] };
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
      if (!(key0 === "$schema" || key0 === "rules" || key0 === "failOn" || key0 === "include" || key0 === "exclude" || key0 === "parameters" || key0 === "suppressions" || key0 === "reportUnusedSuppressions")) {
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
    if (data.parameters !== void 0) {
      let data9 = data.parameters;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key4 in data9) {
          let data10 = data9[key4];
          if (typeof data10 !== "string" && !(typeof data10 == "number") && typeof data10 !== "boolean") {
            const err17 = { instancePath: instancePath + "/parameters/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/parameters/additionalProperties/type", keyword: "type", params: { type: schema11.properties.parameters.additionalProperties.type }, message: "must be string,number,boolean" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.suppressions !== void 0) {
      let data11 = data.suppressions;
      if (Array.isArray(data11)) {
        const len2 = data11.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data12 = data11[i2];
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            if (data12.rule === void 0) {
              const err19 = { instancePath: instancePath + "/suppressions/" + i2, schemaPath: "#/definitions/externalSuppression/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'" };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data12.files === void 0) {
              const err20 = { instancePath: instancePath + "/suppressions/" + i2, schemaPath: "#/definitions/externalSuppression/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (data12.reason === void 0) {
              const err21 = { instancePath: instancePath + "/suppressions/" + i2, schemaPath: "#/definitions/externalSuppression/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            for (const key5 in data12) {
              if (!(key5 === "rule" || key5 === "files" || key5 === "resource" || key5 === "reason" || key5 === "expires")) {
                const err22 = { instancePath: instancePath + "/suppressions/" + i2, schemaPath: "#/definitions/externalSuppression/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data12.rule !== void 0) {
              let data13 = data12.rule;
              if (typeof data13 === "string") {
                if (!pattern1.test(data13)) {
                  const err23 = { instancePath: instancePath + "/suppressions/" + i2 + "/rule", schemaPath: "#/definitions/externalSuppression/properties/rule/pattern", keyword: "pattern", params: { pattern: "^(\\*|[a-z0-9-]+/(\\*|[a-z0-9-]+))$" }, message: 'must match pattern "^(\\*|[a-z0-9-]+/(\\*|[a-z0-9-]+))$"' };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              } else {
                const err24 = { instancePath: instancePath + "/suppressions/" + i2 + "/rule", schemaPath: "#/definitions/externalSuppression/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data12.files !== void 0) {
              let data14 = data12.files;
              const _errs40 = errors;
              let valid16 = false;
              let passing1 = null;
              const _errs41 = errors;
              if (typeof data14 === "string") {
                if (data14.length < 1) {
                  const err25 = { instancePath: instancePath + "/suppressions/" + i2 + "/files", schemaPath: "#/definitions/externalSuppression/properties/files/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              } else {
                const err26 = { instancePath: instancePath + "/suppressions/" + i2 + "/files", schemaPath: "#/definitions/externalSuppression/properties/files/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
              var _valid1 = _errs41 === errors;
              if (_valid1) {
                valid16 = true;
                passing1 = 0;
              }
              const _errs43 = errors;
              if (Array.isArray(data14)) {
                if (data14.length < 1) {
                  const err27 = { instancePath: instancePath + "/suppressions/" + i2 + "/files", schemaPath: "#/definitions/externalSuppression/properties/files/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
                const len3 = data14.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data15 = data14[i3];
                  if (typeof data15 === "string") {
                    if (data15.length < 1) {
                      const err28 = { instancePath: instancePath + "/suppressions/" + i2 + "/files/" + i3, schemaPath: "#/definitions/externalSuppression/properties/files/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err28];
                      } else {
                        vErrors.push(err28);
                      }
                      errors++;
                    }
                  } else {
                    const err29 = { instancePath: instancePath + "/suppressions/" + i2 + "/files/" + i3, schemaPath: "#/definitions/externalSuppression/properties/files/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
              } else {
                const err30 = { instancePath: instancePath + "/suppressions/" + i2 + "/files", schemaPath: "#/definitions/externalSuppression/properties/files/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
              var _valid1 = _errs43 === errors;
              if (_valid1 && valid16) {
                valid16 = false;
                passing1 = [passing1, 1];
              } else {
                if (_valid1) {
                  valid16 = true;
                  passing1 = 1;
                }
              }
              if (!valid16) {
                const err31 = { instancePath: instancePath + "/suppressions/" + i2 + "/files", schemaPath: "#/definitions/externalSuppression/properties/files/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              } else {
                errors = _errs40;
                if (vErrors !== null) {
                  if (_errs40) {
                    vErrors.length = _errs40;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data12.resource !== void 0) {
              let data16 = data12.resource;
              if (typeof data16 === "string") {
                if (data16.length < 1) {
                  const err32 = { instancePath: instancePath + "/suppressions/" + i2 + "/resource", schemaPath: "#/definitions/externalSuppression/properties/resource/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              } else {
                const err33 = { instancePath: instancePath + "/suppressions/" + i2 + "/resource", schemaPath: "#/definitions/externalSuppression/properties/resource/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data12.reason !== void 0) {
              let data17 = data12.reason;
              if (typeof data17 === "string") {
                if (!pattern2.test(data17)) {
                  const err34 = { instancePath: instancePath + "/suppressions/" + i2 + "/reason", schemaPath: "#/definitions/externalSuppression/properties/reason/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              } else {
                const err35 = { instancePath: instancePath + "/suppressions/" + i2 + "/reason", schemaPath: "#/definitions/externalSuppression/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data12.expires !== void 0) {
              let data18 = data12.expires;
              if (typeof data18 === "string") {
                if (!pattern3.test(data18)) {
                  const err36 = { instancePath: instancePath + "/suppressions/" + i2 + "/expires", schemaPath: "#/definitions/externalSuppression/properties/expires/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
              } else {
                const err37 = { instancePath: instancePath + "/suppressions/" + i2 + "/expires", schemaPath: "#/definitions/externalSuppression/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
          } else {
            const err38 = { instancePath: instancePath + "/suppressions/" + i2, schemaPath: "#/definitions/externalSuppression/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
      } else {
        const err39 = { instancePath: instancePath + "/suppressions", schemaPath: "#/properties/suppressions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.reportUnusedSuppressions !== void 0) {
      if (typeof data.reportUnusedSuppressions !== "boolean") {
        const err40 = { instancePath: instancePath + "/reportUnusedSuppressions", schemaPath: "#/properties/reportUnusedSuppressions/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
  } else {
    const err41 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err41];
    } else {
      vErrors.push(err41);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/config/load.ts
var CONFIG_FILE_NAMES = [".cognito-iam-lint.yaml", ".cognito-iam-lint.yml", ".cognito-iam-lint.json"];
var ConfigError = class extends Error {
};
function findConfigFile(fs2, cwd, join3, dirname3) {
  let dir = cwd;
  for (let i = 0; i < 64; i++) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join3(dir, name);
      const stat = fs2.stat(candidate);
      if (stat && !stat.isDirectory) return candidate;
    }
    const parent = dirname3(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
  return void 0;
}
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
      throw new ConfigError(`${displayName}:${range2.start.line}:${range2.start.column}: \`rules.${id}\` names no rule (see --list-rules).`);
    }
  }
  checkGlobs(displayName, doc, config);
  for (const [index, suppression2] of (config.suppressions ?? []).entries()) {
    const at = (key) => {
      const range2 = doc.locate(`/suppressions/${index}/${key}`);
      return `${displayName}:${range2.start.line}:${range2.start.column}: \`suppressions.${index}.${key}\``;
    };
    if (!ruleSelectorKnown(suppression2.rule, knownRuleIds)) throw new ConfigError(`${at("rule")} names no rule (see --list-rules).`);
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
function hex(code, width) {
  return code.toString(16).padStart(width, "0");
}
function escapeCharacter(ch) {
  const named = NAMED[ch];
  if (named !== void 0) return named;
  const code = ch.charCodeAt(0);
  return code <= 255 ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`;
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
function entryOf(finding2) {
  return {
    fingerprint: finding2.fingerprint,
    ruleId: finding2.ruleId,
    file: finding2.file,
    ...finding2.resource ? { resource: finding2.resource.logicalId } : {},
    message: finding2.message
  };
}
function createBaseline(report) {
  const entries = report.findings.filter((f) => f.suppressions.length === 0).map(entryOf).sort(compareEntries);
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
  if (open.length === 0) {
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
var REPORT_FORMATS = ["text", "json", "sarif", "github", "markdown"];
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
  }
}

// src/cli/args.ts
import { parseArgs } from "node:util";
var UsageError = class extends Error {
};
var FORMATS = REPORT_FORMATS;
var HELP = `Usage: cognito-iam-lint [options] [paths...]

Lint the identity architecture of AWS apps: CloudFormation/SAM templates (YAML or JSON),
CDK synth output (cdk.out) and raw IAM policy JSON. Default path: the current directory.

Options:
  -f, --format <format>                  Output format: text (default), json, sarif, github
                                         (workflow commands) or markdown (a CI job summary)
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
      --include <glob>                   Only lint files matching the glob (repeatable)
      --exclude <glob>                   Never lint files matching the glob (repeatable)
  -p, --parameter <KEY=VALUE>            Template parameter value (repeatable)
      --parameters-file <file>           Parameter file: [{"ParameterKey": \u2026, "ParameterValue": \u2026}]
      --stdin-filename <name>            Name to report for '-' (stdin); its extension picks JSON/YAML
      --max-total-mb <n>                 Read at most n MB of input files in all (default: 100);
                                         files past it are named on stderr and the run fails
      --color / --no-color               Force colours on or off (default: on for a TTY without NO_COLOR)
      --verbose                          Also list notes (unresolved values), suppressed and
                                         baseline-accepted findings, absent baseline entries
      --list-rules                       List the rules with their severities and exit
  -v, --version                          Print the version and exit
  -h, --help                             Print this help and exit

Exit codes: 0 no finding at or above --fail-on (suppressed and baseline findings never count)
\xB7 1 at least one, or a file could not be read \xB7 2 usage error, invalid config or baseline, or nothing could be linted.`;
function parseCliArgs(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
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
        include: { type: "string", multiple: true },
        exclude: { type: "string", multiple: true },
        parameter: { type: "string", short: "p", multiple: true },
        "parameters-file": { type: "string", multiple: true },
        "stdin-filename": { type: "string" },
        "max-total-mb": { type: "string" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        verbose: { type: "boolean" },
        "list-rules": { type: "boolean" },
        version: { type: "boolean", short: "v" },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.split("\n")[0] : String(error));
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
    include: v.include ?? [],
    exclude: v.exclude ?? [],
    parameters,
    parameterFiles: v["parameters-file"] ?? [],
    stdinFilename: v["stdin-filename"],
    maxTotalBytes: maxTotal === void 0 ? void 0 : Math.floor(Number(maxTotal) * 1024 * 1024),
    color: v["no-color"] ? false : v.color,
    verbose: v.verbose ?? false,
    listRules: v["list-rules"] ?? false,
    version: v.version ?? false,
    help: v.help ?? false
  };
}

// src/cli/main.ts
var EXIT_OK = 0;
var EXIT_FINDINGS = 1;
var EXIT_USAGE = 2;
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
    io.stdout(listRules());
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
  const paths = args.paths.length > 0 ? args.paths : ["."];
  const stdinNeeded = paths.includes("-");
  if (stdinNeeded && !args.stdinFilename) throw new UsageError("reading '-' (stdin) needs --stdin-filename <name>.");
  const stdinText = stdinNeeded ? readStdin(io) : void 0;
  const { report: linted, inputs } = lint(paths, {
    fs: io.fs,
    cwd: io.cwd,
    ...config ? { config } : {},
    ...args.include.length ? { include: args.include } : {},
    ...args.exclude.length ? { exclude: args.exclude } : {},
    ...stdinText !== void 0 ? { stdin: { text: stdinText, filename: args.stdinFilename } } : {},
    parameters: args.parameters,
    parameterFiles: args.parameterFiles,
    ...args.maxTotalBytes !== void 0 ? { maxTotalBytes: args.maxTotalBytes } : {},
    now: io.now
  });
  const explicit = new Set([...paths, ...args.parameterFiles].map((p) => displayPath(io.cwd, p)));
  for (const skip of inputs.skipped) {
    if (explicit.has(skip.file) || skip.refused || skip.lost) io.stderr(`cognito-iam-lint: ${printable(skip.file)}: ${printable(skip.reason)}
`);
  }
  if (inputs.documents.length === 0 && !args.allowNoInput) {
    io.stderr("cognito-iam-lint: nothing to lint: no CloudFormation template, cdk.out assembly or IAM policy JSON found.\n");
    return EXIT_USAGE;
  }
  checkOutputsAreNotInputs(io, args, inputs, configPath);
  const readable = inputs.documents.filter((d) => d.syntaxErrors.length === 0 || d.data !== void 0);
  const textOnConsole = args.format === "text" && args.output === void 0;
  if (!textOnConsole) {
    for (const doc of inputs.documents) {
      const error = doc.syntaxErrors[0];
      if (error) io.stderr(`cognito-iam-lint: ${printable(doc.file)}:${error.range.start.line}:${error.range.start.column}: ${printable(error.message)}
`);
    }
  }
  let report = linted;
  let absent;
  if (baseline) ({ report, absent } = applyBaseline(linted, baseline));
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
    ...absent ? { baselineAbsent: absent } : {}
  };
  const consoleText = formatReport(report, args.format, { ...options, color: args.output === void 0 ? color : false });
  if (args.output !== void 0) writeOutput(io, args.output, consoleText, "the report");
  else io.stdout(consoleText);
  for (const target of args.reports) writeOutput(io, target.file, formatReport(report, target.format, { ...options, color: false }), "the report");
  if (args.writeBaseline !== void 0) {
    const written = createBaseline(linted);
    writeOutput(io, args.writeBaseline, formatBaseline(written), "the baseline");
    io.stderr(`cognito-iam-lint: wrote ${plural(written.entries.length, "finding")} to the baseline ${printable(displayPath(io.cwd, args.writeBaseline))}.
`);
  }
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
function realPath(io, path) {
  const full = resolve(io.cwd, path);
  const real = safeRealpath(io.fs, full);
  if (real !== void 0) return real;
  const dir = safeRealpath(io.fs, dirname(full));
  return dir === void 0 ? full : join(dir, basename(full));
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
function writeOutput(io, file, text, what) {
  const target = isAbsolute(file) ? file : join(io.cwd, file);
  try {
    io.writeFile(target, text);
  } catch (error) {
    throw new UsageError(`${displayPath(io.cwd, target)}: cannot write ${what} (${describeWriteError(error)}).`);
  }
}
function readBaseline(io, file) {
  const path = resolve(io.cwd, file);
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
  if (!rule2) throw new UsageError(`--explain: no rule '${ruleId}' (see --list-rules).`);
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
    const code = typeof error === "object" && error !== null ? error.code : void 0;
    if (code === "EFBIG") throw new UsageError(`-: standard input is larger than ${MAX_FILE_BYTES / (1024 * 1024)} MB; not read.`);
    throw new UsageError(`-: cannot read standard input (${error instanceof Error ? error.message : String(error)}).`);
  }
}
function configFileOf(io, args) {
  if (args.noConfig) return void 0;
  return args.config !== void 0 ? resolve(io.cwd, args.config) : findConfigFile(io.fs, io.cwd, join, dirname);
}
function loadConfig(io, path, discovered) {
  const shown = displayPath(io.cwd, path);
  const stat = io.fs.stat(path);
  if (!stat) throw new ConfigError(`${shown}: config file not found.`);
  if (!stat.isFile) throw new ConfigError(`${shown}: the config file is not a regular file (a FIFO, socket or device); refused.`);
  if (discovered && stat.isSymbolicLink) {
    const real = safeRealpath(io.fs, path);
    const dir = dirname(path);
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
function describeWriteError(error) {
  const code = typeof error === "object" && error !== null && "code" in error ? error.code : void 0;
  switch (code) {
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

// src/cli/write-file.ts
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import { basename as basename2, dirname as dirname2, join as join2 } from "node:path";
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
  const temp = join2(dirname2(target), `.${basename2(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
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
