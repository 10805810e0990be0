/**
 * What a role may do: every `Allow` statement that reaches it — inline policies, attached
 * `AWS::IAM::Policy`/`ManagedPolicy`/`RolePolicy`, and AWS managed policies judged by their
 * document — with actions expanded against the Service Authorization Reference, actions the
 * statement's conditions make impossible or its resources cannot be (resource-scope.ts) dropped,
 * and unconditional `Deny` statements subtracted. The role/ and s3/ rules share this one view.
 */
import { actionPatternSet, expandActionPattern, type ActionInfo } from '../iam/actions.js';
import { awsManagedPolicyDocument, isAwsManagedPolicyArn } from '../data/managed-policies.js';
import { matchIamPattern } from '../iam/match.js';
import type { Role } from '../model/entities.js';
import { knownString, scalarAlternatives, type Resolved } from '../values/resolved.js';
import type { SourceRef } from '../parsers/source.js';
import { normalisePolicy, plainResolver, type PolicyDocument, type Statement } from '../iam/document.js';
import { actionsUnderConditions } from '../iam/condition-keys.js';
import { applicableActions } from '../iam/resource-scope.js';
import { rememberedFor } from '../iam/action-index.js';
import { ownString } from '../util/own-string.js';
import { pinnedDocument } from '../iam/encoded.js';

/**
 * How a policy document reaches a role (or stands alone), as values: an inline policy, an attached
 * (or standalone) policy, an AWS managed policy, a trust policy, and its name. rules/_shared/policies.ts
 * words it for messages.
 */
export interface PolicySourceName {
  kind: 'inline' | 'policy' | 'aws-managed' | 'trust';
  name: string;
}

export interface GrantSource {
  /** The policy document the statement is in. */
  document: PolicyDocument;
  /** How it reaches the role. */
  via: PolicySourceName;
}

export interface Grant {
  statement: Statement;
  source: GrantSource;
  /**
   * Actions the statement allows (after `NotAction` complement and unconditional `Deny`), without
   * those its conditions make impossible (docs/semantics.md#condition-keys-that-are-never-present).
   */
  actions: readonly ActionInfo[];
  /**
   * Actions the statement names (its conditions leaving them possible) that none of its resources
   * can be a resource of, so it does not allow them (`s3:GetObject` on a bucket ARN only): not in
   * `actions`, kept for the rules that report the mistake.
   */
  inapplicable: readonly ActionInfo[];
  /** `actions` and `inapplicable` together: what the statement allows not narrowed to its resources. */
  asWritten: readonly ActionInfo[];
  /** Action patterns that named no known action or service (left to policy/unknown-action). */
  unknownPatterns: readonly string[];
  /** Whether an action pattern could not be read (an intrinsic). */
  hasUnknownAction: boolean;
  /** The unconditional `Deny` statements that removed actions from this grant, and the services of what they removed. */
  denials: readonly Denial[];
}

/** An unconditional `Deny` statement that cancels part of an `Allow` statement. */
export interface Denial {
  statement: Statement;
  source: GrantSource;
  /** The services of the actions it removed from the grant. */
  services: ReadonlySet<string>;
}

interface DenyStatement {
  statement: Statement;
  source: GrantSource;
}

const cache = new WeakMap<Role, Grant[]>();
/**
 * Managed policy documents as normalised at each place that attaches them, per template: held only
 * as long as the template is, so that a run's memory follows the files it is linting.
 */
const managedDocuments = new WeakMap<SourceRef['doc'], Map<string, PolicyDocument | undefined>>();

/** Every Allow grant reaching the role, less the unconditional Denies of every policy of the role. Cached per role. */
export function grantsOf(role: Role): Grant[] {
  let grants = cache.get(role);
  if (!grants) {
    grants = grantsOfSources(documentsOf(role));
    cache.set(role, grants);
  }
  return grants;
}

const documentCache = new WeakMap<PolicyDocument, Grant[]>();

/**
 * The Allow grants of a policy attached to no role (a raw policy file, a policy of users or
 * groups), less the unconditional Denies of that document alone. Cached per document.
 */
export function grantsOfDocument(source: GrantSource): Grant[] {
  let grants = documentCache.get(source.document);
  if (!grants) {
    grants = grantsOfSources([source]);
    documentCache.set(source.document, grants);
  }
  return grants;
}

