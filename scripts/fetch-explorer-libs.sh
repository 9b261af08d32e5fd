#!/usr/bin/env bash
# Re-fetches the one third-party file the Explorer page loads (Cytoscape.js, MIT) from the npm
# registry at the pinned version, checks the package against the registry's published integrity
# and the extracted files against the sha256 sums committed beside them, and writes them into
# src/main/resources/static/explorer/lib/. No Node or npm needed: curl, tar and sha256sum/openssl.
#
#   scripts/fetch-explorer-libs.sh           # fetch, verify, (re)write the files
#   scripts/fetch-explorer-libs.sh --check   # only verify the committed files against SHA256SUMS
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=3.35.0
TARBALL="https://registry.npmjs.org/cytoscape/-/cytoscape-${VERSION}.tgz"
# dist.integrity of cytoscape@3.35.0 as the registry publishes it (npm view cytoscape@3.35.0 dist.integrity)
INTEGRITY="sha512-sMvBIXiGMnhkCaWz2R06FwF/27MNlS+Tqvi17foO9UhnUg3XGZccKjxsvEqQFAQYMSSZmN5SxYzUYlQ0DOJJ3g=="
LIB=src/main/resources/static/explorer/lib

if [[ "${1:-}" != "--check" ]]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  curl -fsSL --proto '=https' -o "$work/cytoscape.tgz" "$TARBALL"
  actual="sha512-$(openssl dgst -sha512 -binary "$work/cytoscape.tgz" | base64 -w0)"
  if [[ "$actual" != "$INTEGRITY" ]]; then
    echo "cytoscape-${VERSION}.tgz does not match the registry's integrity: got $actual" >&2
    exit 1
  fi
  tar -xzf "$work/cytoscape.tgz" -C "$work" package/dist/cytoscape.esm.min.mjs package/LICENSE
  mkdir -p "$LIB"
  cp "$work/package/dist/cytoscape.esm.min.mjs" "$LIB/cytoscape.esm.min.mjs"
  cp "$work/package/LICENSE" "$LIB/cytoscape.LICENSE"
fi

(cd "$LIB" && sha256sum --check --strict SHA256SUMS)
echo "cytoscape ${VERSION}: verified"
