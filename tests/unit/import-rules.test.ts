import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/paths';

const SRC = join(PROJECT_ROOT, 'src');

/** Each TypeScript module under `folder` with the modules it imports by relative path (from src/). */
function importGraph(folder: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const name of readdirSync(join(SRC, folder)).filter((file) => file.endsWith('.ts'))) {
    const file = join(SRC, folder, name);
    const imports = [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)[^'"]*from '(\.[^']+)'/gm)].map(
      ([, path]) => `${relative(SRC, resolve(dirname(file), path!))}.ts`,
    );
    graph.set(`${folder}/${name}`, imports);
  }
  return graph;
}

describe('import rules', () => {
  it('src/lib never imports the content check: pure code does not reach up', () => {
    const upward = [...importGraph('lib')].flatMap(([file, imports]) => imports.filter((path) => path.startsWith('checks/')).map((path) => `${file} → ${path}`));
    expect(upward).toEqual([]);
  });

  it('the modules of src/checks import each other without a cycle', () => {
    const graph = importGraph('checks');
    const cycles: string[] = [];
    const visit = (file: string, trail: string[]): void => {
      if (trail.includes(file)) {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(' → '));
        return;
      }
      for (const next of graph.get(file) ?? []) if (graph.has(next)) visit(next, [...trail, file]);
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
