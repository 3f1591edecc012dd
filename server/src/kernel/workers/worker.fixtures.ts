import { AppError } from '../errors.js';

// Tasks for the worker runner's tests.

let calls = 0;

export function echo(input: Buffer): { isBuffer: boolean; text: string; calls: number } {
  return { isBuffer: Buffer.isBuffer(input), text: input.toString('utf8'), calls: ++calls };
}

export function refuse(): never {
  throw new AppError('validation_failed', [{ field: 'file', message: '不行' }]);
}

export function hog(): number {
  const held: string[][] = [];
  for (;;) held.push(Array.from({ length: 100_000 }, (_, i) => `row ${i} ${held.length}`));
}

export function spin(): never {
  for (;;);
}
