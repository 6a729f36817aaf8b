#pragma once
// A rule profile: a name, and per rule whether it runs and its thresholds.
// "strict" holds the defaults of PRINCIPLES.md, "flexible" looser ones; both
// are bundled under ":/profiles". Trainers keep their own profiles as JSON
// files in the user's data folder ("<AppDataLocation>/profiles/NAME.json").

#include <QByteArray>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace tranche {

class RuleProfile
{
public:
    // "strict": every rule on, every threshold at its PRINCIPLES.md default.
    RuleProfile();

    QString name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }
    QString description() const { return m_description; }
    void setDescription(const QString &text) { m_description = text; }

    bool isEnabled(const QString &rule) const { return !m_disabled.contains(rule); }
    void setEnabled(const QString &rule, bool enabled);
    // The rule's threshold `key` (its default unless set); 0 for an unknown key.
    double threshold(const QString &rule, const QString &key) const;
    void setThreshold(const QString &rule, const QString &key, double value);

    bool operator==(const RuleProfile &) const = default;

private:
    QString m_name;
    QString m_description;
    QSet<QString> m_disabled;
    QMap<QString, QMap<QString, double>> m_thresholds;
};

struct ProfileResult
{
    std::optional<RuleProfile> profile;
    QStringList errors; // "SOURCE: /json/pointer: reason"
    bool ok() const { return profile.has_value(); }
};

// The profile JSON: {"format":"tranche-profile","version":1,"name":"...",
// "description":"...","rules":{"INT-1":{"enabled":true,"share":0.1,"warnShare":0.8},...}}.
// Rules and thresholds left out keep the strict defaults; unknown rules or
// keys, wrong types and values out of range are refused, every problem named
// by its JSON pointer.
ProfileResult readRuleProfileJson(const QByteArray &json, const QString &source);
QByteArray writeRuleProfileJson(const RuleProfile &profile);
ProfileResult loadRuleProfileFile(const QString &path);

QStringList bundledProfileNames(); // "strict", "flexible"
QString userProfileFolder();       // <AppDataLocation>/profiles
// Every profile name: the bundled ones first, then the user's files (sorted)
// whose names the bundled ones do not take.
QStringList ruleProfileNames();
// By name: bundled names win, the user's files add more names.
ProfileResult findRuleProfile(const QString &name);
// Writes the user's profile file; empty on success, else the translated reason.
// Bundled names are refused.
QString saveUserRuleProfile(const RuleProfile &profile);
// True when name can be a profile file name: [A-Za-z0-9._-]+, not starting with '.'.
bool isValidProfileName(const QString &name);

} // namespace tranche
