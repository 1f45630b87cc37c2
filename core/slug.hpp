// Stable node ids: "type:slug", where the slug is ASCII [a-z0-9-] so that every id is an XML NMTOKEN
// and survives DOT, GraphML and JSON without escaping.
#pragma once
#include <string>
#include <string_view>

namespace evkg {

// "Emmanuel Macron" -> "emmanuel-macron"; text without any ASCII letter or digit gets "x" and a hash.
std::string slug(std::string_view text);

// "person" + "Emmanuel Macron" -> "person:emmanuel-macron".
std::string make_id(std::string_view type, std::string_view name);

// 64-bit FNV-1a: stable across runs and platforms (std::hash is neither).
unsigned long long stable_hash(std::string_view s);

}  // namespace evkg
