// Discord's message limits (https://discord.com/developers/docs/resources/message and /interactions).
// The renderer cuts to these; the e2e emulator checks them independently.
import { truncateText } from '../reply/truncate.ts';

export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFooter: 2048,
  embedFields: 25,
  embedTotal: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  /** Link buttons only; a markdown link inside an embed description has no limit of its own. */
  linkUrl: 512,
  /** Our own cap for a markdown link in a description, so one odd URL cannot eat the 4096-character budget. */
  markdownUrl: 2048,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

export const EPHEMERAL_FLAG = 1 << 6;

/**
 * Text cut to a Discord limit the way a reader expects (truncateText: sentence or word end, ellipsis), measured in
 * UTF-16 units. Discord has said its API counts code points; counting units is never less, so the text fits either
 * way (an emoji is one code point, two units) and a message full of emoji is not refused.
 */
export function fitLimit(text: string, max: number): string {
  const whole = truncateText(text, max);
  if (whole.length <= max) return whole;
  // The most code points whose cut still fits in `max` units (a binary search; the cut only grows with the room).
  let best = truncateText(text, 1);
  let low = 1;
  let high = max - 1;
  while (low <= high) {
    const room = Math.floor((low + high) / 2);
    const cut = truncateText(text, room);
    if (cut.length <= max) {
      best = cut;
      low = room + 1;
    } else {
      high = room - 1;
    }
  }
  return best;
}

/** The longest prefix within `max` UTF-16 units that does not split a character (for values, which get no ellipsis). */
export function cutUnits(text: string, max: number): string {
  let out = '';
  for (const char of text) {
    if (out.length + char.length > max) break;
    out += char;
  }
  return out;
}
