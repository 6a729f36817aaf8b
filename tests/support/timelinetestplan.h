#pragma once
// A small three-phase plan for the timeline tests (tst_timelineview, tst_dragdrop).

#include "model/plan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

#include <memory>

namespace tranche::testing {

inline SanctionsItem timelineTestItem(const QString &id, double value, bool escrowable)
{
    SanctionsItem item;
    item.id = id;
    item.name = id;
    item.authority = Authority::UN;
    item.annualValueUsd = value;
    item.escrowable = escrowable;
    return item;
}

inline CounterpartAction timelineTestAction(const QString &id, double weight)
{
    CounterpartAction a;
    a.id = id;
    a.name = id;
    a.weight = weight;
    return a;
}

// p1 interim 0..6 (a-freeze verified 2; un-coal 2..6 escrowed),
// p2 interim 6..12 (a-yongbyon verified 8; us-fin 8..12),
// p3 final 12..24 (a-icbm verified 14; no relief).
inline Plan timelineTestPlan()
{
    using namespace Qt::StringLiterals;
    Plan plan;
    plan.meta.title = u"Timeline test"_s;
    plan.meta.start = u"2026-07"_s;
    plan.catalog.items = {timelineTestItem(u"un-coal"_s, 1.2e9, true),
                          timelineTestItem(u"us-fin"_s, 1e8, false),
                          timelineTestItem(u"un-textiles"_s, 5e8, true)};
    plan.catalog.actions = {timelineTestAction(u"a-freeze"_s, 5),
                            timelineTestAction(u"a-yongbyon"_s, 8),
                            timelineTestAction(u"a-icbm"_s, 8)};
    Phase p1;
    p1.id = u"p1"_s;
    p1.name = u"Freeze"_s;
    p1.start = 0;
    p1.end = 6;
    p1.actions = {{u"a-freeze"_s, 2, {}}};
    Placement coal;
    coal.item = u"un-coal"_s;
    coal.start = 2;
    coal.end = 6;
    coal.escrowShare = 1;
    coal.snapback = true;
    p1.reliefs = {coal};
    Phase p2;
    p2.id = u"p2"_s;
    p2.name = u"Yongbyon"_s;
    p2.start = 6;
    p2.end = 12;
    p2.actions = {{u"a-yongbyon"_s, 8, {}}};
    Placement fin;
    fin.item = u"us-fin"_s;
    fin.start = 8;
    fin.end = 12;
    p2.reliefs = {fin};
    Phase p3;
    p3.id = u"p3"_s;
    p3.name = u"Complete"_s;
    p3.kind = PhaseKind::Final;
    p3.start = 12;
    p3.end = 24;
    p3.actions = {{u"a-icbm"_s, 14, {}}};
    plan.phases = {p1, p2, p3};
    return plan;
}

// A drag payload: {key: ids} in the MIME format.
inline std::unique_ptr<QMimeData> payload(const QString &format, const QString &key,
                                          const QStringList &ids)
{
    auto mime = std::make_unique<QMimeData>();
    mime->setData(format,
                  QJsonDocument(QJsonObject{{key, QJsonArray::fromStringList(ids)}}).toJson());
    return mime;
}

// A placement as the tests place it: whole extent, escrowed with snapback or neither.
inline Placement defaults(const QString &item, int start, int end, bool escrow)
{
    Placement p;
    p.item = item;
    p.start = start;
    p.end = end;
    p.extent = 1;
    p.escrowShare = escrow ? 1 : 0;
    p.snapback = escrow;
    return p;
}

} // namespace tranche::testing
