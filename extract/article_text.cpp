#include "extract/article_text.hpp"

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>
#include <vector>

#include "core/date.hpp"
#include "core/utf8.hpp"
#include "extract/calendar_words.hpp"

namespace evkg {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// `prefix` in lower case.
bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (ascii_lower(s[i]) != prefix[i]) return false;
  }
  return true;
}

// Splits into words on spaces and commas.
std::vector<std::string_view> words_of(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (is_space(s[i]) || s[i] == ',')) ++i;
    const std::size_t b = i;
    while (i < s.size() && !is_space(s[i]) && s[i] != ',') ++i;
    if (i > b) out.push_back(s.substr(b, i - b));
  }
  return out;
}

int to_int(std::string_view w) {
  while (!w.empty() && (w.back() == '.' || w.back() == ',')) w.remove_suffix(1);
  if (w.size() > 2 && (w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd") || w.ends_with("th"))) {
    w.remove_suffix(2);
  }
  if (w.empty() || w.size() > 4) return -1;
  int v = 0;
  for (const char c : w) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

// A wire slug: only capitals, digits and dashes, at least two dashes, no spaces.
bool is_slug_line(std::string_view line) {
  if (line.size() < 8 || line.find(' ') != std::string_view::npos) return false;
  int dashes = 0;
  for (const char c : line) {
    if (c == '-') {
      ++dashes;
    } else if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
      return false;
    }
  }
  return dashes >= 2;
}

// "Wed", "Thu.": a weekday as stamps abbreviate it ("Wed 12 Feb 2025 06.00 GMT").
bool weekday_abbreviation(std::string_view x) {
  static constexpr std::string_view kShort[] = {"Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"};
  for (const std::string_view w : kShort) {
    if (x == w) return true;
  }
  return false;
}

bool is_stamp_line(std::string_view line);

// Where the next field of a header line ends: at '|' or a middle dot, else npos; *next is where the
// field after it starts.
std::size_t field_end(std::string_view line, std::size_t* next) {
  const std::size_t bar = line.find('|');
  const std::size_t dot = line.find("\u00b7");
  if (bar == std::string_view::npos && dot == std::string_view::npos) return std::string_view::npos;
  if (dot == std::string_view::npos || (bar != std::string_view::npos && bar < dot)) {
    *next = bar + 1;
    return bar;
  }
  *next = dot + 2;
  return dot;
}

// The date of a field of a header line of fields split by '|' or a middle dot: a "Published ..."
// or "Updated ..." field ("Issue 61 | Published 27 April 2024 | Compiled by ..."), or a field that
// is a date alone ("The Cerrado Post · Live coverage · Monday 29 May 2023"); else "".
// `without_year` receives a field's day that has no year ("Tuesday 30 May · Last updated 21:52").
std::string stamp_among_fields(std::string_view line, std::string* without_year) {
  while (!line.empty()) {
    std::size_t next = 0;
    const std::size_t end = field_end(line, &next);
    const std::string_view field = trim(line.substr(0, end));
    for (const std::string_view w : {"published ", "updated ", "posted "}) {
      if (starts_with_ci(field, w)) {
        if (std::string iso = parse_date_phrase(trim(field.substr(w.size()))); !iso.empty()) return iso;
      }
    }
    if (is_stamp_line(field)) {
      if (std::string iso = parse_date_phrase(field); !iso.empty()) return iso;
      if (without_year != nullptr && without_year->empty()) *without_year = parse_day_without_year(field);
    }
    if (end == std::string_view::npos) break;
    line.remove_prefix(next);
  }
  return {};
}

// A time stamp alone on a line: "Sept. 4, 2025, 2:41 PM EDT", "Thursday 4 September 2025 18.05 BST",
// "Wed 12 Feb 2025 06.00 GMT".
// Every word is a date or time word, a number, or a time zone in capitals.
// ("13 NOV 2022, 17:52 (Moscow time)": over a closing bracket of where the clock is)
bool is_stamp_line(std::string_view line) {
  if (line.size() > 60) return false;
  if (line.ends_with(")")) {
    if (const std::size_t open = line.rfind('('); open != std::string_view::npos && open > 0) line = trim(line.substr(0, open));
  }
  const auto w = words_of(line);
  if (w.size() < 2) return false;  // ("20.06.2025, 22:15")
  for (std::string_view x : w) {
    while (!x.empty() && (x.back() == '.' || x.back() == '|' || x.back() == ',')) x.remove_suffix(1);
    if (x.empty() || x == "-" || x == "|" || x == "at" || x == "on") continue;
    if (month_from_word(x) != 0 || weekday_from_word(x) >= 0 || weekday_abbreviation(x)) continue;
    bool digits = true, caps = x.size() <= 5;
    for (const char c : x) {
      digits = digits && ((c >= '0' && c <= '9') || c == ':' || c == '.' || c == '/');
      caps = caps && c >= 'A' && c <= 'Z';
    }
    const bool meridiem = x == "am" || x == "pm" || x == "AM" || x == "PM" || x == "a.m" || x == "p.m";
    if (!digits && !caps && !meridiem) return false;
  }
  return true;
}

// Where the tags a wire puts before a headline end ("UPDATE 2-U.S. quits talks", "REFILE-EXCLUSIVE-Kyiv
// asks ...": words in capitals, a version number, each closed by a dash the headline follows without
// a space); 0 when the line has none.
std::size_t wire_headline_tags_end(std::string_view t) {
  static constexpr std::string_view kTags[] = {"UPDATE",  "WRAPUP",   "REFILE",  "CORRECTED", "RPT",
                                               "EXCLUSIVE", "ANALYSIS", "FACTBOX", "INSIGHT",   "EXPLAINER",
                                               "TIMELINE", "FOCUS",    "NEWSMAKER", "BREAKINGVIEWS", "REPEAT"};
  std::size_t end = 0;
  for (;;) {
    const std::string_view rest = t.substr(end);
    std::size_t at = 0;
    for (const std::string_view tag : kTags) {
      if (rest.starts_with(tag)) {
        at = tag.size();
        break;
      }
    }
    if (at == 0) return end;
    if (at + 1 < rest.size() && rest[at] == ' ' && rest[at + 1] >= '0' && rest[at + 1] <= '9') {
      ++at;
      while (at < rest.size() && rest[at] >= '0' && rest[at] <= '9') ++at;
    }
    if (at + 1 >= rest.size() || rest[at] != '-' || rest[at + 1] == ' ' || rest[at + 1] == '-') return end;
    end += at + 1;
  }
}

// Appends the line to out without its "(AP Photo/...)" style credits (no copy of a line without
// a parenthesis).
// "Tamsin Novak/Gullrock Images", "Hana Yoon/Reuters": names of one to four capitalised words each,
// separated by one or two slashes.
bool name_slash_name(std::string_view inner) {
  int parts = 0;
  std::size_t b = 0;
  while (b <= inner.size()) {
    std::size_t e = inner.find('/', b);
    if (e == std::string_view::npos) e = inner.size();
    const std::string_view part = trim(inner.substr(b, e - b));
    if (part.empty()) return false;
    int words = 0;
    std::size_t w = 0;
    while (w < part.size()) {
      std::size_t we = part.find(' ', w);
      if (we == std::string_view::npos) we = part.size();
      if (we > w) {
        const unsigned char c = static_cast<unsigned char>(part[w]);
        if (!(c >= 'A' && c <= 'Z') && c < 0x80) return false;  // (a letter of another script may start a name)
        ++words;
      }
      w = we + 1;
    }
    if (words < 1 || words > 4) return false;
    ++parts;
    b = e + 1;
  }
  return parts >= 2 && parts <= 3;
}

void append_without_credits(std::string_view line, std::string& out) {
  static constexpr std::string_view kMarkers[] = {"photo", "getty", "afp via", "reuters/", "epa", "pool via"};
  const std::size_t line_start = out.size();
  std::size_t copied = 0;  // line[0, copied) is in out (or dropped as a credit)
  for (std::size_t i = line.find('('); i != std::string_view::npos; i = line.find('(', i + 1)) {
    // Only a short parenthesis can be a credit: look no further than 120 bytes (a long line
    // full of '(' must not be scanned again from each of them).
    const auto close = line.substr(0, std::min(line.size(), i + 120)).find(')', i);
    if (close == std::string_view::npos) continue;
    const std::string_view inner = line.substr(i + 1, close - i - 1);
    bool credit = false;
    for (const auto m : kMarkers) {
      for (std::size_t k = 0; k + m.size() <= inner.size() && !credit; ++k) {
        credit = starts_with_ci(inner.substr(k), m);
      }
    }
    // a caption's closing credit of names only: "(Tamsin Novak/Gullrock Images)", also before the
    // bracket that closes the caption: "... on Saturday. (Daniel Duda / HPN)]"
    const std::string_view after = trim(line.substr(close + 1));
    credit = credit || ((after.empty() || after == "]") && name_slash_name(inner));
    if (!credit) continue;
    out.append(line.substr(copied, i - copied));
    while (out.size() > line_start && is_space(out.back())) out.pop_back();
    copied = close + 1;
    i = close;
  }
  // a caption's closing credit: "... on Thursday. Photograph: Name/AFP/Getty Images", "Photo: Name /
  // AFP", "Photographer: Name/Bloomberg" (to the end of the line, when that is short)
  std::size_t end = line.size();
  // only the last 100 bytes can hold one, and it has a colon: most lines are passed over at once
  const std::size_t tail = line.size() > 100 ? line.size() - 100 : 0;
  const bool colon = line.find(':', tail) != std::string_view::npos;
  for (const std::string_view m : {std::string_view("Photograph:"), std::string_view("Photographer:"),
                                   std::string_view("Photo:"), std::string_view("Picture:")}) {
    if (!colon) break;
    const std::size_t found = line.substr(tail).rfind(m);
    const std::size_t at = found == std::string_view::npos ? found : tail + found;
    if (at == std::string_view::npos || at < copied) continue;
    if (at > 0 && line[at - 1] != ' ') continue;
    if (line.substr(at).find(". ") != std::string_view::npos) continue;
    end = std::min(end, at);
  }
  out.append(line.substr(copied, end - copied));
  while (end < line.size() && out.size() > line_start && is_space(out.back())) out.pop_back();
}

}  // namespace

