/** A label in both languages (the web app's Text). */
export type Text = { zh: string; en: string };
