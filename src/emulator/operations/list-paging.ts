// What the three marker-paged lists (cloudsnapshots, the OpenStack-compatible snapshots, disks)
// answer alike: the next link of a page, and the refusals of an unknown marker or sort key, with
// the messages the reference's error table gives their codes.

import type { EmulatorAnswer } from '../exchange.js';
import { badRequest, documentedMessage } from '../refusals.js';

const markerMessage = documentedMessage('EVS.1024');
const sortKeyMessage = documentedMessage('EVS.1039');

/** The next link: the same path and query, without `offset`, and the marker of the page's last item. */
export function nextLink(
  request: { origin: string; path: string; search: string },
  lastId: string,
): { href: string; rel: string } {
  const params = new URLSearchParams();
  for (const [name, value] of new URLSearchParams(request.search))
    if (name !== 'marker' && name !== 'offset') params.append(name, value);
  params.set('marker', lastId);
  // The router takes no trailing slash, so the path is the list's own.
  return { href: `${request.origin}${request.path}?${params.toString()}`, rel: 'next' };
}

/** 400 EVS.1024 for a marker that names nothing in the list (`what`: snapshot or disk). */
export const unknownMarker = (marker: string, what: string): EmulatorAnswer =>
  badRequest('EVS.1024', `${markerMessage} No ${what} in this list has the ID ${marker}.`);

/** 400 EVS.1039 for a sort key the list does not take, naming the ones it takes. */
export const unknownSortKey = (
  sortKey: string,
  taken: Iterable<string>,
  redact: (text: string) => string,
): EmulatorAnswer =>
  badRequest(
    'EVS.1039',
    `${sortKeyMessage} query.sort_key must be one of ${[...taken].join(', ')}, got ` +
      `${JSON.stringify(redact(sortKey).slice(0, 64))}.`,
  );