std::string parse_date_phrase(std::string_view s) {
  s = trim(s);
  if (auto d = Date::parse_iso(s); d && d->full()) return d->iso();
  const auto w = words_of(s);
  // "4 Sep 2025" / "Sep 4 2025" / "Sept. 4, 2025" / "Thursday 4 September 2025"
  for (std::size_t i = 0; i + 2 < w.size(); ++i) {
    const int m1 = month_from_word(w[i + 1]);
    const int m0 = month_from_word(w[i]);
    int y = 0, m = 0, d = 0;
    if (m1 != 0 && to_int(w[i]) > 0) {
      d = to_int(w[i]);
      m = m1;
      y = to_int(w[i + 2]);
    } else if (m0 != 0 && to_int(w[i + 1]) > 0) {
      m = m0;
      d = to_int(w[i + 1]);
      y = to_int(w[i + 2]);
    }
    if (m != 0 && y >= 1900 && valid_ymd(y, m, d)) return Date{y, m, d}.iso();
  }
  // "16/05/2025", "16.05.2025", "05/16/2025": day and month told apart only when one of them is
  // over 12 ("04/05/2025" may be either, and is left unread)
  for (const auto word : w) {
    int parts[3] = {0, 0, 0};
    int n = 0;
    std::size_t b = 0;
    for (std::size_t i = 0; i <= word.size() && n < 3; ++i) {
      if (i < word.size() && word[i] >= '0' && word[i] <= '9') continue;
      if (i == b || (i < word.size() && word[i] != '/' && word[i] != '.')) break;
      parts[n++] = to_int(word.substr(b, i - b));
      b = i + 1;
    }
    if (n != 3 || parts[2] < 1900) continue;
    const bool day_first = parts[0] > 12 && parts[1] <= 12;
    const bool month_first = parts[1] > 12 && parts[0] <= 12;
    if (!day_first && !month_first) continue;
    const int d = day_first ? parts[0] : parts[1];
    const int m = day_first ? parts[1] : parts[0];
    if (valid_ymd(parts[2], m, d)) return Date{parts[2], m, d}.iso();
  }
  return {};
}

