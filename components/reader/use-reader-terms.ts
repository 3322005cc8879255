/**
 * The reading pages' hook onto ReaderTerms: starts highlighting once, and re-renders with the
 * terms found after every change (a scan slice, a settings change, new text).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ReaderTerms, type FoundTermCount } from './reader-terms';

export function useReaderTerms(): { reader: ReaderTerms; terms: FoundTermCount[]; scanning: boolean } {
  const reader = useMemo(() => new ReaderTerms(), []);
  const [state, setState] = useState<{ terms: FoundTermCount[]; scanning: boolean }>({ terms: [], scanning: false });
  useEffect(() => {
    let frame = 0;
    // Many slices can land in one frame; the list is rebuilt once per frame at most.
    const update = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setState({ terms: reader.found(), scanning: reader.scanning });
      });
    };
    const off = reader.onChange(update);
    void reader.start().then(update);
    return () => {
      off();
      cancelAnimationFrame(frame);
      reader.destroy();
    };
  }, [reader]);
  return { reader, ...state };
}
