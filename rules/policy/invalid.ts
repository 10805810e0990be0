import {
  checkPolicyGrammar,
  defineRule,
  HOLE,
  intrinsicKey,
  policyTextLength,
  ROLE_INLINE_POLICIES_MAX_LENGTH,
  type GrammarProblem,
  type PolicyRecord,
} from '../../src/rule-api.js';

export default defineRule({
  meta: {
    id: 'policy/invalid',
    description: 'Policy documents must follow the IAM policy grammar',
    severity: 'high',
    // One message per grammar problem (and per place, or suggestion, where the sentence differs); the checker
    // gives values only (src/iam/grammar.ts), the words are here.
    messages: {
      // unknown-key
      unknownPolicyKey:
        'In {{policy}}: Policy key `{{key}}` is not part of the IAM grammar; a policy has only `Version`, `Id` and `Statement`.',
      unknownPolicyKeySuggestion:
        'In {{policy}}: Policy key `{{key}}` is not part of the IAM grammar; did you mean `{{suggestion}}`?',
      unknownStatementKey: 'In {{policy}}: Statement key `{{key}}` is not part of the IAM grammar.',
      unknownStatementKeySuggestion:
        'In {{policy}}: Statement key `{{key}}` is not part of the IAM grammar; did you mean `{{suggestion}}`?',
      unknownPrincipalType:
        'In {{policy}}: Principal type `{{key}}` is not part of the IAM grammar; use `AWS`, `Federated`, `Service` or `CanonicalUser`.',
      unknownPrincipalTypeSuggestion:
        'In {{policy}}: Principal type `{{key}}` is not part of the IAM grammar; did you mean `{{suggestion}}`?',
      unknownKey: 'In {{policy}}: Key `{{key}}` is not part of the IAM grammar.',
      unknownKeySuggestion:
        'In {{policy}}: Key `{{key}}` is not part of the IAM grammar; did you mean `{{suggestion}}`?',
      keyNotAllowed: 'In {{policy}}: Key `{{key}}` is not allowed here.',
      effect: 'In {{policy}}: `Effect` must be `Allow` or `Deny` (case-sensitive).',
      version: 'In {{policy}}: `Version` must be `2012-10-17` or `2008-10-17`.',
      principal:
        'In {{policy}}: `{{element}}` must be `"*"` or an object of principal types such as `{"AWS": …}` or `{"Federated": …}`.',
      principalInIdentity:
        'In {{policy}}: Statement has `{{key}}`, which an identity-based policy cannot have (IAM rejects it: the principal is whoever the policy is attached to).',
      resourceInTrust:
        'In {{policy}}: Statement has `{{key}}`, which a role trust policy cannot have (IAM rejects it: the resource is the role itself).',
      exclusiveElements: 'In {{policy}}: Statement has both `{{counterpart}}` and `{{key}}`; use one of them.',
      conditionOperator: 'In {{policy}}: `{{operator}}` is not an IAM condition operator.',
      conditionOperatorSuggestion:
        'In {{policy}}: `{{operator}}` is not an IAM condition operator; did you mean `{{suggestion}}`?',
      nullIfExists:
        'In {{policy}}: `{{operator}}` is not an IAM condition operator: `Null` does not take the `IfExists` suffix.',
      conditionValue:
        'In {{policy}}: The value of condition key `{{conditionKey}}` under `{{operator}}` must be a string, number or boolean, or a list of them.',
      conditionValueItem:
        'In {{policy}}: Each value of condition key `{{conditionKey}}` under `{{operator}}` must be a string, number or boolean.',
      sidFormatIdentity:
        'In {{policy}}: In an identity-based policy a `Sid` may contain only letters and digits (A-Z, a-z, 0-9).',
      sidFormatTrust:
        'In {{policy}}: In a role trust policy a `Sid` may contain only letters and digits (A-Z, a-z, 0-9).',
      sidFormatResource:
        'In {{policy}}: In a resource-based policy a `Sid` may contain only letters and digits (A-Z, a-z, 0-9).',
      duplicateSid:
        'In {{policy}}: `Sid` `{{sid}}` is already used by the statement at `{{first}}`; a Sid must be unique within a policy.',
      // size: the limit of the policy's kind, or the one the caller gave; `at least` when intrinsics hide part of the text
      sizeManaged:
        'In {{policy}}: Policy is {{length}} characters long without whitespace; a managed policy may have at most {{limit}}.',
      sizeManagedAtLeast:
        'In {{policy}}: Policy is at least {{length}} characters long without whitespace; a managed policy may have at most {{limit}}.',
      sizeTrust:
        'In {{policy}}: Policy is {{length}} characters long without whitespace; a role trust policy may have at most {{limit}}.',
      sizeTrustAtLeast:
        'In {{policy}}: Policy is at least {{length}} characters long without whitespace; a role trust policy may have at most {{limit}}.',
      sizeGiven:
        'In {{policy}}: Policy is {{length}} characters long without whitespace; this policy may have at most {{limit}}.',
      sizeGivenAtLeast:
        'In {{policy}}: Policy is at least {{length}} characters long without whitespace; this policy may have at most {{limit}}.',
      // missing-element
      missingStatement: 'In {{policy}}: Policy has no `Statement`.',
      missingEffect: 'In {{policy}}: Statement has no `Effect`; it must say `Allow` or `Deny`.',
      missingAction: 'In {{policy}}: Statement has neither `Action` nor `NotAction`.',
      missingPrincipalTrust:
        'In {{policy}}: Statement has neither `Principal` nor `NotPrincipal`, which a role trust policy statement requires.',
      missingPrincipalResource:
        'In {{policy}}: Statement has neither `Principal` nor `NotPrincipal`, which a resource-based policy statement requires.',
      missingResourceIdentity:
        'In {{policy}}: Statement has neither `Resource` nor `NotResource`, which an identity-based policy statement requires.',
      missingResourceResource:
        'In {{policy}}: Statement has neither `Resource` nor `NotResource`, which a resource-based policy statement requires.',
      missingElement: 'In {{policy}}: Statement has no `{{missing}}`.',
      // type, by place
      typePolicy: 'In {{policy}}: A policy document must be an object.',
      typeStatement: 'In {{policy}}: A statement must be an object.',
      typePrincipalTypeItem: 'In {{policy}}: Each `{{principalType}}` principal must be a string.',
      typePrincipalType: 'In {{policy}}: `{{element}}` `{{principalType}}` must be a string or a list of strings.',
      typeConditionOperator: 'In {{policy}}: Condition operator `{{operator}}` must map condition keys to values.',
      typeStatementList: 'In {{policy}}: `Statement` must be a statement object or a list of them.',
      typeStringListItem: 'In {{policy}}: Each `{{element}}` entry must be a string.',
      typeStringList: 'In {{policy}}: `{{element}}` must be a string or a list of strings.',
      typePrincipal: 'In {{policy}}: `{{element}}` must be `"*"` or an object of principal types such as `{"AWS": …}`.',
      typeCondition: 'In {{policy}}: `Condition` must be an object of condition operators.',
      typeString: 'In {{policy}}: `{{element}}` must be a string.',
      typeOther: 'In {{policy}}: The value at `{{pointer}}` has the wrong type for the IAM grammar.',
      typeCycle: 'In {{policy}}: This value contains itself (a YAML alias loop), which no policy can.',
      typeDepth: 'In {{policy}}: The policy is nested more than {{depth}} levels deep here.',
      typeKeyword:
        'In {{policy}}: The value at `{{pointer}}` does not match the IAM grammar (JSON Schema keyword `{{keyword}}`).',
      roleInlineSize:
        'The inline policies of role {{role}} add up to {{length}} characters without whitespace; IAM allows at most {{limit}} per role, so the stack will fail to deploy.',
    },
    // What the checker found where the grammar wants something else, said after the message: the value
    // itself (quoted, cut at 80 characters), or its kind where it has no short text.
    notes: {
      found: 'Found {{value}}.',
      foundEmptyString: 'Found an empty string.',
      foundList: 'Found a list.',
      foundObject: 'Found an object.',
      foundFunction: 'Found a `{{function}}` function.',
      foundNothing: 'Found nothing.',
    },
    fix: 'Correct the element at the reported position so the document matches the IAM policy grammar (see the IAM JSON policy element reference).',
    fixIn: {
      terraform:
        'Correct the element at the reported position so the document matches the IAM policy grammar; `data "aws_iam_policy_document"` writes the grammar for you (`effect`, `actions`, `resources`, `condition` blocks).',
    },
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html',
    ],
    tags: ['policy'],
  },
  check(context) {
    for (const record of context.model.writtenPolicies()) {
      const { document } = record;
      const problems = checkPolicyGrammar(document.raw, document.kind, { ...lengthLimit(record) });
      for (const problem of problems) {
        // A key assembled from parts that are not known (JSON text built by Fn::Sub/Fn::Join) may be any key.
        if (problem.pointer.includes(HOLE)) continue;
        const pointer = document.source.pointer + problem.pointer;
        context.report({
          ...grammarMessage(problem, `\`${document.name}\``),
          at: { doc: document.source.doc, pointer },
          ...(problem.which === 'key' ? { range: document.source.doc.locate(pointer, 'key') } : {}),
          resource: record.owner.resource,
          // Codes and values only: rewording a grammar message must not make baselined findings new.
          key: [problem.code, problem.which, ...(problem.variant !== undefined ? [problem.variant] : [])].join(':'),
        });
      }
    }
    // Inline policies share one quota per role: the role's inline policies and the
    // AWS::IAM::Policy / AWS::IAM::RolePolicy documents CloudFormation embeds in it.
    for (const role of context.model.roles) {
      const inline = role.policies.filter(
        (p) => p.via === 'inline' || p.via === 'policy-resource' || p.via === 'raw-inline',
      );
      const length = inline.reduce((sum, p) => sum + (policyTextLength(p.record.document.raw) ?? 0), 0);
      if (length > ROLE_INLINE_POLICIES_MAX_LENGTH) {
        context.report({
          messageId: 'roleInlineSize',
          data: { role: `\`${role.name}\``, length, limit: ROLE_INLINE_POLICIES_MAX_LENGTH },
          at: role.source,
          resource: role.resource,
        });
      }
    }
  },
});

