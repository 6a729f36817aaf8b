#include "rules/ruleprofile.h"

#include "rules/rule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>

namespace tranche {

namespace {
constexpr qint64 kMaxProfileBytes = 1024 * 1024;
const QLatin1StringView kFormat("tranche-profile");

QString problem(const QString &source, const QString &pointer, const QString &reason)
{
    return QStringLiteral("%1: %2: %3").arg(source, pointer, reason);
}
} // namespace

RuleProfile::RuleProfile() : m_name(QStringLiteral("strict"))
{
    for (const Rule *rule : allRules()) {
        for (const ThresholdSpec &spec : rule->thresholds())
            m_thresholds[rule->id()].insert(spec.key, spec.defaultValue);
    }
}

void RuleProfile::setEnabled(const QString &rule, bool enabled)
{
    if (enabled)
        m_disabled.remove(rule);
    else
        m_disabled.insert(rule);
}

double RuleProfile::threshold(const QString &rule, const QString &key) const
{
    const auto r = m_thresholds.constFind(rule);
    return r == m_thresholds.cend() ? 0.0 : r->value(key, 0.0);
}

void RuleProfile::setThreshold(const QString &rule, const QString &key, double value)
{
    m_thresholds[rule].insert(key, value);
}

bool isValidProfileName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-][A-Za-z0-9._-]*$"));
    return name.size() <= 100 && re.match(name).hasMatch();
}

namespace {

// RFC 6901 escaping of one key of a JSON pointer.
QString pointerKey(QString key)
{
    return key.replace(u'~', QStringLiteral("~0")).replace(u'/', QStringLiteral("~1"));
}

// The format, version, name and description of a profile file.
void readProfileHeader(const QJsonObject &root, const QString &source, RuleProfile &profile,
                       QStringList &errors)
{
    if (root.value(QStringLiteral("format")).toString() != kFormat) {
        errors << problem(source, QStringLiteral("/format"),
                          QCoreApplication::translate("tranche", "must be \"%1\"").arg(kFormat));
    }
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble()) {
        errors << problem(source, QStringLiteral("/version"),
                          QCoreApplication::translate("tranche", "must be the number 1"));
    } else if (version.toDouble() != 1) {
        errors << problem(
            source, QStringLiteral("/version"),
            QCoreApplication::translate("tranche", "version %1 is not one this program reads (1)")
                .arg(version.toDouble()));
    }
    const QJsonValue name = root.value(QStringLiteral("name"));
    if (!name.isString() || !isValidProfileName(name.toString())) {
        errors << problem(source, QStringLiteral("/name"),
                          QCoreApplication::translate(
                              "tranche", "must be a name of letters, digits, '.', '_' or '-'"));
    } else {
        profile.setName(name.toString());
    }
    const QJsonValue description = root.value(QStringLiteral("description"));
    if (!description.isUndefined() && !description.isNull() && !description.isString()) {
        errors << problem(source, QStringLiteral("/description"),
                          QCoreApplication::translate("tranche", "must be a string"));
    } else {
        profile.setDescription(description.toString());
    }
}

// The settings of one rule ("enabled" and its thresholds) at `pointer`.
void readRuleSettings(const Rule *rule, const QJsonObject &settings, const QString &pointer,
                      const QString &source, RuleProfile &profile, QStringList &errors)
{
    const QList<ThresholdSpec> specs = rule->thresholds();
    for (auto s = settings.constBegin(); s != settings.constEnd(); ++s) {
        const QString fieldPointer = pointer + u'/' + pointerKey(s.key());
        if (s.key() == QLatin1StringView("enabled")) {
            if (!s.value().isBool()) {
                errors << problem(source, fieldPointer,
                                  QCoreApplication::translate("tranche", "must be true or false"));
            } else {
                profile.setEnabled(rule->id(), s.value().toBool());
            }
            continue;
        }
        auto spec = std::find_if(specs.cbegin(), specs.cend(),
                                 [&](const ThresholdSpec &t) { return t.key == s.key(); });
        if (spec == specs.cend()) {
            QStringList known{QStringLiteral("enabled")};
            for (const ThresholdSpec &t : specs)
                known << t.key;
            errors << problem(
                source, fieldPointer,
                QCoreApplication::translate("tranche", "unknown setting of %1 (known: %2)")
                    .arg(rule->id(), known.join(QStringLiteral(", "))));
            continue;
        }
        const double v = s.value().toDouble(std::nan(""));
        const bool whole = !spec->wholeNumber || v == std::floor(v);
        if (!s.value().isDouble() || !std::isfinite(v) || v < spec->minimum || v > spec->maximum ||
            !whole) {
            const QString what =
                spec->wholeNumber
                    ? QCoreApplication::translate("tranche", "must be a whole number from %1 to %2")
                    : QCoreApplication::translate("tranche", "must be a number from %1 to %2");
            errors << problem(source, fieldPointer, what.arg(spec->minimum).arg(spec->maximum));
            continue;
        }
        profile.setThreshold(rule->id(), spec->key, v);
    }
}

} // namespace

