// cognito-iam-lint: built by build/build.mjs from src/ and rules/; do not edit.
import { createRequire as __cilCreateRequire } from 'node:module';
const require = __cilCreateRequire(import.meta.url);
import {
  lint,
  lintInputs,
  ruleMetadata,
  rules
} from "./chunks/chunk-GHOTD3JP.js";
import "./chunks/chunk-N6DSH3DT.js";
import {
  nodeFileSystem
} from "./chunks/chunk-M6TIPZE5.js";
import "./chunks/chunk-E426XDER.js";
import "./chunks/chunk-I26O3X7O.js";
export {
  lint,
  lintInputs,
  nodeFileSystem,
  ruleMetadata,
  rules
};
