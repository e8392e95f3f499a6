#include "RdfCommands.h"

#include "CliOutput.h"
#include "credentials/ImportLimits.h"
#include "credentials/JsonReader.h"
#include "jsonld/BundledContextLoader.h"
#include "jsonld/JsonLdProcessor.h"
#include "jsonld/NQuads.h"
#include "jsonld/RdfCanonicalizer.h"
#include "store/Store.h"
#include "verify/LibraryVerifier.h"

#include <QFile>

namespace pf::cli {

namespace {

// The input of an rdf command: N-Quads as they are, JSON-LD converted with the bundled contexts and the
// cache.
struct Input
{
    QList<RdfQuad> quads;
    Error error;
    int exit = Success;
};

Input readInput(Store &store, const ArgumentParser &p, bool safe)
{
    if (p.positionals().size() != 1)
        return {
            {}, {ErrorCode::InvalidArgument, QStringLiteral("give one N-Quads or JSON-LD file")}, Failure};
    QFile file(p.positionals().first());
    if (!file.open(QIODevice::ReadOnly)) {
        return {{},
                {file.exists() ? ErrorCode::FileUnreadable : ErrorCode::FileMissing,
                 QStringLiteral("cannot read %1").arg(file.fileName())},
                Failure};
    }
    if (file.size() > ImportLimits{}.maxPayloadSize)
        return {
            {}, {ErrorCode::FileTooLarge, QStringLiteral("%1 is too large").arg(file.fileName())}, Failure};
    const QByteArray bytes = file.readAll();
    const QByteArray trimmed = bytes.trimmed();
    const bool looksJson = trimmed.startsWith('{') || trimmed.startsWith('[');
    if (!looksJson) {
        auto quads = NQuads::parse(bytes);
        if (!quads)
            return {{}, quads.error(), Invalid};
        return {*quads, {}, Success};
    }
    auto json = JsonReader::parse(bytes);
    if (!json)
        return {{}, json.error(), Invalid};
    const BundledContextLoader loader(
        LibraryVerifier(store).context(QDateTime::currentDateTimeUtc(), {}, false).lookup);
    JsonLdOptions options;
    options.loader = &loader;
    options.safeMode = safe;
    auto quads = JsonLdProcessor::toRdf(*json, options);
    if (!quads)
        return {{}, quads.error(), Invalid};
    return {*quads, {}, Success};
}

int fail(CliOutput &out, const Input &input)
{
    Error e = input.error;
    if (!e.detail.isEmpty())
        e.message = QStringLiteral("%1 (%2)").arg(e.message, e.detail);
    out.fail(e);
    return input.exit;
}

int canonize(Store &store, CliOutput &out, const ArgumentParser &p)
{
    const Input input = readInput(store, p, p.isSet(QStringLiteral("safe")));
    if (input.exit != Success)
        return fail(out, input);
    const QString hashName = p.value(QStringLiteral("hash")).toLower();
    if (!hashName.isEmpty() && hashName != u"sha256" && hashName != u"sha384")
        return out.fail({ErrorCode::InvalidArgument, QStringLiteral("--hash takes sha256 or sha384")});
    RdfCanonicalizer canonicalizer(hashName == u"sha384" ? QCryptographicHash::Sha384
                                                         : QCryptographicHash::Sha256);
    auto canonical = canonicalizer.canonicalize(input.quads);
    if (!canonical) {
        out.fail(canonical.error());
        return Invalid;
    }
    out.write(QString::fromUtf8(canonical->nquads));
    return Success;
}

int fromJsonLd(Store &store, CliOutput &out, const ArgumentParser &p)
{
    const Input input = readInput(store, p, false);
    if (input.exit != Success)
        return fail(out, input);
    QByteArray text;
    for (const RdfQuad &quad : input.quads)
        text += NQuads::serialize(quad);
    out.write(QString::fromUtf8(text));
    return Success;
}

} // namespace

QList<Command> RdfCommands::commands()
{
    QList<Command> list;
    list.append({QStringLiteral("rdf canonize"), QStringLiteral("[--safe] [--hash sha256|sha384] FILE"),
                 QStringLiteral("RDFC-1.0 canonical N-Quads of an N-Quads or JSON-LD file"),
                 [](ArgumentParser &parser) {
                     parser.addFlag(QStringLiteral("safe"),
                                    QStringLiteral("undefined terms are errors, as in verification"));
                     parser.addOption(
                         QStringLiteral("hash"), QStringLiteral("ALGORITHM"),
                         QStringLiteral("the hash of the canonicalization: sha256 (default) or sha384"));
                 },
                 canonize});
    list.append({QStringLiteral("rdf from-jsonld"),
                 QStringLiteral("FILE"),
                 QStringLiteral("the N-Quads of a JSON-LD document, not canonicalized"),
                 {},
                 fromJsonLd});
    return list;
}

} // namespace pf::cli
