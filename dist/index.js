// cognito-iam-lint: built by build/build.mjs from src/ and rules/; do not edit.
import { createRequire as __cilCreateRequire } from 'node:module';
const require = __cilCreateRequire(import.meta.url);
import {
  lint,
  lintInputs,
  ruleMetadata
} from "./chunks/chunk-Q25X63ST.js";
import "./chunks/chunk-CMUTMDZI.js";
import {
  nodeFileSystem,
  rules
} from "./chunks/chunk-QZ6JQTOO.js";
import "./chunks/chunk-J5HKCGRR.js";
import "./chunks/chunk-S6IGY6PS.js";
export {
  lint,
  lintInputs,
  nodeFileSystem,
  ruleMetadata,
  rules
};
