#!/usr/bin/env python3
"""Check a build's telephone packages the way the servers would read them
(those of the two the build made).

usage: phonecheck.py OUT/GUIDE

Asterisk (asterisk/extensions_audioguide_<guide>.conf): every file a context
plays (Background, Playback; "&" lists) must exist for the language the
channel has there, in every format of the tree, so that Asterisk never
falls back to another language's file; every language context's keys
must play the sections its menu prompt names, in that order (the
prompt's text, from the manifest, against the tracks' titles).

FreeSWITCH (freeswitch/ivr_menus, dialplan): the XML must parse; every
sound a menu names must exist in the 8000 and 16000 folders where
mod_sndfile looks (prefix sounds/<lang>, or sounds/ for the language
menu), and every menu an entry goes to must exist.

Prints what is wrong and exits 1, or prints a summary.
"""
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

FORMATS = ["ulaw", "alaw", "gsm", "sln16", "wav", "wav16"]
errors = []


def fail(msg):
    errors.append(msg)


def tag_of(guide, names):
    """The guide's tag in the servers' names: its id, or for an id of
    more than 39 characters its first 28, '~' and 10 hex digits."""
    if len(guide) <= 39:
        return guide
    for n in names:
        m = re.search(re.escape(guide[:28]) + r"~[0-9a-f]{10}", n)
        if m:
            return m.group(0)
    fail("no name made of a tag of %s" % guide)
    return guide


def asterisk(root, manifest):
    conf = open(os.path.join(root, "asterisk/extensions_audioguide_%s.conf"
                             % manifest["guide"]), encoding="utf-8").read()
    sounds = os.path.join(root, "asterisk/sounds")
    contexts = {}
    name = None
    for line in conf.splitlines():
        if line.startswith(";") or not line.strip():
            continue
        m = re.match(r"^\[(.+)\]$", line)
        if m:
            name = m.group(1)
            contexts[name] = []
            continue
        contexts[name].append(line)
    guide = tag_of(manifest["guide"], contexts)
    langs = {l["code"]: l for l in manifest["languages"]}
    top = "audioguide-" + guide
    if top not in contexts:
        fail("no context " + top)
        return 0
    played = 0
    for ctx, lines in contexts.items():
        lang = None
        if len(ctx) > 79:
            fail("%s: longer than Asterisk's 79 characters" % ctx)
        m = re.match(r"^audioguide-%s\+(.+)\+(\d+)$" % re.escape(guide), ctx)
        if m:
            lang = m.group(1)
        keys = {}
        ext = None
        for line in lines:
            e = re.match(r"^exten => ([^,]+),1,(.*)$", line)
            if e:
                ext = e.group(1)
                keys.setdefault(ext, [])
            keys[ext].append(line)
            for app in re.findall(r"(?:Background|Playback)\(([^)]*)\)", line):
                for f in app.split("&"):
                    # with languageprefix: <lang>/<f>, then <f> itself
                    cands = ([os.path.join(sounds, lang, f)] if lang else []) + \
                        [os.path.join(sounds, f)]
                    for fmt in FORMATS:
                        if not any(os.path.isfile(c + "." + fmt) for c in cands):
                            fail("%s: %s.%s does not exist for %s" %
                                 (ctx, f, fmt, lang or "any language"))
                    played += 1
        if not lang:
            continue
        # Key k plays the k-th section the menu prompt names.
        page = int(m.group(2))
        l = langs[lang]
        menu = [p for p in l["prompts"] if p["name"] == "menu-%d" % page]
        if not menu:
            fail("%s: no prompt menu-%d in the manifest" % (ctx, page))
            continue
        menu = menu[0]
        titles = {t["section"]: t["title"] for t in l["tracks"]}
        files = {os.path.basename(t["captions"])[:-4]: t["section"] for t in l["tracks"]}
        for k, section in enumerate(menu["offers"]):
            said = menu["text"][k]
            if titles.get(section) is None or titles[section] not in said:
                fail("%s: key %d: the menu says %r, not section %s (%r)" %
                     (ctx, k + 1, said, section, titles.get(section)))
            play = [re.search(r"Playback\(audioguide/[^/]+/([^)]+)\)", x)
                    for x in keys.get(str(k + 1), [])]
            play = [x.group(1) for x in play if x]
            if not play or files.get(play[0]) != section:
                fail("%s: key %d plays %s, the menu offers %s" %
                     (ctx, k + 1, play, section))
    return played


def freeswitch(root, manifest):
    base = os.path.join(root, "freeswitch")
    guide = manifest["guide"]
    menus = {}
    ivr = ET.parse(os.path.join(base, "ivr_menus/audioguide_%s.xml" % guide)).getroot()
    ET.parse(os.path.join(base, "dialplan/audioguide_%s.xml" % guide))
    for menu in ivr.iter("menu"):
        menus[menu.get("name")] = menu
    tag = tag_of(guide, menus)
    sounds = os.path.join(base, "sounds")

    def exists(prefix, f):
        for rate in ("8000", "16000"):
            d, n = os.path.split(f)
            if not os.path.isfile(os.path.join(prefix, d, rate, n)):
                fail("freeswitch: %s/%s is not in %s/" % (prefix, f, rate))

    checked = 0
    for name, menu in menus.items():
        m = re.match(r"^audioguide_%s\+(.+)\+(\d+)$" % re.escape(tag), name)
        prefix = os.path.join(sounds, m.group(1)) if m else sounds
        for attr in ("greet-long", "greet-short", "invalid-sound", "exit-sound"):
            v = menu.get(attr)
            if not v:
                continue
            for f in v.replace("file_string://", "").split("!"):
                exists(prefix, f)
                checked += 1
        for entry in menu.iter("entry"):
            p = entry.get("param", "")
            if entry.get("action") == "menu-play-sound":
                exists(prefix, p)
                checked += 1
            if entry.get("action") == "menu-sub" and p not in menus:
                fail("freeswitch: %s goes to %s, which is not a menu" % (name, p))
    return checked


def main():
    root = sys.argv[1]
    manifest = json.load(open(os.path.join(root, "manifest.json"), encoding="utf-8"))
    has_a = os.path.isdir(os.path.join(root, "asterisk"))
    has_f = os.path.isdir(os.path.join(root, "freeswitch"))
    if not has_a and not has_f:
        fail("no asterisk/ or freeswitch/ package in " + root)
    a = asterisk(root, manifest) if has_a else None
    f = freeswitch(root, manifest) if has_f else None
    for e in errors:
        print(e)
    if errors:
        sys.exit(1)
    said = []
    if has_a:
        said.append("asterisk: %d files played, all there" % a)
    if has_f:
        said.append("freeswitch: %d sounds, all there" % f)
    print("; ".join(said))


main()
