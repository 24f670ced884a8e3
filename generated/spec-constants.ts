/**
 * Runtime constants of the EVS snapshot API.
 * Generated from spec/ by `npm run build`; do not edit by hand.
 */

/** Base URL of EVS per region (Open Telekom Cloud and Huawei Cloud), from the spec's servers. */
export const regionEndpoints = {
  "eu-de": "https://evs.eu-de.otc.t-systems.com",
  "eu-nl": "https://evs.eu-nl.otc.t-systems.com",
  "eu-west-101": "https://evs.eu-west-101.myhuaweicloud.com",
  "eu-west-0": "https://evs.eu-west-0.myhuaweicloud.com",
  "af-south-1": "https://evs.af-south-1.myhuaweicloud.com",
  "af-north-1": "https://evs.af-north-1.myhuaweicloud.com",
  "cn-north-1": "https://evs.cn-north-1.myhuaweicloud.com",
  "cn-north-2": "https://evs.cn-north-2.myhuaweicloud.com",
  "cn-north-4": "https://evs.cn-north-4.myhuaweicloud.com",
  "cn-north-9": "https://evs.cn-north-9.myhuaweicloud.com",
  "cn-north-11": "https://evs.cn-north-11.myhuaweicloud.com",
  "cn-north-12": "https://evs.cn-north-12.myhuaweicloud.com",
  "cn-east-2": "https://evs.cn-east-2.myhuaweicloud.com",
  "cn-east-3": "https://evs.cn-east-3.myhuaweicloud.com",
  "cn-east-4": "https://evs.cn-east-4.myhuaweicloud.com",
  "cn-east-5": "https://evs.cn-east-5.myhuaweicloud.com",
  "cn-south-1": "https://evs.cn-south-1.myhuaweicloud.com",
  "cn-south-2": "https://evs.cn-south-2.myhuaweicloud.com",
  "cn-south-4": "https://evs.cn-south-4.myhuaweicloud.com",
  "cn-southwest-2": "https://evs.cn-southwest-2.myhuaweicloud.com",
  "cn-southwest-3": "https://evs.cn-southwest-3.myhuaweicloud.com",
  "ap-southeast-1": "https://evs.ap-southeast-1.myhuaweicloud.com",
  "ap-southeast-2": "https://evs.ap-southeast-2.myhuaweicloud.com",
  "ap-southeast-3": "https://evs.ap-southeast-3.myhuaweicloud.com",
  "ap-southeast-4": "https://evs.ap-southeast-4.myhuaweicloud.com",
  "ap-southeast-5": "https://evs.ap-southeast-5.myhuaweicloud.com",
  "sa-brazil-1": "https://evs.sa-brazil-1.myhuaweicloud.com",
  "la-north-2": "https://evs.la-north-2.myhuaweicloud.com",
  "la-south-2": "https://evs.la-south-2.myhuaweicloud.com",
  "na-mexico-1": "https://evs.na-mexico-1.myhuaweicloud.com",
  "tr-west-1": "https://evs.tr-west-1.myhuaweicloud.com",
  "ae-ad-1": "https://evs.ae-ad-1.myhuaweicloud.com",
  "me-east-1": "https://evs.me-east-1.myhuaweicloud.com",
  "ru-moscow-1": "https://evs.ru-moscow-1.myhuaweicloud.com",
  "ru-northwest-2": "https://evs.ru-northwest-2.myhuaweicloud.com",
  "my-kualalumpur-1": "https://evs.my-kualalumpur-1.myhuaweicloud.com"
} as const;

export type EvsRegion = keyof typeof regionEndpoints;

/** Upper limits of the text fields in UTF-8 bytes (x-maxBytes of SnapshotName and SnapshotDescription). */
export const maxBytes = {
  "name": 255,
  "description": 255
} as const;

/** The prefix the service keeps for the names of snapshots it makes during disk backups (x-reservedPrefix of SnapshotName). */
export const reservedNamePrefix = "autobk_snapshot_";

/** Every snapshot status, in the order of the spec. */
export const snapshotStatuses = [
  "creating",
  "available",
  "error",
  "deleting",
  "error_deleting",
  "rollbacking",
  "backing-up"
] as const;

/** The bounds of the list's limit parameter. */
export const listLimit = {
  "minimum": 1,
  "maximum": 1000
} as const;

/** The pattern of SnapshotId and VolumeId. */
export const uuidPattern = "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$";

/** The request targets that generated/request-validators.ts checks. */
export type RequestTarget = "createSnapshotRequest" | "updateSnapshotRequest" | "rollbackRequest" | "createVolumeRequest" | "createVolumeV21Request" | "snapshotMetadataRequest" | "snapshotMetadataItemRequest" | "listSnapshotsQuery" | "listVolumesQuery" | "showQuotasQuery" | "listCinderSnapshotsQuery" | "listCinderSnapshotsDetailQuery" | "listCinderSnapshotsV3Query" | "listCinderSnapshotsDetailV3Query" | "snapshotId" | "volumeId" | "jobId" | "targetProjectId" | "metadataKey";

/** Rules beyond JSON Schema (x-maxBytes, x-maxJsonBytes, x-reservedPrefix), by request target and property path. */
export const textRules: Readonly<Record<RequestTarget, readonly { path: readonly string[]; maxBytes?: number; maxJsonBytes?: number; reservedPrefix?: string }[]>> = {
  "createSnapshotRequest": [
    {
      "path": [
        "snapshot",
        "metadata"
      ],
      "maxJsonBytes": 1048575
    },
    {
      "path": [
        "snapshot",
        "description"
      ],
      "maxBytes": 255
    },
    {
      "path": [
        "snapshot",
        "name"
      ],
      "maxBytes": 255,
      "reservedPrefix": "autobk_snapshot_"
    }
  ],
  "updateSnapshotRequest": [
    {
      "path": [
        "snapshot",
        "name"
      ],
      "maxBytes": 255,
      "reservedPrefix": "autobk_snapshot_"
    },
    {
      "path": [
        "snapshot",
        "description"
      ],
      "maxBytes": 255
    }
  ],
  "rollbackRequest": [
    {
      "path": [
        "rollback",
        "name"
      ],
      "maxBytes": 255
    }
  ],
  "createVolumeRequest": [
    {
      "path": [
        "volume",
        "description"
      ],
      "maxBytes": 255
    },
    {
      "path": [
        "volume",
        "metadata"
      ],
      "maxJsonBytes": 1048575
    }
  ],
  "createVolumeV21Request": [
    {
      "path": [
        "volume",
        "description"
      ],
      "maxBytes": 255
    },
    {
      "path": [
        "volume",
        "metadata"
      ],
      "maxJsonBytes": 1048575
    }
  ],
  "snapshotMetadataRequest": [
    {
      "path": [
        "metadata"
      ],
      "maxJsonBytes": 1048575
    }
  ],
  "snapshotMetadataItemRequest": [
    {
      "path": [
        "meta"
      ],
      "maxJsonBytes": 1048575
    }
  ],
  "listSnapshotsQuery": [
    {
      "path": [
        "name"
      ],
      "maxBytes": 255
    }
  ],
  "listVolumesQuery": [],
  "showQuotasQuery": [],
  "listCinderSnapshotsQuery": [
    {
      "path": [
        "name"
      ],
      "maxBytes": 255
    }
  ],
  "listCinderSnapshotsDetailQuery": [
    {
      "path": [
        "name"
      ],
      "maxBytes": 255
    }
  ],
  "listCinderSnapshotsV3Query": [
    {
      "path": [
        "name"
      ],
      "maxBytes": 255
    }
  ],
  "listCinderSnapshotsDetailV3Query": [
    {
      "path": [
        "name"
      ],
      "maxBytes": 255
    }
  ],
  "snapshotId": [],
  "volumeId": [],
  "jobId": [],
  "targetProjectId": [],
  "metadataKey": []
};

/** The fields of each object that takes no others, by request target and property path (joined with "."). */
export const knownFields: Readonly<Record<RequestTarget, Readonly<Record<string, readonly string[]>>>> = {
  "createSnapshotRequest": {
    "": [
      "snapshot"
    ],
    "snapshot": [
      "volume_id",
      "force",
      "metadata",
      "description",
      "name"
    ]
  },
  "updateSnapshotRequest": {
    "": [
      "snapshot"
    ],
    "snapshot": [
      "name",
      "description"
    ]
  },
  "rollbackRequest": {
    "": [
      "rollback"
    ],
    "rollback": [
      "volume_id",
      "name"
    ]
  },
  "createVolumeRequest": {
    "": [
      "volume"
    ],
    "volume": [
      "availability_zone",
      "size",
      "volume_type",
      "snapshot_id",
      "imageRef",
      "backup_id",
      "count",
      "name",
      "description",
      "metadata",
      "multiattach",
      "shareable",
      "tags",
      "enterprise_project_id",
      "iops",
      "throughput"
    ]
  },
  "createVolumeV21Request": {
    "": [
      "volume",
      "bssParam",
      "server_id",
      "OS-SCH-HNT:scheduler_hints"
    ],
    "volume": [
      "availability_zone",
      "size",
      "volume_type",
      "snapshot_id",
      "imageRef",
      "backup_id",
      "count",
      "name",
      "description",
      "metadata",
      "multiattach",
      "shareable",
      "tags",
      "enterprise_project_id",
      "iops",
      "throughput"
    ],
    "bssParam": [
      "chargingMode",
      "isAutoPay",
      "isAutoRenew",
      "periodType",
      "periodNum"
    ],
    "OS-SCH-HNT:scheduler_hints": [
      "dedicated_storage_id"
    ]
  },
  "snapshotMetadataRequest": {
    "": [
      "metadata"
    ]
  },
  "snapshotMetadataItemRequest": {
    "": [
      "meta"
    ]
  },
  "listSnapshotsQuery": {
    "": [
      "offset",
      "limit",
      "marker",
      "sort_key",
      "sort_dir",
      "name",
      "status",
      "volume_id",
      "availability_zone",
      "id",
      "service_type",
      "dedicated_storage_id",
      "dedicated_storage_name",
      "enterprise_project_id"
    ]
  },
  "listVolumesQuery": {
    "": [
      "limit",
      "marker",
      "offset",
      "sort_key",
      "sort_dir",
      "name",
      "status",
      "availability_zone",
      "multiattach",
      "service_type",
      "volume_type_id",
      "server_id",
      "metadata",
      "id",
      "not_metadata",
      "ids",
      "dedicated_storage_id",
      "dedicated_storage_name",
      "enterprise_project_id"
    ]
  },
  "showQuotasQuery": {
    "": [
      "usage"
    ]
  },
  "listCinderSnapshotsQuery": {
    "": [
      "marker",
      "offset",
      "limit",
      "name",
      "status",
      "volume_id"
    ]
  },
  "listCinderSnapshotsDetailQuery": {
    "": [
      "marker",
      "offset",
      "limit",
      "name",
      "status",
      "volume_id",
      "availability_zone"
    ]
  },
  "listCinderSnapshotsV3Query": {
    "": [
      "marker",
      "offset",
      "limit",
      "name",
      "status",
      "volume_id",
      "sort_dir",
      "sort_key",
      "name~",
      "status~",
      "volume_id~",
      "with_count"
    ]
  },
  "listCinderSnapshotsDetailV3Query": {
    "": [
      "marker",
      "offset",
      "limit",
      "name",
      "status",
      "volume_id",
      "sort_dir"
    ]
  },
  "snapshotId": {},
  "volumeId": {},
  "jobId": {},
  "targetProjectId": {},
  "metadataKey": {}
};

