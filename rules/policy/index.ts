import allowWithNot from './allow-with-not.js';
import privilegeEscalation from './privilege-escalation.js';
import unknownAction from './unknown-action.js';
import variableSubEscape from './variable-sub-escape.js';
import variableUnknown from './variable-unknown.js';
import variableUnsubstituted from './variable-unsubstituted.js';
import wildcardAction from './wildcard-action.js';
import duplicateKey from './duplicate-key.js';
import invalid from './invalid.js';

export default [
  duplicateKey,
  invalid,
  variableUnsubstituted,
  variableUnknown,
  variableSubEscape,
  unknownAction,
  wildcardAction,
  allowWithNot,
  privilegeEscalation,
];
