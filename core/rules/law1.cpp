#include "rules/rule.h"

#include <QCoreApplication>
#include <QStringList>

namespace tranche {

// LAW-1 "Know whose act it takes": each phase's relief names the legal acts it needs.
void checkLaw1(const RuleContext &, const PhaseInput &in, FindingSink &sink)
{
    if (in.phase->reliefs.isEmpty())
        return;
    bool un = false, statute = false, eo = false, fatf = false;
    for (const SanctionsItem *it : in.items) {
        if (!it)
            continue;
        un |= it->authority == Authority::UN;
        statute |= it->authority == Authority::USStatute;
        eo |= it->authority == Authority::USEO;
        fatf |= it->authority == Authority::FATF;
    }
    QStringList acts;
    if (un)
        acts << QCoreApplication::translate("tranche", "a UN Security Council resolution");
    if (statute)
        acts << QCoreApplication::translate("tranche", "legislation or statutory certification");
    if (eo)
        acts << QCoreApplication::translate("tranche", "executive action");
    if (fatf)
        acts << QCoreApplication::translate("tranche", "a FATF plenary decision");
    const QString info =
        acts.isEmpty()
            ? QCoreApplication::translate("tranche",
                                          "relief in this phase needs no UN Security Council "
                                          "resolution, legislation, executive action or FATF "
                                          "plenary decision")
            : QCoreApplication::translate("tranche", "relief in this phase needs %1")
                  .arg(acts.join(QStringLiteral("; ")));
    sink.add(Severity::Info, in.index, -1, QString(), info);

    if (!in.isInterim())
        return;
    RuleMessage text(QT_TRANSLATE_NOOP(
        "tranche", "interim relief of %1 needs %2, slow to grant and to take back"));
    QString unText, lawText;
    for (int i = 0; i < in.items.size(); ++i) {
        const SanctionsItem *it = in.items.at(i);
        if (!it || (it->authority != Authority::UN && it->authority != Authority::USStatute))
            continue;
        if (unText.isNull()) {
            unText = QCoreApplication::translate("tranche", "a UN Security Council resolution");
            lawText =
                QCoreApplication::translate("tranche", "legislation or statutory certification");
        }
        sink.add(Severity::Warning, in.index, i, it->id,
                 text.arg({in.label(i), it->authority == Authority::UN ? unText : lawText}));
    }
}

} // namespace tranche
