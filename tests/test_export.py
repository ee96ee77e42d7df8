"""Figures are saved in every format, with stable names and the same bytes every run."""

import subprocess
import sys

import pytest

SCRIPT = """
import sys
import pandas as pd
from kolumne.export import save_figure
from kolumne.figures import sentence_polarity
frame = pd.DataFrame({"section": ["question", "question", "answer"], "sentence": [1, 2, 1],
                      "polarity": [-0.4, 0.0, 0.6], "backend": "textblob-de"})
save_figure(sentence_polarity(frame, lang="de"), "01-check", ("png", "svg", "pdf"), sys.argv[1])
"""


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory):
    """The same figure saved by two separate processes."""
    folders = [tmp_path_factory.mktemp(name) for name in ("first", "second")]
    for folder in folders:
        subprocess.run([sys.executable, "-c", SCRIPT, str(folder)], check=True, timeout=120)
    return folders


@pytest.mark.parametrize("file_format", ["png", "svg", "pdf"])
def test_two_processes_write_identical_bytes(two_runs, file_format):
    first, second = (folder / f"01-check.{file_format}" for folder in two_runs)
    assert first.read_bytes() == second.read_bytes()


def test_files_carry_provenance_and_no_date(two_runs):
    svg = (two_runs[0] / "01-check.svg").read_text(encoding="utf-8")
    pdf = (two_runs[0] / "01-check.pdf").read_bytes()
    assert "kolumne" in svg and "<dc:date>" not in svg
    assert b"/Creator (kolumne" in pdf and b"/CreationDate" not in pdf


def test_png_is_300_dpi(two_runs):
    from PIL import Image

    with Image.open(two_runs[0] / "01-check.png") as image:
        assert round(image.info["dpi"][0]) == 300
        # 6.3 x 3.6 inches at 300 dpi, the packaged style's figure size.
        assert image.size == (1890, 1080)


def test_pdf_embeds_its_fonts(two_runs):
    pdf = (two_runs[0] / "01-check.pdf").read_bytes()
    assert b"/FontFile2" in pdf  # TrueType font program embedded (pdf.fonttype 42)


def test_bad_names_are_refused(tmp_path):
    from matplotlib.figure import Figure

    from kolumne.export import save_figure

    with pytest.raises(ValueError, match="figure name"):
        save_figure(Figure(), "../escape", ("png",), tmp_path)