/** The Allow grants of documents that apply together: IAM evaluates them as one set, so a Deny in any of them cancels an Allow in any. */
function grantsOfSources(sources: readonly GrantSource[]): Grant[] {
  const denies: DenyStatement[] = sources.flatMap((source) =>
    source.document.statements.filter((st) => st.effect === 'Deny').map((statement) => ({ statement, source })),
  );
  return sources.flatMap((source) =>
    source.document.statements
      .filter((st) => st.effect === 'Allow')
      .map((statement) => grantOf(statement, source, denies)),
  );
}

/** The identity policy documents that reach a role, including AWS managed policies by their document. */
export function documentsOf(role: Role): GrantSource[] {
  const out: GrantSource[] = [];
  for (const { record, via } of role.policies) {
    if (record.document.kind !== 'identity') continue;
    out.push({
      document: record.document,
      via: { kind: via === 'inline' || via === 'raw-inline' ? 'inline' : 'policy', name: record.document.name },
    });
  }
  // Raw authorization details already attach the managed policies they list (by document).
  const attachedByName = new Set(
    role.policies.filter((p) => p.via === 'raw-managed').map((p) => p.record.document.name),
  );
  for (const { value, source } of role.managedPolicyArns) {
    for (const alt of scalarAlternatives(value)) {
      const arn = policyArnText(alt);
      if (arn === undefined || !isAwsManagedPolicyArn(arn) || attachedByName.has(arn.slice(arn.lastIndexOf('/') + 1)))
        continue;
      const document = managedDocument(arn, source);
      if (document) out.push({ document, via: { kind: 'aws-managed', name: arn.slice(arn.lastIndexOf('/') + 1) } });
    }
  }
  return out;
}

/**
 * The text of a policy ARN, reading `!Sub arn:${AWS::Partition}:iam::aws:policy/X` (how CDK and SAM
 * write managed policy ARNs) with the partition as `aws`: AWS managed policies are the same documents
 * in every partition.
 */
function policyArnText(value: Resolved): string | undefined {
  if (value.kind === 'concat') {
    let out = '';
    for (const part of value.parts) {
      const text = part.kind === 'unknown' && part.reason === 'AWS::Partition' ? 'aws' : knownString(part);
      if (text === undefined) return undefined;
      out += text;
    }
    return out;
  }
  return knownString(value);
}

/** An AWS managed policy's document, positioned at the `ManagedPolicyArns` entry that attaches it. */
function managedDocument(arn: string, at: SourceRef): PolicyDocument | undefined {
  const key = `${arn}\u0000${at.pointer}`;
  let byPlace = managedDocuments.get(at.doc);
  if (!byPlace) managedDocuments.set(at.doc, (byPlace = new Map()));
  if (!byPlace.has(key)) {
    const raw = awsManagedPolicyDocument(arn);
    byPlace.set(
      key,
      raw === undefined
        ? undefined
        : normalisePolicy(raw, {
            kind: 'identity',
            name: arn.slice(arn.lastIndexOf('/') + 1),
            source: { doc: pinnedDocument(at.doc, at.pointer, raw), pointer: '' },
            resolve: plainResolver,
          }),
    );
  }
  return byPlace.get(key);
}

/**
 * A grant whose actions are worked out when first asked for: most statements of a large run are
 * asked only whether they name a wildcard or a listed action, which needs none of them.
 */
class StatementGrant implements Grant {
  private named: NamedActions | undefined;
  private narrowed: Pick<Grant, 'actions' | 'inapplicable'> | undefined;

  constructor(
    readonly statement: Statement,
    readonly source: GrantSource,
    private readonly denies: readonly DenyStatement[],
  ) {}

  /** What the statement names, less impossible conditions and Denies: what policy/ rules judge a wildcard by. */
  get asWritten(): readonly ActionInfo[] {
    return this.namedActions.actions;
  }
  get actions(): readonly ActionInfo[] {
    return this.narrowedActions.actions;
  }
  get inapplicable(): readonly ActionInfo[] {
    return this.narrowedActions.inapplicable;
  }
  get unknownPatterns(): readonly string[] {
    return this.namedActions.unknownPatterns;
  }
  get hasUnknownAction(): boolean {
    return this.namedActions.hasUnknownAction;
  }
  get denials(): readonly Denial[] {
    return this.namedActions.denials;
  }

  private get namedActions(): NamedActions {
    return (this.named ??= namedActions(this.statement, this.denies));
  }

  /** The named actions narrowed to the statement's resources (the costly part: asked only by rules that need it). */
  private get narrowedActions(): Pick<Grant, 'actions' | 'inapplicable'> {
    if (!this.narrowed) {
      const named = this.namedActions.actions;
      // possibleActions in two steps, to keep what the resources rule out for s3/action-resource-mismatch.
      const applicable = applicableActions(this.statement, named);
      const inapplicable = applicable.length === named.length ? NO_ACTIONS : leftOut(named, applicable);
      this.narrowed = { actions: applicable, inapplicable };
    }
    return this.narrowed;
  }
}

