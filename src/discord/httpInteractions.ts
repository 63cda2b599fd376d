// Discord's HTTP interactions mode (Interactions Endpoint URL): a signed POST per interaction, answered by the HTTP
// response; anything after the first reply goes through the interaction's webhook routes. Same router as the gateway.
import type { KeyObject } from 'node:crypto';
import {
  ComponentType,
  InteractionResponseType,
  InteractionType,
  ApplicationCommandType,
  MessageFlags,
  type REST,
} from 'discord.js';
import { z } from 'zod';
import type { Choice } from '../../commands/types.ts';
import { json, type HttpAnswer, type HttpHandler } from '../http/server.ts';
import { verifySignedRequest } from '../http/verify.ts';
import type { Logger } from '../log/logger.ts';
import type { Reply } from '../reply/model.ts';
import { visibleText } from '../reply/visible.ts';
import type { Incoming, Responder, Router } from '../router/router.ts';
import { SENT_PRIVATELY } from './client.ts';
import { cutUnits, fitLimit, LIMITS } from './limits.ts';
import { renderForDiscord, type ApiMessage } from './render.ts';

const userSchema = z.object({ id: z.string() });
const optionSchema = z.object({
  name: z.string(),
  type: z.number(),
  value: z.unknown().optional(),
  focused: z.boolean().optional(),
});

/** The fields of an interaction the bot reads; Discord sends many more, which are dropped. */
export const interactionSchema = z.object({
  id: z.string(),
  application_id: z.string(),
  type: z.number().int(),
  token: z.string(),
  member: z.object({ user: userSchema }).optional(),
  user: userSchema.optional(),
  data: z
    .object({
      name: z.string().optional(),
      type: z.number().optional(),
      options: z.array(optionSchema).optional(),
      target_id: z.string().optional(),
      resolved: z.object({ messages: z.record(z.string(), z.object({ content: z.string() })).optional() }).optional(),
      custom_id: z.string().optional(),
      component_type: z.number().optional(),
    })
    .optional(),
});

export type HttpInteraction = z.infer<typeof interactionSchema>;

export interface InteractionEndpointOptions {
  publicKey: KeyObject;
  router: Router;
  logger: Logger;
  /** For the webhook routes (follow-ups, edits); they need no bot token. */
  rest: REST;
  now?: () => number;
}

const ALLOWED_MENTIONS = { parse: [], replied_user: false } as const;

function editBody(message: ApiMessage) {
  return {
    ...(message.content.length > 0 ? { content: message.content } : {}),
    embeds: message.embeds,
    components: message.components,
    allowed_mentions: ALLOWED_MENTIONS,
  };
}

function replyBody(message: ApiMessage, ephemeral: boolean) {
  return { ...editBody(message), ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}) };
}

function discordChoices(choices: Choice[]) {
  return choices.slice(0, LIMITS.autocompleteChoices).map((c) => ({
    name: fitLimit(visibleText(c.name), LIMITS.choiceName),
    value: cutUnits(visibleText(c.value), LIMITS.choiceValue),
  }));
}

/** The interaction's webhook routes: `@original` (the first reply) and follow-ups. */
function webhooks(rest: REST, interaction: HttpInteraction) {
  const base: `/${string}` = `/webhooks/${interaction.application_id}/${interaction.token}`;
  const original: `/${string}` = `${base}/messages/@original`;
  return {
    editOriginal: (body: unknown) => rest.patch(original, { body, auth: false }),
    deleteOriginal: () => rest.delete(original, { auth: false }),
    followUp: (body: unknown) => rest.post(base, { body, auth: false }),
  };
}

/**
 * The responder for one HTTP interaction: the first call becomes the HTTP response (`respond`); later ones use the
 * webhook routes, with the same rules as the gateway adapter (a private reply after a public deferral is a private
 * follow-up, the public note deleted once it arrived).
 */
