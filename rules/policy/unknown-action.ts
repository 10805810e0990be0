import {
  actionPatternsOf,
  closestAction,
  defineRule,
  expandActionPattern,
  type ActionPattern,
  type Statement,
} from '../../src/rule-api.js';
import { formatList } from '../_shared/lists.js';
import { policyLabel, statementName } from '../_shared/policies.js';

export default defineRule({
  meta: {
    id: 'policy/unknown-action',
    description: 'Actions must exist in the AWS Service Authorization Reference',
    severity: 'medium',
    messages: {
      // By what the dead entries fail to do, for one entry and several: no placeholder carries grammar.
      unknown:
        'In {{where}}, no action of the AWS Service Authorization Reference matches {{actions}}, so that entry allows nothing.',
      unknownMany:
        'In {{where}}, no action of the AWS Service Authorization Reference matches {{actions}}, so those entries allow nothing.',
      unknownDeny:
        'In {{where}}, no action of the AWS Service Authorization Reference matches {{actions}}, so that entry denies nothing.',
      unknownDenyMany:
        'In {{where}}, no action of the AWS Service Authorization Reference matches {{actions}}, so those entries deny nothing.',
      unknownExclude:
        'In {{where}}, no action of the AWS Service Authorization Reference matches {{actions}}, so that entry excludes nothing.',
      unknownExcludeMany:
        'In {{where}}, no action of the AWS Service Authorization Reference matches {{actions}}, so those entries exclude nothing.',
    },
    // The known action an entry most likely misspells, said after the message for each entry it names.
    notes: {
      didYouMean: 'Did you mean {{suggestion}}?',
      didYouMeanFor: 'Did you mean {{suggestion}} for {{action}}?',
    },
    fix: 'Correct the action name (`service:ActionName`; look it up in the Service Authorization Reference) or remove it.',
    fixIn: {
      terraform:
        'Correct the action name in `actions` (`service:ActionName`; look it up in the Service Authorization Reference) or remove it.',
    },
    references: [
      'https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html',
    ],
    tags: ['policy'],
  },
  check(context) {
    for (const record of context.model.writtenPolicies()) {
      const { document } = record;
      for (const statement of document.statements) {
        const patterns = [
          ...actionPatternsOf(statement.action).patterns,
          ...actionPatternsOf(statement.notAction).patterns,
        ];
        const unknown: ActionPattern[] = [];
        for (const pattern of patterns) {
          if (pattern.text === '*') continue;
          const expanded = expandActionPattern(pattern.text);
          if (expanded === undefined || expanded.length === 0) unknown.push(pattern);
        }
        if (unknown.length === 0) continue;
        const texts = [...new Set(unknown.map((p) => p.text))];
        // The list names the first eight entries; a suggestion is given for those it names.
        const suggestions = texts.slice(0, LISTED).flatMap((text) => {
          const suggestion = closestAction(text);
          return suggestion ? [{ action: `\`${text}\``, suggestion: `\`${suggestion}\`` }] : [];
        });
        context.report({
          messageId: MESSAGES[verb(statement, unknown)][unknown.length === 1 ? 0 : 1],
          data: {
            where: `${policyLabel(document)}, ${statementName(statement)}`,
            actions: formatList(
              texts.map((text) => `\`${text}\``),
              LISTED,
            ),
          },
          notes: suggestions.map((s) =>
            texts.length === 1
              ? { id: 'didYouMean' as const, data: { suggestion: s.suggestion } }
              : { id: 'didYouMeanFor' as const, data: s },
          ),
          at: unknown[0]!.source,
        });
      }
    }
  },
});

/** How many entries a message names before it says how many more there are. */
const LISTED = 8;

/** What a dead entry fails to do: in `NotAction` it excludes nothing (so the statement covers more than meant). */
function verb(statement: Statement, unknown: ActionPattern[]): 'exclude' | 'deny' | 'allow' {
  const inNotAction = unknown.every((p) => statement.notAction?.values.some((v) => v.source === p.source));
  if (inNotAction) return 'exclude';
  return statement.effect === 'Deny' ? 'deny' : 'allow';
}

/** The message for one dead entry and for several, by what they fail to do. */
const MESSAGES = {
  allow: ['unknown', 'unknownMany'],
  deny: ['unknownDeny', 'unknownDenyMany'],
  exclude: ['unknownExclude', 'unknownExcludeMany'],
} as const;
