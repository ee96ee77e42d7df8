"""The charts tell the truth for any input: every value inside its axis, off-scale values
said, fixed scales from the registry, n and colour scales shown, backends named, quoted
words marked as quoted, and nothing drawn over anything else.

Reference values are counted by hand from the small texts below, never taken from the
code under test.
"""

from itertools import combinations

import numpy as np
import pandas as pd
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import PathCollection
from matplotlib.patches import Rectangle
from matplotlib.text import Text

from kolumne import parse_column
from kolumne.figures import (
    backend_agreement,
    corpus_differences,
    length_distributions,
    readability_bands,
    sentence_polarity,
    tone_dumbbell,
    top_words,
)
from kolumne.frames import backend_agreement as agreement_frame
from kolumne.frames import comparison, sections, sentence_sentiment, word_contributions
from kolumne.measures.readability import FLESCH_AMSTAD_BANDS

# Three sentences in the question, three in the answer: six. The question quotes Peter:
# "Kein Problem." is someone else's speech, not the writer's.
QUOTING = parse_column(
    'Frage:\nPeter sagte: "Kein Problem." Ich habe Angst. Was soll ich tun?\n'
    "Antwort:\nDas ist gut. Rufen Sie an. Viel Erfolg!"
)
QUOTING_SENTENCES = 6


def texts_of(figure) -> list[str]:
    return [text.get_text() for text in figure.findobj(Text) if text.get_visible()]


def drawn(figure):
    """Lay out and render ``figure`` as a saved PNG would be."""
    FigureCanvasAgg(figure).draw()
    return figure


def readability_frame(**values: tuple[float, float]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {"metric": name, "backend": "", "question": q, "answer": a}
            for name, (q, a) in values.items()
        ]
    )


# --- readability -------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_wiener_value_below_the_scale_is_shown_and_said(lang):
    frame = readability_frame(wiener_sachtextformel_1=(2.5, 6.0))
    figure = drawn(readability_bands(frame, lang=lang))
    low, high = figure.axes[0].get_xlim()
    assert low < 2.5 < high and low < 6.0 < high
    note = {"en": "below the scale's 4", "de": "unter dem Skalenanfang 4"}[lang]
    assert any(note in text for text in texts_of(figure))
    assert "2.5" in texts_of(figure)


def test_a_short_simple_column_below_the_wiener_scale_keeps_its_dots():
    column = parse_column(
        "Frage:\nMein Hund bellt. Er bellt am Tag. Er bellt in der Nacht. Was soll ich tun?\n"
        "Antwort:\nGeh mit ihm raus. Lauf viel mit ihm. Dann ist er müde. Dann ist er still.",
        source="hund.txt",
    )
    readability = comparison(sections([column], backends=["sentiws"]))
    readability = readability[readability["metric"].isin(["wiener_sachtextformel_1"])]
    # By hand: 16 words in 4 sentences each; the question's words all have one syllable
    # and none more than 6 letters, so WSTF1 = 0.1672 × 4 − 0.0327 × 100 − 0.875 = −3.48;
    # the answer has one two-syllable word ("müde"): 15 of 16 monosyllables,
    # 0.1672 × 4 − 0.0327 × 93.75 − 0.875 = −3.27.
    assert readability[["question", "answer"]].values.tolist() == [
        [pytest.approx(-3.4762), pytest.approx(-3.271825)]
    ]
    figure = drawn(readability_bands(readability))
    low, high = figure.axes[0].get_xlim()
    assert low < -3.48 and high >= 15
    assert {"-3.5", "-3.3"} <= set(texts_of(figure))


def test_a_reading_ease_above_100_is_shown_and_said():
    frame = readability_frame(flesch_amstad=(118.8, 60.0))
    figure = drawn(readability_bands(frame))
    assert figure.axes[0].get_xlim()[1] > 118.8
    assert any("above the scale's 100" in text for text in texts_of(figure))
    assert "118.8" in texts_of(figure)
    # 60 lies on the scale: no number is written beside its dot.
    assert "60.0" not in texts_of(figure)


