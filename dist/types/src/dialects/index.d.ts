/**
 * The dialects: what turns a run's documents into the model's entities. Today CloudFormation
 * (templates, SAM, cloud assemblies; cloudformation/) and bare IAM JSON (iam-json/, read through
 * the same builder so that a policy file can attach to a template's role). Rules never see a
 * dialect: they read the IdentityModel this builds.
 */
import type { LoadedInputs } from '../inputs/types.js';
import { IdentityModel } from '../model/model.js';
/** The model of a run's inputs. */
export declare function buildIdentityModel(inputs: LoadedInputs): IdentityModel;