interface NamedActions {
  readonly actions: readonly ActionInfo[];
  readonly unknownPatterns: readonly string[];
  readonly hasUnknownAction: boolean;
  readonly denials: readonly Denial[];
}

function grantOf(statement: Statement, source: GrantSource, denies: readonly DenyStatement[]): Grant {
  return new StatementGrant(statement, source, denies);
}

function namedActions(statement: Statement, denies: readonly DenyStatement[]): NamedActions {
  let hasUnknownAction = false;
  const patterns = (values: Statement['action']): string[] =>
    (values?.values ?? []).flatMap((v) =>
      scalarAlternatives(v.value).flatMap((alt) => {
        const s = knownString(alt);
        if (s === undefined) hasUnknownAction = true;
        return s === undefined ? [] : [s];
      }),
    );
  const { actions, unknownPatterns } = statement.action
    ? expansionOf('Action', patterns(statement.action))
    : statement.notAction
      ? expansionOf('NotAction', patterns(statement.notAction))
      : { actions: NO_ACTIONS, unknownPatterns: NO_PATTERNS };
  const denying = deniedPatterns(denies, statement);
  // Without conditions or Denies the expansion itself is the answer: a grant of `*` then shares
  // the one list of ≈18,000 actions with every other grant of `*`, never copied.
  let named = actionsUnderConditions(statement, actions);
  let removed: ReadonlyArray<readonly [number, ReadonlySet<string>]> = [];
  if (denying.length > 0) ({ kept: named, removed } = withoutDenied(named, denying));
  const denials = removed.map(([index, services]) => ({
    statement: denying[index]!.deny.statement,
    source: denying[index]!.deny.source,
    services,
  }));
  return { actions: named, unknownPatterns, hasUnknownAction, denials };
}

/**
 * What the grant's statement allows not narrowed to its resources (`actions` and `inapplicable`
 * together), as policy/wildcard-action and policy/privilege-escalation judge a wildcard, without
 * working out which apply to the resources.
 */
export function actionsAsWritten(grant: Grant): readonly ActionInfo[] {
  return grant.asWritten;
}

/**
 * The actions of `named` not in `applicable` (a subset of it), once per pair of lists: both are
 * shared between grants of `*` on the same resources (resource-scope.ts), and the ≈18,000 actions
 * a specific ARN rules out would otherwise be listed afresh for each.
 */
function leftOut(named: readonly ActionInfo[], applicable: readonly ActionInfo[]): readonly ActionInfo[] {
  let byApplicable = leftOuts.get(named);
  if (!byApplicable) leftOuts.set(named, (byApplicable = new WeakMap()));
  let rest = byApplicable.get(applicable);
  if (!rest) {
    const kept = new Set(applicable);
    rest = named.filter((a) => !kept.has(a));
    byApplicable.set(applicable, rest);
  }
  return rest;
}

const leftOuts = new WeakMap<readonly ActionInfo[], WeakMap<readonly ActionInfo[], readonly ActionInfo[]>>();

const NO_ACTIONS: readonly ActionInfo[] = Object.freeze([]);
const NO_PATTERNS: readonly string[] = Object.freeze([]);

interface Expansion {
  /** The actions named, each once, in the order the patterns first name them; operations AWS serves without IAM left out. */
  actions: readonly ActionInfo[];
  /** The `Action` patterns that named no known action. */
  unknownPatterns: readonly string[];
}

/**
 * What an `Action` (or, complemented, a `NotAction`) list names in the catalogue, worked out once
 * per distinct list: templates repeat the same lists (`*`, `s3:GetObject`) in statement after
 * statement, and each condition scenario reads its statements afresh.
 */
function expansionOf(element: 'Action' | 'NotAction', patterns: readonly string[]): Expansion {
  const key = `${element}\u0000${patterns.join('\u0000')}`;
  let expansion = expansions.get(key);
  if (!expansion) {
    expansion = element === 'Action' ? expandActions(patterns) : expandNotActions(patterns);
    // Bounded by the actions held, not the entries: every list may be a `*` of ≈18,000 actions.
    if (heldActions + expansion.actions.length <= MAX_HELD_ACTIONS && key.length <= MAX_KEY_LENGTH) {
      // Own copies of text cut from a template: the cache outlives the template (util/own-string.ts).
      expansion = { actions: expansion.actions, unknownPatterns: expansion.unknownPatterns.map(ownString) };
      expansions.set(ownString(key), expansion);
      heldActions += expansion.actions.length;
    }
  }
  return expansion;
}

