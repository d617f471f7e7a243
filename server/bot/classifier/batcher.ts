/**
 * Collects the requests made in one tick and runs them as a single batch, then hands
 * each caller its own slice of the results. Embedding 20 sentences at once costs far
 * less than 20 separate model runs.
 */
export function createBatcher<I, O>(run: (inputs: I[]) => Promise<O[]>): (inputs: I[]) => Promise<O[]> {
  let pending: { inputs: I[]; resolve(outputs: O[]): void; reject(error: unknown): void }[] = [];

  function flush() {
    const batch = pending;
    pending = [];
    run(batch.flatMap((entry) => entry.inputs)).then(
      (outputs) => {
        let offset = 0;
        for (const entry of batch) {
          entry.resolve(outputs.slice(offset, offset + entry.inputs.length));
          offset += entry.inputs.length;
        }
      },
      (error) => batch.forEach((entry) => entry.reject(error)),
    );
  }

  return (inputs) =>
    new Promise<O[]>((resolve, reject) => {
      if (pending.length === 0) setImmediate(flush);
      pending.push({ inputs, resolve, reject });
    });
}
