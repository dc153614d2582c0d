/**
 * The reader app: wires terminal size and raw input to the reducer, draws the
 * composed frame, and runs the effects the reducer queues (save, quit, export,
 * editor) through a host, so tests can drive it without touching files.
 */
import type { Article, ClaimVerdict } from '@marginalia/core';
import type { VerdictChange } from './sidecar-store.js';
import { useApp, useStdin, useStdout } from 'ink';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { composeFrame } from './frame.js';
import { FrameView } from './FrameView.js';
import { keysFromInput } from './keys.js';
import { computeGeometry, type Size } from './layout.js';
import { createReducer } from './reducer.js';
import type { ReviewHistory } from './review-history.js';
import type { Effect, Position, ReaderState } from './state.js';
import type { Theme } from './theme.js';

export interface SaveResult {
  ok: boolean;
  message?: string;
  /** The verdicts now on disk (after merging another reader's). */
  written?: ClaimVerdict[];
  /** Changes another reader made, merged in. */
  fromOthers?: VerdictChange[];
}

/** What the app asks of the outside world. */
export interface ReaderHost {
  save(history: ReviewHistory, position: Position): Promise<SaveResult>;
  exportReview(format: 'md' | 'json', history: ReviewHistory): Promise<string>;
  /** Opens the note in $EDITOR; resolves to the edited note, or null if unchanged or failed (with a message). */
  editNote(note: string): Promise<{ note: string | null; message?: string }>;
  now(): string;
  /** Calls back with the sidecar's verdicts whenever another reader changes it; returns a stop function. */
  watch?(onChange: (verdicts: ClaimVerdict[]) => void): () => void;
}

export interface AppProps {
  article: Article;
  initial: ReaderState;
  theme: Theme;
  host: ReaderHost;
  screenReader?: boolean;
  label?: string;
  /** Fixed size for tests; otherwise the terminal's, following resizes. */
  size?: Size;
}

function useTerminalSize(fixed?: Size): Size {
  const { stdout } = useStdout();
  const read = () => fixed ?? { columns: stdout.columns || 80, rows: stdout.rows || 24 };
  const [size, setSize] = useState<Size>(read);
  useEffect(() => {
    if (fixed) return;
    const onResize = () => setSize({ columns: stdout.columns || 80, rows: stdout.rows || 24 });
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout, fixed]);
  return fixed ?? size;
}

export function positionOf(state: ReaderState): Position {
  return { paragraph: state.paragraph, claim: state.selectedClaim, view: state.view };
}

export function ReaderApp({ article, initial, theme, host, screenReader, label, size: fixedSize }: AppProps) {
  const reducer = useMemo(() => createReducer(article), [article]);
  const [state, dispatch] = useReducer(reducer, initial);
  const size = useTerminalSize(fixedSize);
  const geometry = computeGeometry(size, screenReader);
  const { exit } = useApp();
  const { internal_eventEmitter: input, setRawMode, isRawModeSupported } = useStdin();

  const viewportRef = useRef({ bodyRows: geometry.text.rows, textColumns: geometry.text.columns });
  viewportRef.current = { bodyRows: geometry.arrangement === 'side' || state.view !== 'reader' ? geometry.bodyRows : geometry.text.rows, textColumns: geometry.text.columns };

  const onInput = useCallback(
    (data: string) => dispatch({ type: 'keys', keys: keysFromInput(data), viewport: viewportRef.current, now: host.now() }),
    [host],
  );
  useEffect(() => {
    if (isRawModeSupported) setRawMode(true);
    input?.on('input', onInput);
    return () => {
      input?.off('input', onInput);
      if (isRawModeSupported) setRawMode(false);
    };
  }, [input, onInput, setRawMode, isRawModeSupported]);

  // Another reader on the same article: take in what it changed, and say so.
  useEffect(() => host.watch?.((verdicts) => dispatch({ type: 'external', verdicts, now: host.now() })), [host]);

  // Effects run one batch at a time, in order; the state they see includes the change that queued them.
  // Each runs once: a render can still list a finished batch before its effectsDone is applied, so
  // what has started is remembered here and effectsDone drops exactly the effects that ran.
  const running = useRef(false);
  const started = useRef(new WeakSet<Effect>());
  const latest = useRef(state);
  latest.current = state;
  useEffect(() => {
    if (running.current) return;
    const batch = state.effects.filter((effect) => !started.current.has(effect));
    if (batch.length === 0) return;
    running.current = true;
    for (const effect of batch) started.current.add(effect);
    void (async () => {
      for (const effect of batch) {
        try {
          await runEffect(effect);
        } catch (error) {
          // An effect that fails must not wedge the queue; say what failed instead.
          dispatch({ type: 'message', text: `Could not ${effect.kind === 'editNote' ? 'edit the note' : effect.kind}: ${(error as Error).message}` });
        }
      }
      running.current = false;
      dispatch({ type: 'effectsDone', done: batch });
    })();

    async function runEffect(effect: Effect): Promise<void> {
      const now = latest.current;
      if (effect.kind === 'save') {
        const result = await host.save(now.review, positionOf(now));
        dispatch({
          type: 'saved', ok: result.ok, message: result.message ?? (effect.announce && result.ok ? 'Saved.' : undefined),
          saved: now.review.verdicts, written: result.written, fromOthers: result.fromOthers,
        });
      } else if (effect.kind === 'export') {
        dispatch({ type: 'message', text: await host.exportReview(effect.format, now.review) });
      } else if (effect.kind === 'editNote') {
        const current = now.review.verdicts.find((v) => v.claim === effect.claim)?.note ?? '';
        // The editor owns the terminal meanwhile: give raw mode back, then take it again.
        if (isRawModeSupported) setRawMode(false);
        let edited;
        try {
          edited = await host.editNote(current);
        } finally {
          if (isRawModeSupported) setRawMode(true);
        }
        if (edited.note !== null) dispatch({ type: 'noteEdited', claim: effect.claim, note: edited.note, now: host.now() });
        else if (edited.message) dispatch({ type: 'message', text: edited.message });
      } else if (effect.kind === 'quit') {
        // Flush the sidecar (verdicts and last position) before leaving.
        if (now.sidecar === 'saved') await host.save(now.review, positionOf(now));
        exit();
      }
    }
  }, [state.effects, host, exit, setRawMode, isRawModeSupported]);

  const lines = composeFrame(article, state, size, { screenReader, label });
  return <FrameView lines={lines} theme={theme} />;
}
