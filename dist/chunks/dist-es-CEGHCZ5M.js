// cognito-iam-lint: built by build/build.mjs from src/ and rules/; do not edit.
import { createRequire as __cilCreateRequire } from 'node:module';
const require = __cilCreateRequire(import.meta.url);
import{ENV_ACCOUNT_ID,ENV_CREDENTIAL_SCOPE,ENV_EXPIRATION,ENV_KEY,ENV_SECRET,ENV_SESSION,fromEnv}from"./chunk-5YJ3NOP4.js";import"./chunk-3AEQZLNB.js";import"./chunk-4GVYNXNJ.js";import"./chunk-NYGVVL7W.js";import"./chunk-W2IRGN5N.js";export{ENV_ACCOUNT_ID,ENV_CREDENTIAL_SCOPE,ENV_EXPIRATION,ENV_KEY,ENV_SECRET,ENV_SESSION,fromEnv};
