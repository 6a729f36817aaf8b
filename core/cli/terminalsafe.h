#pragma once
// Text from a plan (ids, titles, messages that quote them) made safe to print
// on a terminal: a plan must not be able to move the cursor, clear the screen
// or reorder a line with bidirectional controls. Every command-line output
// that can carry plan text goes through terminalSafe().

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace tranche {

// s with every C0 control character (U+0000-001F), DEL, C1 control
// (U+0080-009F), bidirectional embedding, override and isolate (U+202A-202E,
// U+2066-2069) and directional mark (U+200E, U+200F) written as a visible
// escape: "\x1B" up to U+00FF, "\u202E" above. Other text is unchanged.
QString terminalSafe(const QString &s);

// terminalSafe(s) cut to at most max characters (max >= 2): when longer, as
// many whole characters and escapes as fit before a closing "\u2026" (an
// escape or a surrogate pair is never cut in two). For untrusted names quoted
// in a message, so that a hostile file cannot flood a line.
QString terminalSafeElided(const QString &s, qsizetype max);

// True when c is one of the characters terminalSafe() escapes.
bool isTerminalControl(char16_t c);

// Each line through terminalSafe(), ended by '\n', then flushed.
void writeSafeLines(QTextStream &stream, const QStringList &lines);
} // namespace tranche
