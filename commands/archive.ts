// /archive add file:<attachment> url: outlet: [title:] [published:] and /archive remove url: — moderators (Manage
// Server) change the corpus from Discord. The attachment is fetched by the adapter in deps (size cap, content
// type); the change goes through the same validation, lock and atomic write as the CLI, then the live swap.
import { z } from 'zod';
import { errorReply, infoReply, type Reply } from '../src/reply/model.ts';
import { firstError } from './question.ts';
import {
  ATTACHMENT_OPTION,
  CHAT_INPUT,
  STRING_OPTION,
  SUB_COMMAND,
  type DefinedCommand,
  type Deps,
  type RunContext,
} from './types.ts';

/** Manage Server (MANAGE_GUILD), as Discord's decimal permission string. */
export const MANAGE_SERVER = '32';
export const MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024;
/** File names and content types an attachment may have: text or a saved page. */
export const ARTICLE_EXTENSIONS = /\.(?:txt|html?)$/iu;
export const ARTICLE_CONTENT_TYPES: readonly string[] = ['text/plain', 'text/html'];

const attachmentSchema = z.object(
  { url: z.string(), name: z.string(), size: z.number(), contentType: z.string().nullable() },
  { error: 'Attach the article as a file (.txt or .html).' },
);

const archiveSchema = z.discriminatedUnion(
  'subcommand',
  [
    z.object({
      subcommand: z.literal('add'),
      file: attachmentSchema,
      url: z.string().trim().min(1),
      outlet: z.string().trim().min(1),
      title: z.string().trim().min(1).optional(),
      published: z.string().trim().min(1).optional(),
    }),
    z.object({ subcommand: z.literal('remove'), url: z.string().trim().min(1) }),
  ],
  { error: 'Use /archive add or /archive remove.' },
);

type ArchiveInput = z.infer<typeof archiveSchema>;

function hasManageServer(permissions: string | undefined): boolean {
  if (permissions === undefined || !/^\d+$/u.test(permissions)) return false;
  const bits = BigInt(permissions);
  return (bits & BigInt(MANAGE_SERVER)) !== 0n || (bits & 8n) !== 0n; // 8: Administrator
}

/** Why an attachment cannot be an article, before it is fetched; null when it may be. */
export function attachmentProblem(file: { name: string; size: number; contentType: string | null }): string | null {
  if (!ARTICLE_EXTENSIONS.test(file.name)) return `${file.name} is not a .txt or .html file.`;
  const type = file.contentType?.split(';')[0]?.trim().toLowerCase() ?? null;
  if (type !== null && !ARTICLE_CONTENT_TYPES.includes(type)) return `${file.name} is ${type}, not text or HTML.`;
  if (file.size > MAX_ATTACHMENT_BYTES)
    return `${file.name} is ${file.size} bytes; at most ${MAX_ATTACHMENT_BYTES} (2 MB) can be added.`;
  return null;
}

async function add(input: Extract<ArchiveInput, { subcommand: 'add' }>, deps: Deps): Promise<Reply> {
  const archive = deps.archive;
  if (archive === undefined) return errorReply('The archive cannot be changed here.');
  const problem = attachmentProblem(input.file);
  if (problem !== null) return errorReply(`Not added: ${problem}`);
  const fetched = await archive.fetchAttachment(input.file, MAX_ATTACHMENT_BYTES);
  if (!fetched.ok) return errorReply(`Not added: ${input.file.name} ${fetched.reason}`);
  const added = await archive.add({
    file: input.file.name,
    bytes: fetched.bytes,
    url: input.url,
    outlet: input.outlet,
    title: input.title ?? null,
    published: input.published ?? null,
  });
  if (!added.ok) return errorReply(`Not added: ${added.errors.join('; ')}`);
  const speakers = added.speakers.length === 0 ? 'no speakers found' : `speakers: ${added.speakers.join(', ')}`;
  return infoReply(
    [`Added ${added.file}: "${added.title ?? 'untitled'}", ${added.passages} passage(s), ${speakers}.`],
    { ephemeral: true, heading: 'Archive updated' },
  );
}

async function remove(input: Extract<ArchiveInput, { subcommand: 'remove' }>, deps: Deps): Promise<Reply> {
  const archive = deps.archive;
  if (archive === undefined) return errorReply('The archive cannot be changed here.');
  const removed = await archive.remove(input.url);
  if (!removed.ok) return errorReply(`Not removed: ${removed.error}`);
  return infoReply([`Removed ${removed.file}${removed.title === null ? '' : ` ("${removed.title}")`}.`], {
    ephemeral: true,
    heading: 'Archive updated',
  });
}

export const archive: DefinedCommand<ArchiveInput> = {
  // Its options are subcommands; the adapters flatten the chosen one into `subcommand` and its own options.
  optionNames: ['add', 'remove'],
  definition: {
    name: 'archive',
    type: CHAT_INPUT,
    description: 'Add or remove an article (moderators)',
    default_member_permissions: MANAGE_SERVER,
    options: [
      {
        type: SUB_COMMAND,
        name: 'add',
        description: 'Add an article from a .txt or .html file (up to 2 MB)',
        options: [
          {
            type: ATTACHMENT_OPTION,
            name: 'file',
            description: 'The article: a .txt or saved .html page',
            required: true,
          },
          {
            type: STRING_OPTION,
            name: 'url',
            description: 'Where the article is published (http or https)',
            required: true,
          },
          { type: STRING_OPTION, name: 'outlet', description: 'The newspaper or site', required: true },
          { type: STRING_OPTION, name: 'title', description: 'Title (default: from the page or text)' },
          { type: STRING_OPTION, name: 'published', description: 'Date as YYYY-MM-DD (default: from the page)' },
        ],
      },
      {
        type: SUB_COMMAND,
        name: 'remove',
        description: 'Remove an article by its url',
        options: [
          { type: STRING_OPTION, name: 'url', description: 'The url of the article to remove', required: true },
        ],
      },
    ],
  },
  parse: (options) => firstError(archiveSchema.safeParse(options)),
  isPrivate: () => true,
  async run(input, deps, context: RunContext): Promise<Reply> {
    // Discord hides the command from members without Manage Server; this check holds even if a server changes that.
    if (!hasManageServer(context.permissions))
      return errorReply('Only members with the Manage Server permission can change the archive.');
    return input.subcommand === 'add' ? add(input, deps) : remove(input, deps);
  },
};
