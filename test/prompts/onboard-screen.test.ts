// @inquirer/testing mocks every @inquirer prompt: import it before the code that asks.
import { screen } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import { onboard } from '../../src/commands/onboard.js';
import { getProfile } from '../../src/db/repos/profile.js';
import { inquirerPrompter } from '../../src/prompts/index.js';
import { dump, testEnv } from '../helpers/db.js';

describe('the onboarding questionnaire on a (virtual) terminal', () => {
  it('takes typed answers, keeps defaults on enter, and saves the profile', async () => {
    const { deps, db } = testEnv();
    const run = onboard(
      {},
      { ...deps, interactive: true, prompt: { ...inquirerPrompter, note: () => undefined } },
    );

    await screen.next();
    expect(screen.getScreen()).toContain('Language / 言語');
    screen.keypress('enter'); // English, the default
    await screen.next();
    expect(screen.getScreen()).toContain('Who do you want to become?');
    screen.type('A freelance web engineer');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Whom do you want to know?');
    screen.type('Freelancers ahead of me');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('What can you give?');
    screen.keypress('space'); // the first offer
    screen.keypress('enter');
    await screen.next();
    screen.keypress('enter'); // nothing else to give
    await screen.next();
    expect(screen.getScreen()).toContain('Your field of work');
    screen.keypress('enter'); // IT / software
    await screen.next();
    screen.keypress('enter'); // mixers: none
    await screen.next();
    screen.keypress('enter'); // most people from school and work
    await screen.next();
    screen.keypress('enter'); // no one else ahead
    await screen.next();
    screen.keypress('enter'); // no targets
    await run;

    expect(getProfile(db)).toMatchObject({
      lang: 'en',
      goal: 'A freelance web engineer',
      lookingFor: 'Freelancers ahead of me',
      canGive: ['feedback on their work'],
      field: 'it',
      habits: { mixersPerMonth: 0, mostFrom: 'school-work' },
    });
  });

  it('Ctrl-C leaves everything as it was', async () => {
    const { deps, db } = testEnv();
    const before = dump(db);
    const run = onboard(
      {},
      { ...deps, interactive: true, prompt: { ...inquirerPrompter, note: () => undefined } },
    );
    await screen.next();
    screen.keypress('enter');
    await screen.next();
    screen.type('half an answer');
    screen.keypress({ name: 'c', ctrl: true });
    await expect(run).rejects.toThrow();
    expect(dump(db)).toEqual(before);
  });
});
