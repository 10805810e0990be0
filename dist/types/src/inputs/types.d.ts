/**
 * What the input layer hands to the model: every parsed document, the CloudFormation
 * templates among them (with their stack context), the raw IAM JSON documents, and the
 * problems met on the way (unreadable files, broken manifests).
 */
import type { SourceFrame } from '../core/types.js';
import type { ParsedDocument, Pointer, Range } from '../parsers/types.js';
import type { InputProblemCode, InputProblemData } from './problem-messages.js';
import type { ReadFailure } from './read-failures.js';
export type { InputProblemCode, InputProblemData };
/** The only file-system access the core needs; the CLI passes node's, tests pass an in-memory one. */
export interface FileSystem {
    /**
     * Reads a regular file as UTF-8. With `maxBytes`, never reads more than that (plus one byte to
     * tell): a larger file throws an error with code `EFBIG`, whatever size `stat` reported (files in
     * /proc report 0 and never end). A path that is not a regular file once opened throws `ESPECIAL`.
     */
    readFile(path: string, maxBytes?: number): string;
    /** As readFile, but the bytes themselves: the loader decodes them (a BOM may say UTF-16 or UTF-32). */
    readBytes(path: string, maxBytes?: number): Uint8Array;
    /**
     * The canonical path (symbolic links resolved), as `fs.realpathSync`; throws as it does. The loader
     * compares real paths, not path strings: `ln -s . x` names the same directory under endless names.
     */
    realpath(path: string): string;
    /** Entries of a directory (names only, no paths). */
    readdir(path: string): string[];
    /**
     * `undefined` when the path does not exist. Follows symbolic links; `isSymbolicLink` tells the
     * directory walk that the entry itself is a link, so it can refuse to descend into linked
     * directories (loops) while still reading linked files.
     */
    stat(path: string): {
        isFile: boolean;
        isDirectory: boolean;
        size: number;
        isSymbolicLink?: boolean;
    } | undefined;
}
/** Where a template sits in a CDK cloud assembly. */
export interface AssemblyContext {
    /** Directory of the (possibly nested) assembly, relative to the working directory. */
    dir: string;
    /** The manifest.json that named this template. */
    manifestFile: string;
    /** Artifact id of the stack (`ProdAuth1550ED5A`). */
    artifactId: string;
    /** From `environment: aws://<account>/<region>`; undefined when unknown-account / unknown-region. */
    account?: string;
    region?: string;
    /** Identifies the root assembly this stack belongs to (cross-stack references resolve only within it). */
    rootDir: string;
}
/** A position in a CDK app's source (src/core/types.ts holds it: finding resources carry one). */
export type { SourceFrame } from '../core/types.js';
export interface TemplateInput {
    doc: ParsedDocument;
    /** '/Resources' for a template; '' for a Resources fragment (a file that is only a map of resources). */
    resourcesPointer: '/Resources' | '';
    /** Stack name: the cdk.out `stackName`, else the file path. */
    stackName: string;
    /** Unique key of the stack within the run (file path for templates). */
    stackKey: string;
    assembly?: AssemblyContext;
    /** For a nested stack template: the parent template and the `AWS::CloudFormation::Stack` logical ID that creates it. */
    nestedIn?: {
        parentStackKey: string;
        logicalId: string;
        /** The outermost stack of the tree, when the parent is itself nested (an Amplify GraphQL API's stacks). */
        rootStackKey?: string;
    };
    /** Logical ID → CDK construct path, from manifest / `<Stack>.metadata.json` `aws:cdk:logicalId` entries. */
    cdkPaths: ReadonlyMap<string, string>;
    /** Logical ID → where the CDK app created the construct, from the creation traces of those entries (src/inputs/cdk-trace.ts). */
    cdkSources?: ReadonlyMap<string, SourceFrame>;
    /** For a stack of an Amplify project: the category resource it belongs to (src/inputs/amplify-project.ts). */
    amplify?: {
        category: string;
        resource: string;
    };
    /** Parameter values the user gave (or an Amplify parameters.json beside the template). Certain, not alternatives. */
    parameterValues: ReadonlyMap<string, string>;
    /**
     * The resources were read from an AWS account (src/inputs/aws-account.ts), not written in a
     * template: their logical IDs are their physical IDs, so a literal identity pool ID names one.
     */
    physicalIds?: true;
    /**
     * For a Serverless Framework service compiled to this template (src/inputs/serverless/): the CLI
     * options its variables read (`stage` for `${opt:stage}`), which `--parameter` gives.
     */
    options?: ReadonlySet<string>;
    /** Resources whose `Condition` is false under the condition values this input is read with: references to them resolve to nothing. */
    undeployed?: ReadonlySet<string>;
}
export interface InputProblem {
    file: string;
    range: Range;
    /** Stable, with `pointer` the problem's identity; input/parse-error's message ID (src/inputs/problem-messages.ts holds the words). */
    code: InputProblemCode;
    /** The values the code's template names. */
    data: InputProblemData;
    /** The node of `doc` the problem is about ('' without a document). */
    pointer: Pointer;
    /** Why the file the problem names could not be read: input/parse-error's note after the message. */
    reason?: ReadFailure;
    /** The code's text filled with the values, and the reason's note. */
    message: string;
    /** The document the problem is in, when it was parsed. */
    doc?: ParsedDocument;
}
export interface SkippedFile {
    file: string;
    reason: string;
    /** Refused for safety (a link out of the tree, a FIFO or device): always reported, named or walked. */
    refused?: true;
    /**
     * A file the run meant to read and could not (unreadable, over a size limit or the run's input
     * budget, undecodable, a directory it could not list): always reported, and the run fails.
     */
    lost?: true;
    /** A path named on the command line (or a parameter file) that does not exist: the run ends with exit 2. */
    missing?: true;
    /** Named on the command line but matched by an ignore pattern: not read (a warning). */
    ignored?: true;
    /** Met in a walk, does not parse and does not look like a template or IAM policy: skipped (a note). */
    notTemplate?: true;
}
/**
 * Something the input layer could not link, said once for the run (an `unresolved` note of the
 * report): an Amplify resource without a template, a `dependsOn` that names nothing.
 */
export interface InputNote {
    file: string;
    range?: Range;
    message: string;
}
/**
 * A run's inputs, keyed by the dialect that reads them (src/dialects/index.ts registers one per
 * key): the loader routes each document to one.
 */
export interface DialectInputs {
    /** Templates: plain, SAM, cloud assembly stacks, Amplify category stacks, account snapshots. */
    cloudformation: TemplateInput[];
    /** Raw IAM JSON: bare policies, get-role / get-policy-version / get-account-authorization-details output. */
    'iam-json': ParsedDocument[];
    /** Terraform plan and state JSON (`terraform show -json`), read by src/dialects/terraform/. */
    terraform: ParsedDocument[];
}
export type DialectId = keyof DialectInputs;
export interface LoadedInputs {
    /** Every document that was read, including unreadable ones (their syntaxErrors are set). */
    documents: ParsedDocument[];
    dialects: DialectInputs;
    problems: InputProblem[];
    /** Explicitly named paths that were not lintable, etc. (not findings). */
    skipped: SkippedFile[];
    /** What could not be linked (src/inputs/amplify-project.ts); like `skipped`, the whole run's. */
    notes?: InputNote[];
}
