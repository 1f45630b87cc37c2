#include "extract/document_reader.hpp"

#include <fcntl.h>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <spdlog/spdlog.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <iterator>

#include "core/error.hpp"
#include "core/utf8.hpp"
#include "extract/article_text.hpp"
#include "extract/encoding.hpp"

namespace evkg {
namespace fs = std::filesystem;

namespace {

// A file that could not be read (as opposed to one that was read and is malformed): inside a
// directory it is skipped with a warning, named on the command line it is an error.
class ReadFailure : public Error {
 public:
  using Error::Error;
};

// Token offsets are 32-bit: one article's text stays well below 4 GiB.
constexpr std::size_t kMaxArticleBytes = std::size_t{1} << 30;
constexpr std::size_t kReadChunk = std::size_t{1} << 20;
constexpr std::size_t kMinReadChunk = 4096;

bool ends_with_ci(const std::string& s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (std::size_t i = 0; i < suffix.size(); ++i) {
    const char a = s[s.size() - suffix.size() + i];
    const char b = suffix[i];
    if ((a >= 'A' && a <= 'Z' ? a - 'A' + 'a' : a) != b) return false;
  }
  return true;
}

// An open file descriptor of a regular file. Opening never blocks (a FIFO put in place of a listed
// file is refused, not waited on) and anything but a regular file is refused.
class InputFile {
 public:
  // `path` names the file in messages; with a directory descriptor, the file is opened as `name`
  // in that directory (the kernel then walks one name, not the whole path).
  explicit InputFile(const std::string& path, int dir_fd = AT_FDCWD, const char* name = nullptr)
      : path_(path),
        fd_(::openat(dir_fd, name != nullptr ? name : path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)) {
    if (fd_ < 0) throw ReadFailure(path + ": cannot read: " + std::strerror(errno));
    struct stat st {};
    if (::fstat(fd_, &st) != 0 || !S_ISREG(st.st_mode)) {
      ::close(fd_);
      throw ReadFailure(path + ": not a regular file");
    }
    size_hint_ = static_cast<std::size_t>(std::max<off_t>(st.st_size, 0));
  }
  ~InputFile() { ::close(fd_); }
  InputFile(const InputFile&) = delete;
  InputFile& operator=(const InputFile&) = delete;

  // Appends up to `max` bytes to out; returns how many (0 at the end of the file).
  std::size_t read_some(std::string& out, std::size_t max) {
    if (max <= kMinReadChunk) {
      // A news article is one such read: through a buffer on the stack, as growing the string
      // first would zero-fill the whole page for a file of 2 KB.
      char buf[kMinReadChunk];
      const std::size_t n = read_into(buf, max);
      out.append(buf, n);
      return n;
    }
    const std::size_t old = out.size();
    out.resize(old + max);
    try {
      const std::size_t n = read_into(out.data() + old, max);
      out.resize(old + n);
      return n;
    } catch (...) {
      out.resize(old);
      throw;
    }
  }

  // Reads up to `max` bytes to `to`; returns how many (0 at the end of the file).
  std::size_t read_into(char* to, std::size_t max) {
    ssize_t n = 0;
    do {
      n = ::read(fd_, to, max);
    } while (n < 0 && errno == EINTR);
    if (n < 0) {
      const int e = errno;
      throw ReadFailure(path_ + ": read error: " + std::strerror(e));
    }
    return static_cast<std::size_t>(n);
  }

  // Appends the rest of the file to out. Reads are sized by what stat() said is left (plus one
  // byte to see the end), not by kReadChunk: read_some zero-fills what it asks for, and asking
  // 1 MB for every 2 KB article made zero-filling the costliest step of reading news. A short read
  // that brings the total to the size stat() gave is the end of a regular file, so a news article
  // costs one read, not a second one that returns 0.
  void read_rest(std::string& out) {
    out.reserve(out.size() + std::min(size_hint_, kMaxArticleBytes) + 1);
    for (;;) {
      const std::size_t want = next_chunk(out.size());
      const std::size_t got = read_some(out, want);
      if (got == 0 || (got < want && out.size() == size_hint_)) break;
    }
  }