/** The properties of the response schemas a state's disks and snapshots are read as (the emulator refuses others: a mistyped fixture field). */
export const schemaFields = {
  "Volume": [
    "id",
    "name",
    "description",
    "status",
    "size",
    "availability_zone",
    "volume_type",
    "snapshot_id",
    "source_volid",
    "bootable",
    "encrypted",
    "metadata",
    "created_at",
    "updated_at",
    "attachments",
    "links",
    "service_type",
    "multiattach",
    "shareable",
    "wwn",
    "dedicated_storage_id",
    "dedicated_storage_name",
    "tags",
    "enterprise_project_id",
    "serial_number",
    "os-vol-tenant-attr:tenant_id",
    "os-vol-host-attr:host",
    "volume_image_metadata",
    "replication_status",
    "os-volume-replication:extended_status",
    "os-vol-mig-status-attr:migstat",
    "os-vol-mig-status-attr:name_id",
    "consistencygroup_id",
    "user_id",
    "iops",
    "throughput"
  ],
  "Snapshot": [
    "id",
    "status",
    "name",
    "description",
    "created_at",
    "updated_at",
    "metadata",
    "volume_id",
    "size",
    "os-extended-snapshot-attributes:progress",
    "os-extended-snapshot-attributes:project_id",
    "user_id"
  ]
} as const;

/** The error codes of the error table of the Errors tag, by HTTP status (the codes whose status the sources do not state are left out). */
export const errorCodes: Readonly<Record<string, readonly string[]>> = {
  "400": [
    "EVS.0001",
    "EVS.0002",
    "EVS.1002",
    "EVS.1005",
    "EVS.1010",
    "EVS.1016",
    "EVS.1020",
    "EVS.1021",
    "EVS.1034",
    "EVS.1036",
    "EVS.1042",
    "EVS.1043",
    "EVS.1046",
    "EVS.1057",
    "EVS.1063",
    "EVS.2053",
    "EVS.2054",
    "EVS.2070",
    "EVS.2071",
    "EVS.2072",
    "EVS.2083",
    "EVS.2094",
    "EVS.2096",
    "Common.0011",
    "EVS.1013",
    "EVS.1018",
    "EVS.1052",
    "EVS.1070",
    "EVS.1023",
    "EVS.1024",
    "EVS.1025",
    "EVS.1039",
    "EVS.1040",
    "EVS.1041",
    "EVS.1047",
    "EVS.1058",
    "EVS.2043",
    "EVS.2045",
    "EVS.2047",
    "EVS.2068",
    "EVS.2089",
    "EVS.2108",
    "EVS.2130",
    "EVS.2142",
    "EVS.5400",
    "Common.0013",
    "Common.0018"
  ],
  "401": [
    "EVS.5401",
    "APIGW.0301"
  ],
  "403": [
    "EVS.0003",
    "EVS.1027",
    "EVS.2056",
    "EVS.2144",
    "EVS.2145",
    "EVS.5403"
  ],
  "404": [
    "EVS.5404"
  ],
  "413": [
    "EVS.5413"
  ],
  "500": [
    "EVS.2001",
    "EVS.2002",
    "EVS.2020",
    "EVS.2024",
    "EVS.2025",
    "EVS.2019",
    "EVS.2105",
    "EVS.5500"
  ],
  "503": [
    "EVS.5503"
  ]
};

/** The message the service sends with each code of the error table (spelling included; the first of several). */
export const errorMessages: Readonly<Record<string, string>> = {
  "EVS.0001": "invalid tenant id!",
  "EVS.0002": "invalid token!",
  "EVS.1002": "invalid volume id!",
  "EVS.1005": "size of metadata is too large!",
  "EVS.1010": "invalid volume size!",
  "EVS.1016": "Invalid input received: May specify only one of imageRef, snapshot_id, backup_id!",
  "EVS.1020": "invalid volume type!",
  "EVS.1021": "the quantity of volume is invalid!",
  "EVS.1034": "volume count exceeded volume count quota!",
  "EVS.1036": "invalid availability zone!",
  "EVS.1042": "volume gigabytes exceeded volume gigabytes quota!",
  "EVS.1043": "encrypt and cmk and passthrougth in metadata is not support when create volume from snapshot or image!",
  "EVS.1046": "volume status must be available, error, error_extending, error_restoring, error_rollbacking when delete volume!",
  "EVS.1057": "invalid hw:passthrough in metadata!",
  "EVS.1063": "invalid full_clone in metadata!",
  "EVS.2053": "The az information from request is invalid!",
  "EVS.2054": "Cannot create volume from snapshot as the az is invalid!",
  "EVS.2070": "VolumeTypes are not supported !",
  "EVS.2071": "Invalid input received: Availability zone [%s] do not have volume type [%s]",
  "EVS.2072": "Volume type [SSD] in availability zone [AZ1] is sold out !",
  "EVS.2083": "AZ and volume type must not be empty or null!",
  "EVS.2094": "system image is not support to create Multiattach/shareable volume !",
  "EVS.2096": "Target volumeType[%s] is not matched with snapshot[%s] !",
  "Common.0011": "query job fail.",
  "EVS.1013": "request transforming failed!",
  "EVS.1018": "Type conversion error, parameter type is unexpected",
  "EVS.1052": "invalid http body!",
  "EVS.1070": "invalid request.",
  "EVS.1023": "invalid filter limit!",
  "EVS.1024": "invalid filter marker!",
  "EVS.1025": "url encoding failed!",
  "EVS.1039": "invalid sort_key!",
  "EVS.1040": "invalid sort_dir!",
  "EVS.1041": "invalid filter availablity-zone!",
  "EVS.1047": "snapshot status must be available or error when delete snapshot!",
  "EVS.1058": "invalid metadata filter!",
  "EVS.2043": "The status of snapshot is not available or backing-up.",
  "EVS.2045": "invalid snapshot_id!",
  "EVS.2047": "the metadata Param is not allowed to be updated!",
  "EVS.2068": "operation failed because of volume be locked",
  "EVS.2089": "operation failed because the volume is belong to SDRS",
  "EVS.2108": "Request body is invalid.",
  "EVS.2130": "Volume is backing-up, forbidden deleting!",
  "EVS.2142": "invalid filter limit, can not greater than 1000.",
  "EVS.5400": "Malformed request body.",
  "EVS.5401": "Authentication required.",
  "APIGW.0301": "Incorrect IAM authentication information: …",
  "EVS.0003": "invalid token roles!",
  "EVS.1027": "user role is not allowed for this action!",
  "EVS.2056": "action in pdp check deny!",
  "EVS.5403": "Policy check failed.",
  "EVS.5404": "Resource(Volume, Snapshot, Backup .etc) cound not be found.",
  "EVS.5413": "Insufficient volume quota.",
  "EVS.2001": "submit job failed!",
  "EVS.2002": "internal error!",
  "EVS.2020": "volume is error_deleting!",
  "EVS.2024": "volume is error!",
  "EVS.2025": "volume is error_restoring!",
  "EVS.2019": "snapshot is error_deleting!",
  "EVS.2105": "Volume can not be reverted, because the encrypt volume's __system__cmkid is not exist!",
  "EVS.5500": "Internal server error.",
  "EVS.5503": "Service unavailable."
};

