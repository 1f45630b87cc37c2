// Month and weekday names as they appear in news ("Sept.", "Aug", "Thursday").
#pragma once
#include <string_view>

namespace evkg {

// 1..12 for a month name or abbreviation (case-insensitive, trailing dot ignored), else 0.
int month_from_word(std::string_view w);
// 0 (Monday) .. 6 (Sunday) for a weekday name or abbreviation, else -1.
int weekday_from_word(std::string_view w);

}  // namespace evkg