ProfileResult readRuleProfileJson(const QByteArray &json, const QString &source)
{
    ProfileResult result;
    QStringList &errors = result.errors;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        errors << problem(source, QString(),
                          QCoreApplication::translate("tranche", "not valid JSON at offset %1: %2")
                              .arg(parseError.offset)
                              .arg(parseError.errorString()));
        return result;
    }
    if (!doc.isObject()) {
        errors << problem(source, QString(),
                          QCoreApplication::translate("tranche", "must be a JSON object"));
        return result;
    }
    const QJsonObject root = doc.object();
    RuleProfile profile;

    readProfileHeader(root, source, profile, errors);

    const QJsonValue rules = root.value(QStringLiteral("rules"));
    if (!rules.isUndefined() && !rules.isNull() && !rules.isObject()) {
        errors << problem(source, QStringLiteral("/rules"),
                          QCoreApplication::translate("tranche", "must be an object"));
    }
    const QJsonObject rulesObject = rules.toObject();
    for (auto it = rulesObject.constBegin(); it != rulesObject.constEnd(); ++it) {
        const QString pointer = QStringLiteral("/rules/") + pointerKey(it.key());
        const Rule *rule = ruleById(it.key());
        if (!rule) {
            errors << problem(
                source, pointer,
                QCoreApplication::translate("tranche", "unknown rule \"%1\"").arg(it.key()));
            continue;
        }
        if (!it.value().isObject()) {
            errors << problem(source, pointer,
                              QCoreApplication::translate("tranche", "must be an object"));
            continue;
        }
        readRuleSettings(rule, it.value().toObject(), pointer, source, profile, errors);
    }
    // Cross-field: ESC-1's violation threshold cannot exceed its warning threshold.
    const QString esc1 = QStringLiteral("ESC-1");
    if (profile.threshold(esc1, QStringLiteral("violationBelow")) >
        profile.threshold(esc1, QStringLiteral("warningBelow"))) {
        errors << problem(source, QStringLiteral("/rules/ESC-1/violationBelow"),
                          QCoreApplication::translate("tranche", "must not exceed warningBelow"));
    }
    if (errors.isEmpty())
        result.profile = profile;
    return result;
}

QByteArray writeRuleProfileJson(const RuleProfile &profile)
{
    QJsonObject rules;
    for (const Rule *rule : allRules()) {
        QJsonObject settings;
        settings.insert(QStringLiteral("enabled"), profile.isEnabled(rule->id()));
        for (const ThresholdSpec &spec : rule->thresholds())
            settings.insert(spec.key, profile.threshold(rule->id(), spec.key));
        rules.insert(rule->id(), settings);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), QString(kFormat));
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("name"), profile.name());
    root.insert(QStringLiteral("description"), profile.description());
    root.insert(QStringLiteral("rules"), rules);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

ProfileResult loadRuleProfileFile(const QString &path)
{
    ProfileResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.errors << problem(
            path, QString(),
            QCoreApplication::translate("tranche", "cannot be read: %1").arg(file.errorString()));
        return result;
    }
    if (file.size() > kMaxProfileBytes) {
        result.errors << problem(
            path, QString(),
            QCoreApplication::translate("tranche", "is larger than %1 bytes; not a rule profile")
                .arg(kMaxProfileBytes));
        return result;
    }
    result = readRuleProfileJson(file.readAll(), path);
    if (result.ok() && !path.startsWith(u':') &&
        result.profile->name() != QFileInfo(path).completeBaseName()) {
        result.errors << problem(
            path, QStringLiteral("/name"),
            QCoreApplication::translate("tranche", "\"%1\" differs from the file name \"%2\"")
                .arg(result.profile->name(), QFileInfo(path).completeBaseName()));
        result.profile.reset();
    }
    return result;
}

QStringList bundledProfileNames()
{
    return {QStringLiteral("strict"), QStringLiteral("flexible")};
}

QString userProfileFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/profiles");
}

QStringList ruleProfileNames()
{
    QStringList names = bundledProfileNames();
    const QDir dir(userProfileFolder());
    const QStringList files =
        dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &file : files) {
        const QString name = QFileInfo(file).completeBaseName();
        if (isValidProfileName(name) && !names.contains(name))
            names << name;
    }
    return names;
}

ProfileResult findRuleProfile(const QString &name)
{
    if (bundledProfileNames().contains(name))
        return loadRuleProfileFile(QStringLiteral(":/profiles/%1.json").arg(name));
    const QString path = userProfileFolder() + u'/' + name + QStringLiteral(".json");
    if (isValidProfileName(name) && QFileInfo::exists(path))
        return loadRuleProfileFile(path);
    ProfileResult result;
    result.errors << QCoreApplication::translate("tranche",
                                                 "unknown rule profile \"%1\" (known: %2)")
                         .arg(name, ruleProfileNames().join(QStringLiteral(", ")));
    return result;
}

QString saveUserRuleProfile(const RuleProfile &profile)
{
    if (!isValidProfileName(profile.name()))
        return QCoreApplication::translate("tranche", "\"%1\" is not a valid profile name")
            .arg(profile.name());
    if (bundledProfileNames().contains(profile.name()))
        return QCoreApplication::translate("tranche",
                                           "\"%1\" is a bundled profile; choose another name")
            .arg(profile.name());
    if (!QDir().mkpath(userProfileFolder()))
        return QCoreApplication::translate("tranche", "cannot create the folder %1")
            .arg(userProfileFolder());
    QSaveFile file(userProfileFolder() + u'/' + profile.name() + QStringLiteral(".json"));
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write(writeRuleProfileJson(profile));
    if (!file.commit())
        return file.errorString();
    return {};
}

} // namespace tranche