/** Which size limit applies to one document (undefined: the grammar checker's default for its kind). */
function lengthLimit(record: PolicyRecord): { maxLength?: number | null } {
  switch (record.policyType) {
    case 'managed':
    case 'trust':
    case 'resource':
      return {};
    default:
      // Inline documents count towards their role's aggregate, checked above; a bare file's policy type is unknown.
      return { maxLength: null };
  }
}

/**
 * The message of one grammar problem: its ID (by code, and by place where the sentence differs)
 * and its data (with the key or operator it most likely misspells, where there is one).
 */
export function grammarMessage(problem: GrammarProblem, policy: string) {
  const message = problemMessage(problem, policy);
  return FOUND.has(message.messageId) ? { ...message, notes: [foundNote(problem.facts.found)] } : message;
}

/** The messages after which a note says what was found instead. */
const FOUND: ReadonlySet<ReturnType<typeof problemMessage>['messageId']> = new Set([
  'effect',
  'version',
  'principal',
  'conditionValue',
  'conditionValueItem',
  'sidFormatIdentity',
  'sidFormatTrust',
  'sidFormatResource',
  'typePolicy',
  'typeStatement',
  'typePrincipalTypeItem',
  'typePrincipalType',
  'typeConditionOperator',
  'typeStatementList',
  'typeStringListItem',
  'typeStringList',
  'typePrincipal',
  'typeCondition',
  'typeString',
  'typeOther',
]);

