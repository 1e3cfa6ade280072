// Plausible Chinese personal names for the demo book: surnames drawn by their
// real frequency, given names in the style of the person's generation.
#pragma once
#include <string>

#include "core/model/codes.h"
#include "core/model/prng.h"

namespace rm::demo {

std::string surname(Xoshiro256& rng);
std::string given_name(Xoshiro256& rng, Gender gender, int birth_year);
std::string full_name(Xoshiro256& rng, Gender gender, int birth_year);

}  // namespace rm::demo
