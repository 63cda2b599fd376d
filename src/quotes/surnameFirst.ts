// Names written surname first, as Chinese and Korean names are in English news ("Wang Qiming", "Moon Jae-in"): the
// first word, not the last, is the surname the article then uses alone ("Li told soldiers").

/**
 * Common Chinese (pinyin) and Korean surnames that are no English given name, so that a name they open is read as
 * written surname first. ("Lee", "Park", "Ma" are left out: they open Western names too; so is "Fan", a role noun
 * here.)
 */
export const SURNAMES_WRITTEN_FIRST: ReadonlySet<string> = new Set(
  `
  li wang zhang liu chen yang huang zhao wu zhou xu sun zhu hu guo lin gao luo zheng liang xie tang feng deng cao
  peng zeng xiao tian dong pan yuan cai jiang du ye cheng wei su lu ding ren shen yao xi qin fu lei bai cui kong
  mao qiu wen yin zou xiong jin hou shi tan liao fang jia xia duan
  kim choi jung kang cho yoon jang lim seo shin kwon hwang ahn yoo jeon moon bae baek
`
    .split(/\s+/u)
    .filter((w) => w.length > 0),
);

/**
 * The surname a name of two words (its given name perhaps hyphenated, "Jae-in"), or of three short ones ("Lim Kai
 * Wen"), is known by alone when written surname first: its first word, in lower case as keyed; null for any other
 * name.
 */
export function surnameWrittenFirst(tokens: readonly string[]): string | null {
  const first = tokens[0];
  // ("Lim Kai Wen", "Tan Mei Ling": a given name of two syllables may be written as two short words.)
  const syllables = tokens.length === 3 && tokens.slice(1).every((t) => t.length <= GIVEN_SYLLABLE_LETTERS);
  if ((tokens.length !== 2 && !syllables) || first === undefined || !SURNAMES_WRITTEN_FIRST.has(first)) return null;
  return first;
}

/** Most letters of one syllable of a given name written as words of its own ("Kai", "Wen", "Loong"). */
const GIVEN_SYLLABLE_LETTERS = 5;

/**
 * A romanised Korean or Cantonese given name, hyphenated with its second syllable in lower case ("Ji-ho", "Jae-in",
 * "Tsz-wai"): after it,
 * no Western given name follows, so the word before it is a surname written first, even one that is also a place
 * word ("Park Ji-ho"). ("Jean-Pierre" keeps its capital after the hyphen.)
 */
const ROMANISED_GIVEN_NAME = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/** Whether `word` is a romanised given name written after a surname ("Ji-ho" in "Park Ji-ho"). */
export function isRomanisedGivenName(word: string): boolean {
  return ROMANISED_GIVEN_NAME.test(word);
}

/**
 * One syllable of Korean as news romanises it: an initial consonant or none, a vowel, a final consonant or none
 * ("ji", "ho", "hyun", "yeon", "woo"). English words a hyphen joins to a capitalised one rarely read so ("Two-goal",
 * "Hat-trick", "Cash-strapped").
 */
const KOREAN_SYLLABLE =
  /^(?:kk|tt|pp|ss|jj|ch|sh|[bdghjkmnprstwy])?(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|ou|a|e|i|o|u)(?:ng|[hklmnpt])?$/u;

/**
 * Whether a capitalised word is a Korean given name of two syllables joined by a hyphen, the second in lower case
 * ("Ji-ho", "Seo-yeon", "Hyun-woo"): a name's word, though it reads like a compound ("Two-goal").
 */
export function isKoreanGivenName(word: string): boolean {
  if (!ROMANISED_GIVEN_NAME.test(word)) return false;
  const [first, second] = word.toLowerCase().split('-');
  return KOREAN_SYLLABLE.test(first ?? '') && KOREAN_SYLLABLE.test(second ?? '');
}

/**
 * The surname a name as written ("Park Ji-ho", "Lee Hyun-woo", "Henry Chan Tsz-wai") is known by alone when its last
 * word is a romanised given name: the word before it, in lower case, after a given name of another kind (no romanised one) if one opens the
 * name; null for any other name.
 */
export function surnameBeforeRomanisedGivenName(written: string): string | null {
  const words = written.split(' ');
  // ("Henry Chan Tsz-wai": a Western given name may open it, before the surname and the romanised given name.)
  const [first, given] = words.length === 3 && !isRomanisedGivenName(words[0] ?? '') ? words.slice(1) : words;
  if (words.length > 3 || first === undefined || given === undefined || !isRomanisedGivenName(given)) return null;
  if (words.length === 3 && words[2] !== given) return null;
  return first.toLowerCase();
}
