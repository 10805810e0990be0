import type { Rule } from '../../src/engine/rule.js';

// Rules of this area are registered here as they are implemented.
const rules: Rule[] = [];
export default rules;
