#pragma once
// Finding an element of a plan's list by its id: one loop for the catalog's
// items and actions, the plan's phases and a phase's required actions.

#include <QList>
#include <QString>

namespace tranche {

// The index of the first element of list whose member equals id, or -1.
template <typename T, typename Id>
int indexWhere(const QList<T> &list, Id T::*member, const QString &id)
{
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).*member == id)
            return i;
    }
    return -1;
}

} // namespace tranche
