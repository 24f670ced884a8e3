/**
 * The request targets' schemas, $refs inlined, annotations dropped; each `x-refusal` record
 * as the check class of its rule (documented-refusal or strictness).
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
            "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$",
            "x-refusal": {
              "type": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038)",
                "code": "EVS.1018"
              },
              "pattern": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038), invalid volume id",
                "code": "EVS.1002"
              }
            }
          },
          "force": {
            "type": "boolean",
            "default": false,
            "x-refusal": {
              "type": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038)",
                "code": "EVS.1018"
              }
            }
          },
          "metadata": {
            "type": "object",
            "additionalProperties": {
              "type": "string",
              "x-refusal": {
                "type": {
                  "class": "documented-refusal",
                  "source": "Creating an EVS Snapshot on Huawei Cloud (evs_04_2016, Map<String,String>) and Error Codes (evs_04_0038)",
                  "code": "EVS.1018"
                }
              }
            },
            "x-maxJsonBytes": 1048575,
            "x-refusal": {
              "type": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038)",
                "code": "EVS.1018"
              },
              "x-maxJsonBytes": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038), size of metadata is too large",
                "code": "EVS.1005"
              }
            }
          },
          "description": {
            "anyOf": [
              {
                "type": "string",
                "maxLength": 255,
                "x-maxBytes": 255,
                "x-refusal": {
                  "type": {
                    "class": "documented-refusal",
                    "source": "Error Codes (evs_04_0038)",
                    "code": "EVS.1018"
                  },
                  "maxLength": {
                    "class": "documented-refusal",
                    "source": "Creating (evs_04_2016) and Updating (evs_04_2018) an EVS Snapshot, at most 255 bytes",
                    "code": "400"
                  },
                  "x-maxBytes": {
                    "class": "documented-refusal",
                    "source": "Creating (evs_04_2016) and Updating (evs_04_2018) an EVS Snapshot, at most 255 bytes",
                    "code": "400"
                  }
                }
              },
              {
                "type": "null"
              }
            ],
            "x-refusal": {
              "type": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038)",
                "code": "EVS.1018"
              }
            }
          },
          "name": {
            "type": "string",
            "maxLength": 255,
            "x-maxBytes": 255,
            "x-reservedPrefix": "autobk_snapshot_",
            "x-refusal": {
              "type": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038)",
                "code": "EVS.1018"
              },
              "maxLength": {
                "class": "documented-refusal",
                "source": "Creating (evs_04_2016) and Updating (evs_04_2018) an EVS Snapshot, at most 255 bytes",
                "code": "400"
              },
              "x-maxBytes": {
                "class": "documented-refusal",
                "source": "Creating (evs_04_2016) and Updating (evs_04_2018) an EVS Snapshot, at most 255 bytes",
                "code": "400"
              }
            }
          }
        },
        "x-refusal": {
          "type": {
            "class": "documented-refusal",
            "source": "Error Codes (evs_04_0038)",
            "code": "EVS.1018"
          },
          "required": {
            "class": "documented-refusal",
            "source": "Creating an EVS Snapshot (evs_04_2016), volume_id is mandatory",
            "code": "400"
          },
          "additionalProperties": {
            "class": "strictness"
          }
        }
      }
    },
    "x-refusal": {
      "required": {
        "class": "documented-refusal",
        "source": "Creating an EVS Snapshot (evs_04_2016), snapshot is mandatory",
        "code": "400"
      },
      "additionalProperties": {
        "class": "strictness"
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
            "x-reservedPrefix": "autobk_snapshot_",
            "x-refusal": {
              "type": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038)",
                "code": "EVS.1018"
              },
              "maxLength": {
                "class": "documented-refusal",
                "source": "Creating (evs_04_2016) and Updating (evs_04_2018) an EVS Snapshot, at most 255 bytes",
                "code": "400"
              },
              "x-maxBytes": {
                "class": "documented-refusal",
                "source": "Creating (evs_04_2016) and Updating (evs_04_2018) an EVS Snapshot, at most 255 bytes",
                "code": "400"
              }
            }
          },
          "description": {
            "type": "string",
            "maxLength": 255,
            "x-maxBytes": 255,
            "x-refusal": {
              "type": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038)",
                "code": "EVS.1018"
              },
              "maxLength": {
                "class": "documented-refusal",
                "source": "Creating (evs_04_2016) and Updating (evs_04_2018) an EVS Snapshot, at most 255 bytes",
                "code": "400"
              },
              "x-maxBytes": {
                "class": "documented-refusal",
                "source": "Creating (evs_04_2016) and Updating (evs_04_2018) an EVS Snapshot, at most 255 bytes",
                "code": "400"
              }
            }
          }
        },
        "x-refusal": {
          "type": {
            "class": "documented-refusal",
            "source": "Error Codes (evs_04_0038)",
            "code": "EVS.1018"
          },
          "additionalProperties": {
            "class": "strictness"
          }
        }
      }
    },
    "x-refusal": {
      "required": {
        "class": "documented-refusal",
        "source": "Updating an EVS Snapshot (evs_04_2018), snapshot is mandatory",
        "code": "400"
      },
      "additionalProperties": {
        "class": "strictness"
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
            "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$",
            "x-refusal": {
              "type": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038)",
                "code": "EVS.1018"
              },
              "pattern": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038), invalid volume id",
                "code": "EVS.1002"
              }
            }
          },
          "name": {
            "type": "string",
            "maxLength": 255,
            "x-maxBytes": 255,
            "x-refusal": {
              "type": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038)",
                "code": "EVS.1018"
              },
              "maxLength": {
                "class": "documented-refusal",
                "source": "Rolling Back Data from a Snapshot (evs_04_2020), at most 255 bytes",
                "code": "400"
              },
              "x-maxBytes": {
                "class": "documented-refusal",
                "source": "Rolling Back Data from a Snapshot (evs_04_2020), at most 255 bytes",
                "code": "400"
              }
            }
          }
        },
        "x-refusal": {
          "type": {
            "class": "documented-refusal",
            "source": "Error Codes (evs_04_0038)",
            "code": "EVS.1018"
          },
          "required": {
            "class": "documented-refusal",
            "source": "Rolling Back Data from a Snapshot (evs_04_2020), volume_id is mandatory",
            "code": "400"
          },
          "additionalProperties": {
            "class": "strictness"
          }
        }
      }
    },
    "x-refusal": {
      "required": {
        "class": "documented-refusal",
        "source": "Rolling Back Data from a Snapshot (evs_04_2020), rollback is mandatory",
        "code": "400"
      },
      "additionalProperties": {
        "class": "strictness"
      }
    }
  },
  "listSnapshotsQuery": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "offset": {
        "type": "integer",
        "minimum": 0,
        "x-refusal": {
          "type": {
            "class": "documented-refusal",
            "source": "Error Codes (evs_04_0038), offset param must be an integer",
            "code": "EVS.5400"
          },
          "minimum": {
            "class": "strictness"
          }
        }
      },
      "limit": {
        "type": "integer",
        "minimum": 1,
        "maximum": 1000,
        "default": 1000,
        "x-refusal": {
          "type": {
            "class": "documented-refusal",
            "source": "Error Codes (evs_04_0038), limit param must be an integer",
            "code": "EVS.5400"
          },
          "minimum": {
            "class": "documented-refusal",
            "source": "Error Codes (evs_04_0038), invalid filter limit",
            "code": "EVS.1023"
          },
          "maximum": {
            "class": "documented-refusal",
            "source": "Error Codes (evs_04_0038), limit cannot be greater than 1000",
            "code": "EVS.2142"
          }
        }
      },
      "marker": {
        "type": "string",
        "format": "uuid",
        "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$",
        "x-refusal": {
          "pattern": {
            "class": "documented-refusal",
            "source": "Error Codes (evs_04_0038), invalid filter marker",
            "code": "EVS.1024"
          }
        }
      },
      "sort_key": {
        "type": "string",
        "minLength": 1,
        "x-refusal": {
          "minLength": {
            "class": "strictness"
          }
        }
      },
      "sort_dir": {
        "type": "string",
        "enum": [
          "asc",
          "desc"
        ],
        "x-refusal": {
          "enum": {
            "class": "documented-refusal",
            "source": "Error Codes (evs_04_0038), invalid sort_dir",
            "code": "EVS.1040"
          }
        }
      },
      "name": {
        "type": "string",
        "maxLength": 255,
        "x-maxBytes": 255,
        "x-refusal": {
          "maxLength": {
            "class": "strictness"
          },
          "x-maxBytes": {
            "class": "strictness"
          }
        }
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
        ],
        "x-refusal": {
          "enum": {
            "class": "strictness"
          }
        }
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
    "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$",
    "x-refusal": {
      "pattern": {
        "class": "documented-refusal",
        "source": "Error Codes (evs_04_0038), invalid snapshot_id",
        "code": "EVS.2045"
      }
    }
  }
} as const;
