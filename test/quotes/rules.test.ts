// The attribution rule table: its order, and the first answer winning.
import { describe, expect, it } from 'vitest';
import { placeOf } from '../../src/quotes/attribute.ts';
import { ATTRIBUTION_RULES, applyRules } from '../../src/quotes/rules.ts';
import { story } from './fixtures.ts';
import { LEAD, read } from './ruleHarness.ts';

describe('the attribution rule table', () => {
  it('tries the rules in order: the words next to the quote first, the context last', () => {
    expect(ATTRIBUTION_RULES.map((r) => r.name)).toEqual([
      'credit',
      'transcript',
      'after',
      'after',
      'final',
      'before',
      'before',
      'final',
      'headline',
      'colon',
      'interview',
      'same-paragraph',
      'credit',
      'credit',
      'credit',
      'credit',
      'later-in-paragraph',
      'later-in-paragraph',
      'subject-before',
      'subject-before',
      'credit',
      'continuation',
      'lead-in',
      'continuation',
      'subject-before',
      'later-in-paragraph',
      'same-paragraph',
      'credit',
      'subject',
      'subject',
      'subject',
      'subject-before',
    ]);
  });

  it('gives the first answer in the table when two rules could answer', () => {
    const r = read(
      story('order', [LEAD, 'Board chair Nadia Okafor said “the terminal will stay open for now,” Okafor added.']),
    );
    const place = placeOf(r.context.states, 0);
    if (place === null) throw new Error('no place');
    expect(applyRules(r.context, place).method).toBe('after');
  });

  it('leaves a quote unresolved when no rule answers', () => {
    const r = read(story('none', [LEAD, '“The terminal will stay open for as long as the ferries keep running.”']));
    const place = placeOf(r.context.states, 0);
    if (place === null) throw new Error('no place');
    expect(applyRules(r.context, place)).toEqual({ speaker: null, cue: null, method: 'none' });
  });
});
