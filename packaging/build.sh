#!/usr/bin/env bash
# Build the one-folder NeutroHold app for this platform: pinned tools, the test suite in the same
# environment right before freezing, PyInstaller, then the frozen app's own self-test.
#
#   packaging/build.sh                 # fresh build environment in build/venv, full tests, freeze
#   packaging/build.sh --venv .venv    # reuse an environment whose tests have just passed
#   packaging/build.sh --skip-tests    # freeze only (never for a release)
set -euo pipefail
cd "$(dirname "$0")/.."

venv=build/venv
run_tests=1
while [ $# -gt 0 ]; do
  case "$1" in
    --venv) venv=$2; shift 2 ;;
    --skip-tests) run_tests=0; shift ;;
    *) echo "usage: packaging/build.sh [--venv DIR] [--skip-tests]" >&2; exit 2 ;;
  esac
done

[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install -q -c packaging/constraints.txt -e ".[test]" pyinstaller
if [ "$run_tests" = 1 ]; then
  QT_QPA_PLATFORM=offscreen "$venv/bin/python" -m pytest -q
fi

rm -rf dist/neutrohold
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/neutrohold.spec

# Smoke run: the frozen binary checks itself (offscreen: a build machine may have no display).
QT_QPA_PLATFORM=offscreen dist/neutrohold/neutrohold --self-test
echo "built: dist/neutrohold/ ($(du -sh dist/neutrohold | cut -f1)); copy the folder to the workstation and run neutrohold"
