#include "tests/reliability/corpus.hpp"

#include <random>
#include <utility>

#include "tests/reliability/support.hpp"

namespace evkg::reliability {

const std::vector<std::string>& lexicon_people() {
  static const std::vector<std::string> people = [] {
    std::vector<std::string> out;
    for (const char* file : {"people_world.json", "people_europe_americas.json"}) {
      const std::string json = read_file(fs::path(EVKG_SOURCE_DIR) / "data" / file);
      const std::string key = "{\"name\": \"";
      for (auto at = json.find(key); at != std::string::npos; at = json.find(key, at + 1)) {
        const auto begin = at + key.size();
        const auto end = json.find('"', begin);
        if (end != std::string::npos) out.push_back(json.substr(begin, end - begin));
      }
    }
    return out;
  }();
  return people;
}

namespace {
const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};

struct Meeting {
  std::string id;
  std::string date;
  std::string text;
};

std::vector<Meeting> meetings(std::size_t docs, unsigned seed) {
  const auto& people = lexicon_people();
  std::mt19937 rng(seed);
  std::vector<Meeting> out;
  out.reserve(docs);
  for (std::size_t i = 0; i < docs; ++i) {
    const auto& a = people[rng() % people.size()];
    const auto& b = people[rng() % people.size()];
    const auto year = 1990 + static_cast<int>(rng() % 34);
    const auto day = 1 + static_cast<int>(rng() % 28);
    const char* month = kMonths[rng() % 12];
    std::string text = a;
    text.append(" met ").append(b).append(" in Geneva on ").append(std::to_string(day)).append(" ").append(month);
    text.append(" ").append(std::to_string(year)).append(".");
    out.push_back({"d" + std::to_string(i), std::to_string(year + 1) + "-01-01", std::move(text)});
  }
  return out;
}
}  // namespace

std::string meetings_jsonl(std::size_t docs, unsigned seed) {
  std::string out;
  for (const auto& m : meetings(docs, seed)) {
    out += "{\"id\": \"" + m.id + "\", \"date\": \"" + m.date + "\", \"text\": \"" + m.text + "\"}\n";
  }
  return out;
}

std::vector<std::string> meetings_articles(std::size_t docs, unsigned seed) {
  std::vector<std::string> out;
  for (const auto& m : meetings(docs, seed)) out.push_back("date " + m.date + "\n" + m.text + "\n");
  return out;
}

}  // namespace evkg::reliability
