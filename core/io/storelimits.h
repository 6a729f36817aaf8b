#pragma once
// The documented limits of a .tranche file (docs/storage.md): a file over any
// of them is refused at once, naming the limit, before its rows are read.
// Until the shared core/io/planlimits.h exists, the store keeps its own.

#include <QtGlobal>

namespace tranche {

inline constexpr qint64 kMaxStoreItems = 10000;
inline constexpr qint64 kMaxStoreActions = 10000;
inline constexpr qint64 kMaxStorePhases = 1000;
inline constexpr qint64 kMaxStoreRequiredActions = 100000;
inline constexpr qint64 kMaxStorePlacements = 100000;
inline constexpr qint64 kMaxStoreWaivers = 10000;
// The longest text of one field (a note, a name, a JSON extra), in UTF-8 bytes.
inline constexpr qint64 kMaxStoreTextBytes = 1024 * 1024;

} // namespace tranche
