/**
 * The layers of src/, top to bottom (ARCHITECTURE.md): a file imports its own part and the layers
 * below its own, never one above, and the parts of one layer do not import each other. A new folder
 * or top-level file under src/ gets a place here before anything imports it.
 */
import { dirname, relative, resolve, sep } from 'node:path';

export const LAYERS = [
  ['cli'],
  ['output'],
  ['commands'],
  ['commands/support'],
  ['coach', 'io', 'sync', 'config', 'cron', 'prompts'],
  ['db'],
  ['rules'],
  ['errors.ts'],
  ['i18n'],
  ['domain', 'dirs.ts'],
];

const ORDER = LAYERS.map((parts) => parts.join(', ')).join(' → ');
const PARTS = LAYERS.flatMap((parts, rank) => parts.map((part) => ({ part, rank }))).sort(
  (a, b) => b.part.length - a.part.length,
);

/** The part of src/ a path (relative to src/, with /) belongs to; null outside src/. */
function partOf(path) {
  if (path.startsWith('..') || path === '') return null;
  return (
    PARTS.find(({ part }) => path === part || path.startsWith(`${part}/`)) ?? {
      part: path.split('/')[0],
      rank: -1,
    }
  );
}

const downward = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports inside src/ point downward through the layers (ARCHITECTURE.md).' },
    schema: [],
    messages: {
      up: '{{from}} may not import {{to}}: imports point downward, {{order}} (ARCHITECTURE.md).',
      peer: '{{from}} and {{to}} stand on one layer and do not import each other: move the shared code below both (ARCHITECTURE.md).',
      unplaced:
        '{{what}} has no place in the layers: add it to LAYERS in eslint-layers.js and to ARCHITECTURE.md.',
    },
  },
  create(context) {
    const src = resolve(context.cwd, 'src');
    const rel = (abs) => relative(src, abs).split(sep).join('/');
    const from = partOf(rel(context.filename));
    if (from === null) return {};
    const check = (node, spec) => {
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      // Sources import each other as .js (NodeNext): src/errors.js is src/errors.ts.
      const to = partOf(rel(resolve(dirname(context.filename), spec)).replace(/\.js$/, '.ts'));
      if (to === null || to.part === from.part) return;
      for (const p of [from, to])
        if (p.rank < 0)
          return context.report({ node, messageId: 'unplaced', data: { what: `src/${p.part}` } });
      if (to.rank > from.rank) return;
      const data = { from: `src/${from.part}`, to: `src/${to.part}`, order: ORDER };
      context.report({ node, messageId: to.rank === from.rank ? 'peer' : 'up', data });
    };
    const fromSource = (node) => node.source && check(node.source, node.source.value);
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};

export default { rules: { downward } };
