import { useEffect, useState } from 'react';
import type { ApiOutput, Result } from '../../electron/contract';
import type { ApiError } from '../../electron/contract/result';
import { call } from '../api/client';

type Reader = 'parameters.get' | 'dispatch.settings';

/**
 * A form over one stored record (the parameters, the board settings): load, edit a draft, save with
 * the stored version, and on a stale or refused save show the error with a reload of what is stored.
 */
export function useSingleRecordForm<R extends Reader>(reader: R) {
  type Value = ApiOutput<R>;
  const [stored, setStored] = useState<Value | null>(null);
  const [draft, setDraft] = useState<Value | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let live = true;
    const read = call as (name: Reader, input: Record<string, never>) => Promise<Result<Value>>;
    void read(reader, {}).then((result) => {
      if (!live) return;
      if (result.ok) {
        setStored(result.value);
        setDraft(result.value);
      } else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [reader, generation]);

  /** Takes the answer of the save call: the stored record, or the refusal to show. */
  const saveResult = (result: Result<Value>) => {
    setSaved(result.ok);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    const value = result.value;
    setError(null);
    setStored(value);
    setDraft(value);
  };

  return {
    stored,
    draft,
    error,
    saved,
    edit: (next: Value) => {
      setDraft(next);
      setSaved(false);
    },
    saveResult,
    reload: () => {
      setError(null);
      setSaved(false);
      setGeneration((n) => n + 1);
    },
  };
}
