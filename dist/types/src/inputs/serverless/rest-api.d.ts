import { type Compilation } from './compilation.js';
export declare function compileRestApi(compilation: Compilation): void;
