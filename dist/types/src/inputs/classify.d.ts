/**
 * What kind of input a parsed document is, decided from its data alone (plus the file name for
 * Amplify's parameters.json, which has no shape of its own).
 */
import type { ParsedDocument } from '../parsers/types.js';
export type DocumentKind = 'template' | 'resources-fragment' | 'aws-account' | 'iam' | 'cdk-manifest' | 'amplify-parameters' | 'terraform' | 'other';
/** True when the document has data worth looking at: syntax errors with nothing (or no object) read count as unparseable. */
export declare function hasUsableData(doc: ParsedDocument): boolean;
export declare function classifyDocument(doc: ParsedDocument): DocumentKind;
/**
 * Whether text that did not parse still looks like something this linter reads, judged from the
 * raw text (there is no data to classify): a template (`AWSTemplateFormatVersion`, a SAM
 * `Transform`, a top-level `Resources` key — at the start of a YAML line, or first in a JSON
 * object that starts the file — or a `Resources` key anywhere along with a `Type: AWS::…`), IAM
 * policy JSON (`Statement`, a policy document key, account authorization details) or a cloud
 * assembly manifest, or Terraform plan or state JSON. A directory
 * walk skips a broken file that looks like none of them (a tsconfig.json with comments, a Helm
 * chart template) instead of reporting it. Each test is one regular expression without nested
 * quantifiers: linear in the length of the text.
 */
export declare function looksLikeLintInput(text: string): boolean;
