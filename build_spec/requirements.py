"""Print the pinned requirements of pyproject.toml (``--dev`` adds the dev tools), so that
`make` installs exactly what the project declares without packaging the project itself."""

import sys
import tomllib
from pathlib import Path

project = tomllib.loads((Path(__file__).resolve().parent.parent / "pyproject.toml").read_text())
requirements = list(project["project"]["dependencies"])
if "--dev" in sys.argv:
    requirements += project["project"]["optional-dependencies"]["dev"]
print("\n".join(requirements))
