// Fuzz target: GraphML from other programs (read_graphml on the safe pull parser), with a
// write_graphml / read_graphml round trip of whatever it accepts.
#include "export/graphml_reader.hpp"
#include "export/graphml_writer.hpp"
#include "fuzz/fuzz_graph_roundtrip.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  evkg::fuzz::quiet_logs();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  evkg::fuzz::fuzz_graph_reader(
      evkg::fuzz::as_view(data, size),
      [](std::string_view b, const std::string& n) { return evkg::read_graphml(b, n); },
      [](const evkg::EventGraph& g, evkg::Sink& s) { evkg::write_graphml(g, s); });
  return 0;
}
