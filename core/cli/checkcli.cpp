#include "cli/checkcli.h"

#include "io/planio.h"
#include "model/safetext.h"
#include "rules/ruleengine.h"
#include "rules/ruleprofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

QString jsonString(const QString &s)
{
    const QByteArray a = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(a.mid(1, a.size() - 2));
}

QString jsonStringOrNull(const QString &s)
{
    return s.isEmpty() ? u"null"_s : jsonString(s);
}

QString findingJson(const Finding &f, const Waiver *waiver)
{
    QString s = u"{\"rule\":"_s + jsonString(f.rule) + u",\"severity\":"_s +
                jsonString(toString(f.severity)) + u",\"phase\":"_s + jsonStringOrNull(f.phase) +
                u",\"item\":"_s + jsonStringOrNull(f.item) + u",\"message\":"_s +
                jsonString(f.message);
    if (waiver) {
        s += u",\"justification\":"_s + jsonString(waiver->justification) + u",\"author\":"_s +
             jsonStringOrNull(waiver->author) + u",\"date\":"_s +
             jsonStringOrNull(waiver->date.isValid() ? waiver->date.toString(Qt::ISODate)
                                                     : QString());
    }
    return s + u'}';
}

void writeJson(const Plan &plan, const QList<Finding> &findings, QTextStream &out)
{
    QStringList active, waived;
    for (const Finding &f : findings) {
        if (f.waived)
            waived << findingJson(f, waiverFor(plan.waivers, f));
        else
            active << findingJson(f, nullptr);
    }
    const FindingCounts counts = countFindings(findings);
    out << u"{\"findings\":["_s << active.join(u',') << u"],\"violations\":"_s << counts.violations
        << u",\"warnings\":"_s << counts.warnings << u",\"waived\":["_s << waived.join(u',')
        << u"]}\n"_s;
}

QString findingLine(const Finding &f)
{
    QString line = u"  "_s + toString(f.severity).leftJustified(9) + u"  "_s +
                   f.rule.leftJustified(5) + u"  "_s;
    if (!f.item.isEmpty())
        line += f.item + u": "_s;
    return line + f.message;
}

void writeText(const Plan &plan, const QString &file, const QString &profile,
               const QList<Finding> &findings, QTextStream &out)
{
    const QString title =
        plan.meta.title.isEmpty() ? QDir::toNativeSeparators(file) : plan.meta.title;
    out << terminalSafe(
               QCoreApplication::translate("tranche", "%1 - profile %2").arg(title, profile))
        << u'\n';

    // Groups in canonical order: findings naming no phase, then phase by phase.
    QString group;
    bool first = true;
    for (const Finding &f : findings) {
        if (f.waived)
            continue;
        if (first || f.phase != group) {
            first = false;
            group = f.phase;
            if (group.isEmpty()) {
                out << QCoreApplication::translate("tranche", "plan") << u'\n';
            } else {
                const Phase *ph = plan.phase(group);
                QString heading = group;
                if (ph) {
                    heading += u" ("_s + toString(ph->kind) + u')';
                    if (!ph->name.isEmpty())
                        heading += u' ' + ph->name;
                }
                out << terminalSafe(heading) << u'\n';
            }
        }
        out << terminalSafe(findingLine(f)) << u'\n';
    }
    bool waivedHeading = false;
    for (const Finding &f : findings) {
        if (!f.waived)
            continue;
        if (!waivedHeading) {
            out << QCoreApplication::translate("tranche", "waived") << u'\n';
            waivedHeading = true;
        }
        QString line = findingLine(f);
        if (!f.phase.isEmpty())
            line.insert(2 + 9 + 2 + 5 + 2, f.phase + u' ');
        out << terminalSafe(line) << u'\n';
        if (const Waiver *w = waiverFor(plan.waivers, f)) {
            QString by = w->author;
            if (w->date.isValid())
                by += (by.isEmpty() ? QString() : u", "_s) + w->date.toString(Qt::ISODate);
            out << u"      "_s
                << terminalSafe(by.isEmpty()
                                    ? QCoreApplication::translate("tranche", "waived: %1")
                                          .arg(w->justification)
                                    : QCoreApplication::translate("tranche", "waived (%1): %2")
                                          .arg(by, w->justification))
                << u'\n';
        }
    }
    const FindingCounts c = countFindings(findings);
    out << QCoreApplication::translate("tranche",
                                       "%1 violation(s), %2 warning(s), %3 info, %4 waived")
               .arg(c.violations)
               .arg(c.warnings)
               .arg(c.infos)
               .arg(c.waived)
        << u'\n';
}

} // namespace

int runCheckCli(const QString &file, const QString &profile, const QString &format,
                QTextStream &out, QTextStream &err)
{
    const QString fmt = format.isEmpty() ? u"text"_s : format;
    if (fmt != u"text"_s && fmt != u"json"_s) {
        err << QCoreApplication::translate("tranche",
                                           "tranche check: unknown format \"%1\" (text or json)")
                   .arg(format)
            << u'\n';
        err.flush();
        return 2;
    }
    const OpenResult opened = openPlan(file);
    if (!opened.ok()) {
        for (const QString &e : opened.errors)
            err << terminalSafeLines(e) << u'\n';
        err.flush();
        return 2;
    }
    const Plan &plan = *opened.plan;
    const QString profileName = profile.isEmpty() ? plan.meta.profile : profile;
    const ProfileResult found = findRuleProfile(profileName);
    if (!found.ok()) {
        const QString where = profile.isEmpty()
                                  ? QDir::toNativeSeparators(file) + u": /plan/profile: "_s
                                  : u"tranche check: --profile: "_s;
        for (const QString &e : found.errors)
            err << terminalSafeLines(where + e) << u'\n';
        err.flush();
        return 2;
    }

    const QList<Finding> findings = RuleEngine::check(plan, *found.profile);
    if (fmt == u"json"_s)
        writeJson(plan, findings, out);
    else
        writeText(plan, file, profileName, findings, out);
    out.flush();
    return countFindings(findings).violations > 0 ? 1 : 0;
}

} // namespace tranche
