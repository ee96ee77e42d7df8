"""Every notebook runs in a real JupyterLab, driven through its UI in headless Chromium.

The server gets a random token and a free loopback port and is stopped by its process
id. It serves ``notebooks/`` of a temporary git clone of the project, set up as
``make setup`` sets up a checkout, so the real working tree is never touched: the
notebooks there never gain outputs, and the clone shows what git sees after a run. A
screenshot of each executed notebook goes to ``reports/screenshots/``; when a notebook
fails, ``<name>-FAILED.png`` shows the page at that moment and the failure message
carries the notebook's state (kernel, cells not run, errors, figures).
"""

import ast
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

sync_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright is not installed (it comes with the test extra)"
)

PROJECT = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
NOTEBOOKS = sorted(path.name for path in (PROJECT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
# notebooks/ is a symbolic link, and git looks at no path beyond one: `git status
# notebooks/` says nothing even when a notebook changed. Ask about the real folder.
NOTEBOOKS_IN_GIT = "src/kolumne/resources/notebooks"
# An English column that sorts before the bundled German one: the pickers then start on
# a column whose default backend is not German's, and can switch to another language.
ENGLISH_COLUMN = ("12-english-dear-letter.txt", "00-english-dear-letter.txt")
SCREENSHOTS = PROJECT / "reports" / "screenshots"
# Without these, Chromium tries to reach Google's services and a closed network refuses it.
CHROMIUM_ARGUMENTS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# JupyterLab's own settings for the test server. The news toast ("Would you like to get
# notified about official Jupyter news?") would otherwise cover part of every screenshot.
LAB_SETTINGS = {
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "fetchNews": "false",
        "checkForUpdates": False,
    },
    # Saving the widgets' state into the notebook is a setting people turn on; with it on,
    # a save writes the most a run can leave in the file.
    "@jupyter-widgets/jupyterlab-manager/plugin.jupyterlab-settings": {"saveState": True},
}
VIEWPORT = {"width": 1400, "height": 1000}
# Chromium cannot capture a taller page in one screenshot.
MAX_SCREENSHOT_HEIGHT = 16_000

pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="Chromium is not installed (make test installs Debian's chromium when run as root)",
)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_until_ready(url: str, server: subprocess.Popen, log: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(
                f"jupyter lab exited with status {server.returncode}:\n{log.read_text()[-3000:]}"
            )
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.25)
    raise TimeoutError(f"jupyter lab did not answer {url} within {timeout} s")


def _stop(server: subprocess.Popen) -> None:
    """Stop the server by its process id (its own process group); SIGTERM lets it shut
    down its kernels, SIGKILL is the last resort."""
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


def _git(checkout: Path, *arguments: str) -> str:
    return subprocess.run(
        ["git", *arguments], cwd=checkout, capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture(scope="module")
def checkout(tmp_path_factory) -> Path:
    """A git clone of the project, with the notebooks and attributes of its working tree
    committed (what is about to be committed is what gets tested), then set up as
    ``make setup`` does: the filter is configured after the notebooks are in git, as on
    a fresh clone. The English column is left untracked in ``data/columns``."""
    if shutil.which("git") is None or not (PROJECT / ".git").exists():
        pytest.skip("the JupyterLab tests run in a git clone of the project: no git checkout")
    clone = tmp_path_factory.mktemp("lab") / "kolumne"
    _git(PROJECT, "clone", "--quiet", str(PROJECT), str(clone))
    for name in NOTEBOOKS:
        shutil.copyfile(PROJECT / "notebooks" / name, clone / "notebooks" / name)
    committed = [NOTEBOOKS_IN_GIT]
    if (PROJECT / ".gitattributes").exists():
        shutil.copyfile(PROJECT / ".gitattributes", clone / ".gitattributes")
        committed.append(".gitattributes")
    _git(clone, "add", "--", *committed)
    if _git(clone, "status", "--porcelain", "--untracked-files=no"):
        _git(
            clone,
            *("-c", "user.name=kolumne tests", "-c", "user.email=tests@localhost"),
            *("commit", "--quiet", "--no-verify", "-m", "the working tree's notebooks"),
        )
    # The set-up's own command (see the Makefile), with the Python of the set-up's .venv.
    subprocess.run(
        [sys.executable, "-m", "kolumne.notebook_filter", "--install"],
        cwd=clone,
        check=True,
        capture_output=True,
    )
    source, target = ENGLISH_COLUMN
    shutil.copyfile(PROJECT / "tests" / "columns" / source, clone / "data" / "columns" / target)
    return clone


@pytest.fixture(scope="module")
def jupyterlab(checkout, tmp_path_factory):
    """A running JupyterLab on the clone's notebooks/, as `make lab` starts it: yields its
    base URL and token."""
    root = checkout / "notebooks"
    # Configuration, settings, workspaces and kernel connection files live outside the
    # served folder and outside the user's home, so neither side affects the other.
    private = tmp_path_factory.mktemp("lab-private")
    for name, settings in LAB_SETTINGS.items():
        (private / "settings" / name).parent.mkdir(parents=True, exist_ok=True)
        (private / "settings" / name).write_text(json.dumps(settings))
    port, token = _free_port(), secrets.token_hex(16)
    environment = {
        **os.environ,
        "KOLUMNE_ROOT": str(checkout),
        "JUPYTER_CONFIG_DIR": str(private / "config"),
        "JUPYTER_RUNTIME_DIR": str(private / "runtime"),
        "JUPYTERLAB_SETTINGS_DIR": str(private / "settings"),
        "JUPYTERLAB_WORKSPACES_DIR": str(private / "workspaces"),
    }
    log_path = private / "jupyterlab.log"
    # A cancelled CI job (or `timeout`) sends SIGTERM, which would end pytest without any
    # teardown and leave the server running in its own session: make it an interrupt, so
    # the `finally` below still stops the server.
    previous_sigterm = signal.signal(signal.SIGTERM, signal.default_int_handler)
    with log_path.open("w") as log:
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "jupyterlab",
                "--no-browser",
                "--ip=127.0.0.1",
                f"--port={port}",
                f"--IdentityProvider.token={token}",
                f"--ServerApp.root_dir={root}",
                "--LabApp.expose_app_in_browser=True",
                "--LabApp.news_url=None",
                "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
                "--LabApp.extension_manager=readonly",
                *(["--allow-root"] if os.geteuid() == 0 else []),
            ],
            env=environment,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            _wait_until_ready(f"{base}/api/status?token={token}", server, log_path)
            yield base, token
        finally:
            _stop(server)
            signal.signal(signal.SIGTERM, previous_sigterm)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGUMENTS
        )
        try:
            yield chromium
        finally:
            chromium.close()


