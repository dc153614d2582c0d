/** Scrolling a list of lines with visible markers for what is cut off above and below. */
import { type Line, plain } from './line.js';

/** Keeps `flat[focus]` in view in `rows` rows, with "↑ N more" / "↓ N more" rows where lines are cut off. */
export function scrolledWithMarkers(flat: Line[], focus: number, rows: number, what = 'lines'): Line[] {
  if (flat.length <= rows) return flat;
  if (rows < 3) return flat.slice(0, rows);
  const room = (top: number) => rows - (top > 0 ? 1 : 0) - (top + rows - (top > 0 ? 1 : 0) < flat.length ? 1 : 0);
  // From the top whenever the focus fits there (headings such as ENTITIES stay in sight); else a third down.
  let top = focus < room(0) ? 0 : Math.max(0, Math.min(focus - Math.floor(rows / 3), flat.length - 1));
  // Near the end, show as much as fits rather than empty rows.
  while (top > 0 && top - 1 + room(top - 1) >= flat.length) top--;
  if (focus >= top + room(top)) top = focus - room(top) + 1;
  const shown = flat.slice(top, top + room(top));
  const rest = flat.length - top - shown.length;
  return [
    ...(top > 0 ? [plain(`  ↑ ${top} more ${what}`, 'dim')] : []),
    ...shown,
    ...(rest > 0 ? [plain(`  ↓ ${rest} more ${what}`, 'dim')] : []),
  ];
}
