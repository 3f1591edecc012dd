export type FigureBucket = 'day' | 'week' | 'month' | 'year';

/**
 * The trend bucket that gives a readable number of points for a period of `days` days. The cockpit asks
 * for its trends in this bucket, and the server computes that series together with a figure's value.
 */
export function bucketForDays(days: number): FigureBucket {
  if (days <= 62) return 'day';
  if (days <= 190) return 'week';
  if (days <= 3 * 366) return 'month';
  return 'year';
}
