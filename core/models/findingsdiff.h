#pragma once
// What changed between two lists of findings in canonical order (by phase,
// then rule): the rows they share at the start and at the end, and the middle
// that differs. Listeners of a Checker (the findings table, the timeline's
// badges) redo only the middle: after one edit it is the findings of the
// phases the edit touched.

#include "model/finding.h"

#include <QList>

#include <algorithm>

namespace tranche {

struct FindingsDiff
{
    qsizetype prefix = 0;    // rows equal at the start of both lists
    qsizetype suffix = 0;    // rows equal at the end of both lists (after the prefix)
    qsizetype oldMiddle = 0; // rows of the old list between them
    qsizetype newMiddle = 0; // rows of the new list between them

    bool isEmpty() const { return oldMiddle == 0 && newMiddle == 0; }

    static FindingsDiff between(const QList<Finding> &before, const QList<Finding> &after)
    {
        FindingsDiff d;
        const qsizetype oldSize = before.size();
        const qsizetype newSize = after.size();
        // Lists that share their data (the checker's list handed on unchanged) are equal.
        if (before.constData() == after.constData() && oldSize == newSize) {
            d.prefix = oldSize;
            return d;
        }
        const qsizetype shortest = std::min(oldSize, newSize);
        while (d.prefix < shortest && before.at(d.prefix) == after.at(d.prefix))
            ++d.prefix;
        while (d.suffix < shortest - d.prefix &&
               before.at(oldSize - 1 - d.suffix) == after.at(newSize - 1 - d.suffix))
            ++d.suffix;
        d.oldMiddle = oldSize - d.prefix - d.suffix;
        d.newMiddle = newSize - d.prefix - d.suffix;
        return d;
    }
};

} // namespace tranche
