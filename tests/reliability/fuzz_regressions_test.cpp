// Inputs the fuzz targets (fuzz/) found crashing or breaking an invariant, each run through the same
// entry point as its target.
#include <gtest/gtest.h>

#include "tests/reliability/support.hpp"

namespace evkg::reliability {
namespace {

}  // namespace
}  // namespace evkg::reliability
