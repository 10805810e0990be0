/**
 * Construct creation traces of a cloud assembly: with `CDK_DEBUG=true` (or `cdk synth --debug`)
 * the CDK records, on each manifest metadata entry, the stack at the moment the entry was added
 * (cloud-assembly-schema `MetadataEntry.trace: string[]`, "a stack trace for when the entry was
 * created"). Each frame is a V8 stack line without its leading `at `: `new Role (/app/node_modules/
 * aws-cdk-lib/aws-iam/lib/role.js:1:2345)`, `Object.<anonymous> (/app/bin/app.ts:9:1)`,
 * `/app/bin/app.ts:9:1`, or a `file://` URL for an ES module app.
 *
 * The first frame outside the CDK's own libraries is where the developer's code created the
 * construct. Traces are input like any other and may be hostile: only so many frames and so many
 * characters are looked at, a frame must end in a plain file path with a line and column, and the
 * file is only shown and linked, never read.
 */
import type { SourceFrame } from './types.js';
/** Frames examined per trace: the user's frame follows a handful of library frames. */
export declare const MAX_TRACE_FRAMES = 64;
/** Longer frames are not stack lines a runtime writes; they are skipped unread. */
export declare const MAX_FRAME_LENGTH = 2048;
/** The location a frame points at, if it is a file position. */
export declare function parseFrame(frame: unknown): SourceFrame | undefined;
/** The first frame of a trace in the app's own code, or undefined (no trace, or only library frames). */
export declare function firstUserFrame(trace: unknown): SourceFrame | undefined;
