// The small readers of the writer's words: wire datelines and "a statement from".
import { describe, expect, it } from 'vitest';
import { datelineEnd, documentFromLength, issuedBy } from '../../src/quotes/clauses.ts';
import { spacedTokens } from './fixtures.ts';

const tokens = spacedTokens;

describe('datelineEnd', () => {
  it('ends after the agency of “PLACE , Mon D ( AGENCY )”', () => {
    expect(datelineEnd(tokens('New Delhi , Feb 3 ( PTI ) Party leader Arvind Kumar said'))).toBe(8);
  });

  it('ends after the dash of “CITY — …”', () => {
    expect(datelineEnd(tokens('DENVER — The museum opened on Thursday'))).toBe(2);
  });

  it('is 0 when the sentence opens with its subject', () => {
    expect(datelineEnd(tokens('Party leader Arvind Kumar said on Saturday'))).toBe(0);
  });

  it('is 0 when a bracket holds more than an agency name', () => {
    expect(datelineEnd(tokens('Kumar ( who leads the party in the state ) said'))).toBe(0);
  });
});

describe('documentFromLength', () => {
  it('counts “a statement from” as three tokens', () => {
    expect(documentFromLength(tokens('a statement from Anna Volkova'), 0)).toBe(3);
  });

  it('counts “the joint statement by” as four tokens', () => {
    expect(documentFromLength(tokens('the joint statement by Anna Volkova'), 0)).toBe(4);
  });

  it('is 0 for a person after “according to”', () => {
    expect(documentFromLength(tokens('Anna Volkova'), 0)).toBe(0);
  });
});

describe('issuedBy', () => {
  it('says a name is a document’s issuer after “a statement from” or “the written statement by”, not after “a spokesman for”', () => {
    expect(issuedBy(tokens('A statement from Riverbend Trust said'), 3)).toBe(true);
    expect(issuedBy(tokens('The written statement by Riverbend Trust said'), 4)).toBe(true);
    expect(issuedBy(tokens('A spokesman for Riverbend Trust said'), 3)).toBe(false);
  });
});
