curl --silent --show-error --fail-with-body -X PUT "$EVS_ENDPOINT/v3/$EVS_PROJECT_ID/snapshots/$EVS_SNAPSHOT_ID" \
  -H "X-Auth-Token: $EVS_AUTH_TOKEN" \
  -H 'Content-Type: application/json' \
  -d '{"snapshot": {"name": "snap-001", "description": "Daily backup"}}'
