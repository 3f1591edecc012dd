import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The browser journeys (e2e/) are the longest files by far. Started first, the two workers share them
 * and the short files fill in after; started late (a fresh clone has no timings, so vitest orders by
 * file size), one journey can run alone at the end while the other worker idles.
 */
export default class JourneysFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const journey = (f: TestSpecification) => /[\\/]e2e[\\/]/.test(f.moduleId);
    return [...sorted.filter(journey), ...sorted.filter((f) => !journey(f))];
  }
}
