#!/usr/bin/python3
"""Writes a synthetic news corpus of a given size for evkg's scale benchmarks.

Articles are made from sentence templates written for this project, filled with the names in the
project's own lexicon (data/people_*.json, data/countries.json, data/organizations.json) and with
invented names; no third-party text. Like real news, most sentences mention no meeting at all:
about one sentence in ten states a meeting, a summit, a call, a pledge or a rejection, sometimes
negated or only planned. The output is deterministic for a given --seed.

  make_synthetic_corpus.py --size 100M --out /tmp/evkg-synth-100M
  make_synthetic_corpus.py --size 1G --out /tmp/evkg-synth-1G --format txt

--format jsonl (default) writes shards of JSON Lines records {id, title, date, text} of about
--shard-size bytes each; --format txt writes one plain-text article per file ("date YYYY-MM-DD",
headline, paragraphs), 1000 files per directory. Put corpora under /tmp, never in the repository.
"""
import argparse
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data")

FIRST = ["Anna", "Marek", "Sofia", "Tomas", "Elena", "Jonas", "Leila", "Omar", "Ines", "Pavel", "Mira",
         "Hugo", "Nadia", "Karim", "Lucia", "Stefan", "Yara", "Felix", "Amara", "Viktor", "Rosa",
         "Daniel", "Hana", "Idris", "Clara", "Mateo", "Zofia", "Arjun", "Freya", "Kenji"]
LAST = ["Novak", "Lindqvist", "Haddad", "Moreau", "Kovacs", "Petrov", "Okafor", "Santos", "Berger",
        "Tanaka", "Rahman", "Dubois", "Horvat", "Jensen", "Costa", "Nowak", "Mensah", "Varga",
        "Schmidt", "Alvarez", "Karlsson", "Mazur", "Osei", "Ferreira", "Ivanova", "Kim", "Brandt",
        "Laine", "Sorensen", "Farouk"]
TITLES = ["President", "Prime Minister", "Foreign Minister", "Defence Minister", "Chancellor"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]

# Sentences that state something evkg extracts (about one in ten).
EVENT = [
    "{T1} {P1} met {T2} {P2} in {CITY} on {DAY}.",
    "{P1} and {P2} held talks in {CITY} on {DATE}, their first meeting this year.",
    "{T1} {P1} attended the {ORG} summit in {CITY}.",
    "{P1} hosted the {ORG} summit in {CITY} on {DATE}.",
    "{P1} spoke by telephone with {T2} {P2} on {DAY}, officials said.",
    "{T1} {P1} pledged {AMOUNT} to {COUNTRY} at the talks.",
    "{P1} rejected the proposal for a ceasefire put forward by {COUNTRY}.",
    "A planned meeting between {P1} and {P2} was cancelled on {DAY}.",
    "{P1} did not attend the {ORG} summit in {CITY}.",
    "{T1} {P1} welcomed {T2} {P2} to {CITY} for two days of talks.",
    "On {DAY}, {P1} met leaders of {COUNTRY} and {COUNTRY2} on the sidelines of the {ORG} meeting.",
    "{P1} may meet {P2} later this month, according to people familiar with the plans.",
]

# Sentences of ordinary news that state no meeting.
FILLER = [
    "Markets in {CITY} closed {PCT} per cent higher on {DAY} after a quiet session.",
    "The ministry said the new figures would be published in {MONTH}.",
    "Analysts expect growth to slow in the second half of the year.",
    "Officials in {CITY} said the rules would take effect in {MONTH}.",
    "The company reported a {PCT}% rise in quarterly profits, helped by strong sales abroad.",
    "Fans gathered outside the stadium hours before the match began.",
    "The film opened in {N} cinemas across the country and took more than expected.",
    "Shares in the group fell {PCT}% after the announcement.",
    "Heavy rain caused long delays on roads around {CITY} on {DAY}.",
    "The report will be debated in parliament next week.",
    "Unemployment in {COUNTRY} rose to {PCT}% in {MONTH}, the statistics office said.",
    "The central bank left interest rates unchanged at {PCT}%.",
    "Ticket prices for the festival have risen by {PCT}% since last year.",
    "The new software update is due to reach most users by {MONTH}.",
    "The team's coach said his players had learned from the defeat.",
    "Exports of machinery grew for the {N}th month in a row.",
    "Critics praised the album, calling it the band's most confident work.",
    "The airline said it would add {N} routes from {CITY} next summer.",
    "Police said the road would stay closed until the end of the week.",
    "Energy prices have fallen since the start of the winter.",
    "The museum in {CITY} expects more than {N},000 visitors a month.",
    "Opposition parties said the budget did little for families.",
    "The talks between the unions and employers ended without an agreement.",
    "Scientists in {COUNTRY} said the trial had produced encouraging results.",
]

HEADLINES = [
    "{P1} and {P2} meet in {CITY}", "{ORG} leaders gather in {CITY}", "Markets steady in {CITY}",
    "{COUNTRY} figures show slower growth", "New rules for {CITY} announced", "{P1} in talks on aid",
]


