#pragma once
// The translation context of the undo commands' texts: one for all of them, so
// that lupdate extracts them under the context they are looked up in at run time.
// Private to core/document's command files.

#include <QCoreApplication>

namespace tranche {

struct Commands
{
    Q_DECLARE_TR_FUNCTIONS(tranche::Commands)
};

} // namespace tranche
