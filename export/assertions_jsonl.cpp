#include "export/assertions_jsonl.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/writer.h>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>

#include "core/error.hpp"
#include "export/number_text.hpp"

namespace evkg {

namespace {

// RapidJSON output stream appending to a std::string.
struct StringOut {
  using Ch = char;
  std::string& s;
  void Put(char c) { s.push_back(c); }
  void Flush() {}
};

class RecordWriter {
 public:
  explicit RecordWriter(std::string& out) : out_{out}, w_(out_) {}

  void record(const DocumentResult& r) {
    w_.StartObject();
    member("doc_id", r.doc_id);
    member("doc_date", r.doc_date);
    member("sentences", r.sentences);
    member("bytes", r.bytes);
    key("entities");
    w_.StartArray();
    for (const auto& n : r.entities) node(n);
    w_.EndArray();
    key("assertions");
    w_.StartArray();
    for (const auto& a : r.assertions) assertion(a);
    w_.EndArray();
    w_.EndObject();
  }

 private:
  void node(const NodeProps& n) {
    w_.StartObject();
    member("id", n.id);
    member("label", n.label);
    member("type", n.type);
    member("aliases", n.aliases);
    member("country", n.country);
    member("affiliation", n.affiliation);
    member("role", n.role);
    member("date", n.date);
    member("location", n.location);
    member("mentions", n.mentions);
    member("sources", n.sources);
    w_.EndObject();
  }

  void assertion(const Assertion& a) {
    w_.StartObject();
    member("relation", a.relation);
    member("subject", a.subject);
    member("target", a.target);
    member("object", a.object);
    member("date", a.date);
    member("place", a.place);
    member("event", a.event);
    member("status", a.status);
    key("confidence");
    if (std::isfinite(a.confidence)) {
      number_.clear();
      append_json_double(number_, a.confidence);
      w_.RawValue(number_.data(), number_.size(), rapidjson::kNumberType);
    } else {
      w_.Null();
    }
    member("doc_id", a.doc_id);
    member("begin", std::uint64_t{a.begin});
    member("end", std::uint64_t{a.end});
    member("evidence", a.evidence);
    w_.EndObject();
  }

  void key(const char* k) { w_.Key(k); }
  void member(const char* k, const std::string& s) {
    key(k);
    w_.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
  }
  void member(const char* k, std::uint64_t v) {
    key(k);
    w_.Uint64(v);
  }
  void member(const char* k, const std::vector<std::string>& list) {
    key(k);
    w_.StartArray();
    for (const auto& s : list) w_.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
    w_.EndArray();
  }

  StringOut out_;
  rapidjson::Writer<StringOut> w_;
  std::string number_;
};

// Reading: each field checked for its type; absent members keep the default.
class RecordReader {
 public:
  explicit RecordReader(const std::string& where) : where_(where) {}

  DocumentResult record(const rapidjson::Value& v) {
    if (!v.IsObject()) fail("a record must be a JSON object");
    DocumentResult r;
    for (const auto& m : v.GetObject()) {
      const std::string_view k(m.name.GetString(), m.name.GetStringLength());
      if (k == "doc_id") r.doc_id = str(m.value, k);
      else if (k == "doc_date") r.doc_date = str(m.value, k);
      else if (k == "sentences") r.sentences = uint(m.value, k);
      else if (k == "bytes") r.bytes = uint(m.value, k);
      else if (k == "entities") {
        for (const auto& n : array(m.value, k)) r.entities.push_back(node(n));
      } else if (k == "assertions") {
        for (const auto& a : array(m.value, k)) r.assertions.push_back(assertion(a));
      }
    }
    return r;
  }

 private:
  NodeProps node(const rapidjson::Value& v) {
    if (!v.IsObject()) fail("an entity must be a JSON object");
    NodeProps n;
    for (const auto& m : v.GetObject()) {
      const std::string_view k(m.name.GetString(), m.name.GetStringLength());
      if (k == "id") n.id = str(m.value, k);
      else if (k == "label") n.label = str(m.value, k);
      else if (k == "type") n.type = str(m.value, k);
      else if (k == "aliases") n.aliases = strs(m.value, k);
      else if (k == "country") n.country = str(m.value, k);
      else if (k == "affiliation") n.affiliation = str(m.value, k);
      else if (k == "role") n.role = str(m.value, k);
      else if (k == "date") n.date = str(m.value, k);
      else if (k == "location") n.location = str(m.value, k);
      else if (k == "mentions") n.mentions = uint(m.value, k);
      else if (k == "sources") n.sources = strs(m.value, k);
    }
    if (n.id.empty()) fail("an entity needs a non-empty \"id\"");
    return n;
  }

