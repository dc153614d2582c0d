/** Draws composed lines with Ink, styling each segment from the theme. */
import { Box, Text } from 'ink';
import type { Line } from './line.js';
import { mergeStyles, type Theme } from './theme.js';

export function FrameView({ lines, theme }: { lines: Line[]; theme: Theme }) {
  return (
    <Box flexDirection="column">
      {lines.map((line, i) => (
        <Text key={i} wrap="truncate">
          {line.map((seg, j) => (
            <Text key={j} {...mergeStyles(...(seg.tones ?? []).map((t) => theme.styles[t]))}>
              {seg.text}
            </Text>
          ))}
        </Text>
      ))}
    </Box>
  );
}
