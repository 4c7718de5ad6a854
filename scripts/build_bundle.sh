#!/usr/bin/env bash
# Build the one-folder bundle with PyInstaller and prove that it works.
#
#   scripts/build_bundle.sh [OUT_DIR]        (default OUT_DIR: ./out/bundle)
#
# Leaves the bundle in OUT_DIR/dist/cic/ (PyInstaller's work files in OUT_DIR/build/), then runs
#   cic-debug selftest                                      (QT_QPA_PLATFORM=offscreen)
#   cic-debug deadline OG27_ANSWER_30 2024-12-20 --json     (legal_deadline must be 2025-01-20)
#   cic-debug deadline OG27_ANSWER_30 2024-11-24 --json     (explanation names „Crăciunul”)
# and exits non-zero if the build or any check fails. Needs `pip install -e ".[build]"` and, on
# Linux, binutils (objdump). Run it on Windows (Git Bash) to get cic.exe: no cross-compiling.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${1:-$ROOT/out/bundle}"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
PYTHON="${PYTHON:-python3}"

started=$(date +%s)
echo "== building the bundle into $OUT/dist/cic"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --workpath "$OUT/build" --distpath "$OUT/dist" "$ROOT/build_installer.spec"
built=$(date +%s)

BUNDLE="$OUT/dist/cic"
DEBUG_EXE="$BUNDLE/cic-debug"
[[ -x "$DEBUG_EXE" ]] || DEBUG_EXE="$BUNDLE/cic-debug.exe"
[[ -x "$DEBUG_EXE" ]] || { echo "FAILED: no cic-debug executable in $BUNDLE" >&2; exit 1; }
for gui in "$BUNDLE/cic" "$BUNDLE/cic.exe"; do
    [[ -e "$gui" ]] && break
done
[[ -e "$gui" ]] || { echo "FAILED: no cic executable in $BUNDLE" >&2; exit 1; }

size=$(du -sh "$BUNDLE" | cut -f1)
echo "== built in $((built - started)) s, $size"

# Run the bundle from an unrelated folder, with a throw-away home, so it cannot lean on the source
# tree or on the builder's own data.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
run() {
    (cd "$scratch" && env HOME="$scratch/home" XDG_DATA_HOME="$scratch/data" \
        XDG_CONFIG_HOME="$scratch/config" QT_QPA_PLATFORM=offscreen \
        QT_LOGGING_RULES="default.warning=false" PYTHONPATH= "$DEBUG_EXE" "$@")
}

echo "== cic-debug deadline OG27_ANSWER_30 2024-12-20 --json"
json="$(run deadline OG27_ANSWER_30 2024-12-20 --json)"
echo "$json"
"$PYTHON" - "$json" <<'EOF'
import json, sys
data = json.loads(sys.argv[1])
assert data["legal_deadline"] == "2025-01-20", data
EOF

echo "== cic-debug deadline OG27_ANSWER_30 2024-11-24 --json (Romanian holiday names)"
json="$(run deadline OG27_ANSWER_30 2024-11-24 --json)"
"$PYTHON" - "$json" <<'EOF'
import json, sys
data = json.loads(sys.argv[1])
assert data["legal_deadline"] == "2024-12-27", data
assert "Crăciunul" in data["explanation"], data["explanation"]
print("   legal deadline", data["legal_deadline"], "- explanation names Crăciunul")
EOF

echo "== cic-debug selftest (offscreen)"
run selftest

echo "== bundle OK: $BUNDLE ($size, built in $((built - started)) s)"
