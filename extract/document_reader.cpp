#include "extract/document_reader.hpp"

#include <spdlog/spdlog.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <sstream>

#include "core/error.hpp"
#include "core/utf8.hpp"
#include "extract/article_text.hpp"
#include "extract/encoding.hpp"

namespace evkg {
namespace fs = std::filesystem;

namespace {

bool ends_with_ci(const std::string& s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (std::size_t i = 0; i < suffix.size(); ++i) {
    const char a = s[s.size() - suffix.size() + i];
    const char b = suffix[i];
    if ((a >= 'A' && a <= 'Z' ? a - 'A' + 'a' : a) != b) return false;
  }
  return true;
}

std::string read_whole_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path + ": cannot read: " + std::strerror(errno));
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) throw Error(path + ": read error: " + std::strerror(errno));
  return bytes;
}

void line_col(std::string_view bytes, std::size_t offset, std::size_t& line, std::size_t& col) {
  line = 1;
  col = 1;
  offset = std::min(offset, bytes.size());
  for (std::size_t i = 0; i < offset; ++i) {
    if (bytes[i] == '\n') {
      ++line;
      col = 1;
    } else if ((static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80) {
      ++col;
    }
  }
}

std::string member_string(const rapidjson::Value& obj, const char* key) {
  const auto it = obj.FindMember(key);
  if (it == obj.MemberEnd()) return {};
  if (it->value.IsString()) return std::string(it->value.GetString(), it->value.GetStringLength());
  if (it->value.IsInt64()) return std::to_string(it->value.GetInt64());
  if (it->value.IsUint64()) return std::to_string(it->value.GetUint64());
  return {};
}

// One record to a document; returns an error text ("" when fine).
std::string record_to_document(const rapidjson::Value& v, const std::string& fallback_id, Document& doc,
                               bool& repaired) {
  if (!v.IsObject()) return "a record must be a JSON object";
  const auto text = v.FindMember("text");
  if (text == v.MemberEnd() || !text->value.IsString()) return "a record needs a string field \"text\"";
  doc.id = member_string(v, "id");
  if (doc.id.empty()) doc.id = fallback_id;
  doc.title = member_string(v, "title");
  doc.url = member_string(v, "url");
  std::string raw(text->value.GetString(), text->value.GetStringLength());
  std::string valid;
  repaired = utf8_repair(raw, valid) > 0;
  std::string date;
  const std::string d = member_string(v, "date");
  if (!d.empty()) {
    date = parse_date_phrase(d);
    if (date.empty() && d.size() >= 10) date = parse_date_phrase(d.substr(0, 10));
  }
  doc.text = strip_metadata(valid, &date);
  doc.date = date;
  std::string title_valid;
  utf8_repair(doc.title, title_valid);
  doc.title = title_valid;
  std::string id_valid;
  utf8_repair(doc.id, id_valid);
  doc.id = id_valid;
  return {};
}

std::string stem_of(const std::string& path) {
  const fs::path p(path);
  return p.stem().string();
}

void read_one_file(const std::string& path, const std::function<void(Document&&)>& sink, ReadStats& stats,
                   const ReadOptions& options) {
  const std::string raw = read_whole_file(path);
  stats.bytes += raw.size();
  bool utf16 = false;
  const std::string bytes = bytes_to_utf8(raw, &utf16);
  if (utf16) spdlog::warn("{}: UTF-16 input converted to UTF-8", path);
  const bool jsonl = ends_with_ci(path, ".jsonl") || ends_with_ci(path, ".ndjson");
  if (jsonl || ends_with_ci(path, ".json")) {
    parse_json_records(bytes, path, jsonl, sink, stats, options);
    return;
  }
  std::size_t bad = 0;
  Document doc = parse_plain_article(stem_of(path), bytes, &bad);
  if (bad > 0) {
    ++stats.invalid_utf8;
    spdlog::warn("{}: {} invalid UTF-8 sequences replaced", path, bad);
  }
  doc.origin = path;
  ++stats.documents;
  sink(std::move(doc));
}

}  // namespace

