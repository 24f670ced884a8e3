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
  "createVolumeRequest": {
    "type": "object",
    "required": [
      "volume"
    ],
    "additionalProperties": false,
    "properties": {
      "volume": {
        "type": "object",
        "required": [
          "availability_zone",
          "volume_type"
        ],
        "additionalProperties": false,
        "anyOf": [
          {
            "required": [
              "size"
            ],
            "x-refusal": {
              "required": {
                "class": "documented-refusal",
                "source": "Creating EVS Disks (evs_04_2013), size is mandatory unless backup_id is given; Error Codes (evs_04_0038), invalid volume size",
                "code": "EVS.1010"
              }
            }
          },
          {
            "required": [
              "backup_id"
            ],
            "x-refusal": {
              "required": {
                "class": "documented-refusal",
                "source": "Creating EVS Disks (evs_04_2013), size may be left out only with backup_id",
                "code": "EVS.1010"
              }
            }
          }
        ],
        "dependentSchemas": {
          "snapshot_id": {
            "additionalProperties": true,
            "properties": {
              "imageRef": false,
              "backup_id": false
            }
          },
          "imageRef": {
            "additionalProperties": true,
            "properties": {
              "backup_id": false
            }
          }
        },
        "properties": {
          "availability_zone": {
            "type": "string",
            "minLength": 1,
            "x-refusal": {
              "minLength": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038), AZ and volume type must not be empty or null",
                "code": "EVS.2083"
              },
              "type": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038)",
                "code": "EVS.1018"
              }
            }
          },
          "size": {
            "type": "integer",
            "minimum": 1,
            "maximum": 32768,
            "x-refusal": {
              "type": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038)",
                "code": "EVS.1018"
              },
              "minimum": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038), invalid volume size",
                "code": "EVS.1010"
              },
              "maximum": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038), invalid volume size",
                "code": "EVS.1010"
              }
            }
          },
          "volume_type": {
            "type": "string",
            "enum": [
              "ESSD",
              "GPSSD",
              "SSD",
              "SAS",
              "SATA",
              "GPSSD2",
              "ESSD2"
            ],
            "x-refusal": {
              "type": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038)",
                "code": "EVS.1018"
              },
              "enum": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038), invalid volume type",
                "code": "EVS.1020"
              }
            }
          },
          "snapshot_id": {
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
                "source": "Error Codes (evs_04_0038), invalid snapshot_id",
                "code": "EVS.2045"
              }
            }
          },
          "imageRef": {
            "type": "string",
            "minLength": 1,
            "x-refusal": {
              "minLength": {
                "class": "strictness"
              },
              "type": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038)",
                "code": "EVS.1018"
              }
            }
          },
          "backup_id": {
            "type": "string",
            "minLength": 1,
            "x-refusal": {
              "minLength": {
                "class": "strictness"
              },
              "type": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038)",
                "code": "EVS.1018"
              }
            }
          },
          "count": {
            "type": "integer",
            "minimum": 1,
            "maximum": 100,
            "default": 1,
            "x-refusal": {
              "type": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038)",
                "code": "EVS.1018"
              },
              "minimum": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038), the quantity of volume is invalid",
                "code": "EVS.1021"
              },
              "maximum": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038), the quantity of volume is invalid",
                "code": "EVS.1021"
              }
            }
          },
          "name": {
            "type": "string",
            "maxLength": 255,
            "x-refusal": {
              "type": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038)",
                "code": "EVS.1018"
              },
              "maxLength": {
                "class": "strictness"
              }
            }
          },
          "description": {
            "type": "string",
            "x-maxBytes": 255,
            "x-refusal": {
              "type": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038)",
                "code": "EVS.1018"
              },
              "x-maxBytes": {
                "class": "strictness"
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
                  "source": "Creating EVS Disks (evs_04_2013, Map<String,String>) and Error Codes (evs_04_0038)",
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
          "multiattach": {
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
          "shareable": {
            "type": "string",
            "x-refusal": {
              "type": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038)",
                "code": "EVS.1018"
              }
            }
          },
          "tags": {
            "type": "object",
            "maxProperties": 10,
            "propertyNames": {
              "pattern": "^[A-Za-z0-9_-]{1,36}$"
            },
            "additionalProperties": {
              "type": "string",
              "pattern": "^[A-Za-z0-9_-]{0,43}$",
              "x-refusal": {
                "type": {
                  "class": "documented-refusal",
                  "source": "Error Codes (evs_04_0038)",
                  "code": "EVS.1018"
                },
                "pattern": {
                  "class": "strictness"
                }
              }
            },
            "x-refusal": {
              "type": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038)",
                "code": "EVS.1018"
              },
              "maxProperties": {
                "class": "strictness"
              },
              "propertyNames": {
                "class": "strictness"
              }
            }
          },
          "enterprise_project_id": {
            "type": "string",
            "x-refusal": {
              "type": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038)",
                "code": "EVS.1018"
              }
            }
          },
          "iops": {
            "type": "integer",
            "x-refusal": {
              "type": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038)",
                "code": "EVS.1018"
              }
            }
          },
          "throughput": {
            "type": "integer",
            "x-refusal": {
              "type": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038)",
                "code": "EVS.1018"
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
            "source": "Error Codes (evs_04_0038), AZ and volume type must not be empty or null",
            "code": "EVS.2083"
          },
          "additionalProperties": {
            "class": "strictness"
          },
          "dependentSchemas": {
            "class": "documented-refusal",
            "source": "Error Codes (evs_04_0038), may specify only one of imageRef, snapshot_id, backup_id",
            "code": "EVS.1016"
          }
        }
      }
    },
    "x-refusal": {
      "required": {
        "class": "documented-refusal",
        "source": "Creating EVS Disks (evs_04_2013), volume is mandatory",
        "code": "400"
      },
      "additionalProperties": {
        "class": "strictness"
      }
    }
  },
  "createVolumeV21Request": {
    "type": "object",
    "required": [
      "volume"
    ],
    "additionalProperties": false,
    "properties": {
      "volume": {
        "type": "object",
        "required": [
          "availability_zone",
          "volume_type"
        ],
        "additionalProperties": false,
        "anyOf": [
          {
            "required": [
              "size"
            ],
            "x-refusal": {
              "required": {
                "class": "documented-refusal",
                "source": "Creating EVS Disks (evs_04_2013), size is mandatory unless backup_id is given; Error Codes (evs_04_0038), invalid volume size",
                "code": "EVS.1010"
              }
            }
          },
          {
            "required": [
              "backup_id"
            ],
            "x-refusal": {
              "required": {
                "class": "documented-refusal",
                "source": "Creating EVS Disks (evs_04_2013), size may be left out only with backup_id",
                "code": "EVS.1010"
              }
            }
          }
        ],
        "dependentSchemas": {
          "snapshot_id": {
            "additionalProperties": true,
            "properties": {
              "imageRef": false,
              "backup_id": false
            }
          },
          "imageRef": {
            "additionalProperties": true,
            "properties": {
              "backup_id": false
            }
          }
        },
        "properties": {
          "availability_zone": {
            "type": "string",
            "minLength": 1,
            "x-refusal": {
              "minLength": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038), AZ and volume type must not be empty or null",
                "code": "EVS.2083"
              },
              "type": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038)",
                "code": "EVS.1018"
              }
            }
          },
          "size": {
            "type": "integer",
            "minimum": 1,
            "maximum": 32768,
            "x-refusal": {
              "type": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038)",
                "code": "EVS.1018"
              },
              "minimum": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038), invalid volume size",
                "code": "EVS.1010"
              },
              "maximum": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038), invalid volume size",
                "code": "EVS.1010"
              }
            }
          },
          "volume_type": {
            "type": "string",
            "enum": [
              "ESSD",
              "GPSSD",
              "SSD",
              "SAS",
              "SATA",
              "GPSSD2",
              "ESSD2"
            ],
            "x-refusal": {
              "type": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038)",
                "code": "EVS.1018"
              },
              "enum": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038), invalid volume type",
                "code": "EVS.1020"
              }
            }
          },
          "snapshot_id": {
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
                "source": "Error Codes (evs_04_0038), invalid snapshot_id",
                "code": "EVS.2045"
              }
            }
          },
          "imageRef": {
            "type": "string",
            "minLength": 1,
            "x-refusal": {
              "minLength": {
                "class": "strictness"
              },
              "type": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038)",
                "code": "EVS.1018"
              }
            }
          },
          "backup_id": {
            "type": "string",
            "minLength": 1,
            "x-refusal": {
              "minLength": {
                "class": "strictness"
              },
              "type": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038)",
                "code": "EVS.1018"
              }
            }
          },
          "count": {
            "type": "integer",
            "minimum": 1,
            "maximum": 100,
            "default": 1,
            "x-refusal": {
              "type": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038)",
                "code": "EVS.1018"
              },
              "minimum": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038), the quantity of volume is invalid",
                "code": "EVS.1021"
              },
              "maximum": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038), the quantity of volume is invalid",
                "code": "EVS.1021"
              }
            }
          },
          "name": {
            "type": "string",
            "maxLength": 255,
            "x-refusal": {
              "type": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038)",
                "code": "EVS.1018"
              },
              "maxLength": {
                "class": "strictness"
              }
            }
          },
          "description": {
            "type": "string",
            "x-maxBytes": 255,
            "x-refusal": {
              "type": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038)",
                "code": "EVS.1018"
              },
              "x-maxBytes": {
                "class": "strictness"
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
                  "source": "Creating EVS Disks (evs_04_2013, Map<String,String>) and Error Codes (evs_04_0038)",
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
          "multiattach": {
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
          "shareable": {
            "type": "string",
            "x-refusal": {
              "type": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038)",
                "code": "EVS.1018"
              }
            }
          },
          "tags": {
            "type": "object",
            "maxProperties": 10,
            "propertyNames": {
              "pattern": "^[A-Za-z0-9_-]{1,36}$"
            },
            "additionalProperties": {
              "type": "string",
              "pattern": "^[A-Za-z0-9_-]{0,43}$",
              "x-refusal": {
                "type": {
                  "class": "documented-refusal",
                  "source": "Error Codes (evs_04_0038)",
                  "code": "EVS.1018"
                },
                "pattern": {
                  "class": "strictness"
                }
              }
            },
            "x-refusal": {
              "type": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038)",
                "code": "EVS.1018"
              },
              "maxProperties": {
                "class": "strictness"
              },
              "propertyNames": {
                "class": "strictness"
              }
            }
          },
          "enterprise_project_id": {
            "type": "string",
            "x-refusal": {
              "type": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038)",
                "code": "EVS.1018"
              }
            }
          },
          "iops": {
            "type": "integer",
            "x-refusal": {
              "type": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038)",
                "code": "EVS.1018"
              }
            }
          },
          "throughput": {
            "type": "integer",
            "x-refusal": {
              "type": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038)",
                "code": "EVS.1018"
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
            "source": "Error Codes (evs_04_0038), AZ and volume type must not be empty or null",
            "code": "EVS.2083"
          },
          "additionalProperties": {
            "class": "strictness"
          },
          "dependentSchemas": {
            "class": "documented-refusal",
            "source": "Error Codes (evs_04_0038), may specify only one of imageRef, snapshot_id, backup_id",
            "code": "EVS.1016"
          }
        }
      },
      "bssParam": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "chargingMode": {
            "type": "string",
            "enum": [
              "postPaid",
              "prePaid"
            ],
            "default": "postPaid",
            "x-refusal": {
              "type": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038)",
                "code": "EVS.1018"
              },
              "enum": {
                "class": "strictness"
              }
            }
          },
          "isAutoPay": {
            "type": "string",
            "enum": [
              "true",
              "false"
            ],
            "default": "false",
            "x-refusal": {
              "type": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038)",
                "code": "EVS.1018"
              },
              "enum": {
                "class": "strictness"
              }
            }
          },
          "isAutoRenew": {
            "type": "string",
            "enum": [
              "true",
              "false"
            ],
            "default": "false",
            "x-refusal": {
              "type": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038)",
                "code": "EVS.1018"
              },
              "enum": {
                "class": "strictness"
              }
            }
          },
          "periodType": {
            "type": "string",
            "enum": [
              "month",
              "year"
            ],
            "x-refusal": {
              "type": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038)",
                "code": "EVS.1018"
              },
              "enum": {
                "class": "strictness"
              }
            }
          },
          "periodNum": {
            "type": "integer",
            "minimum": 1,
            "maximum": 9,
            "x-refusal": {
              "type": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038)",
                "code": "EVS.1018"
              },
              "minimum": {
                "class": "strictness"
              },
              "maximum": {
                "class": "strictness"
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
      },
      "server_id": {
        "type": "string",
        "minLength": 1,
        "x-refusal": {
          "minLength": {
            "class": "strictness"
          },
          "type": {
            "class": "documented-refusal",
            "source": "Error Codes (evs_04_0038)",
            "code": "EVS.1018"
          }
        }
      },
      "OS-SCH-HNT:scheduler_hints": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "dedicated_storage_id": {
            "type": "string",
            "x-refusal": {
              "type": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038)",
                "code": "EVS.1018"
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
        "source": "Creating EVS Disks on Huawei Cloud (evs_04_2003), volume is mandatory",
        "code": "400"
      },
      "additionalProperties": {
        "class": "strictness"
      }
    }
  },
  "snapshotMetadataRequest": {
    "type": "object",
    "required": [
      "metadata"
    ],
    "additionalProperties": false,
    "properties": {
      "metadata": {
        "allOf": [
          {
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
          {
            "type": "object",
            "additionalProperties": true,
            "propertyNames": {
              "pattern": "^(?!__system__)"
            },
            "x-refusal": {
              "propertyNames": {
                "class": "strictness"
              }
            }
          }
        ]
      }
    },
    "x-refusal": {
      "required": {
        "class": "documented-refusal",
        "source": "Adding Metadata of an EVS Snapshot (evs_04_2099) and Updating the Metadata of an EVS Snapshot (evs_04_2102), metadata is mandatory",
        "code": "400"
      },
      "additionalProperties": {
        "class": "strictness"
      }
    }
  },
  "snapshotMetadataItemRequest": {
    "type": "object",
    "required": [
      "meta"
    ],
    "additionalProperties": false,
    "properties": {
      "meta": {
        "allOf": [
          {
            "type": "object",
            "minProperties": 1,
            "maxProperties": 1,
            "additionalProperties": {
              "type": "string",
              "x-refusal": {
                "type": {
                  "class": "documented-refusal",
                  "source": "Error Codes (evs_04_0038)",
                  "code": "EVS.1018"
                }
              }
            },
            "x-refusal": {
              "type": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038)",
                "code": "EVS.1018"
              },
              "minProperties": {
                "class": "documented-refusal",
                "source": "Error Codes (evs_04_0038), EVS.5400 Request body and URI mismatch (the path's key is not in the body)",
                "code": "EVS.5400"
              },
              "maxProperties": {
                "class": "strictness"
              }
            }
          },
          {
            "allOf": [
              {
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
              {
                "type": "object",
                "additionalProperties": true,
                "propertyNames": {
                  "pattern": "^(?!__system__)"
                },
                "x-refusal": {
                  "propertyNames": {
                    "class": "strictness"
                  }
                }
              }
            ]
          }
        ]
      }
    },
    "x-refusal": {
      "required": {
        "class": "documented-refusal",
        "source": "Updating One Piece of Metadata for an EVS Snapshot (evs_04_2101), meta is mandatory",
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
          "type": {
            "class": "documented-refusal",
            "source": "Error Codes (evs_04_0038)",
            "code": "EVS.1018"
          },
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
  "listVolumesQuery": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
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
          "type": {
            "class": "documented-refusal",
            "source": "Error Codes (evs_04_0038)",
            "code": "EVS.1018"
          },
          "pattern": {
            "class": "documented-refusal",
            "source": "Error Codes (evs_04_0038), invalid filter marker",
            "code": "EVS.1024"
          }
        }
      },
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
      "sort_key": {
        "type": "string",
        "enum": [
          "id",
          "status",
          "size",
          "created_at"
        ],
        "default": "created_at",
        "x-refusal": {
          "enum": {
            "class": "documented-refusal",
            "source": "Error Codes (evs_04_0038), invalid sort_key",
            "code": "EVS.1039"
          }
        }
      },
      "sort_dir": {
        "type": "string",
        "enum": [
          "asc",
          "desc"
        ],
        "default": "desc",
        "x-refusal": {
          "enum": {
            "class": "documented-refusal",
            "source": "Error Codes (evs_04_0038), invalid sort_dir",
            "code": "EVS.1040"
          }
        }
      },
      "name": {
        "type": "string"
      },
      "status": {
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
        ],
        "x-refusal": {
          "enum": {
            "class": "strictness"
          }
        }
      },
      "availability_zone": {
        "type": "string"
      },
      "multiattach": {
        "type": "boolean",
        "x-refusal": {
          "type": {
            "class": "strictness"
          }
        }
      },
      "service_type": {
        "type": "string"
      },
      "volume_type_id": {
        "type": "string"
      },
      "server_id": {
        "type": "string"
      },
      "metadata": {
        "type": "string"
      },
      "id": {
        "type": "string"
      },
      "not_metadata": {
        "type": "string"
      },
      "ids": {
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
  "showQuotasQuery": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "usage": {
        "type": "string",
        "enum": [
          "True",
          "true"
        ],
        "x-refusal": {
          "enum": {
            "class": "strictness"
          }
        }
      }
    },
    "required": [
      "usage"
    ],
    "x-refusal": {
      "required": {
        "class": "strictness"
      }
    }
  },
  "listCinderSnapshotsQuery": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "marker": {
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
            "source": "Error Codes (evs_04_0038), invalid filter marker",
            "code": "EVS.1024"
          }
        }
      },
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
      "name": {
        "type": "string",
        "x-maxBytes": 255,
        "x-refusal": {
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
      }
    }
  },
  "listCinderSnapshotsDetailQuery": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "marker": {
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
            "source": "Error Codes (evs_04_0038), invalid filter marker",
            "code": "EVS.1024"
          }
        }
      },
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
      "name": {
        "type": "string",
        "x-maxBytes": 255,
        "x-refusal": {
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
      }
    }
  },
  "listCinderSnapshotsV3Query": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "marker": {
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
            "source": "Error Codes (evs_04_0038), invalid filter marker",
            "code": "EVS.1024"
          }
        }
      },
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
      "name": {
        "type": "string",
        "x-maxBytes": 255,
        "x-refusal": {
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
      "sort_dir": {
        "type": "string",
        "enum": [
          "desc",
          "asc"
        ],
        "default": "desc",
        "x-refusal": {
          "enum": {
            "class": "documented-refusal",
            "source": "Error Codes (evs_04_0038), invalid sort_dir",
            "code": "EVS.1040"
          }
        }
      },
      "sort_key": {
        "type": "string"
      },
      "name~": {
        "type": "string"
      },
      "status~": {
        "type": "string"
      },
      "volume_id~": {
        "type": "string"
      },
      "with_count": {
        "type": "boolean",
        "x-refusal": {
          "type": {
            "class": "strictness"
          }
        }
      }
    }
  },
  "listCinderSnapshotsDetailV3Query": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "marker": {
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
            "source": "Error Codes (evs_04_0038), invalid filter marker",
            "code": "EVS.1024"
          }
        }
      },
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
      "name": {
        "type": "string",
        "x-maxBytes": 255,
        "x-refusal": {
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
      "sort_dir": {
        "type": "string",
        "enum": [
          "desc",
          "asc"
        ],
        "default": "desc",
        "x-refusal": {
          "enum": {
            "class": "documented-refusal",
            "source": "Error Codes (evs_04_0038), invalid sort_dir",
            "code": "EVS.1040"
          }
        }
      }
    }
  },
  "snapshotId": {
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
        "source": "Error Codes (evs_04_0038), invalid snapshot_id",
        "code": "EVS.2045"
      }
    }
  },
  "volumeId": {
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
  "jobId": {
    "type": "string",
    "minLength": 1,
    "pattern": "^[0-9A-Za-z-]+$",
    "x-refusal": {
      "minLength": {
        "class": "documented-refusal",
        "source": "Error Codes (evs_04_0038), No jobs found",
        "code": "Common.0011"
      },
      "pattern": {
        "class": "documented-refusal",
        "source": "Error Codes (evs_04_0038), query job fail",
        "code": "Common.0011"
      }
    }
  },
  "targetProjectId": {
    "type": "string",
    "minLength": 1,
    "x-refusal": {
      "minLength": {
        "class": "strictness"
      }
    }
  },
  "metadataKey": {
    "type": "string",
    "minLength": 1,
    "x-refusal": {
      "minLength": {
        "class": "strictness"
      }
    }
  }
} as const;
