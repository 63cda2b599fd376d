// Short forms of given names ("Les" for "Leslie", "Bill" for "William"): the same person when an article writes
// both with one surname ("Harbour CEO Les Tallisker … CEO Leslie Tallisker said"). General English, never corpus names.

/** Each short form with the full given names it stands for. */
export const GIVEN_NAME_SHORT_FORMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['al', ['alan', 'albert', 'alfred', 'alexander']],
  ['alex', ['alexander', 'alexandra', 'alexis']],
  ['andy', ['andrew']],
  ['ben', ['benjamin']],
  ['bill', ['william']],
  ['bob', ['robert']],
  ['chris', ['christopher', 'christine', 'christina']],
  ['dan', ['daniel']],
  ['dave', ['david']],
  ['don', ['donald']],
  ['ed', ['edward']],
  ['jim', ['james']],
  ['joe', ['joseph']],
  ['jon', ['jonathan']],
  ['kate', ['katherine', 'catherine', 'kathryn']],
  ['ken', ['kenneth']],
  ['les', ['leslie', 'lesley']],
  ['liz', ['elizabeth']],
  ['matt', ['matthew']],
  ['mike', ['michael']],
  ['nick', ['nicholas']],
  ['pat', ['patrick', 'patricia']],
  ['rob', ['robert']],
  ['ron', ['ronald']],
  ['sam', ['samuel', 'samantha']],
  ['steve', ['steven', 'stephen']],
  ['sue', ['susan']],
  ['ted', ['edward', 'theodore']],
  ['tim', ['timothy']],
  ['tom', ['thomas']],
  ['tony', ['anthony']],
]);

/** Whether two given names (normalised) are one short form and a full name it stands for, either way round. */
export function sameGivenName(a: string, b: string): boolean {
  return (GIVEN_NAME_SHORT_FORMS.get(a)?.includes(b) ?? false) || (GIVEN_NAME_SHORT_FORMS.get(b)?.includes(a) ?? false);
}
