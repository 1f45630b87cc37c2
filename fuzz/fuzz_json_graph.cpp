// Fuzz target: node-link JSON graphs (read_json_graph), with a write_json / read_json_graph round
// trip of whatever it accepts.
#include "export/json_reader.hpp"
#include "export/json_writer.hpp"
#include "fuzz/fuzz_graph_roundtrip.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  evkg::fuzz::quiet_logs();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  evkg::fuzz::fuzz_graph_reader(
      evkg::fuzz::as_view(data, size),
      [](std::string_view b, const std::string& n) { return evkg::read_json_graph(b, n); },
      [](const evkg::EventGraph& g, evkg::Sink& s) { evkg::write_json(g, s); });
  return 0;
}
