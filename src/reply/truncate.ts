// Cutting text to a length limit the way a reader expects: at a sentence end if one is near, else at a word
// boundary, with an ellipsis; never inside a word.

const ELLIPSIS = '…';

export function truncateText(text: string, max: number): string {
  if ([...text].length <= max) return text;
  const chars = [...text];
  const room = chars.slice(0, Math.max(0, max - 1)).join('');
  const sentenceEnd = Math.max(room.lastIndexOf('. '), room.lastIndexOf('? '), room.lastIndexOf('! '));
  if (sentenceEnd >= room.length * 0.5) return room.slice(0, sentenceEnd + 1);
  const space = room.search(/\s\S*$/u);
  const cut = space > 0 ? room.slice(0, space) : room;
  return `${cut.trimEnd()}${ELLIPSIS}`;
}
