#!/usr/bin/env bash
# Installs what figdiff needs to build and test on Debian 12. Idempotent: installs only what is
# missing, so it is cheap to run again (CI runs it every time).
set -euo pipefail
packages=(g++ cmake ninja-build pkg-config python3 clang-format
  libicu-dev libre2-dev libcli11-dev libfmt-dev libcld2-dev nlohmann-json3-dev
  libgettextpo-dev libpugixml-dev  # check: PO and XLIFF files
  libgtest-dev libgmock-dev libbenchmark-dev
  clang libclang-rt-14-dev llvm)  # clang: the fuzzers (scripts/run-fuzzers.sh)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "install-deps: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
