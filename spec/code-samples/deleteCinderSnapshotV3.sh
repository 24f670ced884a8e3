curl --silent --show-error --fail-with-body -X DELETE "$EVS_ENDPOINT/v3/$EVS_PROJECT_ID/snapshots/$EVS_SNAPSHOT_ID" \
  -H "X-Auth-Token: $EVS_AUTH_TOKEN"
