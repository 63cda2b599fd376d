// Making text inert in Discord: markdown shown literally, and mentions that cannot render as pings
// (allowed_mentions already stops the ping; this also stops the blue highlight of an echoed "@everyone").
import { visibleText } from '../reply/visible.ts';

/** Backslash-escapes every markdown-significant character; Discord renders `\x` as `x` for punctuation. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\*_~`|>#\-[\]()<:]/gu, (c) => `\\${c}`).replace(/^(\s*)(\d+)\./gmu, '$1$2\\.');
}

/** Breaks @everyone / @here and user/role/channel/command mention syntax with a zero-width space. */
export function defuseMentions(text: string): string {
  return text
    .replace(/@(everyone|here)/giu, '@\u200b$1')
    .replace(/<(@[!&]?|#)(\d+)>/gu, '<$1\u200b$2>')
    .replace(/<\/([^<>\s:]+(?: [^<>\s:]+){0,2}):(\d+)>/gu, '<\u200b/$1:$2>');
}

/** User or article text as it should appear inside our markdown. */
export function inert(text: string): string {
  return escapeMarkdown(defuseMentions(visibleText(text)));
}

/**
 * User text for an embed title, where markdown escapes would show as backslashes: control characters and lone
 * surrogates removed, mentions defused, and masked links `[text](url)` broken so that they cannot become links.
 */
export function defuseTitle(text: string): string {
  return defuseMentions(visibleText(text)).replace(/\]\s*\(/gu, (m) => `${m.slice(0, -1)}\u200b(`);
}

/** A URL safe inside a markdown link: parentheses and spaces percent-encoded so the link cannot end early. */
export function markdownUrl(url: string): string {
  return url.replace(/\(/gu, '%28').replace(/\)/gu, '%29').replace(/ /gu, '%20');
}
