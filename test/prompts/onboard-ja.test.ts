// @inquirer/testing mocks every @inquirer prompt: import it before the code that asks.
import { screen } from '@inquirer/testing/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { onboard } from '../../src/commands/onboard.js';
import { inquirerPrompter, setPromptLang } from '../../src/prompts/index.js';
import { testEnv } from '../helpers/db.js';
import { reported } from '../helpers/inprocess.js';

afterEach(() => setPromptLang('en'));

describe('onboarding for a Japanese speaker, and for someone with no one recorded yet', () => {
  it('says "anyone else" only after a first answer', async () => {
    const { en } = await import('../../src/i18n/index.js');
    expect(en.onboard.aheadNewQ({ after: false })).not.toContain('else');
    expect(en.onboard.aheadNewQ({ after: true })).toContain('else');
  });

  it('words the key hints in Japanese, and asks "anyone" (not "anyone else") first', async () => {
    setPromptLang('ja');
    const { deps } = testEnv();
    const run = onboard(
      {},
      { ...deps, interactive: true, prompt: { ...inquirerPrompter, note: () => undefined } },
    );
    await screen.next();
    expect(screen.getScreen()).toContain('移動');
    expect(screen.getScreen()).not.toContain('navigate');
    screen.keypress('down');
    screen.keypress('enter'); // 日本語
    for (let i = 0; i < 2; i++) {
      await screen.next();
      screen.keypress('enter');
    }
    await screen.next();
    expect(screen.getScreen()).toContain('選択');
    expect(screen.getScreen()).toContain('決定');
    screen.keypress('enter');
    for (let i = 0; i < 4; i++) {
      await screen.next();
      screen.keypress('enter');
    }
    await screen.next();
    expect(screen.getScreen()).toContain('少し先を行く知り合いはいますか');
    expect(screen.getScreen()).not.toContain('ほかに');
    screen.keypress('enter');
    await screen.next();
    screen.keypress('enter');
    await run;
  });

  it('Ctrl-C says that nothing was changed', async () => {
    const { deps } = testEnv();
    const run = onboard(
      {},
      { ...deps, interactive: true, prompt: { ...inquirerPrompter, note: () => undefined } },
    );
    await screen.next();
    screen.keypress({ name: 'c', ctrl: true });
    const e = await run.catch((x: unknown) => x);
    const { value, err } = reported(e, ['onboard']);
    expect(value).toBe(130);
    expect(err).toContain('nothing was changed');
    const ja = reported(e, ['onboard', '--lang', 'ja']);
    expect(ja.err).toContain('何も変更していません');
  });
});
