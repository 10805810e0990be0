/**
 * The one table of IAM condition operators (src/iam/condition-operators.ts), held against AWS's
 * documented list and against the policy schema's operator pattern, which decides validity.
 */
import { describe, expect, it } from 'vitest';
import {
  allOperatorNames,
  CONDITION_OPERATORS,
  conditionOperator,
  parseOperator,
  type OperatorValueType,
} from '../../src/iam/condition-operators.js';
import { readSchema } from '../../src/util/package-root.js';

/**
 * The operators of https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html,
 * section by section, as that page lists them (String, Numeric, Date, Boolean, Binary, IP address,
 * ARN, Null). "…IfExists condition operators": "You can add IfExists to the end of any condition
 * operator name except the Null condition". Policy variables: "You can use policy variables only
 * with string and ARN condition operators"
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html).
 */
const AWS_DOCUMENTED: Record<OperatorValueType, readonly string[]> = {
  string: [
    'StringEquals',
    'StringNotEquals',
    'StringEqualsIgnoreCase',
    'StringNotEqualsIgnoreCase',
    'StringLike',
    'StringNotLike',
  ],
  numeric: [
    'NumericEquals',
    'NumericNotEquals',
    'NumericLessThan',
    'NumericLessThanEquals',
    'NumericGreaterThan',
    'NumericGreaterThanEquals',
  ],
  date: [
    'DateEquals',
    'DateNotEquals',
    'DateLessThan',
    'DateLessThanEquals',
    'DateGreaterThan',
    'DateGreaterThanEquals',
  ],
  boolean: ['Bool'],
  binary: ['BinaryEquals'],
  'ip-address': ['IpAddress', 'NotIpAddress'],
  arn: ['ArnEquals', 'ArnLike', 'ArnNotEquals', 'ArnNotLike'],
  null: ['Null'],
};

/** The negated operators the page documents: true when the key does not match (and so when it is absent). */
const NEGATED = [
  'StringNotEquals',
  'StringNotEqualsIgnoreCase',
  'StringNotLike',
  'NumericNotEquals',
  'DateNotEquals',
  'NotIpAddress',
  'ArnNotEquals',
  'ArnNotLike',
];

/** Operators whose values may hold `*` and `?`: the `Like` string operators and all ARN operators (each ARN part "can include" wildcards). */
const WILDCARDS = ['StringLike', 'StringNotLike', 'ArnEquals', 'ArnLike', 'ArnNotEquals', 'ArnNotLike'];

describe('the condition operator table', () => {
  it('holds exactly the operators AWS documents, each with the value type of its section', () => {
    const documented = Object.entries(AWS_DOCUMENTED).flatMap(([type, names]) => names.map((name) => [name, type]));
    expect([...CONDITION_OPERATORS].map(([name, info]) => [name, info.type]).sort()).toEqual(documented.sort());
  });

  it('marks negated, wildcard, case-insensitive, IfExists and variable-taking operators as the AWS pages do', () => {
    const names = (test: (name: string) => boolean | undefined) => [...CONDITION_OPERATORS.keys()].filter(test).sort();
    expect(names((n) => conditionOperator(n)?.negated)).toEqual([...NEGATED].sort());
    expect(names((n) => conditionOperator(n)?.wildcards)).toEqual([...WILDCARDS].sort());
    expect(names((n) => conditionOperator(n)?.ignoreCase)).toEqual([
      'StringEqualsIgnoreCase',
      'StringNotEqualsIgnoreCase',
    ]);
    expect(names((n) => !conditionOperator(n)?.ifExists)).toEqual(['Null']);
    expect(names((n) => conditionOperator(n)?.variables)).toEqual(
      [...AWS_DOCUMENTED.string, ...AWS_DOCUMENTED.arn].sort(),
    );
  });

  it('knows no other name, not even one inherited from Object.prototype', () => {
    expect(conditionOperator('StringEqualsIfExists')).toBeUndefined();
    expect(conditionOperator('constructor')).toBeUndefined();
    expect(conditionOperator('stringequals')).toBeUndefined();
  });

  it('yields exactly the operator names the policy schema accepts', () => {
    const schema = readSchema('iam-policy') as {
      definitions: { conditionBlock: { propertyNames: { pattern: string } } };
    };
    const valid = new RegExp(schema.definitions.conditionBlock.propertyNames.pattern, 'u');
    const names = allOperatorNames();
    expect(names).toHaveLength(3 * (27 * 2 - 1));
    expect(names.filter((name) => !valid.test(name))).toEqual([]);
    // Every prefix × base × suffix combination, the table's or not, is valid exactly when the table yields it.
    const candidates = ['', 'ForAllValues:', 'ForAnyValue:', 'ForOneValue:'].flatMap((prefix) =>
      [...CONDITION_OPERATORS.keys(), 'StringMatches', 'NotNull'].flatMap((base) =>
        ['', 'IfExists'].map((suffix) => prefix + base + suffix),
      ),
    );
    expect(candidates.filter((name) => valid.test(name)).sort()).toEqual([...names].sort());
  });

  it('splits an operator as written into prefix, base and IfExists', () => {
    expect(parseOperator('ForAnyValue:StringLikeIfExists')).toEqual({
      raw: 'ForAnyValue:StringLikeIfExists',
      base: 'StringLike',
      set: 'ForAnyValue',
      ifExists: true,
    });
    expect(parseOperator('Null')).toEqual({ raw: 'Null', base: 'Null', set: undefined, ifExists: false });
  });
});
