// The lines of a scraped page as blocks: whole lines, hard-wrapped paragraphs and paragraphs broken mid-sentence.
import { describe, expect, it } from 'vitest';
import { GLUED_AD_LABELS, rawBlocks, withoutGluedAdLabels } from '../../src/corpus/rawBlocks.ts';

describe('rawBlocks', () => {
  it('joins the lines of a hard-wrapped paragraph, and keeps short lines (titles, paragraph ends) apart', () => {
    const raw = [
      'Water bills to rise',
      'Updated 2 hours ago',
      '',
      'Household water bills in the region will rise by an average of 7% from',
      'April, the regulator said on Thursday, after it approved plans to replace',
      'ageing pipes.',
      '',
      'The regulator said companies must cut leaks by a fifth over the next five',
      'years or face fines, and that customers on low incomes would get help.',
    ].join('\n');
    expect(rawBlocks(raw)).toEqual([
      'Water bills to rise',
      'Updated 2 hours ago',
      'Household water bills in the region will rise by an average of 7% from April, the regulator said on Thursday, after it approved plans to replace ageing pipes.',
      'The regulator said companies must cut leaks by a fifth over the next five years or face fines, and that customers on low incomes would get help.',
    ]);
  });

  it('joins a paragraph a page broke into lines mid-sentence, though its other paragraphs are whole lines', () => {
    const raw = [
      'Harbour master Ines Varga said the crossing had been the roughest she could remember in thirty years at sea, and that every crew had done well.',
      'Deckhand Ben Ruiz, who has sailed the route since he was sixteen and knows',
      'every rock in the strait, said the radar failed twice before midnight.',
      'The ferry reached the quay at dawn with all of its passengers safe and well, and the harbour reopened.',
    ].join('\n');
    expect(rawBlocks(raw)).toEqual([
      'Harbour master Ines Varga said the crossing had been the roughest she could remember in thirty years at sea, and that every crew had done well.',
      'Deckhand Ben Ruiz, who has sailed the route since he was sixteen and knows every rock in the strait, said the radar failed twice before midnight.',
      'The ferry reached the quay at dawn with all of its passengers safe and well, and the harbour reopened.',
    ]);
  });

  it('does not join lines a blank line parts, or a line under a short one or one that ends in a stop', () => {
    const raw = [
      'A standfirst for the story that ends with no stop at all',
      '',
      'crews were praised by the harbour board on Friday.',
      'Share this',
      'article with a friend',
      'The ferry sailed on time.',
      'nobody was hurt, the harbour master said.',
    ].join('\n');
    expect(rawBlocks(raw)).toEqual([
      'A standfirst for the story that ends with no stop at all',
      'crews were praised by the harbour board on Friday.',
      'Share this',
      'article with a friend',
      'The ferry sailed on time.',
      'nobody was hurt, the harbour master said.',
    ]);
  });

  it('keeps one block per line when lines are whole paragraphs', () => {
    expect(rawBlocks('Title\nA first paragraph that ends here.\n\nA second one, also whole.')).toEqual([
      'Title',
      'A first paragraph that ends here.',
      'A second one, also whole.',
    ]);
  });
});

describe('withoutGluedAdLabels', () => {
  it.each(GLUED_AD_LABELS.map((label) => [label]))(
    'takes "%s" off a line’s start when a capital or the line’s end follows it',
    (label) => {
      expect(withoutGluedAdLabels(`${label}Marta said: “We will go on.”`)).toBe('Marta said: “We will go on.”');
      expect(withoutGluedAdLabels(label)).toBe('');
    },
  );

  it('takes labels off again and again, and leaves words that go on in lower case or after a space', () => {
    expect(withoutGluedAdLabels('Hide AdAdvertisement')).toBe('');
    expect(withoutGluedAdLabels('Advertisements paid for the new stand.')).toBe(
      'Advertisements paid for the new stand.',
    );
    expect(withoutGluedAdLabels('Hide Advice from the council was clear.')).toBe(
      'Hide Advice from the council was clear.',
    );
    expect(withoutGluedAdLabels('Advertisement The council met.')).toBe('Advertisement The council met.');
  });

  it('drops a label line from the blocks and frees the paragraph glued to one', () => {
    expect(rawBlocks('Hide AdAdvertisement\nHide AdMarta said: “We will go on.”')).toEqual([
      'Marta said: “We will go on.”',
    ]);
  });
});
