#pragma once
// Drag-and-drop MIME types: the one place their names are spelled. Payloads
// carry stable ids (item, action, phase ids; placement refs), UTF-8 JSON.

#include <QLatin1StringView>

namespace tranche::mime {

// {"items":["un-coal", ...]}: catalog sanctions items from the palette.
inline constexpr QLatin1StringView kCatalogItems("application/x-tranche-items");
// {"actions":["a07", ...]}: counterpart actions from the palette.
inline constexpr QLatin1StringView kCatalogActions("application/x-tranche-actions");
// {"placements":[{"phase":"p2","relief":0}, ...]}: placements dragged on the timeline.
inline constexpr QLatin1StringView kPlacements("application/x-tranche-placements");

} // namespace tranche::mime
