#!/usr/bin/env python3
"""Make a synthetic benchmark project from the bundled guide.

usage: corpus.py ROOT DEST SECTIONS

DEST gets content/bench/guide.md with SECTIONS sections (the spine guide's
five, repeated, with numbered headings) and po/bench/<lang>.po for every
language of the spine guide, each a complete translation built from the
spine guide's own entries.
"""
import os
import re
import subprocess
import sys

SEED = ["overview", "causes", "damage", "complications", "treatment"]


def unquote(s):
    return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), s)


def quote(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def read_po(path):
    """(msgctxt, msgid) -> msgstr, from msgcat's unwrapped output."""
    text = subprocess.run(["msgcat", "--no-wrap", path], check=True,
                          capture_output=True, text=True).stdout
    out, cur = {}, {}
    for line in text.splitlines():
        m = re.match(r'^(msgctxt|msgid|msgstr) "(.*)"$', line)
        if m:
            cur[m.group(1)] = unquote(m.group(2))
            if m.group(1) == "msgstr" and cur.get("msgid"):
                out[(cur.get("msgctxt"), cur["msgid"])] = cur["msgstr"]
                cur = {}
    return out


def main():
    root, dest, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    src = read_po(os.path.join(root, "po/spine-metastases/es.po"))
    heads = {c: c.capitalize() for c in SEED}
    paras = {c: m for (c, m) in src if c in SEED and m != heads[c]}
    title = [m for (c, m) in src if c == "title"][0]
    os.makedirs(os.path.join(dest, "content/bench"), exist_ok=True)
    os.makedirs(os.path.join(dest, "po/bench"), exist_ok=True)
    md = ["# " + title, ""]
    for k in range(n):
        c = SEED[k % 5]
        md += ["## %s %d" % (heads[c], k + 1), "", paras[c], ""]
    open(os.path.join(dest, "content/bench/guide.md"), "w").write("\n".join(md))
    open(os.path.join(dest, "content/bench/guide.conf"), "w").write(
        "profiles = mp3, ulaw, flac\n")
    for f in sorted(os.listdir(os.path.join(root, "po/spine-metastases"))):
        if not f.endswith(".po"):
            continue
        tr = read_po(os.path.join(root, "po/spine-metastases", f))
        lines = ['msgid ""', 'msgstr ""',
                 quote("Content-Type: text/plain; charset=UTF-8\n"),
                 quote("Language: %s\n" % f[:-3]), "",
                 "msgctxt \"title\"", "msgid " + quote(title),
                 "msgstr " + quote(tr[("title", title)]), ""]
        for k in range(n):
            c = SEED[k % 5]
            h = "%s %d" % (heads[c], k + 1)
            slug = re.sub(r"[^a-z0-9]+", "-", h.lower()).strip("-")
            lines += ["msgctxt " + quote(slug), "msgid " + quote(h),
                      "msgstr " + quote("%s %d" % (tr[(c, heads[c])], k + 1)), "",
                      "msgctxt " + quote(slug), "msgid " + quote(paras[c]),
                      "msgstr " + quote(tr[(c, paras[c])]), ""]
        open(os.path.join(dest, "po/bench", f), "w").write("\n".join(lines))


main()
