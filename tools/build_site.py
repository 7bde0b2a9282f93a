"""Build a static course site: every notebook as an HTML page with live explorers.

Usage::

    python tools/build_site.py --out site/
    python -m http.server --directory site/ --bind 127.0.0.1 8000   # to look at it

The pages need no kernel and no network. Both editions are built: English at
the site's root, Korean under ``ko/``, each with its own index, and every page
links its twin in the other language. Each notebook (core, deeper,
solutions) that uses widgets is executed in a fresh kernel with its widget
state saved; the others are converted from their committed outputs, which the
test suite re-runs and compares (nbval). Then each is converted to HTML. The
explorers' controls and pictures run in the reader's browser from the saved
state: the picture is drawn by the explorer's own front-end module, which
travels inside the state. Everything a page loads is copied into
``<out>/assets/`` from pinned npm packages, whose licences allow redistribution
(``assets/LICENSES.md`` lists them):

* ``@jupyter-widgets/html-manager`` (BSD-3-Clause): renders saved widget state;
* ``anywidget`` (MIT): the front end of the explorers' pictures;
* ``requirejs`` (MIT): the module loader the html-manager uses;
* ``mathjax`` 2 (Apache-2.0): the formulas.

The Korean pages also load the Hangul font helpers ships (``assets/fonts/``,
SIL Open Font License), for the many readers whose machine has no Korean font.

The packages come from the npm registry through ``npm pack`` (node's npm must be
installed), are checked against the integrity hashes pinned below, and are kept
in a cache directory (``--cache``, by default ``~/.cache/scores-to-probabilities``),
so a second build needs no network. The output directory can be served by any
static host: GitHub Pages, a university web server, a folder on a USB stick
opened through a local web server.
"""

import argparse
import base64
import hashlib
import html
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from editions import EDITIONS, twin
from execute_notebooks import KERNELSPEC, deterministic_environment

ROOT = Path(__file__).resolve().parent.parent

NOTEBOOKS = ROOT / "notebooks"
FONTS = ROOT / "helpers" / "fonts"
TEMPLATE_DIR = Path(__file__).resolve().parent / "site_template"
DEFAULT_CACHE = Path.home() / ".cache" / "scores-to-probabilities" / "npm"

# name: (version, npm integrity, licence, [(path in the package, path under assets/)])
PACKAGES = {
    "@jupyter-widgets/html-manager": (
        "1.0.15",
        "sha512-5thBIV6ymNgmPVOHvzx+gGy8ZSKmSazhtGw4/c4xJDVzRhG9PTeQsRjF3FUTopvFi//SABeNz1yp47bCrJ3CQA==",
        "BSD-3-Clause", [("dist", "html-manager")]),
    "anywidget": (
        "0.11.0",
        "sha512-LHZgW2j5UjyerZSZcO+BtZPXGMSORQV2bUT480hOR5x/BXS8sOradi/71amJfMueSEnKX0dqPwTfsOGHTsyZpQ==",
        "MIT", [("dist/index.js", "anywidget/index.js"), ("LICENSE", "anywidget/LICENSE")]),
    "requirejs": (
        "2.3.8",
        "sha512-7/cTSLOdYkNBNJcDMWf+luFvMriVm7eYxp4BcFCsAX0wF421Vyce5SXP17c+Jd5otXKGNehIonFlyQXSowL6Mw==",
        "MIT", [("require.js", "require.js")]),
    "mathjax": (
        "2.7.9",
        "sha512-NOGEDTIM9+MrsqnjPEjVGNx4q0GQxqm61yQwSK+/5S59i26wId5IC5gNu9/bu8+CCVl5p9G2IHcAl/wJa+5+BQ==",
        "Apache-2.0", [(path, f"mathjax/{path}") for path in (
            "MathJax.js", "LICENSE", "config/TeX-AMS_CHTML-full.js", "config/Safe.js",
            "extensions",
            "jax/input/TeX", "jax/output/CommonHTML", "jax/element",
            "fonts/HTML-CSS/TeX/woff", "localization/en")]),
}
# Not needed by a page: source maps and the html-manager's non-AMD bundles.
SKIPPED = re.compile(r"\.map$|(^|/)(embed|libembed-amd)\.js$|\.d\.ts$")

