import { describe, expect, it } from 'vitest';
import { devices, names, portableExport } from './devices.js';

describe('rel sync across three devices', () => {
  it('concurrent adds on three devices reach all three', async () => {
    const { all } = devices(3);
    const [a, b, c] = all as [any, any, any];
    await a.ok('add', 'Aiko Tanaka', '--origin', 'study-group', '--tag', 'mentor');
    await a.ok('give', 'Aiko', 'reviewed her slides', '--kind', 'feedback');
    await b.ok('add', 'Ken Sato', '--origin', 'work', '--nick', 'Ken-san');
    await c.ok('add', 'Yumi Ono');
    await c.ok('touch', 'Yumi', 'coffee');
    for (const d of [a, b, c, a, b]) await d.sync();
    for (const d of [a, b, c]) expect(await names(d)).toEqual(['Aiko Tanaka', 'Ken Sato', 'Yumi Ono']);
    const ref = await portableExport(a);
    expect(await portableExport(b)).toEqual(ref);
    expect(await portableExport(c)).toEqual(ref);
  });
});