function httpResponder(
  interaction: HttpInteraction,
  respond: (body: unknown) => void,
  rest: REST,
  logger: Logger,
): Responder {
  const hooks = webhooks(rest, interaction);
  const isButton = interaction.type === InteractionType.MessageComponent;
  let answered = false;
  let deferredEphemeral: boolean | null = null;
  const first = (body: unknown) => {
    answered = true;
    respond(body);
  };
  return {
    async defer(ephemeral) {
      deferredEphemeral = ephemeral;
      if (isButton) first({ type: InteractionResponseType.DeferredMessageUpdate });
      else
        first({
          type: InteractionResponseType.DeferredChannelMessageWithSource,
          data: ephemeral ? { flags: MessageFlags.Ephemeral } : {},
        });
    },
    async send(reply: Reply) {
      const message = renderForDiscord(reply);
      if (isButton && reply.kind !== 'error') {
        if (answered) await hooks.editOriginal(editBody(message));
        else first({ type: InteractionResponseType.UpdateMessage, data: editBody(message) });
        return;
      }
      if (!answered) {
        first({ type: InteractionResponseType.ChannelMessageWithSource, data: replyBody(message, reply.ephemeral) });
        return;
      }
      if (reply.ephemeral && deferredEphemeral !== true) {
        if (isButton) {
          await hooks.followUp(replyBody(message, true));
          return;
        }
        await hooks.editOriginal({
          content: SENT_PRIVATELY,
          embeds: [],
          components: [],
          allowed_mentions: ALLOWED_MENTIONS,
        });
        try {
          await hooks.followUp(replyBody(message, true));
        } catch (error) {
          logger.warn(
            `interaction ${interaction.id}: the private follow-up failed (${String(error)}); showing the reply in the original message`,
          );
          await hooks.editOriginal(editBody(message));
          return;
        }
        await hooks.deleteOriginal().catch((error: unknown) => {
          logger.warn(
            `interaction ${interaction.id}: could not delete the public note after the private reply (${String(error)})`,
          );
        });
        return;
      }
      await hooks.editOriginal(editBody(message));
    },
    async suggest(choices) {
      first({
        type: InteractionResponseType.ApplicationCommandAutocompleteResult,
        data: { choices: discordChoices(choices) },
      });
    },
  };
}

/** The router event for an interaction, 'noop' for a button that only acknowledges, or null for a type not handled. */
export function routerEvent(interaction: HttpInteraction): Incoming | 'noop' | null {
  const userId = interaction.member?.user.id ?? interaction.user?.id ?? '';
  const base = { id: interaction.id, userId };
  const data = interaction.data;
  if (data === undefined) return null;
  if (interaction.type === InteractionType.ApplicationCommand && data.name !== undefined) {
    if (data.type === ApplicationCommandType.Message) {
      const target = data.target_id === undefined ? undefined : data.resolved?.messages?.[data.target_id];
      return { ...base, kind: 'command', name: data.name, options: { message: target?.content ?? '' } };
    }
    if (data.type === ApplicationCommandType.ChatInput || data.type === undefined) {
      return {
        ...base,
        kind: 'command',
        name: data.name,
        options: Object.fromEntries((data.options ?? []).map((o) => [o.name, o.value])),
      };
    }
    return null;
  }
  if (interaction.type === InteractionType.ApplicationCommandAutocomplete && data.name !== undefined) {
    const focused = (data.options ?? []).find((o) => o.focused === true);
    if (focused === undefined) return null;
    return { ...base, kind: 'autocomplete', name: data.name, option: focused.name, typed: String(focused.value ?? '') };
  }
  if (
    interaction.type === InteractionType.MessageComponent &&
    data.component_type === ComponentType.Button &&
    data.custom_id !== undefined
  ) {
    return data.custom_id.startsWith('noop:') ? 'noop' : { ...base, kind: 'page', customId: data.custom_id };
  }
  return null;
}

const unauthorized: HttpAnswer = {
  status: 401,
  contentType: 'text/plain; charset=utf-8',
  body: 'invalid request signature\n',
};

/** POST /interactions: verify, answer PING, and run everything else through the router. */
export function interactionEndpoint(options: InteractionEndpointOptions): HttpHandler {
  const now = options.now ?? Date.now;
  const { logger, router } = options;
  return async (request) => {
    const verdict = verifySignedRequest(
      options.publicKey,
      request.headers['x-signature-ed25519'],
      request.headers['x-signature-timestamp'],
      request.body,
      now(),
    );
    if (!verdict.ok) {
      logger.debug(`POST /interactions refused: ${verdict.reason}`);
      return unauthorized;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(request.body.toString('utf8'));
    } catch {
      return json(400, { error: 'the body is not JSON' });
    }
    const parsed = interactionSchema.safeParse(raw);
    if (!parsed.success) return json(400, { error: 'not an interaction' });
    const interaction = parsed.data;
    if (interaction.type === InteractionType.Ping) return json(200, { type: InteractionResponseType.Pong });
    const event = routerEvent(interaction);
    if (event === 'noop') return json(200, { type: InteractionResponseType.DeferredMessageUpdate });
    if (event === null) {
      logger.debug(`interaction ${interaction.id}: type ${interaction.type} is not handled`);
      return json(400, { error: `interaction type ${interaction.type} is not handled` });
    }
    return new Promise<HttpAnswer>((resolve) => {
      let sent = false;
      const respond = (body: unknown) => {
        if (sent) throw new Error('the interaction was already answered');
        sent = true;
        resolve(json(200, body));
      };
      router
        .handle(event, httpResponder(interaction, respond, options.rest, logger))
        .catch((error: unknown) =>
          logger.error(
            `interaction ${interaction.id}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
          ),
        )
        .finally(() => {
          if (sent) return;
          // The router answers every event; this only guards Discord's 3-second wait against a bug.
          logger.error(`interaction ${interaction.id}: the router finished without answering`);
          resolve(json(500, { error: 'no answer' }));
        });
    });
  };
}
