from tests.cic_desktop.petitions.conftest import petitions_core

__all__ = ["petitions_core"]
