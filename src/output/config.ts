import type { ConfigResult } from '../commands/config.js';

export function configText(r: ConfigResult): string {
  return Object.entries(r.settings)
    .map(([k, v]) => `${k} = ${v}`)
    .join('\n');
}