def load_names():
    people = []
    for f in ("people_world.json", "people_europe_americas.json", "people_historic.json"):
        try:
            with open(os.path.join(DATA, f), encoding="utf-8") as fh:
                people += [p["name"] for p in json.load(fh)["people"]]
        except (OSError, KeyError, ValueError):
            pass
    countries, cities = [], []
    try:
        with open(os.path.join(DATA, "countries.json"), encoding="utf-8") as fh:
            for c in json.load(fh)["countries"]:
                countries.append(c["label"])
                if c.get("capital"):
                    cities.append(c["capital"])
                cities += c.get("cities", [])
    except (OSError, KeyError, ValueError):
        pass
    orgs = []
    try:
        with open(os.path.join(DATA, "organizations.json"), encoding="utf-8") as fh:
            orgs = [o["label"] for o in json.load(fh)["organizations"]]
    except (OSError, KeyError, ValueError):
        pass
    invented = ["%s %s" % (f, l) for f in FIRST for l in LAST]
    return (people or invented) + invented, countries or ["Norway", "Chile"], cities or ["Geneva"], orgs or ["NATO"]


class Writer:
    def __init__(self, rng, names):
        self.rng = rng
        self.people, self.countries, self.cities, self.orgs = names
        self.start = datetime.date(2018, 1, 1)

    def pick_person(self):
        # Zipf-like: a few people are in the news all the time.
        i = min(int(self.rng.paretovariate(1.1)) - 1, len(self.people) - 1)
        return self.people[(i * 7919) % len(self.people)]

    def fill(self, template, date):
        r = self.rng
        p1 = self.pick_person()
        p2 = self.pick_person()
        while p2 == p1:
            p2 = self.pick_person()
        c1, c2 = r.sample(self.countries, 2)
        return template.format(
            P1=p1, P2=p2, T1=r.choice(TITLES), T2=r.choice(TITLES), CITY=r.choice(self.cities),
            COUNTRY=c1, COUNTRY2=c2, ORG=r.choice(self.orgs), DAY=WEEKDAYS[date.weekday()],
            DATE="%d %s" % (date.day, MONTHS[date.month - 1]), MONTH=r.choice(MONTHS),
            AMOUNT="$%d million" % r.randint(5, 900), PCT="%d.%d" % (r.randint(0, 9), r.randint(0, 9)),
            N=r.randint(2, 60))

    def article(self, n):
        r = self.rng
        date = self.start + datetime.timedelta(days=r.randint(0, 6 * 365))
        paragraphs = []
        for _ in range(r.randint(4, 9)):
            sentences = []
            for _ in range(r.randint(1, 4)):
                event = r.random() < 0.10
                sentences.append(self.fill(r.choice(EVENT if event else FILLER), date))
            paragraphs.append(" ".join(sentences))
        title = self.fill(r.choice(HEADLINES), date)
        return {"id": "synth-%08d" % n, "title": title, "date": date.isoformat(), "text": "\n\n".join(paragraphs)}


def parse_size(s):
    units = {"K": 10**3, "M": 10**6, "G": 10**9}
    s = s.strip().upper().rstrip("B")
    return int(float(s[:-1]) * units[s[-1]]) if s and s[-1] in units else int(s)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", required=True, help="total size of the articles: 10M, 100M, 1G ...")
    ap.add_argument("--out", required=True, help="output directory (created; under /tmp)")
    ap.add_argument("--format", choices=("jsonl", "txt"), default="jsonl")
    ap.add_argument("--shard-size", default="16M", help="JSON Lines shard size (default 16M)")
    ap.add_argument("--seed", type=int, default=2024)
    args = ap.parse_args()
    target, shard_size = parse_size(args.size), parse_size(args.shard_size)
    out = os.path.abspath(args.out)
    repo = os.path.abspath(os.path.join(HERE, ".."))
    if out == repo or out.startswith(repo + os.sep):
        sys.exit("make_synthetic_corpus: refusing to write inside the repository: " + out)
    os.makedirs(out, exist_ok=True)
    w = Writer(random.Random(args.seed), load_names())
    total = n = shards = 0
    shard = None
    shard_bytes = 0
    while total < target:
        a = w.article(n)
        if args.format == "jsonl":
            if shard is None or shard_bytes >= shard_size:
                if shard:
                    shard.close()
                shard = open(os.path.join(out, "shard-%05d.jsonl" % shards), "w", encoding="utf-8")
                shards += 1
                shard_bytes = 0
            line = json.dumps(a, ensure_ascii=False) + "\n"
            shard.write(line)
            shard_bytes += len(line.encode("utf-8"))
        else:
            d = os.path.join(out, "%05d" % (n // 1000))
            if n % 1000 == 0:
                os.makedirs(d, exist_ok=True)
            with open(os.path.join(d, a["id"] + ".txt"), "w", encoding="utf-8") as fh:
                fh.write("date %s\n%s\n\n%s\n" % (a["date"], a["title"], a["text"]))
        total += len(a["text"].encode("utf-8"))
        n += 1
    if shard:
        shard.close()
    print("%s: %d articles, %.1f MB of text" % (out, n, total / 1e6))


if __name__ == "__main__":
    main()
