/** A small trend line drawn in SVG (no chart library on the dashboard). */
export function Sparkline({ values, width = 120, height = 32, color = '#c8161d', testId }: { values: number[]; width?: number; height?: number; color?: string; testId?: string }) {
  if (values.length < 2) return <svg width={width} height={height} data-testid={testId} aria-hidden />;
  const max = Math.max(...values);
  const min = Math.min(...values, 0);
  const span = max - min || 1;
  const step = width / (values.length - 1);
  const pts = values.map((v, i) => `${(i * step).toFixed(1)},${(height - 2 - ((v - min) / span) * (height - 4)).toFixed(1)}`);
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} data-testid={testId} aria-hidden>
      <polygon points={`0,${height} ${pts.join(' ')} ${width},${height}`} fill={color} opacity={0.08} />
      <polyline points={pts.join(' ')} fill="none" stroke={color} strokeWidth={1.5} strokeLinejoin="round" />
    </svg>
  );
}
