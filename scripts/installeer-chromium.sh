#!/usr/bin/env bash
# Debian's chromium voor de browsertests; alleen installeren als hij ontbreekt.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  echo "chromium is er al: $(/usr/bin/chromium --version 2>/dev/null || echo onbekend)"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "chromium ontbreekt; installeer als root: apt-get install chromium" >&2
  exit 2
fi
echo "chromium ontbreekt; ik installeer het Debian-pakket chromium."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
echo "chromium geïnstalleerd: $(/usr/bin/chromium --version)"
