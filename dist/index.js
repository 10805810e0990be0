// cognito-iam-lint: built by build/build.mjs from src/ and rules/; do not edit.
import { createRequire as __cilCreateRequire } from 'node:module';
const require = __cilCreateRequire(import.meta.url);
import {
  lint,
  lintInputs,
  nodeFileSystem,
  ruleMetadata,
  rules
} from "./chunks/chunk-QJ76RYZ4.js";
import "./chunks/chunk-Y74FP4CR.js";
import "./chunks/chunk-S6IGY6PS.js";
export {
  lint,
  lintInputs,
  nodeFileSystem,
  ruleMetadata,
  rules
};
