#pragma once
// `tranche convert IN OUT`: between .tranche and .json, lossless both ways.

#include <QString>
#include <QTextStream>

namespace tranche {

// Exit code 0 on success, 2 for unreadable/invalid input or an unwritable output
// (messages on err; OUT is never left half-written).
int runConvertCli(const QString &in, const QString &out, QTextStream &err);

} // namespace tranche
