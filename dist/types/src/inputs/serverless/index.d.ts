import type { ParsedDocument, Range } from '../../parsers/types.js';
import { type ServiceHost } from './service-files.js';
export { SERVICE_FILE_NAMES, type ServiceHost, isServiceFileName, serviceFileIn } from './service-files.js';
export interface ServiceResult {
    /** The compiled template's document; none when the service file cannot be read or is not a mapping. */
    template?: ParsedDocument;
    /** The service file first, then every file it includes (also those that do not parse). */
    documents: ParsedDocument[];
    /** What could not be read or linked (an include outside the service, a program), where it is written. */
    notes: Array<{
        file: string;
        range: Range;
        message: string;
    }>;
    /** File-system paths of the service file and every file it includes. */
    claimedFiles: Set<string>;
    /** The CLI options (`--parameter` names) the service reads: `stage`, and every `${opt:…}` resolved. */
    options: Set<string>;
    /** Why the service file itself could not be read. */
    unreadable?: string;
}
/** `userParameters`: `--parameter`, the CLI options (`stage`, `region`, …) the service's `${opt:…}` variables read. */
export declare function readServerlessService(serviceFile: string, host: ServiceHost, userParameters: ReadonlyMap<string, string>): ServiceResult;
