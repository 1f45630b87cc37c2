// A wire file keeping successive versions of one story is read from its last version.
#include "extract/story_versions.hpp"

#include <gtest/gtest.h>

#include <string>

namespace evkg {
namespace {

TEST(StoryVersions, TheLastOfSeveralVersionsIsRead) {
  const std::string text =
      "WIRE\n--- FIRST VERSION, 09:40 ---\nA said X.\n\n--- UPDATE 1, 13:15 -- adds quotes ---\nA said Y.\n"
      "--- UPDATE 2, 18:50 -- corrects ---\nA said Z.\n";
  EXPECT_EQ(last_version_start(text), text.find("--- UPDATE 2"));
  const std::string plain = "VERSION 1\nOne.\nVERSION 2: revised\nTwo.\n";
  EXPECT_EQ(last_version_start(plain), plain.find("VERSION 2"));
}

TEST(StoryVersions, OneVersionOrAHistoryLineIsReadWhole) {
  // a headline with the wire's update number, and the history of the updates at its foot
  EXPECT_EQ(last_version_start("UPDATE 2-U.S. quits talks\nThe U.S. left.\n"
                               "UPDATE 2 -- adds details. UPDATE 1 -- adds quotes.\n"),
            0U);
  // a single header
  EXPECT_EQ(last_version_start("--- UPDATE 1, 13:15 ---\nA met B.\n"), 0U);
  // words that only start like a header
  EXPECT_EQ(last_version_start("UPDATED guidance\nFIRST VERSIONS of the law\nUPDATE on talks\n"), 0U);
  EXPECT_EQ(last_version_start(""), 0U);
}

}  // namespace
}  // namespace evkg
