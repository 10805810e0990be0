import { type Compilation } from './compilation.js';
export declare function compileLambdaRole(compilation: Compilation): void;
