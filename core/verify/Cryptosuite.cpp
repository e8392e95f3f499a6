#include "Cryptosuite.h"

namespace pf {

std::optional<Cryptosuite> Cryptosuite::forProof(const QJsonObject &proof)
{
    const QString type = proof.value(QStringLiteral("type")).toString();
    const QString suite = proof.value(QStringLiteral("cryptosuite")).toString();
    if (type == u"Ed25519Signature2020" && !proof.contains(QStringLiteral("cryptosuite")))
        return Cryptosuite(Id::Ed25519Signature2020, type);
    if (type != u"DataIntegrityProof")
        return std::nullopt;
    if (suite == u"eddsa-rdfc-2022" || suite == u"eddsa-2022")
        return Cryptosuite(Id::EddsaRdfc2022, suite);
    if (suite == u"eddsa-jcs-2022")
        return Cryptosuite(Id::EddsaJcs2022, suite);
    if (suite == u"ecdsa-rdfc-2019")
        return Cryptosuite(Id::EcdsaRdfc2019, suite);
    if (suite == u"ecdsa-jcs-2019")
        return Cryptosuite(Id::EcdsaJcs2019, suite);
    return std::nullopt;
}

QString Cryptosuite::nameOf(const QJsonObject &proof)
{
    const QString suite = proof.value(QStringLiteral("cryptosuite")).toString();
    if (!suite.isEmpty())
        return suite;
    const QJsonValue type = proof.value(QStringLiteral("type"));
    return type.isString() ? type.toString() : QStringLiteral("(no type)");
}

Cryptosuite::Transform Cryptosuite::transform() const
{
    return (m_id == Id::EddsaJcs2022 || m_id == Id::EcdsaJcs2019) ? Transform::Jcs : Transform::Rdfc;
}

bool Cryptosuite::acceptsKey(PublicKey::Type type) const
{
    switch (m_id) {
    case Id::EddsaRdfc2022:
    case Id::EddsaJcs2022:
    case Id::Ed25519Signature2020:
        return type == PublicKey::Type::Ed25519;
    case Id::EcdsaRdfc2019:
    case Id::EcdsaJcs2019:
        return type == PublicKey::Type::P256 || type == PublicKey::Type::P384;
    }
    return false;
}

QCryptographicHash::Algorithm Cryptosuite::hashFor(PublicKey::Type type) const
{
    const bool ecdsa = m_id == Id::EcdsaRdfc2019 || m_id == Id::EcdsaJcs2019;
    return (ecdsa && type == PublicKey::Type::P384) ? QCryptographicHash::Sha384 : QCryptographicHash::Sha256;
}

JwsVerifier::Hash Cryptosuite::signatureHashFor(PublicKey::Type type) const
{
    if (type == PublicKey::Type::Ed25519)
        return JwsVerifier::Hash::None;
    return hashFor(type) == QCryptographicHash::Sha384 ? JwsVerifier::Hash::Sha384
                                                       : JwsVerifier::Hash::Sha256;
}

int Cryptosuite::signatureLength(PublicKey::Type type) const
{
    return type == PublicKey::Type::P384 ? 96 : 64;
}

} // namespace pf
