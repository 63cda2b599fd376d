// Checks request bodies against the limits Discord enforces, returning field errors in Discord's shape so the
// emulator can both reject the request (400, code 50035) and record the violation for assertions.

export type FieldPath = readonly (string | number)[];

export interface FieldError {
  readonly path: FieldPath;
  readonly code: string;
  readonly message: string;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function maxLength(path: FieldPath, value: unknown, max: number, errors: FieldError[]): void {
  if (typeof value === 'string' && value.length > max) {
    errors.push({ path, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${max} or fewer in length.` });
  }
}

function lengthBetween(path: FieldPath, value: unknown, min: number, max: number, errors: FieldError[]): void {
  if (typeof value !== 'string') {
    errors.push({ path, code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
  } else if (value.length < min || value.length > max) {
    errors.push({ path, code: 'BASE_TYPE_BAD_LENGTH', message: `Must be between ${min} and ${max} in length.` });
  }
}

function maxItems(path: FieldPath, value: unknown, max: number, errors: FieldError[]): void {
  if (Array.isArray(value) && value.length > max) {
    errors.push({ path, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${max} or fewer in length.` });
  }
}

function httpUrl(path: FieldPath, value: unknown, errors: FieldError[]): void {
  if (typeof value !== 'string') return;
  let scheme: string;
  try {
    scheme = new URL(value).protocol.replace(/:$/, '');
  } catch {
    errors.push({ path, code: 'URL_TYPE_INVALID_URL', message: 'Not a well formed URL.' });
    return;
  }
  if (scheme !== 'http' && scheme !== 'https') {
    errors.push({
      path,
      code: 'URL_TYPE_INVALID_SCHEME',
      message: `Scheme "${scheme}" is not supported. Scheme must be one of ('http', 'https').`,
    });
  }
}

function text(value: unknown): number {
  return typeof value === 'string' ? value.length : 0;
}

function validateEmbeds(embeds: unknown, errors: FieldError[]): void {
  if (embeds === undefined || embeds === null) return;
  if (!Array.isArray(embeds)) {
    errors.push({ path: ['embeds'], code: 'BASE_TYPE_LIST', message: 'Must be a list.' });
    return;
  }
  maxItems(['embeds'], embeds, 10, errors);
  let total = 0;
  embeds.forEach((embed: unknown, index) => {
    const at = (...rest: (string | number)[]): FieldPath => ['embeds', index, ...rest];
    if (!isRecord(embed)) {
      errors.push({ path: at(), code: 'MODEL_TYPE_CONVERT', message: 'Only dictionaries may be used in a ModelType' });
      return;
    }
    maxLength(at('title'), embed.title, 256, errors);
    maxLength(at('description'), embed.description, 4096, errors);
    httpUrl(at('url'), embed.url, errors);
    total += text(embed.title) + text(embed.description);
    const fields = embed.fields;
    maxItems(at('fields'), fields, 25, errors);
    if (Array.isArray(fields)) {
      fields.forEach((field: unknown, fieldIndex) => {
        if (!isRecord(field)) return;
        lengthBetween(at('fields', fieldIndex, 'name'), field.name, 1, 256, errors);
        lengthBetween(at('fields', fieldIndex, 'value'), field.value, 1, 1024, errors);
        total += text(field.name) + text(field.value);
      });
    }
    const footer = embed.footer;
    if (isRecord(footer)) {
      maxLength(at('footer', 'text'), footer.text, 2048, errors);
      total += text(footer.text);
    }
    const author = embed.author;
    if (isRecord(author)) {
      maxLength(at('author', 'name'), author.name, 256, errors);
      httpUrl(at('author', 'url'), author.url, errors);
      total += text(author.name);
    }
  });
  if (total > 6000) {
    errors.push({
      path: ['embeds'],
      code: 'MAX_EMBED_SIZE_EXCEEDED',
      message: 'Embed size exceeds maximum size of 6000',
    });
  }
}

const BUTTON = 2;
const ACTION_ROW = 1;
const LINK_STYLE = 5;
const PREMIUM_STYLE = 6;
const SELECTS = new Set([3, 5, 6, 7, 8]);
const COMPONENTS_V2 = 1 << 15;

function validateComponents(components: unknown, flags: number, errors: FieldError[]): void {
  if (components === undefined || components === null) return;
  if (!Array.isArray(components)) {
    errors.push({ path: ['components'], code: 'BASE_TYPE_LIST', message: 'Must be a list.' });
    return;
  }
  // Components V2 messages have a different layout (up to 40 components in total); only legacy rows are checked.
  if ((flags & COMPONENTS_V2) !== 0) return;
  maxItems(['components'], components, 5, errors);
  const customIds = new Set<string>();
  components.forEach((row: unknown, rowIndex) => {
    if (!isRecord(row) || row.type !== ACTION_ROW) {
      errors.push({
        path: ['components', rowIndex, 'type'],
        code: 'UNION_TYPE_CHOICES',
        message: 'Value of field "type" must be one of (1,).',
      });
      return;
    }
    const children = row.components;
    if (!Array.isArray(children) || children.length === 0) {
      errors.push({
        path: ['components', rowIndex, 'components'],
        code: 'BASE_TYPE_MIN_LENGTH',
        message: 'Must be 1 or more in length.',
      });
      return;
    }
    maxItems(['components', rowIndex, 'components'], children, 5, errors);
    children.forEach((child: unknown, childIndex) => {
      const at = (...rest: (string | number)[]): FieldPath => [
        'components',
        rowIndex,
        'components',
        childIndex,
        ...rest,
      ];
      if (!isRecord(child)) return;
      const customId = child.custom_id;
      if (typeof customId === 'string') {
        lengthBetween(at('custom_id'), customId, 1, 100, errors);
        if (customIds.has(customId)) {
          errors.push({
            path: at('custom_id'),
            code: 'COMPONENT_CUSTOM_ID_DUPLICATED',
            message: 'Component custom id cannot be duplicated',
          });
        }
        customIds.add(customId);
      }
      if (child.type === BUTTON) {
        maxLength(at('label'), child.label, 80, errors);
        const style = child.style;
        if (style === LINK_STYLE) {
          if (typeof child.url !== 'string') {
            errors.push({ path: at('url'), code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
          }
          maxLength(at('url'), child.url, 512, errors);
          httpUrl(at('url'), child.url, errors);
          if (customId !== undefined) {
            errors.push({
              path: at('custom_id'),
              code: 'BUTTON_COMPONENT_CUSTOM_ID_NOT_ALLOWED',
              message: 'A custom id cannot be set on a link button',
            });
          }
        } else if (style !== PREMIUM_STYLE && typeof customId !== 'string') {
          errors.push({ path: at('custom_id'), code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
        }
      } else if (typeof child.type === 'number' && SELECTS.has(child.type)) {
        if (children.length !== 1) {
          errors.push({
            path: at('type'),
            code: 'COMPONENT_LAYOUT_WIDTH_EXCEEDED',
            message: 'The specified component exceeds the maximum width',
          });
        }
        maxLength(at('placeholder'), child.placeholder, 150, errors);
        const options = child.options;
        maxItems(at('options'), options, 25, errors);
        if (Array.isArray(options)) {
          options.forEach((option: unknown, optionIndex) => {
            if (!isRecord(option)) return;
            lengthBetween(at('options', optionIndex, 'label'), option.label, 1, 100, errors);
            lengthBetween(at('options', optionIndex, 'value'), option.value, 1, 100, errors);
            maxLength(at('options', optionIndex, 'description'), option.description, 100, errors);
          });
        }
      }
    });
  });
}

function validateAllowedMentions(allowed: unknown, errors: FieldError[]): void {
  if (!isRecord(allowed)) return;
  const parse = allowed.parse;
  if (Array.isArray(parse)) {
    parse.forEach((entry: unknown, index) => {
      if (entry !== 'users' && entry !== 'roles' && entry !== 'everyone') {
        errors.push({
          path: ['allowed_mentions', 'parse', index],
          code: 'BASE_TYPE_CHOICES',
          message: `Value must be one of {'users', 'roles', 'everyone'}.`,
        });
      }
    });
    for (const kind of ['users', 'roles'] as const) {
      const ids = allowed[kind];
      if (parse.includes(kind) && Array.isArray(ids) && ids.length > 0) {
        errors.push({
          path: ['allowed_mentions'],
          code: 'MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE',
          message: `parse:["${kind}"] and ${kind}: [ids...] are mutually exclusive.`,
        });
      }
    }
  }
}

export type MessageMode = 'create' | 'edit';

/** Limits on a message body (channel message, webhook/follow-up, interaction response data). */
export function validateMessageBody(body: unknown, mode: MessageMode, fileCount: number): FieldError[] {
  const errors: FieldError[] = [];
  if (!isRecord(body)) {
    if (mode === 'create' && fileCount === 0) {
      errors.push({ path: [], code: 'EMPTY_MESSAGE', message: 'Cannot send an empty message' });
    }
    return errors;
  }
  const content = body.content;
  if (content !== undefined && content !== null && typeof content !== 'string') {
    errors.push({ path: ['content'], code: 'BASE_TYPE_STRING', message: 'Must be a string.' });
  }
  maxLength(['content'], content, 2000, errors);
  const flags = typeof body.flags === 'number' ? body.flags : 0;
  validateEmbeds(body.embeds, errors);
  validateComponents(body.components, flags, errors);
  validateAllowedMentions(body.allowed_mentions, errors);
  if (mode === 'create' && isEmptyMessage(body, fileCount)) {
    errors.push({ path: [], code: 'EMPTY_MESSAGE', message: 'Cannot send an empty message' });
  }
  return errors;
}

function nonEmptyList(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0;
}

function isEmptyMessage(body: Record<string, unknown>, fileCount: number): boolean {
  const content = body.content;
  return (
    (typeof content !== 'string' || content.length === 0) &&
    !nonEmptyList(body.embeds) &&
    !nonEmptyList(body.components) &&
    !nonEmptyList(body.sticker_ids) &&
    !nonEmptyList(body.attachments) &&
    body.poll === undefined &&
    fileCount === 0
  );
}

/** Limits on an autocomplete result (interaction callback type 8). */
export function validateAutocompleteChoices(data: unknown): FieldError[] {
  const errors: FieldError[] = [];
  const choices = isRecord(data) ? data.choices : undefined;
  if (!Array.isArray(choices)) {
    errors.push({ path: ['data', 'choices'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
    return errors;
  }
  maxItems(['data', 'choices'], choices, 25, errors);
  choices.forEach((choice: unknown, index) => {
    if (!isRecord(choice)) return;
    lengthBetween(['data', 'choices', index, 'name'], choice.name, 1, 100, errors);
    const value = choice.value;
    if (typeof value === 'string') {
      maxLength(['data', 'choices', index, 'value'], value, 100, errors);
    } else if (typeof value !== 'number') {
      errors.push({
        path: ['data', 'choices', index, 'value'],
        code: 'BASE_TYPE_REQUIRED',
        message: 'This field is required',
      });
    }
  });
  return errors;
}

const COMMAND_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const CHAT_INPUT = 1;
const SUBCOMMAND = 1;
const SUBCOMMAND_GROUP = 2;

function validateCommandName(path: FieldPath, name: unknown, chatInput: boolean, errors: FieldError[]): void {
  if (typeof name !== 'string') {
    errors.push({ path, code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
    return;
  }
  if (!chatInput) {
    lengthBetween(path, name, 1, 32, errors);
    return;
  }
  if (!COMMAND_NAME.test(name) || name !== name.toLowerCase()) {
    errors.push({
      path,
      code: 'APPLICATION_COMMAND_INVALID_NAME',
      message: 'Command name is invalid',
    });
  }
}

function validateCommandOptions(path: FieldPath, options: unknown, errors: FieldError[]): void {
  if (options === undefined) return;
  if (!Array.isArray(options)) {
    errors.push({ path, code: 'BASE_TYPE_LIST', message: 'Must be a list.' });
    return;
  }
  maxItems(path, options, 25, errors);
  const names = new Set<string>();
  let sawOptional = false;
  options.forEach((option: unknown, index) => {
    if (!isRecord(option)) return;
    const at = (...rest: (string | number)[]): FieldPath => [...path, index, ...rest];
    validateCommandName(at('name'), option.name, true, errors);
    lengthBetween(at('description'), option.description, 1, 100, errors);
    if (typeof option.name === 'string') {
      if (names.has(option.name)) {
        errors.push({
          path: at('name'),
          code: 'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS',
          message: 'Option name already exists',
        });
      }
      names.add(option.name);
    }
    const required = option.required === true;
    if (required && sawOptional) {
      errors.push({
        path: at('required'),
        code: 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
        message: 'Required options must be placed before non-required options',
      });
    }
    if (!required) sawOptional = true;
    const choices = option.choices;
    maxItems(at('choices'), choices, 25, errors);
    if (option.autocomplete === true && nonEmptyList(choices)) {
      errors.push({
        path: at('autocomplete'),
        code: 'AUTOCOMPLETE_CHOICES_EXCLUSIVE',
        message: 'Autocomplete cannot be set with choices',
      });
    }
    if (Array.isArray(choices)) {
      choices.forEach((choice: unknown, choiceIndex) => {
        if (!isRecord(choice)) return;
        lengthBetween(at('choices', choiceIndex, 'name'), choice.name, 1, 100, errors);
        maxLength(at('choices', choiceIndex, 'value'), choice.value, 100, errors);
      });
    }
    if (option.type === SUBCOMMAND || option.type === SUBCOMMAND_GROUP) {
      validateCommandOptions(at('options'), option.options, errors);
    }
  });
}

/** Limits on a bulk-overwrite of application commands. */
export function validateCommands(body: unknown): FieldError[] {
  const errors: FieldError[] = [];
  if (!Array.isArray(body)) {
    errors.push({ path: [], code: 'BASE_TYPE_LIST', message: 'Must be a list.' });
    return errors;
  }
  maxItems([], body, 100, errors);
  const names = new Set<string>();
  body.forEach((command: unknown, index) => {
    if (!isRecord(command)) return;
    const type = command.type ?? CHAT_INPUT;
    const chatInput = type === CHAT_INPUT;
    validateCommandName([index, 'name'], command.name, chatInput, errors);
    if (chatInput) {
      lengthBetween([index, 'description'], command.description, 1, 100, errors);
    } else if (typeof command.description === 'string' && command.description !== '') {
      errors.push({
        path: [index, 'description'],
        code: 'APPLICATION_COMMAND_CONTEXT_MENU_DESCRIPTION',
        message: 'Context menu commands cannot have description',
      });
    }
    const key = `${String(type)}:${String(command.name)}`;
    if (names.has(key)) {
      errors.push({
        path: [index, 'name'],
        code: 'APPLICATION_COMMANDS_DUPLICATE_NAME',
        message: `Application command names must be unique`,
      });
    }
    names.add(key);
    validateCommandOptions([index, 'options'], command.options, errors);
  });
  return errors;
}

/** Discord's nested error object: `{content: {_errors: [{code, message}]}}`, list indexes as string keys. */
export function nestErrors(errors: readonly FieldError[], prefix: FieldPath = []): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const error of errors) {
    let node = root;
    for (const key of [...prefix, ...error.path]) {
      const name = String(key);
      const next = node[name];
      if (isRecord(next)) {
        node = next;
      } else {
        const created: Record<string, unknown> = {};
        node[name] = created;
        node = created;
      }
    }
    const list = node._errors;
    const entry = { code: error.code, message: error.message };
    if (Array.isArray(list)) list.push(entry);
    else node._errors = [entry];
  }
  return root;
}
