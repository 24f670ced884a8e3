# Overwrites the source disk with the snapshot: everything written since is lost.
curl --silent --show-error --fail-with-body -X POST "$EVS_ENDPOINT/v2/$EVS_PROJECT_ID/cloudsnapshots/$EVS_SNAPSHOT_ID/rollback" \
  -H "X-Auth-Token: $EVS_AUTH_TOKEN" \
  -H 'Content-Type: application/json' \
  -d '{"rollback": {"volume_id": "'"$EVS_VOLUME_ID"'"}}'