  Assertion assertion(const rapidjson::Value& v) {
    if (!v.IsObject()) fail("an assertion must be a JSON object");
    Assertion a;
    for (const auto& m : v.GetObject()) {
      const std::string_view k(m.name.GetString(), m.name.GetStringLength());
      if (k == "relation") a.relation = str(m.value, k);
      else if (k == "subject") a.subject = str(m.value, k);
      else if (k == "target") a.target = str(m.value, k);
      else if (k == "object") a.object = str(m.value, k);
      else if (k == "date") a.date = str(m.value, k);
      else if (k == "place") a.place = str(m.value, k);
      else if (k == "event") a.event = str(m.value, k);
      else if (k == "status") a.status = str(m.value, k);
      else if (k == "confidence") a.confidence = m.value.IsNull() ? std::nan("") : number(m.value, k);
      else if (k == "doc_id") a.doc_id = str(m.value, k);
      else if (k == "begin") a.begin = offset(m.value, k);
      else if (k == "end") a.end = offset(m.value, k);
      else if (k == "evidence") a.evidence = str(m.value, k);
    }
    if (a.subject.empty() || a.target.empty()) fail("an assertion needs a \"subject\" and a \"target\"");
    return a;
  }

  [[noreturn]] void fail(const std::string& what) const { throw Error(where_ + ": " + what); }

  std::string str(const rapidjson::Value& v, std::string_view k) const {
    if (!v.IsString()) fail("\"" + std::string(k) + "\" must be a string");
    return {v.GetString(), v.GetStringLength()};
  }
  std::vector<std::string> strs(const rapidjson::Value& v, std::string_view k) const {
    std::vector<std::string> out;
    for (const auto& x : array(v, k)) out.push_back(str(x, k));
    return out;
  }
  rapidjson::Value::ConstArray array(const rapidjson::Value& v, std::string_view k) const {
    if (!v.IsArray()) fail("\"" + std::string(k) + "\" must be an array");
    return v.GetArray();
  }
  std::uint64_t uint(const rapidjson::Value& v, std::string_view k) const {
    if (!v.IsUint64()) fail("\"" + std::string(k) + "\" must be a non-negative integer");
    return v.GetUint64();
  }
  std::uint32_t offset(const rapidjson::Value& v, std::string_view k) const {
    if (!v.IsUint()) fail("\"" + std::string(k) + "\" must be a byte offset");
    return v.GetUint();
  }
  double number(const rapidjson::Value& v, std::string_view k) const {
    if (!v.IsNumber()) fail("\"" + std::string(k) + "\" must be a number");
    return v.GetDouble();
  }

  const std::string& where_;
};

struct FileCloser {
  void operator()(std::FILE* f) const {
    if (f != stdin) std::fclose(f);
  }
};

}  // namespace

void append_assertions_line(const DocumentResult& r, std::string& out) {
  RecordWriter(out).record(r);
  out.push_back('\n');
}

DocumentResult parse_assertions_line(std::string_view line, const std::string& where) {
  rapidjson::Document d;
  // Not kParseFullPrecisionFlag: RapidJSON 1.1.0 reads "0e-40" as 2.3e18 on that path. Integers are
  // exact either way; the decimals evkg writes (confidences such as 0.8) are short and come back
  // exactly.
  d.Parse<rapidjson::kParseIterativeFlag>(line.data(), line.size());
  if (d.HasParseError()) {
    throw Error(where + ":" + std::to_string(d.GetErrorOffset() + 1) + ": " + rapidjson::GetParseError_En(d.GetParseError()));
  }
  return RecordReader(where).record(d);
}

void read_assertions_file(const std::string& path, const std::function<void(DocumentResult&&)>& sink,
                          std::uint64_t* consumed) {
  const bool is_stdin = path == "-";
  std::unique_ptr<std::FILE, FileCloser> f(is_stdin ? stdin : std::fopen(path.c_str(), "rb"));
  if (!f) throw Error(path + ": cannot read: " + std::strerror(errno));
  const std::string name = is_stdin ? "stdin" : path;
  std::string pending;  // bytes of the line being assembled
  std::vector<char> buf(std::size_t{1} << 20);
  std::uint64_t line_no = 0;
  std::uint64_t offset = 0;  // bytes of the file up to the end of the current line
  auto one_line = [&](std::string_view line) {
    ++line_no;
    offset += line.size() + 1;
    if (consumed != nullptr) *consumed = offset;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) return;
    sink(parse_assertions_line(line, name + ":" + std::to_string(line_no)));
  };
  for (;;) {
    const std::size_t n = std::fread(buf.data(), 1, buf.size(), f.get());
    if (n == 0) break;
    std::string_view chunk(buf.data(), n);
    for (auto nl = chunk.find('\n'); nl != std::string_view::npos; nl = chunk.find('\n')) {
      if (pending.empty()) {
        one_line(chunk.substr(0, nl));
      } else {
        pending.append(chunk.substr(0, nl));
        one_line(pending);
        pending.clear();
      }
      chunk.remove_prefix(nl + 1);
    }
    pending.append(chunk);
  }
  if (std::ferror(f.get())) throw Error(name + ": read error: " + std::strerror(errno != 0 ? errno : EIO));
  if (!pending.empty()) one_line(pending);
}

}  // namespace evkg
