"""cmake --install gives a prefix that a C++ program builds against with
find_package(annals), and an importable Python module. Slow: installs and
compiles; scripts/test runs it once."""

import os
import pathlib
import subprocess
import sys
import textwrap

import pytest

from conftest import BUILD_DIR, SOURCE_DIR

PROGRAM = """
#include <iostream>
#include "annals/engine.h"

int main() {
  annals::Engine engine({.threads = 1});
  annals::Article a;
  a.id = "a1"; a.published = *annals::Date::parse_iso("2031-05-01"); a.language = "en";
  a.text = "Ferry crews in Port Salten walked out on Thursday. The strike stops all crossings.";
  std::vector<annals::Article> articles{a};
  engine.add(std::move(articles));
  annals::Timeline timeline = engine.timeline({.dates = 1, .sentences = 1});
  std::cout << timeline.entries.size() << " " << timeline.entries.at(0).date.to_string() << "\\n";
}
"""

CMAKE_LISTS = """
cmake_minimum_required(VERSION 3.25)
project(uses_annals LANGUAGES CXX)
set(CMAKE_CXX_STANDARD 20)
find_package(annals REQUIRED)
add_executable(uses_annals main.cpp)
target_link_libraries(uses_annals PRIVATE annals::annals)
"""


def run(*args, **kwargs):
    done = subprocess.run(args, capture_output=True, text=True, **kwargs)
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def prefix(tmp_path_factory):
    prefix = tmp_path_factory.mktemp("prefix")
    run("cmake", "--install", str(BUILD_DIR), "--prefix", str(prefix))
    return prefix


@pytest.mark.slow
def test_installed_layout(prefix):
    assert (prefix / "bin" / "annals").exists()
    assert (prefix / "include" / "annals" / "engine.h").exists()
    assert (prefix / "include" / "annals" / "version.h").exists()
    assert (prefix / "lib" / "libannals_engine.a").exists()
    assert (prefix / "lib" / "cmake" / "annals" / "annalsConfig.cmake").exists()
    assert "annals" in run(str(prefix / "bin" / "annals"), "--version")


@pytest.mark.slow
def test_a_program_links_with_find_package(prefix, tmp_path):
    (tmp_path / "main.cpp").write_text(textwrap.dedent(PROGRAM))
    (tmp_path / "CMakeLists.txt").write_text(textwrap.dedent(CMAKE_LISTS))
    build = tmp_path / "build"
    env = dict(os.environ, CMAKE_PREFIX_PATH=str(prefix))
    env.pop("CMAKE_CXX_COMPILER_LAUNCHER", None)
    run("cmake", "-S", str(tmp_path), "-B", str(build), "-G", "Ninja", env=env)
    run("nice", "-n", "10", "cmake", "--build", str(build), env=env)
    assert run(str(build / "uses_annals")) == "1 2031-05-01\n"


@pytest.mark.slow
def test_installed_python_module_imports(prefix):
    packages = list(prefix.glob("lib/python3*/dist-packages"))
    assert len(packages) == 1, packages
    code = ("import annals, sys; c = annals.corpus_from_articles([annals.Article('a', '2031-05-01', "
            "'Ferry crews walked out on Thursday.')]); print(annals.__file__, len(c.timeline(dates=1)))")
    out = run(sys.executable, "-c", code, env=dict(os.environ, PYTHONPATH=str(packages[0])), cwd=str(prefix))
    assert out.startswith(str(packages[0])) and out.endswith(" 1\n")
