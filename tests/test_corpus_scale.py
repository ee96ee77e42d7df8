"""Corpus runs: in processes, on a Dask cluster, resumable with a cache; the frames are
always those of ``kolumne.frames`` on the same columns."""

import shutil

import pandas as pd
import pytest

import kolumne.cache
import kolumne.corpus
from kolumne import analyze_corpus, load_column, load_corpus
from kolumne.cli import main
from kolumne.corpus import DEFAULT_BACKENDS
from kolumne.frames import comparison, sections
from kolumne.paths import columns_dir

SEED = columns_dir() / "2016-kollege-sabotiert.txt"


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """Five distinct columns made from the seed's paragraphs, and one broken file."""
    seed = load_column(SEED)

    def paragraphs(section):
        return [seed.text[p.start : p.end] for p in section.paragraphs if not p.is_heading]

    questions, answers = paragraphs(seed.question), paragraphs(seed.answer)
    folder = tmp_path_factory.mktemp("columns")
    for number in range(5):
        question = "\n".join(questions[number % len(questions) :] or questions)
        answer = "\n".join(answers[number:] + answers[:number])
        text = f"Kolumne {number}\nFrage:\n{question}\nAntworten:\n{answer}\n© 2016, Lynne Curry."
        (folder / f"kolumne-{number}.txt").write_text(text, encoding="utf-8")
    (folder / "kaputt.txt").write_bytes(b"")
    return folder


@pytest.fixture(scope="module")
def local(folder):
    return analyze_corpus(folder, progress=False)


def test_frames_equal_those_of_kolumne_frames_and_bad_files_are_listed(folder, local):
    corpus = load_corpus(folder)
    expected = sections(corpus.columns, backends=DEFAULT_BACKENDS)
    pd.testing.assert_frame_equal(local.sections, expected, check_exact=True)
    pd.testing.assert_frame_equal(local.comparison, comparison(expected), check_exact=True)
    assert local.failures == corpus.failures
    assert [failure.file for failure in local.failures] == [str(folder / "kaputt.txt")]


def test_two_processes_give_the_same_frames_in_input_order(folder, local):
    parallel = analyze_corpus(folder, jobs=2, progress=False)
    pd.testing.assert_frame_equal(parallel.sections, local.sections, check_exact=True)
    pd.testing.assert_frame_equal(parallel.comparison, local.comparison, check_exact=True)
    assert parallel.failures == local.failures


def test_a_rerun_with_the_cache_analyses_only_what_is_missing(folder, local, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    first = analyze_corpus(folder, cache=cache, progress=False)
    entries = sorted((cache / "sections").glob("*.parquet"))
    assert len(entries) == 5  # the broken file is not cached: it is tried again
    # A run cut short leaves some files' rows and no finished corpus.
    entries[0].unlink()
    shutil.rmtree(cache / "corpora")

    analysed = []
    original = kolumne.corpus._load_or_failure

    def counting_load(path, *args):
        analysed.append(path)
        return original(path, *args)

    monkeypatch.setattr(kolumne.corpus, "_load_or_failure", counting_load)
    second = analyze_corpus(folder, cache=cache, progress=False)

    assert len(analysed) == 2  # the one whose entry was deleted, and the broken file
    # A finished run is read back whole: no file is analysed, none is read one by one.
    monkeypatch.setattr(kolumne.cache.ResultCache, "load", None)
    third = analyze_corpus(folder, cache=cache, progress=False)
    assert len(analysed) == 2
    assert third.files == first.files and len(third.files) == 5
    for run in (first, second, third):
        pd.testing.assert_frame_equal(run.sections, local.sections, check_exact=True)
        pd.testing.assert_frame_equal(run.comparison, local.comparison, check_exact=True)
        assert run.failures == local.failures


def test_the_cli_runs_in_processes_and_reports_bad_files(folder, capsys):
    status = main(["analyze", str(folder), "--jobs", "2", "--format", "csv", "--no-progress"])
    output = capsys.readouterr()
    assert status == 2
    assert "kaputt.txt: the file is empty" in output.err
    # The first six columns as they have always been, then backend, language and note.
    assert output.out.startswith(
        "column_id,exchange,metric,question,answer,difference,backend,language,note\n"
    )
    # 43 rows per German column: 3 counts, 7 German formulas, 14 tone measures, 4
    # sentiment measures for each of the 3 default backends with German rules (the
    # English one, vader, does not score German columns) and the contextual backend's 7
    # emotion rates.
    assert output.out.count("\nkolumne-") == 5 * (3 + 7 + 14 + 3 * 4 + 7)


def test_a_progress_bar_only_when_asked(folder, capsys):
    analyze_corpus(SEED, progress=False)
    assert capsys.readouterr().err == ""
    analyze_corpus(SEED, progress=True)
    assert "1/1" in capsys.readouterr().err


def test_a_dask_cluster_gives_the_frames_of_the_local_run(folder):
    distributed = pytest.importorskip("distributed")
    paths = [SEED, folder]
    cluster = distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, host="127.0.0.1", dashboard_address=None
    )
    with cluster, distributed.Client(cluster) as client:
        on_dask = analyze_corpus(paths, client=client, progress=False)
    here = analyze_corpus(paths, progress=False)
    pd.testing.assert_frame_equal(on_dask.sections, here.sections, check_exact=True)
    pd.testing.assert_frame_equal(on_dask.comparison, here.comparison, check_exact=True)
    assert on_dask.failures == here.failures
    # The bundled column alone: the same frames as the local path, row for row.
    seed_here = analyze_corpus(SEED, progress=False)
    seed_rows = on_dask.sections[on_dask.sections["column_id"] == "2016-kollege-sabotiert"]
    # Categories of the other columns stay in a filtered frame's dtypes: leave them out.
    seed_rows = seed_rows.apply(
        lambda column: (
            column.cat.remove_unused_categories()
            if isinstance(column.dtype, pd.CategoricalDtype)
            else column
        )
    )
    pd.testing.assert_frame_equal(seed_rows, seed_here.sections, check_exact=True)


