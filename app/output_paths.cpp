#include "app/output_paths.hpp"

#include <filesystem>

#include "core/error.hpp"
#include "export/graph_io.hpp"

namespace evkg {

namespace {
namespace fs = std::filesystem;

// True when `out` would replace or land inside input `in`: the same file (also through symbolic or
// hard links), or a path inside an input directory (it would be read as input on the next run).
bool clashes(const fs::path& out, const fs::path& out_canon, const std::string& in) {
  std::error_code ec;
  const auto in_status = fs::status(in, ec);
  if (ec || !fs::exists(in_status)) return false;  // reading reports missing inputs
  if (fs::exists(out, ec) && fs::equivalent(out, in, ec) && !ec) return true;
  const auto in_canon = fs::weakly_canonical(in, ec);
  if (ec) return false;
  if (in_canon == out_canon) return true;
  if (!fs::is_directory(in_status)) return false;
  const auto rel = out_canon.lexically_relative(in_canon);
  return !rel.empty() && *rel.begin() != "..";
}

[[noreturn]] void refuse(const std::string& out, const std::string& in) {
  throw Error(out + ": refusing to overwrite an input (" + in + ")");
}
}  // namespace

void check_outputs(const std::vector<std::string>& outputs, const std::vector<std::string>& inputs) {
  for (const auto& out : outputs) {
    if (!format_from_path(out)) throw Error(out + ": unknown output format (use .graphml, .dot, .gv or .json)");
    std::error_code ec;
    const auto out_canon = fs::weakly_canonical(out, ec);
    if (ec) continue;  // writing will report what is wrong with the path
    for (const auto& in : inputs) {
      if (in == "-") continue;
      if (clashes(out, out_canon, in)) refuse(out, in);
    }
  }
}

}  // namespace evkg
