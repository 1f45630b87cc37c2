// Fuzz target: a JSON Lines file of article records (parse_json_records, json_lines = true).
#include "fuzz/fuzz_json_records.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  evkg::fuzz::quiet_logs();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  evkg::fuzz::fuzz_json_records(data, size, true);
  return 0;
}
