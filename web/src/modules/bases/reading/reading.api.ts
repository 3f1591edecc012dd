import { client, unwrap, type Body, type Query, type Schema } from '../../../kernel/api-client.js';
import { api } from '../../../kernel/api.js';

/* 读书分享会 as the pages use it, through the typed client (web/src/api/openapi.ts). */

export type Book = Schema<'ReadingBook'>;
export type Note = Schema<'ReadingNote'>;
export type QueuedComment = Schema<'ReadingQueuedComment'>;
export type BookQuery = Query<'/api/v1/bases/reading/books', 'get'>;
export type NoteQuery = Query<'/api/v1/bases/reading/notes', 'get'>;
export type CommentQuery = Query<'/api/v1/bases/reading/comments', 'get'>;
export type BookBody = Body<'/api/v1/bases/reading/books', 'post'>;
export type NoteBody = Body<'/api/v1/me/reading/books/{id}/notes', 'post'>;

const id = (n: number) => ({ params: { path: { id: n } } });

export const readingApi = {
  books: (query: BookQuery) => unwrap(client.GET('/api/v1/bases/reading/books', { params: { query } })),
  createBook: (body: BookBody) => unwrap(client.POST('/api/v1/bases/reading/books', { body })),
  updateBook: (n: number, body: Body<'/api/v1/bases/reading/books/{id}', 'patch'>) => unwrap(client.PATCH('/api/v1/bases/reading/books/{id}', { ...id(n), body })),
  uploadCover: (n: number, file: File) => api.upload<Book>(`/bases/reading/books/${n}/cover`, file),
  notes: (query: NoteQuery) => unwrap(client.GET('/api/v1/bases/reading/notes', { params: { query } })),
  hide: (n: number, reason: string) => unwrap(client.POST('/api/v1/bases/reading/notes/{id}/hide', { ...id(n), body: { reason } })),
  restore: (n: number) => unwrap(client.POST('/api/v1/bases/reading/notes/{id}/restore', id(n))),
  comments: (query: CommentQuery) => unwrap(client.GET('/api/v1/bases/reading/comments', { params: { query } })),
  approve: (n: number) => unwrap(client.POST('/api/v1/bases/reading/comments/{id}/approve', id(n))),
  reject: (n: number) => unwrap(client.POST('/api/v1/bases/reading/comments/{id}/reject', id(n))),
  myBooks: (page: number, q?: string) => unwrap(client.GET('/api/v1/me/reading/books', { params: { query: { page, pageSize: 10, q } } })),
  myBook: (n: number, page: number) => unwrap(client.GET('/api/v1/me/reading/books/{id}', { params: { path: { id: n }, query: { page, pageSize: 10 } } })),
  write: (n: number, body: NoteBody) => unwrap(client.POST('/api/v1/me/reading/books/{id}/notes', { ...id(n), body })),
  like: (n: number, on: boolean) => unwrap(on ? client.POST('/api/v1/me/reading/notes/{id}/like', id(n)) : client.DELETE('/api/v1/me/reading/notes/{id}/like', id(n))),
  comment: (n: number, body: string) => unwrap(client.POST('/api/v1/me/reading/notes/{id}/comments', { ...id(n), body: { body } })),
};

export const readingKey = ['bases', 'reading'] as const;

/** 读书分享会 figures (registered metrics), drillable on the cockpit. */
export const readingFigures = ['bases.reading_books_read', 'bases.reading_notes', 'bases.reading_participants'] as const;
