#!/usr/bin/env python3
"""Check a language's table of spoken forms.

usage: normcheck.py AUDIOGUIDE TABLE.tsv

The table (tests/fixtures/normalize/<lang>.tsv) has a header of
"# key: value" lines (lang: the gettext code; voice: the eSpeak NG voice;
forbid: words that must never be heard in a number to dial, a range or a
date ("dash", "slash"); forbid_number: words that must never be heard in
a number to dial ("hundred"); comma separated) and then one case a line:
the written text, a tab, the class it is (telephone, emergency, range,
date, fraction, schedule, money, ordinal, weekday, acronym, symbol,
address, agreement, name, time, word), a tab, and what a person says for it,
in words.

For each case, `AUDIOGUIDE say --lang <lang>` gives the text audioguide
speaks; the espeak-ng command-line tool turns it and the expected words
into phonemes, and the two must be the same (pauses, stress and word
breaks aside: "twenty-six" and "26" are one sound): the voice says what
the table says a person would.  For telephone, emergency, range, date,
fraction and schedule cases the phonemes must also hold none of the
forbidden words'.  Prints a line per failure and a summary; exits 1 on
any failure.
"""
import re
import subprocess
import sys

CHECKED = {"telephone", "emergency", "range", "date", "fraction",
           "schedule"}
NUMBERS = {"telephone", "emergency"}


def phonemes(voice, text):
    out = subprocess.run(["espeak-ng", "-q", "-x", "-v", voice, text],
                         capture_output=True, text=True).stdout
    out = re.sub(r"_[|:!]+|_\^_[A-Z]*", " ", out)	# pauses, switch marks
    out = out.replace("\n", " ")
    return " ".join(out.split())


def sound(ph):
    """Phonemes without stress marks, word breaks and short pauses."""
    return re.sub(r"[ '=,%2_]", "", ph)


def said(ag, lang, text):
    p = subprocess.run([ag, "say", "--lang", lang, text],
                       capture_output=True, text=True)
    for line in p.stdout.splitlines():
        if line.startswith("text:"):
            return line[5:].strip()
    return None


def main():
    ag, table = sys.argv[1], sys.argv[2]
    head, cases = {}, []
    for n, line in enumerate(open(table, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        m = re.match(r"^# (\w+): (.*)$", line)
        if m:
            head[m.group(1)] = m.group(2)
            continue
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            sys.exit("%s:%d: expected three columns" % (table, n))
        cases.append((n, parts[0], parts[1], parts[2]))
    lang, voice = head["lang"], head["voice"]
    def words(key):
        return [(w.strip(), sound(phonemes(voice, w.strip())))
                for w in head.get(key, "").split(",") if w.strip()]
    forbid, forbid_number = words("forbid"), words("forbid_number")
    failed, classes = 0, {}
    for n, text, cls, want in cases:
        classes[cls] = classes.get(cls, 0) + 1
        got = said(ag, lang, text)
        why = None
        if got is None:
            why = "audioguide say printed no text"
        else:
            # eSpeak NG 1.51 reads memory it never set, so the same text
            # can come out two ways (Arabic "14": half the runs each):
            # the two agree when some run of each does.
            seen_g, seen_w = {}, {}
            for _ in range(6):
                pg, pw = phonemes(voice, got), phonemes(voice, want)
                seen_g[sound(pg)], seen_w[sound(pw)] = pg, pw
                both = set(seen_g) & set(seen_w)
                if both:
                    pg = pw = seen_g[both.pop()]
                    break
            if sound(pg) != sound(pw):
                why = "says %r [%s], expected %r [%s]" % (got, pg, want, pw)
            elif cls in CHECKED:
                for w, ph in forbid + (forbid_number if cls in NUMBERS
                                       else []):
                    if ph and ph in sound(pg):
                        why = "says %r: %r in a %s" % (got, w, cls)
        if why:
            failed += 1
            print("%s:%d: %s: %s" % (table, n, text, why))
    print("%s: %d cases (%s), %d failed" % (
        lang, len(cases), ", ".join("%s %d" % kv for kv in
                                    sorted(classes.items())), failed))
    sys.exit(1 if failed else 0)


main()
