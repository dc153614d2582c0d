/**
 * Colours and text styles of the reader, in one place. Colour is only ever a
 * second signal: every mark also has a marker or a text style, so with
 * NO_COLOR / --no-color (which this layer honours; Ink's colour library does
 * not) the reader keeps bold, inverse and underline and drops only colours.
 */
export type Tone =
  | 'entity' | 'attribution' | 'claim' | 'hedge' | 'technique' | 'boilerplate'
  | 'match' | 'selected' | 'cursor' | 'heading' | 'dim' | 'accent' | 'status' | 'warning' | 'marker';

export interface Style {
  color?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  inverse?: boolean;
  dimColor?: boolean;
}

export type Background = 'dark' | 'light';

export interface Theme {
  background: Background;
  color: boolean;
  styles: Readonly<Record<Tone, Style>>;
}

const BASE: Record<Tone, Style> = {
  entity: { underline: true },
  attribution: { italic: true },
  claim: {},
  hedge: { italic: true },
  technique: { underline: true },
  boilerplate: { dimColor: true },
  match: { inverse: true },
  selected: { bold: true, underline: true },
  cursor: { inverse: true },
  heading: { bold: true },
  dim: { dimColor: true },
  accent: { bold: true },
  status: { inverse: true },
  warning: { bold: true },
  marker: {},
};

const COLOURS: Record<Background, Partial<Record<Tone, string>>> = {
  dark: {
    entity: 'cyan', attribution: 'green', claim: 'yellow', hedge: 'magenta', technique: 'redBright',
    match: 'yellowBright', accent: 'cyanBright', warning: 'yellow', heading: 'whiteBright', marker: 'gray',
  },
  light: {
    entity: 'blue', attribution: 'green', claim: '#8a5a00', hedge: 'magenta', technique: 'red',
    match: 'yellow', accent: 'blue', warning: '#8a5a00', heading: 'black', marker: 'gray',
  },
};

export function createTheme(options: { background?: Background; color?: boolean } = {}): Theme {
  const background = options.background ?? 'dark';
  const color = options.color ?? true;
  const styles = {} as Record<Tone, Style>;
  for (const tone of Object.keys(BASE) as Tone[]) {
    styles[tone] = color && COLOURS[background][tone] ? { ...BASE[tone], color: COLOURS[background][tone] } : { ...BASE[tone] };
  }
  return { background, color, styles };
}

/** NO_COLOR (any non-empty value, see no-color.org) or --no-color turn colour off. */
export function colourWanted(env: NodeJS.ProcessEnv, noColorFlag: boolean): boolean {
  if (noColorFlag) return false;
  return !(env.NO_COLOR !== undefined && env.NO_COLOR !== '');
}

/** Picks the light theme when the terminal says its background is light (COLORFGBG="0;15"). */
export function guessBackground(env: NodeJS.ProcessEnv): Background {
  const bg = Number(env.COLORFGBG?.split(';').pop());
  return Number.isFinite(bg) && (bg === 7 || bg === 15) ? 'light' : 'dark';
}

/** Merges styles left to right (later wins), for overlapping marks. */
export function mergeStyles(...styles: Array<Style | undefined>): Style {
  return Object.assign({}, ...styles.filter(Boolean));
}

/**
 * The colour level to give Ink's colour library on an interactive terminal.
 * It turns everything off when `CI` is set at all (even CI=false, as under
 * tmux in tests), which would also drop bold, underline and inverse; colours
 * themselves are governed by the theme above. Null leaves the choice to it.
 */
export function styleLevelFor(env: NodeJS.ProcessEnv): '1' | '2' | '3' | null {
  if (env.FORCE_COLOR !== undefined || env.TERM === 'dumb') return null;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return '3';
  return /256/.test(env.TERM ?? '') ? '2' : '1';
}
