// Escaping text for XML 1.0 in one pass: markup characters become entity references, characters XML
// forbids (core/utf8.hpp xml_forbidden: most C0 controls, U+FFFE, U+FFFF) are dropped, and bytes that
// are not valid UTF-8 become U+FFFD, so that the output is always a well-formed document.
#pragma once
#include <string>
#include <string_view>

namespace evkg {

enum class XmlContext {
  kText,       // element content: & < > escaped, CR as &#13; (a parser would turn a raw CR into LF)
  kAttribute,  // a "-quoted attribute value: also " and TAB/LF/CR as references (or they become spaces)
};

void append_xml_escaped(std::string& out, std::string_view s, XmlContext context);

}  // namespace evkg
