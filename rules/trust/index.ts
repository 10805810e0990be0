import amrOperator from './amr-operator.js';
import amrRoleMismatch from './amr-role-mismatch.js';
import audMismatch from './aud-mismatch.js';
import broadPrincipal from './broad-principal.js';
import missingAmr from './missing-amr.js';
import missingAud from './missing-aud.js';
import missingTagSession from './missing-tag-session.js';
import unexpectedAction from './unexpected-action.js';

export default [
  amrOperator,
  amrRoleMismatch,
  audMismatch,
  broadPrincipal,
  missingAmr,
  missingAud,
  missingTagSession,
  unexpectedAction,
];