SECTIONS = ("", "deeper", "solutions")
# What each edition's pages say around the notebooks.
WORDS = {
    "en": {"title": "Scores to Probabilities",
           "intro": "From a classifier's raw scores through the sigmoid, odds and the logit to "
                    "softmax. The explorers on these pages move in your browser: no "
                    "installation, no kernel.",
           "sections": ("The core path", "Going deeper", "Solutions"),
           "home": "All notebooks", "other": ("ko", "한국어")},
    "ko": {"title": "점수에서 확률로",
           "intro": "분류기의 원시 점수에서 시그모이드, 오즈, 로짓을 거쳐 소프트맥스까지. "
                    "이 페이지의 탐색기는 브라우저에서 바로 움직입니다. "
                    "설치도 커널도 필요 없습니다.",
           "sections": ("핵심 과정", "더 깊이", "풀이"),
           "home": "모든 노트북", "other": ("en", "English")},
}
# Where the Korean font may be needed: Hangul and CJK punctuation only, so that a page
# fetches it only for a character the reader's own fonts cannot draw.
HANGUL_RANGE = "U+1100-11FF, U+3000-303F, U+3130-318F, U+AC00-D7A3"


# --- the front-end packages -------------------------------------------------------------


def _tarball(name, version, integrity, cache):
    """The package's npm tarball, from the cache or `npm pack`, checked against its hash."""
    cache.mkdir(parents=True, exist_ok=True)
    filename = name.lstrip("@").replace("/", "-") + f"-{version}.tgz"
    path = cache / filename
    if not path.exists():
        npm = shutil.which("npm")
        if npm is None:
            raise SystemExit(f"build_site: {filename} is not cached in {cache} and npm is not "
                             "installed; install node's npm, or copy the tarball there")
        subprocess.run([npm, "pack", f"{name}@{version}", "--pack-destination", str(cache)],
                       check=True, capture_output=True, text=True)
    algorithm, expected = integrity.split("-", 1)
    digest = base64.b64encode(hashlib.new(algorithm, path.read_bytes()).digest()).decode()
    if digest != expected:
        raise SystemExit(f"build_site: {path} does not match the pinned integrity of "
                         f"{name}@{version}; delete it and build again")
    return path


def copy_assets(destination, cache=DEFAULT_CACHE):
    """Copy the pinned front-end packages into ``destination`` (the site's assets/)."""
    destination.mkdir(parents=True, exist_ok=True)
    notices = ["# Third-party files in this folder\n",
               "Copied unchanged from these npm packages, under their licences:\n"]
    for name, (version, integrity, licence, files) in PACKAGES.items():
        with tarfile.open(_tarball(name, version, integrity, cache)) as archive:
            members = {m.name.removeprefix("package/"): m for m in archive.getmembers()
                       if m.isfile()}
            for source, target in files:
                chosen = [path for path in members
                          if path == source or path.startswith(source + "/")]
                if not chosen:
                    raise SystemExit(f"build_site: {name}@{version} has no {source}")
                for path in chosen:
                    if SKIPPED.search(path):
                        continue
                    out = destination / target / path[len(source):].lstrip("/") \
                        if path != source else destination / target
                    out.parent.mkdir(parents=True, exist_ok=True)
                    out.write_bytes(archive.extractfile(members[path]).read())
        notices.append(f"- `{name}` {version}, {licence}: https://www.npmjs.com/package/{name}")
    fonts = destination / "fonts"
    fonts.mkdir(exist_ok=True)
    for path in sorted(FONTS.iterdir()):
        if path.suffix in (".ttf", ".txt"):
            shutil.copyfile(path, fonts / path.name)
    notices.append("\nAnd from helpers itself, `fonts/`: S2P Hangul, a renamed subset of "
                   "NanumGothic (SIL Open Font License 1.1, `fonts/OFL.txt`) with a few glyphs of "
                   "DejaVu Sans (`fonts/LICENSE_DEJAVU.txt`).")
    (destination / "LICENSES.md").write_text("\n".join(notices) + "\n", encoding="utf-8")


