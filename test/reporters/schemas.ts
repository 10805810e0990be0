/**
 * Validators for the two schemas the reporters promise to meet: our report schema and the
 * SARIF 2.1.0 schema (the copy shipped with Microsoft's SARIF SDK, see schemas/README.md).
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readSchema } from '../../src/util/package-root.js';

/** An absolute URI: what `format: uri` demands (ajv-formats is not a dependency). */
function isAbsoluteUri(value: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:/.test(value) && URL.canParse(value);
}

/** A URI reference, relative ones included: no characters that RFC 3986 forbids unescaped. */
function isUriReference(value: string): boolean {
  return /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*$/.test(value) && !/%(?![0-9A-Fa-f]{2})/.test(value);
}

export function reportValidator(): ValidateFunction {
  // Our own schema is draft-07 and written for strict mode: ajv's defaults, no leniency.
  const ajv = new Ajv({ allErrors: true });
  ajv.addFormat('uri', isAbsoluteUri);
  return ajv.compile(readSchema('report.schema.json'));
}

export function sarifValidator(): ValidateFunction {
  // The SDK's copy declares JSON Schema 2020-12 (the OASIS text says draft-04, SchemaStore's
  // copy draft-07; the keywords the schema uses mean the same in all three), so it needs
  // ajv's 2020 class. It compiles in ajv's strict mode as it is: no leniency needed.
  const ajv = new Ajv2020({ allErrors: true });
  ajv.addFormat('uri', isAbsoluteUri);
  ajv.addFormat('uri-reference', isUriReference);
  // Not emitted by our reporter; declared so that the schema compiles without ajv-formats.
  ajv.addFormat('date-time', true);
  ajv.addFormat('uuid', true);
  return ajv.compile(readSchema('sarif-2.1.0.schema.json'));
}

export function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`)
    .join('\n');
}
