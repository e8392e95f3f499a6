#pragma once

#include "../store/TempStore.h"
#include "credentials/CredentialImporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace pf;

// A portfolio with one of everything: a signed badge, a cached document, evidence with a file, a
// placement with a log entry and an evaluation, a competency, and the learner's name and e-mail.
inline void fillPortfolio(TempStore &s, QByteArray *badgeBytes)
{
    QFile badge(QStringLiteral(PATHFOLIO_BENCH_DATA "/credential-000.json"));
    QVERIFY(badge.open(QIODevice::ReadOnly));
    *badgeBytes = badge.readAll();
    CredentialImporter importer(*s.store);
    const QList<ImportOutcome> outcomes = importer.importBytes(*badgeBytes, QStringLiteral("badge.json"));
    QCOMPARE(outcomes.size(), 1);
    // Its report, as a verification would have kept it.
    const QJsonObject report{{QStringLiteral("result"), QStringLiteral("valid")},
                             {QStringLiteral("checks"),
                              QJsonArray{QJsonObject{{QStringLiteral("check"), QStringLiteral("proof")},
                                                     {QStringLiteral("result"), QStringLiteral("valid")}}}}};
    QVERIFY(s->credentials()
                .addVerification(outcomes.first().id, QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC),
                                 QStringLiteral("valid"), report)
                .ok());
    QVERIFY(s->identities().setName(QStringLiteral("Amira Haddad")).ok());
    QVERIFY(s->identities().add({QStringLiteral("email"), QStringLiteral("amira@example.org")}).ok());
    QVERIFY(s->cache()
                .put(QStringLiteral("https://example.org/issuer.json"), QByteArrayLiteral("{\"id\":\"x\"}"),
                     QStringLiteral("issuer.json"), QStringLiteral("application/json"))
                .ok());

    Competency c;
    c.title = QStringLiteral("Usability testing");
    c.code = QStringLiteral("UX1");
    const qint64 competency = *s->competencies().create(c);
    Evidence e;
    e.title = QStringLiteral("Usability report");
    e.kind = Evidence::Kind::File;
    e.reflection = QStringLiteral("Five users were enough.");
    e.competencyIds = {competency};
    QVERIFY(s->evidence().create(e, {s.file(QStringLiteral("report.md"), "# Findings\n")}).ok());
    const qint64 placement = s.addPlacement();
    LogEntry l;
    l.placementId = placement;
    l.date = QDate(2026, 3, 2);
    l.centiHours = 750;
    l.activities = QStringLiteral("Ran two test sessions");
    QVERIFY(s->logEntries().create(l).ok());
    Evaluation v;
    v.placementId = placement;
    v.date = QDate(2026, 6, 30);
    v.evaluatorName = QStringLiteral("Jonas Becker");
    v.ratings = {{competency, 4, QStringLiteral("Careful")}};
    QVERIFY(s->evaluations().create(v).ok());
}
