#include "graph/event_labels.hpp"

#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

#include "core/event_name.hpp"

namespace evkg {
namespace {

using namespace std::string_view_literals;

// Words that start a family name written in lower case ("von der Leyen", "da Silva", "bin Zayed").
bool name_particle(std::string_view w) {
  static constexpr std::string_view kParticles[] = {"von", "van", "der", "den", "de", "da", "di", "du", "dos",
                                                    "das", "del", "la", "le", "bin", "ibn", "al", "el", "ter", "zu"};
  if (std::find(std::begin(kParticles), std::end(kParticles), w) != std::end(kParticles)) return true;
  // "al-Sharaa", "el-Sisi"
  return w.size() > 3 && (w.starts_with("al-") || w.starts_with("el-"));
}

// Countries whose people the news names family name first ("Xi Jinping", "Lee Jae-myung").
bool family_name_first(const std::string& country) {
  return country == "China" || country == "Taiwan" || country == "South Korea" || country == "North Korea";
}

std::string lower_first(std::string s) {
  if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = static_cast<char>(s[0] - 'A' + 'a');
  return s;
}

bool names_meeting(const NodeProps& n) {
  return n.type == "summit" && n.affiliation.empty() &&
         (n.role == "meeting" || n.role == "talks" || n.role == "call" || n.role.empty());
}

}  // namespace

std::string event_own_label(const NodeProps& n) {
  std::string kind = n.role.empty() ? "meeting" : n.role;
  std::string label;
  if (n.affiliation.empty()) {
    label = kind;
    if (!label.empty()) label[0] = static_cast<char>(label[0] >= 'a' && label[0] <= 'z' ? label[0] - 'a' + 'A' : label[0]);
  } else {
    // ("Shangri-La Dialogue", "COP28 conference", "Summit of the Future": no kind after a name that
    // says it; "Gulf Cooperation Council summit")
    const bool named = name_says_its_kind(n.affiliation, kind);
    label = named ? n.affiliation : n.affiliation + " " + kind;
  }
  if (!n.location.empty()) label += ", " + n.location;
  if (!n.date.empty()) label += " (" + n.date + ")";
  return label;
}

std::string short_person_name(const NodeProps& person) {
  std::vector<std::string_view> words;
  const std::string_view label = person.label;
  for (std::size_t i = 0; i < label.size();) {
    const std::size_t sp = label.find(' ', i);
    const std::size_t end = sp == std::string_view::npos ? label.size() : sp;
    if (end > i) words.push_back(label.substr(i, end - i));
    i = end + 1;
  }
  // ("King Charles III": the regnal number is no name of its own; a monarch is known by title and
  // name, "King Charles")
  const auto roman = [](std::string_view w) {
    return !w.empty() && w.find_first_not_of("IVX") == std::string_view::npos;
  };
  // ("Ferdinand Marcos Jr.": nor is a generational suffix)
  const auto suffix = [](std::string_view w) { return w == "Jr." || w == "Jr" || w == "Sr." || w == "Sr"; };
  while (words.size() > 1 && (roman(words.back()) || suffix(words.back()))) words.pop_back();
  static constexpr std::string_view kRoyal[] = {"King", "Queen", "Emperor", "Empress", "Pope", "Sultan", "Emir"};
  if (words.size() == 2 && std::find(std::begin(kRoyal), std::end(kRoyal), words.front()) != std::end(kRoyal)) {
    return std::string(words.front()) + " " + std::string(words.back());
  }
  if (words.size() < 2) return std::string(words.front());
  // a name of one word the person is also known by, and a word of the label ("Lula" of "Luiz Inacio
  // Lula da Silva")
  for (const auto& alias : person.aliases) {
    if (alias.find(' ') == std::string::npos && std::find(words.begin(), words.end(), alias) != words.end()) return alias;
  }
  if (family_name_first(person.country)) return std::string(words.front());
  // ("Mohammed bin Salman", "Tamim bin Hamad Al Thani": an Arabic name is known by the given name
  // and the father's, "Mohammed bin Salman", "Tamim bin Hamad")
  for (std::size_t w = 1; w + 1 < words.size(); ++w) {
    if (words[w] == "bin"sv || words[w] == "ibn"sv || words[w] == "bint"sv) {
      const auto from = static_cast<std::size_t>(words.front().data() - label.data());
      const auto to = static_cast<std::size_t>(words[w + 1].data() - label.data()) + words[w + 1].size();
      return std::string(label.substr(from, to - from));
    }
  }
  for (std::size_t w = 1; w < words.size(); ++w) {
    if (name_particle(words[w])) {
      const auto from = static_cast<std::size_t>(words[w].data() - label.data());
      return std::string(label.substr(from));
    }
  }
  return std::string(words.back());
}

void unname_meetings(EventGraph& g) {
  Graph& gr = g.graph();
  for (auto [v, vend] = boost::vertices(gr); v != vend; ++v) {
    NodeProps& n = gr[*v];
    if (!names_meeting(n)) continue;
    // (its own label is the alias the label ends with, in lower case)
    for (auto a = n.aliases.begin(); a != n.aliases.end(); ++a) {
      if (a->empty() || n.label.size() <= a->size() + 1) continue;
      std::string own = lower_first(*a);
      if (n.label.compare(n.label.size() - own.size(), own.size(), own) != 0 || n.label[n.label.size() - own.size() - 1] != ' ') {
        continue;
      }
      n.label = *a;
      n.aliases.erase(a);
      break;
    }
  }
}

void name_meetings_by_participants(EventGraph& g) {
  Graph& gr = g.graph();
  std::vector<std::vector<Vertex>> people(boost::num_vertices(gr));
  auto add = [&](Vertex ev, Vertex p) {
    if (gr[p].type != "person") return;
    auto& list = people[ev];
    if (std::find(list.begin(), list.end(), p) == list.end()) list.push_back(p);
  };
  for (auto [e, eend] = boost::edges(gr); e != eend; ++e) {
    const EdgeProps& p = gr[*e];
    if (p.status != edge_status::kReported) continue;
    const Vertex s = boost::source(*e, gr);
    const Vertex t = boost::target(*e, gr);
    if ((p.relation == "attended" || p.relation == "chaired") && names_meeting(gr[t])) add(t, s);
    if (p.relation == "met" && !p.event.empty()) {
      if (const auto ev = g.find(p.event); ev && names_meeting(gr[*ev])) {
        add(*ev, s);
        add(*ev, t);
      }
    }
  }
  for (auto [v, vend] = boost::vertices(gr); v != vend; ++v) {
    const auto& list = people[*v];
    if (list.size() < 2 || list.size() > 3) continue;
    std::vector<std::pair<std::string, std::string>> names;  // (short name, id): a fixed order
    for (const Vertex p : list) names.emplace_back(short_person_name(gr[p]), gr[p].id);
    std::sort(names.begin(), names.end());
    std::string label;
    // (a couple is named once: "Starmer-Trump meeting", not "Starmer-Starmer-Trump")
    std::string_view previous;
    for (const auto& [name, id] : names) {
      if (name != previous) label += (label.empty() ? "" : "-") + name;
      previous = name;
    }
    // (its own label stays an alias: unname_meetings puts it back)
    NodeProps& n = gr[*v];
    if (n.label.empty()) continue;
    n.aliases.insert(std::lower_bound(n.aliases.begin(), n.aliases.end(), n.label), n.label);
    n.label = label + " " + lower_first(n.label);
  }
}

}  // namespace evkg
