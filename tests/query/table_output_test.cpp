// The four output formats.
#include "query/table_output.hpp"

#include <gtest/gtest.h>

using namespace evkg::query;

namespace {

Table sample() {
  Table t({{"name"}, {"count"}, {"evidence"}, {"id", false}});
  t.add_row({text_cell("Micheál Martin"), count_cell(12), text_cell("He said, \"we met\"\nin Dublin."),
             text_cell("person:micheal-martin")});
  t.add_row({text_cell("Ann"), count_cell(3), text_cell("plain\ttext"), text_cell("person:ann")});
  return t;
}

}  // namespace

TEST(TableOutput, CsvQuotedPerRfc4180) {
  EXPECT_EQ(render(sample(), OutputFormat::kCsv),
            "name,count,evidence,id\r\n"
            "Micheál Martin,12,\"He said, \"\"we met\"\"\nin Dublin.\",person:micheal-martin\r\n"
            "Ann,3,plain\ttext,person:ann\r\n");
  EXPECT_EQ(csv_field("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_field("x\ry"), "\"x\ry\"");
  EXPECT_EQ(csv_field("plain"), "plain");
}

TEST(TableOutput, TsvOneLinePerRow) {
  EXPECT_EQ(render(sample(), OutputFormat::kTsv),
            "name\tcount\tevidence\tid\n"
            "Micheál Martin\t12\tHe said, \"we met\" in Dublin.\tperson:micheal-martin\n"
            "Ann\t3\tplain text\tperson:ann\n");
}

TEST(TableOutput, JsonArrayOfObjectsWithNumbersUnquoted) {
  EXPECT_EQ(render(sample(), OutputFormat::kJson),
            "[\n"
            "  {\"name\": \"Micheál Martin\", \"count\": 12, \"evidence\": \"He said, \\\"we met\\\"\\nin Dublin.\", "
            "\"id\": \"person:micheal-martin\"},\n"
            "  {\"name\": \"Ann\", \"count\": 3, \"evidence\": \"plain\\ttext\", \"id\": \"person:ann\"}\n"
            "]\n");
  EXPECT_EQ(json_string(std::string("a\x01") + "\\"), "\"a\\u0001\\\\\"");
}

TEST(TableOutput, AlignedTableCountsCharactersNotBytes) {
  // "Micheál Martin" is 14 characters in 15 bytes; numbers are right-aligned; ids are left out
  EXPECT_EQ(render(sample(), OutputFormat::kTable),
            "NAME            COUNT  EVIDENCE\n"
            "Micheál Martin     12  He said, \"we met\" in Dublin.\n"
            "Ann                 3  plain text\n");
}

TEST(TableOutput, EmptyResults) {
  const Table t({{"a"}, {"b"}});
  EXPECT_EQ(render(t, OutputFormat::kCsv), "a,b\r\n");
  EXPECT_EQ(render(t, OutputFormat::kTsv), "a\tb\n");
  EXPECT_EQ(render(t, OutputFormat::kJson), "[]\n");
  EXPECT_EQ(render(t, OutputFormat::kTable), "");
}

TEST(TableOutput, ParseFormat) {
  EXPECT_EQ(parse_output_format("csv"), OutputFormat::kCsv);
  EXPECT_EQ(parse_output_format("json"), OutputFormat::kJson);
  EXPECT_FALSE(parse_output_format("xml"));
}

TEST(TableCells, Numbers) {
  EXPECT_EQ(number_cell(3.0, 3).text, "3");
  EXPECT_EQ(number_cell(0.25, 3).text, "0.25");
  EXPECT_EQ(number_cell(2.5, 3, false).text, "2.500");
  EXPECT_EQ(number_cell(-0.0001, 2).text, "0");
  EXPECT_TRUE(count_cell(7).number);
  EXPECT_FALSE(text_cell("7").number);
  Table t({{"a"}});
  EXPECT_THROW(t.add_row({}), std::logic_error);
}