// The day of a wire's dateline, which has no year: "BRASILIA, May 30 (Transmeridian Press) - ...",
// "DOHA, Sept 15 (Wire) --" (a place in capitals, a comma, the day, then a bracket or a dash).
std::string wire_dateline_day(std::string_view line) {
  const std::size_t comma = line.find(',');
  if (comma == std::string_view::npos || comma < 3 || comma > 40) return {};
  for (const char c : line.substr(0, comma)) {
    if (c >= 'a' && c <= 'z') return {};
  }
  std::string_view rest = trim(line.substr(comma + 1));
  // (past the country after the city: "JEDDAH, Saudi Arabia, May 19 (Wire) -")
  if (const std::size_t second = rest.find(','); second != std::string_view::npos && second < 30 && !rest.empty() &&
                                                 rest[0] >= 'A' && rest[0] <= 'Z' &&
                                                 rest.substr(0, second).find_first_of("0123456789(-") == std::string_view::npos) {
    rest = trim(rest.substr(second + 1));
  }
  std::size_t stop = rest.find_first_of("(-\u2013\u2014");
  if (stop == std::string_view::npos || stop > 16) {
    stop = rest.find(" -");
    if (stop == std::string_view::npos || stop > 16) return {};
  }
  const std::string_view day = trim(rest.substr(0, stop));
  if (words_of(day).size() != 2) return {};
  return parse_day_without_year(day);
}

