import parseError from './parse-error.js';

export default [parseError];
