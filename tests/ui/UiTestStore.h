#pragma once

#include "store/Store.h"

#include <QAbstractItemModel>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// A Store in a temporary folder for one UI test, with helpers that add items straight through core.
struct UiTestStore
{
    QTemporaryDir dir;
    std::unique_ptr<pf::Store> store;

    UiTestStore()
    {
        auto opened = pf::Store::open(dir.filePath(QStringLiteral("data")));
        if (!opened)
            qFatal("cannot open a temporary store: %s", qPrintable(opened.error().message));
        store = std::move(opened).value();
    }

    pf::Store &operator*() { return *store; }
    pf::Store *operator->() { return store.get(); }

    // A file outside the store with the given content, as a user would attach it.
    QString file(const QString &name, const QByteArray &content)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    qint64 addCompetency(const QString &title, const QString &code = {}, const QString &framework = {})
    {
        pf::Competency c;
        c.title = title;
        c.code = code;
        c.frameworkName = framework;
        auto id = store->competencies().create(c);
        if (!id)
            qFatal("cannot add a competency: %s", qPrintable(id.error().message));
        return *id;
    }

    qint64 addPlacement(const QString &organisation = QStringLiteral("Acme GmbH"),
                        const QDate &start = QDate(2026, 3, 2), const QDate &end = QDate(2026, 6, 30))
    {
        pf::Placement p;
        p.organisation = organisation;
        p.role = QStringLiteral("Software intern");
        p.startDate = start;
        p.endDate = end;
        auto id = store->placements().create(p);
        if (!id)
            qFatal("cannot add a placement: %s", qPrintable(id.error().message));
        return *id;
    }

    qint64 addLogEntry(qint64 placementId, const QDate &date, int centiHours,
                       const QList<qint64> &competencies = {})
    {
        pf::LogEntry e;
        e.placementId = placementId;
        e.date = date;
        e.centiHours = centiHours;
        e.activities = QStringLiteral("Worked on %1").arg(date.toString(Qt::ISODate));
        e.competencyIds = competencies;
        auto id = store->logEntries().create(e);
        if (!id)
            qFatal("cannot add a log entry: %s", qPrintable(id.error().message));
        return *id;
    }

    qint64 addEvidence(const QString &title, const QDate &date = {}, const QList<qint64> &competencies = {})
    {
        pf::Evidence e;
        e.title = title;
        e.kind = pf::Evidence::Kind::Note;
        e.date = date;
        e.competencyIds = competencies;
        auto id = store->evidence().create(e);
        if (!id)
            qFatal("cannot add evidence: %s", qPrintable(id.error().message));
        return *id;
    }
};

// The value of role (by its QML name) in row of model.
inline QVariant roleValue(const QAbstractItemModel &model, int row, const QByteArray &roleName)
{
    const int role = model.roleNames().key(roleName, -1);
    if (role < 0)
        qFatal("the model has no role %s", roleName.constData());
    return model.data(model.index(row, 0), role);
}
