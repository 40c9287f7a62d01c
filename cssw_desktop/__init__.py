"""CSSW offline consent: record consent to information sharing on home visits."""


def __getattr__(name: str) -> str:
    """`__version__` on first use: reading package metadata is slow, and start-up skips it."""
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("cssw-desktop")
        except PackageNotFoundError:  # a source tree that was never installed
            return "0.0.0+source"
    raise AttributeError(name)
