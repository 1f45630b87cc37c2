#!/usr/bin/python3
"""Writes the fuzz seed corpora (fuzz/corpus/<target>/) from the project's own examples and test
fixtures. Deterministic; rerun after the examples or fixtures change:

    /usr/bin/python3 fuzz/make_seeds.py [path/to/evkg]

With an evkg binary, the graph seeds also include graphs it builds from single example articles.
"""
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "fuzz", "corpus")
MAX_SEED = 16 * 1024


def put(target, name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    if len(data) > MAX_SEED:
        return
    d = os.path.join(OUT, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def examples():
    d = os.path.join(ROOT, "examples")
    for n in sorted(os.listdir(d)):
        if n.endswith(".txt"):
            with open(os.path.join(d, n), "rb") as f:
                yield n[:-4], f.read()


def cases():
    d = os.path.join(ROOT, "tests", "extract", "cases")
    out = []
    for n in sorted(os.listdir(d)):
        if n.endswith(".json"):
            with open(os.path.join(d, n), encoding="utf-8") as f:
                out.extend(json.load(f)["cases"])
    return out


def text_seeds():
    ex = list(examples())
    for name, data in ex:
        for t in ("plain_article", "extractor"):
            put(t, name + ".txt", data)
    crlf = ex[0][1].replace(b"\n", b"\r\n")
    put("plain_article", "crlf.txt", crlf)
    put("plain_article", "utf8_bom.txt", b"\xef\xbb\xbf" + ex[1][1][:600])
    body = ex[2][1][:600].decode("utf-8")
    put("plain_article", "utf16le_bom.txt", b"\xff\xfe" + body.encode("utf-16-le"))
    put("plain_article", "utf16be_bom.txt", b"\xfe\xff" + body.encode("utf-16-be"))
    put("plain_article", "utf16_lone_surrogate.txt", b"\xff\xfe" + "Biden met ".encode("utf-16-le") + b"\x00\xd8A\x00")
    put("plain_article", "invalid_utf8.txt",
        b"date 2021-06-16\nBiden \xc0\xaf met \xed\xa0\x80 Putin\x00 in Geneva \xf8\x88\x80\x80\x80 on Wednesday.\n")
    put("plain_article", "metadata.txt",
        "Published On 4 Sep 2025\nFRANCE-EU-UKRAINE-DIPLOMACY\nMacron met Zelensky in Paris. "
        "(AP Photo/Michel Euler)\nLast updated Sept. 5, 2025\nUpdated on Thursday 4 September 2025\n")
    # The sentence cases, one article per case (text with its document date).
    for i, c in enumerate(cases()):
        if i % 4 == 0:
            put("extractor", "case-" + c["id"] + ".txt", "date %s\n%s\n" % (c.get("doc_date", "2020-01-01"), c["text"]))


def record_seeds():
    ex = list(examples())
    recs = []
    for name, data in ex:
        lines = data.decode("utf-8").split("\n")
        date = lines[0][5:] if lines[0].startswith("date ") else ""
        recs.append({"id": name, "title": lines[1], "date": date, "text": "\n".join(lines[2:])[:700],
                     "url": "https://example.org/" + name})
    put("json_lines", "examples.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in recs[:3]) + "\n")
    put("json_lines", "one.jsonl", json.dumps(recs[3]) + "\n")
    put("json_lines", "broken_line.jsonl", json.dumps(recs[0]) + "\n{\"id\": \"x\", \"text\": \"unterminated\n" +
        json.dumps(recs[1]) + "\n")
    put("json_lines", "crlf_blank.jsonl", "\r\n".join([json.dumps(recs[2]), "", "  ", json.dumps(recs[4])]) + "\r\n")
    put("json_lines", "odd_fields.jsonl",
        '{"id": 12, "text": "Macron met Scholz.", "date": "Sept. 4, 2025"}\n'
        '{"id": 18446744073709551615, "title": null, "text": "a\\u0000b \\ud800 \\u00e9", "date": 20250904}\n'
        '{"text": "x", "text": "duplicate keys"}\n[1,2]\n"text"\n{"date": "2025-09-04T10:00:00Z", "text": ""}\n')
    put("json_array", "examples.json", json.dumps(recs[:3], ensure_ascii=False, indent=1))
    put("json_array", "one_object.json", json.dumps(recs[4]))
    put("json_array", "odd.json",
        '[{"id": -1, "text": "Putin met Xi.", "date": "16 November 2022"}, {"text": 1e400}, '
        '{"text": "x", "url": "\\udc00"}, {"id": 1.5e3, "text": "deep", "extra": [[[[{}]]]]}]')
    put("json_array", "not_records.json", "[1, \"two\", null, true]")
    for t in ("json_lines", "json_array"):
        put(t, "utf16le.json", b"\xff\xfe" + json.dumps(recs[1]).encode("utf-16-le"))


def graph_seeds(evkg):
    graphml_small = """<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="label" attr.type="string"><default>unnamed</default></key>
  <key id="d1" for="node" attr.name="type" attr.type="string"/>
  <key id="d2" for="edge" attr.name="relation" attr.type="string"/>
  <key id="d3" for="edge" attr.name="weight" attr.type="double"><default>1</default></key>
  <key id="d4" for="all" attr.name="name" attr.type="string"/>
  <key id="d5" for="node" attr.name="mentions" attr.type="long"/>
  <key id="d6" for="edge" attr.name="sources" attr.type="string"/>
  <graph id="G" edgedefault="directed">
    <data key="d4">g &amp; &#233; &#x1F600;</data>
    <edge source="a" target="b"><data key="d2">met</data><data key="d6">x; y</data></edge>
    <node id="a"><data key="d0">Joe Biden</data><data key="d1">person</data><data key="d5">3</data></node>
    <node id="b"><data key="d0"><![CDATA[Xi <Jinping>]]></data><!-- c --><data key="d1">person</data></node>
    <node id="c"/>
    <edge id="e1" source="b" target="c"><data key="d3">2.5e0</data></edge>
  </graph>
</graphml>
"""
    put("graphml", "small.graphml", graphml_small)
    put("graphml", "doctype.graphml",
        '<?xml version="1.0"?>\n<!DOCTYPE graphml SYSTEM "http://example.org/graphml.dtd">\n'
        '<graphml><graph><node id="n"/></graph></graphml>\n')
    put("graphml", "billion_laughs.graphml",
        '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>\n'
        '<graphml><graph><node id="&lol2;"/></graph></graphml>\n')
    put("graphml", "nameless_keys.graphml",
        '<graphml><key id="label" for="all"/><key id="relation"/><graph>'
        '<node id="p"><data key="label">P</data></node><node id="q"/>'
        '<edge source="p" target="q"><data key="relation">called</data></edge>'
        '<hyperedge><endpoint node="p"/></hyperedge></graph><graph id="second"/></graphml>')
    json_small = {
        "directed": True, "multigraph": True, "graph": {"name": "g"},
        "nodes": [{"id": "a", "label": "Joe Biden", "type": "person", "aliases": ["Biden", "POTUS"],
                   "mentions": 3, "sources": "doc1; doc2"},
                  {"id": "b", "label": "Xi Jinping", "type": "person", "aliases": None},
                  {"id": "c"}],
        "links": [{"source": "a", "target": "b", "relation": "met", "weight": 2, "confidence": 0.75,
                   "key": 0, "provenance": ["doc1@0-10"]},
                  {"source": 1, "target": 2, "relation": "called", "weight": None, "key": "k"}],
    }
    put("json_graph", "small.json", json.dumps(json_small, indent=1))
    put("json_graph", "edges_indexes.json",
        '{"nodes": [{"id": "x"}, {"id": "y"}], "edges": [{"source": 0, "target": 1, "confidence": NaN}]}')
    put("json_graph", "unknown_members.json",
        '\xef\xbb\xbf{"nodes": [], "links": [], "extra": {"deep": [[[1, 2.5e-300, true, null]]]}}'.encode("latin-1"))
    if evkg:
        with tempfile.TemporaryDirectory() as tmp:
            for name, data in list(examples())[:3]:
                src = os.path.join(tmp, name + ".txt")
                with open(src, "wb") as f:
                    f.write(data)
                g1, g2 = os.path.join(tmp, name + ".graphml"), os.path.join(tmp, name + ".json")
                subprocess.run([evkg, "-q", "build", src, "-o", g1, "-o", g2], check=True)
                with open(g1, "rb") as f:
                    put("graphml", name + ".graphml", f.read())
                with open(g2, "rb") as f:
                    put("json_graph", name + ".json", f.read())


def assertion_seeds():
    ent = {"id": "person:joe-biden", "label": "Joe Biden", "type": "person", "aliases": ["Biden"],
           "country": "United States", "affiliation": "", "role": "President", "date": "", "location": "",
           "mentions": 3, "sources": ["bali_2022"]}
    ent2 = dict(ent, id="person:xi-jinping", label="Xi Jinping", aliases=[], country="China")
    a = {"relation": "met", "subject": "person:joe-biden", "target": "person:xi-jinping", "object": "",
         "date": "2022-11-14", "place": "Nusa Dua", "event": "", "status": "reported", "confidence": 0.9,
         "doc_id": "bali_2022", "begin": 120, "end": 260,
         "evidence": "U.S. President Joe Biden met Chinese President Xi Jinping in Nusa Dua."}
    rec = {"doc_id": "bali_2022", "doc_date": "2022-11-16", "sentences": 12, "bytes": 1672,
           "entities": [ent, ent2], "assertions": [a, dict(a, relation="pledged", object="$1 billion",
                                                          status="planned", confidence=None)]}
    put("assertions_jsonl", "two_records.jsonl",
        json.dumps(rec, separators=(",", ":")) + "\n\n" + json.dumps(dict(rec, doc_id="x", entities=[], assertions=[])) + "\n")
    put("assertions_jsonl", "defaults.jsonl", '{"doc_id":"d"}\n{"assertions":[{}],"unknown":[1,{"a":null}]}\r\n')
    put("assertions_jsonl", "bad_types.jsonl", '{"doc_id":"d","sentences":-1,"bytes":1e300}\n'
        '{"assertions":[{"begin":4294967296,"end":18446744073709551615,"confidence":1e999}]}\n')


def lexicon_seeds():
    d = os.path.join(ROOT, "data")
    for n in sorted(os.listdir(d)):
        if not n.endswith(".json"):
            continue
        with open(os.path.join(d, n), "rb") as f:
            data = f.read()
        if len(data) <= MAX_SEED:
            put("lexicon_overlay", n, data)
            continue
        # Large data files: the first few entries of each list, same shape.
        doc = json.loads(data)
        small = {k: (v[:3] if isinstance(v, list) else v) for k, v in doc.items()} if isinstance(doc, dict) else doc[:3]
        put("lexicon_overlay", n, json.dumps(small, ensure_ascii=False, indent=1))
    put("lexicon_overlay", "empty_object.json", "{}")


def main():
    evkg = sys.argv[1] if len(sys.argv) > 1 else None
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    text_seeds()
    record_seeds()
    graph_seeds(evkg)
    lexicon_seeds()
    assertion_seeds()
    total = 0
    for t in sorted(os.listdir(OUT)):
        files = os.listdir(os.path.join(OUT, t))
        size = sum(os.path.getsize(os.path.join(OUT, t, f)) for f in files)
        total += size
        print("%-16s %3d seeds %7d bytes" % (t, len(files), size))
    print("total %d bytes" % total)


if __name__ == "__main__":
    main()
