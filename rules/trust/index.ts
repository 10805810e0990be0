import audMismatch from './aud-mismatch.js';
import missingAmr from './missing-amr.js';
import missingAud from './missing-aud.js';

export default [audMismatch, missingAmr, missingAud];
