// Deck renders validator messages as Markdown and then HTML, so values typed by the user are escaped for both.
const asHtmlText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const asMarkdownText = (text: string): string => text.replace(/[\\`*_[\]]/g, (character) => `\\${character}`);

export const validatorText = (text: string): string => asHtmlText(asMarkdownText(text));
