/**
 * The dialects a run's inputs are read with, in the order they are read: IAM JSON first, because
 * a template's policy may attach to one of its roles by name (dialect.ts ReadContext). Rules never
 * see a dialect: they read the IdentityModel built from every dialect's contribution.
 */
import type { LoadedInputs } from '../inputs/types.js';
import { IdentityModel } from '../model/model.js';
import type { Dialect } from '../model/contribution.js';
export declare const DIALECTS: readonly Dialect[];
/** The model of a run's inputs. */
export declare function buildIdentityModel(inputs: LoadedInputs): IdentityModel;
