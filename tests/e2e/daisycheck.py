#!/usr/bin/env python3
"""Check a DAISY 2.02 book folder, independently of audioguide.

usage: daisycheck.py DAISY_DIR [LANG]

Parses ncc.html and every SMIL file as XML and checks: the required NCC
metadata (dc:format "Daisy 2.02", ncc:multimediaType audioFullText,
...), dc:language == LANG when given; the first heading is class
"title"; every NCC heading links to a SMIL element that exists; every
referenced file exists; every <text> points at an element of the content
document; every clip lies inside its audio file's duration (measured by
ffprobe); the clips of a SMIL are in order and do not overlap; each
SMIL's ncc:timeInThisSmil and seq dur agree with its audio within 1 s;
ncc:totalTime equals the sum of the audio files within 1 s; ncc:files
and ncc:tocItems count what is there.  Prints what is wrong; exit 1."""
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

XHTML = "{http://www.w3.org/1999/xhtml}"
REQUIRED = ["dc:creator", "dc:date", "dc:format", "dc:identifier",
            "dc:language", "dc:publisher", "dc:title", "ncc:charset",
            "ncc:depth", "ncc:files", "ncc:footnotes", "ncc:generator",
            "ncc:maxPageNormal", "ncc:multimediaType", "ncc:pageFront",
            "ncc:pageNormal", "ncc:pageSpecial", "ncc:prodNotes",
            "ncc:setInfo", "ncc:sidebars", "ncc:tocItems", "ncc:totalTime"]
problems = []


def problem(msg):
    problems.append(msg)
    print("FAIL " + msg)


def clock(s):
    m = re.fullmatch(r"(\d+):(\d\d):(\d\d)(\.\d+)?", s or "")
    if not m:
        problem("bad clock value %r" % s)
        return 0.0
    return int(m[1]) * 3600 + int(m[2]) * 60 + int(m[3]) + float(m[4] or 0)


def npt(s):
    m = re.fullmatch(r"npt=(\d+(?:\.\d+)?)s", s or "")
    if not m:
        problem("bad clip value %r" % s)
        return 0.0
    return float(m[1])


durations = {}


def duration(path):
    if path not in durations:
        out = subprocess.run(
            ["ffprobe", "-v", "error", "-show_entries", "format=duration",
             "-of", "csv=p=0", path], capture_output=True, text=True)
        durations[path] = float(out.stdout.strip() or "nan")
    return durations[path]


def ids(tree):
    return {e.get("id") for e in tree.iter() if e.get("id")}


def metas(root, ns=""):
    return {m.get("name"): m.get("content")
            for m in root.iter(ns + "meta") if m.get("name")}


def check_smil(d, name, content_ids, elapsed):
    path = os.path.join(d, name)
    tree = ET.parse(path)
    meta = metas(tree.getroot())
    for key in ["dc:format", "dc:identifier", "ncc:timeInThisSmil",
                "ncc:totalElapsedTime"]:
        if key not in meta:
            problem("%s: no %s" % (name, key))
    if meta.get("dc:format") != "Daisy 2.02":
        problem("%s: dc:format %r" % (name, meta.get("dc:format")))
    if abs(clock(meta.get("ncc:totalElapsedTime")) - elapsed) > 1:
        problem("%s: ncc:totalElapsedTime %s, the tracks before it last "
                "%.3f s" % (name, meta.get("ncc:totalElapsedTime"), elapsed))
    seq = tree.getroot().find("body/seq")
    audio_files = set()
    last_end = {}
    pars = list(seq.iter("par")) if seq is not None else []
    if not pars:
        problem("%s: no <par>" % name)
    for par in pars:
        text, audio = par.find("text"), par.find("audio")
        if text is None or audio is None:
            problem("%s: par %s lacks text or audio" % (name, par.get("id")))
            continue
        src, _, frag = text.get("src", "").partition("#")
        if not os.path.isfile(os.path.join(d, src)):
            problem("%s: text src %s does not exist" % (name, src))
        elif frag not in content_ids:
            problem("%s: text src %s#%s: no such id" % (name, src, frag))
        asrc = audio.get("src", "")
        apath = os.path.join(d, asrc)
        if not os.path.isfile(apath):
            problem("%s: audio src %s does not exist" % (name, asrc))
            continue
        audio_files.add(asrc)
        a, b = npt(audio.get("clip-begin")), npt(audio.get("clip-end"))
        if not 0 <= a < b <= duration(apath) + 0.001:
            problem("%s: clip %.3f-%.3f outside %s (%.3f s)" %
                    (name, a, b, asrc, duration(apath)))
        if a < last_end.get(asrc, 0) - 0.0005:
            problem("%s: clip at %.3f overlaps or precedes the one "
                    "ending %.3f" % (name, a, last_end[asrc]))
        last_end[asrc] = b
    total = sum(duration(os.path.join(d, f)) for f in audio_files)
    if abs(clock(meta.get("ncc:timeInThisSmil")) - total) > 1:
        problem("%s: ncc:timeInThisSmil %s, its audio lasts %.3f s" %
                (name, meta.get("ncc:timeInThisSmil"), total))
    dur = seq.get("dur", "") if seq is not None else ""
    m = re.fullmatch(r"(\d+(?:\.\d+)?)s", dur)
    if not m or abs(float(m[1]) - total) > 1:
        problem("%s: seq dur %r, its audio lasts %.3f s" % (name, dur, total))
    return ids(tree), audio_files, total