  // How much to ask for when `have` bytes of the file are read: the rest stat() announced plus
  // one, at least a page (files can grow while read), at most kReadChunk.
  [[nodiscard]] std::size_t next_chunk(std::size_t have) const {
    const std::size_t left = size_hint_ > have ? size_hint_ - have : 0;
    return std::clamp<std::size_t>(left + 1, kMinReadChunk, kReadChunk);
  }

 private:
  std::string path_;
  int fd_ = -1;
  std::size_t size_hint_ = 0;
};

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

std::string located(const std::string& name, std::string_view bytes, std::size_t offset) {
  std::size_t l = 0;
  std::size_t c = 0;
  line_col(bytes, offset, l, c);
  return name + ":" + std::to_string(l) + ":" + std::to_string(c);
}

// A member as text: strings as they are, integers written out; anything else is absent. Invalid
// UTF-8 and NULs are repaired (RapidJSON does not validate strings, and "\u0000" is legal JSON).
std::string member_string(const rapidjson::Value& obj, const char* key, bool* repaired = nullptr) {
  const auto it = obj.FindMember(key);  // with duplicate keys, the first one counts
  if (it == obj.MemberEnd()) return {};
  if (it->value.IsString()) {
    std::string out;
    const std::size_t bad = utf8_repair({it->value.GetString(), it->value.GetStringLength()}, out);
    if (repaired != nullptr && bad > 0) *repaired = true;
    return out;
  }
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
  if (text->value.GetStringLength() > kMaxArticleBytes) return "the \"text\" of a record is larger than 1 GiB";
  repaired = false;
  doc.id = member_string(v, "id");
  if (doc.id.empty()) doc.id = fallback_id;
  doc.title = member_string(v, "title");
  doc.url = member_string(v, "url");
  std::string valid;
  repaired = utf8_repair({text->value.GetString(), text->value.GetStringLength()}, valid) > 0;
  std::string date;
  const std::string d = member_string(v, "date");
  if (!d.empty()) {
    date = parse_date_phrase(d);
    if (date.empty() && d.size() >= 10) date = parse_date_phrase(d.substr(0, 10));
  }
  doc.text = strip_metadata(valid, &date);
  doc.date = date;
  return {};
}

// std::filesystem::path(path).stem() for POSIX paths, without building the path object (it parses
// every component, which cost more than reading a news article's file): the file name after the
// last '/' (empty after a trailing one), without its extension, the part from its last dot on,
// unless that dot starts the name ("." and ".." stay whole).
std::string stem_of(const std::string& path) {
  const std::string_view name = std::string_view(path).substr(path.rfind('/') + 1);
  if (name == "." || name == "..") return std::string(name);
  const std::size_t dot = name.rfind('.');
  return std::string(dot == std::string_view::npos || dot == 0 ? name : name.substr(0, dot));
}

bool json_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Reads records one at a time and hands them to the sink, with the messages and counts of
// document_reader.hpp.
class RecordParser {
 public:
  RecordParser(const std::string& name, const std::function<void(Document&&)>& sink, ReadStats& stats,
               const ReadOptions& options)
      : name_(name), sink_(sink), stats_(stats), options_(options) {}

  // One line of a JSON Lines file (without its '\n'); `line` counts from 1.
  void json_line(std::string_view rec, std::size_t line) {
    while (!rec.empty() && (rec.back() == '\r' || rec.back() == ' ' || rec.back() == '\t')) rec.remove_suffix(1);
    if (line == 1 && rec.starts_with("\xEF\xBB\xBF")) rec.remove_prefix(3);
    if (rec.find_first_not_of(" \t") == std::string_view::npos) return;
    const std::string where = name_ + ":" + std::to_string(line) + ":";
    if (const auto nul = rec.find('\0'); nul != std::string_view::npos) {
      bad_line(where + std::to_string(nul + 1), "unexpected NUL byte (JSON text cannot contain one)");
      return;
    }
    rapidjson::Document d;
    d.Parse<rapidjson::kParseIterativeFlag>(rec.data(), rec.size());
    if (d.HasParseError()) {
      bad_line(where + std::to_string(d.GetErrorOffset() + 1), rapidjson::GetParseError_En(d.GetParseError()));
      return;
    }
    ++ordinal_;
    Document doc;
    bool repaired = false;
    const std::string err = record_to_document(d, stem_of(name_) + "-" + std::to_string(ordinal_), doc, repaired);
    if (!err.empty()) {
      bad_line(where + "1", err);
      return;
    }
    deliver(std::move(doc), repaired, name_ + ":" + std::to_string(line));
  }