export const errorMessageVariants: Readonly<Record<string, readonly string[]>> = {
  "EVS.0001": [
    "invalid tenant id!"
  ],
  "EVS.0002": [
    "invalid token!"
  ],
  "EVS.1002": [
    "invalid volume id!"
  ],
  "EVS.1005": [
    "size of metadata is too large!"
  ],
  "EVS.1010": [
    "invalid volume size!"
  ],
  "EVS.1016": [
    "Invalid input received: May specify only one of imageRef, snapshot_id, backup_id!"
  ],
  "EVS.1020": [
    "invalid volume type!"
  ],
  "EVS.1021": [
    "the quantity of volume is invalid!"
  ],
  "EVS.1034": [
    "volume count exceeded volume count quota!"
  ],
  "EVS.1036": [
    "invalid availability zone!"
  ],
  "EVS.1042": [
    "volume gigabytes exceeded volume gigabytes quota!"
  ],
  "EVS.1043": [
    "encrypt and cmk and passthrougth in metadata is not support when create volume from snapshot or image!"
  ],
  "EVS.1046": [
    "volume status must be available, error, error_extending, error_restoring, error_rollbacking when delete volume!"
  ],
  "EVS.1057": [
    "invalid hw:passthrough in metadata!"
  ],
  "EVS.1063": [
    "invalid full_clone in metadata!"
  ],
  "EVS.2053": [
    "The az information from request is invalid!"
  ],
  "EVS.2054": [
    "Cannot create volume from snapshot as the az is invalid!"
  ],
  "EVS.2070": [
    "VolumeTypes are not supported !"
  ],
  "EVS.2071": [
    "Invalid input received: Availability zone [%s] do not have volume type [%s]"
  ],
  "EVS.2072": [
    "Volume type [SSD] in availability zone [AZ1] is sold out !"
  ],
  "EVS.2083": [
    "AZ and volume type must not be empty or null!"
  ],
  "EVS.2094": [
    "system image is not support to create Multiattach/shareable volume !"
  ],
  "EVS.2096": [
    "Target volumeType[%s] is not matched with snapshot[%s] !"
  ],
  "Common.0011": [
    "query job fail.",
    "No jobs found."
  ],
  "EVS.1013": [
    "request transforming failed!"
  ],
  "EVS.1018": [
    "Type conversion error, parameter type is unexpected"
  ],
  "EVS.1052": [
    "invalid http body!"
  ],
  "EVS.1070": [
    "invalid request."
  ],
  "EVS.1023": [
    "invalid filter limit!"
  ],
  "EVS.1024": [
    "invalid filter marker!"
  ],
  "EVS.1025": [
    "url encoding failed!"
  ],
  "EVS.1039": [
    "invalid sort_key!"
  ],
  "EVS.1040": [
    "invalid sort_dir!"
  ],
  "EVS.1041": [
    "invalid filter availablity-zone!"
  ],
  "EVS.1047": [
    "snapshot status must be available or error when delete snapshot!"
  ],
  "EVS.1058": [
    "invalid metadata filter!"
  ],
  "EVS.2043": [
    "The status of snapshot is not available or backing-up."
  ],
  "EVS.2045": [
    "invalid snapshot_id!"
  ],
  "EVS.2047": [
    "the metadata Param is not allowed to be updated!"
  ],
  "EVS.2068": [
    "operation failed because of volume be locked"
  ],
  "EVS.2089": [
    "operation failed because the volume is belong to SDRS"
  ],
  "EVS.2108": [
    "Request body is invalid."
  ],
  "EVS.2130": [
    "Volume is backing-up, forbidden deleting!"
  ],
  "EVS.2142": [
    "invalid filter limit, can not greater than 1000."
  ],
  "EVS.5400": [
    "Malformed request body.",
    "Malformed request url.",
    "Request body and URI mismatch.",
    "Must specify a valid status.",
    "offset param must be an integer.",
    "limit param must be an integer.",
    "limit param must be positive."
  ],
  "EVS.5401": [
    "Authentication required."
  ],
  "APIGW.0301": [
    "Incorrect IAM authentication information: …"
  ],
  "EVS.0003": [
    "invalid token roles!"
  ],
  "EVS.1027": [
    "user role is not allowed for this action!"
  ],
  "EVS.2056": [
    "action in pdp check deny!"
  ],
  "EVS.5403": [
    "Policy check failed.",
    "metadata can not be operated."
  ],
  "EVS.5404": [
    "Resource(Volume, Snapshot, Backup .etc) cound not be found."
  ],
  "EVS.5413": [
    "Insufficient volume quota."
  ],
  "EVS.2001": [
    "submit job failed!"
  ],
  "EVS.2002": [
    "internal error!"
  ],
  "EVS.2020": [
    "volume is error_deleting!"
  ],
  "EVS.2024": [
    "volume is error!"
  ],
  "EVS.2025": [
    "volume is error_restoring!"
  ],
  "EVS.2019": [
    "snapshot is error_deleting!"
  ],
  "EVS.2105": [
    "Volume can not be reverted, because the encrypt volume's __system__cmkid is not exist!"
  ],
  "EVS.5500": [
    "Internal server error."
  ],
  "EVS.5503": [
    "Service unavailable."
  ]
};

/**
 * Per operation: method, path template, parameters by where they go (name, required, the facts of their schema),
 * the request target of its body and of its query (generated/request-validators.ts), the success status (the first
 * 2xx; successStatuses lists every one the clouds answer, sharing one body) and the
 * component schema of each documented response (null: no body). One row per operation drives the client, the
 * emulator and the contract tool.
 */
