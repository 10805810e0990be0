/**
 * The dialects a run's inputs are read with, in the order they are read: IAM JSON first, because
 * a template's policy may attach to one of its roles by name (dialect.ts ReadContext). Rules never
 * see a dialect: they read the IdentityModel built from every dialect's contribution.
 */
import type { LoadedInputs } from '../inputs/types.js';
import { IdentityModel } from '../model/model.js';
import type { Dialect, ModelContribution } from '../model/contribution.js';
import { cloudFormation } from './cloudformation/dialect.js';
import { iamJson } from './iam-json/dialect.js';

export const DIALECTS: readonly Dialect[] = [iamJson, cloudFormation];

/** The model of a run's inputs. */
export function buildIdentityModel(inputs: LoadedInputs): IdentityModel {
  const contributions: ModelContribution[] = [];
  for (const dialect of DIALECTS)
    contributions.push(dialect.read(inputs, { roles: contributions.flatMap((c) => c.roles) }));
  return new IdentityModel({ documents: inputs.documents, problems: inputs.problems, contributions });
}
