// Numbers as text for the exporters and readers: doubles in the shortest form that reads back to
// the same value (std::to_chars), non-finite values spelled as XML Schema does (NaN, INF, -INF).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace evkg {

// "0.1", "2", "1e+21", "NaN", "INF", "-INF".
void append_double(std::string& out, double v);
// The same but always a JSON float literal for finite values ("2.0", not "2"); non-finite values
// are not representable in JSON, the caller handles them.
void append_json_double(std::string& out, double v);
void append_uint(std::string& out, std::uint64_t v);

// Parse a whole string (surrounding XML whitespace allowed); false when it is not a number.
// parse_double accepts a leading '+' and NaN/INF/-INF in any case.
bool parse_double(std::string_view s, double& v);
// Accepts a non-negative integer, or a double with an integral value such as "3.0".
bool parse_uint(std::string_view s, std::uint64_t& v);

}  // namespace evkg
