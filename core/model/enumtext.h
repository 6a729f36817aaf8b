#pragma once
// Texts of enum values kept as tables of (value, text): the interchange names
// of the plan format (model/catalog.cpp) and messages marked for translation
// (io/planlimits.cpp).

#include <cstddef>
#include <utility>

namespace tranche {

// The text of `value` in `table`, nullptr when the table does not list it.
template <typename E, std::size_t N>
constexpr const char *enumText(E value, const std::pair<E, const char *> (&table)[N])
{
    for (const auto &[v, text] : table) {
        if (v == value)
            return text;
    }
    return nullptr;
}

} // namespace tranche