std::string parse_day_without_year(std::string_view s) {
  const auto w = words_of(trim(s));
  for (std::size_t i = 0; i + 1 < w.size(); ++i) {
    int m = month_from_word(w[i + 1]);
    int d = to_int(w[i]);
    if (m == 0 || d <= 0) {
      m = month_from_word(w[i]);
      d = to_int(w[i + 1]);
    }
    // (a day of a month any year has: not 29 February)
    if (m != 0 && d > 0 && valid_ymd(2001, m, d)) {
      std::string out = "--00-00";
      out[2] = static_cast<char>('0' + m / 10);
      out[3] = static_cast<char>('0' + m % 10);
      out[5] = static_cast<char>('0' + d / 10);
      out[6] = static_cast<char>('0' + d % 10);
      return out;
    }
  }
  return {};
}

namespace {

// Minutes after midnight of the first clock time in `s` ("00:40 CET", "4:12 PM"), else -1; `at_start`:
// only a time that opens it (a live report's entry, "08:50 - ...").
int clock_minutes(std::string_view s, bool at_start) {
  const auto digit = [&](std::size_t k) { return k < s.size() && s[k] >= '0' && s[k] <= '9'; };
  for (std::size_t i = 0; i + 3 < s.size(); ++i) {
    if (at_start && i > 0) break;
    if (!digit(i) || (i > 0 && digit(i - 1))) continue;
    std::size_t k = i + 1;
    int h = s[i] - '0';
    if (digit(k)) h = h * 10 + (s[k++] - '0');
    if (k + 2 >= s.size() + 0 || s[k] != ':' || !digit(k + 1) || !digit(k + 2) || digit(k + 3)) continue;
    const int m = (s[k + 1] - '0') * 10 + (s[k + 2] - '0');
    std::string_view after = s.substr(k + 3);
    while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
    const bool pm = starts_with_ci(after, "pm") || starts_with_ci(after, "p.m.");
    const bool am = starts_with_ci(after, "am") || starts_with_ci(after, "a.m.");
    if (h > 23 || m > 59 || ((pm || am) && (h == 0 || h > 12))) return -1;
    if (pm && h != 12) h += 12;
    if (am && h == 12) h = 0;
    return h * 60 + m;
  }
  return -1;
}

}  // namespace

