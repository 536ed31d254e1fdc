#!/usr/bin/env bash
# Saves one screenshot per area of the application (data, training, gridsearch, explore,
# nexus) as PNG files in docs/images/, for the README.
#
# Usage: scripts/screenshots.sh [output folder]
# Environment:
#   BUILD_DIR           build folder to use (default: build/screenshots, configured and
#                       built here when it has no recstudio binary)
#   RECSTUDIO_DATA_DIR  folder holding ml-latest-small (default: ../shared/data); the
#                       demo dataset is used when it is absent
#   SCREENSHOT_DISPLAY  "offscreen" (default) or "xvfb" to render under xvfb-run
set -euo pipefail

source_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
output_dir="$(realpath -m "${1:-$source_dir/docs/images}")"
build_dir="$(realpath -m "${BUILD_DIR:-$source_dir/build/screenshots}")"
data_root="${RECSTUDIO_DATA_DIR:-$source_dir/../shared/data}"

if [[ ! -x "$build_dir/app/recstudio" || ! -x "$build_dir/tests/fakenexus/recstudio-fake-nexus" ]]; then
    if [[ ! -f "$build_dir/CMakeCache.txt" ]]; then
        cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
            -DRECSTUDIO_BUILD_BENCHMARKS=OFF
    fi
    cmake --build "$build_dir" --target recstudio recstudio-fake-nexus -j2
fi

work_dir="$(mktemp -d)"
fake_pid=""
cleanup() {
    if [[ -n "$fake_pid" ]]; then
        kill "$fake_pid" 2>/dev/null || true
        wait "$fake_pid" 2>/dev/null || true
    fi
    rm -rf "$work_dir"
}
trap cleanup EXIT

# Settings of the screenshot run stay in a scratch folder, away from the user's.
export XDG_CONFIG_HOME="$work_dir/config"
export XDG_DATA_HOME="$work_dir/data"

dataset_args=(--demo)
fake_args=()
if [[ -d "$data_root/ml-latest-small" ]]; then
    dataset_args=("$data_root/ml-latest-small")
    fake_args=(--seed-from "$data_root/ml-latest-small")
fi

# A fake Nexus server on loopback receives the model push and the similarity query.
"$build_dir/tests/fakenexus/recstudio-fake-nexus" --port 0 "${fake_args[@]}" \
    >"$work_dir/nexus.env" 2>"$work_dir/nexus.log" &
fake_pid=$!
for _ in $(seq 1 300); do
    grep -q '^NEXUS_TOKEN=' "$work_dir/nexus.env" 2>/dev/null && break
    if ! kill -0 "$fake_pid" 2>/dev/null; then
        echo "screenshots.sh: the fake Nexus server stopped:" >&2
        cat "$work_dir/nexus.log" >&2
        exit 1
    fi
    sleep 0.1
done
read_value() { sed -n "s/^$1=//p" "$work_dir/nexus.env"; }
export RECSTUDIO_SCREENSHOT_NEXUS_DEPLOYMENT="$(read_value NEXUS_DEPLOYMENT)"
export RECSTUDIO_SCREENSHOT_NEXUS_ORG="$(read_value NEXUS_ORG)"
export RECSTUDIO_SCREENSHOT_NEXUS_PROJECT="$(read_value NEXUS_PROJECT)"
export RECSTUDIO_SCREENSHOT_NEXUS_TOKEN="$(read_value NEXUS_TOKEN)"

mkdir -p "$output_dir"
app=("$build_dir/app/recstudio" --screenshot-dir "$output_dir" "${dataset_args[@]}")
if [[ "${SCREENSHOT_DISPLAY:-offscreen}" == "xvfb" ]]; then
    xvfb-run --auto-servernum --server-args="-screen 0 1400x900x24" "${app[@]}"
else
    QT_QPA_PLATFORM=offscreen "${app[@]}"
fi
echo "Screenshots written to $output_dir:"
ls -1 "$output_dir"/*.png
