"""CSSW offline consent: record consent to information sharing on home visits."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("cssw-desktop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
