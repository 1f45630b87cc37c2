// Sentence-level extraction tests: each case in tests/extract/cases/*.json is a short article in
// the project's own words with the exact reported edges it must produce (see the case files).
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include "core/fold.hpp"
#include "extract/article_text.hpp"
#include "extract/extractor.hpp"
#include "graph/graph_builder.hpp"

using namespace evkg;

namespace {

struct Expected {
  std::string s, rel, t, date, object;
};

struct Case {
  std::string id, file, doc_date, text;
  std::vector<std::string> check;
  std::vector<Expected> expect, planned;
  bool xfail = false;
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.id; }

std::vector<Expected> read_edges(const rapidjson::Value& v, const char* key) {
  std::vector<Expected> out;
  if (!v.HasMember(key)) return out;
  for (const auto& e : v[key].GetArray()) {
    // (a malformed case is an error naming it, not a crash of the whole suite)
    for (const char* field : {"s", "rel", "t"}) {
      if (!e.IsObject() || !e.HasMember(field) || !e[field].IsString()) {
        throw std::runtime_error(std::string("case ") + (v.HasMember("id") ? v["id"].GetString() : "?") + ": an edge of '" +
                                 key + "' lacks the string field '" + field + "'");
      }
    }
    Expected x;
    x.s = e["s"].GetString();
    x.rel = e["rel"].GetString();
    x.t = e["t"].GetString();
    if (e.HasMember("date")) x.date = e["date"].GetString();
    if (e.HasMember("object")) x.object = e["object"].GetString();
    out.push_back(x);
  }
  return out;
}

std::vector<Case> load_cases() {
  std::vector<Case> cases;
  const std::filesystem::path dir = std::filesystem::path(EVKG_SOURCE_DIR) / "tests/extract/cases";
  std::vector<std::filesystem::path> files;
  for (const auto& f : std::filesystem::directory_iterator(dir)) {
    if (f.path().extension() == ".json") files.push_back(f.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    std::ifstream in(f);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    rapidjson::Document d;
    d.Parse(bytes.data(), bytes.size());
    if (d.HasParseError()) throw std::runtime_error(f.string() + ": malformed JSON");
    for (const auto& c : d["cases"].GetArray()) {
      Case k;
      k.id = c["id"].GetString();
      k.file = f.filename().string();
      k.doc_date = c.HasMember("doc_date") ? c["doc_date"].GetString() : "";
      k.text = c["text"].GetString();
      if (c.HasMember("check")) {
        for (const auto& r : c["check"].GetArray()) k.check.emplace_back(r.GetString());
      } else {
        k.check = {"met", "attended", "chaired", "pledged", "rejected"};
      }
      k.expect = read_edges(c, "expect");
      k.planned = read_edges(c, "planned");
      k.xfail = c.HasMember("xfail") && c["xfail"].GetBool();
      cases.push_back(std::move(k));
    }
  }
  return cases;
}

bool names(const NodeProps& n, const std::string& want) {
  if (want == "event") return n.type == "summit";
  if (want.starts_with("event:")) {
    return n.type == "summit" && name_key(n.location).find(name_key(want.substr(6))) != std::string::npos;
  }
  const std::string k = name_key(want);
  if (name_key(n.label) == k) return true;
  return std::any_of(n.aliases.begin(), n.aliases.end(), [&](const std::string& a) { return name_key(a) == k; });
}

struct Produced {
  const NodeProps* s;
  const NodeProps* t;
  const EdgeProps* e;
};

bool matches(const Produced& p, const Expected& x) {
  if (p.e->relation != x.rel) return false;
  const bool direct = names(*p.s, x.s) && names(*p.t, x.t);
  const bool reverse = x.rel == "met" && names(*p.s, x.t) && names(*p.t, x.s);
  if (!direct && !reverse) return false;
  // "date": "none" asks for an edge without a date
  if (x.date == "none" ? !p.e->date.empty() : !x.date.empty() && p.e->date != x.date) return false;
  if (!x.object.empty() && name_key(p.e->object).find(name_key(x.object)) == std::string::npos) return false;
  return true;
}

std::string describe(const Produced& p) {
  return p.s->label + " -" + p.e->relation + "-> " + p.t->label + (p.e->date.empty() ? "" : " @" + p.e->date) +
         (p.e->object.empty() ? "" : " [" + p.e->object + "]") + " (" + p.e->status + ")";
}

class SentenceCase : public ::testing::TestWithParam<Case> {};

TEST_P(SentenceCase, ProducesExactlyTheExpectedEdges) {
  const Case& c = GetParam();
  Document doc;
  doc.id = c.id;
  doc.date = c.doc_date;
  doc.text = strip_metadata(c.text, &doc.date);  // as the reader does: photo credits are not text
  const Extractor ex(Lexicon::builtin());
  GraphBuilder b;
  b.add(ex.extract(doc));
  BuildOptions o;
  o.include_unconfirmed = true;
  const EventGraph g = b.finish(o);
  const Graph& gr = g.graph();
  std::vector<Produced> all;
  for (const auto e : g.sorted_edges()) all.push_back({&gr[boost::source(e, gr)], &gr[boost::target(e, gr)], &gr[e]});

  std::ostringstream problems;
  for (const auto& x : c.expect) {
    const bool found = std::any_of(all.begin(), all.end(), [&](const Produced& p) {
      return p.e->status == edge_status::kReported && matches(p, x);
    });
    if (!found) problems << "  missing: " << x.s << " -" << x.rel << "-> " << x.t << (x.date.empty() ? "" : " @" + x.date) << "\n";
  }
  for (const auto& p : all) {
    if (p.e->status != edge_status::kReported) continue;
    if (std::find(c.check.begin(), c.check.end(), p.e->relation) == c.check.end()) continue;
    const bool wanted = std::any_of(c.expect.begin(), c.expect.end(), [&](const Expected& x) { return matches(p, x); });
    if (!wanted) problems << "  unexpected: " << describe(p) << "\n";
  }
  for (const auto& x : c.planned) {
    const bool found = std::any_of(all.begin(), all.end(), [&](const Produced& p) {
      return p.e->status != edge_status::kReported && matches(p, x);
    });
    if (!found) problems << "  missing planned: " << x.s << " -" << x.rel << "-> " << x.t << "\n";
  }
  const std::string report = problems.str();
  if (c.xfail) {
    EXPECT_FALSE(report.empty()) << c.file << " " << c.id << " is marked xfail but now passes: remove the mark";
  } else {
    EXPECT_TRUE(report.empty()) << c.file << " " << c.id << ": " << c.text << "\n" << report;
  }
}

std::string case_name(const ::testing::TestParamInfo<Case>& info) {
  std::string n;
  for (const char ch : info.param.id) n.push_back(std::isalnum(static_cast<unsigned char>(ch)) ? ch : '_');
  return n;
}

INSTANTIATE_TEST_SUITE_P(Cases, SentenceCase, ::testing::ValuesIn(load_cases()), case_name);

}  // namespace
