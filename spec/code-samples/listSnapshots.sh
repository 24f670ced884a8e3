curl --silent --show-error --fail-with-body "$EVS_ENDPOINT/v2/$EVS_PROJECT_ID/cloudsnapshots/detail?volume_id=$EVS_VOLUME_ID&status=available&limit=10" \
  -H "X-Auth-Token: $EVS_AUTH_TOKEN"
