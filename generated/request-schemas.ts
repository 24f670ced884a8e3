/**
 * The request targets' schemas, $refs inlined, annotations dropped.
 * Generated from spec/ by `npm run build`; do not edit by hand.
 */

export const requestSchemas = {
  "createSnapshotRequest": {
    "type": "object",
    "required": [
      "snapshot"
    ],
    "additionalProperties": false,
    "properties": {
      "snapshot": {
        "type": "object",
        "required": [
          "volume_id"
        ],
        "additionalProperties": false,
        "properties": {
          "volume_id": {
            "type": "string",
            "format": "uuid",
            "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
          },
          "force": {
            "type": "boolean",
            "default": false
          },
          "metadata": {
            "type": "object",
            "additionalProperties": {
              "type": "string"
            },
            "x-maxJsonBytes": 1048575
          },
          "description": {
            "anyOf": [
              {
                "type": "string",
                "maxLength": 255,
                "x-maxBytes": 255
              },
              {
                "type": "null"
              }
            ]
          },
          "name": {
            "type": "string",
            "maxLength": 255,
            "x-maxBytes": 255,
            "x-reservedPrefix": "autobk_snapshot_"
          }
        }
      }
    }
  },
  "updateSnapshotRequest": {
    "type": "object",
    "required": [
      "snapshot"
    ],
    "additionalProperties": false,
    "properties": {
      "snapshot": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "name": {
            "type": "string",
            "maxLength": 255,
            "x-maxBytes": 255,
            "x-reservedPrefix": "autobk_snapshot_"
          },
          "description": {
            "type": "string",
            "maxLength": 255,
            "x-maxBytes": 255
          }
        }
      }
    }
  },
  "rollbackRequest": {
    "type": "object",
    "required": [
      "rollback"
    ],
    "additionalProperties": false,
    "properties": {
      "rollback": {
        "type": "object",
        "required": [
          "volume_id"
        ],
        "additionalProperties": false,
        "properties": {
          "volume_id": {
            "type": "string",
            "format": "uuid",
            "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
          },
          "name": {
            "type": "string",
            "maxLength": 255,
            "x-maxBytes": 255
          }
        }
      }
    }
  },
  "listSnapshotsQuery": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "offset": {
        "type": "integer",
        "minimum": 0
      },
      "limit": {
        "type": "integer",
        "minimum": 1,
        "maximum": 1000,
        "default": 1000
      },
      "marker": {
        "type": "string",
        "format": "uuid",
        "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
      },
      "sort_key": {
        "type": "string",
        "minLength": 1
      },
      "sort_dir": {
        "type": "string",
        "enum": [
          "asc",
          "desc"
        ]
      },
      "name": {
        "type": "string",
        "maxLength": 255,
        "x-maxBytes": 255
      },
      "status": {
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
      },
      "volume_id": {
        "type": "string"
      },
      "availability_zone": {
        "type": "string"
      },
      "id": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "service_type": {
        "type": "string"
      },
      "dedicated_storage_id": {
        "type": "string"
      },
      "dedicated_storage_name": {
        "type": "string"
      },
      "enterprise_project_id": {
        "type": "string"
      }
    }
  },
  "snapshotId": {
    "type": "string",
    "format": "uuid",
    "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
  }
} as const;