# The open notebook as JupyterLab's model sees it, read through the app object the server
# exposes (--LabApp.expose_app_in_browser). Only code cells with code in them count:
# JupyterLab never executes an empty one, so its execution count stays null.
NOTEBOOK_STATE = """() => {
  const widget = window.jupyterapp?.shell.currentWidget;
  const dialogs = [...document.querySelectorAll('.jp-Dialog')].map(d => d.innerText.trim());
  if (!widget?.content?.model) return {widget: widget?.title.label ?? null, dialogs};
  const session = widget.sessionContext;
  const cells = widget.content.model.toJSON().cells.map((cell, index) => ({...cell, index}));
  const code = cells.filter(c => c.cell_type === 'code' && [].concat(c.source).join('').trim());
  const outputs = code.flatMap(c => c.outputs.map(output => ({...output, cell: c.index})));
  const images = [...widget.node.querySelectorAll('.jp-OutputArea-output img')];
  return {
    path: widget.context.path,
    kernel: session.session?.kernel?.status ?? 'none',
    kernel_name: session.session?.kernel?.name ?? null,
    ready: session.isReady,
    dialogs,
    code_cells: code.length,
    not_run: code.filter(c => c.execution_count === null).map(c => c.index),
    errors: outputs.filter(o => o.output_type === 'error')
                   .map(o => `cell ${o.cell}: ${o.ename}: ${o.evalue}`),
    figures: outputs.filter(o => o.data && ('image/png' in o.data || 'image/svg+xml' in o.data))
                    .length,
    rendered: images.filter(image => image.complete && image.naturalWidth > 0).length,
  };
}"""


def _state(page) -> dict:
    return page.evaluate(NOTEBOOK_STATE)


