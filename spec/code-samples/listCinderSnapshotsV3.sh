curl --silent --show-error --fail-with-body "$EVS_ENDPOINT/v3/$EVS_PROJECT_ID/snapshots?status=available&limit=50" \
  -H "X-Auth-Token: $EVS_AUTH_TOKEN"
