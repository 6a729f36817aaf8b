#pragma once
// The malformed plans of the robustness suite: JSON and .tranche files that
// every command must refuse with exit code 2, nothing on standard output and a
// message naming the problem. writeBadInputs() writes them into a folder and
// returns what each refusal must say; tst_malformed runs them through the
// command line, measure.sh times them.

#include <QString>
#include <QStringList>

#include <optional>

namespace tranche::robustness {

// One bad input and what its refusal must name.
struct BadInput
{
    QString name;        // row tag, also the file's base name
    QString path;        // where it was written
    QString pointer;     // the JSON pointer stderr names ("" for whole-file problems)
    QStringList reasons; // words stderr must contain, besides the path
    // A known reader defect that makes this row fail today; the row is an
    // expected failure until the reader is fixed (then the entry is removed).
    const char *defect = nullptr;
};

// Writes every bad input into `folder` (made if missing). `validStore` is a
// valid .tranche file of the same plan as `baseJson`, which the store inputs
// are damaged copies of. Returns the inputs, or nullopt with `error` set.
std::optional<QList<BadInput>> writeBadInputs(const QString &folder, const QByteArray &baseJson,
                                              const QString &validStore, QString *error);

} // namespace tranche::robustness
