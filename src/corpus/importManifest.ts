// The manifest `import` may be given beside a folder of articles: JSON Lines or CSV, one row per file, with the
// fields of a sources.json entry (file, title, outlet, url, published). Pure: the CLI reads the file.
import { z } from 'zod';

export const importRowSchema = z.object({
  file: z.string().trim().min(1, 'must not be empty'),
  title: z.string().trim().min(1).nullable().optional(),
  outlet: z.string().trim().min(1).nullable().optional(),
  url: z.string().trim().min(1).nullable().optional(),
  published: z.string().trim().min(1).nullable().optional(),
});

export type ImportRow = z.infer<typeof importRowSchema>;

export type ImportManifest = { ok: true; rows: Map<string, ImportRow> } | { ok: false; errors: string[] };

/** Splits CSV text into records of fields (RFC 4180: quoted fields may hold commas, quotes as "" and newlines). */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field.length === 0) quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field.length > 0 || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records.filter((r) => r.some((f) => f.trim().length > 0));
}

const FIELDS = ['file', 'title', 'outlet', 'url', 'published'] as const;

/** Rows of a .jsonl or .csv manifest by file name; every bad line is an error naming its line. */
export function parseImportManifest(name: string, text: string): ImportManifest {
  const errors: string[] = [];
  const candidates: { line: number; value: unknown }[] = [];
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (/\.jsonl$/iu.test(name)) {
    body.split(/\r?\n/u).forEach((line, i) => {
      if (line.trim().length === 0) return;
      try {
        candidates.push({ line: i + 1, value: JSON.parse(line) });
      } catch (error) {
        errors.push(`${name} line ${i + 1} is not valid JSON: ${(error as Error).message}`);
      }
    });
  } else if (/\.csv$/iu.test(name)) {
    const [header, ...records] = parseCsv(body);
    const columns = (header ?? []).map((h) => h.trim().toLowerCase());
    if (!columns.includes('file'))
      return { ok: false, errors: [`${name} has no "file" column in its first line (columns: ${FIELDS.join(', ')})`] };
    const unknown = columns.filter((c) => !(FIELDS as readonly string[]).includes(c));
    if (unknown.length > 0)
      return {
        ok: false,
        errors: [`${name} has unknown columns: ${unknown.join(', ')} (known: ${FIELDS.join(', ')})`],
      };
    records.forEach((record, i) => {
      const row: Record<string, string | null> = {};
      columns.forEach((column, c) => {
        const value = (record[c] ?? '').trim();
        row[column] = value.length > 0 ? value : null;
      });
      candidates.push({ line: i + 2, value: row });
    });
  } else {
    return { ok: false, errors: [`${name} must be a .jsonl or .csv file`] };
  }
  const rows = new Map<string, ImportRow>();
  for (const { line, value } of candidates) {
    const parsed = importRowSchema.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        errors.push(`${name} line ${line}: ${String(issue.path[0] ?? 'row')} ${issue.message}`);
      continue;
    }
    if (rows.has(parsed.data.file)) errors.push(`${name} line ${line}: ${parsed.data.file} is listed more than once`);
    else rows.set(parsed.data.file, parsed.data);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}
