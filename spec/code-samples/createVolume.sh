# Restores a snapshot to a new disk; the answer names the job that creates it.
curl --silent --show-error --fail-with-body -X POST "$EVS_ENDPOINT/v2/$EVS_PROJECT_ID/cloudvolumes" \
  -H "X-Auth-Token: $EVS_AUTH_TOKEN" \
  -H 'Content-Type: application/json' \
  -d '{"volume": {"availability_zone": "eu-de-01", "volume_type": "SSD", "size": 10, "snapshot_id": "'"$EVS_SNAPSHOT_ID"'"}}'
