"""PyInstaller runtime hook: give matplotlib a writable config/cache folder when frozen.

matplotlib keeps its font cache in ``MPLCONFIGDIR`` (default ``~/.config/matplotlib``
or ``~/.cache/matplotlib``). On a locked-down ward tablet the home folder may be
read-only or shared; matplotlib then rebuilds its font list in a new temporary
folder at every start (seconds, and a warning on stderr). This hook, run before
any app code, points it at a per-user cache folder of the app's own — or, if that
cannot be written, a per-user temporary one. A value set by the user wins.
"""

import os
import sys
import tempfile


def _candidates():
    home = os.path.expanduser("~")
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or os.path.join(home, "AppData", "Local")
        yield os.path.join(base, "cart-bedside", "matplotlib")
    elif sys.platform == "darwin":
        yield os.path.join(home, "Library", "Caches", "cart-bedside", "matplotlib")
    else:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(home, ".cache")
        yield os.path.join(base, "cart-bedside", "matplotlib")
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
    yield os.path.join(tempfile.gettempdir(), f"cart-bedside-matplotlib-{user}")


def _writable(path):
    try:
        os.makedirs(path, exist_ok=True)
        probe = tempfile.NamedTemporaryFile(dir=path, prefix=".probe-", delete=True)
        probe.close()
        return True
    except OSError:
        return False


if getattr(sys, "frozen", False) and not os.environ.get("MPLCONFIGDIR"):
    for _path in _candidates():
        if _writable(_path):
            os.environ["MPLCONFIGDIR"] = _path
            break
