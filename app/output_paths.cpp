#include "app/output_paths.hpp"

#include <filesystem>

#include "core/error.hpp"
#include "export/graph_io.hpp"

namespace evkg {

void check_outputs(const std::vector<std::string>& outputs, const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  for (const auto& out : outputs) {
    if (!format_from_path(out)) throw Error(out + ": unknown output format (use .graphml, .dot, .gv or .json)");
    std::error_code ec;
    if (!fs::exists(out, ec)) continue;
    const auto out_canon = fs::weakly_canonical(out, ec);
    for (const auto& in : inputs) {
      if (in == "-") continue;
      std::error_code e2;
      const auto in_canon = fs::weakly_canonical(in, e2);
      if (!e2 && !ec && (in_canon == out_canon || (fs::is_directory(in_canon, e2) &&
                                                   out_canon.string().starts_with(in_canon.string() + "/")))) {
        throw Error(out + ": refusing to overwrite an input");
      }
    }
  }
}

}  // namespace evkg
