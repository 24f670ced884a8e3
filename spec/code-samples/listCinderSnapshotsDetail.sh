curl --silent --show-error --fail-with-body "$EVS_ENDPOINT/v2/$EVS_PROJECT_ID/snapshots/detail?volume_id=$EVS_VOLUME_ID&limit=50" \
  -H "X-Auth-Token: $EVS_AUTH_TOKEN"
