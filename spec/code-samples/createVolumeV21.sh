# Huawei Cloud's create; X-Client-Token makes a repeated request return the first answer.
curl --silent --show-error --fail-with-body -X POST "$EVS_ENDPOINT/v2.1/$EVS_PROJECT_ID/cloudvolumes" \
  -H "X-Auth-Token: $EVS_AUTH_TOKEN" \
  -H "X-Client-Token: $(cat /proc/sys/kernel/random/uuid)" \
  -H 'Content-Type: application/json' \
  -d '{"volume": {"availability_zone": "eu-west-101a", "volume_type": "SSD", "size": 10, "snapshot_id": "'"$EVS_SNAPSHOT_ID"'", "metadata": {"create_for_volume_id": "true"}}}'
