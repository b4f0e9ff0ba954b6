/**
 * The full analysis of one text, as every "full analysis" row times it: parse, chronology,
 * entities and every diagnostic, through the one pipeline the editor and the command-line
 * checker use, never a pipeline rebuilt here by hand.
 *
 * Today that pipeline is reached through the service facade (`computeDiagnostics`); when
 * `analyzeDocument(text, gazetteer, settings)` and its rules land, `analyzeFully` below is the one
 * place to switch.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createCableLanguageService } from '../server/src/service';
import { GazetteerManager, type Gazetteer } from '../server/src/service/gazetteer';

/** Analyses one text completely and returns its diagnostics. Each call starts from nothing. */
export type FullAnalysis = (text: string) => Diagnostic[];

/** The built-in gazetteer, as the server and the command-line checker load it. */
export function builtinGazetteer(): Gazetteer {
  return new GazetteerManager().gazetteer;
}

export function createFullAnalysis(gazetteer: Gazetteer = builtinGazetteer()): FullAnalysis {
  const service = createCableLanguageService({
    gazetteer: () => gazetteer,
    // The facade answers empty when a feature throws; a benchmark must not time that as success.
    logger: {
      log: (message) => {
        throw new Error(message);
      },
    },
  });
  let serial = 0;
  const analyzeFully: FullAnalysis = (text) => {
    // The service caches by uri and version: a fresh uri per call, so that no call reuses another's
    // work, and `forget` afterwards, so that the cache does not grow over a corpus.
    const uri = `bench:/full-analysis/${serial++}.cable`;
    try {
      return service.computeDiagnostics(TextDocument.create(uri, 'cable', 1, text));
    } finally {
      service.forget(uri);
    }
  };
  return analyzeFully;
}
