# Only a disk that is not attached (available, or in an error state) can be deleted.
curl --silent --show-error --fail-with-body -X DELETE "$EVS_ENDPOINT/v2/$EVS_PROJECT_ID/cloudvolumes/$EVS_VOLUME_ID" \
  -H "X-Auth-Token: $EVS_AUTH_TOKEN"
