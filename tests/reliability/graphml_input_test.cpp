// GraphML written by other programs: truncated, not well-formed, undeclared keys, duplicate ids,
// edges to missing nodes, a DOCTYPE with external entities (never resolved: no file is opened, no
// connection made) and entity bombs (rejected at once, memory bounded).
#include <arpa/inet.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <string>

#include "core/error.hpp"
#include "export/graphml_reader.hpp"
#include "tests/reliability/support.hpp"

namespace evkg::reliability {
namespace {

const std::string kValid = R"(<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="label" attr.type="string"/>
  <key id="d1" for="edge" attr.name="relation" attr.type="string"/>
  <graph id="G" edgedefault="directed">
    <node id="a"><data key="d0">Joe Biden</data></node>
    <node id="b"><data key="d0">Xi Jinping</data></node>
    <edge source="a" target="b"><data key="d1">met</data></edge>
  </graph>
</graphml>
)";

// The error message, or "" when the bytes were accepted.
std::string error_of(std::string_view bytes) {
  try {
    (void)read_graphml(bytes, "in.graphml");
  } catch (const Error& e) {
    return e.what();
  }
  return {};
}

std::string with(std::string_view from, std::string_view to) {
  std::string s = kValid;
  const auto at = s.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  s.replace(at, from.size(), to);
  return s;
}

TEST(GraphmlInput, ValidFileIsRead) {
  const EventGraph g = read_graphml(kValid, "in.graphml");
  EXPECT_EQ(g.num_nodes(), 2u);
  EXPECT_EQ(g.num_edges(), 1u);
}

TEST(GraphmlInput, EveryTruncationIsAnErrorWithAPosition) {
  for (std::size_t n = 0; n < kValid.size() - 12; ++n) {  // up to just before </graphml>
    const std::string e = error_of(std::string_view(kValid).substr(0, n));
    EXPECT_EQ(e.rfind("in.graphml:", 0), 0u) << "cut at " << n << ": " << e;
  }
}

TEST(GraphmlInput, NotWellFormedIsAnError) {
  for (const auto& bad : {with("</graph>", "</grap>"), with("id=\"a\"", "id=a"), with("Joe Biden", "Joe <Biden"),
                          with("Joe Biden", "Joe &nbsp; Biden"), with("Joe Biden", "Joe \x01 Biden"),
                          with("Joe Biden", "Joe \xC0\xAF Biden"), with("<graph ", "<graph id=\"x\" id=\"y\" "),
                          kValid + "<graphml/>", with("</graphml>", "")}) {
    const std::string e = error_of(bad);
    EXPECT_EQ(e.rfind("in.graphml:", 0), 0u) << e;
  }
}

TEST(GraphmlInput, UndeclaredKeyDuplicateIdAndMissingNodeAreErrors) {
  EXPECT_NE(error_of(with("key=\"d1\"", "key=\"d9\"")).find("'d9'"), std::string::npos);
  EXPECT_NE(error_of(with("<node id=\"b\">", "<node id=\"a\">")).find("duplicate node id 'a'"), std::string::npos);
  EXPECT_NE(error_of(with("target=\"b\"", "target=\"zz\"")).find("'zz'"), std::string::npos);
}

TEST(GraphmlInput, DeepNestingIsRejectedWithoutRecursion) {
  std::string deep = "<graphml>";
  for (int i = 0; i < 200000; ++i) deep += "<x>";
  EXPECT_NE(error_of(deep).find("nested too deeply"), std::string::npos);
}

TEST(GraphmlInput, EntityBombsAreRejectedAtOnce) {
  std::string laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n";
  for (int i = 1; i <= 9; ++i) {
    laughs += " <!ENTITY lol" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k) laughs += "&lol" + (i == 1 ? std::string() : std::to_string(i - 1)) + ";";
    laughs += "\">\n";
  }
  laughs += "]>\n<graphml><graph><node id=\"&lol9;\"/></graph></graphml>\n";
  const double t0 = now_seconds();
  const std::string e = error_of(laughs);
  EXPECT_LT(now_seconds() - t0, 1.0 * kTimeFactor);
  EXPECT_NE(e.find("in.graphml:2:"), std::string::npos) << e;
  // Without a DTD the reference is simply undefined.
  EXPECT_NE(error_of(with("id=\"a\"", "id=\"&lol9;\"")).find("undefined entity"), std::string::npos);
}

