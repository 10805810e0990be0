/**
 * What a rule is: metadata in one place, and a `check` that reads the model and reports.
 * Generic parameters infer the message templates (`defineRule`'s const type parameter), so the
 * compiler checks every report: a misspelt `messageId` fails to compile, and so does `data` that
 * misses, adds or misspells a `{{placeholder}}` of that message's template (typescript-eslint's
 * typed messages; test/meta/typed-messages/ proves it).
 */
import { formatMessage, type PlaceholderValue } from '../core/template.js';
import type { IdentityModel } from '../model/model.js';
import type { SourceRef } from '../parsers/source.js';
import type { Range } from '../parsers/types.js';
import type { FindingResource, FixDialect, Severity } from './types.js';

/** Message templates by message ID. */
export type MessageTemplates = Readonly<Record<string, string>>;

// The filler is shared with the parsers' problem texts (src/core/template.ts).
export { formatMessage, type PlaceholderValue };

type Trim<S extends string> = S extends ` ${infer R}` ? Trim<R> : S extends `${infer R} ` ? Trim<R> : S;

/** The placeholder names of one template: `'Role {{role}} may {{ action }}.'` → `'role' | 'action'`. */
export type Placeholders<Template extends string> = Template extends `${string}{{${infer Name}}}${infer Rest}`
  ? Trim<Name> | Placeholders<Rest>
  : never;

/**
 * The `data` a report of one template needs: exactly its placeholders, or none at all when it has
 * none. A template only known as `string` (a rule seen through the untyped `Rule`) takes any data.
 */
export type MessageData<Template extends string> = string extends Template
  ? { data?: Readonly<Record<string, PlaceholderValue>> }
  : [Placeholders<Template>] extends [never]
    ? { data?: undefined }
    : { data: Readonly<Record<Placeholders<Template>, PlaceholderValue>> };

export interface RuleMeta<
  Messages extends MessageTemplates = MessageTemplates,
  Notes extends MessageTemplates = MessageTemplates,
> {
  /** `<area>/<name>`, equal to the rule's path under `rules/`. A public contract: never renamed. */
  id: string;
  /** One line: what the rule checks. */
  description: string;
  /** Default severity; a report may lower or raise it where its page says so (docs/semantics.md#severities). */
  severity: Severity;
  /**
   * Message templates; `{{name}}` is replaced by `data.name`. One sentence with a concrete subject;
   * placeholders carry values only, so every sentence a user can read is here (and in `--explain`).
   */
  messages: Messages;
  /**
   * Sentences a report may add after its message (an optional clause that would otherwise be a
   * placeholder filled with prose): each one sentence, with placeholders for values only.
   */
  notes?: Notes;
  /** One line: how to fix it, in a CloudFormation template (CDK in parentheses where it differs). */
  fix: string;
  /**
   * One line each: how to fix it in the other input forms where the fix is written differently
   * (Terraform: HCL attributes, `$${…}` for an IAM variable in HCL source; Serverless:
   * serverless.yml keys). A finding read from that form reports this text instead of `fix`
   * (src/engine/fix-form.ts); the rule page shows the same forms under "How to fix".
   */
  fixIn?: Readonly<Partial<Record<FixDialect, string>>>;
  /** AWS documentation the rule relies on. */
  references: string[];
  tags?: string[];
  /**
   * The rules this one leaves a case to (cfn-lint's parent/child rules): what they report, this
   * rule does not report again. Shown on the rule's page; a meta test checks every ID exists.
   */
  defersTo?: readonly string[];
}

/** Where a report points and how it is told apart; everything but the message. */
export interface ReportTarget {
  /** The exact node the finding is about (the nearest existing parent when what is missing is the problem). */
  at: SourceRef;
  /** The resource named by the finding; by default the template resource (or raw IAM entity) containing `at`. */
  resource?: FindingResource;
  /** Overrides the rule's default severity for this finding (conditional severities: docs/semantics.md#severities). */
  severity?: Severity;
  /** Distinguishes several findings of one rule at one node (part of the fingerprint). */
  key?: string;
  /** An exact range that no pointer names (a syntax error); `at` then only gives the document. */
  range?: Range;
}

/** A report as the engine receives it, whatever the rule: its message ID and data unchecked. */
export interface ReportDescriptor<MessageIds extends string = string> extends ReportTarget {
  messageId: MessageIds;
  data?: Readonly<Record<string, PlaceholderValue>>;
  notes?: readonly NoteDescriptor[];
}

/** A note as the engine receives it. */
export interface NoteDescriptor {
  id: string;
  data?: Readonly<Record<string, PlaceholderValue>>;
}

/** For each ID of a set of templates, the object naming it with the data its placeholders need. */
type Filled<Templates extends MessageTemplates, IdKey extends string> = {
  [Id in keyof Templates & string]: { [K in IdKey]: Id } & MessageData<Templates[Id]>;
}[keyof Templates & string];

/** A report of one rule: for each message ID (and each note), the data its template's placeholders need. */
export type Report<Messages extends MessageTemplates, Notes extends MessageTemplates = NoNotes> = Filled<
  Messages,
  'messageId'
> &
  ReportTarget & { notes?: readonly Filled<Notes, 'id'>[] };

/**
 * One note of a report, with the data its template needs: what a shared wording helper returns for
 * notes that several rules declare (rules/_shared/exposure.ts: `EXPOSURE_NOTES`).
 */
export type ReportNote<Notes extends MessageTemplates> = Filled<Notes, 'id'>;

/** The notes of a rule that declares none. */
export type NoNotes = Readonly<Record<never, string>>;

export interface RuleContext<
  Messages extends MessageTemplates = MessageTemplates,
  Notes extends MessageTemplates = MessageTemplates,
> {
  readonly model: IdentityModel;
  report(descriptor: Report<Messages, Notes>): void;
  /** Record that a decision needed a value that could not be resolved (a notification, not a finding). */
  unresolved(message: string, at?: SourceRef): void;
}

export interface Rule<
  Messages extends MessageTemplates = MessageTemplates,
  Notes extends MessageTemplates = MessageTemplates,
> {
  meta: RuleMeta<Messages, Notes>;
  check(context: RuleContext<Messages, Notes>): void;
}

export function defineRule<const Messages extends MessageTemplates, const Notes extends MessageTemplates = NoNotes>(
  rule: Rule<Messages, Notes>,
): Rule<Messages, Notes> {
  return rule;
}

/** The text of a finding: its message, then its notes, each filled with its data. */
export function messageText(
  meta: Pick<RuleMeta, 'messages' | 'notes'>,
  descriptor: Pick<ReportDescriptor, 'messageId' | 'data' | 'notes'>,
): string {
  const template = meta.messages[descriptor.messageId] ?? descriptor.messageId;
  const notes = (descriptor.notes ?? []).map((note) => formatMessage(meta.notes?.[note.id] ?? note.id, note.data));
  return [formatMessage(template, descriptor.data), ...notes].join(' ');
}
