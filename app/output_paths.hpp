// Checks on output paths before any work is done: a known format, and not one of the inputs.
#pragma once
#include <string>
#include <vector>

namespace evkg {

// Throws evkg::Error("PATH: ...") for an unknown extension or an output that is also an input.
void check_outputs(const std::vector<std::string>& outputs, const std::vector<std::string>& inputs);

}  // namespace evkg
