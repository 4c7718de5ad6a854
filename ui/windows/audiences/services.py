"""The core's audience services, wherever the core keeps them (`core.audiences`,
`core.audience_outputs`); otherwise built here over the same core (they hold only the core)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cic_desktop.core import CicCore


def _service(core: CicCore, name: str, module: str, cls: str) -> Any:
    attached = getattr(core, name, None)
    if attached is not None:
        return attached
    import importlib

    return getattr(importlib.import_module(module), cls)(core)


def audiences(core: CicCore) -> Any:
    return _service(core, "audiences", "cic_desktop.services.audiences", "AudiencesService")


def outputs(core: CicCore) -> Any:
    return _service(
        core, "audience_outputs", "cic_desktop.services.audience_outputs", "AudienceOutputs"
    )
