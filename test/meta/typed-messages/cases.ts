/**
 * Compile-time proof that `report()` is checked against the message templates (typed messages,
 * the README's "Adding a rule"): every `@ts-expect-error` below must be an error, and every other line must
 * compile. typed-messages.test.ts runs `tsc` on this file alone; `npm test`'s typecheck covers it too.
 */
import { defineRule, type SourceRef } from '../../../src/rule-api.js';

declare const at: SourceRef;

export default defineRule({
  meta: {
    id: 'test/typed-messages',
    description: 'Typed messages',
    severity: 'low',
    messages: {
      two: 'Role {{role}} may {{action}}.',
      spaced: 'Role {{ role }} is odd.',
      none: 'Something is wrong.',
    },
    notes: {
      dormant: 'The grant is dormant.',
      denied: 'Statement {{statement}} denies part of it.',
    },
    fix: 'Fix it.',
    references: ['https://example.com/'],
  },
  check(context) {
    // What compiles: exactly the placeholders of the template; no data for a template without any.
    context.report({ messageId: 'two', data: { role: '`R`', action: '`s3:GetObject`' }, at });
    context.report({ messageId: 'spaced', data: { role: '`R`' }, at });
    context.report({ messageId: 'none', at });
    context.report({
      messageId: 'two',
      data: { role: '`R`', action: 3 },
      at,
      notes: [{ id: 'dormant' }, { id: 'denied', data: { statement: '2' } }],
    });

    // @ts-expect-error a misspelt message ID
    context.report({ messageId: 'tow', data: { role: '`R`', action: 'x' }, at });
    // @ts-expect-error a missing placeholder (`action`)
    context.report({ messageId: 'two', data: { role: '`R`' }, at });
    // @ts-expect-error an extra placeholder (`why`)
    context.report({ messageId: 'two', data: { role: '`R`', action: 'x', why: 'because' }, at });
    // @ts-expect-error a misspelt placeholder (`rol`)
    context.report({ messageId: 'two', data: { rol: '`R`', action: 'x' }, at });
    // @ts-expect-error no data at all for a template with placeholders
    context.report({ messageId: 'two', at });
    // @ts-expect-error data for a template without placeholders
    context.report({ messageId: 'none', data: { role: '`R`' }, at });
    // @ts-expect-error a placeholder value that is neither a string nor a number
    context.report({ messageId: 'spaced', data: { role: ['`R`'] }, at });
    // @ts-expect-error one ID for two templates of different placeholders: the data fits only one
    context.report({ messageId: Math.random() > 0.5 ? 'two' : 'spaced', data: { role: '`R`', action: 'x' }, at });
    // @ts-expect-error an unknown note
    context.report({ messageId: 'none', at, notes: [{ id: 'dormnat' }] });
    // @ts-expect-error a note without the data its placeholders need
    context.report({ messageId: 'none', at, notes: [{ id: 'denied' }] });
    // @ts-expect-error a note with a misspelt placeholder
    context.report({ messageId: 'none', at, notes: [{ id: 'denied', data: { statment: '2' } }] });
  },
});