def main():
    d = sys.argv[1]
    want_lang = sys.argv[2] if len(sys.argv) > 2 else None
    ncc = ET.parse(os.path.join(d, "ncc.html")).getroot()
    meta = metas(ncc, XHTML)
    for key in REQUIRED:
        if not meta.get(key):
            problem("ncc.html: no %s" % key)
    if meta.get("dc:format") != "Daisy 2.02":
        problem("ncc.html: dc:format %r" % meta.get("dc:format"))
    if meta.get("ncc:multimediaType") != "audioFullText":
        problem("ncc.html: ncc:multimediaType %r" %
                meta.get("ncc:multimediaType"))
    if want_lang and meta.get("dc:language") != want_lang:
        problem("ncc.html: dc:language %r, expected %r" %
                (meta.get("dc:language"), want_lang))
    if want_lang and ncc.get("lang") != want_lang:
        problem("ncc.html: lang=%r, expected %r" % (ncc.get("lang"), want_lang))
    body = ncc.find(XHTML + "body")
    heads = [e for e in body if re.fullmatch(XHTML + r"h[1-6]", e.tag)]
    if not heads or heads[0].get("class") != "title":
        problem("ncc.html: the first heading is not class=\"title\"")
    content_ids = {}
    files = {"ncc.html"}
    elapsed = total = 0.0
    smils = {}
    for h in heads:
        a = h.find(XHTML + "a")
        href = a.get("href", "") if a is not None else ""
        smil, _, frag = href.partition("#")
        if not smil.endswith(".smil") or not frag:
            problem("ncc.html: heading %r links to %r" % (h.get("id"), href))
            continue
        if smil in smils:
            continue
        if not os.path.isfile(os.path.join(d, smil)):
            problem("ncc.html: %s does not exist" % smil)
            continue
        files.add(smil)
        # content documents the SMIL points at, parsed once
        text = ET.parse(os.path.join(d, smil)).getroot().find(".//text")
        doc = text.get("src", "").partition("#")[0] if text is not None else ""
        if doc and doc not in content_ids and os.path.isfile(os.path.join(d, doc)):
            content_ids[doc] = ids(ET.parse(os.path.join(d, doc)))
        files.add(doc)
        smil_ids, audio, t = check_smil(d, smil, content_ids.get(doc, set()),
                                        elapsed)
        if frag not in smil_ids:
            problem("ncc.html: %s has no id %s" % (smil, frag))
        files |= audio
        smils[smil] = t
        elapsed += t
        total += t
    if abs(clock(meta.get("ncc:totalTime")) - total) > 1:
        problem("ncc.html: ncc:totalTime %s, the tracks last %.3f s" %
                (meta.get("ncc:totalTime"), total))
    if meta.get("ncc:files") != str(len(files)):
        problem("ncc.html: ncc:files %s, the book has %d" %
                (meta.get("ncc:files"), len(files)))
    if meta.get("ncc:tocItems") != str(len(heads)):
        problem("ncc.html: ncc:tocItems %s, %d headings" %
                (meta.get("ncc:tocItems"), len(heads)))
    print("%s: %d sections, %d files, totalTime %s = %.3f s, %s" %
          (d, len(smils), len(files), meta.get("ncc:totalTime"), total,
           "%d problems" % len(problems) if problems else "ok"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
