import clientImplicitFlow from './client-implicit-flow.js';
import clientInsecureCallback from './client-insecure-callback.js';
import clientPasswordAuth from './client-password-auth.js';
import clientUserExistenceErrors from './client-user-existence-errors.js';
import mfaDisabled from './mfa-disabled.js';
import openSignupPrivileged from './open-signup-privileged.js';
import weakPasswordPolicy from './weak-password-policy.js';

export default [
  clientImplicitFlow,
  clientInsecureCallback,
  clientPasswordAuth,
  clientUserExistenceErrors,
  mfaDisabled,
  openSignupPrivileged,
  weakPasswordPolicy,
];
