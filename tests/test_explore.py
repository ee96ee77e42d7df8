"""The pickers start where the charts above them are and follow the column's language."""

import pytest

from kolumne import parse_column
from kolumne.explore import HEADLESS_VARIABLE, column_picker

pytest.importorskip("ipywidgets", reason="ipywidgets comes with the lab extra")

ENGLISH = parse_column(
    "Question:\nMy son has stopped talking to us. What should we do?\n"
    "Answer:\nTalk to him today, and call his teachers.",
    source="english.txt",
)
GERMAN = parse_column(
    "Frage:\nMein Sohn redet nicht mehr mit uns. Was sollen wir tun?\n"
    "Antwort:\nReden Sie heute mit ihm.",
    source="deutsch.txt",
)
BACKENDS = ["contextual", "textblob-de", "sentiws", "vader"]


@pytest.fixture(autouse=True)
def interactive(monkeypatch):
    monkeypatch.delenv(HEADLESS_VARIABLE, raising=False)
    yield
    # Closed while their comms exist: left to the garbage collector at the interpreter's
    # exit, each widget's close raises an ignored KeyError into the test log.
    import ipywidgets

    ipywidgets.Widget.close_all()


def _picker(columns, **keywords):
    drawn = []
    picker = column_picker(
        columns,
        BACKENDS,
        lambda column, option: drawn.append((column.column_id, option)) or [],
        option_label="Backend",
        **keywords,
    )
    column, option, _ = picker.children
    return column, option, drawn


@pytest.mark.parametrize(
    ("columns", "backend", "start"),
    [
        ([ENGLISH, GERMAN], "default", "contextual"),
        ([GERMAN, ENGLISH], "default", "contextual"),
        ([ENGLISH, GERMAN], "vader", "vader"),
        # The charts above used sentiws for the English column too (and said "not available").
        ([ENGLISH, GERMAN], "sentiws", "sentiws"),
        ([GERMAN], "textblob-de", "textblob-de"),
    ],
)
def test_the_picker_starts_at_the_backend_the_charts_used_for_the_first_column(
    columns, backend, start
):
    column, option, drawn = _picker(columns, backend=backend)
    assert (column.value, option.value) == (columns[0].column_id, start)
    assert drawn == [(columns[0].column_id, start)]


def test_another_language_switches_a_backend_without_rules_for_it_and_redraws_once():
    column, option, drawn = _picker([ENGLISH, GERMAN], backend="vader")
    column.value = "deutsch"
    assert option.value == "contextual"
    option.value = "textblob-de"
    column.value = "english"
    assert option.value == "vader"
    assert drawn == [
        ("english", "vader"),
        ("deutsch", "contextual"),
        ("deutsch", "textblob-de"),
        ("english", "vader"),
    ]


def test_a_backend_with_rules_for_the_new_language_stays():
    column, option, drawn = _picker([ENGLISH, GERMAN], backend="vader")
    option.value = "sentiws"
    column.value = "deutsch"
    assert drawn == [("english", "vader"), ("english", "sentiws"), ("deutsch", "sentiws")]


def test_the_parameter_comes_back_before_the_language_default():
    column, option, _ = _picker([ENGLISH, GERMAN], backend="textblob-de")
    assert option.value == "textblob-de"  # what the charts used, though without rules
    column.value = "deutsch"
    assert option.value == "textblob-de"
    option.value = "vader"
    column.value = "english"
    assert option.value == "vader"
    column.value = "deutsch"
    assert option.value == "textblob-de"


def test_an_explicit_default_option_is_kept_and_the_two_ways_exclude_each_other():
    _, option, _ = _picker([ENGLISH], default_option="textblob-de")
    assert option.value == "textblob-de"
    with pytest.raises(ValueError, match="not both"):
        column_picker([ENGLISH], BACKENDS, lambda c, o: [], default_option="vader", backend="vader")
