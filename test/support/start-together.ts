// Starts servers side by side; when one fails to start, the others are stopped before the error
// is thrown, so no process waits for the exit hook.
export async function startTogether<T extends { stop(): Promise<void> }>(starts: readonly (() => Promise<T>)[]): Promise<T[]> {
  const settled = await Promise.allSettled(starts.map((start) => start()));
  const failure = settled.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  const started = settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  if (!failure) return started;
  await Promise.all(started.map((server) => server.stop()));
  throw failure.reason;
}