export const operations = {
  "createSnapshot": {
    "method": "POST",
    "path": "/v2/{project_id}/cloudsnapshots",
    "parameters": {
      "path": [
        {
          "name": "project_id",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ],
      "query": [],
      "header": [
        {
          "name": "X-Project-Id",
          "required": false,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ]
    },
    "requestBody": "createSnapshotRequest",
    "query": null,
    "successStatus": 202,
    "successStatuses": [
      202
    ],
    "responses": {
      "202": "SnapshotResponse",
      "400": "ErrorResponse",
      "401": "ErrorResponse",
      "403": "ErrorResponse",
      "404": "ErrorResponse",
      "405": "ErrorResponse",
      "406": "ErrorResponse",
      "407": "ErrorResponse",
      "408": "ErrorResponse",
      "409": "ErrorResponse",
      "413": "ErrorResponse",
      "414": "ErrorResponse",
      "415": "ErrorResponse",
      "429": "ErrorResponse",
      "431": "ErrorResponse",
      "500": "ErrorResponse",
      "501": "ErrorResponse",
      "502": "ErrorResponse",
      "503": "ErrorResponse",
      "504": "ErrorResponse"
    }
  },
  "listSnapshots": {
    "method": "GET",
    "path": "/v2/{project_id}/cloudsnapshots/detail",
    "parameters": {
      "path": [
        {
          "name": "project_id",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ],
      "query": [
        {
          "name": "offset",
          "required": false,
          "schema": {
            "type": "integer",
            "minimum": 0
          }
        },
        {
          "name": "limit",
          "required": false,
          "schema": {
            "type": "integer",
            "minimum": 1,
            "maximum": 1000,
            "default": 1000
          }
        },
        {
          "name": "marker",
          "required": false,
          "schema": {
            "type": "string",
            "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
          }
        },
        {
          "name": "sort_key",
          "required": false,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        },
        {
          "name": "sort_dir",
          "required": false,
          "schema": {
            "type": "string",
            "enum": [
              "asc",
              "desc"
            ]
          }
        },
        {
          "name": "name",
          "required": false,
          "schema": {
            "type": "string",
            "maxLength": 255,
            "x-maxBytes": 255
          }
        },
        {
          "name": "status",
          "required": false,
          "schema": {
            "type": "string",
            "enum": [
              "creating",
              "available",
              "error",
              "deleting",
              "error_deleting",
              "rollbacking",
              "backing-up"
            ]
          }
        },
        {
          "name": "volume_id",
          "required": false,
          "schema": {
            "type": "string"
          }
        },
        {
          "name": "availability_zone",
          "required": false,
          "schema": {
            "type": "string"
          }
        },
        {
          "name": "id",
          "required": false,
          "schema": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        },
        {
          "name": "service_type",
          "required": false,
          "schema": {
            "type": "string"
          }
        },
        {
          "name": "dedicated_storage_id",
          "required": false,
          "schema": {
            "type": "string"
          }
        },
        {
          "name": "dedicated_storage_name",
          "required": false,
          "schema": {
            "type": "string"
          }
        },
        {
          "name": "enterprise_project_id",
          "required": false,
          "schema": {
            "type": "string"
          }
        }
      ],
      "header": [
        {
          "name": "X-Project-Id",
          "required": false,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ]
    },
    "requestBody": null,
    "query": "listSnapshotsQuery",
    "successStatus": 200,
    "successStatuses": [
      200
    ],
    "responses": {
      "200": "SnapshotList",
      "400": "ErrorResponse",
      "401": "ErrorResponse",
      "403": "ErrorResponse",
      "404": "ErrorResponse",
      "405": "ErrorResponse",
      "406": "ErrorResponse",
      "407": "ErrorResponse",
      "408": "ErrorResponse",
      "409": "ErrorResponse",
      "413": "ErrorResponse",
      "414": "ErrorResponse",
      "415": "ErrorResponse",
      "429": "ErrorResponse",
      "431": "ErrorResponse",
      "500": "ErrorResponse",
      "501": "ErrorResponse",
      "502": "ErrorResponse",
      "503": "ErrorResponse",
      "504": "ErrorResponse"
    }
  },
  "showSnapshot": {
    "method": "GET",
    "path": "/v2/{project_id}/cloudsnapshots/{snapshot_id}",
    "parameters": {
      "path": [
        {
          "name": "project_id",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        },
        {
          "name": "snapshot_id",
          "required": true,
          "schema": {
            "type": "string",
            "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
          }
        }
      ],
      "query": [],
      "header": [
        {
          "name": "X-Project-Id",
          "required": false,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ]
    },
    "requestBody": null,
    "query": null,
    "successStatus": 200,
    "successStatuses": [
      200
    ],
    "responses": {
      "200": "SnapshotResponse",
      "400": "ErrorResponse",
      "401": "ErrorResponse",
      "403": "ErrorResponse",
      "404": "ErrorResponse",
      "405": "ErrorResponse",
      "406": "ErrorResponse",
      "407": "ErrorResponse",
      "408": "ErrorResponse",
      "409": "ErrorResponse",
      "413": "ErrorResponse",
      "414": "ErrorResponse",
      "415": "ErrorResponse",
      "429": "ErrorResponse",
      "431": "ErrorResponse",
      "500": "ErrorResponse",
      "501": "ErrorResponse",
      "502": "ErrorResponse",
      "503": "ErrorResponse",
      "504": "ErrorResponse"
    }
  },
  "updateSnapshot": {
    "method": "PUT",
    "path": "/v2/{project_id}/cloudsnapshots/{snapshot_id}",
    "parameters": {
      "path": [
        {
          "name": "project_id",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        },
        {
          "name": "snapshot_id",
          "required": true,
          "schema": {
            "type": "string",
            "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
          }
        }
      ],
      "query": [],
      "header": [
        {
          "name": "X-Project-Id",
          "required": false,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ]
    },
    "requestBody": "updateSnapshotRequest",
    "query": null,
    "successStatus": 200,
    "successStatuses": [
      200
    ],
    "responses": {
      "200": "SnapshotResponse",
      "400": "ErrorResponse",
      "401": "ErrorResponse",
      "403": "ErrorResponse",
      "404": "ErrorResponse",
      "405": "ErrorResponse",
      "406": "ErrorResponse",
      "407": "ErrorResponse",
      "408": "ErrorResponse",
      "409": "ErrorResponse",
      "413": "ErrorResponse",
      "414": "ErrorResponse",
      "415": "ErrorResponse",
      "429": "ErrorResponse",
      "431": "ErrorResponse",
      "500": "ErrorResponse",
      "501": "ErrorResponse",
      "502": "ErrorResponse",
      "503": "ErrorResponse",
      "504": "ErrorResponse"
    }
  },
  "deleteSnapshot": {
    "method": "DELETE",
    "path": "/v2/{project_id}/cloudsnapshots/{snapshot_id}",
    "parameters": {
      "path": [
        {
          "name": "project_id",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        },
        {
          "name": "snapshot_id",
          "required": true,
          "schema": {
            "type": "string",
            "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
          }
        }
      ],
      "query": [],
      "header": [
        {
          "name": "X-Project-Id",
          "required": false,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ]
    },
    "requestBody": null,
    "query": null,
    "successStatus": 202,
    "successStatuses": [
      202
    ],
    "responses": {
      "202": null,
      "400": "ErrorResponse",
      "401": "ErrorResponse",
      "403": "ErrorResponse",
      "404": "ErrorResponse",
      "405": "ErrorResponse",
      "406": "ErrorResponse",
      "407": "ErrorResponse",
      "408": "ErrorResponse",
      "409": "ErrorResponse",
      "413": "ErrorResponse",
      "414": "ErrorResponse",
      "415": "ErrorResponse",
      "429": "ErrorResponse",
      "431": "ErrorResponse",
      "500": "ErrorResponse",
      "501": "ErrorResponse",
      "502": "ErrorResponse",
      "503": "ErrorResponse",
      "504": "ErrorResponse"
    }
  },
  "rollbackSnapshot": {
    "method": "POST",
    "path": "/v2/{project_id}/cloudsnapshots/{snapshot_id}/rollback",
    "parameters": {
      "path": [
        {
          "name": "project_id",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        },
        {
          "name": "snapshot_id",
          "required": true,
          "schema": {
            "type": "string",
            "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
          }
        }
      ],
      "query": [],
      "header": [
        {
          "name": "X-Project-Id",
          "required": false,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ]
    },
    "requestBody": "rollbackRequest",
    "query": null,
    "successStatus": 202,
    "successStatuses": [
      202
    ],
    "responses": {
      "202": "RollbackResponse",
      "400": "ErrorResponse",
      "401": "ErrorResponse",
      "403": "ErrorResponse",
      "404": "ErrorResponse",
      "405": "ErrorResponse",
      "406": "ErrorResponse",
      "407": "ErrorResponse",
      "408": "ErrorResponse",
      "409": "ErrorResponse",
      "413": "ErrorResponse",
      "414": "ErrorResponse",
      "415": "ErrorResponse",
      "429": "ErrorResponse",
      "431": "ErrorResponse",
      "500": "ErrorResponse",
      "501": "ErrorResponse",
      "502": "ErrorResponse",
      "503": "ErrorResponse",
      "504": "ErrorResponse"
    }
  },
  "listCinderSnapshots": {
    "method": "GET",
    "path": "/v2/{project_id}/snapshots",
    "parameters": {
      "path": [
        {
          "name": "project_id",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ],
      "query": [
        {
          "name": "marker",
          "required": false,
          "schema": {
            "type": "string",
            "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
          }
        },
        {
          "name": "offset",
          "required": false,
          "schema": {
            "type": "integer",
            "minimum": 0
          }
        },
        {
          "name": "limit",
          "required": false,
          "schema": {
            "type": "integer",
            "minimum": 1,
            "maximum": 1000,
            "default": 1000
          }
        },
        {
          "name": "name",
          "required": false,
          "schema": {
            "type": "string",
            "x-maxBytes": 255
          }
        },
        {
          "name": "status",
          "required": false,
          "schema": {
            "type": "string",
            "enum": [
              "creating",
              "available",
              "error",
              "deleting",
              "error_deleting",
              "rollbacking",
              "backing-up"
            ]
          }
        },
        {
          "name": "volume_id",
          "required": false,
          "schema": {
            "type": "string"
          }
        }
      ],
      "header": [
        {
          "name": "X-Project-Id",
          "required": false,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ]
    },
    "requestBody": null,
    "query": "listCinderSnapshotsQuery",
    "successStatus": 200,
    "successStatuses": [
      200
    ],
    "responses": {
      "200": "CinderSnapshotSummaryList",
      "400": "ErrorResponse",
      "401": "ErrorResponse",
      "403": "ErrorResponse",
      "404": "ErrorResponse",
      "405": "ErrorResponse",
      "406": "ErrorResponse",
      "407": "ErrorResponse",
      "408": "ErrorResponse",
      "409": "ErrorResponse",
      "413": "ErrorResponse",
      "414": "ErrorResponse",
      "415": "ErrorResponse",
      "429": "ErrorResponse",
      "431": "ErrorResponse",
      "500": "ErrorResponse",
      "501": "ErrorResponse",
      "502": "ErrorResponse",
      "503": "ErrorResponse",
      "504": "ErrorResponse"
    }
  },
  "createCinderSnapshot": {
    "method": "POST",
    "path": "/v2/{project_id}/snapshots",
    "parameters": {
      "path": [
        {
          "name": "project_id",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ],
      "query": [],
      "header": [
        {
          "name": "X-Project-Id",
          "required": false,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ]
    },
    "requestBody": "createSnapshotRequest",
    "query": null,
    "successStatus": 202,
    "successStatuses": [
      202
    ],
    "responses": {
      "202": "SnapshotResponse",
      "400": "ErrorResponse",
      "401": "ErrorResponse",
      "403": "ErrorResponse",
      "404": "ErrorResponse",
      "405": "ErrorResponse",
      "406": "ErrorResponse",
      "407": "ErrorResponse",
      "408": "ErrorResponse",
      "409": "ErrorResponse",
      "413": "ErrorResponse",
      "414": "ErrorResponse",
      "415": "ErrorResponse",
      "429": "ErrorResponse",
      "431": "ErrorResponse",
      "500": "ErrorResponse",
      "501": "ErrorResponse",
      "502": "ErrorResponse",
      "503": "ErrorResponse",
      "504": "ErrorResponse"
    }
  },
  "listCinderSnapshotsDetail": {
    "method": "GET",
    "path": "/v2/{project_id}/snapshots/detail",
    "parameters": {
      "path": [
        {
          "name": "project_id",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ],
      "query": [
        {
          "name": "marker",
          "required": false,
          "schema": {
            "type": "string",
            "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
          }
        },
        {
          "name": "offset",
          "required": false,
          "schema": {
            "type": "integer",
            "minimum": 0
          }
        },
        {
          "name": "limit",
          "required": false,
          "schema": {
            "type": "integer",
            "minimum": 1,
            "maximum": 1000,
            "default": 1000
          }
        },
        {
          "name": "name",
          "required": false,
          "schema": {
            "type": "string",
            "x-maxBytes": 255
          }
        },
        {
          "name": "status",
          "required": false,
          "schema": {
            "type": "string",
            "enum": [
              "creating",
              "available",
              "error",
              "deleting",
              "error_deleting",
              "rollbacking",
              "backing-up"
            ]
          }
        },
        {
          "name": "volume_id",
          "required": false,
          "schema": {
            "type": "string"
          }
        },
        {
          "name": "availability_zone",
          "required": false,
          "schema": {
            "type": "string"
          }
        }
      ],
      "header": [
        {
          "name": "X-Project-Id",
          "required": false,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ]
    },
    "requestBody": null,
    "query": "listCinderSnapshotsDetailQuery",
    "successStatus": 200,
    "successStatuses": [
      200
    ],
    "responses": {
      "200": "CinderSnapshotList",
      "400": "ErrorResponse",
      "401": "ErrorResponse",
      "403": "ErrorResponse",
      "404": "ErrorResponse",
      "405": "ErrorResponse",
      "406": "ErrorResponse",
      "407": "ErrorResponse",
      "408": "ErrorResponse",
      "409": "ErrorResponse",
      "413": "ErrorResponse",
      "414": "ErrorResponse",
      "415": "ErrorResponse",
      "429": "ErrorResponse",
      "431": "ErrorResponse",
      "500": "ErrorResponse",
      "501": "ErrorResponse",
      "502": "ErrorResponse",
      "503": "ErrorResponse",
      "504": "ErrorResponse"
    }
  },
  "showCinderSnapshot": {
    "method": "GET",
    "path": "/v2/{project_id}/snapshots/{snapshot_id}",
    "parameters": {
      "path": [
        {
          "name": "project_id",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        },
        {
          "name": "snapshot_id",
          "required": true,
          "schema": {
            "type": "string",
            "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
          }
        }
      ],
      "query": [],
      "header": [
        {
          "name": "X-Project-Id",
          "required": false,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ]
    },
    "requestBody": null,
    "query": null,
    "successStatus": 200,
    "successStatuses": [
      200
    ],
    "responses": {
      "200": "SnapshotResponse",
      "400": "ErrorResponse",
      "401": "ErrorResponse",
      "403": "ErrorResponse",
      "404": "ErrorResponse",
      "405": "ErrorResponse",
      "406": "ErrorResponse",
      "407": "ErrorResponse",
      "408": "ErrorResponse",
      "409": "ErrorResponse",
      "413": "ErrorResponse",
      "414": "ErrorResponse",
      "415": "ErrorResponse",
      "429": "ErrorResponse",
      "431": "ErrorResponse",
      "500": "ErrorResponse",
      "501": "ErrorResponse",
      "502": "ErrorResponse",
      "503": "ErrorResponse",
      "504": "ErrorResponse"
    }
  },
  "updateCinderSnapshot": {
    "method": "PUT",
    "path": "/v2/{project_id}/snapshots/{snapshot_id}",
    "parameters": {
      "path": [
        {
          "name": "project_id",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        },
        {
          "name": "snapshot_id",
          "required": true,
          "schema": {
            "type": "string",
            "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
          }
        }
      ],
      "query": [],
      "header": [
        {
          "name": "X-Project-Id",
          "required": false,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ]
    },
    "requestBody": "updateSnapshotRequest",
    "query": null,
    "successStatus": 200,
    "successStatuses": [
      200
    ],
    "responses": {
      "200": "SnapshotResponse",
      "400": "ErrorResponse",
      "401": "ErrorResponse",
      "403": "ErrorResponse",
      "404": "ErrorResponse",
      "405": "ErrorResponse",
      "406": "ErrorResponse",
      "407": "ErrorResponse",
      "408": "ErrorResponse",
      "409": "ErrorResponse",
      "413": "ErrorResponse",
      "414": "ErrorResponse",
      "415": "ErrorResponse",
      "429": "ErrorResponse",
      "431": "ErrorResponse",
      "500": "ErrorResponse",
      "501": "ErrorResponse",
      "502": "ErrorResponse",
      "503": "ErrorResponse",
      "504": "ErrorResponse"
    }
  },
  "deleteCinderSnapshot": {
    "method": "DELETE",
    "path": "/v2/{project_id}/snapshots/{snapshot_id}",
    "parameters": {
      "path": [
        {
          "name": "project_id",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        },
        {
          "name": "snapshot_id",
          "required": true,
          "schema": {
            "type": "string",
            "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
          }
        }
      ],
      "query": [],
      "header": [
        {
          "name": "X-Project-Id",
          "required": false,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ]
    },
    "requestBody": null,
    "query": null,
    "successStatus": 202,
    "successStatuses": [
      202
    ],
    "responses": {
      "202": null,
      "400": "ErrorResponse",
      "401": "ErrorResponse",
      "403": "ErrorResponse",
      "404": "ErrorResponse",
      "405": "ErrorResponse",
      "406": "ErrorResponse",
      "407": "ErrorResponse",
      "408": "ErrorResponse",
      "409": "ErrorResponse",
      "413": "ErrorResponse",
      "414": "ErrorResponse",
      "415": "ErrorResponse",
      "429": "ErrorResponse",
      "431": "ErrorResponse",
      "500": "ErrorResponse",
      "501": "ErrorResponse",
      "502": "ErrorResponse",
      "503": "ErrorResponse",
      "504": "ErrorResponse"
    }
  },
  "showSnapshotMetadata": {
    "method": "GET",
    "path": "/v2/{project_id}/snapshots/{snapshot_id}/metadata",
    "parameters": {
      "path": [
        {
          "name": "project_id",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        },
        {
          "name": "snapshot_id",
          "required": true,
          "schema": {
            "type": "string",
            "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
          }
        }
      ],
      "query": [],
      "header": [
        {
          "name": "X-Project-Id",
          "required": false,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ]
    },
    "requestBody": null,
    "query": null,
    "successStatus": 200,
    "successStatuses": [
      200
    ],
    "responses": {
      "200": "SnapshotMetadataResponse",
      "400": "ErrorResponse",
      "401": "ErrorResponse",
      "403": "ErrorResponse",
      "404": "ErrorResponse",
      "405": "ErrorResponse",
      "406": "ErrorResponse",
      "407": "ErrorResponse",
      "408": "ErrorResponse",
      "409": "ErrorResponse",
      "413": "ErrorResponse",
      "414": "ErrorResponse",
      "415": "ErrorResponse",
      "429": "ErrorResponse",
      "431": "ErrorResponse",
      "500": "ErrorResponse",
      "501": "ErrorResponse",
      "502": "ErrorResponse",
      "503": "ErrorResponse",
      "504": "ErrorResponse"
    }
  },
  "updateSnapshotMetadata": {
    "method": "PUT",
    "path": "/v2/{project_id}/snapshots/{snapshot_id}/metadata",
    "parameters": {
      "path": [
        {
          "name": "project_id",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        },
        {
          "name": "snapshot_id",
          "required": true,
          "schema": {
            "type": "string",
            "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
          }
        }
      ],
      "query": [],
      "header": [
        {
          "name": "X-Project-Id",
          "required": false,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ]
    },
    "requestBody": "snapshotMetadataRequest",
    "query": null,
    "successStatus": 200,
    "successStatuses": [
      200
    ],
    "responses": {
      "200": "SnapshotMetadataResponse",
      "400": "ErrorResponse",
      "401": "ErrorResponse",
      "403": "ErrorResponse",
      "404": "ErrorResponse",
      "405": "ErrorResponse",
      "406": "ErrorResponse",
      "407": "ErrorResponse",
      "408": "ErrorResponse",
      "409": "ErrorResponse",
      "413": "ErrorResponse",
      "414": "ErrorResponse",
      "415": "ErrorResponse",
      "429": "ErrorResponse",
      "431": "ErrorResponse",
      "500": "ErrorResponse",
      "501": "ErrorResponse",
      "502": "ErrorResponse",
      "503": "ErrorResponse",
      "504": "ErrorResponse"
    }
  },
  "createSnapshotMetadata": {
    "method": "POST",
    "path": "/v2/{project_id}/snapshots/{snapshot_id}/metadata",
    "parameters": {
      "path": [
        {
          "name": "project_id",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        },
        {
          "name": "snapshot_id",
          "required": true,
          "schema": {
            "type": "string",
            "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
          }
        }
      ],
      "query": [],
      "header": [
        {
          "name": "X-Project-Id",
          "required": false,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ]
    },
    "requestBody": "snapshotMetadataRequest",
    "query": null,
    "successStatus": 200,
    "successStatuses": [
      200
    ],
    "responses": {
      "200": "SnapshotMetadataResponse",
      "400": "ErrorResponse",
      "401": "ErrorResponse",
      "403": "ErrorResponse",
      "404": "ErrorResponse",
      "405": "ErrorResponse",
      "406": "ErrorResponse",
      "407": "ErrorResponse",
      "408": "ErrorResponse",
      "409": "ErrorResponse",
      "413": "ErrorResponse",
      "414": "ErrorResponse",
      "415": "ErrorResponse",
      "429": "ErrorResponse",
      "431": "ErrorResponse",
      "500": "ErrorResponse",
      "501": "ErrorResponse",
      "502": "ErrorResponse",
      "503": "ErrorResponse",
      "504": "ErrorResponse"
    }
  },
  "showSnapshotMetadataItem": {
    "method": "GET",
    "path": "/v2/{project_id}/snapshots/{snapshot_id}/metadata/{key}",
    "parameters": {
      "path": [
        {
          "name": "project_id",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        },
        {
          "name": "snapshot_id",
          "required": true,
          "schema": {
            "type": "string",
            "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
          }
        },
        {
          "name": "key",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ],
      "query": [],
      "header": [
        {
          "name": "X-Project-Id",
          "required": false,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ]
    },
    "requestBody": null,
    "query": null,
    "successStatus": 200,
    "successStatuses": [
      200
    ],
    "responses": {
      "200": "SnapshotMetadataItemResponse",
      "400": "ErrorResponse",
      "401": "ErrorResponse",
      "403": "ErrorResponse",
      "404": "ErrorResponse",
      "405": "ErrorResponse",
      "406": "ErrorResponse",
      "407": "ErrorResponse",
      "408": "ErrorResponse",
      "409": "ErrorResponse",
      "413": "ErrorResponse",
      "414": "ErrorResponse",
      "415": "ErrorResponse",
      "429": "ErrorResponse",
      "431": "ErrorResponse",
      "500": "ErrorResponse",
      "501": "ErrorResponse",
      "502": "ErrorResponse",
      "503": "ErrorResponse",
      "504": "ErrorResponse"
    }
  },
  "updateSnapshotMetadataItem": {
    "method": "PUT",
    "path": "/v2/{project_id}/snapshots/{snapshot_id}/metadata/{key}",
    "parameters": {
      "path": [
        {
          "name": "project_id",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        },
        {
          "name": "snapshot_id",
          "required": true,
          "schema": {
            "type": "string",
            "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
          }
        },
        {
          "name": "key",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ],
      "query": [],
      "header": [
        {
          "name": "X-Project-Id",
          "required": false,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ]
    },
    "requestBody": "snapshotMetadataItemRequest",
    "query": null,
    "successStatus": 200,
    "successStatuses": [
      200
    ],
    "responses": {
      "200": "SnapshotMetadataItemResponse",
      "400": "ErrorResponse",
      "401": "ErrorResponse",
      "403": "ErrorResponse",
      "404": "ErrorResponse",
      "405": "ErrorResponse",
      "406": "ErrorResponse",
      "407": "ErrorResponse",
      "408": "ErrorResponse",
      "409": "ErrorResponse",
      "413": "ErrorResponse",
      "414": "ErrorResponse",
      "415": "ErrorResponse",
      "429": "ErrorResponse",
      "431": "ErrorResponse",
      "500": "ErrorResponse",
      "501": "ErrorResponse",
      "502": "ErrorResponse",
      "503": "ErrorResponse",
      "504": "ErrorResponse"
    }
  },
  "deleteSnapshotMetadataItem": {
    "method": "DELETE",
    "path": "/v2/{project_id}/snapshots/{snapshot_id}/metadata/{key}",
    "parameters": {
      "path": [
        {
          "name": "project_id",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        },
        {
          "name": "snapshot_id",
          "required": true,
          "schema": {
            "type": "string",
            "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
          }
        },
        {
          "name": "key",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ],
      "query": [],
      "header": [
        {
          "name": "X-Project-Id",
          "required": false,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ]
    },
    "requestBody": null,
    "query": null,
    "successStatus": 200,
    "successStatuses": [
      200
    ],
    "responses": {
      "200": null,
      "400": "ErrorResponse",
      "401": "ErrorResponse",
      "403": "ErrorResponse",
      "404": "ErrorResponse",
      "405": "ErrorResponse",
      "406": "ErrorResponse",
      "407": "ErrorResponse",
      "408": "ErrorResponse",
      "409": "ErrorResponse",
      "413": "ErrorResponse",
      "414": "ErrorResponse",
      "415": "ErrorResponse",
      "429": "ErrorResponse",
      "431": "ErrorResponse",
      "500": "ErrorResponse",
      "501": "ErrorResponse",
      "502": "ErrorResponse",
      "503": "ErrorResponse",
      "504": "ErrorResponse"
    }
  },
  "listCinderSnapshotsV3": {
    "method": "GET",
    "path": "/v3/{project_id}/snapshots",
    "parameters": {
      "path": [
        {
          "name": "project_id",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ],
      "query": [
        {
          "name": "marker",
          "required": false,
          "schema": {
            "type": "string",
            "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
          }
        },
        {
          "name": "offset",
          "required": false,
          "schema": {
            "type": "integer",
            "minimum": 0
          }
        },
        {
          "name": "limit",
          "required": false,
          "schema": {
            "type": "integer",
            "minimum": 1,
            "maximum": 1000,
            "default": 1000
          }
        },
        {
          "name": "name",
          "required": false,
          "schema": {
            "type": "string",
            "x-maxBytes": 255
          }
        },
        {
          "name": "status",
          "required": false,
          "schema": {
            "type": "string",
            "enum": [
              "creating",
              "available",
              "error",
              "deleting",
              "error_deleting",
              "rollbacking",
              "backing-up"
            ]
          }
        },
        {
          "name": "volume_id",
          "required": false,
          "schema": {
            "type": "string"
          }
        },
        {
          "name": "sort_dir",
          "required": false,
          "schema": {
            "type": "string",
            "enum": [
              "desc",
              "asc"
            ],
            "default": "desc"
          }
        },
        {
          "name": "sort_key",
          "required": false,
          "schema": {
            "type": "string"
          }
        },
        {
          "name": "name~",
          "required": false,
          "schema": {
            "type": "string"
          }
        },
        {
          "name": "status~",
          "required": false,
          "schema": {
            "type": "string"
          }
        },
        {
          "name": "volume_id~",
          "required": false,
          "schema": {
            "type": "string"
          }
        },
        {
          "name": "with_count",
          "required": false,
          "schema": {
            "type": "boolean"
          }
        }
      ],
      "header": [
        {
          "name": "OpenStack-API-Version",
          "required": false,
          "schema": {
            "type": "string"
          }
        },
        {
          "name": "X-Project-Id",
          "required": false,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ]
    },
    "requestBody": null,
    "query": "listCinderSnapshotsV3Query",
    "successStatus": 200,
    "successStatuses": [
      200
    ],
    "responses": {
      "200": "CinderSnapshotSummaryList",
      "400": "ErrorResponse",
      "401": "ErrorResponse",
      "403": "ErrorResponse",
      "404": "ErrorResponse",
      "405": "ErrorResponse",
      "406": "ErrorResponse",
      "407": "ErrorResponse",
      "408": "ErrorResponse",
      "409": "ErrorResponse",
      "413": "ErrorResponse",
      "414": "ErrorResponse",
      "415": "ErrorResponse",
      "429": "ErrorResponse",
      "431": "ErrorResponse",
      "500": "ErrorResponse",
      "501": "ErrorResponse",
      "502": "ErrorResponse",
      "503": "ErrorResponse",
      "504": "ErrorResponse"
    }
  },
  "createCinderSnapshotV3": {
    "method": "POST",
    "path": "/v3/{project_id}/snapshots",
    "parameters": {
      "path": [
        {
          "name": "project_id",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ],
      "query": [],
      "header": [
        {
          "name": "X-Project-Id",
          "required": false,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ]
    },
    "requestBody": "createSnapshotRequest",
    "query": null,
    "successStatus": 202,
    "successStatuses": [
      202
    ],
    "responses": {
      "202": "SnapshotResponse",
      "400": "ErrorResponse",
      "401": "ErrorResponse",
      "403": "ErrorResponse",
      "404": "ErrorResponse",
      "405": "ErrorResponse",
      "406": "ErrorResponse",
      "407": "ErrorResponse",
      "408": "ErrorResponse",
      "409": "ErrorResponse",
      "413": "ErrorResponse",
      "414": "ErrorResponse",
      "415": "ErrorResponse",
      "429": "ErrorResponse",
      "431": "ErrorResponse",
      "500": "ErrorResponse",
      "501": "ErrorResponse",
      "502": "ErrorResponse",
      "503": "ErrorResponse",
      "504": "ErrorResponse"
    }
  },
  "listCinderSnapshotsDetailV3": {
    "method": "GET",
    "path": "/v3/{project_id}/snapshots/detail",
    "parameters": {
      "path": [
        {
          "name": "project_id",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ],
      "query": [
        {
          "name": "marker",
          "required": false,
          "schema": {
            "type": "string",
            "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
          }
        },
        {
          "name": "offset",
          "required": false,
          "schema": {
            "type": "integer",
            "minimum": 0
          }
        },
        {
          "name": "limit",
          "required": false,
          "schema": {
            "type": "integer",
            "minimum": 1,
            "maximum": 1000,
            "default": 1000
          }
        },
        {
          "name": "name",
          "required": false,
          "schema": {
            "type": "string",
            "x-maxBytes": 255
          }
        },
        {
          "name": "status",
          "required": false,
          "schema": {
            "type": "string",
            "enum": [
              "creating",
              "available",
              "error",
              "deleting",
              "error_deleting",
              "rollbacking",
              "backing-up"
            ]
          }
        },
        {
          "name": "volume_id",
          "required": false,
          "schema": {
            "type": "string"
          }
        },
        {
          "name": "sort_dir",
          "required": false,
          "schema": {
            "type": "string",
            "enum": [
              "desc",
              "asc"
            ],
            "default": "desc"
          }
        }
      ],
      "header": [
        {
          "name": "OpenStack-API-Version",
          "required": false,
          "schema": {
            "type": "string"
          }
        },
        {
          "name": "X-Project-Id",
          "required": false,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ]
    },
    "requestBody": null,
    "query": "listCinderSnapshotsDetailV3Query",
    "successStatus": 200,
    "successStatuses": [
      200
    ],
    "responses": {
      "200": "CinderSnapshotList",
      "400": "ErrorResponse",
      "401": "ErrorResponse",
      "403": "ErrorResponse",
      "404": "ErrorResponse",
      "405": "ErrorResponse",
      "406": "ErrorResponse",
      "407": "ErrorResponse",
      "408": "ErrorResponse",
      "409": "ErrorResponse",
      "413": "ErrorResponse",
      "414": "ErrorResponse",
      "415": "ErrorResponse",
      "429": "ErrorResponse",
      "431": "ErrorResponse",
      "500": "ErrorResponse",
      "501": "ErrorResponse",
      "502": "ErrorResponse",
      "503": "ErrorResponse",
      "504": "ErrorResponse"
    }
  },
  "showCinderSnapshotV3": {
    "method": "GET",
    "path": "/v3/{project_id}/snapshots/{snapshot_id}",
    "parameters": {
      "path": [
        {
          "name": "project_id",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        },
        {
          "name": "snapshot_id",
          "required": true,
          "schema": {
            "type": "string",
            "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
          }
        }
      ],
      "query": [],
      "header": [
        {
          "name": "X-Project-Id",
          "required": false,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ]
    },
    "requestBody": null,
    "query": null,
    "successStatus": 200,
    "successStatuses": [
      200
    ],
    "responses": {
      "200": "SnapshotResponse",
      "400": "ErrorResponse",
      "401": "ErrorResponse",
      "403": "ErrorResponse",
      "404": "ErrorResponse",
      "405": "ErrorResponse",
      "406": "ErrorResponse",
      "407": "ErrorResponse",
      "408": "ErrorResponse",
      "409": "ErrorResponse",
      "413": "ErrorResponse",
      "414": "ErrorResponse",
      "415": "ErrorResponse",
      "429": "ErrorResponse",
      "431": "ErrorResponse",
      "500": "ErrorResponse",
      "501": "ErrorResponse",
      "502": "ErrorResponse",
      "503": "ErrorResponse",
      "504": "ErrorResponse"
    }
  },
  "updateCinderSnapshotV3": {
    "method": "PUT",
    "path": "/v3/{project_id}/snapshots/{snapshot_id}",
    "parameters": {
      "path": [
        {
          "name": "project_id",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        },
        {
          "name": "snapshot_id",
          "required": true,
          "schema": {
            "type": "string",
            "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
          }
        }
      ],
      "query": [],
      "header": [
        {
          "name": "X-Project-Id",
          "required": false,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ]
    },
    "requestBody": "updateSnapshotRequest",
    "query": null,
    "successStatus": 200,
    "successStatuses": [
      200
    ],
    "responses": {
      "200": "SnapshotResponse",
      "400": "ErrorResponse",
      "401": "ErrorResponse",
      "403": "ErrorResponse",
      "404": "ErrorResponse",
      "405": "ErrorResponse",
      "406": "ErrorResponse",
      "407": "ErrorResponse",
      "408": "ErrorResponse",
      "409": "ErrorResponse",
      "413": "ErrorResponse",
      "414": "ErrorResponse",
      "415": "ErrorResponse",
      "429": "ErrorResponse",
      "431": "ErrorResponse",
      "500": "ErrorResponse",
      "501": "ErrorResponse",
      "502": "ErrorResponse",
      "503": "ErrorResponse",
      "504": "ErrorResponse"
    }
  },
  "deleteCinderSnapshotV3": {
    "method": "DELETE",
    "path": "/v3/{project_id}/snapshots/{snapshot_id}",
    "parameters": {
      "path": [
        {
          "name": "project_id",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        },
        {
          "name": "snapshot_id",
          "required": true,
          "schema": {
            "type": "string",
            "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
          }
        }
      ],
      "query": [],
      "header": [
        {
          "name": "X-Project-Id",
          "required": false,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ]
    },
    "requestBody": null,
    "query": null,
    "successStatus": 202,
    "successStatuses": [
      202
    ],
    "responses": {
      "202": null,
      "400": "ErrorResponse",
      "401": "ErrorResponse",
      "403": "ErrorResponse",
      "404": "ErrorResponse",
      "405": "ErrorResponse",
      "406": "ErrorResponse",
      "407": "ErrorResponse",
      "408": "ErrorResponse",
      "409": "ErrorResponse",
      "413": "ErrorResponse",
      "414": "ErrorResponse",
      "415": "ErrorResponse",
      "429": "ErrorResponse",
      "431": "ErrorResponse",
      "500": "ErrorResponse",
      "501": "ErrorResponse",
      "502": "ErrorResponse",
      "503": "ErrorResponse",
      "504": "ErrorResponse"
    }
  },
  "showSnapshotMetadataV3": {
    "method": "GET",
    "path": "/v3/{project_id}/snapshots/{snapshot_id}/metadata",
    "parameters": {
      "path": [
        {
          "name": "project_id",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        },
        {
          "name": "snapshot_id",
          "required": true,
          "schema": {
            "type": "string",
            "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
          }
        }
      ],
      "query": [],
      "header": [
        {
          "name": "X-Project-Id",
          "required": false,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ]
    },
    "requestBody": null,
    "query": null,
    "successStatus": 200,
    "successStatuses": [
      200
    ],
    "responses": {
      "200": "SnapshotMetadataResponse",
      "400": "ErrorResponse",
      "401": "ErrorResponse",
      "403": "ErrorResponse",
      "404": "ErrorResponse",
      "405": "ErrorResponse",
      "406": "ErrorResponse",
      "407": "ErrorResponse",
      "408": "ErrorResponse",
      "409": "ErrorResponse",
      "413": "ErrorResponse",
      "414": "ErrorResponse",
      "415": "ErrorResponse",
      "429": "ErrorResponse",
      "431": "ErrorResponse",
      "500": "ErrorResponse",
      "501": "ErrorResponse",
      "502": "ErrorResponse",
      "503": "ErrorResponse",
      "504": "ErrorResponse"
    }
  },
  "updateSnapshotMetadataV3": {
    "method": "PUT",
    "path": "/v3/{project_id}/snapshots/{snapshot_id}/metadata",
    "parameters": {
      "path": [
        {
          "name": "project_id",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        },
        {
          "name": "snapshot_id",
          "required": true,
          "schema": {
            "type": "string",
            "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
          }
        }
      ],
      "query": [],
      "header": [
        {
          "name": "X-Project-Id",
          "required": false,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ]
    },
    "requestBody": "snapshotMetadataRequest",
    "query": null,
    "successStatus": 200,
    "successStatuses": [
      200
    ],
    "responses": {
      "200": "SnapshotMetadataResponse",
      "400": "ErrorResponse",
      "401": "ErrorResponse",
      "403": "ErrorResponse",
      "404": "ErrorResponse",
      "405": "ErrorResponse",
      "406": "ErrorResponse",
      "407": "ErrorResponse",
      "408": "ErrorResponse",
      "409": "ErrorResponse",
      "413": "ErrorResponse",
      "414": "ErrorResponse",
      "415": "ErrorResponse",
      "429": "ErrorResponse",
      "431": "ErrorResponse",
      "500": "ErrorResponse",
      "501": "ErrorResponse",
      "502": "ErrorResponse",
      "503": "ErrorResponse",
      "504": "ErrorResponse"
    }
  },
  "createSnapshotMetadataV3": {
    "method": "POST",
    "path": "/v3/{project_id}/snapshots/{snapshot_id}/metadata",
    "parameters": {
      "path": [
        {
          "name": "project_id",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        },
        {
          "name": "snapshot_id",
          "required": true,
          "schema": {
            "type": "string",
            "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
          }
        }
      ],
      "query": [],
      "header": [
        {
          "name": "X-Project-Id",
          "required": false,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ]
    },
    "requestBody": "snapshotMetadataRequest",
    "query": null,
    "successStatus": 200,
    "successStatuses": [
      200
    ],
    "responses": {
      "200": "SnapshotMetadataResponse",
      "400": "ErrorResponse",
      "401": "ErrorResponse",
      "403": "ErrorResponse",
      "404": "ErrorResponse",
      "405": "ErrorResponse",
      "406": "ErrorResponse",
      "407": "ErrorResponse",
      "408": "ErrorResponse",
      "409": "ErrorResponse",
      "413": "ErrorResponse",
      "414": "ErrorResponse",
      "415": "ErrorResponse",
      "429": "ErrorResponse",
      "431": "ErrorResponse",
      "500": "ErrorResponse",
      "501": "ErrorResponse",
      "502": "ErrorResponse",
      "503": "ErrorResponse",
      "504": "ErrorResponse"
    }
  },
  "showSnapshotMetadataItemV3": {
    "method": "GET",
    "path": "/v3/{project_id}/snapshots/{snapshot_id}/metadata/{key}",
    "parameters": {
      "path": [
        {
          "name": "project_id",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        },
        {
          "name": "snapshot_id",
          "required": true,
          "schema": {
            "type": "string",
            "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
          }
        },
        {
          "name": "key",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ],
      "query": [],
      "header": [
        {
          "name": "X-Project-Id",
          "required": false,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ]
    },
    "requestBody": null,
    "query": null,
    "successStatus": 200,
    "successStatuses": [
      200
    ],
    "responses": {
      "200": "SnapshotMetadataItemResponse",
      "400": "ErrorResponse",
      "401": "ErrorResponse",
      "403": "ErrorResponse",
      "404": "ErrorResponse",
      "405": "ErrorResponse",
      "406": "ErrorResponse",
      "407": "ErrorResponse",
      "408": "ErrorResponse",
      "409": "ErrorResponse",
      "413": "ErrorResponse",
      "414": "ErrorResponse",
      "415": "ErrorResponse",
      "429": "ErrorResponse",
      "431": "ErrorResponse",
      "500": "ErrorResponse",
      "501": "ErrorResponse",
      "502": "ErrorResponse",
      "503": "ErrorResponse",
      "504": "ErrorResponse"
    }
  },
  "updateSnapshotMetadataItemV3": {
    "method": "PUT",
    "path": "/v3/{project_id}/snapshots/{snapshot_id}/metadata/{key}",
    "parameters": {
      "path": [
        {
          "name": "project_id",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        },
        {
          "name": "snapshot_id",
          "required": true,
          "schema": {
            "type": "string",
            "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
          }
        },
        {
          "name": "key",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ],
      "query": [],
      "header": [
        {
          "name": "X-Project-Id",
          "required": false,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ]
    },
    "requestBody": "snapshotMetadataItemRequest",
    "query": null,
    "successStatus": 200,
    "successStatuses": [
      200
    ],
    "responses": {
      "200": "SnapshotMetadataItemResponse",
      "400": "ErrorResponse",
      "401": "ErrorResponse",
      "403": "ErrorResponse",
      "404": "ErrorResponse",
      "405": "ErrorResponse",
      "406": "ErrorResponse",
      "407": "ErrorResponse",
      "408": "ErrorResponse",
      "409": "ErrorResponse",
      "413": "ErrorResponse",
      "414": "ErrorResponse",
      "415": "ErrorResponse",
      "429": "ErrorResponse",
      "431": "ErrorResponse",
      "500": "ErrorResponse",
      "501": "ErrorResponse",
      "502": "ErrorResponse",
      "503": "ErrorResponse",
      "504": "ErrorResponse"
    }
  },
  "deleteSnapshotMetadataItemV3": {
    "method": "DELETE",
    "path": "/v3/{project_id}/snapshots/{snapshot_id}/metadata/{key}",
    "parameters": {
      "path": [
        {
          "name": "project_id",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        },
        {
          "name": "snapshot_id",
          "required": true,
          "schema": {
            "type": "string",
            "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
          }
        },
        {
          "name": "key",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ],
      "query": [],
      "header": [
        {
          "name": "X-Project-Id",
          "required": false,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ]
    },
    "requestBody": null,
    "query": null,
    "successStatus": 200,
    "successStatuses": [
      200
    ],
    "responses": {
      "200": null,
      "400": "ErrorResponse",
      "401": "ErrorResponse",
      "403": "ErrorResponse",
      "404": "ErrorResponse",
      "405": "ErrorResponse",
      "406": "ErrorResponse",
      "407": "ErrorResponse",
      "408": "ErrorResponse",
      "409": "ErrorResponse",
      "413": "ErrorResponse",
      "414": "ErrorResponse",
      "415": "ErrorResponse",
      "429": "ErrorResponse",
      "431": "ErrorResponse",
      "500": "ErrorResponse",
      "501": "ErrorResponse",
      "502": "ErrorResponse",
      "503": "ErrorResponse",
      "504": "ErrorResponse"
    }
  },
  "createVolume": {
    "method": "POST",
    "path": "/v2/{project_id}/cloudvolumes",
    "parameters": {
      "path": [
        {
          "name": "project_id",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ],
      "query": [],
      "header": [
        {
          "name": "X-Project-Id",
          "required": false,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ]
    },
    "requestBody": "createVolumeRequest",
    "query": null,
    "successStatus": 200,
    "successStatuses": [
      200,
      202
    ],
    "responses": {
      "200": "CreateVolumeResponse",
      "202": "CreateVolumeResponse",
      "400": "ErrorResponse",
      "401": "ErrorResponse",
      "403": "ErrorResponse",
      "404": "ErrorResponse",
      "405": "ErrorResponse",
      "406": "ErrorResponse",
      "407": "ErrorResponse",
      "408": "ErrorResponse",
      "409": "ErrorResponse",
      "413": "ErrorResponse",
      "414": "ErrorResponse",
      "415": "ErrorResponse",
      "429": "ErrorResponse",
      "431": "ErrorResponse",
      "500": "ErrorResponse",
      "501": "ErrorResponse",
      "502": "ErrorResponse",
      "503": "ErrorResponse",
      "504": "ErrorResponse"
    }
  },
  "createVolumeV21": {
    "method": "POST",
    "path": "/v2.1/{project_id}/cloudvolumes",
    "parameters": {
      "path": [
        {
          "name": "project_id",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ],
      "query": [],
      "header": [
        {
          "name": "X-Project-Id",
          "required": false,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        },
        {
          "name": "X-Client-Token",
          "required": false,
          "schema": {
            "type": "string",
            "minLength": 36,
            "maxLength": 36
          }
        }
      ]
    },
    "requestBody": "createVolumeV21Request",
    "query": null,
    "successStatus": 200,
    "successStatuses": [
      200,
      202
    ],
    "responses": {
      "200": "CreateVolumeResponse",
      "202": "CreateVolumeResponse",
      "400": "ErrorResponse",
      "401": "ErrorResponse",
      "403": "ErrorResponse",
      "404": "ErrorResponse",
      "405": "ErrorResponse",
      "406": "ErrorResponse",
      "407": "ErrorResponse",
      "408": "ErrorResponse",
      "409": "ErrorResponse",
      "413": "ErrorResponse",
      "414": "ErrorResponse",
      "415": "ErrorResponse",
      "429": "ErrorResponse",
      "431": "ErrorResponse",
      "500": "ErrorResponse",
      "501": "ErrorResponse",
      "502": "ErrorResponse",
      "503": "ErrorResponse",
      "504": "ErrorResponse"
    }
  },
  "listVolumes": {
    "method": "GET",
    "path": "/v2/{project_id}/cloudvolumes/detail",
    "parameters": {
      "path": [
        {
          "name": "project_id",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ],
      "query": [
        {
          "name": "limit",
          "required": false,
          "schema": {
            "type": "integer",
            "minimum": 1,
            "maximum": 1000,
            "default": 1000
          }
        },
        {
          "name": "marker",
          "required": false,
          "schema": {
            "type": "string",
            "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
          }
        },
        {
          "name": "offset",
          "required": false,
          "schema": {
            "type": "integer",
            "minimum": 0
          }
        },
        {
          "name": "sort_key",
          "required": false,
          "schema": {
            "type": "string",
            "enum": [
              "id",
              "status",
              "size",
              "created_at"
            ],
            "default": "created_at"
          }
        },
        {
          "name": "sort_dir",
          "required": false,
          "schema": {
            "type": "string",
            "enum": [
              "asc",
              "desc"
            ],
            "default": "desc"
          }
        },
        {
          "name": "name",
          "required": false,
          "schema": {
            "type": "string"
          }
        },
        {
          "name": "status",
          "required": false,
          "schema": {
            "type": "string",
            "enum": [
              "creating",
              "available",
              "in-use",
              "error",
              "attaching",
              "detaching",
              "restoring-backup",
              "backing-up",
              "error_restoring",
              "uploading",
              "downloading",
              "extending",
              "error_extending",
              "deleting",
              "error_deleting",
              "rollbacking",
              "error_rollbacking",
              "awaiting-transfer"
            ]
          }
        },
        {
          "name": "availability_zone",
          "required": false,
          "schema": {
            "type": "string"
          }
        },
        {
          "name": "multiattach",
          "required": false,
          "schema": {
            "type": "boolean"
          }
        },
        {
          "name": "service_type",
          "required": false,
          "schema": {
            "type": "string"
          }
        },
        {
          "name": "volume_type_id",
          "required": false,
          "schema": {
            "type": "string"
          }
        },
        {
          "name": "server_id",
          "required": false,
          "schema": {
            "type": "string"
          }
        },
        {
          "name": "metadata",
          "required": false,
          "schema": {
            "type": "string"
          }
        },
        {
          "name": "id",
          "required": false,
          "schema": {
            "type": "string"
          }
        },
        {
          "name": "not_metadata",
          "required": false,
          "schema": {
            "type": "string"
          }
        },
        {
          "name": "ids",
          "required": false,
          "schema": {
            "type": "string"
          }
        },
        {
          "name": "dedicated_storage_id",
          "required": false,
          "schema": {
            "type": "string"
          }
        },
        {
          "name": "dedicated_storage_name",
          "required": false,
          "schema": {
            "type": "string"
          }
        },
        {
          "name": "enterprise_project_id",
          "required": false,
          "schema": {
            "type": "string"
          }
        }
      ],
      "header": [
        {
          "name": "X-Project-Id",
          "required": false,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ]
    },
    "requestBody": null,
    "query": "listVolumesQuery",
    "successStatus": 200,
    "successStatuses": [
      200
    ],
    "responses": {
      "200": "VolumeList",
      "400": "ErrorResponse",
      "401": "ErrorResponse",
      "403": "ErrorResponse",
      "404": "ErrorResponse",
      "405": "ErrorResponse",
      "406": "ErrorResponse",
      "407": "ErrorResponse",
      "408": "ErrorResponse",
      "409": "ErrorResponse",
      "413": "ErrorResponse",
      "414": "ErrorResponse",
      "415": "ErrorResponse",
      "429": "ErrorResponse",
      "431": "ErrorResponse",
      "500": "ErrorResponse",
      "501": "ErrorResponse",
      "502": "ErrorResponse",
      "503": "ErrorResponse",
      "504": "ErrorResponse"
    }
  },
  "showVolume": {
    "method": "GET",
    "path": "/v2/{project_id}/cloudvolumes/{volume_id}",
    "parameters": {
      "path": [
        {
          "name": "project_id",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        },
        {
          "name": "volume_id",
          "required": true,
          "schema": {
            "type": "string",
            "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
          }
        }
      ],
      "query": [],
      "header": [
        {
          "name": "X-Project-Id",
          "required": false,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ]
    },
    "requestBody": null,
    "query": null,
    "successStatus": 200,
    "successStatuses": [
      200
    ],
    "responses": {
      "200": "VolumeResponse",
      "400": "ErrorResponse",
      "401": "ErrorResponse",
      "403": "ErrorResponse",
      "404": "ErrorResponse",
      "405": "ErrorResponse",
      "406": "ErrorResponse",
      "407": "ErrorResponse",
      "408": "ErrorResponse",
      "409": "ErrorResponse",
      "413": "ErrorResponse",
      "414": "ErrorResponse",
      "415": "ErrorResponse",
      "429": "ErrorResponse",
      "431": "ErrorResponse",
      "500": "ErrorResponse",
      "501": "ErrorResponse",
      "502": "ErrorResponse",
      "503": "ErrorResponse",
      "504": "ErrorResponse"
    }
  },
  "deleteVolume": {
    "method": "DELETE",
    "path": "/v2/{project_id}/cloudvolumes/{volume_id}",
    "parameters": {
      "path": [
        {
          "name": "project_id",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        },
        {
          "name": "volume_id",
          "required": true,
          "schema": {
            "type": "string",
            "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
          }
        }
      ],
      "query": [],
      "header": [
        {
          "name": "X-Project-Id",
          "required": false,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ]
    },
    "requestBody": null,
    "query": null,
    "successStatus": 200,
    "successStatuses": [
      200
    ],
    "responses": {
      "200": "DeleteVolumeResponse",
      "400": "ErrorResponse",
      "401": "ErrorResponse",
      "403": "ErrorResponse",
      "404": "ErrorResponse",
      "405": "ErrorResponse",
      "406": "ErrorResponse",
      "407": "ErrorResponse",
      "408": "ErrorResponse",
      "409": "ErrorResponse",
      "413": "ErrorResponse",
      "414": "ErrorResponse",
      "415": "ErrorResponse",
      "429": "ErrorResponse",
      "431": "ErrorResponse",
      "500": "ErrorResponse",
      "501": "ErrorResponse",
      "502": "ErrorResponse",
      "503": "ErrorResponse",
      "504": "ErrorResponse"
    }
  },
  "showVendorVolume": {
    "method": "GET",
    "path": "/v2/{project_id}/os-vendor-volumes/{volume_id}",
    "parameters": {
      "path": [
        {
          "name": "project_id",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        },
        {
          "name": "volume_id",
          "required": true,
          "schema": {
            "type": "string",
            "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
          }
        }
      ],
      "query": [],
      "header": [
        {
          "name": "X-Project-Id",
          "required": false,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ]
    },
    "requestBody": null,
    "query": null,
    "successStatus": 200,
    "successStatuses": [
      200
    ],
    "responses": {
      "200": "VolumeResponse",
      "400": "ErrorResponse",
      "401": "ErrorResponse",
      "403": "ErrorResponse",
      "404": "ErrorResponse",
      "405": "ErrorResponse",
      "406": "ErrorResponse",
      "407": "ErrorResponse",
      "408": "ErrorResponse",
      "409": "ErrorResponse",
      "413": "ErrorResponse",
      "414": "ErrorResponse",
      "415": "ErrorResponse",
      "429": "ErrorResponse",
      "431": "ErrorResponse",
      "500": "ErrorResponse",
      "501": "ErrorResponse",
      "502": "ErrorResponse",
      "503": "ErrorResponse",
      "504": "ErrorResponse"
    }
  },
  "showJob": {
    "method": "GET",
    "path": "/v1/{project_id}/jobs/{job_id}",
    "parameters": {
      "path": [
        {
          "name": "project_id",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        },
        {
          "name": "job_id",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1,
            "pattern": "^[0-9A-Za-z-]+$"
          }
        }
      ],
      "query": [],
      "header": [
        {
          "name": "X-Project-Id",
          "required": false,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ]
    },
    "requestBody": null,
    "query": null,
    "successStatus": 200,
    "successStatuses": [
      200
    ],
    "responses": {
      "200": "Job",
      "400": "ErrorResponse",
      "401": "ErrorResponse",
      "403": "ErrorResponse",
      "404": "ErrorResponse",
      "405": "ErrorResponse",
      "406": "ErrorResponse",
      "407": "ErrorResponse",
      "408": "ErrorResponse",
      "409": "ErrorResponse",
      "413": "ErrorResponse",
      "414": "ErrorResponse",
      "415": "ErrorResponse",
      "429": "ErrorResponse",
      "431": "ErrorResponse",
      "500": "ErrorResponse",
      "501": "ErrorResponse",
      "502": "ErrorResponse",
      "503": "ErrorResponse",
      "504": "ErrorResponse"
    }
  },
  "showQuotas": {
    "method": "GET",
    "path": "/v2/{project_id}/os-quota-sets/{target_project_id}",
    "parameters": {
      "path": [
        {
          "name": "project_id",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        },
        {
          "name": "target_project_id",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ],
      "query": [
        {
          "name": "usage",
          "required": true,
          "schema": {
            "type": "string",
            "enum": [
              "True",
              "true"
            ]
          }
        }
      ],
      "header": [
        {
          "name": "X-Project-Id",
          "required": false,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ]
    },
    "requestBody": null,
    "query": "showQuotasQuery",
    "successStatus": 200,
    "successStatuses": [
      200
    ],
    "responses": {
      "200": "QuotaSetResponse",
      "400": "ErrorResponse",
      "401": "ErrorResponse",
      "403": "ErrorResponse",
      "404": "ErrorResponse",
      "405": "ErrorResponse",
      "406": "ErrorResponse",
      "407": "ErrorResponse",
      "408": "ErrorResponse",
      "409": "ErrorResponse",
      "413": "ErrorResponse",
      "414": "ErrorResponse",
      "415": "ErrorResponse",
      "429": "ErrorResponse",
      "431": "ErrorResponse",
      "500": "ErrorResponse",
      "501": "ErrorResponse",
      "502": "ErrorResponse",
      "503": "ErrorResponse",
      "504": "ErrorResponse"
    }
  }
} as const;

export type OperationId = keyof typeof operations;

/** The request target that checks each path parameter a caller gives, by parameter name (project_id is configuration). */
export const pathParameterTargets = {
  "snapshot_id": "snapshotId",
  "volume_id": "volumeId",
  "job_id": "jobId",
  "target_project_id": "targetProjectId",
  "key": "metadataKey"
} as const;