  // A JSON file: an array of records (parsed one record at a time) or one record object.
  void json_text(std::string_view bytes) {
    if (const auto nul = bytes.find('\0'); nul != std::string_view::npos) {
      throw Error(located(name_, bytes, nul) + ": unexpected NUL byte (JSON text cannot contain one)");
    }
    std::size_t pos = skip_space(bytes, 0);
    if (pos < bytes.size() && bytes[pos] == '[') {
      pos = skip_space(bytes, pos + 1);
      if (pos < bytes.size() && bytes[pos] == ']') {
        pos = skip_space(bytes, pos + 1);
      } else {
        for (;;) {
          pos = json_value(bytes, pos, true);
          if (pos < bytes.size() && bytes[pos] == ',') {
            pos = skip_space(bytes, pos + 1);
            continue;
          }
          if (pos < bytes.size() && bytes[pos] == ']') {
            pos = skip_space(bytes, pos + 1);
            break;
          }
          throw Error(located(name_, bytes, pos) + ": expected ',' or ']' after a record");
        }
      }
    } else if (pos < bytes.size() && bytes[pos] == '{') {
      pos = json_value(bytes, pos, false);
    } else {
      if (pos < bytes.size()) {
        // Let RapidJSON name the problem when it is not even JSON.
        rapidjson::Document d;
        d.Parse<rapidjson::kParseIterativeFlag>(bytes.data(), bytes.size());
        if (d.HasParseError()) {
          throw Error(located(name_, bytes, d.GetErrorOffset()) + ": " + rapidjson::GetParseError_En(d.GetParseError()));
        }
      }
      throw Error(located(name_, bytes, pos) + ": expected a JSON array of records or one record object");
    }
    if (pos != bytes.size()) throw Error(located(name_, bytes, pos) + ": unexpected content after the JSON value");
  }

 private:
  static std::size_t skip_space(std::string_view bytes, std::size_t pos) {
    while (pos < bytes.size() && json_space(bytes[pos])) ++pos;
    return pos;
  }

  // Parses the value at pos, delivers it as a record and returns the position after it (and after
  // any white space).
  std::size_t json_value(std::string_view bytes, std::size_t pos, bool in_array) {
    rapidjson::MemoryStream in(bytes.data() + pos, bytes.size() - pos);
    rapidjson::Document d;
    d.ParseStream<rapidjson::kParseIterativeFlag | rapidjson::kParseStopWhenDoneFlag>(in);
    if (d.HasParseError()) {
      throw Error(located(name_, bytes, pos + d.GetErrorOffset()) + ": " + rapidjson::GetParseError_En(d.GetParseError()));
    }
    ++ordinal_;
    Document doc;
    bool repaired = false;
    const std::string err = record_to_document(d, stem_of(name_) + "-" + std::to_string(ordinal_), doc, repaired);
    if (!err.empty()) {
      throw Error(located(name_, bytes, pos) + ": " + (in_array ? "record " + std::to_string(ordinal_) + ": " : "") + err);
    }
    deliver(std::move(doc), repaired, name_ + ":" + std::to_string(ordinal_));
    return skip_space(bytes, pos + in.Tell());
  }

  void bad_line(const std::string& where, const std::string& problem) {
    if (!options_.skip_bad_records) throw Error(where + ": " + problem);
    ++stats_.skipped_records;
    spdlog::warn("{}: {} (record skipped)", where, problem);
  }

  void deliver(Document&& doc, bool repaired, std::string origin) {
    if (repaired) {
      ++stats_.invalid_utf8;
      spdlog::warn("{}: invalid UTF-8 replaced in record {}", name_, doc.id);
    }
    doc.origin = std::move(origin);
    ++stats_.documents;
    sink_(std::move(doc));
  }

