#include "graph/event_labels.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace evkg;

namespace {

NodeProps a_person(const std::string& id, const std::string& label, const std::string& country = "",
                 std::vector<std::string> aliases = {}) {
  NodeProps n;
  n.id = id;
  n.label = label;
  n.type = "person";
  n.country = country;
  n.aliases = std::move(aliases);
  return n;
}

NodeProps an_event(const std::string& id, const std::string& role, const std::string& affiliation = "") {
  NodeProps n;
  n.id = id;
  n.type = "summit";
  n.role = role;
  n.affiliation = affiliation;
  n.location = "Elysee Palace, Paris";
  n.date = "2025-03-26";
  n.label = event_own_label(n);
  return n;
}

EdgeProps an_edge(const std::string& rel, const std::string& event_id = "", const std::string& status = "reported") {
  EdgeProps e;
  e.relation = rel;
  e.event = event_id;
  e.status = status;
  return e;
}

std::string label_of(const EventGraph& g, const std::string& id) { return g.graph()[*g.find(id)].label; }

}  // namespace

TEST(EventLabels, ShortNamesAsTheNewsUsesThem) {
  EXPECT_EQ(short_person_name(a_person("p:1", "Emmanuel Macron", "France")), "Macron");
  EXPECT_EQ(short_person_name(a_person("p:2", "Ursula von der Leyen")), "von der Leyen");
  EXPECT_EQ(short_person_name(a_person("p:3", "Ahmed al-Sharaa", "Syria")), "al-Sharaa");
  EXPECT_EQ(short_person_name(a_person("p:4", "Xi Jinping", "China")), "Xi");
  EXPECT_EQ(short_person_name(a_person("p:5", "Lee Jae-myung", "South Korea")), "Lee");
  EXPECT_EQ(short_person_name(a_person("p:6", "Luiz Inácio Lula da Silva", "Brazil", {"Lula", "Lula da Silva"})), "Lula");
  EXPECT_EQ(short_person_name(a_person("p:7", "Madonna")), "Madonna");
  EXPECT_EQ(short_person_name(a_person("p:8", "King Charles III", "United Kingdom")), "King Charles");
  EXPECT_EQ(short_person_name(a_person("p:9", "Pope Leo XIV")), "Pope Leo");
  EXPECT_EQ(short_person_name(a_person("p:10", "Mohamed bin Zayed Al Nahyan", "United Arab Emirates")), "Mohamed bin Zayed");
  EXPECT_EQ(short_person_name(a_person("p:11", "Mohammed bin Salman", "Saudi Arabia")), "Mohammed bin Salman");
  EXPECT_EQ(short_person_name(a_person("p:12", "Ferdinand Marcos Jr.", "Philippines")), "Marcos");
}

TEST(EventLabels, AMeetingOfTwoOrThreeIsNamedAfterThemAndUnnamedBack) {
  EventGraph g;
  g.add_node(a_person("person:a", "Emmanuel Macron", "France"));
  g.add_node(a_person("person:b", "Volodymyr Zelensky", "Ukraine"));
  g.add_node(a_person("person:c", "Keir Starmer", "United Kingdom"));
  g.add_node(an_event("summit:dinner", "meeting"));
  g.add_node(an_event("summit:trio", "talks"));
  g.add_node(an_event("summit:nato", "summit", "NATO"));
  g.add_node(an_event("summit:planned", "meeting"));
  // two at the dinner: one attended it, and the pair met at it
  g.add_edge("person:a", "summit:dinner", an_edge("attended"));
  g.add_edge("person:a", "person:b", an_edge("met", "summit:dinner"));
  // three at the talks
  for (const char* p : {"person:a", "person:b", "person:c"}) g.add_edge(p, "summit:trio", an_edge("attended"));
  // a group's summit keeps its name; a meeting only planned names no one
  g.add_edge("person:a", "summit:nato", an_edge("attended"));
  g.add_edge("person:b", "summit:nato", an_edge("attended"));
  g.add_edge("person:a", "summit:planned", an_edge("attended", "", "planned"));
  g.add_edge("person:c", "summit:planned", an_edge("attended", "", "planned"));
  const EventGraph before = g;

  name_meetings_by_participants(g);
  EXPECT_EQ(label_of(g, "summit:dinner"), "Macron-Zelensky meeting, Elysee Palace, Paris (2025-03-26)");
  EXPECT_EQ(label_of(g, "summit:trio"), "Macron-Starmer-Zelensky talks, Elysee Palace, Paris (2025-03-26)");
  EXPECT_EQ(label_of(g, "summit:nato"), "NATO summit, Elysee Palace, Paris (2025-03-26)");
  EXPECT_EQ(label_of(g, "summit:planned"), "Meeting, Elysee Palace, Paris (2025-03-26)");
  const auto& aliases = g.graph()[*g.find("summit:dinner")].aliases;
  EXPECT_EQ(aliases, std::vector<std::string>{"Meeting, Elysee Palace, Paris (2025-03-26)"});

  unname_meetings(g);
  for (const char* id : {"summit:dinner", "summit:trio", "summit:nato", "summit:planned"}) {
    EXPECT_EQ(label_of(g, id), label_of(before, id)) << id;
    EXPECT_EQ(g.graph()[*g.find(id)].aliases, before.graph()[*before.find(id)].aliases) << id;
  }
}

TEST(EventLabels, FourPeopleAreNotNamed) {
  EventGraph g;
  g.add_node(an_event("summit:m", "meeting"));
  for (const char* p : {"a", "b", "c", "d"}) {
    g.add_node(a_person(std::string("person:") + p, std::string("Leader ") + p));
    g.add_edge(std::string("person:") + p, "summit:m", an_edge("attended"));
  }
  name_meetings_by_participants(g);
  EXPECT_EQ(label_of(g, "summit:m"), "Meeting, Elysee Palace, Paris (2025-03-26)");
}

TEST(EventLabels, ACoupleSharingASurnameIsNamedOnce) {
  EventGraph g;
  g.add_node(a_person("person:host", "Keir Starmer", "United Kingdom"));
  g.add_node(a_person("person:wife", "Victoria Starmer", "United Kingdom"));
  g.add_node(a_person("person:guest", "Narendra Modi", "India"));
  g.add_node(an_event("summit:m", "meeting"));
  for (const char* p : {"person:host", "person:wife", "person:guest"}) g.add_edge(p, "summit:m", an_edge("attended"));
  name_meetings_by_participants(g);
  EXPECT_EQ(label_of(g, "summit:m"), "Modi-Starmer meeting, Elysee Palace, Paris (2025-03-26)");
}
