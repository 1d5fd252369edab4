// Loads one TypeScript source file for a benchmark. The server's test helpers are not part of its
// build (`dist/` ships no `testing/`), so a bench that needs one compiles it here, as ts-jest does.
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);
const ts = require('typescript');

/** The exports of a `.ts` file whose imports are packages or other built JavaScript. */
export function requireTypeScript(file) {
  const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    fileName: file,
  });
  const loaded = new Module(file);
  loaded.filename = file;
  loaded.paths = Module._nodeModulePaths(dirname(file));
  loaded._compile(outputText, file);
  return loaded.exports;
}