function problemMessage(problem: GrammarProblem, policy: string) {
  const facts = problem.facts;
  const key = facts.key ?? '';
  const { suggestion } = facts;
  switch (problem.code) {
    case 'unknown-key':
      if (facts.place === undefined) return { messageId: 'keyNotAllowed' as const, data: { policy, key } };
      if (facts.place === 'policy') {
        return suggestion !== undefined
          ? { messageId: 'unknownPolicyKeySuggestion' as const, data: { policy, key, suggestion } }
          : { messageId: 'unknownPolicyKey' as const, data: { policy, key } };
      }
      if (facts.place === 'statement') {
        return suggestion !== undefined
          ? { messageId: 'unknownStatementKeySuggestion' as const, data: { policy, key, suggestion } }
          : { messageId: 'unknownStatementKey' as const, data: { policy, key } };
      }
      if (facts.place === 'element' && (facts.element === 'Principal' || facts.element === 'NotPrincipal')) {
        return suggestion !== undefined
          ? { messageId: 'unknownPrincipalTypeSuggestion' as const, data: { policy, key, suggestion } }
          : { messageId: 'unknownPrincipalType' as const, data: { policy, key } };
      }
      return suggestion !== undefined
        ? { messageId: 'unknownKeySuggestion' as const, data: { policy, key, suggestion } }
        : { messageId: 'unknownKey' as const, data: { policy, key } };
    case 'effect':
      return { messageId: 'effect' as const, data: { policy } };
    case 'version':
      return { messageId: 'version' as const, data: { policy } };
    case 'principal':
      return { messageId: 'principal' as const, data: { policy, element: facts.element ?? 'Principal' } };
    case 'principal-in-identity':
      return { messageId: 'principalInIdentity' as const, data: { policy, key } };
    case 'resource-in-trust':
      return { messageId: 'resourceInTrust' as const, data: { policy, key } };
    case 'exclusive-elements':
      return { messageId: 'exclusiveElements' as const, data: { policy, key, counterpart: facts.counterpart ?? '' } };
    case 'condition-operator':
      if (facts.nullIfExists)
        return { messageId: 'nullIfExists' as const, data: { policy, operator: facts.operator ?? '' } };
      return suggestion !== undefined
        ? {
            messageId: 'conditionOperatorSuggestion' as const,
            data: { policy, operator: facts.operator ?? '', suggestion },
          }
        : { messageId: 'conditionOperator' as const, data: { policy, operator: facts.operator ?? '' } };
    case 'condition-value': {
      const data = { policy, conditionKey: facts.conditionKey ?? '', operator: facts.operator ?? '' };
      return { messageId: facts.listItem ? ('conditionValueItem' as const) : ('conditionValue' as const), data };
    }
    case 'sid-format': {
      const messageId = (
        { identity: 'sidFormatIdentity', trust: 'sidFormatTrust', resource: 'sidFormatResource' } as const
      )[facts.kind];
      return { messageId, data: { policy } };
    }
    case 'duplicate-sid':
      return {
        messageId: 'duplicateSid' as const,
        data: { policy, sid: facts.sid ?? '', first: facts.firstPointer ?? '' },
      };
    case 'size': {
      const limits = facts.limitGiven
        ? (['sizeGiven', 'sizeGivenAtLeast'] as const)
        : facts.kind === 'trust'
          ? (['sizeTrust', 'sizeTrustAtLeast'] as const)
          : (['sizeManaged', 'sizeManagedAtLeast'] as const);
      return {
        messageId: limits[facts.exact ? 0 : 1],
        data: { policy, length: count(facts.length ?? 0), limit: count(facts.limit ?? 0) },
      };
    }
    case 'missing-element':
      switch (facts.missing) {
        case 'Statement':
          return { messageId: 'missingStatement' as const, data: { policy } };
        case 'Effect':
          return { messageId: 'missingEffect' as const, data: { policy } };
        case 'NotAction':
          return { messageId: 'missingAction' as const, data: { policy } };
        case 'NotPrincipal':
          return {
            messageId:
              facts.kind === 'trust' ? ('missingPrincipalTrust' as const) : ('missingPrincipalResource' as const),
            data: { policy },
          };
        case 'NotResource':
          return {
            messageId:
              facts.kind === 'identity' ? ('missingResourceIdentity' as const) : ('missingResourceResource' as const),
            data: { policy },
          };
        default:
          return { messageId: 'missingElement' as const, data: { policy, missing: facts.missing ?? '' } };
      }
    case 'type':
      return typeMessage(problem, policy);
  }
}