def test_values_on_the_scale_get_no_off_scale_note():
    figure = drawn(readability_bands(readability_frame(wiener_sachtextformel_1=(5.7, 6.5))))
    assert not any("scale's" in text for text in texts_of(figure))


@pytest.mark.parametrize("lang", ["en", "de"])
@pytest.mark.parametrize("values", [(54.5, 59.8), (54.5, 160.0), (-80.0, 59.8)])
def test_band_names_never_overlap_and_every_band_is_named(lang, values):
    figure = drawn(readability_bands(readability_frame(flesch_amstad=values), lang=lang))
    index = 2 if lang == "en" else 3
    short_names = {band[index].split(" (")[0] for band in FLESCH_AMSTAD_BANDS}
    axes = figure.axes[0]
    shown = [text for text in axes.texts if text.get_visible() and text.get_text() in short_names]
    boxes = [text.get_window_extent() for text in shown]
    for first, second in combinations(boxes, 2):
        assert not first.overlaps(second)
    frame_box = axes.get_window_extent()
    assert all(frame_box.x0 <= box.x0 and box.x1 <= frame_box.x1 for box in boxes)
    # A band whose name has no room is listed under the panel instead.
    listed = axes.get_xlabel()
    unnamed = [band for band in FLESCH_AMSTAD_BANDS if band[index].split(" (")[0] not in
               {text.get_text() for text in shown}]  # fmt: skip
    assert all(f"{band[0]}–{band[1]} {band[index]}" in listed for band in unnamed)


def test_the_fairly_difficult_and_standard_bands_keep_apart_in_english():
    figure = drawn(readability_bands(readability_frame(flesch_reading_ease=(92.0, 87.9))))
    boxes = {
        text.get_text(): text.get_window_extent()
        for text in figure.axes[0].texts
        if text.get_visible() and text.get_text() in ("fairly difficult", "standard")
    }
    assert len(boxes) == 2
    assert not boxes["fairly difficult"].overlaps(boxes["standard"])


# --- corpus differences ------------------------------------------------------------------


def one_pair(metric: str, difference: float, backend: str = "") -> pd.DataFrame:
    return pd.DataFrame({"column_id": ["a"], "exchange": 0, "language": "de", "metric": metric,
                         "backend": backend, "question": 0.1, "answer": 0.1 + difference,
                         "difference": [difference]})  # fmt: skip


def test_one_small_polarity_difference_does_not_fill_the_panel():
    # Two polarities of −1 … +1: the panel spans ±1 (the registry's span), not ±0.02.
    figure = corpus_differences(one_pair("polarity_weighted", 0.02, "sentiws"))
    assert tuple(float(end) for end in figure.axes[0].get_xlim()) == (-1.0, 1.0)


def test_a_share_difference_is_drawn_on_the_fixed_span_of_shares():
    figure = corpus_differences(one_pair("imperative_share", 0.44))
    assert tuple(float(end) for end in figure.axes[0].get_xlim()) == (-50.0, 50.0)


def test_a_dot_on_the_edge_of_the_span_is_drawn_whole():
    # 7 of 8 negative sentences in the question, 6 of 16 in the answer: −50 points, the
    # very edge of the share axis.
    figure = corpus_differences(one_pair("negative_share", 6 / 16 - 7 / 8, "contextual"))
    assert tuple(float(end) for end in figure.axes[0].get_xlim()) == (-50.0, 50.0)
    dots = [found for found in figure.axes[0].collections if -50.0 in found.get_offsets()[:, 0]]
    assert dots and not any(dot.get_clip_on() for dot in dots)


def test_the_span_widens_only_to_reach_a_difference_beyond_it():
    figure = corpus_differences(one_pair("first_person_singular_per_100_words", -22.0))
    low, high = figure.axes[0].get_xlim()
    assert low < -22.0 and high == -low
    assert low >= -30.0


