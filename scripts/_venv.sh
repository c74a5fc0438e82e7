# Shared by scripts/run and scripts/test: make the project-local virtual environment
# (.venv) with Python >= 3.11 and install hogo into it with the given extras.
# Re-installs only when pyproject.toml changed since the last install.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$root/.venv"

find_python() {
    local candidate
    for candidate in "${PYTHON:-}" python3.11 python3.12 python3.13 python3; do
        [ -n "$candidate" ] || continue
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    echo "hogo: Python 3.11 or newer is needed (set PYTHON=/path/to/python3.11)" >&2
    return 1
}

ensure_venv() {
    local extras="$1" stamp want
    if [ ! -x "$venv/bin/python" ]; then
        local python
        python="$(find_python)"
        echo "hogo: creating $venv with $("$python" --version)" >&2
        "$python" -m venv "$venv"
    fi
    stamp="$venv/.hogo-installed-$extras"
    want="$(cat "$root/pyproject.toml" "$root"/scripts/*.sh 2>/dev/null | sha256sum | cut -d' ' -f1)"
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
        echo "hogo: installing dependencies ($extras) into .venv …" >&2
        "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
        "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -e "$root[$extras]"
        echo "$want" >"$stamp"
    fi
}
