/**
 * Types of the EVS snapshot API (openapi-typescript).
 * Generated from spec/ by `npm run build`; do not edit by hand.
 */

export interface paths {
    "/v2/{project_id}/cloudsnapshots": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a snapshot
         * @description Takes a snapshot of an EVS disk. The call returns at once with status `202` and the new
         *     snapshot in state `creating`; poll the snapshot until it is `available` (or `error`)
         *     before using it.
         *
         *     A disk in the `attaching` state can be snapshotted only with `force: true`. Do not name the
         *     snapshot with the `autobk_snapshot_` prefix, which the service reserves for snapshots it
         *     makes during disk backups.
         *
         *     IAM action: `evs:snapshots:create`.
         */
        post: operations["createSnapshot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/cloudsnapshots/detail": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * List snapshots with details
         * @description Returns one page of snapshots with all their fields, filtered by the query parameters, and the
         *     total number of matches in `count`. Page with `offset` and `limit` (at most 1000 a page), or
         *     follow the `next` link of `snapshots_links`, which pages by `marker`.
         *
         *     The Open Telekom Cloud page documents no query parameters (its example uses
         *     `?status=available`) and no status code; the parameters and the `200` here come from Huawei
         *     Cloud's page and SDKs. Open Telekom Cloud's Go SDK sends only `name`, `status`, `volume_id`
         *     and `id`; whether that cloud honours the others is not confirmed. `marker` comes from the
         *     OpenStack-compatible list and the `next` link of this path's own example, `sort_key` and
         *     `sort_dir` from upstream Cinder, and EVS has error codes for all three (`EVS.1024`,
         *     `EVS.1039`, `EVS.1040`); no source confirms them on this path. An older Open
         *     Telekom Cloud change history also names `with_count` and `name~` filters on the snapshot lists,
         *     which today's pages do not list; they are not described here. EVS's `EVS.1058` ("invalid
         *     metadata filter!") suggests a metadata filter, whose form no source gives.
         *
         *     IAM action: `evs:snapshots:list`.
         */
        get: operations["listSnapshots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/cloudsnapshots/{snapshot_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description ID of the snapshot, a UUID. An ID the service cannot parse is rejected with `EVS.2045`; one
                 *     that does not exist gives 404 `EVS.5404`. Because the ID is a UUID, it can never be `.`, `..`,
                 *     `detail` or anything else that would change which path the request reaches.
                 */
                snapshot_id: components["parameters"]["SnapshotId"];
            };
            cookie?: never;
        };
        /**
         * Show a snapshot
         * @description Returns one snapshot with all its fields. Poll it to follow a snapshot from `creating` to
         *     `available` (or `error`); a `404` means it does not exist (any more).
         *
         *     Snapshots named `autobk_snapshot_…` were made by the system during a disk backup: do not
         *     delete them and do not roll back from them.
         *
         *     IAM action: `evs:snapshots:get`.
         */
        get: operations["showSnapshot"];
        /**
         * Update a snapshot
         * @description Changes the name and/or description of a snapshot and returns the updated snapshot with
         *     status `200`. The reference does not say what happens to a field left out of the request;
         *     in OpenStack Cinder, which this API follows, it keeps its value.
         *
         *     Snapshots whose name begins with `autobk_snapshot_` were made by the system during a disk
         *     backup and cannot be operated on; do not give your snapshots that prefix.
         *
         *     IAM action: `evs:snapshots:update`.
         */
        put: operations["updateSnapshot"];
        post?: never;
        /**
         * Delete a snapshot
         * @description Starts deleting a snapshot and returns `202` with no body. The snapshot goes to `deleting`
         *     and disappears (show answers `404`), or ends in `error_deleting`, a state only customer
         *     service can clear (`EVS.2019`).
         *
         *     Only snapshots in state `available` or `error` can be deleted; others are refused with
         *     `400` `EVS.1047`. Do not delete `autobk_snapshot_…` snapshots, which disk backups use.
         *
         *     IAM action: `evs:snapshots:delete`.
         */
        delete: operations["deleteSnapshot"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/cloudsnapshots/{snapshot_id}/rollback": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description ID of the snapshot, a UUID. An ID the service cannot parse is rejected with `EVS.2045`; one
                 *     that does not exist gives 404 `EVS.5404`. Because the ID is a UUID, it can never be `.`, `..`,
                 *     `detail` or anything else that would change which path the request reaches.
                 */
                snapshot_id: components["parameters"]["SnapshotId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Roll a disk back to a snapshot
         * @description Overwrites the data of the snapshot's source disk with the snapshot and returns `202`; the
         *     snapshot is `rollbacking` while it runs. Everything written to the disk since the snapshot
         *     is lost.
         *
         *     Only the source disk can be the target, and only while it is `available` or
         *     `error_rollbacking`. Do not roll back from `autobk_snapshot_…` snapshots. An encrypted disk
         *     whose key is gone cannot be reverted (`EVS.2105`).
         *
         *     This path is documented by Open Telekom Cloud since 2025 and by Huawei Cloud. The older
         *     `POST /v2/{project_id}/os-vendor-snapshots/{snapshot_id}/rollback` takes the same body and
         *     is still the documented one on the Swiss Open Telekom Cloud; it is not described here.
         *
         *     IAM action: `evs:snapshots:rollback`.
         */
        post: operations["rollbackSnapshot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/snapshots": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * List snapshots
         * @description Returns one page of snapshots with their summary fields (no `os-extended-snapshot-attributes:*`),
         *     filtered by the query. Page with `marker` (the last ID of the previous page) or `offset`, and
         *     `limit` (at most 1000 a page); `snapshots_links` carries the `next` link when `limit` was given.
         *     Unlike `listSnapshots` (`cloudsnapshots/detail`) the answer has no documented `count`, and the
         *     documented filters are fewer: `name` (exact), `status` and `volume_id`. Upstream Cinder also sorts
         *     (`sort_key`, `sort_dir`) and filters by `all_tenants` or `project_id`; the `/v2` pages list none of
         *     these, so they are not described here (the `/v3` summary list documents sorting).
         *
         *     Reference page: evs_04_2096. IAM action: `evs:snapshots:list`.
         */
        get: operations["listCinderSnapshots"];
        put?: never;
        /**
         * Create a snapshot
         * @description Takes a snapshot of an EVS disk through the OpenStack Cinder-compatible API, which Open Telekom
         *     Cloud recommends beside `cloudsnapshots`. The body, the `202` and the answer (the snapshot in state
         *     `creating`) are those of `createSnapshot`, and the snapshot is the same one: both families show,
         *     change and delete it. OpenStack tools (openstacksdk, gophercloud, gophertelekomcloud's
         *     `blockstorage` packages, the `openstack volume snapshot` command) call this path; Huawei Cloud's
         *     SDKs do not.
         *
         *     A disk in the `attaching` state can be snapshotted only with `force: true`. Do not name the
         *     snapshot with the `autobk_snapshot_` prefix, which the service keeps for disk backups.
         *
         *     Reference page: evs_04_3056. IAM action: `evs:snapshots:create`.
         */
        post: operations["createCinderSnapshot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/snapshots/detail": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * List snapshots with details
         * @description Returns one page of snapshots with all their fields, filtered by the query. Paging as in
         *     `listCinderSnapshots`; this list alone also filters by `availability_zone` (of the source disk).
         *     No `count` is documented, nor the `service_type` of `cloudsnapshots` list items.
         *
         *     Reference page: evs_04_2097. IAM action: `evs:snapshots:list`.
         */
        get: operations["listCinderSnapshotsDetail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/snapshots/{snapshot_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description ID of the snapshot, a UUID. An ID the service cannot parse is rejected with `EVS.2045`; one
                 *     that does not exist gives 404 `EVS.5404`. Because the ID is a UUID, it can never be `.`, `..`,
                 *     `detail` or anything else that would change which path the request reaches.
                 */
                snapshot_id: components["parameters"]["SnapshotId"];
            };
            cookie?: never;
        };
        /**
         * Show a snapshot
         * @description Returns one snapshot with all its fields, the same object `showSnapshot` returns for it. A `404`
         *     means it does not exist (any more). Snapshots named `autobk_snapshot_…` were made by the system
         *     during a disk backup: do not delete them and do not roll back from them.
         *
         *     Reference page: evs_04_3061. IAM action: `evs:snapshots:get`.
         */
        get: operations["showCinderSnapshot"];
        /**
         * Update a snapshot
         * @description Changes the name and/or description of a snapshot, as `updateSnapshot` does with the same body,
         *     and returns the updated snapshot with status `200`. A field left out keeps its value (upstream
         *     Cinder). Snapshots named `autobk_snapshot_…` cannot be operated on; do not give yours that prefix.
         *
         *     Reference page: evs_04_2095. IAM action: `evs:snapshots:update` (with `evs:snapshots:get`).
         */
        put: operations["updateCinderSnapshot"];
        post?: never;
        /**
         * Delete a snapshot
         * @description Starts deleting a snapshot, as `deleteSnapshot` does: `202`, no body; the snapshot is `deleting`,
         *     then gone (`404`). Only snapshots in state `available` or `error` can be deleted; others are
         *     refused with `400` `EVS.1047`.
         *
         *     Reference page: evs_04_3057. IAM action: `evs:snapshots:delete` (with `evs:snapshots:get`).
         */
        delete: operations["deleteCinderSnapshot"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/snapshots/{snapshot_id}/metadata": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description ID of the snapshot, a UUID. An ID the service cannot parse is rejected with `EVS.2045`; one
                 *     that does not exist gives 404 `EVS.5404`. Because the ID is a UUID, it can never be `.`, `..`,
                 *     `detail` or anything else that would change which path the request reaches.
                 */
                snapshot_id: components["parameters"]["SnapshotId"];
            };
            cookie?: never;
        };
        /**
         * Show a snapshot's metadata
         * @description Returns all the metadata of the snapshot, the service's own keys included (such as
         *     `__system__enableActive`, which marks a snapshot a server backup made). It is the `metadata` that
         *     `showSnapshot` and `showCinderSnapshot` return for the same snapshot.
         *
         *     Reference page: evs_04_2100. IAM action: `evs:snapshots:get`.
         */
        get: operations["showSnapshotMetadata"];
        /**
         * Replace a snapshot's metadata
         * @description Replaces the snapshot's metadata with the items of the request: **keys that are not in the request
         *     are deleted**. To change some keys and keep the others, add them with `POST` (or set one with the
         *     per-key `PUT`). Answers `200` with the metadata after the call.
         *
         *     The sources do not all agree, and this is the reading chosen:
         *
         *     - Open Telekom Cloud's page (evs_04_2102, and evs_04_3065 for `/v3`) says only that the call updates
         *       the metadata; its example is the add's.
         *     - Upstream Cinder's API reference said until March 2017 that this call replaces only the keys it
         *       names; commit 4339f17 called that wrong and since then it says the call replaces all the metadata
         *       with the request's items (v2 and v3 references alike).
         *     - Upstream Cinder's code (`SnapshotMetadataController.update_all`) passes `delete=True`, which
         *       deletes the keys the request leaves out, while `create` (`POST`) passes `delete=False`. EVS's
         *       OpenStack-compatible API follows Cinder (Queens, by Open Telekom Cloud's change history).
         *
         *     So this description states the replace. Keys the service keeps for itself (`__system__…`): no
         *     source says whether a replace removes them; a client should not expect to remove them.
         *
         *     EVS has two codes for metadata a user may not touch, `EVS.2047` (400, "the metadata Param is
         *     not allowed to be updated!") and `EVS.5403` (403, "metadata can not be operated."); no source says
         *     which keys or calls they concern. Keys beginning with `__system__` are the service's own
         *     (`__system__enableActive` marks a snapshot a server backup made), so this description refuses them
         *     in what a client writes (see `SnapshotMetadataInput`). Metadata of 1,048,576 bytes or more is
         *     refused with `EVS.1005`.
         *
         *     Reference page: evs_04_2102. IAM action: `evs:snapshots:update` (with `evs:snapshots:get`).
         */
        put: operations["updateSnapshotMetadata"];
        /**
         * Add metadata to a snapshot
         * @description Adds the items of the request to the snapshot's metadata, changing the value of a key the snapshot
         *     already has; keys that are not in the request keep their values. Answers `200` with the metadata:
         *     upstream Cinder (`create`, which merges) returns all of it after the merge, the reference's
         *     example the items sent, which agree when the snapshot had no other items.
         *
         *     EVS has two codes for metadata a user may not touch, `EVS.2047` (400, "the metadata Param is
         *     not allowed to be updated!") and `EVS.5403` (403, "metadata can not be operated."); no source says
         *     which keys or calls they concern. Keys beginning with `__system__` are the service's own
         *     (`__system__enableActive` marks a snapshot a server backup made), so this description refuses them
         *     in what a client writes (see `SnapshotMetadataInput`). Metadata of 1,048,576 bytes or more is
         *     refused with `EVS.1005`.
         *
         *     Reference page: evs_04_2099. IAM action: `evs:snapshots:update` (with `evs:snapshots:get`).
         */
        post: operations["createSnapshotMetadata"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/snapshots/{snapshot_id}/metadata/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description ID of the snapshot, a UUID. An ID the service cannot parse is rejected with `EVS.2045`; one
                 *     that does not exist gives 404 `EVS.5404`. Because the ID is a UUID, it can never be `.`, `..`,
                 *     `detail` or anything else that would change which path the request reaches.
                 */
                snapshot_id: components["parameters"]["SnapshotId"];
                /**
                 * @description The key of one metadata item, percent-encoded as a path segment (a key may hold characters such
                 *     as `:` or a space). A key the snapshot does not have gives `404`, as in upstream Cinder. No EVS
                 *     source limits a key's length or characters; upstream Cinder takes 1–255 characters of
                 *     `A–Z a–z 0–9 - _ : .` and space.
                 */
                key: components["parameters"]["MetadataKey"];
            };
            cookie?: never;
        };
        /**
         * Show one metadata item
         * @description Returns the item of one key, `{"meta": {"<key>": "<value>"}}`. A key the snapshot does not have
         *     gives `404` (upstream Cinder's `SnapshotMetadataNotFound`).
         *
         *     Reference page: evs_04_2103. IAM action: `evs:snapshots:get`.
         */
        get: operations["showSnapshotMetadataItem"];
        /**
         * Set one metadata item
         * @description Sets the value of one key, adding the item when the snapshot does not have it (upstream Cinder
         *     merges it in); other keys keep their values. The body's `meta` holds exactly that one item: a key
         *     other than the path's is refused with `400` `EVS.5400` ("Request body and URI mismatch."), more
         *     than one item with `400` in upstream Cinder. Answers `200` with the item.
         *
         *     EVS has two codes for metadata a user may not touch, `EVS.2047` (400, "the metadata Param is
         *     not allowed to be updated!") and `EVS.5403` (403, "metadata can not be operated."); no source says
         *     which keys or calls they concern. Keys beginning with `__system__` are the service's own
         *     (`__system__enableActive` marks a snapshot a server backup made), so this description refuses them
         *     in what a client writes (see `SnapshotMetadataInput`). Metadata of 1,048,576 bytes or more is
         *     refused with `EVS.1005`.
         *
         *     Reference page: evs_04_2101. IAM action: `evs:snapshots:update` (with `evs:snapshots:get`).
         */
        put: operations["updateSnapshotMetadataItem"];
        post?: never;
        /**
         * Delete one metadata item
         * @description Deletes the item of one key. Answers **`200`** with no body (the reference's status, and upstream
         *     Cinder's), not `202` or `204`. A key the snapshot does not have gives `404`.
         *
         *     EVS has two codes for metadata a user may not touch, `EVS.2047` (400, "the metadata Param is
         *     not allowed to be updated!") and `EVS.5403` (403, "metadata can not be operated."); no source says
         *     which keys or calls they concern. Keys beginning with `__system__` are the service's own
         *     (`__system__enableActive` marks a snapshot a server backup made), so this description refuses them
         *     in what a client writes (see `SnapshotMetadataInput`). Metadata of 1,048,576 bytes or more is
         *     refused with `EVS.1005`.
         *
         *     Reference page: evs_04_2104. IAM action: `evs:snapshots:delete` (with `evs:snapshots:get`).
         */
        delete: operations["deleteSnapshotMetadataItem"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/snapshots": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * List snapshots (v3, unrecommended)
         * @deprecated
         * @description The `/v3` form of `listCinderSnapshots` (`GET /v2/{project_id}/snapshots`), which Open Telekom Cloud
         *     lists among its unrecommended APIs (evs_04_3059); use the `/v2` path. Its page documents more than the `/v2` one: sorting
         *     (`sort_dir`; `sort_key` from microversion 3.30), fuzzy filters (`name~`, `status~`, `volume_id~`,
         *     from 3.31), `with_count` (3.45) and a `count` in the answer.
         *
         *     IAM action of the `/v2` form (the permissions page lists no `/v3` one): `evs:snapshots:list`.
         */
        get: operations["listCinderSnapshotsV3"];
        put?: never;
        /**
         * Create a snapshot (v3, unrecommended)
         * @deprecated
         * @description The `/v3` form of `createCinderSnapshot` (`POST /v2/{project_id}/snapshots`), which Open Telekom Cloud
         *     lists among its unrecommended APIs (evs_04_2093); use the `/v2` path. Its page documents the same request, answer and status as the `/v2` one.
         *
         *     IAM action of the `/v2` form (the permissions page lists no `/v3` one): `evs:snapshots:create`.
         */
        post: operations["createCinderSnapshotV3"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/snapshots/detail": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * List snapshots with details (v3, unrecommended)
         * @deprecated
         * @description The `/v3` form of `listCinderSnapshotsDetail` (`GET /v2/{project_id}/snapshots/detail`), which Open Telekom Cloud
         *     lists among its unrecommended APIs (evs_04_3060); use the `/v2` path. Its page differs from the `/v2` one: it adds `sort_dir`,
         *     a `count` in the answer and a reserved `user_id` in each item, and it does not list
         *     `availability_zone`.
         *
         *     IAM action of the `/v2` form (the permissions page lists no `/v3` one): `evs:snapshots:list`.
         */
        get: operations["listCinderSnapshotsDetailV3"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/snapshots/{snapshot_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description ID of the snapshot, a UUID. An ID the service cannot parse is rejected with `EVS.2045`; one
                 *     that does not exist gives 404 `EVS.5404`. Because the ID is a UUID, it can never be `.`, `..`,
                 *     `detail` or anything else that would change which path the request reaches.
                 */
                snapshot_id: components["parameters"]["SnapshotId"];
            };
            cookie?: never;
        };
        /**
         * Show a snapshot (v3, unrecommended)
         * @deprecated
         * @description The `/v3` form of `showCinderSnapshot` (`GET /v2/{project_id}/snapshots/{snapshot_id}`), which Open Telekom Cloud
         *     lists among its unrecommended APIs (evs_04_2098); use the `/v2` path. Its page adds a reserved `user_id` to the snapshot.
         *
         *     IAM action of the `/v2` form (the permissions page lists no `/v3` one): `evs:snapshots:get`.
         */
        get: operations["showCinderSnapshotV3"];
        /**
         * Update a snapshot (v3, unrecommended)
         * @deprecated
         * @description The `/v3` form of `updateCinderSnapshot` (`PUT /v2/{project_id}/snapshots/{snapshot_id}`), which Open Telekom Cloud
         *     lists among its unrecommended APIs (evs_04_3058); use the `/v2` path. Its page documents the same request, answer and status as the `/v2` one.
         *
         *     IAM action of the `/v2` form (the permissions page lists no `/v3` one): `evs:snapshots:update` (with `evs:snapshots:get`).
         */
        put: operations["updateCinderSnapshotV3"];
        post?: never;
        /**
         * Delete a snapshot (v3, unrecommended)
         * @deprecated
         * @description The `/v3` form of `deleteCinderSnapshot` (`DELETE /v2/{project_id}/snapshots/{snapshot_id}`), which Open Telekom Cloud
         *     lists among its unrecommended APIs (evs_04_2094); use the `/v2` path. Its page documents the same request, answer and status as the `/v2` one.
         *
         *     IAM action of the `/v2` form (the permissions page lists no `/v3` one): `evs:snapshots:delete` (with `evs:snapshots:get`).
         */
        delete: operations["deleteCinderSnapshotV3"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/snapshots/{snapshot_id}/metadata": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description ID of the snapshot, a UUID. An ID the service cannot parse is rejected with `EVS.2045`; one
                 *     that does not exist gives 404 `EVS.5404`. Because the ID is a UUID, it can never be `.`, `..`,
                 *     `detail` or anything else that would change which path the request reaches.
                 */
                snapshot_id: components["parameters"]["SnapshotId"];
            };
            cookie?: never;
        };
        /**
         * Show a snapshot's metadata (v3, unrecommended)
         * @deprecated
         * @description The `/v3` form of `showSnapshotMetadata` (`GET /v2/{project_id}/snapshots/{snapshot_id}/metadata`), which Open Telekom Cloud
         *     lists among its unrecommended APIs (evs_04_3063); use the `/v2` path. Its page documents the same request, answer and status as the `/v2` one.
         *
         *     IAM action of the `/v2` form (the permissions page lists no `/v3` one): `evs:snapshots:get`.
         */
        get: operations["showSnapshotMetadataV3"];
        /**
         * Replace a snapshot's metadata (v3, unrecommended)
         * @deprecated
         * @description The `/v3` form of `updateSnapshotMetadata` (`PUT /v2/{project_id}/snapshots/{snapshot_id}/metadata`), which Open Telekom Cloud
         *     lists among its unrecommended APIs (evs_04_3065); use the `/v2` path. Its page documents the same request, answer and status as the `/v2` one.
         *
         *     IAM action of the `/v2` form (the permissions page lists no `/v3` one): `evs:snapshots:update` (with `evs:snapshots:get`).
         */
        put: operations["updateSnapshotMetadataV3"];
        /**
         * Add metadata to a snapshot (v3, unrecommended)
         * @deprecated
         * @description The `/v3` form of `createSnapshotMetadata` (`POST /v2/{project_id}/snapshots/{snapshot_id}/metadata`), which Open Telekom Cloud
         *     lists among its unrecommended APIs (evs_04_3062); use the `/v2` path. Its page documents the same request, answer and status as the `/v2` one.
         *
         *     IAM action of the `/v2` form (the permissions page lists no `/v3` one): `evs:snapshots:update` (with `evs:snapshots:get`).
         */
        post: operations["createSnapshotMetadataV3"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/snapshots/{snapshot_id}/metadata/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description ID of the snapshot, a UUID. An ID the service cannot parse is rejected with `EVS.2045`; one
                 *     that does not exist gives 404 `EVS.5404`. Because the ID is a UUID, it can never be `.`, `..`,
                 *     `detail` or anything else that would change which path the request reaches.
                 */
                snapshot_id: components["parameters"]["SnapshotId"];
                /**
                 * @description The key of one metadata item, percent-encoded as a path segment (a key may hold characters such
                 *     as `:` or a space). A key the snapshot does not have gives `404`, as in upstream Cinder. No EVS
                 *     source limits a key's length or characters; upstream Cinder takes 1–255 characters of
                 *     `A–Z a–z 0–9 - _ : .` and space.
                 */
                key: components["parameters"]["MetadataKey"];
            };
            cookie?: never;
        };
        /**
         * Show one metadata item (v3, unrecommended)
         * @deprecated
         * @description The `/v3` form of `showSnapshotMetadataItem` (`GET /v2/{project_id}/snapshots/{snapshot_id}/metadata/{key}`), which Open Telekom Cloud
         *     lists among its unrecommended APIs (evs_04_3066); use the `/v2` path. Its page documents the same request, answer and status as the `/v2` one.
         *
         *     IAM action of the `/v2` form (the permissions page lists no `/v3` one): `evs:snapshots:get`.
         */
        get: operations["showSnapshotMetadataItemV3"];
        /**
         * Set one metadata item (v3, unrecommended)
         * @deprecated
         * @description The `/v3` form of `updateSnapshotMetadataItem` (`PUT /v2/{project_id}/snapshots/{snapshot_id}/metadata/{key}`), which Open Telekom Cloud
         *     lists among its unrecommended APIs (evs_04_3064); use the `/v2` path. Its page documents the same request, answer and status as the `/v2` one.
         *
         *     IAM action of the `/v2` form (the permissions page lists no `/v3` one): `evs:snapshots:update` (with `evs:snapshots:get`).
         */
        put: operations["updateSnapshotMetadataItemV3"];
        post?: never;
        /**
         * Delete one metadata item (v3, unrecommended)
         * @deprecated
         * @description The `/v3` form of `deleteSnapshotMetadataItem` (`DELETE /v2/{project_id}/snapshots/{snapshot_id}/metadata/{key}`), which Open Telekom Cloud
         *     lists among its unrecommended APIs (evs_04_3067); use the `/v2` path. Its page documents the same request, answer and status as the `/v2` one.
         *
         *     IAM action of the `/v2` form (the permissions page lists no `/v3` one): `evs:snapshots:delete` (with `evs:snapshots:get`).
         */
        delete: operations["deleteSnapshotMetadataItemV3"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/cloudvolumes": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a disk (restore a snapshot)
         * @description Creates one or more disks; with `snapshot_id` the new disk holds the snapshot's data, which
         *     is how a snapshot is restored. The call answers at once with a `job_id`; the disk exists
         *     in state `creating` until the job ends, then it is `available` with `snapshot_id` set (or
         *     `error` when the job fails). Follow the job with `GET /v1/{project_id}/jobs/{job_id}`, then
         *     the disk, before using it.
         *
         *     This is the create Open Telekom Cloud documents, answering `200`. Huawei Cloud calls this
         *     path deprecated in favour of `POST /v2.1/{project_id}/cloudvolumes`; the Chinese page of
         *     its deprecated call gives `202`, so both success statuses are described. Over a quota the
         *     reference documents `400` `EVS.1034` (disk count) and `EVS.1042` (gigabytes), and also
         *     `413` `EVS.5413`; which one a given cloud answers is not documented. The `/v3/` form of
         *     this call takes the same body and is marked unrecommended; it is not described here.
         *
         *     IAM action: `evs:volumes:create`.
         */
        post: operations["createVolume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/{project_id}/cloudvolumes": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a disk on Huawei Cloud (restore a snapshot)
         * @description Huawei Cloud's recommended create, the call its SDKs make (`CreateVolume`). It takes the
         *     same `volume` object as `POST /v2/{project_id}/cloudvolumes` and also billing, a server to
         *     attach to and a dedicated storage pool. The answer carries `job_id` for a pay-per-use disk,
         *     `order_id` for a yearly or monthly one, and `volume_ids` when the metadata has
         *     `create_for_volume_id: "true"`.
         *
         *     Open Telekom Cloud does not document this path, nor `X-Client-Token`, `bssParam`,
         *     `server_id`, the scheduler hints or `create_for_volume_id`. The success status of this call
         *     is not shown by any stored source: `200` is what Open Telekom Cloud answers on its create,
         *     `202` what the Chinese page of Huawei Cloud's deprecated create gives, so both are described.
         *
         *     IAM action: `evs:volumes:create`.
         */
        post: operations["createVolumeV21"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/cloudvolumes/detail": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * List disks with details
         * @description Returns the project's disks with all their fields, newest first by default, a page at a
         *     time: page by `marker` (the last disk of the previous page) or by `offset`, with `limit` up
         *     to 1000. `count` is the total that matches the filters. Huawei's SDKs fetch one page and
         *     gophertelekomcloud's pager stops after the first; this project's client follows every page.
         *
         *     IAM action: `evs:volumes:list`.
         */
        get: operations["listVolumes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/cloudvolumes/{volume_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description ID of the disk, a UUID. One that does not exist (or no longer exists) gives 404 `EVS.5404`.
                 *     Because the ID is a UUID, it can never change which path the request reaches.
                 */
                volume_id: components["parameters"]["VolumeIdPath"];
            };
            cookie?: never;
        };
        /**
         * Show a disk
         * @description Returns one disk. Poll it after a restore until it is `available` (Huawei's Terraform
         *     provider waits for two such answers in a row); `error`, `error_restoring`,
         *     `error_extending`, `error_deleting` and `error_rollbacking` are failures. A `404` means
         *     the disk does not exist, or no longer does after a delete.
         *
         *     Huawei Cloud documents this path (`ShowVolume` in its SDKs). Open Telekom Cloud lists it
         *     only in its IAM action table, with no page; its documented show is
         *     `GET /v2/{project_id}/os-vendor-volumes/{volume_id}`, which answers the same disk.
         *
         *     IAM action: `evs:volumes:get`.
         */
        get: operations["showVolume"];
        put?: never;
        post?: never;
        /**
         * Delete a disk
         * @description Starts deleting a disk and answers `200` with the `job_id` of a `deleteVolume` job (both
         *     clouds); the disk goes to `deleting`, then show answers `404`. Only a disk that is
         *     `available`, `error`, `error_extending`, `error_restoring` or `error_rollbacking` can be
         *     deleted (`EVS.1046`), so detach an `in-use` disk first. A disk being backed up is refused
         *     with `EVS.2130`, a locked one with `EVS.2068`, a member of an SDRS replication with
         *     `EVS.2089`; a disk stuck in `error_deleting` gives `500` `EVS.2020`. Huawei Cloud deletes
         *     only pay-per-use disks here (yearly and monthly ones are unsubscribed).
         *
         *     Whether a disk that still has snapshots can be deleted, and whether this path honours
         *     `cascade=true` (delete the snapshots too, documented only for the OpenStack-compatible
         *     `DELETE /v2/{project_id}/volumes/{volume_id}`), is not documented. Upstream Cinder refuses
         *     such a delete (`VolumeIsBusy`).
         *
         *     IAM action: `evs:volumes:delete`.
         */
        delete: operations["deleteVolume"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/os-vendor-volumes/{volume_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description ID of the disk, a UUID. One that does not exist (or no longer exists) gives 404 `EVS.5404`.
                 *     Because the ID is a UUID, it can never change which path the request reaches.
                 */
                volume_id: components["parameters"]["VolumeIdPath"];
            };
            cookie?: never;
        };
        /**
         * Show a disk (os-vendor-volumes)
         * @description Returns one disk, as `GET /v2/{project_id}/cloudvolumes/{volume_id}` does. This is the show
         *     Open Telekom Cloud documents; gophertelekomcloud and Terraform's Open Telekom Cloud provider
         *     read the `/v3/` form of this path, which answers the same.
         *
         *     IAM action: `evs:volumes:get`.
         */
        get: operations["showVendorVolume"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{project_id}/jobs/{job_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description ID of the job, as a create or delete returned it. The reference documents `400` `Common.0011`
                 *     (`query job fail.`) for a job ID it cannot find; whether an unknown but well-formed ID answers
                 *     that or `404` is not documented.
                 */
                job_id: components["parameters"]["JobIdPath"];
            };
            cookie?: never;
        };
        /**
         * Show a job
         * @description Returns an asynchronous task, such as the one a disk create or delete started. Its path
         *     starts with `/v1`, unlike every other EVS call: clients build it on the same host
         *     (gophertelekomcloud rewrites the version of its endpoint, Huawei's Terraform provider
         *     joins `v1/{project_id}/jobs/{job_id}` to the service root).
         *
         *     A restore's `createVolume` job carries the new disk's `volume_id` from the start; it ends
         *     in `SUCCESS`, or in `FAIL` with `error_code` and `fail_reason`. A job ID that cannot be
         *     found is refused with `400` `Common.0011` (`query job fail.`); an empty one with
         *     `No jobs found.`. Open Telekom Cloud's Swiss edition marks this call unrecommended.
         */
        get: operations["showJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/os-quota-sets/{target_project_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description The project whose quotas to show. Open Telekom Cloud says to give the same value as
                 *     `project_id`; upstream Cinder lets administrators read other projects. What EVS answers for
                 *     another project is not documented.
                 */
                target_project_id: components["parameters"]["TargetProjectId"];
            };
            cookie?: never;
        };
        /**
         * Show quotas and their use
         * @description Returns the project's quotas with what is used and reserved of each. Before a restore,
         *     check that `volumes`, `gigabytes` and the entries of the disk's type have room; a snapshot
         *     uses `snapshots` and `gigabytes`.
         *
         *     Which error a create over a quota gets is not settled by the reference: for disks it lists
         *     `400` `EVS.1034` (count) and `EVS.1042` (gigabytes) as well as `413` `EVS.5413`
         *     (Insufficient volume quota); for snapshots no page names a code, and upstream Cinder answers
         *     `413` with `Retry-After: 0`. The `/v3/` form of this path is marked unrecommended.
         *
         *     IAM action: `evs:quotas:get`.
         */
        get: operations["showQuotas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * VolumeId
         * Format: uuid
         * @description Identifier of an EVS disk (volume), a UUID. As for snapshot IDs, the `pattern` states the
         *     rule and `format: uuid` names it.
         * @example 5aa119a8-d25b-45a7-8d1b-88e127885635
         */
        VolumeId: string;
        /**
         * SnapshotMetadata
         * @description User-defined key/value pairs; every value is a string. The service may add system keys of
         *     its own: `__system__enableActive` marks a snapshot that a server backup created
         *     automatically, so compare metadata you set with what you read back key by key rather than
         *     as a whole. EVS rejects metadata of 1,048,576 bytes or more with `EVS.1005`.
         * @example {}
         * @example {
         *       "key1": "value1"
         *     }
         */
        SnapshotMetadata: {
            [key: string]: string;
        };
        /**
         * SnapshotDescription
         * @description Free-text description of the snapshot, at most **255 bytes** once encoded as UTF-8
         *     (`maxLength: 255` is the character bound a schema can express; the typed client checks
         *     bytes). The create page also allows `null`; the update page does not mention it, so only
         *     create accepts `null` here.
         *
         *     Huawei Cloud's page states a lower limit of 85 characters while its schema keeps 255; Open
         *     Telekom Cloud states 255 bytes. This description follows Open Telekom Cloud.
         * @example Daily backup
         */
        SnapshotDescription: string;
        /**
         * SnapshotName
         * @description Name of the snapshot, at most **255 bytes** once encoded as UTF-8. JSON Schema can only
         *     count characters, so `maxLength: 255` is the bound a schema can check; the byte limit is
         *     stricter for non-ASCII names (85 three-byte characters such as Chinese fill 255 bytes) and
         *     is enforced by the typed client.
         *
         *     Do not start a name with `autobk_snapshot_`: the service gives that prefix to snapshots it
         *     creates while backing up a disk, and the console restricts what can be done with such
         *     snapshots (the update page says no operation can be performed on them), so a snapshot you
         *     name that way may not be usable.
         *
         *     Huawei Cloud's page states a lower limit of 64 characters for this field while its schema
         *     keeps 255; Open Telekom Cloud states 255 bytes. This description follows Open Telekom Cloud.
         * @example snap-001
         */
        SnapshotName: string;
        /**
         * CreateSnapshotOption
         * @description What to snapshot and how. Only `volume_id` is required. The reference lists no other
         *     fields; this description rejects undocumented ones so that a misspelt field name is caught
         *     instead of being silently ignored.
         */
        CreateSnapshotOption: {
            /** @description Identifier of the disk to take the snapshot of. */
            volume_id: components["schemas"]["VolumeId"];
            /**
             * @description Whether to take the snapshot even though the disk is in the `attaching` state. With
             *     `false` (the default) no snapshot can be taken of a disk that is `attaching`; with
             *     `true` it can. The reference describes the flag only in terms of the `attaching` state.
             * @default false
             */
            force?: boolean;
            /** @description Metadata to attach to the snapshot, as string keys and string values. */
            metadata?: components["schemas"]["SnapshotMetadata"];
            /** @description Description of the snapshot (at most 255 UTF-8 bytes), or `null` for none. */
            description?: components["schemas"]["SnapshotDescription"] | null;
            /** @description Name of the snapshot (at most 255 UTF-8 bytes; avoid the `autobk_snapshot_` prefix). */
            name?: components["schemas"]["SnapshotName"];
        };
        /**
         * CreateSnapshotRequest
         * @description Body of a create request.
         */
        CreateSnapshotRequest: {
            /** @description The snapshot to create. */
            snapshot: components["schemas"]["CreateSnapshotOption"];
        };
        /**
         * SnapshotId
         * Format: uuid
         * @description Identifier of a snapshot, a UUID assigned by the service (`8-4-4-4-12` hexadecimal digits).
         *     `format: uuid` is only an annotation in JSON Schema 2020-12 and some validators also accept a
         *     `urn:uuid:` prefix, so the `pattern` states the rule that validators enforce. The reference
         *     gives no example in upper case; both cases are accepted, as RFC 9562 asks of readers.
         * @example f9faf7df-fdc1-4093-9ef3-5cba06eef995
         */
        SnapshotId: string;
        /**
         * SnapshotStatus
         * @description Lifecycle state of a snapshot. Upstream OpenStack Cinder v2 knows only `creating`,
         *     `available`, `deleting`, `error` and `error_deleting`; EVS adds `rollbacking` and `backing-up`.
         *
         *     Only `available` snapshots are usable. `error` and `error_deleting` are terminal failures:
         *     the reference advises contacting customer service for a snapshot stuck in `error_deleting`
         *     (error code `EVS.2019`).
         *
         *     - `creating`: The snapshot is being created.
         *     - `available`: The snapshot was created successfully and can be used.
         *     - `error`: Creating the snapshot failed.
         *     - `deleting`: The snapshot is being deleted.
         *     - `error_deleting`: Deleting the snapshot failed.
         *     - `rollbacking`: Data is being rolled back from the snapshot to a disk. A snapshot can be rolled back only to its source disk, never to another disk, and only while that disk is in the `available` or `error_rollbacking` state.
         *     - `backing-up`: The snapshot is involved in a backup. The two language versions of the reference describe this state differently. English: the snapshot is being created from a backup through a native OpenStack API, or the system is creating it while a disk is being created from a backup through the VBS API. Chinese: a backup is being created from the snapshot through a native OpenStack API, or the system created the snapshot while a disk is being backed up through the CBR API. Both agree that the system can put snapshots it makes itself in this state.
         * @enum {string}
         */
        SnapshotStatus: "creating" | "available" | "error" | "deleting" | "error_deleting" | "rollbacking" | "backing-up";
        /**
         * SnapshotTimestamp
         * @description A UTC time as the service writes it: `YYYY-MM-DDTHH:MM:SS.ffffff` with microseconds and
         *     **no zone designator**, e.g. `2013-02-25T03:56:53.081642`. It is not an RFC 3339
         *     `date-time` (which requires `Z` or an offset), so no `format` is declared; read it as UTC.
         *     One Open Telekom Cloud example writes the separator in lower case
         *     (`2013-02-25t04:13:17.000000`), so both `T` and `t` are accepted. The fraction is optional
         *     here because the reference gives the pattern but no rule for whole seconds. The pattern takes
         *     only real clock values: months 01 to 12, days 01 to 31, hours 00 to 23, minutes and seconds 00
         *     to 59 (it cannot tell that 30 February does not exist).
         * @example 2013-02-25T03:56:53.081642
         */
        SnapshotTimestamp: string;
        /**
         * Snapshot
         * @description A snapshot as returned by create, update and show, and as an item of the detailed list.
         *
         *     Required here are the fields that both reference examples (create and update) contain and
         *     that Huawei's SDK requires in list items. The `os-extended-snapshot-attributes:*` fields are
         *     optional because the create example omits them. The service may return fields this
         *     description does not list (Huawei Cloud adds some), so unknown fields are allowed.
         */
        Snapshot: {
            /** @description Identifier of the snapshot. */
            id: components["schemas"]["SnapshotId"];
            /** @description Current lifecycle state; see the status table for what each value means. */
            status: components["schemas"]["SnapshotStatus"];
            /**
             * @description Name of the snapshot. The reference types it as a string; a snapshot created without
             *     a name may come back with `null` (upstream Cinder behaves that way), so `null` is
             *     accepted. Names beginning with `autobk_snapshot_` belong to snapshots the system made
             *     while backing up a disk: do not delete such snapshots or roll back from them.
             * @example snap-001
             */
            name?: string | null;
            /**
             * @description Free-text description of the snapshot; `null` when none was given.
             * @example Daily backup
             */
            description?: string | null;
            /** @description When the snapshot was created (UTC, no zone designator). */
            created_at: components["schemas"]["SnapshotTimestamp"];
            /** @description When the snapshot was last updated (UTC, no zone designator); `null` if it never was. */
            updated_at?: components["schemas"]["SnapshotTimestamp"] | null;
            /**
             * @description Metadata of the snapshot, including any system keys the service added. Huawei's Go SDK types
             *     this response field as any JSON value, but the reference pages describe a map of strings and
             *     every example (system keys included) has string values, so string values are described.
             */
            metadata?: components["schemas"]["SnapshotMetadata"];
            /** @description Identifier of the source disk the snapshot was taken from. */
            volume_id: components["schemas"]["VolumeId"];
            /**
             * @description Size of the snapshot in GB (the size of its source disk). No source gives a lower bound; a
             *     size cannot be negative, so `minimum: 0` is the bound described.
             * @example 1
             */
            size: number;
            /**
             * @description Marked as a reserved field by the reference. Every sample, from EVS and from upstream Cinder,
             *     shows a whole percentage from `0%` to `100%`, which is the form the pattern takes.
             * @example 100%
             */
            "os-extended-snapshot-attributes:progress"?: string;
            /**
             * @description Marked as a reserved field by the reference; it carries the ID of the project that owns the snapshot.
             * @example bab7d5c60cd041a0a36f7c4b6e1dd978
             */
            "os-extended-snapshot-attributes:project_id"?: string;
            /**
             * @description Marked as a reserved field; listed only by the `/v3` pages of the OpenStack-compatible family
             *     (show and detailed list), whose examples give a user ID.
             * @example 48d70679b8644035846b2cb53633c256
             */
            user_id?: string;
        };
        /**
         * SnapshotResponse
         * @description Envelope around one snapshot.
         */
        SnapshotResponse: {
            /** @description The snapshot. */
            snapshot: components["schemas"]["Snapshot"];
        };
        /**
         * GatewayError
         * @description The flat form used by the API gateway in front of EVS, for requests it rejects before they
         *     reach the service (authentication, signature, throttling). The EVS pages show this form only
         *     in general terms; the codes and messages in the examples come from Huawei Cloud's API
         *     signing guide (its FAQ on IAM authentication errors), which writes `APIGW.0301`, and older
         *     API Gateway pages write the same code as `APIG.0301`. `APIGW.0303` is the answer to an AK/SK
         *     request whose `X-Sdk-Date` is more than 15 minutes off the gateway's clock.
         */
        GatewayError: {
            /**
             * @description Gateway error code.
             * @example APIGW.0301
             */
            error_code: string;
            /**
             * @description Human-readable explanation.
             * @example Incorrect IAM authentication information: decrypt token fail
             */
            error_msg: string;
            /**
             * @description Identifier of the request, to quote in support cases.
             * @example 8d0a0ae3b4b1e6a6c2f2a1c9e4a7b3d5
             */
            request_id?: string;
        };
        /**
         * ErrorDetail
         * @description What went wrong, inside a wrapper key such as `error` or `itemNotFound`.
         */
        ErrorDetail: {
            /**
             * @description Error code. EVS documents it as a string such as `EVS.5404` (see the error code table).
             *     Upstream OpenStack Cinder, on which this API is built, puts the integer HTTP status here
             *     instead (e.g. `404`), so both types are accepted.
             * @example EVS.5404
             */
            code: string | number;
            /**
             * @description Human-readable explanation, in English. Published messages keep their original spelling.
             * @example Resource(Volume, Snapshot, Backup .etc) cound not be found.
             */
            message: string;
        };
        /**
         * WrappedError
         * @description The EVS error form: an object with exactly one key that names the kind of fault and holds
         *     an `ErrorDetail`. The reference pages show the generic key `error` and name `badRequest` and
         *     `itemNotFound` as examples; the other keys listed here are the fault names of upstream
         *     OpenStack Cinder, which EVS is built on. Other keys are accepted too, since the reference
         *     gives its list only as examples.
         */
        WrappedError: {
            /** @description Generic wrapper used by the reference pages for any fault. */
            error?: components["schemas"]["ErrorDetail"];
            /** @description Cinder's wrapper for 400 Bad Request. */
            badRequest?: components["schemas"]["ErrorDetail"];
            /** @description Cinder's wrapper for 401 Unauthorized. */
            unauthorized?: components["schemas"]["ErrorDetail"];
            /** @description Cinder's wrapper for 403 Forbidden. */
            forbidden?: components["schemas"]["ErrorDetail"];
            /** @description Cinder's wrapper for 404 Not Found. */
            itemNotFound?: components["schemas"]["ErrorDetail"];
            /** @description Cinder's wrapper for 405 Method Not Allowed. */
            badMethod?: components["schemas"]["ErrorDetail"];
            /** @description Cinder's wrapper for 409 Conflict. */
            conflictingRequest?: components["schemas"]["ErrorDetail"];
            /** @description Cinder's wrapper for 413 (quota exceeded); newer OpenStack code also uses it for 429. */
            overLimit?: components["schemas"]["ErrorDetail"];
            /** @description Cinder's wrapper for 415 Unsupported Media Type. */
            badMediaType?: components["schemas"]["ErrorDetail"];
            /** @description Cinder's wrapper for 501 Not Implemented. */
            notImplemented?: components["schemas"]["ErrorDetail"];
            /** @description Cinder's wrapper for 503 Service Unavailable. */
            serviceUnavailable?: components["schemas"]["ErrorDetail"];
            /** @description Cinder's wrapper for any other status, typically 500. */
            computeFault?: components["schemas"]["ErrorDetail"];
        } & {
            [key: string]: components["schemas"]["ErrorDetail"];
        };
        /**
         * ErrorResponse
         * @description Body of every error response: either the EVS form, one wrapper key around `code` and
         *     `message`, or the API gateway's flat form with `error_code` and `error_msg`. Clients should
         *     accept both for any status code. The two forms cannot be confused: a flat body has two or
         *     more keys whose values are strings, a wrapped body exactly one key whose value is an object.
         *     (The flat form is listed first so that a mock server inventing a body for a status that has
         *     no example produces a valid one.)
         */
        ErrorResponse: components["schemas"]["GatewayError"] | components["schemas"]["WrappedError"];
        /**
         * SnapshotListItem
         * @description A snapshot as an item of the detailed list: the fields of `Snapshot` plus the ones only list
         *     items carry. Huawei's SDK treats `os-extended-snapshot-attributes:*` and `service_type` as
         *     always present in list items; the Open Telekom Cloud page does not say which response fields
         *     are always present, so this description does not require them.
         */
        SnapshotListItem: components["schemas"]["Snapshot"] & {
            /**
             * @description Service the snapshot belongs to, e.g. `EVS`. Huawei Cloud names `EVS`, `DSS` and `DESS`
             *     as possible values; Open Telekom Cloud shows `EVS`. No closed list is documented.
             * @example EVS
             */
            service_type?: string;
            /** @description ID of the dedicated storage pool holding the snapshot. Huawei Cloud only; absent from the Open Telekom Cloud page. */
            dedicated_storage_id?: string;
            /** @description Name of the dedicated storage pool holding the snapshot. Huawei Cloud only. */
            dedicated_storage_name?: string;
        };
        /**
         * Link
         * @description A link to a related page of results. Huawei's SDK models make `href` and `rel` optional, as they
         *     make every field of a response optional; the Open Telekom Cloud example and upstream Cinder
         *     always send both, and a link without them cannot be followed, so both are required here.
         */
        Link: {
            /**
             * @description URL of the linked page.
             * @example https://evs.eu-de.otc.t-systems.com/v2/bab7d5c60cd041a0a36f7c4b6e1dd978/snapshots/detail?limit=1&marker=f9faf7df-fdc1-4093-9ef3-5cba06eef995
             */
            href: string;
            /**
             * @description Relation of the linked page to this one; `next` for the following page.
             * @example next
             */
            rel: string;
        };
        /**
         * SnapshotList
         * @description One page of the detailed snapshot list.
         */
        SnapshotList: {
            /**
             * @description Total number of snapshots that match the filters, whatever `offset` and `limit` select.
             *     Both clouds document it; it is not marked as always present, so clients should not rely on it
             *     alone to stop paging.
             * @example 2
             */
            count?: number;
            /** @description The snapshots of this page. */
            snapshots: components["schemas"]["SnapshotListItem"][];
            /**
             * @description Links to further pages, returned only when `limit` is given; `rel: next` names the following
             *     page, which starts after the `marker` in its query. In the Open Telekom Cloud example the
             *     `next` link points at the OpenStack-compatible path
             *     (`/v2/{project_id}/snapshots/detail?limit=…&marker=…`); whether this path honours `marker`
             *     is not confirmed, so a client that follows the link should check that the next page does not
             *     repeat snapshots, and page by `offset` where it does.
             */
            snapshots_links?: components["schemas"]["Link"][];
        };
        /**
         * UpdateSnapshotOption
         * @description The fields to change. Both are optional; a field left out keeps its value. The reference
         *     lists no other fields, and this description rejects undocumented ones.
         */
        UpdateSnapshotOption: {
            /** @description New name (at most 255 UTF-8 bytes; avoid the `autobk_snapshot_` prefix). */
            name?: components["schemas"]["SnapshotName"];
            /** @description New description (at most 255 UTF-8 bytes). */
            description?: components["schemas"]["SnapshotDescription"];
        };
        /**
         * UpdateSnapshotRequest
         * @description Body of an update request.
         */
        UpdateSnapshotRequest: {
            /** @description The changes to apply. */
            snapshot: components["schemas"]["UpdateSnapshotOption"];
        };
        /**
         * RollbackOption
         * @description Where to roll the snapshot's data back to.
         */
        RollbackOption: {
            /**
             * @description The disk to roll back. Only the snapshot's **source** disk is accepted, and only while that
             *     disk is `available` or `error_rollbacking`.
             */
            volume_id: components["schemas"]["VolumeId"];
            /**
             * @description The name of the target disk, at most **255 UTF-8 bytes** (`maxLength` counts characters; the
             *     client checks bytes), and only together with `volume_id`. Huawei's Chinese pages for this
             *     operation (evs_04_2020) and for its deprecated `/v3/…/os-vendor-snapshots` form (evs_04_3008)
             *     call it the rollback's target disk name, and the deprecated page points to the `name` a
             *     disk query returns; the Open Telekom Cloud page gives no meaning. No source says what the
             *     service does with it (checks it against the disk, or renames the disk). The deprecated page
             *     allows 64 characters; this description keeps the 255 bytes of the current pages.
             * @example test-001
             */
            name?: string;
        };
        /**
         * RollbackRequest
         * @description Body of a rollback request.
         */
        RollbackRequest: {
            /** @description The rollback target. */
            rollback: components["schemas"]["RollbackOption"];
        };
        /**
         * RollbackResponse
         * @description Body of an accepted rollback.
         */
        RollbackResponse: {
            /** @description The rollback that was started. */
            rollback: {
                /** @description The disk being rolled back. */
                volume_id: components["schemas"]["VolumeId"];
            };
        };
        /**
         * CinderSnapshotSummary
         * @description A snapshot as an item of the OpenStack-compatible summary list (`GET …/snapshots`). Open Telekom
         *     Cloud's page lists `id`, `status`, `name`, `description`, `created_at`, `updated_at`,
         *     `metadata`, `volume_id` and `size`: the fields of `Snapshot` without the two
         *     `os-extended-snapshot-attributes:*` fields, which only the detailed list (`…/snapshots/detail`)
         *     and the show carry. The schema is `Snapshot`'s, which allows fields it does not list, so a server
         *     that adds them to summary items is not wrong by it; upstream Cinder's summary leaves out
         *     `updated_at` too, and `updated_at` is optional in `Snapshot`.
         */
        CinderSnapshotSummary: components["schemas"]["Snapshot"];
        /**
         * CinderSnapshotLinks
         * @description Links to further pages of an OpenStack-compatible list, returned only when `limit` is given and
         *     the page did not hold every match; `rel: next` names the following page, which starts after the
         *     `marker` in its query. Both Open Telekom Cloud list pages type it as a list of maps, and the
         *     summary list's example sends `null`, so `null` is accepted.
         */
        CinderSnapshotLinks: components["schemas"]["Link"][] | null;
        /**
         * CinderSnapshotSummaryList
         * @description One page of the OpenStack-compatible summary list. Unlike the `cloudsnapshots` list, the `/v2`
         *     pages document no `count` of all matches: page until a page has fewer items than `limit` or no
         *     `next` link.
         */
        CinderSnapshotSummaryList: {
            /**
             * @description The number of matching snapshots. Documented only on the `/v3` pages of this family (whose
             *     summary list names a `with_count=true` parameter for it, from microversion 3.45, yet shows
             *     `count` in an example without it); the `/v2` pages do not document it, so it is optional.
             * @example 4
             */
            count?: number;
            /** @description The snapshots of this page, with the summary fields. */
            snapshots: components["schemas"]["CinderSnapshotSummary"][];
            /** @description Links to further pages (only when `limit` was given); may be `null`. */
            snapshots_links?: components["schemas"]["CinderSnapshotLinks"];
        };
        /**
         * CinderSnapshotList
         * @description One page of the OpenStack-compatible detailed list: each item is a whole `Snapshot`, with the
         *     `os-extended-snapshot-attributes:*` fields (and, on the `/v3` page, `user_id`). The `/v2` page
         *     documents no `count` (see the summary list), nor the `service_type` and `dedicated_storage_*`
         *     fields of the `cloudsnapshots` list items.
         */
        CinderSnapshotList: {
            /**
             * @description The number of matching snapshots. Documented only on the `/v3` pages of this family (whose
             *     summary list names a `with_count=true` parameter for it, from microversion 3.45, yet shows
             *     `count` in an example without it); the `/v2` pages do not document it, so it is optional.
             * @example 4
             */
            count?: number;
            /** @description The snapshots of this page, with all their fields. */
            snapshots: components["schemas"]["Snapshot"][];
            /** @description Links to further pages (only when `limit` was given); may be `null`. */
            snapshots_links?: components["schemas"]["CinderSnapshotLinks"];
        };
        /**
         * SnapshotMetadataResponse
         * @description The metadata of a snapshot after the call, system keys included (an add answers with the whole
         *     metadata in upstream Cinder, not only the keys it added).
         */
        SnapshotMetadataResponse: {
            /** @description All the metadata of the snapshot. */
            metadata: components["schemas"]["SnapshotMetadata"];
        };
        /**
         * SnapshotMetadataInput
         * @description Metadata a client writes through the metadata API: a map of strings, as `SnapshotMetadata`, whose
         *     keys may not begin with `__system__`. The service keeps keys of that form for itself
         *     (`__system__enableActive` marks a snapshot a server backup made) and has a code for metadata a
         *     user may not change, `EVS.2047` ("the metadata Param is not allowed to be updated!"); no source
         *     says which keys it guards, so refusing `__system__` keys is this description's reading, and a
         *     server that accepts one is not wrong by the reference.
         *
         *     Upstream Cinder also limits keys to 1–255 characters of `A–Z a–z 0–9 - _ : .` and space, and
         *     values to 255 characters; no EVS source states limits on a key or a value, so none is described.
         * @example {
         *       "key1": "value1",
         *       "key2": "value2"
         *     }
         */
        SnapshotMetadataInput: components["schemas"]["SnapshotMetadata"] & {
            [key: string]: unknown;
        };
        /**
         * SnapshotMetadataRequest
         * @description Body of an add (POST) or a replace (PUT) of snapshot metadata.
         */
        SnapshotMetadataRequest: {
            /** @description The metadata items to add or set, as string keys and string values. */
            metadata: components["schemas"]["SnapshotMetadataInput"];
        };
        /**
         * SnapshotMetadataItem
         * @description Exactly one metadata item, `{"<key>": "<value>"}`: the form of `meta` in the per-key calls. Its
         *     key is the `{key}` of the path.
         * @example {
         *       "key1": "value1"
         *     }
         */
        SnapshotMetadataItem: {
            [key: string]: string;
        };
        /**
         * SnapshotMetadataItemResponse
         * @description One metadata item of a snapshot, as read or as set.
         */
        SnapshotMetadataItemResponse: {
            /** @description The item, `{"<key>": "<value>"}`. */
            meta: components["schemas"]["SnapshotMetadataItem"];
        };
        /**
         * SnapshotMetadataItemRequest
         * @description Body of a per-key metadata update: `meta` holds exactly one item, whose key must be the `{key}`
         *     of the path (EVS answers `EVS.5400` "Request body and URI mismatch." otherwise, as upstream
         *     Cinder does). That the key equals the path's is a rule across body and path, which JSON Schema
         *     cannot state; the client, the emulator and the contract tool check it beside the schema.
         */
        SnapshotMetadataItemRequest: {
            /** @description The one item to set. */
            meta: components["schemas"]["SnapshotMetadataItem"] & components["schemas"]["SnapshotMetadataInput"];
        };
        /**
         * VolumeType
         * @description Disk type. Open Telekom Cloud offers `ESSD`, `GPSSD`, `SSD`, `SAS` and `SATA` (`SATA` reached
         *     its end of sale in 2025); Huawei Cloud adds `GPSSD2` and `ESSD2`, whose `iops` (and, for
         *     `GPSSD2`, `throughput`) must be given. A type must be offered in the availability zone
         *     (`EVS.2071`; sold out: `EVS.2072`). Unknown types are refused with `EVS.1020` or `EVS.2070`.
         *
         *     - `ESSD`: Extreme SSD.
         *     - `GPSSD`: General-purpose SSD.
         *     - `SSD`: Ultra-high I/O.
         *     - `SAS`: High I/O.
         *     - `SATA`: Common I/O (end of sale on Open Telekom Cloud since 2025).
         *     - `GPSSD2`: General-purpose SSD V2, Huawei Cloud only; takes iops and throughput.
         *     - `ESSD2`: Extreme SSD V2, Huawei Cloud only; takes iops.
         * @enum {string}
         */
        VolumeType: "ESSD" | "GPSSD" | "SSD" | "SAS" | "SATA" | "GPSSD2" | "ESSD2";
        /**
         * VolumeMetadata
         * @description Key/value pairs of a disk; every value is a string. Besides your own keys the service uses
         *     these (values as strings):
         *
         *     - `__system__encrypted`: `"1"` encrypted, `"0"` not; absent means the disk inherits the
         *       encryption of its data source, or is not encrypted when it has none.
         *     - `__system__cmkid`: the 36-character KMS key ID, together with `__system__encrypted`.
         *     - `full_clone`: with `snapshot_id`, `"0"` asks for a linked clone; a disk's metadata reports
         *       `"0"` (linked clone) or `"1"` (full clone).
         *     - `hw:passthrough`: `"true"` for a SCSI disk, `"false"` or absent for VBD.
         *     - `create_for_volume_id` (Huawei Cloud): `"true"` makes a create answer `volume_ids`.
         *     - `orderID` (in answers): the disk is billed yearly or monthly.
         *
         *     A disk made from a snapshot or an image inherits encryption and device type: sending
         *     `__system__encrypted`, `__system__cmkid` or `hw:passthrough` with `snapshot_id` or `imageRef`
         *     is refused with `EVS.1043`. Bad values of `full_clone` and `hw:passthrough` are refused with
         *     `EVS.1063` and `EVS.1057`. Metadata of 1,048,576 bytes or more is refused with `EVS.1005`.
         * @example {}
         * @example {
         *       "__system__encrypted": "0",
         *       "full_clone": "0"
         *     }
         */
        VolumeMetadata: {
            [key: string]: string;
        };
        /**
         * VolumeTags
         * @description Tags of a disk: at most 10; each key 1 to 36 characters and each value at most 43, both of
         *     letters, digits, `_` and `-`. Keys that repeat collapse into one. The reference names no
         *     error code for a tag that breaks these rules.
         * @example {}
         * @example {
         *       "team": "storage"
         *     }
         */
        VolumeTags: {
            [key: string]: string;
        };
        /**
         * CreateVolumeOption
         * @description The disk (or disks) to create. To restore a snapshot, give `snapshot_id` with the snapshot's
         *     availability zone (`EVS.2054` otherwise), the type of its source disk (`EVS.2096` otherwise)
         *     and a `size` of at least the snapshot's; the new disk inherits encryption and device type, so
         *     `__system__encrypted`, `__system__cmkid` and `hw:passthrough` may not be sent (`EVS.1043`).
         *
         *     At most one data source may be named: `imageRef`, `snapshot_id` or `backup_id` (`EVS.1016`);
         *     with none the disk is empty.
         *
         *     Whether a wrong zone or type is refused at once or shows as a failed job is not documented:
         *     the codes are 400s, which suggests at once. Neither reference names a code for a `size`
         *     smaller than the snapshot's; `EVS.1010` (invalid volume size) is the nearest.
         */
        CreateVolumeOption: {
            /**
             * @description Availability zone of the disk; it must exist (`EVS.1036`), and from a snapshot it must be
             *     the snapshot's (`EVS.2054`).
             * @example eu-de-01
             */
            availability_zone: string;
            /**
             * @description Size in GB: 1 to 1024 for a system disk, 10 to 32768 for a data disk (`EVS.1010`). From a
             *     snapshot at least the snapshot's size; from an image at least the image's `min_disk`; from
             *     a backup it may be left out and then is the backup's size. The reference says a decimal is
             *     cut to its integer part; this description types the field as an integer. Which range a disk
             *     restored from a system-disk snapshot falls in is not documented.
             * @example 10
             */
            size?: number;
            /** @description Disk type. From a snapshot it must be the type of the snapshot's source disk (`EVS.2096`). */
            volume_type: components["schemas"]["VolumeType"];
            /**
             * @description The snapshot to restore. It must be `available` (or `backing-up`; `EVS.2043` otherwise);
             *     an ID the service cannot read is refused with `EVS.2045`.
             */
            snapshot_id?: components["schemas"]["SnapshotId"];
            /** @description ID of the image to create the disk from. BMS system disks cannot be made from BMS images. */
            imageRef?: string;
            /** @description ID of the backup to create the disk from; `count` must then be 1. */
            backup_id?: string;
            /**
             * @description How many disks to create, 1 to 100 (`EVS.1021`); not with `backup_id`. With more than one,
             *     the service appends a four-digit suffix to `name` (`volume-0001`) and the job is a
             *     `batchCreateVolume` with one sub-job per disk.
             * @default 1
             */
            count?: number;
            /**
             * @description Disk name. Open Telekom Cloud allows 255 characters for one disk and 250 bytes when `count`
             *     is over 1 (the suffix takes the rest); Huawei Cloud's pages say 85 characters, its Go SDK
             *     255 bytes. This description takes Open Telekom Cloud's 255 characters.
             * @example restored-from-snap-001
             */
            name?: string;
            /**
             * @description Disk description, at most 255 bytes (Open Telekom Cloud); Huawei Cloud's pages say 85
             *     characters.
             */
            description?: string;
            /** @description Metadata of the disk; see the keys the service gives a meaning to. */
            metadata?: components["schemas"]["VolumeMetadata"];
            /**
             * @description Whether the disk can be attached to several servers (a shared disk).
             * @default false
             */
            multiattach?: boolean;
            /**
             * @deprecated
             * @description The older form of `multiattach`; use `multiattach`.
             */
            shareable?: string;
            /** @description Tags of the disk. */
            tags?: components["schemas"]["VolumeTags"];
            /**
             * @description Enterprise project of the disk. Documented by Huawei Cloud; not on the Open Telekom Cloud
             *     page, though gophertelekomcloud sends it.
             */
            enterprise_project_id?: string;
            /** @description Huawei Cloud only: the IOPS of a `GPSSD2` or `ESSD2` disk (pay-per-use only), required for those types. */
            iops?: number;
            /** @description Huawei Cloud only: the throughput in MiB/s of a `GPSSD2` disk (pay-per-use only), required for it. */
            throughput?: number;
        };
        /**
         * CreateVolumeRequest
         * @description Body of a disk create on `POST /v2/{project_id}/cloudvolumes`, the call Open Telekom Cloud
         *     documents: only the `volume` object.
         */
        CreateVolumeRequest: {
            /** @description The disk to create. */
            volume: components["schemas"]["CreateVolumeOption"];
        };
        /**
         * JobId
         * @description Identifier of an asynchronous EVS task. The reference gives no format: its create example
         *     is UUID-shaped (`70a599e0-31e7-49b7-b260-868f441e862b`) while its job examples are 32
         *     hexadecimal characters (`4010a32d535527910153552b492c0002`), so treat it as opaque. The
         *     pattern (letters, digits, hyphens) is this description's: it admits both shapes and keeps an
         *     ID from changing which path a request reaches (`..`, `/`).
         * @example 4010a32d535527910153552b492c0002
         */
        JobId: string;
        /**
         * CreateVolumeResponse
         * @description Answer to an accepted disk create. Open Telekom Cloud always returns `job_id`; Huawei Cloud
         *     returns it for pay-per-use disks, `order_id` for yearly or monthly ones, and `volume_ids`
         *     when the request's metadata has `create_for_volume_id: "true"`. Follow the job
         *     (`GET /v1/{project_id}/jobs/{job_id}`) and then the disk until it is `available`.
         */
        CreateVolumeResponse: {
            /** @description The job creating the disk(s). */
            job_id?: components["schemas"]["JobId"];
            /** @description Huawei Cloud, yearly or monthly disks: the order to pay. */
            order_id?: string;
            /**
             * @description Huawei Cloud: the IDs of the new disks. Huawei's SDK warns that showing such a disk may
             *     answer `404` while it is still being created, or after its creation failed.
             */
            volume_ids?: string[];
        };
        /**
         * BssParam
         * @description Billing of a disk created on Huawei Cloud. With `prePaid` the answer carries an `order_id` to
         *     pay through Huawei's billing service instead of (or beside) a `job_id`. The flags are the
         *     strings `"true"` and `"false"`, not booleans.
         */
        BssParam: {
            /**
             * @description `postPaid` (pay-per-use, the default) or `prePaid` (yearly or monthly).
             * @default postPaid
             * @enum {string}
             */
            chargingMode?: "postPaid" | "prePaid";
            /**
             * @description Pay the order at once from the account (prePaid only).
             * @default false
             * @enum {string}
             */
            isAutoPay?: "true" | "false";
            /**
             * @description Renew automatically at the end of the period (prePaid only).
             * @default false
             * @enum {string}
             */
            isAutoRenew?: "true" | "false";
            /**
             * @description Unit of the period; required with prePaid.
             * @enum {string}
             */
            periodType?: "month" | "year";
            /** @description Number of periods, required with prePaid; 1 to 9 months or 1 year (the year limit is not a schema rule here). */
            periodNum?: number;
        };
        /**
         * CreateVolumeV21Request
         * @description Body of a disk create on Huawei Cloud's `POST /v2.1/{project_id}/cloudvolumes`: the `volume`
         *     object, and optionally billing (`bssParam`), a server to attach the new disk to, and a
         *     dedicated storage pool.
         */
        CreateVolumeV21Request: {
            /** @description The disk to create. */
            volume: components["schemas"]["CreateVolumeOption"];
            /** @description Billing of the disk; pay-per-use when left out. */
            bssParam?: components["schemas"]["BssParam"];
            /**
             * @description Create the disk and attach it to this server; the disk then takes the server's billing mode.
             *     Bare metal servers are not supported.
             */
            server_id?: string;
            /** @description Where to place the disk. */
            "OS-SCH-HNT:scheduler_hints"?: {
                /** @description The dedicated storage (DSS) pool to create the disk in. */
                dedicated_storage_id?: string;
            };
        };
        /**
         * VolumeStatus
         * @description Lifecycle state of an EVS disk. The 18 values are the reference's disk status table (both
         *     clouds; some regional Huawei editions leave out `restoring-backup` and `awaiting-transfer`).
         *
         *     A disk made from a snapshot is `creating` until its job ends, then `available`, or `error` if
         *     the creation failed. `error`, `error_restoring`, `error_extending`, `error_deleting` and
         *     `error_rollbacking` are failures: Huawei's Terraform provider stops waiting when it sees one.
         *
         *     Upstream OpenStack Cinder also has `retyping`, `reserved`, `maintenance` and `error_backing-up`.
         *     No EVS page lists them, though Huawei Cloud has a disk type change (job type `retypeVolume`);
         *     whether EVS ever returns them is not known, so they are not in this enum.
         *
         *     - `creating`: The disk is being created (from a snapshot, this lasts until its job ends).
         *     - `available`: The disk is not attached; it can be attached, expanded, deleted or rolled back from one of its snapshots.
         *     - `in-use`: The disk is attached to a server.
         *     - `error`: Creating the disk failed.
         *     - `attaching`: The disk is being attached to a server.
         *     - `detaching`: The disk is being detached from a server.
         *     - `restoring-backup`: Data is being restored to the disk from a backup.
         *     - `backing-up`: A backup of the disk is being made.
         *     - `error_restoring`: Restoring the disk from a backup failed.
         *     - `uploading`: Data of the disk is being copied to an image (an image made from a server).
         *     - `downloading`: Data is being copied to the disk from an image (a server being created).
         *     - `extending`: The disk's capacity is being expanded.
         *     - `error_extending`: Expanding the disk failed.
         *     - `deleting`: The disk is being deleted.
         *     - `error_deleting`: Deleting the disk failed.
         *     - `rollbacking`: Data is being rolled back onto the disk from one of its snapshots.
         *     - `error_rollbacking`: A rollback onto the disk failed; a new rollback is allowed from this state.
         *     - `awaiting-transfer`: A transfer of the disk to another account is pending.
         * @enum {string}
         */
        VolumeStatus: "creating" | "available" | "in-use" | "error" | "attaching" | "detaching" | "restoring-backup" | "backing-up" | "error_restoring" | "uploading" | "downloading" | "extending" | "error_extending" | "deleting" | "error_deleting" | "rollbacking" | "error_rollbacking" | "awaiting-transfer";
        /**
         * VolumeAttachment
         * @description One attachment of a disk to a server.
         */
        VolumeAttachment: {
            /** @description The server the disk is attached to. */
            server_id?: string;
            /** @description ID of the attachment. */
            attachment_id?: string;
            /** @description When the disk was attached (the service's UTC form without a zone). */
            attached_at?: string;
            /** @description Name of the physical host of the server. */
            host_name?: string | null;
            /** @description The disk. */
            volume_id?: string;
            /** @description Device name of the disk on the server, e.g. `/dev/sdb`. */
            device?: string;
            /** @description ID of the attached resource (the disk). */
            id?: string;
        };
        /**
         * Volume
         * @description An EVS disk as show and the detailed list return it.
         *
         *     Required here are the fields a restore is followed by (`id`, `status`, `size`,
         *     `availability_zone`, `created_at`); Huawei's Go SDK also expects most others, but Open
         *     Telekom Cloud's own examples leave some out or send `null` (its show example has
         *     `volume_type: null`), so they are optional. The service may return fields this description
         *     does not list, so unknown fields are allowed. The reference pages also list a `count` inside
         *     the show object, which no example carries; it is not described.
         */
        Volume: {
            /** @description Identifier of the disk. */
            id: components["schemas"]["VolumeId"];
            /** @description Name of the disk. */
            name?: string | null;
            /** @description Description of the disk; `null` when none was given. */
            description?: string | null;
            /** @description Current lifecycle state; see the disk status table. */
            status: components["schemas"]["VolumeStatus"];
            /** @description Size in GB. */
            size: number;
            /** @description Availability zone of the disk. */
            availability_zone: string;
            /**
             * @description Disk type (see `VolumeType` for the known ones). The Open Telekom Cloud show example has
             *     `null`; a type this description does not know is accepted, since clouds add types.
             */
            volume_type?: string | null;
            /** @description The snapshot the disk was created from, `null` otherwise: the link a restore leaves. */
            snapshot_id?: string | null;
            /** @description Source disk of a clone; the reference says cloning is not supported. */
            source_volid?: string | null;
            /**
             * @description Whether the disk can boot a server, as the **string** `"true"` or `"false"` (not a
             *     boolean). Whether a disk restored from a system-disk snapshot is bootable is not documented.
             * @enum {string}
             */
            bootable?: "true" | "false";
            /** @description Whether the disk is encrypted (Open Telekom Cloud's list page says the field is not supported yet). */
            encrypted?: boolean;
            /**
             * @description Metadata of the disk, including the service's own keys (`full_clone` tells a linked clone,
             *     `"0"`, from a full one, `"1"`). The service may add system keys (e.g. `policy`).
             */
            metadata?: components["schemas"]["VolumeMetadata"];
            /** @description When the disk was created (UTC, no zone designator; gophertelekomcloud fails on a `Z`). */
            created_at: components["schemas"]["SnapshotTimestamp"];
            /** @description When the disk last changed (UTC, no zone designator). */
            updated_at?: components["schemas"]["SnapshotTimestamp"] | null;
            /** @description The servers the disk is attached to; `[]` when detached. */
            attachments?: components["schemas"]["VolumeAttachment"][];
            /** @description Links to the disk (`self`, `bookmark`); the examples point at the Cinder `…/volumes/{id}` path. */
            links?: components["schemas"]["Link"][];
            /** @description `EVS` (Huawei Cloud also `DSS` and `DESS` for dedicated storage). */
            service_type?: string;
            /** @description Whether the disk is shared. */
            multiattach?: boolean;
            /**
             * @deprecated
             * @description The older form of `multiattach`.
             */
            shareable?: string | boolean;
            /** @description World wide name of the disk; Open Telekom Cloud's examples start it with a space. */
            wwn?: string;
            /** @description The dedicated storage pool of the disk. */
            dedicated_storage_id?: string | null;
            /** @description Name of the dedicated storage pool. */
            dedicated_storage_name?: string | null;
            /** @description Tags of the disk; `{}` or absent when none. */
            tags?: {
                [key: string]: string;
            };
            /** @description Enterprise project of the disk. */
            enterprise_project_id?: string;
            /** @description Serial number (only SCSI disks that are not HyperMetro). */
            serial_number?: string;
            /** @description The project of the disk. */
            "os-vol-tenant-attr:tenant_id"?: string;
            /** @description Reserved (example `az-dc-1#SSD`). */
            "os-vol-host-attr:host"?: string | null;
            /** @description Metadata of the image a disk was made from. */
            volume_image_metadata?: Record<string, never> | null;
            /** @description Reserved (example `disabled`). */
            replication_status?: string | null;
            /** @description Reserved. */
            "os-volume-replication:extended_status"?: string | null;
            /** @description Reserved. */
            "os-vol-mig-status-attr:migstat"?: string | null;
            /** @description Reserved. */
            "os-vol-mig-status-attr:name_id"?: string | null;
            /** @description Reserved. */
            consistencygroup_id?: string | null;
            /** @description Reserved. */
            user_id?: string | null;
            /** @description Huawei Cloud, `GPSSD2` and `ESSD2` only; `{frozened, id, total_val}`. */
            iops?: Record<string, never>;
            /** @description Huawei Cloud, `GPSSD2` only; `{frozened, id, total_val}`. */
            throughput?: Record<string, never>;
        };
        /**
         * VolumeList
         * @description One page of the detailed disk list.
         */
        VolumeList: {
            /** @description Total number of disks that match the filters, whatever `offset` and `limit` select. */
            count?: number;
            /** @description The disks of this page. */
            volumes: components["schemas"]["Volume"][];
            /**
             * @description Links to further pages; `rel: next` names the following page, which starts after the
             *     `marker` in its query. In the Open Telekom Cloud example it points at the OpenStack-compatible
             *     path (`…/volumes/detail?limit=…&marker=…`).
             */
            volumes_links?: components["schemas"]["Link"][];
        };
        /**
         * VolumeResponse
         * @description Envelope around one disk.
         */
        VolumeResponse: {
            /** @description The disk. */
            volume: components["schemas"]["Volume"];
        };
        /**
         * DeleteVolumeResponse
         * @description Answer to an accepted disk delete; the job's type is `deleteVolume`.
         */
        DeleteVolumeResponse: {
            /** @description The job deleting the disk. */
            job_id: components["schemas"]["JobId"];
        };
        /**
         * JobStatus
         * @description State of a job. Huawei's SDKs know the first four; Huawei Cloud's Chinese page adds
         *     `WAITING_EXECUTE` and `LISTENING`, which no Open Telekom Cloud page lists (whether that cloud
         *     returns them is not known).
         *
         *     - `INIT`: The job is being initialised.
         *     - `RUNNING`: The job is running.
         *     - `SUCCESS`: The job succeeded.
         *     - `FAIL`: The job failed; see `error_code` and `fail_reason`.
         *     - `WAITING_EXECUTE`: Huawei Cloud only, the job waits to run.
         *     - `LISTENING`: Huawei Cloud only, the job is listening.
         * @enum {string}
         */
        JobStatus: "INIT" | "RUNNING" | "SUCCESS" | "FAIL" | "WAITING_EXECUTE" | "LISTENING";
        /**
         * JobTimestamp
         * @description A UTC time of a job, unlike the disk and snapshot times **with** milliseconds and a `Z`:
         *     `2016-03-08T07:40:13.219Z`. `end_time` is the empty string `""` (not `null`) while the job runs.
         * @example 2016-03-08T07:40:13.219Z
         * @example
         */
        JobTimestamp: string;
        /**
         * SubJob
         * @description One disk's job inside a batch job; Huawei's SDK marks every field required.
         */
        SubJob: {
            /** @description State of the sub-job. */
            status: components["schemas"]["JobStatus"];
            /** @description The disk of the sub-job (`volume_id`, `volume_type`, `size`, `name`). */
            entities: {
                /** @description The disk. */
                volume_id?: string;
                /** @description Its type. */
                volume_type?: string;
                /** @description Its size in GB. */
                size?: number;
                /** @description Its name. */
                name?: string;
            };
            /** @description ID of the sub-job. */
            job_id: components["schemas"]["JobId"];
            /** @description Type of the sub-job (`createVolume`, `deleteSingleVolume`). */
            job_type: string;
            /** @description When it started. */
            begin_time: components["schemas"]["JobTimestamp"];
            /** @description When it ended; `""` while it runs. */
            end_time: components["schemas"]["JobTimestamp"];
            /** @description The error code of a failed sub-job. */
            error_code: string | null;
            /** @description Why it failed. */
            fail_reason: string | null;
        };
        /**
         * JobEntities
         * @description What a job works on; the fields depend on the job type. A `createVolume` job carries
         *     `volume_id` from its start. A batch job (`batchCreateVolume`, `bulkDeleteVolume`) carries only
         *     `sub_jobs`, one per disk. What a `deleteVolume` job carries is not documented.
         */
        JobEntities: {
            /** @description The disk the job creates or deletes. */
            volume_id?: string;
            /** @description Type of that disk. */
            volume_type?: string;
            /** @description Size of that disk in GB. */
            size?: number;
            /** @description Name of that disk. */
            name?: string;
            /** @description The per-disk jobs of a batch job. */
            sub_jobs?: components["schemas"]["SubJob"][];
        };
        /**
         * Job
         * @description An asynchronous EVS task, as `GET /v1/{project_id}/jobs/{job_id}` returns it (not wrapped).
         *     Poll it until `status` is `SUCCESS` or `FAIL`; gophertelekomcloud polls every second,
         *     Huawei's Terraform provider every ten. How long a finished job can still be read is not
         *     documented for EVS (Huawei's ECS deletes finished jobs after a day).
         *
         *     The content of `error_code` and `fail_reason` for a failed restore is not documented; an
         *     `EVS.xxxx` code such as `EVS.2024` (volume is error) is likely.
         */
        Job: {
            /** @description State of the job. */
            status: components["schemas"]["JobStatus"];
            /** @description ID of the job. */
            job_id: components["schemas"]["JobId"];
            /**
             * @description What the job does: `createVolume` (one disk, such as a restore), `batchCreateVolume`
             *     (`count` over 1), `deleteVolume`, `extendVolume`, `bulkDeleteVolume` and its
             *     `deleteSingleVolume` sub-jobs, and on Huawei Cloud `retypeVolume`.
             * @example createVolume
             */
            job_type: string;
            /** @description When the job started. */
            begin_time: components["schemas"]["JobTimestamp"];
            /** @description When the job ended; the empty string `""` while it runs. */
            end_time?: components["schemas"]["JobTimestamp"];
            /** @description The error code of a failed job; `null` otherwise. */
            error_code?: string | null;
            /** @description Why the job failed; `null` otherwise. */
            fail_reason?: string | null;
            /** @description What the job works on. */
            entities?: components["schemas"]["JobEntities"];
        };
        /**
         * QuotaEntry
         * @description The quota of one resource and its use.
         */
        QuotaEntry: {
            /** @description How much is used. */
            in_use: number;
            /** @description The quota; `-1` means unlimited. */
            limit: number;
            /** @description How much is reserved for operations under way. */
            reserved: number;
            /** @description Upstream Cinder's nested quotas only; gophertelekomcloud reads it, no EVS page documents it. */
            allocated?: number;
        };
        /**
         * QuotaSet
         * @description The quotas of a project and their use: `id` (the project) and one entry per resource.
         *     `volumes` counts disks, `snapshots` snapshots, and `gigabytes` the GB of disks **and**
         *     snapshots together. `per_volume_gigabytes` is the largest size of one disk (only its `limit`
         *     means something); `backups` and `backup_gigabytes` count backups. Per disk type there are
         *     `volumes_<TYPE>`, `snapshots_<TYPE>` and `gigabytes_<TYPE>` for the types the region offers
         *     (the Open Telekom Cloud example has `SSD` and `ESSD` ones; Huawei's SDKs keep only `SSD`,
         *     `SAS` and `SATA` ones and drop the rest). A restore uses `volumes`, `gigabytes` and the
         *     entries of its type.
         */
        QuotaSet: {
            /** @description The project. */
            id: string;
            /** @description Disks. */
            volumes: components["schemas"]["QuotaEntry"];
            /** @description Snapshots. */
            snapshots: components["schemas"]["QuotaEntry"];
            /** @description GB of disks and snapshots. */
            gigabytes: components["schemas"]["QuotaEntry"];
            /** @description Largest size of one disk in GB (only `limit` is meaningful). */
            per_volume_gigabytes?: components["schemas"]["QuotaEntry"];
            /** @description Backups (Huawei's SDKs require it). */
            backups?: components["schemas"]["QuotaEntry"];
            /** @description GB of backups (Huawei's SDKs require it). */
            backup_gigabytes?: components["schemas"]["QuotaEntry"];
        } & {
            [key: string]: components["schemas"]["QuotaEntry"];
        };
        /**
         * QuotaSetResponse
         * @description Envelope around a project's quotas.
         */
        QuotaSetResponse: {
            /** @description The quotas and their use. */
            quota_set: components["schemas"]["QuotaSet"];
        };
    };
    responses: {
        /**
         * @description **400 Bad Request.** The request was rejected as invalid: a malformed or mismatched body, a
         *     field of the wrong type, an invalid disk, snapshot or job ID, oversized metadata, a locked disk,
         *     a list filter, marker, sort key, sort direction or limit the service does not take, a snapshot
         *     or disk in a state the operation does not allow (a delete of a snapshot that is not `available`
         *     or `error`, or of one whose disk is being backed up; a delete of a disk that is attached), a
         *     restore whose zone, type, size, data sources or metadata do not fit the snapshot, a create over
         *     a quota, a metadata key that may not change, or an invalid or mismatched token. Upstream Cinder
         *     wraps this status as `badRequest`. Codes: `EVS.0001`, `EVS.0002`, `EVS.1002`, `EVS.1005`,
         *     `EVS.1010`, `EVS.1016`, `EVS.1020`, `EVS.1021`, `EVS.1034`, `EVS.1036`, `EVS.1042`, `EVS.1043`,
         *     `EVS.1046`, `EVS.1057`, `EVS.1063`, `EVS.2053`, `EVS.2054`, `EVS.2070`, `EVS.2071`, `EVS.2072`,
         *     `EVS.2083`, `EVS.2094`, `EVS.2096`, `Common.0011`, `EVS.1013`, `EVS.1018`, `EVS.1052`,
         *     `EVS.1070`, `EVS.1023`, `EVS.1024`, `EVS.1025`, `EVS.1039`, `EVS.1040`, `EVS.1041`, `EVS.1047`,
         *     `EVS.1058`, `EVS.2043`, `EVS.2045`, `EVS.2047`, `EVS.2068`, `EVS.2089`, `EVS.2108`, `EVS.2130`,
         *     `EVS.2142`, `EVS.5400`, `Common.0013`, `Common.0018` (see *Errors* for their meaning).
         */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description **401 Unauthorized.** No valid credentials: the `X-Auth-Token` header is missing, expired or
         *     cannot be decrypted, or an AK/SK signature does not verify. The API gateway answers in its
         *     flat form (`APIGW.0301`, from Huawei Cloud's signing guide; the EVS pages do not list gateway
         *     codes); EVS itself uses `EVS.5401`. Upstream Cinder wraps this status as `unauthorized`. Codes: `EVS.5401`,
         *     `APIGW.0301` (see *Errors* for their meaning).
         */
        Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description **403 Forbidden.** The caller is authenticated but may not do this: the token lacks the role
         *     or IAM action (`evs:snapshots:create`, `evs:snapshots:update`, ...), or the account is
         *     frozen or suspended. Upstream Cinder wraps this status as `forbidden`. Codes: `EVS.0003`,
         *     `EVS.1027`, `EVS.2056`, `EVS.2144`, `EVS.2145`, `EVS.5403` (see *Errors* for their meaning).
         */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description **404 Not Found.** The snapshot, disk or project in the request does not exist. Upstream
         *     Cinder wraps this status as `itemNotFound`. Codes: `EVS.5404` (see *Errors* for their
         *     meaning).
         */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description **405 Method Not Allowed.** The HTTP method is not supported on this URI. Upstream Cinder
         *     wraps this status as `badMethod`. The reference documents no EVS-specific code for this
         *     status.
         */
        MethodNotAllowed: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description **406 Not Acceptable.** The response cannot be produced in a format the `Accept` header
         *     allows. The reference documents no EVS-specific code for this status.
         */
        NotAcceptable: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description **407 Proxy Authentication Required.** A proxy between the client and the service requires
         *     authentication. The reference documents no EVS-specific code for this status.
         */
        ProxyAuthenticationRequired: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description **408 Request Timeout.** The request took too long to arrive. It is safe to repeat only if the
         *     operation is idempotent. The reference documents no EVS-specific code for this status.
         */
        RequestTimeout: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description **409 Conflict.** The request conflicts with the current state of the resource. Upstream
         *     Cinder wraps this status as `conflictingRequest`. The reference documents no EVS-specific code
         *     for this status.
         */
        Conflict: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description **413 Payload Too Large.** A limit was exceeded; for EVS, a quota (`EVS.5413`, whose
         *     published message reads "Insufficient volume quota."). Upstream Cinder wraps this status as
         *     `overLimit`. Codes: `EVS.5413` (see *Errors* for their meaning). Front servers also answer 413
         *     for a request body larger than they accept; the reference gives no body limit for EVS (Huawei
         *     Cloud's signing guide limits AK/SK-signed bodies to 12 MB), and this project's mock and
         *     emulator take bodies up to 2 MiB, twice the largest metadata EVS accepts.
         */
        PayloadTooLarge: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description **414 URI Too Long.** The request line is longer than the server in front of the service
         *     accepts. Not in the reference's status-code table: front servers (gateways, proxies, this
         *     project's mock and emulator) answer it for an oversized URL, which the service itself never
         *     sees. The limit is not documented; this project's servers take URLs up to 8192 bytes.
         */
        UriTooLong: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description **415 Unsupported Media Type.** The body is not sent as `application/json`. Upstream Cinder
         *     wraps this status as `badMediaType`. The reference documents no EVS-specific code for this
         *     status.
         */
        UnsupportedMediaType: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description **429 Too Many Requests.** Too many requests in a given time; retry later, honouring
         *     `Retry-After` when present. Huawei Cloud's status-code list includes 429; Open Telekom Cloud's
         *     EVS table does not. The reference documents no EVS-specific code for this status.
         */
        TooManyRequests: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description **431 Request Header Fields Too Large.** A header field, or all of them together, is larger
         *     than the server in front of the service accepts. Not in the reference's status-code table:
         *     front servers answer it for oversized headers, which the service itself never sees. The limit
         *     is not documented; this project's servers take header fields up to 131072 bytes each (an
         *     X-Auth-Token of 100,000 characters fits) and 196608 bytes in all, however many fields.
         */
        RequestHeaderFieldsTooLarge: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description **500 Internal Server Error.** The service failed to complete the request: among others, a
         *     deletion that failed (the snapshot or disk is `error_deleting`), a restored disk that ended in
         *     an error state, or a rollback of an encrypted disk whose key is gone. Upstream Cinder wraps this
         *     status as `computeFault`. Codes: `EVS.2001`, `EVS.2002`, `EVS.2020`, `EVS.2024`, `EVS.2025`,
         *     `EVS.2019`, `EVS.2105`, `EVS.5500` (see *Errors* for their meaning).
         */
        InternalServerError: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description **501 Not Implemented.** The server does not support the requested function. Upstream Cinder
         *     wraps this status as `notImplemented`. The reference documents no EVS-specific code for this
         *     status.
         */
        NotImplemented: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description **502 Bad Gateway.** A gateway received an invalid response from the service behind it.
         *     Usually transient. The reference documents no EVS-specific code for this status.
         */
        BadGateway: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description **503 Service Unavailable.** The service cannot handle the request right now. Usually
         *     transient. Upstream Cinder wraps this status as `serviceUnavailable`. Codes: `EVS.5503` (see
         *     *Errors* for their meaning).
         */
        ServiceUnavailable: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description **504 Gateway Timeout.** A gateway did not get a response from the service in time. Usually
         *     transient. The reference documents no EVS-specific code for this status.
         */
        GatewayTimeout: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The page of snapshots, with the summary fields. */
        CinderSnapshotSummaryPage: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CinderSnapshotSummaryList"];
            };
        };
        /** @description Accepted; the snapshot is being created. The body describes it in state `creating`. */
        CinderSnapshotCreated: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SnapshotResponse"];
            };
        };
        /** @description The page of snapshots, with all their fields. */
        CinderSnapshotDetailPage: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CinderSnapshotList"];
            };
        };
        /** @description The snapshot. */
        CinderSnapshot: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SnapshotResponse"];
            };
        };
        /** @description Accepted; deletion runs in the background. No body. */
        CinderSnapshotDeleted: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description All the metadata of the snapshot after the call. */
        SnapshotMetadata: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SnapshotMetadataResponse"];
            };
        };
        /** @description The item. */
        SnapshotMetadataItem: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SnapshotMetadataItemResponse"];
            };
        };
        /**
         * @description The item is deleted. The reference gives `200` and no body; upstream Cinder answers `200` with
         *     an empty body too.
         */
        SnapshotMetadataItemDeleted: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content?: never;
        };
    };
    parameters: {
        /**
         * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
         *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
         *     token's is rejected with `Common.0018`.
         */
        ProjectId: string;
        /**
         * @description Sub-project ID, for multi-project setups. Optional; when sent it should equal `project_id`
         *     in the path. Huawei's SDKs always send it when a project ID is configured.
         */
        XProjectId: string;
        /**
         * @description How many matching snapshots to skip; use it with `limit`. With `offset=11&limit=10` the page
         *     starts at the 12th snapshot. Documented by Huawei Cloud and its SDKs; the Open Telekom Cloud
         *     page lists no query parameters, so whether it honours `offset` is not confirmed there.
         */
        ListOffset: number;
        /**
         * @description Largest number of snapshots on the page, from 1 to 1000 (default 1000). A value above 1000 is
         *     rejected with `EVS.2142`, one outside the range with `EVS.1023`, one that is not a positive
         *     integer with `EVS.5400`. `snapshots_links` is returned only when `limit` is given. Documented by
         *     Huawei Cloud and its SDKs; not listed on the Open Telekom Cloud page.
         */
        ListLimit: number;
        /**
         * @description Paging by marker: the ID of the last snapshot of the previous page; the page starts after it.
         *     Use it with `limit`. The Open Telekom Cloud list example returns exactly such a `next` link
         *     (`…?limit=1&marker=<id>`), and EVS refuses a marker that is not a UUID with `EVS.1024`. The
         *     parameter itself is documented only for the OpenStack-compatible list
         *     (`/v2/{project_id}/snapshots/detail`) and by upstream Cinder; whether `/cloudsnapshots/detail`
         *     honours it is not confirmed by any source, so a client should notice when a page repeats
         *     snapshots of the previous one (this project's client then pages by `offset`).
         */
        ListMarker: components["schemas"]["SnapshotId"];
        /**
         * @description The snapshot attribute to sort by. Documented by upstream OpenStack Cinder, whose snapshot
         *     lists sort by attributes such as `created_at`; EVS refuses a key it does not take with
         *     `EVS.1039`, but no source lists the keys EVS takes or says whether `/cloudsnapshots/detail`
         *     honours the parameter, so no values are enumerated here.
         */
        ListSortKey: string;
        /**
         * @description The sort direction, `asc` or `desc`: the values EVS's `EVS.1040` ("invalid sort_dir!") names.
         *     Documented by upstream OpenStack Cinder; whether `/cloudsnapshots/detail` honours it is not
         *     confirmed by any source.
         */
        ListSortDir: "asc" | "desc";
        /**
         * @description Only snapshots with exactly this name (no fuzzy match). Huawei Cloud's page allows at most 64
         *     characters, its SDK 255 bytes; the schema uses 255. The Open Telekom Cloud page lists no query
         *     parameters, but that cloud's Go SDK sends this one.
         */
        ListName: string;
        /** @description Only snapshots in this state. The Open Telekom Cloud page lists no query parameters but uses this one in its example (`?status=available`); Huawei Cloud documents it. */
        ListStatus: components["schemas"]["SnapshotStatus"];
        /** @description Only snapshots of this source disk. Documented by Huawei Cloud; the Open Telekom Cloud page lists no query parameters, but that cloud's Go SDK sends this one. */
        ListVolumeId: string;
        /**
         * @description Only snapshots whose source disk is in this availability zone (e.g. `eu-de-01`). Documented by
         *     Huawei Cloud; an unknown zone is rejected with `EVS.1041`. Not listed by Open Telekom Cloud,
         *     whose Go SDK does not send it either.
         */
        ListAvailabilityZone: string;
        /**
         * @description Only the snapshots with these IDs; repeat the parameter (`id=a&id=b&id=c`). Documented so by
         *     Huawei Cloud's page; the Open Telekom Cloud page lists no query parameters, but that cloud's Go
         *     SDK sends this one. Huawei's SDKs and gophertelekomcloud type it as one string and send a single
         *     `id=a`: that is the one-element case of the same encoding, so it is described as the array the
         *     page documents, which takes both.
         */
        ListIds: string[];
        /** @description Only snapshots of this service (`EVS`, `DSS` or `DESS`). Huawei Cloud only. */
        ListServiceType: string;
        /** @description Only snapshots in this dedicated storage pool. Huawei Cloud only. */
        ListDedicatedStorageId: string;
        /** @description Only snapshots in the dedicated storage pool of this name. Huawei Cloud only. */
        ListDedicatedStorageName: string;
        /**
         * @description Only snapshots of this enterprise project; `all_granted_eps` means every enterprise project the
         *     caller may see. Huawei Cloud only (its Terraform provider sends `all_granted_eps` by default).
         */
        ListEnterpriseProjectId: string;
        /**
         * @description ID of the snapshot, a UUID. An ID the service cannot parse is rejected with `EVS.2045`; one
         *     that does not exist gives 404 `EVS.5404`. Because the ID is a UUID, it can never be `.`, `..`,
         *     `detail` or anything else that would change which path the request reaches.
         */
        SnapshotId: components["schemas"]["SnapshotId"];
        /**
         * @description Paging by marker: the ID of the last snapshot of the previous page; the page starts after it.
         *     Documented by both Open Telekom Cloud list pages of this family. EVS refuses a marker that is not
         *     a UUID with `EVS.1024`; upstream Cinder answers a marker that names no snapshot with 400.
         */
        CinderListMarker: components["schemas"]["SnapshotId"];
        /**
         * @description How many matching snapshots to skip; use it with `limit`. With `offset=11&limit=10` the page
         *     starts at the 12th snapshot, and `offset=50&limit=50` reads the 51st to the 100th.
         */
        CinderListOffset: number;
        /**
         * @description Largest number of snapshots on the page, from 1 to 1000 (default 1000); with more than 50
         *     snapshots the reference advises pages of 50. A value above 1000 is refused with `EVS.2142`, one
         *     outside the range with `EVS.1023`, one that is not a positive integer with `EVS.5400`.
         *     `snapshots_links` is returned only when `limit` is given.
         */
        CinderListLimit: number;
        /**
         * @description Only snapshots with exactly this name (no fuzzy match), at most 255 bytes. An older Open Telekom
         *     Cloud change history names a `name~` filter for fuzzy matching, which today's pages do not list;
         *     it is not described.
         */
        CinderListName: string;
        /** @description Only snapshots in this state (see *Snapshot statuses*). */
        CinderListStatus: components["schemas"]["SnapshotStatus"];
        /** @description Only snapshots of this source disk. */
        CinderListVolumeId: string;
        /**
         * @description Only snapshots whose source disk is in this availability zone (e.g. `eu-de-01`). Documented for
         *     the detailed list only; an unknown zone is refused with `EVS.1041`.
         */
        CinderListAvailabilityZone: string;
        /**
         * @description The key of one metadata item, percent-encoded as a path segment (a key may hold characters such
         *     as `:` or a space). A key the snapshot does not have gives `404`, as in upstream Cinder. No EVS
         *     source limits a key's length or characters; upstream Cinder takes 1–255 characters of
         *     `A–Z a–z 0–9 - _ : .` and space.
         */
        MetadataKey: string;
        /**
         * @description The sort order, `desc` (the default) or `asc`. Documented on the `/v3` list pages only; EVS
         *     refuses another value with `EVS.1040`.
         */
        CinderListSortDir: "desc" | "asc";
        /**
         * @description The field to sort by; the page names `name` (`sort_key=name`), from microversion 3.30 (send
         *     `OpenStack-API-Version: volume 3.30` or later). Upstream Cinder takes other snapshot fields too;
         *     which ones EVS takes is not documented, so no list of values is described. EVS refuses one it
         *     does not take with `EVS.1039`. Documented on the `/v3` summary list only.
         */
        CinderListSortKey: string;
        /**
         * @description Only snapshots whose `name` contains this text (a fuzzy match), from microversion 3.31 (send
         *     `OpenStack-API-Version: volume 3.31` or later). Documented on the `/v3` summary list only.
         */
        CinderListNameLike: string;
        /**
         * @description Only snapshots whose `status` contains this text (a fuzzy match), from microversion 3.31 (send
         *     `OpenStack-API-Version: volume 3.31` or later). Documented on the `/v3` summary list only.
         */
        CinderListStatusLike: string;
        /**
         * @description Only snapshots whose `volume_id` contains this text (a fuzzy match), from microversion 3.31 (send
         *     `OpenStack-API-Version: volume 3.31` or later). Documented on the `/v3` summary list only.
         */
        CinderListVolumeIdLike: string;
        /**
         * @description `true` asks for `count`, the number of matching snapshots, in the answer; from microversion 3.45.
         *     The page allows it together with `marker`, `limit`, `sort_key`, `sort_dir` and `offset` but not
         *     with the other filters; how EVS answers such a mix is not documented. Documented on the `/v3`
         *     summary list only.
         */
        CinderListWithCount: boolean;
        /**
         * @description The OpenStack microversion of a `/v3` request, `volume 3.<n>`: `3.0` when the header is left out,
         *     at most `3.50` (Open Telekom Cloud's page on API versions). Some filters of the `/v3` lists need a
         *     later one (`sort_key` 3.30, the `~` filters 3.31, `with_count` 3.45); how the snapshot answers
         *     otherwise change with it is not documented.
         */
        OpenStackApiVersion: string;
        /**
         * @description ID of the disk, a UUID. One that does not exist (or no longer exists) gives 404 `EVS.5404`.
         *     Because the ID is a UUID, it can never change which path the request reaches.
         */
        VolumeIdPath: components["schemas"]["VolumeId"];
        /**
         * @description ID of the job, as a create or delete returned it. The reference documents `400` `Common.0011`
         *     (`query job fail.`) for a job ID it cannot find; whether an unknown but well-formed ID answers
         *     that or `404` is not documented.
         */
        JobIdPath: components["schemas"]["JobId"];
        /**
         * @description The project whose quotas to show. Open Telekom Cloud says to give the same value as
         *     `project_id`; upstream Cinder lets administrators read other projects. What EVS answers for
         *     another project is not documented.
         */
        TargetProjectId: string;
        /**
         * @description Whether to return the use of each quota. Mandatory; only true is supported. Huawei's SDKs send
         *     `True` (the documented spelling), gophertelekomcloud sends `true`, so both are accepted here.
         */
        QuotaUsage: "True" | "true";
    };
    requestBodies: {
        /**
         * @description The snapshot to create, wrapped in a `snapshot` object: the same body as the `cloudsnapshots`
         *     create (Open Telekom Cloud documents the same fields for both).
         */
        CinderCreateSnapshot: {
            content: {
                "application/json": components["schemas"]["CreateSnapshotRequest"];
            };
        };
        /** @description The changes, wrapped in a `snapshot` object (the same body as the `cloudsnapshots` update). */
        CinderUpdateSnapshot: {
            content: {
                "application/json": components["schemas"]["UpdateSnapshotRequest"];
            };
        };
        /** @description The metadata items, wrapped in a `metadata` object. */
        SnapshotMetadata: {
            content: {
                "application/json": components["schemas"]["SnapshotMetadataRequest"];
            };
        };
        /** @description The one item, wrapped in a `meta` object; its key must be the `{key}` of the path. */
        SnapshotMetadataItem: {
            content: {
                "application/json": components["schemas"]["SnapshotMetadataItemRequest"];
            };
        };
    };
    headers: {
        /**
         * @description Identifier the service gives the request; quote it in support cases.
         * @example 0b7e3c9a5d2f4e6a8c1b3d5f7a9e2c4b
         */
        XRequestId: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createSnapshot: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sub-project ID, for multi-project setups. Optional; when sent it should equal `project_id`
                 *     in the path. Huawei's SDKs always send it when a project ID is configured.
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /** @description The snapshot to create, wrapped in a `snapshot` object. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSnapshotRequest"];
            };
        };
        responses: {
            /** @description Accepted: the snapshot is being created. The body describes it in state `creating`. */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnapshotResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            407: components["responses"]["ProxyAuthenticationRequired"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSnapshots: {
        parameters: {
            query?: {
                /**
                 * @description How many matching snapshots to skip; use it with `limit`. With `offset=11&limit=10` the page
                 *     starts at the 12th snapshot. Documented by Huawei Cloud and its SDKs; the Open Telekom Cloud
                 *     page lists no query parameters, so whether it honours `offset` is not confirmed there.
                 */
                offset?: components["parameters"]["ListOffset"];
                /**
                 * @description Largest number of snapshots on the page, from 1 to 1000 (default 1000). A value above 1000 is
                 *     rejected with `EVS.2142`, one outside the range with `EVS.1023`, one that is not a positive
                 *     integer with `EVS.5400`. `snapshots_links` is returned only when `limit` is given. Documented by
                 *     Huawei Cloud and its SDKs; not listed on the Open Telekom Cloud page.
                 */
                limit?: components["parameters"]["ListLimit"];
                /**
                 * @description Paging by marker: the ID of the last snapshot of the previous page; the page starts after it.
                 *     Use it with `limit`. The Open Telekom Cloud list example returns exactly such a `next` link
                 *     (`…?limit=1&marker=<id>`), and EVS refuses a marker that is not a UUID with `EVS.1024`. The
                 *     parameter itself is documented only for the OpenStack-compatible list
                 *     (`/v2/{project_id}/snapshots/detail`) and by upstream Cinder; whether `/cloudsnapshots/detail`
                 *     honours it is not confirmed by any source, so a client should notice when a page repeats
                 *     snapshots of the previous one (this project's client then pages by `offset`).
                 */
                marker?: components["parameters"]["ListMarker"];
                /**
                 * @description The snapshot attribute to sort by. Documented by upstream OpenStack Cinder, whose snapshot
                 *     lists sort by attributes such as `created_at`; EVS refuses a key it does not take with
                 *     `EVS.1039`, but no source lists the keys EVS takes or says whether `/cloudsnapshots/detail`
                 *     honours the parameter, so no values are enumerated here.
                 */
                sort_key?: components["parameters"]["ListSortKey"];
                /**
                 * @description The sort direction, `asc` or `desc`: the values EVS's `EVS.1040` ("invalid sort_dir!") names.
                 *     Documented by upstream OpenStack Cinder; whether `/cloudsnapshots/detail` honours it is not
                 *     confirmed by any source.
                 */
                sort_dir?: components["parameters"]["ListSortDir"];
                /**
                 * @description Only snapshots with exactly this name (no fuzzy match). Huawei Cloud's page allows at most 64
                 *     characters, its SDK 255 bytes; the schema uses 255. The Open Telekom Cloud page lists no query
                 *     parameters, but that cloud's Go SDK sends this one.
                 */
                name?: components["parameters"]["ListName"];
                /** @description Only snapshots in this state. The Open Telekom Cloud page lists no query parameters but uses this one in its example (`?status=available`); Huawei Cloud documents it. */
                status?: components["parameters"]["ListStatus"];
                /** @description Only snapshots of this source disk. Documented by Huawei Cloud; the Open Telekom Cloud page lists no query parameters, but that cloud's Go SDK sends this one. */
                volume_id?: components["parameters"]["ListVolumeId"];
                /**
                 * @description Only snapshots whose source disk is in this availability zone (e.g. `eu-de-01`). Documented by
                 *     Huawei Cloud; an unknown zone is rejected with `EVS.1041`. Not listed by Open Telekom Cloud,
                 *     whose Go SDK does not send it either.
                 */
                availability_zone?: components["parameters"]["ListAvailabilityZone"];
                /**
                 * @description Only the snapshots with these IDs; repeat the parameter (`id=a&id=b&id=c`). Documented so by
                 *     Huawei Cloud's page; the Open Telekom Cloud page lists no query parameters, but that cloud's Go
                 *     SDK sends this one. Huawei's SDKs and gophertelekomcloud type it as one string and send a single
                 *     `id=a`: that is the one-element case of the same encoding, so it is described as the array the
                 *     page documents, which takes both.
                 */
                id?: components["parameters"]["ListIds"];
                /** @description Only snapshots of this service (`EVS`, `DSS` or `DESS`). Huawei Cloud only. */
                service_type?: components["parameters"]["ListServiceType"];
                /** @description Only snapshots in this dedicated storage pool. Huawei Cloud only. */
                dedicated_storage_id?: components["parameters"]["ListDedicatedStorageId"];
                /** @description Only snapshots in the dedicated storage pool of this name. Huawei Cloud only. */
                dedicated_storage_name?: components["parameters"]["ListDedicatedStorageName"];
                /**
                 * @description Only snapshots of this enterprise project; `all_granted_eps` means every enterprise project the
                 *     caller may see. Huawei Cloud only (its Terraform provider sends `all_granted_eps` by default).
                 */
                enterprise_project_id?: components["parameters"]["ListEnterpriseProjectId"];
            };
            header?: {
                /**
                 * @description Sub-project ID, for multi-project setups. Optional; when sent it should equal `project_id`
                 *     in the path. Huawei's SDKs always send it when a project ID is configured.
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page of snapshots. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnapshotList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            407: components["responses"]["ProxyAuthenticationRequired"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    showSnapshot: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sub-project ID, for multi-project setups. Optional; when sent it should equal `project_id`
                 *     in the path. Huawei's SDKs always send it when a project ID is configured.
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description ID of the snapshot, a UUID. An ID the service cannot parse is rejected with `EVS.2045`; one
                 *     that does not exist gives 404 `EVS.5404`. Because the ID is a UUID, it can never be `.`, `..`,
                 *     `detail` or anything else that would change which path the request reaches.
                 */
                snapshot_id: components["parameters"]["SnapshotId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The snapshot. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnapshotResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            407: components["responses"]["ProxyAuthenticationRequired"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateSnapshot: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sub-project ID, for multi-project setups. Optional; when sent it should equal `project_id`
                 *     in the path. Huawei's SDKs always send it when a project ID is configured.
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description ID of the snapshot, a UUID. An ID the service cannot parse is rejected with `EVS.2045`; one
                 *     that does not exist gives 404 `EVS.5404`. Because the ID is a UUID, it can never be `.`, `..`,
                 *     `detail` or anything else that would change which path the request reaches.
                 */
                snapshot_id: components["parameters"]["SnapshotId"];
            };
            cookie?: never;
        };
        /** @description The changes, wrapped in a `snapshot` object. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSnapshotRequest"];
            };
        };
        responses: {
            /** @description The snapshot after the update. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnapshotResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            407: components["responses"]["ProxyAuthenticationRequired"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteSnapshot: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sub-project ID, for multi-project setups. Optional; when sent it should equal `project_id`
                 *     in the path. Huawei's SDKs always send it when a project ID is configured.
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description ID of the snapshot, a UUID. An ID the service cannot parse is rejected with `EVS.2045`; one
                 *     that does not exist gives 404 `EVS.5404`. Because the ID is a UUID, it can never be `.`, `..`,
                 *     `detail` or anything else that would change which path the request reaches.
                 */
                snapshot_id: components["parameters"]["SnapshotId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted; deletion runs in the background. No body. */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            407: components["responses"]["ProxyAuthenticationRequired"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    rollbackSnapshot: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sub-project ID, for multi-project setups. Optional; when sent it should equal `project_id`
                 *     in the path. Huawei's SDKs always send it when a project ID is configured.
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description ID of the snapshot, a UUID. An ID the service cannot parse is rejected with `EVS.2045`; one
                 *     that does not exist gives 404 `EVS.5404`. Because the ID is a UUID, it can never be `.`, `..`,
                 *     `detail` or anything else that would change which path the request reaches.
                 */
                snapshot_id: components["parameters"]["SnapshotId"];
            };
            cookie?: never;
        };
        /** @description The disk to roll back, wrapped in a `rollback` object. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RollbackRequest"];
            };
        };
        responses: {
            /** @description Accepted; the rollback runs in the background. */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RollbackResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            407: components["responses"]["ProxyAuthenticationRequired"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCinderSnapshots: {
        parameters: {
            query?: {
                /**
                 * @description Paging by marker: the ID of the last snapshot of the previous page; the page starts after it.
                 *     Documented by both Open Telekom Cloud list pages of this family. EVS refuses a marker that is not
                 *     a UUID with `EVS.1024`; upstream Cinder answers a marker that names no snapshot with 400.
                 */
                marker?: components["parameters"]["CinderListMarker"];
                /**
                 * @description How many matching snapshots to skip; use it with `limit`. With `offset=11&limit=10` the page
                 *     starts at the 12th snapshot, and `offset=50&limit=50` reads the 51st to the 100th.
                 */
                offset?: components["parameters"]["CinderListOffset"];
                /**
                 * @description Largest number of snapshots on the page, from 1 to 1000 (default 1000); with more than 50
                 *     snapshots the reference advises pages of 50. A value above 1000 is refused with `EVS.2142`, one
                 *     outside the range with `EVS.1023`, one that is not a positive integer with `EVS.5400`.
                 *     `snapshots_links` is returned only when `limit` is given.
                 */
                limit?: components["parameters"]["CinderListLimit"];
                /**
                 * @description Only snapshots with exactly this name (no fuzzy match), at most 255 bytes. An older Open Telekom
                 *     Cloud change history names a `name~` filter for fuzzy matching, which today's pages do not list;
                 *     it is not described.
                 */
                name?: components["parameters"]["CinderListName"];
                /** @description Only snapshots in this state (see *Snapshot statuses*). */
                status?: components["parameters"]["CinderListStatus"];
                /** @description Only snapshots of this source disk. */
                volume_id?: components["parameters"]["CinderListVolumeId"];
            };
            header?: {
                /**
                 * @description Sub-project ID, for multi-project setups. Optional; when sent it should equal `project_id`
                 *     in the path. Huawei's SDKs always send it when a project ID is configured.
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["CinderSnapshotSummaryPage"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            407: components["responses"]["ProxyAuthenticationRequired"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCinderSnapshot: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sub-project ID, for multi-project setups. Optional; when sent it should equal `project_id`
                 *     in the path. Huawei's SDKs always send it when a project ID is configured.
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CinderCreateSnapshot"];
        responses: {
            202: components["responses"]["CinderSnapshotCreated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            407: components["responses"]["ProxyAuthenticationRequired"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCinderSnapshotsDetail: {
        parameters: {
            query?: {
                /**
                 * @description Paging by marker: the ID of the last snapshot of the previous page; the page starts after it.
                 *     Documented by both Open Telekom Cloud list pages of this family. EVS refuses a marker that is not
                 *     a UUID with `EVS.1024`; upstream Cinder answers a marker that names no snapshot with 400.
                 */
                marker?: components["parameters"]["CinderListMarker"];
                /**
                 * @description How many matching snapshots to skip; use it with `limit`. With `offset=11&limit=10` the page
                 *     starts at the 12th snapshot, and `offset=50&limit=50` reads the 51st to the 100th.
                 */
                offset?: components["parameters"]["CinderListOffset"];
                /**
                 * @description Largest number of snapshots on the page, from 1 to 1000 (default 1000); with more than 50
                 *     snapshots the reference advises pages of 50. A value above 1000 is refused with `EVS.2142`, one
                 *     outside the range with `EVS.1023`, one that is not a positive integer with `EVS.5400`.
                 *     `snapshots_links` is returned only when `limit` is given.
                 */
                limit?: components["parameters"]["CinderListLimit"];
                /**
                 * @description Only snapshots with exactly this name (no fuzzy match), at most 255 bytes. An older Open Telekom
                 *     Cloud change history names a `name~` filter for fuzzy matching, which today's pages do not list;
                 *     it is not described.
                 */
                name?: components["parameters"]["CinderListName"];
                /** @description Only snapshots in this state (see *Snapshot statuses*). */
                status?: components["parameters"]["CinderListStatus"];
                /** @description Only snapshots of this source disk. */
                volume_id?: components["parameters"]["CinderListVolumeId"];
                /**
                 * @description Only snapshots whose source disk is in this availability zone (e.g. `eu-de-01`). Documented for
                 *     the detailed list only; an unknown zone is refused with `EVS.1041`.
                 */
                availability_zone?: components["parameters"]["CinderListAvailabilityZone"];
            };
            header?: {
                /**
                 * @description Sub-project ID, for multi-project setups. Optional; when sent it should equal `project_id`
                 *     in the path. Huawei's SDKs always send it when a project ID is configured.
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["CinderSnapshotDetailPage"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            407: components["responses"]["ProxyAuthenticationRequired"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    showCinderSnapshot: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sub-project ID, for multi-project setups. Optional; when sent it should equal `project_id`
                 *     in the path. Huawei's SDKs always send it when a project ID is configured.
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description ID of the snapshot, a UUID. An ID the service cannot parse is rejected with `EVS.2045`; one
                 *     that does not exist gives 404 `EVS.5404`. Because the ID is a UUID, it can never be `.`, `..`,
                 *     `detail` or anything else that would change which path the request reaches.
                 */
                snapshot_id: components["parameters"]["SnapshotId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["CinderSnapshot"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            407: components["responses"]["ProxyAuthenticationRequired"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateCinderSnapshot: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sub-project ID, for multi-project setups. Optional; when sent it should equal `project_id`
                 *     in the path. Huawei's SDKs always send it when a project ID is configured.
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description ID of the snapshot, a UUID. An ID the service cannot parse is rejected with `EVS.2045`; one
                 *     that does not exist gives 404 `EVS.5404`. Because the ID is a UUID, it can never be `.`, `..`,
                 *     `detail` or anything else that would change which path the request reaches.
                 */
                snapshot_id: components["parameters"]["SnapshotId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CinderUpdateSnapshot"];
        responses: {
            200: components["responses"]["CinderSnapshot"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            407: components["responses"]["ProxyAuthenticationRequired"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteCinderSnapshot: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sub-project ID, for multi-project setups. Optional; when sent it should equal `project_id`
                 *     in the path. Huawei's SDKs always send it when a project ID is configured.
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description ID of the snapshot, a UUID. An ID the service cannot parse is rejected with `EVS.2045`; one
                 *     that does not exist gives 404 `EVS.5404`. Because the ID is a UUID, it can never be `.`, `..`,
                 *     `detail` or anything else that would change which path the request reaches.
                 */
                snapshot_id: components["parameters"]["SnapshotId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["CinderSnapshotDeleted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            407: components["responses"]["ProxyAuthenticationRequired"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    showSnapshotMetadata: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sub-project ID, for multi-project setups. Optional; when sent it should equal `project_id`
                 *     in the path. Huawei's SDKs always send it when a project ID is configured.
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description ID of the snapshot, a UUID. An ID the service cannot parse is rejected with `EVS.2045`; one
                 *     that does not exist gives 404 `EVS.5404`. Because the ID is a UUID, it can never be `.`, `..`,
                 *     `detail` or anything else that would change which path the request reaches.
                 */
                snapshot_id: components["parameters"]["SnapshotId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["SnapshotMetadata"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            407: components["responses"]["ProxyAuthenticationRequired"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateSnapshotMetadata: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sub-project ID, for multi-project setups. Optional; when sent it should equal `project_id`
                 *     in the path. Huawei's SDKs always send it when a project ID is configured.
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description ID of the snapshot, a UUID. An ID the service cannot parse is rejected with `EVS.2045`; one
                 *     that does not exist gives 404 `EVS.5404`. Because the ID is a UUID, it can never be `.`, `..`,
                 *     `detail` or anything else that would change which path the request reaches.
                 */
                snapshot_id: components["parameters"]["SnapshotId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["SnapshotMetadata"];
        responses: {
            200: components["responses"]["SnapshotMetadata"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            407: components["responses"]["ProxyAuthenticationRequired"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createSnapshotMetadata: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sub-project ID, for multi-project setups. Optional; when sent it should equal `project_id`
                 *     in the path. Huawei's SDKs always send it when a project ID is configured.
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description ID of the snapshot, a UUID. An ID the service cannot parse is rejected with `EVS.2045`; one
                 *     that does not exist gives 404 `EVS.5404`. Because the ID is a UUID, it can never be `.`, `..`,
                 *     `detail` or anything else that would change which path the request reaches.
                 */
                snapshot_id: components["parameters"]["SnapshotId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["SnapshotMetadata"];
        responses: {
            200: components["responses"]["SnapshotMetadata"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            407: components["responses"]["ProxyAuthenticationRequired"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    showSnapshotMetadataItem: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sub-project ID, for multi-project setups. Optional; when sent it should equal `project_id`
                 *     in the path. Huawei's SDKs always send it when a project ID is configured.
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description ID of the snapshot, a UUID. An ID the service cannot parse is rejected with `EVS.2045`; one
                 *     that does not exist gives 404 `EVS.5404`. Because the ID is a UUID, it can never be `.`, `..`,
                 *     `detail` or anything else that would change which path the request reaches.
                 */
                snapshot_id: components["parameters"]["SnapshotId"];
                /**
                 * @description The key of one metadata item, percent-encoded as a path segment (a key may hold characters such
                 *     as `:` or a space). A key the snapshot does not have gives `404`, as in upstream Cinder. No EVS
                 *     source limits a key's length or characters; upstream Cinder takes 1–255 characters of
                 *     `A–Z a–z 0–9 - _ : .` and space.
                 */
                key: components["parameters"]["MetadataKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["SnapshotMetadataItem"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            407: components["responses"]["ProxyAuthenticationRequired"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateSnapshotMetadataItem: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sub-project ID, for multi-project setups. Optional; when sent it should equal `project_id`
                 *     in the path. Huawei's SDKs always send it when a project ID is configured.
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description ID of the snapshot, a UUID. An ID the service cannot parse is rejected with `EVS.2045`; one
                 *     that does not exist gives 404 `EVS.5404`. Because the ID is a UUID, it can never be `.`, `..`,
                 *     `detail` or anything else that would change which path the request reaches.
                 */
                snapshot_id: components["parameters"]["SnapshotId"];
                /**
                 * @description The key of one metadata item, percent-encoded as a path segment (a key may hold characters such
                 *     as `:` or a space). A key the snapshot does not have gives `404`, as in upstream Cinder. No EVS
                 *     source limits a key's length or characters; upstream Cinder takes 1–255 characters of
                 *     `A–Z a–z 0–9 - _ : .` and space.
                 */
                key: components["parameters"]["MetadataKey"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["SnapshotMetadataItem"];
        responses: {
            200: components["responses"]["SnapshotMetadataItem"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            407: components["responses"]["ProxyAuthenticationRequired"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteSnapshotMetadataItem: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sub-project ID, for multi-project setups. Optional; when sent it should equal `project_id`
                 *     in the path. Huawei's SDKs always send it when a project ID is configured.
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description ID of the snapshot, a UUID. An ID the service cannot parse is rejected with `EVS.2045`; one
                 *     that does not exist gives 404 `EVS.5404`. Because the ID is a UUID, it can never be `.`, `..`,
                 *     `detail` or anything else that would change which path the request reaches.
                 */
                snapshot_id: components["parameters"]["SnapshotId"];
                /**
                 * @description The key of one metadata item, percent-encoded as a path segment (a key may hold characters such
                 *     as `:` or a space). A key the snapshot does not have gives `404`, as in upstream Cinder. No EVS
                 *     source limits a key's length or characters; upstream Cinder takes 1–255 characters of
                 *     `A–Z a–z 0–9 - _ : .` and space.
                 */
                key: components["parameters"]["MetadataKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["SnapshotMetadataItemDeleted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            407: components["responses"]["ProxyAuthenticationRequired"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCinderSnapshotsV3: {
        parameters: {
            query?: {
                /**
                 * @description Paging by marker: the ID of the last snapshot of the previous page; the page starts after it.
                 *     Documented by both Open Telekom Cloud list pages of this family. EVS refuses a marker that is not
                 *     a UUID with `EVS.1024`; upstream Cinder answers a marker that names no snapshot with 400.
                 */
                marker?: components["parameters"]["CinderListMarker"];
                /**
                 * @description How many matching snapshots to skip; use it with `limit`. With `offset=11&limit=10` the page
                 *     starts at the 12th snapshot, and `offset=50&limit=50` reads the 51st to the 100th.
                 */
                offset?: components["parameters"]["CinderListOffset"];
                /**
                 * @description Largest number of snapshots on the page, from 1 to 1000 (default 1000); with more than 50
                 *     snapshots the reference advises pages of 50. A value above 1000 is refused with `EVS.2142`, one
                 *     outside the range with `EVS.1023`, one that is not a positive integer with `EVS.5400`.
                 *     `snapshots_links` is returned only when `limit` is given.
                 */
                limit?: components["parameters"]["CinderListLimit"];
                /**
                 * @description Only snapshots with exactly this name (no fuzzy match), at most 255 bytes. An older Open Telekom
                 *     Cloud change history names a `name~` filter for fuzzy matching, which today's pages do not list;
                 *     it is not described.
                 */
                name?: components["parameters"]["CinderListName"];
                /** @description Only snapshots in this state (see *Snapshot statuses*). */
                status?: components["parameters"]["CinderListStatus"];
                /** @description Only snapshots of this source disk. */
                volume_id?: components["parameters"]["CinderListVolumeId"];
                /**
                 * @description The sort order, `desc` (the default) or `asc`. Documented on the `/v3` list pages only; EVS
                 *     refuses another value with `EVS.1040`.
                 */
                sort_dir?: components["parameters"]["CinderListSortDir"];
                /**
                 * @description The field to sort by; the page names `name` (`sort_key=name`), from microversion 3.30 (send
                 *     `OpenStack-API-Version: volume 3.30` or later). Upstream Cinder takes other snapshot fields too;
                 *     which ones EVS takes is not documented, so no list of values is described. EVS refuses one it
                 *     does not take with `EVS.1039`. Documented on the `/v3` summary list only.
                 */
                sort_key?: components["parameters"]["CinderListSortKey"];
                /**
                 * @description Only snapshots whose `name` contains this text (a fuzzy match), from microversion 3.31 (send
                 *     `OpenStack-API-Version: volume 3.31` or later). Documented on the `/v3` summary list only.
                 */
                "name~"?: components["parameters"]["CinderListNameLike"];
                /**
                 * @description Only snapshots whose `status` contains this text (a fuzzy match), from microversion 3.31 (send
                 *     `OpenStack-API-Version: volume 3.31` or later). Documented on the `/v3` summary list only.
                 */
                "status~"?: components["parameters"]["CinderListStatusLike"];
                /**
                 * @description Only snapshots whose `volume_id` contains this text (a fuzzy match), from microversion 3.31 (send
                 *     `OpenStack-API-Version: volume 3.31` or later). Documented on the `/v3` summary list only.
                 */
                "volume_id~"?: components["parameters"]["CinderListVolumeIdLike"];
                /**
                 * @description `true` asks for `count`, the number of matching snapshots, in the answer; from microversion 3.45.
                 *     The page allows it together with `marker`, `limit`, `sort_key`, `sort_dir` and `offset` but not
                 *     with the other filters; how EVS answers such a mix is not documented. Documented on the `/v3`
                 *     summary list only.
                 */
                with_count?: components["parameters"]["CinderListWithCount"];
            };
            header?: {
                /**
                 * @description The OpenStack microversion of a `/v3` request, `volume 3.<n>`: `3.0` when the header is left out,
                 *     at most `3.50` (Open Telekom Cloud's page on API versions). Some filters of the `/v3` lists need a
                 *     later one (`sort_key` 3.30, the `~` filters 3.31, `with_count` 3.45); how the snapshot answers
                 *     otherwise change with it is not documented.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Sub-project ID, for multi-project setups. Optional; when sent it should equal `project_id`
                 *     in the path. Huawei's SDKs always send it when a project ID is configured.
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["CinderSnapshotSummaryPage"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            407: components["responses"]["ProxyAuthenticationRequired"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCinderSnapshotV3: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sub-project ID, for multi-project setups. Optional; when sent it should equal `project_id`
                 *     in the path. Huawei's SDKs always send it when a project ID is configured.
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CinderCreateSnapshot"];
        responses: {
            202: components["responses"]["CinderSnapshotCreated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            407: components["responses"]["ProxyAuthenticationRequired"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCinderSnapshotsDetailV3: {
        parameters: {
            query?: {
                /**
                 * @description Paging by marker: the ID of the last snapshot of the previous page; the page starts after it.
                 *     Documented by both Open Telekom Cloud list pages of this family. EVS refuses a marker that is not
                 *     a UUID with `EVS.1024`; upstream Cinder answers a marker that names no snapshot with 400.
                 */
                marker?: components["parameters"]["CinderListMarker"];
                /**
                 * @description How many matching snapshots to skip; use it with `limit`. With `offset=11&limit=10` the page
                 *     starts at the 12th snapshot, and `offset=50&limit=50` reads the 51st to the 100th.
                 */
                offset?: components["parameters"]["CinderListOffset"];
                /**
                 * @description Largest number of snapshots on the page, from 1 to 1000 (default 1000); with more than 50
                 *     snapshots the reference advises pages of 50. A value above 1000 is refused with `EVS.2142`, one
                 *     outside the range with `EVS.1023`, one that is not a positive integer with `EVS.5400`.
                 *     `snapshots_links` is returned only when `limit` is given.
                 */
                limit?: components["parameters"]["CinderListLimit"];
                /**
                 * @description Only snapshots with exactly this name (no fuzzy match), at most 255 bytes. An older Open Telekom
                 *     Cloud change history names a `name~` filter for fuzzy matching, which today's pages do not list;
                 *     it is not described.
                 */
                name?: components["parameters"]["CinderListName"];
                /** @description Only snapshots in this state (see *Snapshot statuses*). */
                status?: components["parameters"]["CinderListStatus"];
                /** @description Only snapshots of this source disk. */
                volume_id?: components["parameters"]["CinderListVolumeId"];
                /**
                 * @description The sort order, `desc` (the default) or `asc`. Documented on the `/v3` list pages only; EVS
                 *     refuses another value with `EVS.1040`.
                 */
                sort_dir?: components["parameters"]["CinderListSortDir"];
            };
            header?: {
                /**
                 * @description The OpenStack microversion of a `/v3` request, `volume 3.<n>`: `3.0` when the header is left out,
                 *     at most `3.50` (Open Telekom Cloud's page on API versions). Some filters of the `/v3` lists need a
                 *     later one (`sort_key` 3.30, the `~` filters 3.31, `with_count` 3.45); how the snapshot answers
                 *     otherwise change with it is not documented.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Sub-project ID, for multi-project setups. Optional; when sent it should equal `project_id`
                 *     in the path. Huawei's SDKs always send it when a project ID is configured.
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["CinderSnapshotDetailPage"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            407: components["responses"]["ProxyAuthenticationRequired"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    showCinderSnapshotV3: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sub-project ID, for multi-project setups. Optional; when sent it should equal `project_id`
                 *     in the path. Huawei's SDKs always send it when a project ID is configured.
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description ID of the snapshot, a UUID. An ID the service cannot parse is rejected with `EVS.2045`; one
                 *     that does not exist gives 404 `EVS.5404`. Because the ID is a UUID, it can never be `.`, `..`,
                 *     `detail` or anything else that would change which path the request reaches.
                 */
                snapshot_id: components["parameters"]["SnapshotId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["CinderSnapshot"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            407: components["responses"]["ProxyAuthenticationRequired"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateCinderSnapshotV3: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sub-project ID, for multi-project setups. Optional; when sent it should equal `project_id`
                 *     in the path. Huawei's SDKs always send it when a project ID is configured.
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description ID of the snapshot, a UUID. An ID the service cannot parse is rejected with `EVS.2045`; one
                 *     that does not exist gives 404 `EVS.5404`. Because the ID is a UUID, it can never be `.`, `..`,
                 *     `detail` or anything else that would change which path the request reaches.
                 */
                snapshot_id: components["parameters"]["SnapshotId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CinderUpdateSnapshot"];
        responses: {
            200: components["responses"]["CinderSnapshot"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            407: components["responses"]["ProxyAuthenticationRequired"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteCinderSnapshotV3: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sub-project ID, for multi-project setups. Optional; when sent it should equal `project_id`
                 *     in the path. Huawei's SDKs always send it when a project ID is configured.
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description ID of the snapshot, a UUID. An ID the service cannot parse is rejected with `EVS.2045`; one
                 *     that does not exist gives 404 `EVS.5404`. Because the ID is a UUID, it can never be `.`, `..`,
                 *     `detail` or anything else that would change which path the request reaches.
                 */
                snapshot_id: components["parameters"]["SnapshotId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["CinderSnapshotDeleted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            407: components["responses"]["ProxyAuthenticationRequired"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    showSnapshotMetadataV3: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sub-project ID, for multi-project setups. Optional; when sent it should equal `project_id`
                 *     in the path. Huawei's SDKs always send it when a project ID is configured.
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description ID of the snapshot, a UUID. An ID the service cannot parse is rejected with `EVS.2045`; one
                 *     that does not exist gives 404 `EVS.5404`. Because the ID is a UUID, it can never be `.`, `..`,
                 *     `detail` or anything else that would change which path the request reaches.
                 */
                snapshot_id: components["parameters"]["SnapshotId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["SnapshotMetadata"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            407: components["responses"]["ProxyAuthenticationRequired"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateSnapshotMetadataV3: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sub-project ID, for multi-project setups. Optional; when sent it should equal `project_id`
                 *     in the path. Huawei's SDKs always send it when a project ID is configured.
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description ID of the snapshot, a UUID. An ID the service cannot parse is rejected with `EVS.2045`; one
                 *     that does not exist gives 404 `EVS.5404`. Because the ID is a UUID, it can never be `.`, `..`,
                 *     `detail` or anything else that would change which path the request reaches.
                 */
                snapshot_id: components["parameters"]["SnapshotId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["SnapshotMetadata"];
        responses: {
            200: components["responses"]["SnapshotMetadata"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            407: components["responses"]["ProxyAuthenticationRequired"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createSnapshotMetadataV3: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sub-project ID, for multi-project setups. Optional; when sent it should equal `project_id`
                 *     in the path. Huawei's SDKs always send it when a project ID is configured.
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description ID of the snapshot, a UUID. An ID the service cannot parse is rejected with `EVS.2045`; one
                 *     that does not exist gives 404 `EVS.5404`. Because the ID is a UUID, it can never be `.`, `..`,
                 *     `detail` or anything else that would change which path the request reaches.
                 */
                snapshot_id: components["parameters"]["SnapshotId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["SnapshotMetadata"];
        responses: {
            200: components["responses"]["SnapshotMetadata"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            407: components["responses"]["ProxyAuthenticationRequired"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    showSnapshotMetadataItemV3: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sub-project ID, for multi-project setups. Optional; when sent it should equal `project_id`
                 *     in the path. Huawei's SDKs always send it when a project ID is configured.
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description ID of the snapshot, a UUID. An ID the service cannot parse is rejected with `EVS.2045`; one
                 *     that does not exist gives 404 `EVS.5404`. Because the ID is a UUID, it can never be `.`, `..`,
                 *     `detail` or anything else that would change which path the request reaches.
                 */
                snapshot_id: components["parameters"]["SnapshotId"];
                /**
                 * @description The key of one metadata item, percent-encoded as a path segment (a key may hold characters such
                 *     as `:` or a space). A key the snapshot does not have gives `404`, as in upstream Cinder. No EVS
                 *     source limits a key's length or characters; upstream Cinder takes 1–255 characters of
                 *     `A–Z a–z 0–9 - _ : .` and space.
                 */
                key: components["parameters"]["MetadataKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["SnapshotMetadataItem"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            407: components["responses"]["ProxyAuthenticationRequired"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateSnapshotMetadataItemV3: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sub-project ID, for multi-project setups. Optional; when sent it should equal `project_id`
                 *     in the path. Huawei's SDKs always send it when a project ID is configured.
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description ID of the snapshot, a UUID. An ID the service cannot parse is rejected with `EVS.2045`; one
                 *     that does not exist gives 404 `EVS.5404`. Because the ID is a UUID, it can never be `.`, `..`,
                 *     `detail` or anything else that would change which path the request reaches.
                 */
                snapshot_id: components["parameters"]["SnapshotId"];
                /**
                 * @description The key of one metadata item, percent-encoded as a path segment (a key may hold characters such
                 *     as `:` or a space). A key the snapshot does not have gives `404`, as in upstream Cinder. No EVS
                 *     source limits a key's length or characters; upstream Cinder takes 1–255 characters of
                 *     `A–Z a–z 0–9 - _ : .` and space.
                 */
                key: components["parameters"]["MetadataKey"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["SnapshotMetadataItem"];
        responses: {
            200: components["responses"]["SnapshotMetadataItem"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            407: components["responses"]["ProxyAuthenticationRequired"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteSnapshotMetadataItemV3: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sub-project ID, for multi-project setups. Optional; when sent it should equal `project_id`
                 *     in the path. Huawei's SDKs always send it when a project ID is configured.
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description ID of the snapshot, a UUID. An ID the service cannot parse is rejected with `EVS.2045`; one
                 *     that does not exist gives 404 `EVS.5404`. Because the ID is a UUID, it can never be `.`, `..`,
                 *     `detail` or anything else that would change which path the request reaches.
                 */
                snapshot_id: components["parameters"]["SnapshotId"];
                /**
                 * @description The key of one metadata item, percent-encoded as a path segment (a key may hold characters such
                 *     as `:` or a space). A key the snapshot does not have gives `404`, as in upstream Cinder. No EVS
                 *     source limits a key's length or characters; upstream Cinder takes 1–255 characters of
                 *     `A–Z a–z 0–9 - _ : .` and space.
                 */
                key: components["parameters"]["MetadataKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["SnapshotMetadataItemDeleted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            407: components["responses"]["ProxyAuthenticationRequired"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createVolume: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sub-project ID, for multi-project setups. Optional; when sent it should equal `project_id`
                 *     in the path. Huawei's SDKs always send it when a project ID is configured.
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /** @description The disk to create, wrapped in a `volume` object. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateVolumeRequest"];
            };
        };
        responses: {
            /** @description Accepted (Open Telekom Cloud); the job creates the disk. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateVolumeResponse"];
                };
            };
            /** @description Accepted (Huawei Cloud, by the Chinese page of this deprecated call); the job creates the disk. */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateVolumeResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            407: components["responses"]["ProxyAuthenticationRequired"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createVolumeV21: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sub-project ID, for multi-project setups. Optional; when sent it should equal `project_id`
                 *     in the path. Huawei's SDKs always send it when a project ID is configured.
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
                /**
                 * @description Idempotency key made by the client, a 36-character UUID, valid for 8 hours: repeating a
                 *     request with the same key returns the first answer instead of creating more disks.
                 *     Huawei Cloud only.
                 */
                "X-Client-Token"?: string;
            };
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /** @description The disk to create, wrapped in a `volume` object. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateVolumeV21Request"];
            };
        };
        responses: {
            /** @description Accepted; the job (or order) creates the disk. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateVolumeResponse"];
                };
            };
            /** @description Accepted; the job (or order) creates the disk. */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateVolumeResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            407: components["responses"]["ProxyAuthenticationRequired"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listVolumes: {
        parameters: {
            query?: {
                /** @description Largest number of disks on the page, 1 to 1000 (default 1000); above 1000 is refused with `EVS.2142`, below 1 with `EVS.1023`. */
                limit?: number;
                /** @description The ID of the last disk of the previous page; the page starts after it. It must be a UUID (`EVS.1024`). */
                marker?: components["schemas"]["VolumeId"];
                /**
                 * @description Skip this many disks. The reference says "greater than 0 and less than the number of
                 *     disks"; an offset past the end gives an empty page here.
                 */
                offset?: number;
                /** @description Sort by `id`, `status`, `size` or `created_at` (the default); others are refused with `EVS.1039`. */
                sort_key?: "id" | "status" | "size" | "created_at";
                /** @description `desc` (the default) or `asc`; others are refused with `EVS.1040`. */
                sort_dir?: "asc" | "desc";
                /** @description Only disks with this name. */
                name?: string;
                /** @description Only disks in this state. */
                status?: components["schemas"]["VolumeStatus"];
                /** @description Only disks in this availability zone. */
                availability_zone?: string;
                /** @description Only shared (`true`) or only unshared (`false`) disks. */
                multiattach?: boolean;
                /** @description Only disks of this service type (`EVS`; Huawei Cloud also `DSS`, `DESS`). */
                service_type?: string;
                /** @description Only disks of this disk type ID. */
                volume_type_id?: string;
                /** @description Only disks attached to this server. */
                server_id?: string;
                /**
                 * @description Only disks with this metadata; bad values are refused with `EVS.1058`. Its encoding is
                 *     not described (a URL-encoded JSON object, as Huawei's `not_metadata` values suggest, is
                 *     an inference).
                 */
                metadata?: string;
                /** @description Only this disk; ignored when `ids` is given. */
                id?: string;
                /** @description Huawei Cloud only: leave out disks with this metadata, e.g. `{"hw:passthrough":true}`. */
                not_metadata?: string;
                /**
                 * @description Only these disks, written `ids=['id1','id2']`, at most 60; IDs that are not valid are
                 *     ignored.
                 */
                ids?: string;
                /** @description Only disks in this dedicated storage pool (exact match). */
                dedicated_storage_id?: string;
                /** @description Only disks in dedicated storage pools whose name contains this (fuzzy match). */
                dedicated_storage_name?: string;
                /** @description Only disks of this enterprise project (`all_granted_eps` for every one you may see). */
                enterprise_project_id?: string;
            };
            header?: {
                /**
                 * @description Sub-project ID, for multi-project setups. Optional; when sent it should equal `project_id`
                 *     in the path. Huawei's SDKs always send it when a project ID is configured.
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of disks. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            407: components["responses"]["ProxyAuthenticationRequired"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    showVolume: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sub-project ID, for multi-project setups. Optional; when sent it should equal `project_id`
                 *     in the path. Huawei's SDKs always send it when a project ID is configured.
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description ID of the disk, a UUID. One that does not exist (or no longer exists) gives 404 `EVS.5404`.
                 *     Because the ID is a UUID, it can never change which path the request reaches.
                 */
                volume_id: components["parameters"]["VolumeIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The disk. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            407: components["responses"]["ProxyAuthenticationRequired"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteVolume: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sub-project ID, for multi-project setups. Optional; when sent it should equal `project_id`
                 *     in the path. Huawei's SDKs always send it when a project ID is configured.
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description ID of the disk, a UUID. One that does not exist (or no longer exists) gives 404 `EVS.5404`.
                 *     Because the ID is a UUID, it can never change which path the request reaches.
                 */
                volume_id: components["parameters"]["VolumeIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted; the job deletes the disk. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteVolumeResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            407: components["responses"]["ProxyAuthenticationRequired"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    showVendorVolume: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sub-project ID, for multi-project setups. Optional; when sent it should equal `project_id`
                 *     in the path. Huawei's SDKs always send it when a project ID is configured.
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description ID of the disk, a UUID. One that does not exist (or no longer exists) gives 404 `EVS.5404`.
                 *     Because the ID is a UUID, it can never change which path the request reaches.
                 */
                volume_id: components["parameters"]["VolumeIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The disk. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            407: components["responses"]["ProxyAuthenticationRequired"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    showJob: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Sub-project ID, for multi-project setups. Optional; when sent it should equal `project_id`
                 *     in the path. Huawei's SDKs always send it when a project ID is configured.
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description ID of the job, as a create or delete returned it. The reference documents `400` `Common.0011`
                 *     (`query job fail.`) for a job ID it cannot find; whether an unknown but well-formed ID answers
                 *     that or `404` is not documented.
                 */
                job_id: components["parameters"]["JobIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            407: components["responses"]["ProxyAuthenticationRequired"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    showQuotas: {
        parameters: {
            query: {
                /**
                 * @description Whether to return the use of each quota. Mandatory; only true is supported. Huawei's SDKs send
                 *     `True` (the documented spelling), gophertelekomcloud sends `true`, so both are accepted here.
                 */
                usage: components["parameters"]["QuotaUsage"];
            };
            header?: {
                /**
                 * @description Sub-project ID, for multi-project setups. Optional; when sent it should equal `project_id`
                 *     in the path. Huawei's SDKs always send it when a project ID is configured.
                 */
                "X-Project-Id"?: components["parameters"]["XProjectId"];
            };
            path: {
                /**
                 * @description ID of the project the snapshot belongs to. EVS is a project-level service: the token must be
                 *     scoped to this project (IAM `auth.scope.project`), and a project that differs from the
                 *     token's is rejected with `Common.0018`.
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description The project whose quotas to show. Open Telekom Cloud says to give the same value as
                 *     `project_id`; upstream Cinder lets administrators read other projects. What EVS answers for
                 *     another project is not documented.
                 */
                target_project_id: components["parameters"]["TargetProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The quotas and their use. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuotaSetResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            407: components["responses"]["ProxyAuthenticationRequired"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
}
