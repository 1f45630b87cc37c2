#include "export/xml_pull_parser.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <utility>

#include "core/error.hpp"
#include "core/utf8.hpp"
#include "export/text_position.hpp"

#if defined(__SSE2__)
#include "core/ascii16.hpp"
#endif

namespace evkg {

namespace {


bool xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool name_start_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' || c >= 0x80;
}

bool name_byte(unsigned char c) {
  return name_start_byte(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

#if defined(__SSE2__)
// A bit for each of the 16 bytes at p that is plain text: printable ASCII other than '<' and '&'.
unsigned plain_text_bytes16(const char* p) {
  const __m128i b = ascii16::load(p);
  const __m128i markup = _mm_or_si128(ascii16::equals(b, '<'), ascii16::equals(b, '&'));
  return ascii16::bits(_mm_andnot_si128(markup, ascii16::printable(b)));
}

// A bit for each of the 16 bytes at p that is an ASCII name byte (name_byte below 0x80).
unsigned ascii_name_bytes16(const char* p) {
  const __m128i b = ascii16::load(p);
  const __m128i marks = _mm_or_si128(_mm_or_si128(ascii16::equals(b, '_'), ascii16::equals(b, ':')),
                                     _mm_or_si128(ascii16::equals(b, '-'), ascii16::equals(b, '.')));
  return ascii16::bits(_mm_or_si128(_mm_or_si128(ascii16::letter(b), ascii16::digit(b)), marks));
}
#endif

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
           return lower(x) == lower(y);
         });
}

std::string code_point_name(char32_t cp) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string s = "U+";
  const int digits = cp > 0xFFFF ? 6 : 4;
  for (int d = digits - 1; d >= 0; --d) s += kHex[(cp >> (4 * d)) & 0xF];
  return s;
}

