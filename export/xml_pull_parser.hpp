// A small, safe, non-validating XML 1.0 pull parser for the GraphML reader.
//  - Never reads anything but the given bytes: a DOCTYPE is skipped (its external ids are not
//    resolved) and one with an internal subset, where entities would be declared, is rejected, so
//    neither external entities nor entity expansion ("billion laughs") can happen.
//  - Entity references: only &lt; &gt; &amp; &quot; &apos; and character references.
//  - Checks well-formedness (matching tags, one root, quoted unique attributes, valid UTF-8, no
//    characters XML forbids), bounds nesting depth and attribute count, runs in linear time.
//  - Errors throw evkg::Error("name:line:column: problem").
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace evkg {

class XmlPullParser {
 public:
  enum class Token { kStartElement, kEndElement, kText, kEnd };
  struct Attribute {
    std::string_view name;  // as written, possibly with a prefix (a view into the document)
    std::string value;
  };

  static constexpr std::size_t kMaxDepth = 256;
  static constexpr std::size_t kMaxAttributes = 256;
  static constexpr std::size_t kMaxNameLength = 1024;

  XmlPullParser(std::string_view doc, std::string name);

  // The next token. A self-closing element yields kStartElement then kEndElement. Text comes in one
  // or more kText tokens (CDATA sections and comments split it); it may be whitespace only.
  Token next();

  // For kStartElement and kEndElement.
  std::string_view name() const { return name_; }
  std::string_view local_name() const;  // name without its prefix
  // For kStartElement: attribute value by local name (namespace declarations are ordinary
  // attributes here), or nullptr.
  const std::string* attribute(std::string_view local) const;
  // For kText: the text with references decoded and line ends normalised (a view into the
  // document when it needed neither), valid until next().
  std::string_view text() const { return text_view_; }
  // Where the current token starts (byte offset).
  std::size_t offset() const { return token_start_; }
  // Number of open elements (after a kStartElement it includes the new element).
  std::size_t depth() const { return open_.size(); }

  // Throws evkg::Error("name:line:column: problem") for a byte offset in the document.
  [[noreturn]] void fail(std::size_t at, std::string_view problem) const;
  [[noreturn]] void fail(std::string_view problem) const { fail(token_start_, problem); }

 private:
  bool starts_with(std::string_view s) const { return doc_.substr(pos_).starts_with(s); }
  std::size_t find_or_fail(std::string_view terminator, std::string_view what) const;
  void skip_space();
  bool at_space() const;
  std::string_view read_name();
  void read_processing_instruction();
  void check_xml_declaration(std::string_view content, std::size_t content_start) const;
  void skip_doctype();
  Token read_start_tag();
  Token read_end_tag();
  Token read_text();
  Token read_cdata();
  // Decodes doc_[begin, end) into out (references, line ends; attribute values also turn TAB/LF into
  // spaces), checking every character.
  void decode(std::size_t begin, std::size_t end, std::string& out, bool attribute) const;
  std::size_t decode_reference(std::size_t at, std::size_t end, std::string& out) const;
  void append_checked(std::size_t begin, std::size_t end, std::string& out) const;

  std::string_view doc_;
  std::string doc_name_;
  std::size_t pos_ = 0;
  std::size_t content_start_ = 0;  // after a byte order mark
  std::size_t token_start_ = 0;
  std::vector<std::string_view> open_;  // names of the open elements (views into the document)
  std::vector<Attribute> attributes_;
  std::size_t attribute_count_ = 0;
  std::string_view name_;  // a view into the document
  std::string text_;            // decoded text, when it needed decoding
  std::string_view text_view_;  // the current text: into the document, or text_
  bool pending_end_ = false;
  bool root_seen_ = false;
  bool doctype_seen_ = false;
};

}  // namespace evkg
