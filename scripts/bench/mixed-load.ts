// The load both emulator benches send: show 60 %, list 20 %, update 20 % of one snapshot, each
// autocannon connection cycling through the list (the mix of the emulator's throughput target).
export function mixedRequests(projectId: string, snapshotId: string, token: string) {
  const item = `/v2/${projectId}/cloudsnapshots/${snapshotId}`;
  const headers = { 'X-Auth-Token': token, 'Content-Type': 'application/json' };
  const show = { method: 'GET' as const, path: item, headers };
  return [
    show,
    show,
    show,
    { method: 'GET' as const, path: `/v2/${projectId}/cloudsnapshots/detail?limit=10`, headers },
    { method: 'PUT' as const, path: item, headers, body: '{"snapshot":{"name":"bench"}}' },
  ];
}