namespace {

// Where the speaker's label of a transcript's turn ends (past its colon and the space after it), at
// the start of `line` or after a time code ("[21:00:41] ABOUL-NASR: Hala, ...", "PRINCE FAISAL (as
// interpreted): Thank you.", "Q (Leila Tamim, Gulf Daybreak): Your Highness ...", "Q: What ..."),
// else 0; `label` receives the speaker's words. The turn must go on in lower case: "MONDAY: HANOI"
// is a heading.
std::size_t speaker_label_end(std::string_view line, std::string_view* label) {
  std::size_t i = 0;
  if (!line.empty() && line[0] == '[') {
    const std::size_t close = line.find(']');
    if (close == std::string_view::npos || close > 12) return 0;
    i = close + 1;
    while (i < line.size() && line[i] == ' ') ++i;
  }
  const std::size_t start = i;
  int words = 0;
  bool in_word = false;
  while (i < line.size() && i - start < 50) {
    const char c = line[i];
    if (c >= 'A' && c <= 'Z') {
      if (!in_word) ++words;
      in_word = true;
    } else if (c == ' ') {
      in_word = false;
    } else if (c != '-' && c != '\'' && c != '.' && !(static_cast<unsigned char>(c) >= 0x80)) {
      break;
    }
    ++i;
  }
  std::size_t end_of_name = i;
  while (end_of_name > start && line[end_of_name - 1] == ' ') --end_of_name;
  if (words < 1 || words > 6 || end_of_name == start) return 0;
  if (i < line.size() && line[i] == '(') {
    const std::size_t close = line.find(')', i);
    if (close == std::string_view::npos || close - i > 60) return 0;
    i = close + 1;
  }
  if (i + 1 >= line.size() || line[i] != ':' || line[i + 1] != ' ') return 0;
  const std::string_view rest = line.substr(i + 2);
  if (std::none_of(rest.begin(), rest.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return 0;
  *label = line.substr(start, end_of_name - start);
  return i + 2;
}

// A transcript's speakers' labels are no words of what is said ("ABOUL-NASR: He flew in ..." does not
// say that the correspondent flew in): they are blanked, when at least three lines open with one and
// a speaker speaks twice (headings, "ATHENS: Gas for the winter", name a place once each).
void blank_speaker_labels(std::string& text) {
  std::vector<std::pair<std::size_t, std::size_t>> labels;  // line start, label end
  std::vector<std::string_view> names;
  bool repeated = false;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    std::string_view name;
    if (const std::size_t end = speaker_label_end(std::string_view(text).substr(pos, nl - pos), &name); end != 0) {
      labels.emplace_back(pos, pos + end);
      repeated = repeated || std::find(names.begin(), names.end(), name) != names.end();
      names.push_back(name);
    }
    pos = nl + 1;
  }
  if (labels.size() < 3 || !repeated) return;
  for (const auto& [from, to] : labels) {
    for (std::size_t k = from; k < to; ++k) text[k] = ' ';
  }
}

}  // namespace

std::string strip_metadata(std::string_view text, std::string* date) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  bool first = true;
  // A live report last updated after midnight ("Last updated: Friday 24 October 2025, 00:40") whose
  // first entry is later in the day ("08:50 - ..."): its entries are of the day before.
  int stamp_minutes = -1;
  int first_entry = -1;
  // A day without its year in the header, before the first paragraph of the story ("Tuesday 30 May ·
  // Last updated 21:52 BRT", "BRASILIA, May 30 (Wire) - ..."): the date when none with a year is
  // found, as "--MM-DD" (the year the text gives away is added by the extractor).
  std::string without_year;
  // A news agency's dispatches, each closed by where and when it was filed ("(Jeddah, 19/5/2023)"):
  // the latest of those days, when nothing above dates the page.
  std::string latest_filed;
  bool in_header = true;
  // Lines left of an embedded post after its author's line ("Justin Trudeau @JustinTrudeau"): its
  // time line ("6:31 p.m. - Jun 9, 2022") dates the post, and stays.
  int post_lines = 0;
  while (pos <= text.size()) {
    auto nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::string_view t = trim(line);
    if (const std::size_t tag = wire_headline_tags_end(t); tag > 0) {
      line = t.substr(tag);
      t = line;
    }
    bool keep = true;
    if (post_lines > 0) --post_lines;
    if (t.size() < 80) {  // (a paragraph of text is no author's line: not searched)
      if (const std::size_t at = t.find(" @"); at != std::string_view::npos && at + 2 < t.size() && t[at + 2] != ' ') {
        post_lines = 4;
      }
    }
    std::string rest;
    if (first && starts_with_ci(t, "date ")) {
      // "date 2025-09-01 The article may continue here"
      const std::string_view after = trim(t.substr(5));
      const std::string_view token = after.substr(0, after.find(' '));
      if (auto d = Date::parse_iso(token); d && d->full()) {
        if (date != nullptr && date->empty()) *date = d->iso();
        rest = std::string(trim(after.substr(token.size())));
        keep = false;
      }
    } else if (starts_with_ci(t, "published on ") || starts_with_ci(t, "published: ") ||
               starts_with_ci(t, "published ") || starts_with_ci(t, "updated on ") ||
               starts_with_ci(t, "updated ") || starts_with_ci(t, "updated: ") || starts_with_ci(t, "last updated") ||
               starts_with_ci(t, "posted ") || starts_with_ci(t, "first published") ||
               // "Broadcast Friday 19 May 2023, 21:00 AST. Programme transcript ...": a programme's
               // air date heading its transcript
               (in_header && (starts_with_ci(t, "broadcast ") || starts_with_ci(t, "aired ")) &&
                !parse_date_phrase(t.substr(t.find(' ') + 1, 40)).empty())) {
      const std::string iso = parse_date_phrase(t.substr(t.find(' ') + 1));
      if (!iso.empty() || t.size() < 60) {
        if (date != nullptr && date->empty()) {
          *date = iso;
          if (!iso.empty()) stamp_minutes = clock_minutes(t, false);
        }
        keep = false;
      }
    } else if (starts_with_ci(t, "by ") && t.size() < 120 && date != nullptr && date->empty()) {
      // a byline with the date: "By Tomas Novak | Friday, October 7, 2022" (the line stays: its
      // names are the byline's)
      const std::size_t bar = t.rfind('|');
      if (bar != std::string_view::npos) *date = parse_date_phrase(trim(t.substr(bar + 1)));
      // "By Greta Holm, Northlight News. Updated 8 June 2007": a stamp at the byline's end
      if (date->empty()) {
        std::string lower(t);
        for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        for (const std::string_view w : {"updated ", "published ", "posted "}) {
          const std::size_t at = lower.rfind(w);
          if (at == std::string::npos || at == 0 || (lower[at - 1] != ' ' && lower[at - 1] != '.')) continue;
          *date = parse_date_phrase(trim(t.substr(at + w.size())));
          if (!date->empty()) break;
        }
      }
    } else if (is_slug_line(t)) {
      keep = false;
    } else if (is_stamp_line(t) && post_lines == 0) {
      if (const std::string iso = parse_date_phrase(t); !iso.empty()) {
        if (date != nullptr && date->empty()) {
          *date = iso;
          stamp_minutes = clock_minutes(t, false);
        }
        keep = false;
      } else if (in_header && without_year.empty()) {
        // (the line stays: its weekday helps tell the year)
        without_year = parse_day_without_year(t);
      }
    } else if (in_header && without_year.empty()) {
      without_year = wire_dateline_day(t);
    }
    if (keep && t.size() <= 40 && t.size() > 2 && t.front() == '(' && t.back() == ')') {
      if (const std::string iso = parse_date_phrase(t.substr(1, t.size() - 2)); !iso.empty()) {
        if (iso > latest_filed) latest_filed = iso;
        keep = false;
      }
    }
    if (keep && stamp_minutes >= 0 && first_entry < 0) first_entry = clock_minutes(t, true);
    // "Issue 61 | Published 27 April 2024 | Compiled by ...": a stamp among a header's fields
    if (keep && date != nullptr && date->empty() && t.size() < 200 &&
        (t.find('|') != std::string_view::npos || t.find("\u00b7") != std::string_view::npos)) {
      *date = stamp_among_fields(t, in_header ? &without_year : nullptr);
    }
    if (t.size() > 200) in_header = false;
    if (!t.empty()) first = false;
    if (keep) {
      append_without_credits(line, out);
      out.push_back('\n');
    } else if (!rest.empty()) {
      append_without_credits(rest, out);
      out.push_back('\n');
    }
    if (nl == text.size()) break;
    pos = nl + 1;
  }
  while (!out.empty() && (out.back() == '\n' || is_space(out.back()))) out.pop_back();
  blank_speaker_labels(out);
  if (date != nullptr && date->empty()) *date = latest_filed.empty() ? without_year : latest_filed;
  if (date != nullptr && stamp_minutes >= 0 && first_entry > stamp_minutes) {
    if (const auto d = Date::parse_iso(*date); d && d->full()) *date = add_days(*d, -1).iso();
  }
  return out;
}

