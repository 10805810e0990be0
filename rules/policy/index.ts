import duplicateKey from './duplicate-key.js';
import invalid from './invalid.js';

export default [duplicateKey, invalid];
