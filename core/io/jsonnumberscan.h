#pragma once
// Finds the numbers Qt's JSON parser refuses (beyond the range of a double, or
// too small to be anything but zero), each with its JSON pointer, and blanks
// them so that the rest of the document can still be parsed and checked.

#include "io/validation.h"

#include <QByteArray>
#include <QList>

namespace tranche {

// The result of scanJsonNumbers().
struct NumberScan
{
    QByteArray text;         // the input with every out-of-range number replaced by 0
    QList<Problem> problems; // one per number beyond the range of a double
    bool changed = false;
};

// Scans json (which Qt refused with IllegalNumber) up to its first syntax
// error: a number beyond the range of a double is a problem at its pointer;
// a number too small for a double reads as 0.
NumberScan scanJsonNumbers(const QByteArray &json);

} // namespace tranche
