import type { Answer, Schema } from '../../kernel/api-client.js';

/** Names the demand pages share, all taken from the generated API types (web/src/api/openapi.ts). */
export type Demand = Schema<'Demand'>;
export type DemandDetail = Schema<'DemandDetail'>;
export type DemandStatus = Demand['status'];
export type Light = NonNullable<Demand['light']>;
export type Satisfaction = NonNullable<Demand['satisfaction']>;
export type DemandOptions = Schema<'DemandOptions'>;
export type Challenge = Schema<'DemandChallenge'>;
export type Similar = Answer<'/api/v1/demands/similar', 'get'>['items'][number];
export type FigureRecord = Answer<'/api/v1/demand-analytics/drill', 'get'>['items'][number];
