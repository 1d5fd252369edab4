// Compiles the stylesheet and copies templates and browser assets into dist/, so the built
// package renders pages without building anything at request time.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { NodePackageImporter, compile } from 'sass';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const govukFrontendDist = join(
  dirname(createRequire(import.meta.url).resolve('govuk-frontend/package.json')),
  'dist',
  'govuk',
);

export function buildAssets() {
  const source = join(packageRoot, 'src');
  const dist = join(packageRoot, 'dist');
  const assets = join(dist, 'assets');
  rmSync(assets, { recursive: true, force: true });
  rmSync(join(dist, 'views'), { recursive: true, force: true });
  mkdirSync(assets, { recursive: true });

  const { css } = compile(join(source, 'styles', 'application.scss'), {
    importers: [new NodePackageImporter()],
    style: 'compressed',
    quietDeps: true,
  });
  writeFileSync(join(assets, 'application.css'), css);
  cpSync(join(govukFrontendDist, 'govuk-frontend.min.js'), join(assets, 'govuk-frontend.min.js'));
  cpSync(join(source, 'assets'), assets, { recursive: true });
  cpSync(join(source, 'views'), join(dist, 'views'), { recursive: true });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  buildAssets();
}
