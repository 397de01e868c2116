import { useEffect, useMemo, useRef, useState } from 'react';
import { createdAmis } from '../share/bakeLog';
import { explainBakeFailure } from '../share/bakeFailures';
import type { BakeFailure } from '../share/bakeFailures';
import { bakeOutcome } from '../share/bakeOutcome';
import type { BakeOutcome, ImageSearchResult } from '../share/bakeOutcome';
import type { BakeRun } from '../share/bakeRuns';
import { readBakeLog } from '../deck/bakeLogReads';
import type { BakeLogRead } from '../deck/bakeLogReads';
import { searchImages } from '../deck/imageSearch';
import type { ImageSearch } from '../deck/imageSearch';
import { checkVisibility, visibilityKey } from '../deck/imageVisibility';
import type { Visibility } from '../deck/imageVisibility';
import { useAwsAccounts } from '../deck/useAwsAccounts';
import type { AwsAccountsState } from '../deck/useAwsAccounts';

export type Read<T> = { state: 'idle' } | { state: 'reading' } | T;

export interface RunOutcome {
  outcome: BakeOutcome;
  accounts: AwsAccountsState;
  log: Read<BakeLogRead>;
  search: Read<ImageSearch>;
  failures: BakeFailure[];
  visibility: ReadonlyMap<string, Visibility>;
  checking: boolean;
  checkAgain(): void;
}

// Nothing is asked before the section is shown; what is under way stops when it closes, and answers stay known
// for the page, so reopening costs nothing. "Check again" asks Clouddriver afresh.
export function useRunOutcome(run: BakeRun): RunOutcome {
  const accounts = useAwsAccounts();
  const [log, setLog] = useState<Read<BakeLogRead>>({ state: 'idle' });
  const [search, setSearch] = useState<Read<ImageSearch>>({ state: 'idle' });
  const [visibility, setVisibility] = useState<ReadonlyMap<string, Visibility>>(new Map());
  const [checking, setChecking] = useState(false);
  const [round, setRound] = useState(0);

  const logAmis = useMemo(() => (log.state === 'read' ? createdAmis(log.log) : undefined), [log]);
  const searchResults = useMemo<ImageSearchResult[] | undefined>(
    () => (search.state === 'found' ? search.results : undefined),
    [search],
  );
  const outcome = useMemo(
    () => bakeOutcome({ ...run, logAmis, searchResults, knownAccounts: accounts.accounts }),
    [run, logAmis, searchResults, accounts.accounts],
  );
  // These come from the stage alone, never from the reads below.
  const { bakeRegion: region, statusId, phase } = outcome;

  useEffect(() => {
    if (phase === 'running' || !region || !statusId) return undefined;
    const controller = new AbortController();
    setLog({ state: 'reading' });
    readBakeLog(region, statusId, controller.signal).then(setLog, () => undefined);
    return () => controller.abort();
  }, [phase, region, statusId]);

  const logSettled = log.state === 'read' || log.state === 'unavailable' || !statusId;
  const missingAmis = outcome.phase === 'succeeded' && outcome.regions.some((ami) => ami.imageIds.length === 0);
  const needsSearch = logSettled && !logAmis?.length && missingAmis ? outcome.imageName : undefined;

  useEffect(() => {
    if (!needsSearch) return undefined;
    const controller = new AbortController();
    setSearch({ state: 'reading' });
    searchImages(needsSearch, controller.signal, round > 0).then(setSearch, () => undefined);
    return () => controller.abort();
  }, [needsSearch, round]);

  // The checks change identity on every new outcome; the key says when they change in content.
  const checks = useRef(outcome.checks);
  checks.current = outcome.checks;
  // Checked once every source of AMIs has answered: checks started earlier would be cancelled and asked again.
  const amisKnown = logSettled && search.state !== 'reading' && !(needsSearch && search.state === 'idle');
  const checkKey = amisKnown ? outcome.checks.map(visibilityKey).join(' ') : '';
  useEffect(() => {
    if (checkKey === '') return undefined;
    const controller = new AbortController();
    setChecking(true);
    if (round > 0) setVisibility(new Map());
    // Answers arrive a few at a time; the table is drawn again once per frame, not once per answer.
    const arrived = new Map<string, Visibility>();
    let frame: number | undefined;
    const flush = () => {
      frame = undefined;
      const answers = [...arrived];
      arrived.clear();
      if (!controller.signal.aborted) setVisibility((known) => new Map([...known, ...answers]));
    };
    checkVisibility(checks.current, {
      signal: controller.signal,
      fresh: round > 0,
      onResult: (check, answer) => {
        arrived.set(visibilityKey(check), answer);
        frame ??= requestAnimationFrame(flush);
      },
    }).then(() => {
      if (frame !== undefined) cancelAnimationFrame(frame);
      flush();
      if (!controller.signal.aborted) setChecking(false);
    });
    return () => {
      controller.abort();
      if (frame !== undefined) cancelAnimationFrame(frame);
    };
  }, [checkKey, round]);

  const failures = useMemo(
    () => (outcome.phase === 'failed' && log.state === 'read' ? explainBakeFailure(log.log) : []),
    [outcome.phase, log],
  );

  return {
    outcome,
    accounts,
    log,
    search,
    failures,
    visibility,
    checking,
    checkAgain: () => setRound((count) => count + 1),
  };
}
