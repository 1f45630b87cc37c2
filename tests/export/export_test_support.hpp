// Helpers shared by the export tests: a fresh scratch directory per test, a file's bytes, a graph's
// JSON (every attribute in a comparable form), a node by id.
#pragma once
#include <filesystem>
#include <string>

#include "graph/event_graph.hpp"

namespace evkg::test {

// An empty directory under the system's temp dir named after `prefix`, the running test and the
// process (several builds may run their tests at once); removed when the test program exits.
std::filesystem::path fresh_temp_dir(const std::string& prefix);
std::string slurp(const std::filesystem::path& p);
std::string json_of(const EventGraph& g);
const NodeProps& node(const EventGraph& g, const std::string& id);

}  // namespace evkg::test
