#!/usr/bin/env python3
"""Check WebVTT files: header, cue syntax, increasing cue times that lie
inside the track's duration.  usage: vttcheck.py DURATION FILE.vtt"""
import re
import sys

TS = r"(\d\d):(\d\d):(\d\d)\.(\d\d\d)"


def secs(m, i):
    h, mi, s, ms = (int(m.group(i + k)) for k in range(4))
    return h * 3600 + mi * 60 + s + ms / 1000


def main():
    duration = float(sys.argv[1])
    text = open(sys.argv[2], encoding="utf-8").read()
    assert text.startswith("WEBVTT\n"), "no WEBVTT header"
    blocks = [b for b in text.split("\n\n")[1:] if b.strip()]
    assert blocks, "no cues"
    last_end = 0.0
    for b in blocks:
        lines = b.strip("\n").split("\n")
        timing = lines[1] if "-->" not in lines[0] else lines[0]
        m = re.fullmatch(TS + " --> " + TS, timing)
        assert m, "bad timing line: %r" % timing
        start, end = secs(m, 1), secs(m, 5)
        assert start < end, "empty cue %r" % timing
        assert start >= last_end - 1e-9, "cue goes back in time: %r" % timing
        assert end <= duration + 0.001, "cue %r beyond %.3f" % (timing, duration)
        cue = lines[lines.index(timing) + 1:]
        assert cue and cue[0].strip(), "cue without text"
        assert "-->" not in "".join(cue), "unescaped --> in cue text"
        last_end = end
    print(len(blocks))


main()
