// A snapshot as a show or create answer carries it, valid against the spec: for tests that play
// a server or check an answer and need a body that conforms.
export function snapshotBody(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: '5aa119a8-d25b-45a7-8d1b-88e127885635',
    status: 'available',
    name: null,
    description: null,
    created_at: '2026-12-01T09:00:00.000000',
    updated_at: '2026-12-01T09:00:00.000000',
    metadata: {},
    volume_id: '5aa119a8-d25b-45a7-8d1b-88e127885635',
    size: 10,
    'os-extended-snapshot-attributes:progress': '100%',
    'os-extended-snapshot-attributes:project_id': 'bab7d5c60cd041a0a36f7c4b6e1dd978',
    ...fields,
  };
}
