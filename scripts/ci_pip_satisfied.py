"""Exit 0 if `pip install -e ".[EXTRAS]"` would change nothing here, 1 if it is needed.

Used by .ci/run to skip pip on a machine that already has everything: the project is installed
editable from THIS folder, with the version, dependencies and console scripts pyproject.toml has
now, and every requirement (extras included, recursively) is installed at a satisfying version.
Anything unsure means "run pip". Usage: python3 scripts/ci_pip_satisfied.py test,build
"""

from __future__ import annotations

import json
import sys
import tomllib
from importlib import metadata
from pathlib import Path

try:
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name
except ImportError:  # pragma: no cover - pip always vendors it
    from pip._vendor.packaging.requirements import Requirement  # type: ignore[no-redef]
    from pip._vendor.packaging.utils import canonicalize_name  # type: ignore[no-redef]

ROOT = Path(__file__).resolve().parent.parent


def why_not(extras: list[str]) -> str | None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    try:
        dist = metadata.distribution(project["name"])
    except metadata.PackageNotFoundError:
        return f"{project['name']} is not installed"
    direct = json.loads(dist.read_text("direct_url.json") or "{}")
    if not direct.get("dir_info", {}).get("editable") or direct.get("url") != ROOT.as_uri():
        return f"not an editable install of {ROOT} ({direct.get('url')})"
    if dist.version != project["version"]:
        return f"installed version {dist.version}, pyproject says {project['version']}"

    wanted = list(project.get("dependencies", []))
    for extra in extras:
        wanted += project.get("optional-dependencies", {}).get(extra, [])

    def bare(text: str) -> str:  # the requirement without its markers (extra == "test", ...)
        req = Requirement(text)
        req.marker = None
        return str(req)

    declared = {bare(r) for r in wanted}
    recorded = {bare(r) for r in dist.requires or []}
    if declared != recorded:
        return f"dependencies changed: {sorted(declared ^ recorded)}"
    scripts = {ep.name: ep.value for ep in dist.entry_points if ep.group == "console_scripts"}
    if scripts != project.get("scripts", {}):
        return f"console scripts changed: {scripts} != {project.get('scripts')}"

    seen: set[tuple[str, frozenset[str]]] = set()
    pending = [Requirement(r) for r in wanted]
    while pending:
        req = pending.pop()
        if req.marker is not None and not req.marker.evaluate({"extra": ""}):
            continue
        key = (canonicalize_name(req.name), frozenset(req.extras))
        if key in seen:
            continue
        seen.add(key)
        try:
            dep = metadata.distribution(req.name)
        except metadata.PackageNotFoundError:
            return f"{req.name} is not installed"
        if req.specifier and not req.specifier.contains(dep.version, prereleases=True):
            return f"{req.name} {dep.version} does not satisfy {req.specifier}"
        for text in dep.requires or []:
            sub = Requirement(text)
            # needed if its marker holds for the base install or for one of the extras asked for
            if sub.marker is None or any(
                sub.marker.evaluate({"extra": extra}) for extra in ("", *req.extras)
            ):
                sub.marker = None
                pending.append(sub)
    return None


def main() -> int:
    extras = [e for e in (sys.argv[1] if len(sys.argv) > 1 else "").split(",") if e]
    try:
        reason = why_not(extras)
    except Exception as error:  # noqa: BLE001 - unsure: let pip decide
        reason = f"could not check ({error!r})"
    if reason:
        print(f"pip needed: {reason}")
        return 1
    print("every requirement is already installed; pip skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
