// Paging buttons carry their whole state in the custom id (`command:page:value|value`), so they keep working
// after a restart with no session store. Discord caps a custom id at 100 characters.

export const CUSTOM_ID_MAX = 100;
const SEPARATOR = '|';

export interface PageRequest {
  command: string;
  page: number;
  state: string[];
}

/** The custom id for a page, or null when the state is too long to fit (the caller then shows no pager). */
export function encodePage(request: PageRequest): string | null {
  if (!/^[a-z][a-z-]*$/u.test(request.command) || !Number.isInteger(request.page) || request.page < 0) return null;
  // A separator inside a value would shift the others; it carries no meaning in a name or topic, so it is dropped.
  const values = request.state.map((v) => v.replaceAll(SEPARATOR, ' '));
  const id = `${request.command}:${request.page}:${values.join(SEPARATOR)}`;
  return [...id].length <= CUSTOM_ID_MAX ? id : null;
}

export function decodePage(customId: string): PageRequest | null {
  const match = /^([a-z][a-z-]*):(\d{1,4}):(.*)$/su.exec(customId);
  if (!match) return null;
  const [, command = '', page = '0', rest = ''] = match;
  return { command, page: Number(page), state: rest.split(SEPARATOR) };
}
