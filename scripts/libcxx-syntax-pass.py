#!/usr/bin/env python3
"""Compiles every source file of core/, ui/ and app/ for syntax only against LLVM's libc++ (the
C++ library of macOS), with the flags of a clang build's compile_commands.json: a libstdc++
build can accept code that libc++ rejects (a missing transitive #include, a library feature one
of them lacks). Usage: libcxx-syntax-pass.py BUILD_DIR [JOBS]. Exit 1 when any file fails."""
import json
import os
import shlex
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

build = os.path.abspath(sys.argv[1])
jobs = int(sys.argv[2]) if len(sys.argv) > 2 else os.cpu_count() or 2
source_root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
own = tuple(os.path.join(source_root, d) + os.sep for d in ("core", "ui", "app"))

with open(os.path.join(build, "compile_commands.json")) as f:
    entries = [e for e in json.load(f) if e["file"].startswith(own)]


def syntax_command(entry):
    args = entry["arguments"] if "arguments" in entry else shlex.split(entry["command"])
    out = []
    skip = False
    for arg in args:
        if skip:
            skip = False
            continue
        if arg in ("-o", "-MF", "-MT", "-MQ"):
            skip = True
            continue
        if arg in ("-c", "-MD", "-MMD"):
            continue
        out.append(arg)
    # The compiler may be wrapped (ccache): keep only what follows the clang++ executable.
    first = next(i for i, a in enumerate(out) if "clang++" in os.path.basename(a))
    return out[first:] + ["-fsyntax-only", "-stdlib=libc++"]


def check(entry):
    result = subprocess.run(syntax_command(entry), cwd=entry["directory"],
                            capture_output=True, text=True)
    return entry["file"], result.returncode, result.stderr


failed = 0
with ThreadPoolExecutor(max_workers=jobs) as pool:
    for path, code, errors in pool.map(check, entries):
        if code != 0:
            failed += 1
            print(f"libc++: {os.path.relpath(path, source_root)} does not compile", flush=True)
            print(errors, flush=True)
print(f"libc++ syntax pass: {len(entries)} files of core/, ui/ and app/, {failed} failed")
sys.exit(1 if failed else 0)
