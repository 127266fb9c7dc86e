#!/usr/bin/env bash
# Finds the Chromium the browser tests run in (never downloads one through npm), installs it with
# the pinned screenshot fonts on Debian when running as root, then runs the given command with
# CHROMIUM_PATH exported for vitest.config.ts.
#   usage: scripts/ensure-chromium.sh vitest run
set -euo pipefail

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

# Screenshots are compared pixel for pixel, so they need the very fonts the baselines were made
# with: DejaVu Sans (Latin, Arabic, Hebrew) and Droid Sans Fallback (Japanese and other CJK text).
FONT_PACKAGES="fonts-dejavu-core fonts-droid-fallback"
font_present() {
  if command -v fc-list >/dev/null 2>&1; then
    local families
    families="$(fc-list : family)"
    grep -qx 'DejaVu Sans' <<<"$families" && grep -qx 'Droid Sans Fallback' <<<"$families"
  else
    [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] && [ -f /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf ]
  fi
}

find_chromium() {
  if [ -n "${CHROMIUM_PATH:-}" ]; then
    [ -x "$CHROMIUM_PATH" ] && echo "$CHROMIUM_PATH"
    return 0
  fi
  for candidate in /usr/bin/chromium /usr/bin/chromium-browser; do
    if [ -x "$candidate" ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 0
}

can_apt_install() {
  [ "$(id -u)" = "0" ] && [ -f /etc/debian_version ] && command -v apt-get >/dev/null 2>&1
}

chromium="$(find_chromium)"
if { [ -z "$chromium" ] && [ -z "${CHROMIUM_PATH:-}" ]; } || ! font_present; then
  if can_apt_install; then
    echo "ensure-chromium: installing chromium $FONT_PACKAGES with apt-get..." >&2
    export DEBIAN_FRONTEND=noninteractive
    log="$(mktemp)"
    # shellcheck disable=SC2086
    if ! { apt-get update -qq && apt-get install -y -qq chromium $FONT_PACKAGES; } >"$log" 2>&1; then
      cat "$log" >&2
      echo "ensure-chromium: apt-get could not install chromium $FONT_PACKAGES (output above)." >&2
      exit 1
    fi
    rm -f "$log"
    chromium="$(find_chromium)"
  fi
fi

if [ -z "$chromium" ]; then
  if [ -n "${CHROMIUM_PATH:-}" ]; then
    echo "ensure-chromium: CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file; point it at a Chromium binary." >&2
  else
    echo "ensure-chromium: Chromium not found: install it (Debian/Ubuntu: apt-get install chromium $FONT_PACKAGES) or set CHROMIUM_PATH to its binary." >&2
  fi
  exit 1
fi
if ! font_present; then
  echo "ensure-chromium: the screenshot fonts are missing (DejaVu Sans, Droid Sans Fallback): install $FONT_PACKAGES." >&2
  exit 1
fi

export CHROMIUM_PATH="$chromium"
if [ "$#" -gt 0 ]; then
  exec "$@"
fi
