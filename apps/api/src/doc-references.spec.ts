import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const SKIP = new Set(['node_modules', 'dist', 'data', '.git', 'coverage', 'out']);

function* sources(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sources(path);
    else if (/\.(ts|js|mjs|md)$/.test(name)) yield path;
  }
}

/**
 * Every Markdown file a comment or document names must be in the repository: relative to the
 * naming file, to the repository root (how comments cite docs/ARCHITECTURE.md) or to docs/.
 */
describe('documents named in code and docs exist', () => {
  it('finds every referenced .md file in the repository', () => {
    const missing: string[] = [];
    const files = ['apps', 'libs', 'bench', 'test', 'scripts', 'docs'].flatMap((d) => [...sources(join(ROOT, d))]);
    files.push(
      ...readdirSync(ROOT)
        .filter((f) => /\.(md|js|mjs)$/.test(f))
        .map((f) => join(ROOT, f)),
    );
    let references = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?<![\w./-])((?:\.{1,2}\/)?[\w./-]*[A-Za-z0-9_-]\.md)\b/g)) {
        const ref = m[1];
        if (/^https?:|\/\//.test(ref)) continue;
        references++;
        if (![dirname(file), ROOT, join(ROOT, 'docs')].some((base) => existsSync(resolve(base, ref))))
          missing.push(`${relative(ROOT, file)}: ${ref}`);
      }
    }
    expect(references).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });
});
