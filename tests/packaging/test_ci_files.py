"""README, CI script and packaging files agree with each other (fast, no build)."""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
CI_RUN = ROOT / ".ci" / "run"
SETUP_HEADING = "## Set-up on a fresh machine"


def setup_commands() -> list[str]:
    text = README.read_text(encoding="utf-8")
    start = text.index(SETUP_HEADING)
    end = text.find("\n## ", start + 1)
    section = text[start : end if end != -1 else None]
    blocks = re.findall(r"```(?:sh|bash|console)?\n(.*?)```", section, flags=re.DOTALL)
    return [line.strip() for block in blocks for line in block.splitlines() if line.strip()]


def ci_test_command() -> str:
    match = re.search(r"^TEST_COMMAND='(.+)'$", CI_RUN.read_text(encoding="utf-8"), re.MULTILINE)
    assert match, "TEST_COMMAND='...' not found in .ci/run"
    return match.group(1)


def test_readme_has_exactly_two_setup_commands() -> None:
    commands = setup_commands()
    assert len(commands) == 2, commands
    install_and_start, install_and_test = commands
    assert "pip install" in install_and_start and install_and_start.endswith("cic-desktop")
    assert '".[test' in install_and_test and install_and_test.endswith("python3 -m pytest")


def test_ci_runs_exactly_the_readme_test_command() -> None:
    assert ci_test_command() == setup_commands()[1]
    script = CI_RUN.read_text(encoding="utf-8")
    assert 'bash -c "$TEST_COMMAND"' in script
    assert "set -euo pipefail" in script
    assert "QT_QPA_PLATFORM=offscreen" in script and "HYPOTHESIS_PROFILE=ci" in script


@pytest.mark.skipif(shutil.which("bash") is None, reason="no bash")
def test_shell_scripts_parse() -> None:
    for script in (CI_RUN, ROOT / "scripts" / "build_bundle.sh"):
        result = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True)
        assert result.returncode == 0, f"{script}: {result.stderr}"


def test_ci_installs_the_platform_qt_packages() -> None:
    script = CI_RUN.read_text(encoding="utf-8")
    for package in (
        "libgl1 libegl1 libfontconfig1 libxkbcommon0 libdbus-1-3 libglib2.0-0 fonts-dejavu-core",
        "poppler-utils binutils postgresql",
    ):
        assert package in script


def test_spec_takes_the_version_from_pyproject() -> None:
    spec = (ROOT / "build_installer.spec").read_text(encoding="utf-8")
    compile(spec, "build_installer.spec", "exec")
    assert "tomllib" in spec and 'PROJECT["version"]' in spec
    with (ROOT / "pyproject.toml").open("rb") as handle:
        project = tomllib.load(handle)["project"]
    assert re.fullmatch(r"\d+(\.\d+){1,3}", project["version"])
    assert any(d.startswith("pyinstaller") for d in project["optional-dependencies"]["build"])


def test_bundle_entry_script_calls_the_console_entry_point() -> None:
    entry = (ROOT / "scripts" / "cic_entry.py").read_text(encoding="utf-8")
    assert "from ui.__main__ import main" in entry
    from ui.__main__ import main

    assert callable(main)
