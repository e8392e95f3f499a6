#pragma once

#include "store/Store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// A Store in a temporary folder, removed with the fixture; fails the test when it cannot be opened.
struct TempStore
{
    QTemporaryDir dir;
    std::unique_ptr<pf::Store> store;

    explicit TempStore(const pf::Store::Options &options = {})
    {
        auto opened = pf::Store::open(dir.path(), options);
        if (!opened)
            qFatal("cannot open a temporary store: %s", qPrintable(opened.error().message));
        store = std::move(opened).value();
    }

    pf::Store *operator->() { return store.get(); }

    // A file in the temporary folder with the given content.
    QString file(const QString &name, const QByteArray &content)
    {
        const QString path = dir.filePath(QStringLiteral("input-") + name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    qint64 rows(const QString &table)
    {
        auto q = store->database().exec(QStringLiteral("SELECT count(*) FROM ") + table);
        return (q && q->next()) ? q->value(0).toLongLong() : -1;
    }

    qint64 addPlacement(const QDate &start = QDate(2026, 3, 1), const QDate &end = QDate(2026, 6, 30))
    {
        pf::Placement p;
        p.organisation = QStringLiteral("Acme GmbH");
        p.role = QStringLiteral("Software intern");
        p.startDate = start;
        p.endDate = end;
        auto id = store->placements().create(p);
        if (!id)
            qFatal("cannot add a placement: %s", qPrintable(id.error().message));
        return *id;
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
};
