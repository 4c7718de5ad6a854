"""Display order of the leadership: mayor, deputy mayor, secretary general, others."""

from __future__ import annotations

from cic_desktop.dto import OfficialData
from cic_desktop.labels import OFFICIAL_ROLE

_RANK = {role.value: rank for rank, role in enumerate(OFFICIAL_ROLE)}


def role_rank(official: OfficialData) -> tuple[int, str]:
    return (_RANK.get(official.role, len(_RANK)), official.name)
