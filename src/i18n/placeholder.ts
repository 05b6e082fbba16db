import type { PlaceholderMessages } from './messages.js';

// A blocked embed's texts, built in: they come with the placeholder element (the drop-in
// file's embeds chunk), never in a first view without embeds.
export const placeholderMessages: Readonly<Record<string, PlaceholderMessages>> = {
  en: {
    placeholderText: 'This content from {provider} is blocked until you accept the “{category}” cookies.',
    placeholderButton: 'Accept {category} cookies',
  },
  fr: {
    placeholderText: 'Ce contenu de {provider} est bloqué tant que vous n’acceptez pas les cookies «\u00a0{category}\u00a0».',
    placeholderButton: 'Accepter les cookies «\u00a0{category}\u00a0»',
  },
};
