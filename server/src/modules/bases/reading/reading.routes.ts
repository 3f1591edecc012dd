import type { App, ModuleContext } from '../../../kernel/module.js';
import { readingBooksRoutes } from './books.routes.js';
import { readingNotesRoutes } from './notes.routes.js';

/** 读书分享会: book lists and sessions (organisers), notes, likes and moderated comments (members, organisers). */
export function readingRoutes(app: App, ctx: ModuleContext) {
  readingBooksRoutes(app, ctx);
  readingNotesRoutes(app, ctx);
}
