import ambiguousFallback from './ambiguous-fallback.js';
import classicFlow from './classic-flow.js';
import guestAccess from './guest-access.js';
import noTokenCheck from './no-token-check.js';
import unusedGuestRole from './unused-guest-role.js';
import writableClaimMapping from './writable-claim-mapping.js';
import writablePrincipalTag from './writable-principal-tag.js';

export default [
  ambiguousFallback,
  classicFlow,
  guestAccess,
  noTokenCheck,
  unusedGuestRole,
  writableClaimMapping,
  writablePrincipalTag,
];
