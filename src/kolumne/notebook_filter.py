"""A git clean filter for the notebooks: what git sees is the notebook without what a run adds.

Running a notebook in JupyterLab and saving it writes outputs, execution counts, the
kernel's full ``language_info`` and, with ipywidgets, the widgets' state into the file.
The notebooks are committed without any of that, so git reads every notebook through
``strip_notebook``, which gives back the committed form: no outputs, no execution
counts, no widget state or view-only cell metadata (collapsed, scrolled, timings), and
``language_info`` cut down to the language's name. Cells, their ids, tags and the
kernelspec are kept. The text is written as nbformat writes it (keys sorted, indent 1,
non-ASCII as it is, a final newline), so an untouched notebook comes out byte for byte
as it went in, and ``git status`` stays empty after a run in JupyterLab.

Git takes a file whose size differs from the size it noted at the last commit or add
for changed without reading it, so a clean filter alone leaves a notebook "modified"
after every save. The JupyterLab server therefore runs ``refresh_index`` after it saves
a notebook (this module is a Jupyter server extension): git then reads the notebook
through the filter, finds what it has, and the status is empty again. A notebook whose
cells changed stays changed; nothing is ever staged.

``python -m kolumne.notebook_filter`` filters standard input to standard output (git
calls it so); ``python -m kolumne.notebook_filter --install`` sets the filter up in the
git checkout in the working directory, with the Python that runs it, and enables the
server extension in that Python's environment (``make setup`` does both). The attribute
that sends notebooks through the filter is committed in ``.gitattributes``; without the
set-up git ignores it, and outside a git checkout ``--install`` sets up nothing.

Example:
    >>> run = '{"cells": [{"cell_type": "code", "execution_count": 3, "id": "a", '\\
    ...       '"metadata": {"scrolled": true}, "outputs": [{"output_type": "stream"}], '\\
    ...       '"source": ["1 + 1"]}], "metadata": {"language_info": {"name": "python", '\\
    ...       '"version": "3.12.1"}}, "nbformat": 4, "nbformat_minor": 5}'
    >>> print(strip_notebook(run), end="")
    {
     "cells": [
      {
       "cell_type": "code",
       "execution_count": null,
       "id": "a",
       "metadata": {},
       "outputs": [],
       "source": [
        "1 + 1"
       ]
      }
     ],
     "metadata": {
      "language_info": {
       "name": "python"
      }
     },
     "nbformat": 4,
     "nbformat_minor": 5
    }
"""

from __future__ import annotations

import argparse
import json
import shlex
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

# The name of the filter in .gitattributes (``*.ipynb filter=kolumne-notebook``).
FILTER_NAME = "kolumne-notebook"

# Notebook metadata a run or a save adds: widget state (ipywidgets) and the signature of
# the classic Notebook's trust database.
_RUN_METADATA = ("widgets", "signature")
# Cell metadata that records how a cell was last viewed or run, not what it says.
_VIEW_METADATA = ("collapsed", "scrolled", "execution", "ExecuteTime", "heading_collapsed")


def strip_notebook(text: str) -> str:
    """The notebook ``text`` without outputs, counts and run metadata, as nbformat writes it.

    Text that is not a notebook's JSON (a file in the middle of a merge, an empty file)
    comes back unchanged: a filter must never lose what git is given.

    Example:
        >>> strip_notebook("<<<<<<< HEAD") == "<<<<<<< HEAD"
        True
        >>> strip_notebook('{"cells": [], "metadata": {"widgets": {}}}').split()
        ['{', '"cells":', '[],', '"metadata":', '{}', '}']
    """
    try:
        notebook = json.loads(text)
    except ValueError:
        return text
    if not isinstance(notebook, dict) or not isinstance(notebook.get("cells"), list):
        return text
    metadata = notebook.get("metadata", {})
    for key in _RUN_METADATA:
        metadata.pop(key, None)
    if isinstance(metadata.get("language_info"), dict):
        # The kernel fills in its version, lexer and file extension; the name is what
        # the notebook is written in.
        info = metadata["language_info"]
        metadata["language_info"] = {"name": info["name"]} if "name" in info else {}
    for cell in notebook["cells"]:
        if cell.get("cell_type") == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
        cell_metadata = cell.get("metadata", {})
        for key in _VIEW_METADATA:
            cell_metadata.pop(key, None)
        # JupyterLab's "collapse outputs"; there are no outputs left to hide.
        jupyter = cell_metadata.get("jupyter")
        if isinstance(jupyter, dict):
            jupyter.pop("outputs_hidden", None)
            if not jupyter:
                del cell_metadata["jupyter"]
    return json.dumps(notebook, sort_keys=True, indent=1, ensure_ascii=False) + "\n"


def _git(folder: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", *arguments], cwd=folder, capture_output=True, text=True, check=False
    )


def _checkout_top(folder: Path) -> Path | None:
    """The top folder of the git checkout that ``folder`` is in, or None."""
    if shutil.which("git") is None:
        return None
    top = _git(folder, "rev-parse", "--show-toplevel")
    return Path(top.stdout.strip()).resolve() if top.returncode == 0 else None


