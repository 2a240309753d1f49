#!/usr/bin/env bash
# S3-compatible storage: build, then upload with the site's caching and content types (npm run s3-sync).
# Usage: BUCKET=s3://guide.my-clinic.example [CLINIC=<id>] [ENDPOINT_URL=https://…] examples/deploy/s3-deploy.sh
# Needs the AWS CLI, signed in. For Cloudflare R2, MinIO or Backblaze B2 set ENDPOINT_URL.
# Storage sends no security headers: put a CDN in front that adds them (see README, "Deploy").
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${BUCKET:?Set BUCKET to s3://<bucket>[/<prefix>]}"
CLINIC="${CLINIC:-}"
# npm run build reads CLINIC itself: empty builds the default site.
npm run build
npm run s3-sync -- "$BUCKET" ${CLINIC:+--clinic "$CLINIC"} ${ENDPOINT_URL:+--endpoint-url "$ENDPOINT_URL"}
