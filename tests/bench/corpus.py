#!/usr/bin/env python3
"""Make a synthetic benchmark project from the bundled guide.

usage: corpus.py ROOT DEST SECTIONS [GUIDES PROFILES]

DEST gets content/bench/guide.md with SECTIONS sections (the spine guide's
five, repeated, with numbered headings) and po/bench/<lang>.po for every
language of the spine guide, each a complete translation built from the
spine guide's own entries.  With GUIDES, a catalogue: content/g001 ...
each with SECTIONS sections starting at a different one of the five, a
numbered title, and PROFILES in its guide.conf.
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


def write_guide(root, dest, gid, n, first, number, profiles, src):
    heads = {c: c.capitalize() for c in SEED}
    paras = {c: m for (c, m) in src if c in SEED and m != heads[c]}
    title = [m for (c, m) in src if c == "title"][0]
    suffix = " %d" % number if number else ""
    os.makedirs(os.path.join(dest, "content", gid), exist_ok=True)
    os.makedirs(os.path.join(dest, "po", gid), exist_ok=True)
    md = ["# " + title + suffix, ""]
    for k in range(n):
        c = SEED[(first + k) % 5]
        md += ["## %s %d" % (heads[c], k + 1), "", paras[c], ""]
    open(os.path.join(dest, "content", gid, "guide.md"), "w").write("\n".join(md))
    open(os.path.join(dest, "content", gid, "guide.conf"), "w").write(
        "profiles = %s\n" % profiles)
    for f in sorted(os.listdir(os.path.join(root, "po/spine-metastases"))):
        if not f.endswith(".po"):
            continue
        tr = read_po(os.path.join(root, "po/spine-metastases", f))
        lines = ['msgid ""', 'msgstr ""',
                 quote("Content-Type: text/plain; charset=UTF-8\n"),
                 quote("Language: %s\n" % f[:-3]), "",
                 "msgctxt \"title\"", "msgid " + quote(title + suffix),
                 "msgstr " + quote(tr[("title", title)] + suffix), ""]
        for k in range(n):
            c = SEED[(first + k) % 5]
            h = "%s %d" % (heads[c], k + 1)
            slug = re.sub(r"[^a-z0-9]+", "-", h.lower()).strip("-")
            lines += ["msgctxt " + quote(slug), "msgid " + quote(h),
                      "msgstr " + quote("%s %d" % (tr[(c, heads[c])], k + 1)), "",
                      "msgctxt " + quote(slug), "msgid " + quote(paras[c]),
                      "msgstr " + quote(tr[(c, paras[c])]), ""]
        open(os.path.join(dest, "po", gid, f), "w").write("\n".join(lines))


def main():
    root, dest, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    src = read_po(os.path.join(root, "po/spine-metastases/es.po"))
    if len(sys.argv) > 4:
        for g in range(int(sys.argv[4])):
            write_guide(root, dest, "g%03d" % (g + 1), n, g, g + 1,
                        sys.argv[5], src)
    else:
        write_guide(root, dest, "bench", n, 0, 0, "mp3, ulaw, flac", src)


main()