def _fail(page, notebook: str, reason: str) -> None:
    """Fail with a screenshot of the page and the notebook's state, for the CI log."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    screenshot = SCREENSHOTS / f"{Path(notebook).stem}-FAILED.png"
    page.screenshot(path=str(screenshot))
    pytest.fail(
        f"{notebook}: {reason}\nnotebook state: {json.dumps(_state(page), indent=2)}\n"
        f"screenshot: {screenshot.relative_to(PROJECT)}",
        pytrace=False,
    )


def _wait(page, notebook: str, condition: str, what: str, timeout: float) -> None:
    """Wait until `condition` (JavaScript on the state above) holds, or fail saying what.

    A dialog (no kernel found, the kernel died, ...) blocks the notebook until someone
    answers it, so it ends the wait at once rather than after the timeout."""
    try:
        page.wait_for_function(
            f"() => {{ const s = ({NOTEBOOK_STATE})();"
            f" return s.dialogs.length || ({condition}); }}",
            timeout=timeout * 1000,
            polling=200,
        )
    except sync_api.TimeoutError:
        _fail(page, notebook, f"timed out after {timeout:g} s waiting for {what}")
    if _state(page)["dialogs"]:
        _fail(page, notebook, f"a dialog came up while waiting for {what}")


def _screenshot_whole_notebook(page, path: Path) -> None:
    """The notebook scrolls inside its panel (and "Run All Cells" leaves it at the last
    cell), so a screenshot shows only what fits the window: scroll back to the top and
    make the window as tall as the notebook to capture all of it."""
    hidden = page.evaluate(
        "() => { const scroller = window.jupyterapp.shell.currentWidget.content.outerNode;"
        " scroller.scrollTop = 0; return scroller.scrollHeight - scroller.clientHeight; }"
    )
    height = min(VIEWPORT["height"] + hidden, MAX_SCREENSHOT_HEIGHT)
    page.set_viewport_size({"width": VIEWPORT["width"], "height": height})
    page.screenshot(path=str(path))


@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_notebook_runs_in_jupyterlab(jupyterlab, browser, notebook):
    base, token = jupyterlab
    stem = Path(notebook).stem
    # A fresh browser context and a workspace of its own per notebook: the default
    # workspace would reopen the previous notebook, whose idle kernel then passes for
    # this one's and receives "Run All Cells". (A dot in a workspace name breaks the URL.)
    workspace = re.sub(r"[^A-Za-z0-9_-]", "-", stem)
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        page.goto(f"{base}/lab/workspaces/{workspace}/tree/{notebook}?token={token}")
        name = json.dumps(notebook)
        _wait(
            page,
            notebook,
            f"s.path === {name} && s.ready && s.kernel === 'idle'",
            "the notebook to open with an idle kernel",
            timeout=60,
        )
        state = _run_all_cells(page, notebook)
        if not state["figures"]:
            _fail(page, notebook, "no cell displayed a figure")
        _wait(page, notebook, "s.rendered >= s.figures", "every figure to render", timeout=15)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        _screenshot_whole_notebook(page, SCREENSHOTS / f"{stem}.png")
        (SCREENSHOTS / f"{stem}-FAILED.png").unlink(missing_ok=True)
    finally:
        context.close()


def _backend_parameter(notebook: Path) -> str:
    """The ``backend`` value of the notebook's parameters cell."""
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    parameters = next(c for c in cells if "parameters" in c["metadata"].get("tags", []))
    for statement in ast.parse("".join(parameters["source"])).body:
        if isinstance(statement, ast.Assign) and statement.targets[0].id == "backend":
            return ast.literal_eval(statement.value)
    raise AssertionError(f"{notebook.name} has no backend parameter")


def _run_all_cells(page, notebook: str) -> dict:
    """Run every cell the way a person would (the Run menu, then "Run All Cells"); fail
    on a cell that raised; return the notebook's state afterwards."""
    try:
        page.get_by_role("menuitem", name="Run", exact=True).click()
        page.get_by_role("menuitem", name="Run All Cells", exact=True).click()
    except sync_api.Error as error:
        _fail(page, notebook, f"could not click Run > Run All Cells: {error.message}")
    # Done when the kernel is idle again and every cell has run, or the run stopped
    # at an error (JupyterLab then skips the cells after it).
    _wait(
        page,
        notebook,
        "s.kernel === 'idle' && (s.errors.length || !s.not_run.length)",
        "all cells to run",
        timeout=180,
    )
    state = _state(page)
    if state["errors"]:
        _fail(page, notebook, "a cell raised an error")
    return state


def _dropdown(page, label: str):
    """The <select> of the ipywidgets dropdown with this description."""
    return (
        page.locator(".widget-dropdown")
        .filter(has=page.locator("label", has_text=re.compile(f"^{label}$")))
        .locator("select")
    )


# The chart the picker shows (its output area's first image), by its data.
PICKER_CHART = "() => document.querySelector('.widget-vbox .widget-output img')?.src ?? null"


def _wait_for_new_chart(page, notebook: str, before: str | None, what: str) -> str:
    """Wait until the picker shows a chart other than ``before``, loaded; return it."""
    try:
        page.wait_for_function(
            "(before) => { const img = document.querySelector('.widget-vbox .widget-output img');"
            " return img && img.src !== before && img.complete && img.naturalWidth > 0; }",
            arg=before,
            timeout=60_000,
            polling=200,
        )
    except sync_api.TimeoutError:
        _fail(page, notebook, f"the picker did not redraw its chart for {what}")
    return page.evaluate(PICKER_CHART)


