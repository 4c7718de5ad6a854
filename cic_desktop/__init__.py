"""CIC Desktop application core: Qt-free services over the database layer."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("cic-desktop")
except PackageNotFoundError:  # running from a source tree or a frozen bundle
    __version__ = "0.1.0"

APP_NAME = "CIC Desktop"
