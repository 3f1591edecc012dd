import { z } from 'zod';
import { instantOut, itemsOf } from '../../../kernel/openapi/responses.js';
import { innovationKinds, innovationStatuses } from '../squad-work.schema.js';
import { evidenceOut } from '../tasks/tasks.responses.js';

export const innovationOut = z
  .object({
    id: z.number().int(),
    squadId: z.number().int(),
    squadName: z.string(),
    kind: z.enum(innovationKinds),
    title: z.string(),
    description: z.string(),
    status: z.enum(innovationStatuses),
    submittedAt: instantOut,
    submittedByName: z.string().nullable(),
    decidedAt: instantOut.nullable(),
    decidedByName: z.string().nullable(),
    decisionReason: z.string().nullable(),
    evidence: z.array(evidenceOut),
  })
  .meta({ id: 'SquadInnovation' });

export const innovationListOut = itemsOf(innovationOut);
