// Irregular English verb forms mapped to their base form, which a suffix stemmer cannot do: "said" must find
// "says" and "say", "met" must find "meeting". Forms that are just as often other words (left, found, rose) stay.

const FORMS: Record<string, string> = {
  said: 'say', made: 'make', told: 'tell', met: 'meet', took: 'take', taken: 'take', gave: 'give', given: 'give', went: 'go',
  gone: 'go', came: 'come', saw: 'see', seen: 'see', knew: 'know', known: 'know', thought: 'think',
  brought: 'bring', bought: 'buy', held: 'hold', began: 'begin', begun: 'begin', spoke: 'speak', spoken: 'speak',
  wrote: 'write', written: 'write', chose: 'choose', chosen: 'choose', won: 'win', sent: 'send', built: 'build',
  fought: 'fight', led: 'lead', became: 'become', grew: 'grow', grown: 'grow', drew: 'draw', drawn: 'draw',
  struck: 'strike', sought: 'seek', felt: 'feel', kept: 'keep', meant: 'mean', paid: 'pay', stood: 'stand',
  sold: 'sell', got: 'get', gotten: 'get', ran: 'run', ate: 'eat', eaten: 'eat', flew: 'fly', flown: 'fly',
  threw: 'throw', thrown: 'throw', broke: 'break', broken: 'break', drove: 'drive', driven: 'drive', hid: 'hide',
  hidden: 'hide', understood: 'understand', withdrew: 'withdraw', withdrawn: 'withdraw', undertook: 'undertake',
  forgot: 'forget', forgotten: 'forget', forgave: 'forgive', forgiven: 'forgive', froze: 'freeze', frozen: 'freeze',
  stole: 'steal', stolen: 'steal', swore: 'swear', sworn: 'swear', taught: 'teach', caught: 'catch', fled: 'flee',
  dealt: 'deal', slept: 'sleep', spent: 'spend', lent: 'lend', bent: 'bend', heard: 'hear', shook: 'shake',
  shaken: 'shake', woke: 'wake', woken: 'wake', arose: 'arise', arisen: 'arise', overtook: 'overtake',
  overseen: 'oversee', oversaw: 'oversee', foresaw: 'foresee', foreseen: 'foresee', wore: 'wear', worn: 'wear',
  tore: 'tear', torn: 'tear', bore: 'bear', borne: 'bear', sang: 'sing', sung: 'sing', rang: 'ring', rung: 'ring',
  sank: 'sink', sunk: 'sink', swam: 'swim', swum: 'swim', bit: 'bite', bitten: 'bite', rode: 'ride', ridden: 'ride',
  fed: 'feed', bled: 'bleed',
};

/** The base form of an irregular verb form, or the word itself. */
export function baseForm(word: string): string {
  return Object.hasOwn(FORMS, word) ? (FORMS[word] ?? word) : word;
}
