curl --silent --show-error --fail-with-body -X PUT "$EVS_ENDPOINT/v2/$EVS_PROJECT_ID/snapshots/$EVS_SNAPSHOT_ID/metadata/key1" \
  -H "X-Auth-Token: $EVS_AUTH_TOKEN" \
  -H 'Content-Type: application/json' \
  -d '{"meta": {"key1": "value1"}}'
