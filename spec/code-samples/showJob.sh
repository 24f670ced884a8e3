# Jobs live under /v1, on the same host as the rest of EVS.
curl --silent --show-error --fail-with-body "$EVS_ENDPOINT/v1/$EVS_PROJECT_ID/jobs/$EVS_JOB_ID" \
  -H "X-Auth-Token: $EVS_AUTH_TOKEN"
