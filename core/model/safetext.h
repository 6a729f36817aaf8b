#pragma once
// Plan text made safe for where it goes. Plans arrive by mail and are not
// trusted: a title may carry markup, terminal escape sequences or characters
// that XML forbids. These helpers are the one place that decides how such text
// is written into XML/SVG/HTML markup.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tranche {

// Text for XML or HTML character data and attribute values: & < > " ' escaped
// as entities, and every character that XML 1.0 forbids even as a reference
// (C0 controls other than tab, line feed and carriage return, U+FFFE, U+FFFF,
// unpaired surrogates) replaced by U+FFFD.
QString xmlEscaped(const QString &text);

// UTF-8 XML made well-formed: every character XML 1.0 forbids (C0 controls
// other than tab, line feed and carriage return; U+FFFE, U+FFFF) replaced by
// U+FFFD. For XML that a library wrote with plan text in it unchecked (SVG).
QByteArray xmlSafeUtf8(const QByteArray &xml);

// The text as XML character data would keep it once read back: xmlEscaped()'s
// replacements only (what a reader of the escaped text gets).
QString xmlRoundTrip(const QString &text);

// For places where Qt guesses between plain and rich text (tooltips, message
// boxes, QLabel in Qt::AutoText): the text itself when Qt would show it as
// plain text, else rich text that shows it exactly as written, so that plan
// text never becomes markup (no <img>, <a>, <b> from a plan).
QString plainToolTip(const QString &text);

} // namespace tranche
