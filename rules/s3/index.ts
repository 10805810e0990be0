import actionResourceMismatch from './action-resource-mismatch.js';
import corsWildcardOrigin from './cors-wildcard-origin.js';
import listNotScoped from './list-not-scoped.js';
import objectAccessNotScoped from './object-access-not-scoped.js';
import sharedPrefixAccess from './shared-prefix-access.js';
import uploadNoExpiration from './upload-no-expiration.js';

export default [
  actionResourceMismatch,
  corsWildcardOrigin,
  listNotScoped,
  objectAccessNotScoped,
  sharedPrefixAccess,
  uploadNoExpiration,
];