# --- the pages ------------------------------------------------------------------------------


def notebooks(language="en"):
    """(section folder, path) of every notebook of an edition, in reading order."""
    found = []
    for folder in SECTIONS:
        found += [(folder, path)
                  for path in sorted((EDITIONS[language]["folder"] / folder).glob("*.ipynb"))]
    return found


def font_css(prefix):
    """The @font-face rules of the Korean font, and the page fonts that fall back to it."""
    # Each face covers a range of weights: headings are 500, which no face has exactly.
    faces = "".join(
        f'@font-face {{ font-family: "S2P Hangul"; font-weight: {weights}; '
        f'src: url("{prefix}assets/fonts/S2PHangul-{name}.ttf") format("truetype"); '
        f"unicode-range: {HANGUL_RANGE}; }}\n"
        for weights, name in (("100 549", "Regular"), ("550 900", "Bold")))
    stack = ('system-ui, -apple-system, blinkmacsystemfont, "Segoe UI", helvetica, arial, '
             '"S2P Hangul", sans-serif')
    code = 'menlo, consolas, "DejaVu Sans Mono", "S2P Hangul", monospace'
    # On body, not :root, whose variables the theme's stylesheet (later in the page) sets.
    return (faces + f"body {{ --jp-content-font-family: {stack}; --jp-ui-font-family: {stack}; "
            f"--jp-code-font-family: {code}; font-family: {stack}; }}\n")


def execute_with_widget_state(path):
    """The notebook executed in a fresh kernel in its folder, widget state saved."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    with tempfile.TemporaryDirectory(prefix="s2p-site-") as scratch:
        client = NotebookClient(nb, timeout=600, kernel_name="python3", record_timing=False,
                                store_widget_state=True,
                                resources={"metadata": {"path": str(path.parent)}})
        client.execute(env=deterministic_environment(scratch))
    nb.metadata["kernelspec"] = dict(KERNELSPEC)
    return nb


def uses_widgets(nb):
    """Whether a code cell mentions widgets: only then is the widget state worth a run."""
    return any(cell.cell_type == "code" and "widgets" in cell.source for cell in nb.cells)


def page_notebook(path):
    """The notebook as its page shows it: executed with its widget state if it uses
    widgets, else as committed."""
    import nbformat

    nb = nbformat.read(path, as_version=4)
    return execute_with_widget_state(path) if uses_widgets(nb) else nb


def title_of(nb, path):
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            match = re.search(r"^#\s+(.+)$", cell.source, flags=re.MULTILINE)
            if match:
                return match.group(1).strip()
    return path.stem


BADGE = re.compile(r'<a href="(?P<href>https://[^"]+)">\s*<img (?P<img>[^>]*src="https://[^>]*)>\s*</a>')
ALT = re.compile(r'alt="([^"]*)"')


def local_links(page):
    """Links between notebooks point at their pages; badges become plain links.

    A badge is an image on a remote host, which a page must not fetch.
    """
    def launch(match):
        alt = ALT.search(match["img"])
        label = alt[1] if alt else match["href"]
        return f'<a class="s2p-launch" href="{match["href"]}">{label}</a>'

    page = BADGE.sub(launch, page)
    if re.search(r'<img [^>]*src="https?:', page):
        raise SystemExit("build_site: a page would load an image from another host")
    return re.sub(r'href="(?!https?:|#|mailto:)([^"#]+)\.ipynb(#[^"]*)?"',
                  lambda m: f'href="{m[1]}.html{m[2] or ""}"', page)


def convert(nb, prefix, language="en", twin_url=None):
    """HTML of an executed notebook; ``prefix`` leads from the page to the site's root,
    ``twin_url`` from the page to its twin in the other edition."""
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(
        extra_template_basedirs=[str(TEMPLATE_DIR)], template_name="s2p",
        require_js_url=f"{prefix}assets/require.js",
        widget_renderer_url=f"{prefix}assets/html-manager/embed-amd.js",
        mathjax_url=f"{prefix}assets/mathjax/MathJax.js?config=TeX-AMS_CHTML-full,Safe",
    )
    exporter.anywidget_url = f"{prefix}assets/anywidget/index"
    exporter.language_code = language  # <html lang="ko">
    words = WORDS[language]
    home = prefix + ("ko/" if language == "ko" else "") + "index.html"
    body, _ = exporter.from_notebook_node(
        nb, resources={"s2p": {"anywidget_url": f"{prefix}assets/anywidget/index",
                               "index_url": home, "home": words["home"],
                               "twin_url": twin_url, "twin_label": words["other"][1],
                               "twin_language": words["other"][0],
                               "font_css": font_css(prefix) if language == "ko" else "",
                               "fonts": [f"{prefix}assets/fonts/S2PHangul-{weight}.ttf"
                                         for weight in ("Regular", "Bold")]
                               if language == "ko" else [],
                               "korean": language == "ko"}})
    return local_links(body)


def index_page(entries, language="en"):
    """An edition's front page: every notebook, by section, and a link to the other edition."""
    words = WORDS[language]
    prefix, other = ("../", "../index.html") if language == "ko" else ("", "ko/index.html")
    fonts = font_css(prefix) if language == "ko" else ""
    parts = ["<!DOCTYPE html>", f'<html lang="{language}">', "<head>", '<meta charset="utf-8">',
             '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
             f"<title>{html.escape(words['title'])}</title>",
             f"<style>{fonts}body{{max-width:46rem;margin:2rem auto;"
             "padding:0 1rem;line-height:1.5}li{margin:.3rem 0}</style>",
             "</head>", "<body>",
             f'<nav><a class="s2p-language" hreflang="{words["other"][0]}" href="{other}">'
             f'{words["other"][1]}</a></nav>',
             f"<h1>{html.escape(words['title'])}</h1>", f"<p>{html.escape(words['intro'])}</p>"]
    for folder, heading in zip(SECTIONS, words["sections"], strict=True):
        rows = [(href, title) for section, href, title in entries if section == folder]
        if rows:
            parts.append(f"<h2>{heading}</h2>")
            parts.append("<ul>")
            parts += [f'<li><a href="{href}">{html.escape(title)}</a></li>' for href, title in rows]
            parts.append("</ul>")
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)


