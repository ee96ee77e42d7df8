"""The first slice (file → sentences → sentiment → figure) works with the network off."""

import subprocess
import sys

SLICE = """
import socket, sys

attempts = []


def refuse(*args, **kwargs):
    # Recorded as well as refused: a library that swallows the error must not pass.
    attempts.append(args[:2])
    raise OSError("network disabled by the test")

socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse

from kolumne import load_column
from kolumne.frames import sentence_sentiment
from kolumne.export import save_figure
from kolumne.figures import sentence_polarity

column = load_column(sys.argv[1])
scores = sentence_sentiment([column], backends=["textblob-de"])
save_figure(sentence_polarity(scores), "offline", ("png", "svg", "pdf"), sys.argv[2])
assert not attempts, f"network use attempted: {attempts}"
print(len(scores))
"""


def test_slice_runs_with_sockets_disabled_and_a_fresh_cache(tmp_path, seed_path):
    # A fresh HOME and NLTK cache: the Punkt model must be built locally, not fetched.
    environment = {
        "PATH": "",
        "HOME": str(tmp_path / "home"),
        "KOLUMNE_NLTK_DATA": str(tmp_path / "nltk_data"),
        "MPLCONFIGDIR": str(tmp_path / "mpl"),
    }
    result = subprocess.run(
        [sys.executable, "-c", SLICE, str(seed_path), str(tmp_path / "figures")],
        capture_output=True,
        text=True,
        timeout=300,
        env=environment,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "24"  # 8 question + 16 answer sentences
    assert sorted(path.name for path in (tmp_path / "figures").iterdir()) == [
        "offline.pdf",
        "offline.png",
        "offline.svg",
    ]