  const std::string& name_;
  const std::function<void(Document&&)>& sink_;
  ReadStats& stats_;
  const ReadOptions& options_;
  std::size_t ordinal_ = 0;
};

// JSON Lines from a file, one line at a time: memory does not grow with the file.
void stream_json_lines(InputFile& in, std::string prefix, const std::string& path,
                       const std::function<void(Document&&)>& sink, ReadStats& stats, const ReadOptions& options) {
  RecordParser parser(path, sink, stats, options);
  std::string buf = std::move(prefix);
  stats.bytes += buf.size();
  std::size_t line = 0;
  std::size_t start = 0;  // of the line being read, in buf
  std::size_t scan = 0;   // where to look for the next '\n'
  bool eof = false;
  while (!eof || start < buf.size()) {
    const auto nl = buf.find('\n', scan);
    if (nl == std::string::npos && !eof) {
      if (start > 0) {
        buf.erase(0, start);
        start = 0;
      }
      scan = buf.size();
      const std::size_t n = in.read_some(buf, kReadChunk);
      stats.bytes += n;
      eof = n == 0;
      continue;
    }
    const std::size_t end = nl == std::string::npos ? buf.size() : nl;
    parser.json_line(std::string_view(buf).substr(start, end - start), ++line);
    start = scan = nl == std::string::npos ? buf.size() : nl + 1;
  }
}

// The directory of the file read last, open, so that the next file in it is opened by its name.
class CurrentDirectory {
 public:
  CurrentDirectory() = default;
  ~CurrentDirectory() { close(); }
  CurrentDirectory(const CurrentDirectory&) = delete;
  CurrentDirectory& operator=(const CurrentDirectory&) = delete;

