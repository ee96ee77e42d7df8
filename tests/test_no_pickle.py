"""Nothing unpickles data: not kolumne's code, not its data files, not NLTK on its behalf.

A pickle runs code when it is loaded, so the rule (DESIGN.md: "nothing unpickles data")
is checked twice:
1. statically: the package's code (not its prose: docstrings and comments may explain the
   rule) neither imports a pickling module nor calls a loader that unpickles, nor names a
   pickle file; the package ships no pickle;
2. at run time: the slice (load the seed, score it with every sentiment backend, lemmatise
   with textblob-de) runs in a subprocess where every unpickling entry point raises.
"""

import ast
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import kolumne

PACKAGE = Path(kolumne.__file__).resolve().parent
SEED = Path(__file__).resolve().parents[1] / "data" / "columns" / "2016-kollege-sabotiert.txt"

PICKLING_MODULES = {"pickle", "_pickle", "cPickle", "cloudpickle", "dill", "joblib", "shelve"}
PICKLE_SUFFIXES = (".pickle", ".pkl", ".joblib", ".pt", ".pth")
# NumPy's own formats hold plain arrays, and pickles only as object arrays: allowed where
# every member is a plain array and every np.load says allow_pickle=False.
NUMPY_SUFFIXES = (".npy", ".npz")
# Calls that unpickle, by the name they are called with: f(...) or module.f(...).
UNPICKLING_CALLS = {"torch.load", "pd.read_pickle", "pandas.read_pickle", "read_pickle"}


# --- 1. the code and the data files ---------------------------------------------------


def _docstrings(tree: ast.AST) -> set[int]:
    """The ids of docstring nodes: prose, allowed to mention pickles."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _dotted(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return ""


def pickle_uses(source: str, filename: str = "<source>") -> list[str]:
    """Every use of pickling in ``source``'s code, as "file:line: what"; prose is ignored."""
    tree = ast.parse(source, filename)
    docstrings = _docstrings(tree)
    uses = []

    def use(node: ast.AST, what: str) -> None:
        uses.append(f"{filename}:{node.lineno}: {what}")

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in PICKLING_MODULES:
                    use(node, f"import {alias.name}")
        elif isinstance(node, ast.ImportFrom):
            if (node.module or "").split(".")[0] in PICKLING_MODULES:
                use(node, f"from {node.module} import ...")
            for alias in node.names:
                if alias.name in {"read_pickle", "allow_pickle"} | PICKLING_MODULES:
                    use(node, f"from {node.module} import {alias.name}")
        elif isinstance(node, ast.Call):
            name = _dotted(node.func)
            if name in UNPICKLING_CALLS or name.endswith(".read_pickle"):
                use(node, f"{name}(...)")
            # Said outright, not left to NumPy's default; a True is caught below.
            says_pickling = any(keyword.arg == "allow_pickle" for keyword in node.keywords)
            if (name.endswith("np.load") or name == "numpy.load") and not says_pickling:
                use(node, f"{name}(...) without allow_pickle=False")
            for keyword in node.keywords:
                # np.load(..., allow_pickle=True), or any other loader told to unpickle.
                if keyword.arg == "allow_pickle" and not (
                    isinstance(keyword.value, ast.Constant) and keyword.value.value is False
                ):
                    use(node, f"{name}(..., allow_pickle=...)")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if id(node) in docstrings:
                continue
            value = node.value.strip()
            # A pickle file's name, or a pickling module's name (importlib.import_module).
            if value.endswith(PICKLE_SUFFIXES) or value in PICKLING_MODULES:
                use(node, f"the string {value!r}")
    return uses


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("import pickle\n", ["import pickle"]),
        ("import pickle as p\n", ["import pickle"]),
        ("from pickle import loads\n", ["from pickle import ..."]),
        ("import joblib\n", ["import joblib"]),
        ("from dill import load\n", ["from dill import ..."]),
        ("import cloudpickle\n", ["import cloudpickle"]),
        ("import torch\nmodel = torch.load('m')\n", ["torch.load(...)"]),
        (
            "import numpy as np\nnp.load('a', allow_pickle=True)\n",
            ["np.load(..., allow_pickle=...)"],
        ),
        ("import pandas as pd\npd.read_pickle('f')\n", ["pd.read_pickle(...)"]),
        ("nltk.data.load('tokenizers/punkt/german.pickle')\n", ["the string"]),
        ("open('model.pkl', 'rb')\n", ["the string"]),
        ("importlib.import_module('pickle')\n", ["the string 'pickle'"]),
        # Prose is not code: a docstring or a comment may explain the rule.
        ('"""We never unpickle: no pickle.load, no .pkl files."""\n', []),
        ("def f():\n    '''Reads german.pickle? No.'''\n    return 1  # no pickle\n", []),
        ("np.load('a.txt', allow_pickle=False)\n", []),
        ("np.load('a.npz')\n", ["np.load(...) without allow_pickle=False"]),
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_the_scanner_finds_code_uses_and_ignores_prose(source, expected):
    # The scanner is the test: it must see a real use, or the package check proves nothing.
    uses = pickle_uses(source)
    assert len(uses) == len(expected), uses
    for found, fragment in zip(uses, expected):
        assert fragment in found


