"""MkDocs hook: Material's templates are compiled again at every build, and `mkdocs serve`
builds anew after every edit; their compiled form is kept on disk, keyed on each template's
source."""

from pathlib import Path

import jinja2


def on_env(env, config, files):
    cache = Path(config.config_file_path).parent / ".cache" / "templates"
    cache.mkdir(parents=True, exist_ok=True)
    env.bytecode_cache = jinja2.FileSystemBytecodeCache(str(cache))
    return env
