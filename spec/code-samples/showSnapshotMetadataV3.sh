curl --silent --show-error --fail-with-body "$EVS_ENDPOINT/v3/$EVS_PROJECT_ID/snapshots/$EVS_SNAPSHOT_ID/metadata" \
  -H "X-Auth-Token: $EVS_AUTH_TOKEN"