bool preview_page(std::string_view text) {
  // (its headings: the short lines of its opening, not a sentence of the story, "They will meet
  // again in the week ahead.")
  text = text.substr(0, 600);
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    if (nl - pos >= 100) break;  // (the story has begun)
    std::array<char, 100> buf{};
    for (std::size_t k = pos; k < nl; ++k) {
      const char c = text[k];
      buf[k - pos] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    const std::string_view line(buf.data(), nl - pos);
    for (const std::string_view w : {"week ahead", "what to expect", "what to watch", "preview:", "the days ahead",
                                     "coming week", "week to come"}) {
      if (line.find(w) != std::string_view::npos) return true;
    }
    pos = nl + 1;
  }
  return false;
}

bool live_report(std::string_view text) {
  int stamps = 0;
  const auto digit = [&](std::size_t k) { return text[k] >= '0' && text[k] <= '9'; };
  // line by line (a line starts at 0 and after each newline)
  for (std::size_t i = 0; i + 5 < text.size() && stamps < 2;) {
    std::size_t k = i;
    if (digit(k) && digit(k + 1)) ++k;
    if (digit(k) && text[k + 1] == ':' && k + 3 < text.size() && digit(k + 2) && digit(k + 3)) ++stamps;
    const std::size_t nl = text.find('\n', i);
    if (nl == std::string_view::npos) break;
    i = nl + 1;
  }
  return stamps >= 2;
}

