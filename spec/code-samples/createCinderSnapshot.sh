curl --silent --show-error --fail-with-body -X POST "$EVS_ENDPOINT/v2/$EVS_PROJECT_ID/snapshots" \
  -H "X-Auth-Token: $EVS_AUTH_TOKEN" \
  -H 'Content-Type: application/json' \
  -d '{"snapshot": {"volume_id": "'"$EVS_VOLUME_ID"'", "name": "nightly"}}'
