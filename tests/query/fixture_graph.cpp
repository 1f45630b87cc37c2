#include "fixture_graph.hpp"

#include "export/graph_io.hpp"

namespace evkg::test {

namespace {

NodeProps node(const std::string& id, const std::string& label, const std::string& type,
               std::vector<std::string> aliases = {}) {
  NodeProps n;
  n.id = id;
  n.label = label;
  n.type = type;
  n.aliases = std::move(aliases);
  n.mentions = 1;
  n.sources = {"d1"};
  return n;
}

NodeProps person(const std::string& id, const std::string& label, const std::string& role, const std::string& country,
                 std::vector<std::string> aliases = {}) {
  NodeProps n = node(id, label, node_type::kPerson, std::move(aliases));
  n.role = role;
  n.country = country;
  return n;
}

NodeProps summit(const std::string& id, const std::string& label, const std::string& date,
                 const std::string& location) {
  NodeProps n = node(id, label, node_type::kSummit);
  n.role = "summit";
  n.date = date;
  n.location = location;
  return n;
}

// An edge stated by one sentence in each of `docs`.
EdgeProps edge(const std::string& relation, const std::string& date, std::vector<std::string> docs,
               const std::string& evidence, const std::string& status = edge_status::kReported) {
  EdgeProps e;
  e.relation = relation;
  e.date = date;
  e.status = status;
  e.confidence = 0.8;
  e.evidence = evidence;
  for (const auto& d : docs) e.provenance.push_back(d + "@0-10");
  e.sources = std::move(docs);
  return e;
}

EventGraph build() {
  EventGraph g;
  g.add_node(person("person:emmanuel-macron", "Emmanuel Macron", "President", "France"));
  g.add_node(person("person:volodymyr-zelenskyy", "Volodymyr Zelenskyy", "President", "Ukraine",
                    {"Volodymyr Zelensky", "Zelensky"}));
  g.add_node(person("person:john-smith", "John Smith", "President", "United States"));
  g.add_node(person("person:anna-smith", "Anna Smith", "Minister", "France"));
  g.add_node(person("person:vladimir-putin", "Vladimir Putin", "President", "Russia"));
  g.add_node(person("person:micheal-martin", "Micheál Martin", "Taoiseach", "Ireland"));
  g.add_node(person("person:he-lifeng", "He Lifeng", "Vice Premier", "China"));
  NodeProps ursula = person("person:ursula-von-der-leyen", "Ursula von der Leyen", "Commission President", "Germany");
  ursula.affiliation = "European Commission";
  g.add_node(ursula);
  g.add_node(person("person:ada-island", "Ada Island", "Envoy", ""));
  g.add_node(node("country:fra", "France", node_type::kCountry, {"French Republic"}));
  g.add_node(node("country:ukr", "Ukraine", node_type::kCountry));
  g.add_node(node("country:usa", "United States", node_type::kCountry, {"U.S.", "US", "United States of America"}));
  g.add_node(node("country:rus", "Russia", node_type::kCountry, {"Russian Federation"}));
  g.add_node(node("country:chn", "China", node_type::kCountry));
  g.add_node(node("country:irl", "Ireland", node_type::kCountry));
  g.add_node(summit("summit:paris-2025-09-04", "Summit, Paris (2025-09-04)", "2025-09-04", "Paris"));
  g.add_node(summit("summit:paris-2025-03-01", "Meeting, Paris (2025-03-01)", "2025-03-01", "Paris"));
  g.add_node(summit("summit:kyiv-2025-05-10", "Meeting, Kyiv (2025-05-10)", "2025-05-10", "Kyiv"));

  const std::string macron = "person:emmanuel-macron", zelenskyy = "person:volodymyr-zelenskyy",
                    smith = "person:john-smith", anna = "person:anna-smith", putin = "person:vladimir-putin",
                    martin = "person:micheal-martin", he = "person:he-lifeng",
                    ursula_id = "person:ursula-von-der-leyen", paris = "summit:paris-2025-09-04",
                    paris_march = "summit:paris-2025-03-01", kyiv = "summit:kyiv-2025-05-10";

  EdgeProps at_paris = edge("met", "2025-09-04", {"d1", "d2"}, "Macron met Zelenskyy at the Paris summit.");
  at_paris.event = paris;
  at_paris.place = "Paris";
  g.add_edge(macron, zelenskyy, at_paris);
  g.add_edge(zelenskyy, macron, edge("met", "2025-05-10", {"d3"}, "Zelenskyy welcomed Macron in Kyiv."));
  g.add_edge(smith, zelenskyy,
             edge("met", "2025-08-18", {"d4"}, "He said, \"we met\"\nin Washington, and talked for an hour."));
  g.add_edge(smith, zelenskyy, edge("met", "", {"d5"}, "Smith has met Zelenskyy."));
  EdgeProps alaska = edge("met", "2025-08-15", {"d6"}, "Smith met Putin in Alaska.");
  alaska.place = "Alaska";
  g.add_edge(smith, putin, alaska);
  g.add_edge(macron, putin,
             edge("met", "2025-10-01", {"d7"}, "Macron plans to meet Putin in October.", edge_status::kPlanned));
  g.add_edge(zelenskyy, putin, edge("met", "", {"d8"}, "Zelenskyy denied meeting Putin.", edge_status::kDenied));
  EdgeProps march = edge("met", "2025-03-01", {"d9"}, "Martin met Anna Smith in Paris.");
  march.event = paris_march;
  g.add_edge(martin, anna, march);
  g.add_edge(he, smith, edge("met", "2025-07-01", {"d10"}, "He Lifeng met John Smith."));

  g.add_edge(macron, paris, edge("attended", "2025-09-04", {"d1"}, "Macron opened the Paris summit."));
  g.add_edge(macron, paris, edge("chaired", "2025-09-04", {"d1", "d2"}, "Macron chaired the Paris summit."));
  g.add_edge(zelenskyy, paris, edge("attended", "2025-09-04", {"d2"}, "Zelenskyy attended the Paris summit."));
  g.add_edge(anna, paris, edge("attended", "2025-09-04", {"d11"}, "Anna Smith was at the Paris summit."));
  g.add_edge("country:fra", paris, edge("attended", "2025-09-04", {"d11"}, "France took part in the summit."));
  g.add_edge(anna, paris_march, edge("attended", "2025-03-01", {"d9"}, "Anna Smith attended in March."));
  g.add_edge(martin, paris_march, edge("attended", "2025-03-01", {"d9"}, "Martin attended in March."));
  g.add_edge(macron, kyiv, edge("attended", "", {"d3"}, "Macron travelled to Kyiv."));
  g.add_edge(zelenskyy, kyiv, edge("attended", "2025-05-10", {"d3"}, "Zelenskyy hosted the Kyiv meeting."));

  EdgeProps troops = edge("pledged", "2025-09-04", {"d1"}, "France pledged troops to Ukraine.");
  troops.object = "troops";
  g.add_edge("country:fra", "country:ukr", troops);
  EdgeProps air = edge("pledged", "2025-08-18", {"d4"}, "Smith pledged air defence to Ukraine.");
  air.object = "air defence";
  g.add_edge(smith, "country:ukr", air);
  EdgeProps guarantees = edge("pledged", "", {"d2"}, "Macron pledged security guarantees to Ukraine.");
  guarantees.object = "security guarantees";
  g.add_edge(macron, "country:ukr", guarantees);
  EdgeProps ceasefire = edge("rejected", "2025-09-05", {"d12"}, "Putin rejected Macron's ceasefire proposal.");
  ceasefire.object = "ceasefire proposal";
  g.add_edge(putin, macron, ceasefire);
  EdgeProps tariffs = edge("rejected", "", {"d13"}, "Von der Leyen rejected US tariffs.");
  tariffs.object = "tariffs";
  g.add_edge(ursula_id, "country:usa", tariffs);
  return g;
}

}  // namespace

const EventGraph& fixture_graph() {
  static const EventGraph g = build();
  return g;
}

void write_fixture(const std::string& path) { write_graph_file(fixture_graph(), path); }

}  // namespace evkg::test
