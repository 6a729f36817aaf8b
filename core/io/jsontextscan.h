#pragma once
// A pass over the text of a JSON plan for what Qt's parser refuses without a
// pointer or accepts although the format forbids it: numbers beyond the range
// of a double or with a leading zero, raw control characters inside strings
// (RFC 8259), strings longer than the limit, nesting deeper than the limit.
// Each problem comes with its JSON pointer; bad numbers are blanked so that
// Qt can parse the rest and every other problem is reported too.

#include "io/problem.h"

#include <QByteArray>
#include <QList>

namespace tranche {

// What quickJsonShape() saw: a linear pass with no allocation, to decide
// whether the slower scanJsonText() (which keeps pointers) is needed.
struct JsonShape
{
    bool controlInString = false; // a raw byte below 0x20 inside a string
    bool longString = false;      // a string or key longer than the limit
    bool tooDeep = false;         // arrays and objects nested deeper than the limit
    bool surrogateEscape = false; // a \uD800-\uDFFF escape (half of a pair, or alone)
    bool any() const { return controlInString || longString || tooDeep || surrogateEscape; }
};
JsonShape quickJsonShape(const QByteArray &json);

// The result of scanJsonText().
struct JsonTextScan
{
    QByteArray text;         // the input with every refused number replaced by 0 (when changed)
    QList<Problem> problems; // the first planLimit(Problems) found, in document order
    qsizetype unlisted = 0;  // problems found beyond those
    bool changed = false;    // text differs from the input
    bool limitHit = false;   // a string or the nesting went over its limit: refuse at once
};

// Scans json up to its first syntax error (Qt's message says that one) or
// the first container nested deeper than the limit. Linear in the size of
// the input: a pointer is built only for a problem, at most
// planLimit(Problems) of them.
JsonTextScan scanJsonText(const QByteArray &json);

} // namespace tranche
