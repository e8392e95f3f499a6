// Measures importing 10,000 credentials (a quarter each PNG, SVG, JSON and VC-JWT) into an empty store.
#include "BenchCredential.h"
#include "credentials/CredentialImporter.h"
#include "credentials/PlaceholderBadge.h"
#include "credentials/PngBadgeBaker.h"
#include "credentials/SvgBadgeBaker.h"
#include "crypto/Base64Url.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <cstdio>

using namespace pf;

namespace {

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("pathfolio.*.info=false"));
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;

    QTemporaryDir dir;
    const QString inputs = dir.filePath(QStringLiteral("inputs"));
    QDir().mkpath(inputs);
    const QByteArray png = PlaceholderBadge::png(128);
    const QByteArray svg = PlaceholderBadge::svg(QStringLiteral("Benchmark"));
    for (int i = 0; i < count; ++i) {
        const QByteArray json = benchCredentialJson(i);
        QByteArray bytes;
        QString name;
        switch (i % 4) {
        case 0:
            bytes = *PngBadgeBaker::bake(png, json, BakedPayload::Generation::Ob3);
            name = QStringLiteral("%1.png");
            break;
        case 1:
            bytes = *SvgBadgeBaker::bake(svg, json, BakedPayload::Generation::Ob3);
            name = QStringLiteral("%1.svg");
            break;
        case 2:
            bytes = json;
            name = QStringLiteral("%1.json");
            break;
        case 3:
            bytes = Base64Url::encode(R"({"alg":"EdDSA","kid":"did:key:z6Mk#z6Mk"})") + '.' +
                    Base64Url::encode(json) + '.' + Base64Url::encode(QByteArray(64, 's'));
            name = QStringLiteral("%1.jwt");
            break;
        }
        if (!write(inputs + u'/' + name.arg(i, 6, 10, QChar(u'0')), bytes))
            return 2;
    }

    auto store = Store::open(dir.filePath(QStringLiteral("store")));
    if (!store)
        return 2;
    CredentialImporter importer(**store);
    QElapsedTimer timer;
    timer.start();
    const auto outcomes = importer.importPaths({inputs});
    const double seconds = timer.nsecsElapsed() / 1e9;
    int imported = 0;
    for (const ImportOutcome &o : outcomes)
        imported += o.kind == ImportOutcome::Kind::Imported ? 1 : 0;
    std::printf("import: %d of %d credentials (PNG, SVG, JSON, VC-JWT) into an empty store in %.2f s: %.0f "
                "per second "
                "(target: 10,000 in under 20 s)\n",
                imported, count, seconds, imported / seconds);
    return imported == count ? 0 : 1;
}
