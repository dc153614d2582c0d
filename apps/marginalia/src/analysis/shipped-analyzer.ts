/**
 * The app's analyzer over the shipped models (`@marginalia/model-en`), made on first use and kept for
 * the process (or worker thread): the reader, an export or a batch worker reads each model once.
 * The app owns it; core keeps no analyzer of its own.
 */
import type { Analyzer } from '@marginalia/core';
import { createNodeAnalyzer } from '@marginalia/core/node';

let analyzer: Analyzer | undefined;

export function shippedAnalyzer(): Analyzer {
  return (analyzer ??= createNodeAnalyzer());
}

/** The same with every model read, synchronously: for `analyzeSync`, or a command with nothing else to do meanwhile. */
export function loadedShippedAnalyzer(): Analyzer {
  return shippedAnalyzer().loadSync();
}