const expansions = new Map<string, Expansion>();
let heldActions = 0;
/** About 8 MB of references: every distinct list of a large corpus, and no more for a hostile one. */
const MAX_HELD_ACTIONS = 1_000_000;
const MAX_KEY_LENGTH = 64 * 1024;

function expandActions(patterns: readonly string[]): Expansion {
  const actions: ActionInfo[] = [];
  const unknownPatterns: string[] = [];
  const seen = new Set<string>();
  for (const pattern of patterns) {
    const expanded = expandActionPattern(pattern);
    if (!expanded || expanded.length === 0) unknownPatterns.push(pattern);
    for (const a of expanded ?? []) {
      if (seen.has(a.id)) continue;
      seen.add(a.id);
      // An operation AWS serves without evaluating IAM (Cognito's sign-in APIs) is no grant: anyone may call it.
      if (!a.publicApi) actions.push(a);
    }
  }
  return { actions, unknownPatterns };
}

function expandNotActions(patterns: readonly string[]): Expansion {
  // NotAction with Allow grants everything except what it lists.
  const excluded = actionPatternSet(patterns);
  return {
    actions: (expandActionPattern('*') ?? []).filter((a) => !a.publicApi && !excluded(a)),
    unknownPatterns: NO_PATTERNS,
  };
}

/**
 * The action patterns of the unconditional Deny statements that cancel the Allow statement for
 * every resource it names. Worked out once per statement: `*` grants expand to every action.
 */
interface Denying {
  deny: DenyStatement;
  /** Its action patterns. */
  patterns: readonly string[];
  /** They are a `NotAction` list: the Deny names every action but those. */
  except: boolean;
}

function deniedPatterns(denies: readonly DenyStatement[], allow: Statement): Denying[] {
  const allowResources = (allow.resource?.values ?? []).flatMap((v) => scalarAlternatives(v.value).map(knownString));
  const out: Denying[] = [];
  for (const denyStatement of denies) {
    const deny = denyStatement.statement;
    if (deny.conditions.length > 0 || deny.notResource) continue;
    const denyResources = (deny.resource?.values ?? []).flatMap((v) => scalarAlternatives(v.value).map(knownString));
    const covers =
      allowResources.length === 0 || allowResources.some((r) => r === undefined)
        ? denyResources.includes('*')
        : allowResources.every((r) => denyResources.some((d) => d !== undefined && matchIamPattern(d, r!)));
    if (!covers) continue;
    // `Deny` with `NotAction` denies every action it does not list (IAM User Guide, NotAction): an action
    // of the grant is removed unless the list names it. A list with a part that cannot be read may name
    // any action, so such a Deny removes nothing.
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html
    const except = deny.action === undefined && deny.notAction !== undefined;
    const patterns: string[] = [];
    let unread = false;
    for (const v of (except ? deny.notAction : deny.action)?.values ?? []) {
      for (const alt of scalarAlternatives(v.value)) {
        const pattern = knownString(alt);
        if (pattern !== undefined) patterns.push(pattern);
        else unread = true;
      }
    }
    if (except && unread) continue;
    if (patterns.length > 0) out.push({ deny: denyStatement, patterns, except });
  }
  return out;
}

interface DenyOutcome {
  kept: readonly ActionInfo[];
  /** By index into the Deny list, in the order they first removed an action: the services of what each removed. */
  removed: ReadonlyArray<readonly [number, ReadonlySet<string>]>;
}

/**
 * The actions of `named` no Deny of the list denies (the first that denies an action removes it; a
 * `NotAction` Deny denies what its list does not name),
 * remembered per list and Deny patterns: every scenario of a template, and every `*` grant of a
 * role beside the same Deny, asks the same.
 */
function withoutDenied(named: readonly ActionInfo[], denying: readonly Denying[]): DenyOutcome {
  const key = `deny\u0000${denying.map((d) => `${d.except ? '\u0002' : ''}${d.patterns.join('\u0001')}`).join('\u0000')}`;
  return rememberedFor(named, key, () => {
    const sets = denying.map((d) => actionPatternSet(d.patterns));
    const removed = new Map<number, Set<string>>();
    const kept = named.filter((a) => {
      const by = sets.findIndex((names, i) => names(a) !== denying[i]!.except);
      if (by < 0) return true;
      const services = removed.get(by) ?? new Set<string>();
      services.add(a.service);
      removed.set(by, services);
      return false;
    });
    return { kept, removed: [...removed] };
  });
}
