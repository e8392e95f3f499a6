#include "NavigationModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace pf;

// NavigationModel: the pages of the side bar, in order, and which one is shown.
class tst_NavigationModel : public QObject
{
    Q_OBJECT

private slots:
    void pages()
    {
        NavigationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList expected{QStringLiteral("home"),         QStringLiteral("evidence"),
                                   QStringLiteral("internships"),  QStringLiteral("badges"),
                                   QStringLiteral("competencies"), QStringLiteral("verify"),
                                   QStringLiteral("export"),       QStringLiteral("settings")};
        QCOMPARE(model.count(), expected.size());
        const int keyRole = model.roleNames().key("key");
        const int titleRole = model.roleNames().key("title");
        const int fileRole = model.roleNames().key("file");
        const int iconRole = model.roleNames().key("iconName");
        for (int i = 0; i < expected.size(); ++i) {
            const QModelIndex index = model.index(i);
            QCOMPARE(model.data(index, keyRole).toString(), expected.at(i));
            QCOMPARE(model.keyAt(i), expected.at(i));
            QVERIFY(!model.data(index, titleRole).toString().isEmpty());
            QVERIFY(model.data(index, fileRole).toString().endsWith(QStringLiteral("Page.qml")));
            QVERIFY(!model.data(index, iconRole).toString().isEmpty());
        }
        QCOMPARE(model.data(model.index(2), titleRole).toString(), QStringLiteral("Internships"));
    }

    void showsPages()
    {
        NavigationModel model;
        QSignalSpy changed(&model, &NavigationModel::currentIndexChanged);
        QCOMPARE(model.currentKey(), QStringLiteral("home"));
        QVERIFY(model.show(QStringLiteral("settings")));
        QCOMPARE(model.currentIndex(), 7);
        QCOMPARE(model.currentKey(), QStringLiteral("settings"));
        QVERIFY(!model.show(QStringLiteral("nowhere")));
        model.setCurrentIndex(99);
        model.setCurrentIndex(7);
        QCOMPARE(model.currentIndex(), 7);
        QCOMPARE(changed.count(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_NavigationModel)
#include "tst_navigationmodel.moc"
