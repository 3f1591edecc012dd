import { z } from 'zod';
import { rowIdParam } from '../../kernel/dto.js';

export const paging = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};

export const idParams = z.object({ id: rowIdParam });
export const text = (max: number) => z.string().trim().max(max);
