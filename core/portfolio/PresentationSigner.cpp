#include "PresentationSigner.h"

#include "crypto/Multibase.h"
#include "jsonld/BundledContextLoader.h"
#include "verify/Cryptosuite.h"
#include "verify/DataIntegrityTransform.h"

#include <QJsonArray>

namespace pf {

namespace {

constexpr char kSha256Multihash[] = {0x12, 0x20};

} // namespace

QString PresentationSigner::digestOf(const QJsonObject &bundle)
{
    const QByteArray hash = QByteArray::fromHex(bundle.value(QStringLiteral("manifest"))
                                                    .toObject()
                                                    .value(QStringLiteral("content"))
                                                    .toString()
                                                    .toLatin1());
    return Multibase::encode(Multibase::Base::Base64Url, QByteArray(kSha256Multihash, 2) + hash);
}

Status PresentationSigner::sign(QJsonObject &bundle, const Ed25519Key &key, const QDateTime &at)
{
    const QJsonObject presentation{
        {QStringLiteral("@context"), QJsonArray{QStringLiteral("https://www.w3.org/ns/credentials/v2")}},
        {QStringLiteral("type"), QJsonArray{QStringLiteral("VerifiablePresentation")}},
        {QStringLiteral("holder"), key.did()},
        {QStringLiteral("digestMultibase"), digestOf(bundle)}};
    QJsonObject proof{{QStringLiteral("type"), QStringLiteral("DataIntegrityProof")},
                      {QStringLiteral("cryptosuite"), QStringLiteral("eddsa-rdfc-2022")},
                      {QStringLiteral("created"), at.toUTC().toString(Qt::ISODate)},
                      {QStringLiteral("verificationMethod"), key.verificationMethod()},
                      {QStringLiteral("proofPurpose"), QStringLiteral("assertionMethod")}};
    const auto suite = Cryptosuite::forProof(proof);
    const BundledContextLoader loader;
    auto transformed =
        DataIntegrityTransform::run(*suite, presentation, proof, QCryptographicHash::Sha256, &loader);
    if (!transformed)
        return transformed.error();
    auto signature = key.sign(transformed->hashData());
    if (!signature)
        return signature.error();
    proof.insert(QStringLiteral("proofValue"), Multibase::encode(Multibase::Base::Base58Btc, *signature));
    QJsonObject secured = presentation;
    secured.insert(QStringLiteral("proof"), proof);
    bundle.insert(QLatin1String(kMember), secured);
    return {};
}

} // namespace pf