def build(out, *, cache=DEFAULT_CACHE, only=None):
    """Build the site into ``out``; ``only``: notebook paths to include (default: all)."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    copy_assets(out / "assets", cache)
    wanted = None if only is None else {Path(p).resolve() for p in only}
    for language in EDITIONS:
        root = out / EDITIONS[language]["prefix"]
        entries = []
        for folder, path in notebooks(language):
            if wanted is not None and path.resolve() not in wanted:
                continue
            print(f"building {path.relative_to(ROOT)}", flush=True)
            nb = page_notebook(path)
            target = root / folder / f"{path.stem}.html"
            target.parent.mkdir(parents=True, exist_ok=True)
            depth = target.relative_to(out).as_posix().count("/")
            other = twin(path)
            twin_url = None
            if other.exists():
                other_page = out / other.relative_to(NOTEBOOKS).with_suffix(".html")
                twin_url = os.path.relpath(other_page, target.parent).replace(os.sep, "/")
            target.write_text(convert(nb, "../" * depth, language, twin_url), encoding="utf-8")
            href = f"{folder}/{target.name}" if folder else target.name
            entries.append((folder, href, title_of(nb, path)))
        if entries or language == "en":
            root.mkdir(parents=True, exist_ok=True)
            (root / "index.html").write_text(index_page(entries, language), encoding="utf-8")
    (out / ".nojekyll").write_text("", encoding="utf-8")  # GitHub Pages: serve as is
    return out


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="the folder to build into")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE,
                        help="where the npm tarballs are kept (default: %(default)s)")
    parser.add_argument("notebooks", nargs="*", type=Path,
                        help="build only these notebooks (default: all)")
    args = parser.parse_args(argv)
    os.environ.setdefault("PYTHONDONTWRITEBYTECODE", "1")
    build(args.out, cache=args.cache, only=args.notebooks or None)
    print(f"site built in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