def many_pairs(count: int) -> pd.DataFrame:
    differences = (np.arange(count) - count // 2) / count  # −0.5 … just under +0.5
    return pd.DataFrame({"column_id": [f"c{n}" for n in range(count)], "exchange": 0,
                         "language": "de", "metric": "polarity_weighted", "backend": "sentiws",
                         "question": 0.0, "answer": differences, "difference": differences})  # fmt: skip


def test_two_thousand_pairs_show_a_box_a_faint_strip_n_and_the_median():
    figure = drawn(corpus_differences(many_pairs(2000), lang="de"))
    axes = figure.axes[0]
    assert "n = 2.000" in [text.get_text() for text in axes.texts]
    assert any(isinstance(patch, Rectangle) for patch in axes.patches)
    strip = [c for c in axes.collections if isinstance(c, PathCollection)]
    assert len(strip) == 1 and len(strip[0].get_offsets()) == 2000
    assert strip[0].get_alpha() <= 0.3
    # The median of −1000/2000 … 999/2000 is −0.00025 (between −0.0005 and 0), and the
    # black tick stands there.
    ticks = [c for c in axes.collections if not isinstance(c, PathCollection)]
    medians = [
        segment[0][0]
        for collection in ticks
        for segment in collection.get_segments()
        if segment[0][0] == segment[1][0] and abs(segment[1][1] - segment[0][1]) > 0.7
    ]
    assert medians == [pytest.approx(-0.00025)]
    # The 95% interval of that median is a horizontal bar around it.
    bars = [
        segment
        for collection in ticks
        for segment in collection.get_segments()
        if segment[0][1] == segment[1][1] == 0 and collection.get_linewidth()[0] >= 3
    ]
    assert len(bars) == 1 and bars[0][0][0] < -0.00025 < bars[0][1][0]


def test_a_handful_of_pairs_are_dots_one_each():
    figure = corpus_differences(many_pairs(12))
    axes = figure.axes[0]
    dots = [c for c in axes.collections if isinstance(c, PathCollection)]
    assert len(dots) == 1 and len(dots[0].get_offsets()) == 12
    assert not any(isinstance(patch, Rectangle) for patch in axes.patches)
    assert "n = 12" in [text.get_text() for text in axes.texts]


# --- backend agreement -------------------------------------------------------------------


def test_the_agreement_chart_has_colour_bars_and_says_n():
    scores = sentence_sentiment([QUOTING], backends=["sentiws", "textblob-de-repaired"])
    figure = drawn(backend_agreement(agreement_frame(scores)))
    colour_bars = [axes for axes in figure.axes if axes.get_label() == "<colorbar>"]
    assert len(colour_bars) == 2
    texts = texts_of(figure)
    assert f"n = {QUOTING_SENTENCES} sentences scored by both backends of a pair" in texts
    cells = [text for text in figure.axes[0].texts if f"n = {QUOTING_SENTENCES}" in text.get_text()]
    assert len(cells) == 2  # the pair, above and below the diagonal


# --- top words ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def quoting_words():
    return word_contributions([QUOTING], backends=["sentiws"])


def test_top_words_names_its_backend_and_what_the_number_is(quoting_words):
    figure = top_words(quoting_words)
    caption = figure.get_supxlabel()
    assert "sentiws" in caption
    assert "weight" in caption and "sentence's score" in caption
    german = top_words(quoting_words, lang="de").get_supxlabel()
    assert "sentiws" in german and "Gewicht" in german


def test_top_words_without_a_scored_word_still_names_the_backend():
    nothing = word_contributions([parse_column(
        "Frage:\nMein Hund bellt. Was soll ich tun?\nAntwort:\nGeh mit ihm raus.",
        source="hund.txt",
    )], backends=["sentiws"])  # fmt: skip
    assert nothing.empty  # SentiWS lists none of these words
    figure = top_words(nothing, backend="sentiws")
    assert "Sentiment backend: sentiws" in figure.get_supxlabel()
    assert ["no scored words", "no scored words"] == [
        text.get_text() for axes in figure.axes for text in axes.texts
    ]


def test_a_quoted_word_is_hatched_and_labelled_quoted(quoting_words):
    figure = top_words(quoting_words)
    question = figure.axes[0]
    ticks = [tick.get_text() for tick in question.get_yticklabels()]
    problem = next(position for position, text in enumerate(ticks) if text.startswith("Problem"))
    assert "quoted" in ticks[problem]
    assert not any("quoted" in text for text in ticks if not text.startswith("Problem"))
    bars = {round(patch.get_y() + patch.get_height() / 2): patch for patch in question.patches}
    assert bars[problem].get_hatch()
    angst = next(position for position, text in enumerate(ticks) if text == "Angst")
    assert not bars[angst].get_hatch()
    assert "not counted in the writer's score" in figure.get_supxlabel().replace("\n", " ")


# --- tone --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "unit", "whose"),
    [("en", "% of characters", "of others"), ("de", "% der Zeichen", "anderer")],
)
def test_quoted_speech_is_on_a_characters_axis_and_says_whose(lang, unit, whose):
    frame = pd.DataFrame({"metric": ["imperative_share", "quoted_speech_share"], "backend": "",
                          "question": [0.0, 0.13], "answer": [0.44, 0.01]})  # fmt: skip
    figure = tone_dumbbell(frame, lang=lang)
    quoted = [
        axes
        for axes in figure.axes
        if any(whose in tick.get_text() for tick in axes.get_yticklabels())
    ]
    assert len(quoted) == 1
    assert unit in quoted[0].get_xlabel()
    shares = [axes for axes in figure.axes if axes is not quoted[0]]
    assert "%" in shares[0].get_xlabel() and unit not in shares[0].get_xlabel()


