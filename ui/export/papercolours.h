#pragma once
// The colours of the exported timeline pages and phase overview, in one place:
// the ink both share, the timeline's rules, bands and bars, the overview's
// phases, relief, actions and violations.

#include <QColor>

namespace tranche::paper {

inline const QColor kText(0x1a, 0x20, 0x2c);
inline const QColor kMuted(0x4a, 0x55, 0x68);
inline const QColor kRule(0xa0, 0xae, 0xc0);
inline const QColor kInterimBand(0xeb, 0xf4, 0xfb);
inline const QColor kFinalBand(0xd6, 0xe9, 0xf8);
inline const QColor kInterimBar(0x63, 0xa4, 0xd8);
inline const QColor kFinalBar(0x2b, 0x6c, 0xb0);
inline const QColor kAction(0x6a, 0x1b, 0x9a);

inline const QColor kOverviewInterim(0xbe, 0xe3, 0xf8);
inline const QColor kOverviewFinal(0x90, 0xcd, 0xf4);
inline const QColor kOverviewRelief(0x2b, 0x6c, 0xb0);
inline const QColor kOverviewAction(0xdd, 0x6b, 0x20);
inline const QColor kGrid(0xe2, 0xe8, 0xf0);
inline const QColor kViolation(0xc5, 0x30, 0x30);

} // namespace tranche::paper