// A FIFO: opening it for reading blocks until someone writes, so a reader that tried to resolve an
// entity pointing at it would hang (and the test's time limit would catch it).
TEST(GraphmlInputCli, ExternalEntitiesAreNeverResolved) {
  const TempDir dir;
  const auto fifo = dir / "secret.fifo";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  // A TCP port that counts connections.
  const int server = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  ASSERT_GE(server, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof addr;
  ASSERT_EQ(::bind(server, reinterpret_cast<sockaddr*>(&addr), len), 0);
  ASSERT_EQ(::listen(server, 4), 0);
  ASSERT_EQ(::getsockname(server, reinterpret_cast<sockaddr*>(&addr), &len), 0);
  const std::string url = "http://127.0.0.1:" + std::to_string(ntohs(addr.sin_port)) + "/x.dtd";

  const std::string body = "<graphml><graph><node id=\"a\"/></graph></graphml>\n";
  const std::string files[] = {
      "<!DOCTYPE graphml SYSTEM \"" + fifo.string() + "\">\n" + body,
      "<!DOCTYPE graphml PUBLIC \"-//x//y\" \"" + url + "\">\n" + body,
      "<!DOCTYPE graphml [<!ENTITY xxe SYSTEM \"file://" + fifo.string() + "\">]>\n"
      "<graphml><graph><node id=\"&xxe;\"/></graph></graphml>\n",
      "<!DOCTYPE graphml [<!ENTITY % p SYSTEM \"" + url + "\"> %p;]>\n" + body,
  };
  int i = 0;
  for (const auto& content : files) {
    const auto path = dir / ("doc" + std::to_string(i++) + ".graphml");
    write_file(path, content);
    const auto r = run_evkg({"stats", path.string()}, {20, {}});
    EXPECT_FALSE(r.timed_out) << content;
    EXPECT_TRUE(r.exit_code == 0 || r.exit_code == 1) << r.exit_code << " " << r.err;
  }
  sockaddr_in peer{};
  socklen_t plen = sizeof peer;
  const int conn = ::accept(server, reinterpret_cast<sockaddr*>(&peer), &plen);
  EXPECT_LT(conn, 0) << "evkg connected to the URL of an external entity";
  if (conn >= 0) ::close(conn);
  ::close(server);
}

TEST(GraphmlInputCli, BillionLaughsIsQuickAndSmall) {
  const TempDir dir;
  std::string laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">";
  for (int i = 1; i <= 9; ++i) {
    laughs += "<!ENTITY lol" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k) laughs += "&lol" + (i == 1 ? std::string() : std::to_string(i - 1)) + ";";
    laughs += "\">";
  }
  laughs += "]>\n<graphml><graph><node id=\"n\"><data key=\"k\">&lol9;</data></node></graph></graphml>\n";
  write_file(dir / "lol.graphml", laughs);
  const auto r = run_evkg({"stats", (dir / "lol.graphml").string()}, {10, {}});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_LT(r.seconds, 2 * kTimeFactor);
  EXPECT_LT(r.max_rss_kb, 256 * 1024);
  EXPECT_NE(r.err.find("lol.graphml:2:"), std::string::npos) << r.err;
}

TEST(GraphmlInputCli, BrokenGraphmlFilesAreErrorsNotCrashes) {
  const TempDir dir;
  const std::pair<const char*, std::string> cases[] = {
      {"truncated.graphml", kValid.substr(0, kValid.size() / 2)},
      {"malformed.graphml", with("</graph>", "</grap>")},
      {"undeclared.graphml", with("key=\"d1\"", "key=\"d9\"")},
      {"duplicate.graphml", with("<node id=\"b\">", "<node id=\"a\">")},
      {"missing.graphml", with("target=\"b\"", "target=\"zz\"")},
      {"empty.graphml", ""},
      {"binary.graphml", std::string("\x00\xFF\xFE\x01", 4)},
  };
  for (const auto& [name, content] : cases) {
    write_file(dir / name, content);
    const auto r = run_evkg({"stats", (dir / name).string()}, {20, {}});
    EXPECT_EQ(r.exit_code, 1) << name << ": " << r.err;
    EXPECT_NE(r.err.find((dir / name).string() + ":"), std::string::npos) << r.err;
  }
}

}  // namespace
}  // namespace evkg::reliability
