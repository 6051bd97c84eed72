"""Import spaCy without its command line.

``import spacy`` runs ``from .cli.info import info``, and importing that one
function imports all of spaCy's command line: typer, weasel, requests, httpx,
rich, jinja2 and thirty command modules, 0.2 s of CPU (more with the garbage
collection it triggers) at every start-up of a linter that uses none of it.

``install()`` arranges that when spaCy is first imported, that line gets a
stand-in ``spacy.cli.info`` whose ``info`` imports the real one when called;
the stand-ins leave ``sys.modules`` as soon as spaCy's package is
initialised, so a later ``import spacy.cli`` (or ``spacy.cli`` read as an
attribute) gets the real package. Nothing is imported by ``install()``
itself: a run whose results all come from the cache still never imports
spaCy. If a spaCy release wants more from ``spacy.cli`` than ``info``, its
package is initialised again the ordinary way.
"""

from __future__ import annotations

import importlib.util
import sys
import types


def install() -> None:
    if "spacy" not in sys.modules and not any(isinstance(f, _Finder) for f in sys.meta_path):
        sys.meta_path.insert(0, _Finder())


def _info(*args, **kwargs):
    from spacy.cli.info import info

    return info(*args, **kwargs)


# What spaCy's package takes from ``spacy.cli.info``.
STAND_IN_INFO = {"info": _info}


class _Finder:
    """Finds ``spacy`` once, through the other finders, and wraps its loader."""

    def find_spec(self, name, path=None, target=None):
        if name != "spacy":
            return None
        if self in sys.meta_path:
            sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        spec.loader = _Loader(spec.loader)
        return spec


class _Loader:
    def __init__(self, loader):
        self.loader = loader

    def __getattr__(self, name):
        return getattr(self.loader, name)

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module) -> None:
        package = types.ModuleType("spacy.cli")
        package.__path__ = []
        info = types.ModuleType("spacy.cli.info")
        info.__dict__.update(STAND_IN_INFO)
        stand_ins = {"spacy.cli": package, "spacy.cli.info": info}
        sys.modules.update(stand_ins)
        try:
            self.loader.exec_module(module)
        except Exception:
            failed = True
        else:
            failed = False
        finally:
            for name, stand_in in stand_ins.items():
                if sys.modules.get(name) is stand_in:
                    del sys.modules[name]
            module.__loader__ = module.__spec__.loader = self.loader
        if failed:
            self.loader.exec_module(module)
        elif "__getattr__" not in module.__dict__:
            module.__getattr__ = _command_line_on_demand


def _command_line_on_demand(name: str):
    """``spacy.cli`` as an attribute, as after an ordinary import."""
    if name == "cli":
        import importlib

        return importlib.import_module("spacy.cli")
    raise AttributeError(f"module 'spacy' has no attribute {name!r}")
