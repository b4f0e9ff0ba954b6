/**
 * The one escaping helper for every markdown the service builds (hovers on names, cover names,
 * dates and citations). Text from a cable or from a gazetteer file is data: written into markdown
 * it must show as itself, never become a link (`[x](command:foo)`), an image, HTML
 * (`<img src=x onerror=…>`), an entity (`&lt;`) or formatting. The markdown is sent untrusted
 * (the server never marks it trusted and generates no `command:` links).
 */

/** Backslash-escapes every ASCII punctuation character markdown or HTML could read, and flattens line breaks. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_{}[\]()#+\-.!|<>~&"'=:$%@^]/g, (c) => `\\${c}`);
}