def test_the_package_code_never_pickles():
    sources = sorted(PACKAGE.rglob("*.py"))
    assert PACKAGE / "load" / "parse.py" in sources  # the right folder, not an empty one
    uses = [use for path in sources for use in pickle_uses(path.read_text("utf-8"), str(path))]
    assert uses == [], "\n".join(uses)


def test_the_package_ships_no_pickle_files():
    data_files = [
        path
        for path in PACKAGE.rglob("*")
        if path.is_file() and path.suffix not in {".py", ".pyc"} and "__pycache__" not in path.parts
    ]
    named_like_pickles = [path for path in data_files if path.name.endswith(PICKLE_SUFFIXES)]
    # A pickle with protocol 2 or newer starts with PROTO: 0x80 and the protocol number.
    pickled = [
        path
        for path in data_files
        if path.read_bytes()[:2] in {b"\x80\x02", b"\x80\x03", b"\x80\x04", b"\x80\x05"}
    ]
    # An object array in a .npy (alone or inside an .npz) is a pickle: its header says '|O'.
    object_arrays = []
    for path in data_files:
        if path.name.endswith(NUMPY_SUFFIXES):
            arrays = np.load(path, allow_pickle=False)
            members = arrays.files if path.suffix == ".npz" else [None]
            for member in members:
                array = arrays[member] if member else arrays
                if array.dtype.hasobject:
                    object_arrays.append(f"{path}:{member}")
    assert (named_like_pickles, pickled, object_arrays) == ([], [], [])


# --- 2. at run time ----------------------------------------------------------------------

# Runs before anything imports NLTK, so NLTK's own unpicklers (subclasses of
# pickle.Unpickler) inherit the refusal too.
SLICE = r"""
import pickle, _pickle, sys

class Refused(Exception):
    pass

def refuse(*args, **kwargs):
    raise Refused(f"unpickling attempted: {args[:1]!r}")

class RefusingUnpickler:
    def __init__(self, *args, **kwargs):
        refuse(*args)

for module in (pickle, _pickle):
    module.load = module.loads = refuse
    module.Unpickler = RefusingUnpickler

import nltk, nltk.data

original_load = nltk.data.load
asked = []

def load(resource_url, *args, **kwargs):
    asked.append(str(resource_url))
    if STRICT and str(resource_url).endswith(".pickle"):
        refuse(resource_url)
    return original_load(resource_url, *args, **kwargs)

def open_resource(resource_url, *args, **kwargs):
    # Whatever NLTK is asked for, it must never open a pickle file.
    if str(resource_url).endswith(".pickle"):
        refuse(resource_url)
    return original_open(resource_url, *args, **kwargs)

original_open = nltk.data._open
nltk.data._open = open_resource
# Every module that took its own reference (nltk.tokenize.load, ...) gets the wrapper;
# not this script, whose original_load must stay the original.
for module_name, module in list(sys.modules.items()):
    if module is None or module_name == "__main__":
        continue
    for name, value in list(vars(module).items()):
        if value is original_load:
            setattr(module, name, load)
import nltk.tokenize
assert nltk.tokenize.load is load and nltk.data.load is load  # the wrappers are in place

from kolumne import load_column
from kolumne.sentiment import BACKENDS, analyse
from kolumne.text import install_offline_punkt

column = load_column(sys.argv[1])
sentences = [sentence.text for sentence in column.question.sentences + column.answer.sentences]
for backend in BACKENDS:
    scores = [analyse(sentence, backend).polarity for sentence in sentences]
    assert len(scores) == 24, backend

if not STRICT:
    # A user's own textblob-de call: textblob-de asks NLTK for its German model by the
    # pickle's name, and the offline Punkt folder answers it from text files.
    install_offline_punkt()
    from textblob_de import TextBlobDE

    print(list(TextBlobDE("Das ist ein Test.").words.lemmatize()))
print("asked NLTK for:", sorted(set(asked)))
"""


def run_slice(tmp_path: Path, *, strict: bool) -> subprocess.CompletedProcess:
    script = f"STRICT = {strict}\n" + SLICE
    return subprocess.run(
        [sys.executable, "-c", script, str(SEED)],
        check=False,
        capture_output=True,
        text=True,
        timeout=600,
        # A fresh Punkt folder: the model must be written as text, not found as a pickle.
        env={"PATH": "", "HOME": str(tmp_path), "KOLUMNE_NLTK_DATA": str(tmp_path / "nltk")},
    )


def test_the_slice_runs_with_every_unpickler_refused(tmp_path):
    result = run_slice(tmp_path, strict=False)
    assert result.returncode == 0, result.stderr
    assert "['das', 'sein', 'ein', 'Test']" in result.stdout  # lemmatised: "ist" is "sein"


def test_kolumne_never_even_asks_nltk_for_a_pickle(tmp_path):
    """Every backend, stock textblob-de included, runs with NLTK refusing any .pickle name."""
    result = run_slice(tmp_path, strict=True)
    assert result.returncode == 0, result.stderr
    assert ".pickle" not in result.stdout.split("asked NLTK for:")[1]