def test_a_share_axis_is_fixed_from_0_to_100_percent():
    frame = pd.DataFrame({"metric": ["question_share"], "backend": "", "question": [0.02],
                          "answer": [0.05]})  # fmt: skip
    low, high = tone_dumbbell(frame).axes[0].get_xlim()
    assert low < 0 and 100 <= high < 105


# --- lengths -----------------------------------------------------------------------------


def test_eight_and_sixteen_sentences_are_dots_on_rows_of_their_own():
    sentence_frame = pd.DataFrame({"section": ["question"] * 8 + ["answer"] * 16,
                                   "words": [10, 12, 12, 15, 17, 17, 27, 31] + list(range(2, 34, 2))})  # fmt: skip
    word_frame = pd.DataFrame({"section": ["question", "answer"] * 200, "letters": [4, 6] * 200})
    figure = drawn(length_distributions(sentence_frame, word_frame))
    sentences = figure.axes[0]
    dots = [c for c in sentences.collections if isinstance(c, PathCollection)]
    assert [len(c.get_offsets()) for c in dots] == [8, 16]
    question_rows = dots[0].get_offsets()[:, 1]
    answer_rows = dots[1].get_offsets()[:, 1]
    assert question_rows.max() < answer_rows.min()
    assert [t.get_text() for t in sentences.get_yticklabels()] == [
        "Question (n = 8)",
        "Answer (n = 16)",
    ]
    # 200 words a section: a histogram, the question's and answer's bars side by side.
    bars = figure.axes[1].patches
    assert len(bars) > 0
    for first, second in combinations([bar for bar in bars if bar.get_height() > 0], 2):
        assert not first.get_window_extent().overlaps(second.get_window_extent())


# --- every sentiment chart names its backend ---------------------------------------------


def test_each_sentence_polarity_panel_names_its_backend():
    scores = sentence_sentiment([QUOTING], backends=["sentiws", "textblob-de-repaired"])
    figure = sentence_polarity(scores)
    titles = [axes.get_title(loc="right") for axes in figure.axes]
    assert any("sentiws" in text for text in titles)
    assert any("textblob-de-repaired" in text for text in titles)
