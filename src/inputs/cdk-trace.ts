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
export const MAX_TRACE_FRAMES = 64;
/** Longer frames are not stack lines a runtime writes; they are skipped unread. */
export const MAX_FRAME_LENGTH = 2048;
const MAX_POSITION = 10_000_000;

/** `(location)` at the end of a frame, or the whole frame; location = `<file>:<line>:<column>`. */
const LOCATION = /^(.*):(\d{1,8}):(\d{1,8})$/;

/** Frames of the CDK and its dependencies, not of the app: anything under node_modules, and the CDK's own packages in a source checkout. */
function isLibraryFile(file: string): boolean {
  return /(^|\/)node_modules\//.test(file) || /(^|\/)(aws-cdk-lib|constructs|@aws-cdk)\//.test(file);
}

/**
 * A plain file path, '/'-separated: absolute (`/…`, `C:/…`) or relative without `..` segments.
 * URLs other than `file://`, `node:` internals, `<anonymous>`, `native` and control characters
 * are refused.
 */
function filePath(raw: string): string | undefined {
  let file = raw;
  if (file.startsWith('file://')) {
    try {
      file = decodeURIComponent(file.slice('file://'.length));
    } catch {
      return undefined;
    }
    // file:///C:/app/x.ts → /C:/app/x.ts
    if (/^\/[A-Za-z]:\//.test(file)) file = file.slice(1);
  }
  file = file.replace(/\\/g, '/');
  if (file === '' || file.length > MAX_FRAME_LENGTH) return undefined;

  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(file)) return undefined;
  const absolute = file.startsWith('/') || /^[A-Za-z]:\//.test(file);
  // A scheme (`node:`, `http:`, `webpack:`) or a pseudo-location (`<anonymous>`, `native`).
  if (!absolute && (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(file) || /[<>]/.test(file) || file === 'native')) return undefined;
  if (!absolute && file.split('/').includes('..')) return undefined;
  return file;
}

/** The location a frame points at, if it is a file position. */
export function parseFrame(frame: unknown): SourceFrame | undefined {
  if (typeof frame !== 'string' || frame.length > MAX_FRAME_LENGTH) return undefined;
  const text = frame.trim().replace(/^at\s+/, '');
  // `fn (location)` or `location`; `new Role (…)` and `Object.<anonymous> (…)` both end in `)`.
  const open = text.endsWith(')') ? text.lastIndexOf(' (') : -1;
  const location = open >= 0 ? text.slice(open + 2, -1) : text;
  const match = LOCATION.exec(location);
  if (!match) return undefined;
  const line = Number(match[2]);
  const column = Number(match[3]);
  if (line < 1 || column < 1 || line > MAX_POSITION || column > MAX_POSITION) return undefined;
  const file = filePath(match[1]!);
  return file === undefined ? undefined : { file, line, column };
}

/** The first frame of a trace in the app's own code, or undefined (no trace, or only library frames). */
export function firstUserFrame(trace: unknown): SourceFrame | undefined {
  if (!Array.isArray(trace)) return undefined;
  const frames = Math.min(trace.length, MAX_TRACE_FRAMES);
  for (let i = 0; i < frames; i++) {
    const frame = parseFrame(trace[i]);
    if (frame && !isLibraryFile(frame.file)) return frame;
  }
  return undefined;
}
