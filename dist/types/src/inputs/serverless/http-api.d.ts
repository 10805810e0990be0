import { type Compilation } from './compilation.js';
export declare function compileHttpApi(compilation: Compilation): void;
