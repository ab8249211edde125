#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

# Debian's chromium voor de browsertests (Playwright start /usr/bin/chromium); alleen installeren als hij ontbreekt.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  echo "chromium is er al: $(/usr/bin/chromium --version 2>/dev/null || echo 'versie onbekend')"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "chromium ontbreekt; installeer het als root: apt-get install chromium" >&2
  exit 2
fi
export DEBIAN_FRONTEND=noninteractive
# apt-get update alleen als de pakketlijst chromium nog niet kent (verse container)
if ! apt-cache policy chromium 2>/dev/null | grep -q 'Candidate: [0-9]'; then
  apt-get update -qq >/dev/null
fi
apt-get install -y -qq chromium >/dev/null
echo "chromium geïnstalleerd: $(/usr/bin/chromium --version 2>/dev/null || echo 'versie onbekend')"