std::string_view local_part(std::string_view name) {
  const auto colon = name.rfind(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

}  // namespace

XmlPullParser::XmlPullParser(std::string_view doc, std::string name) : doc_(doc), doc_name_(std::move(name)) {
  if (doc_.starts_with("\xEF\xBB\xBF")) {
    pos_ = 3;
  } else if (doc_.starts_with("\xFF\xFE") || doc_.starts_with("\xFE\xFF")) {
    fail(0, "UTF-16 is not supported (only UTF-8)");
  }
  content_start_ = pos_;
}

void XmlPullParser::fail(std::size_t at, std::string_view problem) const {
  throw Error(located_message(doc_name_, doc_, at, problem));
}

std::string_view XmlPullParser::local_name() const { return local_part(name_); }

const std::string* XmlPullParser::attribute(std::string_view local) const {
  for (std::size_t i = 0; i < attribute_count_; ++i) {
    if (local_part(attributes_[i].name) == local) return &attributes_[i].value;
  }
  return nullptr;
}

std::size_t XmlPullParser::find_or_fail(std::string_view terminator, std::string_view what) const {
  const auto at = doc_.find(terminator, pos_);
  if (at == std::string_view::npos) {
    fail(doc_.size(), "unexpected end of file inside " + std::string(what));
  }
  return at;
}

bool XmlPullParser::at_space() const { return pos_ < doc_.size() && xml_space(doc_[pos_]); }

void XmlPullParser::skip_space() {
  while (at_space()) ++pos_;
}

std::string_view XmlPullParser::read_name() {
  const auto start = pos_;
  if (pos_ >= doc_.size() || !name_start_byte(static_cast<unsigned char>(doc_[pos_]))) return {};
#if defined(__SSE2__)
  // ASCII name bytes sixteen at a time; the byte loop goes on from the first other byte (the end
  // of the name, or a multi-byte character to decode).
  while (pos_ + 16 <= doc_.size()) {
    const unsigned name = ascii_name_bytes16(doc_.data() + pos_);
    if (name != 0xFFFFu) {
      pos_ += static_cast<std::size_t>(std::countr_one(name));
      break;
    }
    pos_ += 16;
    if (pos_ - start > kMaxNameLength) fail(start, "name longer than 1024 bytes");
  }
#endif
  while (pos_ < doc_.size()) {
    const auto c = static_cast<unsigned char>(doc_[pos_]);
    if (!name_byte(c)) break;
    if (c >= 0x80) {
      char32_t cp = 0;
      const auto len = utf8_decode(doc_, pos_, cp);
      if (len == 0) fail(pos_, "invalid UTF-8 in a name");
      pos_ += len;
    } else {
      ++pos_;
    }
    if (pos_ - start > kMaxNameLength) fail(start, "name longer than 1024 bytes");
  }
  return doc_.substr(start, pos_ - start);
}

XmlPullParser::Token XmlPullParser::next() {
  if (pending_end_) {
    pending_end_ = false;
    open_.pop_back();  // name_ still holds the element's name
    return Token::kEndElement;
  }
  for (;;) {
    token_start_ = pos_;
    if (pos_ >= doc_.size()) {
      if (!open_.empty()) fail(doc_.size(), "unexpected end of file: <" + std::string(open_.back()) + "> is not closed");
      if (!root_seen_) fail(doc_.size(), "no root element");
      return Token::kEnd;
    }
    if (doc_[pos_] != '<') {
      if (!open_.empty()) return read_text();
      skip_space();
      if (pos_ < doc_.size() && doc_[pos_] != '<') {
        fail(pos_, root_seen_ ? "text after the root element" : "text before the root element");
      }
      continue;
    }
    if (starts_with("<?")) {
      read_processing_instruction();
    } else if (starts_with("<!--")) {
      pos_ += 4;
      pos_ = find_or_fail("-->", "a comment") + 3;
    } else if (starts_with("<![CDATA[")) {
      if (open_.empty()) fail("CDATA section outside the root element");
      return read_cdata();
    } else if (starts_with("<!DOCTYPE")) {
      skip_doctype();
    } else if (starts_with("<!")) {
      fail("unexpected markup declaration");
    } else if (starts_with("</")) {
      return read_end_tag();
    } else {
      return read_start_tag();
    }
  }
}

void XmlPullParser::read_processing_instruction() {
  const auto start = pos_;
  pos_ += 2;
  const auto target = read_name();
  if (target.empty()) fail(pos_, "expected a processing instruction target after '<?'");
  const auto content_start = pos_;
  const auto end = find_or_fail("?>", "a processing instruction");
  if (iequals(target, "xml")) {
    if (target != "xml" || start != content_start_) {
      fail(start, "an XML declaration is only allowed at the very start of the document");
    }
    check_xml_declaration(doc_.substr(content_start, end - content_start), content_start);
  }
  pos_ = end + 2;
}

void XmlPullParser::check_xml_declaration(std::string_view content, std::size_t content_start) const {
  const auto at = content.find("encoding");
  if (at == std::string_view::npos) return;
  std::size_t i = at + 8;
  while (i < content.size() && (xml_space(content[i]) || content[i] == '=')) ++i;
  if (i >= content.size() || (content[i] != '"' && content[i] != '\'')) {
    fail(content_start + i, "expected a quoted encoding name");
  }
  const auto close = content.find(content[i], i + 1);
  if (close == std::string_view::npos) fail(content_start + i, "unterminated encoding name");
  const auto enc = content.substr(i + 1, close - i - 1);
  if (!iequals(enc, "UTF-8") && !iequals(enc, "UTF8") && !iequals(enc, "US-ASCII") && !iequals(enc, "ASCII")) {
    fail(content_start + i, "unsupported encoding \"" + std::string(enc) + "\" (only UTF-8 is read)");
  }
}

void XmlPullParser::skip_doctype() {
  if (root_seen_ || doctype_seen_) fail("a DOCTYPE is only allowed once, before the root element");
  doctype_seen_ = true;
  // Only skipped: external DTDs and entities are never fetched. An internal subset could declare
  // entities (and entity bombs), so it is refused outright.
  pos_ += 9;
  while (pos_ < doc_.size()) {
    const char c = doc_[pos_];
    if (c == '"' || c == '\'') {
      const auto close = doc_.find(c, pos_ + 1);
      if (close == std::string_view::npos) break;
      pos_ = close + 1;
    } else if (c == '[') {
      fail(pos_,
           "a DOCTYPE with an internal subset is not allowed (entity and attribute declarations are not "
           "supported)");
    } else if (c == '>') {
      ++pos_;
      return;
    } else {
      ++pos_;
    }
  }
  fail(doc_.size(), "unexpected end of file inside the DOCTYPE");
}

XmlPullParser::Token XmlPullParser::read_start_tag() {
  if (root_seen_ && open_.empty()) fail("a second root element (a document has exactly one)");
  ++pos_;
  const auto element_name = read_name();
  if (element_name.empty()) fail(pos_, "expected an element name after '<'");
  name_ = element_name;
  attribute_count_ = 0;
  for (;;) {
    const bool space = at_space();
    skip_space();
    if (pos_ >= doc_.size()) fail(doc_.size(), "unexpected end of file inside the start tag <" + std::string(name_) + ">");
    const char c = doc_[pos_];
    if (c == '>') {
      ++pos_;
      break;
    }
    if (c == '/') {
      if (pos_ + 1 >= doc_.size() || doc_[pos_ + 1] != '>') fail(pos_, "expected '>' after '/'");
      pos_ += 2;
      pending_end_ = true;
      break;
    }
    if (!space) fail(pos_, "expected whitespace, '>' or '/>' in the start tag <" + std::string(name_) + ">");
    const auto attribute_start = pos_;
    const auto attribute_name = read_name();
    if (attribute_name.empty()) fail(pos_, "expected an attribute name in the start tag <" + std::string(name_) + ">");
    skip_space();
    if (pos_ >= doc_.size() || doc_[pos_] != '=') fail(pos_, "expected '=' after the attribute name");
    ++pos_;
    skip_space();
    if (pos_ >= doc_.size() || (doc_[pos_] != '"' && doc_[pos_] != '\'')) {
      fail(pos_, "expected a quoted attribute value");
    }
    const auto close = doc_.find(doc_[pos_], pos_ + 1);
    if (close == std::string_view::npos) fail(doc_.size(), "unexpected end of file inside an attribute value");
    for (std::size_t i = 0; i < attribute_count_; ++i) {
      if (attributes_[i].name == attribute_name) {
        fail(attribute_start, "duplicate attribute " + std::string(attribute_name));
      }
    }
    if (attribute_count_ == kMaxAttributes) fail(attribute_start, "more than 256 attributes on one element");
    if (attributes_.size() == attribute_count_) attributes_.emplace_back();
    auto& a = attributes_[attribute_count_++];
    a.name = attribute_name;
    decode(pos_ + 1, close, a.value, true);
    pos_ = close + 1;
  }
  if (open_.size() == kMaxDepth) fail("elements nested too deeply (more than 256 levels)");
  open_.push_back(name_);
  root_seen_ = true;
  return Token::kStartElement;
}

XmlPullParser::Token XmlPullParser::read_end_tag() {
  pos_ += 2;
  const auto element_name = read_name();
  skip_space();
  if (pos_ >= doc_.size()) fail(doc_.size(), "unexpected end of file inside an end tag");
  if (doc_[pos_] != '>') fail(pos_, "expected '>' to close the end tag");
  ++pos_;
  if (open_.empty()) fail("end tag </" + std::string(element_name) + "> without a start tag");
  if (open_.back() != element_name) {
    fail("mismatched end tag </" + std::string(element_name) + ">, expected </" + std::string(open_.back()) + ">");
  }
  name_ = open_.back();
  open_.pop_back();
  return Token::kEndElement;
}

XmlPullParser::Token XmlPullParser::read_text() {
  // Indentation between tags (spaces, tabs and LFs up to the next '<') needs no decoding.
  std::size_t i = pos_;
  while (i < doc_.size() && (doc_[i] == ' ' || doc_[i] == '\n' || doc_[i] == '\t')) ++i;
  if (i < doc_.size() && doc_[i] == '<') {
    text_view_ = doc_.substr(pos_, i - pos_);
    pos_ = i;
    return Token::kText;
  }
  // Plain text (printable ASCII, no reference) up to the next '<', the usual content of an
  // element, is taken as it is; one pass, eight bytes at a time.
  const std::size_t n = doc_.size();
  std::size_t j = i;
#if defined(__SSE2__)
  while (j + 16 <= n) {  // sixteen bytes at a time; the loops below then stop where this one did
    const unsigned plain = plain_text_bytes16(doc_.data() + j);
    if (plain != 0xFFFFu) {
      j += static_cast<std::size_t>(std::countr_one(plain));
      break;
    }
    j += 16;
  }
#endif
  while (j + 8 <= n) {
    std::uint64_t w = 0;
    std::memcpy(&w, doc_.data() + j, 8);
    constexpr std::uint64_t k01 = 0x0101010101010101ULL;
    constexpr std::uint64_t k80 = 0x8080808080808080ULL;
    auto has_zero = [&](std::uint64_t v) { return (v - k01) & ~v & k80; };
    if (((w & k80) | ((w - k01 * 0x20) & ~w & k80) | has_zero(w ^ (k01 * '<')) | has_zero(w ^ (k01 * '&'))) != 0) {
      break;
    }
    j += 8;
  }
  while (j < n && doc_[j] != '<') {
    const auto c = static_cast<unsigned char>(doc_[j]);
    if (c < 0x20 || c >= 0x80 || c == '&') break;
    ++j;
  }
  if (j < n && doc_[j] == '<') {
    text_view_ = doc_.substr(pos_, j - pos_);
    pos_ = j;
    return Token::kText;
  }
  auto end = doc_.find('<', j);
  if (end == std::string_view::npos) end = doc_.size();
  decode(pos_, end, text_, false);
  text_view_ = text_;
  pos_ = end;
  return Token::kText;
}

XmlPullParser::Token XmlPullParser::read_cdata() {
  pos_ += 9;
  const auto end = find_or_fail("]]>", "a CDATA section");
  text_.clear();
  append_checked(pos_, end, text_);
  text_view_ = text_;
  pos_ = end + 3;
  return Token::kText;
}

void XmlPullParser::decode(std::size_t begin, std::size_t end, std::string& out, bool attribute) const {
  out.clear();
  std::size_t run = begin;  // start of the text not yet appended
  auto flush_run = [&](std::size_t to) {
    const auto from = out.size();
    append_checked(run, to, out);
    if (!attribute) return;
    // Attribute-value normalisation: literal TAB and LF (CR LF already made LF) become spaces;
    // characters written as references are kept.
    for (auto k = from; k < out.size(); ++k) {
      if (out[k] == '\t' || out[k] == '\n') out[k] = ' ';
    }
  };
  // From one '&' to the next (memchr), checking attribute values for '<' on the way (text never
  // holds one: it ends at the next '<').
  const char* const data = doc_.data();
  std::size_t i = begin;
  while (i < end) {
    const void* amp = std::memchr(data + i, '&', end - i);
    const std::size_t at = amp == nullptr ? end : static_cast<std::size_t>(static_cast<const char*>(amp) - data);
    if (attribute) {
      if (const void* lt = std::memchr(data + i, '<', at - i)) {
        fail(static_cast<std::size_t>(static_cast<const char*>(lt) - data), "'<' is not allowed in an attribute value");
      }
    }
    if (at == end) break;
    flush_run(at);
    i = decode_reference(at, end, out);
    run = i;
  }
  flush_run(end);
}

std::size_t XmlPullParser::decode_reference(std::size_t at, std::size_t end, std::string& out) const {
  const auto limit = std::min(end, at + 16);
  std::size_t semi = at + 1;
  while (semi < limit && doc_[semi] != ';') ++semi;
  if (semi >= limit) {
    fail(at, "'&' must start a reference such as &amp; (this one is not terminated by ';')");
  }
  const auto ref = doc_.substr(at + 1, semi - at - 1);
  if (ref == "lt") {
    out += '<';
  } else if (ref == "gt") {
    out += '>';
  } else if (ref == "amp") {
    out += '&';
  } else if (ref == "quot") {
    out += '"';
  } else if (ref == "apos") {
    out += '\'';
  } else if (ref.starts_with('#')) {
    const bool hex = ref.size() > 1 && ref[1] == 'x';
    const auto digits = ref.substr(hex ? 2 : 1);
    std::uint64_t v = 0;
    bool ok = !digits.empty();
    for (const char d : digits) {
      int value = -1;
      if (d >= '0' && d <= '9') value = d - '0';
      if (hex && d >= 'a' && d <= 'f') value = d - 'a' + 10;
      if (hex && d >= 'A' && d <= 'F') value = d - 'A' + 10;
      if (value < 0) {
        ok = false;
        break;
      }
      v = v * (hex ? 16u : 10u) + static_cast<unsigned>(value);
    }
    if (!ok) fail(at, "malformed character reference &" + std::string(ref) + ";");
    const auto cp = static_cast<char32_t>(v);
    if (v == 0 || v > 0x10FFFF || xml_forbidden(cp)) {
      fail(at, "character reference &" + std::string(ref) + "; is not a character XML allows");
    }
    utf8_append(out, cp);
  } else {
    fail(at, "undefined entity &" + std::string(ref) +
                 "; (only &lt; &gt; &amp; &quot; &apos; and character references are allowed)");
  }
  return semi + 1;
}

void XmlPullParser::append_checked(std::size_t begin, std::size_t end, std::string& out) const {
  std::size_t copied = begin;
  std::size_t i = begin;
  while (i < end) {
    // eight bytes at a time while they are all printable ASCII (0x20-0x7F)
    while (i + 8 <= end) {
      std::uint64_t w = 0;
      std::memcpy(&w, doc_.data() + i, 8);
      constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
      const std::uint64_t below_space = (w - 0x2020202020202020ULL) & ~w & kHigh;
      if (((w & kHigh) | below_space) != 0) break;
      i += 8;
    }
    if (i >= end) break;
    const auto c = static_cast<unsigned char>(doc_[i]);
    if ((c >= 0x20 && c < 0x80) || c == '\n' || c == '\t') {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      char32_t cp = 0;
      const auto len = utf8_decode(doc_, i, cp);
      if (len == 0) fail(i, "invalid UTF-8");
      if (xml_forbidden(cp)) fail(i, "character " + code_point_name(cp) + " is not allowed in XML");
      i += len;
      continue;
    }
    if (c != '\r') fail(i, "character " + code_point_name(c) + " is not allowed in XML");
    // Line-end normalisation: CR LF and a lone CR become LF.
    out.append(doc_.data() + copied, i - copied);
    out += '\n';
    ++i;
    if (i < end && doc_[i] == '\n') ++i;
    copied = i;
  }
  out.append(doc_.data() + copied, end - copied);
}

}  // namespace evkg
