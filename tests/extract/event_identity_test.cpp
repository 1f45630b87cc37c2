// Which event a phrase speaks of: the body an "its summit" belongs to, a session after a ceremony,
// a format written "ASEAN-India", and a later "APEC forum" that is another event.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "extract_test_support.hpp"
#include "graph/graph_builder.hpp"

namespace evkg {
namespace {

// "relation subject target" of every assertion of a one-document extraction dated 2025-10-26.
std::vector<std::string> edges(const DocumentResult& r) {
  std::vector<std::string> out;
  for (const auto& a : r.assertions) out.push_back(a.relation + " " + a.subject + " " + a.target + " " + a.status);
  return out;
}

// "id affiliation" of every event node.
std::vector<std::string> events(const DocumentResult& r) {
  std::vector<std::string> out;
  for (const auto& n : r.entities) {
    if (n.type == "summit") out.push_back(n.id + " " + n.affiliation);
  }
  return out;
}

// "kind: alias" of every alias of every event node.
std::vector<std::string> event_aliases(const DocumentResult& r) {
  std::vector<std::string> out;
  for (const auto& n : r.entities) {
    if (n.type != "summit") continue;
    for (const auto& a : n.aliases) out.push_back(n.role + ": " + a);
  }
  return out;
}

// Each attendance of a one-document extraction: who attended, and the event's node.
std::vector<std::pair<std::string, const NodeProps*>> attendances(const DocumentResult& r) {
  std::vector<std::pair<std::string, const NodeProps*>> out;
  for (const auto& a : r.assertions) {
    if (a.relation != "attended") continue;
    for (const auto& n : r.entities) {
      if (n.id == a.target) out.emplace_back(a.subject, &n);
    }
  }
  return out;
}

// The ids of a graph's event nodes, in the graph's order.
std::vector<std::string> summit_ids(const EventGraph& g) {
  std::vector<std::string> out;
  for (const auto v : g.sorted_vertices()) {
    if (g.graph()[v].type == "summit") out.push_back(g.graph()[v].id);
  }
  return out;
}

TEST(EventIdentity, ItsSummitBelongsToTheBodyBeforeIt) {
  const auto r = test::extract_text(
      "The Association of Southeast Asian Nations opened its 47th summit in Kuala Lumpur on Sunday. Trump "
      "attended the summit.",
      "2025-10-26");
  EXPECT_EQ(events(r), (std::vector<std::string>{"summit:kuala-lumpur-asean-2025-10-26 ASEAN"}));
  EXPECT_EQ(edges(r), (std::vector<std::string>{"attended person:donald-trump summit:kuala-lumpur-asean-2025-10-26 reported"}));
}

// A gathering of many is also named by its city ("Seville conference"); a meeting is not (many
// meetings are held in a city).
TEST(EventIdentity, AGatheringOfManyIsAlsoNamedByItsCity) {
  const auto r = test::extract_text(
      "Leaders gathered in Seville on Monday for a UN conference on development finance. Pedro Sanchez chaired "
      "the conference. Macron met Ruto in Paris on Tuesday.",
      "2025-07-02");
  EXPECT_EQ(event_aliases(r), (std::vector<std::string>{"conference: Seville conference"}));
}

// The nearest name before "its" is a country's: the summit is not that of the body named earlier.
TEST(EventIdentity, ItsSummitAfterACountryTakesNoBody) {
  const auto r = test::extract_text("NATO praised Poland as it opened its summit in Warsaw on Sunday. Tusk attended "
                                    "the summit.",
                                    "2025-10-26");
  EXPECT_EQ(events(r), (std::vector<std::string>{"summit:warsaw-2025-10-26 "}));
}

TEST(EventIdentity, ASessionAfterACeremonyIsPartOfTheSummit) {
  const auto r = test::extract_text(
      "ASEAN opened its summit in Kuala Lumpur on Sunday. Timor-Leste was admitted at the opening ceremony. Indian "
      "Prime Minister Narendra Modi joined the ASEAN-India session by video.",
      "2025-10-26");
  EXPECT_EQ(edges(r),
            (std::vector<std::string>{"attended person:narendra-modi summit:kuala-lumpur-asean-2025-10-26 reported"}));
}

// A session known by nothing but its noun does not become the APEC forum named later.
TEST(EventIdentity, ALaterForumOfAnotherBodyIsAnotherEvent) {
  const auto r = test::extract_text(
      "Modi joined the session by video. Trump met Xi on the sidelines of the APEC forum on Thursday.", "2025-10-31");
  const auto e = edges(r);
  EXPECT_NE(std::find(e.begin(), e.end(), "attended person:narendra-modi summit:conference-u-a-1 reported"), e.end())
      << ::testing::PrintToString(e);
  EXPECT_EQ(std::count_if(e.begin(), e.end(), [](const std::string& s) { return s.find("apec") != std::string::npos &&
                                                                              s.find("narendra-modi") != std::string::npos; }),
            0);
}

// "who follows the G8 for the Carignano Policy Forum": a body a commentator works for, which had
// given its name to the meeting in Slovenia told of before.
TEST(EventIdentity, AForumOneWorksForIsNoGathering) {
  const auto r = test::extract_text(
      "Bush and Putin first met in Slovenia last month. Yuki Hart, who follows the G8 for the Carignano Policy "
      "Forum, was kinder.",
      "2001-07-23");
  EXPECT_EQ(events(r), (std::vector<std::string>{"summit:slovenia-u-a-1 "}));
}

// One article places the G20 summit ("opened in Rio de Janeiro"), another knows it only as the G20's
// on that day: the graph has one summit.
TEST(EventIdentity, ABodysGatheringByPlaceAndByBodyIsOneEventAcrossArticles) {
  GraphBuilder b;
  b.add(test::extract_text("The G20 summit opened in Rio de Janeiro on Monday. Lula chaired the summit.", "2024-11-19"));
  b.add(test::extract_text("The G20 summit opened on Monday. Modi attended the summit.", "2024-11-20"));
  b.add(test::extract_text("The NATO summit opened on Monday. Rutte attended the summit.", "2024-11-20"));
  const EventGraph g = std::move(b).finish();
  const std::vector<std::string> summits = summit_ids(g);
  EXPECT_EQ(summits, (std::vector<std::string>{"summit:nato-2024-11-18", "summit:rio-de-janeiro-g20-2024-11-18"}));
}

// One article speaks of the Paris summit, another of the coalition's summit in Paris on that day:
// one event. The Quad's meeting in Hiroshima on the day of the G7 summit there is another.
TEST(EventIdentity, APlaceAndItsBodysGatheringAreOneEventTwoBodiesTwo) {
  GraphBuilder b;
  b.add(test::extract_text("The summit opened in Paris on Thursday. Macron chaired the summit.", "2025-09-05"));
  b.add(test::extract_text("The coalition of the willing summit opened in Paris on Thursday. Starmer attended the summit.",
                           "2025-09-05"));
  b.add(test::extract_text("The G7 summit opened in Hiroshima on Saturday. Biden attended the summit. Biden, Kishida, "
                           "Albanese and Modi held a Quad meeting in Hiroshima on Saturday.",
                           "2023-05-21"));
  const EventGraph g = std::move(b).finish();
  const std::vector<std::string> summits = summit_ids(g);
  EXPECT_EQ(summits, (std::vector<std::string>{"summit:hiroshima-g7-2023-05-20", "summit:hiroshima-quad-2023-05-20",
                                               "summit:paris-coalition-of-the-willing-2025-09-04"}));
}

// A diary names a summit by its day alone ("Mirziyoyev chaired the summit" under "Friday 4 April."),
// other articles by its city and body: one event. A nameless summit of a day with summits in two
// cities stays apart.
TEST(EventIdentity, ANamelessSummitOfADayIsThatDaysSummit) {
  GraphBuilder b;
  b.add(test::extract_text("A diary of the week.\n\nFriday 4 April. Mirziyoyev chaired the summit.", "2025-04-06"));
  b.add(test::extract_text("The EU-Central Asia summit opened in Samarkand on Friday. Tokayev attended the summit.",
                           "2025-04-05"));
  b.add(test::extract_text("The European Union summit opened in Samarkand on Friday. Costa attended the summit.",
                           "2025-04-05"));
  b.add(test::extract_text("A diary of the week.\n\nFriday 16 May. Ruto chaired the summit.", "2025-05-18"));
  b.add(test::extract_text("The NATO summit opened in Tirana on Friday. Rutte attended the summit.", "2025-05-17"));
  b.add(test::extract_text("The G7 summit opened in Rome on Friday. Meloni attended the summit.", "2025-05-17"));
  const EventGraph g = std::move(b).finish();
  std::vector<std::string> chaired;
  for (const auto e : g.sorted_edges()) {
    if (g.graph()[e].relation == "chaired") {
      chaired.push_back(g.graph()[boost::source(e, g.graph())].label + " " + g.graph()[boost::target(e, g.graph())].id);
    }
  }
  std::sort(chaired.begin(), chaired.end());
  EXPECT_EQ(chaired, (std::vector<std::string>{"Shavkat Mirziyoyev summit:samarkand-eu-central-asia-summit-2025-04-04",
                                               "William Ruto summit:summit-2025-05-16"}));
}

// An undated meeting at the White House in an article of August is not a signing held there six
// weeks before, told of in another article; one of the same week is.
TEST(EventIdentity, AnUndatedMeetingByPlaceIsOneOfTheArticlesWeek) {
  GraphBuilder b;
  b.add(test::extract_text("Kagame and Tshisekedi signed a peace agreement in Washington on Friday.", "2025-06-27", "a"));
  b.add(test::extract_text("Aliyev and Pashinyan held talks at the White House.", "2025-08-09", "b"));
  b.add(test::extract_text("Ruto and Museveni held talks at the White House.", "2025-06-30", "c"));
  const EventGraph g = std::move(b).finish();
  std::vector<std::string> summits;
  for (const auto v : g.sorted_vertices()) {
    if (g.graph()[v].type == "summit") summits.push_back(g.graph()[v].id + " " + g.graph()[v].date);
  }
  ASSERT_EQ(summits.size(), 2U);
  EXPECT_EQ(summits[0], "summit:washington-2025-06-27 2025-06-27");
  EXPECT_EQ(summits[1], "summit:washington-u-b-1 ");
}

// An undated meeting by place in an article known only by its year is not one held there in a
// later year; one of that year is.
TEST(EventIdentity, AnUndatedMeetingByPlaceIsNotOneOfALaterYear) {
  const auto summits_with = [](const char* year_of_b) {
    GraphBuilder b;
    b.add(test::extract_text("Frederiksen held talks with Scholz in Berlin on Tuesday.", "2025-01-29", "a"));
    b.add(test::extract_text("Sunak travelled to Berlin for talks with Scholz.", year_of_b, "b"));
    const EventGraph g = std::move(b).finish();
    return summit_ids(g);
  };
  EXPECT_EQ(summits_with("2024"), (std::vector<std::string>{"summit:berlin-2025-01-28", "summit:berlin-u-b-1"}));
  EXPECT_EQ(summits_with("2025"), (std::vector<std::string>{"summit:berlin-2025-01-28"}));
}

// A body's summit known in one article by place and body and undated, in another by the body alone
// and dated: one event, with the place of the one and the day of the other.
TEST(EventIdentity, AnUndatedSummitByPlaceAndBodyIsTheBodysDatedOne) {
  GraphBuilder b;
  b.add(test::extract_text("ASEAN leaders held a summit in Kuala Lumpur. Modi attended the summit.", "2025-10-27", "a"));
  b.add(test::extract_text("The ASEAN summit opened on Sunday. Trump attended the summit.", "2025-10-27", "b"));
  const EventGraph g = std::move(b).finish();
  std::vector<std::string> summits;
  for (const auto v : g.sorted_vertices()) {
    if (g.graph()[v].type == "summit") summits.push_back(g.graph()[v].label);
  }
  EXPECT_EQ(summits, (std::vector<std::string>{"ASEAN summit, Kuala Lumpur (2025-10-26)"}));
}

// The European Council meets as the European Union's summit: arriving "at the European Council"
// is attending the EU summit of that day, one event with the "EU summit" of other reports.
TEST(EventIdentity, TheEuropeanCouncilMeetsAsTheEuSummit) {
  const auto r = test::extract_text("Bart De Wever arrived at the European Council on Thursday.", "2025-10-24");
  EXPECT_EQ(events(r), (std::vector<std::string>{"summit:european-union-2025-10-23 European Union"}));
}

// Talks tied to someone ("RSF-linked talks") are a gathering of their own, not the talks last
// spoken of; the tie is no place; hosting "earlier rounds of talks" is hosting no one gathering.
TEST(EventIdentity, TalksTiedToSomeoneAreAnotherGathering) {
  const auto r = test::extract_text(
      "Saudi Arabia hosted peace talks in Jeddah on Monday. Kenya hosted RSF-linked talks in February on forming a "
      "rival government. Qatar has hosted earlier rounds of talks in Doha.",
      "2025-04-20");
  EXPECT_EQ(edges(r), (std::vector<std::string>{
                          "chaired country:sau summit:jeddah-2025-04-14 reported",
                          "attended country:sau summit:jeddah-2025-04-14 reported",
                          "chaired country:ken summit:talks-u-a-1 reported",
                          "attended country:ken summit:talks-u-a-1 reported",
                      }));
}

// Two peoples' adjective before talks ("Israeli-Palestinian peace talks") is no place.
TEST(EventIdentity, TwoPeoplesAdjectiveIsNoPlace) {
  const auto r = test::extract_text(
      "Delegations are gathering in Annapolis for the first attempt at Israeli-Palestinian peace talks in seven "
      "years. Condoleezza Rice attended the talks.",
      "2007-11-27");
  bool summit = false;
  for (const auto& n : r.entities) {
    if (n.type != "summit") continue;
    summit = true;
    EXPECT_EQ(n.location.find("Israeli"), std::string::npos) << n.id;
  }
  EXPECT_TRUE(summit);
}

// A body's gathering in another month said after where it is held, or in a clause about it, is to
// come: it is not the gathering being spoken of, and lends it no name.
TEST(EventIdentity, ABodysGatheringInALaterMonthIsNotTheOneSpokenOf) {
  const auto r = test::extract_text(
      "Lula hosted the South American presidents at a summit in Brasilia on Tuesday. The summit of Mercosur in "
      "Puerto Iguazu, Argentina, in July is his next stop.",
      "2023-05-30");
  const auto ev = events(r);
  EXPECT_TRUE(std::find(ev.begin(), ev.end(), "summit:brasilia-2023-05-30 ") != ev.end()) << ::testing::PrintToString(ev);
  for (const auto& e : ev) EXPECT_EQ(e.find("brasilia-mercosur"), std::string::npos) << e;
  const auto r2 = test::extract_text(
      "Lula hosted the South American presidents at a summit in Brasilia on Tuesday. The Amazon summit Brazil is "
      "preparing for Belem in August was not on the agenda.",
      "2023-05-30");
  for (const auto& e : events(r2)) EXPECT_EQ(e.find("amazon"), std::string::npos) << e;
}

// A body's gathering named with another day than that of the gathering spoken of is another one,
// and does not name it.
TEST(EventIdentity, ABodysGatheringOfAnotherDayDoesNotNameTheOneSpokenOf) {
  const auto r = test::extract_text(
      "Lula received Alberto Fernandez at the Itamaraty in Brasilia on Tuesday. The two had also met in Buenos Aires "
      "on 23 January, on the eve of the CELAC summit.",
      "2023-05-30");
  for (const auto& e : events(r)) EXPECT_EQ(e.find("brasilia-celac"), std::string::npos) << e;
}

// An undated meeting at one building of a city is not a dated meeting held at another building of
// it in the article's week; with no building named, it is.
TEST(EventIdentity, AnUndatedMeetingInOneBuildingIsNotOneInAnother) {
  const auto summits_with = [](const char* undated) {
    GraphBuilder b;
    b.add(test::extract_text("Ruto and Museveni held talks at the White House on Wednesday.", "2025-06-12", "a"));
    b.add(test::extract_text(undated, "2025-06-12", "b"));
    const EventGraph g = std::move(b).finish();
    return summit_ids(g);
  };
  EXPECT_EQ(summits_with("Modi held talks with Trump at the Pentagon."),
            (std::vector<std::string>{"summit:washington-2025-06-11", "summit:washington-u-b-1"}));
  EXPECT_EQ(summits_with("Modi held talks with Trump in Washington."),
            (std::vector<std::string>{"summit:washington-2025-06-11"}));
}

// A gathering placed by its building alone in one article and by its city in another is one event
// once some article puts that building in that city; without that, nothing says they are one.
TEST(EventIdentity, AGatheringByItsBuildingAndByItsCityIsOneEventWhenAnArticleJoinsThem) {
  const auto summits_with = [](bool joined) {
    GraphBuilder b;
    b.add(test::extract_text("Kim Jong Un and Vladimir Putin held talks at Far Eastern Federal University on Thursday.",
                             "2019-04-26", "a"));
    b.add(test::extract_text("Kim Jong Un held talks with Vladimir Putin in Vladivostok on Thursday.", "2019-04-26", "b"));
    if (joined) {
      b.add(test::extract_text("Vladimir Putin received Kim Jong Un at Far Eastern Federal University in Vladivostok.",
                               "2019-04-26", "c"));
    }
    const EventGraph g = std::move(b).finish();
    std::vector<std::string> summits;
    for (const auto v : g.sorted_vertices()) {
      if (g.graph()[v].type == "summit") summits.push_back(g.graph()[v].id + " " + g.graph()[v].location);
    }
    return summits;
  };
  EXPECT_EQ(summits_with(true),
            (std::vector<std::string>{"summit:vladivostok-2019-04-25 Far Eastern Federal University, Vladivostok"}));
  EXPECT_EQ(summits_with(false),
            (std::vector<std::string>{"summit:far-eastern-federal-university-2019-04-25 Far Eastern Federal University",
                                      "summit:vladivostok-2019-04-25 Vladivostok"}));
}

// Being at a gathering of a known day is of that day, whatever other time the sentence names.
TEST(EventIdentity, AttendingAGatheringOfAKnownDayIsOfThatDay) {
  GraphBuilder b;
  b.add(test::extract_text("Li Keqiang held talks with Hun Sen at the Peace Palace in Phnom Penh on Wednesday. Li said it "
                           "was his first trip abroad since the outbreak of the pandemic in 2019, and that he had come to "
                           "attend the talks.",
                           "2022-11-10", "a"));
  const EventGraph g = std::move(b).finish();
  const auto& gr = g.graph();
  std::vector<std::string> attended;
  for (const auto e : g.sorted_edges()) {
    if (gr[e].relation == "attended") attended.push_back(gr[boost::source(e, gr)].id + " " + gr[e].date);
  }
  EXPECT_EQ(attended, (std::vector<std::string>{"person:hun-sen 2022-11-09", "person:li-keqiang 2022-11-09"}));
}

// "since the inaugural summit in Seattle in 1993": a gathering of an earlier year is not the one
// the article speaks of; neither "the summit" nor the host's gathering is placed or dated by it.
TEST(EventIdentity, AGatheringOfAnEarlierYearIsNotTheOneSpokenOf) {
  const auto r = test::extract_text(
      "The forum of Pacific leaders began on Monday, the first time Peru has hosted the gathering since the "
      "inaugural summit in Seattle in 1993. Gabriel Boric attended the summit.",
      "2024-11-20");
  std::vector<std::string> attended;
  for (const auto& [who, event] : attendances(r)) attended.push_back(who + " " + event->location + " " + event->date);
  EXPECT_EQ(attended, (std::vector<std::string>{"country:per  2024-11-18", "person:gabriel-boric  2024-11-18"}));
}

// A meeting announced for a later month is not the summit of this week a later sentence names.
TEST(EventIdentity, AMeetingOfALaterMonthIsNotTheSummitNamedNext) {
  const auto r = test::extract_text(
      "Andres Manuel Lopez Obrador announced that he will travel to Washington in July to meet President Joe "
      "Biden at the White House. Marcelo Ebrard arrived in Los Angeles on Tuesday to take part in the IX Summit "
      "of the Americas.",
      "2022-06-07");
  std::vector<std::string> attended;
  for (const auto& [who, event] : attendances(r)) {
    if (who == "person:marcelo-ebrard") attended.push_back(event->label);
  }
  EXPECT_EQ(attended, (std::vector<std::string>{"Summit of the Americas"}));
}

}  // namespace
// Talks of two in a building of a city, told by an article that also tells a body's gathering of the
// city that day, are not the city's gathering another article tells: the building names the talks'
// node (an article that tells the talks alone keeps the city's id, "summit:paris-...").
TEST(EventIdentity, TalksInABuildingAreNotTheCitysSummitOfThatDay) {
  GraphBuilder b;
  b.add(test::extract_text("Emmanuel Macron opened the Summit for a New Global Financing Pact in Paris on Thursday. In "
                           "the afternoon Macron received Li Qiang at the Elysee Palace for talks.",
                           "2023-06-23", "a"));
  b.add(test::extract_text("The summit opened in Paris on Thursday. Mia Mottley attended the summit.", "2023-06-23", "b"));
  const EventGraph g = std::move(b).finish();
  const std::vector<std::string> summits = summit_ids(g);
  EXPECT_EQ(summits, (std::vector<std::string>{"summit:elysee-palace-paris-2023-06-22",
                                               "summit:paris-summit-for-a-new-global-financing-pact-2023-06-22"}));
}

// A meal is a gathering of its own: the state dinner at a palace in one article is not the talks held
// there that day, told in another; two articles' dinners of that day are one.
TEST(EventIdentity, ADinnerIsNotTheTalksOfItsDayAndPlace) {
  GraphBuilder b;
  b.add(test::extract_text("Sanchez held talks with Lula at the Moncloa Palace in Madrid on Tuesday.", "2026-03-10", "a"));
  b.add(test::extract_text("On Tuesday evening Lula attended a state banquet at the Moncloa Palace in Madrid.", "2026-03-10",
                           "b"));
  b.add(test::extract_text("Sanchez hosted a state dinner for Lula at the Moncloa Palace in Madrid on Tuesday.",
                           "2026-03-10", "c"));
  const EventGraph g = std::move(b).finish();
  const std::vector<std::string> summits = summit_ids(g);
  EXPECT_EQ(summits, (std::vector<std::string>{"summit:madrid-2026-03-10", "summit:madrid-dinner-2026-03-10"}));
}

// A gathering in one building of a city is not the one in another building of it that the article
// spoke of before; two seats of government (the Oval Office and the White House) are not told apart.
TEST(EventIdentity, AGatheringInAnotherBuildingOfTheCityIsAnotherOne) {
  const auto r = test::extract_text(
      "ROME - Meloni and Modi held a meeting at Palazzo Chigi on Friday. In the afternoon Meloni received Modi "
      "with military honours at the Villa Doria Pamphili.",
      "2026-03-13");
  std::vector<std::string> places;
  for (const auto& [who, ev] : attendances(r)) places.push_back(who + " " + ev->location);
  std::sort(places.begin(), places.end());
  EXPECT_EQ(places, (std::vector<std::string>{"person:giorgia-meloni Palazzo Chigi, Rome",
                                              "person:giorgia-meloni Villa Doria Pamphili, Rome",
                                              "person:narendra-modi Palazzo Chigi, Rome",
                                              "person:narendra-modi Villa Doria Pamphili, Rome"}));
  const auto w = test::extract_text(
      "WASHINGTON - Trump and Carney held a meeting at the White House on Tuesday. Later Trump received Carney "
      "in the Oval Office.",
      "2026-03-10");
  std::vector<std::string> ids;
  for (const auto& [who, ev] : attendances(w)) ids.push_back(ev->id);
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  EXPECT_EQ(ids, (std::vector<std::string>{"summit:washington-2026-03-10"}));
}

// "The Biden-Putin summit": the pair a summit brings together is no body, so an article that names
// it only so speaks of the one summit of that day another article places.
TEST(EventIdentity, APairsSummitIsNoBodysSummit) {
  GraphBuilder b;
  b.add(test::extract_text("Biden and Putin held a summit in Geneva on Wednesday.", "2021-06-16", "a"));
  b.add(test::extract_text("The Biden-Putin summit opened on Wednesday. Lavrov attended the summit.", "2021-06-16", "b"));
  const EventGraph g = std::move(b).finish();
  const std::vector<std::string> summits = summit_ids(g);
  EXPECT_EQ(summits, (std::vector<std::string>{"summit:geneva-2021-06-16"}));
}

}  // namespace evkg
