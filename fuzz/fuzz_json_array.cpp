// Fuzz target: a JSON file of article records, an array or one object (parse_json_records,
// json_lines = false).
#include "fuzz/fuzz_json_records.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  evkg::fuzz::quiet_logs();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  evkg::fuzz::fuzz_json_records(data, size, false);
  return 0;
}
