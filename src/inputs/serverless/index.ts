/**
 * A Serverless Framework service (`serverless.yml` and the files it includes) read as the
 * CloudFormation stack the framework deploys, so every rule runs on it unchanged: the service file
 * and its includes are parsed (service-files.ts), its variables resolved (variables.ts), and it is
 * compiled to one template (compile.ts) whose findings point into the files where each resource,
 * statement or event is written. Included files belong to the service: the directory walk does not
 * lint them again as fragments of their own.
 */
import { isPlainObject } from '../../core/objects.js';
import type { ParsedDocument, Range } from '../../parsers/types.js';
import { compileService } from './compile.js';
import { type ServiceHost, ServiceFiles } from './service-files.js';
import { VariableResolver } from './variables.js';

export { SERVICE_FILE_NAMES, type ServiceHost, isServiceFileName, serviceFileIn } from './service-files.js';

export interface ServiceResult {
  /** The compiled template's document; none when the service file cannot be read or is not a mapping. */
  template?: ParsedDocument;
  /** The service file first, then every file it includes (also those that do not parse). */
  documents: ParsedDocument[];
  /** What could not be read or linked (an include outside the service, a program), where it is written. */
  notes: Array<{ file: string; range: Range; message: string }>;
  /** File-system paths of the service file and every file it includes. */
  claimedFiles: Set<string>;
  /** The CLI options (`--parameter` names) the service reads: `stage`, and every `${opt:…}` resolved. */
  options: Set<string>;
  /** Why the service file itself could not be read. */
  unreadable?: string;
}

/** `userParameters`: `--parameter`, the CLI options (`stage`, `region`, …) the service's `${opt:…}` variables read. */
export function readServerlessService(
  serviceFile: string,
  host: ServiceHost,
  userParameters: ReadonlyMap<string, string>,
): ServiceResult {
  const files = new ServiceFiles(host.path.dirname(serviceFile), host);
  const notes: ServiceResult['notes'] = [];
  const seen = new Set<string>();
  const result = (template?: ParsedDocument, optionsRead: Iterable<string> = []): ServiceResult => ({
    ...(template ? { template } : {}),
    documents: files.documents,
    notes,
    claimedFiles: files.claimed,
    options: new Set(['stage', ...optionsRead]),
  });
  const read = files.service(serviceFile);
  if ('refused' in read) return { ...result(), unreadable: read.refused };
  const service = read.doc;
  // A service file that does not parse is reported as such (input/parse-error): nothing to compile.
  if (!host.usable(service) || !isPlainObject(service.data)) return result();
  const note = (at: { doc: ParsedDocument; pointer: string } | undefined, message: string): void => {
    const where = at ?? { doc: service, pointer: '' };
    const range = where.doc.locate(where.pointer);
    const key = `${where.doc.file}:${range.start.line}:${range.start.column}:${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    notes.push({ file: where.doc.file, range, message });
  };
  const variables = new VariableResolver({
    service,
    options: userParameters,
    include: (given) => files.include(given),
    note,
  });
  const template = compileService(service, variables, note);
  return result(template, variables.optionsRead);
}