def refresh_index(path: str | Path) -> bool:
    """Make git read a just-saved notebook again, through the filter; True if it will.

    Git's index keeps the blob it has for ``path`` and forgets the file's size and times,
    so the next ``git status`` compares content: through the filter, a notebook that only
    gained outputs is the blob it has. Nothing is staged: the index keeps its blob.
    Files outside a git checkout, not tracked, in a merge, or not sent through the
    filter are left alone.

    Example:
        >>> import tempfile
        >>> refresh_index(Path(tempfile.mkdtemp()) / "new.ipynb")
        False
    """
    # notebooks/ is a symbolic link, and git takes no path beyond one.
    path = Path(path).resolve()
    if not path.is_file():
        return False
    top = _checkout_top(path.parent)
    if top is None or not path.is_relative_to(top):
        return False
    relative = path.relative_to(top).as_posix()
    attribute = _git(top, "check-attr", "filter", "--", relative).stdout
    if not attribute.rstrip().endswith(f": filter: {FILTER_NAME}"):
        return False
    entries = _git(top, "ls-files", "--stage", "--", relative).stdout.splitlines()
    if len(entries) != 1:
        return False
    mode, blob, stage = entries[0].split("\t")[0].split()
    if stage != "0":
        return False
    return _git(top, "update-index", "--cacheinfo", f"{mode},{blob},{relative}").returncode == 0


def after_save(os_path: str, model: dict, **_: object) -> None:
    """The Jupyter server's post-save hook: ``refresh_index`` for a notebook just saved.

    It never raises: a save must not fail because git could not be asked.

    Example:
        >>> after_save(os_path="/nowhere/04_tone.ipynb", model={"type": "notebook"})
    """
    if model.get("type") != "notebook":
        return
    try:
        refresh_index(os_path)
    except (OSError, ValueError):
        return


def _jupyter_server_extension_points() -> list[dict[str, str]]:
    return [{"module": "kolumne.notebook_filter"}]


def _load_jupyter_server_extension(serverapp: object) -> None:
    serverapp.contents_manager.register_post_save_hook(after_save)


def install(folder: str | Path = ".") -> str:
    """Set up the filter in the git checkout whose top folder is ``folder``; say what was done.

    Git reads notebooks through ``python -m kolumne.notebook_filter`` with this Python,
    and this Python's Jupyter server runs ``after_save``. Run again, it writes the same;
    outside a git checkout (a tarball, a folder inside another checkout) or without git
    it changes nothing.

    Example:
        >>> import tempfile
        >>> install(tempfile.mkdtemp()).endswith("no notebook filter set up")
        True
    """
    folder = Path(folder).resolve()
    # Only the checkout of this folder itself: a tarball unpacked inside another
    # repository must not set up a filter there.
    if _checkout_top(folder) != folder:
        return f"{folder} is not the top folder of a git checkout: no notebook filter set up"
    command = f"{shlex.quote(sys.executable)} -m kolumne.notebook_filter"
    configured = _git(folder, "config", "--local", f"filter.{FILTER_NAME}.clean", command)
    if configured.returncode != 0:
        raise RuntimeError(f"git config failed in {folder}: {configured.stderr.strip()}")
    # What `jupyter server extension enable --sys-prefix` writes, without needing Jupyter.
    enabled = Path(sys.prefix) / "etc" / "jupyter" / "jupyter_server_config.d" / "kolumne.json"
    enabled.parent.mkdir(parents=True, exist_ok=True)
    extension = {"ServerApp": {"jpserver_extensions": {"kolumne.notebook_filter": True}}}
    enabled.write_text(json.dumps(extension, indent=2) + "\n", encoding="utf-8")
    return (
        f"git reads notebooks through {command} (filter {FILTER_NAME} in .git/config); "
        f"JupyterLab refreshes git's index after saving a notebook ({enabled})"
    )


def main(
    argv: Sequence[str] | None = None,
    stdin: BinaryIO | None = None,
    stdout: BinaryIO | None = None,
) -> int:
    """Filter ``stdin`` (standard input) to ``stdout``, or ``--install`` the filter.

    Bytes that are not UTF-8 pass through unchanged, like text that is not a notebook.

    Example:
        >>> import io
        >>> out = io.BytesIO()
        >>> main([], io.BytesIO(b'{"cells": [], "metadata": {"widgets": {}}}'), out)
        0
        >>> out.getvalue()
        b'{\\n "cells": [],\\n "metadata": {}\\n}\\n'
    """
    parser = argparse.ArgumentParser(
        prog="python -m kolumne.notebook_filter",
        description="Strip outputs, execution counts and run metadata from a notebook "
        "(standard input to standard output), as git's clean filter.",
    )
    parser.add_argument(
        "--install",
        action="store_true",
        help="set up the filter in the git checkout of the working directory",
    )
    arguments = parser.parse_args(argv)
    if arguments.install:
        print(install())
        return 0
    stdin = stdin or sys.stdin.buffer
    stdout = stdout or sys.stdout.buffer
    given = stdin.read()
    try:
        text = given.decode("utf-8")
    except UnicodeDecodeError:
        stdout.write(given)
    else:
        stdout.write(strip_notebook(text).encode("utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