def test_files_of_the_same_name_in_two_folders_stay_two_columns(tmp_path):
    for year, question in (("2015", "Mein Chef schreit mich an."), ("2016", "Ich bin froh.")):
        (tmp_path / year).mkdir()
        (tmp_path / year / "kolumne.txt").write_text(
            f"Frage:\n{question}\nAntworten:\nReden Sie mit ihm.\n", encoding="utf-8"
        )
    analysis = analyze_corpus(
        # The 2015 file a second time, named as the folder listing names it: one column.
        [tmp_path / "2015", tmp_path / "2016", str(tmp_path / "2015" / "kolumne.txt")],
        backends=["sentiws"],
        progress=False,
    )
    # One question and one answer per column (the long frame: their "words" rows).
    counted = analysis.sections[analysis.sections["metric"] == "words"]
    assert counted["column_id"].tolist() == ["2015/kolumne"] * 2 + ["2016/kolumne"] * 2
    assert counted["section"].tolist() == ["question", "answer"] * 2
    words = analysis.comparison[analysis.comparison["metric"] == "words"]
    words = words.set_index("column_id")["question"]
    assert words["2015/kolumne"] == 5 and words["2016/kolumne"] == 3


def test_rows_gathered_chunk_by_chunk_equal_the_chunks_joined_by_pandas():
    """300 chunks: column ids outgrow one-byte codes (127) and the codes widen; a
    missing category stays missing; values and dtypes as pandas joins them."""
    from kolumne.corpus import GrowingFrame
    from kolumne.frames import section_frame

    def chunk(number: int) -> pd.DataFrame:
        record = {
            "column_id": f"kolumne-{number}",
            "exchange": number % 3,
            "section": "answer",
            "language": "de",
            "metric": "words",
            "backend": "",
            "value": number / 7,
            "note": "",
        }
        frame = section_frame([record, {**record, "section": "question", "value": -number}])
        if number == 150:
            frame.loc[0, "note"] = None
        return frame

    chunks = [chunk(number) for number in range(300)]
    gathered = GrowingFrame(section_frame([]))
    for part in chunks:
        gathered.append(part)
    expected = pd.concat(
        [part.astype({"column_id": str, "note": object}) for part in chunks], ignore_index=True
    )
    frame = gathered.frame()
    assert list(frame.dtypes.astype(str)) == list(section_frame([]).dtypes.astype(str))
    assert frame["column_id"].cat.categories.tolist() == [f"kolumne-{n}" for n in range(300)]
    assert (
        frame["note"].isna().tolist()
        == expected["note"].isna().tolist()
        == [row == 300 for row in range(600)]
    )
    pd.testing.assert_frame_equal(
        frame.astype({"column_id": str, "note": object}), expected, check_categorical=False
    )


def test_a_corpus_gathered_in_chunks_of_one_column_gives_the_same_frames(
    folder, local, monkeypatch
):
    monkeypatch.setattr(kolumne.corpus, "ROWS_PER_CHUNK", 1)
    chunked = analyze_corpus(folder, progress=False)
    pd.testing.assert_frame_equal(chunked.sections, local.sections)
    pd.testing.assert_frame_equal(chunked.comparison, local.comparison)
