# usage=True is mandatory; the target project is your own.
curl --silent --show-error --fail-with-body "$EVS_ENDPOINT/v2/$EVS_PROJECT_ID/os-quota-sets/$EVS_PROJECT_ID?usage=True" \
  -H "X-Auth-Token: $EVS_AUTH_TOKEN"