void parse_json_records(std::string_view bytes, const std::string& name, bool json_lines,
                        const std::function<void(Document&&)>& sink, ReadStats& stats,
                        const ReadOptions& options) {
  constexpr unsigned kFlags = rapidjson::kParseIterativeFlag;
  auto emit = [&](const rapidjson::Value& v, std::size_t ordinal, std::size_t line, std::size_t offset) {
    Document doc;
    bool repaired = false;
    const std::string err = record_to_document(v, stem_of(name) + "-" + std::to_string(ordinal), doc, repaired);
    if (!err.empty()) {
      std::size_t l = 0, c = 0;
      line_col(bytes, offset, l, c);
      const std::string where = name + ":" + std::to_string(line != 0 ? line : l) + ":" + std::to_string(line != 0 ? 1 : c);
      if (json_lines && options.skip_bad_records) {
        ++stats.skipped_records;
        spdlog::warn("{}: {} (record skipped)", where, err);
        return;
      }
      throw Error(where + ": " + err);
    }
    if (repaired) {
      ++stats.invalid_utf8;
      spdlog::warn("{}: invalid UTF-8 replaced in record {}", name, doc.id);
    }
    doc.origin = name + ":" + std::to_string(line != 0 ? line : ordinal);
    ++stats.documents;
    sink(std::move(doc));
  };

  if (json_lines) {
    std::size_t pos = 0;
    std::size_t line = 0;
    std::size_t ordinal = 0;
    while (pos < bytes.size()) {
      ++line;
      auto nl = bytes.find('\n', pos);
      if (nl == std::string_view::npos) nl = bytes.size();
      std::string_view rec = bytes.substr(pos, nl - pos);
      const std::size_t rec_offset = pos;
      pos = nl + 1;
      while (!rec.empty() && (rec.back() == '\r' || rec.back() == ' ' || rec.back() == '\t')) rec.remove_suffix(1);
      if (rec.find_first_not_of(" \t") == std::string_view::npos) continue;
      rapidjson::Document d;
      d.Parse<kFlags>(rec.data(), rec.size());
      if (d.HasParseError()) {
        const std::string where = name + ":" + std::to_string(line) + ":" + std::to_string(d.GetErrorOffset() + 1);
        const std::string msg = rapidjson::GetParseError_En(d.GetParseError());
        if (options.skip_bad_records) {
          ++stats.skipped_records;
          spdlog::warn("{}: {} (record skipped)", where, msg);
          continue;
        }
        throw Error(where + ": " + msg);
      }
      ++ordinal;
      emit(d, ordinal, line, rec_offset);
    }
    return;
  }

  rapidjson::Document d;
  d.Parse<rapidjson::kParseIterativeFlag>(bytes.data(), bytes.size());
  if (d.HasParseError()) {
    std::size_t l = 0, c = 0;
    line_col(bytes, d.GetErrorOffset(), l, c);
    throw Error(name + ":" + std::to_string(l) + ":" + std::to_string(c) + ": " +
                rapidjson::GetParseError_En(d.GetParseError()));
  }
  if (d.IsArray()) {
    std::size_t ordinal = 0;
    for (const auto& v : d.GetArray()) emit(v, ++ordinal, 0, 0);
  } else if (d.IsObject()) {
    emit(d, 1, 0, 0);
  } else {
    throw Error(name + ":1:1: expected a JSON array of records or one record object");
  }
}

std::vector<std::string> list_input_files(const std::string& input, ReadStats& stats) {
  if (input == "-") return {"-"};
  std::error_code ec;
  const auto st = fs::status(input, ec);
  if (ec || !fs::exists(st)) throw Error(input + ": no such file or directory");
  if (fs::is_regular_file(st)) return {input};
  if (!fs::is_directory(st)) throw Error(input + ": not a regular file or directory");
  std::vector<std::string> files;
  fs::recursive_directory_iterator it(input, fs::directory_options::skip_permission_denied, ec);
  if (ec) throw Error(input + ": cannot read directory: " + ec.message());
  for (const fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
    if (ec) {
      spdlog::warn("{}: {}", input, ec.message());
      ec.clear();
      break;
    }
    const auto& entry = *it;
    const std::string name = entry.path().filename().string();
    if (!name.empty() && name[0] == '.') {
      if (entry.is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    std::error_code e2;
    const auto s = entry.status(e2);
    if (e2) {
      spdlog::warn("{}: skipped: {}", entry.path().string(), e2.message());
      ++stats.skipped_files;
      continue;
    }
    if (fs::is_directory(s)) continue;
    if (!fs::is_regular_file(s)) {
      spdlog::warn("{}: skipped: not a regular file", entry.path().string());
      ++stats.skipped_files;
      continue;
    }
    if (name == "README.md" || name == "LICENSE" || name.ends_with(".md")) continue;
    files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

void read_documents(const std::vector<std::string>& inputs, const std::function<void(Document&&)>& sink,
                    ReadStats& stats, const ReadOptions& options) {
  for (const auto& input : inputs) {
    for (const auto& path : list_input_files(input, stats)) {
      if (path == "-") {
        std::string raw((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
        stats.bytes += raw.size();
        const std::string bytes = bytes_to_utf8(raw);
        const auto first = bytes.find_first_not_of(" \t\r\n");
        if (first != std::string::npos && (bytes[first] == '{' || bytes[first] == '[')) {
          // One JSON value, or JSON Lines when the first line is a whole object.
          const bool lines = bytes[first] == '{' && bytes.find("}\n{") != std::string::npos;
          parse_json_records(bytes, "stdin", lines, sink, stats, options);
        } else {
          std::size_t bad = 0;
          Document doc = parse_plain_article("stdin", bytes, &bad);
          if (bad > 0) {
            ++stats.invalid_utf8;
            spdlog::warn("stdin: {} invalid UTF-8 sequences replaced", bad);
          }
          doc.origin = "stdin";
          ++stats.documents;
          sink(std::move(doc));
        }
        continue;
      }
      const bool named = inputs.size() == 1 && path == input;
      try {
        read_one_file(path, sink, stats, options);
      } catch (const Error&) {
        if (named || path == input) throw;
        // A file inside a directory that cannot be read is skipped; malformed JSON is still fatal.
        std::error_code ec;
        if (::access(path.c_str(), R_OK) != 0) {
          spdlog::warn("{}: skipped: cannot read", path);
          ++stats.skipped_files;
          continue;
        }
        throw;
      }
    }
  }
}

}  // namespace evkg
