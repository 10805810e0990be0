/**
 * Which form a finding's fix is told in: the form its resource was written in. A Terraform
 * resource is known by its address (FindingResource.address, set only by the Terraform dialect);
 * a Serverless service is a template compiled in memory (ParsedDocument.compiledFrom.form), or,
 * when its `serverless.yml` does not parse (input/parse-error), that file itself. Everything else (CloudFormation, SAM, cdk.out, Amplify, raw IAM JSON) gets the rule's `fix`.
 */
import { isServiceFileName } from '../inputs/serverless/index.js';
import type { SourceRef } from '../parsers/source.js';
import type { RuleMeta } from './rule.js';
import type { FindingResource, FixDialect } from './types.js';

export function fixDialectOf(anchor: SourceRef, resource: FindingResource | undefined): FixDialect | undefined {
  if (resource?.address !== undefined) return 'terraform';
  const compiled = anchor.doc.compiledFrom?.form;
  if (compiled) return compiled;
  return isServiceFileName(anchor.doc.file.slice(anchor.doc.file.lastIndexOf('/') + 1)) ? 'serverless' : undefined;
}

/** The rule's fix in the finding's form, or its CloudFormation form where that form has none of its own. */
export function fixFor(meta: Pick<RuleMeta, 'fix' | 'fixIn'>, dialect: FixDialect | undefined): string {
  return (dialect && meta.fixIn?.[dialect]) ?? meta.fix;
}