/** The message of a value of the wrong type, by where it sits. */
function typeMessage(problem: GrammarProblem, policy: string) {
  const { facts, pointer } = problem;
  if (problem.variant === 'cycle')
    return { messageId: 'typeCycle' as const, data: { policy, pointer: pointer || '/' } };
  if (problem.variant === 'depth')
    return { messageId: 'typeDepth' as const, data: { policy, pointer: pointer || '/', depth: facts.maxDepth ?? 0 } };
  if (facts.keyword !== undefined)
    return { messageId: 'typeKeyword' as const, data: { policy, pointer: pointer || '/', keyword: facts.keyword } };
  const element = facts.element ?? '';
  switch (facts.place) {
    case 'policy':
      return { messageId: 'typePolicy' as const, data: { policy } };
    case 'statement':
      return { messageId: 'typeStatement' as const, data: { policy } };
    case 'principalType':
      return facts.listItem
        ? {
            messageId: 'typePrincipalTypeItem' as const,
            data: { policy, principalType: facts.principalType ?? '' },
          }
        : {
            messageId: 'typePrincipalType' as const,
            data: { policy, element, principalType: facts.principalType ?? '' },
          };
    case 'conditionOperator':
      return { messageId: 'typeConditionOperator' as const, data: { policy, operator: facts.operator ?? '' } };
    case 'element':
      if (element === 'Statement') return { messageId: 'typeStatementList' as const, data: { policy } };
      if (STRING_LIST_ELEMENTS.has(element)) {
        return {
          messageId: facts.listItem ? ('typeStringListItem' as const) : ('typeStringList' as const),
          data: { policy, element },
        };
      }
      if (element === 'Principal' || element === 'NotPrincipal')
        return { messageId: 'typePrincipal' as const, data: { policy, element } };
      if (element === 'Condition') return { messageId: 'typeCondition' as const, data: { policy } };
      return { messageId: 'typeString' as const, data: { policy, element } };
    default:
      return { messageId: 'typeOther' as const, data: { policy, pointer } };
  }
}

const STRING_LIST_ELEMENTS = new Set(['Action', 'NotAction', 'Resource', 'NotResource']);

/** The note saying what was found: the value quoted (long strings are cut: a message is one line), or its kind. */
function foundNote(value: unknown) {
  if (typeof value === 'string') {
    if (value === '') return { id: 'foundEmptyString' as const };
    return { id: 'found' as const, data: { value: `\`${value.length > 80 ? `${value.slice(0, 77)}…` : value}\`` } };
  }
  if (typeof value === 'number' || typeof value === 'boolean')
    return { id: 'found' as const, data: { value: `\`${String(value)}\`` } };
  if (value === null) return { id: 'found' as const, data: { value: '`null`' } };
  if (Array.isArray(value)) return { id: 'foundList' as const };
  if (typeof value === 'object') {
    const fn = intrinsicKey(value);
    return fn !== undefined ? { id: 'foundFunction' as const, data: { function: fn } } : { id: 'foundObject' as const };
  }
  return { id: 'foundNothing' as const };
}

/** A count as the messages write it: `10,240`. */
function count(n: number): string {
  return n.toLocaleString('en-US');
}
