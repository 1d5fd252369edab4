// A feature module's tables are its own: other modules call its services, never import its
// entities or repository. Test support (specs, harnesses) may build rows of any module, and so may
// the demo seeder, which loads fixtures into every table as the test builders do.
import { basename, dirname, relative, resolve, sep } from 'node:path';

const MODULES = resolve(import.meta.dirname, '../apps/server/src/modules');
const DATA_ACCESS = /\.(entity|repository)$/;
const TEST_SUPPORT = /\.(spec|harness)\.ts$/;
const FIXTURE_LOADERS = new Set(['seeding']);

function moduleOf(file) {
  const path = relative(MODULES, file);
  return path.startsWith('..') || path === '' ? null : path.split(sep)[0];
}

export const moduleBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: "forbid importing another feature module's entities or repository" },
    schema: [],
  },
  create(context) {
    const own = moduleOf(context.filename);
    if (own === null || FIXTURE_LOADERS.has(own) || TEST_SUPPORT.test(context.filename)) return {};
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = resolve(dirname(context.filename), source);
      const other = moduleOf(target);
      if (other === null || other === own || !DATA_ACCESS.test(target)) return;
      context.report({
        node: node.source,
        message: `the ${own} module may not import ${basename(target)}: ${other}'s tables are its own, so call a method of ${other}'s service instead`,
      });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

export const regflowPlugin = { rules: { 'module-boundaries': moduleBoundaries } };
