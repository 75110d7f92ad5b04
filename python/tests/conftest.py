"""Finds the built module and the command line of one build folder.

The build folder is $ANNALS_BUILD_DIR, else build/debug of this checkout; CMake
writes python/build_info.txt there (source and shared-data folders). The
module is imported from <build>/python, never from an installed copy.
"""

import os
import pathlib
import sys

import pytest

SOURCE_DIR = pathlib.Path(__file__).resolve().parents[2]
BUILD_DIR = pathlib.Path(os.environ.get("ANNALS_BUILD_DIR", SOURCE_DIR / "build" / "debug")).resolve()


def _build_info():
    info_file = BUILD_DIR / "python" / "build_info.txt"
    if not info_file.exists():
        return {}
    return dict(line.split("=", 1) for line in info_file.read_text().splitlines() if "=" in line)


BUILD_INFO = _build_info()
SHARED_DIR = pathlib.Path(os.environ.get("ANNALS_SHARED_DIR", BUILD_INFO.get("shared_dir", SOURCE_DIR.parent / "shared")))
sys.path.insert(0, str(BUILD_DIR / "python"))


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: builds or installs things (minutes); run by scripts/test once")


def pytest_sessionfinish(session, exitstatus):
    # pytest exits 5 when nothing was collected (say, a -k that matches no
    # test); CI treats any non-zero code as a failure, so that one becomes 0.
    if exitstatus == pytest.ExitCode.NO_TESTS_COLLECTED:
        session.exitstatus = pytest.ExitCode.OK


@pytest.fixture(scope="session")
def annals():
    if not (BUILD_DIR / "python" / "annals").exists():
        pytest.fail(f"no built module under {BUILD_DIR}/python: build first (cmake --build --preset debug)")
    import annals as module
    assert pathlib.Path(module.__file__).is_relative_to(BUILD_DIR), module.__file__
    return module


@pytest.fixture(scope="session")
def cli():
    binary = BUILD_DIR / "annals"
    assert binary.exists(), f"no {binary}: build first"
    return str(binary)


@pytest.fixture(scope="session")
def demo():
    return SOURCE_DIR / "data" / "demo" / "articles.jsonl"


@pytest.fixture(scope="session")
def demo_corpus(annals, demo):
    return annals.load(demo, threads=2)


@pytest.fixture(scope="session")
def shared_dir():
    if not (SHARED_DIR / "eval").exists():
        pytest.skip(f"shared benchmark data not found at {SHARED_DIR} (set ANNALS_SHARED_DIR)")
    return SHARED_DIR


@pytest.fixture(scope="session")
def rouge_data(shared_dir):
    folder = shared_dir / "eval" / "resources"
    if not (folder / "smart_common_words.txt").exists():
        pytest.skip(f"no ROUGE data in {folder}")
    return folder
