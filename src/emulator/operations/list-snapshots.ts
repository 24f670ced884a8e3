// GET /v2/{project_id}/cloudsnapshots/detail: every documented filter, `count` of all matches,
// pages by offset or by marker (after that snapshot, as the OpenStack-compatible list documents
// it), newest first unless sort_key/sort_dir say otherwise, and a `next` link when `limit` was
// given and more matches follow. Unfiltered and in the default order, a page costs O(limit)
// whatever its offset; a filter or another order scans the project's snapshots.
import type { EmulatorAnswer } from '../exchange.js';
import { jsonAnswer } from '../exchange.js';
import { readListQuery } from '../input.js';
import { badRequest } from '../refusals.js';
import { type SnapshotRecord, snapshotJson } from '../store.js';
import type { OperationContext } from './context.js';

interface ListQuery {
  offset?: number;
  limit?: number;
  marker?: string;
  sort_key?: string;
  sort_dir?: 'asc' | 'desc';
  name?: string;
  status?: string;
  volume_id?: string;
  availability_zone?: string;
  id?: string[];
  service_type?: string;
  dedicated_storage_id?: string;
  dedicated_storage_name?: string;
  enterprise_project_id?: string;
}

/** The default page size of the reference. */
const defaultLimit = 1000;
/** The enterprise project every emulated snapshot is in: Huawei Cloud's default one. */
const enterpriseProject = '0';

/**
 * Sort keys the emulator takes: attributes of the snapshot, as upstream Cinder sorts by them.
 * A Map, not an object: `sort_key=__proto__` or `valueOf` must find nothing, not Object.prototype.
 */
const sortKeys = new Map<string, (record: SnapshotRecord) => string | number>([
  ['created_at', (record) => record.seq],
  ['updated_at', (record) => record.updatedAt],
  ['id', (record) => record.id],
  ['name', (record) => record.name ?? ''],
  ['status', (record) => record.status],
  ['size', (record) => record.size],
  ['volume_id', (record) => record.volumeId],
]);

function filterOf(query: ListQuery): ((record: SnapshotRecord) => boolean) | undefined {
  const tests: ((record: SnapshotRecord) => boolean)[] = [];
  if (query.name !== undefined) tests.push((record) => record.name === query.name);
  if (query.status !== undefined) tests.push((record) => record.status === query.status);
  if (query.volume_id !== undefined) tests.push((record) => record.volumeId === query.volume_id?.toLowerCase());
  if (query.availability_zone !== undefined) tests.push((record) => record.availabilityZone === query.availability_zone);
  if (query.id !== undefined) {
    const ids = new Set(query.id.map((id) => id.toLowerCase()));
    tests.push((record) => ids.has(record.id));
  }
  if (query.service_type !== undefined) tests.push(() => query.service_type === 'EVS');
  // No emulated snapshot is on a dedicated storage pool.
  if (query.dedicated_storage_id !== undefined || query.dedicated_storage_name !== undefined) tests.push(() => false);
  if (query.enterprise_project_id !== undefined) tests.push(() => query.enterprise_project_id === 'all_granted_eps' || query.enterprise_project_id === enterpriseProject);
  return tests.length === 0 ? undefined : (record) => tests.every((test) => test(record));
}

/** The next link: the same filters, the same limit, and the marker of the page's last snapshot. */
function nextLink(context: OperationContext, last: SnapshotRecord): { href: string; rel: string } {
  const params = new URLSearchParams();
  for (const [name, value] of new URLSearchParams(context.request.search)) if (name !== 'marker' && name !== 'offset') params.append(name, value);
  params.set('marker', last.id);
  // The router takes no trailing slash, so the path is the list's own.
  return { href: `${context.request.origin}${context.request.path}?${params.toString()}`, rel: 'next' };
}

export function listSnapshots(context: OperationContext): EmulatorAnswer {
  const read = readListQuery<ListQuery>(context.request.search, context.redact);
  if ('refusal' in read) return read.refusal;
  const query = read.value;
  const sortKey = query.sort_key ?? 'created_at';
  const key = sortKeys.get(sortKey);
  if (!key)
    return badRequest(
      'EVS.1039',
      `invalid sort_key! query.sort_key must be one of ${[...sortKeys.keys()].join(', ')}, got ${JSON.stringify(context.redact(sortKey).slice(0, 64))}.`,
    );
  const ordered = context.store.snapshotsOf(context.projectId)?.ordered ?? [];
  const filter = filterOf(query);
  const newestFirst = sortKey === 'created_at' && (query.sort_dir ?? 'desc') === 'desc';
  // In the default order without a filter, `ordered` read backwards is the list; else it is built.
  let matches: readonly SnapshotRecord[] | undefined;
  if (!(newestFirst && !filter)) {
    const chosen = filter ? ordered.filter(filter) : [...ordered];
    const direction = (query.sort_dir ?? 'desc') === 'desc' ? -1 : 1;
    chosen.sort((a, b) => {
      const x = key(a);
      const y = key(b);
      return (x < y ? -1 : x > y ? 1 : a.seq - b.seq) * direction;
    });
    matches = chosen;
  }
  const count = matches ? matches.length : ordered.length;
  const at = (index: number): SnapshotRecord => (matches ? matches[index]! : ordered[ordered.length - 1 - index]!);

  let start = 0;
  if (query.marker !== undefined) {
    const marker = context.store.snapshot(context.projectId, query.marker.toLowerCase());
    const position = !marker ? -1 : matches ? matches.indexOf(marker) : ordered.length - 1 - context.store.snapshotsOf(context.projectId)!.indexOf(marker);
    if (position < 0) return badRequest('EVS.1024', `invalid filter marker! No snapshot in this list has the ID ${query.marker}.`);
    start = position + 1;
  }
  start += query.offset ?? 0;
  const limit = query.limit ?? defaultLimit;
  const page: Record<string, unknown>[] = [];
  for (let index = start; index < count && page.length < limit; index++) page.push(snapshotJson(at(index), true));
  const body: Record<string, unknown> = { count, snapshots: page };
  // limit is at least 1, so a page that stops short of count holds a last snapshot to mark.
  if (query.limit !== undefined && start + page.length < count) body.snapshots_links = [nextLink(context, at(start + page.length - 1))];
  return jsonAnswer(200, body);
}
