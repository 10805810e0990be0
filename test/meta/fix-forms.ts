/**
 * The Terraform and Serverless Framework forms of each rule's fix, as its page shows them under
 * "## How to fix" (`### Terraform`, `### Serverless Framework`), for the meta tests: which form a
 * part gives (a snippet, "as in CloudFormation", "cannot arise"), and a rule page's CloudFormation
 * example placed into a minimal serverless.yml, the way the framework merges `resources`
 * (https://www.serverless.com/framework/docs/providers/aws/guide/resources).
 */
import { fencedBlocks, type FencedBlock } from './rule-docs.js';

export const TERRAFORM_HEADING = '### Terraform';
export const SERVERLESS_HEADING = '### Serverless Framework';

/** The line a part starts with when the rule cannot report anything written in that form. */
export const CANNOT_ARISE = 'Cannot arise';
/** The line a Serverless part starts with when the fix is the CloudFormation one (under `resources`, or the same words). */
export const AS_IN_CLOUDFORMATION = 'As in CloudFormation';

export interface FormPart {
  heading: string;
  /** 1-based line of the `###` heading in the page. */
  line: number;
  body: string;
  blocks: FencedBlock[];
}

/** The `###` parts of a "## How to fix" section body (`firstLine`: the page line of the body's first line). */
export function formParts(body: string, firstLine: number): FormPart[] {
  const parts: FormPart[] = [];
  const lines = body.split('\n');
  let fence: string | undefined;
  let current: { heading: string; line: number; start: number } | undefined;
  const flush = (end: number): void => {
    if (!current) return;
    const text = lines.slice(current.start, end).join('\n');
    parts.push({
      heading: current.heading,
      line: current.line,
      body: text,
      blocks: fencedBlocks(text, firstLine + current.start),
    });
  };
  lines.forEach((text, index) => {
    const match = /^ {0,3}(`{3,}|~{3,})/.exec(text);
    if (match) fence = fence === undefined ? match[1] : text.trim() === fence ? undefined : fence;
    if (fence === undefined && /^### /.test(text)) {
      flush(index);
      current = { heading: text.trim(), line: firstLine + index, start: index + 1 };
    }
  });
  flush(lines.length);
  return parts;
}

/** The first non-empty line of a part that is not in a fence. */
export function firstProse(part: FormPart): string {
  return (
    part.body
      .split('\n')
      .find((l) => l.trim() !== '')
      ?.trim() ?? ''
  );
}

/**
 * A page's CloudFormation example as a serverless.yml: its template sections under `resources`
 * (the framework merges them into the stack it deploys), with the version, description and
 * transform left out, since they are the framework's own.
 */
export function serviceFromTemplate(template: string): string {
  const kept: string[] = [];
  let skipping = false;
  for (const line of template.replace(/\n$/, '').split('\n')) {
    if (/^\S/.test(line)) skipping = /^(AWSTemplateFormatVersion|Description|Transform)\s*:/.test(line);
    else if (line.trim() === '' && skipping) continue;
    if (!skipping) kept.push(line === '' ? '' : `  ${line}`);
  }
  return ['service: example', 'provider:', '  name: aws', 'resources:', ...kept, ''].join('\n');
}
