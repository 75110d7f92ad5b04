"""Builds annals._annals with CMake (the same build as everything else) and
packages it with python/annals. Used by `pip install . --no-build-isolation`.

ANNALS_CMAKE_BUILD_TYPE (default Release) and ANNALS_CMAKE_BUILD_DIR (default
build/pip) choose the CMake build; CMAKE_CXX_COMPILER_LAUNCHER=ccache is honoured.
"""

import os
import pathlib
import shutil
import subprocess
import sys

from setuptools import Extension, find_packages, setup
from setuptools.command.build_ext import build_ext

SOURCE_DIR = pathlib.Path(__file__).resolve().parent


class CMakeExtension(Extension):
    def __init__(self, name, target):
        super().__init__(name, sources=[])
        self.target = target


class CMakeBuild(build_ext):
    def build_extension(self, ext):
        build_dir = pathlib.Path(os.environ.get("ANNALS_CMAKE_BUILD_DIR", SOURCE_DIR / "build" / "pip"))
        build_type = os.environ.get("ANNALS_CMAKE_BUILD_TYPE", "Release")
        # Only what the module needs: no tests, no benchmarks; this interpreter's headers and ABI.
        subprocess.run(["cmake", "-S", str(SOURCE_DIR), "-B", str(build_dir), "-G", "Ninja",
                        f"-DCMAKE_BUILD_TYPE={build_type}", "-DANNALS_BUILD_TESTS=OFF",
                        "-DANNALS_BUILD_BENCH=OFF", "-DANNALS_BUILD_PYTHON=ON",
                        f"-DPython_EXECUTABLE={sys.executable}"], check=True)
        subprocess.run(["cmake", "--build", str(build_dir), "--target", ext.target], check=True)
        built = next((build_dir / "python" / "annals").glob("_annals*.so"))
        destination = pathlib.Path(self.get_ext_fullpath(ext.name))
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(built, destination)


setup(
    package_dir={"": "python"},
    packages=find_packages("python", include=["annals", "annals.*"]),
    package_data={"annals": ["*.pyi", "py.typed"]},
    ext_modules=[CMakeExtension("annals._annals", target="_annals")],
    cmdclass={"build_ext": CMakeBuild},
    zip_safe=False,
)
