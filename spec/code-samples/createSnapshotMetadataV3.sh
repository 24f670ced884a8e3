curl --silent --show-error --fail-with-body -X POST "$EVS_ENDPOINT/v3/$EVS_PROJECT_ID/snapshots/$EVS_SNAPSHOT_ID/metadata" \
  -H "X-Auth-Token: $EVS_AUTH_TOKEN" \
  -H 'Content-Type: application/json' \
  -d '{"metadata": {"key1": "value1", "key2": "value2"}}'
