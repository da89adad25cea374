#!/usr/bin/env python3
"""Run README's walkthrough, line by line, in an empty folder, and check
that every output is the one README shows.

usage: walkthrough.py README FOLDER

The walkthrough is the sh block between <!-- walkthrough: begin --> and
<!-- walkthrough: end -->: a line "$ COMMAND" is a command (with its
"\\" continuations and its here-document up to EOF), and the lines after
it, up to the next command, are what it prints (stdout and stderr).  The
commands run in one bash, in FOLDER, with `audioguide` found on PATH.
Prints what differs and exits 1, or prints a summary.
"""
import re
import subprocess
import sys


def steps(readme):
    text = open(readme, encoding="utf-8").read()
    m = re.search(r"<!-- walkthrough: begin -->\s*```sh\n(.*?)```\s*"
                  r"<!-- walkthrough: end -->", text, re.S)
    if not m:
        sys.exit("walkthrough.py: no walkthrough block in " + readme)
    lines = m.group(1).split("\n")
    out = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.startswith("$ "):
            if out:
                out[-1][1].append(line)
            elif line.strip():
                sys.exit("walkthrough.py: output before any command: " + line)
            i += 1
            continue
        cmd = [line[2:]]
        i += 1
        while cmd[-1].endswith("\\") and i < len(lines):
            cmd.append(lines[i])
            i += 1
        if re.search(r"<<-?'?EOF'?", " ".join(cmd)):
            while i < len(lines) and lines[i] != "EOF":
                cmd.append(lines[i])
                i += 1
            cmd.append(lines[i])
            i += 1
        out.append(("\n".join(cmd), []))
    return [(c, "\n".join(o).rstrip("\n")) for c, o in out]


def main():
    readme, folder = sys.argv[1:3]
    plan = steps(readme)
    marker = "@@walkthrough-step@@"
    # Each step's stderr with its stdout, as a terminal shows them.
    script = "".join("{ %s\n} 2>&1\necho %s\n" % (c, marker) for c, _ in plan)
    p = subprocess.run(["bash", "-c", script], cwd=folder,
                       capture_output=True, text=True, timeout=900)
    got = p.stdout.split(marker + "\n")
    bad = 0
    for k, (cmd, want) in enumerate(plan):
        have = got[k].rstrip("\n") if k < len(got) else "<not run>"
        if have != want:
            bad += 1
            print("step %d: $ %s\n--- README shows:\n%s\n--- it prints:\n%s\n"
                  % (k + 1, cmd.split("\n")[0], want, have))
    if p.returncode or bad:
        print("walkthrough: %d of %d steps differ; bash exited %d"
              % (bad, len(plan), p.returncode))
        sys.exit(1)
    print("walkthrough: %d steps, each printing what README shows" % len(plan))


main()
