# Shared by run-local.sh and test.sh: installs the pinned npm tools (Azurite, Agents Playground, Adaptive Cards)
# once, and again whenever tools/package-lock.json changes.
tools_install() {
  local root="$1"
  local stamp="$root/tools/node_modules/.installed-lock"
  if [ ! -f "$stamp" ] || ! cmp -s "$root/tools/package-lock.json" "$stamp"; then
    echo "Installing local tools (npm ci in tools/)…"
    (cd "$root/tools" && npm ci --no-audit --no-fund --loglevel=error) || { echo "npm ci failed in tools/" >&2; return 1; }
    cp "$root/tools/package-lock.json" "$stamp"
  fi
}

wait_http() {
  local url="$1" seconds="$2" name="$3"
  for _ in $(seq 1 $((seconds * 4))); do
    if node -e 'fetch(process.argv[1]).then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$url"; then return 0; fi
    sleep 0.25
  done
  echo "$name did not answer at $url within ${seconds}s" >&2
  return 1
}

# The browser tests drive Debian's Chromium (never a downloaded browser). As root (CI) it is installed when missing;
# elsewhere the message says the one command to run.
# The document tests render the generated Word files to PDF as a reader would see them (LibreOffice headless) and
# read each page's text back (poppler's pdftotext).
libreoffice_install() {
  if command -v soffice >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1; then return 0; fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's LibreOffice Writer (headless) and poppler-utils for the document tests…"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui poppler-utils fonts-liberation fonts-crosextra-carlito >/dev/null) \
      || { echo "apt-get could not install libreoffice-writer-nogui and poppler-utils" >&2; return 1; }
  else
    echo "The document tests need LibreOffice and pdftotext: run 'sudo apt-get install libreoffice-writer-nogui poppler-utils' once." >&2
    return 1
  fi
}

chromium_install() {
  if command -v chromium >/dev/null 2>&1; then return 0; fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's Chromium for the browser tests…"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null) \
      || { echo "apt-get could not install chromium" >&2; return 1; }
  else
    echo "The browser tests need Debian's Chromium: run 'sudo apt-get install chromium' once." >&2
    return 1
  fi
}