def _wait_for_value(page, notebook: str, select, value: str, what: str) -> None:
    try:
        sync_api.expect(select).to_have_value(value, timeout=30_000)
    except AssertionError as error:
        _fail(page, notebook, f"{what}: {error}")


def test_running_and_saving_in_jupyterlab_leaves_git_status_empty(jupyterlab, browser, checkout):
    """After the set-up, a person opens 04, runs it, moves both pickers, saves (Ctrl+S), and
    git sees no change; the backend picker started at the notebook's ``backend`` parameter
    as the charts above it read it for the first column (English: not German's default)."""
    from kolumne import load_corpus
    from kolumne.sentiment import resolve_backend, unavailable_reason

    base, token = jupyterlab
    notebook = next(name for name in NOTEBOOKS if name.startswith("04_"))
    path = checkout / NOTEBOOKS_IN_GIT / notebook
    committed = path.read_bytes()
    assert _git(checkout, "status", "--porcelain", "--", NOTEBOOKS_IN_GIT) == ""
    columns = load_corpus(checkout / "data" / "columns").columns
    assert len({column.language for column in columns}) > 1, "the test needs two languages"
    first, other = columns[0], next(c for c in columns if c.language != columns[0].language)
    backend = _backend_parameter(path)
    start = resolve_backend(backend, first.language)
    # The column of the other language, where the start backend has no rules, switches
    # the backend to the parameter's backend for that language, or that language's default.
    switched = next(
        name
        for name in (
            resolve_backend(backend, other.language),
            resolve_backend("default", other.language),
        )
        if unavailable_reason(name, other.language) is None
    )
    if unavailable_reason(start, other.language) is None:
        switched = start

    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        page.goto(f"{base}/lab/workspaces/git-status/tree/{notebook}?token={token}")
        _wait(
            page,
            notebook,
            f"s.path === {json.dumps(notebook)} && s.ready && s.kernel === 'idle'",
            "the notebook to open with an idle kernel",
            timeout=60,
        )
        _run_all_cells(page, notebook)
        column_choice, backend_choice = _dropdown(page, "Column"), _dropdown(page, "Backend")
        _wait_for_value(page, notebook, column_choice, first.column_id, "the first column")
        _wait_for_value(
            page,
            notebook,
            backend_choice,
            start,
            f"the backend parameter {backend!r} for {first.language}",
        )
        chart = _wait_for_new_chart(page, notebook, None, first.column_id)
        column_choice.select_option(other.column_id)
        _wait_for_value(
            page, notebook, backend_choice, switched, f"the backend for {other.language}"
        )
        chart = _wait_for_new_chart(page, notebook, chart, other.column_id)
        another = next(
            option
            for option in backend_choice.locator("option").all_inner_texts()
            if option != switched and unavailable_reason(option, other.language) is None
        )
        backend_choice.select_option(another)
        _wait_for_new_chart(page, notebook, chart, another)
        _wait(page, notebook, "s.kernel === 'idle'", "the kernel to be idle again", timeout=60)
        # Ctrl+S as a person presses it: with the notebook in command mode, not in a widget.
        page.keyboard.press("Escape")
        page.locator(".jp-Notebook").first.press("Control+s")
        _wait(
            page,
            notebook,
            "!window.jupyterapp.shell.currentWidget.context.model.dirty",
            "the notebook to be saved",
            timeout=30,
        )
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        _screenshot_whole_notebook(page, SCREENSHOTS / f"{Path(notebook).stem}-saved.png")
    finally:
        context.close()

    saved = json.loads(path.read_text(encoding="utf-8"))
    # The run is in the file: outputs, counts, the kernel's language_info, widget state.
    assert path.read_bytes() != committed
    code = [cell for cell in saved["cells"] if cell["cell_type"] == "code"]
    assert all(cell["execution_count"] for cell in code)
    assert any(output.get("data", {}).get("image/png") for c in code for output in c["outputs"])
    assert saved["metadata"]["language_info"].keys() > {"name"}
    assert "widgets" in saved["metadata"]
    # ... and git sees the committed notebook: no status, the same blob as HEAD's.
    status = _git(checkout, "status", "--porcelain", "--", NOTEBOOKS_IN_GIT)
    assert status == "", _git(checkout, "diff", "--", NOTEBOOKS_IN_GIT)[:3000]
    head = _git(checkout, "rev-parse", f"HEAD:{NOTEBOOKS_IN_GIT}/{notebook}").strip()
    assert (
        _git(checkout, "hash-object", "--path", f"{NOTEBOOKS_IN_GIT}/{notebook}", str(path)).strip()
        == head
    )
    assert _git(checkout, "status", "--porcelain").splitlines() == [
        f"?? data/columns/{ENGLISH_COLUMN[1]}"
    ]