  // A descriptor of the directory of `path` and the file's name in it (AT_FDCWD and the whole
  // path when the directory cannot be opened).
  std::pair<int, const char*> locate(const std::string& path) {
    const auto slash = path.rfind('/');
    if (slash == std::string::npos || slash == 0) return {AT_FDCWD, path.c_str()};
    const std::string_view dir(path.data(), slash);
    if (fd_ < 0 || dir != dir_) {
      close();
      dir_.assign(dir);
      fd_ = ::open(dir_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    }
    if (fd_ < 0) return {AT_FDCWD, path.c_str()};
    return {fd_, path.c_str() + slash + 1};
  }

 private:
  void close() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }
  std::string dir_;
  int fd_ = -1;
};

bool is_json_path(const std::string& path) {
  return ends_with_ci(path, ".jsonl") || ends_with_ci(path, ".ndjson") || ends_with_ci(path, ".json");
}

void read_one_file(const std::string& path, CurrentDirectory& where, const std::function<void(Document&&)>& sink,
                   ReadStats& stats, const ReadOptions& options, const WarnSink& warn) {
  const auto [dir_fd, name] = where.locate(path);
  InputFile in(path, dir_fd, name);
  const bool jsonl = ends_with_ci(path, ".jsonl") || ends_with_ci(path, ".ndjson");
  std::string raw;
  if (jsonl) {
    // Streamed, unless it is UTF-16 (converted whole).
    in.read_some(raw, in.next_chunk(0));
    if (!raw.starts_with("\xFF\xFE") && !raw.starts_with("\xFE\xFF")) {
      stream_json_lines(in, std::move(raw), path, sink, stats, options);
      return;
    }
  }
  in.read_rest(raw);
  stats.bytes += raw.size();
  bool utf16 = false;
  std::string converted;
  const std::string_view bytes = utf8_view(raw, converted, &utf16);  // most input needs no copy
  if (utf16) warn(path + ": UTF-16 input converted to UTF-8");
  if (is_json_path(path)) {
    parse_json_records(bytes, path, jsonl, sink, stats, options);
    return;
  }
  if (bytes.size() > kMaxArticleBytes) throw Error(path + ": an article larger than 1 GiB is not read");
  std::size_t bad = 0;
  Document doc = parse_plain_article(stem_of(path), bytes, &bad);
  if (bad > 0) {
    ++stats.invalid_utf8;
    warn(path + ": " + std::to_string(bad) + " invalid UTF-8 sequences replaced");
  }
  doc.origin = path;
  ++stats.documents;
  sink(std::move(doc));
}

void read_stdin(const std::function<void(Document&&)>& sink, ReadStats& stats, const ReadOptions& options) {
  std::string raw((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  stats.bytes += raw.size();
  const std::string bytes = bytes_to_utf8(raw);
  raw = std::string();
  const auto first = bytes.find_first_not_of(" \t\r\n");
  if (first != std::string::npos && (bytes[first] == '{' || bytes[first] == '[')) {
    // One JSON value, or JSON Lines when the first line is a whole object followed by another line.
    auto nl = bytes.find('\n', first);
    std::string_view head = std::string_view(bytes).substr(first, nl == std::string::npos ? std::string::npos : nl - first);
    while (!head.empty() && json_space(head.back())) head.remove_suffix(1);
    const auto next = nl == std::string::npos ? std::string::npos : bytes.find_first_not_of(" \t\r\n", nl);
    const bool lines = bytes[first] == '{' && head.ends_with('}') && next != std::string::npos;
    parse_json_records(bytes, "stdin", lines, sink, stats, options);
    return;
  }
  if (bytes.size() > kMaxArticleBytes) throw Error("stdin: an article larger than 1 GiB is not read");
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

}  // namespace

void parse_json_records(std::string_view bytes, const std::string& name, bool json_lines,
                        const std::function<void(Document&&)>& sink, ReadStats& stats,
                        const ReadOptions& options) {
  RecordParser parser(name, sink, stats, options);
  if (!json_lines) {
    parser.json_text(bytes);
    return;
  }
  std::size_t pos = 0;
  std::size_t line = 0;
  while (pos < bytes.size()) {
    auto nl = bytes.find('\n', pos);
    if (nl == std::string_view::npos) nl = bytes.size();
    parser.json_line(bytes.substr(pos, nl - pos), ++line);
    pos = nl + 1;
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
  // Symbolic links to directories are not followed (no loops); links to files are.
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
    // The entry's type comes from the directory listing (d_type): no stat() per file, except for
    // symbolic links and file systems that do not report types.
    std::error_code e2;
    const bool directory = entry.is_directory(e2);
    const bool regular = !e2 && !directory && entry.is_regular_file(e2);
    if (e2) {
      spdlog::warn("{}: skipped: {}", entry.path().string(), e2.message());
      ++stats.skipped_files;
      continue;
    }
    if (directory) continue;
    if (!regular) {
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

void log_warning(std::string&& message) { spdlog::warn("{}", message); }

void add(ReadStats& into, const ReadStats& from) {
  into.documents += from.documents;
  into.bytes += from.bytes;
  into.skipped_files += from.skipped_files;
  into.skipped_records += from.skipped_records;
  into.invalid_utf8 += from.invalid_utf8;
}

bool is_plain_article_path(const std::string& path) { return path != "-" && !is_json_path(path); }

struct FileReader::Directory : CurrentDirectory {};

FileReader::FileReader() : dir_(std::make_unique<Directory>()) {}
FileReader::~FileReader() = default;

void FileReader::read(const std::string& path, bool named, const std::function<void(Document&&)>& sink,
                      ReadStats& stats, const ReadOptions& options, const WarnSink& warn) {
  try {
    read_one_file(path, *dir_, sink, stats, options, warn);
  } catch (const ReadFailure& e) {
    // A file named on the command line must be read; one found in a directory that cannot be read
    // (permissions, I/O error, replaced by a FIFO) is skipped. Malformed input stays fatal.
    if (named) throw;
    warn(std::string(e.what()) + " (skipped)");
    ++stats.skipped_files;
  }
}

void read_documents(const std::vector<std::string>& inputs, const std::function<void(Document&&)>& sink,
                    ReadStats& stats, const ReadOptions& options, const DeferFile& defer) {
  FileReader reader;
  for (const auto& input : inputs) {
    for (auto& path : list_input_files(input, stats)) {
      if (path == "-") {
        read_stdin(sink, stats, options);
      } else if (defer && is_plain_article_path(path)) {
        const bool named = path == input;
        defer(std::move(path), named);
      } else {
        reader.read(path, path == input, sink, stats, options, log_warning);
      }
    }
  }
}

}  // namespace evkg
