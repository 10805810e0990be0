import type { ModelParts } from '../../model/contribution.js';
import type { PropertyReader } from './properties.js';
import { type TemplateResource } from './stack.js';
export declare function readRoleMappings(resource: TemplateResource, read: PropertyReader, parts: ModelParts): void;
