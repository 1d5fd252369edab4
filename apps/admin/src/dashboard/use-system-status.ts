import { useCallback, useContext, useEffect, useState } from 'react';
import { HealthLoaderContext } from './health-loader';
import { SystemStatus, toSystemStatus } from './system-status';

export interface SystemStatusCheck {
  /** The latest result, kept on screen while checking again. */
  readonly status: SystemStatus | undefined;
  readonly checking: boolean;
  readonly checkAgain: () => void;
}

export function useSystemStatus(): SystemStatusCheck {
  const loadHealth = useContext(HealthLoaderContext);
  const [checkNumber, setCheckNumber] = useState(0);
  const [result, setResult] = useState<{ readonly checkNumber: number; readonly status: SystemStatus }>();

  useEffect(() => {
    let current = true;
    void loadHealth().then((reading) => {
      if (current) setResult({ checkNumber, status: toSystemStatus(reading) });
    });
    return () => {
      current = false;
    };
  }, [loadHealth, checkNumber]);

  const checkAgain = useCallback(() => setCheckNumber((previous) => previous + 1), []);
  return { status: result?.status, checking: result?.checkNumber !== checkNumber, checkAgain };
}