bool numbered_captions(std::string_view text) {
  int items = 0;
  // from line start to line start (a byte-by-byte scan cost 4% of a build)
  for (std::size_t i = 0; i + 3 < text.size() && items < 3;) {
    std::size_t k = i;
    while (k < text.size() && k < i + 2 && text[k] >= '0' && text[k] <= '9') ++k;
    if (k > i && k + 1 < text.size() && text[k] == '.' && text[k + 1] == ' ') ++items;
    // ("4 of 12 - FRIDAY, 4 APRIL.": a gallery's numbering)
    if (k > i && text.substr(k).starts_with(" of ") && k + 4 < text.size() && text[k + 4] >= '0' && text[k + 4] <= '9') {
      ++items;
    }
    const std::size_t nl = text.find('\n', i);
    if (nl == std::string_view::npos) break;
    i = nl + 1;
  }
  return items >= 3;
}

Document parse_plain_article(std::string id, std::string_view bytes, std::size_t* invalid_bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  std::string valid;
  const std::size_t bad = utf8_repair(bytes, valid);
  if (invalid_bytes != nullptr) *invalid_bytes = bad;
  Document doc;
  doc.id = std::move(id);
  doc.text = strip_metadata(valid, &doc.date);
  return doc;
}

}  // namespace evkg
