import { type ApiEntities } from '../../model/apigateway.js';
import type { TfDocument } from './plan.js';
export declare function readApis(tf: TfDocument): ApiEntities;
