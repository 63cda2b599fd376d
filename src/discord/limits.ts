// Discord's message limits (https://discord.com/developers/docs/resources/message and /interactions).
// The renderer cuts to these; the e2e emulator checks them independently.

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
  linkUrl: 512,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

export const EPHEMERAL_FLAG = 1 << 6;
